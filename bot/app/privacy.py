"""Privacy: erase a user everywhere, count what is stored for /mydata, prune old events, and
remember which Telegram updates were processed.

What `/delete` erases (inside the transaction of the turn that confirmed it, instead of saving that
turn): the `users` row (state, answers, saved fields, clinic, delivery status), every `events` row
of the user, every `outbox` row to the user (reminders, broadcasts, reports, whatever their
status), and the user's id on `broadcasts` they created as staff (the audit row keeps the clinic,
time, text and recipient count; `created_by` becomes NULL). What stays: aggregate counts in
`stats` (users_deleted, events_erased.<kind>), and `clinic_staff` rows — staff membership is the
clinic's authorisation record, managed with `cuida clinic staff remove`, and the goodbye message
says so. `seen_updates` holds update ids only, never a user id.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.core import timestamps
from bot.core.engine import Command, Input, Text, privacy_intent
from bot.storage.base import Storage, Transaction

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 365
# Telegram keeps an undelivered update for at most 24 hours, so an update id older than this
# cannot come again; the table stays small.
SEEN_KEEP = timedelta(days=2)
PRUNE_BATCH = 5000  # rows deleted per transaction, so turns are never held up for long
DAY = 24 * 3600.0


def _utcnow() -> datetime:
    return timestamps.now()


async def bump(tx: Transaction, counts: dict[str, int]) -> None:
    """Add to aggregate counters in `stats`, inside the caller's transaction."""
    await tx.privacy.bump(counts)


async def stats(source: Storage | Transaction) -> dict[str, int]:
    """Every aggregate counter."""
    return await source.privacy.stats()


# ---- /delete ---------------------------------------------------------------------------------


async def erase_user(tx: Transaction, user_id: int) -> dict[str, int]:
    """Erase one user everywhere, inside the caller's transaction; returns rows touched per table."""
    erased = await tx.privacy.erase_user(user_id)
    await tx.privacy.bump(
        {"users_deleted": 1 if erased.rows["users"] else 0}
        | {f"events_erased.{k}": n for k, n in erased.events.items()}
    )
    tx.after_commit(_wipe_wal)
    return erased.rows


async def _wipe_wal(store: Storage) -> None:
    """After an erase: the database's log (SQLite's WAL) still holds old copies of the person's rows; scrub them now."""
    try:
        wiped = await store.scrub_erased()
    except Exception:
        log.exception("could not checkpoint the WAL after an erase; it is emptied at the next checkpoint")
        return
    if not wiped:
        log.warning("erased a user, but another process kept the WAL busy; it is emptied at the next checkpoint")


# ---- /mydata ---------------------------------------------------------------------------------


def asks_for_data(event: Input) -> bool:
    """True when the input is /mydata or free text asking what is stored (the counts are then read)."""
    if isinstance(event, Command):
        return event.name.lower() == "mydata"
    return isinstance(event, Text) and privacy_intent(event.text) == "mydata"


async def stored_counts(store: Storage, user_id: int, retention_days: int) -> dict[str, Any]:
    """Per-turn fields for /mydata: events logged (and since when), pending reminders, retention."""
    count, first = await store.privacy.activity(user_id)
    pending = await store.outbox.pending_reminders(user_id)
    since = timestamps.decode(first).strftime("%d/%m/%Y") if first else ""
    return {
        "_events": count,
        "_since": since,
        "_pending_reminders": pending,
        "_retention_days": retention_days,
    }


# ---- duplicate updates -----------------------------------------------------------------------


async def last_seen_update(store: Storage) -> int:
    """The highest update id recorded (0 when none): newer ids cannot be repeats from before a restart."""
    return await store.privacy.last_seen_update()


async def was_seen(store: Storage, update_id: int) -> bool:
    """True when this update id was processed already (and recorded)."""
    return await store.privacy.was_seen(update_id)


async def remember_update(tx: Transaction, update_id: int, now: datetime) -> None:
    """Record a processed update id, inside the transaction of its turn (both or neither)."""
    await tx.privacy.remember_update(update_id, now)


# ---- retention -------------------------------------------------------------------------------


@dataclass
class PruneReport:
    """What one pruning pass removed."""

    events: dict[str, int] = field(default_factory=dict)  # by kind
    updates: int = 0

    @property
    def total(self) -> int:
        """Events removed, all kinds together."""
        return sum(self.events.values())


async def prune(
    store: Storage,
    retention_days: int,
    now: datetime,
    *,
    batch: int = PRUNE_BATCH,
    stop: Callable[[], bool] = lambda: False,
) -> PruneReport:
    """Delete events older than `retention_days` (counting them in `stats`) and old update ids.

    Works in batches of `batch` rows, one transaction each, by kind so that the (kind, at) index
    finds them; `stop()` is asked between batches so a shutdown does not wait for a long prune.
    """
    report = PruneReport()
    cutoff = now - timedelta(days=retention_days)
    for kind in await store.privacy.event_kinds():
        while not stop():
            async with store.transaction() as tx:
                removed = await tx.privacy.prune_events(kind, cutoff, batch)
                await tx.privacy.bump({f"events_pruned.{kind}": removed})
            report.events[kind] = report.events.get(kind, 0) + removed
            if removed < batch:
                break
    async with store.transaction() as tx:
        report.updates = await tx.privacy.prune_updates(now - SEEN_KEEP)
    report.events = {kind: n for kind, n in report.events.items() if n}
    return report


class Housekeeping:
    """Prunes old events at start-up and then every `interval` seconds (a day) while the bot runs.

    A plain asyncio task, started and stopped with the Application (post_init / post_shutdown):
    it needs neither PTB's JobQueue extra nor anything persisted, since a missed day is simply
    caught up by the next pass.
    """

    def __init__(
        self,
        store: Storage,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        *,
        clock: Callable[[], datetime] = _utcnow,
        interval: float = DAY,
    ) -> None:
        self.store = store
        self.retention_days = retention_days
        self.clock = clock
        self.interval = interval
        self.passes = 0
        self.last: PruneReport | None = None
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Start the background task; its first pass runs at once."""
        if self._task is None:
            self._stopping.clear()
            self._task = asyncio.create_task(self._loop(), name="cuida-housekeeping")

    async def stop(self) -> None:
        """Stop after the batch in progress (if any)."""
        self._stopping.set()
        task, self._task = self._task, None
        if task is not None:
            await task

    async def run_once(self) -> PruneReport:
        """One pruning pass now."""
        report = await prune(self.store, self.retention_days, self.clock(), stop=self._stopping.is_set)
        self.passes += 1
        self.last = report
        if report.total or report.updates:
            log.info(
                "pruned %d event(s) older than %d days and %d old update id(s)",
                report.total,
                self.retention_days,
                report.updates,
            )
        return report

    async def _loop(self) -> None:
        while not self._stopping.is_set():
            try:
                await self.run_once()
            except Exception:
                log.exception("pruning old events failed; trying again at the next pass")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.interval)
