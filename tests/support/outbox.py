"""Test helpers that fill the database the way producers do (users, outbox rows per the contract)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from bot.app.outbox import iso
from bot.storage.sqlite import SqliteStorage

BROADCAST = {"text": {"en": "Clinic news: we are open on Saturday.", "es": "Noticias: abrimos el sábado."}}


async def add_users(
    store: SqliteStorage,
    user_ids: Iterable[int],
    *,
    language: str = "en",
    status: str = "active",
    fields: dict[str, Any] | None = None,
    at: datetime,
) -> None:
    """Users as Conversations would have stored them."""
    stamp = iso(at)
    rows = [(uid, language, json.dumps(fields or {}), stamp, stamp, status) for uid in user_ids]
    async with store.transaction() as db:
        await db.executemany(
            "INSERT INTO users (user_id, language, fields, created_at, updated_at, status) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


async def queue(
    store: SqliteStorage,
    user_ids: Iterable[int],
    *,
    due_at: datetime,
    kind: str = "broadcast",
    ref: str = "1",
    expires_at: datetime | None = None,
    payload: dict[str, Any] | str = BROADCAST,
) -> None:
    """Outbox rows exactly as a producer inserts them (idempotent per user, kind and ref)."""
    body = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    expires = iso(expires_at) if expires_at else None
    async with store.transaction() as db:
        await db.executemany(
            "INSERT OR IGNORE INTO outbox (user_id, kind, ref, due_at, expires_at, payload) VALUES (?, ?, ?, ?, ?, ?)",
            [(uid, kind, ref, iso(due_at), expires, body) for uid in user_ids],
        )


async def outbox_rows(store: SqliteStorage) -> dict[int, dict[str, Any]]:
    """Every outbox row by user id (one row per user in these tests)."""
    async with store.db.execute(
        "SELECT user_id, status, attempts, next_try_at, last_error, sent_at, message_id, kind, ref FROM outbox"
    ) as cursor:
        names = [d[0] for d in cursor.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in await cursor.fetchall()}


async def statuses(store: SqliteStorage) -> dict[str, int]:
    """How many outbox rows are in each status."""
    async with store.db.execute("SELECT status, COUNT(*) FROM outbox GROUP BY status") as cursor:
        return {status: n for status, n in await cursor.fetchall()}
