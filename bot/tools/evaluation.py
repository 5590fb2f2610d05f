"""`cuida eval`: how well Cuida understands first messages nobody on the team wrote.

The labelled corpus (../shared/data/patient-messages.yaml) is split once, with a fixed seed,
into a development part (tuned against, and used to train the topic classifier) and an
evaluation part (measured, never tuned on). Each message is sent as a new user's first message
through the real engine; what the engine did is mapped back to one of the corpus labels.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from bot.core.engine import MEDICAL_TOPICS, Engine, Event, Text, UserState
from bot.core.understanding import normalize

__all__ = [
    "LABELS",
    "SEED",
    "Message",
    "Report",
    "evaluate",
    "load_corpus",
    "outcome",
    "split",
]

# Fixed once: changing it would mix messages already tuned on into the evaluation part.
SEED = "cuida-2026-12-01"
EVAL_SHARE = 0.5
LABELS = (
    "emergency",
    "urgent",
    "side_effect",
    "pills",
    "info_alarming",
    "clinic_choice",
    "reminders",
    "privacy",
    "smalltalk",
    "language",
    "other",
)
# What the engine's first answer means, flow by flow (routed flows only).
FLOW_LABELS = {
    "pills": "pills",
    "choosing_clinic": "clinic_choice",
    "reminders": "reminders",
    "onboarding": "reminders",
    "language": "language",
    "menu": "other",
    "references": "other",
    "emergency": "info_alarming",
    "infection_check": "urgent",
    "smalltalk": "smalltalk",
    "privacy": "privacy",
}
MEDICAL_FLOWS = frozenset(MEDICAL_TOPICS)
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Message:
    """One labelled message of the corpus."""

    id: str
    lang: str
    text: str
    label: str


def load_corpus(path: Path) -> list[Message]:
    """The file's labelled messages, in file order; ValueError saying what is wrong if it is not one."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except yaml.YAMLError as exc:
        raise ValueError(f"not valid YAML: {exc}") from exc
    items = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ValueError("no top-level 'messages:' list")
    messages = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not all(key in item for key in ("id", "lang", "text", "label")):
            raise ValueError(f"message {number} needs id, lang, text and label")
        if item["label"] not in LABELS:
            raise ValueError(f"message {item['id']}: unknown label {item['label']!r}; use one of {', '.join(LABELS)}")
        messages.append(Message(str(item["id"]), str(item["lang"]), str(item["text"]), str(item["label"])))
    return messages


def not_trained_on(messages: Sequence[Message], trained: Iterable[str]) -> list[Message]:
    """The messages whose words (accents, case and punctuation folded) are not a training text."""
    seen = {normalize(text) for text in trained}
    return [message for message in messages if normalize(message.text) not in seen]


def split(messages: Iterable[Message], seed: str = SEED) -> tuple[list[Message], list[Message]]:
    """(development, evaluation): half of each language and label in each, the same every time."""
    groups: dict[tuple[str, str], list[Message]] = defaultdict(list)
    for message in messages:
        groups[(message.lang, message.label)].append(message)
    development: list[Message] = []
    evaluation: list[Message] = []
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda m: m.id)
        # A string seed goes through SHA-512 in `random`: the same split whatever PYTHONHASHSEED is.
        random.Random(f"{seed}:{key[0]}:{key[1]}").shuffle(group)
        cut = round(len(group) * EVAL_SHARE)
        evaluation.extend(group[:cut])
        development.extend(group[cut:])
    return sorted(development, key=lambda m: m.id), sorted(evaluation, key=lambda m: m.id)


def label_of(effects: Sequence[Event]) -> str:
    """The corpus label that the effects of a first message amount to."""
    kinds = [event.kind for event in effects]
    for event in effects:
        if event.kind == "red_flag" and event.data.get("level") == "emergency":
            return "emergency"
    if "warning_sign" in kinds:
        return "urgent"
    if "alarm_info" in kinds:
        return "info_alarming"
    if {"delete_requested", "data_shown", "messages_stopped", "privacy_help"} & set(kinds):
        return "privacy"
    if "language_changed" in kinds or "language_offered" in kinds:
        return "language"
    if "small_talk" in kinds:
        return "smalltalk"
    for event in effects:
        if event.kind == "routed":
            flow = str(event.data.get("flow"))
            if (flow, event.data.get("step")) == ("menu", "side_effects"):
                return "side_effect"
            if flow in MEDICAL_FLOWS:
                return "side_effect"
            return FLOW_LABELS.get(flow, "other")
    return "other"


def outcome(engine: Engine, message: Message) -> tuple[str, list[Event]]:
    """What the engine does with `message` as a new user's first message: (label, effects)."""
    state = UserState(user_id=1, language=message.lang)
    turn = engine.handle(state, Text(message.text), NOW)
    return label_of(turn.effects), turn.effects


@dataclass
class Report:
    """Figures for one part of the corpus, per language."""

    name: str
    rows: list[tuple[Message, str]]

    def of(self, lang: str | None) -> list[tuple[Message, str]]:
        """The rows of one language (all when None)."""
        return [(m, got) for m, got in self.rows if lang is None or m.lang == lang]

    @staticmethod
    def rate(rows: list[tuple[Message, str]], label: str, accept: Iterable[str]) -> tuple[int, int]:
        """(hits, total) among messages labelled `label` whose answer is one of `accept`."""
        wanted = [got for m, got in rows if m.label == label]
        return sum(1 for got in wanted if got in set(accept)), len(wanted)

    def figures(self, lang: str | None) -> dict[str, tuple[int, int]]:
        """The issue's measures: sensitivity, over-triage, pills first, accuracy."""
        rows = self.of(lang)
        return {
            # An urgent sign answered as an emergency is escalated, not missed.
            "emergency sensitivity": self.rate(rows, "emergency", ["emergency"]),
            "urgent sensitivity": self.rate(rows, "urgent", ["urgent", "emergency"]),
            "info_alarming answered with an alarm": self.rate(rows, "info_alarming", ["emergency"]),
            "pills answered in the first message": self.rate(rows, "pills", ["pills"]),
            "overall accuracy": (sum(1 for m, got in rows if got == m.label), len(rows)),
        }

    def confusion(self, lang: str | None) -> str:
        """The confusion matrix as text: rows are the corpus labels, columns what Cuida did."""
        rows = self.of(lang)
        counts = Counter((m.label, got) for m, got in rows)
        short = {label: label[:6] for label in LABELS}
        head = "expected \\ got".ljust(15) + " ".join(short[label].rjust(6) for label in LABELS)
        lines = [head]
        for expected in LABELS:
            if not any(m.label == expected for m, _ in rows):
                continue
            cells = " ".join(str(counts[(expected, got)] or ".").rjust(6) for got in LABELS)
            lines.append(expected[:14].ljust(15) + cells)
        return "\n".join(lines)

    def misses(self, lang: str | None) -> list[tuple[Message, str]]:
        """The messages Cuida got wrong."""
        return [(m, got) for m, got in self.of(lang) if got != m.label]


def evaluate(engine: Engine, messages: Iterable[Message], name: str) -> Report:
    """Run every message through the engine as a first message."""
    return Report(name, [(m, outcome(engine, m)[0]) for m in messages])


def percent(pair: tuple[int, int]) -> str:
    """'12/13 = 92.3%'."""
    hits, total = pair
    return f"{hits}/{total} = {100 * hits / total:.1f}%" if total else "0/0"


def render(report: Report, show_misses: bool = False) -> str:
    """The printed report of one part: figures per language, the confusion matrices, the misses."""
    lines = [f"== {report.name}: {len(report.rows)} messages =="]
    for lang in ("en", "es", None):
        figures = report.figures(lang)
        lines.append(f"-- {lang or 'both'} --")
        lines.extend(f"  {name}: {percent(pair)}" for name, pair in figures.items())
    for lang in ("en", "es"):
        lines.append(f"-- confusion ({lang}) --")
        lines.append(report.confusion(lang))
    if show_misses:
        lines.append("-- misses --")
        lines.extend(f"  {m.id} [{m.label} -> {got}] {m.text}" for m, got in report.misses(None))
    return "\n".join(lines)


def summary_line(report: Report) -> dict[str, Any]:
    """The headline figures of a part, for tests and the bench."""
    return {lang or "both": report.figures(lang) for lang in ("en", "es", None)}
