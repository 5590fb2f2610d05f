"""Red flags and infection warning signs, checked on every free-text message before any flow.

Pure Python: no Telegram, no clock, no I/O besides reading `flows/safety/*.yaml` at start.
The rules err towards escalation: only a clear negation ("no fever", "sin dolor de pecho")
silences a sign, and only for that sign.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bot.core import animals, yamlfile
from bot.core.measures import DAY_ORDINALS, FEVER_MEDICINES, to_celsius
from bot.core.understanding import Speller, normalize, words
from bot.core.yamlfile import Problem

__all__ = ["CHECKED", "LEVELS", "URGENT", "Alarm", "Country", "CrisisLine", "SafetyRules", "load_safety"]

EMERGENCY = "emergency"
URGENT = "urgent"
# Most severe first: when both appear in one message, the emergency wins.
LEVELS = (EMERGENCY, URGENT)

RED_FLAGS_FILE = "red_flags.yaml"
# Question words that, opening a clause right before a sign, ask about the sign in general.
_WH_WORDS = frozenset({"what", "which", "whats", "que", "cual", "cuales", "cuanta", "cuanto"})
REAL_WORDS_FILE = "real_words.yaml"  # written by `cuida train` (bot/tools/training.py)
NUMBERS_FILE = "emergency_numbers.yaml"
DEFAULT_UNKNOWN_NUMBER = "911 / 112"
# How each number was checked: "official" = read on an official page (government, health service, or
# the line's own operator), cited in `source`; "to-verify" = taken from the project's reference or
# the press, cited, and still to be confirmed on an official page (see docs/clinical-safety.md).
CHECKED = ("official", "to-verify")


@dataclass(frozen=True)
class Alarm:
    """A red flag found in a message; the engine answers with locale key `safety.<sign>`."""

    level: str  # "emergency" (call the emergency number now) or "urgent" (clinic today)
    sign: str  # e.g. "chest_pain"
    matched: str  # the normalised words that matched, e.g. "dolor de pecho"
    # False when the sign is only asked about, past, resolved or reported ("what are the signs
    # of a stroke", "my chest pain is gone"): the engine answers the question and adds "if this
    # is happening now, call ...". True whenever that is not clear: unsure means now.
    now: bool = True
    # What made it not now: "asking", "past", "resolved", "reported", "advance", "treated" (a
    # condition named as what a medicine treats), "measured" (set by the engine: a fever a
    # thermometer reading under the line rules out).
    context: str = ""
    # A warning sign whose words stand far apart ("lo rojo … se está regando"): a looser reading,
    # so the model's emergency outranks it as if no rule had matched.
    loose: bool = False
    # A question by its grammar alone ("do legs fold after a spinal injection?", "¿se doblan las
    # piernas después de una inyección?"): of no one, of a treatment named as any one. The model's
    # emergency does not make it the writer's own.
    general: bool = False


@dataclass(frozen=True)
class CrisisLine:
    """A country's line for people thinking of suicide or self-harm."""

    number: str
    names: dict[str, str] = field(hash=False)
    source: str = ""
    checked: str = "to-verify"

    def name(self, language: str) -> str:
        """The line's name in `language`, falling back to English."""
        return self.names.get(language) or self.names.get("en") or self.number


@dataclass(frozen=True)
class Country:
    """A country the bot knows the emergency number of."""

    code: str
    number: str
    names: dict[str, str] = field(hash=False)
    notes: dict[str, str] = field(hash=False, default_factory=dict)
    aliases: tuple[str, ...] = ()
    source: str = ""
    checked: str = "to-verify"
    crisis: CrisisLine | None = None

    def name(self, language: str) -> str:
        """The country's name in `language` ("en" or "es"), falling back to English."""
        return self.names.get(language) or self.names.get("en") or self.code

    def note(self, language: str) -> str | None:
        """Extra facts about the number in `language`, if any."""
        return self.notes.get(language) or self.notes.get("en")


# --- Patterns ----------------------------------------------------------------------------

_WORD, _OPTIONAL, _GAP, _NOT_NEXT = range(4)
_GAP_WORDS = 4
# A clause break becomes this token: it can never match a pattern word, so no pattern and no
# negation reaches across "." / "," / "but".
_BREAK = "."
# "X or Y", "ni X ni Y": either part of a coordination can carry the sign ("and" and "y" join a
# sign to a story too often: "can't feel my toes and my leg hurts").
_EITHER = frozenset("or nor ni o".split())  # noqa: SIM905
_ANYTHING = frozenset("nada anything nothing something algo else whatever".split())  # noqa: SIM905
_DETERMINERS = frozenset("my the his her their a el la los las mi mis su sus tu tus un una".split())  # noqa: SIM905
# Punctuation that ends a clause in what people type; split on before normalising.
# A decimal point or comma between digits ("38.5", "38,5") is part of a number, not a break.
_CLAUSE_PUNCTUATION = re.compile(r"(?:(?!(?<=\d)[.,](?=\d))[.,;:!?¿¡\n\r()\[\]{}…])+|\s[-–—]+\s")
_EQUALS_WORD = re.compile(r"\s*=\s*(?=[^\W\d_])")
_EQUALS_ASKED = re.compile(r"(^|[.!?\n]\s*)([^=.!?\n]{1,40}?)\s*=\s*\?")
_NUMBER_ASIDE = re.compile(r"\((\s*(?:[^\W\d_]{1,5}\s*)?\d{1,3}\s*(?:[^\W\d_]{1,5}\s*)?)\)")
# "now that I think about it, it was the coffee", "ahora que lo pienso": the "now" of a second
# thought, not of a sign; it is dropped before the words are read.
_NOW_ON_SECOND_THOUGHT = re.compile(
    r"\b(?:now|ahora)\s+(?=(?:that\s+)?i\s+(?:think|remember)\b|que\s+(?:lo\s+)?(?:pienso|recuerdo)\b|que\s+me\s+acuerdo\b)",
    re.IGNORECASE,
)
# Punctuation that also ends a sentence: the reach of "what are the signs of" or "years ago".
_SENTENCE_END = re.compile(r"[.!?¡¿\n\r…]")
# "me voy a desmayar", "se va a desmayar": fainting about to happen, told; the same words in a question
# ("¿me voy a desmayar en el suero?") ask what may happen.
_ABOUT_TO_FAINT = re.compile(r"\b(?:me|se|te)\s+(?:voy|va|vas|van)\s+a\s+desmayar\b", re.IGNORECASE)
_FEELING_LEAD = re.compile(r"\b(?:que|como)\s*$", re.IGNORECASE)


# "Sí tengo dolor de pecho": a yes with its accent, opening a clause, is an answer and not the
# "if" it spells without one ("si tengo dolor de pecho, ¿llamo?" supposes).
_YES_OPENING = re.compile(r"(^|[.!?¡¿,;:\n]\s*)(s[íÍ])\s+(?=\w)", re.IGNORECASE)
_OUT_OF_NOWHERE = re.compile(r"\b(?:as[ií]\s+)?de\s+la\s+nada\b", re.IGNORECASE)
# "creo que no es nada 38.5 nomás", "its probably nothing 38.4": a shrug, then the reading (or the
# fever word it was turned into), with no comma between: the "no" of the shrug denies nothing after it.
_SHRUG_BEFORE_READING = re.compile(
    r"\b(no\s+es\s+nada|no\s+ser[aá]\s+nada|it'?s\s+(?:probably\s+)?nothing|is\s+(?:probably\s+)?nothing)"
    r"\s+(?=\d|fiebre\b|fever\b|calentura\b|temp\b)",
    re.IGNORECASE,
)


def _faint_told(text: str) -> str:
    """`text` with each "me voy a desmayar" said as a statement written "siento que me voy a desmayar",
    so the rules read the feeling it tells and not the question "voy a…?" asks."""
    for match in reversed(list(_ABOUT_TO_FAINT.finditer(text))):
        opened = max((text.rfind(mark, 0, match.start()) for mark in ".!?\n"), default=-1)
        closing = _SENTENCE_END.search(text, match.end())
        asked = "¿" in text[opened + 1 : match.start()] or (closing is not None and closing.group(0) == "?")
        if asked or _FEELING_LEAD.search(text[max(0, match.start() - 8) : match.start()]):
            continue
        text = f"{text[: match.start()]}siento que {text[match.start() :]}"
    return text


@dataclass(frozen=True)
class _Slot:
    kind: int
    words: frozenset[str]


@dataclass(frozen=True)
class _Pattern:
    sign: str
    level: str
    slots: tuple[_Slot, ...]
    text: str
    # Every word the pattern spells out (computed once: check() consults it on every hit).
    words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        spelt = frozenset(w for slot in self.slots if slot.kind != _NOT_NEXT for w in slot.words)
        object.__setattr__(self, "words", spelt)


# Words that only make sense with the word after them ("sin fuerza", "without strength"), and the
# prepositions they may stand beside in one slot ("con|bajo|debajo [de] … cobijas").
_GLUE_WORDS = frozenset({"sin", "con", "without", "with"})
_SLOT_PREPOSITIONS = _GLUE_WORDS | frozenset(
    "bajo debajo de from for by of in on al del a para por en to into at hasta hacia".split()  # noqa: SIM905
)


def _parse_pattern(text: str) -> tuple[tuple[_Slot, ...], str | None]:
    """Compile one pattern of the red-flag syntax; returns (slots, error message or None)."""
    slots: list[_Slot] = []
    raw_slots = text.split()
    if not raw_slots:
        return (), "empty pattern"
    for position, raw in enumerate(raw_slots):
        if raw == "~":
            slots.append(_Slot(_GAP, frozenset()))
            continue
        kind = _WORD
        inner = raw
        if raw.startswith("[") or raw.endswith("]"):
            if not (raw.startswith("[") and raw.endswith("]")):
                return (), f"unbalanced brackets in '{raw}'"
            kind, inner = _OPTIONAL, raw[1:-1]
        elif raw.startswith("!"):
            if position != len(raw_slots) - 1:
                return (), f"'{raw}' (not followed by) must be the last part of the pattern"
            kind, inner = _NOT_NEXT, raw[1:]
        alternatives: set[str] = set()
        for alternative in inner.split("|"):
            folded = normalize(alternative)
            if not folded:
                return (), f"empty alternative in '{raw}'"
            if " " in folded:
                return (), f"'{alternative}' in '{raw}' must be one word (write one pattern per phrasing)"
            alternatives.add(folded)
        # "medio cuerpo dormido|sin fuerza" asks for "dormido fuerza": a slot is one word, so "sin"
        # beside single words never makes the phrase "sin fuerza".
        glued = alternatives & _GLUE_WORDS
        mixed = len(alternatives) > 1 and bool(alternatives - _SLOT_PREPOSITIONS)
        if kind == _WORD and glued and mixed and position < len(raw_slots) - 1:
            word = sorted(glued)[0]
            return (), (
                f"'{raw}' mixes '{word}' (which needs the next word) with single words; "
                f"write the '{word} …' phrasing as a pattern of its own"
            )
        slots.append(_Slot(kind, frozenset(alternatives)))
    if slots[0].kind != _WORD:
        return (), "a pattern must start with a required word"
    body = [s for s in slots if s.kind != _NOT_NEXT]
    if body[-1].kind == _GAP:
        return (), "a pattern cannot end with '~'"
    return tuple(slots), None


def _match(slots: tuple[_Slot, ...], tokens: list[str], slot: int, at: int) -> int | None:
    """End index if `slots[slot:]` match `tokens` from `at`, else None (small backtracking)."""
    if slot == len(slots):
        return at
    current = slots[slot]
    kind = current.kind
    if kind == _WORD:
        if at < len(tokens) and tokens[at] in current.words:
            return _match(slots, tokens, slot + 1, at + 1)
        if slot:
            return _match_after_either(slots, tokens, slot, at)
        return None
    if kind == _OPTIONAL:
        if at < len(tokens) and tokens[at] in current.words:
            end = _match(slots, tokens, slot + 1, at + 1)
            if end is not None:
                return end
        return _match(slots, tokens, slot + 1, at)
    if kind == _GAP:
        for skip in range(_GAP_WORDS + 1):
            if skip and (at + skip > len(tokens) or tokens[at + skip - 1] == _BREAK):
                break
            end = _match(slots, tokens, slot + 1, at + skip)
            if end is not None:
                return end
        return None
    # _NOT_NEXT: the match stands only if the next word is not one of the listed ones.
    if at < len(tokens) and tokens[at] in current.words:
        return None
    return at


def _match_after_either(slots: tuple[_Slot, ...], tokens: list[str], slot: int, at: int) -> int | None:
    """End index when the word `slots[slot]` wants comes after "X or", "X ni": "no puede mover el pie
    NI la pierna", "can't feel my butt OR my crotch" say the sign of the second as well as the first."""
    for size in (1, 2):
        either = at + size
        if either + 1 >= len(tokens) or tokens[either] not in _EITHER:
            continue
        if _BREAK in tokens[at:either] or tokens[either + 1] in _ANYTHING:
            # "no veo borroso NI NADA": "or anything" closes a denial, it names no second part.
            return None
        # The article is the slot's own word ("las|mis piernas") or one to pass ("my crotch").
        for after in (either + 1, either + 2) if tokens[either + 1] in _DETERMINERS else (either + 1,):
            if after < len(tokens) and tokens[after] in slots[slot].words:
                end = _match(slots, tokens, slot + 1, after + 1)
                if end is not None:
                    return end
    return None


def _either_of(tokens: list[str], hit: _Hit, at: int, cues: frozenset[str]) -> bool:
    """True when the "ni"/"nor" at `at` carries on the sign's own "no" ("no siente el culo NI la
    entrepierna"): it adds a part, it does not deny the sign."""
    return tokens[at] in _EITHER and any(tokens[i] in cues and tokens[i] in hit.own for i in range(hit.start, at))


# Chills that shook: the kind that can come with an infection in the blood, not a passing chill.
_SHOOK = frozenset(
    """
    shaking shook shivering trembling chattering teeth dientes temblaba temblando tiemblo temblor temblores
    tiritaba tiritona tiritando castaneteaban castanetean castaneaban castanean fuertisimos fuertisimo violent
    """.split()  # noqa: SIM905
)
# Said of the last day: "anoche", "last night", "esta mañana", "hace 3 horas".
_WITHIN_THE_DAY = frozenset("anoche tonight madrugada hoy today morning manana horas hours".split())  # noqa: SIM905
# The whole-number part of a normal reading ("36,8", "37.2", "98.6 F") or a fever denied outright.
_NORMAL_WHOLE = frozenset("35 36 37 95 96 97 98 99".split())  # noqa: SIM905


def _rigors_unmeasured(tokens: list[str]) -> bool:
    """True when shaking chills are told of the last day and nothing measured or denied a fever."""
    told = set(tokens)
    night = "anoche" in told or any(tokens[i : i + 2] == ["last", "night"] for i in range(len(tokens) - 1))
    if not _SHOOK & told or not (night or _WITHIN_THE_DAY & told):
        return False
    measured = _NORMAL_WHOLE & told
    denied = any(
        tokens[i] in ("no", "sin", "without") and tokens[i + 1] in ("fever", "fiebre", "calentura", "temperature")
        for i in range(len(tokens) - 1)
    )
    return not (measured or denied)


@dataclass(frozen=True)
class _Group:
    """Words of one concept ("chest", "pecho"), whole or by prefix ("respir*")."""

    words: frozenset[str]
    prefixes: frozenset[str]


@dataclass(frozen=True)
class _Together:
    """A sign raised when one clause holds a word of every group, in any order."""

    sign: str
    level: str
    groups: tuple[_Group, ...]


# Words of a `together` rule must stand this close (and in one clause) to count as one statement.
_TOGETHER_SPAN = 6
_TOGETHER_SPAN_URGENT = 10


@dataclass(frozen=True)
class _Hit:
    sign: str
    level: str
    start: int
    end: int
    # For `together` hits: the positions of the concept words themselves (None for patterns).
    words: frozenset[int] | None = None
    # For pattern hits: the words the pattern spells out (a gap "~" may hold other words).
    own: frozenset[str] = frozenset()
    loose: bool = False  # a `together` hit wider than _TOGETHER_SPAN
    treated: bool = False  # named as what a medicine treats ("pastillas para las convulsiones")


@dataclass(frozen=True)
class _Eased:
    """A sign read as a milder one when the message says what it would take away is kept.

    "me duele el ojo…, veo bien": eye pain with sight kept is eye_worse, not vision_loss.
    """

    to: str  # the milder sign
    level: str  # its level
    words: frozenset[str]  # the hit must hold one of these ("duele", "pain")
    places: frozenset[str]  # and, when given, one of these ("arm", "brazo")
    kept: tuple[tuple[str, ...], ...]  # phrases saying the function is kept ("veo bien")
    unless: frozenset[str]  # a word of these in or beside the hit keeps the graver sign ("horrible")


@dataclass(frozen=True)
class _Negation:
    cues: frozenset[str] = frozenset()
    filler: frozenset[str] = frozenset()
    joiners: frozenset[str] = frozenset()
    clause_breaks: frozenset[str] = frozenset()
    resolved_before: tuple[tuple[str, ...], ...] = ()
    resolved_after: tuple[tuple[str, ...], ...] = ()
    denied_after: tuple[tuple[str, ...], ...] = ()
    # Symptom words that are no sign alone, over which a denial runs in a list ("no redness or pus").
    listed: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Context:
    """Phrases that say a sign is not happening now, and phrases that say it is."""

    asking: tuple[tuple[str, ...], ...] = ()  # before the sign, in its sentence: "what are the signs of"
    past: tuple[tuple[str, ...], ...] = ()  # in its sentence: "years ago", "de nina"
    resolved: tuple[tuple[str, ...], ...] = ()  # in its sentence: "is gone now", "ya se me paso"
    reported: tuple[tuple[str, ...], ...] = ()  # in its sentence: "i read that", "lei que"
    advance: tuple[tuple[str, ...], ...] = ()  # anywhere in the message: "asking in advance"
    present: tuple[tuple[str, ...], ...] = ()  # in its sentence, overrides the rest: "right now"
    # Ending a clause: the person is well ("hoy amaneci perfecto"); a present word there dates that.
    well: tuple[tuple[str, ...], ...] = ()
    # After the sign, anywhere in the message: "how common is that?", "¿eso me puede pasar?".
    risk: tuple[tuple[str, ...], ...] = ()
    # After the sign: "is that possible?", "¿cómo saber?"; only of someone else's or no one's sign.
    risk_told: tuple[tuple[str, ...], ...] = ()
    # After a sign said to have passed: it came back ("pero volvió", "it's back up").
    back: tuple[tuple[str, ...], ...] = ()
    # Opening a clause that a time long gone follows: "that was 2 weeks ago", "eso fue en marzo".
    dated: tuple[tuple[str, ...], ...] = ()
    # Right before a time long gone, these date the treatment, not the sign: "me inyectaron hace
    # un mes y me duele" is a sign now, weeks after the injection.
    treatment: tuple[tuple[str, ...], ...] = ()
    # After the sign, anywhere in the message: "what should we do if it happens again?", "¿y si le
    # vuelve a pasar?". Asked by someone who also says they are well now, it tells the sign is over.
    again: tuple[tuple[str, ...], ...] = ()
    # Anywhere in the message: whether the treatment can kill, asked ("can you die from it?").
    deadly: tuple[tuple[str, ...], ...] = ()
    # Anywhere in the message: which signs need emergency care rather than the clinic, asked
    # ("what would mean he needs the ER vs ringing the clinic?", "¿cuáles serían de ir a urgencias?").
    when_to_go: tuple[tuple[str, ...], ...] = ()
    # Right after the sign, in its clause: the sign itself judged ("is saddle numbness SOMETHING
    # TO WORRY ABOUT…?"); after a sign told, "is that something to worry about?" is not this.
    judged: tuple[tuple[str, ...], ...] = ()
    # Anywhere in the message: care tried and not reached ("the clinic isn't answering").
    unreachable: tuple[tuple[str, ...], ...] = ()


def _phrases(*phrases: str) -> tuple[tuple[str, ...], ...]:
    """Phrases as word tuples, the form `_find` matches: "un poco" -> ("un", "poco")."""
    return tuple(tuple(phrase.split()) for phrase in phrases)


_CONTEXT_KINDS = (
    "asking",
    "past",
    "resolved",
    "reported",
    "advance",
    "present",
    "well",
    "risk",
    "risk_told",
    "back",
    "dated",
    "treatment",
    "again",
    "deadly",
    "judged",
    "when_to_go",
    "unreachable",
)
# How many words before a time phrase a treatment word may stand to be what the time dates
# ("inyectaron hace un mes", "the injection was 2 months ago").
_TREATMENT_REACH = 4
# How far back in its own clause a treatment word may date a time phrase.
_TREATMENT_CLAUSE_REACH = 9
# How far after a time phrase its treatment may stand ("hace un mes me inyectaron").
_TREATMENT_AHEAD = 6
# The words of a time phrase and of who was treated, between the time and its treatment.
_DATING_GLUE = frozenset(
    "hace ago atras un una unos unas a an one two three four five six dos tres cuatro cinco seis "  # noqa: SIM905
    "week weeks month months year years semana semanas mes meses ano anos day days dia dias "
    "me le les nos se i we he she they had got my the la el mi su his her de del desde since of from "
    # "la semana pasada le hicieron…", "last week they did…": the word that makes the time a past one.
    "pasada pasado last past".split()
)
# A treatment years ago says nothing of now: "tratamiento hace años" stays a time long gone.
# "can he STILL GET stem cells?": a present word before one of these verbs and a treatment word
# asks whether the treatment is still possible; it says nothing about the sign happening now.
_TREATMENT_VERBS = frozenset(
    """
    get have do qualify receive undergo try go going be
    hacerse hacerme hacer ponerse ponerme poner recibir ir voy vamos
    """.split()  # noqa: SIM905
)
_IT_DONE = frozenset({"hacerlo", "hacerselo", "hacermelo", "hacertelo", "ponerselo", "ponermelo"})
# Leave words that take the treatment with no verb: "allowed the IV", "eligible for stem cells".
_PERMITTED = frozenset(
    {"allowed", "eligible", "candidate", "permitido", "permitida", "apto", "apta", "candidato", "candidata"}
)
# "is it still ok FOR HER to get stem cells": whose leave may stand between.
_LEAVE_WORDS = (
    frozenset(
        "ok okay fine able allowed safe good to a candidate eligible puedo puede podria quiero quiere quieren "  # noqa: SIM905
        "want wants wanna i yo for her him them para se me le les lo podemos pueden can could he she we they "
        "is es".split()
    )
    | _PERMITTED
)
_LEAVE_REACH = 5
# Said anywhere in a message that asks about a sign, these put the sign in the present.
_HAVING_ONE = _phrases(
    "im having one",
    "i am having one",
    # "…chills under 3 blankets, 37.8. what's happening to me": the writer's own state, asked.
    "whats happening to me",
    "what is happening to me",
    "whats wrong with me",
    "que me esta pasando",
    "que le esta pasando",
    "having one now",
    "think im having",
    "think i have one",
    "think i got one",
    "might have one",
    "may have one",
    "could have one",
    "puede que tenga uno",
    "puede que tenga una",
    "hes having one",
    "shes having one",
    "me esta dando uno",
    "me esta dando una",
    "le esta dando uno",
    "le esta dando una",
    "creo que me esta dando",
    "creo que le esta dando",
    "creo que tengo uno",
    "creo que tengo una",
    # "the sheet says seek help if you have difficulty breathing. well I do."
    # "can the injection cause a seizure? I just had one": the one asked about, just now.
    "just had one",
    "acabo de tener uno",
    "acabo de tener una",
    "me acaba de dar uno",
    "me acaba de dar una",
    "well i do",
    # "the sheet says 'severe eye pain or sudden loss of vision: emergency'. I have both": the
    # signs just read out, all had.
    "i have both",
    "ive got both",
    "i got both",
    "i have them both",
    "i have all of them",
    "i have all three",
    "i have all of those",
    "i have them all",
    "tengo las dos",
    "tengo los dos",
    "tengo ambas",
    "tengo ambos",
    "tengo las tres",
    "tengo todas",
    "tengo todos",
    "las tengo todas",
    "los tengo todos",
    "las tengo las dos",
    "and i do",
    "which i do",
    "i do have",
    "pues yo si",
    "y yo si",
    "yo si lo tengo",
    # "what if my throat feels tight? because it kind of does right now".
    "does right now",
    "does now",
    "i have it now",
    "i have it right now",
    "lo tengo ahora",
    "lo tengo ahorita",
    "ahora lo tengo",
    "ahorita lo tengo",
    # "is that true?? because thats what i have right now": the sign just named, had now.
    "thats what i have",
    "thats what im having",
    "thats what im feeling",
    "es lo que tengo",
    "es lo que yo tengo",
    "eso tengo yo",
    "eso es lo que siento",
)
# The shaking told in `_MINE_NOW`, and the signs it can be ("is it normal to have shivers? I'm shaking").
_SHAKING_WORDS = frozenset({"shaking", "shivering", "temblando"})
_SHAKING_SIGNS = frozenset({"chills", "fever", "seizure", "sepsis"})
# Said after a question about a sign: the writer has it ("¿es normal que se hinche? la tengo
# hinchada y roja", "is it normal for a leg to swell? mine is swollen").
_MINE_NOW = (
    _phrases(
        "lo tengo",
        "la tengo",
        "los tengo",
        "las tengo",
        "mine is",
        "mine are",
        "mines",
        "mine feels",
        "mine looks",
        "mine has",
        "mine hurts",
        "mine does",
        # "is it normal to have shivers? been shaking under two blankets since lunch".
        "been shaking",
        "been shivering",
        "im shaking",
        "im shivering",
        "am shaking",
        "am shivering",
        "estoy temblando",
        "llevo temblando",
        "sigo temblando",
        # "¿y si me salen ronchas que se extienden? … cada vez están más grandes": the one asked
        # about grows, now.
        "cada vez estan mas",
        "cada vez esta mas",
        "cada dia estan mas",
        "cada dia esta mas",
        "keep getting bigger",
        "keeps getting bigger",
        "theyre getting bigger",
        "its getting bigger",
        # "does a fever of 101 on day 3 mean infection? thats what the thermometer says right
        # now", "¿38,4 es fiebre? eso me marca el termómetro": the reading asked about is the writer's.
        "thats what the thermometer",
        "thats what my thermometer",
        "thats what it says",
        "thats what im at",
        "thats my temp",
        "eso marca el termometro",
        "eso me marca el termometro",
        "eso me marca",
        "eso es lo que marca",
        "es lo que me marca",
        "eso tengo ahorita",
        "eso tengo ahora",
        # "the sheet says 'numbness in the groin: go to the ER'. THAT'S WHAT I'VE HAD for the last
        # hour", "…eso es lo que tengo desde anoche": the sign read or heard, pointed back at as the
        # writer's own.
        "thats what ive had",
        "thats what ive got",
        "thats what i have",
        "thats what i got",
        "thats what im having",
        "thats what i am having",
        "thats exactly what ive had",
        "thats exactly what i have",
        "thats exactly what im having",
        "thats whats happening to me",
        "thats what is happening to me",
        "eso es lo que tengo",
        "es lo que tengo",
        "es justo lo que tengo",
        "eso es lo que me pasa",
        "eso es lo que me esta pasando",
        "eso me esta pasando",
        "eso me pasa ahora",
        # "…'si te falta el aire, corre a urgencias'. pues a mí me está pasando ahorita": what was
        # read, told as happening to the writer now.
        "a mi me esta pasando",
        "me esta pasando ahorita",
        "me esta pasando ahora",
        "happening to me right now",
        "happening to me now",
    )
    + tuple(
        # "what does a red streak mean? i have one going up my forearm", "…es un moretón. a mí me sale
        # una del codo": the one asked about, the writer's own, told by where it is or since when.
        (*have, one, where)
        for haves, ones, wheres in (
            (
                (("i", "have"), ("i", "got"), ("ive", "got")),
                ("one",),
                ("going", "running", "on", "from", "since", "right", "now"),
            ),
            (
                (("me", "sale"), ("me", "salio"), ("yo", "tengo")),
                ("uno", "una"),
                ("del", "de", "desde", "en", "que", "ahora"),
            ),
        )
        for have in haves
        for one in ones
        for where in wheres
    )
    + (
        # "…es el cuerpo botando las células?? ME SALE DE la espalda": the one asked about, coming
        # out of the writer.
        ("me", "sale", "de"),
        ("me", "sale", "del"),
        ("me", "sale", "por"),
        ("me", "esta", "saliendo"),
        ("coming", "out", "of", "my"),
        ("leaking", "from", "my"),
        ("oozing", "from", "my"),
    )
)
_WHEN_NEXT = frozenset(
    "el los para en on for next this tomorrow manana pasado proxima proximo dentro at in agendada programada".split()  # noqa: SIM905
)
_UNCHANGED = frozenset("same unchanged igual mismo misma".split())  # noqa: SIM905
_UNCHANGED_NOW = _UNCHANGED | frozenset("igualito igualita".split())  # noqa: SIM905
_BEFORE_TREATMENT_REACH = 3  # "since before THE stem cell treatment": words up to the treatment
_DEGREE = frozenset(
    "totally completely perfectly pretty really quite just all totalmente completamente perfectamente muy re "  # noqa: SIM905
    "super".split()
)
_DEGREE_REACH = 2
# "its all gone now", "ya se me pasó": a sentence that opens on the sign just told, passed.
_IT_OPENS = frozenset("its it thats that all ya se eso todo".split())  # noqa: SIM905
_GONE_OPENING = 3
_GONE_SENTENCES = 2
_STILL_OR_BUT = frozenset("still todavia aun sigue sigo but pero".split())  # noqa: SIM905
_FINE = frozenset("fine ok okay good normal great perfect bien normal perfecto perfecta perfectos bajo".split())  # noqa: SIM905
_ANYONE = frozenset({"someone", "somebody", "anyone", "anybody", "alguien", "uno", "una", "persona", "people", "gente"})
_AGAIN = frozenset({"again", "otra", "de"})  # first words of "again", "otra vez", "de nuevo"
# A treatment that comes round: "le TOCA de nuevo", "she's DUE again", "her TURN again".
_TURN_COMES = frozenset("toca tocaba turn due booked scheduled".split())  # noqa: SIM905
_THEIR_TURN = frozenset("her his our their your".split())  # noqa: SIM905


def _treatment_again(tokens: list[str], a: int, start: int) -> bool:
    """True when the "again" at `a` is the treatment's: "quiere hacerse otra vez", "get it done again",
    "ahora le toca de nuevo", "it's her turn again", "before I go again"."""
    return tokens[a] in _AGAIN and bool((_TREATMENT_VERBS | _TURN_COMES) & set(tokens[max(start, a - 3) : a]))


# "in the 90s", "en los noventa": a decade is long gone, whatever it dates.
_DECADE = re.compile(r"^(?:\d0s|\d{3}0s|setenta|ochenta|noventa|seventies|eighties|nineties)$")
_YEAR_WORDS = frozenset({"year", "years", "yr", "yrs", "decade", "decades", "ano", "anos", "decada", "decadas"})


# Indexes by the identity of their list: the lists live as long as their rules, and hashing a
# tuple of hundreds of phrases on every look-up (as lru_cache would) cost more than the look-up.
_INDEXES: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, tuple[tuple[str, ...], ...]]]] = {}
_MAX_INDEXES = 256  # rules loaded again and again (tests, reloads) start the cache afresh


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of a list grouped by their first word (built once per list)."""
    entry = _INDEXES.get(id(phrases))
    if entry is not None and entry[0] is phrases:
        return entry[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    grouped = {word: tuple(group) for word, group in index.items()}
    if len(_INDEXES) >= _MAX_INDEXES:
        _INDEXES.clear()
    _INDEXES[id(phrases)] = (phrases, grouped)
    return grouped


def _find(phrases: tuple[tuple[str, ...], ...], tokens: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Spans (first, last+1) of every phrase found in tokens[start:end], in order of position."""
    # One dictionary look-up per word, not one scan per phrase: the lists hold hundreds of phrases.
    index = _by_first_word(phrases)
    spans = []
    for i in range(start, end):
        for phrase in index.get(tokens[i], ()):
            size = len(phrase)
            if i + size <= end and tuple(tokens[i : i + size]) == phrase:
                spans.append((i, i + size))
    return spans


def _find_hedged(
    phrases: tuple[tuple[str, ...], ...], tokens: list[str], start: int, end: int
) -> list[tuple[int, int]]:
    """Spans of phrases found in tokens[start:end] with one hedge word inside ("se paró COMO a los 10 min")."""
    return _find_with(phrases, tokens, start, end, _HEDGES)


def _find_with(
    phrases: tuple[tuple[str, ...], ...], tokens: list[str], start: int, end: int, fillers: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of phrases found in tokens[start:end] with one of `fillers` inside ("do people EVER go")."""
    spans = []
    for i, phrase in _phrase_starts(phrases, tokens, start, end):
        for cut in range(1, len(phrase)):
            hedge = i + cut
            if hedge < end and tokens[hedge] in fillers:
                size = len(phrase) + 1
                if i + size <= end and tuple(tokens[i:hedge] + tokens[hedge + 1 : i + size]) == phrase:
                    spans.append((i, i + size))
    return spans


def _phrase_starts(
    phrases: tuple[tuple[str, ...], ...], tokens: list[str], start: int, end: int
) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Each position of tokens[start:end] with each phrase whose first word stands there."""
    index = _by_first_word(phrases)
    for i in range(start, end):
        for phrase in index.get(tokens[i], ()):
            yield i, phrase


def _find_qualified(
    phrases: tuple[tuple[str, ...], ...], tokens: list[str], start: int, end: int
) -> list[tuple[int, int]]:
    """Spans of phrases found in tokens[start:end], with words saying which signs just before the last
    one: "what are the EARLY signs", "what are the FIRST WARNING signs" ("what are the signs")."""
    spans = _find(phrases, tokens, start, end)
    for phrase in phrases:
        if phrase[-1] not in _SIGN_NOUNS:
            continue
        head = len(phrase) - 1
        for i in range(start, end - head):
            if tuple(tokens[i : i + head]) != phrase[:head]:
                continue
            j = i + head
            while j < end and j - (i + head) < _QUALIFIER_REACH and tokens[j] in _SIGN_QUALIFIERS:
                j += 1
            if j > i + head and j < end and tokens[j] == phrase[-1]:
                spans.append((i, j + 1))
    return spans


# "what are the signs", "cuáles son los síntomas": the words that name the signs asked for.
_SIGN_NOUNS = frozenset("signs symptoms sign symptom sintomas sintoma senales senal signos signo".split())  # noqa: SIM905
# Which signs: "the EARLY signs", "the FIRST WARNING signs", "los PRIMEROS síntomas".
_SIGN_QUALIFIERS = frozenset(
    """
    early earliest first initial main usual common typical warning key telltale tell tale classic real biggest
    most obvious red flag primeros primeras principales tipicos tipicas comunes tempranos tempranas iniciales
    clasicos clasicas verdaderos
    """.split()  # noqa: SIM905
)
_QUALIFIER_REACH = 3


# The words of a time told alone: "(that was) about 3 weeks ago", "(fue) hace unas 3 semanas".
_BARE_TIME_WORDS = frozenset("ago atras hace that was it its eso fue esto only just solo".split())  # noqa: SIM905
# Words that turn to another topic: what was asked before them is not asked of what follows.
_TOPIC_TURNS = _phrases(
    "otra cosa",
    "otra pregunta",
    "por cierto",
    "aparte de eso",
    "another thing",
    "other thing",
    "other question",
    "another question",
    "by the way",
    "btw",
    "on another note",
    "separate thing",
)
# Words that soften a time or an amount without changing what is told: "about", "como", "unos".
# Whose paper: "the CLINIC handout", "the AFTERCARE leaflet" (Spanish names it after: "el folleto de la clínica").
_PAPER_QUALIFIERS = frozenset("clinic clinics aftercare discharge hospital printed".split())  # noqa: SIM905
# The papers that list what may happen (a "paper" or "sheet" may be a study or the rule to follow).
_LEAFLETS = frozenset("handout leaflet pamphlet brochure booklet folleto panfleto instructivo".split())  # noqa: SIM905
# A passing that goes somewhere: "se pasó PARA el costado", "se fue HASTA la rodilla" ("gone down" is eased).
_MOVED_ON = frozenset("paso pasa fue va gone went".split())  # noqa: SIM905
_TOWARDS = frozenset("para pa hacia hasta into towards toward".split())  # noqa: SIM905
# "ASKING because…", "PREGUNTO porque…": the reason for a question, given after it.
_ASKING_NOW = frozenset("asking ask pregunto preguntando".split())  # noqa: SIM905
# Felt: "they FEEL heavy", "las SIENTO pesadas".
_FELT = frozenset("feel feels feeling felt siento siente sienten sintiendo".split())  # noqa: SIM905
# Adverbs that may stand inside a question's words: "do people EVER go", "can it REALLY cause".
_QUESTION_FILLERS = frozenset("ever actually really usually typically commonly normally realmente normalmente".split())  # noqa: SIM905
# Asked of others: "has ANYONE had…", "¿ALGUIEN ha tenido…?", "did any PATIENTS get…".
_ANYONE_ASKED = frozenset("anyone anybody people patients alguien gente pacientes nadie persona personas".split())  # noqa: SIM905
_ASKED_AUX = frozenset({"has", "have", "did", "does", "do"})
_PERFECT_ES = frozenset({"ha", "han", "haya", "hayan", "habra"})
_ANYONE_REACH = 3


def _anyone_asked(tokens: list[str], start: int, at: int) -> bool:
    """True when the clause before `at` asks whether anyone has had it ("has anyone had…", "¿alguien ha tenido…?")."""
    before = _clause_around(tokens, start, at, at)
    for i, word in enumerate(before):
        if word not in _ANYONE_ASKED:
            continue
        # "has anyone", "did any of the patients": the question opens with its auxiliary.
        if _ASKED_AUX & set(before[max(0, i - _ANYONE_REACH) : i]) and _ASKED_AUX & set(before[:2]):
            return True
        # "alguien ha tenido", "a alguien le ha dado", "¿a la gente se le ha…?": the perfect of anyone.
        if _PERFECT_ES & set(before[i + 1 : i + 1 + _ANYONE_REACH]):
            return True
    return False


_HEDGES = frozenset("como about around like roughly approx aprox maybe unos unas tipo casi".split())  # noqa: SIM905
_ALMOST = frozenset({"almost", "nearly", "mostly", "casi", "practicamente"})
# How far back a negation cue may stand from the sign, counting filler words only.
_NEGATION_REACH = 6
# Messages whose words and hits are kept: a turn's few readings, and a few users at once.
_MEMO_SIZE = 64


class SafetyRules:
    """Finds red flags in free text and knows the emergency numbers."""

    def __init__(
        self,
        patterns: Iterable[_Pattern] = (),
        negation: _Negation | None = None,
        known_words: Iterable[str] = (),
        countries: Iterable[Country] = (),
        unknown_number: str = DEFAULT_UNKNOWN_NUMBER,
        together: Iterable[_Together] = (),
        context: _Context | None = None,
        company: Mapping[str, Iterable[str]] | None = None,
        eased: Mapping[str, _Eased] | None = None,
    ) -> None:
        self._negation = negation or _Negation()
        self._eased = dict(eased or {})
        # Signs that mean an emergency only beside another sign happening now: drowsy with a fever.
        self._company = {sign: frozenset(others) for sign, others in (company or {}).items()}
        self._context = context or _Context()
        self._patterns = tuple(patterns)
        self._together = tuple(together)
        # The signs whose "not now" is being worked out: two signs that each ask about the other
        # (a story before a question, a sign pointed back at) would otherwise loop forever.
        self._weighing: set[tuple[int, int, str]] = set()
        # One turn reads the same message several times (the alarm, the signs that fill a check, the
        # text the classifier sees): its words and its hits are worked out once.
        self._tokens_memo = functools.lru_cache(maxsize=_MEMO_SIZE)(self._split)
        self._hits_memo = functools.lru_cache(maxsize=_MEMO_SIZE)(self._hits_of)
        # Why each sign of a recent message is not now, as worked out from the top (`_not_now`).
        self._reasons: dict[tuple[tuple[str, ...], tuple[int, ...], _Hit, tuple[_Hit, ...]], str] = {}
        # Concept words are looked up once per message word: whole words in one dict, prefixes
        # in one dict per prefix length (a handful of lengths), never a scan over all rules.
        self._concept_words: dict[str, list[tuple[int, int]]] = {}
        self._concept_prefixes: dict[int, dict[str, list[tuple[int, int]]]] = {}
        for r, rule in enumerate(self._together):
            for g, group in enumerate(rule.groups):
                for word in group.words:
                    self._concept_words.setdefault(word, []).append((r, g))
                for prefix in group.prefixes:
                    table = self._concept_prefixes.setdefault(len(prefix), {})
                    table.setdefault(prefix, []).append((r, g))
        # Index by the first word: for each word of a message only the few patterns that can
        # start there are tried, so check() stays fast with hundreds of patterns.
        self._index: dict[str, list[_Pattern]] = {}
        for pattern in self._patterns:
            for word in pattern.slots[0].words:
                self._index.setdefault(word, []).append(pattern)
        vocabulary = {w for p in self._patterns for s in p.slots if s.kind != _NOT_NEXT for w in s.words}
        vocabulary.update(w for rule in self._together for group in rule.groups for w in group.words)
        neg = self._negation
        known = set(known_words) | neg.cues | neg.filler | neg.joiners | neg.clause_breaks | neg.listed
        known.update(w for phrase in neg.resolved_before + neg.resolved_after + neg.denied_after for w in phrase)
        ctx = self._context
        known.update(w for kind in _CONTEXT_KINDS for phrase in getattr(ctx, kind) for w in phrase)
        # "lo muevo bien" must not become "lo huevo bien": the words that ease a sign are right as typed.
        for milder in self._eased.values():
            known.update(w for phrase in milder.kept for w in phrase)
            known.update(milder.words | milder.unless | milder.places)
        # The words the engine itself reads ("es normal quedar…") are right as typed.
        known.update(_HAVE_VERBS | _GENERIC_LEAD | _YES_NO_OPENERS | _MINE | _PRICE_WORDS)
        self._speller = Speller(vocabulary, known)
        self.signs: dict[str, str] = {p.sign: p.level for p in self._patterns}
        self.signs.update((rule.sign, rule.level) for rule in self._together)
        self.countries: tuple[Country, ...] = tuple(countries)
        self.unknown_number = unknown_number
        self._by_code = {c.code: c for c in self.countries}
        self._aliases_whole: dict[str, str] = {}
        self._aliases_words: dict[str, str] = {}
        for country in self.countries:
            for alias in (country.code, *country.names.values(), *country.aliases):
                folded = normalize(alias)
                if not folded:
                    continue
                self._aliases_whole.setdefault(folded, country.code)
                # Two-letter aliases ("us", "es", "co") are ordinary words inside a sentence.
                if len(folded) >= 3:
                    self._aliases_words.setdefault(folded, country.code)
        self._fuzzy_aliases = [a for a in self._aliases_words if len(a) >= 5]
        self._longest_alias = max((len(a.split()) for a in self._aliases_words), default=1)
        # Alias lengths (in words) by first word: a message is scanned once, word by word.
        self._alias_sizes: dict[str, tuple[int, ...]] = {}
        for alias in self._aliases_words:
            words_of = alias.split()
            sizes = set(self._alias_sizes.get(words_of[0], ())) | {len(words_of)}
            self._alias_sizes[words_of[0]] = tuple(sorted(sizes))
        owners: dict[str, set[str]] = {}
        for country in self.countries:
            owners.setdefault(country.number, set()).add(country.code)
        # Emergency numbers only one country uses ("123" is Colombia's): they name the country.
        self._sole_owner = {number: next(iter(codes)) for number, codes in owners.items() if len(codes) == 1}

    # -- red flags ---------------------------------------------------------------------

    def check(self, text: str) -> Alarm | None:
        """The most severe red flag in `text` that is not clearly negated, or None.

        A sign happening now beats any sign that is only asked about or past; among those,
        the most severe wins. The returned alarm's `now` says which kind it is.
        """
        return self.assess(text)[0]

    def assess(self, text: str, ignore: frozenset[str] = frozenset()) -> tuple[Alarm | None, Alarm | None]:
        """(what check() returns, a sign named only to deny it: "no tengo fiebre", or None).

        Signs in `ignore` are not looked for (pain worse on the first day is the expected flare).
        """
        tokens, sentences = self._tokens(text)
        if not tokens:
            return None, None
        alarm, denied = self._evaluate(tokens, sentences, ignore)
        if alarm is not None and alarm.level == EMERGENCY and alarm.now:
            return alarm, None
        # Only now pay for typo correction: an exact emergency already settles the message.
        correct = self._speller.correct
        corrected = [correct(t) for t in tokens]
        if corrected == tokens:
            return alarm, denied
        fuzzy, fuzzy_denied = self._evaluate(corrected, sentences, ignore)
        denied = denied or fuzzy_denied
        if fuzzy is None:
            return alarm, denied
        if alarm is None or _severity(fuzzy) < _severity(alarm):
            return fuzzy, denied
        return alarm, denied

    def without_denied(self, text: str, matched: str = "") -> str:
        """`text` as words, without the signs it denies ("no tengo dolor de pecho" loses "dolor de pecho")
        and without the words `matched` of a sign found."""
        tokens, sentences = self._tokens(text)
        hits = self._hits(tokens, sentences)
        covered = _covered(hits)
        dropped: set[int] = set()
        neg = self._negation
        for hit in hits:
            if self._negated(tokens, hit, covered, hits):
                dropped.update(hit.words if hit.words is not None else range(hit.start, hit.end))
                # "…y comí poco. NO ME HE desmayado": the denial's own words go with the sign, or
                # the rest reads as a sentence cut short ("no me he").
                before = hit.start
                while before > 0 and hit.start - before < _NEGATION_REACH and tokens[before - 1] in neg.filler:
                    before -= 1
                if before > 0 and tokens[before - 1] in neg.cues:
                    # "I HAVE NOT fainted": the words that carry the cue, before it, go too.
                    before -= 1
                    while before > 0 and hit.start - before < _NEGATION_REACH and tokens[before - 1] in neg.filler:
                        before -= 1
                    dropped.update(range(before, hit.start))
        found = matched.split()
        for at in range(len(tokens) - len(found) + 1):
            if found and tokens[at : at + len(found)] == found:
                dropped.update(range(at, at + len(found)))
                break
        return " ".join(token for i, token in enumerate(tokens) if i not in dropped and token != _BREAK)

    def without_passing(self, text: str) -> str:
        """`text` as words, without what tells something passed ("ya casi se me pasó", "is gone now"); `text`
        itself when nothing does."""
        tokens, _ = self._tokens(text)
        dropped = {i for a, b in self._resolutions(tokens, 0, len(tokens)) for i in range(a, b)}
        if not dropped:
            return text
        return " ".join(token for i, token in enumerate(tokens) if i not in dropped and token != _BREAK)

    def _tokens(self, text: str) -> tuple[list[str], list[int]]:
        """Normalised words of `text` with clause breaks kept as `_BREAK` tokens, and the
        sentence number of each token (a full stop, question mark or new line starts a new one;
        a comma only a new clause)."""
        tokens, sentences = self._tokens_memo(text)
        return list(tokens), list(sentences)

    def _split(self, text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """`_tokens` of `text`, worked out (as tuples, so the memo cannot be changed by a caller)."""
        tokens: list[str] = []
        sentences: list[int] = []
        breaks = self._negation.clause_breaks
        sentence = 0
        # "my boy (9) is wheezing", "more painful today (day 5) than": a number in brackets is an
        # aside, not a clause of its own.
        text = _NUMBER_ASIDE.sub(r" \1 ", text)
        text = _NOW_ON_SECOND_THOUGHT.sub("", text)
        text = _faint_told(text)
        text = _YES_OPENING.sub(r"\1\2, ", text)
        # "de la nada se me nubló la vista": out of nowhere, suddenly; its "nada" denies nothing.
        text = _OUT_OF_NOWHERE.sub("de repente", text)
        # "creo que no es nada 38.5 nomás": the shrug ends its clause; the reading after it is told.
        text = _SHRUG_BEFORE_READING.sub(r"\1, ", text)
        text = _years_in_figures(text)
        # "DVT = ?", "sepsis=??": what a word means, asked in shorthand.
        text = _EQUALS_ASKED.sub(r"\1what is \2?", text)
        # "pus = go in": a rule written in shorthand, read as "pus means go in".
        text = _EQUALS_WORD.sub(" means ", text)
        pieces = _CLAUSE_PUNCTUATION.split(text)
        delimiters = _CLAUSE_PUNCTUATION.findall(text)
        for number, piece in enumerate(pieces):
            piece_words = words(piece)
            if piece_words:
                if tokens and tokens[-1] != _BREAK:
                    tokens.append(_BREAK)
                    sentences.append(sentence)
                for word in piece_words:
                    # "se salvó de milagro": after "se", "salvo" is a verb (survived), not "except".
                    if word in breaks and not (tokens and tokens[-1] in _REFLEXIVE):
                        if tokens and tokens[-1] != _BREAK:
                            tokens.append(_BREAK)
                            sentences.append(sentence)
                    else:
                        tokens.append(word)
                        sentences.append(sentence)
            if number < len(delimiters) and _SENTENCE_END.search(delimiters[number]):
                # "rojo? si y crece": a yes answers the question and goes on with it.
                answer = words(pieces[number + 1])[:1] if number + 1 < len(pieces) else []
                if not ("?" in delimiters[number] and answer and answer[0] in _YES_WORDS):
                    sentence += 1
        return tuple(tokens), tuple(sentences)

    def correct(self, word: str) -> str:
        """The red-flag word a normalised `word` is a typing slip of, or `word` itself."""
        return self._speller.correct(word)

    def current_signs(self, text: str) -> set[str]:
        """Every sign `text` says is happening now (not denied, asked about or past)."""
        tokens, sentences = self._tokens(text)
        found: set[str] = set()
        if not tokens:
            return found
        correct = self._speller.correct
        advance = self._advance(tokens)
        for variant in (tokens, [correct(t) for t in tokens]):
            hits = self._hits(variant, sentences)
            covered = _covered(hits)
            for hit in hits:
                if self._holds(variant, sentences, hit, covered, advance, hits):
                    found.add(hit.sign)
            found -= {sign for sign, others in self._company.items() if not others & found}
        return found

    def _limb_asleep(self, tokens: list[str], hit: _Hit) -> bool:
        """True when "won't wake up" is said of a limb gone to sleep ("my foot's asleep and won't wake up")."""
        if not {"wake", "despierta", "despiertan", "despertar"} & set(tokens[hit.start : hit.end]):
            return False
        before = tokens[max(0, hit.start - _LIMB_REACH) : hit.start]
        limbs = [i for i, word in enumerate(before) if word in _LIMBS]
        if not limbs or not _ASLEEP & set(before):
            return False
        # "my leg is asleep and my MOM won't wake up": a person named after the limb is the one;
        # after "my fingers… fell asleep" (or "toes on my left foot… like they fell asleep"),
        # "they" are the fingers or the toes.
        people = _KIN | _PEOPLE
        if any(before[i] in _PLURAL_LIMBS for i in limbs):
            people = people - {"they", "them"}
        after_limb = before[limbs[-1] :]
        # "en el tobillo": "el" after a preposition is an article, not "él".
        named = {
            word
            for i, word in enumerate(after_limb)
            if word in people and not (word == "el" and i > 0 and after_limb[i - 1] in _PREPOSITIONS)
        }
        return not named

    def _feels_no_state(self, tokens: list[str], hit: _Hit) -> bool:
        """True for "no siento las piernas DORMIDAS ni nada": the "no" denies the state after the limb."""
        return (
            hit.end < len(tokens)
            and tokens[hit.end] in _NUMB_STATES
            and any(tokens[i] in self._negation.cues for i in range(hit.start, hit.end))
        )

    def _hits(self, tokens: list[str], sentences: list[int]) -> list[_Hit]:
        """The signs named in `tokens`, each with where it stands."""
        return list(self._hits_memo(tuple(tokens), tuple(sentences)))

    def _hits_of(self, words: tuple[str, ...], numbers: tuple[int, ...]) -> tuple[_Hit, ...]:
        """`_hits`, worked out."""
        return tuple(self._find_hits(list(words), list(numbers)))

    def _find_hits(self, tokens: list[str], sentences: list[int]) -> list[_Hit]:
        hits: list[_Hit] = []
        index = self._index
        for start, token in enumerate(tokens):
            candidates = index.get(token)
            if not candidates:
                continue
            for pattern in candidates:
                end = _match(pattern.slots, tokens, 1, start + 1)
                if end is not None:
                    hit = _Hit(pattern.sign, pattern.level, start, end, own=pattern.words)
                    if not (
                        self._limb_asleep(tokens, hit)
                        or _bruise(tokens, hit)
                        or _sight_greyed(tokens, hit)
                        or self._figure_of_speech(tokens, hit)
                        or _smells_fishy(tokens, hit)
                        or _puzzled(tokens, hit)
                        or self._feels_no_state(tokens, hit)
                    ):
                        hits.append(hit)
        if self._together:
            hits.extend(self._together_hits(tokens, sentences))
        hits.extend(_injected_eye_hits(tokens, hits))
        if self._eased:
            hits = [self._milder(tokens, hit) for hit in hits]
        hits = [
            replace(hit, treated=True) if _treated_condition(tokens, hit) else hit
            for hit in hits
            if not (
                _discharge_colour(tokens, hit)
                # A `together` reading of redness spreading may be a bruise darkening too.
                or (hit.words is not None and _bruise(tokens, hit))
                or _eye_product(tokens, hit)
                or _gum_blood(tokens, sentences, self._negation.cues, hit)
                or _worse_when(tokens, sentences, hit)
                or _leaving_hospital(tokens, hit)
                or _soaked_with_discharge(tokens, sentences, hit)
                or (hit.sign == "leg_clot" and _at_the_site(tokens, hit))
                or _pain_told_less(tokens, hit)
                or _leg_a_bit_sore(tokens, hit)
                or _named_in_a_tool(tokens, hit)
                or _looks_worse_than_feels(tokens, hit)
                or _pain_of_others_compared(tokens, hit)
                or _names_a_feature(tokens, hit)
                or _small_print(tokens, hit)
                or _sees_no_change(tokens, hit)
                or _sees_no_result(tokens, hit)
                or _heart_attack_said(tokens, hit)
                or _blur_went_away(tokens, hit)
            )
        ]
        hits = _mild_in_first_days(hits, tokens, sentences)
        # "anestesia en silla de montar": a sign's words inside a longer telling of the same sign
        # are read with it (as one thing asked about), not on their own.
        hits = [
            hit
            for hit in hits
            if not any(
                other.sign == hit.sign
                and other.words is None
                and hit.words is None
                and other.start <= hit.start
                and hit.end <= other.end
                and other.end - other.start > hit.end - hit.start
                for other in hits
            )
        ]
        # "mi brazo y mi pierna de un lado se me pusieron débiles": a leg told weak inside a telling
        # of one side (arm and leg) is the stroke's, not the spine's.
        hits = [
            hit
            for hit in hits
            if not (
                hit.sign == "leg_weakness"
                and any(other.sign == "stroke" and other.start < hit.end and hit.start < other.end for other in hits)
            )
        ]
        return _breath_not_wound(
            _filled_lips(_joint_not_stroke(_hot_swelling_alone(hits, sentences), tokens, sentences), tokens), tokens
        )

    def _evaluate(
        self, tokens: list[str], sentences: list[int], ignore: frozenset[str] = frozenset()
    ) -> tuple[Alarm | None, Alarm | None]:
        hits = [
            hit
            for hit in self._hits(tokens, sentences)
            if hit.sign not in ignore
            and not animals.looks_of_a_pet(tokens, hit.start)
            # "my dog has a hot spot on his back leg": the animal's warning sign, for its vet; an
            # emergency stays one ("my dog collapsed and isn't breathing"), since unsure counts as yes.
            and not (hit.level == URGENT and animals.sign_of_a_pet(tokens, hit.start))
            and not _serous(tokens, hit)
        ]
        if not hits:
            return None, None
        covered = _covered(hits)
        advance = self._advance(tokens)
        if advance == _AHEAD_OF_TREATMENT and any(_told_now(tokens, hit) for hit in hits):
            # "I'm writing an essay on sepsis and I have a fever of 39.5 and I'm confused": asked
            # ahead only weakly, and a sign is told now: the whole message is now.
            advance = ""
        hits = self._in_company(hits, tokens, sentences, covered, advance)
        # Most severe first: the first hit that is not denied and is happening now is the answer;
        # failing that, the most severe one that is only asked about or past.
        hits.sort(key=_rank)
        not_now: Alarm | None = None
        denied: Alarm | None = None
        # Why each hit is not now, worked out once: a window hit asks about the written hits beside it.
        reasons: dict[int, str] = {}

        def reason(hit: _Hit) -> str:
            if id(hit) not in reasons:
                reasons[id(hit)] = self._not_now(tokens, sentences, hit, hits)
            return reasons[id(hit)]

        for hit in hits:
            matched = " ".join(tokens[hit.start : hit.end])
            if self._negated(tokens, hit, covered, hits):
                if denied is None:
                    denied = Alarm(hit.level, hit.sign, matched, now=False, context="denied")
                continue
            # "tomo pastillas para las convulsiones": a condition under treatment is the writer's
            # history, told to ask about it, not a sign happening now.
            why = "treated" if hit.treated else _ahead(advance, tokens, hit) or reason(hit)
            if why == "asking" and hit.level != EMERGENCY and _find(self._context.unreachable, tokens, 0, len(tokens)):
                # "y si tengo 101 de fever? mi nurse no contesta": a warning sign asked about by
                # someone trying to reach their clinic is theirs, now (unsure counts as yes).
                why = ""
            if not why and self._asked_as_written(tokens, hit, hits, covered, reason):
                # "is skin going white after a face filler dangerous?": the sign's words in a wider
                # window ("white … face") are the question the written pattern holding one of them is.
                why = "asking"
            if not why:
                # A sign denied beside it goes with it ("38,5, no confusion or anything"): the
                # engine then does not let the model read the denied emergency into the message.
                return Alarm(hit.level, hit.sign, matched, loose=hit.loose), denied
            if not_now is None:
                general = why == "asking" and _asked_of_any(tokens, hit)
                not_now = Alarm(hit.level, hit.sign, matched, now=False, context=why, general=general)
        return not_now, denied

    def _asked_as_written(
        self, tokens: list[str], hit: _Hit, hits: list[_Hit], covered: set[int], reason: Callable[[_Hit], str]
    ) -> bool:
        """True when a window hit shares a word with a written pattern of its sign that is asked about."""
        if hit.words is None:
            return False
        return any(
            other.words is None
            and other.sign == hit.sign
            and any(other.start <= i < other.end for i in hit.words)
            and not self._negated(tokens, other, covered, hits)
            and reason(other) == "asking"
            for other in hits
        )

    def _holds(
        self, tokens: list[str], sentences: list[int], hit: _Hit, covered: set[int], advance: str, hits: list[_Hit]
    ) -> bool:
        """True when the sign of `hit` is said to be happening now: not denied, asked about or past."""
        return (
            not hit.treated
            and not self._negated(tokens, hit, covered, hits)
            and not (_ahead(advance, tokens, hit) or self._not_now(tokens, sentences, hit, hits))
        )

    def _milder(self, tokens: list[str], hit: _Hit) -> _Hit:
        """`hit` as its milder sign when the message says the function it threatens is kept."""
        eased = self._eased.get(hit.sign)
        if eased is None:
            return hit
        held = {tokens[i] for i in (hit.words if hit.words is not None else range(hit.start, hit.end))}
        if not eased.words & held or (eased.places and not eased.places & set(tokens[hit.start : hit.end])):
            return hit
        if eased.unless & set(tokens[max(0, hit.start - _EASED_REACH) : hit.end + _EASED_REACH]):
            return hit
        cues = self._negation.cues
        kept = [a for a, _ in _find(eased.kept, tokens, 0, len(tokens)) if not cues & set(tokens[max(0, a - 2) : a])]
        return replace(hit, sign=eased.to, level=eased.level) if kept else hit

    def _in_company(
        self, hits: list[_Hit], tokens: list[str], sentences: list[int], covered: set[int], advance: str
    ) -> list[_Hit]:
        """`hits` without those whose sign needs another sign now (`only_with`) that the message lacks."""
        if not self._company or not any(hit.sign in self._company for hit in hits):
            return hits
        now = {
            hit.sign
            for hit in hits
            if hit.sign not in self._company and self._holds(tokens, sentences, hit, covered, advance, hits)
        }
        return [hit for hit in hits if hit.sign not in self._company or self._company[hit.sign] & now]

    def _advance(self, tokens: list[str]) -> str:
        """'advance' when the whole message says it asks ahead of time ("asking in advance")."""
        ctx = self._context
        # "yo no tengo nada, es mi esposa: tiene 39": the writer is well, the one they name is not.
        spans = [
            (a, b)
            for a, b in _find(ctx.advance, tokens, 0, len(tokens))
            if not _names_patient(tokens, b)
            # "this isn't for school, my mum is confused": a reason to ask ahead, denied.
            and not self._negation.cues & set(_clause_before(tokens, a, _DENIED_REASON_REACH))
            # "the clinic gave me antibiotics just in case": the medicine's reason, not the question's.
            and not (_MEDS | _PRESCRIBED) & set(tokens[max(0, a - 3) : a])
            # "38 on the dot… just want to know if I can take panadol": what to do now, not ahead.
            and not (b + 1 < len(tokens) and tokens[b] in _IF and tokens[b + 1] in _FIRST | _FIRST_VERBS | _SHOULD_I)
            # "38 justos, día 2, seguro no es nada pero por si acaso", "writing just in case":
            # closing the message after a shrug or a telling, it is why the writer tells what
            # they have, not a question ahead of it.
            and not (
                tuple(tokens[a:b]) in _IN_CASE and b >= len(tokens) and _TELLING_WHY & set(tokens[max(0, a - 3) : a])
            )
        ]
        if not spans:
            return ""
        # "before the procedure" alone asks ahead weakly: a sign told in the present undoes it.
        # So does a question for a paper or a class ("I'm writing an essay on sepsis and I have 39.5").
        # So does "just in case" ("tengo 38 justo…, me siento bien pero por si acaso").
        weak = all(
            tuple(tokens[a:b]) in _BEFORE_TREATMENT
            or _STUDY & set(tokens[a:b])
            # "tengo coágulos en los pulmones, es curiosidad si…", "solo pregunto, mi mamá tiene 39
            # y está confundida": idly asking or curious, about a sign told as happening.
            or _CURIOUS & set(tokens[a:b])
            or tuple(tokens[a:b]) in _IDLE_ASKING
            # "just in case: my lips are swelling" is as weak where it opens the message.
            or tuple(tokens[a:b]) in _IN_CASE
            # "pregunto PORQUE mi papá… tiene la cara chueca", "asking BECAUSE his face is crooked":
            # the reason for asking, told; a sign told now in it undoes the asking ahead.
            or tokens[b - 1] in _BECAUSE
            # "I have a fever of 38.6, I don't have any of that": not having the rest, denied beside
            # a sign told now ("not me, I'm writing a handout" stays a question asked for others).
            # "I don't have it" answers the question asked; "any of that" the rest of a list.
            or bool(self._negation.cues & set(tokens[a:b]) and _HAVE_NOW & set(tokens[a:b]) and _ANY & set(tokens[a:b]))
            for a, b in spans
        )
        ahead = _AHEAD_OF_TREATMENT if weak else "advance"
        # "es por saber, ahorita estoy bien": a present word that dates the writer's wellness.
        clause = _clauses(tokens, 0, len(tokens))
        well = self._well_marks(tokens, 0, len(tokens), clause)
        nows = _find(ctx.present, tokens, 0, len(tokens))
        present = [
            a
            for a, b in nows
            if not a < well.get(clause[a], -1)
            # "I'm 36.9 right now, just asking for the future": the present of a normal reading
            # ("right now" holds "now", so the reading may stand before the longer phrase).
            and not any(_normal_reading(tokens, x) or _normal_after(tokens, y) for x, y in nows if x <= a < y)
            # "not happening to me": the present inside the phrase that asks ahead.
            and not any(x <= a < y for x, y in spans)
            # "my mum is having it next week": the present of a plan.
            and not _planned(tokens[a : a + 5])
            # "ahora mismo no tengo nada", "right now I have nothing": the present of an absence.
            and not _NOTHING & set(tokens[a : a + _ABSENCE_REACH])
        ]
        return "" if present else ahead

    def _not_now(self, tokens: list[str], sentences: list[int], hit: _Hit, hits: list[_Hit]) -> str:
        """Why the sign of `hit` is not happening now, or "" when it is (or it is not clear).

        `hits` are all the signs found in the message, `hit` among them.
        """
        key = (hit.start, hit.end, hit.sign)
        if key in self._weighing:
            # Asked again while it is being weighed: not clear, so it counts as now.
            return ""
        # Only a reason weighed from the top is kept: one weighed inside another may have met
        # that other half-weighed, and so may differ.
        top = not self._weighing
        memo = (tuple(tokens), tuple(sentences), hit, tuple(hits)) if top else None
        if memo is not None and memo in self._reasons:
            return self._reasons[memo]
        self._weighing.add(key)
        try:
            reason = self._why_not_now(tokens, sentences, hit, hits)
        finally:
            self._weighing.discard(key)
        if memo is not None:
            if len(self._reasons) >= _MEMO_SIZE:
                self._reasons.clear()
            self._reasons[memo] = reason
        return reason

    def _why_not_now(self, tokens: list[str], sentences: list[int], hit: _Hit, hits: list[_Hit]) -> str:
        """The reasoning of `_not_now`, for a hit not already being weighed."""
        if _unlike_any(tokens, hit):
            # "never had chest pain like this before": the past is what the sign is measured against.
            return ""
        ctx = self._context
        sentence = sentences[hit.start]
        start = hit.start
        while start > 0 and sentences[start - 1] == sentence:
            start -= 1
        end = hit.end
        while end < len(tokens) and sentences[end] == sentence:
            end += 1
        reason = ""
        # The message asks what to do if it happens again and says the person is well now.
        # "numb, but I can move my hand fine": for numbness, moving well is part of the sign.
        moving_is_well = hit.sign not in _FELT_NOT_MOVED
        over = bool(_find(ctx.again, tokens, hit.end, len(tokens))) and self._says_well(tokens, moving_is_well)

        def outside(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
            # A phrase that shares words with the sign is part of it ("passed out", "stopped breathing");
            # between the far-apart words of a `together` sign it is not ("too high, my mama always
            # said 99 was a fever").
            if hit.words is not None:
                return [(a, b) for a, b in spans if not hit.words & set(range(a, b))]
            return [(a, b) for a, b in spans if b <= hit.start or a >= hit.end]

        clause = _clauses(tokens, start, end)
        hit_clause = [tokens[i] for i in range(start, end) if clause[i] == clause[hit.start]]
        if (
            hit.sign not in _NEVER_PASSED
            and not _of_writer(hit_clause)
            and not _told_of_other(hit_clause)
            and any(
                other.sign == hit.sign and other.start != hit.start and _nobody_at_all(tokens, other) for other in hits
            )
        ):
            # "is 39 degrees an ER thing…? NOBODY HAS a fever, just want to know": a sign of no one
            # named, asked about by a writer who says no one has it.
            return "asking"
        # "…pero desde hace 1 hora tengo una presión en el pecho": a clause with a time of its own
        # is not dated by an earlier telling of the same sign ("hace un año me dolió el pecho").
        # So is "mi tía ESTÁ tosiendo sangre, fue a una clínica la semana pasada": the sign told
        # in the present, beside a past that is the trip's.
        # So is "TENGO un dolor en el pecho muy fuerte, me operaron del corazón en 2019": had now.
        timed = (
            bool(_OWN_TIME & set(hit_clause))
            # "en 2022 me hice lo mismo y nada, ESTA VEZ al día 3 me sale pus": this time, not that one.
            or bool(_find(_THIS_TIME, hit_clause, 0, len(hit_clause)))
            or (hit.start > start and tokens[hit.start - 1] in _PRESENT_BE)
            # "la herida ESTÁ BOTANDO como pus…, la semana pasada iba sanando bien": what comes out
            # of it, seen now, in the sign's own clause.
            or bool(_SEEN_NOW & set(hit_clause))
            or any(
                tokens[i] in _HAVE_NOW and clause[i] == clause[hit.start]
                for i in range(max(start, hit.start - 3), hit.start)
            )
        )
        # "I want to die, I'm fine now lol": a wish to die is not waved away by "fine now".
        # "the fever went away, but the redness is spreading": the passing is the fever's only.
        # After an adrenaline injector, call now even if it helped (medical-facts.md, anaphylaxis).
        passes = hit.sign not in _NEVER_PASSED and not _injector_used(tokens, start, end, hit)
        resolved = (
            []
            if not passes
            else [
                span
                for span in outside(self._resolutions(tokens, start, end))
                if not _of_another(span, hit, hits, clause)
                # "…. it stopped but came back": ended, then back.
                and not (span[0] >= hit.end and self._back_after(tokens, span[1]))
                # "…ya le baja hasta el codo, ESTA MAÑANA ERA SOLO una manchita": how small it was
                # earlier, not that it was nothing.
                and not _earlier_state(tokens, span)
                and not _all_vanished(tokens, span, hit.sign)
                # "ya no me duele TANTO el brazo", "ya no me duele LA RODILLA, pero…": a pain that eased,
                # or another part's, when more words follow the pain's verb in its clause. "…me sale
                # pus… porque ya no duele": a pain gone ends a pain, not pus or a red line.
                and not (tokens[span[1] - 1] in _PAIN_VERBS and span[1] < len(tokens) and tokens[span[1]] != _BREAK)
                and not (_PAIN_VERBS & set(tokens[span[0] : span[1]]) and hit.sign not in _PAINFUL)
                # "me dolió el pecho, ya CASI se me pasó", "it's ALMOST gone": an emergency sign almost
                # over is not over (unsure counts as yes).
                and not (hit.level == EMERGENCY and _ALMOST & set(tokens[max(start, span[0] - 2) : span[1]]))
                # "…va subiendo por el brazo, mi comadre dice que a ella también le salió y no era
                # nada": how someone else's ended, told after the writer's own sign.
                and not (
                    span[0] >= hit.end
                    and clause.get(span[0]) != clause[hit.start]
                    and _of_writer(hit_clause)
                    and _told_of_other([tokens[i] for i in range(hit.end, span[0]) if clause.get(i) == clause[span[0]]])
                )
                # "had a fit just now… stopped now but she's NOT RIGHT": an emergency that ended
                # and left the person unwell is not over.
                and not (hit.level == EMERGENCY and _still_unwell(tokens, span[1]))
                # "me tomé un paracetamol y bajó a 37,8": a fever a medicine brought down is
                # still a fever (the medicine hides it).
                # "not feverish anymore AFTER THE TYLENOL": so is one the medicine took away.
                and not (
                    hit.sign in _FEVERISH
                    and _medicines_taken(tokens[start : span[0]] + tokens[slice(*_clause_of(tokens, span[0], span[1]))])
                    # "el martes tuve 38,6, me tomé el paracetamol y ya no volvió, hoy es sábado": a
                    # medicine wears off in hours; a fever dated days back that never came back is over
                    # ("anoche", only hours back, may still be hidden by it).
                    and not (
                        _CAME_BACK & set(tokens[span[0] : span[1]])
                        and (_WEEKDAYS | _DAYS_BACK) & set(tokens[slice(*_clause_of(tokens, hit.start, hit.end))])
                    )
                    # "hace 2 semanas tuve 38,5 pero se me quitó con paracetamol": so is one weeks back.
                    and not self._weeks_back(tokens, start, end, clause, hit)
                )
                # "temp normal 36.8, but the pink patch is getting bigger": a normal temperature
                # ends a fever, not another sign; "chills all night, temp normal this morning":
                # nor the chills, which come and go with a fever that may come back.
                and not (_TEMPERATURE & set(tokens[span[0] : span[1]]) and _unmeasured(hit, hits))
                # "me dieron de alta a las 2… al pararme la pierna no me sostuvo": sent home
                # before the sign, which then began.
                and not (span[1] <= hit.start and _SENT_HOME & set(tokens[span[0] : span[1]]))
                # "38,5 y escalofríos, me dieron de alta ayer": a discharge with a day of its own is
                # going home after the treatment, not the end of the sign (unsure counts as yes).
                and not (
                    _SENT_HOME & set(tokens[span[0] : span[1]])
                    and (_YESTERDAY | _WEEKDAYS) & set(tokens[span[1] : span[1] + 3])
                    # "fui a urgencias por el dolor y me dieron de alta ayer": sent home from a visit
                    # for the sign is its end.
                    and not _EMERGENCY_VISIT & set(tokens)
                )
                # "the tests were normal, but it's 3 a.m. and I can't breathe": a result told before
                # the sign's clause speaks of the test, not of the sign now.
                and not (
                    span[1] <= hit.start
                    and clause.get(span[0]) != clause[hit.start]
                    and _RESULTS & set(tokens[span[0] : span[1]])
                )
                # "the lump is getting smaller but I have 39 and chills": a passing told in a clause
                # before a sign told in the present is the other thing's.
                # "I'm fine now but my chest HURTS a lot": a sign's own verb in the present tells it too.
                # "it's mostly been fine but my thermometer SAYS 38.0": so does a reading shown now.
                and not (
                    span[1] <= hit.start
                    and clause.get(span[0]) != clause[hit.start]
                    and (
                        _TOLD_OR_HURTS_NOW & set(hit_clause)
                        or (hit.sign in _FEVERISH and _SHOWS_NOW & set(tokens[max(start, hit.start - 2) : hit.start]))
                    )
                )
                # "i fainted, now im fine but my chest is tight": a wellness told between another
                # sign and this one's clause ends the other.
                and not (
                    span[1] <= hit.start
                    and clause.get(span[0]) != clause[hit.start]
                    and any(other.end <= span[0] and other.sign != hit.sign for other in hits)
                )
                # "my foot went numb… and it hasn't come back": for a lost feeling, not back is not over.
                and not (
                    hit.sign in _LOSSES
                    and _RETURN_WORDS & set(tokens[span[0] : span[1]])
                    and self._negation.cues & set(tokens[max(start, span[0] - 1) : span[1]])
                )
                # "hoy ya no, bueno, 37.8 con el ibuprofeno que me tomé hace 2 horas": gone only under
                # a fever medicine taken hours ago, which may be hiding the fever.
                and not (
                    hit.sign in _FEVERISH
                    and _medicines_taken(tokens[span[1] : end])
                    and (_HOURS | _JUST_BEFORE) & set(tokens[span[1] : end])
                )
                # "se me quitó un rato y volvió: dolor en el pecho": it passed, then came back.
                and not _find(ctx.back, tokens, span[1], min(hit.start, span[1] + _COMES_BACK_REACH))
                # "the pain was getting better, now it's day 5 and it's way worse": better back then
                # (or before a "now"), then worse. "me vio el médico ayer y HOY tengo 39,2": today's.
                and not (
                    span[1] <= hit.start
                    and (
                        (_NOW_WORDS | _TODAY_OPENERS) & set(tokens[span[1] : hit.start])
                        or _WAS & set(tokens[max(start, span[0] - _WAS_REACH) : span[0]])
                    )
                )
                # "lo colorado va subiendo…, AYER era solo alrededor del piquete": how it was the day
                # before, after a sign told in the present, is what it grew from.
                and not (
                    span[0] >= hit.end
                    and clause.get(span[0]) != clause[hit.start]
                    and (_YESTERDAY | {"antes", "before"}) & set(tokens[max(start, span[0] - 2) : span[0]])
                    and _GOING_NOW & set(tokens[max(start, hit.start - _GOING_REACH) : hit.end])
                )
                # "hinchadísima y no la puedo doblar, a las 3 semanas, ya estaba bien": a wellness in
                # the past tense, after a sign told in the present, is how it was before the sign.
                and not (span[0] >= hit.end and _WAS & set(tokens[span[0] : span[1]]) and _TOLD_NOW & set(hit_clause))
                # "my calf is swollen and sore…, breathing is totally fine tho", "…, respiro
                # perfectamente bien": after a sign told in the present, another part of the body
                # well, or the writer well otherwise, leaves the sign as it is.
                and not (
                    span[0] >= hit.end
                    and clause.get(span[0]) != clause[hit.start]
                    and _TOLD_NOW & set(hit_clause)
                    and self._well_otherwise(tokens, span, clause)
                )
                # "the nurses said it was just low sugar, but he won't fully wake up": a wellness
                # others told, that the writer answers with the sign now.
                and not (
                    span[1] <= hit.start
                    and _SAYING & set(tokens[max(start, span[0] - 3) : span[0]])
                    and _disputed(tokens, span[0], hit, hit_clause)
                )
                # "I was totally fine and then tonight my arm went numb": well until it began.
                # "she was fine today but a few minutes ago my mum fainted": it began lately.
                and not (span[1] <= hit.start and (_ONSET | _LATELY) & set(tokens[span[1] : hit.start]))
                # "my husband had his IV too and he's totally fine, but me, I can't breathe".
                and not (
                    span[0] > start
                    and tokens[span[0] - 1] in _THIRD
                    and _FIRST & (set(tokens[span[1] : hit.end]) if span[1] <= hit.start else set(hit_clause))
                    # "I had chills but THEY stopped": "they" after a sign named in the plural is the sign.
                    and not (span[0] > hit.end and tokens[span[0] - 1] == "they" and tokens[hit.end - 1].endswith("s"))
                )
            ]
            + [
                span
                for span in self._denied_since(tokens, hit, hits)
                # "seizure free for years until this morning, when I had one": free until it began.
                if not (span[1] <= hit.start and (_ONSET | _LATELY) & set(tokens[span[1] : hit.start]))
                # "not feverish anymore after the tylenol, but it was 38.4 an hour ago": the medicine's doing.
                and not (
                    hit.sign in _FEVERISH and _medicines_taken(tokens[slice(*_clause_of(tokens, span[0], span[1]))])
                )
            ]
            + _function_back(tokens, start, end, hit)
            + self._kept_again(tokens, end, hit)
        )
        # "tenía 38,3, me tomé un paracetamol y bajó a 37,4. entonces ya estoy bien?": what the
        # medicine brought down is not how the story ended.
        # "me tomé un paracetamol porque tenía 38,6…, ahora 37,2": so is one the medicine was taken for.
        hidden = hit.sign in _FEVERISH and _medicines_taken(tokens[start:])
        if not resolved and passes and not hidden:
            # "he fainted once at the clinic. hes been totally fine for 2 days since": the next
            # sentence, when it tells of no sign, may say how the story ended.
            resolved = [
                span
                for span in self._ending_after(tokens, sentences, end, hits, hit.sign in _EPISODES)
                # "…a red line going up my arm. My friend had the same and said it went away on its
                # own": how someone else's ended, told in a sentence about them.
                if (
                    _told_of_other(hit_clause)
                    or not _told_of_other(tokens[_sentence_start(sentences, span[0]) : span[0]])
                )
                # "…. it stopped but came back", "…. ya paró pero volvió a sangrar": ended, then back.
                and not self._back_after(tokens, span[1])
            ]
        # "me está supurando… el dolor de cabeza del primer día ya se me quitó": a passing told of
        # another complaint, named in its own clause, ends that one only.
        resolved = [span for span in resolved if not _of_other_complaint(tokens, span, hit_clause, hit.sign)]
        past_spans_out = outside(_find(ctx.past, tokens, start, end))
        # "how common is that?", "¿cómo empieza?" after the sign: a question about it.
        asked_after = _find_qualified(ctx.risk, tokens, hit.end, len(tokens))
        long_ago = _long_ago(tokens, start, end)
        # "mi prima se hizo esto hace dos años…, pero hace media hora me agarró un dolor en el
        # pecho": a sign whose clause has a time of its own, not a past one, is not dated elsewhere.
        own_time = timed and not any(
            clause.get(a) == clause[hit.start] for a in [a for a, _ in past_spans_out] + long_ago
        )

        def elsewhere(at: int) -> bool:
            return own_time and clause.get(at) != clause[hit.start]

        if (
            # "could it cause a stroke": the question's "a" may be the sign's own first word;
            # "how HIGH does a fever have to be": so may its last word, when it starts before.
            any(
                (
                    b <= hit.start
                    or (
                        b == hit.start + 1
                        and (
                            tokens[hit.start] in _ARTICLES
                            or (a < hit.start and tokens[hit.start] not in _PERSONS)
                            # "¿cómo sabría si TENGO un coágulo?": the "if" is the question's.
                            or (a < hit.start and tokens[hit.start - 1] in _IF and tokens[hit.start] in _HAS)
                        )
                    )
                )
                and not _plea(tokens, a, b, hit.start)
                # "Temp 37.6, sorry I MEAN 38.6": a correction, not "what does it mean".
                and not (tokens[a:b] == ["mean"] and a > 0 and tokens[a - 1] in ("i", "i'm", "sorry"))
                # "not sure if it matters but the neighbour's knee is very hot", "no sé si sea
                # importante, pero…": whether the message is worth sending, not a question of the sign.
                and not _worth_asked(tokens, a, b)
                # "quería saber si se puede cambiar el recordatorio, y OTRA COSA, a mi papá le duele el
                # pecho": the question was of another topic, closed by the turn to a new one.
                and not (b <= hit.start and _find(_TOPIC_TURNS, tokens, b, hit.start))
                # "im afraid of a clot, my calf is swollen", "scared of a clot because my calf is
                # swollen": the fear is of its own clause; the sign after it, or given as its
                # reason, is told.
                and not (
                    tokens[a] in _WORRY_LEADS | _FEARS
                    and (clause.get(a) != clause[hit.start] or _BECAUSE & set(tokens[b : hit.start]))
                )
                # "can you go check on my mum, she collapsed": "can you go" asks about going
                # blind, not about what follows another "go".
                # "can you go into anaphylaxis?": "go INTO" opens onto the sign.
                and not (tokens[b - 1] in _OPEN_VERBS and b - 1 != hit.start and tokens[b : hit.start] != ["into"])
                and not _said(tokens, a, b)
                and not _as_if(tokens, a)
                # "list of whats going on: 1) numb between my legs…": what follows is told, not asked.
                and not (
                    a > start
                    and tokens[a - 1] in _WHAT_FOLLOWS
                    and (
                        tuple(tokens[b : b + 2]) == ("going", "on")
                        or tokens[b : b + 1] in (["happening"], ["happened"])
                    )
                )
                # "they gave me antibiotics (just) in case": why the medicine was given.
                and not (_MEDS | _PRESCRIBED) & set(tokens[max(start, a - 3) : a])
                # "no sé si tengo fiebre, pero estoy temblando con escalofríos": the question is
                # about the sign of its own clause; the writer's own sign in a later clause is told,
                # as is the same sign told in the present ("how do I know if I'm having a stroke,
                # my face IS drooping").
                and not (
                    clause.get(a) != clause[hit.start]
                    and _of_writer(hit_clause)
                    and (
                        any(
                            other.sign != hit.sign and other.start >= a and clause.get(other.start) == clause.get(a)
                            for other in hits
                        )
                        or bool(_PRESENT_BE & set(hit_clause))
                    )
                )
                # "is it bad if the spots on my scalp have little pus bumps?": the writer's own, judged.
                and not _judged_if(tokens, a, hit, start)
                # "they told me to call if I get a fever and I have a fever", "me dijeron que llame si
                # pasa de 38 y tengo 38,6": an instruction given, then what the writer has now.
                and not _instructed_then_told(tokens, start, a, b, hit)
                # "should I worry if I suddenly can't catch my breath?", "what does it mean when the
                # injection site is leaking…": a worry about the writer's own, told in the present.
                and not _worried_if(tokens, a, b, hit, start, end)
                # "what is THIS red line going up MY arm?", "¿qué es ESA línea roja que ME sube?":
                # the writer's own, pointed at.
                and not (
                    b <= hit.start
                    and _pointed_at(tokens, max(b, hit.start - 2), hit.start)
                    and _of_writer(hit_clause)
                    and not _told_of_other(hit_clause)
                )
                # "not sure if the ibuprofen is hiding it, but the pain in my spine is getting worse":
                # a question whole in its own clause, with no sign; the writer's sign after it is told.
                and not (
                    clause.get(a) != clause[hit.start]
                    and not _told_of_other(hit_clause)
                    and not any(clause.get(other.start) == clause.get(a) for other in hits)
                    # "what happens if someone is allergic, like anaphylaxis?": an example of what is asked.
                    and not _example(hit_clause)
                    and (
                        bool(_CLAUSE_VERBS & {tokens[i] for i in range(a, hit.start) if clause.get(i) == clause.get(a)})
                        # "la enfermera me dijo que si me pasaba esto fuera a urgencias: tengo el corazón
                        # a mil": the condition was the nurse's; the writer's sign had now, after it, is told.
                        or ((timed or bool(_TOLD_NOW & set(hit_clause))) and _of_writer(hit_clause))
                    )
                )
                # "the nurse said if I get chest pain to call 911, and I have chest pain": the sign of
                # the question, named again by the writer in the present, is told.
                and not (
                    clause.get(a) != clause[hit.start]
                    and _told_again(tokens, hit, hits)
                    # "…llamara al 911, y me DUELE el pecho": a sign's own verb in the present tells it too.
                    and bool((_TOLD_NOW | {"duele", "duelen"}) & set(hit_clause))
                    and _of_writer(hit_clause)
                )
                # "tengo miedo de la muerte, me quiero matar": a wish to die told in a clause of its
                # own is never the question another clause asks; "what do I do if I want to kill
                # myself" is the writer's own wish, asked about.
                and not (
                    hit.sign in _NEVER_PASSED
                    # "¿qué hago si me dan ganas de hacerme daño? no me está pasando ahora": asked
                    # ahead, with the present denied in so many words.
                    and not ({"if", "si"} & set(tokens[a:b]) and _not_happening_now(tokens))
                    and (
                        clause.get(a) != clause[hit.start]
                        or _told_of_self(tokens[max(start, hit.start - 2) : hit.end])
                        # "ME voy a cortar las venas": the writer, in the words that open the plan.
                        or (
                            b <= hit.start
                            and _told_of_self(tokens[max(start, a - 1) : b])
                            and not _IF & set(tokens[a:b])
                        )
                        # "pensando en un suicidio": thinking of it is the sign, not a worry about it.
                        or tokens[a] in _WORRY_LEADS
                    )
                )
                # "do people EVER go into…": an adverb inside the question's words.
                for a, b in _find(ctx.asking, tokens, start, hit.start + 1)
                + _find_with(ctx.asking, tokens, start, hit.start + 1, _QUESTION_FILLERS)
            )
            # "¿puede una inyección en el ojo dejarte ciego?": the question inside a sign told in parts.
            or (
                hit.words is not None
                and any(
                    not hit.words & set(range(a, b))
                    and b <= max(hit.words)
                    and not _plea(tokens, a, b, max(hit.words))
                    and not _as_if(tokens, a)
                    for a, b in _find(ctx.asking, tokens, hit.start, hit.end)
                )
            )
            # "¿cómo es un coágulo en la pierna?", "what is a clot like": the question runs into the
            # sign's own words ("es un coágulo").
            or any(
                a < hit.start < b and tokens[hit.start] in _LINKING_VERBS
                for a, b in _find(ctx.asking, tokens, start, hit.end)
            )
            # "la anafilaxia qué es", "the sepsis what is it": a condition's name, then the question, in one clause.
            or _asked_after(tokens, hit)
            or self._wh_sign(tokens, hit)
            # "im scared of needles and going blind", "me da pánico quedarme ciega": what is feared.
            or _feared(tokens, hit, clause)
            or _when_question(tokens, hit, hits)
            # "has anyone had anaphylaxis from the cells?", "¿alguien ha tenido sepsis ahí?": asked of others.
            or _anyone_asked(tokens, start, hit.start)
            # "what does sepsis look like? is it only with a high fever?": what it comes with, asked.
            or _asked_with(tokens, hit)
            # "am I going to faint during the IV?", "¿me voy a desmayar durante el suero?": what may
            # happen at a treatment still to come, asked.
            or self._asked_of_coming(tokens, hit)
            or _judged_in_general(tokens, hit)
            or self._asks_cause(tokens, hit)
            or (
                _generic_question(tokens, hit.start, hit.end, sentences)
                and not self._present_after(tokens, end)
                # "is it normal to have a 38.2 fever ON DAY 3? knee injection": a warning sign asked
                # of a day of the writer's own count is the writer's.
                and not (hit.level == URGENT and _day_counts(tokens, 0, len(tokens)))
            )
            # "derrame cerebral síntomas", "stroke symptoms": a search for the signs of it.
            or (hit.end < len(tokens) and tokens[hit.end] in _SYMPTOM_NOUNS)
            # "if breathlessness comes after the infusion, how do I know…": the sign in a condition.
            or (hit.start > 0 and tokens[hit.start - 1] in ("if", "whether"))
            # A nurse's note: "Go to ER if fever over 38 with confusion": the condition of an instruction.
            or _instruction_if(tokens, start, hit)
            # "If, say, on day 4 the skin got hot and a red line started up my leg, would…".
            or (
                _supposing(tokens, start, end, hit.start)
                # "dijo que si se me hinchaban los labios usara la adrenalina, se me hinchan los
                # labios": the sign of the condition, told again in a clause of its own, is happening.
                and not _told_again(tokens, hit, hits)
            )
            # "my neighbour had seizures after a clinic in Panama. can stem cells cause seizures?":
            # someone outside the home's story, told to ask about the sign in general.
            or self._story_before_question(tokens, sentences, hit, hits, hit_clause)
            # "what counts as a fever? 37.8? 38?": a bare value offered to the question before it.
            or self._bare_after_question(tokens, sentences, hit, hits, start, end)
            # "what would an allergic reaction look like? like anaphylaxis": an example offered to it.
            or self._example_after_question(tokens, sentences, start, end)
        ):
            reason = "asking"
        elif resolved:
            reason = "resolved"
        elif (
            [
                span
                for span in past_spans_out
                if not elsewhere(span[0])
                # "two years AFTER his stem cells he had a stroke": dated from the treatment, years on.
                and (tokens[span[1] - 1] in _AFTERWARDS or not self._dates_treatment(tokens, span[0]))
                and not _of_another(span, hit, hits, clause, same=timed)
                and not _anothers_time(tokens, span[0], hit, clause, hit_clause)
                # "el termómetro de toda la vida", "the thermometer I've had all my life": how long a
                # thing has been had, not when the sign was.
                and not _thing_kept(tokens, span, hit)
                # "it hurts way more than it did last week": a time to compare with.
                and not _compared_with(tokens, max(start, span[0] - 4), span[0])
                # "smells like something DIED in there": a likeness, not a death.
                and not (
                    _SIMILE & set(tokens[max(start, span[0] - 2) : span[0]])
                    and _SOMETHING_DIED & set(tokens[span[0] : span[1]])
                )
                # "el tobillo hinchado, no lo puedo apoyar, fue hace un mes": "fue" after a sign told
                # in the present dates something else (the treatment, unnamed).
                and not self._dated_after_present(tokens, span[0], hit)
                # "asking for dad who passed years ago": the time of someone else's story.
                and not _WHO & set(tokens[max(start, span[0] - 4) : span[0]])
                # "me tomé paracetamol y ahora 37,4, antes tenía 38,7": earlier the same day, and
                # the medicine hides the fever now.
                and not (
                    hit.sign in _FEVERISH
                    and tuple(tokens[span[0] : span[1]]) in _EARLIER_SAME_DAY
                    and _medicines_taken(tokens)
                )
            ]
            or any(
                not elsewhere(at)
                and not self._dates_treatment(tokens, at)
                and not _of_another((at, at + 1), hit, hits, clause, same=timed)
                and not _anothers_time(tokens, at, hit, clause, hit_clause)
                for at in long_ago
            )
            or self._dated(tokens, start, end, hit)
            # "I fainted at the clinic 2 weeks ago, doc said it was vasovagal": a sign that ends by
            # itself, dated weeks back, is over ("fever since 2 weeks ago" may not be).
            or (hit.sign in _EPISODES and self._weeks_back(tokens, start, end, clause, hit))
            # "two weeks ago I HAD a bad chest pain", "hace dos semanas me DIO un dolor de pecho":
            # any sign, had weeks back in the simple past, with no "since" or "still" beside it.
            # "I GOT a fever 3 weeks ago" may still have it: a sign that came on weeks back is over
            # only once the message names what it turned out to be ("…me dijeron que ERA gastritis").
            or (
                (
                    (_HAD_BACK_THEN - _CAME_ON) & set(hit_clause)
                    or (_CAME_ON & set(hit_clause) and _WAS_NAMED & set(tokens[hit.end :]))
                )
                and not (_SINCE | _STILL) & set(hit_clause)
                and self._weeks_back(tokens, start, end, clause, hit)
            )
            # "I fainted when they drew blood… they gave me juice… That was Tuesday": a later
            # sentence pointing back at the whole story dates an episode that ends by itself.
            or (hit.sign in _EPISODES and self._dated_later(tokens, end, hit, hits))
            # "In March I had chest pain and ended up in the ER": had, in a month named.
            or self._had_in_month(tokens, start, end, clause, hit)
            or self._before_treatment(tokens, hit, clause)
            or _once(tokens, hit, start, end)
            or _of_the_past(tokens, hit)
            or _formerly(tokens, hit, clause)
            # "my son had a seizure when he was 3", "tuve una convulsión a los 12 años": at an age long past.
            or _at_an_age(tokens, start, end, hit)
            or _had_before(tokens, hit, start, end)
            or _distant_told(tokens, start, end, hit)
            # "me desmayé el día 1 al pararme…, pero ya van 9 días": an episode on a day the message
            # has since moved past.
            or (hit.sign in _EPISODES and _day_since_passed(tokens, hit, clause))
        ):
            reason = "past"
        elif [
            (a, b)
            for a, b in outside(
                _find(ctx.reported, tokens, start, end)
                # "the CLINIC handout", "la hoja DE CUIDADOS": a paper named with whose it is.
                + [
                    (a, b)
                    for a, b in _find_with(ctx.reported, tokens, start, end, _PAPER_QUALIFIERS)
                    # Not "the discharge PAPER says call if…": a rule the writer's reading is held to.
                    if tokens[b - 1] in _LEAFLETS
                ]
                + _distant_said(tokens, start, end, hit)
            )
            # "this isn't for a paper": what the question is for, not where it was read.
            if not (a > 0 and tokens[a - 1] in ("for", "para"))
            # "mi hijo ME ESCRIBIÓ que se quiere matar": someone told the writer of their own wish to
            # die; that is the sign now, not something read.
            # Not "my wife read that SOME PEOPLE get suicidal…": people in general, what she read.
            and not (
                hit.sign in _NEVER_PASSED
                and (_KIN | _OTHERS) & set(tokens[start:a])
                and not _PEOPLE_IN_GENERAL & set(tokens[max(start, hit.start - _GENERAL_REACH) : hit.start])
            )
            # "my buddy says yellowish stuff IS OOZING from the hole", "mi vecino dice que LE SALIÓ un
            # granote con materia": someone of the writer's own tells of their sign, now.
            and not _tells_own_now(tokens, start, end, a, b, hit, clause)
            # "I drew round it LIKE SOMEONE TOLD ME", "lo marqué COMO me dijeron": an instruction
            # followed, not what was heard of the sign.
            and not (a > 0 and tokens[a - 1] in _AS_TOLD)
            # "el ojo PEGADO DE lagaña": stuck shut, not pasted from a forum.
            and not (
                tokens[a] in ("pegado", "pegada", "pegados", "pegadas") and a > 0 and tokens[a - 1] in _STUCK_PARTS
            )
            # "that's what the paper says, but I can't catch my breath", "my lips are swelling,
            # the leaflet says that's normal??": the writer's own, now.
            and not (clause[a] != clause[hit.start] and _of_writer(hit_clause))
            # "…like those TikTok horror stories but MY THIGH… is rock hard, red and getting hotter":
            # after what was heard, the writer's own body, its signs listed clause by clause.
            and not (
                b <= hit.start
                and clause[a] != clause[hit.start]
                # "MY thigh", "MI muslo": a part of the writer's body named ("donde ME van a poner"
                # is where the treatment will be).
                and any(tokens[i] in _MY and tokens[i + 1] not in _OTHERS for i in range(b, hit.start))
                and not _told_of_other(tokens[b : hit.end])
            )
            # "Dad's eye is getting redder every day…, he's reading the paper": told in the
            # present, then what he is doing; nothing read there tells the sign.
            # "The eye gets redder every day and hurts more…, I read the paper": the same with a
            # verb of hurting or of getting worse.
            and not (a >= hit.end and clause[a] != clause[hit.start] and _TOLD_OR_GETTING_NOW & set(hit_clause))
            # "lei sobre trombosis… y ahora tengo la pierna más gorda": what was read, then the
            # writer's own sign, now.
            and not (b <= hit.start and _NOW_TIMES & set(tokens[b : hit.start]) and _of_writer(tokens[b : hit.end]))
            # "I drew round it like a youtube doctor said, today it's well past the line": a clause
            # of its own that today opens tells what the writer sees.
            and not (
                b <= hit.start
                and clause[a] != clause[hit.start]
                and next((word for word in hit_clause if word != _BREAK), "") in _TODAY_OPENERS
                and not _told_of_other(hit_clause)
            )
            # "I read about blindness and I can't see out of my left eye", "leí de trombos y yo tengo la
            # pierna hinchada": a new clause of the writer's own, joined after what was read.
            and not (
                b <= hit.start
                and any(
                    tokens[i] in _AND
                    and (
                        tokens[i + 1] in _FIRST | _MY | _FIRST_VERBS
                        # "…q vi en tiktok… y SE ME está hinchando la lengua": the writer's own, reflexive.
                        or tokens[i + 1 : i + 3] == ["se", "me"]
                        # "…y no VEO nada": the sign's own verb says whose it is.
                        or (i + 1 == hit.start and bool(_FIRST_VERBS & set(tokens[hit.start : hit.end])))
                    )
                    for i in range(b, hit.start)
                )
            )
            # "temp 38.3 on day 1, the leaflet says a fever on the first day is expected": a reading
            # told first, of no one else, is the writer's own; the report is about it.
            and not (
                a >= hit.end
                and clause[a] != clause[hit.start]
                and not _told_of_other(hit_clause)
                and any(word.isdecimal() for word in hit_clause)
            )
            # "dicen que fue un bajón nomás, pero no se despierta del todo": what was said, waved
            # away by what the writer sees.
            and not _disputed(tokens, b, hit, hit_clause)
            # "…y no responde, los de la clínica dicen que es normal": what the writer sees, waved
            # away by others after it, is still what the writer sees.
            and not (a >= hit.end and clause[a] != clause[hit.start] and _DISMISSAL & set(tokens[b : b + 4]))
            # "sale pus del pinchazo, leí que eso es bueno??": what was read, said of the sign just told
            # (no one else named), is the writer's own sign, asked about. So is "a mi papá le supura
            # la rodilla…, un señor del grupo dice que son células muertas": a sign of the family,
            # and what it is said to be.
            and not (
                a >= hit.end
                and clause[a] != clause[hit.start]
                and (
                    (not _told_of_other(hit_clause) and _DEMONSTRATIVES & set(tokens[b : b + 3]))
                    or (
                        _KIN & set(hit_clause)
                        and not _DISTANT & set(hit_clause)
                        and (_DEMONSTRATIVES | _IT_IS) & set(tokens[b : b + 3])
                    )
                )
            )
        ]:
            reason = "reported"
        elif (
            [
                (a, b)
                for a, b in asked_after
                # "¿se me pasará solo?": will it go away, not "¿me pasará?" (will it happen to me).
                if not (a > 0 and tokens[a - 1] == "se")
                # "my chest hurts, is that common?": the writer's own sign, told as it is, asked about.
                and not (
                    (
                        _OWNING & set(tokens[max(start, hit.start - 2) : hit.start + 1])
                        # "ME SALIÓ una rayita roja…, ¿qué significa?": it came out on the writer.
                        or (
                            hit.start >= start + 3
                            and tokens[hit.start - 3] == "me"
                            and tokens[hit.start - 2] in _CAME_OUT
                        )
                        # "ME ESTÁ SALIENDO un líquido turbio…, ¿qué significa?": so is what is coming out.
                        or (
                            hit.start >= start + 4
                            and tokens[hit.start - 4] == "me"
                            and tokens[hit.start - 3] in _ESTA_FORMS
                            and tokens[hit.start - 2] in _COMING_OUT
                        )
                        or _FIRST_VERBS & set(tokens[hit.start : hit.end])
                        # "cant breathe, how common is that?": an English sign with its "I" dropped.
                        or (hit.start == start and tokens[hit.start] in _I_DROPPED)
                        # "38 justito en el termómetro, tercer día… ¿eso es cierto?": a warning sign
                        # told on a day of the writer's own count is the writer's.
                        or (hit.level == URGENT and bool(_day_counts(tokens, start, end)))
                    )
                    and not _told_of_other(hit_clause)
                    # "si no puedo orinar tengo que ir…": the writer's, in a condition.
                    and not (hit.start > 0 and tokens[hit.start - 1] in ("if", "si", "whether"))
                )
                # "my mom HAS a drooping face, is that possible after the IV?": asked because it is
                # happening at home now. Not "my sister says IV cells CAN send clots…": a may-be.
                and not _kin_now(tokens, start, hit, clause, hit_clause, _PRESENT_BE | _HAVE_NOW)
            ]
            or (
                _find_qualified(ctx.risk_told, tokens, hit.end, len(tokens))
                and (_told_of_other(hit_clause) or not _of_writer(hit_clause))
                # "temp 38.0 this evening… is that a thing?": a sign given a time today is the writer's own.
                and not (
                    any(
                        (tokens[i] in _TODAY or tokens[i] in _NOW_WORDS) and not _wish_of_another(tokens, i + 1)
                        for i in range(start, end)
                        if clause[i] == clause[hit.start]
                    )
                    or any(pair in _TIMES_OF_DAY for pair in itertools.pairwise(hit_clause))
                    # "day 4 after the hip and the thermometer says 38 on the dot. is that a thing?":
                    # a warning sign told on a day of the writer's own count is the writer's; so is
                    # "thermometer says 101 F. … but I'm on day 3", the count in a sentence of its own.
                    or (hit.level == URGENT and bool(_day_counts(tokens, start, end)))
                    or (
                        hit.level == URGENT
                        and not _told_of_other(hit_clause)
                        and bool(_day_counts(tokens, 0, len(tokens)))
                    )
                )
                # "my daughter IS not breathing well, how do I know if it's anaphylaxis?", "mi mamá
                # TIENE la cara hinchada, ¿cómo sé si es…?": someone at home, told in the present.
                # Not "no tengo nada, es que mi mamá vio en la tele que…": the present of the
                # writer's own denial, in a clause before.
                and not _kin_now(tokens, start, hit, clause, hit_clause)
            )
        ):
            # "my friend got sepsis after her IV. how common is that?": a question about the risk.
            reason = "asking"
        elif over:
            # "he fainted this morning but he's been fine for 3 hours; what if it happens again?"
            reason = "resolved"
        elif passes and self._diary_over(tokens, hit, hits):
            # "Semana 1: fiebre 38,6… Semana 2: ya sin fiebre… Semana 3: todo bien": a diary whose
            # later entries deny the sign or say all is well, and tell no sign of their own.
            reason = "resolved"
        elif passes and self._gone_next(tokens, sentences, hit, hits, start, end) and not self._back_after(tokens, end):
            # "my legs felt numb for an hour after the spine injection. it's all gone now": the
            # next sentence opens by saying it passed.
            reason = "resolved"
        elif (
            passes
            and self._well_after(tokens, hit, hits, clause)
            # "tomé paracetamol y bajó a 37,3, ¿ya estoy bien?": the medicine hides the fever.
            and not hidden
        ):
            # "mi papá se desmayó después del suero, ahora está perfecto", "now he is fine".
            reason = "resolved"
        elif (
            self._recently(tokens, start, end)
            # "…hot yesterday and TODAY it's like an egg": the sign told of today is not dated before it.
            and not (_TODAY | _NOW_WORDS) & set(tokens[hit.start : hit.end])
            # "ESTÁ colorada y va subiendo…, ayer era solo alrededor del piquete": yesterday, told after
            # a sign in the present, is how it was before.
            and not (
                _GOING_NOW & set(tokens[max(start, hit.start - _GOING_REACH) : hit.end])
                and all(
                    i >= hit.end and clause.get(i) != clause[hit.start]
                    for i in range(start, end)
                    if tokens[i] in _YESTERDAY
                )
            )
            # "hoy amanecí con fiebre y ayer estaba bien", "woke up today with a fever and yesterday
            # I was fine": the sign's own clause says today; yesterday, joined after it, is how it was.
            and not _today_then_before(tokens, hit, start, end, clause)
            # "ayer me quité el parche y la herida ESTÁ ECHANDO como pus…, me siento bien": the day
            # word dates the first thing done; the sign is told going on, as it is written.
            and not _going_on(tokens, start, hit, clause)
            and self._well_now(tokens, hit.start, hit.sign in _FEVERISH)
            # "anoche tuve 38,6, hoy amanecí con 37,2 después del ibuprofeno": the medicine hides it.
            and not hidden
        ):
            # "ayer casi me desmayo en el banco, hoy ya estoy normal", "two weeks ago I blacked
            # out… been fine since": dated before today by someone who says they are well now.
            reason = "past"
        if not reason and (_mistaken(tokens, hit) or _feared_was(tokens, hit) or _dreamt(tokens, hit)):
            # "I THOUGHT I was coughing blood BUT IT WAS the beet juice": a sign the writer took back.
            reason = "resolved"
        if (
            not reason
            and _named_as_was(tokens, hit)
            and any(
                other.end <= hit.start
                and other.sign != hit.sign
                and self._not_now(tokens, sentences, other, hits) == "past"
                for other in hits
            )
        ):
            # "coughed up blood after his treatment 2 years ago, it WAS a clot in the lung": what
            # a past sign turned out to be is as past as the sign.
            reason = "past"
        if (
            not reason
            and _pointed_back(tokens, hit)
            and any(
                other.end <= hit.start
                and other.sign == hit.sign
                and self._not_now(tokens, sentences, other, hits) in ("past", "resolved")
                for other in hits
            )
        ):
            # "me dio un desmayo en diciembre…, se me pasó rápido. ¿eso del desmayo es peligroso?",
            # "that fainting, was it the cells?": the episode told before, pointed back at.
            reason = "past"
        if not reason and self._judged(tokens, hit):
            # "is saddle numbness something to worry about after a spine injection?": the sign
            # named in a question about it, not told.
            reason = "asking"
        if not reason and _generic_fact(tokens, hit):
            # "sepsis makes you confused", "la sepsis te deja confundido": what a sign does to
            # anyone, stated; not anyone's sign.
            reason = "asking"
        if not reason and (_message_topic(tokens, hit) or _written_about(tokens, hit)):
            # "I want to understand the fever part right", "me mandaste algo de la fiebre y no le
            # entendí": the sign as the topic of a message, to be read or translated.
            reason = "asking"
        if not reason and _said_to_mean(tokens, hit, start):
            # "mi doctor me dijo que 'hinchazón caliente que crece' es señal de infección": what a sign
            # is said to be a sign of, in what someone said; the writer's own is told apart.
            reason = "asking"
        if not reason and _rule_told(tokens, hit, hit_clause):
            # "my pharmacist said pus = go in", "fiebre significa ir a urgencias": what a sign
            # calls for, told as a rule; the information, and "if this is happening now, call".
            reason = "asking"
        if not reason and _any_such(tokens, hit):
            # "the nurse said to report ANY fever", "avisar CUALQUIER fiebre": a kind of sign, not one had.
            reason = "asking"
        if not reason and _asked_about(tokens, hit):
            # "no chest pain, im just asking about the lung clot thing", "solo pregunto por lo de los
            # coágulos": the sign as what a question is about, with nothing of it told.
            reason = "asking"
        if not reason and _feared_topic(tokens, hit):
            # "lo de los coágulos en los pulmones me da miedo", "the lung clot thing scares me": a
            # topic named, and the fear of it; "if this is happening now" still ends the answer.
            reason = "asking"
        if not reason and _of_the_dead(tokens, hit, start):
            # "my late husband had a clot in the lung after surgery, can the cells do that?", "mi
            # difunto marido tuvo una embolia": the sign of someone who has died is history.
            reason = "past"
        if not reason and _complaint_of_other(tokens, hit, start, hit_clause):
            # "my friend lost the sight in one eye at a clinic in Miami, where do I report that?": a
            # sign of someone else, told in the past, and where to complain asked: a story, not now.
            reason = "past"
        if not reason and _as_history(tokens, hit):
            # "would a seizure history be a problem?", "tengo antecedentes de convulsiones": a sign of
            # the writer's medical history, named as such; a present told with it still counts.
            reason = "past"
        if not reason and (_habitual(tokens, hit) or _told_before(tokens, hit)):
            # "me desmayo fácil", "I faint easily": a way the writer is; "les conté lo de mi
            # infarto": a known event told again. Neither is happening now, unless a present says so.
            reason = "past"
        if not reason and _topic_explained(tokens, hit):
            # "lo del desmayo FUE la presión baja", "the fainting thing was low blood pressure": an
            # episode named as a topic and explained is over; a present told with it still counts.
            reason = "past"
        if not reason and self._faint_asked_next_time(tokens, hit):
            # "me desmayé cuando me sacaron la médula… ¿en la próxima sesión me puede volver a
            # pasar?": a faint over, asked about the next session.
            reason = "past"
        if not reason and hit.sign in _NEVER_PASSED and _anothers_attempt_over(tokens, hit):
            # "my cousin tried to kill herself…. She's safe now and in therapy. How do I support her?":
            # someone else's attempt, told as over and cared for; the answer still gives the crisis line.
            reason = "past"
        if not reason and hit.level == URGENT and self._unchanged_since_before(tokens, hit, start, end):
            # "desde antes del tratamiento tengo hormigueo…, sigue igual": there before the treatment
            # and unchanged is no warning sign of it (its present words say only that it goes on);
            # an emergency is one however long it has been.
            return "past"
        if not reason:
            return ""
        if reason == "past" and _seen_doing_now(tokens, hit, still_only=True):
            # "a mi amigo le dio una convulsión en la clínica, ¿qué tan común es? SIGUE TEMBLANDO":
            # told as a story, and still going on.
            return ""
        if reason in ("past", "resolved") and hit.sign == "chills" and _rigors_unmeasured(tokens):
            # "anoche escalofríos fuertísimos, temblaba entera… hoy mejor", "last night teeth
            # chattering…, it passed, no thermometer": shaking chills within the day, with no reading
            # to rule out a fever, still need the clinic today (unsure means escalate).
            return ""
        if reason in ("asking", "reported") and (
            # "¿cómo sé si ME ESTÁ DANDO UNA reacción?": whether it is happening, asked, is no telling.
            _says_having(tokens, self._negation.cues)
            or self._mine_after(tokens, hit.end, hit.sign)
            # "my husband JUST HAD a seizure, is that possible after the IV?": asked because it just happened.
            or _just_happened(tokens, hit)
            # "…if my chest ever got tight, call 911. well its TIGHT RIGHT NOW": the case asked about,
            # told again as now.
            or _told_again_now(tokens, hit)
            # "what does a seizure look like? my son IS SHAKING NOW": asked because it is happening.
            or _seen_doing_now(tokens, hit)
            # "call 911 if I get chest pain after the IV. well I HAVE IT": the case asked about, had.
            or _has_it_now(tokens, hit)
            # "I'll go to the ER if my chest pain doesn't stop", "si no se me quita el dolor de pecho":
            # a condition that the writer's sign goes on is had now.
            or _goes_on_if(tokens, hit)
            # "what do I do if my legs go weak? asking bc they FEEL really heavy RIGHT NOW": the
            # reason for asking, felt now.
            or self._asked_because_felt_now(tokens, hit)
        ):
            # "what are the signs of a stroke? I think I'm having one": the question is about now.
            return ""
        # "it's gone now", "fully better for 5 days now": a present word in the clause of a
        # resolution is part of it; "it went away but now it's back" is another clause.
        # A denial in another sentence ("ya no tengo fiebre. fue de 38,5") has no clause here.
        resolved_clauses = {clause[a] for a, _ in resolved if a in clause}
        candidates = _find(ctx.present, tokens, start, end)
        if not candidates:
            return reason
        # "I don't have any breathing problems right now": the present of a denial.
        everything = _covered(hits)
        resolved_clauses |= {
            clause[other.start]
            for other in hits
            if other.start in clause
            and clause[other.start] != clause[hit.start]
            and self._negated(tokens, other, everything, hits)
        }
        past_spans = _find(ctx.past, tokens, start, end)
        well = self._well_marks(tokens, start, end, clause)
        hit_span = range(hit.start, hit.end)
        # The clauses that tell a sign of their own: a present word in one of them may be that sign's.
        signed = {clause[other.start] for other in hits if other.start in clause}
        present = [
            a
            for a, b in candidates
            if clause[a] not in resolved_clauses
            and not a < well.get(clause[a], -1)
            and a not in hit_span
            and b - 1 not in hit_span
            and not self._asks_treatment(tokens, b)
            # "has seizures NOW and then": how often, not when.
            and tuple(tokens[a : a + 3]) != _NOW_AND_THEN[0]
            # "is stem cell therapy STILL safe for him?": still, of the treatment's safety.
            and not self._treatment_still_safe(tokens, a, b)
            # "had a stroke last year and is STILL ALLOWED to drive": still, of a leave.
            # "todavía ESTÁ permitido que maneje": a verb of being may stand between.
            and not (tokens[a] in _STILL and _PERMITTED & set(tokens[b : b + 2]))
            # Told as over: "this morning" dates the episode; only "still", "right now" undo it.
            and not (over and tokens[a] not in _STILL)
            and not _treatment_again(tokens, a, start)
            # "ahora voy de nuevo", "now I'm going again": now, of the treatment again.
            and not _going_again(tokens, b)
            # "la llevamos otra vez en mayo", "going again in March": again, of a plan with a month.
            and not (tokens[a] in _AGAIN and _in_a_month(tokens, b))
            # "the white patch turned pink again", "las dos piernas están iguales otra vez": the
            # colour, or the likeness, came back.
            and not _well_again(tokens, a, start)
            # "keeps telling me to watch out for sepsis": the telling goes on, not the sign.
            and not (b < len(tokens) and tokens[b] in _TELLING)
            # "antes del tratamiento ya tenía hormigueo…, sigue igualito": the same as before the
            # treatment, which dated it; unchanged is not new.
            and not (_UNCHANGED_NOW & set(tokens[b : b + 2]) and self._before_treatment(tokens, hit, clause))
            # "…needed surgery, that's all anyone TALKS ABOUT at church now": now, of the talk, in
            # a clause of its own that tells no sign.
            and not (
                clause[a] != clause[hit.start]
                and _TALKING & {tokens[i] for i in range(start, end) if clause.get(i) == clause[a]}
                and clause[a] not in signed
            )
            # "they went away, temp normal 3 DAYS NOW": how long something has lasted, in a clause
            # that tells no sign.
            and not (
                tokens[a] in _NOW_WORDS
                and a >= 2
                and tokens[a - 1] in _TIME_UNITS
                and (tokens[a - 2].isdecimal() or tokens[a - 2] in _SOME)
                and clause[a] not in signed
            )
            # "today is friday", "hoy es el día 6": the date, not the sign's present.
            # "hoy ya es el día 10": the "ya" may stand between.
            and not (
                tokens[a] in _TODAY
                and (
                    tokens[b : b + 1] in (["is"], ["es"], ["its"])
                    or (tokens[b : b + 1] == ["ya"] and tokens[b + 1 : b + 2] == ["es"])
                )
                and bool(_WEEKDAYS & set(tokens[b + 1 : b + 4]) or _DAY_WORDS & set(tokens[b + 1 : b + 4]))
            )
            # "now on day 8", "hoy día 8": the day of the count, with no sign told in it or after
            # it ("y hoy, día 4, me duele más" dates the pain).
            and not (
                (tokens[a] in _TODAY or tokens[a] in _NOW_WORDS)
                and any(
                    tokens[i] in _DAY_WORDS and tokens[i + 1 : i + 2] and tokens[i + 1].isdecimal()
                    for i in range(b, min(len(tokens) - 1, b + 2))
                )
                and not any(other.end > a for other in hits)
            )
            # "…had a stroke years ago and WANTS THE IV NOW", "QUIERE EL SUERO AHORA": now, of the
            # treatment wanted.
            and not (
                tokens[a] in _NOW_WORDS
                and _WANTING & set(tokens[max(start, a - _WANTED_NOW_REACH) : a])
                and _find(ctx.treatment, tokens, max(start, a - _WANTED_NOW_REACH), a)
            )
            # "¿me va a pasar de nuevo?", "will it happen again?": a question about later.
            and not (tokens[a] in _AGAIN and _LATER & set(tokens[max(start, a - 3) : a]))
            # "what are the stroke signs again?", "¿cuáles eran las señales otra vez?": again, of
            # a question the writer asks to be told once more.
            and not (tokens[a] in _AGAIN and _asked_once_more(tokens, a, clause))
            # "…le pusieron dos stents, ahora está bien", "hoy estoy normal": now, of the wellness.
            and not self._now_well(tokens, b)
            # "…that was 2 weeks ago and she's walking normally now", "ya camina normal ahora": the
            # wellness told just before it.
            and not self._well_before(tokens, a, start)
            # "¿cómo sé que me está pasando?": a present asked about, not told.
            and not _how_known(tokens, a)
            # "the fever I had on day 2 is gone…, the knee still aches a bit": still, of a part of
            # the body named in a clause with no sign, after the sign's own passing.
            and not (
                resolved
                and tokens[a] in _STILL
                and clause[a] != clause[hit.start]
                and clause[a] not in signed
                and (_BODY_SITES | _LIMBS) & {tokens[i] for i in range(start, a) if clause.get(i) == clause[a]}
            )
            # "todo bien hasta ahora": so far, of what went before; "ayer en la tarde": yesterday's.
            # "todo bien por ahora", "fine for now": for now, of the wellness.
            and not (
                a > 0
                and tokens[a - 1] in ("hasta", "until", "til", "till", "por", "for")
                and tokens[a] in ("ahora", "now")
            )
            and not (a > 0 and tokens[a - 1] in _YESTERDAY)
            # "I read about lung clots and now I'm paranoid": a feeling about what was read; "…years
            # ago and now my family is scared for me": the feeling of someone else, named.
            and not (_FEELINGS | _FEARS) & set(tokens[b : b + 3])
            # "but now I'm reading horror stories about clots and blindness", "ahora ando leyendo de
            # trombos": now, of the reading.
            and not _READING_NOW & set(tokens[b : b + 3])
            # "today I read that it can cause a stroke", "ahora leí que puede dejar ciega": the day
            # of the reading; the sign is what was read.
            and not _read_then(tokens[b : b + 3])
            # "tuvo convulsiones de bebé, ahora tiene 12", "he's 12 now": now, of an age.
            and not _age_now(tokens, a, b)
            # "…ya no tengo fiebre, ahora la pregunta es…", "now my question is": now, of the question.
            and not _QUESTION_NOUNS & set(tokens[b : b + 3])
            # "I had 38.4 two days ago but it's been normal, 36.8, since yesterday": since, of the
            # wellness told just before it, in a clause that tells no sign.
            and not (tokens[a] in _SINCE and any(hit.end <= ra < a for ra, _ in resolved) and clause[a] not in signed)
            # "anything to worry about now?", "¿me tengo que preocupar ahora?": now, of the worry asked.
            and not (tokens[a] in _NOW_WORDS and _WORRY_ASKED & set(tokens[max(start, a - 3) : a]))
            # "…is gone now, still i should worry?", "¿aun así me preocupo?": still, of the worry asked.
            and not (tokens[a] in _STILL and _WORRY_ASKED & set(tokens[b : b + 4]))
            # "…en el 2021 me dio sepsis, ahora con la inyección me da miedo": now, of a fear in a
            # clause of its own that tells no sign.
            and not (
                clause[a] != clause[hit.start]
                and (_FEELINGS | _FEARS) & {tokens[i] for i in range(start, end) if clause.get(i) == clause[a]}
                and clause[a] not in signed
            )
            and not (_someone_else(tokens, b, []) and _FEELINGS & set(tokens[b + 2 : b + 5]))
            # "…y ya no quiere que vaya", "…and now she doesn't want me to go": now, of what someone
            # else wants (the writer is "me", not the one who wants).
            and not _wish_of_another(tokens, b)
            # "mi tío se desmayó el año pasado…, ahora mi mamá se va a hacer lo mismo": now, of someone else.
            and not (clause[a] != clause[hit.start] and _someone_else(tokens, b, hit_clause))
            # "nearly fainted yesterday but been totally fine since, had a proper breakfast this
            # morning": a time of day told after the sign is over dates what came after, not the sign.
            and not (
                (tokens[a] in _TODAY or tuple(tokens[a : a + 2]) in _TIMES_OF_DAY)
                and any(hit.end <= ra and ra in clause and clause[ra] < clause[a] for ra, _ in resolved)
                and clause[a] not in signed
            )
            # "had a bit of chest pain this morning, it went away", "esta mañana me dolió el pecho,
            # se me quitó solo": a time earlier today, in the sign's clause, dates the episode the
            # writer then tells is over.
            and not (
                (tokens[a] in _TODAY or tuple(tokens[a : a + 2]) in _TIMES_OF_DAY)
                and clause.get(a) == clause[hit.start]
                and any(ra >= hit.end and self._passed_or_well_now(tokens, ra, rb) for ra, rb in resolved)
            )
            # "had a scare tonight, my chest felt tight… but it went away completely", "tuve un susto
            # hoy, …pero se me quitó": the day of an episode told in the past, in a clause before the
            # sign with no sign of its own, that the writer then tells is over.
            and not (
                (tokens[a] in _TODAY or tuple(tokens[a : a + 2]) in _TIMES_OF_DAY)
                and clause[a] < clause[hit.start]
                and clause[a] not in signed
                and _HAD_BACK_THEN & {tokens[i] for i in range(start, end) if clause.get(i) == clause[a]}
                and any(ra >= hit.end and self._passed_or_well_now(tokens, ra, rb) for ra, rb in resolved)
            )
            # "…normal since, and my GP saw me this morning": the time of a visit, in its own clause.
            and not (
                clause[a] != clause[hit.start]
                and _CLINICIANS & {tokens[i] for i in range(start, a) if clause[i] == clause[a]}
            )
            # "do I still need to tell the clinic?": still, of the errand.
            and not _errand_at(tokens, b)
            # "la otra vez me desmayé…, pero HOY me hicieron lo de la médula y ni me mareé": today, of
            # the treatment done, in a clause of its own that tells no sign.
            and not (
                tokens[a] in _TODAY
                and clause[a] != clause[hit.start]
                and clause[a] not in signed
                and _find(ctx.treatment, tokens, b, max(i for i in clause if clause[i] == clause[a]) + 1)
                # "…y ni me mareé", "…and I wasn't even dizzy": the day went well; not "…y hace 10
                # minutos se me puso negro…", a new sign the rules may not name.
                and bool(
                    (self._negation.cues | _NOTHING_ENTRIES)
                    & {tokens[i] for i in range(b, len(tokens)) if clause.get(i) == clause[a]}
                )
            )
            # "la otra vez": "otra vez" inside a phrase of the past is part of it.
            and not any(pa <= a and b <= pb for pa, pb in past_spans)
            # "ya volvió AL coro", "volvió A LA oficina": went back to a place or a pastime, not the
            # sign come back ("volvió A pasar" is).
            and not (
                tokens[a].startswith("volv")
                and (tokens[b : b + 1] == ["al"] or tokens[b : b + 2] in (["a", "la"], ["a", "su"], ["a", "mi"]))
                # "volvió a la noche": it came back at night.
                and not _PARTS_OF_DAY & set(tokens[b + 1 : b + 3])
            )
            # "se fue a Panamá a ponerse células y VOLVIÓ CON una infección": came home with it, from a trip.
            and not (
                tokens[a].startswith(("volv", "came", "come"))
                and tokens[b : b + 1] in (["con"], ["with"])
                and _TRAVEL & {tokens[i] for i in range(max(start, a - 12), a) if clause.get(i) == clause.get(a)}
            )
            # "nothing now", "nada ahora": now is when there is nothing.
            and not (a > 0 and tokens[a - 1] in _NOTHING)
            # "not happening to me", "no está pasando": a present denied.
            and not (a > 0 and tokens[a - 1] in self._negation.cues)
            # "having the other knee done next week": the present of a plan.
            and not _planned(tokens[b : b + 4])
            and not self._plans_treatment(tokens, b)
            # "not having any of this now, but what does anaphylaxis look like?": the present of a
            # clause that opens denying, with no sign of its own.
            and not self._denied_present(tokens, a, clause, hits)
            # "it went away by itself, should I still worry?": still, of the worry asked about.
            and not (tokens[a] in _STILL and _ADVICE & set(tokens[max(start, a - 2) : a]))
            # "what signs should I be watching for tonight?": the night of the watch asked about.
            and not (reason == "asking" and _watch_time(tokens, a, start))
            # "is he allowed to get a stem cell IV now?": now, of the treatment asked about.
            and not self._treatment_before(tokens, a)
            # "a clot years ago, is he at higher risk now?": now, of the risk asked about.
            # Only in its own clause: "…no risk of blindness, but for the last hour the vision…".
            and not (
                {"risk", "riesgo", "chance", "probabilidad"} & set(_clause_around(tokens, max(start, a - 4), a, a + 3))
            )
            # "do I keep going with the sessions?": going on with something, not with the sign.
            and not (tokens[a] == "keep" and tokens[b : b + 1] and tokens[b] in _KEEP_DOING)
            # "the clinic started her on antibiotics", "le empezaron los antibióticos": a medicine
            # begun, not the sign.
            and not (tokens[a] in _STARTED and (_MEDS | _PRESCRIBED | FEVER_MEDICINES) & set(tokens[b : b + 4]))
            # "so I may keep them by the phone", "to keep": a thing kept, not a sign that keeps on.
            and not (tokens[a] in ("keep", "keeps") and (b == len(tokens) or tokens[b : b + 1] in _KEPT_THINGS))
            # "¿sigo con las citas?": going on with something, not with the sign.
            and not (
                tokens[a] in _GO_ON
                and (
                    (tokens[b : b + 1] == ["con"] and tokens[b + 1 : b + 2] in _ITS_ARTICLES)
                    or tokens[b : b + 2] == ["igual", "con"]
                )
            )
            # "hoy ya no tengo nada", "36.8 now": the present of an absence or of a normal reading.
            and not any(x == b for x, _ in _find(_ABSENCE, tokens, b, min(len(tokens), b + 5)))
            and not _normal_reading(tokens, a)
            # "hoy 36,5", "today 36.8": a normal reading right after the time word.
            and not _normal_after(tokens, b)
            # "ya se me pasó, ahora estoy en 70": a resting heart rate, of a racing heart.
            and not (hit.sign == "fast_heartbeat" and _resting_after(tokens, b))
            # "normal for two days now": how long the wellness has lasted, not the sign's present.
            and not (
                tokens[a] in _NOW
                and a >= 1
                and tokens[a - 1] in _TIME_UNITS
                # Only a wellness: "it hasnt come back, been 8 hours now" is the sign lasting.
                and any(
                    0 < a - rb <= _DURATION_REACH and any((word,) in self._context.well for word in tokens[ra:rb])
                    for ra, rb in resolved
                )
            )
            # "day 10 now", "día 5 ahora": the count of days, not the sign.
            and not (tokens[a] in _NOW and a >= 2 and tokens[a - 2] in ("day", "dia") and tokens[a - 1].isdecimal())
            # "now day 6", "its thursday now", "ahora jueves": the date, told after a passing.
            and not (resolved and _dating(tokens, a, b))
            # "ayer estuvo confundido pero HOY LO VIO el médico…, ya está bien": today dates the
            # visit, in a story that ends well.
            and not (resolved and tokens[a] in _TODAY and _SEEN_BY & set(tokens[b : b + _SEEN_REACH]))
            # "todavía no me la hago", "still not booked": not yet, not still.
            and not (b < len(tokens) and tokens[a] in _STILL and tokens[b] in self._negation.cues)
            # "what does it look like when SOMEONE IS HAVING a stroke": anyone, not someone now.
            and not (a > 0 and tokens[a - 1] in _ANYONE)
            # "what are the signs of a stroke again?": "again" asks to be told again.
            and not (reason == "asking" and tokens[a] in _AGAIN and a >= hit.end)
            # "la sepsis, ¿cómo empieza?", "went blind in 2017, is that still a risk?": the
            # present of the question asked about it.
            # "is that still a risk today?": the day of the question, too.
            and not any(qa <= a < qb or (a == qb and tokens[a] in _TODAY | _NOW) for qa, qb in asked_after)
            # "acabó ingresado": ended up, long since; "acaba de desmayarse" is just now.
            and not (tokens[a] in _ENDED_UP and tokens[b : b + 1] != ["de"])
            # "¿a cuántos grados empieza la fiebre?": where the sign starts, in the question's clause.
            and not (
                reason == "asking" and tokens[a] in _STARTED and a < hit.start and clause.get(a) == clause[hit.start]
            )
            # "empezó a salir sangre…, pero se detuvo sola": what started is told as ended.
            and not (tokens[a] in _STARTED and any(ra > a for ra, _ in resolved))
            # "nunca más le volvió a pasar", "never came back": a present that never came.
            and not _NEVER & set(tokens[max(start, a - 3) : a])
            # "ya paró con presión, ahora solo una costrita", "stopped, now just a scab": what is
            # left after a sign that ended, told as little.
            and not (
                resolved and tokens[a] in _NOW_TIMES and tokens[b : b + 1] in (["solo"], ["just"], ["only"], ["nomas"])
            )
            # "he never walked right again": an "again" that never came.
            and not (tokens[a] in _AGAIN and _NEVER & set(tokens[max(start, a - 4) : a]))
            # "¿qué hago para que no me pase otra vez?", "how do I stop it happening again": an
            # "again" to prevent.
            and not (tokens[a] in _AGAIN and _prevented(tokens[max(start, a - _PREVENT_REACH) : a]))
            # "is having chest pain normal…?": "is having", asked as the subject of the question.
            and not (reason == "asking" and b == hit.start and a == start and tokens[a] in ("is", "are"))
            # "the sheet says chest pain that's WORSE WHEN breathing in is an emergency": which pain,
            # in what was read or asked, not a pain growing now.
            and not (
                reason in ("asking", "reported")
                and tokens[a] in _WORSE_WORDS
                and a + 1 < len(tokens)
                and tokens[a + 1] in _WHEN_DOING
            )
            # "what do I do NOW IF I get a fever of 39?": now, of the question that supposes.
            # Not "pásenme la cita para hoy si se puede": a plea, not a question's "now".
            and not (
                reason == "asking"
                and tokens[b : b + 1] in (["if"], ["si"])
                and not _QUESTION_LEADS.isdisjoint(tokens[max(start, a - 4) : a])
            )
            # "if… a red line started going up my leg, would that be…": started, in the supposing.
            and not (reason == "asking" and _supposing(tokens, start, end, a) and tokens[a] not in _NOW)
            # "¿cómo sabe uno si le está pasando?": happening, if it were; "what if it's happening NOW" is now.
            # "…hace años, ¿cómo sabría yo si me está pasando?": how one would know, after any story.
            and not (
                (reason in ("asking", "reported") or _KNOWING & set(tokens[max(start, a - 6) : a]))
                and _IF & set(tokens[max(start, a - 4) : a])
                and tokens[a] not in _NOW
            )
        ]
        return "" if present else reason

    def _back_after(self, tokens: list[str], at: int) -> bool:
        """True when the message from `at` on says the sign came back ("but it came back", "volvió")."""
        ahead = _find(self._context.again, tokens, at, len(tokens))
        return any(
            # "worse", "peor": of anything, not the sign back.
            not set(tokens[a:b]) <= _WORSE_ONLY
            and not any(x <= a and b <= y for x, y in ahead)
            # "it never came back", "no volvió": back, denied.
            and not self._negation.cues & set(tokens[max(at, a - 3) : a])
            # "came back home", "volvió a casa", "came back normal": a person or a result back;
            # "volvió A SANGRAR", with a verb after it, is the sign back.
            and tokens[b : b + 1] not in _BACK_ELSEWHERE
            and not (tokens[b : b + 1] == ["a"] and not _infinitive_at(tokens, b + 1))
            # "IT came back", "…, came back", "started again": of the sign told before, with no
            # other subject ("energy is coming back", "both legs look the same again").
            and (a == 0 or tokens[a - 1] in _BACK_OPENERS)
            # "vuelvo a volar", "volví a casa": the writer again, not the sign.
            and tokens[a] not in _BACK_MYSELF
            for a, b in _find(self._context.back, tokens, at, len(tokens))
        )

    def _ending_after(
        self, tokens: list[str], sentences: list[int], at: int, hits: list[_Hit], episode: bool = False
    ) -> list[tuple[int, int]]:
        """Resolutions in the sentences that start at `at`, up to the next one that tells a sign.

        "…2 weeks ago. they said it was vasovagal. totally fine since.": what the clinic said may
        come between the sign and how the story ended.
        """
        told = at
        while told > 0 and sentences[told - 1] == sentences[at - 1]:
            told -= 1
        for _ in range(_ENDING_SENTENCES):
            while at < len(tokens) and tokens[at] == _BREAK:
                at += 1
            stop = at
            while stop < len(tokens) and sentences[stop] == sentences[at]:
                stop += 1
            # "…by 5 it settled, pulse 72 now, no fever": a sign denied there tells no new sign.
            if at >= len(tokens) or any(
                at <= other.start < stop and not self._negated(tokens, other, _covered(hits), hits) for other in hits
            ):
                return []
            # Only "fine since" / "bien desde entonces": "was fine till last week" is before it began,
            # and "the clinic stopped the drip" ends something else.
            words = set(tokens[at:stop])
            if _ONSET & words:
                return []
            # "…, camino bien. UNA VEZ me pasó con la anestesia del dentista y se quitó": another
            # episode, told after, ends itself and not the sign before it.
            if any(tuple(tokens[at : at + len(opener)]) == opener for opener in _ANOTHER_EPISODE):
                return []
            # "…hace 10 min. EL AÑO PASADO le dio un susto parecido que se le pasó solo": an episode
            # dated long before, told after, ended then; not the sign told now.
            if _find(self._context.past, tokens, at, stop) or _long_ago(tokens, at, stop):
                return []
            if _SINCE & words:
                return self._resolutions(tokens, at, stop)
            # "He's been normal ALL DAY", "ha estado bien TODO EL DÍA": well for as long as since.
            if _all_along_in(tokens, at, stop) and (lasting := self._resolutions(tokens, at, stop)):
                return lasting
            # "ya pasaron 3 días y estoy perfecto", "3 days have passed and I'm fine": time gone by,
            # and well, is "fine since".
            elapsed = any(
                tokens[i] in _TIME_PASSED
                and (_elapsed_after(tokens, i + 1) or any(_elapsed_after(tokens, j) for j in range(max(at, i - 3), i)))
                for i in range(at, stop)
            )
            # "After 10 minutes I was totally fine", "a los 10 minutos estaba perfecto", "fine now,
            # 8 hours later": a time counted on from the episode, and well.
            # Not after a sign dated minutes ago ("se desmayó hace 5 minutos. a los 10 minutos…").
            elapsed = elapsed or (
                not _minutes_ago(tokens[told:at])
                and any(
                    (_elapsed_after(tokens, i) or (tokens[i].isdecimal() and tokens[i + 1 : i + 2] in _MINUTES))
                    and (tokens[i + 2 : i + 3] in (["later"], ["despues"]) or tokens[i - 1 : i] in (["after"], ["los"]))
                    for i in range(at, stop)
                )
            )
            if elapsed and (well := _find(self._context.well, tokens, at, stop)):
                # "ya pasaron 3 semanas…, PENSÉ QUE ERA normal", "I figured it was fine": what the
                # writer took it for, not how they are.
                well = [
                    span
                    for span in well
                    if not _THOUGHT_THEN & set(tokens[max(at, span[0] - 3) : span[0]])
                    # "they told me IT'D get better after 3 days": a wellness foretold, not had.
                    and not (_PASSING_ASKED | _EXPECTED | _FORETOLD) & set(tokens[max(at, span[0] - 3) : span[0]])
                ]
                if well:
                    return well
            # "…heart pounding. by 5 it settled": a passing told of "it", the sign told before.
            # Not "my Bert had something like this and it was nothing": a judgement, not a passing.
            told_of_it = [
                span
                for span in self._resolutions(tokens, at, stop)
                # "it went away", "it is gone now": "it" may stand just before the passing's words,
                # when no sign is told after it ("…it went away after an hour. now my left arm is numb").
                if (
                    tokens[span[0]] in _IT_PASSED
                    or (
                        span[0] > at
                        and tokens[span[0] - 1] in _IT_PASSED
                        and not any(other.start >= span[1] for other in hits)
                    )
                )
                and _PASSING & set(tokens[span[0] : span[1]])
            ]
            if told_of_it:
                return told_of_it
            # "I fainted at the clinic. it hasn't happened again, I'm fine", "…solo aviso que no se
            # ha repetido": a denial that it happened again looks back at the sign told before.
            # Not "…but I'm still not right": an emergency that left the person unwell.
            not_again = [
                span
                for span in self._resolutions(tokens, at, stop)
                if _tells_not_again(tokens[span[0] : span[1]]) and not _still_unwell(tokens, span[1])
            ]
            if not_again:
                return not_again
            # "Fainted at the clinic when they drew blood. I'm home and fine now", "Me desmayé…. Ya en
            # casa estoy perfecta": an episode that ends by itself, then the same person well now.
            if episode:
                sentence = tokens[at:stop]
                well_now = [
                    span
                    for span in self._resolutions(tokens, at, stop)
                    if _told_of_other(sentence) == _told_of_other(tokens[told:at])
                    and not _still_unwell(tokens, span[1])
                ]
                if well_now:
                    return well_now
            at = stop
        return []

    def _kept_again(self, tokens: list[str], end: int, hit: _Hit) -> list[tuple[int, int]]:
        """Spans after a lost sight saying it is whole again ("pero ya veo perfecto", "I see normally again now")."""
        eased = self._eased.get(hit.sign)
        # "I can't see well, now I see fine": told in the present, the loss is not over.
        if eased is None or hit.sign not in _LOSSES or _LOST_NOW & set(tokens[hit.start : hit.end]):
            return []
        cues = self._negation.cues
        spans = []
        for a, b in _find(eased.kept, tokens, hit.end, end):
            if cues & set(tokens[max(hit.end, a - 2) : a]):
                continue
            # "…now I see fine out of the left but the right is black": only a clause it ends.
            if not (b >= end or tokens[b] == _BREAK or tokens[b] in _RETURN_TAIL or tokens[b] in _BACK_AGAIN):
                continue
            # Only sight that came back: "ya", "now", "again", "desde hace horas" beside it; "veo bien"
            # alone after a blur ("se me nubla la vista, veo bien de cerca") may be the blur's other eye.
            # The span holds them, so a "now" there is not read as the loss told now.
            before = [i for i in range(max(hit.end, a - 2), a) if tokens[i] in _BACK_AGAIN]
            after = [i for i in range(b, min(end, b + 2)) if tokens[i] in _BACK_AGAIN]
            if before or after:
                spans.append((min(before, default=a), max(after, default=b - 1) + 1))
        return spans

    def _denied_since(self, tokens: list[str], hit: _Hit, hits: list[_Hit]) -> list[tuple[int, int]]:
        """Later denials of the sign of `hit` when `hit` is told as had ("tuve fiebre el martes").

        "had a fever on day 2 … no fever now", "tuve 38,5 … ya llevo una semana sin fiebre".
        """
        covered = _covered(hits)
        # "ya no tengo fiebre… fue de 38,5": the denial may come first.
        later = [
            other
            for other in hits
            if other.sign == hit.sign
            and (other.start >= hit.end or other.end <= hit.start)
            and self._negated(tokens, other, covered, hits)
            # "en internet dice que el dolor NO DEBE empeorar": what should not happen, not a denial.
            and not _SHOULD & set(tokens[max(0, other.start - 2) : other.end])
        ]
        # "me tomé ibuprofeno… antes tenía 38,8… ¿ya no es fiebre?": a fever told after the
        # medicine that hides it is not ended by a denial after it.
        if hit.sign in _FEVERISH and _medicines_taken(tokens[: hit.start]):
            later = [other for other in later if other.end <= hit.start]
        # "fiebre no tengo, bueno tuve 38,6 hace una hora y con el ibuprofeno bajó a 37,4": a fever
        # of a few hours ago, brought down by a medicine told after it, is today's; no denial ends it.
        elif (
            hit.sign in _FEVERISH
            and _medicines_taken(tokens[hit.end :])
            and (_HOURS | _JUST_BEFORE) & set(tokens[hit.end : hit.end + _HOURS_AGO_REACH])
        ):
            return []
        if not later:
            return []
        first = hit.start
        while first > 0 and tokens[first - 1] != _BREAK:
            first -= 1
        if (
            _HAD & set(tokens[first : hit.start])
            or self._recently(tokens, first, hit.end)
            # "fever is gone, 36.8 this morning AFTER TWO DAYS AT 38.5": the days it lasted, now behind.
            or _after_days(tokens[first : hit.start])
        ):
            return [(other.start, other.end) for other in later]
        return []

    @staticmethod
    def _passed_or_well_now(tokens: list[str], a: int, b: int) -> bool:
        """True when the resolution at a..b tells the sign passed ("it went away") or the person is
        well now ("I'm totally fine now"), not that they were well earlier ("fine this morning")."""
        if _WENT_AWAY & set(tokens[a:b]):
            return True
        # "after 10 minutes I was totally fine AND I STILL AM now", "estaba perfecto Y SIGO bien".
        going_on = tokens[b : b + 4]
        if _BREAK in going_on:
            going_on = going_on[: going_on.index(_BREAK)]
        if _STILL_WELL & set(going_on):
            return True
        # "they said my heart IS fine", "el corazón ESTÁ bien": a wellness in the present is now.
        return bool(
            _NOW_WORDS & set(tokens[a : b + 1])
            or _PRESENT_SELF & set(tokens[max(0, a - 2) : b])
            # Not of "A temp": "she was told a temp IS normal on day 1" says what is usual.
            or (_IS_NOW & set(tokens[a:b]) and tokens[a - 1 : a] not in (["a"], ["an"], ["un"], ["una"]))
        )

    def _plans_treatment(self, tokens: list[str], at: int) -> bool:
        """True when the words from `at` tell of a plan for treatment ("ahora quiere hacerse otra vez")."""
        window = tokens[at : at + _PLAN_REACH]
        if _BREAK in window:
            window = window[: window.index(_BREAK)]
        if not _PLAN & set(window) and not _TREATMENT_VERBS & set(window[:2]):
            return False
        # "now she wants another one", "ahora quiere otro": the treatment again, unnamed.
        if _PLAN & set(window) and _RETURN & set(window):
            return True
        # "quiere volver a ir", "wants to go back": the treatment again, told by going back.
        return bool(_find(self._context.treatment, window, 0, len(window))) or bool(
            _TREATMENT_VERBS & set(window) and (_AGAIN | _RETURN) & set(window)
        )

    def _present_after(self, tokens: list[str], at: int) -> bool:
        """True when the message from `at` on tells of something now ("mine started an hour ago")."""
        clause = _clauses(tokens, at, len(tokens))
        well = self._well_marks(tokens, at, len(tokens), clause)
        cues = self._negation.cues
        return any(
            not a < well.get(clause[a], -1)
            and not _errand_at(tokens, b)
            # "my sister keeps saying sepsis": the telling goes on, not the sign.
            and not (b < len(tokens) and tokens[b] in _TELLING)
            # "not happening to me", "no me está pasando": a present denied.
            and not cues & set(tokens[max(at, a - 3) : a])
            # "todavía no me lo ponen", "still not booked": not yet, a present denied after it.
            and not cues & set(tokens[b : b + 1])
            # "and now I'm scared to go", "now my mom is having second thoughts": the worry is now.
            and not _FEELINGS & set(tokens[b : b + 6])
            # "just want to know before I GO AGAIN", "antes de ir otra vez": the treatment again.
            and not _treatment_again(tokens, a, at)
            for a, b in _find(self._context.present, tokens, at, len(tokens))
        )

    def _mine_after(self, tokens: list[str], at: int, sign: str) -> bool:
        """True when, after a question, the writer says they have it: "¿es normal…? lo tengo apretado"."""
        cues = self._negation.cues
        for a, b in _find(_MINE_NOW, tokens, at, len(tokens)):
            # "was that a stroke? I get mine next week and I'M SHAKING": shaking tells a shaking
            # sign as the writer's, not a stroke asked about; that is fear.
            if tokens[b - 1] in _SHAKING_WORDS and sign not in _SHAKING_SIGNS:
                continue
            after = [word for word in tokens[b : b + 2 + _DEGREE_REACH] if word != _BREAK]
            # "mine looks TOTALLY normal", "la tengo COMPLETAMENTE bien": how much, before how it is.
            while len(after) > 1 and after[0] in _DEGREE:
                after = after[1:]
            after = after[:2]
            if (
                not cues & set(tokens[max(at, a - 2) : a])
                # "¿cómo sé si la tengo?": whether one has it, asked.
                and not _knowing_whether(tokens, a)
                # "lo tengo que vigilar": a duty; "mine's booked for May", "la tengo el martes": a plan.
                # "llevo temblando bajo dos cobijas": a sign going on says nothing more after it.
                and not (
                    not tokens[b - 1].endswith(("ando", "iendo", "ing"))
                    # "that's what I've HAD for the last hour": had is no plan.
                    and tokens[b - 1] != "had"
                    and after
                    and (
                        after[0] in _FINE
                        or after[0] in cues
                        or after[0] == "que"
                        or after[0] in _PLAN | _WHEN_NEXT
                        # "lo tengo ANOTADO en el refri": the instruction, kept.
                        or after[0] in _NOTED
                    )
                )
                and not _planned(tokens[b : b + 4])
                # "mine is still the same small dot": unchanged, not the sign asked about.
                and not _UNCHANGED & set(tokens[b : b + 3])
            ):
                return True
        return False

    def _recently(self, tokens: list[str], start: int, end: int) -> bool:
        """True when tokens[start:end] date what they tell before today: "ayer", "last night", "2 weeks ago"."""
        for i in range(start, end):
            word = tokens[i]
            said = (
                word in _YESTERDAY or word in _WEEKDAYS or (word == "night" and i > start and tokens[i - 1] == "last")
            )
            first = i - 1 if word == "night" else i
            # "desde el lunes", "since last tuesday": the article or "last" goes with the day.
            while first > start + 1 and tokens[first - 1] in _ARTICLES | _LAST | {"last"}:
                first -= 1
            # "since yesterday", "desde ayer" is still going on; "the injection yesterday" dates the treatment.
            # "bigger than yesterday", "más grande que ayer": a day to compare with, not the sign's.
            if (
                said
                and not (first > start and tokens[first - 1] in _SINCE)
                and not (first > start and tokens[first - 1] in _COMPARED)
                # "can I wait TILL thursday", "hasta el jueves", "next monday": a day ahead, not before.
                and not (word in _WEEKDAYS and _AHEAD_TO & set(tokens[max(start, first - 2) : first]))
                and not self._dates_treatment(tokens, first)
            ):
                return True
        window = tokens[start:end]
        # "hace 10 días", "2 days ago": days back are before today, as "yesterday" is; "desde hace
        # 2 días", "since 2 days ago" go on to today.
        days_ago = any(
            tokens[i] in _DAYS_BACK
            and (
                "hace" in tokens[max(start, i - 3) : i]
                or tokens[i + 1 : i + 2] in (["ago"], ["atras"])
                # "ya PASARON 3 días", "3 days HAVE PASSED": as long ago as "hace 3 días".
                or bool(_TIME_PASSED & set(tokens[max(start, i - 2) : i] + tokens[i + 1 : i + 3]))
            )
            and not _SINCE & set(tokens[max(start, i - 4) : i])
            and not self._dates_treatment(tokens, i)
            for i in range(start, end)
        )
        return (
            days_ago
            or (
                _time_ago(window)
                and not any(self._dates_treatment(tokens, i) for i in range(start, end) if tokens[i] in _SPANS)
            )
            # "during the procedure I felt faint…, home now": at the treatment, which the writer
            # has since left, is before now as much as "yesterday" is.
            or (
                _home_now(tokens)
                and any(
                    _at_treatment(tokens[max(start, a - _DURING_REACH) : a])
                    for a, _ in _find(self._context.treatment, tokens, start, end)
                )
            )
        )

    def _says_well(self, tokens: list[str], moving_is_well: bool = True) -> bool:
        """True when the message says something has passed or the person is well now ("fine for 3 hours")."""
        clause = _clauses(tokens, 0, len(tokens))
        return bool(
            self._resolutions(tokens, 0, len(tokens))
            or self._well_marks(tokens, 0, len(tokens), clause, moving_is_well)
        )

    def _well_now(self, tokens: list[str], sign: int, feverish: bool = True) -> bool:
        """True when the message says it has passed, or that the person is well today ("hoy ya estoy normal").

        A wellness told before the sign at `sign` counts only when the sign's own clause dates it
        ("hoy estoy bien, AYER me desmayé"), not "hoy desayuné normal pero al pararme la pierna no
        me sostuvo".
        """
        clause = _clauses(tokens, 0, len(tokens))
        marked = self._well_marks(tokens, 0, len(tokens), clause)
        # "right leg is normal" says nothing of today; "hoy ya estoy normal", "now im fine" does, and
        # so does a wellness since a day ("desde el lunes estoy normal", "fine since tuesday") or
        # of the whole person in the present ("pero estoy bien", "but I am fine").
        where = [
            a
            for a, b in self._resolutions(tokens, 0, len(tokens))
            # "Afebrile 37.1": a normal temperature says the fever is over, not another sign.
            if feverish or not _TEMPERATURE & set(tokens[a:b])
        ] + [i for i in range(len(tokens)) if clause[i] in marked and tokens[i] in _TODAY_NOW | _SINCE]
        # Only right before the wellness: "I'm fine", not "I'm clearheaded and otherwise ok".
        where += [
            i
            for i in range(len(tokens) - 1)
            if clause[i] in marked
            and tokens[i] in _PRESENT_SELF
            and any(a == i + 1 for a, _ in _find(self._context.well, tokens, i + 1, min(len(tokens), i + 4)))
        ]
        own = [j for j in range(len(tokens)) if clause[j] == clause[sign]]
        dated = self._recently(tokens, own[0], own[-1] + 1)
        return any(i > sign or dated for i in where)

    def _resolutions(self, tokens: list[str], start: int, end: int) -> list[tuple[int, int]]:
        """Spans in tokens[start:end] saying something has passed ("ya se me paso", "is gone now")."""
        cues = self._negation.cues
        return [
            (a, b)
            for a, b in _find(self._context.resolved, tokens, start, end)
            + _find_hedged(self._context.resolved, tokens, start, end)
            + self._well_for_a_while(tokens, start, end)
            + _normal_reading_since(tokens, start, end)
            + _bare_stop(tokens, start, end)
            # "it won't go away", "no se ha ido": a resolution that is itself negated is not one.
            if not any(tokens[i] in cues for i in range(max(start, a - 2), a))
            # "the FEELING in my arm disappeared", "se me fue LA VISTA": a sense gone is the loss.
            and not _sense_gone(tokens, (a, b), start)
            # "ya pasó LA GASA y el esparadrapo": blood gone through a dressing, not a sign passed.
            and not (tokens[b - 1] in _WENT_THROUGH and _DRESSINGS & set(tokens[b : b + 2]))
            # "mi cyaan breathe GOOD SINCE dem put di cells", "can't walk well since": how well the
            # body does something it cannot, not that anything passed.
            and not (
                a > start
                and tokens[a] in _HOW_WELL
                and tokens[a - 1] in _BODY_DOING
                and (cues | _CANT_SAID) & set(tokens[max(start, a - 3) : a - 1])
            )
            # "the numbing should of worn off by now": expected to pass, and has not.
            and not _EXPECTED & set(tokens[max(start, a - 3) : a])
            # "ahora nada" ends its clause; "ahora nada me quita el dolor", "now nothing helps" do not.
            and not (
                tokens[b - 1] in _NOTHING_ENTRIES
                and tokens[a] in _NOW_WORDS
                and b < end
                and tokens[b] not in _AFTER_NOTHING
            )
            # "will it go away by itself?", "if it goes away…": a passing asked or supposed, not told.
            # "will that be gone by morning?", "is that gone by morning usually?": asked, with "be" or
            # the question's "is it" between.
            and not _PASSING_ASKED & set(tokens[max(start, a - 2) : a])
            and not (tokens[a - 1 : a] in (["be"], ["go"]) and _PASSING_ASKED & set(tokens[max(start, a - 3) : a - 1]))
            and not (
                a - 2 >= start
                and tokens[a - 2] in ("is", "has", "was")
                and tokens[a - 1] in ("it", "that", "this")
                and (a - 2 == start or tokens[a - 3] == _BREAK)
            )
            # "ya pasaron 3 días", "two weeks have passed": time gone by, not the sign.
            and not (
                tokens[b - 1] in _TIME_PASSED
                and _elapsed_after(tokens, b)
                and tokens[b + 2 : b + 3] not in (["ago"], ["atras"])
            )
            and not (
                tokens[b - 1] in _TIME_PASSED
                and any(
                    _elapsed_after(tokens, i)
                    # "a las 2 horas se me pasó", "after 2 hours it passed": when it passed, not time.
                    and tokens[max(start, i - 2) : i] not in (["a", "las"], ["a", "los"])
                    and tokens[i - 1 : i] not in (["after"], ["de"], ["en"], ["within"])
                    for i in range(max(start, a - 3), a - 1)
                )
            )
            # "se me fue el equilibrio", "se le fue la voz": lost, not passed.
            and not (tokens[b - 1] in ("fue", "fueron") and tokens[b + 1 : b + 2] and tokens[b + 1] in _ABILITIES)
            and not (tokens[b - 1] in ("fue", "fueron") and tokens[b : b + 1] and tokens[b] in _ABILITIES)
            # "this morning its gone over it by 2 fingers": gone past a line, not gone away.
            and not (tokens[b - 1] == "gone" and tokens[b : b + 1] and tokens[b] in _BEYOND)
            # "lo rojo ya se pasó PARA el costado", "it's gone DOWN to my ankle": moved on, not gone away.
            and not (tokens[b - 1] in _MOVED_ON and tokens[b : b + 1] and tokens[b] in _TOWARDS)
            # "it has gone red", "it's gone greyish blue": became so; "the pain has gone." ends its clause.
            and not (tokens[a:b] in _HAS_GONE and b < len(tokens) and tokens[b] not in _GONE_ENDS)
            # "got treated thursday", "got treated on the 3rd": the day of the stem cell treatment.
            and not (
                tokens[b - 1] == "treated"
                and b < end
                and (tokens[b] in _WEEKDAYS or tokens[b] in _YESTERDAY or tokens[b] in ("on", "last", "today"))
            )
            # "keeps asking for dad who passed years ago": died, not passed off.
            and not (
                tokens[b - 1] == "passed"
                and ((a > start and tokens[a - 1] in _KIN | _PEOPLE | {"who", "that"}) or tokens[b : b + 1] == ["away"])
            )
            # "I have passed water without realising", "passed blood": something came out of the body.
            # Not "it passed A WHILE ago": "a", "some" only before what the body passes ("passed a clot").
            and not (
                tokens[b - 1] == "passed"
                and any(
                    word in _PASSED_FROM_BODY for word in tokens[b : b + 1 + (tokens[b : b + 1] in (["a"], ["some"]))]
                )
            )
            # "since she stopped the blood thinner", "stopped my meds": something stopped, not the sign.
            # "the fever stopped THE NEXT DAY" is over all the same.
            and not (
                tokens[b - 1] == "stopped"
                and tokens[b : b + 1]
                and tokens[b] in _STOPPED_OBJECTS
                and not _STOPPED_WHEN & set(tokens[b + 1 : b + 2])
            )
            # "stopped working", "stopped moving": a symptom, not the end of one.
            # "stopped bleeding", "stopped oozing" are ends of a symptom.
            and not (
                b < len(tokens)
                and tokens[b - 1] == "stopped"
                and tokens[b].endswith("ing")
                and tokens[b] not in _SYMPTOM_GERUNDS
            )
            # "pero ya no" ends its clause; "ya no puedo respirar" goes on to say what is wrong.
            # So does "una sola vez, ya nada", not "ya nada me baja la fiebre".
            # "ya no tengo nada desde hace horas": how long it has been over goes on after it.
            and not (
                (tokens[b - 1] in cues or tokens[a:b] == ["ya", "nada"])
                and b < len(tokens)
                and tokens[b] not in (_BREAK, "mas")
                and not (b - a > 2 and tokens[b] in _SINCE_WORDS)
                # "ya no sangró más", "ya no hay nada": no more of it, not what is wrong now
                # ("ya no puedo más", "ya no siento la pierna" are).
                and not (
                    tokens[b - 1] in cues
                    and tokens[b] not in _ABLE | _SENSING
                    and (tokens[b : b + 2] == ["hay", "nada"] or "mas" in tokens[b + 1 : b + 3])
                )
                # "desde entonces ni un mareo", "since then not once": none since, whatever follows.
                and tokens[a] not in ("desde", "since")
            )
            # "no ha vuelto en sí": has not come to, not "it has not come back".
            and not (tokens[b - 1] in ("vuelto", "volvio") and tokens[b : b + 2] == ["en", "si"])
            # "lo rojo ya pasó la curita", "ya pasó el borde": gone past a dressing or a mark, not gone.
            and not (
                tokens[b - 1] in _PASSED_MARK
                and tokens[b : b + 1]
                and tokens[b] in _ANY_ARTICLE
                and bool(_PASSED_OVER & set(tokens[b + 1 : b + 2]))
            )
            # "ya se pasó de la raya": gone past the line drawn round it, not gone.
            # "hoy ya se pasó como dos dedos": by how much it went past.
            and not (
                tokens[b - 1] in ("paso", "pasado")
                and b < len(tokens)
                and (tokens[b] in _BY_HOW_MUCH or tokens[b].isdecimal())
            )
            # "numb fingers, I can move them totally fine": how well they move, not the sign's end.
            and not (_ABLE & set(tokens[max(start, a - 5) : a]) and _MOVING & set(tokens[max(start, a - 4) : a]))
            # "ya pasaron como 4 semanas de la inyección", "two weeks have passed": time went by.
            and not _time_went_by(tokens, a, b)
            # "I can't see… and it STILL hasn't come back": what was lost is still lost.
            and not (a > start and tokens[a - 1] in _STILL and tokens[a] in cues | _NOT_BACK)
            # "pensé que no era nada", "I thought it was nothing": what the writer believed then.
            and not _THOUGHT_THEN & set(tokens[max(start, a - _THOUGHT_REACH) : a])
            # "it was just a dot on sunday", "era solo un puntito": the size it had, not an ending.
            and not (tokens[b - 1] in ("just", "only", "solo", "nomas") and _SIZES & set(tokens[b : b + 3]))
            # "it was totally fine until monday", "estaba bien hasta el lunes": well until it began.
            and not (b < len(tokens) and tokens[b] in _UNTIL)
            # "was totally fine on day 5", "ayer estaba perfecta": well back then, before it began.
            and not self._well_back_then(tokens, a)
            # "¿llamo a la clínica o ya no?": the other half of a question.
            and not (a > start and tokens[a - 1] in ("o", "or"))
            # "ya se bajó un poco", "it went down a bit": only partly passed is not over.
            and not _partly_after(tokens, b)
            # "marqué el borde con pluma… y ya se pasó": gone past the mark drawn round it, not gone.
            and not (tokens[b - 1] in _PASSED_MARK and _MARKED & set(tokens[max(start, a - _MARK_REACH) : a]))
            # "la marqué con boli y se ha pasado", "its gone well past the line": past the mark.
            and not (
                tokens[b - 1] in ("paso", "pasado", "passed", "gone")
                and _MARKING & set(tokens[max(start, a - _MARKING_REACH) : b + _MARKING_REACH])
            )
            # "ya se me bajó la presión": a pressure that fell is a sign, not one that passed.
            and not (tokens[b - 1] == "bajo" and _FALLEN & set(tokens[b : b + 3]))
            # "it's over 39", "temp is over 101": above a number, not over.
            and not (tokens[b - 1] == "over" and b < len(tokens) and tokens[b][:1].isdecimal())
            # "it's gone swollen", "gone completely dark", "gone greyish blue": "gone" before a word
            # that is not a time says what it became.
            and not ("gone" in tokens[a:b] and b < len(tokens) and _became(tokens[b]))
            # "se ha ido agrandando", "se fue poniendo roja": going on growing, not gone.
            and not (
                tokens[b - 1] in ("ido", "fue", "fueron", "va", "iba")
                and b < len(tokens)
                and tokens[b].endswith(("ando", "iendo", "yendo"))
                # "se me fue CUANDO me senté": gone when, not going on.
                and tokens[b] != "cuando"
            )
            # "la enfermera ya se fue", "los doctores se fueron": someone left, nothing passed.
            and not (tokens[b - 1] in ("fue", "fueron") and a > start and tokens[a - 1] in _STAFF)
            # "la muchacha que me lo puso ya se fue": the one who did something left.
            and not (
                tokens[b - 1] in ("fue", "fueron")
                and any(
                    tokens[i] == "que" and i > start and tokens[i - 1] in _STAFF for i in range(max(start, a - 6), a)
                )
            )
            # "the right one is fine", "la otra está bien": a resolution of something else.
            and not _about_another(tokens[max(start, a - 3) : a])
            # "hoy estoy bien mal": "bien" before a word is Mexican for "very", not "well".
            # "ya está bien desde hace días", "bien y contento": "bien" before a function word is well.
            and not (
                tokens[b - 1] == "bien" and b < len(tokens) and tokens[b] != _BREAK and tokens[b] not in _AFTER_BIEN
            )
        ]

    def _well_after(self, tokens: list[str], hit: _Hit, hits: list[_Hit], clause: dict[int, int]) -> bool:
        """True when a later clause of the sign's sentence, telling no sign, says the person is well
        now ("…, ahora está bien", "…, now he is totally normal")."""
        marks = self._well_marks(tokens, min(clause), max(clause) + 1, clause, hit.sign not in _FELT_NOT_MOVED)
        signed = {clause[other.start] for other in hits if other.start in clause}
        return any(
            clause[i] > clause[hit.start]
            and clause[i] in marks
            and clause[i] not in signed
            # "ya van 4 semanas y estaba bien": well back then, told in the past.
            and not any(tokens[j] in _WAS for j in clause if clause[j] == clause[i])
            # "…cada día más colorado, hoy leí el periódico sin problema": another function works
            # well; the sign goes on.
            and not any(tokens[j] in _FUNCTIONS_WELL for j in clause if clause[j] == clause[i])
            # "escalofríos toda la noche, hoy temperatura normal": a reading ends a fever only.
            and not (
                _unmeasured(hit, hits) and any(tokens[j] in _TEMPERATURE for j in clause if clause[j] == clause[i])
            )
            # "…pero desde ayer normal", "since yesterday fine": well from a day that has passed.
            and (
                tokens[i] in _NOW_TIMES
                or (tokens[i] in _SINCE and tokens[i + 1 : i + 2] and tokens[i + 1] in _YESTERDAY)
            )
            and i <= marks[clause[i]]
            for i in clause
        )

    def _diary_over(self, tokens: list[str], hit: _Hit, hits: list[_Hit]) -> bool:
        """True when `hit` is in a dated entry of a diary ("D1 …", "Semana 1: …", "day 2 -") whose
        later entries, by a higher number, deny it or say all is well and tell no sign now."""
        labels = _diary_labels(tokens)
        own = [(at, unit, number) for at, unit, number in labels if at <= hit.start]
        if not own:
            return False
        _, unit, number = own[-1]
        later = [at for at, other_unit, other in labels if at > hit.start and other_unit == unit and other > number]
        if not later:
            return False
        after = later[0]
        covered = _covered(hits)
        if any(other.start >= after and not self._negated(tokens, other, covered, hits) for other in hits):
            return False
        denied = any(other.start >= after and other.sign == hit.sign for other in hits)
        well = bool(
            _find(self._context.well, tokens, after, len(tokens)) or self._resolutions(tokens, after, len(tokens))
        )
        return denied or well or bool(_NOTHING_ENTRIES & set(tokens[after:]))

    def _gone_next(
        self, tokens: list[str], sentences: list[int], hit: _Hit, hits: list[_Hit], start: int, end: int
    ) -> bool:
        """True when the sentence right after the sign's opens by saying it passed ("its all gone now")
        and tells no sign, and the sign's own sentence tells nothing of now."""
        # Told as had or was ("had", "tuve", "estaba", a verb in -ed), with nothing of now in its
        # own sentence.
        told_past = any(tokens[i] in _TOLD_PAST or tokens[i].endswith("ed") for i in range(start, end))
        if not told_past or _find(self._context.present, tokens, start, end):
            return False
        # "…after the spine injection. they said it was the local. its all worn off now": one
        # sentence may stand between.
        following = end
        for _ in range(_GONE_SENTENCES):
            after = following
            while after < len(tokens) and tokens[after] == _BREAK:
                after += 1
            if after >= len(tokens):
                return False
            following = after
            while following < len(tokens) and sentences[following] == sentences[after]:
                following += 1
            # "today its back to normal", "hoy ya está normal": the day, then what passed.
            if tokens[after] in _IT_OPENS or (
                tokens[after] in _TODAY_OPENERS and tokens[after + 1 : after + 2] and tokens[after + 1] in _IT_OPENS
            ):
                break
        else:
            return False
        # "it went away after an hour. now my left arm is numb", "…but I'm STILL not right": a
        # sign, or a present, after it is no passing of everything.
        if (
            any(other.start >= after for other in hits)
            or _NOW_WORDS & set(tokens[following:])
            or _STILL_OR_BUT & set(tokens[after:])
        ):
            return False
        return any(a - after <= _GONE_OPENING for a, _ in self._resolutions(tokens, after, following))

    def _well_back_then(self, tokens: list[str], at: int) -> bool:
        """True when the wellness at `at` is told in the past and its clause dates it before today."""
        # "me inyectaron hace 3 semanas y había estado bien", "it had been fine": before it began.
        if any(tokens[i] in _PLUPERFECT and tokens[i + 1] in ("been", "estado") for i in range(max(0, at - 3), at)):
            return True
        if not _WAS & set(tokens[max(0, at - 2) : at + 1]):
            return False
        # "went to the ER and was discharged on monday": sent home is an ending with its day, not a
        # wellness before the sign.
        if _SENT_HOME & set(tokens[at : at + 2]):
            return False
        start = at
        while start > 0 and tokens[start - 1] != _BREAK:
            start -= 1
        end = at
        while end < len(tokens) and tokens[end] != _BREAK:
            end += 1
        clause = tokens[start:end]
        # "fine by day 5", "bien para el lunes": well from then on, which is a resolution.
        if _BY & set(clause):
            return False
        on_day = any(
            clause[i] in _ON_DAY and clause[i + 1] in _DAY_WORDS and clause[i + 2][:1].isdecimal()
            for i in range(len(clause) - 2)
        )
        return on_day or self._recently(tokens, start, end)

    def _well_for_a_while(self, tokens: list[str], start: int, end: int) -> list[tuple[int, int]]:
        """Spans like "ya lleva una semana perfecta", "llevo 3 días bien": well for a while now."""
        spans: list[tuple[int, int]] = []
        cues = self._negation.cues
        # "fine for 4 days now", "bien desde hace 3 días": well, and for how long.
        for a, b in _find(self._context.well, tokens, start, end):
            lasted = b + (tokens[b : b + 2] == ["desde", "hace"]) + 1
            if (
                tokens[b : b + 1] in (["for"], ["hace"], ["desde"])
                # The writer's state ("I'm fine for…", "fine for 4 days now"), not a rule ("a bit of
                # oozing IS normal for a day").
                and (a == start or tokens[a - 1] in (_BREAK, *_WELL_SUBJECTS))
                and lasted < end
                and _elapsed_after(tokens, lasted, _SPAN_COUNTS)
            ):
                spans.append((a, lasted + 2))
        for i in range(start, end):
            if tokens[i] in _CHECKED:
                # "ER checked her and said it was fine", "la revisaron en urgencias y estaba bien":
                # seen and cleared since.
                for a, b in _find(self._context.well, tokens, i + 1, min(end, i + 1 + _CHECKED_REACH)):
                    if not cues & set(tokens[i:a]):
                        spans.append((i, b))
                        break
            if tokens[i] in _BEEN:
                # "ha estado perfecto desde entonces", "has been totally fine".
                first = i + 1 + (i + 1 < end and tokens[i + 1] in _QUITE)
                # "its been PINK AND normal for 2 days": the colour back, then the wellness.
                while first + 1 < end and tokens[first] in _HEALTHY_COLOURS and tokens[first + 1] in _AND:
                    first += 2
                spans.extend((i, b) for a, b in _find(self._context.well, tokens, first, end) if a == first)
            if tokens[i] not in _CARRYING:
                continue
            for unit in range(i + 1, min(end, i + 4)):
                if tokens[unit] in _TIME_UNITS:
                    spans.extend((i, b) for a, b in _find(self._context.well, tokens, unit + 1, end) if a == unit + 1)
                    # "ya van tres días sin nada", "llevo dos días sin fiebre".
                    if unit + 2 < end and tokens[unit + 1] in _WITHOUT and tokens[unit + 2] in _NOTHING_SINCE:
                        spans.append((i, unit + 3))
                    # "llevo 3 días en 36,7", "been 2 days at 36.8": a normal reading for a while.
                    reading = unit + 1 + (unit + 1 < end and tokens[unit + 1] in _AT_READING)
                    whole = reading + 1 < end and tokens[reading + 1].isdecimal() and len(tokens[reading + 1]) == 1
                    if reading < end and _normal_reading(tokens, reading + 1 + whole):
                        spans.append((i, reading + 1 + whole))
                    break
        return spans

    def all_clear(self, text: str) -> bool:
        """True when `text` says something has passed and nothing is happening now ("ya no sangra, todo bien").

        The model reads words, not time: this keeps it from alarming at a story that ends well.
        """
        tokens, _ = self._tokens(text)
        # "…wore off by evening, all the feeling is back now": what was lost came back whole.
        resolved = self._resolutions(tokens, 0, len(tokens)) + _returns(tokens, 0, len(tokens))
        if not resolved:
            return False
        clause = _clauses(tokens, 0, len(tokens))
        settled = {clause[a] for a, _ in resolved}
        well = self._well_marks(tokens, 0, len(tokens), clause)
        return all(
            clause[a] in settled
            or a < well.get(clause[a], -1)
            # "se puso rosada otra vez": the healthy colour came back.
            or _well_again(tokens, a, 0)
            # "anything else I should do tonight?": the time of the plan, not of a sign.
            or bool(_ADVICE & set(tokens[max(0, a - _ADVICE_REACH) : a]))
            for a, _ in _find(self._context.present, tokens, 0, len(tokens))
        )

    def asks_if_deadly(self, text: str) -> bool:
        """True when `text` asks whether the treatment can kill ("can you die from it?", "¿se puede morir uno?")."""
        tokens, _ = self._tokens(text)
        return bool(_find(self._context.deadly, tokens, 0, len(tokens)))

    def asks_about_condition(self, text: str) -> bool:
        """True when `text` is a question that names a serious condition ("¿qué hago para no hacer un
        coágulo en el vuelo?", "can sepsis spread?"): information about an alarming topic."""
        tokens, _ = self._tokens(text)
        return "?" in text and bool(_CONDITION_NAMES & set(tokens))

    def asks_when_to_go(self, text: str) -> bool:
        """True when `text` asks which signs need emergency care rather than the clinic ("when is it the ER?")."""
        tokens, _ = self._tokens(text)
        return bool(_find(self._context.when_to_go, tokens, 0, len(tokens)))

    def _treatment_words(self, tokens: list[str]) -> set[int]:
        """The positions of the words that name a treatment ("the injection", "me pusieron células")."""
        return {i for a, b in _find(self._context.treatment, tokens, 0, len(tokens)) for i in range(a, b)}

    def treatment_only(self, text: str) -> bool:
        """True when `text` tells of a treatment and of nothing else ("a mi esposo le pusieron células
        en la espalda ayer", "had my knee done on monday"): who, where and when, no sign at all."""
        tokens, _ = self._tokens(text)
        told = self._treatment_words(tokens)
        return bool(told) and all(
            i in told or token == _BREAK or token.isdecimal() or token in _STORY_WORDS for i, token in enumerate(tokens)
        )

    def ache_only(self, text: str) -> bool:
        """True when `text` tells of an ache since a treatment and of nothing else ("my knee hurts
        since the injection", "me duele el hombro desde el pinchazo"): the commonest expected effect."""
        tokens, _ = self._tokens(text)
        told = self._treatment_words(tokens)
        ached = [token for token in tokens if token in _PLAIN_ACHE]
        return bool(told and ached) and all(
            i in told or token in _PLAIN_ACHE or token in _SINCE_OR_AFTER or token in _STORY_WORDS
            for i, token in enumerate(tokens)
            if token != _BREAK
        )

    def hearsay(self, text: str) -> bool:
        """True when `text` tells what others went through or asks how likely it is, and says nothing is happening now.

        "my friend said her cousin got a tumour from stem cells, is that a real thing?": the model
        reads the story's words; no rule sign, nothing now, so it is information.
        """
        tokens, _ = self._tokens(text)
        ctx = self._context
        # A story told with no question may be the writer's own news: only a question is information.
        told = ("?" in text and _find(ctx.reported, tokens, 0, len(tokens))) or _find(ctx.risk, tokens, 0, len(tokens))
        # "mi mamá hace años se puso relleno y se le puso negra la nariz. ¿eso pasa también con las
        # células?": a story dated long ago, then asked whether it happens.
        long_gone = bool(_find(ctx.past, tokens, 0, len(tokens)) or _long_ago(tokens, 0, len(tokens)))
        asked = "?" in text and long_gone and bool(_find(ctx.risk_told, tokens, 0, len(tokens)))
        # "se me durmió el empeine desde la inyección… en internet dicen que es común": since the
        # treatment, so until now; what others say is about the writer's own.
        since_treated = any(
            _SINCE & set(tokens[max(0, a - 2) : a]) for a, _ in _find(ctx.treatment, tokens, 0, len(tokens))
        )
        return (bool(told) or asked) and not since_treated and not _find(ctx.present, tokens, 0, len(tokens))

    def _well_marks(
        self, tokens: list[str], start: int, end: int, clause: dict[int, int], moving_is_well: bool = True
    ) -> dict[int, int]:
        """Clause -> where a word saying the person is well ends it ("hoy amaneci perfecto", "now im fine and").

        A present word BEFORE that mark dates the wellness ("hoy", "now"); one after it does not
        ("estoy bien y otra vez lo pienso"). Without `moving_is_well`, "I can move my hand fine" is
        how a limb moves, not a wellness: numbness with normal movement is the sign itself.
        """
        cues = self._negation.cues
        marks: dict[int, int] = {}
        for a, b in _find(self._context.well, tokens, start, end):
            # "hoy 8 de 10": a score out of ten, not "estoy de 10" (I'm great).
            if tokens[a] == "de" and a > start and tokens[a - 1].isdecimal():
                continue
            # Only a statement that ends well: "bien" before a word is Mexican for "very" ("bien hinchado").
            # "fine now", "mucho mejor ahora": the time word belongs to the wellness.
            # "herself AGAIN", "ella misma OTRA VEZ": a present word inside the wellness is part of it.
            mark = b if _AGAIN & set(tokens[a:b]) else a
            # "totally normal FEELING now", "fine AGAIN now": a word of the wellness before its time.
            if b + 1 < end and tokens[b] in _WELL_TAILS and (tokens[b + 1] in _NOW or tokens[b + 1] in _TODAY):
                b += 1
            if b < end and (tokens[b] in _NOW or tokens[b] in _TODAY):
                mark = b + 1
                b += 1
                # "ok right now", "bien ahora mismo": a present told in two words.
                if b < end and (tokens[b - 1], tokens[b]) in _TWO_WORD_NOW:
                    mark = b + 1
                    b += 1
            elif b < end and tokens[b] in _WITH:
                # "controlled ON MEDS now", "bien CON LAS PASTILLAS ahora": what keeps the person
                # well, then the time of the wellness.
                for k in range(b + 1, min(end, b + _MEANS_REACH + 1)):
                    if tokens[k] == _BREAK:
                        break
                    if tokens[k] in _NOW_WORDS:
                        mark = b = k + 1
                        break
            # "hoy he estado normal TODO EL DÍA", "fine ever since": how long the wellness has lasted.
            for along in _ALL_ALONG:
                if tuple(tokens[b : b + len(along)]) == along:
                    b += len(along)
                    break
            # "now is normal 4 days", "bien hace 2 días": how long, in days or hours.
            along_at = b + 1 if b < end and tokens[b] in ("for", "por", "hace") else b
            if (
                along_at + 1 < end
                and (tokens[along_at].isdecimal() or tokens[along_at] in _SOME)
                and tokens[along_at + 1] in _TIME_UNITS
            ):
                b = along_at + 2
            # "all good now right?", "todo bien ahora, ¿verdad?": a tag that asks to be told so.
            tagged = tokens[b] in _TAGS and (b + 1 >= end or tokens[b + 1] == _BREAK) if b < end else False
            # "estoy normal SIN tomar nada", "fine WITHOUT meds": well, and by itself.
            if b < end and tokens[b] != _BREAK and tokens[b] not in _AND | _WITH | _WITHOUT and not tagged:
                continue
            first = a
            while first > start and tokens[first - 1] != _BREAK:
                first -= 1
            # "so am I fine now?", "is he ok?": a wellness asked about, not told.
            if a >= 2 and tokens[a - 2] in _INVERTED and tokens[a - 1] in _SUBJECTS:
                continue
            # "otherwise feel ok", "por lo demás bien": well apart from the sign, which goes on.
            last = b
            while last < end and tokens[last] != _BREAK:
                last += 1
            if _APART_FROM_IT & set(tokens[first:last]):
                continue
            if not moving_is_well and _ABLE & set(tokens[first:a]) and _MOVING & set(tokens[first:a]):
                continue
            # "today i dont feel good", "hoy no estoy bien": a negated wellness is none. "it never
            # happened again AND TODAY i feel normal": a denial before an "and" that opens a new time
            # is of another thing.
            opening = first
            for i in range(a - 1, first - 1, -1):
                if tokens[i] in _AND:
                    if _TODAY_NOW & set(tokens[i + 1 : a]):
                        opening = i + 1
                    break
            if not any(tokens[i] in cues for i in range(opening, a)):
                marks[clause[a]] = max(marks.get(clause[a], mark), mark)
        return marks

    def _dated_after_present(self, tokens: list[str], at: int, hit: _Hit) -> bool:
        """True when the time at `at` follows a sign told in the present, in a clause opened by "fue" / "it was"."""
        if at < hit.end or not _TOLD_OR_HURTS_NOW & set(tokens[hit.start : at]):
            return False
        first = at
        while first > 0 and tokens[first - 1] != _BREAK:
            first -= 1
        return bool(_find(self._context.dated, tokens, first, at))

    def _dated(self, tokens: list[str], start: int, end: int, hit: _Hit) -> bool:
        """True when a clause opens "that was" / "eso fue" and a time long gone follows ("2 weeks ago", "en marzo")."""
        for a, b in _find(self._context.dated, tokens, start, end):
            # "tuve 39 de fiebre después del tratamiento, pero eso fue en octubre": "eso" opening
            # the next clause dates all the clause before, the sign in it too.
            of_sign = a > 0 and tokens[a - 1] == _BREAK and _BREAK not in tokens[hit.end : a - 1] and hit.end < a
            # "le sale pus del agujerito de la inyección, fue hace 2 semanas": a bare "fue", "it was"
            # after a treatment named last dates the treatment; "eso fue", "that was" dates all.
            # "tuve fiebre después de la infusión, fue hace 2 meses": a sign told in the past is dated too.
            # "la heridita de la lipo bota pus y huele feo, fue hace dos semanas": so does one after
            # a sign seen in the present, in a sentence that names the treatment anywhere.
            if (
                of_sign
                and tokens[a] in _BARE_DATED
                and (
                    (
                        _find(self._context.treatment, tokens, hit.end, a)
                        and not _TOLD_BACK_THEN & set(tokens[start : hit.end])
                    )
                    or (
                        _SEEN_OR_TOLD_NOW & set(tokens[start:a])
                        and _find(self._context.treatment, tokens, start, a)
                        and not _TOLD_BACK_THEN & set(tokens[start:a])
                    )
                )
            ):
                continue
            # "la inyección fue hace 3 semanas": the time of the treatment, not of the sign;
            if not of_sign and self._dates_treatment(tokens, a):
                continue
            # "la rodilla re hinchada, no la puedo apoyar, fue hace 3 semanas": a sign told in the
            # present before it; the time dates something else (the treatment, unnamed).
            if a >= hit.end and _TOLD_OR_HURTS_NOW & set(tokens[hit.start : a]):
                continue
            window = _clause_window(tokens, b, end)
            # "it was injected 3 weeks ago": the treatment named before the time is what it dates.
            at = next((i for i, word in enumerate(window) if word in _SPANS or word in _MONTHS), len(window))
            if _find(self._context.treatment, window, 0, at):
                continue
            if any(word in _MONTHS for word in window) or _time_ago(window):
                return True
        return False

    def _dated_later(self, tokens: list[str], end: int, hit: _Hit, hits: list[_Hit]) -> bool:
        """True when a later clause opens "that was" / "eso fue" and a time long gone or a weekday follows."""
        for a, b in _find(self._context.dated, tokens, end, len(tokens)):
            # A bare "fue", "it was" dates the last thing named; only "that was" points back at all.
            if tokens[a - 1] != _BREAK or tokens[a] in _BARE_DATED:
                continue
            # "I fainted Tuesday. Today my chest hurts. That was…": a sign told between is not dated.
            if any(other is not hit and hit.end <= other.start < a for other in hits):
                return False
            window = _clause_window(tokens, b, len(tokens))
            # "that was Tuesday", "eso fue el martes": a day named is not today, or "this morning" would be said.
            if any(word in _MONTHS for word in window) or _time_ago(window) or _WEEKDAYS & set(window[:3]):
                return True
        return False

    def _weeks_back(self, tokens: list[str], start: int, end: int, clause: dict[int, int], hit: _Hit) -> bool:
        """True when the clause of `hit` says weeks or more back, and the time is not the treatment's."""
        own = [i for i in range(start, end) if clause.get(i) == clause[hit.start]]
        # "i fainted at the clinic, like 3 weeks ago.": a clause that is only a time, right after
        # the sign's, dates it.
        after = [i for i in range(start, end) if clause.get(i) == clause[hit.start] + 1 and tokens[i] != _BREAK]
        if after and all(
            tokens[i].isdecimal() or tokens[i] in _SOME | _SPANS | _HEDGES | _BARE_TIME_WORDS for i in after
        ):
            own += after

        def phrase_start(i: int) -> int:
            # "hace 2 semanas", "2 weeks ago": the time phrase starts at its count or at "hace".
            first = i - 1 if i > own[0] and (tokens[i - 1].isdecimal() or tokens[i - 1] in _SOME) else i
            return first - 1 if first > own[0] and tokens[first - 1] == "hace" else first

        words = [tokens[i] for i in own]
        months = self._in_month(tokens, own)
        if months is not None:
            return months
        return _time_ago(words) and not any(
            tokens[i] in _SPANS and self._dates_treatment(tokens, phrase_start(i)) for i in own
        )

    def _well_otherwise(self, tokens: list[str], span: tuple[int, int], clause: dict[int, int]) -> bool:
        """True when the wellness at `span` is of another function ("breathing is fine", "respiro
        bien") or said as "otherwise" ("I'm totally fine tho", "aunque estoy bien")."""
        own = [tokens[i] for i in clause if clause[i] == clause.get(span[0]) and i < span[0]]
        near = set(tokens[max(0, span[0] - 2) : span[1] + 2])
        return bool(_FUNCTIONS_WELL & set(own) or _OTHERWISE & near)

    def _in_month(self, tokens: list[str], own: list[int]) -> bool | None:
        """Whether the words at `own` date their sign to a month named ("en enero me desmayé"): None
        when no month is named, or a time of today or of a plan stands beside it; False when the
        month is the treatment's."""
        words = [tokens[i] for i in own]
        # "en enero me desmayé después de la extracción": a month named for a sign, with no time
        # of today or of a plan beside it, is weeks back.
        in_month = [
            own[k]
            for k, (first, second) in enumerate(itertools.pairwise(words))
            if first in ("in", "en") and second in _MONTHS
        ]
        if not in_month or _TODAY_OR_PLANNED & set(words):
            return None
        return not any(self._dates_treatment(tokens, i) for i in in_month)

    def _had_in_month(self, tokens: list[str], start: int, end: int, clause: dict[int, int], hit: _Hit) -> bool:
        """True when the clause of `hit` tells it had, in the past, in a month named: "In March I
        had chest pain", "en marzo tuve dolor de pecho"; not "in March I have it again". The clauses
        before it in its sentence count too ("En marzo, después de la infusión, tuve dolor…")."""
        own = [i for i in range(start, end) if clause.get(i) == clause[hit.start]]
        told = {tokens[i] for i in own}
        before = [
            i for i in range(start, end) if i in clause and clause[i] <= clause[hit.start] and tokens[i] != _BREAK
        ]
        return (
            bool(_HAD_BACK_THEN & told)
            and not _TOLD_NOW & {tokens[i] for i in before}
            and bool(self._in_month(tokens, before))
        )

    def _before_treatment(self, tokens: list[str], hit: _Hit, clause: dict[int, int]) -> bool:
        """True when `hit` is told in the past and dated before the treatment ("my heart WAS pounding
        BEFORE THE procedure"); "my heart is pounding before the procedure" is now."""
        own = [i for i in clause if clause[i] == clause[hit.start]]
        # "el dolor de pecho QUE TENÍA antes del tratamiento", "the chest pain I HAD before": told
        # in the past right after the sign, in a clause about it.
        told_after = tokens[hit.end : hit.end + 1] in (["que"], ["that"], ["i"]) and bool(
            _TOLD_BEFORE & set(tokens[hit.end : hit.end + 3])
        )
        if not own or not (_TOLD_BEFORE & set(tokens[max(own[0], hit.start - 2) : hit.end]) or told_after):
            return False
        for i in own:
            # "worse than before the shot", "peor que antes de la inyección": a comparison, not a time;
            # "since before the treatment", "desde antes": from then until now.
            if (
                not hit.start <= i < hit.end
                and tokens[i] in ("before", "antes")
                and tokens[i - 1] not in _COMPARED
                and tokens[i - 1] not in _SINCE
            ):
                # "before the procedure", "antes de la infusión": past the little words to the treatment.
                at = i + 1
                while at < min(len(tokens), i + 3) and tokens[at] in _BEFORE_LEADS:
                    at += 1
                if _find(self._context.treatment, tokens, at, min(len(tokens), at + 2)):
                    return True
        return False

    def _unchanged_since_before(self, tokens: list[str], hit: _Hit, start: int, end: int) -> bool:
        """True when the sentence of `hit` says it has been there since before the treatment and is
        unchanged ("since before the treatment…, still the same", "desde antes del tratamiento…, sigue igual")."""
        since = any(
            tokens[i] in _SINCE
            and tokens[i + 1] in ("before", "antes")
            and _find(self._context.treatment, tokens, i + 2, min(end, i + 2 + _BEFORE_TREATMENT_REACH))
            for i in range(start, end - 1)
        )
        return since and bool(_UNCHANGED_NOW & set(tokens[hit.end : end]))

    def _denied_present(self, tokens: list[str], at: int, clause: dict[int, int], hits: list[_Hit]) -> bool:
        """True when the clause of the present word at `at` opens with a denial and holds no sign."""
        first = at
        while first > 0 and clause.get(first - 1) == clause[at]:
            first -= 1
        opening = tokens[first : min(at, first + _DENIAL_OPENING)]
        # "nothing is wrong right now, but…": "nothing" opens a denial too.
        return bool((self._negation.cues | _NOTHING) & set(opening)) and not any(
            clause.get(other.start) == clause[at] for other in hits
        )

    def _treatment_before(self, tokens: list[str], at: int) -> bool:
        """True when a treatment someone would get ends right before `at` ("get a stem cell IV | now")."""
        for a, b in _find(self._context.treatment, tokens, max(0, at - _TREATMENT_REACH), at):
            if b == at and _TREATMENT_VERBS & set(_clause_before(tokens, a, _TREATMENT_REACH)):
                return True
        return False

    def _now_well(self, tokens: list[str], at: int) -> bool:
        """True when the words at `at` are a wellness ("está bien", "he is fine"), maybe after "is"/"está"."""
        i = at
        while i < len(tokens) and i < at + 3 and tokens[i] in _WELL_LEAD:
            i += 1
        return any(a == i for a, _ in _find(self._context.well, tokens, i, min(len(tokens), i + 4)))

    def _asked_of_coming(self, tokens: list[str], hit: _Hit) -> bool:
        """True when the sign's clause opens with the writer asking what will happen ("am I going to",
        "will I", "me voy a") and names the treatment it will happen at ("during the IV", "durante el suero")."""
        first = hit.start
        while first > 0 and tokens[first - 1] != _BREAK:
            first -= 1
        lead = tuple(tokens[first : hit.start + 2])
        if not any(
            lead[: len(opening)] == opening or lead[1 : len(opening) + 1] == opening for opening in _COMING_LEADS
        ):
            return False
        stop = hit.end
        while stop < len(tokens) and tokens[stop] != _BREAK:
            stop += 1
        after = tokens[hit.end : stop]
        if _NOW_WORDS & set(tokens[first:stop]):
            return False
        return any(
            word in _AT_TREATMENT
            and _find(self._context.treatment, after, i + 1, min(len(after), i + _AT_TREATMENT_REACH))
            for i, word in enumerate(after)
        )

    def _judged(self, tokens: list[str], hit: _Hit) -> bool:
        """True when a `judged` phrase follows the sign in its clause and the clause tells no one's own sign."""
        first = hit.start
        while first > 0 and tokens[first - 1] != _BREAK:
            first -= 1
        reach = min(len(tokens), hit.end + _SIGN_JUDGED_REACH)
        if _BREAK in tokens[hit.end : reach]:
            reach = tokens.index(_BREAK, hit.end)
        return (
            any(a <= hit.end + 1 for a, _ in _find(self._context.judged, tokens, hit.end, reach))
            and not _of_writer(tokens[first : hit.end])
            and not _told_of_other(tokens[first : hit.end])
            and not _POINTING & set(tokens[first : hit.start])
        )

    def _well_before(self, tokens: list[str], at: int, start: int) -> bool:
        """True when a wellness ends just before the time word at `at` ("walking normally now")."""
        if not (tokens[at] in _NOW_WORDS or tokens[at] in _TODAY):
            return False
        return any(
            b == at and not _NOT_RETURNED & set(tokens[max(start, a - 2) : a])
            for a, b in _find(self._context.well, tokens, max(start, at - 2), at)
        )

    def _treatment_still_safe(self, tokens: list[str], a: int, b: int) -> bool:
        """True when the present word at a:b follows a treatment and asks if it is safe ("is therapy still ok")."""
        if tokens[a] not in _STILL:
            return False
        after = set(tokens[b : b + 2])
        treated = _find(self._context.treatment, tokens, max(0, a - 3), a)
        return bool(treated) and bool(after & _SAFE_WORDS)

    def _asks_treatment(self, tokens: list[str], at: int) -> bool:
        """True when `at` starts "get stem cells", "hacerse el tratamiento": a question about treatment."""
        if at + 1 < len(tokens) and tokens[at] in ("me", "le", "nos", "te") and tokens[at + 1] == "toca":
            return True  # "ahora le toca aquí": now it is her turn for the treatment
        # "now it's her turn", "now my turn": the same in English.
        turn = tokens[at + 1 : at + 3] if tokens[at : at + 1] == ["its"] else tokens[at : at + 2]
        if len(turn) == 2 and turn[0] in _MY | _THEIR_TURN and turn[1] == "turn":
            return True
        # "am i still OK TO get stem cells", "¿todavía PUEDO hacerme…?": words of leave before the verb.
        skipped = 0
        while at < len(tokens) and tokens[at] in _LEAVE_WORDS and skipped < _LEAVE_REACH:
            at += 1
            skipped += 1
        if at >= len(tokens):
            return False
        # "fainted at a clinic in 2019, can she still HAVE IT?": the treatment named as "it", last.
        if tokens[at] in _TREATMENT_VERBS and tokens[at + 1 : at + 2] in (["it"], ["this"], ["that"], ["one"]):
            return at + 2 >= len(tokens) or tokens[at + 2] in (_BREAK, "done", "again")
        # "¿todavía SE LO puede HACER?", "¿aún puede HACÉRSELO?": the same, with "lo" for it.
        ends = at + 1 >= len(tokens) or tokens[at + 1] == _BREAK
        if ends and (tokens[at] in _IT_DONE or (tokens[at] in _TREATMENT_VERBS and "lo" in tokens[at - skipped : at])):
            return True
        if tokens[at] not in _TREATMENT_VERBS:
            # "is she still ALLOWED THE IV stem cells?": leave given for the treatment itself, no verb.
            if not skipped or not _PERMITTED & set(tokens[at - skipped : at]):
                return False
            at -= 1 if tokens[at] not in _ARTICLES else 0
        return bool(_find(self._context.treatment, tokens, at + 1, min(len(tokens), at + 1 + _TREATMENT_REACH)))

    def _asked_because_felt_now(self, tokens: list[str], hit: _Hit) -> bool:
        """True when a later clause gives as the reason for asking something felt now ("asking bc they feel
        really heavy right now", "pregunto porque ahorita las siento bien pesadas"); not a wellness,
        a feeling ("I feel nervous right now") or a denial."""
        for at in range(hit.end, len(tokens) - 1):
            if tokens[at] not in _ASKING_NOW or tokens[at + 1] not in _BECAUSE:
                continue
            last = at + 2
            while last < len(tokens) and tokens[last] != _BREAK:
                last += 1
            reason = set(tokens[at + 2 : last])
            felt = next((i for i in range(at + 2, last) if tokens[i] in _FELT), None)
            if (
                felt is not None
                and _NOW_WORDS & reason
                and not (_FEELINGS | _FEARS) & reason
                # "I don't feel anything now"; not "…heavy and I can NOT stand", a sign told after.
                and not self._negation.cues & set(tokens[at + 2 : felt + 1])
                # "bien pesadas": "bien" before a word is Mexican for "very", no wellness.
                and not any(
                    not (tokens[a:b] == ["bien"] and b < last)
                    for a, b in _find(self._context.well, tokens, at + 2, last)
                )
            ):
                return True
        return False

    def _example_after_question(self, tokens: list[str], sentences: list[int], start: int, end: int) -> bool:
        """True when the sign's sentence only names an example ("like anaphylaxis", "por ejemplo una
        anafilaxia") right after a sentence that asks."""
        if start == 0:
            return False
        before = _sentence_start(sentences, start - 1)
        if _vague_example(tokens[start:end]):
            # "Is it true people have died from these drips? lung clots or something?": the question
            # opens the sentence before with its verb or its question word.
            opener = next((word for word in tokens[before:start] if word != _BREAK), "")
            return opener in _QUESTION_OPENERS or bool(_find(self._context.asking, tokens, before, start))
        if not _example(tokens[start:end]):
            return False
        return bool(_find(self._context.asking, tokens, before, start))

    def _bare_after_question(
        self, tokens: list[str], sentences: list[int], hit: _Hit, hits: list[_Hit], start: int, end: int
    ) -> bool:
        """True when the sign stands alone in its sentence after a question about the same sign,
        in a message that tells nothing of the writer ("what counts as a fever? 37.8? 38?")."""
        alone = all(tokens[i] == _BREAK or hit.start <= i < hit.end for i in range(start, end))
        if not alone:
            return False
        # Values offered in a row ("37.8? 38?", "37 y medio? 38?"), not one reading ("is this a
        # fever? 38.4", the writer's).
        before = start
        while before > 0 and tokens[before - 1] == _BREAK:
            before -= 1
        offered = before > 0 and (
            tokens[before - 1].isdecimal()
            or (
                tokens[before - 1] in _HALF
                and any(word.isdecimal() for word in tokens[max(0, before - 4) : before - 1])
            )
            # "…after treatment, 38? 39?": the value before, read as the sign's word, alone in its clause.
            or any(
                other.sign == hit.sign
                and other.end == before
                and (other.start == 0 or tokens[other.start - 1] == _BREAK)
                for other in hits
            )
        )
        # "what temp counts as a fever for you guys? 38?": one value offered to a question about
        # where the line is.
        asked_line = _LINE_ASKED & {tokens[i] for i in range(before) if sentences[i] == sentences[before - 1]}
        # "no tengo fiebre, solo quiero saber desde cuántos grados lo consideran fiebre, 37 y medio?
        # 38?": values in a row offered to a question about the line are no reading, whoever asks.
        if _of_writer(tokens) and not (offered and asked_line):
            return False
        return (offered or bool(asked_line)) and any(
            other.sign == hit.sign
            and other.end <= start
            and sentences[other.start] < sentences[hit.start]
            and self._not_now(tokens, sentences, other, hits) == "asking"
            for other in hits
        )

    def _figure_of_speech(self, tokens: list[str], hit: _Hit) -> bool:
        """True for "this bill is gonna give me a heart attack", "mi jefe me va a dar un infarto":
        something of daily life said to give the writer the attack, a way of speaking. Not when
        the treatment is what gives it ("the IV gave me a heart attack?") or the writer feels it
        coming ("siento que me va a dar un infarto")."""
        if not _ATTACKS & set(tokens[hit.start : hit.end]):
            return False
        first, last = _clause_of(tokens, hit.start, hit.end)
        lead = tokens[first : hit.start]
        if not ("me" in lead[-5:] and _GIVING & set(lead[-5:])):
            return False
        # "me dio un patatús cuando vi la factura": the cause may come after, named.
        told_after = _DAILY_NOUNS & set(tokens[hit.end : last])
        every_time = any(
            tuple(tokens[i : i + len(every)]) == every for every in _EVERY_TIME for i in range(hit.end, last)
        )
        return (
            bool((_DAILY_NOUNS | _POINTERS) & set(lead) or told_after or every_time)
            and not _FEELING_IT & set(lead)
            and not _find(self._context.treatment, tokens, first, last)
        )

    def _story_before_question(
        self, tokens: list[str], sentences: list[int], hit: _Hit, hits: list[_Hit], hit_clause: list[str]
    ) -> bool:
        """True when a sign told of someone outside the home is followed by a general question about a sign."""
        # A neighbour or a cousin is seldom beside the writer; a husband or a son may be, so
        # their sign keeps the alarm. A present word keeps it for anyone ("my friend is seizing"),
        # and so does a recent one ("my neighbour JUST had a seizure").
        if not _DISTANT & set(hit_clause) or _of_writer(hit_clause) or _GOING_ON & set(hit_clause):
            return False
        # "mi vecina convulsionó… hace tiempo, ¿las células pueden dar convulsiones?": the question
        # may follow in a clause of its own.
        later = next(
            (i for i in range(hit.end, len(tokens)) if sentences[i] > sentences[hit.start] or tokens[i - 1] == _BREAK),
            len(tokens),
        )
        # "…do stem cells cause clots?": a question whether the treatment causes things, sign word or not.
        if any(_CAUSING & set(tokens[a:b]) for a, b in _find(self._context.asking, tokens, later, len(tokens))):
            return True
        # "…se desmayó después de un suero en un spa, ¿eso es peligroso?": what happened to them, judged.
        if _judging_that(tokens[later : later + _JUDGED_REACH + 1]):
            return True
        # "…le salió sangre al toser después de un tratamiento así, ¿eso fue por las células?":
        # whether the treatment was to blame.
        if _blamed(tokens[later : later + _JUDGED_REACH + 1]):
            return True
        # "…lo tuvieron que operar. ¿cómo sé yo si me pasa?", "how do I know if it happens to me?":
        # how the writer would know it, if it came.
        if any(
            (_KNOWING & set(tokens[a:b]) or tokens[a : a + 2] == ["como", "se"])
            and _HAPPENING_TO & set(tokens[b : b + _HAPPENING_REACH])
            for a, b in _find(self._context.asking, tokens, later, len(tokens))
        ):
            return True
        return any(other.start >= later and self._not_now(tokens, sentences, other, hits) == "asking" for other in hits)

    def _dates_treatment(self, tokens: list[str], at: int) -> bool:
        """True when a treatment word stands just before the time phrase at `at` ("injected a month ago")."""
        # "after her infusion in 2019": a calendar year dates the sign as much as the treatment.
        if any(
            token in _YEAR_WORDS or (token.isdecimal() and len(token) == 4) or _DECADE.match(token)
            for token in tokens[at : at + 4]
        ):
            return False
        # "an infusion for autism in Panama last week": the treatment's own clause dates it,
        # however many words name the place and the reason.
        first = max(0, at - _TREATMENT_CLAUSE_REACH)
        for i in range(at - 1, first - 1, -1):
            if tokens[i] == _BREAK:
                first = i + 1
                break
        first = min(first, max(0, at - _TREATMENT_REACH))
        treatments = [(a, b) for a, b in _find(self._context.treatment, tokens, first, at) if b <= at]
        # "38,5 y escalofríos, me dieron de alta ayer": the day of going home after the treatment;
        # going home from the ER ("the ER discharged me yesterday") dates the visit for the sign.
        if not _EMERGENCY_VISIT & set(tokens):
            treatments += [(a, b) for a, b in _find(_GONE_HOME, tokens, first, at) if b <= at]
        # "el dolor que tuve DURANTE la infusión el mes pasado", "fainted during the bone marrow
        # harvest last month", "me desmayé CUANDO me pincharon…, eso fue el martes pasado", "legs
        # went weak THE NIGHT OF her back injection, that was 2 weeks ago": the sign was at the
        # treatment, so the time dates both.
        if any(_at_treatment(tokens[max(0, a - _DURING_REACH) : a]) for a, _ in treatments):
            return False
        # "me desmayé EN LA extracción el mes pasado", "fainted AT THE harvest last month": at the
        # treatment itself, not at its site ("pus at the injection site" is where, not when).
        # "me desmayé EN LA PRIMERA sesión el mes pasado": an ordinal may stand between.
        if any(
            tuple(tokens[max(0, k - 2) : k]) in _AT_IT and tokens[b : b + 1] not in _AT_ITS_SITE
            for a, b in treatments
            for k in (a - 1 if a > 0 and tokens[a - 1] in _SESSION_ORDINALS else a,)
        ):
            return False
        if treatments:
            return True
        # "hace un mes me inyectaron la cadera": the time first, then straight away the treatment
        # it dates; "last week AFTER the infusion I had chest pain" dates the chest pain.
        last = at
        while (
            last < min(len(tokens), at + _TREATMENT_AHEAD)
            and (tokens[last] in _DATING_GLUE or tokens[last].isdecimal())
            and tokens[last] != _BREAK
        ):
            last += 1
        return any(a == last for a, _ in _find(self._context.treatment, tokens, last, min(len(tokens), last + 3)))

    def _wh_sign(self, tokens: list[str], hit: _Hit) -> bool:
        """'what fever counts as high?', '¿qué fiebre es alta?': a question word opens the clause and names the sign.

        So does "asking what sepsis looks like", "¿cómo se ve una sepsis?": what the sign looks or feels like,
        and "¿qué señales tiene una infección?": the signs of it.
        """
        # "¿qué señales tiene una infección…?", "which symptoms does a clot give": the signs OF it asked for.
        first = hit.start
        while first > 0 and tokens[first - 1] != _BREAK:
            first -= 1
        if any(tokens[i] in _WH_WORDS and tokens[i + 1] in _SYMPTOM_NOUNS for i in range(first, hit.start - 1)):
            return True
        # "what a clot WOULD feel like": asked inside a sentence, the helping verb comes after the sign.
        after = hit.end + 1 if tokens[hit.end : hit.end + 1] and tokens[hit.end] in _HELPING else hit.end
        looks_like = tuple(tokens[after : after + 2]) in _LOOKS_LIKE
        before = hit.start - 1
        # "what WOULD A clot in the lung feel like": a helping verb and an article between.
        while before >= 0 and looks_like and (tokens[before] in _ARTICLES or tokens[before] in _HELPING):
            before -= 1
        if before < 0 or tokens[before] not in _WH_WORDS:
            return False
        if before == 0 or tokens[before - 1] == _BREAK:
            return True
        return looks_like or (tokens[before - 1] in _ASKING_VERBS)

    def _asks_cause(self, tokens: list[str], hit: _Hit) -> bool:
        """'¿puede la infusión de células madre dar coágulos…?': a yes-no question whether the treatment causes it."""
        first = hit.start
        while first > 0 and tokens[first - 1] != _BREAK:
            first -= 1
        # "¿puede una inyección en el ojo DEJARTE ciego?": the verb may be the sign's first word.
        lead = tokens[first : hit.start + 1]
        # "¿El suero podría mandar un coágulo…?", "las células por vena pueden hacer un coágulo…?":
        # the treatment may come first, as the subject, no one's.
        can = next((i for i, word in enumerate(lead[:_CAUSE_SUBJECT_REACH]) if word in _CAN), None)
        if can and not _SOMEONE_NAMED & set(lead[:can]):
            lead = lead[can:]
        return len(lead) > 1 and lead[0] in _CAN and bool(_CAUSE_VERBS & set(lead[1:]))

    def _together_hits(self, tokens: list[str], sentences: list[int]) -> list[_Hit]:
        """Hits of the `together` rules: a word of every group close together in one sentence."""
        found: dict[int, list[list[int]]] = {}
        words, prefixes = self._concept_words, self._concept_prefixes
        for position, token in enumerate(tokens):
            refs = list(words.get(token, ()))
            for length, table in prefixes.items():
                if len(token) >= length:
                    refs.extend(table.get(token[:length], ()))
            # "little white pimple things", "granitos blancos con pus": the colour of a pimple.
            beside = set(tokens[position - 1 : position] + tokens[position + 1 : position + 2])
            pimple = bool(_PIMPLES & beside)
            # "blue-green algae stem cell stuff", "té verde": the colour of a product, not of a fluid.
            product = bool(_COLOURED_PRODUCTS & beside)
            # "una compresa caliente en la pierna", "a hot pack on my leg": heat put on, not felt.
            applied = token in _HOT_WORDS and bool(_HOT_THINGS & set(tokens[max(0, position - 2) : position + 3]))
            if refs and (
                _worst_case(tokens, position)
                or _risk_raised(tokens, position)
                or _not_a_body_word(tokens, position)
                or _some_not_nails(tokens, position)
            ):
                continue
            for r, g in refs:
                sign = self._together[r].sign
                if (pimple and sign in _COLOUR_SIGNS) or (product and sign == "discharge") or applied:
                    continue
                groups = found.setdefault(r, [[] for _ in self._together[r].groups])
                groups[g].append(position)
        hits: list[_Hit] = []
        # One sentence, not one clause: people list signs with commas ("knee swollen, red, hot")
        # and that is one statement. A negation anywhere in the window still denies the sign.
        clause = sentences
        for r, groups in found.items():
            if not all(groups):
                continue
            rule = self._together[r]
            # A warning sign may be told at more length than an emergency ("lo rojo alrededor de
            # donde me sacaron la grasa se está regando"); an emergency's words stay close.
            span = _TOGETHER_SPAN if rule.level == "emergency" else _TOGETHER_SPAN_URGENT
            # Slide a window over the concept words in order of position: linear in the number
            # of words found, so a 5,000-character message stays cheap.
            events = sorted((position, g) for g, positions in enumerate(groups) for position in positions)
            counts = [0] * len(groups)
            present = 0
            left = 0
            # Each telling once: "el dolor de pecho… es normal. A mí me está apretando el pecho"
            # is a sign read about and then the writer's own, two hits that do not overlap.
            told_until = -1
            for position, g in events:
                if counts[g] == 0:
                    present += 1
                counts[g] += 1
                while events[left][0] < position - span or clause[events[left][0]] != clause[position]:
                    dropped = events[left][1]
                    counts[dropped] -= 1
                    if counts[dropped] == 0:
                        present -= 1
                    left += 1
                if present < len(groups):
                    continue
                # The nearest word of each group: "está rojo y duro, y la rojez se está subiendo"
                # is told by "rojez … subiendo", not from the first "rojo" a clause back.
                nearest = {g_: p for p, g_ in events[left:] if p <= position}
                window = set(nearest.values())
                if len(window) >= len(groups) and min(window) > told_until:
                    first = min(window)
                    loose = position - first > _TOGETHER_SPAN
                    if loose and _BREAK in tokens[first:position] and not _options(tokens, first, position):
                        # The wider reach stays inside one clause: "38,5 y hoy 36,8, ya bajó la
                        # fiebre" is two readings and a fever that went, not one fever.
                        continue
                    hits.append(_Hit(rule.sign, rule.level, first, position + 1, frozenset(window), loose=loose))
                    told_until = position
        return hits

    def _negated(self, tokens: list[str], hit: _Hit, covered: set[int], hits: list[_Hit]) -> bool:
        """True when `hit` is clearly denied ("no fever", "i dont have a fever", "fever is gone")."""
        neg = self._negation
        cues = neg.cues
        stopping = _stopping_verb(tokens, hit)
        if stopping is not None:
            # "la hinchazón no para de crecer", "it won't stop growing": the "no" denies the
            # stopping, and the sign goes on. "the redness stopped spreading", "dejó de crecer":
            # a warning sign that stopped (an emergency's "stopped breathing" is its own words).
            if cues & set(tokens[max(0, stopping - 2) : stopping]):
                return False
            if hit.level == URGENT and tokens[stopping] not in hit.own and not self._comes_back(tokens, hit):
                return True
        if _named_then_nothing(tokens, hit):
            # "fiebre ni nada, gracias a dios": "[no tengo] fiebre ni nada", the "no" left unsaid.
            return True
        if _not_that(tokens, hit):
            # "it's not that I can't breathe": the whole clause is denied, the sign's own "can't" too.
            return True
        if _unlike_any(tokens, hit):
            # "never had chest pain like this", "nothing like any chest pain I've had": a comparison
            # that says the sign is here, and worse than before.
            return False
        inside = [i for i in range(hit.start, hit.end) if tokens[i] in cues and not _either_of(tokens, hit, i, cues)]
        if inside:
            # "cant breathe", "no puedo respirar": a negative word the rule spells out is the
            # symptom itself; one that merely stands between the words ("el pecho NO me duele",
            # "my chest DOESNT hurt") denies it.
            if hit.words is None:
                return any(tokens[i] not in hit.own for i in inside)
            # "la mancha ya no es del tamaño de una moneda, ahora… sigue creciendo": a "no" denies
            # a word of the sign after it in its own clause, not something else ("no longer the size").
            if any(i not in hit.words and _denies_after(tokens, i, hit.words) for i in inside):
                return True
            # "No redness, no pus, nothing spreading": a "no" between the words that denies neither
            # leaves the words before the first one to be read, as for any other sign.
        # Passing is only accepted for urgent signs; an emergency stays an emergency, and so
        # does a sign said to come back ("se me quitó la fiebre pero volvió").
        resolvable = hit.level == URGENT and not self._comes_back(tokens, hit)
        reach = 0
        i = hit.start - 1
        # "Pt denies fever, dyspnea and chest pain", "niega fiebre, disnea y dolor torácico": a
        # clinical denial runs over a list of signs joined by commas. After a plain "no" the
        # comma may be a "but" the tokens no longer show ("no fever, but chest pain or…"), so it alarms.
        closing = _list_closing(tokens, covered, hit.end)
        if hit.start >= 1 and tokens[hit.start - 1] in _LIST_OR | _LIST_AND:
            # The last of the list: its own joiner closes it.
            closing = "or" if tokens[hit.start - 1] in _LIST_OR else "and"
        listed_by_comma = False
        while i >= 0 and reach <= _NEGATION_REACH:
            token = tokens[i]
            if token in cues:
                if listed_by_comma and token not in _LIST_DENIALS:
                    return False
                # "no puede hablar bien, se le cae la cara": the "no" of another sign's own
                # words ("no puede hablar") denies nothing after it.
                return not any(
                    other is not hit and other.words is None and other.start <= i < other.end and token in other.own
                    for other in hits
                )
            if token == _BREAK and closing and i >= 1 and i - 1 in covered and (i + 1 in covered):
                listed_by_comma = True
                i -= 1
                continue
            if (
                token in _LIST_AND
                and closing == "and"
                and i >= 1
                and tokens[i - 1] not in neg.joiners
                and i - 1 in covered
            ):
                # "…, dyspnea AND chest pain": the last of a list, read on only after a clinical denial.
                listed_by_comma = True
                i -= 1
                continue
            if resolvable and self._resolved_before(tokens, i):
                return True
            if i in covered or token in neg.joiners:
                # "no fever or chills": the negation runs on over a list of signs.
                i -= 1
                continue
            if token in neg.listed and i + 1 < len(tokens) and tokens[i + 1] in neg.joiners:
                # "i dont have any redness or pus", "ni rojez ni pus": over a symptom in the list too.
                i -= 1
                continue
            if i >= 1 and tokens[i - 1] in cues and tokens[i + 1] in neg.joiners and token not in _UNSURE_AFTER_NO:
                # "no face or throat swelling", "ni labios ni garganta hinchados": the place that
                # shares the sign's words, listed right after the "no".
                i -= 1
                continue
            if token not in neg.filler:
                # Anything else ("not SURE if", "IF", a new clause) ends the negation's reach.
                break
            reach += 1
            i -= 1
        if (
            self._answered_no(tokens, hit, covered)
            or self._denied_after(tokens, hit.end)
            or _free_of(tokens, hit)
            or _nobody_has(tokens, hit)
        ):
            return True
        if resolvable and hit.words is not None:
            # "fever came down, 38.6 yesterday": a `together` window holds its own resolution,
            # but "thumb has GONE numb" goes on to a word of the sign.
            return any(
                (end := self._resolved_after(tokens, position + 1)) and end not in hit.words for position in hit.words
            )
        return resolvable and bool(self._resolved_after(tokens, hit.end))

    def _faint_asked_next_time(self, tokens: list[str], hit: _Hit) -> bool:
        """True for "I fainted when they took the marrow… could it happen again next session?": a faint
        told before a question in a later sentence whether it will come again at the next treatment.

        Not a faint just now ("she just fainted…", "hace 10 minutos"), nor one at no treatment.
        """
        if hit.sign != "fainting" or _BREAK not in tokens[hit.end :]:
            return False
        later = tokens.index(_BREAK, hit.end)
        if _FAINT_JUST_NOW & set(tokens[:later]) or not _find(self._context.treatment, tokens, 0, len(tokens)):
            return False
        after = set(tokens[later:])
        return bool(_NEXT_TIME & after and _AGAIN_ASKED & after and _LATER & after)

    def _comes_back(self, tokens: list[str], hit: _Hit) -> bool:
        """True when a phrase soon after `hit` says it is back ("pero volvió", "but it's back up")."""
        end = min(len(tokens), hit.end + _COMES_BACK_REACH)
        return bool(_find(self._context.back, tokens, hit.end, end))

    def _resolved_before(self, tokens: list[str], last: int) -> bool:
        """'se me quito la fiebre': a phrase ending at `last` says the sign has passed."""
        for phrase in self._negation.resolved_before:
            first = last - len(phrase) + 1
            if first >= 0 and tuple(tokens[first : last + 1]) == phrase:
                # "no se me quito la fiebre" means the fever did NOT pass.
                return first == 0 or tokens[first - 1] not in self._negation.cues
        return False

    def _resolved_after(self, tokens: list[str], at: int) -> int:
        """'my fever is gone': where a phrase right after the sign saying it has passed ends, or 0."""
        neg = self._negation
        for _ in range(6):
            for phrase in neg.resolved_after:
                if tuple(tokens[at : at + len(phrase)]) == phrase:
                    return at + len(phrase)
            # "the red streak ON MY ARM disappeared", "la raya roja DE LA PIERNA desapareció".
            if place := _place_after(tokens, at):
                at = place
            # "the chills from yesterday are gone", "los escalofríos de ayer se me fueron".
            elif at < len(tokens) and (tokens[at] in neg.filler or tokens[at] in _EARLIER):
                at += 1
            else:
                return 0
        return 0

    def _denied_after(self, tokens: list[str], at: int) -> bool:
        """'fiebre no tengo': a denial right after the sign that ends the clause."""
        for phrase in self._negation.denied_after:
            end = at + len(phrase)
            if tuple(tokens[at:end]) != phrase:
                continue
            # "confundido no estoy ni nada", "fever no, or anything like it": a tail that adds nothing.
            while end < len(tokens) and tokens[end] in _NOTHING_MORE:
                end += 1
            end += next((len(r) for r in _RELIEF if tuple(tokens[end : end + len(r)]) == r), 0)
            # "fiebre ninguna POR AHORA", "fever none SO FAR": how long it has been denied.
            end += next((len(r) for r in _SO_FAR if tuple(tokens[end : end + len(r)]) == r), 0)
            # "fiebre no tengo ni nada, todo bien": all well, said after the denial, adds nothing to it.
            end += next((len(r) for r in _ALL_WELL if tuple(tokens[end : end + len(r)]) == r), 0)
            if end == len(tokens) or tokens[end] == _BREAK:
                return True
            # "fiebre no tengo y no está rojo": one denial goes on to the next; "fiebre no tengo y la
            # rodilla está roja": "and" opens a clause of its own.
            if tokens[end] in _AND:
                return True
        return False

    def _answered_no(self, tokens: list[str], hit: _Hit, covered: set[int]) -> bool:
        """'fever? no': the sign is a clause of its own and the next clause is a lone 'no'."""
        neg = self._negation
        # Only a short clause can be a bare "fever?"; looking a few words each way keeps this
        # constant-time per hit however long the message is.
        start = hit.start
        while start > 0 and tokens[start - 1] != _BREAK:
            start -= 1
            if hit.start - start > _NEGATION_REACH:
                return False
        end = hit.end
        while end < len(tokens) and tokens[end] != _BREAK:
            end += 1
            if end - hit.end > _NEGATION_REACH:
                return False
        rest = [i for i in range(start, end) if not hit.start <= i < hit.end]
        if any(tokens[i] not in neg.filler and i not in covered for i in rest):
            return False
        # The answer: "no", "para nada", "not at all", "tampoco", alone in its clause.
        after = end + 1
        stop = after
        while stop < len(tokens) and tokens[stop] != _BREAK and stop - after < _ANSWER_WORDS:
            stop += 1
        answer = tokens[after:stop]
        # "fever: none SO FAR": how long it has been so is no more than the answer.
        tail = next((len(r) for r in _SO_FAR if len(answer) > len(r) and tuple(answer[-len(r) :]) == r), 0)
        answer = answer[: len(answer) - tail]
        closes = stop >= len(tokens) or tokens[stop] == _BREAK
        return (
            closes
            and bool(answer)
            and any(word in neg.cues for word in answer)
            and all(word in neg.cues or word in _NOTHING_MORE for word in answer)
        )

    # -- emergency numbers ---------------------------------------------------------------

    def emergency_number(self, country: str | None) -> str:
        """The emergency number for an ISO code or country name; the common numbers if unknown."""
        if not country:
            return self.unknown_number
        found = self._by_code.get(country.strip().upper())
        if found is None:
            code = self.find_country(country)
            found = self._by_code.get(code) if code else None
        return found.number if found else self.unknown_number

    def find_country(self, text: str) -> str | None:
        """ISO code of the country named in free text ("estoy en méxico" → "MX"), or None."""
        folded = normalize(text)
        if not folded:
            return None
        whole = self._aliases_whole.get(folded)
        if whole:
            return whole
        tokens = folded.split()
        if len(tokens) > 200:
            # A country is named in a short answer; skip the window search on essays.
            tokens = tokens[:200]
        named = self._named_in(tokens)
        if named:
            return named
        # Typos ("mexcio", "colonbia"): rapidfuzz on word windows against the longer aliases.
        best_score = 0.0
        best_code: str | None = None
        for size in (1, 2, 3):
            for start in range(len(tokens) - size + 1):
                window = " ".join(tokens[start : start + size])
                if len(window) < 4:
                    continue
                found = process.extractOne(window, self._fuzzy_aliases, scorer=fuzz.ratio, score_cutoff=84)
                if found and found[1] > best_score:
                    best_score, best_code = found[1], self._aliases_words[found[0]]
        return best_code

    def _named_in(self, tokens: list[str]) -> str | None:
        """The country whose longest alias (of 3+ letters) stands in `tokens`, or None."""
        best: tuple[int, str] | None = None
        for start, token in enumerate(tokens):
            for size in self._alias_sizes.get(token, ()):
                alias = " ".join(tokens[start : start + size])
                # "se quitó sola", "le lima las uñas": a one-word name after a pronoun is a verb.
                if size == 1 and start > 0 and tokens[start - 1] in _BEFORE_A_VERB:
                    continue
                code = self._aliases_words.get(alias)
                # The longest alias wins: "se usa en mexico" is Mexico, not "usa".
                if code and (best is None or len(alias) > best[0]):
                    best = (len(alias), code)
        return best[1] if best else None

    def mentioned_country(self, text: str) -> str | None:
        """ISO code of a country a message names exactly ("estoy en Bogotá", "llamo al 123"), or None.

        Stricter than find_country (no typo matching, no two-letter codes): this guesses where a
        person is from a story, so only a plain name, a city in the list, or a number that only
        one country uses counts.
        """
        tokens = normalize(text).split()[:200]
        named = self._named_in(tokens)
        if named:
            return named
        for token in tokens:
            if token.isdecimal() and token in self._sole_owner:
                return self._sole_owner[token]
        return None

    def country(self, code: str) -> Country | None:
        """The country with ISO code `code`, if known."""
        return self._by_code.get(code.upper())

    def crisis_line(self, country: str | None) -> CrisisLine | None:
        """The crisis line for an ISO code or country name, or None when there is none we can give."""
        if not country:
            return None
        found = self._by_code.get(country.strip().upper())
        if found is None:
            code = self.find_country(country)
            found = self._by_code.get(code) if code else None
        return found.crisis if found else None


_LINKING_VERBS = frozenset({"es", "is", "son", "are"})
_LETTERING = frozenset("letras letra letritas texto textos font fuente text letters letter print zoom".split())  # noqa: SIM905
_BIGGER = frozenset("mas grande grandes agrandar aumentar bigger larger enlarge increase zoom".split())  # noqa: SIM905
_HOW_TO = frozenset("como how puedo can could make hacer hago hacerlas poner pongo set se".split())  # noqa: SIM905
_EYE_OR_FACE = frozenset("ojo ojos eye eyes cara face parpado eyelid".split())  # noqa: SIM905
_PUT_IN = frozenset(
    """
    inyeccion inyecciones inyectaron inyectado inyectada injection injections injected shot shots pinchazo
    relleno filler
    """.split()  # noqa: SIM905
)
_CONDITION_NAMES = frozenset(
    """
    sepsis septicemia anafilaxia anaphylaxis trombosis thrombosis coagulo coagulos clot clots embolia embolism
    dvt tvp ictus derrame stroke infarto meningitis celulitis cellulitis
    """.split()  # noqa: SIM905
)
_ASKED_AFTER = _phrases(
    "que es",
    "que son",
    "que significa",
    "que quiere decir",
    "eso que es",
    "what is it",
    "what is that",
    "whats that",
    "whats it",
    "what does it mean",
    "what is",
    "meaning",
)


# "he says new hair is growing, I can't see anything": the writer sees no change someone else claims
# (_CLAIMED, and these words of insisting).
_INSISTS = frozenset("swears insists jura asegura".split())  # noqa: SIM905
_CLAIM_REACH = 12
_SEEING_WORDS = frozenset("see veo".split())  # noqa: SIM905


def _sees_no_change(tokens: list[str], hit: _Hit) -> bool:
    """True for "dice que le sale pelito nuevo, yo no veo nada": no change seen, against someone's claim."""
    if hit.sign != "vision_loss" or not _SEEING_WORDS & set(tokens[hit.start : hit.end]):
        return False
    told = set(tokens)
    # After an injection in the eye or face, seeing nothing is never put down to a claim.
    if told & _EYE_OR_FACE:
        return False
    lead = tokens[max(0, hit.start - _CLAIM_REACH) : hit.start]
    # The claim, in a clause before, then the writer's own "I" (or "yo") against it.
    return (
        bool((_CLAIMED | _INSISTS) & set(lead))
        and _BREAK in lead
        and bool({"i", "yo"} & set(tokens[max(0, hit.start - 2) : hit.start + 1]))
    )


# What was paid for, or used for a while, before no result is seen: "me costó 60 lucas y no veo nada".
_PAID = frozenset(
    "pague pagamos costo costaron gaste gastamos cost costs paid spent lucas dolares dollars bucks pesos euros "  # noqa: SIM905
    "soles plata".split()
)
_USED_FOR = frozenset("llevo lleva llevamos months weeks meses semanas todavia aun still yet".split())  # noqa: SIM905
_TAKEN_PRODUCTS = frozenset(
    "cream creams serum serums gel mask balm crema cremas mascarilla pastillas pastilla capsulas capsula gotas "  # noqa: SIM905
    "suplemento suplementos pills pill capsules drops supplement supplements gummies gomitas polvo powder".split()
)


def _sees_no_result(tokens: list[str], hit: _Hit) -> bool:
    """True for "el sérum me costó 60 lucas y no veo nada", "3 meses con las pastillas y todavía no veo
    nada": no result seen from a product paid for or used a while, not sight lost."""
    if hit.sign != "vision_loss" or not _SEEING_WORDS & set(tokens[hit.start : hit.end]):
        return False
    told = set(tokens)
    # After anything near the eyes or face, seeing nothing is never put down to a product.
    if told & _EYE_OR_FACE or {"can", "cant", "cannot", "puedo"} & set(tokens[max(0, hit.start - 2) : hit.end]):
        return False
    return bool(told & _TAKEN_PRODUCTS) and bool(told & (_PAID | _USED_FOR))


# A heart attack said as a figure of speech: "casi me da un infarto", "I nearly had a heart attack
# when I saw the bill", "a heart attack price", "precios de infarto".
_HEART_ATTACK_WORDS = frozenset({"infarto", "attack", "ataque"})
_NEARLY = frozenset("casi almost nearly".split())  # noqa: SIM905
_PRICE_WORDS = frozenset(
    "price prices bill bills quote quotes cost costs precio precios cuenta cuentas factura cotizacion "  # noqa: SIM905
    "presupuesto".split()
)


def _heart_attack_said(tokens: list[str], hit: _Hit) -> bool:
    """True when a heart attack is a figure of speech: nearly had ("casi me da un infarto", "I almost
    had a heart attack") or a price ("a heart attack price", "precios de infarto"). A pain told with
    it is a sign of its own and still alarms."""
    if hit.sign != "chest_pain" or not _HEART_ATTACK_WORDS & set(tokens[hit.start : hit.end]):
        return False
    lead = tokens[max(0, hit.start - 4) : hit.start]
    if _BREAK in lead:
        lead = lead[len(lead) - lead[::-1].index(_BREAK) :]
    if _NEARLY & set(lead):
        return True
    # "a heart attack PRICE"; "un PRECIO DE infarto".
    return bool(_PRICE_WORDS & set(tokens[hit.end : hit.end + 1])) or (
        lead[-1:] == ["de"] and bool(_PRICE_WORDS & set(lead[-3:-1]))
    )


def _small_print(tokens: list[str], hit: _Hit) -> bool:
    """True when sight is told as the reason to ask for bigger letters ("¿cómo hago las letras más
    grandes en este celular? no veo bien"): eyes that need large print, not sight lost."""
    if hit.sign != "vision_loss":
        return False
    told = set(tokens)
    # After an injection in the eye or face, sight is never put down to small print.
    if told & _EYE_OR_FACE and told & _PUT_IN:
        return False
    asked_bigger = any(word in _LETTERING and _BIGGER & set(tokens[i + 1 : i + 4]) for i, word in enumerate(tokens))
    return asked_bigger and bool(told & _HOW_TO)


def _asked_after(tokens: list[str], hit: _Hit) -> bool:
    """True when the sign, named with an article that opens its clause, is followed by a question
    about it that ends the clause: "la sepsis que es". "tengo sepsis, ¿qué es?" is told, not asked."""
    if hit.start == 0 or tokens[hit.start - 1] not in _ARTICLES or (hit.start > 1 and tokens[hit.start - 2] != _BREAK):
        return False
    # A condition's name is asked about; "el dolor de pecho, ¿qué es?" may be the writer's own pain.
    if not _CONDITION_NAMES & set(tokens[hit.start : hit.end]):
        return False
    at = hit.end
    for phrase in _ASKED_AFTER:
        end = at + len(phrase)
        if tuple(tokens[at:end]) == phrase and (end == len(tokens) or tokens[end] == _BREAK):
            return True
    return False


_YEARS_OR_MONTHS = frozenset(
    {"anos", "ano", "years", "year", "yrs", "yr", "meses", "months", "mos", "decadas", "decades"}
)
# Counts written as words: "hace cinco años", "five years ago".
_SOME = frozenset(
    """
    muchos varios unos many several some few dos tres cuatro cinco seis siete ocho nueve diez once doce
    quince veinte two three four five six seven eight nine ten eleven twelve fifteen twenty
    """.split()  # noqa: SIM905
)
# How long the writer has been well: "fine for A day", "bien desde hace UNA semana".
_SPAN_COUNTS = _SOME | frozenset("a an one couple un una unas varias".split())  # noqa: SIM905


def _told_again(tokens: list[str], hit: _Hit, hits: list[_Hit]) -> bool:
    """True when the sign of `hit` was named before it, with a pause between."""
    lead = tokens[: hit.start]
    # "…to call if there is pus AND TODAY I have pus": "and" opening today's or the writer's own
    # telling is the pause.
    if any(
        other.sign == hit.sign and any(_opens_telling(tokens, i) for i in range(other.end, hit.start - 1))
        for other in hits
        if other.end <= hit.start
    ):
        return True
    if _BREAK not in lead:
        return False
    opened = len(lead) - lead[::-1].index(_BREAK)
    # A sign named again, "and" or not: "if I get chest pain to call 911, and I have chest pain".
    return any(other.sign == hit.sign and other.end < opened for other in hits)


def _clause_before(tokens: list[str], at: int, reach: int) -> list[str]:
    """Up to `reach` words before `at` in its own clause (none past a break)."""
    lead = tokens[max(0, at - reach) : at]
    return lead[len(lead) - lead[::-1].index(_BREAK) :] if _BREAK in lead else lead


def _long_ago(tokens: list[str], start: int, end: int) -> list[int]:
    """Where a time long gone given in numbers starts: "hace 3 años", "15 years ago", "in 2019", "en 2015"."""
    found: list[int] = []
    for i in range(start, end):
        token = tokens[i]
        year = token.isdecimal() and len(token) == 4 and token[:2] in ("19", "20")
        # "cree que estamos en 1990": a year someone thinks it is is confusion, not a date.
        now_words = ("estamos", "estoy", "were", "its", "is", "are", "es")
        if year and i > start + 1 and tokens[i - 2] in now_words:
            continue
        if year and i > start and tokens[i - 1] in _BEFORE_A_YEAR:
            found.append(i - 1)
            continue
        counted = token.isdecimal() or token in _SOME
        if counted and i + 1 < end and tokens[i + 1] in _YEARS_OR_MONTHS:
            # "hace como 15 años", "hace más de 10 años": a rough count is as long gone as an exact one.
            lead = i - 1
            while lead > start and i - 1 - lead < _ROUGHLY_REACH and tokens[lead] in _ROUGHLY:
                lead -= 1
            before = tokens[lead] if lead >= start else ""
            after = tokens[i + 2] if i + 2 < end else ""
            if before in ("hace", "por") or after in ("ago", "atras", "back"):
                found.append(lead if before in ("hace", "por") else i)
    return found


# A year said in words, as voice typing writes it ("back in twenty nineteen", "two thousand and
# five", "en dos mil diecinueve"), after a word that opens a date: written in figures, so every
# rule that dates by a year reads it.
_UNITS_EN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS_EN = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_EN = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNITS_ES = {
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidos": 22, "veintitres": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26,
}  # fmt: skip
_YEAR_SAID = re.compile(
    r"\b(in|en|back in|since|desde|del|el|around|year|ano|año)\s+"
    r"((?:nineteen|twenty)[\s-]+(?:oh[\s-]+\w+|\w+(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"|two thousand(?:\s+and)?(?:\s+\w+)?|dos mil(?:\s+\w+)?)\b",
    re.IGNORECASE,
)


def _year_value(said: str) -> int | None:
    """The year of words like "twenty nineteen", "two thousand and five", "dos mil veinte", or None."""
    parts = [word for word in re.split(r"[\s-]+", said.lower()) if word != "and"]
    if parts[:2] in (["two", "thousand"], ["dos", "mil"]):
        rest = parts[2:]
        if not rest:
            return 2000
        units = _UNITS_ES if parts[0] == "dos" else {**_UNITS_EN, **_TEENS_EN, **_TENS_EN}
        return 2000 + units[rest[0]] if len(rest) == 1 and rest[0] in units else None
    century = {"nineteen": 1900, "twenty": 2000}.get(parts[0])
    if century is None or len(parts) < 2:
        return None
    if parts[1] == "oh":
        return century + _UNITS_EN[parts[2]] if len(parts) == 3 and parts[2] in _UNITS_EN else None
    if parts[1] in _TEENS_EN and len(parts) == 2:
        return century + _TEENS_EN[parts[1]]
    if parts[1] in _TENS_EN:
        extra = _UNITS_EN.get(parts[2], -1) if len(parts) == 3 else 0
        return century + _TENS_EN[parts[1]] + extra if extra >= 0 else None
    return None


def _years_in_figures(text: str) -> str:
    """`text` with each year said in words after a date word written in figures ("in 2019")."""

    def figures(match: re.Match[str]) -> str:
        year = _year_value(match.group(2))
        return match.group(0) if year is None else f"{match.group(1)} {year}"

    return _YEAR_SAID.sub(figures, text)


_BEFORE_A_YEAR = frozenset({"in", "en", "el", "since", "desde", "around", "back"})
# Words of a rough count between "hace" and the number: "hace como 15 años", "hace más de 10 años".
_ROUGHLY = frozenset("como unos unas casi mas de alrededor tipo aprox aproximadamente cerca menos".split())  # noqa: SIM905
_ROUGHLY_REACH = 2


_AND = frozenset({"and", "y", "e"})
# Words asking what to do; a time word soon after them dates the plan ("should i do tonight").
_ADVICE = frozenset({"should", "shall", "debo", "deberia", "puedo", "hago", "hacer"})
_ADVICE_REACH = 4
_SYMPTOM_GERUNDS = frozenset(
    """
    bleeding oozing hurting aching throbbing itching burning swelling leaking draining vomiting throwing shaking
    """.split()  # noqa: SIM905
)
_EARLIER = frozenset(
    {
        "yesterday",
        "earlier",
        "before",
        "last",
        "night",
        "this",
        "morning",
        "ayer",
        "anoche",
        "antes",
        "anteayer",
        "antier",
    }
)
_TODAY = frozenset({"today", "tonight", "hoy", "morning"})  # "feel normal today": the day of the wellness
_NOW_WORDS = frozenset({"now", "ahora", "ahorita", "rn"})
# "hace un rato", "a few minutes ago", "recién": a time just before now.
_JUST_BEFORE = frozenset("rato ratito minutos minuto minutes minute mins min recien".split())  # noqa: SIM905
_KIN_WORDS = frozenset(
    """
    wife husband mom mum mother dad father son daughter sister brother grandma grandpa grandmother grandfather
    partner esposa esposo marido mujer mama papa madre padre hijo hija hermana hermano abuela abuelo suegra
    suegro pareja novia novio parents padres kids children hijos
    """.split()  # noqa: SIM905
)
# Apostrophes are dropped, so "my friend's face" is "my friends face": the possessive (and the
# plural, "mis amigas") names the same others as the word itself.
_KIN = _KIN_WORDS | frozenset(word + "s" for word in _KIN_WORDS if not word.endswith("s"))


def _plurals(words: frozenset[str]) -> frozenset[str]:
    """The plurals of `words` as written: "+s", a consonant's "+es" ("mujeres", "senores") and "-man"'s "-men"."""
    made = {word + "s" for word in words if not word.endswith("s")}
    made |= {word + "es" for word in words if word[-1] not in "aeiousy"}
    made |= {word[:-3] + "men" for word in words if word.endswith("man")}
    return frozenset(made)


# What is asked of a treatment that is "still" done: "is stem cell therapy still SAFE for him?".
_SAFE_WORDS = frozenset(
    "safe ok okay possible allowed recommended advisable option fine seguro segura posible recomendable "  # noqa: SIM905
    "opcion viable aconsejable permitido".split()
)
_STILL = frozenset(
    {"now", "right", "currently", "still", "keeps", "keep", "ahora", "ahorita", "todavia", "aun", "sigue", "sigo"}
)
_LIMBS = frozenset(
    """
    foot feet leg legs hand hands arm arms toes fingers thumb thumbs finger toe pie pies pierna piernas mano manos
    brazo brazos dedos dedo pulgar
    """.split()  # noqa: SIM905
)
_PLURAL_LIMBS = frozenset("feet legs hands arms toes fingers thumbs pies piernas manos brazos dedos".split())  # noqa: SIM905
_ASLEEP = frozenset(
    {"asleep", "sleep", "numb", "dormido", "dormida", "dormidos", "dormidas", "durmio", "dormio", "duerme", "entumido"}
)
_LIMB_REACH = 24
_BLOOD = frozenset("blood bloody bleeding bleed bleeds sangre sangrando sangra sangrado red".split())  # noqa: SIM905
_AT_LEAVING = frozenset("at on upon since after before from till until".split())  # noqa: SIM905
_PREPOSITIONS = frozenset("en de a por con sobre desde hasta para sin entre".split())  # noqa: SIM905
_PEOPLE = frozenset(
    {"he", "she", "hes", "shes", "they", "him", "her", "el", "ella", "mum", "mommy", "daddy", "baby", "bebe"}
)
_AFTER_BIEN = frozenset(
    "desde hoy ahora ahorita y e con gracias ya pero de del por todo a en nomas solo otra".split()  # noqa: SIM905
)
_TODAY_NOW = frozenset({"today", "now", "tonight", "hoy", "ahora", "ya", "ahorita", "morning", "manana"})
# "…hace 10 días pero ESTOY bien", "but I AM fine": the whole person well, in the present tense.
_PRESENT_SELF = frozenset("estoy ando im am siento feel feeling hes shes".split())  # noqa: SIM905
# Well "apart from that": "otherwise ok", "por lo demás bien", "aparte de eso todo normal".
_APART_FROM_IT = frozenset("otherwise besides demas aparte".split())  # noqa: SIM905
_WEEKDAYS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo
    """.split()  # noqa: SIM905
)
_YESTERDAY = frozenset({"yesterday", "ayer", "anoche", "antier", "anteayer", "antenoche"})
_ALL_WELL = _phrases(
    "todo bien", "todo ok", "todo normal", "todo tranquilo", "estoy bien", "all good", "all fine", "everything fine",
    "everything ok", "im fine", "im ok", "im good",
)  # fmt: skip
# The longest bare answer to a sign asked about: "not at all", "para nada".
_ANSWER_WORDS = 3
# "fiebre no tiene GRACIAS A DIOS", "no fever THANK GOD": relief after a denial adds nothing to it.
_RELIEF = _phrases(
    "gracias a dios",
    "gracias a diosito",
    "gracias al cielo",
    "bendito sea dios",
    "bendito dios",
    "menos mal",
    "por suerte",
    "afortunadamente",
    "thank god",
    "thank goodness",
    "thank heavens",
    "thankfully",
    "luckily",
)
_NOTHING_MORE = frozenset(
    {
        "ni",
        "nada",
        "eso",
        "or",
        "anything",
        "nothing",
        "like",
        "that",
        "either",
        "para",
        "at",
        "all",
        "raro",
        "rara",
        "mas",
        "else",
        "weird",
        "strange",
        "extrano",
        "extrana",
    }
)
_TO = frozenset({"to", "tae"})  # Scots "tae"
_LATER = frozenset(
    "va vas will would could can puede podria pasar happen repetir pasara repetira volvera dara ocurrira".split()  # noqa: SIM905
)
_ERRAND = frozenset(
    "need have should tengo debo hay necesito tell call avisar aviso mention report bring say mencionar mencionarlo "  # noqa: SIM905
    "comentar comentarlo comentarle decir decirle decirles contar contarle reportar llamar".split()
)
# "still have TO call", "todavía tengo QUE avisar": a duty; "still have chest pain" is the sign.
_DUTY_ONLY_WITH = {"have": ("to", "got"), "tengo": ("que",), "hay": ("que",)}


def _errand_at(tokens: list[str], at: int) -> bool:
    """True when tokens[at] starts an errand ("need to call", "tengo que avisar"), not a sign had."""
    if at >= len(tokens) or tokens[at] not in _ERRAND:
        return False
    needs = _DUTY_ONLY_WITH.get(tokens[at])
    return needs is None or tokens[at + 1 : at + 2] in ([word] for word in needs)


# "now I'm scared", "ahora tengo miedo": a feeling about the question, not a sign.
_FEELINGS = frozenset(
    "scared worried nervous afraid freaked freaking anxious curious wondering paranoid terrified thoughts doubts "  # noqa: SIM905
    "miedo nerviosa nervioso asustada asustado preocupada preocupado curiosidad dudas preocupa preocupan "
    "inquieta".split()
)
# "fine and then…", "bien hasta que…": what follows began after the wellness.
_SENT_HOME = frozenset({"alta", "discharged", "home", "casa"})
_LATELY = frozenset("ago hace just acaba acabo acaban recien".split())  # noqa: SIM905
_ANOTHER_EPISODE = (("una", "vez"), ("la", "otra", "vez"), ("once", "before"), ("one", "time"), ("another", "time"))
_ONSET = frozenset("then until till suddenly luego hasta repente derrepente".split())  # noqa: SIM905
# People who come and go: "ella ya se fue", "los doctores ya se fueron".
_STAFF = frozenset(
    "ella ellos ellas enfermera enfermero enfermeras enfermeros doctor doctora doctores doctoras medico "  # noqa: SIM905
    "medica medicos medicas muchacha muchacho chica chico senora senor tecnica tecnico persona nurse nurses staff "
    "clinica todos paramedicos".split()
)
# "he's fine, but me, I can't breathe": the well one and the one with the sign differ.
_THIRD = frozenset("he she hes shes they theyre ella ellos ellas".split())  # noqa: SIM905
_FIRST = frozenset("i im me yo".split())  # noqa: SIM905
_MY = frozenset({"my", "mi", "mis"})
# Spanish says who by the verb: "no VEO nada", "TENGO fiebre" are the writer's own.
_FIRST_VERBS = frozenset(
    "tengo estoy siento veo puedo noto tuve senti pude estuve sangro respiro oigo camino muevo "  # noqa: SIM905
    "toso tosi tiemblo sudo escupo orino trago hablo duermo desmaye".split()
)
# "no se me baja", "isn't going down": an easing that does not come.
_EASING = frozenset("down away better improving easing baja bajado quita quitado mejora mejorado".split())  # noqa: SIM905
# "¿sigo con las citas?", "sigue con el tratamiento".
_GO_ON = frozenset({"sigo", "sigue", "seguimos", "siguen"})
# Not "mañana": "hoy en la mañana" is this morning.
_FUTURE = frozenset({"next", "tomorrow", "proxima", "proximo", "upcoming", "pronto", "soon"})


# Asking what to look out for: "what should I watch for", "¿qué debo vigilar?".
_WATCHING_FOR = _ADVICE | frozenset(
    """
    watch watching look looking monitor check vigilar vigilo vigilarlo vigilarla pendiente fijarme fijarse checar
    """.split()  # noqa: SIM905
)
_WATCH_REACH = 6


def _watch_time(tokens: list[str], at: int, start: int) -> bool:
    """True when the day word at `at` closes a question of what to watch for ("…watch for tonight?", "…vigilar hoy")."""
    tonight = tokens[at] in _TODAY or tokens[at : at + 2] == ["esta", "noche"]
    return tonight and bool(_WATCHING_FOR & set(_clause_around(tokens, max(start, at - _WATCH_REACH), at, at)))


def _planned(words: list[str]) -> bool:
    """True when `words` put a present in the future: "next week", "soon", "in March", "en mayo"."""
    return bool(_FUTURE & set(words)) or any(
        first in ("in", "en", "for", "para") and second in _MONTHS for first, second in itertools.pairwise(words)
    )


_KEEP_DOING = frozenset(
    {
        "going",
        "doing",
        "taking",
        "up",
        "an",
        "track",
        "in",
        "checking",
        "watching",
        "asking",
        "the",
        "my",
        "following",
        "using",
    }
)
_ITS_ARTICLES = [[word] for word in ("el", "la", "los", "las", "mi", "mis", "su", "sus")]
# Right after a present word, an absence: "hoy ya no tengo nada", "now nothing".
_ABSENCE = _phrases("ya no tengo nada", "no tengo nada", "no siento nada", "nothing", "no symptoms", "nada")


_NUMB_STATES = frozenset(
    "dormidas dormida dormidos dormido adormecidas adormecida entumidas entumida entumecidas entumecida raras rara "  # noqa: SIM905
    "raros raro pesadas pesada debiles debil flojas floja hormigueo numb weird heavy tingly funny".split()
)
_TIMES_OF_DAY = frozenset(
    {
        ("this", "morning"),
        ("this", "afternoon"),
        ("this", "evening"),
        ("esta", "manana"),
        ("esta", "tarde"),
        ("esta", "noche"),
    }
)
_TAGS = frozenset("right yeah yes correct eh verdad cierto no si ok okay".split())  # noqa: SIM905
_READING_LEAD_REACH = 3
_READING_LEAD = frozenset(
    """
    amaneci amanecio amanecimos en con tengo tiene estoy esta marca marco da dio sale salio me le de a
    at is its im was temp temperature temperatura reads read says showed shows the thermometer termometro el
    """.split()  # noqa: SIM905
)


def _dating(tokens: list[str], a: int, b: int) -> bool:
    """Whether the present word at tokens[a:b] dates the message ("now day 6", "its thursday now")."""
    if tokens[a] not in _NOW_WORDS | _TODAY:
        return False
    after = tokens[b : b + 2]
    if after[:1] and after[0] in _WEEKDAYS:
        return True
    if len(after) == 2 and after[0] in _DAY_WORDS and after[1].isdecimal():
        return True
    return a >= 1 and tokens[a - 1] in _WEEKDAYS


_AT_READING = frozenset({"en", "a", "con", "at", "on", "with"})


def _normal_reading(tokens: list[str], at: int) -> bool:
    """True when a temperature under the fever line stands just before `at`: "36.8 now" says well."""
    if at == 0 or not tokens[at - 1].isdecimal():
        return False
    # "pulse 72 now", "pulse is 72 now": a resting pulse says well too.
    lead = at - 2
    while lead >= 0 and at - 2 - lead < _READING_LEAD_REACH and tokens[lead] in _READING_LEAD:
        lead -= 1
    if lead >= 0 and tokens[lead] in _PULSE_WORDS:
        return _resting(tokens[at - 1])
    # The decimal point splits a reading into two words: "36.8" is "36", "8".
    whole = at >= 2 and tokens[at - 2].isdecimal() and len(tokens[at - 1]) == 1
    return _normal(tokens[at - 2 : at] if whole else tokens[at - 1 : at])


def _normal_after(tokens: list[str], at: int) -> bool:
    """True when a temperature under the fever line starts at `at`: "hoy 36,5" says well.

    A few words may lead to it: "hoy amanecí en 36.5", "today it's 36.8".
    """
    lead = 0
    while at < len(tokens) and lead < _READING_LEAD_REACH and tokens[at] in _READING_LEAD:
        at += 1
        lead += 1
    # "ahora pulso 70": a resting pulse says well too.
    if at + 1 < len(tokens) and tokens[at] in _PULSE_WORDS and tokens[at + 1].isdecimal():
        return _resting(tokens[at + 1])
    if at >= len(tokens) or not tokens[at].isdecimal():
        return False
    whole = at + 1 < len(tokens) and tokens[at + 1].isdecimal() and len(tokens[at + 1]) == 1
    return _normal(tokens[at : at + 2] if whole else tokens[at : at + 1])


def _resting_after(tokens: list[str], at: int) -> bool:
    """True when a heart rate at rest, a bare number, starts at `at` after a few words ("estoy en 70")."""
    lead = 0
    while (
        at < len(tokens) and lead < _READING_LEAD_REACH and (tokens[at] in _READING_LEAD or tokens[at] in _PULSE_WORDS)
    ):
        at += 1
        lead += 1
    followed = at + 1 < len(tokens) and tokens[at + 1].isdecimal()  # "37", "8" is a temperature
    return at < len(tokens) and tokens[at].isdecimal() and not followed and _resting(tokens[at])


_PULSE_WORDS = frozenset({"pulse", "pulso", "hr", "fc", "pulsaciones", "bpm"})


def _resting(number: str) -> bool:
    """True for a heart rate at rest (50-99 a minute)."""
    return 50 <= int(number) < 100


def _normal(number: list[str]) -> bool:
    """True for a reading ("36", "8" is 36.8) under the fever line, in °C or °F."""
    value = float(".".join(number))
    return 35.0 <= value < 37.5 or 95.0 <= value < 99.5


# "nothing now", "nada ahora": the present of an absence.
_NOTHING = frozenset({"nothing", "nada", "none", "ninguno", "ninguna", "ningun"})
_ABSENCE_REACH = 5
# "la marqué con pluma y ya se pasó": gone past the line drawn round it, not gone.
_MARKING = frozenset(
    "marque marco marca marcas marcamos marcado marcada raya linea lineas pluma plumon boligrafo lapiz rotulador "  # noqa: SIM905
    "circulo dibuje trace marker pen line lines drew traced outline outlined circled mark marked".split()
)
_MARKING_REACH = 6
_TALK = frozenset("talks talk talked hablan habla hablo comentan comenta chismean gossip gossiping".split())  # noqa: SIM905
_TELLING = frozenset(
    "telling saying asking reminding warning diciendo preguntando recordando advirtiendo diciendome "  # noqa: SIM905
    "tellin sayin askin talking talkin mentioning hablando mencionando".split()
)
_TALKING = _TELLING | _TALK  # "all anyone TALKS about now": a clause about what people say
_READING_GLUE = frozenset({"de", "of", "grados", "degrees"})
_ARTICLES = frozenset({"a", "an", "the", "un", "una", "el", "la"})
_NEVER = frozenset({"never", "nunca", "jamas"})
# The sign told as had: "I had a fever", "tuve 38,5", "le dio fiebre".
_HAD = frozenset(
    "had got was were spiked reached tuve tuvo tuvimos tenia tenian estuve estuvo estaba hubo dio fue "  # noqa: SIM905
    "llego llegue llegamos subio marco marque alcanzo".split()
)
_OTHER = frozenset({"other", "otro", "otra", "otros", "otras"})
_SIDES = frozenset({"right", "left", "good", "other"})
# "it's gone swollen", "gone completely dark", "gone greyish blue": after "gone", what it became.
_BECAME = frozenset(
    """
    swollen red redder numb dark darker black blue white grey gray pale cold hot hard weak weaker blind purple
    stiff dead limp yellow green septic blurry fuzzy mottled dusky bad worse funny weird tingly lumpy puffy all
    really very so past way beyond much even more far outside lopsided crooked droopy floppy out off dim blank
    sore tight blotchy patchy quiet silent still kind sort
    """.split()  # noqa: SIM905
)


# Complaints that are not warning signs, named when they pass: "the headache is gone", "ya se me
# quitó el mareo".
_OTHER_COMPLAINTS = frozenset(
    "headache headaches cabeza jaqueca migrana nausea nauseas vomito bruise bruising bruises moreton moretones "  # noqa: SIM905
    "morado cansancio tiredness fatigue agotamiento mareo mareos dizziness "
    # "…cada día más rojo…, la sensación de arenilla ya se me pasó": a feeling, named, that passed.
    # Not "feeling" or "sensation" alone: "the feeling is back" is the numbness ending.
    "arenilla grit gritty picor picazon comezon itch itching itchiness escozor "
    "ardor burning stinging".split()
)


_SWELLING_NOUNS = frozenset("swelling hinchazon inflamacion".split())  # noqa: SIM905
_NOT_SWELLING = frozenset(
    "new_numbness leg_weakness groin_numbness vision_loss eye_worse fever chills red_streak discharge".split()  # noqa: SIM905
)


def _of_other_complaint(tokens: list[str], span: tuple[int, int], hit_clause: list[str], sign: str = "") -> bool:
    """True when the passing at `span` is told, in its own clause, of a complaint the sign's clause does not name."""
    first, last = _clause_of(tokens, span[0], span[1])
    # "my foot went numb…, the ankle swelling is down": a swelling that went down is another
    # complaint for a sign that is no swelling.
    complaints = _OTHER_COMPLAINTS | (_SWELLING_NOUNS if sign in _NOT_SWELLING else frozenset())
    named = complaints & set(tokens[first:last])
    return bool(named) and not named & set(hit_clause) and tokens[first:last] != hit_clause


def _anothers_time(tokens: list[str], at: int, hit: _Hit, clause: dict[int, int], hit_clause: list[str]) -> bool:
    """True when the time at `at` is in a clause of someone else's story, told beside the writer's own sign.

    "theres a red line running up my forearm…, mom says hers did that in Mexico back in 2018": the
    year is the mother's, not the streak's.
    """
    if at not in clause or clause[at] == clause[hit.start]:
        return False
    if not _of_writer(hit_clause) or _told_of_other(hit_clause):
        return False
    told = [tokens[i] for i in clause if clause[i] == clause[at]]
    return _told_of_other(told) and not _of_writer(told)


def _of_another(span: tuple[int, int], hit: _Hit, hits: list[_Hit], clause: dict[int, int], same: bool = False) -> bool:
    """True when the clause of the phrase at `span` tells of another sign, and not of `hit`'s.

    With `same`, another telling of the same sign counts too: "hace un año me dolió el pecho…, pero
    desde hace 1 hora tengo una presión fuerte en el pecho" dates the first telling, not the second.
    """
    number = clause[span[0]]
    mine = set(hit.words if hit.words is not None else range(hit.start, hit.end))
    if any(clause.get(i) == number for i in mine):
        return False
    for other in hits:
        theirs = set(other.words if other.words is not None else range(other.start, other.end))
        if (same or other.sign != hit.sign) and not theirs & mine and any(clause.get(i) == number for i in theirs):
            return True
    return False


def _feared(tokens: list[str], hit: _Hit, clause: dict[int, int]) -> bool:
    """True when the sign is named as what the writer fears, earlier in its clause ("scared OF
    going blind", "me da pánico quedarme ciega"); not "scared because my chest hurts", nor
    "terrified my vision is gone", which tell it."""
    for at in range(hit.start - 1, -1, -1):
        if clause.get(at) != clause[hit.start]:
            return False
        word = tokens[at]
        if word in _TOLD_AFTER_FEAR:
            return False
        if word in _FEARS:
            after = tokens[at + 1 : at + 2]
            nominal = (after and after[0] in _FEAR_OBJECT) or (at > 0 and tokens[at - 1] in _FEAR_GIVEN)
            return bool(nominal)
    return False


def _going_again(tokens: list[str], at: int) -> bool:
    """True when the treatment is gone to again from `at` ("voy de nuevo", "I'm going again")."""
    while at < len(tokens) and tokens[at] in _GOERS:
        at += 1
    # "ahora va a repetir", "now he's going to repeat it": the treatment, again.
    plan = at
    while plan < len(tokens) and tokens[plan] in _PLANNING:
        plan += 1
    if plan < len(tokens) and tokens[plan] in _REPEATS:
        return True
    return at < len(tokens) and tokens[at] in _TREATMENT_VERBS and bool(_AGAIN & set(tokens[at + 1 : at + 3]))


def _distant_told(tokens: list[str], start: int, end: int, hit: _Hit) -> bool:
    """True when the sign is told, in the past, of someone outside the home ("my neighbor had a
    seizure after the same clinic", "a mi vecina la dejaron ciega"), and nothing in its sentence
    says it is going on ("…and she won't wake up", "my friend just collapsed")."""
    first = hit.start
    while first > start and tokens[first - 1] != _BREAK:
        first -= 1
    if not _DISTANT & set(tokens[first : hit.start]):
        return False
    # "a mi tío lo llevaron a urgencias por un coágulo", "was taken to the ER for": cared for, then.
    taken = _HOSPITALISED & set(tokens[first : hit.start])
    if not taken and not _RETOLD & set(tokens[max(first, hit.start - 3) : hit.end]):
        return False
    # "…and she will NOT wake up", "y NO despierta": something she cannot do now, not a doubt
    # ("not sure why", "no sé").
    cannot = any(
        tokens[i] in ("not", "no") and (i + 1 >= end or tokens[i + 1] not in _DOUBT) for i in range(hit.end, end)
    )
    # "a mi tía le dio una convulsión HACE UN RATO", "20 minutes ago", "today": so recent she may
    # still need help; unsure counts as now.
    # Not "…, that's all anyone talks about at church now": now, of the talk in a clause of its own.
    said = [
        tokens[i]
        for i in range(start, end)
        if (tokens[i] in _RECENT_WORDS or tokens[i] in _GOING_ON)
        and not (not first <= i < hit.end and _TALKING & set(tokens[slice(*_clause_of(tokens, i, i + 1))]))
        # "is that SOMETHING THAT actually happens?", "¿es ALGO QUE pasa de verdad?": a kind of event.
        and not (not first <= i < hit.end and _asks_of_a_kind(tokens[slice(*_clause_of(tokens, i, i + 1))]))
    ]
    recent = any(word in _RECENT_WORDS for word in said)
    going = any(word in _GOING_ON for word in said) or _story_goes_on(tokens, end)
    # "my friend had a seizure, what do I do": a plea for help is about now, wherever it stands.
    return not going and not cannot and not recent and not _pleads(tokens)


_RECENT_WORDS = _JUST_BEFORE | _TODAY | _NOW_WORDS  # "hace un rato", "today", "now": maybe still going on


# The next sentence goes on with the same person: "SHE is still…", "HE won't…", "SIGUE temblando".
_THEM_NOW = frozenset("she he shes hes they theyre ella el sigue siguen still".split())  # noqa: SIM905
_STILL_GOING = _STILL | frozenset("wont cant not no isnt doesnt keeps sigue siguen".split())  # noqa: SIM905
_WELL_AGAIN = frozenset("fine ok okay good better well normal bien mejor perfecto perfecta tranquilo tranquila".split())  # noqa: SIM905


def _story_goes_on(tokens: list[str], end: int) -> bool:
    """True when the clause after the sentence ending at `end` tells the same person's sign still
    going ("…had a seizure. she is still out of it", "…tuvo una convulsión. sigue temblando"), not
    that they are well ("she's fine now")."""
    after = end + 1 if end < len(tokens) and tokens[end] == _BREAK else end
    if after >= len(tokens):
        return False
    first, last = _clause_of(tokens, after, after + 1)
    later = tokens[first:last]
    return bool(later) and later[0] in _THEM_NOW and bool(_STILL_GOING & set(later)) and not _WELL_AGAIN & set(later)


def _asks_of_a_kind(clause: list[str]) -> bool:
    """True when a clause speaks of a kind of event ("is that something that happens", "algo que pasa")."""
    return bool(_A_KIND_OF & set(itertools.pairwise(clause)))


_A_KIND_OF = frozenset({("something", "that"), ("things", "that"), ("algo", "que"), ("cosa", "que"), ("cosas", "que")})


def _pleads(tokens: list[str]) -> bool:
    """True when the message asks for help now ("help", "what do I do", "qué hago"), not "me lo hago en marzo"."""
    return any(
        word in _HELP_NOW and (word not in _DOING or bool(_WHAT_OR_HOW & set(tokens[max(0, i - 4) : i])))
        for i, word in enumerate(tokens)
    )


def _of_the_past(tokens: list[str], hit: _Hit) -> bool:
    """True when the sign, named as a thing, is dated by its own adjective: "her PAST seizure", "su
    convulsión ANTERIOR", "mis desmayos DE ANTES"."""
    if hit.words is not None or hit.end - hit.start > _PAST_NAMED_WORDS:
        return False
    return bool(
        tokens[hit.start - 1 : hit.start] in ([word] for word in _PAST_BEFORE)
        # Not "pasado mañana" (the day after tomorrow) nor "anterior del muslo" (the front of it).
        or (
            _PAST_AFTER & set(tokens[hit.end : hit.end + 1])
            and tokens[hit.end + 1 : hit.end + 2] not in (["manana"], ["del"], ["de"])
        )
        or tokens[hit.end : hit.end + 2] == ["de", "antes"]
    )


def _formerly(tokens: list[str], hit: _Hit, clause: dict[int, int]) -> bool:
    """True for "antes me desmayaba con las agujas": "antes" (formerly) opening a verb in the
    imperfect, in the sign's clause, tells what used to happen, as "I used to faint"."""
    # "…y ahora marca 37,4, pero antes tenía 38,7": of a fever, "antes" is earlier the same day.
    if hit.sign in _FEVERISH:
        return False
    for at in range(max(0, hit.start - _FORMERLY_REACH), hit.start):
        if tokens[at] != "antes" or clause.get(at) != clause.get(hit.start):
            continue
        # "antes de la inyección", "antes que nada": before something, not formerly.
        if tokens[at + 1 : at + 2] in (["de"], ["que"]):
            continue
        verbs = tokens[at + 1 : hit.end]
        if any(len(word) > _SHORTEST_IMPERFECT and word.endswith(_IMPERFECT_ENDINGS) for word in verbs):
            return True
    return False


def _at_an_age(tokens: list[str], start: int, end: int, hit: _Hit) -> bool:
    """True when the sign's sentence dates it to an age, told as had ("had a seizure when he was 3",
    "at age 12", "a los 12 años"); "has seizures since he was 3" is a condition, read elsewhere."""
    if not _HAD_BACK_THEN & set(tokens[start : hit.start]):
        return False
    for i in range(start, end - 2):
        # "when I was 12", "when my son was 3": a number right after "was", with no unit but years.
        if tokens[i] == "when":
            for j in range(i + 1, min(end - 1, i + _AGE_SUBJECT + 2)):
                if tokens[j] in _WAS and tokens[j + 1].isdecimal():
                    unit = tokens[j + 2 : j + 3]
                    if not unit or unit[0] not in _TIME_UNITS:
                        return True
        # "at age 12", "a los 12 años" (not "a los 10 minutos del suero").
        if tuple(tokens[i : i + 2]) in _AGE_LEADS and tokens[i + 2].isdecimal():
            unit = tokens[i + 3 : i + 4]
            if tokens[i] != "a" or unit in (["anos"], ["ano"]):
                return True
    return False


_AGE_SUBJECT = 2  # "when MY SON was 3"
_AGE_LEADS = frozenset({("at", "age"), ("a", "los")})


# "antes SE ME desmayaba": the verb may come after its pronouns and the sign's first words.
_FORMERLY_REACH = 3
_SHORTEST_IMPERFECT = 4
_IMPERFECT_ENDINGS = ("aba", "aban", "ia", "ian")
_PAST_NAMED_WORDS = 2
# Right before the sign: "her PAST seizure" ("old" is left out: "my 2 year OLD has 38.3").
_PAST_BEFORE = frozenset("past previous prior earlier former childhood".split())  # noqa: SIM905
_PAST_AFTER = frozenset(
    "pasada pasadas pasado pasados previa previas previo previos anterior anteriores antigua antiguas antiguo "  # noqa: SIM905
    "antiguos".split()
)


def _once(tokens: list[str], hit: _Hit, start: int, end: int) -> bool:
    """True when the sign is told as having happened one time ("I fainted ONCE at a blood test",
    "me desmayé UNA VEZ"), not "once a day", "once again" or "once today"."""
    if tokens[hit.end : hit.end + 1] == ["once"]:
        after = hit.end + 1
    elif tokens[hit.end : hit.end + 2] == ["una", "vez"]:
        after = hit.end + 2
    else:
        return False
    # "once last night", "una vez hoy": lately is not back then.
    recent = (_NOW_TIMES | _YESTERDAY | _PARTS_OF_DAY | {"tonight"}) & set(tokens[start:end])
    return tokens[after : after + 1] not in ([word] for word in _NOT_ONCE) and not recent


# "he HAD a mini stroke before", "ya HABÍA TENIDO convulsiones antes": a history, told as had.
_HISTORY_VERBS = frozenset("had has have ive hes shes weve theyve tuve tuvo tenido dio dado".split())  # noqa: SIM905
_HISTORY_REACH = 4
_BEFORE_REACH = 5
_BEFORE_NOW = frozenset({"before", "antes", "once"})
_ALSO = frozenset("too also already tambien ya".split())  # noqa: SIM905
_CLAUSE_JOINS = frozenset({"and", "but", "so", "y", "pero", "asi"})
_AGAIN_NOW = frozenset({"again", "back", "nuevo", "volvio", "regreso"})  # "de nuevo"; "otra vez" below


def _had_before(tokens: list[str], hit: _Hit, start: int, end: int) -> bool:
    """True when the sign is told as a history that ends its clause on "before" or "once" ("he had
    a mini stroke before", "ya le había dado un derrame antes", "mum had anaphylaxis to dye once"),
    not "before the shot" or "before, and it's happening again now"."""
    # "a mini stroke before", "un derrame CHIQUITO antes", "seizures TWICE before".
    after = next(
        (
            i
            for i in range(hit.end, min(end, hit.end + _BEFORE_REACH))
            # "anaphylaxis to contrast dye ONCE", "con el contraste UNA VEZ": one time, back then.
            if tokens[i] in _BEFORE_NOW or (tokens[i] == "vez" and tokens[i - 1] == "una")
        ),
        end,
    )
    if after >= end or _BREAK in tokens[hit.end : after] or _CLAUSE_JOINS & set(tokens[hit.end : after]):
        return False
    # "greenish discharge that WASN'T there before", "a fever I NEVER had before": new, not history.
    if _NOT_BEFORE & set(tokens[hit.end : after]):
        return False
    if after + 1 < end and tokens[after + 1] != _BREAK and tokens[after + 1] not in _CLAUSE_JOINS | _ALSO:
        return False
    told = max(start, hit.start - _HISTORY_REACH)
    if not _HISTORY_VERBS & set(tokens[told : hit.end]):
        return False
    # "I had chest pain before and now it's back", "antes y ahora otra vez": going on again.
    stop = next((i for i in range(after, end) if tokens[i] == _BREAK), end)
    told_words = tokens[told:stop]
    # "una vez" is one time, "otra vez" is again.
    again = any(word == "vez" and i > 0 and told_words[i - 1] != "una" for i, word in enumerate(told_words))
    return not again and not (_GOING_ON | _JUST_BEFORE | _TODAY | _NOW_WORDS | _AGAIN_NOW) & set(told_words)


_NOT_BEFORE = _NEVER | frozenset("not no wasnt werent didnt hadnt havent hasnt".split())  # noqa: SIM905
_AT_PLACE = frozenset("on in of at around en de del por alrededor".split())  # noqa: SIM905
_PLACE_ARTICLES = frozenset("my the his her your mi mis el la su sus tu los las".split())  # noqa: SIM905


def _place_after(tokens: list[str], at: int) -> int:
    """Where a place named right at `at` ends ("on my arm", "del brazo", "en la rodilla"), or 0."""
    if at >= len(tokens) or tokens[at] not in _AT_PLACE:
        return 0
    at += 1
    while at < len(tokens) and tokens[at] in _PLACE_ARTICLES:
        at += 1
    return at + 1 if at < len(tokens) and tokens[at] in _BODY_SITES | _LIMBS | _PLACES else 0


_PREVENTING = frozenset("avoid prevent stop evitar prevenir impedir".split())  # noqa: SIM905
_SO_THAT = frozenset({"para", "so", "to", "que"})
_NOT = frozenset({"no", "not", "doesnt", "dont", "wont", "isnt"})
_PREVENT_REACH = 5


def _prevented(before: list[str]) -> bool:
    """True when the words before an "again" say it is to be prevented ("para que no me pase",
    "so it doesn't happen", "to avoid it"), not "it's not stopping, it happened again"."""
    if _PREVENTING & set(before):
        return True
    return any(word in _SO_THAT and _NOT & set(before[i + 1 : i + 3]) for i, word in enumerate(before))


# "without paracetamol", "sin tomar nada", "no tylenol": a medicine not taken hides nothing.
_NOT_TAKEN = frozenset("without sin no not nor ni didnt havent never".split())  # noqa: SIM905
_NOT_TAKEN_REACH = 3


def _medicines_taken(words: list[str]) -> bool:
    """True when `words` name a medicine that brings a fever down, not said as not taken."""
    return any(
        word in FEVER_MEDICINES and not _NOT_TAKEN & set(words[max(0, i - _NOT_TAKEN_REACH) : i])
        for i, word in enumerate(words)
    )


def _time_went_by(tokens: list[str], a: int, b: int) -> bool:
    """True when the passing of tokens[a:b] is of the time since something ("ya pasaron como 4
    semanas de la inyección", "4 weeks have passed since the shot"), not of a sign."""
    if tokens[b - 1] not in _PASSED:
        return False
    # "ya pasó el segundo día", "the third day has passed": a day counted by its place is time.
    after = b + 1 if tokens[b : b + 1] and tokens[b] in _ARTICLES else b
    if after < len(tokens) and tokens[after] in _COUNT_PLACES and tokens[after + 1 : after + 2] in _ORDINAL_UNITS:
        return True
    unit = a - 2 if a >= 2 and tokens[a - 1] in ("have", "has", "had") else a - 1
    if unit >= 1 and tokens[unit] in _TIME_UNITS and tokens[unit - 1] in _COUNT_PLACES:
        return True
    after = b
    while after < len(tokens) and (tokens[after] in _BY_HOW_MUCH or tokens[after].isdecimal()):
        after += 1
    if after > b and after < len(tokens) and tokens[after] in _TIME_UNITS:
        return tokens[after + 1 : after + 2] in (["de"], ["desde"], ["since"])
    return unit >= 0 and tokens[unit] in _TIME_UNITS and tokens[b : b + 1] in (["since"], ["from"], ["after"])


_ORDINAL_UNITS = (["dia"], ["day"], ["semana"], ["week"], ["mes"], ["month"])
# Places in a count of days or weeks; a week is counted in the feminine ("la primera semana").
_COUNT_PLACES = frozenset(DAY_ORDINALS) | frozenset("primera segunda tercera cuarta quinta sexta".split())  # noqa: SIM905


def _some_not_nails(tokens: list[str], at: int) -> bool:
    """True when "unas" at `at` is "some" ("unas tabletas de alga AZUL"), not "uñas" (nails): folded,
    the two are one word; nails come after an article or before their colour."""
    if tokens[at] != "unas":
        return False
    before = tokens[at - 1] if at > 0 else ""
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return before not in _NAILS_AFTER and not (_BLUE & {after} or after.startswith(("azul", "gris", "morad")))


def _minutes_ago(tokens: list[str]) -> bool:
    """True when `tokens` date something minutes ago or right now ("hace 5 minutos", "10 mins ago")."""
    for i, word in enumerate(tokens):
        if [word] in _MINUTES and (tokens[i + 1 : i + 2] == ["ago"] or "hace" in tokens[max(0, i - 3) : i]):
            return True
    return any(tuple(tokens[i : i + 2]) in _JUST_NOW for i in range(len(tokens))) or "ahorita" in tokens


_JUST_NOW = frozenset({("just", "now"), ("right", "now"), ("ahora", "mismo"), ("hace", "rato"), ("hace", "ratito")})


# "the BLURRY vision went away": a blur, named by how the sight was, that went.
_BLUR_WORDS = frozenset("blurry blurred blurriness double foggy cloudy hazy fuzzy misty borrosa nublada".split())  # noqa: SIM905
_BLUR_PASSED = frozenset({"away", "off"})


def _blur_went_away(tokens: list[str], hit: _Hit) -> bool:
    """True for "vision went" in "the blurry vision went away": the blur passed, not the sight lost
    ("my vision went in my left eye" and "the blurry vision went dark" stay signs)."""
    return (
        hit.sign == "vision_loss"
        and hit.start > 0
        and tokens[hit.start - 1] in _BLUR_WORDS
        and tokens[hit.end - 1] in ("went", "gone")
        and tokens[hit.end : hit.end + 1] != []
        and tokens[hit.end] in _BLUR_PASSED
    )


def _sight_greyed(tokens: list[str], hit: _Hit) -> bool:
    """True for "everything went grey", "it all went grey": the world greying out, as before a
    faint (fainting), not skin turning grey."""
    return hit.sign == "skin_colour" and hit.start > 0 and tokens[hit.start - 1] in _ALL_SEEN


def _bruise(tokens: list[str], hit: _Hit) -> bool:
    """True when purple skin is told beside a bruise ("moretones en la barriga… manchas moradas"),
    a bruise itself turns blue ("the bruise is spreading and turning blue"), or redness spreading
    is a bruise darkening to purple as it spreads ("went from red to dark purple and spread")."""
    told = set(tokens[hit.start : hit.end])
    if hit.sign == "spreading_redness":
        # "does the bruising get worse…? it went from red to dark purple and spread a bit": a bruise
        # darkening as it spreads, told beside the bruise, not redness spreading.
        return bool(_PURPLE & told) and bool(BRUISE_WORDS & set(tokens))
    if hit.sign != "skin_colour":
        return False
    if _PURPLE & told and BRUISE_WORDS & set(tokens):
        return True
    # The colour of the bruise as it settles, not of skin short of blood: the bruise, earlier in
    # the clause, is what turns, when the sign names no other part ("…y los labios azules").
    start = hit.start
    while start > 0 and tokens[start - 1] != _BREAK:
        start -= 1
    return bool(_BLUE & told) and not _BLUE_PARTS & told and bool(BRUISE_WORDS & set(tokens[start : hit.start]))


def _discharge_colour(tokens: list[str], hit: _Hit) -> bool:
    """True when every colour word of a skin-colour sign is the colour of a discharge ("white pus", "pus blanco")."""
    if hit.sign not in _COLOUR_SIGNS:
        return False
    positions = hit.words if hit.words is not None else range(hit.start, hit.end)
    colours = [i for i in positions if tokens[i] in _COLOURS]

    def named(i: int) -> str:
        # "a white yellow bump with pus": the colours of one thing, the last one names it.
        while i + 1 < len(tokens) and tokens[i + 1] in _COLOURS:
            i += 1
        return tokens[i + 1] if i + 1 < len(tokens) else ""

    return bool(colours) and all(
        named(i) in _DISCHARGES
        or (named(i) in _PIMPLES and _DISCHARGES & set(tokens[i : i + _PIMPLE_REACH]))
        or (i > 0 and tokens[i - 1] in _DISCHARGES)
        for i in colours
    )


def _injector_used(tokens: list[str], start: int, end: int, hit: _Hit) -> bool:
    """True when the sentence tokens[start:end] tells of an adrenaline injector used for this allergic sign.

    "ya me puse la epipen porque se me hinchó la lengua": call now even if it helped. Not "…during
    her LAST infusion" (a story), nor "they gave me an epipen shot and watched me 4 hrs" (the clinic
    gave it and took it in hand).
    """
    where = range(hit.start, hit.end) if hit.sign != "anaphylaxis" else range(start, end)
    pens = [i for i in where if tokens[i] in _INJECTOR]
    if not pens or _PREVIOUS & set(tokens[start:end]):
        return False
    return not any(_CARE_GIVEN & set(tokens[max(start, i - _GIVER_REACH) : i]) for i in pens)


def _soaked_with_discharge(tokens: list[str], sentences: list[int], hit: _Hit) -> bool:
    """True for a dressing "soaked through" with a discharge, not blood: "leaking yellowish cloudy stuff
    and the bandage is soaked through" is the infection sign, not a bleed."""
    if hit.sign != "heavy_bleeding" or not {"soaked", "soaking"} & set(tokens[hit.start : hit.end]):
        return False
    told = {token for token, number in zip(tokens, sentences, strict=True) if number == sentences[hit.start]}
    return not _BLOOD & told and any(word in _DISCHARGES or word.startswith(("yellow", "cloud")) for word in told)


def _leaving_hospital(tokens: list[str], hit: _Hit) -> bool:
    """True for "discharge" as leaving the clinic: "the nurse told me AT discharge", "since discharge"."""
    return (
        hit.sign == "discharge"
        and hit.words is None
        and tokens[hit.start : hit.end] == ["discharge"]
        and hit.start > 0
        and tokens[hit.start - 1] in _AT_LEAVING
    )


_PAIN_VERBS = frozenset("duele duelen dolio hurts hurt".split())  # noqa: SIM905  # "ya no me DUELE"
# Signs that are a pain: "it doesn't hurt anymore" may end them, and no other.
_PAINFUL = frozenset({"chest_pain", "worsening_pain", "severe_pain"})
_WANTED_NOW_REACH = 5  # "wants THE STEM CELL IV now": the treatment wanted, then "now"
_WORSE_WHEN_REACH = 5  # "DE NOCHE todo se siente peor": the time told a few words before "worse"


def _worse_when(tokens: list[str], sentences: list[int], hit: _Hit) -> bool:
    """True when pain "worse" is worse at a time or in a condition, not worse as days go by.

    "me duele más por la noche", "it hurts more when I walk": compared with other moments of the
    same day. A trend anywhere in the sentence ("worse every day", "more than yesterday", "cada
    vez más") keeps the sign.
    """
    if hit.sign != "worsening_pain":
        return False
    positions = sorted(hit.words) if hit.words is not None else [hit.end - 1]
    more = [i for i in positions if tokens[i] in _MORE]
    if not more:
        return False
    last = more[-1]
    # "me duele más LA RODILLA cuando subo": the place may come between.
    at = last + 1
    while at < min(len(tokens), last + 1 + _WHERE_REACH) and tokens[at] in _ARTICLES | _POSSESSIVES | _PLACES:
        at += 1
    after = tokens[at : at + 3]
    # "de noche todo se siente peor", "at night it's worse": the time may come first, in the clause.
    first, _ = _clause_of(tokens, last, last + 1)
    lead = tokens[max(first, last - _WORSE_WHEN_REACH) : last]
    timed_before = any(word in _AT_TIME and _PARTS_OF_DAY & set(lead[j + 1 : j + 3]) for j, word in enumerate(lead))
    if not timed_before and (
        not after or not (after[0] in _WHEN_DOING or (after[0] in _AT_TIME and _PARTS_OF_DAY & set(after[1:])))
    ):
        return False
    sentence = [token for token, number in zip(tokens, sentences, strict=True) if number == sentences[hit.start]]
    # "peor QUE ayer" compares with before; "la doctora dijo QUE era normal" is another "que".
    compared = {"que", "than"} & set(tokens[last + 1 : last + 3])
    return not (_TREND - {"que", "than"}) & set(sentence) and not compared


def _eye_product(tokens: list[str], hit: _Hit) -> bool:
    """True when every eye word of a sign names a product ("eye cream", "contorno de ojos"), not the eye."""
    positions = hit.words if hit.words is not None else frozenset(range(hit.start, hit.end))
    eyes = [i for i in positions if tokens[i] in _EYES]
    return bool(eyes) and all(
        (i + 1 < len(tokens) and tokens[i + 1] in _PRODUCTS) or bool(_PRODUCTS & set(tokens[max(0, i - 3) : i]))
        for i in eyes
    )


_COUGH_WORDS = frozenset(
    "cough coughing coughed coughs tos tosi tosio toser tosiendo toso tose flema flemas phlegm sputum".split()  # noqa: SIM905
)
_GUM_NEGATION_REACH = 4
_MOUTH_SOURCES = frozenset(
    "gums gum brushing brushed brush teeth tooth floss flossing dentist encias encia dientes muela muelas "  # noqa: SIM905
    "cepillarme cepille cepillo cepillando dentista".split()
)


_LIST_OR = frozenset({"or", "nor", "ni", "o", "u"})
_CHOICE = frozenset({"or", "o", "u"})
_LIST_AND = frozenset({"and", "y", "e"})
# Denials that run over a whole list, however it ends: "denies fever, dyspnea and chest pain".
_LIST_DENIALS = frozenset("denies denied denying niega niegan nego negaba".split())  # noqa: SIM905


def _list_closing(tokens: list[str], covered: set[int], at: int) -> str:
    """How a list of signs going on from `at` ends: "or" ("…, B or C"), "and" ("…, B and C"), or ""."""
    j = at
    while j < len(tokens):
        if j in covered or (tokens[j] == _BREAK and j + 1 in covered):
            j += 1
        elif tokens[j] in _LIST_OR and j + 1 in covered:
            return "or"
        elif tokens[j] in _LIST_AND and j + 1 in covered:
            return "and"
        else:
            return ""
    return ""


def _unmeasured(hit: _Hit, hits: list[_Hit]) -> bool:
    """True when a normal temperature says nothing of `hit`: a sign other than fever, with no fever told beside it."""
    return hit.sign != "fever" and not (hit.sign == "chills" and any(other.sign == "fever" for other in hits))


def _gum_blood(tokens: list[str], sentences: list[int], negation: frozenset[str], hit: _Hit) -> bool:
    """True for blood in the spit put down to the gums or brushing ("my gums always bleed"), with no cough."""
    if hit.sign != "coughing_blood" or _COUGH_WORDS & set(tokens[hit.start : hit.end]):
        return False
    told = [i for i in range(len(tokens)) if sentences[i] == sentences[hit.start]]

    def said(words: frozenset[str], where: list[int]) -> bool:
        # "spitting blood, and it's NOT from my gums": a source denied explains nothing.
        return any(
            tokens[i] in words and not negation & set(tokens[max(0, i - _GUM_NEGATION_REACH) : i]) for i in where
        )

    # "¿escupir sangre al lavarme los dientes cuenta como 'toser sangre'?": the cough of the term
    # the spit is held up against, not one the writer has.
    own = [i for i in told if tuple(tokens[max(0, i - 2) : i]) not in _COUNTS_AS]
    return said(_MOUTH_SOURCES, told) and not said(_COUGH_WORDS, own)


# "does it count as coughing blood", "¿cuenta como toser sangre?": a term something is held up against.
_COUNTS_AS = frozenset(
    {
        ("counts", "as"),
        ("count", "as"),
        ("considered", "as"),
        ("cuenta", "como"),
        ("cuentan", "como"),
        ("considera", "como"),
    }
)


def _about_another(words: list[str]) -> bool:
    """True when `words` name another one ("the other leg", "the right one", "la otra rodilla")."""
    return bool(_OTHER & set(words)) or any(
        word == "one" and i > 0 and words[i - 1] in _SIDES for i, word in enumerate(words)
    )


# Signs no "it has passed" / "I'm fine now" silences: only a time long gone or a question does.
_NEVER_PASSED = frozenset({"suicidal"})
# Someone else's attempt on their life, told as tried: "she TRIED to kill HERSELF", "mi prima INTENTÓ SUICIDARSE".
_ATTEMPTED = frozenset("tried attempted attempt intento trato quiso".split())  # noqa: SIM905
_OTHERS_SELF = frozenset(
    "herself himself themselves themself suicidarse matarse quitarse ahorcarse envenenarse se".split()  # noqa: SIM905
)
_ATTEMPT_REACH = 3
_AFTER_WORDS_OVER = frozenset({"after", "despues", "tras"})
_DAY_UNITS = frozenset("day days night nights dia dias noche noches".split())  # noqa: SIM905
_AFTER_DAYS_REACH = 3
_OWN_SELF = frozenset("myself me matarme suicidarme quitarme ahorcarme envenenarme".split())  # noqa: SIM905
# That person safe now, or cared for.
_SAFE_NOW = (
    ("safe", "now"),
    ("is", "safe"),
    ("shes", "safe"),
    ("hes", "safe"),
    ("theyre", "safe"),
    ("in", "therapy"),
    ("out", "of", "danger"),
    ("a", "salvo"),
    ("en", "terapia"),
    ("fuera", "de", "peligro"),
)
_SELF = frozenset({"i", "im", "me", "myself", "my", "yo", "mi"})
# "is it bad if…", "¿es normal si…?": a judgement asked of a condition.
_JUDGEMENTS = frozenset("bad ok okay normal serious dangerous fine malo mala grave peligroso normal".split())  # noqa: SIM905
_JUDGED_REACH = 3
_THAT = frozenset({"that", "this", "it", "eso", "esto", "thats"})  # apostrophes are dropped: "that's" is "thats"


# "was that FROM the cells", "¿eso fue POR las células?", "fue CULPA de…": the cause asked.
_BLAME = frozenset("from because por culpa due caused causo".split())  # noqa: SIM905


# "what COUNTS as a fever", "¿a PARTIR de cuánto se CONSIDERA fiebre?": where the line is, asked.
_LINE_ASKED = frozenset(
    "counts count considered consider considera consideran consideras considerada cuenta partir "  # noqa: SIM905
    "threshold cutoff".split()
)
_HALF = frozenset({"medio", "half"})  # "37 y medio", "37 and a half": a value spelt with its half


def _blamed(words: list[str]) -> bool:
    """True when words open by asking whether something caused what was told: "was that from the cells?"."""
    words = [word for word in words if word not in (".", "so", "y", "and", "pero", "but")]
    if words[:1] in (["was"], ["fue"]) and _THAT & set(words[1:2]):
        return bool(_BLAME & set(words[2:3]))
    if _THAT & set(words[:1]) and words[1:2] in (["was"], ["fue"]):
        return bool(_BLAME & set(words[2:3]))
    return False


def _judging_that(words: list[str]) -> bool:
    """True when words open by judging what was told: "is that dangerous", "¿eso es grave?", "es normal eso"."""
    words = [word for word in words if word not in (".", "so", "y", "and")]
    return (
        (words[:1] in (["is"], ["es"]) and bool(_THAT & set(words[1:2])) and bool(_JUDGEMENTS & set(words[2:3])))
        or (bool(_THAT & set(words[:1])) and words[1:2] in (["is"], ["es"]) and bool(_JUDGEMENTS & set(words[2:3])))
        or (words[:1] == ["es"] and bool(_JUDGEMENTS & set(words[1:2])) and bool(_THAT & set(words[2:3])))
    )


_WORRY_LEADS = frozenset("thinking pensando scared afraid terrified worried miedo".split())  # noqa: SIM905
_SHORTEST_RME = 4  # "matarme", "morirme"; not "forme" or "arme"
# "not having any of this now", "no tengo nada de eso ahora": a denial among the first words.
_DENIAL_OPENING = 3
_INJECTOR = frozenset(
    "epipen epipens epi adrenaline epinephrine autoinjector adrenalina epinefrina autoinyector".split()  # noqa: SIM905
)
# "checked her", "la revisaron": a look by a clinic, which may then say all is well.
_CHECKED = frozenset(
    "checked examined revisaron reviso revisado revisada examinaron examino checaron chequearon evaluaron".split()  # noqa: SIM905
)
_CHECKED_REACH = 7
_CLINICIANS = frozenset(
    "gp doctor doc dr nurse physio surgeon consultant medico medica doctora enfermera enfermero fisio cirujano".split()  # noqa: SIM905
)
_IF = frozenset({"if", "whether", "si"})
# "before the procedure" asks ahead of it, unless a sign is told in the present beside it.
# "before the procedure", "before my appointment": a time ahead, told with what may be a sign now
# ("can you check me before my appointment on the 15th?").
_BEFORE_TREATMENT = frozenset(
    {
        ("before", "my", "procedure"),
        ("before", "the", "procedure"),
        ("antes", "del", "procedimiento"),
        ("before", "my", "appointment"),
        ("antes", "de", "la", "cita"),
        ("antes", "de", "mi", "cita"),
    }
)
_AHEAD_OF_TREATMENT = "advance-of-treatment"
# "just in case" as the last words: the reason for writing ("…probably nothing, but just in case").
_IN_CASE = frozenset({("just", "in", "case"), ("por", "si", "acaso"), ("por", "si", "las", "moscas")})
_TELLING_WHY = frozenset(
    "nothing nada writing write escribo escribiendo aviso avisando avisar messaging message telling tell "  # noqa: SIM905
    "comento contando cuento mentioning mention".split()
)
_BEFORE_LEADS = frozenset(
    {"the", "my", "del", "de", "la", "mi", "el"}
)  # "before THE", "antes DE LA"  # an `advance` that a sign told in the present undoes
_GERUND_ENDS = ("ando", "iendo", "yendo", "ing")
_PRESENT_BE = frozenset("is are am im keeps esta estoy estan sigue".split())  # noqa: SIM905
_IS_NOW = _PRESENT_BE - {"keeps", "sigue"}  # the verb "to be" alone: "my heart IS fine"
# How long a denial has held: "fever none SO FAR", "fiebre ninguna POR AHORA".
_SO_FAR = _phrases(
    "so far",
    "yet",
    "for now",
    "as of now",
    "till now",
    "until now",
    "por ahora",
    "hasta ahora",
    "de momento",
    "por el momento",
    "todavia",
    "aun",
    "hasta el momento",
)
# How far from a sign a word of severity keeps it grave ("dolor HORRIBLE en el ojo").
_EASED_REACH = 3
# "was (getting) better": how far before a wellness its past tense may stand.
_WAS_REACH = 3
# "no es para un trabajo de la facultad": how far back a "no" denies a reason to ask ahead.
_DENIED_REASON_REACH = 5
# Words of a sign's own phrase that may tell its tense ("my lips ARE swelling").
_SIGN_REACH = 4


def _ahead(advance: str, tokens: list[str], hit: _Hit) -> str:
    """The `advance` reason for `hit`: "my heart IS pounding before the procedure" is now."""
    if advance != _AHEAD_OF_TREATMENT:
        return advance
    # "TENGO los dedos del pie dormidos": a verb of having may stand a few words back in the
    # sign's clause; "IS a red streak…?" opening the clause asks.
    told = any(
        tokens[i] in _TOLD_NOW and not (tokens[i] in _PRESENT_BE and (i == 0 or tokens[i - 1] == _BREAK))
        for i in range(max(0, hit.start - _TOLD_REACH), hit.end)
    ) or bool(_HAVE_NOW & set(_clause_before(tokens, hit.start, _TOLD_CLAUSE_REACH)))
    # "THERE'S a red line running up my forearm…", "HAY una línea roja…": there now, said so.
    lead = _clause_before(tokens, hit.start, _TOLD_CLAUSE_REACH)
    there = bool(_THERE_IS_NOW & set(lead)) or any(pair == ("there", "is") for pair in itertools.pairwise(lead))
    # "asking because my left eye went completely dark ABOUT AN HOUR AGO": told as just now.
    return "" if told or there or _just_now(tokens, hit) or _judged_fact(tokens, hit) else "advance"


def _just_now(tokens: list[str], hit: _Hit) -> bool:
    """True when the sign's clause dates it minutes or hours back, or today ("an hour ago", "hace
    un rato", "esta mañana"): maybe still going on, so not a question asked ahead."""
    first, last = _clause_of(tokens, hit.start, hit.end)
    clause = tokens[first:last]
    if _RECENT_WORDS & set(clause):
        return True
    return any(
        word in _HOURS and ({"ago", "hace"} & set(clause[max(0, i - 3) : i + 2])) for i, word in enumerate(clause)
    )


_THERE_IS_NOW = frozenset({"theres", "hay"})
# "¿cómo sé si ME PASA?", "how would I know if it HAPPENS to me": the sign, if it came.
_HAPPENING_TO = frozenset("pasa pasara pase happens happen happened da diera".split())  # noqa: SIM905
_HAPPENING_REACH = 4


def _judged_fact(tokens: list[str], hit: _Hit) -> bool:
    """True for "¿es normal QUE TENGA los dedos dormidos?": Spanish judges a fact in the subjunctive,
    so "tenga" there tells the sign as "I have" does in "is it normal that I have…"."""
    before = _clause_before(tokens, hit.start, _TOLD_CLAUSE_REACH + 2)
    for i, word in enumerate(before):
        if word in _FACT_SUBJUNCTIVE and i >= 2 and before[i - 1] == "que" and before[i - 2] in _JUDGEMENTS:
            return True
    return False


# "clear yellowish fluid", "líquido claro amarillento": thin fluid from a wound in the first days
# (the labelled sets call it a side effect); cloudy, green, thick or smelly fluid is the sign.
# "clear pinkish ooze", "liquido clarito rosado": thin fluid tinged with blood is the same early seep.
_CLEAR_FLUID = frozenset(
    "clear clearish transparent transparente claro clara clarito clarita watery aguado aguadito".split()  # noqa: SIM905
)
_FLUID_WORDS = frozenset("fluid liquid liquido agua stuff a bit of little un poco poquito de".split())  # noqa: SIM905
# Verbs and nouns of a wound that seeps ("oozing", "seeping"): what comes out is told by its colour.
_SEEPING = frozenset("ooze oozing oozes oozed seep seeping seeps seeped".split())  # noqa: SIM905


def _serous(tokens: list[str], hit: _Hit) -> bool:
    """True when a discharge hit is only clear, at most yellowish, fluid ("clear yellowish fluid")."""
    if hit.sign != "discharge":
        return False
    told = tokens[hit.start : hit.end]
    return bool(_CLEAR_FLUID & set(tokens[max(0, hit.start - 2) : hit.end])) and all(
        word in _CLEAR_FLUID
        or word in _FLUID_WORDS
        or word in _SEEPING
        or word.startswith(("yellow", "amarill", "pink", "rosad", "rosit"))
        for word in told
    )


_ANY = frozenset({"any", "anything", "none", "nada", "ninguna", "ninguno"})  # "any of that", "nada de eso"


def _told_now(tokens: list[str], hit: _Hit) -> bool:
    """True when a verb of the present stands in or just before the sign ("I HAVE a fever", "IS pounding")."""
    # "si se me sale la orina…": a verb inside a condition tells nothing ("sí, tengo…" is a yes).
    lead = hit.start
    while lead > max(0, hit.start - _CONDITION_REACH) and tokens[lead - 1] != _BREAK:
        lead -= 1
    if any(tokens[i] in _IF and tokens[i + 1] != _BREAK for i in range(lead, hit.start)):
        return False
    if _TOLD_NOW & set(tokens[max(0, hit.start - _TOLD_REACH) : hit.end]):
        return True
    # "ME HA SALIDO una línea roja", "a red line HAS APPEARED": a sign told as having come up.
    # English tells it after the sign: "a red line HAS APPEARED", "a rash POPPED UP".
    before = tokens[max(0, hit.start - _TOLD_REACH - 1) : hit.start]
    return bool(_CAME_UP & set(before + tokens[hit.end : hit.end + _TOLD_REACH]))


_AS_TOLD = frozenset({"like", "as", "como"})
_CONDITION_REACH = 12  # how far back in its clause an "if" may hold the sign
_CAME_UP = frozenset(
    "salido salio sale salen salieron aparecio aparece aparecido brotado broto appeared appearing popped".split()  # noqa: SIM905
)


# Words of a question asked for study: "for a paper", "para un trabajo de la facultad".
_STUDY = frozenset(
    "paper essay thesis homework assignment school trabajo tarea tesis ensayo facultad escuela investigacion".split()  # noqa: SIM905
)
_CURIOUS = frozenset("curious curiosity curiosidad wondering wondered preguntaba".split())  # noqa: SIM905
# Asking said idly, with no time ahead ("just asking", "solo pregunto"), unlike "asking in advance".
_IDLE_ASKING = frozenset(
    {("just", "asking"), ("solo", "pregunto"), ("nomas", "pregunto"), ("me", "pregunto"), ("solo", "me", "pregunto")}
)
# "es normal que TENGA…", "es raro que ESTÉ…": the subjunctive of a fact judged.
_FACT_SUBJUNCTIVE = frozenset("tenga tengan este esten sienta sientan siga sigan".split())  # noqa: SIM905
_TOLD_CLAUSE_REACH = 5  # "tengo los dedos del pie dormidos": how far back in its clause a weak reason's verb may stand
_TOLD_REACH = 2  # "I HAVE a fever", "TENGO 39": the verb that tells a sign now stands just before it


# Words of a test's result ("tests were normal", "todo salió bien", "all clear").
_RESULTS = frozenset(
    "test tests results bloods scan scans ultrasound doppler ecg ekg clear salio salieron estudios analisis "  # noqa: SIM905
    "resultados eco ecografia electro".split()
)
# The past told of a sign itself: "was pounding", "tuve", "me latía".
_TOLD_BEFORE = frozenset("was were had felt fue tuve tuvo tenia estaba estuvo sentia senti latia dolia".split())  # noqa: SIM905
# Phrases of the past that may mean earlier today as well as long ago.
_EARLIER_SAME_DAY = frozenset({("antes", "tenia")})
# Times before now that a state in the past is told of: "ESTA MAÑANA era solo una manchita". Not
# _EARLIER, which holds "this" and "last": "this was just a bruise" judges, it tells no earlier state.
_EARLIER_TIMES = _YESTERDAY | frozenset({"manana", "morning", "antes", "before", "earlier", "first", "principio"})


def _earlier_state(tokens: list[str], span: tuple[int, int]) -> bool:
    """True when a resolution "era solo…", "was just…" tells how it was at an earlier time just named."""
    return tokens[span[0]] in _WAS_STATE and bool(_EARLIER_TIMES & set(tokens[max(0, span[0] - 3) : span[0]]))


_WAS_STATE = frozenset({"era", "was", "estaba"})
# A check by a doctor or nurse, told after a time word: "hoy LO VIO el médico", "today the GP SAW him".
_SEEN_BY = frozenset("vio vieron reviso revisaron examino examinaron saw checked examined seen".split())  # noqa: SIM905
_SEEN_REACH = 4


def _asked_once_more(tokens: list[str], at: int, clause: dict[int, int]) -> bool:
    """True when the "again" at `at` ends a question that its clause opens with "what", "which",
    "cuáles" or "how" ("what are the signs again", "how do I know again")."""
    opening = [tokens[i] for i in sorted(clause) if clause[i] == clause[at] and tokens[i] != _BREAK][:2]
    return bool((_WH_WORDS | _WHAT_OR_HOW) & set(opening))


def _tells_not_again(words: list[str]) -> bool:
    """True when a passing's words say it did not happen again ("hasn't happened again", "no ha
    vuelto a pasar"); "it hasn't come back" of sight or feeling is still lost, so not that."""
    return bool(_AGAIN_WORDS & set(words)) or any(
        word in _RETURNED_TO and words[i + 1 : i + 2] == ["a"] for i, word in enumerate(words)
    )


def _still_unwell(tokens: list[str], at: int) -> bool:
    """True when, just after `at`, the person is told to be still unwell ("…but she's not right")."""
    return bool(_find(_NOT_RECOVERED, tokens, at, min(len(tokens), at + _UNWELL_REACH)))


_UNWELL_REACH = 12
_NOT_RECOVERED = _phrases(
    "not right",
    "isnt right",
    "aint right",
    "not herself",
    "not himself",
    "not back to normal",
    "not making sense",
    "still confused",
    "still out",
    "not responding",
    "not waking",
    "hasnt come round",
    "no esta bien",
    "no esta normal",
    "no quedo bien",
    "no es la misma",
    "no es el mismo",
    "sigue rara",
    "sigue raro",
    "sigo rara",
    "sigo raro",
    "still not right",
    "still feel off",
    "still feel weird",
    "still feel strange",
    "sigue confundida",
    "sigue confundido",
    "sigue ida",
    "sigue ido",
    "no reacciona",
    "no responde",
    "no volvio en si",
    # "ya paró pero no despierta bien", "stopped but she won't wake up properly".
    "no despierta",
    "no se despierta",
    "no termina de despertar",
    "no acaba de despertar",
    "wont wake",
    "cant wake",
    "not fully awake",
    # "no se ha repetido pero sigo muy mal": unwell still, told by the writer.
    "sigo mal",
    "sigo muy mal",
    "sigue mal",
    "sigue muy mal",
    "sigo fatal",
    "still unwell",
    "still feel awful",
    "still feel terrible",
    "still feel really bad",
)


def _knowing_whether(tokens: list[str], at: int) -> bool:
    """True when tokens[at] follows "how do I know if", "¿cómo sé si": whether, asked."""
    if at < 2:
        return False
    if tokens[at - 1] in _IF:
        before = tokens[max(0, at - 5) : at - 1]
    elif tokens[at] in _WHAT_OPENERS:
        # "¿cómo sé QUE me está pasando?", "how do I know WHAT'S happening to me": the same question.
        before = tokens[max(0, at - 4) : at]
    else:
        return False
    # "sé" loses its accent and is "se"; only "cómo se" / "como sabe" is a question of knowing.
    return bool(_KNOWING & set(before)) or before[-2:] == ["como", "se"]


_WHAT_OPENERS = frozenset({"que", "whats", "what"})
_KNOWING = frozenset(
    "know tell sabria sabre saber sabe sabes notaria notar reconoceria reconocer cuenta recognise recognize spot "  # noqa: SIM905
    "identifico identificar detecto detectar".split()
)
_WITH = frozenset(
    {"with", "con", "on", "thanks", "gracias"}
)  # "much better now with counselling", "controlled now on meds"
_MEANS_REACH = 3  # "controlled on my new meds now": words between "on"/"with" and the time
_NOW = frozenset({"now", "right", "currently", "ahora", "ahorita", "en"})  # first words of the present's time phrases
_TWO_WORD_NOW = frozenset({("right", "now"), ("ahora", "mismo"), ("ahorita", "mismo")})
# "is fainting normal?", "¿es normal desmayarse?": a yes-no question about the sign as a verb
# with no person is about the thing in general; "is it normal that MY knee…" is about now.
_YES_NO_OPENERS = frozenset({"is", "are", "can", "could", "does", "do", "es", "puede", "pueden", "suele"})
# "po": Filipino English's polite particle ("is it normal po to…").
_GENERIC_LEAD = frozenset(
    "it normal common usual possible typical to tae comun posible frecuente tipico habitual po que your tu "  # noqa: SIM905
    # "¿es peligroso que la piel se ponga blanca…?", "is it dangerous for…": a judgement asked.
    "dangerous bad serious peligroso peligrosa malo grave "
    # "can someone go blind from…", "¿puede uno quedar ciego…?", "¿es normal que se hinche…?": no one in particular.
    "one someone somebody anyone people uno una alguien gente se "
    # "¿puede uno quedar ciego?": to end up so.
    "quedar quedarse volverse".split()
)
_ANYONES = frozenset("your tu se one uno una someone alguien people gente".split())  # noqa: SIM905
_GENERIC_SUBJECT_REACH = 5
_NO_ONE = frozenset("one someone somebody anyone people uno alguien gente".split())  # noqa: SIM905
_INFINITIVE = ("ar", "er", "ir", "rse", "rme", "rte", "rle")  # "desmayar", "desmayarse", "desmayarme"
# "to have", "tener": the sign as a thing one has, asked about in general.
# "es normal que den convulsiones", "es normal quedar ciego", "is it normal to go blind".
_HAVE_VERBS = frozenset(
    "have get feel experience go become tener sentir presentar darle den de da dan quedar quedarse ponerse "  # noqa: SIM905
    # "can you catch sepsis from…", "¿se puede agarrar una sepsis?": to come down with it.
    "catch contract develop agarrar contraer pescar pillar desarrollar".split()
)
# Words that put the writer (or someone close) in the question: then it is about now.
_MINE = frozenset(
    "i im ive me my mine yo mi mis tengo estoy he she hes shes".split()  # noqa: SIM905
)


# What is said of a sign named as a thing: "does X MEAN…", "is X NORMAL", "¿X PUEDE PASAR…?".
# "does fever with confusion mean…": the words a sign named as a pair may take before the second.
_PAIR_LEAD = 5
_PAIR_JOINS = frozenset({"with", "and", "plus", "con", "y", "mas"})
_MEANS = frozenset({"mean", "means", "significa", "significan"})
_MEANS_NOUNS = frozenset({"senal", "signo", "sintoma", "sign", "symptom"})
_IS_ARE = frozenset({"is", "are", "es", "son"})


def _means(words: list[str]) -> bool:
    """True when words open saying what a thing means: "significa", "means", "es señal", "is a sign"."""
    if words[:1] and words[0] in _MEANS:
        return True
    return len(words) == 2 and words[0] in _IS_ARE and words[1] in _MEANS_NOUNS | {"a"}


_GERUND_SUBJECTS = frozenset({"being", "having", "feeling", "getting"})
_INFINITIVE_SUBJECTS = frozenset({("tener",), ("sentir",), ("que", "te"), ("que", "le"), ("que", "se")})
_TOPIC_PREDICATES = frozenset(
    "mean means normal common happen happens cause dangerous serious bad emergency pasar pasa normal comun grave "  # noqa: SIM905
    "peligroso peligrosa significa malo mala emergencia urgencia senal signo sintoma sign symptom".split()
)
# Openers of a second question after "or": "…or should I worry?", "¿…o debo preocuparme?".
_SECOND_QUESTION = frozenset("should do can is am must debo deberia tengo me hay".split())  # noqa: SIM905
# A sign as the subject, then a verb that asks about it: "toser sangre puede pasar…?", "is …".
_TOPIC_VERBS = frozenset("is can could does puede podria suele es".split())  # noqa: SIM905
_TOPIC_VERB_REACH = 6


# "does saddle numbness mean WHAT I THINK it means?": the writer's thought, not the writer's sign.
_THINKING = frozenset("think thought mean meant believe guess imagine".split())  # noqa: SIM905


def _of_nobody(tokens: list[str], at: int, end: int) -> bool:
    """True when tokens[at:end] name no one who has the sign and give no reading."""
    words = tokens[at:end]
    named = {
        word
        for i, word in enumerate(words)
        if not (word == "i" and 0 < i < len(words) - 1 and words[i - 1] == "what" and words[i + 1] in _THINKING)
    }
    return not _MINE & named and not any(token[:1].isdecimal() for token in words)


def _covered(hits: list[_Hit]) -> set[int]:
    """Every position some sign's words stand at (a `together` sign's own words, not the words between them)."""
    return {i for hit in hits for i in (hit.words if hit.words is not None else range(hit.start, hit.end))}


# "is it only WITH a high fever?", "¿siempre viene CON fiebre?": what a condition named before
# ("it") comes with, asked; "can it happen WITHOUT a fever?" too.
_WITH_WORDS = frozenset("with without con sin".split())  # noqa: SIM905
_COMES_WITH = frozenset(
    "it come comes happen happens occur occurs show shows pasa viene vienen ocurre se da presenta aparece "  # noqa: SIM905
    "pasar venir ocurrir darse presentarse aparecer".split()
)
# "with a HIGH fever": how strong the sign is, before its own words.
_HOW_STRONG = frozenset("high low mild slight strong very alta alto baja bajo leve fuerte muy".split())  # noqa: SIM905
_WITH_LEAD = _COMES_WITH | frozenset(
    "is does do can could will up usually also ever always only just still solo siempre tambien nomas "  # noqa: SIM905
    "unicamente es puede suele".split()
)


def _asked_with(tokens: list[str], hit: _Hit) -> bool:
    """True for "is it only with a high fever?", "¿solo pasa con fiebre alta?": the sign as what
    something named before comes with, in a clause of no one's."""
    first = hit.start
    while first > 0 and tokens[first - 1] != _BREAK:
        first -= 1
    lead = tokens[first : hit.start]
    while lead and (lead[-1] in _ARTICLES or lead[-1] in _HOW_STRONG):
        lead = lead[:-1]
    return (
        len(lead) >= 2
        and lead[-1] in _WITH_WORDS
        and all(word in _WITH_LEAD for word in lead[:-1])
        and bool(_COMES_WITH & set(lead[:-1]))
        and _of_nobody(tokens, hit.start, _question_end(tokens, hit.start))
    )


# "AFTER the IV…", "DESPUÉS de las células…", "CON el suero…": a when that opens a question.
_WHEN_LEADS = frozenset("after despues tras luego post with con".split())  # noqa: SIM905
_WHEN_LEAD_REACH = 8


def _without_when_lead(lead: list[str]) -> list[str]:
    """`lead` without an opening "after the IV" / "después de las células" of no one in particular,
    when a yes/no question follows it; `lead` itself otherwise."""
    if len(lead) < 3 or lead[0] not in _WHEN_LEADS:
        return lead
    for k in range(2, min(len(lead), _WHEN_LEAD_REACH + 1)):
        if lead[k] in _YES_NO_OPENERS or (lead[k] == "se" and lead[k + 1 : k + 2] and lead[k + 1] in _YES_NO_OPENERS):
            return lead[k:] if not (_MINE | _OTHERS) & set(lead[1:k]) else lead
    return lead


def _told_as_topic(tokens: list[str], at: int, stop: int, end: int) -> bool:
    """True when a clause opens with the sign as a verb and asks about it: "toser sangre puede pasar?"."""
    word = tokens[at]
    if not (word.endswith("ing") or word.endswith(_INFINITIVE)) or stop >= end:
        return False
    # "¿desmayarse después del suero es una emergencia?": the verb may follow a word of when.
    verb = next((i for i in range(stop, min(end, stop + _TOPIC_VERB_REACH)) if tokens[i] in _TOPIC_VERBS), None)
    # "coughing blood is that normal?": "that" points at what the writer has.
    if verb is None or (verb + 1 < end and tokens[verb + 1] in ("that", "this", "eso", "esto")):
        return False
    return bool(_TOPIC_PREDICATES & set(tokens[verb + 1 : min(end, verb + 4)])) and _of_nobody(tokens, at, end)


# Who a sign happens to, as its first word ("si ME falta el aire"): not a word a question ends on.
_HAS = frozenset({"tengo", "tiene", "tenga", "have", "has"})
_PERSONS = _MINE | frozenset("le les se te nos his her their su sus".split())  # noqa: SIM905


# "what do I do", "¿qué hago?": a plea for help, not a question about a sign.
_PLEAS = frozenset({("i", "do"), ("we", "do"), ("i", "doing"), ("hago",), ("hacemos",), ("hacer",), ("do",)})


def _names_patient(tokens: list[str], at: int) -> bool:
    """True when, right after `at`, the writer says who is ill: "es mi esposa", "it's my husband"."""
    window = tokens[at : at + 5]
    return any(
        word in _KIN and i >= 2 and window[i - 1] in ("mi", "my") and window[i - 2] in ("es", "its", "is", "son")
        for i, word in enumerate(window)
    )


# Whether a message is worth sending: "not sure if IT MATTERS", "no sé si SEA IMPORTANTE".
_WORTH = frozenset(
    tuple(phrase.split())
    for phrase in (  # noqa: SIM905
        "it matters|this matters|that matters|it matter|matters|its important|this is important|its relevant|"
        "this is relevant|its worth|this is worth|worth mentioning|worth asking|i should bother|i should bother you|"
        "i should bother u|i should bother anyone|i should even ask|"
        "i should mention|i should write|i should message|i should ask|importa|sea importante|es importante|"
        "sea relevante|es relevante|tiene importancia|tenga importancia|viene al caso|vale la pena|los moleste|"
        "molestarlos|deba escribir|debo escribir|deberia escribir|deba preguntar|debo preguntar"
    ).split("|")
)
_WORTH_LONGEST = 4


def _worth_asked(tokens: list[str], a: int, b: int) -> bool:
    """True when the question at tokens[a:b] is whether the message is worth sending and ends with
    that ("not sure if it matters | but…", "if I should bother you"), so the sign after it is told."""
    return any(
        tuple(tokens[at : at + n]) in _WORTH and tokens[at + n : at + n + 1] in ([], [_BREAK], ["but"], ["pero"])
        for at in range(a + 1, b + 1)
        for n in range(1, _WORTH_LONGEST + 1)
    )


def _plea(tokens: list[str], a: int, b: int, sign: int) -> bool:
    """True when the question at tokens[a:b] does not ask about the sign at `sign`.

    "what do I do, I can't breathe": the question is a plea and the sign is told after it;
    "what do I do IF I can't breathe" asks about the sign.
    """
    between = tokens[b:sign]
    for plea in _PLEAS:
        n = len(plea)
        if tuple(between[:n]) == plea and not (_IF | {"when", "cuando"}) & set(between[n : n + 1]):
            return True
    return False


def _question_end(tokens: list[str], at: int) -> int:
    """Where the question holding position `at` ends: its clause, or an "or should I…" after it."""
    end = at
    while end < len(tokens) and tokens[end] != _BREAK:
        # "is it normal to get a fever or should I worry?": a second question about the writer.
        if tokens[end] in ("or", "o") and end + 1 < len(tokens) and tokens[end + 1] in _SECOND_QUESTION:
            break
        end += 1
    return end


# "dice que se siente bien", "siento que me voy a desmayar": "que" after a verb of saying or
# feeling joins what is told; it is not "¿qué…?".
_SAYING = frozenset(
    "dice dijo dijeron digo dicen creo cree siento siente parece pienso noto veo sabe "  # noqa: SIM905
    "says said think feel feels".split()
)


_YES_WORDS = frozenset({"si", "yes", "yeah", "yep", "yup", "sip"})
_COMPARED = frozenset({"than", "que"})
# "más QUE la semana pasada", "peor que ayer": "que" compares only after a word of more or less
# ("me contó QUE el año pasado…" tells what was said).
_COMPARING = frozenset("mas menos peor peores mejor mejores mayor menor igual tanto tan distinto diferente".split())  # noqa: SIM905


def _compared_with(tokens: list[str], start: int, at: int) -> bool:
    """True when tokens[start:at] hold a "than" or a comparing "que" ("worse THAN last week", "más QUE ayer")."""
    return any(
        tokens[i] == "than" or (tokens[i] == "que" and _COMPARING & set(tokens[max(0, i - 3) : i]))
        for i in range(start, at)
    )


_ABILITIES = frozenset(
    "equilibrio balance fuerza fuerzas vista voz habla aire respiracion conocimiento sentido memoria".split()  # noqa: SIM905
)
# "ahora lo quieren llevar a que le pongan células": the present of a plan for treatment.
_PLAN = frozenset(
    "quiere quieren quiero want wants planea planean planning plan van vamos going llevar book booked cita turno "  # noqa: SIM905
    "appointment scheduled agendado agendada programado programada".split()
)
_PLAN_REACH = 10
# "ahora quiere otra", "wants a second one", "quiere repetir": the treatment again, unnamed.
_RETURN = frozenset(
    "volver back regresar otro otra otros otras another same mismo misma second segunda segundo repetir repeat".split()  # noqa: SIM905
)
# Who is "fine for 4 days": the writer ("I'm", "estoy", at a clause's start), not a rule ("IS normal for a day").
_WELL_SUBJECTS = frozenset(
    "i im was been felt feel feeling all everything estoy estuve estaba ando siento sentido todo".split()  # noqa: SIM905
)

# "ya lleva una semana perfecta": carrying on well for a span of time.
_CARRYING = frozenset({"lleva", "llevo", "llevamos", "llevan", "llevaba", "van", "llevas", "been"})
_WITHOUT = frozenset({"sin", "without"})
_BEEN = frozenset({"been", "estado", "estuvo", "estuve"})
_QUITE = frozenset({"totally", "perfectly", "completely", "really", "muy", "super", "re", "totalmente"})
_NOTHING_SINCE = frozenset(
    "nada nothing anything fiebre fever sintomas symptoms problemas problems molestias calentura".split()  # noqa: SIM905
)
_MINUTES = (["minutes"], ["minutos"], ["mins"], ["min"])
_ALL_SEEN = frozenset("everything all world vision sight screen room".split())  # noqa: SIM905
_STILL_WELL = frozenset("still sigo sigue seguimos".split())  # noqa: SIM905
_TIME_UNITS = frozenset(
    "dia dias semana semanas mes meses hora horas rato day days week weeks month months hour hours".split()  # noqa: SIM905
)
# "bruises on my belly… manchas moradas": purple patches beside a bruise are the bruise.
BRUISE_WORDS = frozenset(
    "bruise bruises bruising bruised moreton moretones hematoma hematomas cardenal cardenales".split()  # noqa: SIM905
)
# A colour right beside a discharge is the discharge's: "white pus comes out" is a wound sign, not
# skin that has lost its blood supply.
_COLOUR_SIGNS = frozenset({"vessel_block", "skin_colour"})
_COLOURS = frozenset(
    """
    white whitish grey gray greyish grayish blue bluish dusky dark black yellow yellowish green greenish
    blanca blanco blancas blancos blanquecina blanquecino gris grises azul azulada azulado oscura oscuro negra negro
    amarilla amarillo verde verdosa verdoso
    """.split()  # noqa: SIM905
)
# "a white bump with pus", "un granito blanco con pus": how far the discharge of a pimple may follow it.
_PIMPLE_REACH = 6
_DISCHARGES = frozenset(
    """
    pus discharge drainage fluid liquid goo gunk ooze crust crusty scab head heads stuff
    secrecion liquido flujo costra postilla materia supuracion
    """.split()  # noqa: SIM905
)
_EYES = frozenset({"eye", "eyes", "ojo", "ojos"})
# Cosmetics for the eye area: "my eye cream stings" is the cream, not an injected eye.
_PRODUCTS = frozenset(
    """
    cream creams serum serums gel mask masks patch patches makeup shadow liner contour balm
    crema cremas serum contorno parches mascarilla sombra delineador
    """.split()  # noqa: SIM905
)
_PURPLE = frozenset("purple purplish moradas morados morada morado violetas amoratadas".split())  # noqa: SIM905
_FEARS = frozenset(
    "scared afraid terrified frightened fear fears panic panico miedo pavor terror asusta asustan".split()  # noqa: SIM905
)
_ABLE = frozenset("can could puedo puede podemos".split())  # noqa: SIM905
# Signs felt, not moved: "numb but I can move it fine" still has the sign (medical-facts.md).
_FELT_NOT_MOVED = frozenset({"new_numbness"})
_HOW_WELL = frozenset({"good", "well", "fine", "right", "bien"})
# What a body does, that "not … well" says it does badly: "can't BREATHE good", "no CAMINO bien".
_BODY_DOING = frozenset(
    "breathe breathing walk walking sleep sleeping see seeing hear hearing move moving talk talking swallow "  # noqa: SIM905
    "swallowing pee peeing respirar respiro respira caminar camino camina dormir duermo duerme ver veo ve oir "
    "oigo oye moverme mover muevo hablar hablo habla tragar trago traga orinar orino orina".split()
)
# "can't" as many say or write it: "cyaan" (Jamaica), "caint" (the US South), "cain't".
_CANT_SAID = frozenset({"cant", "cannot", "cyaan", "kyaan", "caan", "caint", "cain", "couldnt"})
# "se fue a Panamá", "went to Mexico", "flew to Cancún": a trip, told before what came home with it.
_TRAVEL = frozenset("fue fueron viajo viajaron went flew travelled traveled".split())  # noqa: SIM905
_SENSING = frozenset("siento siente veo ve oigo oye".split())  # noqa: SIM905
_MOVING = frozenset(
    "move moving bend walk use grip lift mover moverlos moverlas moverla moverlo muevo mueve doblar caminar camino "  # noqa: SIM905
    "usar levantar".split()
)
_PASSING = frozenset(
    """
    settled went gone passed stopped calmed eased faded cleared paso quito fue fueron calmo bajo detuvo paro pararon
    dejo dejaron
    """.split()  # noqa: SIM905
)
# "hasn't happened AGAIN", "no se ha REPETIDO", "no ha VUELTO A pasar": it did not happen again.
_AGAIN_WORDS = frozenset("again repetido repitio repetir repetirse".split())  # noqa: SIM905
_RETURNED_TO = frozenset({"vuelto", "volvio"})  # "no ha vuelto A pasar", not "la vista no ha vuelto"
# "IT settled", "SE me pasó", "YA paró": the sign told before, passing (Spanish names no "it").
_IT_PASSED = frozenset({"it", "se", "ya"})
_SINCE_WORDS = frozenset({"desde", "since", "hace", "for"})
_BECAUSE = frozenset("because since bc cuz coz cause porque pq xq".split())  # noqa: SIM905
_FEAR_OBJECT = frozenset("of about de del a al".split())  # noqa: SIM905  # "scared OF", "miedo A"
_FEAR_GIVEN = frozenset("da dan me".split())  # noqa: SIM905  # "me DA pánico la aguja", "ME asusta"
# Words that tell the sign after a fear, as its reason or its content ("scared BECAUSE…", "miedo
# PORQUE…", "I'm scared I'M…"): the sign is then told, now.
_TOLD_AFTER_FEAR = _BECAUSE | frozenset("as that que como im ive estoy tengo siento ya now ahora".split())  # noqa: SIM905
_GOERS = frozenset("i im am we were are he she hes shes is".split())  # noqa: SIM905  # who goes again
_PLANNING = frozenset("va voy vamos van a going to gonna will".split())  # noqa: SIM905
# "va a repetir", "going to repeat": the treatment, again.
_REPEATS = frozenset("repetir repite repito repetimos repeat repeating redo".split())  # noqa: SIM905
# After "once" / "una vez": how often ("once a day", "una vez al día"), or again ("once more").
_NOT_ONCE = frozenset("a al more mas again in every cada per por today hoy tonight".split())  # noqa: SIM905
# The last word of a question that the sign must go on ("can you GO blind", "¿te puedes QUEDAR ciego?").
_OPEN_VERBS = frozenset({"go", "quedar", "queda", "quedado"})
# "this bill is gonna give me a heart attack": the attack named, given by daily life.
_ATTACKS = frozenset({"attack", "infarto", "infartos", "stroke", "derrame", "patatus", "soponcio"})
_GIVING = frozenset("give gives giving gave gonna dar da dio dando dara daran".split())  # noqa: SIM905
_DAILY_NOUNS = frozenset(
    "bill bills price prices cost costs boss job work traffic news kids kid taxes rent invoice "  # noqa: SIM905
    "factura facturas cuenta cuentas precio precios costo jefe jefa trabajo trafico noticias ninos chamacos "
    "impuestos renta alquiler reminder reminders recordatorio recordatorios alarm alarms alarma alarmas "
    "notification notifications notificacion notificaciones".split()
)
# "…gives me a heart attack EVERY TIME my phone buzzes", "me da un infarto CADA VEZ que suena": told
# as what always happens, a way of speaking; an attack happens once.
_EVERY_TIME = (("every", "time"), ("each", "time"), ("whenever",), ("cada", "vez"), ("siempre", "que"))
# "THIS is giving me a heart attack", "ESTO me va a dar un infarto": pointed at, before the attack.
_POINTERS = frozenset("this that these you youre esta este esto eso esa ese estos estas tu usted vos".split())  # noqa: SIM905
_FEELING_IT = frozenset("feel feels feeling felt think siento sentia senti creo pienso parece".split())  # noqa: SIM905
_PASSED = frozenset({"paso", "pasaron", "pasado", "passed"})  # the last word of a passing that may be of time
# Words "uñas" (nails) follows: "las uñas", "mis uñas", "de las uñas", "tiene uñas".
_NAILS_AFTER = frozenset("las mis sus tus les the my his her y de en con tiene tengo".split())  # noqa: SIM905
_BLUE = frozenset("blue bluish azul azules azulado azulada".split())  # noqa: SIM905
# Parts whose blue is short of blood, whatever else the clause tells: "…and my LIPS went blue".
_BLUE_PARTS = frozenset("skin piel lips lip labios fingers fingertips dedos nails unas face cara tongue lengua".split())  # noqa: SIM905
_WHO = frozenset({"who", "whom", "quien", "quienes"})
# "years later", "años después": a time counted on from the treatment.
_AFTERWARDS = frozenset({"after", "later", "despues", "tarde"})
_POSSESSIVES = frozenset({"my", "his", "her", "our", "their", "mi", "su", "nuestra", "nuestro", "tu", "your"})
_OTHER_WORDS = _KIN | frozenset(
    """
    uncle aunt cousin friend neighbour neighbor nephew niece coworker mate buddy pal colleague ex tio tia primo prima
    amigo amiga vecino vecina sobrino sobrina compadre comadre cunado cunada companero companera guy lady woman man
    pana parce parcero parcera cuate cuata compa colega chamo chama bro dude homie acquaintance conocido conocida
    workmate classmate roommate
    someone somebody people alguien senora senor chico chica tipo persona gente family familia
    """.split()  # noqa: SIM905
)
# "three WOMEN went blind", "unas MUJERES quedaron ciegas": plurals as the language makes them.
_OTHERS = _OTHER_WORDS | _plurals(_OTHER_WORDS) | _plurals(_KIN_WORDS)
# Who or what a sentence is about, before its verb ("SHE is bleeding", "IT is oozing").
_SUBJECT_PRONOUNS = frozenset("it its they theyre we you hes shes ella el ellos ellas".split())  # noqa: SIM905
# Someone named: the writer, kin or another person ("MY mum", "her", "mi vecino").
_SOMEONE_NAMED = _MINE | _OTHERS | _KIN
_SENTENCE_SUBJECTS = _SOMEONE_NAMED | _SUBJECT_PRONOUNS
# "what sepsis LOOKS LIKE", "what a clot FEELS LIKE".
_LOOKS_LIKE = frozenset(
    {("looks", "like"), ("look", "like"), ("feels", "like"), ("feel", "like"), ("se", "ve"), ("se", "siente")}
)
# Signs a whole group cannot have at once, so "we are confused" is about a choice.
_PUZZLING = frozenset({"confusion"})
# A claim just made by someone else: "the clinic SAYS…", "en el grupo DICEN…".
_CLAIMED = frozenset("says said claims claimed posted dice dicen dijo dijeron publico afirma".split())  # noqa: SIM905
_CONFUSED = frozenset("confused confundido confundida confuso confusa".split())  # noqa: SIM905
# The words a bare reaction may hold beside "confused": "so confused lol", "estoy re confundida".
_BARE_FEELING = frozenset(
    "im i am so very kinda totally now lol honestly tbh really estoy muy super re bien ahora jaja".split()  # noqa: SIM905
)
_BARE_PUZZLED = _BARE_FEELING | frozenset("getting bit little kind of a me un poco poniendo".split())  # noqa: SIM905
# What puzzles a writer who then says "I'm confused": prices, quotes, what was seen or read.
_PUZZLERS = frozenset(
    """
    seen read heard quoted quotes quote prices price cost costs options answers advice opinions ads adverts
    articles videos info information visto leido lei escuchado precios precio cuesta cuestan opciones
    respuestas consejos anuncios informacion cotizaciones cotizacion cotizaron
    difference differences proven approved choose choice compare versus diferencia diferencias comprobado
    aprobado aprobada elegir escoger comparar
    """.split()  # noqa: SIM905
)
_PUZZLE_REACH = 12
_FEVER_TOLD = frozenset("fever fevers feverish fiebre calentura temperature temperatura temp febril".split())  # noqa: SIM905
_SOMEONE_ELSE_OBJECTS = frozenset("him her them lo la le despertarla despertarlo despertarle".split())  # noqa: SIM905
# What a medicine is for: "seizure meds", "pastillas para las convulsiones".
_MORE = frozenset({"more", "worse", "mas", "peor"})
# What opens the moment pain is worse at: "when I walk", "at night", "por la noche", "al caminar".
_WHEN_DOING = frozenset("when whenever while if cuando si al mientras".split())  # noqa: SIM905
_WHERE_REACH = 3
_PLACES = frozenset(
    "knee knees hip shoulder back leg arm neck ankle joint site rodilla rodillas cadera hombro espalda pierna brazo "  # noqa: SIM905
    "cuello tobillo articulacion zona".split()
)
_AT_TIME = frozenset("at in during by por en de durante a".split())  # noqa: SIM905
_PARTS_OF_DAY = frozenset(
    "night nights nighttime morning mornings evening evenings afternoon afternoons bedtime noche noches manana "  # noqa: SIM905
    "mananas tarde tardes madrugada madrugadas".split()
)
# A trend over days: "worse every day", "more than yesterday", "cada vez más", "getting worse".
_TREND = frozenset(
    "every each than daily yesterday before getting keeps still cada vez que ayer antes "  # noqa: SIM905
    "sigue va empeora empeorando".split()
)
_THIS_TIME = (("esta", "vez"), ("this", "time"), ("this", "round"))
_OWN_TIME = frozenset("desde since hace ago now ahora ahorita today hoy tonight just acaba acabo".split())  # noqa: SIM905
# "en enero me desmayé" is weeks back; not with a time of today or of a plan beside it.
_TODAY_OR_PLANNED = _OWN_TIME | _FUTURE
# "TENGO un dolor en el pecho…, me operaron del corazón en 2019": a sign had now, of the present.
# "not sure or…", "no sé o…": the "no" of doubt, which lists no place.
_UNSURE_AFTER_NO = frozenset("sure idea know se seguro segura".split())  # noqa: SIM905
_HAVE_NOW = frozenset("tengo tiene tenemos siento sientes have has feel feels".split())  # noqa: SIM905
# Verbs that tell a sign in the present: "no la PUEDO doblar", "I CAN'T bend it", "TENGO 38".
_TOLD_NOW = _PRESENT_BE | _HAVE_NOW | frozenset("puedo puede can cant cannot".split())  # noqa: SIM905
_BARE_DATED = frozenset({"fue", "it"})  # "fue hace…", "it was…": no "that" pointing back at all told
# A sign told in the present, with a verb of being or having, or of hurting ("my chest HURTS a lot").
_TOLD_OR_HURTS_NOW = _TOLD_NOW | frozenset("hurts aches burns duele duelen arde arden".split())  # noqa: SIM905
# A reading shown now, right before it: "the thermometer SAYS 38.0", "el termómetro MARCA 38,2".
_SHOWS_NOW = frozenset("says reads shows marca dice muestra".split())  # noqa: SIM905
# A sign told in the present as it grows: "it GETS redder", "it KEEPS swelling", "SIGUE hinchándose".
_TOLD_OR_GETTING_NOW = _TOLD_OR_HURTS_NOW | frozenset("gets getting keeps sigue siguen".split())  # noqa: SIM905
# What comes out of a wound, told in the present: "SALE líquido", "BOTA pus", "it SMELLS".
_SEEN_NOW = frozenset(
    "sale salen bota botan huele huelen supura supuran gotea escurre oozes oozing smells stinks leaks leaking "  # noqa: SIM905
    "drains draining weeps weeping comes coming saliendo botando supurando goteando escurriendo chorreando "
    "drenando".split()
)
_SEEN_OR_TOLD_NOW = _TOLD_OR_HURTS_NOW | _SEEN_NOW
_UNTIL = frozenset({"until", "till", "til", "hasta"})
# Before a weekday, these put it ahead: "wait TILL thursday", "HASTA el jueves", "NEXT monday".
_AHEAD_TO = _UNTIL | frozenset("next proximo proxima upcoming coming".split())  # noqa: SIM905
# Past forms of "to be" that tell a state back then: "was fine on day 5", "estaba bien ayer".
_WAS = frozenset({"was", "were", "estaba", "estaban", "estuvo", "estuve", "estabamos", "andaba", "iba"})
# Past verbs of having or being given: "I HAD a fever", "le DIO un mareo", "estuve mal".
_HAD_BACK_THEN = _WAS | frozenset({"tuve", "tuvo", "had", "got", "dio"})
_TOLD_BACK_THEN = _HAD_BACK_THEN | frozenset("tuvimos tuvieron dieron salio salieron paso".split())  # noqa: SIM905
_CAME_ON = frozenset({"got", "dio"})  # "I GOT a fever", "me DIO fiebre": began, maybe not ended
# Signs that end by themselves: told weeks back, they are over.
_EPISODES = frozenset({"fainting", "seizure"})
# "it WAS a clot", "ERA un coágulo", "FUE un infarto": naming what something turned out to be.
_WAS_NAMED = frozenset({"was", "era", "fue"})
# What else works well ("BREATHING is fine", "RESPIRO bien", "hoy LEÍ el periódico sin problema"), or
# well said as "otherwise" ("fine THO").
_FUNCTIONS_WELL = frozenset(
    """
    breathing breath breathe walking walk bladder pee peeing vision eyesight sight speech talking appetite
    respiro respiracion respirar camino caminar orina orino vista veo hablo apetito
    read reading leer leo lei leyendo walked camine caminando
    """.split()  # noqa: SIM905
)
_OTHERWISE = frozenset("tho though otherwise aunque anyway".split())  # noqa: SIM905
_PASSING_ASKED = frozenset("will would does do should could can might if whether gonna".split())  # noqa: SIM905
# "they FOUND a clot", "me DETECTARON un trombo": what a test showed it was, as "it was".
_FOUND_NAMED = frozenset(
    "found diagnosed detected encontraron detectaron diagnosticaron hallaron vieron "  # noqa: SIM905
    "encontro detecto diagnostico".split()
)
# "a SMALL clot", "un coágulo PEQUEÑO": how big what was found was.
_FOUND_SIZES = frozenset("small tiny little big large pequeno pequena chiquito chiquita grande".split())  # noqa: SIM905
# How many sentences after a sign may tell how its story ended ("fine since").
_ENDING_SENTENCES = 2
_WORSE_ONLY = frozenset("worse getting peor".split())  # noqa: SIM905
_INFINITIVE_ENDS = ("ar", "er", "ir")


def _infinitive_at(tokens: list[str], at: int) -> bool:
    """True when tokens[at] looks like a Spanish infinitive ("volvió a SANGRAR"), not "a casa"."""
    return at < len(tokens) and tokens[at].endswith(_INFINITIVE_ENDS)


_BACK_MYSELF = frozenset("vuelvo volvi volvemos volvimos regrese regresamos".split())  # noqa: SIM905
_BACK_ELSEWHERE = (["to"], ["home"], ["from"], ["al"], ["de"], ["del"], ["normal"], ["clear"])
# What may stand before "came back", "again", "volvió" when it is the sign that is back.
_BACK_OPENERS = frozenset(
    "it its they and then but y pero luego se ya started starts starting began begun empezo comenzo".split()  # noqa: SIM905
) | {_BREAK}
# Signs that are a loss of feeling, strength or sight: "it all came back" is the loss's end.
_LOSSES = frozenset({"leg_weakness", "vision_loss", "new_numbness", "groin_numbness", "stroke"})
_RETURNED = frozenset(
    """
    all everything feeling sensation vision sight strength movement todo sensibilidad sensacion vista fuerza
    movimiento
    """.split()  # noqa: SIM905
)
_CAUSING = frozenset("cause causes give trigger causan causa dan provocan provoca".split())  # noqa: SIM905
_LOST_NOW = frozenset("cant cannot siento veo puedo muevo noto can is are esta estan tengo".split())  # noqa: SIM905
# Beside sight kept, these tell it came back: "YA veo bien", "I see fine NOW", "veo bien DESDE hace horas".
_BACK_AGAIN = frozenset("ya ahora ahorita now again otra nuevo desde since back".split())  # noqa: SIM905
_PARTLY = frozenset("bit little partly partially poco poquito poquita medio not no".split())  # noqa: SIM905
# How little a sign passed: "se bajó UN POCO", "went down A BIT", "eased SLIGHTLY".
_PARTLY_SAID = _phrases(
    "un poco",
    "un poquito",
    "un poquitin",
    "poquito",
    "algo",
    "a bit",
    "a little",
    "a tiny bit",
    "a little bit",
    "slightly",
    "somewhat",
    "partly",
    "partially",
    "kinda",
    "kind of",
    "a medias",
    "en parte",
    "nada mas un poco",
)
# "a bit later", "un poco después": when, not how much.
_LATER_WORDS = frozenset("later after afterwards despues luego mas asi time".split())  # noqa: SIM905
_RETURN_TAIL = frozenset(
    """
    after within in by later completely fully slowly gradually to on over despues luego al a en completamente
    del poco toda todo sola solo now ya ahora
    """.split()  # noqa: SIM905
)
_SAID = frozenset("said told dijo conto decia contaba".split())  # noqa: SIM905
# Caught an illness: "caught sepsis", "agarró una infección", "contrajo", "developed a clot".
_CAUGHT = frozenset("caught developed contracted agarro contrajo cogio pesco desarrollo".split())  # noqa: SIM905
_RETOLD = _CAUGHT | frozenset(
    "couldnt could had was were got went wasnt didnt tuvo estuvo podia pudo dio quedo estaba tenia sentia "  # noqa: SIM905
    "dejaron dejo".split()
)
_HOSPITALISED = frozenset(
    "taken admitted hospitalized hospitalised llevaron internaron ingresaron hospitalizaron".split()  # noqa: SIM905
)
_INDEFINITE = frozenset({"a", "an", "un", "una"})
# Sent home after a treatment: "me dieron de alta ayer" dates the going home, not a sign.
_GONE_HOME = _phrases(
    "discharged", "dieron de alta", "dio de alta", "dieron el alta", "dio el alta", "dado de alta", "dada de alta",
)  # fmt: skip
# Where a sign is taken to be seen at once; a discharge from there ends the visit for the sign.
_EMERGENCY_VISIT = frozenset("er ed urgencias emergencias emergency hospital guardia ambulance ambulancia".split())  # noqa: SIM905
_PIMPLES = frozenset(
    """
    pimple pimples head heads bump bumps pus blister blisters pustule pustules zit zits whitehead whiteheads granos
    grano granitos granito ampolla ampollas espinillas cabecitas barritos
    """.split()  # noqa: SIM905
)
# What a writer stops that is not the sign: "stopped THE blood thinner", "stopped MY meds", "stopped TAKING".
# What a body passes ("passed water", "passed a clot"): passed out of it, not passed off.
_PASSED_FROM_BODY = frozenset("water urine stool stools wind gas blood clots clot".split())  # noqa: SIM905
_STOPPED_OBJECTS = frozenset(
    "the my her his their taking using eating drinking working out exercising smoking".split()  # noqa: SIM905
)
_STOPPED_WHEN = frozenset("day next following same morning night evening afternoon week first second".split())  # noqa: SIM905
_HOT_WORDS = frozenset("hot warm caliente calientes calientita calientito tibia tibio".split())  # noqa: SIM905
_HOT_THINGS = frozenset(
    "compress compresses pack packs pad pads water bottle bath shower towel cloth compresa compresas bolsa "  # noqa: SIM905
    "bolsas agua bano ducha toalla pano panos guatero termo".split()
)
_COLOURED_PRODUCTS = frozenset(
    """
    algae alga algas tea juice smoothie powder drink shake pill pills capsule capsules gummies gummy te jugo polvo
    batido licuado pastillas capsulas gomitas
    """.split()  # noqa: SIM905
)
_BACK_NOW = frozenset({("came", "back"), ("come", "back"), ("is", "back"), ("are", "back")})
_WHOLLY = frozenset("totally fully completely all 100 entirely".split())  # noqa: SIM905
_RECOVERED = frozenset("recupere recupero recuperado recovered regained".split())  # noqa: SIM905
_NOT_RETURNED = frozenset("hasnt havent hadnt never not didnt doesnt wont no nunca".split())  # noqa: SIM905
_HEALTHY_COLOURS = frozenset("pink pinkish rosada rosado rosadita rosadito normal".split())  # noqa: SIM905
# "both legs are THE SAME again", "están IGUALES otra vez", "fine again": alike, or well, once more.
_ALIKE_AGAIN = frozenset("same iguales igual normales fine bien even".split())  # noqa: SIM905


def _well_again(tokens: list[str], at: int, start: int) -> bool:
    """True when the "again" at `at` follows a healthy colour or a likeness ("pink again",
    "iguales otra vez"): what came back is the normal, not the sign."""
    return tokens[at] in _AGAIN and (
        bool(_HEALTHY_COLOURS & set(tokens[max(start, at - 2) : at])) or (at > start and tokens[at - 1] in _ALIKE_AGAIN)
    )


_RETURN_WORDS = frozenset("come came back vuelto volvio regreso returned".split())  # noqa: SIM905
_DURING = frozenset("during while durante mientras when cuando".split())  # noqa: SIM905
# A question of the writer's about what will happen: "AM I GOING TO faint…", "¿ME VOY A desmayar…".
_COMING_LEADS = (
    ("am", "i", "going", "to"),
    ("am", "i", "gonna"),
    ("will", "i"),
    ("could", "i"),
    ("might", "i"),
    ("me", "voy", "a"),
    ("me", "puedo"),
    ("me", "podria"),
    ("voy", "a"),
)
# "…during THE IV", "…durante EL suero": the treatment the question looks ahead to, named after the sign.
_AT_TREATMENT = frozenset("during durante at in en after".split())  # noqa: SIM905
_AT_TREATMENT_REACH = 4
# "the night of the injection", "el día de la infusión": the treatment's own day.
_DAY_OF = frozenset(
    {
        ("night", "of"),
        ("day", "of"),
        ("evening", "of"),
        ("noche", "de"),
        ("dia", "de"),
        ("tarde", "de"),
        ("night", "after"),
    }
)


_SESSION_ORDINALS = frozenset(DAY_ORDINALS) | frozenset(
    "primera segunda tercera cuarta quinta 1ra 2da 3ra last latest previous ultima ultimo anterior".split()  # noqa: SIM905
)
_AT_IT = frozenset({("en", "la"), ("en", "el"), ("at", "the"), ("at", "my"), ("at", "his"), ("at", "her")})
_AT_ITS_SITE = (["site"], ["spot"], ["area"], ["sitio"], ["zona"], ["point"])


def _at_treatment(words: list[str]) -> bool:
    """True when `words`, just before a treatment, put something at its time ("during", "the night of")."""
    if _BREAK in words:
        words = words[len(words) - words[::-1].index(_BREAK) :]
    return bool(_DURING & set(words)) or any(pair in _DAY_OF for pair in itertools.pairwise(words))


_DURING_REACH = 4  # "during THE BONE MARROW harvest": the words that name which treatment
# "home now", "back home", "ya en la casa": the writer has left the clinic since.
_HOME = frozenset({"home", "casa", "casita"})
_HOME_NOW = frozenset({"now", "back", "got", "ahora", "ya", "llegue", "llegamos", "regrese", "volvi"})
_HOME_REACH = 3  # "ahora EN LA casa", "now AT home": the words between


def _home_now(tokens: list[str]) -> bool:
    """True when the writer tells they are home now ("home now", "ahora en la casa", "back home")."""
    return any(
        token in _HOME
        and (
            bool(_HOME_NOW & set(tokens[max(0, i - _HOME_REACH) : i]))
            or tokens[i + 1 : i + 2] in (["now"], ["ahora"], ["ya"])
        )
        for i, token in enumerate(tokens)
    )


_SHOULD_I = frozenset("we debo deberia necesito tomo puedes".split())  # noqa: SIM905
_INVERTED = frozenset("am is are was were".split())  # noqa: SIM905
_SUBJECTS = frozenset("i he she it we they you u".split())  # noqa: SIM905
# Verbs that make a clause whole: "if the ibuprofen IS hiding it".
# "not sure if this COUNTS as an emergency, but…": counting is a verb of its own clause too.
_CLAUSE_VERBS = frozenset(
    "is are was were has have had does did es esta estan son fue era hay counts count cuenta cuentan".split()  # noqa: SIM905
)
_SOMETHING = frozenset({"algo", "something", "everything", "todo"})
# Where a smell would come from the body: "algo huele raro EN LA HERIDA".
_BODY_SITES = frozenset(
    """
    wound cut site incision stitches scar bandage dressing knee hip back shoulder arm leg skin injection
    herida corte sitio incision puntos cicatriz venda vendaje gasa rodilla cadera espalda hombro brazo pierna piel
    pinchazo inyeccion
    """.split()  # noqa: SIM905
)
# The words a bare story of a treatment is told with, besides the treatment's own: who, where, when.
_STORY_WORDS = (
    _OTHERS
    | _PLACES
    | _LIMBS
    | _BODY_SITES
    | _WEEKDAYS
    | _YESTERDAY
    | _TODAY_NOW
    | _PARTS_OF_DAY
    | frozenset(
        """
        a al el la las los lo le les me mi mis su sus tu my his her their our your the an in on at to of into
        de del en con y e and both ambos ambas dos two three tres i he she they we it them him us yo ella
        was were is are has have had got get gets did done put puse pusimos aplicaron aplico colocaron coloco
        inyecte received recibio recibi recibimos hizo hicimos se this that these este esta estas estos ese esa
        stem cell cells celulas spine columna face cara scalp cuero cabelludo eye eyes ojo ojos elbow codo
        hips shoulders caderas hombros codos tobillos ankles lower lumbar left right izquierda izquierdo
        derecha derecho ago hace last past pasada pasado week weeks semana semanas day days dia dias month months
        mes meses just recien apenas hi hello hey hola buenas buenos good
        """.split()  # noqa: SIM905
    )
)
# An ache told plainly, with no word of how bad or how it changes ("hurts", "me duele").
_PLAIN_ACHE = frozenset(
    "hurt hurts hurting ache aches aching achy sore tender duele duelen dolor adolorido adolorida adolorada".split()  # noqa: SIM905
)
_SINCE_OR_AFTER = frozenset("since desde after despues from".split())  # noqa: SIM905
_DEMONSTRATIVES = frozenset("that this thats eso esto esa este".split())  # noqa: SIM905
# A sign named as a topic: "LO DE los coágulos", "THE BIT ABOUT clots", "clots in the lungs THING".
_TOPIC_OPENERS = (
    ("lo", "de"),
    ("lo", "del"),
    ("eso", "de"),
    ("eso", "del"),
    ("el", "tema", "de"),
    ("el", "tema", "del"),
    ("la", "idea", "de"),
    ("part", "about"),
    ("bit", "about"),
    ("thing", "about"),
    ("stuff", "about"),
    ("idea", "of"),
    ("talk", "of"),
    ("talk", "about"),
)
_TOPIC_NOUNS = frozenset({"thing", "stuff", "part", "bit", "business"})
# What a message is about: "ALGO DE la fiebre", "THE PART ABOUT fever", "LA PARTE DE la fiebre".
_MESSAGE_TOPIC_OPENERS = (
    *_TOPIC_OPENERS,
    ("algo", "de"),
    ("algo", "del"),
    ("algo", "sobre"),
    ("la", "parte", "de"),
    ("la", "parte", "del"),
    ("something", "about"),
    ("the", "part", "about"),
    ("the", "bit", "about"),
    ("the", "section", "on"),
    ("the", "section", "about"),
)
# Reading, sending or understanding a message, the language it is in, or the data kept of it.
_MESSAGE_WORDS = frozenset(
    """
    understand understood read reading sent send wrote written message messages text translate translation
    english spanish ingles espanol entiendo entendi entender leer lei mandaste mandaron enviaste enviaron
    escribiste mensaje mensajes texto traducir traduce traduccion
    data datos store stored storing keep save saved record records guardan guardas guardar guardado guardada
    guardados guardadas
    registro registros
    """.split()  # noqa: SIM905
)
_MESSAGE_REACH = 12
# "the messages I sent ABOUT my fever", "lo que escribí SOBRE mi fiebre": what was written, then its topic.
_WRITTEN_ABOUT = frozenset("about regarding sobre acerca".split())  # noqa: SIM905
_WRITTEN = frozenset(
    "messages message texts chats sent wrote typed texted mensajes mensaje mande escribi envie conte puse".split()  # noqa: SIM905
)
_WRITTEN_REACH = 4
# Who sees, shares or keeps what the writer sent: a question about their data.
_DATA_KEPT = frozenset(
    """
    share shares sharing shared stored store stores keep keeps kept delete erase private privacy confidential access
    comparten compartir comparte compartan guardan guarda guardar borrar borran privado privada privacidad
    confidencial acceso
    """.split()  # noqa: SIM905
)
_WHO_ASKED = frozenset({"who", "quien", "quienes"})
_SEEING = frozenset("see sees read reads ver ve ven lee leen".split())  # noqa: SIM905
# What a sign does to anyone: "sepsis MAKES YOU confused", "la sepsis TE DEJA confundido".
_MAKES_ANYONE = frozenset(
    {
        ("makes", "you"),
        ("make", "you"),
        ("makes", "people"),
        ("make", "people"),
        ("gives", "you"),
        ("can", "make"),
        ("can", "cause"),
        ("te", "pone"),
        ("te", "deja"),
        ("te", "hace"),
        ("te", "da"),
        ("lo", "pone"),
        ("la", "pone"),
        ("puede", "causar"),
        ("puede", "dar"),
        # "…diciendo que ESO DA embolia", "saying THAT CAUSES a clot": what something is said to cause.
        ("eso", "da"),
        ("eso", "causa"),
        ("eso", "provoca"),
        ("that", "causes"),
        ("that", "gives"),
    }
)
_CAUSES_IT = frozenset({("causes",), ("causa",), ("provoca",)})
# Someone else saying so. Not _SAYING: the writer's own "creo", "siento", "I feel" are not hearsay.
_SAYS_SO = frozenset("says said saying thinks reckons read dice dijo diciendo piensa cree leyo".split())  # noqa: SIM905
_ANY_ARTICLE = _ARTICLES | frozenset({"unos", "unas", "los", "las"})
# What a feared topic does to the writer, told just after it ("…me da miedo", "…scares me").
_FEAR_WORDS = frozenset(
    "scares scare scared frightens frighten terrifies terrify worries freaks miedo asusta asustan aterra aterran "  # noqa: SIM905
    "preocupa preocupan".split()
)
_FEAR_REACH = 5
_SIGN_JUDGED_REACH = 8
# "this red line", "esa raya", "estos puntitos": a thing pointed at, before a sign.
_POINTING = frozenset("this these esta estas este estos esa esas ese esos".split())  # noqa: SIM905
_ESTA = frozenset({"esta", "estas"})
_WELL_TAILS = frozenset({"feeling", "again"})
# The bot's own features, named by the sign they are about ("fever reminders", "recordatorios de la fiebre").
_FEATURES = frozenset(
    "reminder reminders alert alerts notification notifications recordatorio recordatorios aviso avisos alerta "  # noqa: SIM905
    "alertas notificacion notificaciones".split()
)
_RECORDS = frozenset("readings records data log logs history lecturas registros datos historial".split())  # noqa: SIM905
# What is asked of records kept: who sees them, where they are stored, how to delete them.
_DATA_ASKS = frozenset(
    "who see sees share shared store stored stores delete erase privacy private quien quienes ve ven ver "  # noqa: SIM905
    "comparte compartir guardan guarda guardar borrar borran privacidad privado".split()
)
_SITE_REACH = 5
_INJECTED = frozenset("injected injection shot needle inyectaron inyecto pincharon pinchazo inyeccion aguja".split())  # noqa: SIM905
# "ya PASARON 3 días": time gone by, told with the verb a sign's passing uses too.
_TIME_PASSED = frozenset({"pasaron", "paso", "pasado", "passed"})
_SIMILE = frozenset({"like", "como", "something", "algo", "si"})
_SOMETHING_DIED = frozenset({"died", "dead", "murio", "muerto"})
_STUCK_PARTS = frozenset("ojo ojos parpado parpados pestanas herida gasa venda".split())  # noqa: SIM905
# A sign told as going on now ("ESTÁ colorada y lo colorado VA subiendo"), near the sign.
_GOING_NOW = _TOLD_NOW | frozenset("va van sigue siguen keeps going".split())  # noqa: SIM905
_GOING_REACH = 5
# "I THOUGHT I was…", "PENSÉ que…": a sign believed, then taken back by what it was.
_THOUGHT = frozenset("thought pense crei creia pensaba imagined".split())  # noqa: SIM905
_TURNED_OUT = frozenset({("it", "was"), ("turned", "out"), ("it", "turned"), ("was", "just"), ("en", "realidad")})
_TURNED_OUT_ONE = frozenset({"era", "fue", "resulto", "turns", "actually"})
_CAME_OUT = frozenset("sale salen salio salieron aparece aparecen aparecio aparecieron hizo formo".split())  # noqa: SIM905
_ESTA_FORMS = frozenset({"esta", "estan"})
_COMING_OUT = frozenset({"saliendo", "apareciendo", "formando", "haciendo"})
_VERB_ENDS = ("ando", "iendo", "ado", "ido")
# "dice que SON células muertas", "says IT'S dead cells": what the thing just told is said to be.
_IT_IS = frozenset("es son its it theyre".split())  # noqa: SIM905
# People seldom beside the writer: their sign, then a general question, is a story.
_DISTANT = _OTHERS - _KIN - {"mate", "partner", "pareja"}
_DOUBT = frozenset("sure seguro segura know se sabemos idea clue".split())  # noqa: SIM905
_HELP_NOW = frozenset(
    "do hago hacemos hacer help ayuda ayudame auxilio 911 112 ambulance ambulancia hurry rapido".split()  # noqa: SIM905
)
_REFLEXIVE = frozenset({"se", "me", "te", "nos", "le"})
# Verbs of doing, a plea only in "what do I do", "qué hago": "yo me lo hago en marzo" is a plan.
_DOING = frozenset({"do", "hago", "hacemos", "hacer"})
_WHAT_OR_HOW = frozenset({"what", "how", "que", "como"})
# What is kept when "keep" takes an object: "keep them written", "keep it on the fridge".
_KEPT_THINGS = (["them"], ["it"], ["this"], ["that"], ["these"], ["a"], ["the"], ["my"])
_HAPPENING = _STILL | frozenset({"is", "are", "esta", "estan", "keeps", "sigue", "today", "hoy", "tonight"})
# Words that say a story told of someone is still going on: "…and she WON'T wake up", "JUST collapsed".
_GOING_ON = _HAPPENING | frozenset("just acaba acabo shes hes theyre wont cant doesnt isnt".split())  # noqa: SIM905
# What others say to wave a sign away: "dicen que fue un bajón nomás", "says it's nothing".
_DISMISSAL = frozenset({"nomas", "nada", "normal", "nothing", "fine", "solo", "just", "only", "bien", "ok", "okay"})
# The words that make a wellness today's: "ahora está bien", "now he's fine", "hoy ya normal".
# The writer's own sign, told just before it: "MY chest hurts", "I HAVE chest pain", "ME duele".
_OWNING = frozenset({"my", "mi", "mis", "i", "ive", "im", "have", "got", "tengo", "me", "estoy", "ando"})
# "list OF whats going on", "HERES what happened": the words before a story, not a question.
_WHAT_FOLLOWS = frozenset({"of", "heres", "here", "is", "thats", "this", "about", "explain", "tell"})
_FALLEN = frozenset({"presion", "tension", "azucar", "glucosa", "oxigeno", "saturacion"})
_DURATION_REACH = 8  # "been normal (36.9) for two days now": how far the wellness may stand before
_I_DROPPED = frozenset({"cant", "cannot", "couldnt", "feel", "feeling"})
_NOW_TIMES = frozenset({"now", "ahora", "ahorita", "ya", "today", "hoy", "rn"})
_TODAY_OPENERS = _NOW_TIMES - {"ya"}  # "ya" also opens what is over ("ya pasó")
# A clause that says today: "HOY amanecí con…", "WOKE UP today with…".
_WOKE_TODAY = _TODAY_OPENERS | frozenset("amaneci amanecio desperte woke".split())  # noqa: SIM905
_COPULAS = frozenset({"es", "son", "is", "are"})
_STATE_VERBS = frozenset({"esta", "estan", "tengo", "tiene", "puso", "pone", "got", "has", "have", "looks", "se"})
_AFTER_WORDS = frozenset({"despues", "tras", "after", "from", "con", "with", "por"})
_JUDGED = frozenset(
    "peligroso peligrosa peligrosos peligrosas grave graves normal normales malo mala preocupante serio seria "  # noqa: SIM905
    "dangerous serious bad normal worrying senal signo sintoma sign symptom".split()
)
_WHEN = frozenset({"when", "cuando"})
_WHEN_ASKS = frozenset(
    {"is", "does", "do", "should", "would", "are", "es", "debo", "debe", "deberia", "hay", "considera"}
)
_BECOMES = frozenset({"es", "ya", "se", "is", "becomes", "counts", "turns", "gets", "pasa", "llega"})
_PLUPERFECT = frozenset({"had", "habia", "habian", "hadnt"})
# A story of someone else's, over: "she said her IV was fine but then she HAD a stroke".
_TOLD_PAST = _HAD_BACK_THEN | _PLUPERFECT | frozenset({"then", "luego", "le"})
_BY = frozenset({"by", "para", "since", "desde"})
_ON_DAY = frozenset({"on", "el", "en"})
_DAY_WORDS = frozenset({"day", "dia"})
_DAYS_BACK = frozenset({"days", "dias"})
# "ya VAN 9 días", "it's BEEN 9 days", "LLEVO 5 días": the count of days so far.
_COUNT_SO_FAR = frozenset({"van", "llevo", "lleva", "llevamos", "been", "its", "now", "already", "ya"})
_HABITUAL = frozenset("facil facilmente easily easy".split())  # noqa: SIM905
# The simple present of fainting (a faint now is "fainted", "fainting", "se desmayó") and how often.
_HABIT_FORMS = frozenset("faint faints desmaya desmayo desmayan desmayamos".split())  # noqa: SIM905
_OFTEN = (
    ("a", "lot"),
    ("often",),
    ("frequently",),
    ("all", "the", "time"),
    ("regularly",),
    ("seguido",),
    ("mucho",),
    ("a", "menudo"),
    ("con", "frecuencia"),
    ("todo", "el", "tiempo"),
    ("cada", "rato"),
)
_OFTEN_REACH = 3
# "I tend to faint", "suelo desmayarme": a tendency told before the sign.
_HABIT_TOLD = frozenset((who, "faint") for who in ("i", "he", "she", "they", "we", "you"))  # "I faint when…"
# What sets a faint off, always: "se desmaya CON LAS AGUJAS", "faints AT THE SIGHT OF BLOOD".
_TRIGGER_LEADS = frozenset("con when cuando al at with around whenever si if".split())  # noqa: SIM905
_TRIGGERS = frozenset(
    """
    needle needles blood shots shot injections jabs syringes aguja agujas sangre inyecciones inyeccion pinchazos
    pinchazo jeringas jeringa vacunas vacuna sight
    """.split()  # noqa: SIM905
)
_TRIGGER_REACH = 6
_TENDING = frozenset("tend tends tended prone suelo sueles suele solemos suelen".split())  # noqa: SIM905
# The retelling verbs (_SAID) and the writer's own: "les CONTÉ lo de mi infarto", "I MENTIONED my stroke".
_TOLD_VERBS = _SAID | frozenset("conte contamos contado comente comentado mencione mentioned dije hable".split())  # noqa: SIM905
_ABOUT = frozenset("about de del sobre".split())  # noqa: SIM905
_BEYOND = frozenset("over past beyond outside through across into up".split())  # noqa: SIM905
# Words that may stand between "now" and a wellness: "ahora ESTÁ bien", "now HE IS fine".
_WELL_LEAD = frozenset(
    "esta estoy estan anda ando is im am hes shes he she its ya se siente siento feel feels i".split()  # noqa: SIM905
)
# "¿cómo sé que me está pasando?", "how do I know it's happening": knowing asked, before a present.
_KNOW_VERBS = _KNOWING | {"se", "sabremos"}
# "a mi hija", "my daughter": the words of a person between "how do I know if" and its present.
_PERSON_WORDS = 3
_KNOW_REACH = 7
_KNOW_TO_PRESENT = frozenset("que si if that its it is im this whether me le esta".split())  # noqa: SIM905
_SIZES = frozenset(
    "dot dots spot speck small tiny little pea coin dime quarter penny pinpoint puntito punto puntitos pequeno "  # noqa: SIM905
    "pequena chiquito chiquita moneda".split()
)
_NOT_BACK = frozenset({"hasnt", "havent", "hadnt", "never"})
_CAME_BACK = frozenset("volvio vuelto regreso regresado back".split())  # noqa: SIM905
_PRESCRIBED = frozenset(
    "antibiotics antibiotic antibioticos antibiotico prescribed recetaron receto".split()  # noqa: SIM905
)
_BY_HOW_MUCH = frozenset(
    "de como unos unas mas casi un una dos tres cuatro cinco medio harto mucho bastante".split()  # noqa: SIM905
)
_TREATED_LEAD = 3  # "pastillas para las convulsiones": the medicine's words before the condition
_MEDS = frozenset(
    "meds medication medications medicine medicines pills tablets medicamento medicamentos medicina medicinas "  # noqa: SIM905
    "pastillas".split()
)
# Signs of a hot, swollen, painful joint or site.
_SEPTIC_JOINT = "septic_joint"
_HOT_SWELLING = "hot_swelling"
_INFLAMED_SIGNS = frozenset(
    {_SEPTIC_JOINT, "spreading_redness", "hot_lump", _HOT_SWELLING, "worsening_pain", "severe_pain"}
)
_STROKE_SIGN = "stroke"
# A limb that will not move, beside a hot swollen joint of it, is the joint (stroke's arm, the spine's legs).
_LIMB_SIGNS = frozenset({_STROKE_SIGN, "leg_weakness"})
_ANY_JOINT = frozenset("joint joints articulacion articulaciones".split())  # noqa: SIM905
# A joint and the limb it moves, by region.
_REGIONS = (
    (
        frozenset("shoulder elbow wrist hombro codo muneca".split()),  # noqa: SIM905
        frozenset("arm arms hand hands brazo brazos mano manos".split()),  # noqa: SIM905
    ),
    (
        frozenset("hip knee knees ankle cadera rodilla rodillas tobillo".split()),  # noqa: SIM905
        frozenset("leg legs foot feet pierna piernas pie pies".split()),  # noqa: SIM905
    ),
)
# Words that end like a Spanish verb of what is not so, but are not one.
_NOT_SUBJUNCTIVE = frozenset(
    "mascara cuchara envase compara prepara separa declara dispara repara cualquiera quienquiera dondequiera".split()  # noqa: SIM905
)
_ENDED_UP = frozenset({"acabo", "acaba"})
_SYMPTOM_NOUNS = frozenset({"symptoms", "sintomas", "signs", "senales", "signos"})
_STARTED = frozenset({"started", "starting", "empezo", "empieza", "comenzo"})
# One set for every "since" the rules read (it was written three times, and the last one counted).
_SINCE = frozenset({"since", "desde", "entonces"})
# A normal body temperature, in °C (°F readings converted): 37.5 °C (99.5 °F) and up is not one to the
# care team. "36,8" reaches the rules as the tokens ("36", "8").
_NORMAL_C = (35.0, 37.5)
# Words that give a normal reading a time it has held: "36,8 SINCE friday", "DESDE el viernes 36,8".
_HELD_SINCE = frozenset({"since", "desde", "been", "estado", "stayed", "sigo", "sigue", "quedado"})
_CAME_DOWN = frozenset("back down bajo bajado volvio regreso".split())  # noqa: SIM905
# "desde el jueves estoy en 36,5": how far before the reading its time may stand.
_HELD_REACH = 6


def _normal_reading_since(tokens: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a normal temperature told as held since a time: "its been 36,8 since friday", "desde el jueves 36,8"."""
    spans = []
    # "it went back to 37 on its own", "bajó a 36 sola": a whole normal degree the fever came down to.
    for i in range(max(start, 2), end):
        if (
            tokens[i] in ("36", "37")
            and not (i + 1 < end and tokens[i + 1].isdecimal())
            and tokens[i - 1] in ("to", "a")
            and tokens[i - 2] in _CAME_DOWN
        ):
            spans.append((i - 2, i + 1))
    for i in range(start, end - 1):
        whole, part = tokens[i], tokens[i + 1]
        if not (whole.isdecimal() and part.isdecimal() and len(part) == 1):
            continue
        celsius = to_celsius(float(f"{whole}.{part}"))
        if celsius is None or not _NORMAL_C[0] <= celsius < _NORMAL_C[1]:
            continue
        # The time may come before the reading or after it, in the same clause.
        before = tokens[max(start, i - _HELD_REACH) : i]
        if _BREAK in before:
            before = before[len(before) - before[::-1].index(_BREAK) :]
        after = tokens[i + 2 : min(end, i + 4)]
        if _BREAK in after:
            after = after[: after.index(_BREAK)]
        if _HELD_SINCE & set(before + after):
            spans.append((i, i + 2))
    return spans


_PREVIOUS = frozenset({"last", "previous", "pasada", "pasado", "anterior", "ultima", "ultimo"})
# Who gave the injector, just before it: "THEY GAVE me an epipen", "me PUSIERON adrenalina".
_CARE_GIVEN = _CLINICIANS | frozenset(
    "they staff paramedics ems pusieron inyectaron dieron aplicaron ellos paramedicos".split()  # noqa: SIM905
)
_GIVER_REACH = 4
_TEMPERATURE = frozenset("temp temps temperature temperatura fever fiebre afebril afebrile".split())  # noqa: SIM905
_FEVERISH = frozenset({"fever", "chills", "sepsis"})
_WE = frozenset({"we", "were", "estamos", "nosotros", "nosotras", "quedamos"})
# "say the vision goes dark…", "supongamos que…": a sentence that opens by supposing.
_SUPPOSE = frozenset(
    "say suppose supposing imagine imagining supongamos suponiendo digamos imagina imaginemos imaginate "  # noqa: SIM905
    # "Hypothetically, if half my face went numb…": the whole sentence is supposed.
    "hypothetically theoretically hipoteticamente teoricamente".split()
)


def _all_along_in(tokens: list[str], start: int, end: int) -> bool:
    """True when tokens[start:end] hold "all day", "todo el día", "since then" (an _ALL_ALONG phrase)."""
    return any(
        tuple(tokens[i : i + len(along)]) == along and i + len(along) <= end
        for i in range(start, end)
        for along in _ALL_ALONG
    )


_ALL_ALONG = (
    ("todo", "el", "dia"),
    ("toda", "la", "tarde"),
    ("toda", "la", "manana"),
    ("all", "day"),
    ("since", "then"),
    ("ever", "since"),
    ("desde", "entonces"),
)
_ASKED_OF = frozenset("you u anyone anybody someone somebody possible poss".split())  # noqa: SIM905
_HELPING = frozenset("would does do did is are was will could might can should".split())  # noqa: SIM905
_ASKING_VERBS = frozenset(
    "asking asked ask wondering wonder know knows saber sabe pregunta preguntando pregunto".split()  # noqa: SIM905
)
_CAN = frozenset("can could may might will would puede pueden podria podrian".split())  # noqa: SIM905
_CAUSE_VERBS = frozenset(
    """
    cause caused give trigger produce bring lead throw send dar causar provocar producir generar desencadenar
    dejar dejarte dejarme dejarla dejarlo mandar soltar make form hacer formar
    """.split()  # noqa: SIM905
)
# How many words a treatment named as the subject may take before "can" ("IV cells can make…").
_CAUSE_SUBJECT_REACH = 14  # "¿la grasa QUE INYECTAN EN LA CARA puede…?": a subject with its relative clause
# Beliefs back then, overturned by telling the sign: "pensé que no era nada", "I thought it had gone".
_THOUGHT_THEN = frozenset("pense crei pensaba creia pensamos creimos thought figured assumed supuse".split())  # noqa: SIM905
_THOUGHT_REACH = 3
_EXPECTED = frozenset("should shouldve supposed deberia debio deberian".split())  # noqa: SIM905
# Beyond _PASSING_ASKED ("will", "would", "gonna"), with which it is read: "IT'D get better", "IBA a mejorar".
_FORETOLD = frozenset("itd itll itwould va iba ira".split())  # noqa: SIM905
_SHOULD = _EXPECTED | frozenset("shouldnt debe deben".split())  # noqa: SIM905
_CLITICS = frozenset("me te se le nos les lo la".split())  # noqa: SIM905
_BEFORE_A_VERB = _CLITICS | frozenset({"ya", "los", "las"})


_NOT_HAPPENING = (
    ("not", "happening", "now"),
    ("not", "happening", "right", "now"),
    ("isnt", "happening", "now"),
    ("no", "me", "esta", "pasando", "ahora"),
    ("no", "esta", "pasando", "ahora"),
    ("no", "me", "pasa", "ahora"),
)


def _not_happening_now(tokens: list[str]) -> bool:
    """True when the message denies, in so many words, that it is happening now ("it's not happening now")."""
    return any(tuple(tokens[i : i + len(p)]) == p for p in _NOT_HAPPENING for i in range(len(tokens)))


def _told_of_self(words: list[str]) -> bool:
    """True when words tell of the writer: "I", "my life", or a verb with "me" on it ("matarme", "quitarme")."""
    return bool(_SELF & set(words)) or any(word.endswith("rme") and len(word) > _SHORTEST_RME for word in words)


_CONDITIONS = frozenset({"if", "when", "whenever", "si", "cuando"})
# What a worried question about a condition is asked with: "should I WORRY if", "what does it MEAN when".
_WORRY_WORDS = frozenset(
    "worry worried worrying concerned concern mean means preocupo preocupa preocuparme preocupar preocupe "  # noqa: SIM905
    "significa quiere".split()
)
# A condition told of the future or of "ever": "if I GET a fever LATER", "si algún día me DIERA".
_SOMEDAY = frozenset(
    "get gets ever later develop develops start starts happen happens were would will someday future eventually "  # noqa: SIM905
    "tuviera tuviese diera llegara llega algun alguna futuro luego".split()
)
_DEFINITE = frozenset({"the", "el", "la", "los", "las", "del"})
# A condition told as going on: "if I suddenly CAN'T…", "if THERE'S pus", "si TENGO…", "it KEEPS…".
_GOING_ON_NOW = frozenset("cant cannot cnt tengo suddenly repente theres keeps sigue looks".split())  # noqa: SIM905
_BE_NOW = frozenset({"is", "are", "im", "esta", "estan", "estoy"})
# "im at 38.2", "estoy en 38,2", "ando en 38": where the writer's reading stands now.
_AT_A_READING = frozenset(
    {("im", "at"), ("am", "at"), ("estoy", "en"), ("ando", "en"), ("ando", "por"), ("estoy", "a")}
)
_PROGRESSIVE = ("ing", "ando", "iendo")
# A treatment still ahead, or a time after it: "AFTER the IV", "haven't had it YET", "NEXT week".
_AHEAD_WORDS = frozenset(
    "after afterwards despues next proxima proximo yet todavia havent booked tomorrow manana semana".split()  # noqa: SIM905
)
# "the injection site", "the needle hole", "el piquete": where the writer was treated.
_POKED = _BODY_SITES | frozenset("hole spot needle puncture iv agujero agujerito piquete piquetito suero".split())  # noqa: SIM905


def _worried_if(tokens: list[str], a: int, b: int, hit: _Hit, start: int, end: int) -> bool:
    """True when a worried question ("should I worry if…", "¿me preocupo si…?") asks of a condition
    the writer tells as their own and as going on now: "if I suddenly CAN'T catch my breath",
    "when the injection site IS LEAKING", "si TENGO una raya roja". "Should I worry if my leg
    swells after the IV?" is a condition ahead of time, and stays a question."""
    cond = next((c for c in range(a, min(b + 3, hit.start)) if tokens[c] in _CONDITIONS), None)
    if cond is None or not _WORRY_WORDS & set(tokens[max(start, a - 4) : cond]):
        return False
    told = [tokens[i] for i in range(cond + 1, end) if tokens[i] != _BREAK or i < hit.start]
    # "should I worry if MY HUSBAND'S face looks droopy and he's slurring?": someone at home is
    # told as the writer would be.
    at_home = bool(_KIN & set(told)) and not _DISTANT & set(told)
    if (_told_of_other(told) and not at_home) or _SOMEDAY & set(tokens) or _not_happening_now(tokens):
        return False
    # "should I worry if I'M AT 38.2 on day 3 after the injection?": a reading the writer is at is
    # taken, not ahead of time, whatever "after" follows.
    if hit.sign in _FEVERISH and hit.start >= cond + 3 and tuple(tokens[hit.start - 2 : hit.start]) in _AT_A_READING:
        return True
    if _AHEAD_WORDS & set(tokens):
        return False
    own = (
        at_home
        or (_MY | _FIRST | _FIRST_VERBS) & set(told)
        or any(word in _DEFINITE and _POKED & set(told[i + 1 : i + 3]) for i, word in enumerate(told))
    )
    going_on = _GOING_ON_NOW & set(told) or any(
        word in _BE_NOW and after.endswith(_PROGRESSIVE) for word, after in itertools.pairwise(told)
    )
    return bool(own and going_on)


# Verbs of a sign coming on: "if I get / develop / start…", "si me da / sale / empieza…".
_COMING_ON = frozenset("get gets develop develops start starts catch da dan sale salen empieza empiezan viene".split())  # noqa: SIM905


def _judged_if(tokens: list[str], at: int, hit: _Hit, start: int) -> bool:
    """True when "is it bad if" / "¿es malo si" opens a condition of the writer's own at `at` before the sign."""
    if tokens[at] not in ("if", "si"):
        return False
    lead = tokens[max(start, at - _JUDGED_REACH) : at]
    # "is it bad if the redness is spreading onto MY thigh": the owner may come right after the sign.
    after = tokens[hit.end : hit.end + _JUDGED_REACH]
    if _BREAK in after:
        after = after[: after.index(_BREAK)]
    # "is it dangerous if I GET a fever?", "¿es grave si me DA fiebre?": a sign that may come, supposed.
    if _COMING_ON & set(tokens[at + 1 : hit.start]):
        return False
    return (
        bool(lead)
        and lead[0] in _COPULAS | {"its"}
        and bool(_JUDGEMENTS & set(lead))
        and (
            bool((_MY | _FIRST | _FIRST_VERBS) & set(tokens[at : hit.start] + after))
            # "is it bad if THE injection spot is leaking…? ITS DAY 4": a day of the writer's own count.
            or (tokens[at + 1 : at + 2] in (["the"], ["la"], ["el"]) and bool(_day_counts(tokens, 0, len(tokens))))
        )
        and not _told_of_other(tokens[at : hit.start] + after)
    )


def _disputed(tokens: list[str], told: int, hit: _Hit, hit_clause: list[str]) -> bool:
    """True when a report ending at `told` waves the sign away and the writer answers "but" with the sign now."""
    # "pero", "but" are clause breaks by now.
    for i in range(told, hit.start):
        if tokens[i] == _BREAK:
            return bool(_DISMISSAL & set(tokens[told:i])) and not _TOLD_PAST & set(hit_clause)
    return False


def _said(tokens: list[str], at: int, end: int) -> bool:
    """True when the question words tokens[at:end] follow a verb of saying or feeling ("dice que se siente bien").

    A condition is not what was said: "me dijo que avise SI me falta el aire" is an instruction.
    """
    # "dice que vigile SI hay pus": what to watch for, a condition just after the words.
    if at == 0 or _IF & set(tokens[at : end + 1]):
        return False
    # "dice que se siente bien": the "que" of the question is the one after "dice".
    if tokens[at] == "que" and tokens[at - 1] in _SAYING:
        return True
    # "siento que (me) voy a desmayar"; but "dice que si pierdo la vista…" is a condition.
    before = at - 1
    while before > 0 and tokens[before] in _CLITICS:
        before -= 1
    return before >= 1 and tokens[before] == "que" and tokens[before - 1] in _SAYING and tokens[at] not in _IF


def _asked_of_any(tokens: list[str], hit: _Hit) -> bool:
    """True when the clause of `hit` asks whether its sign follows a treatment named as any one."""
    first = hit.start
    while first > 0 and tokens[first - 1] != _BREAK:
        first -= 1
    lead = tokens[first : hit.start]
    return bool(lead) and _of_any_treatment(tokens, lead, hit.end, first, _question_end(tokens, hit.start))


def _of_any_treatment(tokens: list[str], lead: list[str], stop: int, first: int, end: int) -> bool:
    """True for "do legs fold after a spinal injection?", "¿se doblan las piernas después de una
    inyección?": whether the sign follows a treatment named as any one ("a", "una"), of no one's."""
    # "¿se doblan o FALLAN las piernas…?": another verb of the sign may come first; whose the sign is
    # is asked of the whole clause below.
    if lead[0] not in _ANY_OPENERS or len(lead) > _ANY_LEAD_REACH:
        return False
    after = tokens[stop:end]
    return (
        any(word in _AFTER_WORDS_OVER and _INDEFINITE & set(after[i + 1 : i + 3]) for i, word in enumerate(after))
        and not (_MINE | _FIRST | _FIRST_VERBS | _OTHERS | _POSSESSIVES) & set(tokens[first:end])
        and _of_nobody(tokens, first, end)
    )


# How a yes/no question about anyone opens: "DO legs fold…", "¿SE doblan las piernas…?".
_ANY_OPENERS = frozenset("do does will can could se suele suelen".split())  # noqa: SIM905
_ANY_LEAD_REACH = 4


def _generic_question(tokens: list[str], at: int, stop: int, sentences: list[int]) -> bool:
    """True when the clause of the sign at tokens[at:stop] asks whether it happens, in general."""
    first = at
    while first > 0 and tokens[first - 1] != _BREAK:
        first -= 1
    # A clause after a comma or a bracket, in the sentence of the one before it (a break token
    # carries the number of the sentence after it).
    carried_on = first > 1 and sentences[first - 2] == sentences[first]
    lead = tokens[first:at]
    end = _question_end(tokens, at)
    # "¿(la) fiebre con confusión significa sepsis?": the first of a pair of signs named as a thing.
    if (
        all(word in _ARTICLES for word in lead)
        and stop < end
        and tokens[stop] in _PAIR_JOINS
        and any(_means(tokens[i : i + 2]) for i in range(stop + 1, min(end, stop + _PAIR_LEAD)))
        and _of_nobody(tokens, first, end)
    ):
        return True
    # "¿la sangre en la tos es grave?", "is the chest pain dangerous": the sign named as a thing,
    # with its article, then judged in the same breath.
    if (
        lead
        and all(word in _ARTICLES for word in lead)
        and tokens[stop : stop + 1] in (["es"], ["is"])
        and _JUDGEMENTS & set(tokens[stop + 1 : stop + 3])
        and _of_nobody(tokens, first, end)
    ):
        return True
    # "¿el dolor de pecho significa algo grave?", "chest pain means a heart attack?": the sign named
    # as a thing, with its article or none, then what it means (as "does chest pain mean…?").
    if (
        all(word in _ARTICLES for word in lead)
        and tokens[stop : stop + 1]
        and tokens[stop] in _MEANS
        and _of_nobody(tokens, first, end)
    ):
        return True
    if not lead:
        return _told_as_topic(tokens, at, stop, end)
    if _of_any_treatment(tokens, lead, stop, first, end):
        return True
    # "¿fiebre con confusión significa sepsis?", "fever plus confusion means sepsis?": a pair of
    # signs named as a thing, then what it means.
    if (
        len(lead) <= _PAIR_LEAD - 2
        and lead[-1] in _PAIR_JOINS
        and not (_MINE | _OTHERS | _FIRST | _HAVE_VERBS) & set(lead)
        and _means(tokens[stop : stop + 2])
        and _of_nobody(tokens, first, end)
    ):
        return True
    # "después de las células por la vena, ¿se puede toser sangre?", "after the IV can you cough up
    # blood?": when, of no one's treatment, before the question.
    lead = _without_when_lead(lead)
    # "pana, es normal…", "doc is it normal…": a word of address before the question.
    # "¿se puede quedar uno ciego…?": the impersonal "se" before "puede".
    # Not a subject right before the sign's verb: "she is bleeding a lot", "mom is passing out" tell
    # the sign ("pana, es normal que…" has more of the question after "es").
    if (
        len(lead) > 1
        and lead[0] not in _YES_NO_OPENERS
        and lead[1] in _YES_NO_OPENERS
        and (len(lead) > 2 or lead[0] not in _SENTENCE_SUBJECTS)
    ):
        lead = lead[1:]
    # "can you cough up blood…?": "you" is anyone, asked of the sign's own verb.
    if lead in (["can", "you"], ["could", "you"]):
        lead = [lead[0], "one"]
    # "¿es normal el dolor de pecho después del suero?": the sign named as a thing, asked about
    # in general when no one has it and no reading is given.
    if (
        len(lead) > 2
        and lead[0] in ("es", "suele")
        and lead[-1] in _ARTICLES
        and all(word in _GENERIC_LEAD for word in lead[1:-1])
    ):
        return _of_nobody(tokens, at, end)
    # "¿es normal que duela el pecho después del suero?": a sign with no one who has it.
    # "is it normal for a leg to swell after the IV?": a sign of no one's.
    if len(lead) > 3 and lead[0] in ("is", "does") and lead[-2:-1] == ["for"] and lead[-1] in _ARTICLES:
        return all(w in _GENERIC_LEAD for w in lead[1:-2]) and _of_nobody(tokens, at, end)
    # "¿es normal que se hinche una pierna…?": so is one that happens of itself.
    if (
        len(lead) > 2
        and lead[0] in ("es", "suele")
        and (lead[-1] == "que" or lead[-2:] == ["que", "se"])
        and all(w in _GENERIC_LEAD for w in lead[1:])
    ):
        return _of_nobody(tokens, at, end)
    # "is it normal for your skin to go white after…", "¿es normal que se ponga la piel morada…?":
    # a subject that is anyone's ("your", "se", "one"), then the sign.
    joins = [i for i, word in enumerate(lead) if word in ("for", "that", "que")]
    if lead[0] in ("is", "es", "suele", "does") and joins and all(w in _GENERIC_LEAD for w in lead[1 : joins[0]]):
        subject = lead[joins[0] + 1 :]
        if (
            0 < len(subject) <= _GENERIC_SUBJECT_REACH
            and _ANYONES & set(subject)
            and not (_MINE | _OTHERS) & set(subject)
            and _of_nobody(tokens, at, end)
        ):
            return True
    # "is it normal to have a seizure": the sign's article belongs to it; "¿es normal tener 39 de
    # fiebre?": so does the reading.
    while len(lead) > 2 and (lead[-1] in _ARTICLES or lead[-1] in ("your", "tu")) and lead[-2] in _HAVE_VERBS:
        lead = lead[:-1]
    if _HAVE_VERBS & set(lead):
        while len(lead) > 2 and (lead[-1].isdecimal() or lead[-1] in _READING_GLUE):
            lead = lead[:-1]
    # "does fever WITH confusion mean sepsis?", "is fever and a stiff neck a sign of…": the sign
    # named with another, as a pair, asked about as a thing.
    if (
        2 < len(lead) <= _PAIR_LEAD
        and lead[0] in _YES_NO_OPENERS
        and lead[-1] in _PAIR_JOINS
        and not (_MINE | _OTHERS | _FIRST) & set(lead)
        and _TOPIC_PREDICATES & set(tokens[stop:end])
        and _of_nobody(tokens, first, end)
    ):
        return True
    # "is BEING short of breath a bad sign?", "is HAVING chest pain normal?": the sign as a gerund
    # subject, with no one who has it, judged.
    if (
        len(lead) == 2
        and lead[0] in ("is", "are", "does")
        and lead[1] in _GERUND_SUBJECTS
        and _TOPIC_PREDICATES & set(tokens[stop:end])
        and _of_nobody(tokens, at, end)
    ):
        return True
    # "¿TENER dolor de pecho ES normal…?", "¿QUE TE falte el aire ES mala señal?": the same, with
    # an infinitive or "que te" as the subject.
    if (
        tuple(lead) in _INFINITIVE_SUBJECTS
        and tokens[stop : stop + 1] == ["es"]
        and _TOPIC_PREDICATES & set(tokens[stop + 1 : stop + 4])
        and _of_nobody(tokens, at, end)
    ):
        return True
    middle = lead[1:-1] if lead and lead[-1] in _HAVE_VERBS else lead[1:]
    if not lead or lead[0] not in _YES_NO_OPENERS or any(word not in _GENERIC_LEAD for word in middle):
        return False
    word = tokens[at]
    if (
        len(lead) == 1
        # "does leg weakness after a spine injection mean something bad?", "is chest pain normal
        # after IV?": the sign named as a thing, with no one who has it and no reading.
        and _TOPIC_PREDICATES & set(tokens[stop:end])
        and _of_nobody(tokens, at, end)
    ):
        return True
    if lead[-1] in _HAVE_VERBS:
        # "is it normal to have trouble breathing after IV cells?" asks in general;
        # "…to have a bruise on MY hip" or "…after my infusion" is about the writer.
        spanish = lead[0] in ("es", "puede", "pueden", "suele")
        return (spanish or bool((_TO | _NO_ONE) & set(lead))) and not _MINE & set(tokens[at:end])
    return (
        (
            word.endswith("ing")
            # "the place they took the fat from (lipo) IS BLEEDING a lot": a lone "is" after a
            # break carries on the subject told before it; a question judges the sign ("is bleeding
            # after lipo normal?").
            and not (carried_on and lead in (["is"], ["are"]) and not _TOPIC_PREDICATES & set(tokens[stop:end]))
        )
        or lead[-1] in _TO
        # "can someone go blind from…": the sign's verb after no one in particular.
        or lead[-1] in _NO_ONE
        # "do your legs go weak after a spine shot?", "does your chest hurt after an IV?": anyone's.
        or (lead[-1] in ("your", "tu", "tus") and _of_nobody(tokens, at, end))
        or (lead[0] in ("es", "puede", "pueden", "suele") and word.endswith(_INFINITIVE))
    )


# How far after a sign said to have passed "but it came back" may stand.
_COMES_BACK_REACH = 10
# How many words after "that was" / "eso fue" the time may come ("eso fue hace como tres semanas").
_DATED_REACH = 5
_MONTHS = frozenset(
    """
    january february march april june july august september october november december
    enero febrero marzo abril junio julio agosto septiembre setiembre octubre noviembre diciembre
    """.split()  # noqa: SIM905
)  # "may" and "mayo" are left out: "that was may be", "mayo" is also mayonnaise in a story
_SPANS = (
    frozenset({"weeks", "week", "wks", "wk", "semanas", "semana", "sem", "months", "month", "meses", "mes"})
    | _YEARS_OR_MONTHS
)
_LAST = frozenset({"last", "pasado", "pasada"})


def _clause_around(tokens: list[str], first: int, at: int, last: int) -> list[str]:
    """The words from `first` to `last` (not included) in the clause of the word at `at`."""
    before = tokens[first:at]
    if _BREAK in before:
        first += len(before) - before[::-1].index(_BREAK)
    after = tokens[at:last]
    return tokens[first : at + after.index(_BREAK)] if _BREAK in after else tokens[first:last]


def _clause_window(tokens: list[str], start: int, end: int) -> list[str]:
    """The words from `start` that may date a sign: at most _DATED_REACH, before `end` and the clause's end."""
    window = tokens[start : min(end, start + _DATED_REACH)]
    return window[: window.index(_BREAK)] if _BREAK in window else window


def _time_ago(window: list[str]) -> bool:
    """True when `window` says weeks, months or years back: "2 weeks ago", "hace un mes", "last week"."""
    for i, word in enumerate(window):
        if word in _SPANS:
            before = window[max(0, i - 3) : i]
            after = window[i + 1 : i + 2]
            if "hace" in before or after in (["ago"], ["atras"], ["pasado"], ["pasada"]) or _LAST & set(before):
                return True
    return False


def without_treating_medicine(text: str, matched: str) -> str:
    """`text` folded, without the medicine word of the condition `matched` ("PILLS for seizures", "seizure MEDS").

    What a medicine treats is not a question about stem cell pills: the rest of the message says
    what is asked.
    """
    tokens = normalize(text).split()
    sign = normalize(matched).split()
    for at in range(len(tokens) - len(sign) + 1):
        if sign and tokens[at : at + len(sign)] == sign:
            near = range(max(0, at - _TREATED_LEAD), min(len(tokens), at + len(sign) + 1))
            return " ".join(t for i, t in enumerate(tokens) if not (i in near and t in _MEDS))
    return " ".join(tokens)


def _treated_condition(tokens: list[str], hit: _Hit) -> bool:
    """True for a sign named as what a medicine treats: "seizure meds", "pastillas para las convulsiones"."""
    if hit.words is not None:
        return False
    if hit.sign in _NEVER_PASSED:
        # "tengo las pastillas aquí para tomármelas todas": never a condition under treatment.
        return False
    if hit.end < len(tokens) and tokens[hit.end] in _MEDS:
        return True
    lead = tokens[max(0, hit.start - _TREATED_LEAD) : hit.start]
    return bool({"para", "for"} & set(lead)) and bool(_MEDS & set(lead))


_SWOLLEN_WORDS = frozenset(
    "swollen puffy swelled hinchado hinchada hinchadisimo hinchadisima inflamado inflamada".split()  # noqa: SIM905
)
_SORE_WORDS = frozenset("painful sore adolorido adolorida duele".split())  # noqa: SIM905
# "el hombro está caliente, rojo": heat and redness of a joint are its inflammation as much as swelling.
_REDDENED_WORDS = frozenset("red reddened rojo roja colorado colorada enrojecido enrojecida".split())  # noqa: SIM905


_ANAPHYLAXIS = "anaphylaxis"
_LIPS = frozenset("lips lip labios labio".split())  # noqa: SIM905
_AIRWAY = frozenset("tongue throat breathe breathing breath lengua garganta respirar respiro aire".split())  # noqa: SIM905
# What is put into the lips themselves: their swelling is the treated site's ("la hinchazón de los
# labios después de la grasa con células", "lip filler with stem cells").
_LIP_FILLING = frozenset("fat grasa filler fillers relleno rellenos lipofilling".split())  # noqa: SIM905
# Another place treated: "fat from my belly for my KNEE, and now my lips are swollen" is not the site.
_OTHER_SITES = frozenset(
    "knee knees hip hips shoulder back spine spinal iv drip infusion joint elbow ankle eye eyes scalp hair "  # noqa: SIM905
    "rodilla rodillas cadera hombro espalda columna suero infusion articulacion codo tobillo ojo ojos "
    "cuero cabelludo pelo".split()
)


def _breath_not_wound(hits: list[_Hit], tokens: list[str]) -> list[_Hit]:
    """`hits` without a smell told of the breath or mouth ("el aliento le huele raro"), or a hunch
    ("a mí me huele raro, la verdad": it seems fishy), with no wound named: not a wound's."""
    kept = []
    for hit in hits:
        before = tokens[max(0, hit.start - _BREATH_REACH) : hit.start]
        if hit.sign == _DISCHARGE and _BREATH & set(before + tokens[hit.start : hit.end]):
            continue
        first, last = _clause_of(tokens, hit.start, hit.end)
        hunch = tuple(before) == ("a", "mi", "me") and not _BODY_SITES & set(tokens[first:last])
        # "me dijeron que cero riesgo y ESO ME huele raro": what was said smells, to the writer;
        # with no wound named anywhere in the message.
        # "…zero risk and that smells off TO ME": the same, in English.
        hunch = hunch or (
            (
                before[-2:] in (["eso", "me"], ["esto", "me"], ["todo", "me"])
                or (before[-1:] in (["that"], ["this"]) and tokens[hit.end : hit.end + 2] == ["to", "me"])
            )
            and not _BODY_SITES & set(tokens)
        )
        if hit.sign == _DISCHARGE and hunch:
            continue
        # "me llegó un spray de 'stem cells' y huele raro": a product bought smells, not a wound;
        # a wound or any place on the body named in the message keeps the sign.
        if (
            hit.sign == _DISCHARGE
            and _SMELLS & set(tokens[hit.start : hit.end])
            and _SMELLING_GOODS & set(tokens[first:last])
            and not _BODY_SITES & set(tokens)
        ):
            continue
        kept.append(hit)
    return kept


_SMELLS = frozenset("smell smells smelly stinks stink huele huelen olor apesta apestan".split())  # noqa: SIM905
# What arrives in a parcel and may smell: "the cream SMELLS weird", "el frasco huele raro".
_SMELLING_GOODS = _PRODUCTS | frozenset(
    """
    spray sprays drops product products bottle bottles jar vial vials pills capsules tablets shampoo oil package parcel
    gotas producto productos frasco frascos bote botella ampolla ampollas pastillas capsulas tabletas champu aceite
    paquete caja
    """.split()  # noqa: SIM905
)


_DISCHARGE = "discharge"
_BREATH = frozenset({"aliento", "boca", "breath", "mouth", "burps", "eructos"})
_BREATH_REACH = 3


def _filled_lips(hits: list[_Hit], tokens: list[str]) -> list[_Hit]:
    """`hits` without lips swelling told where the lips were the treatment, and nothing of the airway said."""
    told = set(tokens)
    if not told & _LIP_FILLING or told & (_AIRWAY | _OTHER_SITES):
        return hits
    return [hit for hit in hits if not (hit.sign == _ANAPHYLAXIS and set(tokens[hit.start : hit.end]) & _LIPS)]


def _hot_swelling_alone(hits: list[_Hit], sentences: list[int]) -> list[_Hit]:
    """`hits` without a hot swelling told in the sentence of another inflamed sign.

    Heat and swelling in any words are the catch-all for what no pattern of a joint, a lump or a
    spreading redness said; where one of those did, it names the sign.
    """
    named = {sentences[hit.start] for hit in hits if hit.sign in _INFLAMED_SIGNS and hit.sign != _HOT_SWELLING}
    return [hit for hit in hits if hit.sign != _HOT_SWELLING or sentences[hit.start] not in named]


# "a BIT puffy and warm", "UN POCO caliente e hinchada": heat and swelling told as mild.
_MILDLY = frozenset(
    "bit little slightly mildly somewhat abit poco poquito poquita algo ligeramente levemente tantito".split()  # noqa: SIM905
)
_MILD_REACH = 2
# Heat or swelling that grows, or pain told as strong, is a warning whatever the day.
_NOT_MILD = frozenset(
    """
    worse worsening spreading spread spreads bigger growing increasing hotter redder more very really super
    extremely severe terrible unbearable peor empeora empeorando extiende extendiendo crece creciendo
    aumenta aumentando mas muy muchisimo insoportable fuerte horrible
    """.split()  # noqa: SIM905
)
_HEAT_AND_SWELLING = _HOT_WORDS | _SWOLLEN_WORDS | frozenset("and y e swelling hinchazon".split())  # noqa: SIM905
_FIRST_DAYS = 2  # medical-facts.md: warmth is a warning when it spreads or still grows after ~48 hours
_SINCE_TREATED = frozenset("yesterday today ayer hoy".split())  # noqa: SIM905
_TREATED_WORDS = frozenset(
    "done injected injection injections shot shots jab procedure treatment hice hicieron inyeccion inyecciones "  # noqa: SIM905
    "inyectaron infiltracion procedimiento tratamiento pusieron piquete pinchazo".split()
)
# "a few hours after the shot", "a las pocas horas del piquete": the treatment's own day.
_HOURS = frozenset("hour hours hrs hora horas".split())  # noqa: SIM905
_HOURS_AGO_REACH = 4  # "38,6 HACE UNA HORA", "38.6 AN HOUR AGO": how soon after a fever its time is told
_FIRST_HOURS = _FIRST_DAYS * 24
# "calientita e inflamadita": Spanish softens a state by its small form.
_SMALL_FORM = re.compile(r"\w{3,}(?:it|cit)[oa]s?$")


_BEFORE_WORDS = frozenset({"before", "antes"})


def _worse_than_before_treated(tokens: list[str], hit: _Hit) -> bool:
    """True when a pain told worse is measured against before the treatment ("…que antes de la
    inyección", "…than before the shot"), not against an earlier day of it."""
    # "hurts more than BEFORE": the word may close the sign's own words.
    after = tokens[hit.start + 1 : hit.end + 8]
    if _BREAK in after:
        after = after[: after.index(_BREAK)]
    return any(word in _BEFORE_WORDS and _TREATED_WORDS & set(after[i + 1 : i + 4]) for i, word in enumerate(after))


def _mild_in_first_days(hits: list[_Hit], tokens: list[str], sentences: list[int]) -> list[_Hit]:
    """`hits` without a joint told only mildly warm and swollen in the first two days.

    "had my knee done yesterday… knee is a bit puffy and warm, no pus, nothing spreading": the
    expected reaction of the first days (medical-facts.md: warmth that spreads, or still grows
    after ~48 hours, is the warning); growing, strong pain, a fever or a joint that will not move
    are signs of their own and stay.
    """
    days = _day_counts(tokens, 0, len(tokens))
    told = set(tokens)
    early = (
        max(days) <= _FIRST_DAYS
        if days
        else bool((_SINCE_TREATED & told or _within_hours(tokens)) and _TREATED_WORDS & told)
    )
    if not early:
        return hits

    def mild(hit: _Hit) -> bool:
        if hit.sign == "worsening_pain" and _worse_than_before_treated(tokens, hit):
            # "¿es normal que el primer día duela más la rodilla que ANTES DE LA INYECCIÓN?": more
            # than before the treatment, in the first days, is the expected soreness, not pain that
            # turned worse again.
            return True
        if hit.words is not None:
            if hit.sign not in (_SEPTIC_JOINT, _HOT_SWELLING):
                return False
            told = sorted(hit.words)
        elif hit.sign == "spreading_redness" and set(tokens[hit.start : hit.end]) <= _HEAT_AND_SWELLING:
            # "un poco caliente e hinchada": the redness rule's own "warm and swollen", nothing spreading.
            told = [hit.start]
        else:
            return False
        sentence = {tokens[i] for i in range(len(tokens)) if sentences[i] == sentences[hit.start]}
        # The heat or the swelling softened: "a bit" right before one of its words, or its small form.
        return not _NOT_MILD & sentence and any(
            _MILDLY & set(tokens[max(0, i - _MILD_REACH) : i]) or _SMALL_FORM.match(tokens[i]) for i in told
        )

    return [hit for hit in hits if not mild(hit)]


def _within_hours(tokens: list[str]) -> bool:
    """True when `tokens` count hours, none past the first days: "a few hours after", "a las 6 horas"."""
    counts = [tokens[i - 1] for i, token in enumerate(tokens) if token in _HOURS and i > 0]
    numbers = [int(count) for count in counts if count.isdecimal()]
    return bool(counts) and all(number <= _FIRST_HOURS for number in numbers)


def _joint_not_stroke(hits: list[_Hit], tokens: list[str], sentences: list[int]) -> list[_Hit]:
    """`hits` without an arm or leg "that won't lift" told beside a hot, swollen joint of that limb.

    "my shoulder is very painful, hot and swollen and I can't lift my arm": the joint stops the
    arm (a joint infection: the clinic now, whatever the day), not a stroke; "la cadera caliente,
    hinchada y no puedo mover la pierna del dolor": the hip stops the leg, not the spine.
    """
    inflamed = {sentences[hit.start] for hit in hits if hit.sign in _INFLAMED_SIGNS}
    # "this week it got super painful hot and puffy and i cant lift my arm": a joint told hot and
    # swollen in words the rules leave to the joint's own sentence.
    for sentence in set(sentences):
        told = {tokens[i] for i in range(len(tokens)) if sentences[i] == sentence}
        # "now it's swollen and red and I can't lift my arm at all from the pain": swollen and red
        # without the heat told is the same joint.
        if (told & _HOT_WORDS and told & (_SWOLLEN_WORDS | _SORE_WORDS | _REDDENED_WORDS)) or (
            told & _SWOLLEN_WORDS and told & _REDDENED_WORDS
        ):
            inflamed.add(sentence)
    if not inflamed:
        return hits

    def beside_joint(hit: _Hit) -> bool:
        sentence = sentences[hit.start]
        if sentence not in inflamed:
            return False
        told = {tokens[i] for i in range(len(tokens)) if sentences[i] == sentence}
        if told & _ANY_JOINT:
            # "had the shoulder jab… The joint's gone red hot and swollen and I can't lift my arm":
            # "the joint" is the one the message named.
            told = set(tokens)
        own = set(tokens[hit.start : hit.end])
        return any(own & limb and told & joint for joint, limb in _REGIONS)

    # The limb that will not lift beside a hot joint is that joint's own warning sign.
    return [
        replace(hit, sign=_SEPTIC_JOINT, level=URGENT) if hit.sign in _LIMB_SIGNS and beside_joint(hit) else hit
        for hit in hits
    ]


# "I'm confused, if it's a trial why am I paying?", "estoy confundida, ¿registrado es aprobado?":
# puzzled, said by the writer, then what puzzles them asked in the next clause.
_PUZZLED_BY_ME = frozenset("im am estoy ando quede me".split())  # noqa: SIM905
_PUZZLED_DEGREE = frozenset(
    "so a bit little really very kinda totally muy re bien super un poco medio toda todo".split()  # noqa: SIM905
)
_PUZZLE_ASKED = frozenset(
    "if why what how does do is are so because whats whether "  # noqa: SIM905
    "si por porque que como cual entonces es son".split()
)


def _puzzled_then_asked(tokens: list[str], hit: _Hit) -> bool:
    """True for "I'm confused, if it's a trial why am I paying?": the writer puzzled, then the question."""
    if hit.end - hit.start != 1 or tokens[hit.start] not in _CONFUSED:
        return False
    at = hit.start
    while at > 0 and tokens[at - 1] in _PUZZLED_DEGREE:
        at -= 1
    if at == 0 or tokens[at - 1] not in _PUZZLED_BY_ME:
        return False
    after = tokens[hit.end : hit.end + 2]
    return len(after) == 2 and after[0] == _BREAK and after[1] in _PUZZLE_ASKED


def _puzzled(tokens: list[str], hit: _Hit) -> bool:
    """True for "we are confused", "estamos confundidos": a group puzzled by a choice, not a sign."""
    # "we can barely wake her": what the group does to someone, not how the group feels.
    if hit.sign not in _PUZZLING or _SOMEONE_ELSE_OBJECTS & set(tokens[hit.start : hit.end]):
        return False
    if _WE & set(_clause_before(tokens, hit.start, 3)):
        return True
    # "the clinic's instagram says anything under 101 is fine?? confused": a bare "confused" right
    # after a claim someone made is the writer puzzled by the claim, even beside a fever.
    first, last = _clause_of(tokens, hit.start, hit.end)
    before = first - 1
    while before > 0 and tokens[before - 1] != _BREAK:
        before -= 1
    if (
        first > 0
        and tokens[hit.start : hit.end] in ([word] for word in _CONFUSED)
        and set(tokens[first:last]) - set(tokens[hit.start : hit.end]) <= _BARE_FEELING
        and _CLAIMED & set(tokens[max(0, before) : first])
    ):
        return True
    # "I've seen 3k to 25k and I'm confused", "vi tantos precios que estoy confundida": puzzled by
    # what was read or quoted, in a message with no fever in it.
    fever = _FEVER_TOLD & set(tokens) or any(t.isdecimal() and 37 <= int(t) <= 43 for t in tokens)
    if fever:
        return False
    if _puzzled_then_asked(tokens, hit):
        return True
    if _PUZZLERS & set(_clause_before(tokens, hit.start, _PUZZLE_REACH)):
        return True
    # "What's the difference? Which one is proven? I'm getting confused.": a bare "confused" after
    # the questions that puzzle the writer.
    return set(tokens[first:last]) - set(tokens[hit.start : hit.end]) <= _BARE_PUZZLED and bool(
        _PUZZLERS & set(tokens[max(0, first - _PUZZLE_REACH) : first])
    )


# The imperatives an instruction opens with: "GO to the ER if…", "CALL 911 if…", "ACUDIR a urgencias si…".
_GO_VERBS = frozenset(
    "go call seek get head ir acudir acuda acude llamar llame llama ve vaya vayan buscar busque".split()  # noqa: SIM905
)
_HELP_CALLED = frozenset(
    "go call er ed hospital clinic emergency urgent urgencias emergencia clinica help ayuda 911 112 999 "  # noqa: SIM905
    "ambulance ambulancia".split()
)
_INSTRUCTION_REACH = 6


def _instruction_if(tokens: list[str], start: int, hit: _Hit) -> bool:
    """True when the sign is in the condition of an instruction that opens its clause: "Go to ER if
    fever over 38 with confusion", "Ir a urgencias si fiebre con confusión". "If I have…" is the
    writer's own and left to the rest."""
    cond = next(
        (
            i
            for i in range(hit.start - 1, max(start, hit.start - _CONDITION_REACH) - 1, -1)
            if tokens[i] in ("if", "si")
        ),
        None,
    )
    if cond is None or _BREAK in tokens[cond : hit.start]:
        return False
    if (_MY | _FIRST | _FIRST_VERBS) & set(tokens[cond + 1 : hit.start]):
        return False
    opened = cond
    while opened > start and tokens[opened - 1] != _BREAK:
        opened -= 1
    lead = tokens[opened:cond]
    # "my nurse's note SAYS go to ER if…": the instruction may follow who gave it.
    told = next((k + 1 for k in range(len(lead) - 1, -1, -1) if lead[k] in _INSTRUCTED), 0)
    lead = lead[told:]
    return 0 < len(lead) <= _INSTRUCTION_REACH and lead[0] in _GO_VERBS and bool(_HELP_CALLED & set(lead))


# The orders of a leaflet, said to "usted" ("llame", "acuda"); "llama", "ve", "acude" are also "calls",
# "sees", "goes".
_FORMAL_ORDERS = frozenset("llame llamen vaya vayan acuda acudan busque busquen marque marquen".split())  # noqa: SIM905


def _supposing(tokens: list[str], start: int, end: int, at: int) -> bool:
    """True when the sentence tokens[start:end] opens with "if" and `at` is in it ("If, say, the skin got hot…").

    Spanish "si" is also "yes" once the accent is gone: it supposes only with a verb of what
    is not so ("Si, por ejemplo, la piel se PUSIERA caliente…"), not "como si" (as if).
    """
    while start < end and tokens[start] == _BREAK:
        start += 1
    if not start < at < end:
        return False
    if tokens[start] in _SUPPOSE or tokens[start : start + 2] == ["lets", "say"]:
        return True
    # "¿y si a las 3 de la mañana me empieza a doler el pecho…?": "and if", not "and yes".
    if tokens[start : start + 2] == ["y", "si"] and start + 2 < end and tokens[start + 2] != _BREAK:
        return True
    # "la enfermera dijo que si se me cierra la garganta me ponga la adrenalina": "que si" with
    # no pause is "that if"; "dijo que sí, …" (yes) has one.
    # "pregunta que si es normal que le duela" asks whether: only a told instruction supposes.
    # "el papel dice: si no cede…": a colon after the telling opens the instruction as "que" does.
    if any(
        tokens[i] == "si" and tokens[i - 1] in ("que", _BREAK) and tokens[i + 1] != _BREAK and tokens[i - 2] in _TOLD
        for i in range(start + 2, min(at, end - 1))
    ) or any(
        # "the doctor said (that) if I had chest pain…", "she told me if it gets worse…".
        tokens[i] == "if" and tokens[i + 1] != _BREAK and _TOLD_EN & set(tokens[max(start, i - 3) : i])
        for i in range(start + 1, min(at, end - 1))
    ):
        # "me dijo que si me pasaba esto fuera a urgencias: tengo el corazón a mil": after a pause,
        # a clause that opens with the writer having it now is told, not the instruction's "if".
        # So is "she told me if my lips swell to use the epipen, my lips ARE swelling": the
        # clause the sign is in says it is so now. "…, y siento que me ahogo, fuera a urgencias"
        # goes on with the condition ("and").
        lead = tokens[start:at]
        opened = start + len(lead) - lead[::-1].index(_BREAK) if _BREAK in lead else start
        clause = tokens[opened:end]
        clause = clause[: clause.index(_BREAK)] if _BREAK in clause else clause
        return not (opened > start and clause[0] not in _AND and _TOLD_NOW & set(clause[: at - opened + _SIGN_REACH]))
    if tokens[start] not in ("if", "si"):
        return False
    if tokens[start] == "si":
        # "si en el vuelo me falta el aire, ¿qué hago?": a condition that asks what to do; "sí, me
        # falta el aire" (yes) is followed by a break.
        # The question may be its own sentence right after ("…me falta el aire. ¿qué hago?").
        asked = _find(_WHAT_TO_DO, tokens, at, min(len(tokens), end + 4))
        if start + 1 < end and tokens[start + 1] != _BREAK and asked:
            return True
        # "si no se quita el dolor de pecho en 5 minutos LLAME al 911": a leaflet's rule, told to "usted".
        # Not "sí, tengo dolor…, llame": a leaflet's condition is never the writer's own.
        if (
            start + 1 < end
            and tokens[start + 1] != _BREAK
            and _FORMAL_ORDERS & set(tokens[at:end])
            and not (_FIRST | _FIRST_VERBS | _MY) & set(tokens[start + 1 : end])
        ):
            return True
        return any(
            _subjunctive(tokens[i]) and "como" not in tokens[max(start, i - 3) : i] for i in range(start + 1, end)
        )
    # "if anyone can help, my dad can't talk": a plea, not a supposing.
    following = [word for word in tokens[start + 1 : start + 3] if word != _BREAK]
    return not (following and following[0] in _ASKED_OF) and not _settled_supposing(tokens, start, at)


def _worst_case(tokens: list[str], at: int) -> bool:
    """True when tokens[at] is "worst" as the worst case ("what's the worst that can happen", "lo peor que…")."""
    if tokens[at] not in ("worst", "peor"):
        return False
    after = tokens[at + 1 : at + 2]
    if after in (["case"], ["caso"], ["casos"]):
        return True
    before = tokens[at - 1 : at] if at > 0 else []
    # "the worst it's been" is worsening; "the worst THAT can happen" is a case, "lo peor" always one.
    return before == ["lo"] or (before == ["the"] and after in _WORST_CASE_NEXT)


def _risk_raised(tokens: list[str], at: int) -> bool:
    """True when tokens[at] raises a risk, not a pain ("does it increase the risk of cancer", "aumenta el riesgo")."""
    if not tokens[at].startswith(("increas", "aument")):
        return False
    return bool(_RISKS & set(tokens[at + 1 : at + 4]))


_RISKS = frozenset("risk risks chance chances odds likelihood riesgo riesgos probabilidad probabilidades".split())  # noqa: SIM905
_WORST_CASE_NEXT = (["that"], ["thing"], ["things"], ["part"], ["scenario"], ["outcome"], ["side"], ["risk"])


def _settled_supposing(tokens: list[str], start: int, at: int) -> bool:
    """True when a verdict clause closes the supposing before `at` ("if it was just bruising, fine, but…")."""
    clauses = [clause.split() for clause in " ".join(tokens[start:at]).split(f" {_BREAK} ")]
    if len(clauses) < 2:
        return False
    # The first clause is the condition; a later one that is only a verdict answers it. So does
    # a verdict glued to the condition with no comma ("if it was just bruising fine, but…"),
    # though not one a verb of seeming asks about ("if it LOOKS ok, but then turns red…").
    condition = clauses[0]
    glued = len(condition) > 2 and condition[-1] in _VERDICT_WORDS and condition[-2] not in _SEEMING
    return glued or any(tuple(clause) in _VERDICTS for clause in clauses[1:-1])


# A whole clause that settles a supposing: "if it was only that, FINE", "si fuera solo eso, VALE".
_VERDICTS = frozenset(
    _phrases(
        "fine",
        "ok",
        "okay",
        "no problem",
        "no worries",
        "id be fine",
        "id be ok",
        "i would be fine",
        "i wouldnt worry",
        "id not worry",
        "thats fine",
        "that would be fine",
        "bien",
        "vale",
        "esta bien",
        "estaria bien",
        "no pasa nada",
        "no me preocuparia",
        "ni modo",
        "bueno",
    )
)
_VERDICT_WORDS = frozenset({"fine", "ok", "okay", "bien", "vale"})
# Verbs that ask what something seems, before a verdict: "if it LOOKS fine", "si se VE bien".
_SEEMING = frozenset(
    "is was looks look seems seem feels feel gets stays es esta estaba ve veia siente sentia queda parece".split()  # noqa: SIM905
)


_TOLD = frozenset(
    "dijo dijeron dice dicen decia explico explicaron indico indicaron recomendo recomendaron comento comentaron "  # noqa: SIM905
    "advirtio advirtieron aviso avisaron pone ponia".split()
)
_TOLD_EN = frozenset("said says told tells explained warned mentioned".split())  # noqa: SIM905
# Asking what to do, after a condition that opens with "si".
_WHAT_TO_DO = _phrases(
    "que hago",
    "que hacemos",
    "que hacer",
    "que debo",
    "que debemos",
    "que deberia",
    "que tengo que",
    "que tenemos que",
    "que se hace",
    "que haria",
    "que hariamos",
    "a quien llamo",
    "a quien llamamos",
    "a donde voy",
    "a donde vamos",
    "adonde voy",
    "a donde llamo",
    "como actuo",
    "a que numero",
    "que numero",
    "a cual numero",
    "a quien aviso",
    # "si se me duerme la pierna después de la inyección, ¿es emergencia?": how serious it would be.
    "es emergencia",
    "es una emergencia",
    "es urgencia",
    "es una urgencia",
    "es grave",
    "seria grave",
    "seria emergencia",
    "seria una emergencia",
    "voy a urgencias",
    "voy a emergencias",
    # "¿si me falta el aire…, es para ir a urgencias o espero?": where it would take them, or wait.
    "es para urgencias",
    "es para emergencias",
    "es para ir",
    "seria para urgencias",
    "seria para ir",
    "o espero",
    "o me espero",
    "o aguanto",
)


def _as_if(tokens: list[str], at: int) -> bool:
    """True for a "si" that is no "if": "como si" (as if), "el pecho como si me apretaran", describes;
    "ahora sí me preocupa", "eso sí me asustó" is a "yes" of emphasis, typed without its accent."""
    if tokens[at] != "si" or at == 0:
        return False
    # "¿qué hago ahora si me da fiebre?": after a question's word, "ahora si" is "now, if".
    return tokens[at - 1] == "como" or (
        tokens[at - 1] in _SI_EMPHATIC and _QUESTION_LEADS.isdisjoint(tokens[max(0, at - 4) : at - 1])
    )


# Words that open a question: "what do I do now if…", "¿qué hago ahora si…?".
_QUESTION_LEADS = frozenset(
    "what how should do que como cuando donde quien cual hago hacemos hace hacer debo".split()  # noqa: SIM905
)
# The emphatic "ahora sí", "eso sí", "pues sí", "ahí sí": a "yes", not an "if".
_SI_EMPHATIC = frozenset("ahora ahorita eso pues ahi".split())  # noqa: SIM905


def _subjunctive(word: str) -> bool:
    """True for a Spanish verb of what is not so: "pusiera", "saliera", "empezara", "tuviese"."""
    if word in _NOT_SUBJUNCTIVE or len(word) < 6:
        return False
    return word.endswith(("iera", "ieran", "iese", "iesen", "ara", "aran", "ase", "asen"))


def _denies_after(tokens: list[str], at: int, words: frozenset[int]) -> bool:
    """True when the negation at `at` bears on a word of the sign after it in its clause.

    "the redness isnt GOING DOWN and its spreading": a negated easing says it goes on.
    """
    later = [j for j in words if j > at and _BREAK not in tokens[at:j]]
    return bool(later) and not _EASING & set(tokens[at + 1 : min(at + 4, min(later))])


def _judged_in_general(tokens: list[str], hit: _Hit) -> bool:
    """True when the sign, named with an article, opens its clause and is judged in it: "la vista
    borrosa después de una inyección en la cara ¿es peligrosa o no?" asks about the thing itself."""
    first = hit.start
    while first > 0 and tokens[first - 1] != _BREAK:
        first -= 1
    if first != hit.start - 1 or tokens[first] not in _ARTICLES:
        return False
    stop = hit.end
    while stop < len(tokens) and tokens[stop] != _BREAK:
        stop += 1
    clause = tokens[first:stop]
    # A thing named, not a state told: "la pierna está hinchada, ¿es normal?" is the writer's leg.
    if _STATE_VERBS & set(clause) or not _AFTER_WORDS & set(tokens[hit.end : stop]):
        return False
    # "¿el corazón rápido ES SEÑAL de peligro…?", "is A SIGN of…": judged as a sign of something.
    return not _of_writer(clause) and any(
        tokens[i] in _COPULAS
        and (tokens[i + 1] in _JUDGED or (tokens[i + 1] in _ARTICLES and i + 2 < stop and tokens[i + 2] in _JUDGED))
        for i in range(hit.end, stop - 1)
    )


def _when_question(tokens: list[str], hit: _Hit, hits: list[_Hit]) -> bool:
    """True when the sign's clause opens as a question of when ("when is a fever bad enough…",
    "¿cuándo la fiebre ya es de ir a urgencias?"), not a story ("when I stood up I fainted")."""
    first = hit.start
    while first > 0 and tokens[first - 1] != _BREAK:
        first -= 1
    if first >= hit.start - 1 or tokens[first] not in _WHEN:
        return False
    after = tokens[first + 1]
    if after in _WHEN_ASKS:
        return True
    # "cuando la fiebre ya es…", "when a fever becomes…": the sign, then what it is or becomes.
    # Only when the sign itself opens the clause: "cuando la enfermera se fue me desmayé" is a story.
    opens = any(other.sign == hit.sign and other.start == first + 2 for other in hits)
    return opens and after in _ARTICLES and bool(_BECOMES & set(tokens[first + 3 : first + 5]))


def _function_back(tokens: list[str], start: int, end: int, hit: _Hit) -> list[tuple[int, int]]:
    """Spans after a lost feeling or sight saying it came back ("it all came back", "volvió la sensibilidad")."""
    # "I can't feel my legs, the feeling came back a bit": told in the present, it is still lost.
    if hit.sign not in _LOSSES or _LOST_NOW & set(tokens[hit.start : hit.end]):
        return []
    return _returns(tokens, max(start, hit.end), end) + _came_back_whole(tokens, hit.end, end)


def _came_back_whole(tokens: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """After a loss, "but it came back within an hour", "pero volvió en una hora": what was lost came back.

    Only with nothing told between the loss and its return: "went numb, went away, then it came
    back" is the numbness come back, not the feeling.
    """
    # To the last word: "…y luego volvió" ends the message on the return.
    for i in range(start, end):
        if tokens[i] in _LOSS_PASSED:
            return []
        # "…went dark for a minute THEN came back": no "it" needed after "then" or "and".
        english = tokens[i] in _IT_OR_THEN and tokens[i + 1 : i + 3] == ["came", "back"]
        spanish = tokens[i] in ("volvio", "regreso") and tokens[i - 1] not in _NOT_RETURNED
        if not (english or spanish):
            continue
        after = i + 3 if english else i + 1
        if _ends_there(tokens, after, end) and not _AGAIN & set(tokens[after:end]):
            return [(i, after)]
        return []
    return []


_IT = frozenset({"it", "everything", "all"})
_IT_OR_THEN = _IT | {"then", "and", _BREAK}
# Words of a worry asked about: a "now" right after them is the time of the question.
# "no para DE crecer", "dejó DE crecer"; "won't stop SPREADING", "stopped spreading".
_STOPPING_ES = frozenset("para paran paraba paro pararon deja dejan dejaba dejo dejado parado".split())  # noqa: SIM905
_STOPPING_EN = frozenset("stop stops stopped stopping quit quits".split())  # noqa: SIM905


def _stopping_verb(tokens: list[str], hit: _Hit) -> int | None:
    """Where a verb of stopping stands just before or inside the sign, with its "de" or "-ing" after."""
    for i in range(max(0, hit.start - 2), hit.end):
        after = tokens[i + 1 : i + 2]
        if not after:
            return None
        if (tokens[i] in _STOPPING_ES and after == ["de"]) or (
            tokens[i] in _STOPPING_EN and after[0].endswith("ing") and after[0] != "thing"
        ):
            return i
    return None


# "ahora tiene 12", "he's 12 now", "now she's 30", "ya cumplió 15": the verbs that tell an age.
_AGE_VERBS = frozenset("tiene tienen tengo cumple cumplio hes shes is im turned turns".split())  # noqa: SIM905
_OLDEST_AGE = 120
_YEARS_OLD = frozenset("anos ano years year yrs yo".split())  # noqa: SIM905
_FEVER_RANGE = (35, 43)


def _age_now(tokens: list[str], a: int, b: int) -> bool:
    """True when the present word at a..b tells how old someone is now ("ahora tiene 12", "he's 12 now")."""

    def age(i: int, j: int) -> bool:
        if j - i != 2 or tokens[i] not in _AGE_VERBS or not tokens[j - 1].isdecimal():
            return False
        years = int(tokens[j - 1])
        told_years = bool(_YEARS_OLD & set(tokens[j : j + 1]))
        # "ahora tiene 39 de fiebre": a number a body temperature could be is an age only in years;
        # "tengo 34,5" is a reading, its decimals after it.
        reading = tokens[j : j + 1] != [] and tokens[j].isdecimal()
        return (
            0 < years < _OLDEST_AGE and not reading and (told_years or not _FEVER_RANGE[0] <= years <= _FEVER_RANGE[1])
        )

    # "I'm 41 years old now": the years, and "old", may stand between the age and "now".
    return age(b, min(len(tokens), b + 2)) or any(
        a >= k and age(a - k, a - k + 2) and set(tokens[a - k + 2 : a]) <= _YEARS_OLD | {"old"} for k in (2, 3, 4)
    )


# The verbs of a sign that passed ("it went away", "se me quitó"), not of a wellness that may be
# dated before it ("she was fine this morning").
_WENT_AWAY = _PASSING | frozenset(
    "gone disappeared wore quitaron pasaron cedio cedieron desaparecio desaparecieron".split()  # noqa: SIM905
)
_QUESTION_NOUNS = frozenset("question questions pregunta preguntas duda dudas consulta".split())  # noqa: SIM905
_WORRY_ASKED = frozenset("worry worried concerned preocupar preocuparme preocupo preocupe preocuparse".split())  # noqa: SIM905
# Verbs of reading, watching or hearing about something: a present word before them dates the reading.
_READING_NOW = frozenset(
    "reading watching hearing seeing googling researching leyendo viendo escuchando oyendo investigando "  # noqa: SIM905
    "buscando".split()
)
# Reading or hearing, done: "I read", "we heard", "leí", "escuché". Not "the thermometer read 39".
_READ_DONE = frozenset("lei leimos escuche escuchamos oi oimos".split())  # noqa: SIM905
_READ_DONE_EN = frozenset({"read", "heard"})
_READERS = frozenset("i we just also she he they".split())  # noqa: SIM905


def _read_then(words: list[str]) -> bool:
    """True when `words`, after a present word, tell that someone read or heard something ("I read", "leí")."""
    return bool(_READ_DONE & set(words)) or any(
        word in _READ_DONE_EN and i > 0 and words[i - 1] in _READERS for i, word in enumerate(words)
    )


# The senses and powers whose going is itself a loss: "the feeling went away", "se fue la vista".
_SENSES = (_RETURNED - {"all", "everything", "todo"}) | frozenset("pulse pulso voice voz".split())  # noqa: SIM905
_SENSE_REACH = 7
_WENT_THROUGH = frozenset("paso pasaron traspaso atraveso".split())  # noqa: SIM905
_DRESSINGS = frozenset(
    "gasa gasas venda vendas vendaje vendajes algodon aposito curita curitas esparadrapo parche ropa sabana".split()  # noqa: SIM905
)
_VANISHED = frozenset("disappeared vanished desaparecio".split())  # noqa: SIM905


# "…, pero paró", "…, y ya pararon": a clause of the stopping verb alone ("paró de sangrar" is listed).
_STOPPED_ALONE = frozenset("paro pararon".split())  # noqa: SIM905


def _bare_stop(tokens: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Spans in tokens[start:end] of a clause that is only "paró" (or "ya paró"): it stopped."""
    spans = []
    for i in range(max(start, 1), end):
        if tokens[i] not in _STOPPED_ALONE or not (i + 1 == end or tokens[i + 1] == _BREAK):
            continue
        opened = i - 1 if tokens[i - 1] == "ya" else i
        if opened > start and tokens[opened - 1] == _BREAK:
            spans.append((opened, i + 1))
    return spans


def _sense_gone(tokens: list[str], span: tuple[int, int], start: int) -> bool:
    """True when what the passing at `span` tells gone is a sense or power ("the feeling in my leg
    disappeared", "desapareció la sensibilidad"), so the passing is a loss, not a sign over."""
    a, b = span
    first = max(start, a - _SENSE_REACH)
    while _BREAK in tokens[first:a]:
        first = tokens.index(_BREAK, first, a) + 1
    last = b + 2
    if _BREAK in tokens[b:last]:
        last = tokens.index(_BREAK, b, last)
    # "the BLURRY vision went away", "la vista BORROSA se me quitó": the blur went, not the sight.
    return any(
        tokens[i] in _SENSES
        and not (i > 0 and tokens[i - 1] in _BLUR_WORDS)
        and not (i + 1 < len(tokens) and tokens[i + 1] in _BLUR_WORDS)
        for i in [*range(first, a), *range(b, min(last, len(tokens)))]
    )


def _all_vanished(tokens: list[str], span: tuple[int, int], sign: str) -> bool:
    """True for "se me nubló la vista y desapareció TODO": everything vanished, told of sight going."""
    return (
        sign == "vision_loss"
        and bool(_VANISHED & set(tokens[span[0] : span[1]]))
        and bool({"todo", "everything"} & set(tokens[span[1] : span[1] + 1]))
    )


# Words telling the loss went away before anything came back: then "it came back" is the loss.
_LOSS_PASSED = _PASSING | frozenset("away gone desaparecio mejor better".split())  # noqa: SIM905


def _returns(tokens: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Spans in tokens[start:end] saying a feeling, sight or strength came back whole ("the feeling is back now")."""
    spans = []
    for i in range(start, end):
        # "it all came back numb again", "volvió la sensibilidad pero peor": only an ending with
        # nothing more to say about the sign is one.
        # "the feeling is TOTALLY back": how wholly it came back may stand between.
        fully = i + 2 < end and tokens[i + 1] in _WHOLLY and tokens[i + 2] == "back"
        if tuple(tokens[i : i + 2]) in _BACK_NOW or (fully and (tokens[i], "back") in _BACK_NOW):
            # "the feeling hasn't come back": not back.
            before = set(tokens[max(start, i - 2) : i])
            came = not _NOT_RETURNED & before and bool(_RETURNED & before)
            after = i + 2 + fully
        elif tokens[i] in _RECOVERED and tokens[i - 1] not in _NOT_RETURNED:
            # "ya recuperé toda la sensibilidad": got it back, whole.
            came = bool(_RETURNED & set(tokens[i + 1 : i + 4]))
            after = next((j + 1 for j in range(i + 1, min(end, i + 4)) if tokens[j] in _RETURNED), i + 1)
        elif tokens[i] in ("volvio", "regreso", "returned") and tokens[i - 1] not in _NOT_RETURNED:
            came = bool(_RETURNED & set(tokens[i + 1 : i + 3]))
            after = i + 2 + (i + 1 < end and tokens[i + 1] in _ARTICLES)
        else:
            continue
        if came and _ends_there(tokens, after, end):
            spans.append((i, after))
    return spans


def _options(tokens: list[str], first: int, position: int) -> bool:
    """True when the clause of `position` is only numbers offered to choose from: "…, 38 or 39?"."""
    # "which temperature is the dangerous one after the injection, 38 or 39?": the choices of
    # the question before them, in a clause of their own.
    if tokens[first:position].count(_BREAK) != 1:
        return False
    opened = tokens.index(_BREAK, first, position) + 1
    closed = tokens.index(_BREAK, position) if _BREAK in tokens[position:] else len(tokens)
    tail = tokens[opened:closed]
    return (
        len(tail) >= len(("38", "or", "39"))
        and bool(_CHOICE & set(tail))
        and all(word in _CHOICE or word.replace(".", "", 1).isdecimal() for word in tail)
    )


def _distant_said(tokens: list[str], start: int, end: int, hit: _Hit) -> list[tuple[int, int]]:
    """Spans like "my coworker said", "una prima me contó" before a sign told in the past: a story retold."""
    # A husband or a mother telling of their own sign may be beside the writer: not these. "mi prima
    # me dice que no puede respirar" is told now, by phone maybe: only a sign in the past is a story.
    # "se LE paralizó media cara": a third person's sign in the preterite is retold too.
    # So is "HIS face droopED": a past verb, no "is", of a third person's body.
    told = tokens[hit.start : hit.end]
    retold_of_them = hit.start > start and (
        (tokens[hit.start - 1] == "le" and tokens[hit.start].endswith("o"))
        or (
            tokens[hit.start - 1] in _THIRD_POSSESSIVES
            and any(word.endswith("ed") for word in told)
            and not _PRESENT_COPULAS & set(told)
        )
    )
    if not (_RETOLD & set(tokens[max(start, hit.start - 2) : hit.end]) or retold_of_them):
        return []
    # "un amigo DICE que se le paralizó…": said now of a sign that was, a story all the same.
    said = _SAID | _SAYS
    return [
        (i - 1, i + 2)
        for i in range(max(start + 1, 1), end - 1)
        if tokens[i] in _DISTANT
        and tokens[i - 1] in _POSSESSIVES | _INDEFINITE
        and (tokens[i + 1] in said or (tokens[i + 1] in ("me", "told") and i + 2 < end and tokens[i + 2] in said))
    ]


_SAYS = frozenset("says tells dice cuenta".split())  # noqa: SIM905
_THIRD_POSSESSIVES = frozenset({"his", "her", "their"})
_PRESENT_COPULAS = frozenset({"is", "are", "has", "have", "keeps", "still"})


def _in_a_month(tokens: list[str], at: int) -> bool:
    """True when "in <month>" / "en <mes>" follows within a few words of `at`."""
    return any(
        tokens[i] in ("in", "en", "para", "for") and (tokens[i + 1] in _MONTHS or tokens[i + 1] in ("may", "mayo"))
        for i in range(at, min(len(tokens) - 1, at + 3))
    )


# "se pasó", "ya se había pasado": gone past, when a mark was drawn before it.
_PASSED_MARK = frozenset({"paso", "pasado", "pasaba", "pasando", "passed"})
# A mark drawn round a patch to watch it grow: "marqué el borde", "I marked the edge with a pen".
# Not "line" or "raya": a red line is a sign of its own, and "la raya roja ya se pasó" is over.
_MARKED = frozenset(
    "borde bordes orilla orillas marca marque marcamos marcaste marcado marcada marcador plumon pluma sharpie "  # noqa: SIM905
    "contorno circulo marked mark edge edges outline outlined circled drew pen marker".split()
)
_MARK_REACH = 15
# What covers a wound, that a patch may spread past: "ya pasó la curita", "went past the plaster".
_COVERINGS = frozenset(
    "curita curitas venda vendita vendaje gasa gasita parche tirita bandita aposito esparadrapo tela cinta "  # noqa: SIM905
    "bandaid bandage plaster dressing gauze tape".split()
)
_PASSED_OVER = _COVERINGS | _MARKED


def _sentence_start(sentences: list[int], at: int) -> int:
    """The position where the sentence holding position `at` starts."""
    while at > 0 and sentences[at - 1] == sentences[at]:
        at -= 1
    return at


def _instructed_then_told(tokens: list[str], start: int, a: int, b: int, hit: _Hit) -> bool:
    """True when the condition at a..b is an instruction someone gave ("they told me to call if…")
    and the writer then says, after "and", what they have now ("…and I have 38.6")."""
    # "me dijo que vigilara si…": the verb of telling may open the condition's own words.
    if not _INSTRUCTED & set(tokens[max(start, a - _INSTRUCTED_REACH) : b]):
        return False
    return any(
        _opens_telling(tokens, i) or (tokens[i] in _AND | _BUT and tokens[i + 1 : i + 3] == ["ya", "tengo"])
        for i in range(b, min(hit.end, len(tokens) - 1))
    )


def _opens_telling(tokens: list[str], at: int) -> bool:
    """True when "and" or "but" at `at` opens the writer's own or today's telling ("…and I have 38.6",
    "…y HOY me sale pus"), not more of a condition."""
    return tokens[at] in _AND | _BUT and tokens[at + 1] in _FIRST | _FIRST_VERBS | _NOW_WORDS | _TODAY


_BUT = frozenset({"but", "pero"})


# Someone telling the writer what to do: "they TOLD me to call if", "me DIJERON que llame si".
_INSTRUCTED = frozenset(
    "told said say says instructed explained dijo dijeron dice dicen indico indicaron explico explicaron".split()  # noqa: SIM905
)
_INSTRUCTED_REACH = 5


def _partly_after(tokens: list[str], at: int) -> bool:
    """True when the words from `at` say by how little it passed ("un poco", "a bit"), not when ("a bit later")."""
    window = tokens[at : at + 4]
    if _BREAK in window:
        window = window[: window.index(_BREAK)]
    if window[:1] in (["only"], ["just"], ["solo"], ["nomas"]):
        window = window[1:]
    size = next((len(opener) for opener in _PARTLY_SAID if tuple(window[: len(opener)]) == opener), 0)
    return bool(size) and not (window[size : size + 1] and window[size] in _LATER_WORDS)


def _ends_there(tokens: list[str], at: int, end: int) -> bool:
    """True when the clause stops at `at` or goes on only with how or when ("…came back after an hour")."""
    # "the feeling is back a bit, but not fully": only partly back is not over.
    if _PARTLY & set(tokens[at : at + 3]):
        return False
    # "volvió la sensación por completo": wholly, as "completely".
    return at >= end or tokens[at] == _BREAK or tokens[at] in _RETURN_TAIL or tokens[at : at + 2] == ["por", "completo"]


def _of_writer(words: list[str]) -> bool:
    """True when words tell of the writer: "I", "me", or "my" before anything but a person ("my lips", not "my son")."""
    return any(
        word in _FIRST or word in _FIRST_VERBS or (word in _MY and (i + 1 == len(words) or words[i + 1] not in _OTHERS))
        for i, word in enumerate(words)
    )


_EXAMPLE_OPENERS = (("like",), ("such", "as"), ("say",), ("eg",), ("por", "ejemplo"), ("tipo",), ("digamos",))
# "algo de derrame cerebral", "something about a stroke": the topic of what was asked, named by a
# condition's name ("algo de fiebre" is some fever, had).
_ABOUT_OPENERS = (("algo", "de"), ("algo", "del"), ("algo", "sobre"), ("something", "about"), ("sth", "about"))


def _example(words: list[str]) -> bool:
    """True when a clause only names an example ("like anaphylaxis", "por ejemplo una anafilaxia")."""
    words = [word for word in words if word != "."]
    opener = next((opener for opener in _EXAMPLE_OPENERS if tuple(words[: len(opener)]) == opener), None)
    if opener is None and _CONDITION_NAMES & set(words):
        opener = next((opener for opener in _ABOUT_OPENERS if tuple(words[: len(opener)]) == opener), None)
    # The rest without the opener: "tipo" opens an example, not a "guy".
    rest = words[len(opener) :] if opener is not None else []
    return opener is not None and len(words) <= 5 and not _of_writer(rest) and not _told_of_other(rest)


# "lung clots OR SOMETHING?", "¿coágulos en los pulmones O ALGO ASÍ?": a vague tail on a named example.
_VAGUE_TAILS = (
    ("or", "something"),
    ("or", "anything"),
    ("or", "whatever"),
    ("or", "what"),
    ("o", "algo"),
    ("o", "algo", "asi"),
    ("o", "que"),
    ("o", "lo", "que", "sea"),
)
_QUESTION_OPENERS = frozenset(
    "what which is are can could does do will would whats how que cual cuales es son puede pueden hay como".split()  # noqa: SIM905
)
_VAGUE_LONGEST = 8  # words in a sentence that only names an example with a vague tail


def _vague_example(words: list[str]) -> bool:
    """True when a sentence only names something with a vague tail ("lung clots or something"): an
    example offered after a question, not a telling."""
    words = [word for word in words if word not in (".", _BREAK)]
    return (
        len(words) <= _VAGUE_LONGEST
        and any(tuple(words[-len(tail) :]) == tail for tail in _VAGUE_TAILS)
        and not _of_writer(words)
        and not _told_of_other(words)
    )


def _kin_now(
    tokens: list[str],
    start: int,
    hit: _Hit,
    clause: dict[int, int],
    hit_clause: list[str],
    verbs: frozenset[str] = _TOLD_NOW,
) -> bool:
    """True when the clause of `hit` tells it of someone at home, in the present ("mi mamá TIENE…")."""
    return bool(
        _KIN & set(hit_clause)
        and not _DISTANT & set(hit_clause)
        and verbs & {tokens[i] for i in range(start, hit.end) if clause[i] == clause[hit.start]}
    )


# Whose a sign is, in what someone said: "HER knee", "LE salió", "SU rodilla", "SHE has".
_THEIR_OWN = _THIRD | _THIRD_POSSESSIVES | frozenset("him them le les su sus".split())  # noqa: SIM905
# What makes what someone said a saying of signs in general, of a meaning or of a maybe: "pus MEANS
# infection", "you CAN get a fever", "IF it's red", "es NORMAL", "es SEÑAL de", "CUANDO uno…".
_SAID_IN_GENERAL = frozenset(
    """
    means mean meaning sign signs normal common usual expected can could may might if when you u
    significa significan senal senales comun esperado puede pueden podria si cuando uno
    """.split()  # noqa: SIM905
)


_SAID_AS_PAST = frozenset("had was were did died passed tuvo tenia fue era eran estaba estuvo murio fallecio".split())  # noqa: SIM905


def _tells_own_now(tokens: list[str], start: int, end: int, a: int, b: int, hit: _Hit, clause: dict[int, int]) -> bool:
    """True when someone of the writer's, just named, tells of their own sign now: "my buddy says
    pus IS OOZING from the shot", "mi vecina dice que LE SALE materia"."""
    # "MY BUDDY says", "me escribió MI AMIGA que": the one who said it, named as the writer's.
    speaker = next(
        (i for i in range(max(start, a - 2), min(b + 1, hit.start)) if tokens[i] in _MY and tokens[i + 1] in _OTHERS),
        None,
    )
    if speaker is None:
        return False
    said = tokens[max(b, speaker + 2) : end]
    return (
        b <= hit.start
        and not _PEOPLE_IN_GENERAL & set(said)
        and not _SAID_IN_GENERAL & set(said)
        # "my neighbour said the drip was fine but then she HAD a seizure": a story, told as past.
        and not _SAID_AS_PAST & set(said)
        # "my friend said her COUSIN went blind": someone else's story, passed on.
        and not _OTHERS & set(said)
        # "se le paralizó media cara POR UN DÍA": how long it lasted, so it is over.
        and not _lasted(said)
        and (
            # "told me HER knee IS…": whose, named in the saying itself or after it, and in the
            # present, or, in Spanish, as just come on ("LE SALIÓ un granote", "SE LE PUSO roja").
            (bool(_THEIR_OWN & set(tokens[a:end])) and bool(_SAID_NOW & set(said)))
            or _going_on(tokens, start, hit, clause)
            # "yellow stuff IS OOZING": the sign's own verb, in the present progressive.
            or (tokens[hit.start - 1] in _PRESENT_BE and tokens[hit.start].endswith(_GERUND_ENDS))
        )
    )


# A saying told in the present, or of a sign just come on: "her knee IS red", "LE SALE pus", "SE
# LE PUSO roja" (Spanish tells what just began in the preterite; English "went" is a story).
_SAID_NOW = frozenset(
    """
    is are am keeps keep has have still hurts now today rn
    esta estan sigue siguen tiene tienen va van sale salen duele duelen hay anda ahora hoy ahorita
    salio puso pusieron hincho inflamo broto abrio
    """.split()  # noqa: SIM905
)
_LASTED_OPENERS = frozenset("for por durante".split())  # noqa: SIM905
_LASTED_COUNTS = frozenset("a one two few some un una unos unas dos tres algunos algunas".split())  # noqa: SIM905


def _lasted(words: list[str]) -> bool:
    """True when words tell how long something lasted ("for a day", "por un día", "durante unas horas")."""
    return any(
        word in _LASTED_OPENERS
        and words[i + 1 : i + 2]
        and words[i + 1] in _LASTED_COUNTS
        and words[i + 2 : i + 3]
        and words[i + 2] in _TIME_UNITS
        for i, word in enumerate(words)
    )


def _told_of_other(words: list[str]) -> bool:
    """True when words name someone other than the writer ("my friend in Manila", "una amiga")."""
    return bool(_OTHERS & set(words))


def _day_counts(tokens: list[str], start: int, end: int) -> list[int]:
    """The days since treatment told in tokens[start:end]: "day 4", "el primer día", "ya van 9 días"."""
    days = []
    for i in range(start, end):
        word, after = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
        # "day 4", "días 1, 2 y 3"
        if (word in _DAY_WORDS or word in _DAYS_BACK) and after.isdecimal():
            days.append(int(after))
        elif word in DAY_ORDINALS and after in _DAY_WORDS:
            days.append(DAY_ORDINALS[word])
        elif (
            word.isdecimal()
            and after in _DAYS_BACK
            and (_COUNT_SO_FAR & set(tokens[max(0, i - 2) : i]) or tokens[i + 2 : i + 3] in (["now"], ["ya"]))
        ):
            days.append(int(word))
    return days


# A diary's entry label at the start of a clause: "D1", "dia2", "Day 3", "Semana 1", "week 2".
_DIARY_GLUED = re.compile(r"^(d|dia|day)(\d{1,2})$")
_DIARY_UNITS = {"dia": "day", "day": "day", "semana": "week", "week": "week", "wk": "week"}
# A diary entry that is only "nothing": "D3 nada", "day 4 nothing".
_NOTHING_ENTRIES = frozenset("nada nothing".split())  # noqa: SIM905
_AFTER_NOTHING = frozenset([_BREAK, *"de of mas more else raro malo serio".split()])  # noqa: SIM905


def _diary_labels(tokens: list[str]) -> list[tuple[int, str, int]]:
    """(position, unit, number) of each diary label that opens a clause ("D1 …", "Semana 2: …")."""
    labels = []
    for at, word in enumerate(tokens):
        if at > 0 and tokens[at - 1] != _BREAK:
            continue
        glued = _DIARY_GLUED.match(word)
        if glued:
            labels.append((at, "day", int(glued.group(2))))
        elif (
            word in _DIARY_UNITS and tokens[at + 1 : at + 2] and tokens[at + 1].isdecimal() and len(tokens[at + 1]) <= 2
        ):
            labels.append((at, _DIARY_UNITS[word], int(tokens[at + 1])))
    return labels


def _day_since_passed(tokens: list[str], hit: _Hit, clause: dict[int, int]) -> bool:
    """True when the clause of `hit` dates it to a day ("el día 1") and a later day is told after it."""
    own = [i for i in clause if clause[i] == clause[hit.start]]
    told = _day_counts(tokens, own[0], own[-1] + 1)
    later = _day_counts(tokens, own[-1] + 1, len(tokens))
    return bool(told and later and max(later) > max(told))


def _names_a_feature(tokens: list[str], hit: _Hit) -> bool:
    """True when the sign's words name one of the bot's features ("the FEVER REMINDERS", "los
    RECORDATORIOS DE LA fiebre", "the fever check"), not a sign the writer has."""
    if hit.words is not None:
        return False
    after = tokens[hit.end : hit.end + 1]
    before = tokens[max(0, hit.start - 3) : hit.start]
    # "who can see the fever readings I send you": the records kept, asked about with no reading in them.
    if (
        (bool(after) and after[0] in _RECORDS)
        or (bool(before) and before[-1] in ("de", "del", "la", "el") and bool(_RECORDS & set(before)))
    ) and (_DATA_ASKS & set(tokens) and not any(token[:1].isdecimal() for token in tokens)):
        return True
    # "las señales DE ALERTA del suicidio": warning signs, not the bot's alerts.
    if (_SYMPTOM_NOUNS | _MEANS_NOUNS) & set(tokens[max(0, hit.start - 5) : hit.start]):
        return False
    return (bool(after) and after[0] in _FEATURES) or (
        bool(before) and before[-1] in ("de", "del", "la", "el") and bool(_FEATURES & set(before))
    )


def _leg_a_bit_sore(tokens: list[str], hit: _Hit) -> bool:
    """True when a leg is only told "a bit sore" ("leg still a bit sore", "la pierna un poco
    adolorida"): soreness told as mild, with no swelling, heat or redness, is no clot sign."""
    if hit.sign != "leg_clot" or hit.words is None:
        return False
    told = [i for i in hit.words if tokens[i] not in _LEG_NAMES]
    # "my calf is a bit sore AND SWOLLEN": any other sign of a clot in the clause keeps it.
    clause = tokens[hit.start : hit.end + _CLOT_TAIL]
    if _BREAK in clause:
        clause = clause[: clause.index(_BREAK)]
    return (
        bool(told)
        and all(tokens[i] in _SORE_ONLY and _MILDLY & set(tokens[max(0, i - _MILD_REACH) : i]) for i in told)
        and not any(word in _CLOT_SIGNS or word.startswith(_CLOT_STEMS) for word in clause)
    )


# A leg named, and a soreness that is no more than pain: "leg a bit SORE".
_LEG_NAMES = frozenset("calf calves leg legs pierna piernas pantorrilla pantorrillas chamorro".split())  # noqa: SIM905
# Other signs of a clot told beside a soreness, and how far after it they are looked for.
_CLOT_SIGNS = frozenset(
    """
    hot warm warmer red redder tight hard firm tender bigger fatter thicker caliente calientita roja rojo gorda gordo
    dura duro tensa tenso
    """.split()  # noqa: SIM905
)
_CLOT_STEMS = ("swell", "swol", "hinch", "inflam", "puff", "enrojec")
_CLOT_TAIL = 6
_SORE_ONLY = frozenset("sore painful achy adolorida adolorido dolorida dolorido".split())  # noqa: SIM905


def _named_in_a_tool(tokens: list[str], hit: _Hit) -> bool:
    """True when a fever names a part of the bot or a log ("the FEVER CHECK reminder", "el
    recordatorio DE FIEBRE"): the tool, not a fever had."""
    if hit.sign != "fever" or hit.end - hit.start != 1:
        return False
    after = tokens[hit.end : hit.end + 1]
    before = tokens[max(0, hit.start - 3) : hit.start]
    if before[-1:] in (["la"], ["el"]):
        before = before[:-1]
    return bool(after and after[0] in _TOOLS) or (before[-1:] == ["de"] and bool(_TOOLS & set(before[-2:-1])))


# Parts of the bot, a log or a form: "fever CHECK", "recordatorio de fiebre".
_TOOLS = frozenset(
    """
    check checks checker reminder reminders log logs chart diary alarm alarms alert alerts app button form
    screen menu recordatorio recordatorios aviso avisos alarma alarmas alerta alertas registro chequeo bitacora
    diario planilla formulario boton pantalla
    """.split()  # noqa: SIM905
)


def _pain_told_less(tokens: list[str], hit: _Hit) -> bool:
    """True when a worsening told in parts has its pain told as less ("the colour looks worse but it
    HURTS LESS", "MENOS dolor"): what got worse is something else."""
    if hit.sign != "worsening_pain" or hit.words is None:
        return False
    return any(
        tokens[i + 1 : i + 2] in (["less"], ["menos"]) or (i > 0 and tokens[i - 1] in ("less", "menos"))
        for i in hit.words
    )


def _looks_worse_than_feels(tokens: list[str], hit: _Hit) -> bool:
    """True when "worse" compares how it looks with how it feels ("looks way worse than it feels", "se ve
    peor de lo que duele"): a bruise that looks bad, not a pain growing."""
    if hit.sign != "worsening_pain":
        return False
    worse = [i for i in range(hit.start, hit.end) if tokens[i] in _WORSE_WORDS]
    if not worse:
        return False
    at = worse[0]
    looks = _LOOKS & set(tokens[max(0, at - _LOOKS_REACH) : at])
    compared = tokens[at + 1 : at + _LOOKS_REACH + 3]
    return bool(looks) and bool({"than", "de", "que"} & set(compared[:2])) and bool(_FEELS & set(compared))


_WORSE_WORDS = frozenset({"worse", "peor"})
_LOOKS = frozenset({"looks", "look", "looked", "looking", "ve", "veia", "parece", "luce"})
_FEELS = frozenset({"feels", "feel", "hurts", "hurt", "duele", "siente", "siento", "molesta"})
_LOOKS_REACH = 3  # "LOOKS way worse", "se VE mucho peor": the look told just before


# "¿por qué a unos les duele más que a otros?", "why does it hurt me more than my husband?": the
# pain measured against another person's, not against how it was before ("más que ayer").
_COMPARED_OTHERS = frozenset(
    """
    otros otras unos unas demas ellos ellas ella others other him her them everyone everybody most people anyone
    """.split()  # noqa: SIM905
)


def _pain_of_others_compared(tokens: list[str], hit: _Hit) -> bool:
    """True when a pain that "hurts more" is compared with someone else's ("más que a otros")."""
    if hit.sign != "worsening_pain" or tokens[hit.end : hit.end + 1] not in (["que"], ["than"]):
        return False
    after = tokens[hit.end + 1 : hit.end + 3]
    if not after:
        return False
    # "que a otros", "que a mi esposo": the "a" of a person; "que al principio" is a time.
    if after[0] == "a" or after[0] in _COMPARED_OTHERS:
        return True
    return after[0] in _POSSESSIVES and len(after) > 1 and after[1] in _KIN


# "me inyectaron el ojo el viernes… hoy está rojísimo y me duele 7 de 10": after an eye injection,
# pain or an intense redness told later in the message is the eye's, however far from the word "eye"
# (medical-facts.md: an injected eye that hurts or gets redder needs the clinic today).
_EYE_INJECTION_REACH = 4  # "inyectaron EL ojo", "injection in my eye", "the eye injection"
_EYE_STORY_REACH = 30
_EYE_PAIN = ("duele", "dolor", "hurt", "pain", "ache", "aching", "arde", "ardor", "burning", "stinging")
_INTENSE_RED = frozenset("rojisimo rojisima coloradisimo coloradisima".split())  # noqa: SIM905
# "me duele la cabeza": a pain placed elsewhere is not the eye's.
_ELSEWHERE = frozenset(
    """
    cabeza head rodilla knee espalda back brazo arm pierna leg estomago stomach panza barriga garganta throat
    muela tooth teeth dientes cuello neck headache
    """.split()  # noqa: SIM905
)


def _scored(tokens: list[str], at: int) -> bool:
    """True when a pain score out of ten follows the word at `at` ("duele 7 de 10", "pain 8/10")."""
    after = tokens[at + 1 : at + 6]
    return any(word.isdecimal() and "10" in after[i + 1 : i + 4] for i, word in enumerate(after))


# "lo vio en FACE", "por el face": Facebook, not a face; "la CAÍDA del pelo": hair loss, not a droop.
_SPANISH_BEFORE_FACE = frozenset({"en", "el", "por", "del", "de", "al"})
_HAIR = frozenset({"pelo", "cabello", "cabellos"})


def _not_a_body_word(tokens: list[str], at: int) -> bool:
    """True when the word at `at` only looks like a sign's body word ("vio en face", "caída del pelo")."""
    word = tokens[at]
    if word == "face":
        return at > 0 and tokens[at - 1] in _SPANISH_BEFORE_FACE
    return word.startswith("caid") and bool(_HAIR & set(tokens[at + 1 : at + 4]))


def _injected_eye_hits(tokens: list[str], hits: list[_Hit]) -> list[_Hit]:
    """Warning-sign hits for pain or intense redness told after an eye injection, where no rule read one."""
    told = next(
        (
            i
            for i, word in enumerate(tokens)
            if word in _EYES
            and _INJECTED & set(tokens[max(0, i - _EYE_INJECTION_REACH) : i + _EYE_INJECTION_REACH + 1])
        ),
        None,
    )
    if told is None or any(hit.sign == "eye_worse" for hit in hits):
        return []
    covered = _covered(hits)
    for k in range(told + 1, min(len(tokens), told + _EYE_STORY_REACH)):
        word = tokens[k]
        # A pain is the eye's sign when it is scored ("me duele 7 de 10", "hurts 6/10"): a pain
        # only named ("how long does it usually hurt?") is a question the rules read elsewhere.
        if k in covered or not (word in _INTENSE_RED or (word.startswith(_EYE_PAIN) and _scored(tokens, k))):
            continue
        if _ELSEWHERE & set(tokens[k + 1 : k + 4]):
            continue
        # Loose, as a far-apart `together` reading: the model's emergency at its own line still wins.
        return [_Hit("eye_worse", URGENT, k, k + 1, own=frozenset({word}), loose=True)]
    return []


def _at_the_site(tokens: list[str], hit: _Hit) -> bool:
    """True when the sign is placed where the needle went ("her leg is sore WHERE THEY INJECTED"):
    the injection site's soreness, not a calf swollen by a clot."""
    after = tokens[hit.end : hit.end + _SITE_REACH]
    if _BREAK in after:
        after = after[: after.index(_BREAK)]
    return any(
        word in ("where", "donde") and _INJECTED & set(after[i + 1 : i + 4]) for i, word in enumerate(after)
    ) or ("injection", "site") in itertools.pairwise(after)


def _elapsed_after(tokens: list[str], at: int, counts: frozenset[str] = _SOME) -> bool:
    """True when a count of time (a number, or a word of `counts`) stands at `at` ("pasaron 3 DÍAS")."""
    count = tokens[at : at + 1]
    return (
        bool(count)
        and (count[0].isdecimal() or count[0] in counts)
        and tokens[at + 1 : at + 2] != []
        and (tokens[at + 1] in _TIME_UNITS)
    )


def _pointed_at(tokens: list[str], start: int, at: int) -> bool:
    """True when a demonstrative in tokens[start:at] points at what starts at `at` ("this red line").

    Folded, "esta" is both "this" and "is": "me ESTÁ dando un derrame" is the verb, not a thing pointed at.
    """
    for i in range(start, at):
        word = tokens[i]
        if word not in _POINTING:
            continue
        if word in _ESTA and (
            (i > 0 and tokens[i - 1] in _CLITICS) or (i + 1 < len(tokens) and tokens[i + 1].endswith(_VERB_ENDS))
        ):
            continue
        return True
    return False


def _mistaken(tokens: list[str], hit: _Hit) -> bool:
    """True when the writer thought the sign was happening and then says what it really was ("I
    thought I was coughing blood but it was the beet juice", "pensé que tosía sangre pero era…")."""
    first, last = _clause_of(tokens, hit.start, hit.end)
    if not _THOUGHT & set(tokens[first : hit.start]):
        return False
    # "what I thought was blood in my spit WAS THE beet juice", "lo que creí que era sangre ERA EL
    # jugo de betabel": what it was, in the same clause.
    inside = tokens[hit.end : min(last, hit.end + _WAS_REACH)]
    if any(
        word in _WAS_IT and inside[i + 1 : i + 2] and inside[i + 1] in _WHAT_IT_WAS for i, word in enumerate(inside)
    ):
        return True
    turned = tokens[last + 1 : last + 4]
    return bool(turned) and (
        tuple(turned[:2]) in _TURNED_OUT or turned[0] in _TURNED_OUT_ONE or tuple(turned[:3]) in _TURNED_OUT
    )


_WAS_IT = frozenset("was were era eran fue fueron".split())  # noqa: SIM905
_WHAT_IT_WAS = frozenset("the a an just only really actually el la los las un una solo nomas".split())  # noqa: SIM905
# "the red streak I FREAKED OUT about", "la raya roja que me ASUSTÓ": the sign as something feared then.
_FEARED_THEN = frozenset("freaked panicked worried feared asusto asuste preocupo preocupe espanto".split())  # noqa: SIM905
# "…WAS ACTUALLY a scratch", "…ERA EN REALIDAD un rasguño", "…RESULTÓ SER": what it really was.
_REALLY_WAS = frozenset(
    {("was", "actually"), ("were", "actually"), ("was", "really"), ("en", "realidad"), ("resulto", "ser")}
)
_FEARED_REACH = 8


# "I dreamt I was having a heart attack", "soñé que me daba un infarto", "tuve una pesadilla": a dream.
_DREAMT = frozenset(
    "dreamt dreamed dreaming dream dreams nightmare nightmares sone sonaba sonando sonado pesadilla pesadillas".split()  # noqa: SIM905
)
_DREAM_REACH = 6
_AFTER_THE_DREAM = frozenset("and y then luego woke wake awoke desperte desperto despierto despues after".split())  # noqa: SIM905


def _dreamt(tokens: list[str], hit: _Hit) -> bool:
    """True when the sign is what the writer dreamt, in the clause of the dream ("anoche soñé que me
    daba un infarto", "had a nightmare I was having a stroke"): nothing that happened."""
    first, _ = _clause_of(tokens, hit.start, hit.end)
    before = tokens[max(first, hit.start - _DREAM_REACH) : hit.start]
    dream = max((i for i, word in enumerate(before) if word in _DREAMT), default=None)
    # "tuve una pesadilla Y DESPERTÉ con dolor en el pecho": what came after the dream is real.
    return dream is not None and not _AFTER_THE_DREAM & set(before[dream + 1 :])


def _feared_was(tokens: list[str], hit: _Hit) -> bool:
    """True when the sign is told as feared, then as what it really was ("the red streak I freaked
    out about yesterday was actually a scratch", "la raya roja que me asustó ayer era en realidad un
    rasguño"): a fear taken back."""
    _, last = _clause_of(tokens, hit.start, hit.end)
    after = tokens[hit.end : min(last, hit.end + _FEARED_REACH)]
    feared = next((i for i, word in enumerate(after) if word in _FEARED_THEN), None)
    return feared is not None and any(
        (after[i], after[i + 1]) in _REALLY_WAS for i in range(feared + 1, len(after) - 1)
    )


def _clause_of(tokens: list[str], start: int, end: int) -> tuple[int, int]:
    """(first, last): the bounds of the clause that holds tokens[start:end], between clause breaks."""
    first, last = start, end
    while first > 0 and tokens[first - 1] != _BREAK:
        first -= 1
    while last < len(tokens) and tokens[last] != _BREAK:
        last += 1
    return first, last


_TO_WHOM_SMELLS = frozenset("me le nos te les".split())  # noqa: SIM905


def _smells_fishy(tokens: list[str], hit: _Hit) -> bool:
    """True for "algo huele raro", "something smells off": a doubt about a deal, said as a smell,
    when nothing of the body is named in the clause ("algo huele raro en la herida" is a sign)."""
    at = hit.start
    # "algo ME huele mal": the one it seems so to, between the something and the smell.
    while at > 0 and tokens[at - 1] in _TO_WHOM_SMELLS:
        at -= 1
    if hit.sign != "discharge" or at == 0 or tokens[at - 1] not in _SOMETHING:
        return False
    first, last = _clause_of(tokens, hit.start, hit.end)
    return not _BODY_SITES & set(tokens[first:last])


# Words of a sign too common to tell it again by: "if my chest EVER GOT tight".
_NOT_TELLING = frozenset(
    "my the a an ever got get gets getting is was it its i me mi mis el la los las se le de si if that this eso esto "  # noqa: SIM905
    "are am were be been has have had esta estan estoy es son era tengo tiene tienes muy very so really".split()
)
_TOLD_AGAIN_REACH = 3
_PARTS_NAMED = frozenset("chest pecho head cabeza face cara eye eyes ojo ojos lung lungs pulmon pulmones".split())  # noqa: SIM905
_NOT_SO = frozenset("not no isnt wasnt arent nothing never nada ni nunca tampoco".split())  # noqa: SIM905


def _told_again_now(tokens: list[str], hit: _Hit) -> bool:
    """True when a later sentence tells a word of the sign again beside "now" ("well its tight right now")."""
    # The state told again, not the body part: "ahorita la RODILLA está bien" tells no infection.
    # Its last word, the state ("chest ever got TIGHT"): naming the thing again ("vi un video de
    # coágulos en el pulmón y ahora tengo miedo") tells no one has it.
    own = {tokens[hit.end - 1]} - _NOT_TELLING - _BODY_SITES - _LIMBS - _PARTS_NAMED
    if not own or _BREAK not in tokens[hit.end :]:
        return False
    later = tokens.index(_BREAK, hit.end)
    return any(
        tokens[i] in own
        # In its own clause: "she's ok right now, but she faints easily" dates the wellness.
        and _NOW_WORDS & set(_clause_around(tokens, max(later, i - _TOLD_AGAIN_REACH), i, i + _TOLD_AGAIN_REACH + 1))
        # "it is not tight now": told again to deny it.
        and not _NOT_SO & set(tokens[max(later, i - _TOLD_AGAIN_REACH) : i])
        for i in range(later + 1, len(tokens))
    )


_NOTED = frozenset(
    "anotado anotada anotados anotadas apuntado apuntada escrito escrita pegado pegada guardado guardada "  # noqa: SIM905
    "written saved noted posted taped stuck printed".split()
)
# "well I have it", "pues ya lo tengo": the sign just named, said to be had, in a sentence of its own.
_HAVE_IT = _phrases(
    "i have it",
    "i got it",
    "ive got it",
    "i have that",
    "ive got that",
    "i have them",
    "im having it",
    "im having that",
    "its happening",
    "thats happening",
    "lo tengo",
    "la tengo",
    "los tengo",
    "las tengo",
    "eso tengo",
    "me esta pasando",
    "lo estoy teniendo",
)
# What may follow it: the end of the clause, or a word of now ("I have it right now").
_HAVE_IT_THEN = _NOW_WORDS | frozenset({_BREAK, "right", "mismo", "ya", "already", "too", "tambien"})


def _has_it_now(tokens: list[str], hit: _Hit) -> bool:
    """True when a later sentence says the sign just named is had ("…if I get chest pain. well I have it").

    Not "I have it written down", "lo tengo anotado": the list or the sheet, kept.
    """
    if _BREAK not in tokens[hit.end :]:
        return False
    later = tokens.index(_BREAK, hit.end)
    return any(
        # "I don't have it", "what if I have it?", "¿cómo sé que me está pasando?": denied,
        # supposed, or asked.
        tokens[i - 1] not in _NOT_SO | _IF
        and not _how_known(tokens, i)
        and not _knowing_whether(tokens, i)
        and (end == len(tokens) or tokens[end] in _HAVE_IT_THEN)
        # "its KIND OF happening right now", "I ACTUALLY have it": hedged, still had.
        for i, end in _find_loosely(_HAVE_IT, tokens, later + 1, len(tokens), _SOFTENERS)
    )


# A sign going on or ending: "…gets WORSE", "si SIGUE", "…doesn't STOP", "si no se me QUITA".
_GOES_ON = frozenset(
    "worse worsens continues persists keeps lasts sigue continua persiste empeora aumenta dura".split()  # noqa: SIM905
)
_ENDS_IF = frozenset("stop stops away quita quite quito".split())  # noqa: SIM905
_GOES_ON_REACH = 4
_GOES_ON_IF_REACH = 6  # "si no se me quita el dolor": the condition's words before the sign


def _goes_on_if(tokens: list[str], hit: _Hit) -> bool:
    """True when an "if" clause says the writer's own sign goes on or does not end ("if my chest pain
    doesn't stop", "si me sigue doliendo el pecho", "si no se me quita el dolor de pecho"): it is had now.

    Not "if I get chest pain" (ahead of time) nor "if the pain lasts more than 5 minutes" (a rule)."""
    cond = next(
        (i for i in range(hit.start - 1, max(-1, hit.start - _GOES_ON_IF_REACH - 1), -1) if tokens[i] in _IF), None
    )
    if cond is None or _BREAK in tokens[cond : hit.start]:
        return False
    after = tokens[hit.end : hit.end + _GOES_ON_REACH]
    if _BREAK in after:
        after = after[: after.index(_BREAK)]
    near = tokens[cond + 1 : hit.end] + after
    # "if my chest pain STOPS, can I skip the ER?" asks of an end to a pain had now, as "doesn't stop" does.
    return (bool(_MY & set(near)) or "me" in near) and bool((_GOES_ON | _ENDS_IF) & set(near))


# Words that soften what is told without taking it back: "its KIND OF happening", "medio lo tengo".
_SOFTENERS = frozenset(
    "kind sort of kinda sorta actually literally really like def definitely totally medio como".split()  # noqa: SIM905
)


def _find_loosely(
    phrases: tuple[tuple[str, ...], ...], tokens: list[str], start: int, end: int, fillers: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of phrases found in tokens[start:end], with any run of `fillers` between their words."""
    spans = []
    for i, phrase in _phrase_starts(phrases, tokens, start, end):
        at = i + 1
        for word in phrase[1:]:
            while at < end and tokens[at] in fillers and tokens[at] != word:
                at += 1
            if at >= end or tokens[at] != word:
                break
            at += 1
        else:
            spans.append((i, at))
    return spans


# "the pain has gone": over only where the clause ends, or says how wholly or since when.
# Someone seen doing, now, what a sign looks like: "is shaking", "está convulsionando".
_PRESENT_DOING = frozenset("is are im hes shes esta estan estoy".split())  # noqa: SIM905
_SIGN_DOINGS = frozenset(
    """
    shaking jerking twitching convulsing seizing fitting choking gasping wheezing bleeding vomiting throwing coughing
    fainting collapsing slurring drooling struggling turning swelling
    temblando convulsionando sacudiendose sacudiendo ahogando ahogandose sangrando vomitando desmayando desmayandose
    babeando hinchando hinchandose poniendo
    """.split()  # noqa: SIM905
)
_DOING_REACH = 4


def _seen_doing_now(tokens: list[str], hit: _Hit, still_only: bool = False) -> bool:
    """True when a later sentence shows someone, now, doing what a sign looks like ("my son is shaking now");
    with `still_only`, only still doing it ("he is still shaking", "sigue temblando")."""
    if _BREAK not in tokens[hit.end :]:
        return False
    later = tokens.index(_BREAK, hit.end)
    for i in range(later + 1, len(tokens) - 1):
        # "he IS STILL shaking", "todavía ESTÁ temblando", "SIGUE temblando": still, as now.
        still = tokens[i + 1] in _STILL_DOING and i + 2 < len(tokens)
        doing = tokens[i + 1 + still]
        if not (tokens[i] in _PRESENT_DOING or tokens[i] in _GOES_ON_DOING) or doing not in _SIGN_DOINGS:
            continue
        near = set(tokens[max(later, i - _DOING_REACH) : i + _DOING_REACH + 2])
        # "todavía está temblando": the "still" may come first.
        now = _STILL_DOING if still_only else _NOW_WORDS | _STILL_DOING
        if (now & near or tokens[i] in _GOES_ON_DOING) and not _NOT_SO & set(tokens[max(later, i - 2) : i + 1]):
            return True
    return False


_STILL_DOING = frozenset("still todavia aun".split())  # noqa: SIM905
_GOES_ON_DOING = frozenset("sigue siguen keeps".split())  # noqa: SIM905


_HAS_GONE = (["has", "gone"], ["have", "gone"], ["had", "gone"])
_GONE_ENDS = frozenset(
    "and but now since today completely entirely totally altogether by already y pero away for again too".split()  # noqa: SIM905
) | {_BREAK}

_BECAME_ENDINGS = ("ish", "ey", "ier")


def _became(word: str) -> bool:
    """True when `word` after "gone" says what something became ("greyish", "bluey", "numb")."""
    return word in _BECAME or word.endswith(_BECAME_ENDINGS)


# "just had", "just fainted": what happened a moment ago, as good as now.
_JUST_VERBS = frozenset(
    "had got fainted collapsed passed blacked threw coughed went started suffered".split()  # noqa: SIM905
)


def _just_happened(tokens: list[str], hit: _Hit) -> bool:
    """True when "just" and a past verb open the sign: "just had a seizure", "just passed out"."""
    at = hit.start
    if at > 0 and tokens[at - 1] in _ARTICLES:
        at -= 1
    if at > 0 and tokens[at - 1] in _JUST_VERBS:
        at -= 1
    elif tokens[at] not in _JUST_VERBS:
        return False
    return at > 0 and tokens[at - 1] == "just"


def _named_as_was(tokens: list[str], hit: _Hit) -> bool:
    """True when `hit` is named as what something was: "it was a clot", "era un coágulo", "fue un infarto",
    "they found a small clot", "me detectaron un trombo"."""
    at = hit.start
    if at > 0 and tokens[at - 1] in _FOUND_SIZES:
        at -= 1
    if at > 0 and tokens[at - 1] in _ARTICLES:
        at -= 1
    if at > 0 and tokens[at - 1] in _FOUND_SIZES:
        at -= 1
    return at > 0 and (tokens[at - 1] in _WAS_NAMED or tokens[at - 1] in _FOUND_NAMED)


_WHEN_ANYONE = (
    ("when", "you"),
    ("when", "someone"),
    ("when", "somebody"),
    ("when", "a", "person"),
    ("when", "people"),
    ("cuando", "uno"),
    ("cuando", "a", "uno"),
    ("cuando", "alguien"),
    ("cuando", "una", "persona"),
    ("cuando", "a", "una", "persona"),
    ("cuando", "a", "alguien"),
    ("siente", "uno", "cuando"),
)


def _generic_fact(tokens: list[str], hit: _Hit) -> bool:
    """True for "sepsis makes you confused", "…makes you confused": a sign in a fact about anyone."""
    first = hit.start
    while first > 0 and tokens[first - 1] != _BREAK:
        first -= 1
    lead = tokens[first : hit.start]
    # "when you have a heart attack what do you feel?", "cuando alguien tiene un derrame, ¿qué
    # siente?": anyone's sign, in a clause about whoever has one.
    near = tokens[max(first, hit.start - 6) : hit.start]
    if any(tuple(near[i : i + len(who)]) == who for who in _WHEN_ANYONE for i in range(len(near))):
        return True
    # "my husband HAS sepsis, it makes you confused" is his; "my wife SAYS sepsis makes you…" is what
    # she says, and "mi hermana ME asustó diciendo que eso da…" is what she said, whoever it scared.
    said = max((i for i, word in enumerate(lead) if word in _SAYS_SO), default=None)
    if _of_writer(lead if said is None else lead[said + 1 :]) or (_told_of_other(lead) and said is None):
        return False
    after = tuple(tokens[hit.end : hit.end + 2])
    # "that causes A clot": the sign's article is not between the cause and the sign.
    at = hit.start
    while at > first and tokens[at - 1] in _ARTICLES:
        at -= 1
    before = tuple(tokens[max(first, at - 2) : at])
    return after in _MAKES_ANYONE or after[:1] in _CAUSES_IT or before in _MAKES_ANYONE


def _named_as_topic(tokens: list[str], hit: _Hit, openers: tuple[tuple[str, ...], ...]) -> bool:
    """True when the sign of `hit` is named as a topic: after one of `openers` ("lo de", "the part
    about"), an article or two between, or before a topic noun ("the fever THING")."""
    at = hit.start
    while at > 0 and tokens[at - 1] in _ANY_ARTICLE:
        at -= 1
    before = tuple(tokens[max(0, at - 3) : at])
    return any(before[-len(opener) :] == opener for opener in openers) or bool(
        _TOPIC_NOUNS & set(tokens[hit.end : hit.end + 1])
    )


# "asking about", "una duda sobre", "pregunto por": what a question is about comes next.
_ASKING_WORDS = frozenset(
    "asking ask question questions wondering curious pregunto preguntando pregunta preguntas preguntar duda dudas "  # noqa: SIM905
    "curiosidad".split()
)
_QUESTION_ABOUT = frozenset("about regarding re sobre por acerca de del".split())  # noqa: SIM905
_ASKING_REACH = 3


_RULE_MEANS = _MEANS | {"equals"}  # "pus = go in" is read as "pus means go in"
# What a sign is said to call for: "go in", "call", "the ER", "urgencias".
_CALLS_FOR = frozenset(
    "go call er ed hospital clinic emergency urgent urgencias emergencia clinica llamar llama ir ve vaya "  # noqa: SIM905
    "acudir correr".split()
)
_CALLS_REACH = 3
_TOLD_OR_SEEN_NOW = _TOLD_NOW | _SEEN_NOW
# "asking about the chest pain I have now": the sign told after all.
_TOLD_AFTER_ASKING = _TOLD_OR_SEEN_NOW | _NOW_WORDS


def _rule_told(tokens: list[str], hit: _Hit, hit_clause: list[str]) -> bool:
    """True for "pus = go in", "red streaks means ER", "fiebre significa ir a urgencias": a sign, then
    what it calls for, with nothing of it told in the present."""
    if tokens[hit.end : hit.end + 1] == ["quiere"]:
        at = hit.end + 2 if tokens[hit.end + 1 : hit.end + 2] == ["decir"] else len(tokens)
    elif tokens[hit.end : hit.end + 1] and tokens[hit.end] in _RULE_MEANS:
        at = hit.end + 1
    else:
        return False
    return bool(_CALLS_FOR & set(tokens[at : at + _CALLS_REACH])) and not _TOLD_OR_SEEN_NOW & set(hit_clause)


# Who says what a sign is a sign of: "my doctor TOLD me…", "la enfermera DIJO que…".
_SAID_BY_SOMEONE = _SAID | _SAYS | frozenset("says explained explico menciono mentioned".split())  # noqa: SIM905
_MEANING_REACH = 3
_TOLD_TO = frozenset("me us nos le les that que".split())  # noqa: SIM905
_OWN_ONES = frozenset("mine mia mio mias mios".split())  # noqa: SIM905
# What a sign is warned to be a sign of: "…is a sign of INFECTION", "…es señal de PELIGRO".
_WARNED_OF = frozenset(
    "infection infections infeccion infecciones danger peligro alarma alarm emergency emergencia urgencia clot clots "  # noqa: SIM905
    "coagulo coagulos trombo trombosis sepsis stroke derrame".split()
)


def _said_to_mean(tokens: list[str], hit: _Hit, start: int) -> bool:
    """True for "my doctor told me 'hot swelling that grows' is a sign of infection", "me dijo que
    'hinchazón caliente' es señal de infección": a sign someone said is a sign of something, named as
    a kind (no "my", "mi" before it) with nothing of it told now between."""
    said = [i for i in range(start, hit.start) if tokens[i] in _SAID_BY_SOMEONE]
    if not said:
        return False
    # Who was told ("told ME", "ME dijo QUE") is not whose sign: only the words after count.
    between = tokens[said[-1] + 1 : hit.start]
    while between and between[0] in _TOLD_TO:
        between = between[1:]
    if (_MY | _FIRST) & set(between):
        return False
    for at in range(hit.end, min(len(tokens), hit.end + _MEANING_REACH)):
        if tokens[at] == _BREAK:
            return False
        if tokens[at] in _MEANS or (tokens[at] in _IS_ARE and _SIGN_NOUNS & set(tokens[at + 1 : at + 3])):
            # Only a warning: "chills are a symptom of HEALING, should I worry?" waves away a sign the
            # writer may have. A reading is someone's ("38.5 is a 'healing crisis'"), never a kind.
            told = tokens[hit.start : at]
            warned = bool(_WARNED_OF & set(tokens[at + 1 : at + 1 + _MEANING_REACH + 2]))
            # And the writer's own told after it ("MINE is the same or smaller", "LA MÍA está igual"):
            # "red streaks are a sign of infection, should I worry?" may be about one the writer has.
            rest = tokens[at:]
            own = any(
                word in _OWN_ONES or (word in _MY and k + 1 < len(rest) and rest[k + 1] not in _OTHERS)
                for k, word in enumerate(rest)
            )
            return (
                warned
                and own
                and not _TOLD_OR_SEEN_NOW & set(tokens[hit.end : at])
                and not any(word[:1].isdigit() for word in told)
            )
    return False


# "report ANY fever", "avisar de CUALQUIER fiebre": any one of a kind.
_ANY_SUCH = frozenset({"any", "cualquier", "cualquiera"})


def _any_such(tokens: list[str], hit: _Hit) -> bool:
    """True for "report any fever", "cualquier fiebre": the sign as a kind, any one of it."""
    return hit.start > 0 and tokens[hit.start - 1] in _ANY_SUCH


def _asked_about(tokens: list[str], hit: _Hit) -> bool:
    """True for "just asking about the lung clot thing", "una duda sobre los coágulos": the sign, with
    only articles (or "lo de") before it, as what a question is about, and nothing told of it now after."""
    at = hit.start
    while at > 0 and (tokens[at - 1] in _ANY_ARTICLE or tuple(tokens[at - 2 : at]) in (("lo", "de"), ("lo", "del"))):
        at -= 2 if tokens[at - 1] in ("de", "del") else 1
    if at == 0 or tokens[at - 1] not in _QUESTION_ABOUT:
        return False
    if not _ASKING_WORDS & set(tokens[max(0, at - 1 - _ASKING_REACH) : at - 1]):
        return False
    after = tokens[hit.end : hit.end + _ASKING_REACH + 2]
    if _BREAK in after:
        after = after[: after.index(_BREAK)]
    return not _TOLD_AFTER_ASKING & set(after)


def _feared_topic(tokens: list[str], hit: _Hit) -> bool:
    """True for "lo de los coágulos me da miedo", "the lung clot thing scares me": a sign as a feared topic."""
    if _fear_named(tokens, hit):
        return True
    if not _named_as_topic(tokens, hit, _TOPIC_OPENERS):
        return False
    after = []
    for word in tokens[hit.end : hit.end + _FEAR_REACH]:
        if word == _BREAK:
            break
        after.append(word)
    return bool(_FEAR_WORDS & set(after))


# "lo que me preocupa ES la embolia", "what scares me IS a clot", "my biggest fear is a stroke".
_FEAR_IS = frozenset({"es", "is", "seria", "would", "son", "are"})
_FEARED_NAMES = _FEAR_WORDS | frozenset("fear fears worry concern concerns miedo preocupacion temor".split())  # noqa: SIM905
_FEAR_LEADS = frozenset("que what my mi biggest main mayor gran".split())  # noqa: SIM905
_FEAR_LEAD_REACH = 5


def _fear_named(tokens: list[str], hit: _Hit) -> bool:
    """True for "lo que me preocupa es la embolia", "my biggest fear is a stroke": the sign named as
    what the writer fears, right after "is"."""
    at = hit.start
    while at > 0 and tokens[at - 1] in _ANY_ARTICLE:
        at -= 1
    if at == 0 or tokens[at - 1] not in _FEAR_IS:
        return False
    lead = set(tokens[max(0, at - 1 - _FEAR_LEAD_REACH) : at - 1])
    return bool(_FEARED_NAMES & lead and _FEAR_LEADS & lead) and _BREAK not in lead


_TOPIC_WAS = frozenset({"fue", "was", "era"})


def _topic_explained(tokens: list[str], hit: _Hit) -> bool:
    """True for "lo del desmayo fue la presión baja", "the fainting thing was low blood pressure": a
    sign named as a topic ("lo de", "the … thing"), then what it was.

    Not one dated minutes ago ("lo del desmayo fue hace 10 minutos").
    """
    if not _named_as_topic(tokens, hit, _TOPIC_OPENERS):
        return False
    at = hit.end + 1 if tokens[hit.end : hit.end + 1] and tokens[hit.end] in _TOPIC_NOUNS else hit.end
    return at < len(tokens) and tokens[at] in _TOPIC_WAS and not _minutes_ago(tokens)


def _message_topic(tokens: list[str], hit: _Hit) -> bool:
    """True for "the fever part", "algo de la fiebre" in a sentence about reading, sending or
    understanding a message: the sign as what a message is about."""
    if not _named_as_topic(tokens, hit, _MESSAGE_TOPIC_OPENERS):
        return False
    first = hit.start
    while first > 0 and tokens[first - 1] != _BREAK:
        first -= 1
    last = hit.end
    while last < len(tokens) and tokens[last] != _BREAK:
        last += 1
    return bool(_MESSAGE_WORDS & set(tokens[max(0, first - _MESSAGE_REACH) : last + _MESSAGE_REACH]))


def _written_about(tokens: list[str], hit: _Hit) -> bool:
    """True for "the messages I sent about my fever", "lo que escribí sobre mi fiebre": the sign as
    what something written was about."""
    at = hit.start
    while at > 0 and (tokens[at - 1] in _ARTICLES or tokens[at - 1] in _POSSESSIVES):
        at -= 1
    if at == 0 or tokens[at - 1] not in _WRITTEN_ABOUT:
        return False
    # Only in a question about who sees or keeps what was written: "I texted the clinic about my
    # fever and nobody answered" tells the fever.
    said = set(tokens)
    kept = bool(_DATA_KEPT & said) or bool(_WHO_ASKED & said and _SEEING & said)
    return kept and bool(_WRITTEN & set(tokens[max(0, at - 1 - _WRITTEN_REACH) : at - 1]))


def _after_days(words: list[str]) -> bool:
    """True when `words` say a stretch of days now over: "after two days at", "tras dos días con"."""
    return any(
        word in _AFTER_WORDS_OVER and _DAY_UNITS & set(words[i + 1 : i + 1 + _AFTER_DAYS_REACH])
        for i, word in enumerate(words)
    )


def _anothers_attempt_over(tokens: list[str], hit: _Hit) -> bool:
    """True when the sign is someone else's attempt, told as tried ("tried to kill herself", "intentó
    suicidarse"), and the message says that person is safe now or cared for ("she's safe now", "ya
    está a salvo", "in therapy")."""
    told = set(tokens[max(0, hit.start - _ATTEMPT_REACH) : hit.end])
    if not (_ATTEMPTED & told) or not (_OTHERS_SELF & told) or _OWN_SELF & told:
        return False
    return any(tuple(tokens[i : i + len(safe)]) == safe for safe in _SAFE_NOW for i in range(hit.end, len(tokens)))


def _habitual(tokens: list[str], hit: _Hit) -> bool:
    """True for "me desmayo fácil", "I faint easily": fainting as a way the writer is.

    Only fainting: "me falta el aire fácil", "out of breath easily" may be a lung clot coming on.
    """
    if _now_and_then(tokens, hit):
        return True
    return (
        hit.sign == "fainting"
        and bool(
            _HABITUAL & set(tokens[hit.end : hit.end + 2])
            or _TENDING & set(tokens[max(0, hit.start - 2) : hit.start + 1])
            # "I faint when I see blood": the present of a habit (a faint now is "fainted", "fainting").
            or tuple(tokens[hit.start : hit.start + 2]) in _HABIT_TOLD
            or _often(tokens, hit)
            # "ella se desmaya con las agujas", "he faints at the sight of blood": what sets it off.
            or _set_off_by(tokens, hit)
        )
    )


# Signs that come and go as a known condition (epilepsy, a tendency to faint), told by how often.
_EPISODIC = frozenset({"seizure", "fainting"})
_NOW_AND_THEN = (
    ("now", "and", "then"),
    ("sometimes",),
    ("from", "time", "to", "time"),
    ("occasionally",),
    ("once", "in", "a", "while"),
    ("every", "so", "often"),
    ("de", "vez", "en", "cuando"),
    ("a", "veces"),
    ("de", "cuando", "en", "cuando"),
    ("cada", "tanto"),
    ("cada", "cierto", "tiempo"),
)
_NOW_AND_THEN_REACH = 5
# What makes a sign that comes and goes new: "started having seizures now and then after the infusion".
_NEWLY = (
    _SINCE
    | _NOW_TIMES
    | _TODAY
    | _STARTED
    | frozenset(
        "after despues began empezaron comenzaron new nueva nuevas nuevo nuevos again otra keeps siguen".split()  # noqa: SIM905
    )
)


def _now_and_then(tokens: list[str], hit: _Hit) -> bool:
    """True for "my son has seizures now and then", "de vez en cuando le dan convulsiones": a seizure or
    a faint that comes and goes, told by how often it does; a condition asked about, not one happening.

    Not when its clause makes it new or now ("since the infusion", "today", "started after").
    """
    if hit.sign not in _EPISODIC:
        return False
    first, last = _clause_of(tokens, hit.start, hit.end)
    lo, hi = max(first, hit.start - _NOW_AND_THEN_REACH), min(last, hit.end + _NOW_AND_THEN_REACH)
    told = next(
        (
            (i, i + len(often))
            for often in _NOW_AND_THEN
            for i in range(lo, hi)
            if tuple(tokens[i : i + len(often)]) == often
        ),
        None,
    )
    # The "now" of "now and then" is how often, not when.
    return told is not None and not _NEWLY & set(tokens[first : told[0]] + tokens[told[1] : last])


# "the next session", "la próxima vez": a time still to come, for the treatment.
_NEXT_TIME = frozenset("next proxima proximo siguiente".split())  # noqa: SIM905
_AGAIN_ASKED = frozenset("again volver vuelva volvera repetir repita repetira otra nuevo".split())  # noqa: SIM905
# "she JUST fainted", "me desmayé HACE 10 MINUTOS": a faint just before now is no story of a session.
_FAINT_JUST_NOW = _JUST_BEFORE | _NOW_TIMES | _TODAY | frozenset({"just", "acabo", "acaba"})


def _set_off_by(tokens: list[str], hit: _Hit) -> bool:
    """True for "se desmaya con las agujas", "faints at the sight of blood": fainting in the simple
    present, with what always sets it off (needles, blood) just after."""
    if not _HABIT_FORMS & set(tokens[hit.start : hit.end]):
        return False
    after = tokens[hit.end : hit.end + _TRIGGER_REACH]
    if _BREAK in after:
        after = after[: after.index(_BREAK)]
    return bool(after) and after[0] in _TRIGGER_LEADS and bool(_TRIGGERS & set(after))


def _often(tokens: list[str], hit: _Hit) -> bool:
    """True for "she faints a lot", "se desmaya seguido": fainting in the present of a habit, told as often.

    Not "se desmaya seguido desde la infusión", "faints a lot today": since then, or now, is new.
    """
    if not _HABIT_FORMS & set(tokens[hit.start : hit.end]):
        return False
    after = tokens[hit.end : hit.end + _OFTEN_REACH]
    if not any(tuple(after[: len(often)]) == often for often in _OFTEN):
        return False
    first, last = hit.start, hit.end
    while first > 0 and tokens[first - 1] != _BREAK:
        first -= 1
    while last < len(tokens) and tokens[last] != _BREAK:
        last += 1
    return not (_SINCE | _NOW_TIMES | _TODAY) & set(tokens[first:last])


# "I've had all my life", "de toda la vida": the time a thing has been kept or used.
_KEPT_FOR = frozenset({("ive", "had"), ("weve", "had"), ("ive", "used"), ("weve", "used"), ("i", "had"), ("we", "had")})


def _thing_kept(tokens: list[str], span: tuple[int, int], hit: _Hit) -> bool:
    """True for "el termómetro DE toda la vida", "the thermometer I'VE HAD all my life": a past time
    that says how long a thing has been had, after the sign told in the same clause."""
    if span[0] < hit.end:
        return False
    # "convulsiones de toda la vida" are the sign's own years; a thing named between is kept.
    if span[0] - 1 > hit.end and tokens[span[0] - 1] == "de":
        return True
    return tuple(tokens[max(0, span[0] - 2) : span[0]]) in _KEPT_FOR and span[0] - 2 > hit.end


# "some people get suicidal", "algunas personas se ponen suicidas": anyone, not someone at home.
_PEOPLE_IN_GENERAL = frozenset("people persons personas gente patients pacientes".split())  # noqa: SIM905
_GENERAL_REACH = 4


_POINTING_BACK = frozenset({("eso", "del"), ("lo", "del"), ("eso", "de"), ("lo", "de")})


_WANTING = frozenset("want wants wanted quiere quieren queria dejar deja let".split())  # noqa: SIM905


def _wish_of_another(tokens: list[str], at: int) -> bool:
    """True when the words at `at` tell what someone else wants: "(now) she doesn't want me to go", "(ya) no quiere"."""
    return bool(_WANTING & set(tokens[at : at + 4])) and bool(
        _THIRD & set(tokens[at : at + 2]) or _someone_else(tokens, at, [])
    )


# "el infarto DE ANTES", "the heart attack FROM BEFORE", "the seizure SHE HAD", "the EARLIER (or
# OLD) seizure": the one told already (only ever of a sign told before as past or over).
_EARLIER_ONE_AFTER = frozenset({("de", "antes"), ("from", "before"), ("he", "had"), ("she", "had")})
_EARLIER_ONE_WORDS = frozenset("anterior previo previa previous earlier prior old".split())  # noqa: SIM905


def _pointed_back(tokens: list[str], hit: _Hit) -> bool:
    """True for "eso del desmayo", "ese desmayo", "that fainting", "el infarto de antes": a sign
    pointed back at, as a thing told."""
    before = tuple(tokens[max(0, hit.start - 2) : hit.start])
    if before in _POINTING_BACK or (hit.start > 0 and tokens[hit.start - 1] in ("ese", "esa", "that")):
        return True
    return (
        tuple(tokens[hit.end : hit.end + 2]) in _EARLIER_ONE_AFTER
        or tokens[hit.end : hit.end + 1] in (["anterior"], ["previo"], ["previa"])
        or (hit.start > 0 and tokens[hit.start - 1] in _EARLIER_ONE_WORDS)
    )


# "my LATE husband", "mi DIFUNTO marido", "mi abuela FALLECIDA": someone who has died.
_DECEASED = frozenset("late deceased difunto difunta finado finada fallecido fallecida".split())  # noqa: SIM905
# "mi papá, QUE EN PAZ DESCANSE,", "my dad, GOD REST HIS SOUL,": said after naming someone who has died.
_MOURNED = (
    ("que", "en", "paz", "descanse"),
    ("que", "en", "gloria", "este"),
    ("que", "dios", "lo", "tenga"),
    ("que", "dios", "la", "tenga"),
    ("rest", "his", "soul"),
    ("rest", "her", "soul"),
    ("rest", "in", "peace"),
    ("rip",),
    ("qepd",),
)
_MOURNED_REACH = 3


def _of_the_dead(tokens: list[str], hit: _Hit, start: int) -> bool:
    """True when the sign's sentence tells it, before the sign, of someone said to have died, with
    no one else and nothing of the writer between ("my late husband had a clot in the lung")."""
    for i in range(start, hit.start):
        if tokens[i] not in _OTHERS:
            continue
        dead = (i > start and tokens[i - 1] in _DECEASED and (i - 1 == start or tokens[i - 2] in _DEAD_OWNERS)) or (
            i + 1 < hit.start and tokens[i + 1] in _DECEASED
        )
        after = [word for word in tokens[i + 1 : i + 1 + _MOURNED_REACH + 4] if word != _BREAK]
        dead = dead or any(tuple(after[k : k + len(said)]) == said for said in _MOURNED for k in range(_MOURNED_REACH))
        between = tokens[i + 1 : hit.start]
        someone_between = _of_writer(between) or bool(_OTHERS & set(between))
        if dead and not someone_between and not _NOW_TIMES & set(tokens[start : hit.end]):
            return True
    return False


# Asking where to complain about a clinic, or whether to sue it: "where do I report that?",
# "¿dónde se denuncia eso?", "can we sue them?", "necesito un abogado".
_COMPLAINT_WORDS = frozenset(
    "report reported complain complaint complaints denounce denunciar denuncia denuncio denunciarlo denunciarla "  # noqa: SIM905
    "denunciarlos quejarme quejarse queja quejas reclamar reclamo reportar reportarlo reportarla".split()
)
_LAWSUIT_WORDS = frozenset(
    "sue suing lawsuit lawyer attorney demandar demandarlos demandarla demandarlo abogado abogada".split()  # noqa: SIM905
)
_WHERE_ASKED = frozenset("where how who whom donde como quien".split())  # noqa: SIM905
_COMPLAINT_REACH = 4  # "where do I even REPORT", "¿dónde se puede DENUNCIAR?"


def _complaint_of_other(tokens: list[str], hit: _Hit, start: int, hit_clause: list[str]) -> bool:
    """True when someone else's sign, told with nothing of the present in its clause, comes with a
    question of where to complain or whether to sue ("mi amiga perdió la vista en una clínica de
    Miami, ¿dónde se denuncia eso?"): the writer's own sign, or one told now, is never waved away."""
    before = tokens[start : hit.start]
    if not _told_of_other(before) or _of_writer(before) or _TOLD_NOW & set(hit_clause) or _OWN_TIME & set(hit_clause):
        return False
    for i, word in enumerate(tokens):
        if word in _LAWSUIT_WORDS:
            return True
        if word in _COMPLAINT_WORDS and _WHERE_ASKED & set(tokens[max(0, i - _COMPLAINT_REACH) : i]):
            return True
    return False


# The words that may stand before "late" naming a person: "MY late husband", "THE late Mr…".
_DEAD_OWNERS = _POSSESSIVES | {"el", "la", "the", "a"}


# "a seizure history", "mi historial de infartos": the sign as part of a medical history.
_HISTORY_WORDS = frozenset("history historial antecedentes antecedente".split())  # noqa: SIM905


def _as_history(tokens: list[str], hit: _Hit) -> bool:
    """True for "seizure history", "antecedentes de convulsiones": a sign named as medical history."""
    after = tokens[hit.end : hit.end + 1]
    lead = tokens[max(0, hit.start - 3) : hit.start]
    return bool(after and after[0] in _HISTORY_WORDS) or any(
        word in _HISTORY_WORDS and lead[i + 1 : i + 2] in (["of"], ["de"], ["del"]) for i, word in enumerate(lead)
    )


def _told_before(tokens: list[str], hit: _Hit) -> bool:
    """True for "les conté lo de mi infarto", "I told you about my stroke": a known event retold.

    Only the event named in one word, told about: "I told my wife my chest hurts" tells a sign now.
    """
    if hit.end - hit.start != 1 or hit.start < 2:
        return False
    owner = hit.start - 1
    # "I told you about my dad's fever": whose it is may stand between ("my dads", "my mom's").
    if owner >= 1 and tokens[owner].endswith("s") and tokens[owner][:-1] in _KIN and tokens[owner - 1] in _POSSESSIVES:
        owner -= 1
    # "les conté lo de la fiebre", "lo del desmayo": the thing told, named with its article.
    named = tuple(tokens[max(0, owner - 2) : owner + 1]) in _THE_THING or tokens[max(0, owner - 1) : owner + 1] == [
        "lo",
        "del",
    ]
    # "te conté DE LA fiebre", "I told you ABOUT THE fever": told to the bot, named with its article.
    # Not "I told the nurse about the fever": a fever told to someone may well be going on.
    about = owner >= 1 and tokens[owner - 1] in _ABOUT
    told_here = about and tokens[owner] in _ARTICLES and {"te", "you"} & set(tokens[max(0, owner - 5) : owner])
    if not named and not told_here and (tokens[owner] not in _POSSESSIVES or not about):
        return False
    return bool(_TOLD_VERBS & set(tokens[max(0, owner - 5) : owner]))


_THE_THING = frozenset({("lo", "de", "la"), ("lo", "de", "el")})


# "nobody here HAS a fever", "nadie en la casa TIENE fiebre": someone else's having, said of no one.
_NOBODY = frozenset("nobody nadie noone".split())  # noqa: SIM905
_HAS_VERBS = frozenset("has feels tiene tienen siente sienten".split())  # noqa: SIM905
_NOBODY_REACH = 6
_WRITER = frozenset("i im ive yo".split())  # noqa: SIM905


def _nobody_has(tokens: list[str], hit: _Hit) -> bool:
    """True when "nobody … has" or "nadie … tiene" opens the sign's clause ("nadie en casa tiene fiebre")."""
    first = hit.start
    while first > 0 and tokens[first - 1] != _BREAK and hit.start - first < _NOBODY_REACH:
        first -= 1
    lead = tokens[first : hit.start]
    # "no one": the "no" of a person, not of the sign.
    at = next((i for i, word in enumerate(lead) if word in _NOBODY or lead[i : i + 2] == ["no", "one"]), None)
    if at is None:
        return False
    between = lead[at + 1 :]
    # "nobody answers and I have a fever": the writer's own sign after another clause's no one.
    return bool(_HAS_VERBS & set(between)) and not (_WRITER | _AND) & set(between)


# "nobody ELSE", "nadie MÁS", "nobody has it BUT me": someone is left out, the writer perhaps.
_ONLY_WORDS = frozenset("solo only just".split())  # noqa: SIM905
_BUT_SOMEONE = frozenset("else mas but except excepto menos salvo aparte besides apart".split())  # noqa: SIM905


def _nobody_at_all(tokens: list[str], hit: _Hit) -> bool:
    """True when the sign of `hit` is said of no one at all ("nobody has a fever"), no one left out."""
    first = max(0, hit.start - _NOBODY_REACH)
    return (
        _nobody_has(tokens, hit)
        and not _BUT_SOMEONE & set(tokens[first : hit.end + 3])
        # "nobody has a fever but me": the "but" is a break by now, the writer after it.
        and not (
            tokens[hit.end : hit.end + 1] == [_BREAK]
            and (
                tokens[hit.end + 1 : hit.end + 2] in (["me"], ["yo"])
                # "nadie tiene fiebre, SOLO YO", "…, only me".
                or (tokens[hit.end + 1] in _ONLY_WORDS and tokens[hit.end + 2 : hit.end + 3] in (["me"], ["yo"]))
            )
        )
    )


def _says_having(tokens: list[str], cues: frozenset[str]) -> bool:
    """True when the message says the writer has the sign asked about ("I think I'm having one")."""
    return any(
        not _knowing_whether(tokens, a)
        # "no tengo las dos", "I don't think I'm having one": the having denied.
        and not cues & set(tokens[max(0, a - 2) : a])
        for a, _ in _find(_HAVING_ONE, tokens, 0, len(tokens))
    )


# "no es que me esté desmayando", "it's not that I can't breathe": the clause after is denied whole.
_NOT_THAT_ES = ("no", "es", "que")
_NOT_THAT_EN = (("not", "that"), ("not", "like"), ("isnt", "that"), ("isnt", "like"))
# English "not like" denies only with a person after it: "it's not like I'm passing out", not
# "not like any chest pain I ever had" (a likeness, told of a pain that is there).
_NOT_THAT_WHO = frozenset("i im ive id he hes she shes my his her they theyre we were".split())  # noqa: SIM905


def _not_that(tokens: list[str], hit: _Hit) -> bool:
    """True for "no es que me esté desmayando ni nada", "it's not that I can't breathe": the sign is in
    a clause the writer opens by denying it, with a person told right after the denial."""
    first, _ = _clause_of(tokens, hit.start, hit.end)
    for i in range(first, hit.start - 1):
        if tuple(tokens[i : i + 3]) == _NOT_THAT_ES:
            return True
        if tuple(tokens[i : i + 2]) in _NOT_THAT_EN and tokens[i + 2] in _NOT_THAT_WHO:
            return True
    return False


_LIKE_THIS = (("like", "this"), ("like", "that"), ("this", "bad"), ("so", "bad"))
_LIKE_ANY = (("like", "any"), ("like", "anything"))
_UNLIKE_CUES = frozenset({"never", "nothing", "not", "nunca"})


def _unlike_any(tokens: list[str], hit: _Hit) -> bool:
    """True for "I've never felt chest pain like this", "nothing like any chest pain I've had": the
    "never" or "nothing" of a comparison in the sign's clause, not a denial of it."""
    first, _ = _clause_of(tokens, hit.start, hit.end)
    if not _UNLIKE_CUES & set(tokens[first : hit.end]):
        return False
    after = tokens[hit.end : hit.end + 3]
    if any(tuple(after[i : i + 2]) in _LIKE_THIS for i in range(len(after) - 1)):
        return True
    return tuple(tokens[max(first, hit.start - 2) : hit.start]) in _LIKE_ANY


def _free_of(tokens: list[str], hit: _Hit) -> bool:
    """True for "seizure free since", "fever-free", "libre de fiebre": the sign's absence, named."""
    return tokens[hit.end : hit.end + 1] == ["free"] or tokens[max(0, hit.start - 2) : hit.start] in (
        ["libre", "de"],
        ["libres", "de"],
    )


def _how_known(tokens: list[str], at: int) -> bool:
    """True when "how … know (that|if)" stands right before `at` ("cómo sé que me está pasando")."""
    # "cómo sé si A MI HIJA le está pasando", "how do I know if MY DAUGHTER is having it": the
    # person the question is about may stand between.
    for j in range(max(0, at - 9), at):
        if tokens[j] not in ("how", "como"):
            continue
        for k in range(j + 1, min(j + 4, at)):
            between = [m for m in range(k + 1, at) if tokens[m] not in _KNOW_TO_PRESENT]
            if tokens[k] in _KNOW_VERBS and (
                not between
                or (
                    len(between) <= _PERSON_WORDS
                    and all(tokens[m] in _POSSESSIVES | _OTHERS | {"a"} for m in between)
                    and at - k <= _KNOW_REACH
                )
            ):
                return True
    return False


def _named_then_nothing(tokens: list[str], hit: _Hit) -> bool:
    """True for a sign that opens its clause, then "ni nada" ("fiebre ni nada, solo quería saber")."""
    opens = hit.start == 0 or tokens[hit.start - 1] == _BREAK
    return opens and tokens[hit.end : hit.end + 2] == ["ni", "nada"]


def _going_on(tokens: list[str], start: int, hit: _Hit, clause: dict[int, int]) -> bool:
    """True when the sign's clause tells it in the present progressive just before it ("the wound IS
    OOZING pus", "la herida ESTÁ ECHANDO como pus")."""
    return any(
        tokens[i] in _PRESENT_BE and clause[i] == clause[hit.start] and tokens[i + 1].endswith(_GERUND_ENDS)
        for i in range(max(start, hit.start - _GOING_ON_REACH), hit.start - 1)
    )


_GOING_ON_REACH = 4


def _someone_else(tokens: list[str], at: int, hit_clause: list[str]) -> bool:
    """True when a person not named in the sign's clause opens the words at `at` ("ahora MI MAMÁ se va a…")."""
    if at + 1 >= len(tokens) or tokens[at] not in _POSSESSIVES:
        return False
    return tokens[at + 1] in _OTHERS and tokens[at + 1] not in hit_clause


def _today_then_before(tokens: list[str], hit: _Hit, start: int, end: int, clause: dict[int, int]) -> bool:
    """True when the sign's clause says today before it and each earlier day is told after it, in a
    clause or conjunct of its own ("hoy amanecí con fiebre y ayer estaba bien")."""
    own = [i for i in range(start, hit.start) if clause.get(i) == clause[hit.start]]
    if not _WOKE_TODAY & {tokens[i] for i in own}:
        return False
    return all(
        i >= hit.end and (clause.get(i) != clause[hit.start] or tokens[i - 1] in _AND)
        for i in range(start, end)
        if tokens[i] in _YESTERDAY
    )


def _clauses(tokens: list[str], start: int, end: int) -> dict[int, int]:
    """The clause number of each position in tokens[start:end] (a comma or "but" starts a new one)."""
    numbers: dict[int, int] = {}
    current = 0
    for i in range(start, end):
        current += tokens[i] == _BREAK
        numbers[i] = current
    return numbers


def _severity(alarm: Alarm) -> tuple[int, int]:
    """Sort key of alarms: happening now first, then the most severe level."""
    return (not alarm.now, LEVELS.index(alarm.level))


def _rank(hit: _Hit) -> tuple[int, bool, int, int, int]:
    """Sort key: most severe level, close readings before loose ones, earliest, written patterns, longest."""
    return (LEVELS.index(hit.level), hit.loose, hit.start, hit.words is not None, hit.start - hit.end)


# --- Loading -----------------------------------------------------------------------------

_SIGN_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_SIGN_KEYS = {"level", "en", "es", "together", "only_with", "eased"}
_EASED_KEYS = {"to", "words", "places", "kept", "unless"}
_LANGS = ("en", "es")
_RED_FLAG_KEYS = {"signs", "negation", "context", "known_words"}
_NEGATION_KEYS = {
    "cues",
    "filler",
    "joiners",
    "clause_breaks",
    "resolved_before",
    "resolved_after",
    "denied_after",
    "listed",
}
# Optional: a content file written before the key existed still loads.
_NEGATION_OPTIONAL = {"listed"}
_NUMBER_KEYS = {"unknown", "countries"}
_COUNTRY_KEYS = {"number", "name", "note", "aliases", "source", "checked", "crisis"}
_CRISIS_KEYS = {"number", "name", "source", "checked"}
_ISO_CODE = re.compile(r"^[A-Z]{2}$")
# A crisis line may be a short code or a toll-free number: "988", "*4141", "800 911 2000".
_CRISIS_NUMBER = re.compile(r"^\*?[0-9]+(?:[ -][0-9]+)*$")


def load_safety(directory: Path) -> tuple[SafetyRules, list[Problem]]:
    """Read red_flags.yaml and emergency_numbers.yaml; return the rules and every problem found."""
    problems: list[Problem] = []
    flags = _load_red_flags(directory / RED_FLAGS_FILE, problems)
    known = [*flags.known, *_load_real_words(directory / REAL_WORDS_FILE, problems)]
    countries, unknown = _load_numbers(directory / NUMBERS_FILE, problems)
    rules = SafetyRules(
        flags.patterns,
        flags.negation,
        known,
        countries,
        unknown,
        flags.together,
        flags.context,
        flags.company,
        flags.eased,
    )
    return rules, problems


@dataclass
class _RedFlags:
    """What red_flags.yaml holds, as read (empty parts where the file has problems)."""

    patterns: list[_Pattern] = field(default_factory=list)
    together: list[_Together] = field(default_factory=list)
    negation: _Negation = field(default_factory=_Negation)
    known: list[str] = field(default_factory=list)
    context: _Context = field(default_factory=_Context)
    company: dict[str, list[str]] = field(default_factory=dict)
    eased: dict[str, _Eased] = field(default_factory=dict)


def _load_red_flags(path: Path, problems: list[Problem]) -> _RedFlags:
    name = str(path)
    data, found = yamlfile.load(path, name)
    problems.extend(found)
    flags = _RedFlags()
    if data is None:
        if not found:
            problems.append(Problem(name, 1, "the file is empty"))
        return flags
    if not isinstance(data, yamlfile.Map):
        problems.append(Problem(name, yamlfile.line_of(data, 1), "expected 'signs', 'negation' and 'known_words'"))
        return flags
    problems.extend(yamlfile.unknown_keys(name, data, _RED_FLAG_KEYS))
    signs = data.get("signs")
    if not isinstance(signs, yamlfile.Map) or not signs:
        problems.append(Problem(name, data.line_of("signs") if "signs" in data else 1, "'signs' must map sign ids"))
    else:
        flags.patterns, flags.together, flags.company = _load_signs(name, signs, problems)
        flags.eased = _load_eased(name, signs, problems)
    if "negation" in data:
        flags.negation = _load_negation(name, data["negation"], data.line_of("negation"), problems)
    else:
        problems.append(Problem(name, 1, "missing 'negation' (" + _listing(_NEGATION_KEYS) + ")"))
    # Optional: without it every sign counts as happening now (the safe reading).
    if "context" in data:
        flags.context = _load_context(name, data["context"], data.line_of("context"), problems)
    if "known_words" in data:
        flags.known = _word_list(name, data["known_words"], data.line_of("known_words"), "known_words", problems)
    return flags


def red_flag_rules(directory: Path) -> SafetyRules:
    """The red-flag rules of red_flags.yaml alone, without real_words.yaml (which is made from them)."""
    flags = _load_red_flags(directory / RED_FLAGS_FILE, [])
    return SafetyRules(
        flags.patterns,
        flags.negation,
        flags.known,
        together=flags.together,
        context=flags.context,
        company=flags.company,
        eased=flags.eased,
    )


def _load_real_words(path: Path, problems: list[Problem]) -> list[str]:
    """Common English and Spanish words one slip from a red-flag word (written by `cuida train`).

    Optional: without the file only `known_words` protects real words from typo correction.
    """
    if not path.is_file():
        return []
    data, found = yamlfile.load(path, str(path))
    problems.extend(found)
    if not isinstance(data, yamlfile.Map) or "words" not in data:
        problems.append(Problem(str(path), 1, "expected 'words': a list; run `cuida train` to write it again"))
        return []
    return _word_list(str(path), data["words"], data.line_of("words"), "words", problems)


def _load_context(name: str, section: Any, line: int, problems: list[Problem]) -> _Context:
    """The `context` section: phrase lists per language saying a sign is or is not happening now."""
    if not isinstance(section, yamlfile.Map):
        problems.append(Problem(name, line, "'context' must map " + _listing(_CONTEXT_KINDS)))
        return _Context()
    problems.extend(yamlfile.unknown_keys(name, section, set(_CONTEXT_KINDS), "context"))
    values: dict[str, tuple[tuple[str, ...], ...]] = {}
    for kind in _CONTEXT_KINDS:
        if kind not in section:
            problems.append(Problem(name, line, f"context is missing '{kind}'"))
            continue
        entry = section[kind]
        where = section.line_of(kind)
        if not isinstance(entry, yamlfile.Map):
            problems.append(Problem(name, where, f"context '{kind}' needs 'en' and 'es' lists"))
            continue
        problems.extend(yamlfile.unknown_keys(name, entry, set(_LANGS), f"context '{kind}'"))
        phrases: list[tuple[str, ...]] = []
        for lang in _LANGS:
            if lang not in entry:
                problems.append(Problem(name, where, f"context '{kind}' has no '{lang}' list"))
                continue
            found = _word_list(name, entry[lang], entry.line_of(lang), f"context {kind}.{lang}", problems, True)
            phrases.extend(tuple(p.split()) for p in found)
        values[kind] = tuple(dict.fromkeys(phrases))
    return _Context(**values)


def _load_signs(
    name: str, signs: yamlfile.Map, problems: list[Problem]
) -> tuple[list[_Pattern], list[_Together], dict[str, list[str]]]:
    patterns: list[_Pattern] = []
    together: list[_Together] = []
    company: dict[str, list[str]] = {}
    company_lines: dict[str, int] = {}
    first_seen: dict[str, tuple[str, int]] = {}
    for sign, entry in signs.items():
        line = signs.line_of(sign)
        if not isinstance(sign, str) or not _SIGN_ID.match(sign):
            problems.append(Problem(name, line, f"sign id '{sign}' must be lower_case_with_underscores"))
            continue
        if not isinstance(entry, yamlfile.Map):
            problems.append(Problem(name, line, f"sign '{sign}' needs 'level', 'en' and 'es'"))
            continue
        problems.extend(yamlfile.unknown_keys(name, entry, _SIGN_KEYS, f"sign '{sign}'"))
        level = entry.get("level")
        if level not in LEVELS:
            where = entry.line_of("level") if "level" in entry else line
            problems.append(
                Problem(name, where, f"sign '{sign}': level must be 'emergency' or 'urgent', not '{level}'")
            )
            continue
        for lang in _LANGS:
            items = entry.get(lang)
            where = entry.line_of(lang) if lang in entry else line
            if not isinstance(items, yamlfile.Seq) or not items:
                problems.append(Problem(name, where, f"sign '{sign}' needs a non-empty '{lang}' list of patterns"))
                continue
            for i, item in enumerate(items):
                item_line = items.line_of(i)
                if not isinstance(item, str):
                    problems.append(Problem(name, item_line, f"sign '{sign}' {lang} item {i + 1} is not text"))
                    continue
                slots, error = _parse_pattern(item)
                if error:
                    problems.append(Problem(name, item_line, f"sign '{sign}': bad pattern '{item}': {error}"))
                    continue
                key = " ".join(normalize(part) for part in item.split())
                if key in first_seen:
                    other_sign, other_line = first_seen[key]
                    problems.append(
                        Problem(
                            name,
                            item_line,
                            f"duplicate pattern '{item}' (already in '{other_sign}' on line {other_line})",
                        )
                    )
                    continue
                first_seen[key] = (sign, item_line)
                patterns.append(_Pattern(sign, level, slots, item))
        if "together" in entry:
            rule = _load_together(name, sign, level, entry["together"], entry.line_of("together"), problems)
            if rule is not None:
                together.append(rule)
        if "only_with" in entry:
            where = entry.line_of("only_with")
            others = entry["only_with"]
            if not isinstance(others, yamlfile.Seq) or not others or not all(isinstance(o, str) for o in others):
                problems.append(Problem(name, where, f"sign '{sign}': 'only_with' must be a list of sign ids"))
            else:
                company[sign] = [str(o) for o in others]
                company_lines[sign] = where
    for sign, others in company.items():
        for other in others:
            if other not in signs or other in company:
                hint = yamlfile.suggest(other, [str(s) for s in signs])
                problems.append(
                    Problem(
                        name,
                        company_lines[sign],
                        f"sign '{sign}': 'only_with' names '{other}', not a sign that counts on its own{hint}",
                    )
                )
    return patterns, together, company


def _load_eased(name: str, signs: yamlfile.Map, problems: list[Problem]) -> dict[str, _Eased]:
    """Each sign's optional `eased` entry: the milder sign it is read as when a function is kept."""
    levels = {sign: entry.get("level") for sign, entry in signs.items() if isinstance(entry, yamlfile.Map)}
    eased: dict[str, _Eased] = {}
    for sign, entry in signs.items():
        if not isinstance(entry, yamlfile.Map) or "eased" not in entry:
            continue
        value, where = entry["eased"], entry.line_of("eased")
        if not isinstance(value, yamlfile.Map):
            problems.append(Problem(name, where, f"sign '{sign}': 'eased' must map {_listing(_EASED_KEYS)}"))
            continue
        problems.extend(yamlfile.unknown_keys(name, value, _EASED_KEYS, f"sign '{sign}' eased"))
        to = value.get("to")
        graver = [levels.get(sign), levels.get(to)]
        if (
            to == sign
            or any(level not in LEVELS for level in graver)
            or LEVELS.index(str(graver[1])) <= LEVELS.index(str(graver[0]))
        ):
            hint = "" if to in levels else yamlfile.suggest(str(to), [str(s) for s in levels])
            problems.append(
                Problem(
                    name,
                    value.line_of("to") if "to" in value else where,
                    f"sign '{sign}': 'eased' 'to' must name a milder sign, not '{to}'{hint}",
                )
            )
            continue
        lists: dict[str, list[str]] = {}
        for key in ("words", "places", "unless"):
            if key in value:
                lists[key] = _word_list(name, value[key], value.line_of(key), f"sign {sign} eased.{key}", problems)
        if not lists.get("words"):
            problems.append(Problem(name, where, f"sign '{sign}': 'eased' needs a non-empty 'words' list"))
            continue
        kept = value.get("kept")
        if not isinstance(kept, yamlfile.Map) or any(lang not in kept for lang in _LANGS):
            problems.append(Problem(name, where, f"sign '{sign}': 'eased' needs 'kept' with 'en' and 'es' phrases"))
            continue
        phrases = [
            tuple(p.split())
            for lang in _LANGS
            for p in _word_list(name, kept[lang], kept.line_of(lang), f"sign {sign} eased.kept.{lang}", problems, True)
        ]
        eased[str(sign)] = _Eased(
            str(to),
            str(levels[to]),
            frozenset(lists["words"]),
            frozenset(lists.get("places", ())),
            tuple(dict.fromkeys(phrases)),
            frozenset(lists.get("unless", ())),
        )
    return eased


def _load_together(
    name: str, sign: str, level: str, value: Any, line: int, problems: list[Problem]
) -> _Together | None:
    """A `together` rule: two or more lists of words, `word*` meaning any word starting so."""
    if not isinstance(value, yamlfile.Seq) or len(value) < 2:
        problems.append(Problem(name, line, f"sign '{sign}': 'together' needs two or more lists of words"))
        return None
    groups: list[_Group] = []
    for g, items in enumerate(value):
        group_line = value.line_of(g)
        if not isinstance(items, yamlfile.Seq) or not items:
            problems.append(
                Problem(name, group_line, f"sign '{sign}': 'together' group {g + 1} must be a non-empty list")
            )
            return None
        words: set[str] = set()
        prefixes: set[str] = set()
        for i, item in enumerate(items):
            item_line = items.line_of(i)
            text = str(item) if isinstance(item, (str, int)) and not isinstance(item, bool) else ""
            is_prefix = text.endswith("*")
            folded = normalize(text.rstrip("*"))
            if not folded or " " in folded:
                problems.append(Problem(name, item_line, f"sign '{sign}': 'together' word '{item}' must be one word"))
                continue
            if is_prefix and len(folded) < 4:
                problems.append(
                    Problem(name, item_line, f"sign '{sign}': prefix '{item}' is too short (at least 4 letters)")
                )
                continue
            target = prefixes if is_prefix else words
            if folded in target:
                problems.append(Problem(name, item_line, f"sign '{sign}': duplicate '{item}' in 'together' group"))
                continue
            target.add(folded)
        groups.append(_Group(frozenset(words), frozenset(prefixes)))
    return _Together(sign, level, tuple(groups))


def _load_negation(name: str, section: Any, line: int, problems: list[Problem]) -> _Negation:
    if not isinstance(section, yamlfile.Map):
        problems.append(Problem(name, line, "'negation' must map " + _listing(_NEGATION_KEYS)))
        return _Negation()
    values: dict[str, list[str]] = {}
    problems.extend(yamlfile.unknown_keys(name, section, _NEGATION_KEYS, "negation"))
    for key in sorted(_NEGATION_KEYS):
        if key not in section:
            if key not in _NEGATION_OPTIONAL:
                problems.append(Problem(name, line, f"negation is missing '{key}'"))
            continue
        entry = section[key]
        where = section.line_of(key)
        if not isinstance(entry, yamlfile.Map):
            problems.append(Problem(name, where, f"negation '{key}' needs 'en' and 'es' lists"))
            continue
        for lang in entry:
            if lang not in _LANGS:
                problems.append(Problem(name, entry.line_of(lang), f"unknown key '{lang}' in negation '{key}'"))
        for lang in _LANGS:
            if lang not in entry:
                problems.append(Problem(name, where, f"negation '{key}' has no '{lang}' list"))
                continue
            phrases = key.startswith(("resolved_", "denied_"))
            values.setdefault(key, []).extend(
                _word_list(name, entry[lang], entry.line_of(lang), f"negation {key}.{lang}", problems, phrases)
            )
    return _Negation(
        cues=frozenset(values.get("cues", ())),
        filler=frozenset(values.get("filler", ())),
        joiners=frozenset(values.get("joiners", ())),
        clause_breaks=frozenset(values.get("clause_breaks", ())),
        resolved_before=tuple(tuple(p.split()) for p in values.get("resolved_before", ())),
        resolved_after=tuple(tuple(p.split()) for p in values.get("resolved_after", ())),
        denied_after=tuple(tuple(p.split()) for p in values.get("denied_after", ())),
        listed=frozenset(values.get("listed", ())),
    )


def _word_list(
    name: str, items: Any, line: int, what: str, problems: list[Problem], phrases: bool = False
) -> list[str]:
    """Normalised words (or phrases) of a YAML list, reporting empties and duplicates."""
    if not isinstance(items, yamlfile.Seq) or not items:
        problems.append(Problem(name, line, f"'{what}' must be a non-empty list"))
        return []
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        item_line = items.line_of(i)
        folded = normalize(item) if isinstance(item, str) else ""
        if isinstance(item, bool):
            # YAML reads a bare no/yes/on/off as true/false.
            problems.append(
                Problem(name, item_line, f"'{what}' item {i + 1} must be in quotes (YAML reads it as {item})")
            )
            continue
        if not folded or (" " in folded and not phrases):
            problems.append(Problem(name, item_line, f"'{what}' item {i + 1} must be a single word"))
            continue
        if folded in seen:
            problems.append(Problem(name, item_line, f"duplicate '{item}' in '{what}' (first on line {seen[folded]})"))
            continue
        seen[folded] = item_line
        out.append(folded)
    return out


def _load_numbers(path: Path, problems: list[Problem]) -> tuple[list[Country], str]:
    name = str(path)
    data, found = yamlfile.load(path, name)
    problems.extend(found)
    countries: list[Country] = []
    unknown = DEFAULT_UNKNOWN_NUMBER
    if data is None:
        if not found:
            problems.append(Problem(name, 1, "the file is empty"))
        return countries, unknown
    if not isinstance(data, yamlfile.Map):
        problems.append(Problem(name, yamlfile.line_of(data, 1), "expected 'unknown' and 'countries'"))
        return countries, unknown
    problems.extend(yamlfile.unknown_keys(name, data, _NUMBER_KEYS))
    if "unknown" in data:
        if isinstance(data["unknown"], str) and data["unknown"].strip():
            unknown = data["unknown"].strip()
        else:
            problems.append(Problem(name, data.line_of("unknown"), "'unknown' must be text such as \"911 / 112\""))
    table = data.get("countries")
    if not isinstance(table, yamlfile.Map) or not table:
        problems.append(Problem(name, data.line_of("countries"), "'countries' must map ISO codes to numbers"))
        return countries, unknown
    alias_seen: dict[str, tuple[str, int]] = {}
    for code, entry in table.items():
        line = table.line_of(code)
        if not isinstance(code, str) or not _ISO_CODE.match(code):
            problems.append(Problem(name, line, f"country code '{code}' must be two capital letters (ISO 3166)"))
            continue
        if not isinstance(entry, yamlfile.Map):
            problems.append(Problem(name, line, f"country '{code}' needs 'number', 'name' and 'aliases'"))
            continue
        problems.extend(yamlfile.unknown_keys(name, entry, _COUNTRY_KEYS, f"'{code}'"))
        number = entry.get("number")
        number_line = entry.line_of("number") if "number" in entry else line
        # A country with a bad number is still read to the end, so every problem shows at once,
        # but it is left out: a wrong emergency number is worse than the generic "911 / 112".
        valid = False
        if not isinstance(number, str):
            problems.append(Problem(name, number_line, f"'{code}' number must be digits in quotes, e.g. \"911\""))
        elif not number.isdigit() or not number.isascii():
            problems.append(Problem(name, number_line, f"'{code}' number '{number}' is not digits"))
        else:
            valid = True
        names = _texts(
            name, entry.get("name"), entry.line_of("name") if "name" in entry else line, f"{code} name", problems
        )
        notes: dict[str, str] = {}
        if "note" in entry:
            notes = _texts(name, entry["note"], entry.line_of("note"), f"{code} note", problems)
        aliases = entry.get("aliases")
        alias_line = entry.line_of("aliases") if "aliases" in entry else line
        kept: list[str] = []
        if not isinstance(aliases, yamlfile.Seq) or not aliases:
            problems.append(Problem(name, alias_line, f"'{code}' needs a non-empty 'aliases' list"))
        else:
            for i, alias in enumerate(aliases):
                item_line = aliases.line_of(i)
                folded = normalize(alias) if isinstance(alias, str) else ""
                if not folded:
                    problems.append(Problem(name, item_line, f"'{code}' alias {i + 1} is empty"))
                    continue
                if folded in alias_seen:
                    other, other_line = alias_seen[folded]
                    problems.append(
                        Problem(name, item_line, f"duplicate alias '{alias}' (already {other} on line {other_line})")
                    )
                    continue
                alias_seen[folded] = (code, item_line)
                kept.append(alias)
        source, checked = _provenance(name, entry, line, f"'{code}'", problems)
        crisis = _load_crisis(name, entry, code, problems) if "crisis" in entry else None
        if valid and isinstance(number, str):
            countries.append(Country(code, number, names, notes, tuple(kept), source, checked, crisis))
    return countries, unknown


def _provenance(name: str, entry: yamlfile.Map, line: int, what: str, problems: list[Problem]) -> tuple[str, str]:
    """The `source` a number was read from and how it was `checked`, reporting what is missing."""
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        problems.append(
            Problem(
                name,
                entry.line_of("source") if "source" in entry else line,
                f"{what} needs a 'source' (where the number was read)",
            )
        )
        source = ""
    checked = entry.get("checked")
    if "checked" not in entry:
        problems.append(Problem(name, line, f"{what} needs 'checked': {_listing(CHECKED)}"))
        checked = "to-verify"
    elif checked not in CHECKED:
        problems.append(
            Problem(
                name, entry.line_of("checked"), f"{what} 'checked' must be one of {_listing(CHECKED)}, not '{checked}'"
            )
        )
        checked = "to-verify"
    return source.strip(), str(checked)


def _load_crisis(name: str, entry: yamlfile.Map, code: str, problems: list[Problem]) -> CrisisLine | None:
    """A country's crisis line; None (and problems) when it cannot be trusted."""
    crisis = entry["crisis"]
    line = entry.line_of("crisis")
    if not isinstance(crisis, yamlfile.Map):
        problems.append(Problem(name, line, f"'{code}' crisis needs 'number', 'name', 'source' and 'checked'"))
        return None
    problems.extend(yamlfile.unknown_keys(name, crisis, _CRISIS_KEYS, f"'{code}' crisis"))
    number = crisis.get("number")
    number_line = crisis.line_of("number") if "number" in crisis else line
    valid = isinstance(number, str) and bool(_CRISIS_NUMBER.match(number)) and number.isascii()
    if not valid:
        problems.append(
            Problem(
                name,
                number_line,
                f"'{code}' crisis number '{number}' must be digits in quotes (spaces, '-' or a leading '*' allowed)",
            )
        )
    names = _texts(
        name, crisis.get("name"), crisis.line_of("name") if "name" in crisis else line, f"{code} crisis name", problems
    )
    source, checked = _provenance(name, crisis, line, f"'{code}' crisis", problems)
    if not valid or not names:
        return None
    return CrisisLine(str(number), names, source, checked)


def _texts(name: str, value: Any, line: int, what: str, problems: list[Problem]) -> dict[str, str]:
    """An {en, es} mapping of texts, reporting what is missing."""
    if not isinstance(value, Mapping):
        problems.append(Problem(name, line, f"'{what}' must map 'en' and 'es' to text"))
        return {}
    out: dict[str, str] = {}
    for lang in _LANGS:
        text = value.get(lang)
        if isinstance(text, str) and text.strip():
            out[lang] = text.strip()
        else:
            problems.append(Problem(name, line, f"'{what}' has no '{lang}' text"))
    for key in value:
        if key not in _LANGS:
            where = value.line_of(key) if isinstance(value, yamlfile.Map) else line
            problems.append(Problem(name, where, f"unknown key '{key}' in '{what}' (expected 'en' or 'es')"))
    return out


def _listing(keys: Iterable[str]) -> str:
    return ", ".join(f"'{k}'" for k in sorted(keys))
