"""The topic classifier: which kind of message a free text is, with the features that decided.

A linear model over word and character n-grams of the normalised text (typos and missing
accents share most of their character n-grams with the right spelling). It is trained by
`cuida train` (bot/tools/training.py, scikit-learn) from labelled files in the repository and shipped
as `flows/understanding/classifier.json`; here it only multiplies weights, in pure Python: no
numpy at run time, the same answer on every machine and every hash seed, about 0.1 ms a message.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core.measures import may_spell_a_number, spelt_temperature_span
from bot.core.understanding import words

__all__ = ["Classifier", "Decision", "classifier_from", "features", "load_classifier"]

# Long stories are read in full up to this many words; the rest adds nothing but time.
MAX_WORDS = 200
# How far, at least, the features of a message must move the labels' scores apart from the
# intercepts for the model to have an opinion; every labelled message moves them 0.8 or more.
MIN_EVIDENCE = 0.5
MASH_LETTERS = 5  # an unknown word this long may be a keyboard mash, not a greeting ("hgfjdksl", not "gm")
MASH_VOWEL_SHARE = 0.25  # words of either language have more vowels than this
MASH_CONSONANT_RUN = 4  # nor this many consonants in a row ("hgfjdksl"; "strengths" is a known word)
_VOWELS = frozenset("aeiouy")
_CONSONANT_RUN = re.compile(r"[^aeiouy]+")
CHAR_GRAMS = (3, 4, 5)
# Words that glue a sentence together in either language. Alone they say nothing about the
# topic, yet a long story has more of them: with them as features the model learnt that "and"
# and "y" mean an emergency, and raised alarms on long off-topic messages. They add no feature
# of their own; a pair with a content word ("me siento", "no fever") still counts. Negations and
# question words are not here: they change what a message means.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "so",
        "then",
        "than",
        "also",
        "very",
        "bc",
        "tho",
        "y",
        "e",
        "o",
        "u",
        "el",
        "la",
        "los",
        "las",
        "lo",
        "un",
        "una",
        "unos",
        "unas",
        "de",
        "del",
        "al",
        "en",
        "con",
        "por",
        "para",
        "se",
        "es",
        "son",
        "fue",
        "era",
        "esta",
        "este",
        "esto",
        "eso",
        "ese",
        "esa",
        "estos",
        "esas",
        "como",
        "muy",
        "tambien",
        "pues",
    ]
)


@functools.lru_cache(maxsize=20_000)
def _word_features(token: str) -> tuple[str, ...]:
    """The word itself and its character n-grams (words repeat: "de", "the", "dolor")."""
    if token in FUNCTION_WORDS:
        return ()
    grams = ["w:" + token]
    padded = f" {token} "
    for n in CHAR_GRAMS:
        grams.extend("c:" + padded[start : start + n] for start in range(len(padded) - n + 1))
    return tuple(grams)


# A number before one of these is an age, a count or a price, not a reading: "tengo 38 años" must
# not look like "tengo 38" (a fever) to the model.
COUNTED = frozenset(
    """
    anos ano years year yrs yo old meses mes months month semanas semana weeks week dias dia days day
    horas hora hours hour hrs minutos minutes min mins kg kilos lb lbs libras pesos dolares dollars usd
    euros mil grand k veces times
    """.split()  # noqa: SIM905
)


def _spelt_as_digits(text: str) -> str:
    """`text` with a temperature said in words written in digits ("treinta y siete ocho" as "37.8")."""
    span = spelt_temperature_span(text)
    if span is None:
        return text
    start, end, celsius = span
    return f"{text[:start]}{celsius:.1f}{text[end:]}"


def _mashed(token: str) -> bool:
    """True when a word looks typed by a hand run along the keys: long, and few vowels or a long
    run of consonants ("hgfjdksl", "asdfgh"), unlike a word or a short form ("bdias", "holaaa")."""
    if len(token) < MASH_LETTERS or not token.isalpha():
        return False
    vowels = sum(letter in _VOWELS for letter in token)
    runs = max((len(run) for run in _CONSONANT_RUN.findall(token)), default=0)
    return vowels < len(token) * MASH_VOWEL_SHARE or runs >= MASH_CONSONANT_RUN


def features(text: str) -> Iterator[str]:
    """The n-grams the model weighs: words, word pairs and character 3-5-grams inside words."""
    tokens = words(text)[:MAX_WORDS]
    # A reading said in words ("ninety nine point five") is the reading the model learnt in digits;
    # most messages hold no number word, and keep the one pass of `words`.
    if may_spell_a_number(tokens):
        tokens = words(_spelt_as_digits(text))[:MAX_WORDS]
    glue = FUNCTION_WORDS
    for i, token in enumerate(tokens):
        if token.isdecimal() and i + 1 < len(tokens) and tokens[i + 1] in COUNTED:
            tokens[i] = token = "#count"
            yield "w:#count"
        else:
            yield from _word_features(token)
        if i and not (token in glue and tokens[i - 1] in glue):
            yield "b:" + tokens[i - 1] + " " + token


@dataclass(frozen=True)
class Decision:
    """The classifier's answer: a label, its probability, the runner-up, and why."""

    label: str
    probability: float
    runner_up: str
    margin: float  # probability of the label minus that of the runner-up
    find_evidence: Callable[[], tuple[str, ...]] = field(repr=False, compare=False, default=tuple)

    @property
    def evidence(self) -> tuple[str, ...]:
        """The features that pushed hardest towards the label."""
        return self.find_evidence()

    def explain(self) -> dict[str, object]:
        """What the event log records about the decision."""
        return {
            "label": self.label,
            "p": round(self.probability, 3),
            "runner_up": self.runner_up,
            "margin": round(self.margin, 3),
            "evidence": list(self.evidence),
        }


class Classifier:
    """A multinomial logistic regression over TF-IDF features, read from its JSON export."""

    def __init__(
        self,
        labels: Iterable[str],
        intercepts: Iterable[float],
        weights: dict[str, tuple[float, tuple[float, ...]]],
        fingerprint: str = "",
    ) -> None:
        self.labels = tuple(labels)
        self.intercepts = tuple(intercepts)
        self._weights = weights  # feature -> (idf, one weight per label)
        self.fingerprint = fingerprint

    def __len__(self) -> int:
        return len(self._weights)

    def _vector(self, text: str) -> tuple[list[str], list[float], list[tuple[float, ...]]]:
        """The known features of `text`, their TF-IDF values (L2-normalised) and weight rows."""
        weights = self._weights
        names: list[str] = []
        values: list[float] = []
        rows: list[tuple[float, ...]] = []
        # Counted in C by Counter; sublinear TF times IDF, exactly as the trainer's vectoriser.
        for feature, count in Counter(features(text)).items():
            entry = weights.get(feature)
            if entry is None:
                continue
            names.append(feature)
            values.append(entry[0] if count == 1 else (1.0 + math.log(count)) * entry[0])
            rows.append(entry[1])
        norm = math.hypot(*values) or 1.0
        return names, [v / norm for v in values], rows

    def scores(self, text: str) -> tuple[list[float], dict[str, float]]:
        """Raw scores per label and the TF-IDF value of each known feature of `text`."""
        names, values, rows = self._vector(text)
        return self._totals(values, rows), dict(zip(names, values, strict=True))

    def _totals(self, values: list[float], rows: list[tuple[float, ...]]) -> list[float]:
        if not values:
            return list(self.intercepts)
        # One column (label) at a time, summed in C by map(): five times faster than a loop over
        # features in Python. The order is the text's, so every machine adds alike.
        return [
            b + sum(map(operator.mul, values, column))
            for b, column in zip(self.intercepts, zip(*rows, strict=True), strict=True)
        ]

    def classify(self, text: str) -> Decision:
        """The most likely label of `text` (ties go to the label listed first, never to chance)."""
        names, values, rows = self._vector(text)
        if not values:
            # Nothing the model has seen ("xxxxxxxx", a string of digits): no opinion at all,
            # rather than the label with the largest intercept.
            fallback = "other" if "other" in self.labels else self.labels[0]
            return Decision(fallback, 0.0, fallback, 0.0)
        totals = self._totals(values, rows)
        moved = [total - intercept for total, intercept in zip(totals, self.intercepts, strict=True)]
        if max(moved) - min(moved) < MIN_EVIDENCE:
            # "xxxx" shares one faint n-gram with a brand name ("Cellmaxx"): what the model knows of
            # it moves no label, and the largest intercept (short greetings) would answer.
            fallback = "other" if "other" in self.labels else self.labels[0]
            return Decision(fallback, 0.0, fallback, 0.0)
        top = max(totals)
        exp = [math.exp(t - top) for t in totals]
        total = sum(exp)
        probabilities = [e / total for e in exp]
        order = sorted(range(len(self.labels)), key=lambda k: (-probabilities[k], k))
        best, second = order[0], order[1] if len(order) > 1 else order[0]
        if (
            moved[best] < 0
            and not any(name.startswith("w:") for name in names)
            and any(_mashed(token) for token in words(text))
        ):
            # "hgfjdksl": a long string of letters, no word the model knows, and letters that pull
            # away from the winning label, which wins by its intercept alone (short greetings): no
            # reading, not a greeting. A short unknown word ("gm ☀️") may well be one, and so may a
            # long one that reads like a word ("bdias ☀️").
            fallback = "other" if "other" in self.labels else self.labels[0]
            return Decision(fallback, 0.0, fallback, 0.0)

        def evidence() -> tuple[str, ...]:
            # Worked out only when logged: it is a sort over every feature of the message.
            pushes = sorted(
                ((value * row[best], name) for name, value, row in zip(names, values, rows, strict=True)),
                key=lambda item: (-item[0], item[1]),
            )
            return tuple(name for push, name in pushes[:4] if push > 0)

        return Decision(
            self.labels[best],
            probabilities[best],
            self.labels[second],
            probabilities[best] - probabilities[second],
            evidence,
        )

    def probability(self, text: str, label: str) -> float:
        """The probability the model gives `label` for `text`."""
        totals, _ = self.scores(text)
        top = max(totals)
        exp = [math.exp(t - top) for t in totals]
        return exp[self.labels.index(label)] / sum(exp)


def load_classifier(path: Path) -> Classifier:
    """Read a model written by `cuida train`; raises ValueError (with what to do) when unusable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read the classifier ({exc}); run `cuida train` to write it again") from exc
    return classifier_from(data, str(path))


def classifier_from(data: Any, name: str = "the model") -> Classifier:
    """A Classifier from the exported JSON data (as `cuida train` writes it)."""
    path = name
    try:
        labels = [str(label) for label in data["labels"]]
        intercepts = [float(x) for x in data["intercepts"]]
        weights = {
            str(feature): (float(idf), tuple(float(w) for w in row)) for feature, (idf, row) in data["features"].items()
        }
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"{path}: cannot read the classifier ({exc}); run `cuida train` to write it again") from exc
    if len(labels) != len(intercepts) or any(len(row) != len(labels) for _, row in weights.values()):
        raise ValueError(f"{path}: labels and weights do not agree; run `cuida train` to write it again")
    return Classifier(labels, intercepts, weights, str(data.get("fingerprint", "")))
