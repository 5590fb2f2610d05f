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
from datetime import UTC, datetime, timedelta
from typing import Any

import aiosqlite

from bot.engine import Command, Input, Text, privacy_intent
from bot.store import Store, Transaction

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 365
# Telegram keeps an undelivered update for at most 24 hours, so an update id older than this
# cannot come again; the table stays small.
SEEN_KEEP = timedelta(days=2)
PRUNE_BATCH = 5000  # rows deleted per transaction, so turns are never held up for long
DAY = 24 * 3600.0


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _utcnow() -> datetime:
    return datetime.now(UTC)


async def bump(db: aiosqlite.Connection, counts: dict[str, int]) -> None:
    """Add to aggregate counters in `stats`, inside the caller's transaction."""
    rows = [(name, value) for name, value in counts.items() if value]
    if rows:
        await db.executemany(
            "INSERT INTO stats (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
            rows,
        )


async def stats(source: Store | aiosqlite.Connection) -> dict[str, int]:
    """Every aggregate counter."""
    db = source.db if isinstance(source, Store) else source
    rows = await db.execute_fetchall("SELECT name, value FROM stats ORDER BY name")
    return {str(name): int(value) for name, value in rows}


# ---- /delete ---------------------------------------------------------------------------------


async def erase_user(db: aiosqlite.Connection, user_id: int) -> dict[str, int]:
    """Erase one user everywhere, inside the caller's transaction; returns rows touched per table."""
    rows = await db.execute_fetchall("SELECT kind, COUNT(*) FROM events WHERE user_id = ? GROUP BY kind", (user_id,))
    kinds = {str(kind): int(count) for kind, count in rows}
    touched: dict[str, int] = {}
    for table, sql in (
        ("events", "DELETE FROM events WHERE user_id = ?"),
        ("outbox", "DELETE FROM outbox WHERE user_id = ?"),
        ("broadcasts", "UPDATE broadcasts SET created_by = NULL WHERE created_by = ?"),
        ("users", "DELETE FROM users WHERE user_id = ?"),
    ):
        cursor = await db.execute(sql, (user_id,))
        touched[table] = cursor.rowcount
    await bump(
        db, {"users_deleted": 1 if touched["users"] else 0} | {f"events_erased.{k}": n for k, n in kinds.items()}
    )
    if isinstance(db, Transaction):
        db.after_commit(_wipe_wal)
    return touched


async def _wipe_wal(store: Store) -> None:
    """After an erase: the WAL still holds old copies of the person's pages; checkpoint them away now."""
    try:
        wiped = await store.wipe_wal()
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


async def stored_counts(store: Store, user_id: int, retention_days: int) -> dict[str, Any]:
    """Per-turn fields for /mydata: events logged (and since when), pending reminders, retention."""
    rows = await store.db.execute_fetchall("SELECT COUNT(*), MIN(at) FROM events WHERE user_id = ?", (user_id,))
    row = next(iter(rows), None)
    count, first = (int(row[0]), row[1]) if row else (0, None)
    rows = await store.db.execute_fetchall(
        "SELECT COUNT(*) FROM outbox WHERE user_id = ? AND status = 'pending' AND kind = 'reminder'", (user_id,)
    )
    pending = next(iter(rows), None)
    since = datetime.fromisoformat(first).strftime("%d/%m/%Y") if first else ""
    return {
        "_events": count,
        "_since": since,
        "_pending_reminders": int(pending[0]) if pending else 0,
        "_retention_days": retention_days,
    }


# ---- duplicate updates -----------------------------------------------------------------------


async def last_seen_update(store: Store) -> int:
    """The highest update id recorded (0 when none): newer ids cannot be repeats from before a restart."""
    rows = await store.db.execute_fetchall("SELECT MAX(update_id) FROM seen_updates")
    row = next(iter(rows), None)
    return int(row[0] or 0) if row else 0


async def was_seen(store: Store, update_id: int) -> bool:
    """True when this update id was processed already (and recorded)."""
    rows = await store.db.execute_fetchall("SELECT 1 FROM seen_updates WHERE update_id = ?", (update_id,))
    return bool(rows)


async def remember_update(db: Transaction, update_id: int, now: datetime) -> None:
    """Record a processed update id, inside the transaction of its turn (both or neither)."""
    # Queued, not executed: it goes with the turn's commit, in the same trip to the database thread.
    db.queue("INSERT OR IGNORE INTO seen_updates (update_id, at) VALUES (?, ?)", (update_id, _iso(now)))


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


async def _event_kinds(store: Store) -> list[str]:
    # A skip-scan over the (kind, at) index: one lookup per distinct kind, not a scan of the log.
    rows = await store.db.execute_fetchall(
        """
        WITH RECURSIVE k(kind) AS (
            SELECT MIN(kind) FROM events
            UNION ALL
            SELECT (SELECT MIN(kind) FROM events WHERE kind > k.kind) FROM k WHERE k.kind IS NOT NULL
        )
        SELECT kind FROM k WHERE kind IS NOT NULL
        """
    )
    return [str(row[0]) for row in rows]


async def prune(
    store: Store,
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
    cutoff = _iso(now - timedelta(days=retention_days))
    for kind in await _event_kinds(store):
        while not stop():
            async with store.transaction() as db:
                cursor = await db.execute(
                    "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE kind = ? AND at < ? LIMIT ?)",
                    (kind, cutoff, batch),
                )
                removed = cursor.rowcount
                await bump(db, {f"events_pruned.{kind}": removed})
            report.events[kind] = report.events.get(kind, 0) + removed
            if removed < batch:
                break
    async with store.transaction() as db:
        cursor = await db.execute("DELETE FROM seen_updates WHERE at < ?", (_iso(now - SEEN_KEEP),))
        report.updates = cursor.rowcount
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
        store: Store,
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
