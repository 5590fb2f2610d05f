"""A real `python -m bot run` killed with SIGKILL mid-broadcast, then started again: nothing lost."""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bot.storage.sqlite import SqliteStorage
from tests.support.botapi import BotApiServer
from tests.support.outbox import add_users, queue, statuses
from tests.support.process import bot_process

RECIPIENTS = 600
RATE = 100  # messages/s: a quick test, and slow enough to kill it half-way
SETTINGS = {"CUIDA_SEND_RATE": str(RATE), "CUIDA_LOG_LEVEL": "WARNING"}


async def terminate(process: asyncio.subprocess.Process, timeout: float = 10.0) -> int:
    """SIGTERM (a clean PTB shutdown), then SIGKILL if it does not exit in time."""
    process.send_signal(signal.SIGTERM)
    try:
        return await asyncio.wait_for(process.wait(), timeout)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise AssertionError("the bot did not stop within 10 s of SIGTERM") from None


async def read(db: Path) -> dict[str, int]:
    store = await SqliteStorage.open(db)
    try:
        return await statuses(store)
    finally:
        await store.close()


async def test_sigkill_mid_broadcast_then_restart_delivers_everything_with_duplicates_only_in_flight(
    tmp_path: Path,
) -> None:
    db = tmp_path / "cuida.sqlite3"
    log = tmp_path / "bot.log"
    users = list(range(20_001, 20_001 + RECIPIENTS))
    store = await SqliteStorage.open(db)
    now = datetime.now(UTC)
    await add_users(store, users[::2], language="es", at=now)
    await add_users(store, users[1::2], language="en", at=now)
    await queue(store, users, due_at=now, ref="42")
    await store.close()

    async with BotApiServer() as server:
        server.latency = 0.05  # several requests are always on the wire when the kill comes
        async with bot_process(server, db, log, SETTINGS) as first:
            await server.wait_sent(RECIPIENTS // 3, timeout=30)
            first.kill()  # SIGKILL: no shutdown code runs
            await first.wait()
        await asyncio.sleep(server.latency * 2)  # requests already on the wire land
        sent_at_kill = len(server.sent)
        at_kill = await read(db)
        in_flight = at_kill.get("sending", 0)
        assert 0 < sent_at_kill < RECIPIENTS, "the kill must come mid-broadcast"
        assert in_flight > 0, at_kill

        async with bot_process(server, db, log, SETTINGS) as second:
            await server.wait_for(lambda s: {r["chat_id"] for r in s.sent} >= set(users), timeout=30)
            for _ in range(100):  # the last outcomes are recorded just after the last answers
                final = await read(db)
                if final.get("sent") == RECIPIENTS:
                    break
                await asyncio.sleep(0.1)
            assert await terminate(second) == 0, log.read_text()[-3000:]

    got = Counter(r["chat_id"] for r in server.sent)
    duplicates = sum(got.values()) - RECIPIENTS
    print(
        f"\nkilled after {sent_at_kill} of {RECIPIENTS} sent; {in_flight} rows 'sending' at the kill; "
        f"{duplicates} duplicate(s) after the restart"
    )
    assert set(got) == set(users)  # every recipient got it
    assert duplicates <= in_flight  # only messages in flight at the kill may go twice
    assert await read(db) == {"sent": RECIPIENTS}  # and the outbox says so
