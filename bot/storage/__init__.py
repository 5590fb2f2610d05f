"""Storage: the interface every feature uses (`base`), its SQLite backend (`sqlite`) and the schema (`migrations/`).

Importing this package loads the interface only. What opens a store (the command line, the
workers' supervisor) calls `open_storage`, which picks the backend; features never import one.
"""

from __future__ import annotations

from pathlib import Path

from bot.storage.base import LoggedEvent, Storage, StoreError, Transaction

__all__ = ["LoggedEvent", "Storage", "StoreError", "Transaction", "open_storage"]


async def open_storage(path: Path) -> Storage:
    """Open and migrate the store at `path`: the one place that picks the backend (today SQLite)."""
    from bot.storage.sqlite import SqliteStorage  # here: importing the package must not load a backend

    return await SqliteStorage.open(path)
