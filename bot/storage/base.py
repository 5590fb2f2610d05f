"""The storage interface: every query the bot makes, named by what it is for, one Protocol per aggregate.

Features never see SQL or a database driver. They read through a `Storage` (`store.users.load_turn`,
`store.outbox.counts`, ...) and write inside `store.transaction()`, whose `Transaction` carries the
same aggregates with their writes (`tx.outbox.claim`, `tx.clinics.enrol`, ...). A transaction is
all or nothing; on error nothing of it is kept. Reads outside a transaction see committed data only.

A backend implements these Protocols (`bot.storage.sqlite` today; a PostgreSQL one plugs in beside
it). Times are passed as datetimes and stored with `bot.core.timestamps`; rows come back as the small
frozen dataclasses below (or the engine's `UserState`), never as driver rows.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from bot.core.clinic_config import Broadcast, Clinic
from bot.core.engine import Event, UserState


class StoreError(Exception):
    """The database cannot be used; the message says what to do."""


@dataclass(frozen=True)
class LoggedEvent:
    """One row of the event log."""

    id: int
    user_id: int
    at: str
    kind: str
    data: dict[str, Any]


@dataclass(frozen=True)
class OutboxRow:
    """An outbox row a sender may claim, with its user's language, saved fields and delivery status."""

    id: int
    user_id: int
    kind: str
    ref: str
    payload: str  # JSON text, parsed (and refused when broken) by the sender
    attempts: int
    due_at: str
    expires_at: str | None
    language: str | None
    fields: dict[str, Any]
    status: str | None  # the user's status; None when the user is unknown


@dataclass(frozen=True)
class Reminder:
    """One reminder to (re)schedule: its outbox key, when it is due and when it is too late."""

    ref: str
    due_at: datetime
    expires_at: datetime
    payload: str


@dataclass(frozen=True)
class FinishedBroadcast:
    """A broadcast with nothing left to send and no report yet, and who sent it."""

    id: int
    created_by: int
    created_at: str
    clinic_name: str


@dataclass(frozen=True)
class Erased:
    """What erasing one user removed: rows per table, and their events by kind (for the counters)."""

    rows: dict[str, int]
    events: dict[str, int]


# ---- users: state and event log --------------------------------------------------------------------


class UserReads(Protocol):
    """Users, their conversation state and their events, as committed."""

    async def load(self, user_id: int) -> UserState | None:
        """The stored state of one user, or None for someone new."""
        ...

    async def load_turn(self, user_id: int) -> tuple[UserState | None, str | None]:
        """A user's state and delivery status ((None, None) for someone new): what a turn reads."""
        ...

    async def status(self, user_id: int) -> str | None:
        """A user's delivery status (active, stopped, blocked, invalid), or None for someone unknown."""
        ...

    async def events(self, user_id: int | None = None, kind: str | None = None) -> list[LoggedEvent]:
        """Logged events, oldest first, optionally for one user and/or of one kind."""
        ...

    async def count(self) -> int:
        """How many users are stored."""
        ...


class Users(UserReads, Protocol):
    """UserReads plus the writes of a transaction."""

    async def save_turn(self, state: UserState, events: Iterable[Event], now: datetime) -> None:
        """Store a user's new state (fields starting with "_" are per-turn and left out) and the turn's events."""
        ...

    async def set_status(self, user_id: int, status: str) -> None:
        """Mark a user active, stopped, blocked or invalid."""
        ...

    async def log_event(self, user_id: int, kind: str, data: Mapping[str, Any], now: datetime) -> None:
        """Append one event to a user's log."""
        ...

    async def set_answer(self, user_id: int, name: str, value: Any) -> None:
        """Set one answer of a stored user, keeping the others."""
        ...


# ---- outbox ----------------------------------------------------------------------------------------


class OutboxReads(Protocol):
    """The outbox as committed."""

    async def counts(self, kind: str, ref: str) -> dict[str, int]:
        """How many rows of one campaign (kind, ref) are in each status (statuses with none are left out)."""
        ...

    async def any_due(self, now: datetime) -> bool:
        """True when a pending row is due at `now` (waiting out a backoff or not)."""
        ...

    async def next_retry(self, now: datetime) -> str | None:
        """The earliest `next_try_at` of rows due but waiting out a backoff, or None."""
        ...

    async def pending_reminders(self, user_id: int) -> int:
        """How many reminders wait to go to a user."""
        ...


class Outbox(OutboxReads, Protocol):
    """OutboxReads plus the claims and outcomes of a sender and the producers' inserts."""

    async def recover(self, error: str) -> int:
        """Every row left 'sending' back to 'pending' with `error` noted; returns how many."""
        ...

    async def leased_out(self, now: datetime, holding: Iterable[int], limit: int) -> list[OutboxRow]:
        """Rows left 'sending' whose lease ran out by `now`, oldest first, except those in `holding`."""
        ...

    async def due(self, now: datetime, limit: int) -> list[OutboxRow]:
        """Pending rows due at `now` and not waiting out a backoff, oldest first."""
        ...

    async def note_error(self, item_ids: Iterable[int], error: str) -> None:
        """Record why these rows are handled again (their status unchanged)."""
        ...

    async def skip(self, reasons: Iterable[tuple[int, str]]) -> None:
        """Rows (id, reason) not to be sent: 'skipped'."""
        ...

    async def fail(self, errors: Iterable[tuple[int, str]]) -> None:
        """Rows (id, error) that can never be sent: 'failed'."""
        ...

    async def claim(self, item_ids: Iterable[int], lease_until: datetime) -> None:
        """These rows are being sent: 'sending', one more attempt, held until `lease_until`."""
        ...

    async def release(self, item_ids: Iterable[int]) -> int:
        """Claimed rows never sent back to 'pending', the attempt uncounted; returns how many."""
        ...

    async def mark_sent(self, sent: Iterable[tuple[int, datetime, int | None]]) -> None:
        """Rows (id, when, Telegram message id) confirmed delivered."""
        ...

    async def attempts(self, item_id: int) -> int | None:
        """How many attempts a row has had, or None when there is no such row."""
        ...

    async def retry_at(self, item_id: int, next_try: datetime, error: str) -> None:
        """Back to 'pending' after a transient failure, not to be tried before `next_try`."""
        ...

    async def finish(self, item_id: int, status: str, error: str, *, user_too: bool = False) -> None:
        """Close a row with a final status; with `user_too` its user gets that status (unless they stopped)."""
        ...

    async def cancel_reminders(self, user_id: int) -> None:
        """Cancel every pending reminder of a user."""
        ...

    async def schedule_reminders(self, user_id: int, reminders: Iterable[Reminder]) -> None:
        """Queue reminders; one already queued is updated, one already sent is left as it is."""
        ...

    async def broadcast_to_patients(
        self, broadcast_id: int, clinic_id: int, due_at: datetime, expires_at: datetime, payload: str
    ) -> None:
        """One row of a broadcast for each active patient of the clinic."""
        ...

    async def queue_report(self, staff_id: int, broadcast_id: int, due_at: datetime, payload: str) -> None:
        """A broadcast's delivery report to the staff member who sent it (at most once)."""
        ...


# ---- clinics, staff, patients, broadcasts ------------------------------------------------------------


class ClinicReads(Protocol):
    """Clinics, their staff and patients, and broadcasts, as committed."""

    async def get(self, clinic_id: int) -> Clinic | None:
        """One clinic with its staff, or None."""
        ...

    async def by_code(self, code: str) -> Clinic | None:
        """The clinic an invite code belongs to (without its staff), or None."""
        ...

    async def all(self) -> list[Clinic]:
        """Every clinic with its staff, oldest first."""
        ...

    async def exists(self, clinic_id: int) -> bool:
        """True when there is such a clinic."""
        ...

    async def is_staff(self, clinic_id: int, user_id: int) -> bool:
        """True when the user is staff of that clinic."""
        ...

    async def of_staff(self, user_id: int) -> list[Clinic]:
        """The clinics a user is staff of (without their staff lists), oldest first."""
        ...

    async def patients_of(self, clinic_id: int) -> int:
        """How many of the clinic's patients can be messaged (status active)."""
        ...

    async def broadcast(self, broadcast_id: int) -> Broadcast | None:
        """One broadcast's audit row, or None."""
        ...

    async def delivery_counts(self, broadcast_id: int) -> dict[str, int]:
        """How many of a broadcast's outbox rows are in each status."""
        ...


class Clinics(ClinicReads, Protocol):
    """ClinicReads plus the writes of a transaction."""

    async def create(
        self, name: str, invite_code: str, fever_threshold_c: float | None, staff: Iterable[int], now: datetime
    ) -> int | None:
        """A new clinic and its first staff; its id, or None when the invite code is taken already."""
        ...

    async def add_staff(self, clinic_id: int, user_id: int, now: datetime) -> bool:
        """Make a user staff of a clinic; False when they already were."""
        ...

    async def remove_staff(self, clinic_id: int, user_id: int) -> bool:
        """Take a user off a clinic's staff; False when they were not on it."""
        ...

    async def enrol(self, user_id: int, clinic_id: int) -> bool:
        """Make a stored user a patient of an existing clinic; False when either is missing."""
        ...

    async def record_broadcast(
        self,
        clinic_id: int,
        created_by: int | None,
        now: datetime,
        template: str | None,
        text_en: str,
        text_es: str,
        recipients: int,
    ) -> int:
        """The audit row of a broadcast; its id."""
        ...

    async def finished_broadcasts(self) -> list[FinishedBroadcast]:
        """Broadcasts sent by staff, with no row left to send and no report yet, oldest first."""
        ...

    async def mark_reported(self, broadcast_id: int, now: datetime) -> None:
        """The delivery report of this broadcast is queued."""
        ...


# ---- privacy: erasure, counters, retention, duplicate updates --------------------------------------


class PrivacyReads(Protocol):
    """Counters, what a user has stored, and processed update ids, as committed."""

    async def stats(self) -> dict[str, int]:
        """Every aggregate counter."""
        ...

    async def activity(self, user_id: int) -> tuple[int, str | None]:
        """How many events a user has logged, and when the first was (None when none)."""
        ...

    async def last_seen_update(self) -> int:
        """The highest update id recorded (0 when none)."""
        ...

    async def was_seen(self, update_id: int) -> bool:
        """True when this update id was recorded as processed."""
        ...

    async def event_kinds(self) -> list[str]:
        """Every kind of event in the log."""
        ...


class Privacy(PrivacyReads, Protocol):
    """PrivacyReads plus the writes of a transaction."""

    async def bump(self, counts: Mapping[str, int]) -> None:
        """Add to aggregate counters."""
        ...

    async def erase_user(self, user_id: int) -> Erased:
        """Erase one user's state, events and outbox rows, and their id on broadcasts they created."""
        ...

    async def remember_update(self, update_id: int, now: datetime) -> None:
        """Record a processed update id."""
        ...

    async def prune_events(self, kind: str, before: datetime, limit: int) -> int:
        """Delete up to `limit` events of one kind logged before `before`; returns how many."""
        ...

    async def prune_updates(self, before: datetime) -> int:
        """Forget update ids recorded before `before`; returns how many."""
        ...


# ---- inbox and health --------------------------------------------------------------------------------


class InboxReads(Protocol):
    """Updates taken from Telegram and not yet handled, as committed."""

    async def replies(self, update_id: int) -> str | None:
        """The replies a turn kept for this update (JSON text), or None."""
        ...

    async def left_over(self) -> list[str]:
        """The bodies (JSON text) of updates not yet handled, oldest first."""
        ...


class Inbox(InboxReads, Protocol):
    """InboxReads plus the writes of a transaction."""

    async def add(self, updates: Iterable[tuple[int, str]]) -> None:
        """Keep updates (id, JSON body); one kept already is left as it is."""
        ...

    async def keep_replies(self, update_id: int, replies: str) -> None:
        """Store a turn's replies (JSON text) in its update's row, if it has one."""
        ...

    async def forget_user(self, user_id: int) -> None:
        """Drop every update from or to this user."""
        ...

    async def remove(self, update_ids: Iterable[int]) -> None:
        """Drop handled updates."""
        ...


class Health(Protocol):
    """The health probe's write."""

    async def probe(self, now: datetime) -> None:
        """A small write that proves the database takes writes."""
        ...


# ---- the unit of work and the store ------------------------------------------------------------------


class Transaction(Protocol):
    """One unit of work: every aggregate with its writes; committed whole when the block ends, or not at all."""

    @property
    def users(self) -> Users: ...

    @property
    def outbox(self) -> Outbox: ...

    @property
    def clinics(self) -> Clinics: ...

    @property
    def privacy(self) -> Privacy: ...

    @property
    def inbox(self) -> Inbox: ...

    @property
    def health(self) -> Health: ...

    def after_commit(self, work: Callable[[Storage], Awaitable[None]]) -> None:
        """Run `work(storage)` once this transaction has committed (not after a rollback)."""
        ...


class Storage(Protocol):
    """Where the bot keeps everything: reads of committed data, and transactions for writes."""

    path: Path  # where the data lives, for health checks and messages
    identity: tuple[int, int] | None  # (device, inode) of the file opened, when the backend is a file
    errors: tuple[type[Exception], ...]  # what the backend raises when the database refuses an operation

    @property
    def users(self) -> UserReads: ...

    @property
    def outbox(self) -> OutboxReads: ...

    @property
    def clinics(self) -> ClinicReads: ...

    @property
    def privacy(self) -> PrivacyReads: ...

    @property
    def inbox(self) -> InboxReads: ...

    def transaction(self) -> AbstractAsyncContextManager[Transaction]:
        """A unit of work: `async with store.transaction() as tx:`; one at a time per process."""
        ...

    async def schema_version(self) -> int:
        """The schema version the data is at."""
        ...

    async def ping(self) -> bool:
        """True when the database answers a trivial query."""
        ...

    async def scrub_erased(self) -> bool:
        """Make erased rows unrecoverable from the backend's logs now; False if it must wait."""
        ...

    async def integrity_problems(self) -> str | None:
        """None when the stored data is intact; else the first problems found, in one line."""
        ...

    async def close(self) -> None:
        """Close the store; nothing can be read or written afterwards."""
        ...
