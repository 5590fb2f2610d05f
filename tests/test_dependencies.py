"""Every command a user can run works on a plain install, and nothing heavy is loaded on the event loop."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import signal
import sys
import tomllib
from pathlib import Path

from tests.conftest import ROOT
from tests.support.botapi import BotApiServer
from tests.support.process import bot_process, log_event, log_events, stop_with


def _imported_modules() -> dict[str, str]:
    """Top-level modules imported anywhere in bot/ (also inside functions), with one file that does."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "bot").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], path.name)
    return found


def _declared() -> set[str]:
    """Distribution names in [project] dependencies, normalised (the test extra does not count)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].lower().replace("_", "-") for spec in project["dependencies"]}


def test_every_module_the_bot_imports_comes_from_a_runtime_dependency() -> None:
    """`cuida review` needed textstat, which only the test extra installed: a plain install crashed."""
    owners = importlib.metadata.packages_distributions()
    declared = _declared()
    missing = {}
    for module, where in _imported_modules().items():
        if module == "bot" or module in sys.stdlib_module_names:
            continue
        distributions = {d.lower().replace("_", "-") for d in owners.get(module, [])}
        assert distributions, f"{where} imports {module}, which no installed distribution provides"
        if not distributions & declared:
            missing[module] = (where, sorted(distributions))
    assert missing == {}, f"add these to [project] dependencies in pyproject.toml: {missing}"


async def test_dates_are_ready_before_the_first_update_is_taken(tmp_path: Path) -> None:
    """dateparser is loaded in a thread at start, before polling begins, not on the first date answer."""
    db, log = tmp_path / "c.sqlite3", tmp_path / "bot.log"
    async with BotApiServer() as server, bot_process(server, db, log, {}) as process:
        await log_event(log, "started", mode="polling")
        await stop_with(process, signal.SIGTERM, log)
    names = [event.get("event") for event in log_events(log)]
    assert "dates_ready" in names, names
    assert names.index("dates_ready") < names.index("started")
