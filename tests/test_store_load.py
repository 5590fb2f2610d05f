"""The store under load: no "database is locked", and every sender/scheduler query uses an index."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import clinics, outbox
from bot.app.conversations import Conversations
from bot.app.reminders import ReminderHook, reschedule
from bot.core.content import Content
from bot.core.engine import Engine, Text, UserState
from bot.storage.sqlite import SqliteStorage
from bot.telegram.adapter import build_application
from bot.telegram.sender import Sender, sender_bot
from tests.support.botapi import BotApiError, BotApiServer
from tests.support.outbox import add_users, queue, statuses

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def now() -> datetime:
    return datetime.now(UTC)


async def test_no_database_is_locked_while_many_users_talk_the_sender_sends_and_another_process_queues(
    tmp_path: Path, content: Content, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    db = tmp_path / "cuida.sqlite3"
    store = await SqliteStorage.open(db)
    recipients = list(range(50_000, 51_500))
    await add_users(store, recipients, at=now())
    await queue(store, recipients, due_at=now(), ref="1")
    talkers = list(range(1, 151))
    other_process: SqliteStorage | None = None
    async with BotApiServer() as server:
        engine = Engine(content)
        sender = Sender(store, sender_bot(server.token, server.base_url), engine, rate=1500.0, poll_interval=0.05)
        app = build_application(server.token, server.base_url, Conversations(engine, store), sender=sender)
        await app.initialize()
        assert app.post_init is not None and app.post_shutdown is not None
        await app.post_init(app)  # the sender starts
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            # 150 people, 4 messages each, all at once, while the broadcast goes out...
            script = ["/start", "hola", "tengo fiebre", "/help"]
            server.push_text_many([(user, text) for text in script for user in talkers], language_code="es")
            # ...and, like `cuida clinic broadcast` run by hand meanwhile, a second connection writes too.
            other_process = await SqliteStorage.open(db)
            for batch in range(20):
                extra = [60_000 + batch * 10 + i for i in range(10)]
                await add_users(other_process, extra, at=now())
                await queue(other_process, extra, due_at=now(), ref="2")
                sender.wake()
            await server.wait_for(lambda s: all(len(s.sent_to(u)) >= 5 for u in talkers), timeout=30)
            await server.wait_for(lambda s: s.sent_count >= 5 * len(talkers) + len(recipients) + 200, timeout=30)
            await sender.run_until_idle(timeout=10)
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
            await app.post_shutdown(app)
            if other_process is not None:
                await other_process.close()
    assert await statuses(store) == {"sent": len(recipients) + 200}
    assert await store.count_users() == len(recipients) + 200 + len(talkers)
    await store.close()
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING and "command menu" not in r.getMessage()]
    assert not problems, [r.getMessage() for r in problems]
    assert not any("locked" in r.getMessage() for r in caplog.records)
    assert not server.errors, server.errors


# ---- every query the sender and the scheduler run uses an index -------------------------------------

HOT_TABLES = ("outbox", "users", "events")
_KEYWORDS = {"where", "set", "on", "join", "left", "inner", "order", "group", "limit", "values", "select", "as"}


def scanned_tables(conn: sqlite3.Connection, sql: str) -> list[str]:
    """The hot tables (or their aliases) that a statement reads with a full scan."""
    names = {t: t for t in HOT_TABLES}
    for table, alias in re.findall(r"\b(outbox|users|events)\s+(?:AS\s+)?([A-Za-z_]\w*)", sql, re.IGNORECASE):
        if alias.lower() not in _KEYWORDS:
            names[alias] = table
    plan = conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
    found = []
    for *_, detail in plan:
        match = re.match(r"SCAN (\w+)", detail)
        if match and match.group(1) in names:
            found.append(f"{names[match.group(1)]}: {detail}")
    return found


async def test_every_query_of_the_sender_and_the_scheduler_uses_an_index(tmp_path: Path, content: Content) -> None:
    db = tmp_path / "cuida.sqlite3"
    store = await SqliteStorage.open(db)
    statements: list[str] = []
    await store.db.set_trace_callback(statements.append)  # expanded SQL, bound values included
    at = now()
    assert content.plans is not None

    # The scheduler: a user answers the reminder questions; their reminders are (re)scheduled in the turn.
    hooks: list[Any] = [ReminderHook(content.plans), clinics.ClinicHook(store, content)]
    conversations = Conversations(Engine(content), store, hooks=hooks)
    await conversations.handle(7, Text("hola"), language_code="es")
    state = await store.load_user(7)
    assert state is not None
    state.fields.update(treatment_date=(at - timedelta(days=1)).date().isoformat(), reminders_on=True)
    async with store.transaction() as tx:
        assert await reschedule(tx, content.plans, state, at) > 0
        await reschedule(tx, content.plans, UserState(user_id=8, language="en"), at)

    # A clinic broadcast (the producer), then the sender with every outcome: sent, blocked, chat not
    # found, a server error (retry, backoff), flood control, and the delivery report at the end.
    clinic = await clinics.create_clinic(store, "Clínica Norte", staff=[9])
    await conversations.handle(9, Text("/start"), language_code="es")  # staff get reports as users of the bot
    patients = list(range(100, 140))
    await clinics.join_clinic(store, 7, clinic.invite_code)
    for user in patients:
        await conversations.handle(user, Text("/start"), language_code="en")
        await clinics.join_clinic(store, user, clinic.invite_code)
    await clinics.create_broadcast(store, content, clinic.id, created_by=9, text_en="Open Saturday", text_es="Abierto")
    async with BotApiServer() as server:
        server.blocked_chats.add(101)
        server.missing_chats.add(102)
        failed_once: set[int] = set()

        def refuse(params: dict[str, Any]) -> None:
            if params["chat_id"] == 103 and 103 not in failed_once:
                failed_once.add(103)
                raise BotApiError(500, "Internal Server Error")
            if params["chat_id"] == 104 and 104 not in failed_once:
                failed_once.add(104)
                raise BotApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})

        name, original = server._handlers["sendmessage"]

        async def send(params: dict[str, Any]) -> Any:
            refuse(params)
            return await original(params)

        server._handlers["sendmessage"] = (name, send)
        bot = sender_bot(server.token, server.base_url)
        sender = Sender(
            store, bot, Engine(content), rate=500.0, retry_base=0.05, after_batch=[clinics.reporter(content)]
        )
        await sender.run_until_idle(timeout=15)  # claims, sends, records, waits out the backoff
        await sender.start()  # and the background loop: recover, callbacks, polling for due rows
        await clinics.create_broadcast(store, content, clinic.id, created_by=9, text_en="Closed", text_es="Cerrado")
        sender.wake()
        await sender.run_until_idle(timeout=15)  # with the loop running: waits for it to go idle
        await sender.stop()
        assert sender.counters.blocked == 1 and sender.counters.invalid == 1
        assert sender.counters.retried >= 1 and sender.counters.rate_limited >= 1
        assert any(r["chat_id"] == 9 for r in server.sent), "the delivery report went out"
    await outbox.release(store, [1, 2])
    await outbox.recover(store)
    await store.close()

    conn = sqlite3.connect(db)
    try:
        seen: set[str] = set()
        problems: list[str] = []
        for sql in statements:
            sql = sql.strip()
            if sql in seen or not re.match(r"(SELECT|INSERT|UPDATE|DELETE|WITH)\b", sql, re.IGNORECASE):
                continue
            seen.add(sql)
            problems += [f"{scan}\n    in: {' '.join(sql.split())}" for scan in scanned_tables(conn, sql)]
    finally:
        conn.close()
    assert len(seen) > 20  # the trace did see the queries
    touched = " ".join(seen)
    for query in (
        "FROM outbox AS o LEFT JOIN users",  # claim
        "SELECT status FROM users WHERE user_id",  # the STOP check just before sending
        "next_try_at >",  # when the next backoff ends
        "SELECT 1 FROM outbox WHERE status = 'pending'",  # anything due?
        "WHERE status = 'sending'",  # recover
    ):
        assert query in touched, f"the scenario never ran {query!r}"
    assert not problems, "full scans of hot tables:\n" + "\n".join(sorted(set(problems)))


def test_the_scan_detector_finds_a_full_scan(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "t.sqlite3")
    conn.executescript("CREATE TABLE outbox (id INTEGER PRIMARY KEY, status TEXT, due_at TEXT);")
    assert scanned_tables(conn, "SELECT 1 FROM outbox AS o WHERE o.status = 'pending'") == ["outbox: SCAN o"]
    assert scanned_tables(conn, "SELECT 1 FROM outbox WHERE id = 3") == []
    conn.execute("CREATE INDEX outbox_due ON outbox (status, due_at)")
    assert scanned_tables(conn, "SELECT 1 FROM outbox AS o WHERE o.status = 'pending'") == []
    conn.close()


# ---- trips to the database thread ----------------------------------------------------------------------


def count_trips(store: SqliteStorage) -> list[str]:
    """Record every piece of work handed to the database thread (each is a round trip through the event loop)."""
    trips: list[str] = []
    store._worker.observer = trips.append
    return trips


async def test_a_turn_costs_three_trips_to_the_database_thread(store: SqliteStorage, content: Content) -> None:
    hooks: list[Any] = [ReminderHook(content.plans), clinics.ClinicHook(store, content)]
    conversations = Conversations(Engine(content), store, hooks=hooks)
    await conversations.handle(5, Text("/start"), language_code="es", update_id=1)
    trips = count_trips(store)
    await conversations.handle(5, Text("tengo fiebre"), language_code="es", update_id=2)
    # state and status; staff facts; BEGIN, the update id, the turn's writes and COMMIT
    assert len(trips) == 3, trips
    state = await store.load_user(5)
    assert state is not None and state.flow is not None
    kinds = [e.kind for e in await store.events(5)]
    assert kinds.count("user_created") == 1 and len(kinds) >= 3


async def scratch_table(store: SqliteStorage) -> None:
    await store.db.execute("CREATE TABLE scratch (name TEXT PRIMARY KEY, value INTEGER NOT NULL)")


async def test_queued_writes_go_with_the_commit_and_an_empty_transaction_costs_nothing(store: SqliteStorage) -> None:
    await scratch_table(store)
    trips = count_trips(store)
    async with store.transaction():
        pass
    assert trips == []
    async with store.transaction() as tx:
        tx.queue("INSERT INTO scratch (name, value) VALUES ('a', 1)")
        tx.queue_many("INSERT INTO scratch (name, value) VALUES (?, ?)", [("b", 2), ("c", 3)])
        assert trips == []
    assert len(trips) == 1  # BEGIN, the three rows and COMMIT together
    rows = await store.db.execute_fetchall("SELECT name, value FROM scratch ORDER BY name")
    assert [tuple(r) for r in rows] == [("a", 1), ("b", 2), ("c", 3)]


async def test_a_read_inside_a_transaction_sees_the_queued_writes(store: SqliteStorage) -> None:
    await scratch_table(store)
    async with store.transaction() as tx:
        tx.queue("INSERT INTO scratch (name, value) VALUES ('x', 7)")
        async with tx.execute("SELECT value FROM scratch WHERE name = 'x'") as cursor:
            assert tuple(await cursor.fetchone()) == (7,)
        assert [tuple(r) for r in await tx.execute_fetchall("SELECT COUNT(*) FROM scratch")] == [(1,)]
        cursor = await tx.execute("UPDATE scratch SET value = 8 WHERE name = 'x'")
        assert cursor.rowcount == 1


async def test_a_queued_write_that_fails_at_commit_rolls_back_everything_and_the_store_goes_on(
    store: SqliteStorage,
) -> None:
    await scratch_table(store)
    with pytest.raises(sqlite3.IntegrityError):
        async with store.transaction() as tx:
            tx.queue("INSERT INTO scratch (name, value) VALUES ('kept?', 1)")
            tx.queue("INSERT INTO scratch (name, value) VALUES ('kept?', 2)")  # the same primary key
    assert await store.db.execute_fetchall("SELECT * FROM scratch") == []
    with pytest.raises(RuntimeError):
        async with store.transaction() as tx:
            await tx.execute("INSERT INTO scratch (name, value) VALUES ('sent', 1)")  # reached SQLite
            tx.queue("INSERT INTO scratch (name, value) VALUES ('queued', 1)")
            raise RuntimeError("the caller failed")
    assert await store.db.execute_fetchall("SELECT * FROM scratch") == []
    async with store.transaction() as tx:  # no transaction was left open
        tx.queue("INSERT INTO scratch (name, value) VALUES ('after', 1)")
    assert [tuple(r) for r in await store.db.execute_fetchall("SELECT name FROM scratch")] == [("after",)]


async def test_transactions_that_commit_after_the_lock_is_released_never_interleave(store: SqliteStorage) -> None:
    await scratch_table(store)

    async def one_shot(i: int) -> None:
        async with store.transaction() as tx:
            tx.queue("INSERT INTO scratch (name, value) VALUES (?, ?)", (f"q{i}", i))

    async def reading(i: int) -> None:
        async with store.transaction() as tx:
            tx.queue("INSERT INTO scratch (name, value) VALUES (?, ?)", (f"r{i}", i))
            rows = await tx.execute_fetchall("SELECT COUNT(*) FROM scratch WHERE name = ?", (f"r{i}",))
            assert rows[0][0] == 1  # its own write, inside its own transaction
            await asyncio.sleep(0)  # let the others queue their commits meanwhile
            await tx.execute("UPDATE scratch SET value = value + 1000 WHERE name = ?", (f"r{i}",))

    async def failing(i: int) -> None:
        async with store.transaction() as tx:
            tx.queue("INSERT INTO scratch (name, value) VALUES (?, ?)", (f"f{i}", i))
            tx.queue("INSERT INTO scratch (name, value) VALUES (?, ?)", (f"f{i}", i))  # duplicate: fails at commit

    jobs = [(one_shot, reading, failing)[i % 3](i) for i in range(150)]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    assert len(errors) == 50 and all(isinstance(e, sqlite3.IntegrityError) for e in errors), errors[:3]
    rows = dict(tuple(r) for r in await store.db.execute_fetchall("SELECT name, value FROM scratch"))
    assert len(rows) == 100 and not any(name.startswith("f") for name in rows)
    assert all(rows[f"r{i}"] == i + 1000 for i in range(1, 150, 3))
    assert not store._write_lock.locked()


async def test_a_commit_runs_even_when_the_task_waiting_for_it_is_cancelled(store: SqliteStorage) -> None:
    """The end of a transaction is never dropped from the database thread's queue (the next BEGIN would fail)."""
    await scratch_table(store)
    entered = asyncio.Event()

    async def writer() -> None:
        async with store.transaction() as tx:
            await tx.execute("INSERT INTO scratch (name, value) VALUES ('x', 1)")  # BEGIN has reached SQLite
            # The thread is busy for a moment, so the COMMIT waits in its queue when this task is cancelled.
            store._worker.submit(lambda conn: time.sleep(0.3))
            entered.set()

    task = asyncio.create_task(writer())
    await entered.wait()
    await asyncio.sleep(0.05)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    async with store.transaction() as tx:
        tx.queue("INSERT INTO scratch (name, value) VALUES ('y', 2)")
    rows = await store.db.execute_fetchall("SELECT name FROM scratch ORDER BY name")
    assert [tuple(r) for r in rows] == [("x",), ("y",)]
