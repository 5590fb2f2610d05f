"""The translation workflow: export, import with validation, and stale-translation tracking.

Everything runs on a copy of the shipped content: the real locales are never written.
"""

from __future__ import annotations

import csv
import difflib
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from bot.core import checks
from bot.core.content import suggest
from bot.tools import translations
from bot.tools.translations import STALE, UNCHECKED, records_path, source_hash
from tests.conftest import ROOT


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the shipped content, with its translation records."""
    root = tmp_path / "content"
    shutil.copytree(ROOT / "flows", root / "flows")
    shutil.copytree(ROOT / "locales", root / "locales")
    # The shipped records may lag behind while texts are being added; start from a complete set.
    translations.mark_current(root, "es", None)
    return root


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]], delimiter: str = ",") -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)


def set_cell(rows: list[list[str]], key: str, value: str, column: int = 2) -> None:
    row = next(r for r in rows if r[0] == key)
    row[column] = value


def line_of_row(path: Path, key: str) -> int:
    """The file line where the row of `key` starts (cells may span lines)."""
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if line.startswith(f"{key},") or line.startswith(f'"{key}",'):
            return number
    raise AssertionError(f"{key} not in {path}")


def changed_lines(before: str, after: str) -> list[int]:
    """1-based numbers of the old file's lines that differ."""
    matcher = difflib.SequenceMatcher(a=before.splitlines(), b=after.splitlines(), autojunk=False)
    lines: list[int] = []
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag != "equal":
            lines.extend(range(i1 + 1, max(i2, i1 + 1) + 1))
    return lines


def warnings_about(root: Path, needle: str) -> list[str]:
    return [str(p) for p in checks.check_root(root)[1] if p.warning and needle in p.message]


def errors_in(root: Path) -> list[str]:
    return [str(p) for p in checks.check_root(root)[1] if not p.warning]


def es_line(root: Path, key: str) -> int:
    content, _ = checks.check_root(root)
    return content.text_lines["es"][key]


# ---- export and import ---------------------------------------------------------------------


def test_export_lists_every_text_with_notes(tree: Path) -> None:
    out = tree / "es.csv"
    translations.export(tree, "es", out)
    rows = read_rows(out)
    content, _ = checks.check_root(tree)
    assert rows[0] == ["key", "English", "Spanish", "notes"]
    assert [r[0] for r in rows[1:]] == list(content.texts["en"])
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to show accents
    by_key = {r[0]: r for r in rows[1:]}
    assert by_key["menu.prompt"][1:3] == [content.texts["en"]["menu.prompt"], content.texts["es"]["menu.prompt"]]
    assert "Used in: flow menu, step choose (button)" in by_key["menu.faq"][3]
    assert "At most 64 characters (a button label)" in by_key["menu.faq"][3]
    limit = checks.message_limit(content)
    assert f"At most {limit} characters (one Telegram message" in by_key["welcome.hello"][3]
    placeholder = next(k for k, v in content.texts["en"].items() if "{emergency_number}" in v)
    assert "Keep exactly: {emergency_number}" in by_key[placeholder][3]
    assert "engine" in by_key["common.stale"][3]
    assert "reminder plan, event day2_check (message)" in by_key["reminder.day2_check"][3]
    assert not any(STALE in r[3] or UNCHECKED in r[3] for r in rows[1:])


def test_edit_one_value_and_import_changes_only_that_value(tree: Path) -> None:
    out = tree / "es.csv"
    translations.export(tree, "es", out)
    rows = read_rows(out)
    set_cell(rows, "menu.prompt", "¿Qué quieres saber hoy?")
    set_cell(rows, "welcome.hello", "Hola, soy Cuida 👋\nTe acompaño después de tu tratamiento.")
    write_rows(out, rows)
    locale = tree / "locales/es.yaml"
    before = locale.read_text(encoding="utf-8")
    prompt_line, hello_line = es_line(tree, "menu.prompt"), es_line(tree, "welcome.hello")

    result = translations.import_file(tree, out, "es")

    assert [str(p) for p in result.problems] == []
    assert sorted(result.changed) == ["menu.prompt", "welcome.hello"]
    after = locale.read_text(encoding="utf-8")
    hello_block = range(hello_line + 1, hello_line + 4)  # the old block scalar's three lines
    assert set(changed_lines(before, after)) <= {prompt_line, *hello_block}
    assert '  prompt: "¿Qué quieres saber hoy?"' in after.splitlines()
    block = "  hello: |-\n    Hola, soy Cuida 👋\n    Te acompaño después de tu tratamiento.\n"
    assert block in after and not after.split(block)[1].startswith("    ")  # the old lines are gone
    assert after.startswith("# Todos los textos del bot en español")  # comments kept
    assert errors_in(tree) == []
    content, _ = checks.check_root(tree)
    assert content.texts["es"]["menu.prompt"] == "¿Qué quieres saber hoy?"


def test_a_po_file_round_trips_and_fuzzy_means_not_reviewed(tree: Path) -> None:
    en = tree / "locales/en.yaml"
    en.write_text(en.read_text(encoding="utf-8").replace("Which language do you prefer?", "Which language?"))
    out = tree / "es.po"
    translations.export(tree, "es", out)
    po = polib.pofile(str(out))
    entry = next(e for e in po if e.msgctxt == "language.prompt")
    assert entry.fuzzy and STALE in entry.comment
    assert sum(1 for e in po if e.fuzzy) == 1
    # Imported untouched, the stale entry stays stale.
    assert translations.import_file(tree, out, "es").marked == []
    assert warnings_about(tree, "'language.prompt' changed")
    # Reviewed (the fuzzy flag removed, as Poedit does), it is current.
    entry.flags.remove("fuzzy")
    next(e for e in po if e.msgctxt == "menu.prompt").msgstr = "¿De qué quieres saber?"
    po.save(str(out))
    result = translations.import_file(tree, out, "es")
    assert result.changed == ["menu.prompt"] and sorted(result.marked) == ["language.prompt"]
    assert warnings_about(tree, "stale translation") == []
    assert errors_in(tree) == []


def test_each_problem_is_reported_with_file_and_line_and_nothing_is_written(tree: Path) -> None:
    out = tree / "bad.csv"
    translations.export(tree, "es", out)
    rows = read_rows(out)
    placeholder = next(r[0] for r in rows if "{emergency_number}" in r[1])
    set_cell(rows, placeholder, "Llama al {numero_emergencia} ahora.")
    set_cell(rows, "menu.prompt", "   ")
    set_cell(rows, "menu.faq", "❓ " + "Preguntas frecuentes " * 4)
    set_cell(rows, "help.text", "x" * 4100)
    rows.append(["menu.nonexistent", "Hello", "Hola", ""])
    rows.append(["menu.faq", "❓ Questions", "❓ Otra vez", ""])
    write_rows(out, rows)
    locale, records = tree / "locales/es.yaml", records_path(tree, "es")
    before = (locale.read_bytes(), records.read_bytes())
    content, _ = checks.check_root(tree)
    limit = checks.message_limit(content)
    faq = "❓ " + "Preguntas frecuentes " * 4
    name = str(out)

    result = translations.import_file(tree, out, "es", display=name)

    found = [str(p) for p in result.problems]
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    last = len(lines)
    hint = suggest("menu.nonexistent", content.texts["en"])
    assert sorted(found) == sorted(
        [
            f"{name}:{line_of_row(out, placeholder)}: '{placeholder}' has placeholders ['numero_emergencia'] "
            "but the English has ['emergency_number']; copy every {placeholder} exactly as the English has it",
            f"{name}:{line_of_row(out, 'menu.prompt')}: 'menu.prompt' has no Spanish; translate it or delete the row",
            f"{name}:{line_of_row(out, 'menu.faq')}: 'menu.faq' is {len(faq)} characters; at most 64 fit "
            "(a button label): shorten it",
            f"{name}:{line_of_row(out, 'help.text')}: 'help.text' is 4100 characters; at most {limit} fit "
            "(one Telegram message, less the disclaimer): shorten it",
            f"{name}:{last - 1}: unknown key 'menu.nonexistent'{hint}; it is not in locales/en.yaml",
            f"{name}:{last}: duplicate row for 'menu.faq' (first on line {line_of_row(out, 'menu.faq')}); keep one",
        ]
    ), "\n".join(found)
    assert (locale.read_bytes(), records.read_bytes()) == before


def test_spreadsheet_quirks_semicolons_crlf_and_stray_spaces(tree: Path) -> None:
    out = tree / "excel.csv"
    rows = [
        ["key", "English", "Spanish", "notes"],
        ["menu.prompt", "", " ¿Sobre qué tema?  ", ""],
        ["welcome.hello", "", "Hola, soy Cuida 👋\r\nSegunda línea.", ""],
    ]
    content, _ = checks.check_root(tree)
    for row in rows[1:]:
        row[1] = content.texts["en"][row[0]]
    write_rows(out, rows, delimiter=";")  # Excel in Spanish saves CSV with semicolons
    result = translations.import_file(tree, out, "es")
    assert [str(p) for p in result.problems] == []
    content, _ = checks.check_root(tree)
    assert content.texts["es"]["menu.prompt"] == "¿Sobre qué tema?"
    assert content.texts["es"]["welcome.hello"] == "Hola, soy Cuida 👋\nSegunda línea."


def test_a_file_that_is_not_utf8_is_refused_with_its_line(tree: Path) -> None:
    out = tree / "latin1.csv"
    out.write_bytes("key,English,Spanish,notes\nmenu.prompt,x,¿Qué?\n".encode("latin-1"))
    result = translations.import_file(tree, out, "es", display="latin1.csv")
    assert [str(p) for p in result.problems] == [
        "latin1.csv:2: the file is not UTF-8; save it as 'CSV UTF-8' and import it again"
    ]


def test_new_keys_are_added_to_their_section(tree: Path) -> None:
    en = tree / "locales/en.yaml"
    en.write_text(
        en.read_text(encoding="utf-8").replace(
            '  prompt: "What would you like to know?"\n',
            '  prompt: "What would you like to know?"\n  extra: "Extra {days}"\n',
        )
        + "brand_new:\n  deep:\n    text: |-\n      Two\n      lines\n",
        encoding="utf-8",
    )
    out = tree / "new.csv"
    translations.export(tree, "es", out, only_todo=True)
    rows = read_rows(out)
    assert [r[0] for r in rows[1:]] == ["menu.extra", "brand_new.deep.text"]
    assert all(r[3].startswith("NEW: not translated yet") for r in rows[1:])
    set_cell(rows, "menu.extra", "Extra {days}")
    set_cell(rows, "brand_new.deep.text", "Dos\nlíneas")
    write_rows(out, rows)
    locale = tree / "locales/es.yaml"
    before = locale.read_text(encoding="utf-8")

    result = translations.import_file(tree, out, "es")

    assert [str(p) for p in result.problems] == []
    after = locale.read_text(encoding="utf-8")
    assert after.startswith(before.split("\nmenu:\n")[0])
    assert after.endswith("brand_new:\n  deep:\n    text: |-\n      Dos\n      líneas\n")
    content, _ = checks.check_root(tree)
    assert content.texts["es"]["menu.extra"] == "Extra {days}"
    assert [e for e in errors_in(tree) if "not used by any flow" not in e] == []
    assert warnings_about(tree, "no translation record") == []


# ---- stale translations -----------------------------------------------------------------------


def test_changing_the_english_makes_the_translation_stale_until_marked_current(tree: Path) -> None:
    en = tree / "locales/en.yaml"
    old = '  prompt: "What would you like to know?"'
    assert old in en.read_text(encoding="utf-8")
    en.write_text(en.read_text(encoding="utf-8").replace(old, '  prompt: "What do you want to know?"'))
    was, now = source_hash("What would you like to know?"), source_hash("What do you want to know?")

    assert warnings_about(tree, "stale translation") == [
        f"locales/es.yaml:{es_line(tree, 'menu.prompt')}: warning: stale translation: the English of "
        f"'menu.prompt' changed since it was translated (was {was}, now {now}); update the Spanish, then run "
        "`cuida translations import` or `cuida translations mark-current menu.prompt`"
    ]
    out = tree / "todo.csv"
    translations.export(tree, "es", out, only_todo=True)
    rows = read_rows(out)
    assert [r[0] for r in rows[1:]] == ["menu.prompt"]
    assert rows[1][3].startswith(STALE)

    translations.mark_current(tree, "es", ["menu.prompt"])
    assert warnings_about(tree, "stale translation") == []


def test_an_untouched_stale_row_stays_stale_and_an_edited_one_is_current(tree: Path) -> None:
    en = tree / "locales/en.yaml"
    text = en.read_text(encoding="utf-8")
    text = text.replace('  prompt: "What would you like to know?"', '  prompt: "What do you want to know?"')
    text = text.replace('  title: "Main menu"', '  title: "Home"')
    en.write_text(text, encoding="utf-8")
    out = tree / "todo.csv"
    translations.export(tree, "es", out, only_todo=True)
    rows = read_rows(out)
    assert sorted(r[0] for r in rows[1:]) == ["menu.prompt", "menu.title"]
    translations.import_file(tree, out, "es")  # the translator changed nothing
    assert len(warnings_about(tree, "stale translation")) == 2
    set_cell(rows, "menu.prompt", "¿Qué quieres saber?")  # edited: vouches for the new English
    set_cell(rows, "menu.title", "Main menu", column=3)  # STALE note deleted: reviewed, still right
    write_rows(out, rows)
    result = translations.import_file(tree, out, "es")
    assert sorted(result.marked) == ["menu.prompt", "menu.title"]
    assert warnings_about(tree, "stale translation") == []


def test_a_file_exported_before_the_english_changed_stays_stale(tree: Path) -> None:
    out = tree / "old.csv"
    translations.export(tree, "es", out)
    en = tree / "locales/en.yaml"
    en.write_text(
        en.read_text(encoding="utf-8").replace('  prompt: "What would you like to know?"', '  prompt: "Pick one."')
    )
    rows = read_rows(out)
    set_cell(rows, "menu.prompt", "¿Qué te gustaría saber?")
    write_rows(out, rows)
    result = translations.import_file(tree, out, "es", display="old.csv")
    assert [str(p) for p in result.problems] == [
        f"old.csv:{line_of_row(out, 'menu.prompt')}: warning: the English of 'menu.prompt' changed after this "
        "file was exported; the Spanish is imported but stays marked stale until it is checked against the new English"
    ]
    assert result.changed == ["menu.prompt"]
    assert len(warnings_about(tree, "'menu.prompt' changed since it was translated")) == 1


def test_missing_and_orphan_records_are_reported(tree: Path) -> None:
    records = records_path(tree, "es")
    text = records.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    dropped = next(line for line in lines if line.startswith("menu.prompt:"))
    records.write_text(text.replace(dropped, "") + 'menu.gone: "0123456789ab"\n', encoding="utf-8")
    orphan_line = len(records.read_text(encoding="utf-8").splitlines())
    found = [str(p) for p in checks.check_root(tree)[1] if p.warning]
    assert (
        f"locales/es.yaml:{es_line(tree, 'menu.prompt')}: warning: no translation record for 'menu.prompt' in "
        "locales/es.sources.yaml: nothing says which English it was translated from; check it, then run "
        "`cuida translations mark-current menu.prompt`" in found
    )
    assert (
        f"locales/es.sources.yaml:{orphan_line}: warning: record for 'menu.gone', which is not a text any more; "
        "the next `cuida translations import` or `mark-current` drops it" in found
    )
    records.unlink()
    assert any("locales/es.sources.yaml is missing" in p for p in map(str, checks.check_root(tree)[1]))
    translations.mark_current(tree, "es", None)
    assert records.stat().st_mode & 0o777 == 0o644  # readable by the bot's own user in the image
    assert warnings_about(tree, "record") == []


def test_shipped_translations_are_all_current() -> None:
    """Whoever edits an English text must update the Spanish (or mark it current): CI says so."""
    found = [str(p) for p in checks.check_root(ROOT)[1] if p.warning and "translat" in p.message]
    assert found == [], (
        "\n".join(found) + "\nUpdate the Spanish of each key (or check it still says the same), then run "
        "`cuida translations mark-current KEY`"
    )


# ---- the command line and start-up ------------------------------------------------------------


def cuida(*args: str, root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=root,
        env={"PATH": "/usr/bin:/bin", "HOME": str(root), "CUIDA_CONTENT_DIR": str(root)},
        timeout=120,
    )


def test_cli_export_import_dry_run_and_mark_current(tree: Path) -> None:
    run = cuida("translations", "export", "--lang", "es", "--out", "es.csv", root=tree)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Wrote ") and "(0 stale, 0 unchecked, 0 not translated yet)" in run.stdout
    rows = read_rows(tree / "es.csv")
    set_cell(rows, "menu.prompt", "¿Qué quieres saber?")
    write_rows(tree / "es.csv", rows)
    locale = tree / "locales/es.yaml"
    before = locale.read_bytes()

    run = cuida("translations", "import", "es.csv", "--lang", "es", "--dry-run", root=tree)
    assert run.returncode == 0, run.stderr
    assert "Would update 1 text(s) in locales/es.yaml: menu.prompt." in run.stdout
    assert locale.read_bytes() == before

    run = cuida("translations", "import", "es.csv", "--lang", "es", root=tree)
    assert run.returncode == 0, run.stderr
    assert "Updated 1 text(s) in locales/es.yaml: menu.prompt." in run.stdout
    assert cuida("check", root=tree).returncode == 0

    set_cell(rows, "menu.prompt", "")
    write_rows(tree / "es.csv", rows)
    run = cuida("translations", "import", "es.csv", root=tree)
    assert run.returncode == 1
    line = line_of_row(tree / "es.csv", "menu.prompt")
    assert f"es.csv:{line}: 'menu.prompt' has no Spanish; translate it or delete the row" in run.stdout
    assert "nothing was imported" in run.stderr

    en = tree / "locales/en.yaml"
    en.write_text(en.read_text(encoding="utf-8").replace("Which language do you prefer?", "Your language?"))
    run = cuida("check", root=tree)
    assert run.returncode == 0  # a warning: the old Spanish is still valid Spanish
    assert "warning: stale translation: the English of 'language.prompt' changed" in run.stdout
    assert cuida("translations", "mark-current", root=tree).returncode == 2  # neither keys nor --all
    run = cuida("translations", "mark-current", "language.prompt", root=tree)
    assert run.returncode == 0 and "Marked 1 translation(s)" in run.stdout
    assert "stale translation" not in cuida("check", root=tree).stdout
    run = cuida("translations", "mark-current", "menu.nope", root=tree)
    assert run.returncode == 1 and "no Spanish text for 'menu.nope'" in run.stderr


def test_the_bot_logs_stale_translations_at_start_up(tree: Path) -> None:
    en = tree / "locales/en.yaml"
    en.write_text(en.read_text(encoding="utf-8").replace("Which language do you prefer?", "Your language?"))
    run = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--db", str(tree / "x.sqlite3")],
        capture_output=True,
        text=True,
        cwd=tree,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tree), "CUIDA_CONTENT_DIR": str(tree)},
        input="",
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "stale translation: the English of 'language.prompt' changed" in run.stderr
