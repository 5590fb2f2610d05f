"""The translation workflow: export texts for translators, import them back checked, track drift.

`cuida translations export` writes every text as a spreadsheet (CSV) or a gettext catalogue (PO)
with the English, the translation and notes; `cuida translations import` reads it back, reports
each problem as `FILE:line: message`, and only when all is well edits the values of
`locales/<lang>.yaml` in place (comments, order and untouched entries stay byte-identical).

Each translation records which English it was made from: `locales/<lang>.sources.yaml` maps a
key to a short hash of that English. `cuida check` (and the bot at start-up) warn when the
English has changed since, so an edited English text never silently leaves an old translation
in front of patients.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from bot.core import checks, clinic_config, yamlfile
from bot.core.content import DEFAULT_LANGUAGE, Content, flatten
from bot.core.engine import ENGINE_KEYS
from bot.core.translation_records import (
    HASH_LENGTH,
    LANGUAGE_NAMES,
    TRANSLATED,
    Records,
    load_records,
    records_path,
    source_hash,
)
from bot.core.yamlfile import Map, Problem, suggest

if TYPE_CHECKING:
    from bot.app.config import Settings

FORMATS = ("csv", "po")
# Telegram sets no hard limit on button text, but phones cut a label at about this width, and
# Spanish runs longer than English, so a translator needs a firm ceiling.
BUTTON_LABEL_LIMIT = 64
STALE = "STALE: English changed since this was translated"
UNCHECKED = "UNCHECKED: no record of which English this translation was made from"
UNTRANSLATED = "NEW: not translated yet"
# A row still carrying one of these marks (a PO entry still 'fuzzy') has not been reviewed.
_MARK = re.compile(r"\b(STALE|UNCHECKED):")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]")
_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
RECORDS_HEADER = """\
# Which English text each {name} translation was made from: key -> the first {digits} hex digits of
# the sha256 of the English at translation time. Written by `cuida translations import` and
# `cuida translations mark-current`; `cuida check` warns when the English has changed since.
"""


class TranslationError(Exception):
    """The translations cannot be exported, imported or marked; the message says why."""


# ---- translation records (locales/<lang>.sources.yaml; read by bot/core/translation_records.py) ----


def write_records(path: Path, language: str, hashes: dict[str, str], order: Iterable[str]) -> None:
    """Write the records of `language`, in English file order, keeping only keys in `order`."""
    lines = [RECORDS_HEADER.format(name=LANGUAGE_NAMES.get(language, language), digits=HASH_LENGTH)]
    for key in order:
        if key in hashes:
            name = key if _PLAIN_KEY.match(key.replace(".", "")) else json.dumps(key, ensure_ascii=False)
            # Always quoted: a hash of digits only would otherwise read back as a number.
            lines.append(f'{name}: "{hashes[key]}"\n')
    _write_atomically(path, "".join(lines))


def status(content: Content, records: Records, language: str, key: str) -> str:
    """'' when the translation of `key` is current, else the STALE/UNCHECKED/NEW note."""
    if key not in content.texts.get(language, {}):
        return UNTRANSLATED
    recorded = records.hashes.get(key)
    if recorded is None:
        return UNCHECKED
    return "" if recorded == source_hash(content.texts[DEFAULT_LANGUAGE].get(key, "")) else STALE


# ---- where each text is used -------------------------------------------------------------


@dataclass
class Usage:
    """Where a text appears, what kind of text it is, and so how long it may be."""

    places: list[tuple[str, str, int]] = field(default_factory=list)  # (description, file, line)
    button: bool = False

    def add(self, description: str, file: str = "", line: int = 0) -> None:
        """Record one place (once)."""
        if all(p[0] != description for p in self.places):
            self.places.append((description, file, line))


def usage(content: Content) -> dict[str, Usage]:
    """Every locale key the content uses, with where: flow and step, reminder plan, template or engine."""
    found: dict[str, Usage] = {}

    def at(key: str) -> Usage:
        return found.setdefault(key, Usage())

    for flow in content.flows.values():
        if flow.title:
            at(flow.title).add(f"flow {flow.id} (title)", flow.file, flow.line)
        for step in flow.steps.values():
            where = f"flow {flow.id}, step {step.id}"
            for key in step.say:
                at(key).add(f"{where} (message)", flow.file, step.line)
            for label, _ in step.choices():
                at(label).add(f"{where} (button)", flow.file, step.line)
                at(label).button = True
            if step.ask and step.ask.invalid:
                at(step.ask.invalid).add(f"{where} (reply to a wrong answer)", flow.file, step.ask.line)
    if content.plans is not None:
        for event in content.plans.events:
            at(event.text).add(f"reminder plan, event {event.id} (message)", "flows/reminders/plans.yaml", event.line)
            title = f"{event.text}_title"
            at(title).add(f"reminder plan, event {event.id} (title in /reminders)", "flows/reminders/plans.yaml")
            for label, _ in event.buttons:
                at(label).add(f"reminder plan, event {event.id} (button)", "flows/reminders/plans.yaml", event.line)
                at(label).button = True
    for template in content.templates.values():
        where = f"broadcast template {template.key}"
        templates_file = "flows/broadcasts/templates.yaml"
        at(template.title).add(f"{where} (title)", templates_file, template.line)
        at(template.text).add(f"{where} (message)", templates_file, template.line)
        for label, _ in template.buttons:
            at(label).add(f"{where} (button)", templates_file, template.line)
            at(label).button = True
    for key in sorted(ENGINE_KEYS | clinic_config.CODE_KEYS):
        at(key).add("engine (the bot's own replies)")
    for key in content.texts.get(DEFAULT_LANGUAGE, {}):
        if key.startswith("safety."):
            at(key).add("safety layer (reply to a red flag or warning sign)")
        elif key.startswith("country.name."):
            at(key).add("engine (list of emergency numbers)")
    return found


def message_limit(content: Content) -> int:
    """Characters one text may have: a Telegram message less the disclaimer added to it."""

    return checks.message_limit(content)


def limit_of(key: str, uses: dict[str, Usage], content: Content) -> tuple[int, str]:
    """The length limit of a text and what it is: a button label or a message."""
    if key in uses and uses[key].button:
        return BUTTON_LABEL_LIMIT, "a button label"
    return message_limit(content), "one Telegram message, less the disclaimer"


# ---- rows: one text, as exported and as read back -----------------------------------------


@dataclass
class Row:
    """One text in an exchange file."""

    key: str
    english: str | None  # None when the file has no English column
    translation: str
    notes: list[str] = field(default_factory=list)
    line: int = 0
    unreviewed: bool = False  # still carries a STALE/UNCHECKED mark (PO: fuzzy)
    occurrences: list[tuple[str, str]] = field(default_factory=list)


def export_rows(root: Path, content: Content, language: str, only_todo: bool = False) -> list[Row]:
    """Every English text with its translation and notes, in English file order."""

    records, _ = load_records(records_path(root, language), "")
    uses = usage(content)
    rows = []
    for key, english in content.texts.get(DEFAULT_LANGUAGE, {}).items():
        if not english:
            continue  # an empty English text is an error `cuida check` reports; nothing to translate
        mark = status(content, records, language, key)
        if only_todo and not mark:
            continue
        notes = [mark] if mark else []
        use = uses.get(key)
        if use and use.places:
            shown = [p[0] for p in use.places[:6]]
            more = f"; and {len(use.places) - 6} more" if len(use.places) > 6 else ""
            notes.append("Used in: " + "; ".join(shown) + more)
        else:
            notes.append("Used in: not found in the flows (check with a developer)")
        names = sorted(checks.placeholders(english))
        if names:
            notes.append("Keep exactly: " + ", ".join("{" + n + "}" for n in names))
        limit, what = limit_of(key, uses, content)
        notes.append(f"At most {limit} characters ({what})")
        occurrences = [(file, str(line)) for _, file, line in use.places[:6] if file] if use else []
        rows.append(
            Row(
                key,
                english,
                content.texts.get(language, {}).get(key, ""),
                notes,
                unreviewed=bool(mark),
                occurrences=occurrences,
            )
        )
    return rows


def format_of(path: Path, chosen: str | None) -> str:
    """The exchange format: as chosen, else from the file name (.po), else CSV."""
    if chosen:
        return chosen
    return "po" if path.suffix.lower() in (".po", ".pot") else "csv"


def header(language: str) -> list[str]:
    """The CSV column names."""
    return ["key", LANGUAGE_NAMES[DEFAULT_LANGUAGE], LANGUAGE_NAMES.get(language, language), "notes"]


def write_csv(rows: list[Row], path: Path, language: str) -> None:
    """A spreadsheet: UTF-8 with a byte-order mark, so Excel shows accents right."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header(language))
    for row in rows:
        writer.writerow([row.key, row.english, row.translation, " | ".join(row.notes)])
    _write_atomically(path, out.getvalue(), encoding="utf-8-sig")


def write_po(rows: list[Row], path: Path, language: str) -> None:
    """A gettext catalogue: key as msgctxt, English as msgid; unreviewed entries are fuzzy."""
    import polib

    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "Cuida",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for row in rows:
        flags = ["fuzzy"] if row.unreviewed and row.translation else []
        if checks.placeholders(row.english or ""):
            flags.append("python-brace-format")  # Poedit and Weblate then check the {names} too
        po.append(
            polib.POEntry(
                msgctxt=row.key,
                msgid=row.english,
                msgstr=row.translation,
                comment="\n".join(row.notes),
                occurrences=row.occurrences,
                flags=flags,
            )
        )
    _write_atomically(path, str(po) + "\n")


def read_csv(path: Path, display: str, language: str) -> tuple[list[Row], list[Problem]]:
    """Rows of a CSV file (comma, semicolon or tab separated, as spreadsheets save it)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return [], [Problem(display, line, "the file is not UTF-8; save it as 'CSV UTF-8' and import it again")]
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    problems: list[Problem] = []
    try:
        columns = [c.strip().lower() for c in next(reader)]
    except StopIteration:
        return [], [Problem(display, 1, "the file is empty")]
    except csv.Error as exc:
        return [], [Problem(display, 1, f"cannot read the CSV: {exc}")]
    names = {
        "key": "key",
        LANGUAGE_NAMES[DEFAULT_LANGUAGE].lower(): "english",
        DEFAULT_LANGUAGE: "english",
        LANGUAGE_NAMES.get(language, language).lower(): "translation",
        language: "translation",
        "notes": "notes",
    }
    index = {names[c]: i for i, c in reversed(list(enumerate(columns))) if c in names}
    if "key" not in index or "translation" not in index:
        wanted = ", ".join(header(language))
        return [], [Problem(display, 1, f"the first row must name the columns {wanted}; it has {columns}")]
    rows: list[Row] = []
    start = reader.line_num + 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1

            def cell(name: str, cells: list[str] = cells) -> str:
                at = index.get(name)
                value = cells[at] if at is not None and at < len(cells) else ""
                return value.replace("\r\n", "\n").replace("\r", "\n")

            if not any(c.strip() for c in cells):
                continue  # spreadsheets often save empty rows at the end
            notes = cell("notes")
            rows.append(
                Row(
                    key=cell("key").strip(),
                    english=cell("english") if "english" in index else None,
                    translation=cell("translation"),
                    notes=[notes] if notes else [],
                    line=line,
                    unreviewed=bool(_MARK.search(notes)),
                )
            )
    except csv.Error as exc:
        problems.append(Problem(display, reader.line_num, f"cannot read the CSV: {exc}"))
    return rows, problems


def read_po(path: Path, display: str) -> tuple[list[Row], list[Problem]]:
    """Rows of a PO file: msgctxt is the key, msgid the English, msgstr the translation."""
    import polib

    try:
        po = polib.pofile(str(path), encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        match = re.search(r"line (\d+)", str(exc))
        return [], [Problem(display, int(match.group(1)) if match else 1, f"cannot read the PO file: {exc}")]
    rows = []
    for entry in po:
        if entry.obsolete:
            continue
        rows.append(
            Row(
                key=(entry.msgctxt or "").strip(),
                english=entry.msgid,
                translation=entry.msgstr,
                line=entry.linenum or 1,  # polib numbers every entry it reads from a file
                unreviewed=entry.fuzzy,
            )
        )
    return rows, []


# ---- validation ------------------------------------------------------------------------------


def validate(rows: list[Row], content: Content, language: str, display: str) -> list[Problem]:
    """Every problem in the rows, as `FILE:line: message`; warnings do not stop an import."""

    english = content.texts.get(DEFAULT_LANGUAGE, {})
    name = LANGUAGE_NAMES.get(language, language)
    uses = usage(content)
    problems: list[Problem] = []
    first: dict[str, int] = {}

    def problem(row: Row, message: str, warning: bool = False) -> None:
        problems.append(Problem(display, row.line, message, warning))

    for row in rows:
        if not row.key:
            problem(row, "a row without a key; put the key back or delete the row")
            continue
        if row.key in first:
            problem(row, f"duplicate row for '{row.key}' (first on line {first[row.key]}); keep one")
            continue
        first[row.key] = row.line
        if row.key not in english:
            problem(row, f"unknown key '{row.key}'{suggest(row.key, english)}; it is not in locales/en.yaml")
            continue
        text = row.translation
        if not text.strip():
            problem(row, f"'{row.key}' has no {name}; translate it or delete the row")
            continue
        bad = _CONTROL.search(text)
        if bad:
            problem(
                row,
                f"'{row.key}' contains an invisible control character (U+{ord(bad.group()):04X}); "
                "retype the text around it",
            )
        mine, theirs = checks.placeholders(text), checks.placeholders(english[row.key])
        if mine != theirs:
            problem(
                row,
                f"'{row.key}' has placeholders {sorted(mine)} but the English has {sorted(theirs)}; "
                "copy every {placeholder} exactly as the English has it",
            )
        limit, what = limit_of(row.key, uses, content)
        if len(text) > limit:
            problem(row, f"'{row.key}' is {len(text)} characters; at most {limit} fit ({what}): shorten it")
        if row.english is not None and row.english != english[row.key]:
            problem(
                row,
                f"the English of '{row.key}' changed after this file was exported; the {name} is imported "
                "but stays marked stale until it is checked against the new English",
                warning=True,
            )
    return problems


# ---- editing a locale file in place -----------------------------------------------------------


@dataclass
class _Slot:
    """Where one value sits in a locale file's text."""

    start: int
    end: int
    style: str | None
    indent: int  # indentation of a block scalar's lines, else the key's column + 2


@dataclass
class _Parent:
    """A mapping of a locale file, to add new keys to."""

    indent: int  # column of its keys
    end: int  # end of its last value


def _end_of_block(text: str, start: int, end: int) -> int:
    """A block scalar's value ends with its last non-blank line; the blank lines after are layout."""
    lines = text[start:end].split("\n")
    while len(lines) > 1 and not lines[-1].strip():
        lines.pop()
    return start + len("\n".join(lines))


def _layout(text: str) -> tuple[dict[str, _Slot], dict[str, _Parent]]:
    """Each text's slot and each mapping's layout, by dotted key ('' is the whole file)."""
    slots: dict[str, _Slot] = {}
    parents: dict[str, _Parent] = {}
    root = yaml.compose(text, Loader=yaml.SafeLoader)

    def walk(node: yaml.MappingNode, prefix: str, column: int) -> int:
        end = node.start_mark.index
        indent = node.value[0][0].start_mark.column if node.value else column
        for key_node, value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = f"{prefix}{key_node.value}"
            if isinstance(value, yaml.MappingNode):
                end = max(end, walk(value, f"{key}.", key_node.start_mark.column + 2))
            elif isinstance(value, yaml.ScalarNode):
                stop = value.end_mark.index
                block_indent = key_node.start_mark.column + 2
                if value.style in ("|", ">"):
                    stop = _end_of_block(text, value.start_mark.index, stop)
                    body = text[value.start_mark.index : stop].split("\n")[1:]
                    lines = [line for line in body if line.strip()]
                    if lines:
                        block_indent = len(lines[0]) - len(lines[0].lstrip(" "))
                slots[key] = _Slot(value.start_mark.index, stop, value.style, block_indent)
                end = max(end, stop)
            else:
                end = max(end, value.end_mark.index)
        parents[prefix[:-1]] = _Parent(indent, end)
        return end

    if isinstance(root, yaml.MappingNode):
        walk(root, "", 0)
    else:
        parents[""] = _Parent(0, len(text.rstrip("\n")))
    return slots, parents


def render(value: str, style: str | None, indent: int) -> str:
    """A YAML scalar for `value`: a literal block where it was one and can be, else double-quoted."""
    if style in ("|", ">") or (style is None and "\n" in value):
        block = _literal(value, indent)
        if block is not None:
            return block
    return json.dumps(value, ensure_ascii=False)  # JSON strings are valid YAML double-quoted scalars


def _literal(value: str, indent: int) -> str | None:
    if not value or value[0] in " \t\n" or value.endswith("\n\n") or "\r" in value:
        return None
    body = value[:-1] if value.endswith("\n") else value
    block = ("|\n" if value.endswith("\n") else "|-\n") + "\n".join(
        " " * indent + line if line else "" for line in body.split("\n")
    )
    try:
        back = yaml.safe_load("k: " + block + "\n")  # in the file a line break always follows
    except yaml.YAMLError:
        return None
    return block if isinstance(back, dict) and back.get("k") == value else None


def _key_text(name: str) -> str:
    return name if _PLAIN_KEY.match(name) else json.dumps(name, ensure_ascii=False)


def edit_locale(text: str, display: str, changes: dict[str, str]) -> str:
    """`text` with the values of `changes` replaced (or added), everything else byte-identical."""
    try:
        slots, parents = _layout(text)
    except yaml.YAMLError as exc:
        raise TranslationError(f"{display} cannot be read ({exc}); fix it first (`cuida check`)") from exc
    edits: list[tuple[int, int, str]] = []
    added: dict[str, list[str]] = {}  # parent -> keys to add
    for key, value in changes.items():
        slot = slots.get(key)
        if slot is not None:
            rendered = render(value, slot.style, slot.indent)
            if slot.start == slot.end and text[slot.start - 1 : slot.start] == ":":
                rendered = " " + rendered  # an empty value (`key:`): keep YAML's space after the colon
            edits.append((slot.start, slot.end, rendered))
            continue
        parts = key.split(".")
        parent = next(
            (".".join(parts[:n]) for n in range(len(parts) - 1, -1, -1) if ".".join(parts[:n]) in parents), ""
        )
        if any(".".join(parts[:n]) in slots for n in range(1, len(parts) + 1)):
            raise TranslationError(f"{display}: '{key}' cannot be added: part of its name is a text already")
        added.setdefault(parent, []).append(key)
    for parent, keys in added.items():
        keys.sort(key=lambda k: k.split(".")[:-1])  # keys sharing a new mapping are written under one header
        where = parents[parent]
        lines: list[str] = []
        open_path = parent.split(".") if parent else []
        for key in keys:
            parts = key.split(".")
            depth = len(parent.split(".")) if parent else 0
            # Reuse the mappings opened for the previous new key when they are shared.
            common = 0
            while common < min(len(open_path), len(parts) - 1) and open_path[common] == parts[common]:
                common += 1
            common = max(common, depth)
            for level in range(common, len(parts) - 1):
                lines.append(" " * (where.indent + 2 * (level - depth)) + _key_text(parts[level]) + ":")
            column = where.indent + 2 * (len(parts) - 1 - depth)
            value = render(changes[key], None, column + 2)
            lines.append(" " * column + _key_text(parts[-1]) + ": " + value)
            open_path = parts[:-1]
        stop = text.find("\n", where.end)
        stop = len(text) if stop < 0 else stop
        edits.append((stop, stop, "\n" + "\n".join(lines)))
    new = text
    for start, end, replacement in sorted(edits, key=lambda e: e[0], reverse=True):
        new = new[:start] + replacement + new[end:]
    _verify(text, new, display, changes)
    return new


def _verify(old: str, new: str, display: str, changes: dict[str, str]) -> None:
    """Read the edited file back: exactly the changed texts differ, and it still loads cleanly."""
    before, after = _texts(old, display), _texts(new, display)
    expected = {**before, **changes}
    if after != expected:
        wrong = sorted(k for k in expected.keys() | after.keys() if after.get(k) != expected.get(k))
        raise TranslationError(f"{display} could not be edited safely ({', '.join(wrong[:5])}); edit it by hand")


def _texts(text: str, display: str) -> dict[str, str]:
    data, problems = yamlfile.loads(text, display)
    errors = [p for p in problems if not p.warning]
    if errors or not isinstance(data, Map):
        raise TranslationError(f"{display} could not be edited safely: {errors[0] if errors else 'not a mapping'}")
    out: dict[str, str] = {}
    flatten(data, "", out, {}, display, [])
    return out


def _write_atomically(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write via a temporary file, so an interrupted write never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as out:
            out.write(text)
        # mkstemp makes the file private; content files must stay readable (the Docker image runs
        # the bot as another user than the one who copied them in).
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# ---- the three operations ---------------------------------------------------------------------


def _load(root: Path) -> Content:

    content, _ = checks.check_root(root)  # content errors are reported by `cuida check`, not here
    if not content.texts.get(DEFAULT_LANGUAGE):
        raise TranslationError(f"no English texts under {root}/locales; is --root right?")
    return content


def export(root: Path, language: str, out: Path, fmt: str | None = None, only_todo: bool = False) -> list[Row]:
    """Write the exchange file for `language`; returns its rows."""
    content = _load(root)
    rows = export_rows(root, content, language, only_todo)
    if format_of(out, fmt) == "po":
        write_po(rows, out, language)
    else:
        write_csv(rows, out, language)
    return rows


@dataclass
class ImportResult:
    """What an import found and did."""

    problems: list[Problem]
    changed: list[str] = field(default_factory=list)  # keys whose translation was written
    marked: list[str] = field(default_factory=list)  # keys whose record now names the file's English
    written: bool = False


def import_file(
    root: Path, path: Path, language: str, fmt: str | None = None, dry_run: bool = False, display: str | None = None
) -> ImportResult:
    """Read, check and (only when there is no error, and not a dry run) apply an exchange file."""
    display = display or str(path)
    if not path.is_file():
        return ImportResult([Problem(display, 1, "no such file")])
    content = _load(root)
    if format_of(path, fmt) == "po":
        rows, problems = read_po(path, display)
    else:
        rows, problems = read_csv(path, display, language)
    problems += validate(rows, content, language, display)
    result = ImportResult(sorted(problems))
    if any(not p.warning for p in problems):
        return result
    current = content.texts.get(language, {})
    locale = root / "locales" / f"{language}.yaml"
    records_file = records_path(root, language)
    records, _ = load_records(records_file, "")
    hashes = dict(records.hashes)
    english = content.texts[DEFAULT_LANGUAGE]
    for row in rows:
        text = row.translation
        if english[row.key] == english[row.key].strip():
            text = text.strip()  # stray spaces or line breaks around a cell are never meant
        changed = current.get(row.key) != text
        if changed:
            result.changed.append(row.key)
        # A row vouches for its English once it was touched: the translation edited, or the
        # STALE mark (PO: fuzzy) removed. An untouched stale row stays stale.
        if (changed or not row.unreviewed) and row.english is not None:
            wanted = source_hash(row.english)
            if hashes.get(row.key) != wanted:
                hashes[row.key] = wanted
                result.marked.append(row.key)
        row.translation = text
    changes = {row.key: row.translation for row in rows if row.key in result.changed}
    old = locale.read_text(encoding="utf-8") if locale.exists() else ""
    new = edit_locale(old, content.locale_files.get(language, str(locale)), changes) if changes else old
    if dry_run:
        return result
    if changes:
        _write_atomically(locale, new)
    if result.marked or not records.exists or set(records.hashes) - set(english):
        write_records(records_file, language, hashes, [k for k in english if k in current or k in changes])
    result.written = True
    return result


def mark_current(root: Path, language: str, keys: list[str] | None) -> list[str]:
    """Record that the translations of `keys` (None: all) match today's English; returns the keys."""
    content = _load(root)
    english = content.texts[DEFAULT_LANGUAGE]
    texts = content.texts.get(language, {})
    chosen = list(texts) if keys is None else keys
    unknown = [k for k in chosen if k not in texts or k not in english]
    if unknown:
        hints = "; ".join(f"'{k}'{suggest(k, texts)}" for k in unknown)
        raise TranslationError(f"no {LANGUAGE_NAMES.get(language, language)} text for {hints}")
    path = records_path(root, language)
    records, _ = load_records(path, "")
    hashes = dict(records.hashes)
    for key in chosen:
        hashes[key] = source_hash(english[key])
    write_records(path, language, hashes, [k for k in english if k in texts])
    return chosen


# ---- command line -----------------------------------------------------------------------------


def _root(args: argparse.Namespace, settings: Settings) -> Path:
    return Path(args.root) if args.root else settings.content_dir


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    """`cuida translations export`."""
    fmt = args.format or (format_of(Path(args.out), None) if args.out else "csv")
    out = Path(args.out or f"cuida-translations-{args.lang}.{fmt}")
    try:
        rows = export(_root(args, settings), args.lang, out, fmt, args.todo)
    except TranslationError as exc:
        print(f"cuida: {exc}", file=sys.stderr)
        return 1
    stale = sum(1 for r in rows if r.notes and r.notes[0] == STALE)
    unchecked = sum(1 for r in rows if r.notes and r.notes[0] == UNCHECKED)
    new = sum(1 for r in rows if r.notes and r.notes[0] == UNTRANSLATED)
    print(f"Wrote {len(rows)} text(s) to {out} ({stale} stale, {unchecked} unchecked, {new} not translated yet).")
    return 0


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    """`cuida translations import`: exit 1 when the file has errors (nothing is written then)."""
    root = _root(args, settings)
    try:
        result = import_file(root, Path(args.file), args.lang, args.format, args.dry_run, args.file)
    except TranslationError as exc:
        print(f"cuida: {exc}", file=sys.stderr)
        return 1
    for problem in result.problems:
        print(problem)
    errors = sum(1 for p in result.problems if not p.warning)
    if errors:
        print(f"{errors} problem(s) found; nothing was imported. Fix them and import again.", file=sys.stderr)
        return 1
    verb = "Would update" if args.dry_run else "Updated"
    changed = ", ".join(result.changed[:10]) + (" ..." if len(result.changed) > 10 else "")
    print(f"{verb} {len(result.changed)} text(s) in locales/{args.lang}.yaml{': ' + changed if changed else ''}.")
    print(f"{'Would mark' if args.dry_run else 'Marked'} {len(result.marked)} translation(s) as current.")
    return 0


def cmd_mark_current(args: argparse.Namespace, settings: Settings) -> int:
    """`cuida translations mark-current`."""
    if not args.keys and not args.all:
        print("cuida: name the keys to mark as current, or use --all after reviewing every one", file=sys.stderr)
        return 2
    try:
        keys = mark_current(_root(args, settings), args.lang, None if args.all else args.keys)
    except TranslationError as exc:
        print(f"cuida: {exc}", file=sys.stderr)
        return 1
    print(f"Marked {len(keys)} translation(s) as made from today's English.")
    return 0


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `cuida translations export|import|mark-current`."""
    top = sub.add_parser("translations", help="export texts for translators, import them back, mark them current")
    commands = top.add_subparsers(dest="translations_command", required=True)

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--lang", choices=TRANSLATED, default=TRANSLATED[0], help="the translation's language")
        parser.add_argument("--root", help="folder holding flows/ and locales/ (default: CUIDA_CONTENT_DIR or here)")

    export_cmd = commands.add_parser("export", help="write a CSV (spreadsheet) or PO file for a translator")
    common(export_cmd)
    export_cmd.add_argument("--out", help="file to write (default: cuida-translations-LANG.csv)")
    export_cmd.add_argument("--format", choices=FORMATS, help="csv (default) or po; .po files default to po")
    export_cmd.add_argument("--todo", action="store_true", help="only texts that are stale, unchecked or new")
    export_cmd.set_defaults(func=cmd_export)
    import_cmd = commands.add_parser("import", help="check a translated file and write it into locales/")
    import_cmd.add_argument("file", help="the CSV or PO file")
    common(import_cmd)
    import_cmd.add_argument("--format", choices=FORMATS, help="csv or po (default: from the file name)")
    import_cmd.add_argument("--dry-run", action="store_true", help="check and say what would change; write nothing")
    import_cmd.set_defaults(func=cmd_import)
    mark = commands.add_parser("mark-current", help="record that translations match today's English")
    mark.add_argument("keys", nargs="*", metavar="KEY", help="locale keys, e.g. menu.prompt")
    common(mark)
    mark.add_argument("--all", action="store_true", help="every translation (only after reviewing them all)")
    mark.set_defaults(func=cmd_mark_current)
