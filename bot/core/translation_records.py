"""Translation records (locales/<lang>.sources.yaml): which English each translation was made from.

`cuida check` reads them to warn about stale translations (bot/core/checks.py); `cuida translations`
writes them (bot/tools/translations.py). Both import this module, which imports neither, so the checks
do not depend on the translation tools.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from bot.core import yamlfile
from bot.core.content import DEFAULT_LANGUAGE, LANGUAGES, Content
from bot.core.yamlfile import Map, Problem

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE)
HASH_LENGTH = 12  # hex digits of sha256: plenty to tell two versions of one text apart


def source_hash(english: str) -> str:
    """The short fingerprint of an English text that a translation records."""
    return hashlib.sha256(english.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def records_path(root: Path, language: str) -> Path:
    """Where the records of `language` live."""
    return root / "locales" / f"{language}.sources.yaml"


@dataclass
class Records:
    """key -> hash of the English each translation was made from, with the line of each record."""

    hashes: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    exists: bool = False


def load_records(path: Path, display: str) -> tuple[Records, list[Problem]]:
    """Read a records file; a missing file gives empty records."""
    records = Records()
    if not path.exists():
        return records, []
    records.exists = True
    data, problems = yamlfile.load(path, display)
    if data is None:
        return records, problems
    if not isinstance(data, Map):
        return records, [*problems, Problem(display, 1, "expected 'key: hash' lines")]
    for key, value in data.items():
        records.hashes[str(key)] = str(value)
        records.lines[str(key)] = data.line_of(key)
    return records, problems


def check_records(root: Path, content: Content) -> list[Problem]:
    """Warnings for stale translations, translations without a record, and records of removed keys."""
    problems: list[Problem] = []
    english = content.texts.get(DEFAULT_LANGUAGE, {})
    for language in TRANSLATED:
        texts = content.texts.get(language, {})
        if not texts:
            continue
        path = records_path(root, language)
        display = f"locales/{path.name}"
        file = content.locale_files.get(language, f"locales/{language}.yaml")
        lines = content.text_lines.get(language, {})
        records, found = load_records(path, display)
        problems.extend(Problem(p.file, p.line, p.message, warning=True) for p in found)
        if not records.exists:
            problems.append(
                Problem(
                    file,
                    1,
                    f"{display} is missing, so nothing tells when the English changes under a translation; "
                    "review the translations, then run `cuida translations mark-current --all`",
                    warning=True,
                )
            )
            continue
        for key, text in texts.items():
            if key not in english or not text.strip():
                continue  # reported by the locale checks already
            recorded = records.hashes.get(key)
            now = source_hash(english[key])
            if recorded is None:
                problems.append(
                    Problem(
                        file,
                        lines.get(key, 1),
                        f"no translation record for '{key}' in {display}: nothing says which English it was "
                        f"translated from; check it, then run `cuida translations mark-current {key}`",
                        warning=True,
                    )
                )
            elif recorded != now:
                problems.append(
                    Problem(
                        file,
                        lines.get(key, 1),
                        f"stale translation: the English of '{key}' changed since it was translated "
                        f"(was {recorded}, now {now}); update the {LANGUAGE_NAMES.get(language, language)}, "
                        f"then run `cuida translations import` or `cuida translations mark-current {key}`",
                        warning=True,
                    )
                )
        for key, line in records.lines.items():
            if key not in texts or key not in english:
                problems.append(
                    Problem(
                        display,
                        line,
                        f"record for '{key}', which is not a text any more; the next "
                        "`cuida translations import` or `mark-current` drops it",
                        warning=True,
                    )
                )
    return problems
