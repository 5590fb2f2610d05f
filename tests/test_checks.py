"""`cuida check` finds each kind of content error and names its file and line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core import checks
from tests.conftest import ROOT


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the shipped content to break."""
    shutil.copytree(ROOT / "flows", tmp_path / "flows")
    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    return tmp_path


def problems_in(root: Path) -> list[str]:
    return [str(p) for p in checks.check_root(root)[1]]


def write(root: Path, name: str, text: str) -> None:
    (root / name).write_text(text, encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_shipped_content_is_clean() -> None:
    problems = checks.check_root(ROOT)[1]
    assert [str(p) for p in problems if not p.warning] == []


def test_yaml_syntax_error(tree: Path) -> None:
    write(tree, "flows/broken.yaml", "id: broken\nstart: a\nsteps:\n  a:\n    say: [x, y\n")
    assert any(p.startswith("flows/broken.yaml:6: YAML syntax error") for p in problems_in(tree)), problems_in(tree)


def test_unknown_key_in_step_with_suggestion(tree: Path) -> None:
    write(
        tree,
        "flows/extra.yaml",
        "id: extra\nmedical: false\nstart: a\nsteps:\n  a:\n    sayy: menu.prompt\n    flow: menu\n",
    )
    assert "flows/extra.yaml:6: unknown key 'sayy' in step 'a' (did you mean 'say'?); allowed: " in "\n".join(
        problems_in(tree)
    )


def test_missing_step_flow_and_locale_key(tree: Path) -> None:
    flow = tree / "flows/immediate_effects.yaml"
    text = flow.read_text()
    text = text.replace("- {text: immediate.btn_pain, go: pain}", "- {text: immediate.btn_pain, go: pian}")
    text = text.replace("- {text: immediate.btn_fever, go: fever}", "- {text: immediate.btn_fevr, go: fever}")
    text = text.replace("- {text: common.menu, flow: menu}", "- {text: common.menu, flow: mneu}", 1)
    flow.write_text(text)
    found = problems_in(tree)
    pian = line_of(flow, "go: pian")
    mneu = line_of(flow, "flow: mneu")
    assert (
        f"flows/immediate_effects.yaml:{pian}: step 'intro' goes to 'pian', which does not exist (did you mean 'pain'?)"
        in found
    )
    assert (
        f"flows/immediate_effects.yaml:{mneu}: step 'intro' opens flow 'mneu', which does not exist (did you mean 'menu'?)"
        in found
    )
    intro = line_of(flow, "  intro:")
    assert any(
        p.startswith(
            f"flows/immediate_effects.yaml:{intro}: a button of step 'intro' uses locale key 'immediate.btn_fevr'"
        )
        for p in found
    ), found


def test_unreachable_step(tree: Path) -> None:
    flow = tree / "flows/help.yaml"
    flow.write_text(flow.read_text() + "  orphan:\n    say: [help.text]\n    flow: menu\n")
    line = line_of(flow, "orphan:")
    assert f"flows/help.yaml:{line}: step 'orphan' cannot be reached from the start step 'show'" in problems_in(tree)


def test_key_missing_from_one_language(tree: Path) -> None:
    es = tree / "locales/es.yaml"
    es.write_text(es.read_text().replace('  btn_topics: "Otros temas"\n', ""))
    line = line_of(tree / "locales/en.yaml", "btn_topics:")
    assert (
        f"locales/en.yaml:{line}: 'immediate.btn_topics' is missing from locales/es.yaml; translate it there"
        in problems_in(tree)
    )


def test_placeholders_differ(tree: Path) -> None:
    for lang, text in (("en", "Hello {name}"), ("es", "Hola {nombre}")):
        path = tree / f"locales/{lang}.yaml"
        path.write_text(
            path.read_text()
            .replace('  title: "Main menu"', f'  title: "{text}"')
            .replace('  title: "Menú principal"', f'  title: "{text}"')
        )
    line = line_of(tree / "locales/es.yaml", "Hola {nombre}")
    expected = f"locales/es.yaml:{line}: 'menu.title' has placeholders ['nombre'] but English has ['name']; use the same names in both"
    assert expected in problems_in(tree)


def test_empty_and_unused_strings(tree: Path) -> None:
    for lang in ("en", "es"):
        path = tree / f"locales/{lang}.yaml"
        path.write_text(path.read_text() + "extra:\n  empty: ''\n  unused: 'Something'\n")
    found = problems_in(tree)
    empty = line_of(tree / "locales/en.yaml", "  empty: ''")
    unused = line_of(tree / "locales/en.yaml", "  unused: 'Something'")
    assert f"locales/en.yaml:{empty}: 'extra.empty' is empty; write the text or remove the key" in found
    assert f"locales/en.yaml:{unused}: 'extra.unused' is not used by any flow; remove it or use it" in found


def test_button_data_over_64_bytes(tree: Path) -> None:
    long_id = "a_very_long_step_name_that_goes_on_and_on_and_on_and_on_forever"
    flow = tree / "flows/help.yaml"
    flow.write_text(flow.read_text().replace("start: show", f"start: {long_id}").replace("  show:", f"  {long_id}:"))
    line = line_of(flow, f"  {long_id}:")
    found = "\n".join(problems_in(tree))
    size = len(f"help|{long_id}|0")
    assert size > 64
    assert f"flows/help.yaml:{line}: button data 'help|{long_id}|0' is {size} bytes, over Telegram's 64" in found


def test_text_over_telegram_limit(tree: Path) -> None:
    for lang in ("en", "es"):
        path = tree / f"locales/{lang}.yaml"
        path.write_text(
            path.read_text()
            .replace('  title: "Main menu"', f'  title: "{"x" * 4100}"')
            .replace('  title: "Menú principal"', f'  title: "{"y" * 10}"')
        )
    line = line_of(tree / "locales/en.yaml", "xxxxx")
    assert any(
        p.startswith(f"locales/en.yaml:{line}: 'menu.title' is 4100 characters; Telegram allows 4096")
        for p in problems_in(tree)
    )


def test_medical_flow_without_sources(tree: Path) -> None:
    flow = tree / "flows/immediate_effects.yaml"
    flow.write_text(flow.read_text().replace("sources: [liv_guide, patient_article, cdc_ssi]\n", ""))
    line = line_of(flow, "id: immediate_effects")
    assert (
        f"flows/immediate_effects.yaml:{line}: a medical flow must name its sources (sources: [...]), or say medical: false"
        in problems_in(tree)
    )


def test_duplicate_keys_and_dead_ends(tree: Path) -> None:
    write(tree, "flows/dead.yaml", "id: dead\nmedical: false\nstart: a\nstart: a\nsteps:\n  a:\n    say: [help.text]\n")
    found = problems_in(tree)
    assert "flows/dead.yaml:4: duplicate key 'start' (first written on line 3)" in found
    assert "flows/dead.yaml:6: step 'a' is a dead end: give it buttons, a question, 'go' or 'flow'" in found


def test_cli_reports_and_exits_nonzero(tree: Path) -> None:
    write(tree, "flows/broken.yaml", "id: [oops\n")
    run = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--root", str(tree)], capture_output=True, text=True, cwd=ROOT
    )
    assert run.returncode == 1
    assert "flows/broken.yaml:2: YAML syntax error" in run.stdout


def test_bot_refuses_to_start_on_bad_content(tree: Path, tmp_path: Path) -> None:
    write(tree, "flows/broken.yaml", "id: [oops\n")
    env = {"CUIDA_CONTENT_DIR": str(tree), "CUIDA_DB": str(tmp_path / "x.sqlite3"), "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [sys.executable, "-m", "bot", "chat"], capture_output=True, text=True, cwd=ROOT, env=env, input=""
    )
    assert run.returncode == 2
    assert "flows/broken.yaml:2: YAML syntax error" in run.stderr
    assert "fix them, then start again" in run.stderr


def test_yes_no_in_a_medical_flow_must_say_whether_it_is_a_safety_question(tree: Path) -> None:
    flow = tree / "flows/infection_check.yaml"
    text = flow.read_text()
    # The check's last question as a plain yes/no, first without saying, then saying it wrongly.
    flow.write_text(text.replace("ask: {<<: *yes_no_unsure, into: chills}", "ask: {type: yes_no, into: chills}"))
    line = line_of(flow, "ask: {type: yes_no, into: chills}")
    assert (
        f"flows/infection_check.yaml:{line}: the yes/no question of step 'chills' is in a medical flow: "
        "say 'safety: true' (a typed 'not sure' counts as yes) or 'safety: false'"
    ) in problems_in(tree)
    flow.write_text(
        text.replace("ask: {<<: *yes_no_unsure, into: chills}", "ask: {type: yes_no, into: chills, safety: 1}")
    )
    assert f"flows/infection_check.yaml:{line}: 'safety' must be true or false" in problems_in(tree)
    flow.write_text(
        text.replace("ask: {<<: *yes_no_unsure, into: chills}", "ask: {type: yes_no, into: chills, safety: true}")
    )
    assert not [p for p in problems_in(tree) if ":chills" in p or "'chills'" in p]


def test_a_loop_of_steps_where_nothing_waits_is_reported(tree: Path) -> None:
    """show → again → show: at run time the turn ends in "something went wrong"; here it is one line."""
    write(
        tree,
        "flows/loopy.yaml",
        "id: loopy\nmedical: false\nstart: intro\nsteps:\n  intro:\n    say: menu.prompt\n"
        "    buttons:\n      - {text: common.menu, go: show}\n"
        "  show:\n    say: menu.prompt\n    go: again\n  again:\n    go: show\n",
    )
    found = [p for p in problems_in(tree) if p.startswith("flows/loopy.yaml")]
    assert found == [
        "flows/loopy.yaml:9: steps 'show' → 'again' → 'show' go round without waiting for the user, so the bot "
        "would stop with 'something went wrong'; give one of them buttons or a question, or lead out of the loop"
    ]


def test_a_loop_through_another_flow_is_reported_once(tree: Path) -> None:
    write(
        tree,
        "flows/ping.yaml",
        "id: ping\nmedical: false\nstart: a\nsteps:\n  a:\n    say: menu.prompt\n    flow: pong\n",
    )
    write(tree, "flows/pong.yaml", "id: pong\nmedical: false\nstart: b\nsteps:\n  b:\n    flow: ping\n")
    found = [p for p in problems_in(tree) if "go round" in p]
    assert found == [
        "flows/ping.yaml:5: steps 'a' → 'pong/b' → 'a' go round without waiting for the user, so the bot would "
        "stop with 'something went wrong'; give one of them buttons or a question, or lead out of the loop"
    ]


def test_a_yaml_syntax_error_is_reported_first_and_alone(tree: Path) -> None:
    """A broken locale file used to be line 102 of 859, after every "missing" key it caused."""
    path = tree / "locales" / "es.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[36] = '  bye: "¡Hasta pronto! Cuídate.'  # the closing quote is gone
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = problems_in(tree)
    assert len(found) == 1 and found[0].startswith("locales/es.yaml:"), found[:5]
    assert "YAML syntax error" in found[0]
    run = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--root", str(tree)], capture_output=True, text=True, cwd=ROOT
    )
    assert run.returncode == 1
    assert run.stdout.splitlines() == found
