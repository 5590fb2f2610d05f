"""Reminders in the outbox: keep a user's pending reminders in step with their answers.

A new treatment date, type or time zone reschedules what is pending; pausing cancels it. The
plans themselves (what to send, when) are in `bot.plans`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import aiosqlite

from bot.engine import Event, Input, UserState
from bot.plans import PlanEvent, Plans, parse_date, schedule

CHANGED = "reminders_changed"  # the event a flow logs when the schedule must be redone
DATE_FIELDS = ("treatment_date", "treatment", "timezone", "country", "reminders_on")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _payload(event: PlanEvent) -> str:
    body: dict[str, Any] = {"text": {"key": event.text}}
    if event.buttons:
        body["buttons"] = [{"text": {"key": label}, "open": flow} for label, flow in event.buttons]
    return json.dumps(body, sort_keys=True)


async def reschedule(db: aiosqlite.Connection, plans: Plans, state: UserState, now: datetime) -> int:
    """Make the user's pending reminders match their answers; returns how many are now pending.

    Pending reminders are cancelled, then the plan's future events are queued again. One that was
    already sent is never queued twice (the outbox key is the event and the treatment date).
    """
    await db.execute(
        "UPDATE outbox SET status = 'cancelled' WHERE user_id = ? AND kind = 'reminder' AND status = 'pending'",
        (state.user_id,),
    )
    treated = parse_date(state.fields.get("treatment_date"))
    if treated is None or state.fields.get("reminders_on") is not True:
        return 0
    rows = [
        (state.user_id, f"{d.event.id}@{treated.isoformat()}", _iso(d.due_at), _iso(d.expires_at), _payload(d.event))
        for d in schedule(plans, treated, state.fields.get("treatment"), plans.timezone(state.fields))
        if d.due_at > now
    ]
    await db.executemany(
        """
        INSERT INTO outbox (user_id, kind, ref, due_at, expires_at, payload)
        VALUES (?, 'reminder', ?, ?, ?, ?)
        ON CONFLICT (user_id, kind, ref) DO UPDATE SET
            status = 'pending', due_at = excluded.due_at, expires_at = excluded.expires_at,
            payload = excluded.payload, attempts = 0, next_try_at = NULL, last_error = NULL
        WHERE outbox.status IN ('cancelled', 'pending')
        """,
        rows,
    )
    return len(rows)


class ReminderHook:
    """Keeps a user's pending reminders in step with their answers, inside each turn's transaction."""

    def __init__(self, plans: Plans) -> None:
        self.plans = plans

    async def before(self, state: UserState, event: Input, now: datetime) -> None:
        """Remember the answers that drive the schedule, to notice when a turn changes them."""
        state.fields["_schedule_was"] = [state.fields.get(name) for name in DATE_FIELDS]

    async def after(self, db: aiosqlite.Connection, state: UserState, effects: list[Event], now: datetime) -> None:
        """Reschedule when the user's date, treatment, zone or choice changed, or a flow asked to."""
        before = state.fields.get("_schedule_was")
        after = [state.fields.get(name) for name in DATE_FIELDS]
        if any(e.kind == CHANGED for e in effects) or (before is not None and before != after):
            await reschedule(db, self.plans, state, now)
