"""Shared fixtures: the shipped content, an engine over it, and a store on a real SQLite file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import checks
from bot.content import Content
from bot.engine import Engine
from bot.store import Store

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 21, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def content() -> Content:
    """The shipped flows and locales, which must load without errors."""
    loaded, problems = checks.check_root(ROOT)
    errors = [str(p) for p in problems if not p.warning]
    assert not errors, "\n".join(errors)
    return loaded


@pytest.fixture(scope="session")
def engine(content: Content) -> Engine:
    """An engine over the shipped content."""
    return Engine(content)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    """A store on a fresh SQLite file, closed after the test."""
    opened = await Store.open(tmp_path / "cuida.sqlite3")
    yield opened
    await opened.close()
