"""The topic classifier: which kind of message a free text is, with the features that decided.

A linear model over word and character n-grams of the normalised text (typos and missing
accents share most of their character n-grams with the right spelling). It is trained by
`cuida train` (bot/training.py, scikit-learn) from labelled files in the repository and shipped
as `flows/understanding/classifier.json`; here it only multiplies weights, in pure Python: no
numpy at run time, the same answer on every machine and every hash seed, about 0.1 ms a message.
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.understanding import words

__all__ = ["Classifier", "Decision", "features", "load_classifier"]

# Long stories are read in full up to this many words; the rest adds nothing but time.
MAX_WORDS = 200
CHAR_GRAMS = (3, 4, 5)


def features(text: str) -> Iterator[str]:
    """The n-grams the model weighs: words, word pairs and character 3-5-grams inside words."""
    tokens = words(text)[:MAX_WORDS]
    for i, token in enumerate(tokens):
        yield "w:" + token
        if i:
            yield "b:" + tokens[i - 1] + " " + token
        padded = f" {token} "
        for n in CHAR_GRAMS:
            for start in range(len(padded) - n + 1):
                yield "c:" + padded[start : start + n]


@dataclass(frozen=True)
class Decision:
    """The classifier's answer: a label, its probability, the runner-up, and why."""

    label: str
    probability: float
    runner_up: str
    margin: float  # probability of the label minus that of the runner-up
    evidence: tuple[str, ...]  # the features that pushed hardest towards the label

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

    def scores(self, text: str) -> tuple[list[float], dict[str, float]]:
        """Raw scores per label and the TF-IDF value of each known feature of `text`."""
        weights = self._weights
        counts: dict[str, int] = {}
        for feature in features(text):
            if feature in weights:
                counts[feature] = counts.get(feature, 0) + 1
        # Sublinear TF times IDF, then L2-normalised, exactly as the trainer's vectoriser.
        values = {f: (1.0 + math.log(c)) * weights[f][0] for f, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        for feature in values:
            values[feature] /= norm
        if not values:
            return list(self.intercepts), values
        scaled = list(values.values())
        rows = [weights[f][1] for f in values]
        # One column (label) at a time, summed in C by map(): five times faster than a loop
        # over features in Python. The order is the text's, so every machine adds alike.
        totals = [b + sum(map(operator.mul, scaled, column)) for b, column in zip(self.intercepts, zip(*rows))]
        return totals, values

    def classify(self, text: str) -> Decision:
        """The most likely label of `text` (ties go to the label listed first, never to chance)."""
        totals, values = self.scores(text)
        top = max(totals)
        exp = [math.exp(t - top) for t in totals]
        total = sum(exp)
        probabilities = [e / total for e in exp]
        order = sorted(range(len(self.labels)), key=lambda k: (-probabilities[k], k))
        best, second = order[0], order[1] if len(order) > 1 else order[0]
        pushes = sorted(
            ((value * self._weights[f][1][best], f) for f, value in values.items()),
            key=lambda item: (-item[0], item[1]),
        )
        evidence = tuple(f for push, f in pushes[:4] if push > 0)
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
        labels = [str(label) for label in data["labels"]]
        intercepts = [float(x) for x in data["intercepts"]]
        weights = {
            str(feature): (float(idf), tuple(float(w) for w in row))
            for feature, (idf, row) in data["features"].items()
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: cannot read the classifier ({exc}); run `cuida train` to write it again") from exc
    if len(labels) != len(intercepts) or any(len(row) != len(labels) for _, row in weights.values()):
        raise ValueError(f"{path}: labels and weights do not agree; run `cuida train` to write it again")
    return Classifier(labels, intercepts, weights, str(data.get("fingerprint", "")))
