"""What "healthy" means for a running bot, checked by the bot itself.

Every `interval` seconds (and for each GET /healthz) the running bot checks that:
- the database takes a write (a read-only file or mount, a full disk or a stuck lock all fail it);
- the path still names the file it opened (a database deleted or replaced under a running bot
  would otherwise take every later write into an unlinked file, lost at the next start);
- the file passes SQLite's quick_check (at start, where damage refuses the start, and then every
  `integrity_every` seconds: `Storage.integrity_problems`, on a connection of its own in a thread);
- the disk beside it has at least `min_free_mb` free;
- Telegram answered within `telegram_limit` seconds (it asks getMe when it had nothing to say).
The report is written to `<database>.health.json` for `cuida health`, which in polling mode has
no port to ask.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import shutil
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.app import logs
from bot.core import timestamps
from bot.storage.base import Storage

log = logging.getLogger(__name__)

PROBE_TIMEOUT = 2.0  # seconds: the one connection is busy under load, but not for this long
INTEGRITY_EVERY = 3600.0  # seconds between two quick_checks of a running bot's file
MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Where healthy ends (CUIDA_HEALTH_* settings)."""

    min_free_mb: int = 100
    telegram_limit: float = 300.0
    interval: float = 30.0
    integrity_every: float = INTEGRITY_EVERY


def report_path(db: Path) -> Path:
    """Where the running bot writes its health report: beside the database."""
    return db.with_name(db.name + ".health.json")


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at `path` now, or None when nothing is there."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_dev, status.st_ino


class Monitor:
    """The running bot's health: checked every `limits.interval` seconds and on demand (/healthz)."""

    def __init__(
        self,
        store: Storage,
        limits: Limits,
        ask_telegram: Callable[[], Awaitable[object]] | None = None,
        *,
        write_report: bool = True,
    ) -> None:
        self.store = store
        self.limits = limits
        self.ask_telegram = ask_telegram
        self.write_report = write_report
        self.opened = store.identity or file_identity(store.path)  # the file this process opened
        self.telegram_ok: float | None = None  # monotonic time of Telegram's last answer
        self._started = time.monotonic()
        self.integrity: str | None = None  # the last quick_check's problems, None when intact
        self._integrity_at = time.monotonic()  # Store.open checked it just now
        self.last: dict[str, Any] | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    def telegram_answered(self) -> None:
        """Telegram answered a call (getMe, getUpdates, sendMessage...)."""
        self.telegram_ok = time.monotonic()

    async def start(self) -> None:
        """Check now, then every interval, in the background."""
        if self._task is None:
            self._stopping.clear()
            self._task = asyncio.create_task(self._loop(), name="cuida-health")

    async def stop(self) -> None:
        """Stop the background checks (the report file stays, and soon looks stale)."""
        self._stopping.set()
        task, self._task = self._task, None
        if task is not None:
            await task

    async def _loop(self) -> None:
        while not self._stopping.is_set():
            try:
                await self.check(periodic=True)
            except Exception:
                log.exception("the health check failed; trying again at the next interval")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.limits.interval)

    async def check(self, periodic: bool = False) -> dict[str, Any]:
        """Every check now; `ok` is False with a `problems` list when any fails."""
        problems: list[str] = []
        path = self.store.path
        writable = await self._write_probe()
        if writable is not None:
            problems.append(f"the database cannot be written: {writable}")
        now_there = file_identity(path)
        if now_there is None:
            problems.append(f"the database file {path} was deleted while the bot runs; restart it to reopen")
        elif self.opened is not None and now_there != self.opened:
            problems.append(f"the database file {path} was replaced while the bot runs; restart it to reopen")
        for part in (path.parent, *(p for p in (path, _side(path, "-wal"), _side(path, "-shm")) if p.exists())):
            if not os.access(part, os.W_OK):
                problems.append(f"{part} is read-only for this user; a restart could not open the database")
                break
        if periodic and time.monotonic() - self._integrity_at >= self.limits.integrity_every:
            self._integrity_at = time.monotonic()
            self.integrity = await self.store.integrity_problems()
            if self.integrity is not None:
                logs.event(log, "database_damaged", logging.ERROR, problems=self.integrity[:300])
        if self.integrity is not None:
            problems.append(f"the database is damaged (quick_check: {self.integrity[:300]})")
        free = free_mb(path.parent)
        if free is not None and free < self.limits.min_free_mb:
            floor = self.limits.min_free_mb
            problems.append(f"only {free} MB free beside the database (CUIDA_HEALTH_MIN_FREE_MB is {floor})")
        if periodic:  # never from /healthz: a probe must answer at once, even when Telegram hangs
            await self._ask_telegram_if_quiet()
        since = time.monotonic() - (self.telegram_ok if self.telegram_ok is not None else self._started)
        if since > self.limits.telegram_limit:
            limit = self.limits.telegram_limit
            problems.append(f"Telegram has not answered for {since:.0f} s (CUIDA_HEALTH_TELEGRAM_LIMIT is {limit:g})")
        report: dict[str, Any] = {
            "ok": not problems,
            "at": timestamps.encode(timestamps.now()),
            "pid": os.getpid(),
            "database_writable": writable is None,
            "database_file": "same" if now_there == self.opened else "gone" if now_there is None else "replaced",
            "database_intact": self.integrity is None,
            "disk_free_mb": free,
            "telegram_seconds_ago": None if self.telegram_ok is None else round(time.monotonic() - self.telegram_ok, 1),
            "problems": problems,
        }
        if self.last is None or self.last["ok"] != report["ok"]:
            level = logging.INFO if report["ok"] else logging.WARNING
            logs.event(log, "health", level, ok=report["ok"], problems=problems)  # only when it changes
        self.last = report
        if periodic and self.write_report:
            _write_report(report_path(path), report)
        return report

    async def _write_probe(self) -> str | None:
        """None when a small write commits; else why not."""
        at = timestamps.now()

        async def probe() -> None:
            async with self.store.transaction() as tx:
                await tx.health.probe(at)

        try:
            await asyncio.wait_for(probe(), PROBE_TIMEOUT)
        except TimeoutError:
            return f"no answer within {PROBE_TIMEOUT:g} s"
        except Exception as exc:  # read-only, disk full, closed, I/O error: all mean "not healthy"
            return str(exc) or type(exc).__name__
        return None

    async def _ask_telegram_if_quiet(self) -> None:
        """getMe when Telegram has not answered anything for an interval (a quiet bot makes no calls)."""
        quiet = self.telegram_ok is None or time.monotonic() - self.telegram_ok >= self.limits.interval
        if self.ask_telegram is None or not quiet:
            return
        try:
            await asyncio.wait_for(self.ask_telegram(), max(1.0, min(10.0, self.limits.interval)))
        except Exception as exc:
            logs.event(log, "telegram_unreachable", logging.WARNING, error=str(exc)[:200] or type(exc).__name__)
            return
        self.telegram_answered()


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def free_mb(folder: Path) -> int | None:
    """Free space in the folder's file system, in MB (None when it cannot be read)."""
    try:
        return int(shutil.disk_usage(folder).free // MB)
    except OSError:
        return None


def _write_report(path: Path, report: dict[str, Any]) -> None:
    """Replace the report file in one step (a reader never sees half of one); a failure is the report's problem."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        logs.event(log, "health_report_unwritten", logging.WARNING, error=str(exc))


def read_report(db: Path, interval: float) -> tuple[bool, str] | None:
    """The running bot's last report as (healthy, detail) for `cuida health`; None when there is none."""
    path = report_path(db)
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
        age = time.time() - path.stat().st_mtime
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        return False, f"the health report {path} cannot be read: {exc}"
    # Three missed intervals (and some slack for a busy machine): the bot is stuck or gone.
    if age > 3 * interval + 10:
        return False, f"the running bot's last health report is {age:.0f} s old: it is stuck or stopped"
    if not report.get("ok"):
        return False, "; ".join(report.get("problems") or ["the running bot reports a problem"])
    return True, json.dumps(report, ensure_ascii=False)
