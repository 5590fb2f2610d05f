"""The webhook server under slow clients: they are cut off, connections are capped, the log stays small."""

from __future__ import annotations

import asyncio
import os
import resource
import sys
import time
from pathlib import Path

import aiohttp

from bot.app.conversations import Conversations
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage.sqlite import SqliteStorage
from bot.telegram.adapter import build_application
from bot.telegram.service import SECRET_HEADER, Service, Webhook
from tests.conftest import ROOT
from tests.support.botapi import BotApiServer
from tests.support.process import log_event, log_events

SECRET = "s3cret_Token-123"
SLOW = 400  # more than the bot's half of a 256-descriptor limit: the old server ran out of them
HEAD = b"POST /telegram HTTP/1.1\r\nHost: bot.example.org\r\nContent-Type: application/json\r\n"  # never finished


async def slow_client(port: int, opened: list[asyncio.StreamWriter]) -> float | None:
    """Connect, send half a request, wait: seconds until the server closed it (None if it never did in 20 s)."""
    began = time.monotonic()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return 0.0
    opened.append(writer)
    try:
        writer.write(HEAD)
        await writer.drain()
        async with asyncio.timeout(20):
            await reader.read()  # b"" or a reset once the server closes it
    except TimeoutError:
        return None
    except OSError:
        pass
    return time.monotonic() - began


def _limit_files() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))


async def test_slow_clients_are_cut_off_and_a_real_update_is_still_served(tmp_path: Path) -> None:
    """A real `cuida run` webhook process with a 256-descriptor limit, 400 clients that never finish a request."""
    db, log = tmp_path / "c.sqlite3", tmp_path / "bot.log"
    async with BotApiServer() as server:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": server.token,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "CUIDA_DB": str(db),
            "CUIDA_LOG_LEVEL": "INFO",
            "CUIDA_LOG_FORMAT": "json",
            "CUIDA_WEBHOOK_URL": "https://bot.example.org/telegram",
            "CUIDA_WEBHOOK_SECRET": SECRET,
            "CUIDA_WEBHOOK_PORT": "0",
            "CUIDA_WEBHOOK_READ_TIMEOUT": "2",
        }
        with log.open("ab") as err:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=ROOT, env=env, stdout=err, stderr=err, preexec_fn=_limit_files
            )
        opened: list[asyncio.StreamWriter] = []
        try:
            started = await log_event(log, "started", mode="webhook")
            port = started["port"]
            clients = [asyncio.create_task(slow_client(port, opened)) for _ in range(SLOW)]
            await asyncio.sleep(0.5)  # they are connected (or being turned away)
            update = server.push_text(101, "/start", notify=False)
            began = time.monotonic()
            post = {"json": update, "headers": {SECRET_HEADER: SECRET}}
            async with (
                aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session,
                session.post(f"http://127.0.0.1:{port}/telegram", **post) as answer,
            ):
                status = answer.status
            served_in = time.monotonic() - began
            await server.wait_sent(1, chat_id=101, timeout=15)  # and it was answered
            closed = await asyncio.gather(*clients)
        finally:
            for writer in opened:
                writer.close()
            if process.returncode is None:
                process.terminate()
                await asyncio.wait_for(process.wait(), 20)
    assert status == 200
    never = sum(1 for c in closed if c is None)
    assert never == 0, f"{never} slow connection(s) were still open after 20 s"
    lines = log.read_text().splitlines()
    events = [e.get("event") for e in log_events(log)]
    print(
        f"\n{SLOW} slow clients: a real update served in {served_in:.2f} s; slowest cut off after "
        f"{max(c for c in closed if c is not None):.1f} s; {len(lines)} log lines"
    )
    assert "webhook_slow_client" in events or "webhook_connection_evicted" in events
    assert len(lines) < 60, "\n".join(lines[-20:])


async def test_a_body_that_does_not_come_in_time_gets_408(tmp_path: Path, content: Content) -> None:
    """Headers in full, then a body that stops half-way: answered 408 after the read timeout, not held for ever."""
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    async with BotApiServer() as server:
        app = build_application(server.token, server.base_url, Conversations(Engine(content), store))
        webhook = Webhook(url="https://bot.example.org/telegram", secret=SECRET, port=0, read_timeout=0.5)
        service = Service(app, store, webhook=webhook, stop_timeout=5)
        assert await service.start()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", service.port)
            writer.write(
                b"POST /telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + f"{SECRET_HEADER}: {SECRET}\r\nContent-Length: 100\r\n\r\n".encode()
                + b'{"update_id": 1,'
            )
            await writer.drain()
            async with asyncio.timeout(10):
                status_line = await reader.readline()
            writer.close()
        finally:
            await service.stop()
    assert status_line.startswith(b"HTTP/1.1 408"), status_line


def test_repeated_lines_from_asyncio_are_held_back_and_counted() -> None:
    """What a flood of bad connections makes asyncio write: 5 lines a minute of one kind, then a count."""
    import io
    import logging

    from bot.telegram.service import RepeatFilter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("asyncio")
    flood = RepeatFilter(burst=5, window=0.2)
    logger.addFilter(flood)
    logger.addHandler(handler)
    try:
        for _ in range(1000):
            logger.error("socket.accept() out of system resource")
        logger.error("another kind of line")  # not held back by the first kind
        time.sleep(0.25)
        logger.error("socket.accept() out of system resource")
    finally:
        logger.removeFilter(flood)
        logger.removeHandler(handler)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 7, lines
    assert lines[5] == "another kind of line"
    assert lines[6] == "socket.accept() out of system resource [995 similar line(s) held back]"
