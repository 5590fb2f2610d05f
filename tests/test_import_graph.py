"""No import circles between the checks and the translation tools, the two CLIs, or guards and the adapter.

Every import counts, including those inside functions and under TYPE_CHECKING: an import
deferred to run time is still a circle, only hidden.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"


def _file(module: str) -> Path | None:
    """The source file of `bot.<module>` (dotted below bot), or None when it is a package or not ours."""
    path = BOT.joinpath(*module.split(".")).with_suffix(".py")
    return path if path.is_file() else None


@cache
def imports_of(module: str) -> frozenset[str]:
    """The bot modules (dotted, below `bot.`) that `bot.<module>` imports, anywhere in its source."""
    source = _file(module)
    assert source is not None, f"bot.{module} is not a module of this tree"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and (node.module == "bot" or node.module.startswith("bot."))
        ):
            package = node.module.removeprefix("bot").removeprefix(".")
            for alias in node.names:
                name = f"{package}.{alias.name}" if package else alias.name
                found.add(name if _file(name) else package)  # `from bot.x import y`: y a module, or a name in x
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("bot.") for a in node.names if a.name.startswith("bot.")}
    return frozenset(name for name in found if name and _file(name))


def reachable(start: str) -> set[str]:
    """Every bot module `start` imports, directly or through others."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for name in imports_of(todo.pop()):
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


@pytest.mark.parametrize(
    ("lower", "upper"),
    [
        ("core.checks", "tools.translations"),
        ("cli.clinic", "cli.commands"),
        ("telegram.guards", "telegram.adapter"),
        ("cli.bootstrap", "cli.commands"),
        ("cli.bootstrap", "telegram.service"),
        ("cli.bootstrap", "telegram.workers"),
    ],
)
def test_the_lower_module_never_reaches_the_upper_one(lower: str, upper: str) -> None:
    assert upper not in reachable(lower), f"bot.{lower} imports bot.{upper} (directly or through others)"
