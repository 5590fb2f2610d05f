"""Reading level of the texts: Flesch-Kincaid grade (English), Fernández-Huerta ease (Spanish)."""

from __future__ import annotations

import re

import textstat

# Plain language for patients: about grade 6-8. These are the limits the tests enforce per text.
MAX_ENGLISH_GRADE = 8.0
MIN_SPANISH_EASE = 65.0  # Fernández-Huerta: 60-70 is "normal" (about grade 8-9), 70-80 "fairly easy"
MIN_WORDS = 20  # shorter texts (buttons, one-liners) give meaningless scores

_LINE_END = re.compile(r"([^.!?:;…])\s*$", re.MULTILINE)
_BULLET = re.compile(r"^\s*[•\-–*]\s*", re.MULTILINE)
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]")


def prepare(text: str) -> str:
    """Each line, bullet or heading reads as its own sentence; placeholders and emoji are dropped."""
    text = _EMOJI.sub("", text)
    text = re.sub(r"\{[^}]*\}", "", text)
    text = _BULLET.sub("", text)
    return _LINE_END.sub(r"\1.", text)


def score(text: str, language: str) -> float | None:
    """The text's score in its language, or None when it is too short to score."""
    prepared = prepare(text)
    if len(prepared.split()) < MIN_WORDS:
        return None
    if language == "es":
        textstat.set_lang("es")
        return float(textstat.fernandez_huerta(prepared))
    textstat.set_lang("en")
    return float(textstat.flesch_kincaid_grade(prepared))


def acceptable(value: float, language: str) -> bool:
    """True when a score is within the plain-language limit for its language."""
    return value >= MIN_SPANISH_EASE if language == "es" else value <= MAX_ENGLISH_GRADE


def report(texts: dict[str, dict[str, str]]) -> list[tuple[str, str, float]]:
    """(language, key, score) for every text long enough to score."""
    rows = []
    for language, by_key in texts.items():
        for key, text in by_key.items():
            value = score(text, language)
            if value is not None:
                rows.append((language, key, round(value, 1)))
    return rows
