"""A real `python -m bot run` in a process of its own, as deployed: start it, read its JSON log, stop it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from tests.conftest import ROOT
from tests.support.botapi import BotApiServer


@contextlib.asynccontextmanager
async def bot_process(
    server: BotApiServer, db: Path, log: Path, extra: dict[str, str]
) -> AsyncIterator[asyncio.subprocess.Process]:
    """`start_bot` for the length of a block; killed at the end if the block did not stop it (a failure)."""
    process = await start_bot(server, db, log, extra)
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def start_bot(server: BotApiServer, db: Path, log: Path, extra: dict[str, str]) -> asyncio.subprocess.Process:
    """`python -m bot run` against the stand-in, logging JSON lines to `log`; `extra` settings win."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": server.token,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "CUIDA_DB": str(db),
        "CUIDA_SEND_RATE": "50",
        "CUIDA_LOG_LEVEL": "INFO",
        "CUIDA_LOG_FORMAT": "json",
        **extra,
    }
    with log.open("ab") as err:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=ROOT, env=env, stdout=err, stderr=err
        )


def log_events(log: Path) -> list[dict[str, Any]]:
    """Every JSON log line so far (the bot logs one JSON object per line; other lines are skipped)."""
    return [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]


async def log_event(log: Path, name: str, timeout: float = 30.0, **fields: object) -> dict[str, Any]:
    """The first JSON log line with this event (and these field values), waiting for it to appear."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for event in log_events(log):
            if event.get("event") == name and all(event.get(k) == v for k, v in fields.items()):
                return event
        await asyncio.sleep(0.05)
    raise AssertionError(f"no {name!r} event in the log:\n{log.read_text()[-3000:]}")


async def stop_with(process: asyncio.subprocess.Process, sig: signal.Signals, log: Path) -> float:
    """Send the signal; the process must exit 0 within 10 s. Returns how long it took."""
    began = time.monotonic()
    process.send_signal(sig)
    try:
        code = await asyncio.wait_for(process.wait(), 10)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise AssertionError(f"no exit within 10 s of {sig.name}:\n{log.read_text()[-3000:]}") from None
    assert code == 0, log.read_text()[-3000:]
    return time.monotonic() - began
