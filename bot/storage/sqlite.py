"""The SQLite backend of the storage interface (bot/storage/base.py): one file, WAL, one connection.

One connection per process, on one thread of its own (`_Worker`), so every write is serialised
and WAL lets readers go on meanwhile: no "database is locked" between our own tasks.

Every read is one trip that fetches all its rows, never a cursor read across awaits. Another process
(a worker, `cuida clinic`) may hold the write lock, and SQLite then refuses a write at once,
without waiting, if this connection is in the middle of a query: a read left open between trips
would let another task's BEGIN IMMEDIATE land in that state (tests/test_store.py).

Why a thread of our own and not aiosqlite: a transaction here is handed to the database thread
in as few pieces as possible (see `SqliteTransaction`), and its end must be queued to that thread
before the write lock is released. aiosqlite has no public call that runs a function on its
thread, nor one that queues work without first awaiting; its private `_execute`, `_tx` and
`_conn` did that, and changed between releases. `_Worker` is the same design (a thread, a queue,
results handed back with `call_soon_threadsafe`) through public standard-library calls only.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import queue
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable, Mapping, Sequence
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from bot.core import timestamps
from bot.core.clinic_config import INVITE_CODE, Broadcast, Clinic
from bot.core.engine import Event, UserState
from bot.storage.base import (
    Erased,
    FinishedBroadcast,
    LoggedEvent,
    OutboxRow,
    Reminder,
    Storage,
    StoreError,
    Transaction,
)

T = TypeVar("T")
Params = Sequence[Any] | Mapping[str, Any]  # what sqlite3 binds: positional or named

BUSY_TIMEOUT_MS = 5000  # how long a write waits for another process's write lock


def migrations() -> list[str]:
    """The schema migrations in order (bot/storage/migrations/NNNN_name.sql); version N is the Nth."""
    folder = resources.files("bot.storage").joinpath("migrations")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    for number, file in enumerate(files, start=1):
        if not file.name.startswith(f"{number:04d}_"):
            raise StoreError(f"migration {file.name} is out of sequence: expected {number:04d}_*.sql")
    return [f.read_text(encoding="utf-8") for f in files]


MIGRATIONS: list[str] = migrations()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def json_object(text: str | None) -> dict[str, Any]:
    """A stored JSON column as a dict; empty when it is missing, damaged or not an object."""
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _seconds(moment: datetime) -> str:
    return timestamps.encode(moment, "seconds")


def _millis(moment: datetime) -> str:
    return timestamps.encode(moment, "milliseconds")


# ---- the database thread ---------------------------------------------------------------------------


class _Worker:
    """One thread that owns the sqlite3 connection; work is queued to it in order and runs one at a time.

    Work handed over always runs, even when the task awaiting it is cancelled: the end of a
    transaction (COMMIT or ROLLBACK) must never be dropped from the queue, or the next BEGIN would
    land inside it. (A `ThreadPoolExecutor` drops a cancelled future's work item, and its futures
    cost twice the event loop's time per trip: measured 70 against 40 microseconds.)
    """

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[tuple[asyncio.Future[Any], Callable[[sqlite3.Connection], Any]] | None]
        self._queue = queue.SimpleQueue()
        self.closed = True  # until the connection is open
        self.observer: Callable[[str], None] | None = None  # told the name of each piece of work (tests count trips)

    async def connect(self, path: Path) -> None:
        """Start the thread and open the connection there (sqlite3 objects stay on the thread that made them)."""
        opened: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        # A daemon: a store never closed must not keep the interpreter from exiting; SQLite's journal
        # keeps the file whole if the process ends in the middle of a write.
        threading.Thread(target=self._serve, args=(path, opened), name="cuida-sqlite", daemon=True).start()
        await opened
        self.closed = False

    def submit(self, work: Callable[[sqlite3.Connection], T]) -> asyncio.Future[T]:
        """Queue `work(connection)` on the database thread now; the future of its result."""
        if self.closed:
            raise ValueError("Connection closed")
        if self.observer is not None:
            self.observer(getattr(work, "__name__", type(work).__name__))
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((future, work))
        return future

    def _serve(self, path: Path, opened: asyncio.Future[None]) -> None:
        try:
            # Autocommit mode: transactions are only the explicit ones, never opened implicitly.
            conn = sqlite3.connect(path, isolation_level=None)
        except BaseException as exc:
            _hand_back(opened, None, exc)
            return
        _hand_back(opened, None, None)
        try:
            while (item := self._queue.get()) is not None:
                future, work = item
                try:
                    result, error = work(conn), None
                except BaseException as exc:
                    result, error = None, exc
                _hand_back(future, result, error)
        finally:
            conn.close()

    async def close(self) -> None:
        """Finish the work queued, close the connection and end the thread."""
        if self.closed:
            return
        done = self.submit(_close)  # runs after everything queued before it
        self.closed = True
        self._queue.put_nowait(None)
        await done


def _close(conn: sqlite3.Connection) -> None:
    conn.close()  # SQLite checkpoints the WAL on the last close; closing again (at the thread's end) is a no-op


def _hand_back(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    """From the database thread: settle `future` on its event loop."""
    with contextlib.suppress(RuntimeError):  # the event loop is closed: nobody waits for this any more
        future.get_loop().call_soon_threadsafe(_settle, future, result, error)


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return  # its work ran all the same; the caller stopped waiting
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


Statement = tuple[str, Any, bool]  # SQL, parameters (a list of rows when executemany), executemany?


class Result:
    """A statement's outcome, read whole in its trip: rows, rowcount, lastrowid, column names."""

    __slots__ = ("_next", "description", "lastrowid", "rowcount", "rows")

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.rows: list[Any] = cursor.fetchall()  # on the database thread: nothing is left open
        self.rowcount = cursor.rowcount
        self.lastrowid = cursor.lastrowid
        self.description = cursor.description
        self._next = 0

    async def fetchone(self) -> Any:
        """The next row, or None."""
        if self._next >= len(self.rows):
            return None
        self._next += 1
        return self.rows[self._next - 1]

    async def fetchall(self) -> list[Any]:
        """The rows not fetched yet."""
        rows, self._next = self.rows[self._next :], len(self.rows)
        return rows

    async def close(self) -> None:
        """Nothing to close: the rows were read in the trip."""


class _Call:
    """What `execute` returns: awaited, a Result; also usable as `async with ... as cursor`."""

    __slots__ = ("_future",)

    def __init__(self, future: Awaitable[Result]) -> None:
        self._future = future

    def __await__(self) -> Generator[Any, None, Result]:
        return self._future.__await__()

    async def __aenter__(self) -> Result:
        return await self._future

    async def __aexit__(self, *exc_info: object) -> None:
        return None


def _run(conn: sqlite3.Connection, statements: list[Statement]) -> sqlite3.Cursor:
    cursor = conn.cursor()
    for sql, parameters, many in statements:
        if many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters)
    return cursor


class Connection:
    """Plain SQL on the store's connection, outside any transaction: for migrations, tests and maintenance.

    Features never use it; they call the named methods of the storage interface.
    """

    def __init__(self, worker: _Worker) -> None:
        self._worker = worker

    def execute(self, sql: str, parameters: Params = ()) -> _Call:
        """Run one statement (autocommitted) and read its result whole."""

        def execute(conn: sqlite3.Connection) -> Result:
            return Result(conn.execute(sql, parameters))

        return _Call(self._worker.submit(execute))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> _Call:
        """Run one statement over many rows."""
        rows = [tuple(r) for r in rows]

        def executemany(conn: sqlite3.Connection) -> Result:
            return Result(conn.executemany(sql, rows))

        return _Call(self._worker.submit(executemany))

    async def execute_fetchall(self, sql: str, parameters: Params = ()) -> list[Any]:
        """Run a query and return all its rows, in one trip."""
        return (await self.execute(sql, parameters)).rows

    async def executescript(self, script: str) -> None:
        """Run several statements (sqlite3's executescript: it commits first)."""

        def executescript(conn: sqlite3.Connection) -> None:
            conn.executescript(script)

        await self._worker.submit(executescript)

    async def commit(self) -> None:
        """Commit an explicit transaction, if one is open."""
        await self._worker.submit(lambda conn: conn.commit())

    async def set_trace_callback(self, callback: Callable[[str], object] | None) -> None:
        """Have SQLite call `callback` with each statement run (on the database thread)."""
        await self._worker.submit(lambda conn: conn.set_trace_callback(callback))

    async def close(self) -> None:
        """Close the connection; every later call raises ValueError("Connection closed")."""
        await self._worker.close()


# ---- the aggregates ----------------------------------------------------------------------------------


class _Runner:
    """How the aggregates reach SQLite: in a transaction, or outside one (reads only)."""

    async def rows(self, sql: str, parameters: Params = ()) -> list[Any]:
        raise NotImplementedError

    async def run(self, sql: str, parameters: Params = ()) -> Result:
        raise NotImplementedError

    async def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> Result:
        raise NotImplementedError

    def later(self, sql: str, parameters: Params = ()) -> None:
        raise NotImplementedError

    def later_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError


class _Reads(_Runner):
    """Outside a transaction: reads in one trip each; a write here is a bug, refused before it runs."""

    def __init__(self, db: Connection) -> None:
        self._db = db

    async def rows(self, sql: str, parameters: Params = ()) -> list[Any]:
        return await self._db.execute_fetchall(sql, parameters)

    def _refuse(self) -> None:
        # A write outside the write lock would land inside whichever transaction is open.
        raise RuntimeError("writes go inside `async with store.transaction() as tx`")

    async def run(self, sql: str, parameters: Params = ()) -> Result:
        self._refuse()
        raise AssertionError

    async def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> Result:
        self._refuse()
        raise AssertionError

    def later(self, sql: str, parameters: Params = ()) -> None:
        self._refuse()

    def later_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._refuse()


async def _one(runner: _Runner, sql: str, parameters: Params = ()) -> Any:
    rows = await runner.rows(sql, parameters)
    return rows[0] if rows else None


class SqliteUsers:
    """Users, state and events (base.Users)."""

    def __init__(self, runner: _Runner) -> None:
        self._r = runner

    async def load(self, user_id: int) -> UserState | None:
        return (await self.load_turn(user_id))[0]

    async def load_turn(self, user_id: int) -> tuple[UserState | None, str | None]:
        # One trip for both: a turn reads them together.
        rows = await self._r.rows(
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

    async def status(self, user_id: int) -> str | None:
        row = await _one(self._r, "SELECT status FROM users WHERE user_id = ?", (user_id,))
        return str(row[0]) if row else None

    async def events(self, user_id: int | None = None, kind: str | None = None) -> list[LoggedEvent]:
        query = "SELECT id, user_id, at, kind, data FROM events WHERE 1=1"
        params: list[Any] = []
        if user_id is not None:
            query += " AND user_id = ?"
            params.append(user_id)
        if kind is not None:
            query += " AND kind = ?"
            params.append(kind)
        rows = await self._r.rows(query + " ORDER BY id", params)
        return [LoggedEvent(r[0], r[1], r[2], r[3], json_object(r[4])) for r in rows]

    async def count(self) -> int:
        row = await _one(self._r, "SELECT COUNT(*) FROM users")
        return int(row[0]) if row else 0

    async def save_turn(self, state: UserState, events: Iterable[Event], now: datetime) -> None:
        at = _seconds(now)
        fields = {k: v for k, v in state.fields.items() if not k.startswith("_")}  # "_x" are per-turn only
        self._r.later(
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
            self._r.later_many("INSERT INTO events (user_id, at, kind, data) VALUES (?, ?, ?, ?)", rows)

    async def set_status(self, user_id: int, status: str) -> None:
        self._r.later("UPDATE users SET status = ? WHERE user_id = ?", (status, user_id))

    async def log_event(self, user_id: int, kind: str, data: Mapping[str, Any], now: datetime) -> None:
        self._r.later(
            "INSERT INTO events (user_id, at, kind, data) VALUES (?, ?, ?, ?)",
            (user_id, _seconds(now), kind, json.dumps(dict(data), ensure_ascii=False, sort_keys=True)),
        )

    async def set_answer(self, user_id: int, name: str, value: Any) -> None:
        self._r.later(
            "UPDATE users SET answers = json_set(answers, ?, ?) WHERE user_id = ?", (f"$.{name}", value, user_id)
        )


_CLAIM_COLUMNS = """
    SELECT o.id, o.user_id, o.kind, o.ref, o.payload, o.attempts, o.due_at, o.expires_at,
           u.language, u.fields, u.status
    FROM outbox AS o LEFT JOIN users AS u ON u.user_id = o.user_id
"""


def _outbox_row(row: Any) -> OutboxRow:
    row_id, user_id, kind, ref, payload, attempts, due_at, expires_at, language, fields, status = row
    return OutboxRow(
        row_id, user_id, kind, ref, payload, int(attempts), due_at, expires_at, language, json_object(fields), status
    )


class SqliteOutbox:
    """The outbox (base.Outbox). Times compared with `now` are in milliseconds (see bot/core/timestamps.py)."""

    def __init__(self, runner: _Runner) -> None:
        self._r = runner

    async def counts(self, kind: str, ref: str) -> dict[str, int]:
        rows = await self._r.rows(
            "SELECT status, COUNT(*) FROM outbox WHERE kind = ? AND ref = ? GROUP BY status", (kind, str(ref))
        )
        return {str(status): int(n) for status, n in rows}

    async def any_due(self, now: datetime) -> bool:
        rows = await self._r.rows(
            "SELECT 1 FROM outbox WHERE status = 'pending' AND due_at <= ? LIMIT 1", (_millis(now),)
        )
        return bool(rows)

    async def next_retry(self, now: datetime) -> str | None:
        at = _millis(now)
        row = await _one(
            self._r,
            "SELECT MIN(next_try_at) FROM outbox WHERE status = 'pending' AND due_at <= ? AND next_try_at > ?",
            (at, at),
        )
        return str(row[0]) if row and row[0] else None

    async def pending_reminders(self, user_id: int) -> int:
        row = await _one(
            self._r,
            "SELECT COUNT(*) FROM outbox WHERE user_id = ? AND status = 'pending' AND kind = 'reminder'",
            (user_id,),
        )
        return int(row[0]) if row else 0

    async def recover(self, error: str) -> int:
        result = await self._r.run(
            "UPDATE outbox SET status = 'pending', last_error = ? WHERE status = 'sending'", (error,)
        )
        return result.rowcount

    async def leased_out(self, now: datetime, holding: Iterable[int], limit: int) -> list[OutboxRow]:
        # Few rows are ever 'sending', so this is a short range of the outbox_due index.
        rows = await self._r.rows(
            _CLAIM_COLUMNS
            + """
            WHERE o.status = 'sending' AND (o.lease_until IS NULL OR o.lease_until <= ?)
              AND o.id NOT IN (SELECT value FROM json_each(?))
            ORDER BY o.due_at, o.id
            LIMIT ?
            """,
            (_millis(now), json.dumps(sorted(holding)), limit),
        )
        return [_outbox_row(row) for row in rows]

    async def due(self, now: datetime, limit: int) -> list[OutboxRow]:
        at = _millis(now)
        # outbox_due (status, due_at) serves both the filter and the order; ids break ties in it.
        rows = await self._r.rows(
            _CLAIM_COLUMNS
            + """
            WHERE o.status = 'pending' AND o.due_at <= ? AND (o.next_try_at IS NULL OR o.next_try_at <= ?)
            ORDER BY o.due_at, o.id
            LIMIT ?
            """,
            (at, at, limit),
        )
        return [_outbox_row(row) for row in rows]

    async def note_error(self, item_ids: Iterable[int], error: str) -> None:
        await self._r.run_many("UPDATE outbox SET last_error = ? WHERE id = ?", [(error, i) for i in item_ids])

    async def skip(self, reasons: Iterable[tuple[int, str]]) -> None:
        rows = [(reason, item_id) for item_id, reason in reasons]
        if rows:
            await self._r.run_many(
                "UPDATE outbox SET status = 'skipped', last_error = ?, next_try_at = NULL WHERE id = ?", rows
            )

    async def fail(self, errors: Iterable[tuple[int, str]]) -> None:
        rows = [(error, item_id) for item_id, error in errors]
        if rows:
            await self._r.run_many("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ?", rows)

    async def claim(self, item_ids: Iterable[int], lease_until: datetime) -> None:
        until = _millis(lease_until)
        rows = [(until, item_id) for item_id in item_ids]
        if rows:
            await self._r.run_many(
                "UPDATE outbox SET status = 'sending', attempts = attempts + 1, lease_until = ? WHERE id = ?", rows
            )

    async def release(self, item_ids: Iterable[int]) -> int:
        rows = [(i,) for i in item_ids]
        if not rows:
            return 0
        result = await self._r.run_many(
            "UPDATE outbox SET status = 'pending', attempts = MAX(0, attempts - 1) WHERE id = ? AND status = 'sending'",
            rows,
        )
        return result.rowcount

    async def mark_sent(self, sent: Iterable[tuple[int, datetime, int | None]]) -> None:
        rows = [(_seconds(at), message_id, item_id) for item_id, at, message_id in sent]
        if rows:
            await self._r.run_many(
                "UPDATE outbox SET status = 'sent', sent_at = ?, message_id = ?, next_try_at = NULL WHERE id = ?", rows
            )

    async def attempts(self, item_id: int) -> int | None:
        row = await _one(self._r, "SELECT attempts FROM outbox WHERE id = ?", (item_id,))
        return int(row[0]) if row else None

    async def retry_at(self, item_id: int, next_try: datetime, error: str) -> None:
        await self._r.run(
            "UPDATE outbox SET status = 'pending', next_try_at = ?, last_error = ? WHERE id = ?",
            (_millis(next_try), error, item_id),
        )

    async def finish(self, item_id: int, status: str, error: str, *, user_too: bool = False) -> None:
        await self._r.run(
            "UPDATE outbox SET status = ?, last_error = ?, next_try_at = NULL WHERE id = ?", (status, error, item_id)
        )
        if user_too:
            # A user who said STOP stays 'stopped': that is the stronger wish (only START lifts it).
            await self._r.run(
                "UPDATE users SET status = ? WHERE user_id = (SELECT user_id FROM outbox WHERE id = ?) "
                "AND status != 'stopped'",
                (status, item_id),
            )

    async def cancel_reminders(self, user_id: int) -> None:
        await self._r.run(
            "UPDATE outbox SET status = 'cancelled' WHERE user_id = ? AND kind = 'reminder' AND status = 'pending'",
            (user_id,),
        )

    async def schedule_reminders(self, user_id: int, reminders: Iterable[Reminder]) -> None:
        rows = [(user_id, r.ref, _seconds(r.due_at), _seconds(r.expires_at), r.payload) for r in reminders]
        await self._r.run_many(
            """
            INSERT INTO outbox (user_id, kind, ref, due_at, expires_at, payload)
            VALUES (?, 'reminder', ?, ?, ?, ?)
            ON CONFLICT (user_id, kind, ref) DO UPDATE SET
                status = 'pending', due_at = excluded.due_at, expires_at = excluded.expires_at,
                payload = excluded.payload, attempts = 0, next_try_at = NULL, last_error = NULL
            WHERE outbox.status IN ('cancelled', 'pending')
            """,
            rows,
        )

    async def broadcast_to_patients(
        self, broadcast_id: int, clinic_id: int, due_at: datetime, expires_at: datetime, payload: str
    ) -> None:
        await self._r.run(
            "INSERT INTO outbox (user_id, kind, ref, due_at, expires_at, payload) "
            "SELECT user_id, 'broadcast', ?, ?, ?, ? FROM users WHERE clinic_id = ? AND status = 'active' "
            "ORDER BY user_id",
            (str(broadcast_id), _seconds(due_at), _seconds(expires_at), payload, clinic_id),
        )

    async def queue_report(self, staff_id: int, broadcast_id: int, due_at: datetime, payload: str) -> None:
        await self._r.run(
            "INSERT OR IGNORE INTO outbox (user_id, kind, ref, due_at, payload) VALUES (?, 'report', ?, ?, ?)",
            (staff_id, str(broadcast_id), _seconds(due_at), payload),
        )


_CLINIC_COLUMNS = "id, name, invite_code, fever_threshold_c, created_at"


def _clinic(row: Any, staff: tuple[int, ...] = ()) -> Clinic:
    return Clinic(int(row[0]), str(row[1]), str(row[2]), row[3], str(row[4]), staff)


class SqliteClinics:
    """Clinics, staff, patients and broadcasts (base.Clinics)."""

    def __init__(self, runner: _Runner) -> None:
        self._r = runner

    async def _staff_of(self, clinic_id: int) -> tuple[int, ...]:
        rows = await self._r.rows("SELECT user_id FROM clinic_staff WHERE clinic_id = ? ORDER BY user_id", (clinic_id,))
        return tuple(int(r[0]) for r in rows)

    async def get(self, clinic_id: int) -> Clinic | None:
        row = await _one(self._r, f"SELECT {_CLINIC_COLUMNS} FROM clinics WHERE id = ?", (clinic_id,))
        return _clinic(row, await self._staff_of(int(row[0]))) if row else None

    async def by_code(self, code: str) -> Clinic | None:
        if not INVITE_CODE.match(code or ""):
            return None
        row = await _one(self._r, f"SELECT {_CLINIC_COLUMNS} FROM clinics WHERE invite_code = ?", (code,))
        return _clinic(row) if row else None

    async def all(self) -> list[Clinic]:
        rows = await self._r.rows(f"SELECT {_CLINIC_COLUMNS} FROM clinics ORDER BY id")
        return [_clinic(row, await self._staff_of(int(row[0]))) for row in rows]

    async def exists(self, clinic_id: int) -> bool:
        return bool(await self._r.rows("SELECT 1 FROM clinics WHERE id = ?", (clinic_id,)))

    async def is_staff(self, clinic_id: int, user_id: int) -> bool:
        rows = await self._r.rows(
            "SELECT 1 FROM clinic_staff WHERE clinic_id = ? AND user_id = ?", (clinic_id, user_id)
        )
        return bool(rows)

    async def of_staff(self, user_id: int) -> list[Clinic]:
        # Asked on every turn (ClinicHook.before): one trip to the database thread, not three.
        rows = await self._r.rows(
            f"SELECT {', '.join('c.' + c for c in _CLINIC_COLUMNS.split(', '))} FROM clinics c "
            "JOIN clinic_staff s ON s.clinic_id = c.id WHERE s.user_id = ? ORDER BY c.id",
            (user_id,),
        )
        return [_clinic(row) for row in rows]

    async def patients_of(self, clinic_id: int) -> int:
        row = await _one(self._r, "SELECT COUNT(*) FROM users WHERE clinic_id = ? AND status = 'active'", (clinic_id,))
        return int(row[0]) if row else 0

    async def broadcast(self, broadcast_id: int) -> Broadcast | None:
        row = await _one(
            self._r,
            "SELECT id, clinic_id, created_by, created_at, template, text_en, text_es, recipients, reported_at "
            "FROM broadcasts WHERE id = ?",
            (broadcast_id,),
        )
        return Broadcast(*row) if row else None

    async def delivery_counts(self, broadcast_id: int) -> dict[str, int]:
        rows = await self._r.rows(
            "SELECT status, COUNT(*) FROM outbox WHERE kind = 'broadcast' AND ref = ? GROUP BY status",
            (str(broadcast_id),),
        )
        return {str(status): int(count) for status, count in rows}

    async def create(
        self, name: str, invite_code: str, fever_threshold_c: float | None, staff: Iterable[int], now: datetime
    ) -> int | None:
        at = _seconds(now)
        if await self._r.rows("SELECT 1 FROM clinics WHERE invite_code = ?", (invite_code,)):
            return None  # the write lock is held: nobody takes the code between this and the insert
        result = await self._r.run(
            "INSERT INTO clinics (name, invite_code, fever_threshold_c, created_at) VALUES (?, ?, ?, ?)",
            (name, invite_code, fever_threshold_c, at),
        )
        clinic_id = int(result.lastrowid or 0)
        self._r.later_many(
            "INSERT OR IGNORE INTO clinic_staff (clinic_id, user_id, added_at) VALUES (?, ?, ?)",
            [(clinic_id, user_id, at) for user_id in staff],
        )
        return clinic_id

    async def add_staff(self, clinic_id: int, user_id: int, now: datetime) -> bool:
        result = await self._r.run(
            "INSERT OR IGNORE INTO clinic_staff (clinic_id, user_id, added_at) VALUES (?, ?, ?)",
            (clinic_id, user_id, _seconds(now)),
        )
        return result.rowcount == 1

    async def remove_staff(self, clinic_id: int, user_id: int) -> bool:
        result = await self._r.run("DELETE FROM clinic_staff WHERE clinic_id = ? AND user_id = ?", (clinic_id, user_id))
        return result.rowcount == 1

    async def enrol(self, user_id: int, clinic_id: int) -> bool:
        result = await self._r.run(
            "UPDATE users SET clinic_id = ? WHERE user_id = ? AND EXISTS (SELECT 1 FROM clinics WHERE id = ?)",
            (clinic_id, user_id, clinic_id),
        )
        return result.rowcount == 1

    async def record_broadcast(
        self,
        clinic_id: int,
        created_by: int | None,
        now: datetime,
        template: str | None,
        text_en: str,
        text_es: str,
        recipients: int,
    ) -> int:
        result = await self._r.run(
            "INSERT INTO broadcasts (clinic_id, created_by, created_at, template, text_en, text_es, recipients) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (clinic_id, created_by, _seconds(now), template, text_en, text_es, recipients),
        )
        return int(result.lastrowid or 0)

    async def finished_broadcasts(self) -> list[FinishedBroadcast]:
        rows = await self._r.rows(
            """
            SELECT b.id, b.created_by, b.created_at, c.name FROM broadcasts b JOIN clinics c ON c.id = b.clinic_id
            WHERE b.reported_at IS NULL AND b.created_by IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'broadcast' AND o.ref = CAST(b.id AS TEXT)
                              AND o.status IN ('pending', 'sending'))
            ORDER BY b.id
            """
        )
        return [FinishedBroadcast(int(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in rows]

    async def mark_reported(self, broadcast_id: int, now: datetime) -> None:
        await self._r.run("UPDATE broadcasts SET reported_at = ? WHERE id = ?", (_seconds(now), broadcast_id))


class SqlitePrivacy:
    """Counters, erasure, retention and processed update ids (base.Privacy)."""

    def __init__(self, runner: _Runner) -> None:
        self._r = runner

    async def stats(self) -> dict[str, int]:
        rows = await self._r.rows("SELECT name, value FROM stats ORDER BY name")
        return {str(name): int(value) for name, value in rows}

    async def activity(self, user_id: int) -> tuple[int, str | None]:
        row = await _one(self._r, "SELECT COUNT(*), MIN(at) FROM events WHERE user_id = ?", (user_id,))
        return (int(row[0]), row[1]) if row else (0, None)

    async def last_seen_update(self) -> int:
        row = await _one(self._r, "SELECT MAX(update_id) FROM seen_updates")
        return int(row[0] or 0) if row else 0

    async def was_seen(self, update_id: int) -> bool:
        return bool(await self._r.rows("SELECT 1 FROM seen_updates WHERE update_id = ?", (update_id,)))

    async def event_kinds(self) -> list[str]:
        # A skip-scan over the (kind, at) index: one lookup per distinct kind, not a scan of the log.
        rows = await self._r.rows(
            """
            WITH RECURSIVE k(kind) AS (
                SELECT MIN(kind) FROM events
                UNION ALL
                SELECT (SELECT MIN(kind) FROM events WHERE kind > k.kind) FROM k WHERE k.kind IS NOT NULL
            )
            SELECT kind FROM k WHERE kind IS NOT NULL
            """
        )
        return [str(row[0]) for row in rows]

    async def bump(self, counts: Mapping[str, int]) -> None:
        rows = [(name, value) for name, value in counts.items() if value]
        if rows:
            await self._r.run_many(
                "INSERT INTO stats (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
                rows,
            )

    async def erase_user(self, user_id: int) -> Erased:
        rows = await self._r.rows("SELECT kind, COUNT(*) FROM events WHERE user_id = ? GROUP BY kind", (user_id,))
        kinds = {str(kind): int(count) for kind, count in rows}
        touched: dict[str, int] = {}
        for table, sql in (
            ("events", "DELETE FROM events WHERE user_id = ?"),
            ("outbox", "DELETE FROM outbox WHERE user_id = ?"),
            ("broadcasts", "UPDATE broadcasts SET created_by = NULL WHERE created_by = ?"),
            ("users", "DELETE FROM users WHERE user_id = ?"),
        ):
            touched[table] = (await self._r.run(sql, (user_id,))).rowcount
        return Erased(touched, kinds)

    async def remember_update(self, update_id: int, now: datetime) -> None:
        # Queued, not run: it goes with the turn's commit, in the same trip to the database thread.
        self._r.later("INSERT OR IGNORE INTO seen_updates (update_id, at) VALUES (?, ?)", (update_id, _seconds(now)))

    async def prune_events(self, kind: str, before: datetime, limit: int) -> int:
        result = await self._r.run(
            "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE kind = ? AND at < ? LIMIT ?)",
            (kind, _seconds(before), limit),
        )
        return result.rowcount

    async def prune_updates(self, before: datetime) -> int:
        return (await self._r.run("DELETE FROM seen_updates WHERE at < ?", (_seconds(before),))).rowcount


class SqliteInbox:
    """Updates not yet handled (base.Inbox)."""

    def __init__(self, runner: _Runner) -> None:
        self._r = runner

    async def replies(self, update_id: int) -> str | None:
        row = await _one(self._r, "SELECT replies FROM inbox WHERE update_id = ?", (update_id,))
        return row[0] if row else None

    async def left_over(self) -> list[str]:
        return [str(body) for (body,) in await self._r.rows("SELECT body FROM inbox ORDER BY update_id")]

    async def add(self, updates: Iterable[tuple[int, str]]) -> None:
        self._r.later_many("INSERT OR IGNORE INTO inbox (update_id, body) VALUES (?, ?)", list(updates))

    async def keep_replies(self, update_id: int, replies: str) -> None:
        self._r.later("UPDATE inbox SET replies = ? WHERE update_id = ?", (replies, update_id))

    async def forget_user(self, user_id: int) -> None:
        self._r.later(
            "DELETE FROM inbox WHERE ? IN (json_extract(body, '$.message.from.id'),"
            " json_extract(body, '$.message.chat.id'), json_extract(body, '$.edited_message.chat.id'),"
            " json_extract(body, '$.callback_query.from.id'), json_extract(body, '$.callback_query.message.chat.id'))",
            (user_id,),
        )

    async def remove(self, update_ids: Iterable[int]) -> None:
        self._r.later_many("DELETE FROM inbox WHERE update_id = ?", [(i,) for i in update_ids])


class SqliteHealth:
    """The health probe's write (base.Health)."""

    def __init__(self, runner: _Runner) -> None:
        self._r = runner

    async def probe(self, now: datetime) -> None:
        self._r.later(
            "INSERT INTO health (name, at) VALUES ('probe', ?) ON CONFLICT (name) DO UPDATE SET at = excluded.at",
            (_seconds(now),),
        )


# ---- the transaction --------------------------------------------------------------------------------


class SqliteTransaction(_Runner):
    """A unit of work (base.Transaction) on the store's connection, in as few trips as it can.

    Each trip to the database thread goes back through the event loop, which under load waits its
    turn behind everything else the loop has to do. Holding the write lock across a turn's trips
    made that lock the bot's bottleneck (bench/README.md). So BEGIN waits to go with the first
    statement, writes whose result nobody reads are queued, and the end of the transaction (the
    queued writes and COMMIT, or a rollback) is handed to the database thread in one piece: a turn
    that only writes makes one trip, and holds the lock for none. `execute`, `executemany` and
    `execute_fetchall` run at once (taking the queue along), for what must be read inside.
    """

    def __init__(self, worker: _Worker) -> None:
        self._worker = worker
        self._queued: list[Statement] = [("BEGIN IMMEDIATE", (), False)]
        self._started = False  # a trip was made: BEGIN may have reached SQLite
        self._after: list[Callable[[Storage], Awaitable[None]]] = []

    # The aggregates are made when first used: a transaction is begun for every turn and most use two.

    @functools.cached_property
    def users(self) -> SqliteUsers:
        """Users, state and events, with their writes."""
        return SqliteUsers(self)

    @functools.cached_property
    def outbox(self) -> SqliteOutbox:
        """The outbox, with its writes."""
        return SqliteOutbox(self)

    @functools.cached_property
    def clinics(self) -> SqliteClinics:
        """Clinics, staff, patients and broadcasts, with their writes."""
        return SqliteClinics(self)

    @functools.cached_property
    def privacy(self) -> SqlitePrivacy:
        """Counters, erasure, retention and update ids, with their writes."""
        return SqlitePrivacy(self)

    @functools.cached_property
    def inbox(self) -> SqliteInbox:
        """Updates not yet handled, with their writes."""
        return SqliteInbox(self)

    @functools.cached_property
    def health(self) -> SqliteHealth:
        """The health probe's write."""
        return SqliteHealth(self)

    def after_commit(self, work: Callable[[Storage], Awaitable[None]]) -> None:
        """Run `work(store)` once this transaction has committed (not after a rollback), outside the write lock."""
        self._after.append(work)

    def committed_work(self) -> list[Callable[[Storage], Awaitable[None]]]:
        """What `after_commit` asked to run, in order."""
        return list(self._after)

    # Plain SQL, for the aggregates above and for tests.

    def queue(self, sql: str, parameters: Params = ()) -> None:
        """A write to run with the next trip (or the commit); its errors surface there."""
        self._queued.append((sql, parameters, False))

    def queue_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """`queue` for one statement over many rows (executemany)."""
        self._queued.append((sql, [tuple(r) for r in rows], True))

    def execute(self, sql: str, parameters: Params = ()) -> _Call:
        """Run a statement now (after anything queued) and read its result whole."""
        return _Call(self._trip([*self._take(), (sql, parameters, False)]))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> _Call:
        """Run a statement over many rows now (after anything queued)."""
        return _Call(self._trip([*self._take(), (sql, [tuple(r) for r in rows], True)]))

    async def execute_fetchall(self, sql: str, parameters: Params = ()) -> list[Any]:
        """Run a query now (after anything queued) and return all its rows, in the same trip."""
        return (await self.execute(sql, parameters)).rows

    # _Runner, for the aggregates.

    async def rows(self, sql: str, parameters: Params = ()) -> list[Any]:
        return await self.execute_fetchall(sql, parameters)

    async def run(self, sql: str, parameters: Params = ()) -> Result:
        return await self.execute(sql, parameters)

    async def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> Result:
        return await self.executemany(sql, rows)

    def later(self, sql: str, parameters: Params = ()) -> None:
        self.queue(sql, parameters)

    def later_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.queue_many(sql, rows)

    def _take(self) -> list[Statement]:
        queued, self._queued = self._queued, []
        return queued

    def _trip(self, statements: list[Statement]) -> asyncio.Future[Result]:
        self._started = True

        def statements_now(conn: sqlite3.Connection) -> Result:
            return Result(_run(conn, statements))

        return self._worker.submit(statements_now)

    def finish(self, commit: bool) -> asyncio.Future[None] | None:
        """Hand the end of the transaction to the database thread; None when there is nothing to do.

        Queued at once (not when a coroutine first runs): the thread takes work first in, first
        out, so the next transaction's BEGIN can only come after this COMMIT or ROLLBACK, and the
        caller may release the write lock before the result is back.
        """
        queued = self._take()
        if not self._started and (not commit or len(queued) <= 1):
            return None  # nothing reached SQLite, and nothing (or nothing to keep) is queued

        def end(conn: sqlite3.Connection) -> None:
            try:
                if commit:
                    _run(conn, [*queued, ("COMMIT", (), False)])
                    return
            except BaseException:
                if conn.in_transaction:
                    conn.rollback()  # a failed write or COMMIT must not leave the next BEGIN inside this one
                raise
            if conn.in_transaction:
                conn.rollback()

        return self._worker.submit(end)


# ---- the store ----------------------------------------------------------------------------------------


class SqliteStorage:
    """The storage interface (base.Storage) on one SQLite file."""

    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, worker: _Worker, path: Path) -> None:
        self._worker = worker
        self.db = Connection(worker)
        self.path = path
        # One connection is shared by every task; a transaction holds it alone so that another
        # task's commit can never publish (or a rollback undo) half of someone else's work.
        self._write_lock = asyncio.Lock()
        self.identity: tuple[int, int] | None = None  # (device, inode) of the file opened
        reads = _Reads(self.db)
        self.users = SqliteUsers(reads)
        self.outbox = SqliteOutbox(reads)
        self.clinics = SqliteClinics(reads)
        self.privacy = SqlitePrivacy(reads)
        self.inbox = SqliteInbox(reads)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqliteTransaction]:
        """Run writes as one transaction: all committed together, or none on error.

        The write lock is held while the block runs; the commit is queued to the database thread
        before the lock is released and awaited after (see SqliteTransaction.finish).
        """
        await self._write_lock.acquire()
        locked = True
        try:
            tx = SqliteTransaction(self._worker)
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
            for work in tx.committed_work():
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

        def wipe_wal(conn: sqlite3.Connection) -> bool:
            conn.execute("PRAGMA busy_timeout=50")
            try:
                for attempt in range(attempts):
                    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    if not busy:
                        return True
                    if attempt + 1 < attempts:
                        time.sleep(pause)  # this thread only: the event loop goes on
                return False
            finally:
                conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

        async with self._write_lock:  # never inside another task's open transaction
            return bool(await self._worker.submit(wipe_wal))

    async def scrub_erased(self) -> bool:
        """base.Storage.scrub_erased: the WAL's old copies of erased pages, checkpointed away."""
        return await self.wipe_wal()

    async def ping(self) -> bool:
        """True when `SELECT 1` answers."""
        return list(await self.db.execute_fetchall("SELECT 1")) == [(1,)]

    async def integrity_problems(self) -> str | None:
        """quick_check of the file, on a connection of its own in another thread (the bot's goes on)."""
        return await asyncio.to_thread(quick_check, self.path)

    @classmethod
    async def open(cls, path: str | Path) -> SqliteStorage:
        """Open (creating if needed) the database at `path` and bring its schema up to date."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the folder for the database {path}: {exc.strerror}. Set CUIDA_DB to a writable path."
            ) from exc
        worker = _Worker()
        try:
            await worker.connect(path)
        except sqlite3.Error as exc:
            await worker.close()
            raise StoreError(f"Cannot open the database {path}: {exc}. Set CUIDA_DB to a writable path.") from exc
        store = cls(worker, path)
        try:
            status = path.stat()
            # The file this connection has open: health checks compare the path with it later.
            store.identity = (status.st_dev, status.st_ino)
            await store._check_intact()
            await store._configure()
            await store._migrate()
        except StoreError:
            await worker.close()
            raise
        except sqlite3.Error as exc:
            await worker.close()
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
        await self._worker.close()

    # ---- shorthands of the SQLite store (tests and tools); features use the aggregates ------------------

    async def load_user(self, user_id: int) -> UserState | None:
        """The stored state of one user, or None for someone new."""
        return await self.users.load(user_id)

    async def load_turn(self, user_id: int) -> tuple[UserState | None, str | None]:
        """A user's state and delivery status, in one trip."""
        return await self.users.load_turn(user_id)

    async def save_turn(self, state: UserState, events: Iterable[Event], now: datetime | None = None) -> None:
        """Store a user's new state and the turn's events in one transaction."""
        async with self.transaction() as tx:
            await self.write_turn(tx, state, events, now)

    async def write_turn(
        self, tx: SqliteTransaction, state: UserState, events: Iterable[Event], now: datetime | None = None
    ) -> None:
        """The writes of save_turn, inside a transaction the caller holds."""
        await tx.users.save_turn(state, events, now or timestamps.now())

    async def set_status(self, user_id: int, status: str) -> None:
        """Mark a user active, stopped, blocked or invalid, in a transaction of its own."""
        async with self.transaction() as tx:
            await tx.users.set_status(user_id, status)

    async def status(self, user_id: int) -> str | None:
        """A user's delivery status, or None for someone unknown."""
        return await self.users.status(user_id)

    async def events(self, user_id: int | None = None, kind: str | None = None) -> list[LoggedEvent]:
        """Logged events, oldest first, optionally for one user and/or of one kind."""
        return await self.users.events(user_id, kind)

    async def count_users(self) -> int:
        """How many users the store knows."""
        return await self.users.count()


async def open_store(path: str | Path) -> SqliteStorage:
    """Open the SQLite store at `path` (created and migrated as needed)."""
    return await SqliteStorage.open(path)


# ---- the file, from outside the running bot --------------------------------------------------------------


def quick_check(path: Path, limit: int = 5) -> str | None:
    """None when the file is intact; else the first problems SQLite's quick_check names, in one line."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)) as conn:
            rows = conn.execute(f"PRAGMA quick_check({limit})").fetchall()
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        return str(exc)
    problems = [line for row in rows for line in str(row[0]).splitlines() if not line.startswith("***")]
    return None if problems == ["ok"] else "; ".join(problems)


def read_schema_version(path: Path) -> int | None:
    """The schema version of the file at `path`, read without changing anything; raises StoreError when unreadable."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)) as conn:
            row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    except sqlite3.Error as exc:
        raise StoreError(f"the database {path} cannot be read: {exc}") from exc
    return None if row is None or row[0] is None else int(row[0])


def _implements(store: SqliteStorage, tx: SqliteTransaction) -> tuple[Storage, Transaction]:
    """Never called: mypy checks here that this backend implements the whole interface."""
    return store, tx
