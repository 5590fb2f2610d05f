"""Shared fixtures: the shipped content, an engine over it, and a store on a real SQLite file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core import checks
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage.sqlite import SqliteStorage

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 21, 15, 0, tzinfo=UTC)


def content_root(config: pytest.Config) -> Path:
    """The content under test: the shipped one, or another tree given with --content-root."""
    chosen = config.getoption("--content-root", None)
    return Path(chosen) if chosen else ROOT


@pytest.fixture(scope="session")
def content(request: pytest.FixtureRequest) -> Content:
    """The shipped flows and locales (or --content-root's), which must load without errors."""
    loaded, problems = checks.check_root(content_root(request.config))
    errors = [str(p) for p in problems if not p.warning]
    assert not errors, "\n".join(errors)
    return loaded


@pytest.fixture(scope="session")
def engine(content: Content) -> Engine:
    """An engine over the shipped content."""
    return Engine(content)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStorage]:
    """A store on a fresh SQLite file, closed after the test."""
    opened = await SqliteStorage.open(tmp_path / "cuida.sqlite3")
    yield opened
    await opened.close()


# ---- flow coverage ---------------------------------------------------------------------------
# The scenario transcripts record the steps they enter and the exits they take (tests/scenarios.py).
# After the run: print a per-flow summary, and fail the run when a shipped flow has a step, or a
# branch (a decision, including the default), that no transcript reaches. Buttons not pressed
# are counted but do not fail: test_engine.py presses every button of every reachable step, and
# `cuida check` proves each leads somewhere real.
# Enforced only when every transcript ran: `pytest -k menu` or one unrelated test file must not
# fail for coverage it never tried to get.

_SCENARIO_TEST = "test_scenarios.py::test_scenario["
_SELECTED = pytest.StashKey[set[str]]()
_TOTAL = pytest.StashKey[int]()  # transcripts on disk when the run started
_SUMMARY = pytest.StashKey[tuple[list[str], str, bool]]()  # lines, verdict, failed
_PASSED: set[str] = set()


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--flow-buttons` lists every button no transcript presses; `--content-root` tests another tree."""
    parser.addoption("--flow-buttons", action="store_true", help="list the buttons no scenario transcript presses")
    parser.addoption("--content-root", help="run the engine and scenario tests on this content tree")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Remember which scenario transcripts this run selected, and how many there are."""
    from tests.scenarios import scenario_files  # here: tests.scenarios imports this module

    session.config.stash[_SELECTED] = {item.nodeid for item in session.items if _SCENARIO_TEST in item.nodeid}
    session.config.stash[_TOTAL] = len(scenario_files())


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Note each transcript that ran to the end."""
    if report.when == "call" and _SCENARIO_TEST in report.nodeid:
        _PASSED.add(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Work out the coverage of the shipped flows; fail the run if a step or branch is never reached."""
    selected = session.config.stash.get(_SELECTED, set())
    if not selected:
        return
    from tests.scenarios import COVERAGE, coverage_report, format_report

    content, _ = checks.check_root(content_root(session.config))
    report = coverage_report(content, COVERAGE)
    lines = format_report(report, list_buttons=session.config.getoption("--flow-buttons"))
    steps = sum(len(r.missing_steps) for r in report)
    branches = sum(len(r.missing_branches) for r in report)
    buttons = sum(len(r.missing_buttons) for r in report)
    total = session.config.stash[_TOTAL]
    if len(selected) < total or not selected <= _PASSED:
        ran = len(selected & _PASSED)
        verdict = f"partial run ({ran} of {total} transcripts ran): flow coverage not enforced"
        session.config.stash[_SUMMARY] = (lines, verdict, False)
        return
    failed = steps + branches > 0
    if failed:
        verdict = (
            f"FLOW COVERAGE FAILED: {steps} step(s) and {branches} branch(es) no transcript reaches; "
            "add transcripts to tests/scenarios/ in both languages"
        )
        if session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
    else:
        verdict = "flow coverage OK: every step and every branch of every shipped flow is reached"
    if buttons and not session.config.getoption("--flow-buttons"):
        verdict += f" ({buttons} button(s) never pressed: `pytest --flow-buttons` lists them)"
    session.config.stash[_SUMMARY] = (lines, verdict, failed)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Print the coverage summary worked out at the end of the session."""
    summary = config.stash.get(_SUMMARY, None)
    if summary is None:
        return
    lines, verdict, failed = summary
    terminalreporter.write_sep("-", "flow coverage")
    for line in lines:
        terminalreporter.write_line(line)
    terminalreporter.write_line(verdict, red=failed, green=not failed, bold=True)
