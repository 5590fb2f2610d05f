"""Clinics, their staff and their broadcasts.

A clinic has a name, staff (recognised by Telegram id) and an unguessable invite code; a
patient joins by opening the clinic's deep link (`/start <code>`). Staff broadcast to the
clinic's active patients, and only to them: a broadcast is an audit row plus one outbox row
per recipient, and the sender does the rest. When every row of a broadcast is final, the staff
member who sent it gets a delivery report.

The records, invite codes, fever thresholds and broadcast templates are in `bot.core.clinic_config`
(pure, re-exported here); the queries are the storage's (`bot.storage.base.Clinics`).
"""

from __future__ import annotations

import json
import string
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from bot.core import timestamps
from bot.core.clinic_config import (
    BROADCAST_FLOW,
    CODE_KEYS,
    INVITE_CODE,
    MAX_FEVER_THRESHOLD_C,
    REPORT_KEY,
    Broadcast,
    Clinic,
    ClinicError,
    Template,
    check_fever_threshold,
    check_user_id,
    deep_link,
    load_templates,
    new_invite_code,
    used_keys,
)
from bot.core.content import LANGUAGES, Content
from bot.core.engine import Command, Event, Input, UserState
from bot.core.yamlfile import suggest
from bot.storage.base import ClinicReads, Storage, Transaction

# Re-exported: the clinic feature's names, wherever they are defined.
__all__ = [
    "BROADCAST_EXPIRY",
    "CODE_KEYS",
    "CONFIRMED",
    "INVITE_CODE",
    "Broadcast",
    "Clinic",
    "ClinicError",
    "ClinicHook",
    "Template",
    "add_staff",
    "clinic_by_code",
    "count_patients",
    "create_broadcast",
    "create_clinic",
    "deep_link",
    "delivery_counts",
    "get_broadcast",
    "get_clinic",
    "is_staff",
    "join",
    "join_clinic",
    "list_clinics",
    "load_templates",
    "queue_broadcast",
    "remove_staff",
    "render",
    "report_finished",
    "reporter",
    "staff_clinics",
    "summarise",
    "used_keys",
]

CONFIRMED = "broadcast_confirmed"  # the event the broadcast flow logs when staff press Send
# A clinic message that could not go out within two days (the bot was down) is stale: "we are
# closed tomorrow" must not arrive next week. The sender skips it and the report says so.
BROADCAST_EXPIRY = timedelta(days=2)
MAX_TEXT = 4000  # under Telegram's 4096, leaving room for nothing else to be added
# Per-turn fields the hook adds for staff (never stored: they start with "_").
STAFF_FIELDS = ("_staff_clinic_id", "_staff_clinic_name", "_recipients")
JOIN_FIELD = "_join_clinic_id"
# The answer that records, when a broadcast begins, the clinic its preview and Send are for.
CLINIC_ANSWER = "broadcast_clinic_id"

# Reads take the store (committed data) or a transaction (inside it, under its write lock).
Source = Storage | Transaction


def _reads(source: Source) -> ClinicReads:
    return source.clinics


def _now(now: datetime | None) -> datetime:
    return now or timestamps.now()


# ---- clinics and staff ---------------------------------------------------------------------------


async def create_clinic(
    store: Storage,
    name: str,
    *,
    staff: tuple[int, ...] | list[int] = (),
    fever_threshold_c: float | None = None,
    now: datetime | None = None,
) -> Clinic:
    """Create a clinic with a fresh invite code and its first staff members."""
    name = name.strip()
    if not name:
        raise ClinicError("A clinic needs a name.")
    for user_id in staff:
        check_user_id(user_id)
    if fever_threshold_c is not None:
        check_fever_threshold(fever_threshold_c)
    moment = _now(now)
    for _ in range(5):  # a repeated 128-bit code is practically impossible; retry rather than fail
        code = new_invite_code()
        async with store.transaction() as tx:
            clinic_id = await tx.clinics.create(name, code, fever_threshold_c, staff, moment)
        if clinic_id is None:
            continue
        return Clinic(clinic_id, name, code, fever_threshold_c, timestamps.encode(moment), tuple(sorted(set(staff))))
    raise ClinicError("Could not create a unique invite code; try again.")


async def get_clinic(source: Source, clinic_id: int) -> Clinic | None:
    """One clinic with its staff, or None."""
    return await _reads(source).get(clinic_id)


async def clinic_by_code(source: Source, code: str) -> Clinic | None:
    """The clinic an invite code belongs to, or None (also for anything that is not a valid code)."""
    return await _reads(source).by_code(code)


async def list_clinics(source: Source) -> list[Clinic]:
    """Every clinic with its staff, oldest first."""
    return await _reads(source).all()


async def _require_clinic(tx: Transaction, clinic_id: int) -> None:
    if not await tx.clinics.exists(clinic_id):
        raise ClinicError(f"There is no clinic {clinic_id}; `cuida clinic list` shows them.")


async def add_staff(store: Storage, clinic_id: int, user_id: int, now: datetime | None = None) -> bool:
    """Make a Telegram user staff of a clinic; False when they already were."""
    check_user_id(user_id)
    async with store.transaction() as tx:
        await _require_clinic(tx, clinic_id)
        return await tx.clinics.add_staff(clinic_id, user_id, _now(now))


async def remove_staff(store: Storage, clinic_id: int, user_id: int) -> bool:
    """Take a user off a clinic's staff; False when they were not on it."""
    async with store.transaction() as tx:
        await _require_clinic(tx, clinic_id)
        return await tx.clinics.remove_staff(clinic_id, user_id)


async def is_staff(source: Source, clinic_id: int, user_id: int) -> bool:
    """True when the user is, right now, staff of that clinic."""
    return await _reads(source).is_staff(clinic_id, user_id)


async def staff_clinics(source: Source, user_id: int) -> list[Clinic]:
    """The clinics a user is staff of, oldest first."""
    return await _reads(source).of_staff(user_id)


async def count_patients(source: Source, clinic_id: int) -> int:
    """How many of the clinic's patients can be messaged (joined, and not stopped, blocked or invalid)."""
    return await _reads(source).patients_of(clinic_id)


async def join(tx: Transaction, user_id: int, clinic_id: int, now: datetime) -> bool:
    """Record that a known user is a patient of a clinic (inside the caller's transaction)."""
    if not await tx.clinics.enrol(user_id, clinic_id):
        return False
    await tx.users.log_event(user_id, "clinic_joined", {"clinic_id": clinic_id}, now)
    return True


async def join_clinic(store: Storage, user_id: int, code: str, now: datetime | None = None) -> Clinic | None:
    """Make a known user a patient of the clinic whose invite code this is; None for a wrong code."""
    clinic = await clinic_by_code(store, code)
    if clinic is None:
        return None
    async with store.transaction() as tx:
        joined = await join(tx, user_id, clinic.id, _now(now))
    return clinic if joined else None


# ---- broadcasts ------------------------------------------------------------------------------------


def _payload(content: Content, template: str | None, text_en: str, text_es: str) -> dict[str, Any]:
    """The outbox payload: the template's locale key (rendered in each patient's language), or both texts."""
    if template is None:
        return {"text": {"en": text_en, "es": text_es}}
    found = content.templates[template]
    body: dict[str, Any] = {"text": {"key": found.text}}
    if found.buttons:
        body["buttons"] = [{"text": {"key": label}, "open": flow} for label, flow in found.buttons]
    return body


def _texts(
    content: Content, template: str | None, text_en: str | None, text_es: str | None
) -> tuple[str | None, str, str]:
    """Validate what is sent; returns (template, English text, Spanish text) for the audit row."""
    if template:
        found = content.templates.get(template)
        if found is None:
            known = ", ".join(sorted(content.templates)) or "none"
            raise ClinicError(
                f"There is no broadcast template '{template}'{suggest(template, content.templates)}; known: {known}."
            )
        return template, content.text(found.text, "en"), content.text(found.text, "es")
    texts = [(text_en or "").strip(), (text_es or "").strip()]
    if not all(texts):
        raise ClinicError("A written broadcast needs both an English and a Spanish text.")
    if any(len(t) > MAX_TEXT for t in texts):
        raise ClinicError(f"A broadcast text must be at most {MAX_TEXT} characters.")
    return None, texts[0], texts[1]


async def queue_broadcast(
    tx: Transaction,
    content: Content,
    clinic_id: int,
    *,
    created_by: int | None,
    template: str | None = None,
    text_en: str | None = None,
    text_es: str | None = None,
    now: datetime,
) -> Broadcast:
    """Inside the caller's transaction: the audit row, one outbox row per active patient, one event."""
    template, en, es = _texts(content, template, text_en, text_es)
    await _require_clinic(tx, clinic_id)
    recipients = await tx.clinics.patients_of(clinic_id)  # the write lock is held: this is the set inserted
    broadcast_id = await tx.clinics.record_broadcast(clinic_id, created_by, now, template, en, es, recipients)
    payload = json.dumps(_payload(content, template, en, es), ensure_ascii=False, sort_keys=True)
    await tx.outbox.broadcast_to_patients(broadcast_id, clinic_id, now, now + BROADCAST_EXPIRY, payload)
    await tx.users.log_event(
        created_by or 0,  # 0: the command line, not a Telegram user
        "broadcast_created",
        {"broadcast_id": broadcast_id, "clinic_id": clinic_id, "template": template, "recipients": recipients},
        now,
    )
    return Broadcast(broadcast_id, clinic_id, created_by, timestamps.encode(now), template, en, es, recipients)


async def create_broadcast(
    store: Storage,
    content: Content,
    clinic_id: int,
    *,
    created_by: int | None = None,
    template: str | None = None,
    text_en: str | None = None,
    text_es: str | None = None,
    now: datetime | None = None,
) -> Broadcast:
    """Queue a broadcast to a clinic's active patients: a template key, or a text in each language."""
    async with store.transaction() as tx:
        return await queue_broadcast(
            tx,
            content,
            clinic_id,
            created_by=created_by,
            template=template,
            text_en=text_en,
            text_es=text_es,
            now=_now(now),
        )


async def get_broadcast(source: Source, broadcast_id: int) -> Broadcast | None:
    """One broadcast's audit row, or None."""
    return await _reads(source).broadcast(broadcast_id)


async def delivery_counts(source: Source, broadcast_id: int) -> dict[str, int]:
    """How many of a broadcast's outbox rows are in each status."""
    return await _reads(source).delivery_counts(broadcast_id)


def summarise(counts: dict[str, int]) -> dict[str, int]:
    """Statuses grouped as the report shows them: sent, blocked, failed, skipped, and still to go."""
    return {
        "sent": counts.get("sent", 0),
        "blocked": counts.get("blocked", 0) + counts.get("invalid", 0),
        "failed": counts.get("failed", 0),
        "skipped": counts.get("skipped", 0) + counts.get("cancelled", 0),
        "pending": counts.get("pending", 0) + counts.get("sending", 0),
        "total": sum(counts.values()),
    }


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(content: Content, key: str, language: str, values: dict[str, Any]) -> str:
    """A locale text with placeholders filled (unknown ones left as they are)."""
    raw = content.text(key, language)
    try:
        return string.Formatter().vformat(raw, (), _Missing(values))
    except (ValueError, IndexError):
        return raw


async def report_finished(store: Storage, now: datetime, content: Content) -> int:
    """Queue a delivery report to the staff member behind each finished broadcast; returns how many.

    A broadcast is finished when none of its rows is pending or sending. Marking it reported in
    the same transaction as queuing the report means each report is queued exactly once.
    """
    queued = 0
    async with store.transaction() as tx:
        for finished in await tx.clinics.finished_broadcasts():
            values: dict[str, Any] = {
                "clinic": finished.clinic_name,
                "date": timestamps.decode(finished.created_at).strftime("%d/%m %H:%M UTC"),
                **summarise(await tx.clinics.delivery_counts(finished.id)),
            }
            payload = {"text": {lang: render(content, REPORT_KEY, lang, values) for lang in LANGUAGES}}
            await tx.clinics.mark_reported(finished.id, now)
            await tx.outbox.queue_report(
                finished.created_by, finished.id, now, json.dumps(payload, ensure_ascii=False, sort_keys=True)
            )
            queued += 1
    return queued


def reporter(content: Content) -> Callable[[Storage, datetime], Awaitable[None]]:
    """`report_finished` with the content bound: a sender's `after_batch` callback."""

    async def report(store: Storage, now: datetime) -> None:
        await report_finished(store, now, content)

    return report


# ---- the turn hook ---------------------------------------------------------------------------------


class ClinicHook:
    """Joins patients through invite links, tells flows who is staff, and queues confirmed broadcasts."""

    def __init__(self, store: Storage, content: Content) -> None:
        self.store = store
        self.content = content

    async def before(self, state: UserState, event: Input, now: datetime) -> None:
        """Join a clinic on `/start <code>`; add the staff facts the broadcast flow branches on."""
        for name in (*STAFF_FIELDS, JOIN_FIELD):
            state.fields.pop(name, None)
        if isinstance(event, Command) and event.name.lower() == "start" and event.args.strip():
            clinic = await clinic_by_code(self.store, event.args.strip())
            if clinic is not None:
                state.fields["clinic_name"] = clinic.name
                # The clinic's own fever threshold drives the warning-sign check; another clinic's must not linger.
                if clinic.fever_threshold_c is not None:
                    # A row written before the cap may hold more: the patient never gets more than the cap.
                    state.fields["fever_threshold_c"] = min(clinic.fever_threshold_c, MAX_FEVER_THRESHOLD_C)
                else:
                    state.fields.pop("fever_threshold_c", None)
                state.fields[JOIN_FIELD] = clinic.id
        recorded = state.answers.get(CLINIC_ANSWER) if state.flow == BROADCAST_FLOW else None
        if isinstance(recorded, int) and not isinstance(recorded, bool):
            # A broadcast under way goes to the clinic its preview named, whoever the staff member
            # works for now; if they are no longer its staff, Send is refused (no `_staff_clinic_id`),
            # and the texts still name that clinic instead of showing a raw placeholder.
            clinic = await get_clinic(self.store, recorded)
            if clinic is not None:
                if await is_staff(self.store, clinic.id, state.user_id):
                    state.fields["_staff_clinic_id"] = clinic.id
                state.fields["_staff_clinic_name"] = clinic.name
                state.fields["_recipients"] = await count_patients(self.store, clinic.id)
                return
        clinics = await staff_clinics(self.store, state.user_id)
        if clinics:
            # Staff of several clinics broadcast for the first one; the CLI reaches any of them.
            clinic = clinics[0]
            state.fields["_staff_clinic_id"] = clinic.id
            state.fields["_staff_clinic_name"] = clinic.name
            state.fields["_recipients"] = await count_patients(self.store, clinic.id)

    async def after(self, tx: Transaction, state: UserState, effects: list[Event], now: datetime) -> None:
        """Store a join; queue a confirmed broadcast only if the database says this user is staff."""
        clinic_id = state.fields.get(JOIN_FIELD)
        if isinstance(clinic_id, int):
            await join(tx, state.user_id, clinic_id, now)
        staff_clinic = state.fields.get("_staff_clinic_id")
        if state.flow == BROADCAST_FLOW and CLINIC_ANSWER not in state.answers and isinstance(staff_clinic, int):
            # The broadcast just began: record whose patients its preview is about, with the other
            # answers (cleared when the flow starts again), after the turn's own write of the state.
            await tx.users.set_answer(state.user_id, CLINIC_ANSWER, staff_clinic)
        for effect in effects:
            if effect.kind == CONFIRMED:
                await self._confirmed(tx, state.user_id, effect.data, now)

    async def _confirmed(self, tx: Transaction, user_id: int, data: dict[str, Any], now: datetime) -> None:
        clinic_id = data.get("clinic_id")
        # Re-check here, inside the transaction: a per-turn field or an old button proves nothing.
        if isinstance(clinic_id, bool) or not isinstance(clinic_id, int) or not await is_staff(tx, clinic_id, user_id):
            await tx.users.log_event(user_id, "broadcast_refused", {"clinic_id": clinic_id, "reason": "not_staff"}, now)
            return
        template = data.get("template")
        try:
            await queue_broadcast(
                tx,
                self.content,
                clinic_id,
                created_by=user_id,
                template=template if isinstance(template, str) and template else None,
                text_en=_text_or_none(data.get("text_en")),
                text_es=_text_or_none(data.get("text_es")),
                now=now,
            )
        except ClinicError as exc:
            await tx.users.log_event(user_id, "broadcast_refused", {"clinic_id": clinic_id, "reason": str(exc)}, now)


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None
