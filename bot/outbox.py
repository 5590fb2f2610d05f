"""The outbox: every message the bot sends on its own initiative, as rows that survive crashes.

Producers (reminders, broadcasts, reports) only INSERT rows (status 'pending'). The sender owns
everything after that: it claims due rows (pending -> sending), sends them and records the outcome.
A row is 'sending' only while a sender holds it, so after a crash `recover` puts those back:
they are the only messages that may go twice. A claim is also a lease (`lease_until`): a running
sender takes back rows whose lease ran out (their sender is gone) without waiting for a restart.

Timestamps are UTC ISO 8601 strings. Producers write whole seconds ("...T15:00:00+00:00"); the
sender compares against milliseconds ("...T15:00:00.250+00:00"), which still orders correctly as
text (at equal seconds "+" sorts before "."), so sub-second backoff works without a schema change.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.engine import OPEN_PREFIX, ButtonView, Engine, UserState
from bot.store import Store, json_object

log = logging.getLogger(__name__)

STATUSES = ("pending", "sending", "sent", "skipped", "cancelled", "blocked", "invalid", "failed")
FINAL_STATUSES = frozenset(STATUSES) - {"pending", "sending"}
RETRY_BASE = 2.0  # seconds before the first retry; doubles with every attempt
RETRY_CAP = 300.0  # never wait more than this between two attempts
INTERRUPTED = "interrupted: the bot stopped while sending; it may have been delivered"
LEASE_EXPIRED = "lease expired: claimed but never recorded; it may have been delivered"
# How long a claim holds a row. A running sender never takes back its own rows however long they
# wait (it excludes the ids it holds); the lease only frees rows whose sender is gone.
LEASE = timedelta(minutes=5)
# Why a row is skipped instead of sent, by the user's delivery status.
SKIP_REASONS = {
    "stopped": "user stopped messages",
    "blocked": "user blocked the bot",
    "invalid": "chat not found",
    None: "unknown user",
}


class PayloadError(ValueError):
    """A payload does not follow the contract; the message says what is wrong."""


@dataclass(frozen=True)
class OutboxItem:
    """One claimed row, with what the sender needs to render it for its user right now."""

    id: int
    user_id: int
    kind: str
    ref: str
    payload: dict[str, Any]
    attempts: int  # including the one this claim starts
    due_at: str
    expires_at: str | None
    language: str
    fields: dict[str, Any] = field(default_factory=dict)


def iso(moment: datetime, timespec: str = "seconds") -> str:
    """A UTC ISO 8601 string as the outbox stores it (naive datetimes are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec=timespec)


def _now(moment: datetime) -> str:
    return iso(moment, "milliseconds")


def backoff(attempts: int, base: float = RETRY_BASE, cap: float = RETRY_CAP) -> float:
    """Seconds to wait after the `attempts`-th failed attempt: base, 2*base, 4*base... up to cap."""
    return float(min(cap, base * 2 ** max(0, attempts - 1)))


async def recover(store: Store) -> int:
    """Put rows a crashed run left in 'sending' back to 'pending'; returns how many (they may go twice)."""
    async with store.transaction() as db:
        cursor = await db.execute(
            "UPDATE outbox SET status = 'pending', last_error = ? WHERE status = 'sending'", (INTERRUPTED,)
        )
        return cursor.rowcount


async def claim_due(store: Store, now: datetime, limit: int) -> list[OutboxItem]:
    """Atomically move up to `limit` due rows to 'sending' and return them; skips rows that must not go."""
    claimed, _skipped, _failed = await claim(store, now, limit)
    return claimed


_CLAIM_COLUMNS = """
    SELECT o.id, o.user_id, o.kind, o.ref, o.payload, o.attempts, o.due_at, o.expires_at,
           u.language, u.fields, u.status
    FROM outbox AS o LEFT JOIN users AS u ON u.user_id = o.user_id
"""


async def claim(
    store: Store,
    now: datetime,
    limit: int,
    *,
    lease: timedelta = LEASE,
    reclaim: bool = False,
    holding: Iterable[int] = (),
) -> tuple[list[OutboxItem], int, int]:
    """claim_due, also returning how many rows it skipped (users not active, expired) and failed (bad JSON).

    With `reclaim`, rows left 'sending' by a claim whose lease ran out are taken first (they are
    the oldest work); `holding` lists the rows this sender still has in hand, never taken back.
    """
    if limit <= 0:
        return [], 0, 0
    at = _now(now)
    claimed: list[OutboxItem] = []
    skipped: list[tuple[str, int]] = []
    broken: list[tuple[str, int]] = []
    async with store.transaction() as db:
        rows = []
        if reclaim:
            # Few rows are ever 'sending', so this is a short range of the outbox_due index.
            rows = await db.execute_fetchall(
                _CLAIM_COLUMNS
                + """
                WHERE o.status = 'sending' AND (o.lease_until IS NULL OR o.lease_until <= ?)
                  AND o.id NOT IN (SELECT value FROM json_each(?))
                ORDER BY o.due_at, o.id
                LIMIT ?
                """,
                (at, json.dumps(sorted(holding)), limit),
            )
        expired = [row[0] for row in rows]
        if len(rows) < limit:
            # outbox_due (status, due_at) serves both the filter and the order; ids break ties in it.
            rows += await db.execute_fetchall(
                _CLAIM_COLUMNS
                + """
                WHERE o.status = 'pending' AND o.due_at <= ? AND (o.next_try_at IS NULL OR o.next_try_at <= ?)
                ORDER BY o.due_at, o.id
                LIMIT ?
                """,
                (at, at, limit - len(rows)),
            )
        if expired:
            log.warning("%d outbox row(s) outlived their claim; claiming them again (they may go twice)", len(expired))
            await db.executemany("UPDATE outbox SET last_error = ? WHERE id = ?", [(LEASE_EXPIRED, i) for i in expired])
        for row_id, user_id, kind, ref, payload, attempts, due_at, expires_at, language, fields, status in rows:
            if status != "active":
                skipped.append((SKIP_REASONS.get(status, f"user status is {status}"), row_id))
                continue
            if expires_at is not None and expires_at <= at:
                skipped.append(("expired", row_id))  # missed its grace window (e.g. the bot was down)
                continue
            try:
                parsed = json.loads(payload)
                if not isinstance(parsed, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                broken.append((f"bad payload: {exc}", row_id))
                continue
            claimed.append(
                OutboxItem(
                    id=row_id,
                    user_id=user_id,
                    kind=kind,
                    ref=ref,
                    payload=parsed,
                    attempts=attempts + 1,
                    due_at=due_at,
                    expires_at=expires_at,
                    language=language or "en",
                    fields=json_object(fields),
                )
            )
        if skipped:
            await db.executemany(
                "UPDATE outbox SET status = 'skipped', last_error = ?, next_try_at = NULL WHERE id = ?", skipped
            )
        if broken:
            await db.executemany("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ?", broken)
        if claimed:
            until = _now(now + lease)
            await db.executemany(
                "UPDATE outbox SET status = 'sending', attempts = attempts + 1, lease_until = ? WHERE id = ?",
                [(until, item.id) for item in claimed],
            )
    return claimed, len(skipped), len(broken)


async def release(store: Store, item_ids: Iterable[int]) -> int:
    """Give claimed rows that were never sent back to 'pending', uncounting the attempt; returns how many."""
    ids = [(i,) for i in item_ids]
    if not ids:
        return 0
    async with store.transaction() as db:
        cursor = await db.executemany(
            "UPDATE outbox SET status = 'pending', attempts = MAX(0, attempts - 1) WHERE id = ? AND status = 'sending'",
            ids,
        )
        return cursor.rowcount


async def mark_sent(store: Store, item_id: int, now: datetime, message_id: int | None) -> None:
    """Telegram confirmed the message: record when and its message id."""
    await mark_sent_many(store, [(item_id, now, message_id)])


async def mark_sent_many(store: Store, sent: Iterable[tuple[int, datetime, int | None]]) -> None:
    """mark_sent for several rows (item id, when, message id) in one transaction: the sender's hot path."""
    rows = [(iso(now), message_id, item_id) for item_id, now, message_id in sent]
    if not rows:
        return
    async with store.transaction() as db:
        await db.executemany(
            "UPDATE outbox SET status = 'sent', sent_at = ?, message_id = ?, next_try_at = NULL WHERE id = ?", rows
        )


async def mark_retry(
    store: Store, item_id: int, now: datetime, error: str, *, base: float = RETRY_BASE, cap: float = RETRY_CAP
) -> datetime:
    """Back to 'pending' after a transient failure, due again after a bounded exponential backoff."""
    async with store.transaction() as db:
        rows = await db.execute_fetchall("SELECT attempts FROM outbox WHERE id = ?", (item_id,))
        row = next(iter(rows), None)
        attempts = int(row[0]) if row else 1
        next_try = now + timedelta(seconds=backoff(attempts, base, cap))
        await db.execute(
            "UPDATE outbox SET status = 'pending', next_try_at = ?, last_error = ? WHERE id = ?",
            (_now(next_try), error, item_id),
        )
    return next_try


async def mark_failed(store: Store, item_id: int, error: str) -> None:
    """Gave up on this row; the error is kept for the delivery report."""
    await _finish(store, item_id, "failed", error)


async def mark_skipped(store: Store, item_id: int, reason: str) -> None:
    """Not sent on purpose (e.g. the user stopped messages while it waited to go out)."""
    await _finish(store, item_id, "skipped", reason)


async def mark_blocked(store: Store, item_id: int, error: str) -> None:
    """Telegram said Forbidden: record it and skip this user from now on."""
    await _finish_for_user(store, item_id, "blocked", error)


async def mark_invalid(store: Store, item_id: int, error: str) -> None:
    """Telegram said the chat does not exist: record it and never try this user again."""
    await _finish_for_user(store, item_id, "invalid", error)


async def _finish_for_user(store: Store, item_id: int, status: str, error: str) -> None:
    """Close the row and mark its user with the same status, in one transaction."""
    async with store.transaction() as db:
        await _set_final(db, item_id, status, error)
        # A user who said STOP stays 'stopped': that is the stronger wish (only START lifts it).
        await db.execute(
            "UPDATE users SET status = ? WHERE user_id = (SELECT user_id FROM outbox WHERE id = ?) "
            "AND status != 'stopped'",
            (status, item_id),
        )


async def _finish(store: Store, item_id: int, status: str, error: str) -> None:
    async with store.transaction() as db:
        await _set_final(db, item_id, status, error)


async def _set_final(db: Any, item_id: int, status: str, error: str) -> None:
    await db.execute(
        "UPDATE outbox SET status = ?, last_error = ?, next_try_at = NULL WHERE id = ?", (status, error, item_id)
    )


async def counts(store: Store, kind: str, ref: str) -> dict[str, int]:
    """How many rows of one campaign (kind, ref) are in each status; every status is present."""
    result = dict.fromkeys(STATUSES, 0)
    rows = await store.db.execute_fetchall(
        "SELECT status, COUNT(*) FROM outbox WHERE kind = ? AND ref = ? GROUP BY status", (kind, str(ref))
    )
    for status, n in rows:
        result[status] = int(n)
    return result


async def next_retry(store: Store, now: datetime) -> datetime | None:
    """When the earliest row that is due but waiting out a backoff may be tried again, if any."""
    at = _now(now)
    rows = await store.db.execute_fetchall(
        "SELECT MIN(next_try_at) FROM outbox WHERE status = 'pending' AND due_at <= ? AND next_try_at > ?", (at, at)
    )
    row = next(iter(rows), None)
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def render(
    engine: Engine,
    payload: dict[str, Any],
    language: str,
    fields: dict[str, Any],
    *,
    user_id: int = 0,
    now: datetime | None = None,
) -> tuple[str, list[ButtonView]]:
    """The message a payload becomes for one user: text and buttons in their current language."""
    if "text" not in payload:
        raise PayloadError("payload has no 'text'")
    values: dict[str, Any] = {k: v for k, v in fields.items() if not k.startswith("_")}
    if _has_placeholders(engine, payload, language):
        # The engine's own placeholders ({emergency_number}, ...) work in outbox texts as in flows.
        state = UserState(user_id=user_id, language=language, fields=dict(fields))
        values.update(engine.computed(state, now or datetime.now(UTC)))
        values.update({k: v for k, v in fields.items() if not k.startswith("_")})
    text = _render_text(engine, payload["text"], language, values)
    if not text.strip():
        raise PayloadError("the text is empty")
    buttons: list[ButtonView] = []
    for spec in payload.get("buttons") or []:
        if not isinstance(spec, dict) or not spec.get("open") or "text" not in spec:
            raise PayloadError(f"a button needs 'text' and 'open': {spec!r}")
        flow = str(spec["open"])
        if flow not in engine.entry_flows:
            # Pressing it would only say "no longer available"; better no button than a broken one.
            log.warning("outbox button opens unknown flow %r; left out", flow)
            continue
        buttons.append(ButtonView(_render_text(engine, spec["text"], language, values), OPEN_PREFIX + flow))
    return text, buttons


def _has_placeholders(engine: Engine, payload: dict[str, Any], language: str) -> bool:
    specs = [payload.get("text"), *(b.get("text") for b in payload.get("buttons") or [] if isinstance(b, dict))]
    return any(
        isinstance(spec, dict) and "key" in spec and "{" in engine.content.text(str(spec["key"]), language)
        for spec in specs
    )


def _render_text(engine: Engine, spec: Any, language: str, values: dict[str, Any]) -> str:
    """{"key": k} is a locale text with placeholders; {"en": ..., "es": ...} is literal, used as written."""
    if isinstance(spec, str):
        return spec
    if not isinstance(spec, dict) or not spec:
        raise PayloadError(f"a text must be {{'key': ...}} or {{'en': ..., 'es': ...}}, not {spec!r}")
    if "key" in spec:
        return engine.text(str(spec["key"]), language, values)
    # Literal texts come from people (staff); braces in them are theirs, not placeholders.
    for candidate in (language, "en", *spec):
        if spec.get(candidate):
            return str(spec[candidate])
    raise PayloadError(f"no text in {spec!r}")
