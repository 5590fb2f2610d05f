"""Health sees what the issue found blind: a read-only or damaged database, one deleted or replaced
under the running bot, a nearly full disk, and Telegram out of reach. Each case turns it unhealthy."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.app import config, health, logs
from bot.app.conversations import Conversations
from bot.app.health import Limits, Monitor
from bot.cli import commands as cli
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage.base import StoreError
from bot.storage.sqlite import SqliteStorage
from bot.telegram.adapter import build_application
from bot.telegram.service import Service, Webhook, check_health
from tests.support.botapi import BotApiServer

SECRET = "s3cret_Token-123"
FAST = Limits(min_free_mb=1, telegram_limit=1.0, interval=0.2, integrity_every=0.0)


def damage(path: Path, page: int) -> None:
    """Overwrite the header of one b-tree page, as a bad sector or a stray write would."""
    with path.open("r+b") as file:
        file.seek((page - 1) * 4096)
        file.write(b"\x0d\xff\xff\xff" + b"\xee" * 60)


async def events_root(store: SqliteStorage) -> int:
    """Fill the events table over several pages and move them into the file; its root page."""
    async with store.transaction() as db:
        await db.executemany(
            "INSERT INTO events (user_id, at, kind, data) VALUES (?, 'x', 'filler', ?)",
            [(i, "d" * 200) for i in range(300)],
        )
    await store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    [(root,)] = await store.db.execute_fetchall("SELECT rootpage FROM sqlite_master WHERE name = 'events'")
    return int(root)


@asynccontextmanager
async def webhook_bot(
    server: BotApiServer, db: Path, content: Content, limits: Limits = FAST
) -> AsyncIterator[Service]:
    """The real bot in webhook mode with its health monitor, as `cuida run` wires it."""
    store = await SqliteStorage.open(db)
    app = build_application(server.token, server.base_url, Conversations(Engine(content), store))
    monitor = Monitor(store, limits, app.bot.get_me)
    webhook = Webhook(url="https://bot.example.org/telegram", secret=SECRET, port=0)
    service = Service(app, store, webhook=webhook, stop_timeout=5, monitor=monitor)
    assert await service.start()
    try:
        yield service
    finally:
        await service.stop()


async def healthz(service: Service) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{service.port}/healthz") as answer:
        return answer.status, await answer.json()


async def read_only(store: SqliteStorage, on: bool) -> None:
    """SQLite refuses every write ("attempt to write a readonly database") while on."""
    async with store._write_lock:
        await store.db.execute(f"PRAGMA query_only={'ON' if on else 'OFF'}")


async def test_healthz_turns_503_for_a_read_only_database_a_full_disk_and_an_unreachable_telegram(
    tmp_path: Path, content: Content
) -> None:
    server = BotApiServer()
    await server.start()
    try:
        async with webhook_bot(server, tmp_path / "c.sqlite3", content) as service:
            status, report = await healthz(service)
            assert status == 200 and report["ok"] and report["problems"] == [], report  # the control

            await read_only(service.store, True)
            status, report = await healthz(service)
            assert status == 503 and report["database"] is False and report["database_writable"] is False
            assert "readonly database" in report["problems"][0]
            await read_only(service.store, False)
            assert (await healthz(service))[0] == 200

            assert service.monitor is not None
            service.monitor.limits = Limits(min_free_mb=10**9, telegram_limit=1.0, interval=0.2)  # "nearly full"
            status, report = await healthz(service)
            assert status == 503 and "MB free beside the database" in " ".join(report["problems"])
            service.monitor.limits = FAST
            assert (await healthz(service))[0] == 200

            await server.stop()  # Telegram is gone: getMe fails from now on
            await asyncio.sleep(FAST.telegram_limit + 2 * FAST.interval)
            status, report = await healthz(service)
            assert status == 503 and "Telegram has not answered" in " ".join(report["problems"]), report
    finally:
        await server.stop()


@pytest.mark.parametrize("how", ["deleted", "replaced"])
async def test_healthz_notices_the_database_deleted_or_replaced_under_the_running_bot(
    tmp_path: Path, content: Content, how: str
) -> None:
    db = tmp_path / "c.sqlite3"
    async with BotApiServer() as server, webhook_bot(server, db, content) as service:
        assert (await healthz(service))[0] == 200
        if how == "deleted":
            for suffix in ("", "-wal", "-shm"):
                db.with_name(db.name + suffix).unlink(missing_ok=True)
        else:
            shutil.copy(db, tmp_path / "copy.sqlite3")
            os.replace(tmp_path / "copy.sqlite3", db)  # e.g. a restore over the live file
        status, report = await healthz(service)
        assert status == 503 and report["database_file"] == ("gone" if how == "deleted" else "replaced"), report
        assert f"was {how} while the bot runs; restart it" in " ".join(report["problems"])


async def test_a_page_damaged_while_running_is_reported_and_cuida_health_says_so(
    tmp_path: Path, content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Polling mode: `cuida health` reads the running bot's report, whose quick_check found the damage."""
    db = tmp_path / "c.sqlite3"
    monkeypatch.setenv("CUIDA_DB", str(db))
    monkeypatch.setenv("CUIDA_HEALTH_INTERVAL", str(FAST.interval))
    monkeypatch.delenv("CUIDA_WEBHOOK_URL", raising=False)
    settings = config.from_env()
    async with BotApiServer() as server:
        store = await SqliteStorage.open(db)
        app = build_application(server.token, server.base_url, Conversations(Engine(content), store))
        monitor = Monitor(store, FAST, app.bot.get_me)
        service = Service(app, store, poll_timeout=1, monitor=monitor)
        assert await service.start()
        try:
            root = await events_root(store)
            await asyncio.sleep(2 * FAST.interval)  # a report or two from an intact file
            healthy, detail = await asyncio.to_thread(check_health, settings)
            assert healthy and json.loads(detail)["bot"]["ok"] is True, detail  # the control
            damage(db, root)
            for _ in range(50):
                healthy, detail = await asyncio.to_thread(check_health, settings)
                if not healthy:
                    break
                await asyncio.sleep(FAST.interval)
            assert not healthy and "the database is damaged (quick_check: Page" in detail, detail
        finally:
            await service.stop()


async def test_a_damaged_database_refuses_to_start_with_one_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.sqlite3"
    store = await SqliteStorage.open(db)
    root = await events_root(store)
    await store.close()
    damage(db, root)
    with pytest.raises(StoreError, match=r"is damaged \(quick_check: Page \d+"):
        await SqliteStorage.open(db)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:" + "A" * 35)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9/bot")  # never reached: it stops before
    try:
        code = await asyncio.to_thread(cli.main, ["run", "--db", str(db)])
    finally:
        logs.reset()
    err = capsys.readouterr().err
    assert code == 2
    assert "is damaged" in err and "Restore the last backup" in err and "Traceback" not in err


def test_cuida_health_in_polling_mode_refuses_a_stale_or_failing_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report of a bot that stopped writing it (stuck, or killed) is not taken as good news."""
    db = tmp_path / "c.sqlite3"
    asyncio.run(_create(db))
    settings = config.from_env({"CUIDA_DB": str(db), "CUIDA_HEALTH_INTERVAL": "1"})
    path = health.report_path(db)
    path.write_text(json.dumps({"ok": True, "problems": []}))
    assert check_health(settings)[0] is True
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime - 60))
    healthy, detail = check_health(settings)
    assert not healthy and "stuck or stopped" in detail
    path.write_text(json.dumps({"ok": False, "problems": ["the database cannot be written: disk I/O error"]}))
    assert check_health(settings) == (False, "the database cannot be written: disk I/O error")
    path.unlink()
    settings = config.from_env({"CUIDA_DB": str(db), "CUIDA_HEALTH_MIN_FREE_MB": str(10**9)})
    healthy, detail = check_health(settings)  # no running bot: the probe checks the disk itself
    assert not healthy and "MB free beside the database" in detail


async def _create(db: Path) -> None:
    await (await SqliteStorage.open(db)).close()
