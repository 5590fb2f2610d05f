"""Cuida uses PTB through its public API only: no private modules, no private attributes set."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.ordering import ChatOrderedProcessor

BOT = Path(__file__).resolve().parent.parent / "bot"


def _private_imports(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        found += [n for n in names if n.split(".")[0] == "telegram" and any(p.startswith("_") for p in n.split("."))]
    return found


def test_no_module_imports_a_private_ptb_module() -> None:
    offenders = {
        path.name: hits
        for path in sorted(BOT.glob("*.py"))
        if (hits := _private_imports(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offenders == {}


def test_the_ordered_processor_reports_its_own_limit_and_refuses_zero() -> None:
    processor = ChatOrderedProcessor(3)
    assert processor.max_concurrent_updates == 3  # what the Application's concurrent_updates reads
    assert processor.current_concurrent_updates == 0
    with pytest.raises(ValueError, match="positive"):
        ChatOrderedProcessor(0)
