"""Every message the bot sends goes through one Pacer; the Sender delivers the outbox through it.

The Pacer (one per process) is the bot's one gate to Telegram for messages: one overall rate
(aiolimiter's leaky bucket), a pace per chat, and `RetryAfter` honoured. Waiting senders take
the rate in order of priority: safety replies (a red flag's emergency instruction, STOP's
confirmation) first, then other replies, then the outbox (reminders, broadcasts). A 429 pauses
the class it hit and every class behind it for the time Telegram asked, then the same message
is sent again: a reply can be late, never lost. A 429 on a broadcast does not pause replies.

The Sender takes due outbox rows and sends them through the Pacer, with up to `concurrency`
requests in flight so latency does not lower the rate, and records every outcome. It has its
own `telegram.Bot` and HTTP connection pool, so replies never queue behind a broadcast's
connections.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import heapq
import itertools
import logging
import math
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from aiolimiter import AsyncLimiter
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import MessageLimit
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from bot.app import logs, outbox
from bot.app.locks import KeyedLock
from bot.app.outbox import OutboxItem, PayloadError
from bot.core.engine import Engine
from bot.storage.base import Storage
from bot.telegram.transport import make_request

log = logging.getLogger(__name__)

AfterBatch = Callable[[Storage, datetime], Awaitable[None]]
T = TypeVar("T")
# While stopping, how long an outcome that cannot be written is tried again before it is left to
# the lease (the row stays 'sending'; the next start puts it back to 'pending').
RECORD_GIVE_UP = 5.0
RECLAIM_EVERY = 5.0  # seconds between two looks for rows whose claim expired

SAFETY, REPLY, OUTBOX = 0, 1, 2  # Pacer priorities: a lower number goes first
CHAT_BURST = 3  # replies to one chat sent at once before its pace (one per chat_interval) applies


def _utcnow() -> datetime:
    return datetime.now(UTC)


def sender_bot(
    token: str, base_url: str, *, concurrency: int = 8, read_timeout: float = 10.0, transport: str = "aiohttp"
) -> Bot:
    """A Bot of its own for the sender: its own connection pool, so replies never queue behind a broadcast."""
    request = make_request(transport, connection_pool_size=concurrency + 2, read_timeout=read_timeout)
    return Bot(token, base_url=base_url, request=request)


@dataclass
class Counters:
    """What the sender did since it was created."""

    claimed: int = 0
    sent: int = 0
    skipped: int = 0  # at claim time (stopped, blocked, invalid, expired) or just before sending
    blocked: int = 0
    invalid: int = 0
    failed: int = 0
    retried: int = 0  # transient errors that will be tried again after a backoff
    rate_limited: int = 0  # RetryAfter answers (HTTP 429)
    paused_seconds: float = 0.0  # total pause asked for by RetryAfter
    recovered: int = 0  # rows a previous run left in 'sending'
    released: int = 0  # claimed rows given back unsent because the sender stopped


class Pacer:
    """The one gate for every message this process sends to Telegram (see the module docstring).

    Per chat: replies may go `chat_burst` at once, then one per `chat_interval` (Telegram allows
    short bursts over its one-a-second guidance, then answers 429); the outbox, being unasked,
    keeps a full `chat_interval` after the chat's last message; a safety reply never waits for
    its chat's pace, only for its turn at the overall rate.
    """

    def __init__(self, rate: float = 25.0, chat_interval: float = 1.0, chat_burst: int = CHAT_BURST) -> None:
        if rate <= 0 or chat_interval < 0 or chat_burst < 1:
            raise ValueError("rate must be > 0, chat_interval >= 0 and chat_burst >= 1")
        self.rate = rate
        self.chat_interval = chat_interval
        self.chat_burst = chat_burst
        # A small bucket: lateness of the event loop is absorbed (the rate holds) without letting
        # more than ~1/20 s worth of messages go out in one burst.
        burst = max(1.0, rate / 20)
        self._limiter = AsyncLimiter(burst, burst / rate)
        self._queue: list[tuple[int, int, asyncio.Future[bool]]] = []  # (priority, arrival, waiter)
        self._arrivals = itertools.count()
        self._gate: asyncio.Task[None] | None = None
        self._resume_at = [0.0, 0.0, 0.0]  # by priority: monotonic time RetryAfter asked that class to wait for
        self._recent: dict[object, deque[float]] = {}  # by chat: when its last messages went (monotonic)
        self.rate_limited = 0  # RetryAfter answers seen, every class
        self.paused_seconds = 0.0

    async def send(self, chat_id: int | str, priority: int, call: Callable[[], Awaitable[T]]) -> T:
        """Make one call that sends a message to `chat_id`, in its turn; again after each RetryAfter."""
        while True:
            await _sleep_until(self.chat_ready_at(chat_id, priority))
            await _sleep_until(self._resume_at[priority])
            if not await self.turn(priority):
                continue  # withdrawn (only the outbox's, at a stop): ask again
            now = time.monotonic()
            if now < self._resume_at[priority] or now < self.chat_ready_at(chat_id, priority):
                continue  # a pause began, or another message went to this chat, while waiting for the rate
            self.note(chat_id)
            try:
                return await call()
            except RetryAfter as exc:
                self.pause(priority, retry_seconds(exc))
            finally:
                self.done(chat_id)

    async def turn(self, priority: int) -> bool:
        """Wait for a place in the overall rate (lower `priority` numbers first); False if withdrawn."""
        if self.free():
            await self._limiter.acquire()  # returns at once: nobody to let go first
            return True
        waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._queue, (priority, next(self._arrivals), waiter))
        if self._gate is None or self._gate.done():
            self._gate = asyncio.create_task(self._admit(), name="cuida-pacer")
        return await waiter  # cancelled: the future is cancelled too, and _admit passes over it

    def withdraw(self, priority: int) -> None:
        """Every turn of this class still waiting returns False now (a sender that is stopping)."""
        for queued, _, waiter in self._queue:
            if queued == priority and not waiter.done():
                waiter.set_result(False)

    def free(self) -> bool:
        """True when a turn() now would not wait (nobody queued, room in the rate)."""
        return not self._queue and self._limiter.has_capacity()

    async def _admit(self) -> None:
        while self._queue:
            await self._limiter.acquire()
            while self._queue:
                _, _, waiter = heapq.heappop(self._queue)
                if not waiter.done():
                    waiter.set_result(True)
                    break

    def chat_ready_at(self, chat_id: object, priority: int) -> float:
        """The monotonic time from which a message of `priority` may go to this chat."""
        times = self._recent.get(chat_id)
        if not times or priority == SAFETY or self.chat_interval == 0:
            return 0.0
        if priority == OUTBOX:
            return times[-1] + self.chat_interval
        if len(times) < self.chat_burst:
            return 0.0
        return times[0] + self.chat_burst * self.chat_interval  # at most chat_burst in any such window

    def note(self, chat_id: object) -> None:
        """Record that a message to this chat is going now."""
        now = time.monotonic()
        times = self._recent.get(chat_id)
        if times is None:
            if len(self._recent) >= 4096:
                # Forget chats whose pace is over, so the map does not grow with every user ever sent to.
                horizon = now - self.chat_burst * self.chat_interval
                self._recent = {c: t for c, t in self._recent.items() if t[-1] > horizon}
            times = self._recent[chat_id] = deque(maxlen=self.chat_burst)
        times.append(now)

    def done(self, chat_id: object) -> None:
        """The message noted last for this chat is on its way: the chat's pace counts from now."""
        times = self._recent.get(chat_id)
        if times:
            times[-1] = max(times[-1], time.monotonic())

    def resume_at(self, priority: int) -> float:
        """The monotonic time until which Telegram asked this class of messages to wait."""
        return self._resume_at[priority]

    def pause(self, priority: int, seconds: float) -> None:
        """Telegram answered 429: this class and every one behind it wait `seconds`."""
        self.rate_limited += 1
        self.paused_seconds += seconds
        resume = time.monotonic() + seconds
        for level in range(priority, len(self._resume_at)):
            self._resume_at[level] = max(self._resume_at[level], resume)


async def _sleep_until(deadline: float) -> None:
    delay = deadline - time.monotonic()
    if delay > 0:
        await asyncio.sleep(delay)


class _Batch:
    """The rows of one claim; when the last is done, the after_batch callbacks run."""

    __slots__ = ("left",)

    def __init__(self, left: int) -> None:
        self.left = left


class Sender:
    """Delivers the outbox: `start()` for a background loop, `run_until_idle()` to drain it and return.

    `bot` should be the sender's own (see `sender_bot`); the sender initializes it and `stop()` shuts
    it down. Each `after_batch` callback runs after every claimed batch is done (and once in
    `start()`, to catch up after a crash); callbacks must be idempotent, and rows they queue are
    sent in the same run. `clock` gives the time for due rows and records; waits use real time.
    """

    def __init__(
        self,
        store: Storage,
        bot: Bot,
        engine: Engine,
        *,
        rate: float = 25.0,
        chat_interval: float = 1.0,
        clock: Callable[[], datetime] = _utcnow,
        max_attempts: int = 5,
        concurrency: int = 8,
        after_batch: Sequence[AfterBatch] = (),
        retry_base: float = outbox.RETRY_BASE,
        retry_cap: float = outbox.RETRY_CAP,
        poll_interval: float = 1.0,
        lease: timedelta = outbox.LEASE,
        pacer: Pacer | None = None,
    ) -> None:
        if rate <= 0 or chat_interval < 0 or concurrency < 1 or max_attempts < 1:
            raise ValueError("rate must be > 0, chat_interval >= 0, concurrency and max_attempts >= 1")
        self.store = store
        self.bot = bot
        self.engine = engine
        self.rate = rate
        self.chat_interval = chat_interval
        self.clock = clock
        self.max_attempts = max_attempts
        self.concurrency = concurrency
        self.after_batch = list(after_batch)
        self.retry_base = retry_base
        self.retry_cap = retry_cap
        self.poll_interval = poll_interval
        self.lease = lease
        self.counters = Counters()
        # Shared with the replies (build_application) so the rate is the bot's, replies first.
        self.pacer = pacer if pacer is not None else Pacer(rate, chat_interval)
        self.rate = self.pacer.rate
        self.chat_interval = self.pacer.chat_interval
        self._slots = asyncio.Semaphore(concurrency)
        # Rows held in 'sending' at most: enough to keep every slot busy while others wait for the rate.
        self._prefetch = max(2 * concurrency, math.ceil(rate / 4))
        self._held = 0
        self._holding: set[int] = set()  # ids of the rows claimed and not yet recorded: never re-claimed
        self._reclaim_at = 0.0  # monotonic time of the next look for expired claims
        self._claim_failures = 0  # claims failed in a row (the database refusing writes)
        self._callbacks_owed = False  # an after_batch callback failed (e.g. the database was read-only)
        self._tasks: set[asyncio.Task[None]] = set()
        self._chats = KeyedLock()  # one row of a chat at a time, in order
        self._changed = asyncio.Event()  # a send finished, wake() was called, or we are stopping
        self._halt = asyncio.Event()  # set while draining: rows not yet on the wire go back unsent
        self._to_release: list[int] = []
        self._sent_buffer: list[tuple[tuple[int, datetime, int | None], asyncio.Future[None]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._callbacks_lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    # ---- public ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Recover rows a crash left in 'sending', catch up on reports, then send in the background."""
        if self._task is not None:
            return
        self._stopping = False
        await self.bot.initialize()
        recovered = await outbox.recover(self.store)
        self.counters.recovered += recovered
        if recovered:
            log.warning("%d outbox row(s) were being sent when the bot last stopped; sending them again", recovered)
        # A crash between the last send of a campaign and its callbacks must not lose a report.
        await self._run_callbacks()
        self._task = asyncio.create_task(self._pump(until_idle=False), name="cuida-sender")
        logs.event(log, "sender_started", recovered=recovered, rate=self.rate, chat_interval=self.chat_interval)

    @property
    def running(self) -> bool:
        """True while the background loop started by `start()` is alive (for /healthz)."""
        return self._task is not None and not self._task.done()

    async def stop(self) -> None:
        """Stop claiming, let requests already on the wire finish and be recorded, give back the rest."""
        self._stopping = True
        self._changed.set()
        task, self._task = self._task, None
        if task is not None:
            try:
                await task
            except Exception:
                log.exception("the sender loop failed")
        await self._drain()
        with contextlib.suppress(Exception):
            await self.bot.shutdown()
        if task is not None:
            logs.event(log, "sender_stopped", **asdict(self.counters))

    def wake(self) -> None:
        """Look for due rows now instead of at the next poll.

        For a caller in this process that has just queued rows and wants them out at once (tests,
        a script). Handlers do not call it: a broadcast can be queued by another process (the CLI,
        another worker), so the running bot finds new rows at its next poll (`poll_interval`).
        """
        self._changed.set()

    async def run_until_idle(self, timeout: float | None = None) -> None:
        """Send everything due, including rows waiting out a retry backoff, then return.

        Waits for backoffs in real time. Raises TimeoutError after `timeout` seconds; rows not yet
        sent then go back to 'pending'. Does not `recover` (another process may be sending).
        """
        async with asyncio.timeout(timeout):
            await self.bot.initialize()
            if self._task is None:
                self._stopping = False
                await self._pump(until_idle=True)
                return
            while self._held or await self._due_now():
                await self._nap(0.05)

    # ---- the loop ----------------------------------------------------------------------------

    async def _pump(self, until_idle: bool) -> None:
        try:
            while not self._stopping:
                if self._callbacks_owed:
                    await self._run_callbacks()  # e.g. a delivery report the database refused earlier
                room = self._prefetch - self._held
                # Claim in chunks (one transaction each), not one row per finished send.
                if room >= max(1, self._prefetch // 2) or (self._held == 0 and room > 0):
                    try:
                        # Expired claims are rare: looked for every few seconds, not at every claim.
                        reclaim = time.monotonic() >= self._reclaim_at
                        if reclaim:
                            self._reclaim_at = time.monotonic() + min(RECLAIM_EVERY, self.lease.total_seconds() / 2)
                        items, skipped, failed = await outbox.claim(
                            self.store, self.clock(), room, lease=self.lease, reclaim=reclaim, holding=self._holding
                        )
                    except Exception as exc:
                        if until_idle:
                            raise
                        # A read-only or full database fails every poll: one traceback, then counts.
                        self._claim_failures += 1
                        if self._claim_failures == 1:
                            log.exception("could not read the outbox; trying again shortly")
                        elif self._claim_failures in (10, 100) or self._claim_failures % 1000 == 0:
                            logs.event(
                                log,
                                "outbox_unreadable",
                                logging.WARNING,
                                failures=self._claim_failures,
                                error=str(exc)[:200],
                            )
                        await self._nap(self.poll_interval)
                        continue
                    self._claim_failures = 0
                    if items or skipped or failed:
                        self.counters.skipped += skipped
                        self.counters.failed += failed
                        self._dispatch(items)
                        if not items:
                            await self._run_callbacks()
                        continue
                    if self._held == 0:
                        if until_idle:
                            retry_at = await outbox.next_retry(self.store, self.clock())
                            if retry_at is None:
                                return
                            delay = (retry_at - self.clock()).total_seconds()
                            await self._nap(min(max(delay, 0.001), self.poll_interval))
                        else:
                            await self._nap(self.poll_interval)
                        continue
                # Rows are in flight: claim more when some finish (or at the next poll).
                await self._nap(self.poll_interval)
        finally:
            await self._drain()

    def _dispatch(self, items: list[OutboxItem]) -> None:
        self.counters.claimed += len(items)
        if not items:
            return
        batch = _Batch(len(items))
        for item in items:
            self._held += 1
            self._holding.add(item.id)
            task = asyncio.create_task(self._deliver(item, batch), name=f"cuida-send-{item.id}")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _nap(self, seconds: float) -> None:
        """Sleep up to `seconds`, waking early when something changes."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), seconds)
        self._changed.clear()

    async def _drain(self) -> None:
        """Wait for the sends on the wire; rows still waiting for their turn go back to 'pending'."""
        self._halt.set()
        self.pacer.withdraw(OUTBOX)
        try:
            while self._tasks:
                await asyncio.gather(*list(self._tasks), return_exceptions=True)
            ids, self._to_release = self._to_release, []
            if ids:
                self.counters.released += await outbox.release(self.store, ids)
        finally:
            self._halt.clear()

    async def _due_now(self) -> bool:
        return await outbox.any_due(self.store, self.clock())

    async def _run_callbacks(self) -> None:
        async with self._callbacks_lock:
            self._callbacks_owed = False
            for callback in self.after_batch:
                try:
                    await callback(self.store, self.clock())
                except Exception:
                    log.exception("an after_batch callback failed; it runs again at the next poll")
                    self._callbacks_owed = True

    # ---- one row -----------------------------------------------------------------------------

    async def _deliver(self, item: OutboxItem, batch: _Batch) -> None:
        try:
            await self._send(item)
        except Exception as exc:
            # A bug must not leave the row in 'sending' for ever (or stop the other sends).
            log.exception("sending outbox row %d failed unexpectedly", item.id)
            with contextlib.suppress(Exception):
                await outbox.mark_failed(self.store, item.id, f"internal error: {exc!r}"[:500])
                self.counters.failed += 1
        finally:
            self._holding.discard(item.id)
            batch.left -= 1
            if batch.left == 0:
                await self._run_callbacks()
            # Only now: rows a callback queued (a delivery report) are seen before anyone calls it idle.
            self._held -= 1
            self._changed.set()

    async def _send(self, item: OutboxItem) -> None:
        try:
            text, markup = self._message(item)
        except PayloadError as exc:
            await self._fail(item, f"bad payload: {exc}")
            return
        async with self._chats.hold(item.user_id):  # one send at a time per chat, spaced by the pacer
            while not await self._attempt(item, text, markup):
                pass  # RetryAfter, or another message to the chat went first: the same row goes again

    def _message(self, item: OutboxItem) -> tuple[str, InlineKeyboardMarkup | None]:
        text, buttons = outbox.render(
            self.engine, item.payload, item.language, item.fields, user_id=item.user_id, now=self.clock()
        )
        if len(text) > MessageLimit.MAX_TEXT_LENGTH:
            # One row is one message; splitting would turn a retry into duplicates of the first parts.
            raise PayloadError(f"text too long ({len(text)} > {MessageLimit.MAX_TEXT_LENGTH} characters)")
        if not buttons:
            return text, None
        return text, InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data)] for b in buttons])

    async def _attempt(self, item: OutboxItem, text: str, markup: InlineKeyboardMarkup | None) -> bool:
        """One try at sending a row; False when it must be tried again (RetryAfter, or the chat's pace)."""
        chat = item.user_id
        pacer = self.pacer
        if not await self._wait_until(pacer.chat_ready_at(chat, OUTBOX)):
            return self._give_back(item)
        async with self._slots:
            if not await self._wait_until(pacer.resume_at(OUTBOX)):
                return self._give_back(item)
            # Replies waiting for the rate go first; a stop withdraws this turn (_drain) rather
            # than wait behind them.
            if self._halt.is_set() or not await pacer.turn(OUTBOX):
                return self._give_back(item)
            # A pause may have begun while waiting for the rate; a stop must not start new sends.
            if self._halt.is_set() or not await self._wait_until(pacer.resume_at(OUTBOX)):
                return self._give_back(item)
            if time.monotonic() < pacer.chat_ready_at(chat, OUTBOX):
                return False  # a reply went to this chat meanwhile: keep the chat's pace
            pacer.note(chat)
            # The user may have said STOP while this row waited for its turn. One round trip to the
            # database, as it runs for every message.
            status = await self.store.users.status(chat)
            if status != "active":
                reason = outbox.SKIP_REASONS.get(status, f"user is {status}")
                await self._recorded(lambda: outbox.mark_skipped(self.store, item.id, reason))
                self.counters.skipped += 1
                return True
            error: TelegramError | None = None
            try:
                message = await self.bot.send_message(chat, text, reply_markup=markup)
            except TelegramError as exc:
                error = exc
            finally:
                pacer.done(chat)
        # The outcome is recorded after the slot is free: the next request need not wait for the database.
        if error is None:
            await self._record_sent(item, message.message_id)
            self.counters.sent += 1
            logs.event(log, "outbox_sent", logging.DEBUG, row=item.id, kind=item.kind, user=logs.user_ref(chat))
            return True
        return await self._settle(item, error)

    async def _settle(self, item: OutboxItem, error: TelegramError) -> bool:
        """Record a refused send; False for RetryAfter (pause everything, then the same row again)."""
        # Subclasses first: BadRequest and TimedOut are NetworkErrors.
        if isinstance(error, RetryAfter):
            self._pause(retry_seconds(error))
            return False
        if isinstance(error, Forbidden):
            await self._recorded(lambda: outbox.mark_blocked(self.store, item.id, describe(error)))
            self.counters.blocked += 1
            logs.event(log, "outbox_blocked", row=item.id, kind=item.kind, user=logs.user_ref(item.user_id))
        elif isinstance(error, BadRequest) and "chat not found" in error.message.lower():
            await self._recorded(lambda: outbox.mark_invalid(self.store, item.id, describe(error)))
            self.counters.invalid += 1
            logs.event(log, "outbox_invalid", row=item.id, kind=item.kind, user=logs.user_ref(item.user_id))
        elif isinstance(error, BadRequest):
            await self._fail(item, describe(error))  # the request itself is wrong: trying again cannot help
        else:
            # TimedOut (delivery unknown), other NetworkErrors and anything unexpected from Telegram:
            # retrying may duplicate a timed-out message, but losing it would be worse.
            await self._retry_or_fail(item, describe(error))
        return True

    def _give_back(self, item: OutboxItem) -> bool:
        """Stopping before this row went on the wire: it goes back to 'pending' when the drain ends."""
        self._to_release.append(item.id)
        return True

    async def _record_sent(self, item: OutboxItem, message_id: int) -> None:
        """Record a confirmed send; confirmations arriving together share one transaction."""
        done = asyncio.get_running_loop().create_future()
        self._sent_buffer.append(((item.id, self.clock(), message_id), done))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_sent(), name="cuida-sender-record")
        await done

    async def _flush_sent(self) -> None:
        while self._sent_buffer:
            batch, self._sent_buffer = self._sent_buffer, []
            try:
                # Delivered: the record must be written, or a restart would send it again.
                rows = [row for row, _ in batch]
                await self._recorded(functools.partial(outbox.mark_sent_many, self.store, rows))
            except Exception as exc:
                for _, done in batch:
                    done.set_exception(exc)
            else:
                for _, done in batch:
                    done.set_result(None)

    async def _wait_until(self, deadline: float) -> bool:
        """Sleep until a monotonic deadline; False if the sender is stopping meanwhile."""
        while not self._halt.is_set():
            delay = deadline - time.monotonic()
            if delay <= 0:
                return True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._halt.wait(), delay)
        return False

    def _pause(self, seconds: float) -> None:
        self.counters.rate_limited += 1
        self.counters.paused_seconds += seconds
        if time.monotonic() + seconds > self.pacer.resume_at(OUTBOX):
            # Telegram asked to slow down (429): every outbox send waits this long (replies do not).
            logs.event(log, "sender_paused", logging.WARNING, seconds=round(seconds, 1))
        self.pacer.pause(OUTBOX, seconds)

    async def _recorded(self, write: Callable[[], Awaitable[T]]) -> T:
        """Write an outcome, trying again while the database refuses (read-only, full, locked).

        The message went out or was refused already; giving up here would leave the row 'sending'
        and send it again later. While stopping it gives up after RECORD_GIVE_UP seconds.
        """
        delay, began, warned = 0.05, time.monotonic(), False
        while True:
            try:
                result = await write()
            except self.store.errors as exc:
                if self._halt.is_set() and time.monotonic() - began > RECORD_GIVE_UP:
                    raise
                if not warned:  # one line per outcome, not one per try
                    logs.event(log, "outcome_unrecorded", logging.WARNING, error=str(exc), retry="until it works")
                    warned = True
                await asyncio.sleep(delay)
                delay = min(delay * 2, 1.0)
                continue
            if warned:
                logs.event(log, "outcome_recorded", seconds=round(time.monotonic() - began, 3))
            return result

    async def _fail(self, item: OutboxItem, error: str) -> None:
        await self._recorded(lambda: outbox.mark_failed(self.store, item.id, error))
        self.counters.failed += 1
        logs.event(log, "outbox_failed", logging.WARNING, row=item.id, kind=item.kind, ref=item.ref, error=error)

    async def _retry_or_fail(self, item: OutboxItem, error: str) -> None:
        if item.attempts >= self.max_attempts:
            await self._fail(item, f"gave up after {item.attempts} attempts: {error}")
            return
        now = self.clock()
        await self._recorded(
            lambda: outbox.mark_retry(self.store, item.id, now, error, base=self.retry_base, cap=self.retry_cap)
        )
        self.counters.retried += 1
        logs.event(log, "outbox_retry", row=item.id, kind=item.kind, attempts=item.attempts, error=error)


def retry_seconds(exc: RetryAfter) -> float:
    """RetryAfter.retry_after as seconds, whether PTB gives an int or a timedelta."""
    with warnings.catch_warnings():
        # PTB 22 warns that the attribute will become a timedelta; both are handled here.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    return max(seconds, 0.0)


def describe(exc: TelegramError) -> str:
    """A Telegram error as one short line for logs and outbox rows: its type and Telegram's message."""
    return f"{type(exc).__name__}: {exc.message}"[:500]
