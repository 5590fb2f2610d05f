"""Chaos: random SIGKILLs of a real `python -m bot run` while patients talk, a broadcast goes out and
the stand-in answers bursts of 429s. Nothing may be lost: every message is answered, every outbox
row ends final, and a message goes twice only if it was in flight at a kill.

Bounded: a fixed seed, three kills, well under a minute; loopback only. Its figures are printed
(`pytest -s`)."""

from __future__ import annotations

import asyncio
import random
import signal
import sqlite3
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bot.storage.sqlite import SqliteStorage
from tests.support.botapi import BotApiServer
from tests.support.outbox import add_users, queue
from tests.support.process import bot_process, log_event, stop_with

SEED = 12
KILLS = 3
BROADCAST = list(range(31_001, 31_121))  # 120 outbox rows
PATIENTS = list(range(41_001, 41_031))  # 30 patients, each with the script below
SCRIPT = ["/start", "I can't breathe", "/emergency", "/help"]
REFERENCE = 41_999  # one more patient, alone, before the chaos: what a full answer looks like
SETTINGS = {"CUIDA_SEND_RATE": "40", "CUIDA_STOP_TIMEOUT": "5"}


async def prepare(db: Path) -> None:
    store = await SqliteStorage.open(db)
    await add_users(store, BROADCAST, at=datetime.now(UTC))
    await queue(store, BROADCAST, due_at=datetime.now(UTC), ref="5")
    await store.close()


def table(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


async def bursts_of_429(server: BotApiServer, rng: random.Random) -> None:
    """Now and then Telegram's flood control: a tight limit for a moment, retry_after 1 s."""
    while True:
        await asyncio.sleep(rng.uniform(0.4, 1.2))
        server.rate_limit = 3.0
        await asyncio.sleep(rng.uniform(0.2, 0.6))
        server.rate_limit = None


async def patients_talk(server: BotApiServer, rng: random.Random) -> int:
    """Each patient sends the script, a line every 0.2-0.8 s, all at the same time; how many were sent."""
    pushed = 0

    async def one(patient: int) -> None:
        nonlocal pushed
        for line in SCRIPT:
            await asyncio.sleep(rng.uniform(0.2, 0.8))
            server.push_text(patient, line)
            pushed += 1

    await asyncio.gather(*(one(p) for p in PATIENTS))
    return pushed


async def test_random_kills_under_load_lose_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    await prepare(db)
    began = time.monotonic()
    async with BotApiServer() as server:
        server.latency = 0.02
        server.retry_after = 1
        # What a patient who is never cut off gets for the script (before the broadcast is due).
        async with bot_process(server, tmp_path / "reference.sqlite3", tmp_path / "ref.log", SETTINGS) as reference:
            await log_event(tmp_path / "ref.log", "started")
            for line in SCRIPT:
                before = len(server.sent_to(REFERENCE))
                server.push_text(REFERENCE, line)
                await server.wait_sent(before + 1, chat_id=REFERENCE, timeout=20)
                await asyncio.sleep(1.2)  # every part of the answer, and the chat's pace is over
            await stop_with(reference, signal.SIGTERM, tmp_path / "ref.log")
        expected = Counter(server.texts_to(REFERENCE))
        server.clear()

        chaos = asyncio.create_task(bursts_of_429(server, rng))
        talking = asyncio.create_task(patients_talk(server, rng))
        kills: list[dict[str, int]] = []
        try:
            for _ in range(KILLS):
                async with bot_process(server, db, log, SETTINGS) as bot:
                    # Mid-work: after a random number of messages sent by this run.
                    goal = len(server.sent) + rng.randint(10, 50)
                    await server.wait_for(lambda s, goal=goal: len(s.sent) >= goal, timeout=20)
                    await asyncio.sleep(rng.uniform(0, 0.3))
                    bot.send_signal(signal.SIGKILL)
                    await bot.wait()
                # In flight at the kill: turns done whose replies were not all confirmed sent,
                # and outbox rows on the wire. Only these may go twice.
                kept = table(db, "SELECT COUNT(*) FROM inbox WHERE replies IS NOT NULL")[0][0]
                sending = table(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sending'")[0][0]
                kills.append({"sent": len(server.sent), "turns_in_flight": kept, "rows_sending": sending})
            pushed = await talking
            chaos.cancel()
            server.rate_limit = None
            # The last start: it must finish everything the others left.
            async with bot_process(server, db, log, SETTINGS) as bot:

                def done(s: BotApiServer) -> bool:
                    answered = all(
                        all(Counter(s.texts_to(p))[text] >= n for text, n in expected.items()) for p in PATIENTS
                    )
                    return answered and all(s.sent_to(b) for b in BROADCAST)

                await server.wait_for(done, timeout=40)
                await asyncio.sleep(0.5)  # the last outcomes are recorded just after the last answers
                await stop_with(bot, signal.SIGTERM, log)
        finally:
            chaos.cancel()
            talking.cancel()

    outbox = dict(table(db, "SELECT status, COUNT(*) FROM outbox GROUP BY status"))
    left_in_inbox = table(db, "SELECT COUNT(*) FROM inbox")[0][0]
    per_reply = {p: Counter(server.texts_to(p)) for p in PATIENTS}
    reply_duplicates = sum(n - expected[text] for got in per_reply.values() for text, n in got.items())
    broadcast_copies = Counter(r["chat_id"] for r in server.sent if r["chat_id"] in BROADCAST)
    broadcast_duplicates = sum(broadcast_copies.values()) - len(BROADCAST)
    print(
        f"\nchaos: {KILLS} SIGKILLs (at {kills}), {pushed} messages from {len(PATIENTS)} patients, "
        f"{len(BROADCAST)}-row broadcast, {server.too_many_requests} × 429; every message answered, "
        f"outbox {outbox}, {reply_duplicates} reply and {broadcast_duplicates} broadcast duplicate(s), "
        f"{time.monotonic() - began:.1f} s"
    )
    assert pushed == len(PATIENTS) * len(SCRIPT)
    assert server.too_many_requests > 0  # the bursts did hit
    assert outbox == {"sent": len(BROADCAST)}  # every row final, and sent
    assert left_in_inbox == 0  # every update handled
    assert all(set(got) == set(expected) for got in per_reply.values())  # nothing but the answers
    # A duplicate only for what was in flight at a kill: a turn's answer is at most two messages.
    assert reply_duplicates <= 2 * sum(k["turns_in_flight"] for k in kills), (reply_duplicates, kills)
    assert broadcast_duplicates <= sum(k["rows_sending"] for k in kills), (broadcast_duplicates, kills)
