"""Outbox claims are leases: nothing stays 'sending' until a restart, and nothing delivered goes twice."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta

import pytest

from bot.app import clinics, outbox
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage.sqlite import SqliteStorage
from bot.telegram.sender import Sender, sender_bot
from tests.support.botapi import BotApiServer
from tests.support.outbox import BROADCAST, add_users, outbox_rows, queue

STAFF = 900
PATIENTS = list(range(101, 109))


async def read_only(store: SqliteStorage, on: bool) -> None:
    """SQLite refuses every write on this connection ("attempt to write a readonly database") while on.

    Taken between transactions (under the store's write lock), as a read-only remount or a
    permission change would hit the writes of the sender, not a statement half-way.
    """
    async with store._write_lock:
        await store.db.execute(f"PRAGMA query_only={'ON' if on else 'OFF'}")


async def statuses(store: SqliteStorage) -> dict[int, str]:
    return {user: row["status"] for user, row in (await outbox_rows(store)).items()}


async def test_outcomes_refused_by_a_read_only_database_are_recorded_once_it_is_writable(
    engine: Engine, content: Content, store: SqliteStorage, caplog: pytest.LogCaptureFixture
) -> None:
    """A 3 s read-only window while a broadcast is on the wire: every patient gets it once, and the report comes."""
    now = datetime.now(UTC)
    await add_users(store, [STAFF, *PATIENTS], at=now)
    clinic = await clinics.create_clinic(store, "Clínica Sol", staff=[STAFF], now=now)
    async with store.transaction() as db:
        for patient in PATIENTS:
            await clinics.join(db, patient, clinic.id, now)
    await clinics.create_broadcast(store, content, clinic.id, created_by=STAFF, template="fever_watch", now=now)
    async with BotApiServer() as server:
        server.latency = 0.5  # the messages are on the wire when the database turns read-only
        sender = Sender(
            store,
            sender_bot(server.token, server.base_url),
            engine,
            rate=100,
            chat_interval=0,
            poll_interval=0.05,
            after_batch=[clinics.reporter(content)],
        )
        caplog.set_level(logging.WARNING)
        await sender.start()
        try:
            await server.wait_for(lambda s: any(name == "sendMessage" for name, _ in s.calls), timeout=10)
            await read_only(store, True)
            await server.wait_sent(len(PATIENTS), timeout=10)  # all delivered while nothing can be written
            # The proof that recording was refused (and is being retried), before the window ends.
            await server.wait_for(lambda s: "outcome_unrecorded" in caplog.text, timeout=10)
            assert set((await statuses(store)).values()) == {"sending"}
            await asyncio.sleep(3)  # the rest of the read-only window
            await read_only(store, False)
            await server.wait_sent(1, chat_id=STAFF, timeout=15)  # the delivery report
        finally:
            await sender.stop()
    assert await statuses(store) == dict.fromkeys(PATIENTS, "sent") | {STAFF: "sent"}
    assert {p: len(server.sent_to(p)) for p in PATIENTS} == dict.fromkeys(PATIENTS, 1)
    [report] = server.texts_to(STAFF)
    assert "✅ Sent: 8" in report and "Failed after several tries: 0" in report, report
    assert sender.counters.sent == len(PATIENTS) + 1 and sender.counters.failed == 0
    # Claims failed at every 50 ms poll of the window: one traceback, not one per poll.
    assert sum("could not read the outbox" in r.getMessage() for r in caplog.records) <= 1


async def test_an_expired_claim_is_taken_again_by_the_running_sender(engine: Engine, store: SqliteStorage) -> None:
    """Rows a dead sender left 'sending': taken once their lease runs out, not at a restart, and not before."""
    now = datetime.now(UTC)
    await add_users(store, [1, 2, 3], at=now)
    async with BotApiServer() as server:
        sender = Sender(
            store,
            sender_bot(server.token, server.base_url),
            engine,
            chat_interval=0,
            poll_interval=0.05,
            lease=timedelta(seconds=1),
        )
        await sender.start()  # recovers at start: the rows below are left 'sending' after that
        try:
            async with store.transaction() as db:  # written 'sending' at once: the sender never sees them pending
                for user, lease_until in ((1, now - timedelta(seconds=1)), (2, now + timedelta(seconds=4))):
                    await db.execute(
                        "INSERT INTO outbox (user_id, kind, ref, due_at, payload, status, attempts, lease_until) "
                        "VALUES (?, 'broadcast', 'a', ?, ?, 'sending', 1, ?)",
                        (user, outbox.iso(now), json.dumps(BROADCAST), outbox.iso(lease_until, "milliseconds")),
                    )
            await queue(store, [3], due_at=now, ref="b")  # an ordinary row: proves the sender is working
            sender.wake()
            await server.wait_sent(1, chat_id=1, timeout=10)
            await server.wait_sent(1, chat_id=3, timeout=10)
            assert server.sent_to(2) == []  # its lease still runs: another sender may hold it
            assert (await statuses(store))[2] == "sending"
            await server.wait_sent(1, chat_id=2, timeout=15)  # once the lease ran out
        finally:
            await sender.stop()
    rows = await outbox_rows(store)
    assert {u: r["status"] for u, r in rows.items()} == {1: "sent", 2: "sent", 3: "sent"}
    assert {u: len(server.sent_to(u)) for u in (1, 2, 3)} == {1: 1, 2: 1, 3: 1}
    assert rows[1]["attempts"] == 2  # the lost claim counts as an attempt
