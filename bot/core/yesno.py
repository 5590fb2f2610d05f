"""Typed answers to yes/no questions in English and Spanish: yes, no, or unsure, and what else was said.

Rules over normalised words (accents and case folded), not a list of whole replies: the answer is
read from the words at the start of the reply ("sí, está roja" -> yes, rest "está roja"), and a
reply that says the patient does not know anywhere in it is unsure, never no. Not knowing is
looked for first because it is usually written with the word "no" itself ("no sé", "no lo sé",
"I do not know"): reading "no" first would store a patient who is unsure as a patient who is fine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.understanding import normalize

YES = "yes"
NO = "no"
UNSURE = "unsure"

# A word: letters and digits, with apostrophes inside ("don't"); anything else separates words.
_WORD = re.compile(r"[^\W_]+(?:['’‘`´ʼ][^\W_]+)*")
# Punctuation that ends a clause: "no, I'm sure" is a no and a remark, not "not sure".
_CLAUSE_END = re.compile(r"[,.;:!?¿¡()\n]")

# Words that deny (followed closely by a word of knowing, they say "I do not know").
NEGATORS = frozenset(
    {"no", "not", "dont", "didnt", "doesnt", "cant", "cannot", "couldnt", "ni", "nor", "never", "nunca"}
)
# Words of knowing, remembering or being certain, in both languages.
KNOWING = frozenset(
    {
        "se",  # "no sé" (and "no se", typed without the accent)
        "sabe",
        "sabes",
        "sabemos",
        "sabia",
        "sabria",
        "idea",
        "seguro",
        "segura",
        "seguros",
        "recuerdo",
        "acuerdo",
        "know",
        "knw",
        "kno",
        "knew",
        "sure",
        "certain",
        "clue",
        "remember",
        "tell",
    }
)
NEGATION_WINDOW = 3  # words between "no" and "sé": "no lo sé", "no estoy muy segura", "don't really know"

# Single words that say "not sure" by themselves.
UNSURE_WORDS = frozenset(
    {
        "maybe",
        "mayb",
        "perhaps",
        "possibly",
        "unsure",
        "uncertain",
        "dunno",
        "dno",
        "idk",
        "idunno",
        "quizas",
        "quiza",
        "quizaz",
        "talvez",
        "nose",  # "no sé" run together
        "nse",
        "ns",
        "nc",  # "no sé" in Argentine and Spanish texting ("ni idea" = "ni", handled as a negator)
        "capaz",
    }
)
# Phrases that say "not sure" (as normalised word sequences).
UNSURE_PHRASES = (
    ("tal", "vez"),
    ("puede", "ser"),
    ("puede", "que"),
    ("a", "lo", "mejor"),
    ("igual", "si"),
    ("mas", "o", "menos"),
    ("more", "or", "less"),
    ("could", "be"),
    ("might", "be"),
    ("hard", "to", "say"),
    ("not", "certain"),
    ("who", "knows"),
    ("quien", "sabe"),
)

YES_PHRASES = (
    ("yes",),
    ("yeah",),
    ("yea",),
    ("yah",),
    ("ye",),
    ("yep",),
    ("yup",),
    ("sure",),
    ("si",),
    ("sip",),
    ("sipi",),
    ("simon",),  # Mexican slang for yes
    ("claro",),
    ("vale",),
    ("afirmativo",),
    ("correcto",),
    ("exacto",),
    ("obvio",),
    ("seguro",),
    ("cierto",),
    ("of", "course"),
    ("por", "supuesto"),
    ("definitely",),
    ("absolutely",),
    ("indeed",),
    ("correct",),
    ("i", "do"),
    ("i", "have"),
    ("i", "am"),
    ("i", "think", "so"),
    ("think", "so"),
    ("i", "guess", "so"),
    ("guess", "so"),
    ("i", "believe", "so"),
    ("creo", "que", "si"),
    ("creo", "q", "si"),
    ("eso", "creo"),
    ("asi", "es"),
    ("probably",),
    ("probablemente",),
    ("likely",),
    # Some of it is still some: on a warning-sign question "a bit" must not read as no.
    ("a", "bit"),
    ("a", "little"),
    ("a", "little", "bit"),
    ("kind", "of"),
    ("kinda",),
    ("sort", "of"),
    ("somewhat",),
    ("slightly",),
    ("un", "poco"),
    ("un", "poquito"),
    ("poquito",),
    ("tantito",),
    ("algo",),
)
NO_PHRASES = (
    ("no",),
    ("nope",),
    ("nop",),
    ("nah",),
    ("naa",),
    ("nel",),  # Mexican slang for no
    ("negativo",),
    ("para", "nada"),
    ("en", "absoluto"),
    ("de", "ninguna", "manera"),
    ("nada",),
    ("ninguno",),
    ("ninguna",),
    ("ningun",),
    ("tampoco",),
    ("nunca",),
    ("todavia", "no"),
    ("aun", "no"),
    ("not", "really"),
    ("not", "at", "all"),
    ("not", "yet"),
    ("nothing",),
    ("none",),
    ("never",),
    ("i", "dont"),
    ("i", "do", "not"),
    ("i", "havent"),
    ("i", "have", "not"),
    ("i", "am", "not"),
    ("im", "not"),
    ("no", "tengo"),
    ("no", "lo", "tengo"),
    ("no", "la", "tengo"),
    ("no", "hay"),
    ("no", "gracias"),
    ("no", "thanks"),
    ("no", "thank", "you"),
)
# A no said with a doubt ("creo que no", "I don't think so"): a plain no where nothing is at stake,
# unsure on a safety question (see `reading`).
HEDGED_NO_PHRASES = (
    ("creo", "que", "no"),
    ("creo", "q", "no"),
    ("no", "creo"),
    ("i", "dont", "think", "so"),
    ("dont", "think", "so"),
    ("i", "do", "not", "think", "so"),
    ("i", "think", "not"),
    ("i", "dont", "think"),
    ("probably", "not"),
    ("probablemente", "no"),
    ("parece", "que", "no"),
    ("no", "parece"),
    ("not", "that", "i", "can", "see"),
)
# One letter is an answer only when it is the whole message: "y" is also Spanish for "and".
LETTERS = {"y": YES, "s": YES, "n": NO}
# Words that may come before "no sé" / "not sure" at the start of a reply ("I don't know", "yo no sé").
_BEFORE_NEGATION = frozenset({"i", "im", "yo", "really", "honestly", "la", "verdad", "sinceramente", "pues"})
# Words with no meaning of their own before an answer: "bueno, sí", "um yes", "well... no".
FILLERS = frozenset({"um", "umm", "uh", "eh", "em", "mm", "mmm", "hmm", "pues", "bueno", "well", "oh", "ah", "ahh"})

_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        [(p, YES) for p in YES_PHRASES]
        + [(p, NO) for p in NO_PHRASES]
        + [(p, "hedged_no") for p in HEDGED_NO_PHRASES]
        + [(p, UNSURE) for p in UNSURE_PHRASES]
        + [((w,), UNSURE) for w in UNSURE_WORDS],
        key=lambda item: -len(item[0]),  # the longest phrase wins: "no creo" before "no"
    )
)


# The phrases by their first word, longest first: a reply is read in a few lookups, not a scan.
_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _kind in _PHRASES:
    _BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _kind))


@dataclass(frozen=True)
class YesNo:
    """What a typed reply to a yes/no question says.

    `value` is YES, NO, UNSURE or None (not an answer). `hedged` marks a doubtful no ("creo que
    no"). `rest` is what else the message says, as typed: what follows an answer set apart by
    punctuation ("sí, está roja" -> "está roja"), else the whole message ("no tengo fiebre"),
    to be read like any other message.
    """

    value: str | None
    rest: str = ""
    hedged: bool = False

    def reading(self, safety: bool) -> str | None:
        """The answer to store: on a safety question a doubtful no is unsure, as the check's rule says."""
        if self.value == NO and self.hedged and safety:
            return UNSURE
        return self.value


@dataclass(frozen=True)
class _Word:
    text: str  # normalised
    end: int  # where it ends in the typed text
    clause: int  # which clause of the message it is in


def _words(text: str) -> list[_Word]:
    out: list[_Word] = []
    clause = 0
    last = 0
    for match in _WORD.finditer(text):
        if _CLAUSE_END.search(text, last, match.start()):
            clause += 1
        last = match.end()
        word = match.group()
        if word.isalnum() and word.isascii():  # most words: no accents or apostrophes to fold
            out.append(_Word(_squeeze(word.lower()), last, clause))
            continue
        for part in normalize(word).split():
            out.append(_Word(_squeeze(part), last, clause))
    return out


_REPEATS = re.compile(r"(.)\1+")
_SQUEEZABLE = frozenset({"si", "no", "yes", "nop", "nope", "sip", "yep", "yeah", "nah", "claro", "simon", "nel"})


def _squeeze(word: str) -> str:
    """ "siii" -> "si", "nooo" -> "no", "yesss" -> "yes": stretched answers, not other words."""
    if len(word) < 3:
        return word
    squeezed = _REPEATS.sub(r"\1", word)
    return squeezed if squeezed != word and squeezed in _SQUEEZABLE else word


def _doubts(words: list[_Word]) -> bool:
    """True when any part of the message says the patient does not know or is not sure."""
    texts = [w.text for w in words]
    for index, word in enumerate(words):
        if word.text in UNSURE_WORDS:
            return True
        if _not_knowing_at(words, index):
            return True
        for phrase, kind in _BY_FIRST.get(word.text, ()):
            if kind == UNSURE and tuple(texts[index : index + len(phrase)]) == phrase:
                return True
    return False


def _not_knowing_at(words: list[_Word], index: int) -> int:
    """When words[index] denies and a word of knowing follows in its clause, the index after that word."""
    if words[index].text not in NEGATORS:
        return 0
    for other in range(index + 1, min(index + 1 + NEGATION_WINDOW, len(words))):
        if words[other].clause != words[index].clause:
            return 0
        if words[other].text in KNOWING:
            return other + 1
    return 0


def _leading(words: list[_Word]) -> tuple[str | None, int]:
    """The answer the message starts with (skipping fillers) and how many words it takes."""
    texts = [w.text for w in words]
    start = 0
    while start < len(texts) and texts[start] in FILLERS:
        start += 1
    if len(texts) == 1 and texts[0] in LETTERS:
        return LETTERS[texts[0]], 1
    # "no sé", "I don't really know", "yo no estoy segura": unsure, up to the word of knowing.
    position = start
    while position < len(texts) and position - start < 3:
        end = _not_knowing_at(words, position)
        if end:
            return UNSURE, end
        if texts[position] not in _BEFORE_NEGATION:
            break
        position += 1
    kind, used = _phrase_at(texts, start)
    if kind is None:
        return None, start
    # "sí, claro", "no, no, para nada": the same answer said twice is still the answer.
    while used < len(texts) and not _not_knowing_at(words, used):
        again, end = _phrase_at(texts, used)
        if again != kind:
            break
        used = end
    return kind, used


def _phrase_at(texts: list[str], start: int) -> tuple[str | None, int]:
    if start >= len(texts):
        return None, start
    for phrase, kind in _BY_FIRST.get(texts[start], ()):
        if tuple(texts[start : start + len(phrase)]) == phrase:
            return kind, start + len(phrase)
    return None, start


def _fillers(words: list[_Word]) -> int:
    count = 0
    while count < len(words) and words[count].text in FILLERS:
        count += 1
    return count


_REST_TRIM = " \t\n,.;:!?-–—…¡¿"


def parse_yes_no(text: str) -> YesNo:
    """Read a typed reply to a yes/no question (see the module docstring for the rules)."""
    words = _words(text)
    if not words:
        return YesNo(None)
    kind, used = _leading(words)
    rest = text.strip(_REST_TRIM)
    if used and (used == len(words) or words[used].clause != words[used - 1].clause):
        # Only an answer set apart ("no, but now I have a fever") leaves a rest of its own: in
        # "no chest pain" or "no tengo fiebre" the "no" belongs to the words after it.
        rest = text[words[used - 1].end :].strip(_REST_TRIM)
    # Not knowing, anywhere, beats a leading "no": "no, no sé", "no... not sure really".
    # A leading yes stays yes (on a warning-sign question it leads to the same place as unsure).
    if kind != YES and _doubts(words):
        return YesNo(UNSURE, rest if kind is not None else text.strip(_REST_TRIM))
    runs_on = used < len(words) and words[used].clause == words[used - 1].clause
    if kind == NO and runs_on and used == 1 + _fillers(words):
        # A bare "no" running into other words negates them ("no chest pain, just tired"), it does
        # not answer this question: better to ask again than to store a no nobody gave.
        return YesNo(None, text.strip(_REST_TRIM))
    if kind == "hedged_no":
        return YesNo(NO, rest, hedged=True)
    if kind is None:
        return YesNo(None, text.strip(_REST_TRIM))
    return YesNo(kind, rest)
