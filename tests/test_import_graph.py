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


@cache
def imports_of(module: str) -> frozenset[str]:
    """The bot modules `bot.<module>` imports, anywhere in its source."""
    tree = ast.parse((BOT / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "bot":
                found |= {alias.name for alias in node.names}
            elif node.module.startswith("bot."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("bot.")}
    return frozenset(name for name in found if (BOT / f"{name}.py").is_file())


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
        ("checks", "translations"),
        ("clinic_cli", "cli"),
        ("guards", "telegram_bot"),
        ("bootstrap", "cli"),
        ("bootstrap", "service"),
        ("bootstrap", "workers"),
    ],
)
def test_the_lower_module_never_reaches_the_upper_one(lower: str, upper: str) -> None:
    assert upper not in reachable(lower), f"bot.{lower} imports bot.{upper} (directly or through others)"
