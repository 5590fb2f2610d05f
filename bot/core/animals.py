"""Messages about a pet, not a person: "my dog ate my ibuprofen", "el veterinario ofrece células madre".

Cuida knows human aftercare only. A message about an animal gets a kind pointer to a vet instead of
"Sorry, I did not understand" or, worse, the answer about stem cell pills for people. Red flags are
read before this, on every message: a person's warning sign beside a pet is still answered as one.
"""

from __future__ import annotations

from bot.core.understanding import words

__all__ = ["looks_of_a_pet", "names_a_pet", "names_a_vet", "only_a_pet", "pet_treated", "sign_of_a_pet"]

# A vet only ever treats animals: naming one says the message is about an animal.
_VETS = frozenset(
    """
    vet vets veterinarian veterinarians veterinary veterinario veterinaria veterinarios veterinarias
    veterinaire
    """.split()  # noqa: SIM905
)
_PETS = frozenset(
    """
    dog dogs doggy doggo puppy pup cat cats kitty kitten pet pets horse horses mare mares pony ponies bunny rabbit
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


# The writer's own self: "I", "me", "tengo"; any of them means a person may be the one with the sign.
# "I'd like to keep walking my dog", "quisiera seguir paseando a mi perro": the writer's wishes too.
_SELF = frozenset(
    "i im ive id ill me myself mine yo tengo estoy siento mio mia puedo debo quiero quisiera podria necesito voy "  # noqa: SIM905
    "hago".split()
)
# A person's treatment named: "¿puedo pasear a mi perro al día siguiente de la inyección?" is the writer's.
_TREATMENT = frozenset(
    "injection injections shot iv infusion treatment procedure inyeccion inyecciones suero infusion tratamiento "  # noqa: SIM905
    "procedimiento".split()
)


def only_a_pet(text: str) -> bool:
    """True when the message tells of the writer's animal and of no person ("my cat has been limping
    and it's getting worse"); "my dog bit me and my hand is swollen" tells of the writer too."""
    found = words(text)
    if not names_a_pet(text) or (_SELF | _TREATMENT) & set(found):
        return False
    # Every "my" / "mi" owns an animal: "my cat… my knee" names the writer's knee too.
    return all(found[i + 1] in _PETS for i, word in enumerate(found[:-1]) if word in _OWNERS)


# "my horse HAD stem cells", "a mi perro LE PUSIERON células": the animal is the one treated.
_TREATED = frozenset(
    """
    had has got gets received getting pusieron puso hicieron inyectaron aplicaron recibio trataron tratado
    tratada operaron
    """.split()  # noqa: SIM905
)
_TREATED_REACH = 3


def pet_treated(text: str) -> bool:
    """True when the writer's own animal is the one given the treatment ("my horse had stem cells in a tendon")."""
    found = words(text)
    for i, word in enumerate(found):
        if (
            word in _PETS
            and i > 0
            and found[i - 1] in _OWNERS
            and _TREATED & set(found[i + 1 : i + 1 + _TREATED_REACH])
        ):
            return True
    return False


# "the cat LOOKED confused", "el perro PARECÍA confundido": how an animal looked, seen by the writer.
_LOOKED = frozenset("looked looks look seemed seems seem parecia parece parecio veia".split())  # noqa: SIM905


def looks_of_a_pet(tokens: list[str], at: int) -> bool:
    """True when the word at `at` tells how an animal looked ("the cat looked confused"), not a person's sign."""
    return at >= 2 and tokens[at - 1] in _LOOKED and tokens[at - 2] in _PETS


# Words that bring a person into the story between the animal and the sign: "my dog bit ME and
# my hand is swollen", "mi perro me mordió y TENGO la mano hinchada".
_PERSON = _SELF | frozenset("you he she we they him her us them usted ella nosotros".split())  # noqa: SIM905
# Accents are folded, so "él" and "tú" are spelt as the article and the possessive ("mi perro
# tiene EL lomo caliente"): they name a person only before a verb ("y ÉL tiene fiebre").
_PRONOUN_OR_ARTICLE = frozenset({"el", "tu"})
_VERB_AFTER_PRONOUN = frozenset(
    """
    tiene tenia tuvo tienes esta estaba estas sigue siente sentia dice dijo anda andaba se le me te no ya
    es fue eres
    """.split()  # noqa: SIM905
)
_SENTENCE_BREAK = "."


def _person_at(tokens: list[str], i: int) -> bool:
    if tokens[i] in _PERSON:
        return True
    return tokens[i] in _PRONOUN_OR_ARTICLE and tokens[i + 1 : i + 2] != [] and tokens[i + 1] in _VERB_AFTER_PRONOUN


def sign_of_a_pet(tokens: list[str], at: int) -> bool:
    """True when the sentence before `at` makes the writer's animal the one with the sign ("my dog
    has a hot spot on his back leg"), with no person named between them ("my dog bit me and my hand
    is swollen") and no part owned by a person ("my cat scratched my arm, the arm is red")."""
    i = at - 1
    while i > 0 and tokens[i] != _SENTENCE_BREAK:
        if _person_at(tokens, i):
            return False
        if tokens[i] in _PETS and tokens[i - 1] in _OWNERS:
            return True
        if tokens[i] in _OWNERS and tokens[i + 1] not in _PETS:
            return False
        i -= 1
    return False
