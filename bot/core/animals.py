"""Messages about a pet, not a person: "my dog ate my ibuprofen", "el veterinario ofrece células madre".

Cuida knows human aftercare only. A message about an animal gets a kind pointer to a vet instead of
"Sorry, I did not understand" or, worse, the answer about stem cell pills for people. Red flags are
read before this, on every message: a person's warning sign beside a pet is still answered as one.
"""

from __future__ import annotations

from bot.core.understanding import words

__all__ = ["names_a_pet", "names_a_vet"]

# A vet only ever treats animals: naming one says the message is about an animal.
_VETS = frozenset(
    """
    vet vets veterinarian veterinarians veterinary veterinario veterinaria veterinarios veterinarias
    veterinaire
    """.split()  # noqa: SIM905
)
_PETS = frozenset(
    """
    dog dogs doggy doggo puppy pup cat cats kitty kitten pet pets horse horses bunny rabbit
    perro perra perros perrito perrita perritos cachorro cachorra gato gata gatos gatito gatita michi
    mascota mascotas caballo caballos conejo conejos yegua
    """.split()  # noqa: SIM905
)
# "my dog", "mi gata", "our puppy": the writer's own animal, not "sick as a dog".
_OWNERS = frozenset("my our his her mi mis nuestro nuestra nuestros nuestras su sus".split())  # noqa: SIM905


def names_a_vet(text: str) -> bool:
    """True when the message names a vet ("the vet offers stem cells", "el veterinario")."""
    return bool(_VETS & set(words(text)))


def names_a_pet(text: str) -> bool:
    """True when the message names someone's own animal ("my dog", "a mi gato", "nuestra perrita")."""
    found = words(text)
    return any(word in _PETS and i > 0 and found[i - 1] in _OWNERS for i, word in enumerate(found))
