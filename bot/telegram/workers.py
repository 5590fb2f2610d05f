"""More than one core: one front process takes updates, N worker processes answer (CUIDA_WORKERS).

One Python process answers on one core (bench/README.md). With CUIDA_WORKERS=N above 1,
`cuida run` becomes a small front process. It takes updates from Telegram (long polling, or a
webhook served like bot/telegram/service.py's: same secret check, 503 while stopping, /healthz) and hands
each, as one JSON line on a pipe, to worker `chat % N`. So one chat's updates always reach the
same worker, in the order the front got them, and that worker answers them in order
(ChatOrderedProcessor). Each worker is `cuida worker`: the whole bot (Application, Conversations,
its own connection to the shared SQLite file in WAL mode), fed from its standard input. Worker 0
alone sets the command menus and runs the outbox sender and the housekeeping, so there is one
send rate; outbox rows that other workers write reach it at its next look, within a second.

Start: the front migrates the database, starts worker 0 and waits until it serves (so a broken
content file or a refused token is reported once, and the front exits with its code), then the
others, then polls or sets the webhook. The front reads no content and builds no PTB objects
for updates: it only routes them.

Stop (SIGTERM or SIGINT to the front; workers leave signals to it): stop taking updates (polling
confirms to Telegram the offset of what was fetched; the webhook answers 503, then closes its
port), close every worker's input; each worker finishes what it was given and stops as
bot/telegram/service.py says; the front waits for them (killing, after stop_timeout and a margin, one
that hangs). A worker that dies ends everything with exit 1, for the supervisor (systemd,
Docker) to restart the whole; what it had been given is still in the inbox (bot/app/inbox.py: the
front writes each batch there before handing it out, workers clear what they handled), and the
next start hands it out again first. An update whose text holds a lone surrogate (half an emoji,
not valid UTF-8) goes down the pipe as its JSON escape, as Telegram sent it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Bot
from telegram.error import InvalidToken, RetryAfter, TelegramError

from bot import __version__
from bot.app import logs
from bot.app.config import ConfigError, Settings
from bot.app.inbox import Inbox
from bot.storage import Storage, open_storage
from bot.telegram import guards
from bot.telegram.adapter import call_api
from bot.telegram.sender import describe, retry_seconds
from bot.telegram.service import ALLOWED_UPDATES, POLL_TIMEOUT, REFUSED_TOKEN, Webhook, WebhookServer, database_answers
from bot.telegram.transport import make_request

log = logging.getLogger(__name__)

READY = b"ready\n"  # what a worker writes on its standard output once it serves
LINE_LIMIT = 4 * 1024 * 1024  # bytes in one update line; Telegram's are far smaller
KILL_MARGIN = 5.0  # seconds past stop_timeout before a worker that has not stopped is killed


def chat_of(update: dict[str, Any]) -> int:
    """The chat of an update as Telegram sends it (its sender when it has no chat); 0 with neither."""
    for value in update.values():
        if not isinstance(value, dict):
            continue
        chat = value.get("chat")
        message = value.get("message")
        if not isinstance(chat, dict) and isinstance(message, dict):
            chat = message.get("chat")  # a button press: the chat of the message it was under
        sender = value.get("from")
        for holder in (chat, sender):
            if isinstance(holder, dict) and isinstance(holder.get("id"), int):
                return int(holder["id"])
    return 0


def route(updates: list[dict[str, Any]], workers: int) -> dict[int, bytes]:
    """The updates as JSON lines, grouped by the worker that answers each one (order kept)."""
    lines: dict[int, list[bytes]] = defaultdict(list)
    for update in updates:
        lines[chat_of(update) % workers].append(json_line(update))
    return {worker: b"".join(group) for worker, group in lines.items()}


def json_line(update: dict[str, Any]) -> bytes:
    """One update as a line of UTF-8 JSON; a lone surrogate (not valid UTF-8) as its \\u escape."""
    text = json.dumps(update, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode() + b"\n"
    except UnicodeEncodeError:
        # Telegram can send half of an emoji; json.loads on the worker's side reads the escape back.
        return json.dumps(update, separators=(",", ":")).encode() + b"\n"


async def stdin_lines() -> asyncio.StreamReader:
    """This process's standard input as a stream of lines (a worker's updates)."""
    reader = asyncio.StreamReader(limit=LINE_LIMIT)
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    return reader


def say_ready() -> None:
    """Tell the front this worker serves: one line on standard output, which then joins stderr."""
    sys.stdout.flush()
    sys.stdout.buffer.write(READY)
    sys.stdout.buffer.flush()
    # Nobody reads the pipe after this line: anything printed later must not fill it and block.
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())


def run_front(settings: Settings, db: str | None = None, config_file: str | None = None) -> int:
    """`cuida run` with workers: start them, poll and route until SIGTERM/SIGINT, stop in order."""
    front = Front(settings, db=db, config_file=config_file)
    return asyncio.run(front.run())


class Front:
    """The process Telegram talks to: starts the workers, hands each update to its chat's worker, stops them."""

    def __init__(self, settings: Settings, db: str | None = None, config_file: str | None = None) -> None:
        self.settings = settings
        self.count = settings.workers
        self.db = db
        self.config_file = config_file
        self.poll_timeout: float = POLL_TIMEOUT
        self.workers: list[asyncio.subprocess.Process] = []
        self.exit_code = 0
        self.routed = 0
        self._stop = asyncio.Event()
        self._stopping = False
        self._watchers: set[asyncio.Task[None]] = set()
        self._server: WebhookServer | None = None
        self._accepting = False
        self._inbox: Inbox | None = None

    async def run(self) -> int:
        """Start, serve until asked to stop (or a worker dies), stop; the exit code."""
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop, sig.name)
        bot: Bot | None = None
        store = await open_storage(
            Path(self.db) if self.db else self.settings.db_path
        )  # migrations, once, before any worker
        try:
            self._inbox = Inbox(store)
            if await self._start_workers():
                bot = Bot(
                    self.settings.require_token(),
                    base_url=self.settings.api_base_url,
                    request=make_request(self.settings.transport, connection_pool_size=4),
                )
                await self._serve(bot, store)
        finally:
            self._accepting = False
            if self._server is not None:
                await self._server.close()
            await self._stop_workers()
            if bot is not None:
                with contextlib.suppress(Exception):
                    await bot.shutdown()
            await store.close()
        logs.event(log, "stopped", mode="front", routed=self.routed, exit_code=self.exit_code)
        return self.exit_code

    async def _serve(self, bot: Bot, store: Storage) -> None:
        """Take updates (polling or the webhook) until asked to stop."""
        try:
            await bot.initialize()  # getMe: the workers have checked the token already
            # A previous run's updates that no worker finished (one died, or the machine did) first.
            assert self._inbox is not None
            left_over = await self._inbox.left_over()
            if left_over and not await self._hand_out(left_over, keep=False):
                return
            webhook = Webhook.from_settings(self.settings)
            if webhook is None:
                await self._poll(bot)
            else:
                await self._serve_webhook(bot, webhook, store)
        except InvalidToken:
            raise ConfigError(REFUSED_TOKEN) from None
        except TelegramError as exc:
            # The workers reached Telegram a moment ago, so this is a blip: stop in order and
            # leave the restart to the supervisor (exit 1), as for a worker that dies.
            logs.event(log, "telegram_unreachable", logging.ERROR, error=describe(exc))
            self.exit_code = 1

    def request_stop(self, reason: str = "request") -> None:
        """Ask the front (and so every worker) to stop: the signal handler; also for tests."""
        if not self._stop.is_set():
            logs.event(log, "stopping", reason=reason)
        self._stop.set()

    # ---- workers -----------------------------------------------------------------------------

    async def _spawn(self, index: int) -> asyncio.subprocess.Process:
        args = [sys.executable, "-m", "bot", "worker", "--index", str(index)]
        if self.db:
            args += ["--db", str(self.db)]
        if self.config_file:
            args += ["--config", str(self.config_file)]
        # Logs go where the front's go (stderr); stdout carries only the ready line.
        return await asyncio.create_subprocess_exec(
            *args, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=None
        )

    async def _start_workers(self) -> bool:
        """Worker 0 first (a content or token problem then shows once), then the rest; False if any failed."""
        first = await self._spawn(0)
        self.workers.append(first)
        if not await self._ready(first):
            return False
        self.workers += [await self._spawn(i) for i in range(1, self.count)]
        ready = await asyncio.gather(*(self._ready(w) for w in self.workers[1:]))
        if not all(ready):
            return False
        for index, worker in enumerate(self.workers):
            self._watchers.add(asyncio.create_task(self._watch(index, worker)))
        return True

    async def _ready(self, worker: asyncio.subprocess.Process) -> bool:
        """Wait for the worker's ready line, a stop request, or its end (its exit code becomes ours)."""
        assert worker.stdout is not None
        stdout = worker.stdout

        async def ready_line() -> bool:
            while line := await stdout.readline():
                if line == READY:
                    return True
                sys.stderr.buffer.write(line)  # printed before it was ready: not ours to drop
            return False

        ready = asyncio.ensure_future(ready_line())
        stop = asyncio.ensure_future(self._stop.wait())
        await asyncio.wait({ready, stop}, return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()
        if ready.done() and ready.result():
            return True
        ready.cancel()
        if not self._stop.is_set():
            code = await worker.wait()
            logs.event(log, "worker_failed_to_start", logging.ERROR, pid=worker.pid, exit_code=code)
            self.exit_code = code or 1
            self.request_stop("worker_failed_to_start")
        return False

    async def _watch(self, index: int, worker: asyncio.subprocess.Process) -> None:
        """A worker that ends before the front asked it to is a failure: stop everything."""
        code = await worker.wait()
        if not self._stopping:
            logs.event(log, "worker_died", logging.ERROR, worker=index, pid=worker.pid, exit_code=code)
            self.exit_code = 1
            self.request_stop("worker_died")

    async def _stop_workers(self) -> None:
        """Close every worker's input, then wait for each to finish what it has and exit."""
        self._stopping = True
        for worker in self.workers:
            if worker.stdin is not None and not worker.stdin.is_closing():
                worker.stdin.close()
        for index, worker in enumerate(self.workers):
            try:  # each worker has its own stop_timeout; they stop side by side, so this waits about one
                code = await asyncio.wait_for(worker.wait(), self.settings.stop_timeout + KILL_MARGIN)
            except TimeoutError:
                logs.event(log, "worker_killed", logging.ERROR, worker=index, pid=worker.pid)
                worker.kill()
                code = await worker.wait()
            if code != 0 and self.exit_code == 0:
                self.exit_code = 1

    # ---- polling -----------------------------------------------------------------------------

    async def _poll(self, bot: Bot) -> None:
        """getUpdates until asked to stop, routing each batch; then confirm what was fetched."""
        await call_api(bot, "deleteWebhook", drop_pending_updates=False)  # polling and a webhook exclude each other
        logs.event(log, "started", mode="polling", workers=self.count, pid=os.getpid(), version=__version__)
        offset: int | None = None
        delay = 1.0
        while not self._stop.is_set():
            params: dict[str, Any] = {"timeout": self.poll_timeout, "allowed_updates": ALLOWED_UPDATES}
            if offset is not None:
                params["offset"] = offset
            try:
                updates = await self._until_stop(
                    bot.do_api_request("getupdates", api_kwargs=params, read_timeout=self.poll_timeout + 10)
                )
            except InvalidToken:
                raise ConfigError(REFUSED_TOKEN) from None
            except RetryAfter as exc:
                await self._nap(retry_seconds(exc))
                continue
            except TelegramError as exc:
                logs.event(log, "polling_error", logging.WARNING, error=describe(exc))
                await self._nap(delay)
                delay = min(delay * 2, 30.0)
                continue
            if updates is None:
                break  # asked to stop while waiting: what that poll would bring stays at Telegram
            delay = 1.0
            if updates:
                offset = _update_id(updates[-1], offset)
                readable = [u for u in map(guards.readable_update, updates) if u is not None]
                if not await self._hand_out(readable):
                    break
            if self.settings.poll_interval:
                await self._nap(self.settings.poll_interval)
        if offset is not None:
            # What was handed out is confirmed, so Telegram does not deliver it again after a restart.
            try:
                await call_api(bot, "getUpdates", offset=offset, timeout=0, limit=1)
            except TelegramError as exc:
                logs.event(log, "confirm_offset_failed", logging.WARNING, error=str(exc))

    async def _hand_out(self, updates: list[dict[str, Any]], keep: bool = True) -> bool:
        """Keep the updates in the inbox, then write each to its worker; False when a worker's pipe is gone.

        Kept first: polling confirms them to Telegram at the next getUpdates, and a worker that
        dies takes what it was given with it. Each worker clears the rows it has handled.
        """
        if keep and self._inbox is not None:
            await self._inbox.add(updates)
        try:
            for index, lines in route(updates, self.count).items():
                stdin = self.workers[index].stdin
                assert stdin is not None
                stdin.write(lines)
            # Back-pressure: a worker that falls behind slows the polling, not the other way round.
            await asyncio.gather(*(w.stdin.drain() for w in self.workers if w.stdin is not None))
        except (BrokenPipeError, ConnectionResetError):
            self.exit_code = 1
            self.request_stop("worker_pipe_closed")
            return False
        self.routed += len(updates)
        return True

    # ---- webhook -----------------------------------------------------------------------------

    async def _serve_webhook(self, bot: Bot, webhook: Webhook, store: Storage) -> None:
        """Take Telegram's POSTs (as bot/telegram/service.py does) and hand each to its worker, until asked to stop."""

        async def health() -> dict[str, Any]:
            database = await database_answers(store)
            alive = sum(worker.returncode is None for worker in self.workers)
            ok = database and self._accepting and alive == self.count
            return {"ok": ok, "database": database, "updates": self._accepting, "workers": alive}

        self._server = WebhookServer(webhook, self._take, health, lambda: self._accepting)
        self._accepting = True
        await self._server.start(bot)
        logs.event(
            log,
            "started",
            mode="webhook",
            workers=self.count,
            pid=os.getpid(),
            version=__version__,
            listen=webhook.listen,
            port=self._server.port,
            path=webhook.path,
            public_host=urlsplit(webhook.url).hostname,
        )
        await self._stop.wait()

    async def _take(self, data: object) -> bool:
        """One update from the webhook: to its worker; False when it is not an update."""
        data = guards.readable_update(data)
        if data is None:
            return False
        if not await self._hand_out([data]):
            # A worker is gone and everything is stopping: Telegram should try again later.
            raise web.HTTPServiceUnavailable(headers={"Retry-After": "5"})
        return True

    async def _until_stop(self, call: Any) -> Any:
        """Await the call unless a stop comes first (then cancel it and return None)."""
        task = asyncio.ensure_future(call)
        stop = asyncio.ensure_future(self._stop.wait())
        await asyncio.wait({task, stop}, return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()
        if task.done():
            return task.result()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, TelegramError):
            await task
        return None

    async def _nap(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), seconds)


def _update_id(update: dict[str, Any], offset: int | None) -> int | None:
    """The offset that confirms this update: its id + 1 (an id sent as text read as the number)."""
    try:
        return int(update["update_id"]) + 1
    except (KeyError, TypeError, ValueError):
        return offset  # not a usable id: the next update's confirms it
