"""The one place that writes state: a SQLite file through aiosqlite.

One connection per process. aiosqlite runs it on its own thread, so every write is serialised
and WAL lets readers go on meanwhile: no "database is locked" between our own tasks.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.engine import Event, UserState

# Each entry upgrades the schema by one version. Append only: never edit a shipped migration.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE users (
        user_id    INTEGER PRIMARY KEY,
        language   TEXT NOT NULL,
        flow       TEXT,
        step       TEXT,
        answers    TEXT NOT NULL DEFAULT '{}',
        fields     TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE events (
        id      INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        at      TEXT NOT NULL,
        kind    TEXT NOT NULL,
        data    TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX events_by_user ON events (user_id, id);
    CREATE INDEX events_by_kind ON events (kind, at);
    -- The event log is append-only: history is never rewritten.
    CREATE TRIGGER events_append_only BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    """,
]


class StoreError(Exception):
    """The database cannot be used; the message says what to do."""


@dataclass(frozen=True)
class LoggedEvent:
    """One row of the event log."""

    id: int
    user_id: int
    at: str
    kind: str
    data: dict[str, Any]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


class Store:
    """Users, their conversation state and the event log, in one SQLite file."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) the database at `path` and bring its schema up to date."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the folder for the database {path}: {exc.strerror}. Set CUIDA_DB to a writable path."
            ) from exc
        try:
            db = await aiosqlite.connect(path)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the database {path}: {exc}. Set CUIDA_DB to a writable path.") from exc
        store = cls(db, path)
        try:
            await store._configure()
            await store._migrate()
        except StoreError:
            await db.close()
            raise
        except sqlite3.Error as exc:
            await db.close()
            raise StoreError(
                f"Cannot use the database {path}: {exc}. Check that the file and its folder are writable, "
                "or set CUIDA_DB to another path."
            ) from exc
        return store

    async def _configure(self) -> None:
        await self.db.execute("PRAGMA journal_mode=WAL")
        await self.db.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed row
        await self.db.execute("PRAGMA foreign_keys=ON")
        await self.db.execute("PRAGMA busy_timeout=5000")
        # Writing here proves the path is writable before the bot says it is ready.
        await self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        await self.db.commit()

    async def schema_version(self) -> int:
        """The schema version this file is at."""
        async with self.db.execute("SELECT MAX(version) FROM schema_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0] or 0) if row else 0

    async def _migrate(self) -> None:
        current = await self.schema_version()
        if current > len(MIGRATIONS):
            raise StoreError(
                f"The database {self.path} is at schema version {current}, newer than this Cuida "
                f"({len(MIGRATIONS)}). Upgrade Cuida or use another CUIDA_DB."
            )
        for version in range(current + 1, len(MIGRATIONS) + 1):
            # executescript commits first; wrap each migration so it applies whole or not at all.
            await self.db.executescript(
                f"BEGIN;\n{MIGRATIONS[version - 1]}\nINSERT INTO schema_version (version) VALUES ({version});\nCOMMIT;"
            )

    async def close(self) -> None:
        """Close the database (WAL is checkpointed by SQLite on the last close)."""
        await self.db.close()

    # ---- users ---------------------------------------------------------------------------------

    async def load_user(self, user_id: int) -> UserState | None:
        """The stored state of one user, or None for someone new."""
        async with self.db.execute(
            "SELECT language, flow, step, answers, fields FROM users WHERE user_id = ?", (user_id,)
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        language, flow, step, answers, fields = row
        return UserState(
            user_id=user_id,
            language=language,
            flow=flow,
            step=step,
            answers=_loads(answers),
            fields=_loads(fields),
        )

    async def save_turn(self, state: UserState, events: Iterable[Event], now: datetime | None = None) -> None:
        """Store a user's new state and the turn's events in one transaction."""
        at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        await self.db.execute(
            """
            INSERT INTO users (user_id, language, flow, step, answers, fields, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET
                language = excluded.language, flow = excluded.flow, step = excluded.step,
                answers = excluded.answers, fields = excluded.fields, updated_at = excluded.updated_at
            """,
            (state.user_id, state.language, state.flow, state.step, _json(state.answers), _json(state.fields), at, at),
        )
        rows = [(state.user_id, at, e.kind, _json(e.data)) for e in events]
        if rows:
            await self.db.executemany("INSERT INTO events (user_id, at, kind, data) VALUES (?, ?, ?, ?)", rows)
        await self.db.commit()

    async def events(self, user_id: int | None = None, kind: str | None = None) -> list[LoggedEvent]:
        """Logged events, oldest first, optionally for one user and/or of one kind."""
        query = "SELECT id, user_id, at, kind, data FROM events WHERE 1=1"
        params: list[Any] = []
        if user_id is not None:
            query += " AND user_id = ?"
            params.append(user_id)
        if kind is not None:
            query += " AND kind = ?"
            params.append(kind)
        async with self.db.execute(query + " ORDER BY id", params) as cursor:
            rows = await cursor.fetchall()
        return [LoggedEvent(r[0], r[1], r[2], r[3], _loads(r[4])) for r in rows]

    async def count_users(self) -> int:
        """How many users the store knows."""
        async with self.db.execute("SELECT COUNT(*) FROM users") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0


def _loads(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}
