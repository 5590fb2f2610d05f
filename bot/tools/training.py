"""`cuida train`: fit the topic classifier on labelled files in the repository and export it.

scikit-learn does the fitting (TF-IDF + multinomial logistic regression, fixed seed); the
export is plain JSON that bot/core/classifier.py reads with no numpy. The examples come from:

- flows/understanding/training/*.yaml: labelled messages (the development part of the patient
  corpus, imported with `cuida train --import-corpus`, and our own examples);
- flows/understanding/intents.yaml: the router's phrases, labelled by the kind of flow;
- tests/data/messages.yaml: the safety layer's labelled messages.

The fingerprint of all of them is stored in the model, so a test can tell a stale model.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bot.core.classifier import features
from bot.tools.evaluation import FLOW_LABELS, LABELS, MEDICAL_FLOWS, Message, load_corpus, split

__all__ = ["MODEL_FILE", "examples", "fingerprint", "import_corpus", "train"]

MODEL_FILE = Path("flows/understanding/classifier.json")
TRAINING_DIR = Path("flows/understanding/training")
CORPUS_COPY = TRAINING_DIR / "patients_dev.yaml"
INTENTS = Path("flows/understanding/intents.yaml")
SAFETY_MESSAGES = Path("tests/data/messages.yaml")
# Regularisation chosen by 5-fold cross-validation on the development part (see `--cv`).
C = 8.0
MIN_DF = 2
# Weights smaller than this change no decision; dropping them keeps the shipped file small.
PRUNE = 0.02


def _flow_label(flow: str) -> str | None:
    if flow in MEDICAL_FLOWS:
        return "side_effect"
    if flow in ("infection_check", "references", "menu"):
        return None  # asking for the check or the sources is not a kind of first message
    return FLOW_LABELS.get(flow)


def examples(root: Path) -> list[tuple[str, str]]:
    """(text, label) pairs from every training source under `root`, in a stable order."""
    pairs: list[tuple[str, str]] = []
    for path in sorted((root / TRAINING_DIR).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("messages", []):
            pairs.append((str(item["text"]), str(item["label"])))
    intents = yaml.safe_load((root / INTENTS).read_text(encoding="utf-8")) or {}
    for flow, entry in intents.items():
        label = _flow_label(str(flow))
        if label is None or not isinstance(entry, dict):
            continue
        for lang in ("en", "es"):
            pairs.extend((str(phrase), label) for phrase in entry.get(lang, []))
    safety_path = root / SAFETY_MESSAGES
    if safety_path.is_file():
        for item in yaml.safe_load(safety_path.read_text(encoding="utf-8")) or []:
            expect = item.get("expect")
            if item.get("negates"):
                label = "info_alarming"
            elif expect in ("emergency", "urgent"):
                label = expect
            elif expect == "route:emergency":
                label = "info_alarming"
            elif expect == "menu":
                label = "other"
            elif isinstance(expect, str):
                label = _flow_label(expect)
            else:
                label = None
            if label is not None:
                pairs.append((str(item["text"]), label))
    unknown = {label for _, label in pairs} - set(LABELS)
    if unknown:
        raise ValueError(f"unknown label(s) {sorted(unknown)} in the training files; use one of {', '.join(LABELS)}")
    return pairs


def fingerprint(pairs: Iterable[tuple[str, str]]) -> str:
    """A hash of the examples and the settings: changes whenever the model should be retrained."""
    digest = hashlib.sha256(f"C={C};min_df={MIN_DF};prune={PRUNE};grams=v1\n".encode())
    for text, label in pairs:
        digest.update(f"{label}\t{text}\n".encode())
    return digest.hexdigest()[:16]


def _analyse(text: str) -> list[str]:
    return list(features(text))


def _pipeline() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    vectoriser = TfidfVectorizer(analyzer=_analyse, sublinear_tf=True, min_df=MIN_DF, norm="l2")
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    return make_pipeline(vectoriser, model)


def train(root: Path, leave_out: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Fit on every example under `root` (but the texts in `leave_out`); return the JSON-ready model."""
    pairs = [pair for pair in examples(root) if pair[0] not in leave_out]
    texts = [text for text, _ in pairs]
    labels = [label for _, label in pairs]
    pipeline = _pipeline()
    pipeline.fit(texts, labels)
    vectoriser, model = pipeline[0], pipeline[1]
    classes = [str(c) for c in model.classes_]
    exported: dict[str, list[Any]] = {}
    for feature, column in sorted(vectoriser.vocabulary_.items()):
        row = [round(float(model.coef_[k][column]), 4) for k in range(len(classes))]
        if max(abs(w) for w in row) >= PRUNE:
            exported[feature] = [round(float(vectoriser.idf_[column]), 4), row]
    return {
        "about": "written by `cuida train` (bot/tools/training.py); do not edit by hand",
        "fingerprint": fingerprint(pairs),
        "examples": len(pairs),
        "labels": classes,
        "intercepts": [round(float(x), 4) for x in model.intercept_],
        "features": exported,
    }


def held_out_predictions(root: Path, messages: list[Message], engine_for: Any, folds: int = 5) -> list[str]:
    """What the engine answers each message with a model trained without it (k-fold, fixed seed).

    The honest figure for the development part: the shipped model has seen those messages.
    `engine_for(model_data)` builds an engine with that model.
    """
    from bot.tools.evaluation import outcome

    answers: dict[str, str] = {}
    order = sorted(messages, key=lambda m: m.id)
    for fold in range(folds):
        part = order[fold::folds]
        model = train(root, frozenset(m.text for m in part))
        engine = engine_for(model)
        for message in part:
            answers[message.id] = outcome(engine, message)[0]
    return [answers[m.id] for m in messages]


def cross_validate(root: Path, folds: int = 5) -> float:
    """Accuracy of 5-fold stratified cross-validation over all examples (to choose C)."""
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    pairs = examples(root)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    scores = cross_val_score(_pipeline(), [t for t, _ in pairs], [lb for _, lb in pairs], cv=splitter)
    return float(scores.mean())


def import_corpus(corpus: Path, root: Path) -> int:
    """Copy the development part of the patient corpus into the training files; the count copied."""
    development, _ = split(load_corpus(corpus))
    header = (
        "# The development part of ../shared/data/patient-messages.yaml (a fixed-seed half, see\n"
        "# bot/tools/evaluation.py), copied by `cuida train --import-corpus`. The other half is never\n"
        "# trained or tuned on: `cuida eval --part eval` measures it. Do not edit by hand.\n"
    )
    body = {"messages": [_row(m) for m in development]}
    (root / CORPUS_COPY).parent.mkdir(parents=True, exist_ok=True)
    (root / CORPUS_COPY).write_text(header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=200))
    return len(development)


def _row(message: Message) -> dict[str, str]:
    return {"id": message.id, "lang": message.lang, "label": message.label, "text": message.text}


def write(root: Path) -> tuple[Path, dict[str, Any]]:
    """Train and write the model file; returns its path and content."""
    model = train(root)
    path = root / MODEL_FILE
    path.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n")
    return path, model
