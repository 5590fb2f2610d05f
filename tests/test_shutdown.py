"""A real `python -m bot run` stopped with SIGTERM/SIGINT while it is busy: a clean, quick, consistent stop."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest

from bot.storage.sqlite import SqliteStorage
from bot.telegram.service import SECRET_HEADER
from tests.support.botapi import BotApiServer
from tests.support.outbox import add_users, queue
from tests.support.process import bot_process, log_event, log_events, stop_with

BROADCAST = list(range(30_001, 30_401))  # 400 outbox rows: still mid-broadcast at the signal on a loaded machine
PATIENTS = list(range(40_001, 40_101))  # 100 patients writing in: updates in flight at the signal
# A red flag, because its answer is two messages (the emergency instruction alone, then the menu):
# "answered in full" then means both went out, not just the first.
ALARM = "I can't breathe"
LATENCY = 0.2  # every Bot API call takes this long, so work is certainly in progress at the signal
SECRET = "shutdown-test-secret"


async def prepare(db: Path) -> None:
    store = await SqliteStorage.open(db)
    now = datetime.now(UTC)
    await add_users(store, BROADCAST, at=now)
    await queue(store, BROADCAST, due_at=now, ref="7")
    await store.close()


def check_database(db: Path) -> dict[str, int]:
    """The file opens cleanly, passes integrity_check, and no outbox row is left 'sending'."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        counts = dict(conn.execute("SELECT status, COUNT(*) FROM outbox GROUP BY status").fetchall())
    assert "sending" not in counts, counts
    assert sum(counts.values()) == len(BROADCAST)
    return counts


def answered(server: BotApiServer) -> set[int]:
    """Patients who got the whole answer to ALARM (the emergency instruction, then the menu)."""
    return {p for p in PATIENTS if len(server.sent_to(p)) >= 2}


@pytest.mark.parametrize("workers", [1, 2])
async def test_sigterm_while_polling_finishes_what_was_fetched(tmp_path: Path, workers: int) -> None:
    """With workers, the front stops polling, each worker finishes what it was handed, then all exit 0."""
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    await prepare(db)
    async with BotApiServer() as server:
        server.latency = LATENCY
        async with bot_process(server, db, log, {"CUIDA_WORKERS": str(workers)}) as process:
            await log_event(log, "started")
            server.push_text_many((p, ALARM) for p in PATIENTS)
            await server.wait_for(lambda s: any(s.sent_to(p) for p in PATIENTS), timeout=20)
            fetched = server.delivered_count
            in_progress = fetched - len(answered(server))
            took = await stop_with(process, signal.SIGTERM, log)
        # Every update the bot took from Telegram was answered in full before it exited.
        assert in_progress > 0, "the signal must come while updates are being processed"
        assert server.delivered_count >= fetched
        assert answered(server) == set(PATIENTS[: server.delivered_count])
        assert server.pending_updates == len(PATIENTS) - server.delivered_count  # the rest wait at Telegram
    counts = check_database(db)
    sent_at_stop = sum(1 for r in server.sent if r["chat_id"] in BROADCAST)
    assert counts.get("sent", 0) == sent_at_stop and 0 < sent_at_stop < len(BROADCAST), counts
    assert counts.get("pending", 0) == len(BROADCAST) - sent_at_stop  # given back, sent after the restart
    stopped = await log_event(log, "stopped")
    if workers > 1:
        # Each worker started, answered, and stopped at the end of its input; the front routed
        # exactly what Telegram handed out, and stopped last.
        events = log_events(log)
        started = [e for e in events if e.get("event") == "started"]
        assert [e["mode"] for e in started] == ["worker"] * workers + ["polling"], started
        assert len({e["pid"] for e in started}) == workers + 1
        ends = [e for e in events if e.get("event") == "stopping"]
        assert sum(e["reason"] == "input_closed" for e in ends) == workers, ends
        stopped = [e for e in events if e.get("event") == "stopped"][-1]
        assert stopped["mode"] == "front" and stopped["exit_code"] == 0
        assert stopped["routed"] == server.delivered_count
    print(f"\nSIGTERM with {in_progress} update(s) in progress: exit 0 after {took:.2f} s; outbox {counts}; {stopped}")


@pytest.mark.parametrize("workers", [1, 2])
async def test_sigint_in_webhook_mode_answers_every_acknowledged_update(tmp_path: Path, workers: int) -> None:
    """With workers, the front takes the POSTs and refuses them once stopping; the workers answer all it took."""
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    await prepare(db)
    extra = {
        "CUIDA_WEBHOOK_URL": "https://bot.example.org/telegram",
        "CUIDA_WEBHOOK_SECRET": SECRET,
        "CUIDA_WEBHOOK_PORT": "0",  # any free port: the bot logs the one it got
        "CUIDA_WORKERS": str(workers),
    }
    async with BotApiServer() as server:
        server.latency = LATENCY
        acknowledged: list[int] = []
        refused: list[int] = []

        async def deliver(session: aiohttp.ClientSession, url: str) -> None:
            """Telegram's side: post each update until the bot goes away."""
            for patient in PATIENTS:
                update = server.push_text(patient, ALARM, notify=False)
                try:
                    async with session.post(url, json=update, headers={SECRET_HEADER: SECRET}) as answer:
                        (acknowledged if answer.status == 200 else refused).append(patient)
                except aiohttp.ClientError:
                    refused.append(patient)  # the port is closed: Telegram would retry later
                await asyncio.sleep(0.01)

        async with bot_process(server, db, log, extra) as process:
            started = await log_event(log, "started", mode="webhook")
            url = f"http://127.0.0.1:{started['port']}/telegram"
            async with aiohttp.ClientSession() as session, session.get(url.replace("/telegram", "/healthz")) as answer:
                health = await answer.json()
                assert answer.status == 200 and health["ok"], health
                assert health.get("workers", 1) == workers
            async with aiohttp.ClientSession() as session:
                feeder = asyncio.create_task(deliver(session, url))
                await server.wait_for(lambda s: any(s.sent_to(p) for p in PATIENTS), timeout=20)
                in_progress = len(acknowledged) - len(answered(server))
                took = await stop_with(process, signal.SIGINT, log)
                await feeder
        assert in_progress > 0, "the signal must come while updates are being processed"
        assert refused, "updates after the signal must be refused (503 or closed port), not swallowed"
        # A 200 tells Telegram the update is ours: every acknowledged update was answered in full.
        assert answered(server) == set(acknowledged)
        assert server.webhook is not None  # not deleted at shutdown
    counts = check_database(db)
    print(f"\nSIGINT: {len(acknowledged)} acknowledged and answered, {len(refused)} refused; {took:.2f} s; {counts}")


async def test_sigterm_while_telegram_is_unreachable_stops_at_once(tmp_path: Path) -> None:
    """Telegram unreachable at start: the bot keeps retrying getMe, and SIGTERM still ends it cleanly."""
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    server = BotApiServer()  # never started; the bot is pointed at the discard port (refused on loopback)
    async with bot_process(server, db, log, {"TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot"}) as process:
        await log_event(log, "telegram_unreachable")
        await stop_with(process, signal.SIGTERM, log)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
