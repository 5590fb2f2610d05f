"""Cuida uses PTB through its public API only: no private modules or attributes, typed bot_data."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.app.conversations import Conversations
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage.sqlite import SqliteStorage
from bot.telegram.adapter import build_application
from bot.telegram.botdata import BotData
from bot.telegram.ordering import ChatOrderedProcessor

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
        for path in sorted(BOT.rglob("*.py"))
        if (hits := _private_imports(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offenders == {}


def test_the_ordered_processor_reports_its_own_limit_and_refuses_zero() -> None:
    processor = ChatOrderedProcessor(3)
    assert processor.max_concurrent_updates == 3  # what the Application's concurrent_updates reads
    assert processor.current_concurrent_updates == 0
    with pytest.raises(ValueError, match="positive"):
        ChatOrderedProcessor(0)


async def test_the_application_shares_one_typed_bot_data(tmp_path: Path, content: Content) -> None:
    store = await SqliteStorage.open(tmp_path / "cuida.sqlite3")
    try:
        conversations = Conversations(Engine(content), store)
        app = build_application("1:token", "http://127.0.0.1:9/bot", conversations, menus=False)
        data = app.bot_data
        assert isinstance(data, BotData)
        assert data.conversations is conversations and data.guards.conversations is conversations
        assert data.menus is False and data.sender is None and data.inbox is not None
    finally:
        await store.close()
    with pytest.raises(RuntimeError, match="build_application"):
        _ = BotData().conversations  # PTB makes an empty one; a missing part says how to get it
