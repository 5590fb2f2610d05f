"""The outbox: every message the bot sends on its own initiative, as rows that survive crashes.

Producers (reminders, broadcasts, reports) only add rows (status 'pending'). The sender owns
everything after that: it claims due rows (pending -> sending), sends them and records the outcome.
A row is 'sending' only while a sender holds it, so after a crash `recover` puts those back:
they are the only messages that may go twice. A claim is also a lease (`lease_until`): a running
sender takes back rows whose lease ran out (their sender is gone) without waiting for a restart.

Timestamps are UTC ISO 8601 strings from `bot.core.timestamps`. Producers write whole seconds
("...T15:00:00+00:00"); the sender compares against milliseconds ("...T15:00:00.250+00:00"), which
still orders correctly as text (at equal seconds "+" sorts before "."), so sub-second backoff works
without a schema change. The queries themselves are the storage's (`bot.storage.base.Outbox`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.core import timestamps
from bot.core.engine import OPEN_PREFIX, ButtonView, Engine, UserState
from bot.storage.base import Storage

log = logging.getLogger(__name__)

STATUSES = ("pending", "sending", "sent", "skipped", "cancelled", "blocked", "invalid", "failed")
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


def iso(moment: datetime, timespec: timestamps.Precision = "seconds") -> str:
    """A UTC ISO 8601 string as the outbox stores it (naive datetimes are taken as UTC)."""
    return timestamps.encode(moment, timespec)


def _now(moment: datetime) -> str:
    return iso(moment, "milliseconds")


def backoff(attempts: int, base: float = RETRY_BASE, cap: float = RETRY_CAP) -> float:
    """Seconds to wait after the `attempts`-th failed attempt: base, 2*base, 4*base... up to cap."""
    return float(min(cap, base * 2 ** max(0, attempts - 1)))


async def recover(store: Storage) -> int:
    """Put rows a crashed run left in 'sending' back to 'pending'; returns how many (they may go twice)."""
    async with store.transaction() as tx:
        return await tx.outbox.recover(INTERRUPTED)


async def claim_due(store: Storage, now: datetime, limit: int) -> list[OutboxItem]:
    """Atomically move up to `limit` due rows to 'sending' and return them; skips rows that must not go."""
    claimed, _skipped, _failed = await claim(store, now, limit)
    return claimed


async def claim(
    store: Storage,
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
    skipped: list[tuple[int, str]] = []
    broken: list[tuple[int, str]] = []
    async with store.transaction() as tx:
        rows = await tx.outbox.leased_out(now, holding, limit) if reclaim else []
        expired = [row.id for row in rows]
        if len(rows) < limit:
            rows += await tx.outbox.due(now, limit - len(rows))
        if expired:
            log.warning("%d outbox row(s) outlived their claim; claiming them again (they may go twice)", len(expired))
            await tx.outbox.note_error(expired, LEASE_EXPIRED)
        for row in rows:
            if row.status != "active":
                skipped.append((row.id, SKIP_REASONS.get(row.status, f"user status is {row.status}")))
                continue
            if row.expires_at is not None and row.expires_at <= at:
                skipped.append((row.id, "expired"))  # missed its grace window (e.g. the bot was down)
                continue
            try:
                parsed = json.loads(row.payload)
                if not isinstance(parsed, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                broken.append((row.id, f"bad payload: {exc}"))
                continue
            claimed.append(
                OutboxItem(
                    id=row.id,
                    user_id=row.user_id,
                    kind=row.kind,
                    ref=row.ref,
                    payload=parsed,
                    attempts=row.attempts + 1,
                    due_at=row.due_at,
                    expires_at=row.expires_at,
                    language=row.language or "en",
                    fields=row.fields,
                )
            )
        await tx.outbox.skip(skipped)
        await tx.outbox.fail(broken)
        await tx.outbox.claim([item.id for item in claimed], now + lease)
    return claimed, len(skipped), len(broken)


async def release(store: Storage, item_ids: Iterable[int]) -> int:
    """Give claimed rows that were never sent back to 'pending', uncounting the attempt; returns how many."""
    ids = list(item_ids)
    if not ids:
        return 0
    async with store.transaction() as tx:
        return await tx.outbox.release(ids)


async def mark_sent(store: Storage, item_id: int, now: datetime, message_id: int | None) -> None:
    """Telegram confirmed the message: record when and its message id."""
    await mark_sent_many(store, [(item_id, now, message_id)])


async def mark_sent_many(store: Storage, sent: Iterable[tuple[int, datetime, int | None]]) -> None:
    """mark_sent for several rows (item id, when, message id) in one transaction: the sender's hot path."""
    rows = list(sent)
    if not rows:
        return
    async with store.transaction() as tx:
        await tx.outbox.mark_sent(rows)


async def mark_retry(
    store: Storage, item_id: int, now: datetime, error: str, *, base: float = RETRY_BASE, cap: float = RETRY_CAP
) -> datetime:
    """Back to 'pending' after a transient failure, due again after a bounded exponential backoff."""
    async with store.transaction() as tx:
        attempts = await tx.outbox.attempts(item_id)
        next_try = now + timedelta(seconds=backoff(attempts if attempts is not None else 1, base, cap))
        await tx.outbox.retry_at(item_id, next_try, error)
    return next_try


async def mark_failed(store: Storage, item_id: int, error: str) -> None:
    """Gave up on this row; the error is kept for the delivery report."""
    await _finish(store, item_id, "failed", error)


async def mark_skipped(store: Storage, item_id: int, reason: str) -> None:
    """Not sent on purpose (e.g. the user stopped messages while it waited to go out)."""
    await _finish(store, item_id, "skipped", reason)


async def mark_blocked(store: Storage, item_id: int, error: str) -> None:
    """Telegram said Forbidden: record it and skip this user from now on."""
    await _finish(store, item_id, "blocked", error, user_too=True)


async def mark_invalid(store: Storage, item_id: int, error: str) -> None:
    """Telegram said the chat does not exist: record it and never try this user again."""
    await _finish(store, item_id, "invalid", error, user_too=True)


async def _finish(store: Storage, item_id: int, status: str, error: str, *, user_too: bool = False) -> None:
    """Close the row (and, with `user_too`, mark its user with the same status) in one transaction."""
    async with store.transaction() as tx:
        await tx.outbox.finish(item_id, status, error, user_too=user_too)


async def counts(store: Storage, kind: str, ref: str) -> dict[str, int]:
    """How many rows of one campaign (kind, ref) are in each status; every status is present."""
    return dict.fromkeys(STATUSES, 0) | await store.outbox.counts(kind, str(ref))


async def any_due(store: Storage, now: datetime) -> bool:
    """True when a pending row is due now (the sender's check for work)."""
    return await store.outbox.any_due(now)


async def next_retry(store: Storage, now: datetime) -> datetime | None:
    """When the earliest row that is due but waiting out a backoff may be tried again, if any."""
    found = await store.outbox.next_retry(now)
    return timestamps.decode(found) if found else None


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
        values.update(engine.computed(state, now or timestamps.now()))
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
