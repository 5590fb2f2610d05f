"""Which language a message is written in: English, Spanish, or too little to say.

Deterministic and explainable: a count of words that belong to one language only (function
words, greetings and the words patients use most), plus the marks only Spanish writes (ñ, ¿, ¡,
accented vowels). A message with no such words says nothing ("ok", "38.5", "😭").
"""

from __future__ import annotations

from bot.core.understanding import words

__all__ = ["detect"]


def _of(block: str) -> frozenset[str]:
    """A set of words written as one string."""
    return frozenset(block.split())


# Normalised (no accents). Words both languages write the same ("no", "me", "a", "con", "es"?
# "es" is Spanish only) are left out, so they count for neither.
SPANISH = _of(
    """
    el la los las lo del que y en un una unos unas por para sin mi mis tu tus su sus se es esta
    estan estoy estas este eso esto pero muy mas ya si tambien porque cuando donde como cual
    quien hay han hace fue tengo tiene tienen tener puedo puede quiero necesito sabe se
    hola gracias buenas buenos dias tardes noches adios favor ayuda usted ustedes ahora hoy ayer
    dolor duele fiebre rodilla pierna brazo espalda cabeza pecho hinchado hinchada roja rojo
    caliente tratamiento celulas madre pastillas clinica semana dias mucho poco nada algo
    estoy soy eres somos son mejor peor cuanto cuantos cuanta despues antes desde hasta
    """
)
ENGLISH = _of(
    """
    the an and of to in is are was were i im my you your it its this that what how when where
    which who why with for do does did dont cant can could would should have has had not
    hello hi hey thanks thank please help now today yesterday
    pain hurts hurt fever knee leg arm back head chest swollen red hot treatment cells stem
    pills clinic week days much little nothing something am be been being there their they
    better worse after before since
    """
)
_SPANISH_MARKS = frozenset("ñ¿¡áéíóú")
MARGIN = 1  # one language must lead by at least this many points


def detect(text: str) -> str | None:
    """'es' or 'en' when the message says which, else None."""
    found = words(text)
    spanish = sum(1 for word in found if word in SPANISH)
    english = sum(1 for word in found if word in ENGLISH)
    if any(ch in _SPANISH_MARKS for ch in text.casefold()):
        spanish += 2
    if spanish - english >= MARGIN and spanish > 0:
        return "es"
    if english - spanish >= MARGIN and english > 0:
        return "en"
    return None
