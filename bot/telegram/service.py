"""Running the bot for real: long polling or a webhook server, /healthz, and a graceful stop.

On SIGTERM or SIGINT, in this order, within `stop_timeout` seconds:
1. take no more updates: polling stops (the offset of the updates already fetched is confirmed to
   Telegram), or the webhook answers 503 to new POSTs, so Telegram keeps them and delivers them
   again later, and then closes its port;
2. finish the updates already taken (acknowledged webhook POSTs included: Telegram will not send
   those again);
3. stop the outbox sender: requests on the wire finish and are recorded, claimed rows not yet
   sent go back to 'pending';
4. close the database.
What does not finish in time is abandoned, never half-written: every write is a transaction, and
rows left in 'sending' are put back by the next start (outbox.recover), or by a running sender once
their claim's lease has run out.

The webhook is a small aiohttp server, not PTB's `run_webhook` (tornado): it also serves
/healthz, and its shutdown is ours to order. The webhook is not deleted at shutdown: Telegram
holds updates while the bot restarts and delivers them when it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import os
import signal
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Bot, Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot import __version__
from bot.app import health, logs
from bot.app.config import ConfigError, Settings
from bot.app.health import Monitor
from bot.core import checks
from bot.core.engine import warm_dates
from bot.storage.base import Storage, StoreError
from bot.storage.sqlite import read_schema_version
from bot.telegram import guards
from bot.telegram.botdata import BotData
from bot.telegram.sender import describe

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
# The update types the handlers use (and those the adapter answers or ignores on purpose: edits,
# channel posts, being added to a group). Listed explicitly because Telegram remembers the last
# list it was given, for polling and webhook alike.
ALLOWED_UPDATES = [
    "message",
    "edited_message",
    "callback_query",
    "channel_post",
    "edited_channel_post",
    "my_chat_member",
]
POLL_TIMEOUT = 10  # seconds a getUpdates long poll waits for news
# Not PTB's message for InvalidToken: it quotes the whole token.
REFUSED_TOKEN = "Telegram refused the bot token (401 Unauthorized); check it with @BotFather."
HEALTH_DB_TIMEOUT = 2.0  # seconds: the one connection is busy under load, but not for this long


@dataclass(frozen=True)
class Webhook:
    """Where Telegram posts updates (url) and where this process takes them (listen, port, path)."""

    url: str
    secret: str
    listen: str = "127.0.0.1"
    port: int = 8080
    path: str = "/telegram"
    read_timeout: float = 10.0  # seconds for a request's headers (from connecting or the last request), then its body
    max_connections: int = 200

    @classmethod
    def from_settings(cls, settings: Settings) -> Webhook | None:
        """The webhook settings, or None for long polling."""
        if not settings.webhook_url:
            return None
        return cls(
            url=settings.webhook_url,
            secret=settings.webhook_secret_token(),
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            path=settings.webhook_path,
            read_timeout=settings.webhook_read_timeout,
            max_connections=settings.webhook_max_connections,
        )


class Service:
    """One running bot: start, serve until asked to stop, then stop in order (see the module doc)."""

    def __init__(
        self,
        app: Application,
        store: Storage,
        *,
        webhook: Webhook | None = None,
        stop_timeout: float = 15.0,
        poll_timeout: int = POLL_TIMEOUT,  # whole seconds, as the Bot API takes them
        poll_interval: float = 0.0,
        feed: asyncio.StreamReader | None = None,
        on_started: Callable[[], None] | None = None,
        monitor: Monitor | None = None,
    ) -> None:
        self.app = app
        # Database, disk and Telegram checks (bot/app/health.py); /healthz adds them to its report.
        self.monitor = monitor
        self.store = store
        self.webhook = webhook
        self.stop_timeout = stop_timeout
        self.poll_timeout = poll_timeout
        self.poll_interval = poll_interval
        # A worker (bot/telegram/workers.py) takes updates as JSON lines from the front process, not from Telegram.
        self.feed = feed
        self.on_started = on_started
        self._feeding: asyncio.Task[None] | None = None
        self.port: int | None = None  # the webhook server's port once listening (useful with port 0)
        self._stop_requested: asyncio.Event | None = None
        self._accepting = False
        self._started = False
        self._stopped = False
        self._server: WebhookServer | None = None

    # ---- running -----------------------------------------------------------------------------

    async def run(self) -> None:
        """Start, wait for SIGTERM/SIGINT (or request_stop), stop gracefully."""
        loop = asyncio.get_running_loop()
        signals = (signal.SIGTERM, signal.SIGINT)
        # A worker leaves signals to the front process: Ctrl-C (the whole process group) and
        # systemd (the whole control group) signal it too, but it must stop only once its input
        # ends, or it would drop updates the front already confirmed to Telegram.
        on_signal = self.request_stop if self.feed is None else _signal_left_to_front
        for sig in signals:
            loop.add_signal_handler(sig, on_signal, sig.name)
        if self.feed is not None:
            self._feeding = asyncio.create_task(self._take_feed(self.feed))
        try:
            if await self.start():
                if self.on_started is not None:
                    self.on_started()
                await self._stop_event().wait()
        finally:
            try:
                await self.stop()
            finally:
                for sig in signals:
                    loop.remove_signal_handler(sig)

    def request_stop(self, reason: str = "request") -> None:
        """Ask a running service to stop (the signal handler; also for tests)."""
        event = self._stop_event()
        if event.is_set():
            logs.event(log, "stop_already_requested", reason=reason)
            return
        logs.event(log, "stopping", reason=reason)
        event.set()

    def _stop_event(self) -> asyncio.Event:
        if self._stop_requested is None:
            self._stop_requested = asyncio.Event()
        return self._stop_requested

    async def start(self) -> bool:
        """Connect to Telegram, start the sender and take updates; False if a stop came first."""
        began = time.monotonic()
        # In a thread, meanwhile getMe and the rest of start-up: dateparser must be loaded before
        # any update, or the first date answer would import it on the event loop (every chat waits).
        warming = asyncio.ensure_future(asyncio.to_thread(warm_dates))
        try:
            connected = await self._initialize()
        finally:
            # Also before the sender starts (post_init): a loaded machine should not see the
            # outbox run ahead while this process is not yet ready for updates.
            await asyncio.gather(warming, return_exceptions=True)
        if not connected:
            return False
        warming.result()  # a failure to load dateparser is a bug to see at start, not at a date answer
        logs.event(log, "dates_ready", seconds=round(time.monotonic() - began, 3))
        if self.monitor is not None:
            self.monitor.telegram_answered()  # getMe just did
        self._started = True
        if self.app.post_init:
            await self.app.post_init(self.app)  # command menus, then the outbox sender
        if self.feed is None:
            await self._left_over()  # before new updates: the inbox keeps Telegram's order
        await self.app.start()
        if self.monitor is not None:
            await self.monitor.start()
        if self.feed is not None:
            self._accepting = True
            logs.event(log, "started", mode="worker", pid=os.getpid(), version=__version__)
            return True
        if self.webhook is None:
            assert self.app.updater is not None
            await self.app.updater.start_polling(
                timeout=self.poll_timeout,
                poll_interval=self.poll_interval,
                allowed_updates=ALLOWED_UPDATES,
                error_callback=_polling_error,
            )
            self._accepting = True
            logs.event(log, "started", mode="polling", pid=os.getpid(), version=__version__)
            return True
        self._server = WebhookServer(self.webhook, self._queue, self.health, lambda: self._accepting)
        self._accepting = True
        await self._server.start(self.app.bot)
        self.port = self._server.port
        logs.event(
            log,
            "started",
            mode="webhook",
            pid=os.getpid(),
            version=__version__,
            listen=self.webhook.listen,
            port=self.port,
            path=self.webhook.path,
            public_host=urlsplit(self.webhook.url).hostname,
        )
        return True

    async def _initialize(self) -> bool:
        """getMe, retried while Telegram cannot be reached (the network may come up after us)."""
        delay = 1.0
        while True:
            try:
                await self.app.initialize()
                return True
            except InvalidToken:
                raise ConfigError(REFUSED_TOKEN) from None
            except NetworkError as exc:
                logs.event(log, "telegram_unreachable", logging.WARNING, error=str(exc), retry_in_s=delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop_event().wait(), delay)
                return False
            delay = min(delay * 2, 30.0)

    async def stop(self) -> None:
        """Stop taking updates, finish those taken, stop the sender, close the database."""
        if self._stopped:
            return
        self._stopped = True
        began = time.monotonic()
        deadline = began + self.stop_timeout
        self._accepting = False
        pending = self.app.update_queue.qsize()
        if self._started:
            updater = self.app.updater
            if updater is not None and updater.running:
                await self._phase("stop_polling", updater.stop(), deadline)
            if self._server is not None:
                await self._phase("close_webhook", self._server.close(), deadline)
            if self._feeding is not None and not self._feeding.done():
                self._feeding.cancel()  # only when start-up failed: a worker stops at the end of its input
            if self.app.running:
                await self._phase("finish_updates", self.app.stop(), deadline)
                if self.app.post_stop:  # as PTB's run_polling does: only after a stop
                    await self._phase("post_stop", self.app.post_stop(self.app), deadline)
            await self._phase("shutdown_telegram", self.app.shutdown(), deadline)
            if self.app.post_shutdown:
                await self._phase("stop_sender", self.app.post_shutdown(self.app), deadline)
        else:
            if self._server is not None:
                await self._server.close()
            # getMe failed or never came: close the connection pools it opened.
            await self._phase("shutdown_telegram", self.app.bot.shutdown(), deadline)
        if self.monitor is not None:
            await self._phase("stop_health", self.monitor.stop(), deadline)
        await self.store.close()
        logs.event(log, "stopped", seconds=round(time.monotonic() - began, 3), queued_at_stop=pending)

    async def _phase(self, name: str, step: Any, deadline: float) -> None:
        """One step of the shutdown, bounded by what is left of stop_timeout."""
        try:
            await asyncio.wait_for(step, max(deadline - time.monotonic(), 0.01))
        except TimeoutError:
            logs.event(log, "stop_timeout", logging.WARNING, phase=name, stop_timeout=self.stop_timeout)
        except Exception:
            log.exception("shutdown step %s failed", name)

    async def _take_feed(self, feed: asyncio.StreamReader) -> None:
        """A worker's input: one update per line, as Telegram sent it, until the front closes the pipe."""
        while line := await feed.readline():
            try:
                data = json.loads(line)
            except ValueError:
                data = None
            if not await self._queue(data):
                logs.event(log, "worker_bad_update", logging.WARNING)
        self.request_stop("input_closed")

    def _bot_data(self) -> BotData:
        # An Application not built by build_application (a bare one in tests) shares nothing: no inbox, no sender.
        data = self.app.bot_data
        return data if isinstance(data, BotData) else BotData()

    async def _left_over(self) -> None:
        """Queue the updates a previous run took from Telegram and did not finish (bot/app/inbox.py)."""
        inbox = self._bot_data().inbox
        if inbox is not None:
            for data in await inbox.left_over():
                await self._queue(data, keep=False)

    async def _queue(self, data: object, keep: bool = True) -> bool:
        """Queue an update given as Telegram's JSON; False when it is not one.

        From the webhook it goes to the inbox first (`keep`): Telegram forgets it once answered.
        A worker's come from the front, which kept them.
        """
        data = guards.readable_update(data)
        try:
            update = Update.de_json(data, self.app.bot) if data is not None else None
        except Exception:  # a dict PTB cannot read as an Update: refused, never a crash
            update = None
        if update is None or data is None:
            return False
        inbox = self._bot_data().inbox
        if keep and self.feed is None and inbox is not None:
            await inbox.add([data])
        await self.app.update_queue.put(update)
        return True

    async def health(self) -> dict[str, Any]:
        """What /healthz reports."""
        database = await database_answers(self.store)
        sender = self._bot_data().sender
        sending = sender is None or bool(getattr(sender, "running", False))
        updates = self._accepting and self.app.running
        report: dict[str, Any] = {
            "ok": database and sending and updates,
            "database": database,
            "sender": sending,
            "updates": updates,
            "queued_updates": self.app.update_queue.qsize(),
        }
        if self.monitor is not None:
            checked = await self.monitor.check()
            report["ok"] = report["ok"] and checked["ok"]
            report["database"] = database and checked["database_writable"] and checked["database_file"] == "same"
            report.update({k: v for k, v in checked.items() if k not in ("ok", "at", "pid")})
        return report


class RepeatFilter(logging.Filter):
    """Lets through at most `burst` records of one kind (logger, level, message) per `window` seconds.

    Under a flood of bad connections asyncio and aiohttp log the same line for each (the issue
    measured 218,000 lines, 110 MB, in 46 s); the count of what was held back goes out with the
    next record of that kind let through.
    """

    def __init__(self, burst: int = 5, window: float = 60.0) -> None:
        super().__init__()
        self.burst = burst
        self.window = window
        self._seen: dict[tuple[str, int, str], tuple[float, int, int]] = {}  # start, passed, held back

    def filter(self, record: logging.LogRecord) -> bool:
        """True to log the record; held-back counts are added to the next one let through."""
        key = (record.name, record.levelno, str(record.msg))
        now = time.monotonic()
        start, passed, held = self._seen.get(key, (now, 0, 0))
        if now - start > self.window:
            start, passed = now, 0
        if passed >= self.burst:
            self._seen[key] = (start, passed, held + 1)
            return False
        if held:
            record.msg = f"{record.msg} [{held} similar line(s) held back]"
        self._seen[key] = (start, passed + 1, 0)
        if len(self._seen) > 1000:  # kinds are few; this only guards against messages with ids in them
            self._seen.clear()
        return True


# Loggers that write one line per bad connection: rate-limited while the webhook server runs.
FLOOD_LOGGERS = ("asyncio", "aiohttp.server", "aiohttp.web", "aiohttp.internal", "aiohttp.access")


def _file_limit_room() -> int:
    """Connections that fit in half the process's file limit (the rest is for the database, Telegram...)."""
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, ValueError, OSError):
        return 1 << 30
    return max(8, soft // 2) if soft != resource.RLIM_INFINITY else 1 << 30


class _Guard(asyncio.Protocol):
    """One connection to the webhook server, in front of aiohttp's own protocol.

    aiohttp has no timeout for a request's headers: a client that sends them a byte at a time (or
    never) holds its connection, and its file descriptor, for ever. A guard closes the connection
    when no whole request has come within the read timeout, and counts it against the cap.
    """

    def __init__(self, owner: WebhookServer, inner: asyncio.Protocol) -> None:
        self.owner = owner
        self.inner = inner
        # A TCP connection's transport: it can be aborted (asyncio.Transport, not BaseTransport).
        self.transport: asyncio.Transport | None = None
        self._timer: asyncio.TimerHandle | None = None
        self.served = 0  # requests this connection has made
        self._partial = False  # bytes came since the clock started: a request is on its way

    def connection_made(self, base: asyncio.BaseTransport) -> None:
        # A stream server's connections come with a Transport (typeshed declares only its base), which can be aborted.
        transport = cast(asyncio.Transport, base)
        if not self.owner._admit(self):
            transport.abort()
            return
        self.transport = transport
        self.inner.connection_made(transport)
        self.arm()

    def arm(self) -> None:
        """Start the clock for the next request's headers."""
        self.disarm()
        self._partial = False
        self._timer = asyncio.get_running_loop().call_later(self.owner.webhook.read_timeout, self.expire)
        self.owner._waiting[self] = None

    def disarm(self) -> None:
        """A whole request arrived: the handler's own timeout covers the body."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self.owner._waiting.pop(self, None)

    def expire(self, reason: str = "slow") -> None:
        """Close a connection that sent no whole request in time (or that made room for a new one)."""
        self._timer = None
        self.owner._waiting.pop(self, None)
        if reason != "slow":
            self.owner._note("webhook_connection_evicted")
        elif self._partial or not self.served:  # an idle kept-alive connection simply ends
            self.owner._note("webhook_slow_client")
        if self.transport is not None:
            self.transport.abort()

    def data_received(self, data: bytes) -> None:
        self._partial = True
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received()

    def pause_writing(self) -> None:
        self.inner.pause_writing()

    def resume_writing(self) -> None:
        self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self.disarm()
        if self.transport is not None:
            self.owner._release(self)
            self.inner.connection_lost(exc)


class WebhookServer:
    """The webhook's HTTP side: the secret check, 503 while stopping, 400 for what is not an update, /healthz.

    What happens to an update is the owner's: `take` queues it (Service) or hands it to a worker
    (bot/telegram/workers.py), and says False when it is not one; `health` is what /healthz reports.
    Slow clients are cut off (Webhook.read_timeout), connections capped (Webhook.max_connections),
    and the lines asyncio and aiohttp log per bad connection rate-limited (RepeatFilter).
    """

    def __init__(
        self,
        webhook: Webhook,
        take: Callable[[object], Awaitable[bool]],
        health: Callable[[], Awaitable[dict[str, Any]]],
        accepting: Callable[[], bool],
    ) -> None:
        self.webhook = webhook
        self.take = take
        self.health = health
        self.accepting = accepting
        self.port: int | None = None  # once listening (useful with port 0)
        self._runner: web.AppRunner | None = None
        self._listener: asyncio.Server | None = None
        self._forbidden = 0
        self.max_connections = min(webhook.max_connections, _file_limit_room())
        self.open = 0  # connections open now
        self._guards: dict[object, _Guard] = {}  # aiohttp's protocol -> its guard
        self._waiting: dict[_Guard, None] = {}  # connections waiting for a whole request, oldest first
        self._counts: dict[str, int] = {}
        self._filter = RepeatFilter()

    def _admit(self, guard: _Guard) -> bool:
        """Count a new connection; at the cap, the oldest one still waiting for a request makes room."""
        if self.open >= self.max_connections:
            oldest = next(iter(self._waiting), None)
            if oldest is None:
                self._note("webhook_connection_refused")
                return False
            oldest.expire("evicted")
        self.open += 1
        self._guards[guard.inner] = guard
        return True

    def _release(self, guard: _Guard) -> None:
        self.open -= 1
        self._guards.pop(guard.inner, None)

    def _note(self, name: str) -> None:
        """Log the 1st, 10th, 100th and every 1000th of a kind: a flood must not flood the log."""
        count = self._counts[name] = self._counts.get(name, 0) + 1
        if count in (1, 10, 100) or count % 1000 == 0:
            logs.event(log, name, logging.WARNING, count=count, open=self.open, cap=self.max_connections)

    @web.middleware
    async def _track(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Headers are in: stop the header clock; once answered, start it for the next request."""
        guard = self._guards.get(request.protocol)
        if guard is not None:
            guard.disarm()
            guard.served += 1
        try:
            response: web.StreamResponse = await handler(request)
            return response
        finally:
            if guard is not None and guard.transport is not None and not guard.transport.is_closing():
                guard.arm()

    async def start(self, bot: Bot) -> None:
        """Listen, then tell Telegram where to post (setWebhook); a ConfigError when either fails."""
        webhook = self.webhook
        server = web.Application(middlewares=[self._track])
        server.router.add_post(webhook.path, self._on_update)
        server.router.add_get(HEALTH_PATH, self._on_health)
        # No access log: paths and client addresses are not needed, and a proxy logs them anyway.
        # shutdown_timeout: handlers only queue an update, so waiting long for them is pointless.
        # keepalive_timeout: an idle kept-alive connection is closed by aiohttp itself.
        self._runner = web.AppRunner(
            server, access_log=None, shutdown_timeout=2.0, keepalive_timeout=max(webhook.read_timeout, 15.0)
        )
        await self._runner.setup()
        for name in FLOOD_LOGGERS:
            logging.getLogger(name).addFilter(self._filter)
        make_protocol = self._runner.server
        assert make_protocol is not None
        try:
            self._listener = await asyncio.get_running_loop().create_server(
                lambda: _Guard(self, make_protocol()), webhook.listen, webhook.port, reuse_address=True
            )
        except OSError as exc:
            raise ConfigError(
                f"Cannot listen on {webhook.listen}:{webhook.port} for the webhook ({exc.strerror}); "
                "set CUIDA_WEBHOOK_PORT or --port to a free port."
            ) from None
        self.port = int(self._listener.sockets[0].getsockname()[1])
        try:
            await bot.set_webhook(
                url=webhook.url,
                secret_token=webhook.secret,
                allowed_updates=ALLOWED_UPDATES,
                drop_pending_updates=False,
            )
        except TelegramError as exc:
            raise ConfigError(f"Telegram refused the webhook address {webhook.url}: {exc.message}.") from None
        logs.event(log, "webhook_set", public_host=urlsplit(webhook.url).hostname)

    async def close(self) -> None:
        """Close the port (requests in progress get up to 2 s)."""
        if self._listener is not None:
            self._listener.close()
        if self._runner is not None:
            await self._runner.cleanup()
        for name in FLOOD_LOGGERS:
            logging.getLogger(name).removeFilter(self._filter)

    async def _on_update(self, request: web.Request) -> web.Response:
        """One POST from Telegram: check the secret, take the update, answer at once."""
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, self.webhook.secret.encode()):
            self._forbidden += 1
            if self._forbidden in (1, 10, 100) or self._forbidden % 1000 == 0:  # a flood must not flood the log
                logs.event(log, "webhook_forbidden", logging.WARNING, count=self._forbidden)
            return web.Response(status=403)
        if not self.accepting():
            # Stopping: Telegram keeps the update and delivers it again after the restart.
            return web.Response(status=503, headers={"Retry-After": "5"})
        try:
            async with asyncio.timeout(self.webhook.read_timeout):
                body = await request.read()
        except TimeoutError:
            self._note("webhook_slow_body")
            return web.Response(status=408)
        except Exception:  # a body cut short or over the size limit: refused with 400 below
            body = b""
        try:
            data = json.loads(body)
        except ValueError:  # not JSON, or not UTF-8
            data = None
        if not await self.take(data):
            logs.event(log, "webhook_bad_update", logging.WARNING)
            return web.Response(status=400)
        return web.Response(status=200)

    async def _on_health(self, request: web.Request) -> web.Response:
        """GET /healthz: 200 and {"ok": true, ...} when all is well, else 503 with the part that is down."""
        report = await self.health()
        return web.json_response(report, status=200 if report["ok"] else 503)


async def database_answers(store: Storage) -> bool:
    """True when the database answers a query within HEALTH_DB_TIMEOUT (for /healthz)."""
    try:
        return await asyncio.wait_for(store.ping(), HEALTH_DB_TIMEOUT)
    except Exception:  # closed, locked for too long, or the file is gone: all mean "not healthy"
        return False


def _signal_left_to_front(name: str) -> None:
    logs.event(log, "signal_left_to_front", signal=name)


def _polling_error(exc: TelegramError) -> None:
    """PTB's polling loop retries by itself; say so in one structured line instead of a traceback."""
    logs.event(log, "polling_error", logging.WARNING, error=describe(exc))


# ---- `cuida health` ------------------------------------------------------------------------------


def check_health(settings: Settings, timeout: float = 4.0) -> tuple[bool, str]:
    """For Docker's HEALTHCHECK: ask /healthz in webhook mode; else check the database and the content."""
    if settings.webhook_url:
        host = settings.webhook_listen
        if host in ("0.0.0.0", "::", ""):
            host = "127.0.0.1"  # listening everywhere: loopback is one of the addresses
        if ":" in host:
            host = f"[{host}]"
        url = f"http://{host}:{settings.webhook_port}{HEALTH_PATH}"
        try:
            with urllib.request.urlopen(url, timeout=timeout) as answer:  # our own loopback URL
                return True, answer.read().decode()
        except urllib.error.HTTPError as exc:
            return False, exc.read().decode(errors="replace") or f"{url} answered {exc.code}"
        except OSError as exc:
            return False, f"{url} did not answer: {exc}"
    db = Path(settings.db_path)
    if not db.is_file():
        return False, f"the database {db} does not exist yet (the bot creates it when it starts)"
    try:
        version = read_schema_version(db)  # read-only: a health probe must never create or change anything
    except StoreError as exc:
        return False, str(exc)
    content, errors = checks.content_errors(settings.content_dir)
    if errors:
        return False, f"the content has {len(errors)} problem(s); run `cuida check`"
    summary: dict[str, Any] = {"ok": True, "schema_version": version, "flows": len(content.flows)}
    # The running bot's own checks (writes, the file it has open, disk, Telegram), from its report.
    bot_report = health.read_report(db, settings.health_interval)
    if bot_report is not None:
        healthy, detail = bot_report
        if not healthy:
            return False, detail
        summary["bot"] = json.loads(detail)
    else:
        free = health.free_mb(db.parent)
        if free is not None and free < settings.health_min_free_mb:
            floor = settings.health_min_free_mb
            return False, f"only {free} MB free beside the database (CUIDA_HEALTH_MIN_FREE_MB is {floor})"
        summary["bot"] = "no report yet (not running, or just starting)"
    return True, json.dumps(summary, ensure_ascii=False)
