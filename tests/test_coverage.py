"""Flow coverage: the engine records the exits it takes, the report finds what no transcript reached,
and a complete test run fails when a shipped step is never reached."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from bot.core import content as content_module
from bot.core.engine import Engine, Press, Text, UserState
from tests.conftest import NOW, ROOT
from tests.scenarios import Coverage, coverage_report, format_report

FAKE_FLOW = """\
id: fake
medical: false
start: ask
steps:
  ask:
    say: fake.ask
    ask: {type: yes_no, into: ok}
    branch:
      - when: {answer: ok, eq: true}
        go: happy
    go: sad
  happy:
    say: fake.happy
    buttons:
      - {text: fake.again, go: ask}
      - {text: fake.more, go: more}
  sad:
    say: fake.sad
    go: happy
  more:
    say: fake.more
    buttons: [{text: fake.again, go: ask}]
"""


def test_the_report_names_the_steps_branches_and_buttons_no_transcript_reached(tmp_path: Path) -> None:
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows/fake.yaml").write_text(FAKE_FLOW, encoding="utf-8")
    content, problems = content_module.load(tmp_path)
    assert [p for p in problems if "locale file" not in p.message] == []
    engine = Engine(content)
    coverage = Coverage()
    coverage.visited["fake"].add("ask")  # where the transcript starts
    turn = engine.handle(UserState(1, flow="fake", step="ask"), Text("yes"), NOW)
    assert turn.exits == [("fake", "ask", "branch:0")]
    coverage.add(turn)
    turn = engine.handle(turn.state, Press("fake|happy|0"), NOW)
    assert turn.exits == [("fake", "happy", "button:0")] and turn.visited == [("fake", "ask")]
    coverage.add(turn)

    [report] = coverage_report(content, coverage)

    assert (report.steps, report.missing_steps) == (4, ["sad", "more"])
    assert (report.branches, report.missing_branches) == (3, ["ask: default -> sad", "sad: default -> happy"])
    assert (report.buttons, report.missing_buttons) == (
        3,
        ["happy: button fake.more -> more", "more: button fake.again -> ask"],
    )
    lines = format_report([report])
    assert "fake      2/4       1/3      1/3" in lines
    assert "    step not reached: sad" in lines and "    branch not taken: ask: default -> sad" in lines
    assert not any("button not pressed" in line for line in lines)
    assert "    button not pressed: happy: button fake.more -> more" in format_report([report], list_buttons=True)


def test_a_step_taken_by_default_and_one_moved_through_are_both_recorded(tmp_path: Path) -> None:
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows/fake.yaml").write_text(FAKE_FLOW, encoding="utf-8")
    content, _ = content_module.load(tmp_path)
    turn = Engine(content).handle(UserState(1, flow="fake", step="ask"), Text("no"), NOW)
    assert turn.exits == [("fake", "ask", "go"), ("fake", "sad", "go")]
    assert turn.visited == [("fake", "sad"), ("fake", "happy")]


def run_scenarios(root: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_scenarios.py",
            "-p",
            "no:cacheprovider",
            "--content-root",
            str(root),
            *extra,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_a_full_run_fails_when_a_shipped_step_is_never_reached_and_a_partial_run_does_not(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "flows", tmp_path / "flows")
    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    flow = tmp_path / "flows/help.yaml"
    flow.write_text(
        flow.read_text(encoding="utf-8").replace(
            "      - {text: common.menu, flow: menu}\n",
            "      - {text: common.menu, flow: menu}\n      - {text: common.unsure, go: extra}\n"
            "  extra:\n    say: help.text\n    buttons: [{text: common.menu, flow: menu}]\n",
        ),
        encoding="utf-8",
    )
    full = run_scenarios(tmp_path)
    assert full.returncode == 1, full.stdout[-3000:]
    assert "help                   1/2" in full.stdout
    assert "    step not reached: extra" in full.stdout
    assert "FLOW COVERAGE FAILED: 1 step(s) and 0 branch(es) no transcript reaches" in full.stdout
    partial = run_scenarios(tmp_path, "-k", "help_en")
    assert partial.returncode == 0, partial.stdout[-3000:]
    assert "partial run (1 of" in partial.stdout and "flow coverage not enforced" in partial.stdout
