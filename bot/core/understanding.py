"""Understanding free text: normalising what patients type and routing questions to flows.

Pure Python: no Telegram, no clock, no I/O besides reading `flows/understanding/intents.yaml`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core import yamlfile
from bot.core.yamlfile import Problem

__all__ = [
    "FLOW_IDS",
    "STOPWORDS",
    "Router",
    "Speller",
    "load_router",
    "normalize",
    "words",
]

# The conversation flows free text can be routed to (each is a flow in flows/).
FLOW_IDS: frozenset[str] = frozenset(
    {
        "menu",
        "language",
        "immediate_effects",
        "injection_effects",
        "iv_effects",
        "cosmetic_effects",
        "long_term",
        "risk_by_site",
        "infection",
        "infection_check",
        "pills",
        "choosing_clinic",
        "faq",
        "references",
        "emergency",
        "reminders",
        "onboarding",
    }
)

# Apostrophes are dropped rather than spaced so "can't" and "cant" become the same word.
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
# Everything that is not a letter or digit (punctuation, emoji, "¿¡", "_") separates words.
_NON_WORD = re.compile(r"[\W_]+")

# Phone shorthand in both languages, expanded word by word after normalising.
SHORTHAND: Mapping[str, tuple[str, ...]] = {
    "q": ("que",),
    "k": ("que",),
    "ke": ("que",),
    "xq": ("porque",),
    "pq": ("porque",),
    "porq": ("porque",),
    "xk": ("porque",),
    "tmb": ("tambien",),
    "tb": ("tambien",),
    "tbn": ("tambien",),
    "x": ("por",),
    "d": ("de",),
    "pa": ("para",),
    "xfa": ("por", "favor"),
    "porfa": ("por", "favor"),
    "kiero": ("quiero",),
    "u": ("you",),
    "ur": ("your",),
    "r": ("are",),
    "wat": ("what",),
    "wut": ("what",),
    "wot": ("what",),
    "abt": ("about",),
    "pls": ("please",),
    "plz": ("please",),
    "idk": ("i", "dont", "know"),
    "dr": ("doctor",),
    "dra": ("doctora",),
    # Scots: "cannae tell when I need a pee" is "can't".
    "cannae": ("cant",),
    "canny": ("cant",),
    "dinnae": ("dont",),
    "didnae": ("didnt",),
    "wouldnae": ("wouldnt",),
    "isnae": ("isnt",),
    "doesnae": ("doesnt",),
    "disnae": ("doesnt",),
    "wasnae": ("wasnt",),
    "willnae": ("wont",),
    "nae": ("no",),
    "fae": ("from",),
    "ye": ("you",),
    # Jamaican: "mi nuh confuse" is "I'm not confused".
    "nuh": ("not",),
    "doon": ("down",),
}

# Function words of both languages: never a typo of a medical word, and carry no topic.
STOPWORDS: frozenset[str] = frozenset(
    # A block of words reads and reviews better than a 300-item list literal.
    """
    a about after again all also am an and any are as at be been before being but by can
    could did do does doing dont for from get got had has have having he her here hers him
    his how i if in into is it its just me might more most much must my myself no nor not
    now of off on once only or other our out over own please same she should so some still
    such than that the their them then there these they this those through to too until up
    very was we were what when where which while who whom why will with would you your
    yours yes ok okay hi thanks thank im ive id youre theres whats hows
    el la los las lo un una unos unas al del de en y o u e que se su sus le les me mi mis
    te tu tus yo es son esta estan estoy estas este eso esto ese esa por para con sin sobre
    hay ha he han has haber como cuando donde cual cuales quien porque pero mas muy ya si
    no ni tambien tengo tiene tienen tener hace fue ser era soy puedo puede pueden algo
    alguna alguno algun nada todo toda todos todas otro otra mucho mucha poco bien mal
    cada pa hola gracias favor usted ustedes nos nuestro nuestra entonces aqui alli sale
    like kinda gonna wanna really anything something thing things cosa cosas sera ando
    vale pena ir voy va vamos dio dieron
    """.split()  # noqa: SIM905
)


_RECENT_TEXTS = 64


# One turn folds the same message a dozen times (rules, model, router, measures): a cache the
# size of a few turns keeps that to once, and a stream of new messages never grows it.
@lru_cache(maxsize=_RECENT_TEXTS)
def normalize(text: str) -> str:
    """Lowercase, fold accents, turn punctuation and emoji into spaces, collapse whitespace."""
    text = _APOSTROPHES.sub("", text.casefold())
    if not text.isascii():
        # NFKD splits "á" into "a" + a combining accent, which is then dropped.
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text).strip()


# Caribbean, Andalusian and much spoken Spanish drop the d of "-ado" ("hinchao", "morao",
# "mareao"): spelt out so the rules and the model read one word. Words that end so anyway stay.
_DROPPED_D = frozenset({"cacao", "bacalao", "callao", "macao", "bilbao"})


_STEM = "stem"
_STEM_WORDS = frozenset({"stemmed", "stemming", "stemware"})


def words(text: str) -> list[str]:
    """Normalised words of `text`, with phone shorthand ("xq", "tmb", "q") expanded."""
    return list(_words(text))  # a list of its own: callers may change it


# "A&E" (accident and emergency) is what the UK and Ireland call the ER: one word for the model.
_ACCIDENT_AND_EMERGENCY = re.compile(r"\bA\s?&\s?E\b", re.IGNORECASE)
_ER = " er "
# "black and blue where they took the fat": a bruise, said as one; not a black or blue skin.
_BLACK_AND_BLUE = re.compile(r"\bblack\s*(?:and|&|n)\s*blue\b", re.IGNORECASE)
_BRUISED = " bruised "


@lru_cache(maxsize=_RECENT_TEXTS)
def _words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for word in normalize(_BLACK_AND_BLUE.sub(_BRUISED, _ACCIDENT_AND_EMERGENCY.sub(_ER, text))).split():
        expansion = SHORTHAND.get(word)
        if expansion is not None:
            out.extend(expansion)
        elif len(word) >= 5 and word.endswith("ao") and word not in _DROPPED_D:
            out.append(word[:-1] + "do")
        elif len(word) > len(_STEM) + 2 and word.startswith(_STEM) and word not in _STEM_WORDS:
            # Brand names glued to "stem" ("StemSport", "stemcells"): the stem is a word of its own.
            out.extend((_STEM, word[len(_STEM) :]))
        else:
            out.append(word)
    return tuple(out)


def _max_edits(length: int) -> int:
    """How many typing slips a word of this length may hold and still be recognised."""
    # Short words are one slip away from other real words ("cara"/"para", "back"/"black"),
    # so only words of five letters or more are corrected, and by two slips only when long.
    if length < 5:
        return 0
    return 1 if length < 9 else 2


def _swaps(word: str) -> Iterator[str]:
    """`word` with two neighbouring letters swapped, the commonest slip on a phone ("pian")."""
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


# Phone spellings of Spanish sounds: (as typed, as spelt). Letters that sound alike are swapped
# freely ("toci" = "tosi", "bomito" = "vomito", "desmalle" = "desmaye").
_SOUND_ALIKE = (
    ("ll", "y"),
    ("y", "ll"),
    ("x", "ch"),
    ("sh", "ch"),
    ("k", "qu"),
    ("k", "c"),
    ("c", "s"),
    ("s", "c"),
    ("z", "s"),
    ("s", "z"),
    ("b", "v"),
    ("v", "b"),
)


# The Spanish conditional, future and "-ra" subjunctive, as an infinitive's endings: "desmayaría",
# "me desmayaré", "si me desmayara" suppose the act ("why would I faint?"); not a slip of it.
_SUPPOSING_ENDINGS = ("ia", "ias", "iamos", "ian", "e", "as", "a", "emos", "an")
_INFINITIVE_ENDINGS = ("ar", "er", "ir")


def _supposes(word: str, meant: str) -> bool:
    """True when `word` is the Spanish infinitive `meant` with a conditional or future ending."""
    return meant.endswith(_INFINITIVE_ENDINGS) and any(word == meant + ending for ending in _SUPPOSING_ENDINGS)


class Speller:
    """Corrects typing slips towards a fixed vocabulary using rapidfuzz edit distance."""

    def __init__(self, vocabulary: Iterable[str], known: Iterable[str] = (), cache_size: int = 50_000) -> None:
        self.vocabulary = frozenset(w for w in vocabulary if w)
        # Words that are right as typed: never "corrected" into something else.
        self.known = frozenset(known) | self.vocabulary | STOPWORDS
        self._by_length: dict[int, list[str]] = {}
        for word in sorted(self.vocabulary):
            if len(word) >= 4:
                self._by_length.setdefault(len(word), []).append(word)
        self._cache: dict[str, str] = {}
        self._cache_size = cache_size

    def correct(self, word: str) -> str:
        """The vocabulary word `word` was probably meant to be, or `word` itself."""
        if word in self.known or word.isdigit():
            return word
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        result = self._lookup(word)
        if _supposes(word, result):
            result = word
        if len(self._cache) >= self._cache_size:
            # A plain reset keeps memory bounded; the cache refills with the common words.
            self._cache.clear()
        self._cache[word] = result
        return result

    def _lookup(self, word: str) -> str:
        # Spellings that sound the same in Spanish and cost two edits ("desmalle" = "desmaye",
        # "pexo" = "pecho") are tried first, exactly.
        for written, said in _SOUND_ALIKE:
            if written in word:
                variant = word.replace(written, said)
                if variant in self.vocabulary:
                    return variant
        edits = _max_edits(len(word))
        if edits == 0:
            # Four-letter words: only a swapped pair ("pian" = "pain", "cnat" = "cant").
            if len(word) == 4:
                for swapped in _swaps(word):
                    if swapped in self.vocabulary:
                        return swapped
            return word
        if len(word) > 40:
            return word
        best: tuple[int, str] | None = None
        for length in range(len(word) - edits, len(word) + edits + 1):
            choices = self._by_length.get(length)
            if not choices:
                continue
            found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=edits)
            if found is not None and (best is None or found[1] < best[0]):
                best = (found[1], found[0])
        return best[1] if best else word


# --- Routing ---------------------------------------------------------------------------

# Below this score the router admits it did not understand and the bot shows the menu.
# Tuned on tests/data/messages.yaml (see tests/test_safety.py for the measured accuracy).
DEFAULT_CUTOFF = 0.4

# Words nearly every message to this bot contains: they only count when nothing else does
# ("what are stem cells?"), otherwise "stem cell pills" would look like every other question.
DOMAIN_WORDS: frozenset[str] = frozenset(
    """
    stem cell cells therapy therapies treatment treatments procedure celula celulas madre madres
    terapia terapias tratamiento tratamientos procedimiento despues after
    """.split()  # noqa: SIM905
)

# Weight of a message word no example uses: it still counts against a match (it is something
# the example does not explain), but less than a word that points at another flow.
_UNKNOWN_WEIGHT = 1.0

# Words are compared by their first letters only, a crude stemmer that works for both
# languages: "infection", "infected", "infeccion", "infectado" all start "infec".
_STEM_LENGTH = 5


def _stem(word: str) -> str:
    """Fold plurals and cut to a common prefix ("pills" = "pill", "capsulas" = "capsules")."""
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:_STEM_LENGTH]


def _content(tokens: list[str]) -> list[str]:
    """Words that carry the topic: no function words, domain words only if nothing else."""
    content = [w for w in tokens if w not in STOPWORDS]
    specific = [w for w in content if w not in DOMAIN_WORDS]
    return specific or content


@dataclass(frozen=True)
class _Example:
    flow: str
    terms: frozenset[str]
    text: str


class Router:
    """Picks the conversation flow a free-text question is about, or None."""

    def __init__(self, phrases: Mapping[str, Iterable[str]], cutoff: float = DEFAULT_CUTOFF) -> None:
        self.cutoff = cutoff
        raw: list[tuple[str, list[str], str]] = []
        vocabulary: set[str] = set()
        # A message that IS one of the phrases ("menu", "ayuda", "opciones") names its flow outright,
        # even one made only of common words ("what can you do").
        self._exact: dict[str, str] = {}
        for flow, texts in phrases.items():
            for text in texts:
                tokens = words(text)
                self._exact.setdefault(" ".join(tokens), flow)
                content = _content(tokens)
                vocabulary.update(content)
                if content:
                    raw.append((flow, [_stem(w) for w in content], " ".join(tokens)))
        self.flows = frozenset(flow for flow, _, _ in raw)
        # Typos are corrected towards the full words of the examples, before stemming.
        self._speller = Speller(vocabulary)
        # A stem that appears in the examples of many flows says little about which one is meant.
        flows_with: dict[str, set[str]] = {}
        for flow, terms, _ in raw:
            for t in terms:
                flows_with.setdefault(t, set()).add(flow)
        n = max(len(self.flows), 1)
        self._weight = {t: math.log(1 + n / len(f)) for t, f in flows_with.items()}
        self._examples = [_Example(flow, frozenset(terms), text) for flow, terms, text in raw]
        # Summed in sorted order once, so no hash seed can change a score in its last digit.
        self._example_weight = [sum(self._weight[t] for t in sorted(e.terms)) for e in self._examples]
        self._by_term: dict[str, list[int]] = {}
        for i, example in enumerate(self._examples):
            for t in example.terms:
                self._by_term.setdefault(t, []).append(i)

    def terms(self, text: str) -> list[str]:
        """The stems of `text` the router compares (typos corrected, function words dropped)."""
        return self._terms(words(text)[:200])

    def _terms(self, tokens: list[str]) -> list[str]:
        correct = self._speller.correct
        return [_stem(correct(w)) for w in _content(tokens)]

    def scores(self, text: str) -> list[tuple[str, float]]:
        """Best score per flow for `text`, highest first (for tuning and debugging)."""
        # A question is short; the first 200 words are plenty and keep long pastes cheap.
        tokens = words(text)[:200]
        # Sorted, not a set's order: float sums in a hash-seeded order could break ties differently
        # on two workers or after a restart.
        message = sorted(set(self._terms(tokens)))
        if not message:
            return []
        weight = self._weight
        message_weight = sum(weight.get(t, _UNKNOWN_WEIGHT) for t in message)
        whole = " ".join(tokens)
        best: dict[str, float] = {}
        candidates = sorted({i for t in message for i in self._by_term.get(t, ())})
        for i in candidates:
            example = self._examples[i]
            shared = sum(weight[t] for t in message if t in example.terms)
            example_weight = self._example_weight[i]
            # Weighted Dice overlap: how much of the example is present and how much of the
            # message the example explains.
            overlap = 2 * shared / (message_weight + example_weight)
            # rapidfuzz on the whole wording breaks ties the stems cannot ("tengo infeccion" is
            # closer to "tengo una infeccion" than to "infeccion").
            wording = fuzz.ratio(whole, example.text) / 100
            score = 0.85 * overlap + 0.15 * wording
            if score > best.get(example.flow, 0.0):
                best[example.flow] = score
        return sorted(best.items(), key=lambda item: (-item[1], item[0]))

    def exact(self, text: str) -> str | None:
        """The flow whose phrase `text` is, word for word (accents, case and punctuation aside), or None."""
        return self._exact.get(" ".join(words(text)[:20]))

    def route(self, text: str) -> str | None:
        """The flow id `text` asks about, or None when nothing is close enough."""
        ranked = self.scores(text)
        if ranked and ranked[0][1] >= self.cutoff:
            return ranked[0][0]
        return None


_INTENT_KEYS = {"en", "es"}


def load_router(path: Path, known_flows: set[str] | None = None) -> tuple[Router, list[Problem]]:
    """Read `intents.yaml`; return a Router built from the valid parts and every problem found."""
    name = str(path)
    data, problems = yamlfile.load(path, name)
    phrases: dict[str, list[str]] = {}
    if data is None:
        if not problems:
            problems.append(Problem(name, 1, "the file is empty"))
        return Router(phrases), problems
    if not isinstance(data, yamlfile.Map):
        problems.append(Problem(name, yamlfile.line_of(data, 1), "expected a mapping of flow ids"))
        return Router(phrases), problems
    first_seen: dict[str, tuple[str, str, int]] = {}
    for flow, entry in data.items():
        line = data.line_of(flow)
        if known_flows is not None and flow not in known_flows:
            # A warning, not an error: the router simply never routes there (the bot shows the
            # menu instead), so content can add or rename flows without breaking the bot.
            hint = yamlfile.suggest(flow, known_flows)
            message = f"unknown flow '{flow}'{hint}; its phrases are ignored"
            problems.append(Problem(name, line, message, warning=True))
            continue
        if not isinstance(entry, yamlfile.Map):
            problems.append(Problem(name, line, f"flow '{flow}' needs 'en' and 'es' lists of phrases"))
            continue
        problems.extend(yamlfile.unknown_keys(name, entry, _INTENT_KEYS, f"'{flow}'"))
        for lang in sorted(_INTENT_KEYS):
            if lang not in entry:
                problems.append(Problem(name, line, f"flow '{flow}' has no '{lang}' phrases"))
                continue
            items = entry[lang]
            lang_line = entry.line_of(lang)
            if not isinstance(items, yamlfile.Seq) or not items:
                problems.append(Problem(name, lang_line, f"'{flow}.{lang}' must be a non-empty list of phrases"))
                continue
            for i, item in enumerate(items):
                item_line = items.line_of(i)
                if not isinstance(item, str) or not normalize(item):
                    problems.append(Problem(name, item_line, f"'{flow}.{lang}' item {i + 1} is not a phrase"))
                    continue
                key = normalize(item)
                other = first_seen.get(key)
                # The same word may serve both languages of one flow ("fibrosis", "menu").
                if other is not None and (other[0] != flow or other[1] == lang):
                    problems.append(
                        Problem(
                            name,
                            item_line,
                            f"duplicate phrase '{item}' (already under '{other[0]}' on line {other[2]})",
                        )
                    )
                    continue
                first_seen.setdefault(key, (str(flow), lang, item_line))
                phrases.setdefault(str(flow), []).append(item)
    return Router(phrases), problems
