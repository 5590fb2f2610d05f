"""No module of the bot binds the same constant name twice at its top level.

A second `_SINCE = …` further down a long module silently replaces the first for every use,
including those written with the first one in mind (found in bot/core/safety.py, 2026-12-02).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"


def constants_bound_twice(source: str) -> list[str]:
    """UPPER_CASE names assigned more than once at the top level of `source`."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                names[target.id] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_the_check_finds_a_constant_bound_twice() -> None:
    assert constants_bound_twice("_A = 1\nB: int = 2\n_A = 3\nlower = 1\nlower = 2\n") == ["_A"]


@pytest.mark.parametrize("path", sorted(BOT.rglob("*.py")), ids=lambda path: str(path.relative_to(BOT)))
def test_no_constant_is_bound_twice(path: Path) -> None:
    assert constants_bound_twice(path.read_text(encoding="utf-8")) == [], path
