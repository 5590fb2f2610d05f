"""Storage: the interface every feature uses (`base`), its SQLite backend (`sqlite`) and the schema (`migrations/`).

Importing this package loads the interface only. What opens a store (the command line, the
workers' supervisor) imports a backend, `bot.storage.sqlite`; features never do.
"""

from __future__ import annotations

from bot.storage.base import LoggedEvent, Storage, StoreError, Transaction

__all__ = ["LoggedEvent", "Storage", "StoreError", "Transaction"]
