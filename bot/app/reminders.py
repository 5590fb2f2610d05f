"""Reminders in the outbox: keep a user's pending reminders in step with their answers.

A new treatment date, type or time zone reschedules what is pending; pausing cancels it. The
plans themselves (what to send, when) are in `bot.core.plans`.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.core.engine import Event, Input, UserState
from bot.core.plans import PlanEvent, Plans, parse_date, schedule
from bot.storage.base import Reminder, Transaction

CHANGED = "reminders_changed"  # the event a flow logs when the schedule must be redone
DATE_FIELDS = ("treatment_date", "treatment", "timezone", "country", "reminders_on")


def _payload(event: PlanEvent) -> str:
    body: dict[str, Any] = {"text": {"key": event.text}}
    if event.buttons:
        body["buttons"] = [{"text": {"key": label}, "open": flow} for label, flow in event.buttons]
    return json.dumps(body, sort_keys=True)


async def reschedule(tx: Transaction, plans: Plans, state: UserState, now: datetime) -> int:
    """Make the user's pending reminders match their answers; returns how many are now pending.

    Pending reminders are cancelled, then the plan's future events are queued again. One that was
    already sent is never queued twice (the outbox key is the event and the treatment date).
    """
    await tx.outbox.cancel_reminders(state.user_id)
    treated = parse_date(state.fields.get("treatment_date"))
    if treated is None or state.fields.get("reminders_on") is not True:
        return 0
    reminders = [
        Reminder(f"{d.event.id}@{treated.isoformat()}", d.due_at, d.expires_at, _payload(d.event))
        for d in schedule(plans, treated, state.fields.get("treatment"), plans.timezone(state.fields))
        if d.due_at > now
    ]
    await tx.outbox.schedule_reminders(state.user_id, reminders)
    return len(reminders)


class ReminderHook:
    """Keeps a user's pending reminders in step with their answers, inside each turn's transaction."""

    def __init__(self, plans: Plans) -> None:
        self.plans = plans

    async def before(self, state: UserState, event: Input, now: datetime) -> None:
        """Remember the answers that drive the schedule, to notice when a turn changes them."""
        state.fields["_schedule_was"] = [state.fields.get(name) for name in DATE_FIELDS]

    async def after(self, tx: Transaction, state: UserState, effects: list[Event], now: datetime) -> None:
        """Reschedule when the user's date, treatment, zone or choice changed, or a flow asked to."""
        before = state.fields.get("_schedule_was")
        after = [state.fields.get(name) for name in DATE_FIELDS]
        if any(e.kind == CHANGED for e in effects) or (before is not None and before != after):
            await reschedule(tx, self.plans, state, now)
