"""The one place that writes state: a SQLite file through aiosqlite.

One connection per process. aiosqlite runs it on its own thread, so every write is serialised
and WAL lets readers go on meanwhile: no "database is locked" between our own tasks.

Every read is one trip (`execute_fetchall`), never a cursor read across awaits. Another process
(a worker, `cuida clinic`) may hold the write lock, and SQLite then refuses a write at once,
without waiting, if this connection is in the middle of a query: a read left open between trips
would let another task's BEGIN IMMEDIATE land in that state (tests/test_store.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.engine import Event, UserState

BUSY_TIMEOUT_MS = 5000  # how long a write waits for another process's write lock

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
    # 2: stopping messages, clinics and their staff, and one outbox for everything sent unasked.
    """
    ALTER TABLE users ADD COLUMN status TEXT NOT NULL DEFAULT 'active';  -- active | stopped | blocked | invalid
    ALTER TABLE users ADD COLUMN clinic_id INTEGER REFERENCES clinics (id);
    CREATE INDEX users_by_clinic ON users (clinic_id, status);
    CREATE TABLE clinics (
        id                INTEGER PRIMARY KEY,
        name              TEXT NOT NULL,
        invite_code       TEXT NOT NULL UNIQUE,
        fever_threshold_c REAL,
        created_at        TEXT NOT NULL
    );
    CREATE TABLE clinic_staff (
        clinic_id INTEGER NOT NULL REFERENCES clinics (id) ON DELETE CASCADE,
        user_id   INTEGER NOT NULL,
        added_at  TEXT NOT NULL,
        PRIMARY KEY (clinic_id, user_id)
    );
    CREATE INDEX staff_by_user ON clinic_staff (user_id);
    CREATE TABLE broadcasts (
        id           INTEGER PRIMARY KEY,
        clinic_id    INTEGER NOT NULL REFERENCES clinics (id),
        created_by   INTEGER,              -- staff Telegram id; NULL from the command line
        created_at   TEXT NOT NULL,
        template     TEXT,                 -- template key, or NULL for a written message
        text_en      TEXT NOT NULL,
        text_es      TEXT NOT NULL,
        recipients   INTEGER NOT NULL,
        reported_at  TEXT                  -- when the delivery report went to the staff member
    );
    CREATE TABLE outbox (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id     INTEGER NOT NULL,
        kind        TEXT NOT NULL,         -- reminder | broadcast | report
        ref         TEXT NOT NULL,         -- reminder event id, broadcast id, ...
        due_at      TEXT NOT NULL,         -- UTC, ISO 8601
        expires_at  TEXT,                  -- after this, skip rather than send late (reminders)
        payload     TEXT NOT NULL,         -- JSON: what to say and which buttons
        status      TEXT NOT NULL DEFAULT 'pending',
        -- pending | sending | sent | skipped | cancelled | blocked | invalid | failed
        attempts    INTEGER NOT NULL DEFAULT 0,
        next_try_at TEXT,
        last_error  TEXT,
        sent_at     TEXT,
        message_id  INTEGER,
        UNIQUE (user_id, kind, ref)
    );
    CREATE INDEX outbox_due ON outbox (status, due_at);
    CREATE INDEX outbox_by_user ON outbox (user_id, status);
    CREATE INDEX outbox_by_ref ON outbox (kind, ref, status);
    """,
    # 3: privacy and duplicate updates (bot/privacy.py). `stats` keeps only aggregate counts of what
    # was erased or pruned; `seen_updates` holds Telegram update ids (never a user id) for a day or
    # two, so an update delivered again after a restart is not processed twice.
    """
    CREATE TABLE stats (
        name  TEXT PRIMARY KEY,            -- users_deleted, events_erased.<kind>, events_pruned.<kind>
        value INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE seen_updates (
        update_id INTEGER PRIMARY KEY,
        at        TEXT NOT NULL
    );
    """,
    # 4: a claim on an outbox row is a lease: a row left 'sending' past `lease_until` (its sender
    # died, or could not record the outcome) is claimed again by a running sender, without a
    # restart. `health` holds the time of the health probe's last write (proof the file is writable).
    """
    ALTER TABLE outbox ADD COLUMN lease_until TEXT;
    CREATE TABLE health (
        name TEXT PRIMARY KEY,
        at   TEXT NOT NULL
    );
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


class _Call:
    """What Transaction.execute returns: awaited, a cursor; in `async with`, a cursor closed at the end."""

    __slots__ = ("_coro", "_cursor")

    def __init__(self, coro: Coroutine[Any, Any, aiosqlite.Cursor]) -> None:
        self._coro = coro
        self._cursor: aiosqlite.Cursor | None = None

    def __await__(self) -> Generator[Any, None, aiosqlite.Cursor]:
        return self._coro.__await__()

    async def __aenter__(self) -> aiosqlite.Cursor:
        self._cursor = await self._coro
        return self._cursor

    async def __aexit__(self, *exc_info: object) -> None:
        if self._cursor is not None:
            await self._cursor.close()


Statement = tuple[str, Any, bool]  # SQL, parameters (a list of rows when executemany), executemany?


class Transaction:
    """The connection inside `Store.transaction()`: aiosqlite's execute and executemany, in fewer trips.

    Each aiosqlite call is a trip to its thread and back through the event loop, which under load
    waits its turn behind everything else the loop has to do. Holding the write lock across a
    turn's trips made that lock the bot's bottleneck (bench/README.md). So here BEGIN waits to go
    with the first statement, writes whose result nobody reads are `queue`d, and the end of the
    transaction (the queued writes and COMMIT, or a rollback) is handed to the database thread in
    one piece: a turn that only writes makes one trip, and holds the lock for none.
    `execute`, `executemany` and `execute_fetchall` run at once (taking the queue along), as
    aiosqlite's do, for the transactions that must read inside.
    """

    __slots__ = ("_after", "_db", "_queued", "_started")

    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db
        self._queued: list[Statement] = [("BEGIN IMMEDIATE", (), False)]
        self._started = False  # a trip was made: BEGIN may have reached SQLite
        self._after: list[Callable[[Store], Coroutine[Any, Any, None]]] = []

    def after_commit(self, work: Callable[[Store], Coroutine[Any, Any, None]]) -> None:
        """Run `work(store)` once this transaction has committed (not after a rollback), outside the write lock."""
        self._after.append(work)

    def queue(self, sql: str, parameters: Iterable[Any] = ()) -> None:
        """A write to run with the next trip (or the commit); its errors surface there."""
        self._queued.append((sql, parameters, False))

    def queue_many(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        """`queue` for one statement over many rows (executemany)."""
        self._queued.append((sql, list(rows), True))

    def execute(self, sql: str, parameters: Iterable[Any] = ()) -> _Call:
        """Run a statement now (after anything queued) and return its cursor."""
        return _Call(self._trip(sql, parameters, False))

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> _Call:
        """Run a statement over many rows now (after anything queued) and return its cursor."""
        return _Call(self._trip(sql, list(rows), True))

    async def execute_fetchall(self, sql: str, parameters: Iterable[Any] = ()) -> list[Any]:
        """Run a query now (after anything queued) and return all its rows, in the same trip."""
        rows: list[Any] = await self._now([*self._take(), (sql, parameters, False)], fetch=True)
        return rows

    async def _trip(self, sql: str, parameters: Any, many: bool) -> aiosqlite.Cursor:
        cursor = await self._now([*self._take(), (sql, parameters, many)])
        return aiosqlite.Cursor(self._db, cursor)

    def _take(self) -> list[Statement]:
        queued, self._queued = self._queued, []
        return queued

    async def _now(self, statements: list[Statement], fetch: bool = False) -> Any:
        self._started = True
        conn = self._db

        def work() -> Any:
            cursor = conn._conn.cursor()  # aiosqlite's sqlite3 connection; this runs on its thread
            _run(cursor, statements)
            return cursor.fetchall() if fetch else cursor

        return await conn._execute(work)

    def finish(self, commit: bool) -> asyncio.Future[None] | None:
        """Hand the end of the transaction to the database thread; None when there is nothing to do.

        Queued at once (not when a coroutine first runs): the thread takes work first in, first
        out, so the next transaction's BEGIN can only come after this COMMIT or ROLLBACK, and the
        caller may release the write lock before the result is back.
        """
        queued = self._take()
        if not self._started and (not commit or len(queued) <= 1):
            return None  # nothing reached SQLite, and nothing (or nothing to keep) is queued
        conn = self._db

        def work() -> None:
            raw = conn._conn  # on aiosqlite's thread
            try:
                if commit:
                    _run(raw.cursor(), [*queued, ("COMMIT", (), False)])
                    return
            except BaseException:
                if raw.in_transaction:
                    raw.rollback()  # a failed write or COMMIT must not leave the next BEGIN inside this one
                raise
            if raw.in_transaction:
                raw.rollback()

        return _submit(conn, work)


def _run(cursor: sqlite3.Cursor, statements: list[Statement]) -> None:
    for sql, parameters, many in statements:
        if many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters)


def _submit(db: aiosqlite.Connection, work: Callable[[], Any]) -> asyncio.Future[Any]:
    """Queue `work` on aiosqlite's thread right now and return the future of its result.

    What aiosqlite's own `_execute` does before it awaits: as a coroutine it would queue the work
    only when it first runs, after the caller had moved on.
    """
    if not db._running or db._connection is None:
        raise ValueError("Connection closed")
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
    db._tx.put_nowait((future, work))
    return future


class Store:
    """Users, their conversation state and the event log, in one SQLite file."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self.db = db
        self.path = path
        # One connection is shared by every task; a transaction holds it alone so that another
        # task's commit can never publish (or a rollback undo) half of someone else's work.
        self._write_lock = asyncio.Lock()
        self.identity: tuple[int, int] | None = None  # (device, inode) of the file opened

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        """Run writes as one transaction: all committed together, or none on error.

        The write lock is held while the block runs; the commit is queued to the database thread
        before the lock is released and awaited after (see Transaction.finish).
        """
        await self._write_lock.acquire()
        locked = True
        try:
            tx = Transaction(self.db)
            try:
                yield tx
            except BaseException:
                undo = tx.finish(commit=False)
                self._write_lock.release()
                locked = False
                if undo is not None:
                    await undo
                raise
            done = tx.finish(commit=True)
            self._write_lock.release()
            locked = False
            if done is not None:
                await done
            for work in tx._after:
                await work(self)
        finally:
            if locked:
                self._write_lock.release()

    async def wipe_wal(self, attempts: int = 20, pause: float = 0.05) -> bool:
        """Copy the WAL into the database file and truncate it to nothing; False if readers kept it busy.

        After /delete: secure_delete zeroes the erased rows in the database file, but the WAL still
        holds earlier copies of their pages until a checkpoint, so erasing checkpoints at once.
        Another process reading (a worker, `cuida clinic`) makes TRUNCATE give up ("busy"); it is
        tried again briefly instead of waiting the whole busy_timeout with the write lock held.
        """
        conn = self.db

        def work() -> bool:
            raw = conn._conn  # on aiosqlite's thread
            raw.execute("PRAGMA busy_timeout=50")
            try:
                for attempt in range(attempts):
                    busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    if not busy:
                        return True
                    if attempt + 1 < attempts:
                        time.sleep(pause)  # this thread only: the event loop goes on
                return False
            finally:
                raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

        async with self._write_lock:  # never inside another task's open transaction
            return bool(await conn._execute(work))

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
            # Autocommit mode: transactions are only the explicit ones below, never opened implicitly.
            db = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the database {path}: {exc}. Set CUIDA_DB to a writable path.") from exc
        store = cls(db, path)
        try:
            status = path.stat()
            # The file this connection has open: health checks compare the path with it later.
            store.identity = (status.st_dev, status.st_ino)
            await store._check_intact()
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

    async def _check_intact(self) -> None:
        """Refuse a damaged file at once, before anything is written into it."""
        try:
            rows = await self.db.execute_fetchall("PRAGMA quick_check(5)")
            problems = [line for row in rows for line in str(row[0]).splitlines() if not line.startswith("***")]
        except sqlite3.DatabaseError as exc:
            if "malformed" not in str(exc):
                raise  # e.g. "file is not a database": not ours at all, said as such by open()
            problems = [str(exc)]
        if problems != ["ok"]:
            raise StoreError(
                f"The database {self.path} is damaged (quick_check: {'; '.join(problems)[:300]}). Nothing was "
                "written to it. Restore the last backup, or move the file aside and run `sqlite3 FILE .recover` "
                "to save what is readable."
            )

    async def _configure(self) -> None:
        await self.db.execute("PRAGMA journal_mode=WAL")
        await self.db.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed row
        await self.db.execute("PRAGMA foreign_keys=ON")
        await self.db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Erased and pruned rows are overwritten with zeros, not left readable in free pages (/delete).
        await self.db.execute("PRAGMA secure_delete=ON")
        # Writing here proves the path is writable before the bot says it is ready.
        await self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        # Updates taken from Telegram and not yet handled, and their replies (bot/inbox.py): rows
        # live for seconds, so the table comes with the connection, not with a schema version.
        await self.db.execute(
            "CREATE TABLE IF NOT EXISTS inbox (update_id INTEGER PRIMARY KEY, body TEXT NOT NULL, replies TEXT)"
        )
        await self.db.commit()

    async def schema_version(self) -> int:
        """The schema version this file is at."""
        rows = await self.db.execute_fetchall("SELECT MAX(version) FROM schema_version")
        row = next(iter(rows), None)
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
        return (await self.load_turn(user_id))[0]

    async def load_turn(self, user_id: int) -> tuple[UserState | None, str | None]:
        """A user's state and delivery status (None, None for someone new): what a turn reads, in one trip."""
        # execute_fetchall is one trip to the database thread; execute + fetchone + close were three.
        rows = await self.db.execute_fetchall(
            "SELECT language, flow, step, answers, fields, status FROM users WHERE user_id = ?", (user_id,)
        )
        for language, flow, step, answers, fields, status in rows:
            state = UserState(
                user_id=user_id,
                language=language,
                flow=flow,
                step=step,
                answers=json_object(answers),
                fields=json_object(fields),
            )
            return state, str(status)
        return None, None

    async def save_turn(self, state: UserState, events: Iterable[Event], now: datetime | None = None) -> None:
        """Store a user's new state and the turn's events in one transaction."""
        async with self.transaction() as db:
            await self.write_turn(db, state, events, now)

    async def write_turn(
        self, db: Transaction, state: UserState, events: Iterable[Event], now: datetime | None = None
    ) -> None:
        """The writes of save_turn, inside a transaction the caller holds (they go with its commit)."""
        at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        fields = {k: v for k, v in state.fields.items() if not k.startswith("_")}  # "_x" are per-turn only
        db.queue(
            """
            INSERT INTO users (user_id, language, flow, step, answers, fields, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET
                language = excluded.language, flow = excluded.flow, step = excluded.step,
                answers = excluded.answers, fields = excluded.fields, updated_at = excluded.updated_at
            """,
            (state.user_id, state.language, state.flow, state.step, _json(state.answers), _json(fields), at, at),
        )
        rows = [(state.user_id, at, e.kind, _json(e.data)) for e in events]
        if rows:
            db.queue_many("INSERT INTO events (user_id, at, kind, data) VALUES (?, ?, ?, ?)", rows)

    async def set_status(self, user_id: int, status: str) -> None:
        """Mark a user active, stopped (asked for no messages), blocked (blocked the bot) or invalid."""
        async with self.transaction() as db:
            await db.execute("UPDATE users SET status = ? WHERE user_id = ?", (status, user_id))

    async def status(self, user_id: int) -> str | None:
        """A user's delivery status, or None for someone unknown."""
        rows = await self.db.execute_fetchall("SELECT status FROM users WHERE user_id = ?", (user_id,))
        return next((str(row[0]) for row in rows), None)

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
        rows = await self.db.execute_fetchall(query + " ORDER BY id", params)
        return [LoggedEvent(r[0], r[1], r[2], r[3], json_object(r[4])) for r in rows]

    async def count_users(self) -> int:
        """How many users the store knows."""
        rows = await self.db.execute_fetchall("SELECT COUNT(*) FROM users")
        row = next(iter(rows), None)
        return int(row[0]) if row else 0


def json_object(text: str | None) -> dict[str, Any]:
    """A stored JSON column as a dict; empty when it is missing, damaged or not an object."""
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}
