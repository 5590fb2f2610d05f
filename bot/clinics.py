"""Clinics, their staff and their broadcasts.

A clinic has a name, staff (recognised by Telegram id) and an unguessable invite code; a
patient joins by opening the clinic's deep link (`/start <code>`). Staff broadcast to the
clinic's active patients, and only to them: a broadcast is an audit row plus one outbox row
per recipient, and the sender does the rest. When every row of a broadcast is final, the staff
member who sent it gets a delivery report.

Broadcast templates are content (`flows/broadcasts/templates.yaml`): a title and a text locale
key each, so every patient reads them in their own language.
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
import string
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite

from bot import yamlfile
from bot.content import LANGUAGES, Content
from bot.engine import TEMPLATE_ANSWER, Command, Event, Input, UserState, entry_flows
from bot.store import Store
from bot.yamlfile import Map, Problem, Seq, suggest

TEMPLATES_FILE = Path("flows") / "broadcasts" / "templates.yaml"
BROADCAST_FLOW = "broadcast"
TEMPLATE_KEYS = {"title", "text", "buttons", "notes"}
TEMPLATE_BUTTON_KEYS = {"text", "open"}
TEMPLATE_ID = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
# Telegram deep-link payloads: 1-64 characters of A-Za-z0-9_-. token_urlsafe(16) gives 22 of
# them carrying 128 random bits: nobody finds a clinic's link by guessing.
INVITE_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
INVITE_BYTES = 16
CONFIRMED = "broadcast_confirmed"  # the event the broadcast flow logs when staff press Send
# Statuses after which the sender will not touch a row again.
FINAL = ("sent", "skipped", "cancelled", "blocked", "invalid", "failed")
# A clinic message that could not go out within two days (the bot was down) is stale: "we are
# closed tomorrow" must not arrive next week. The sender skips it and the report says so.
BROADCAST_EXPIRY = timedelta(days=2)
MAX_TEXT = 4000  # under Telegram's 4096, leaving room for nothing else to be added
REPORT_KEY = "broadcast.report"
CODE_KEYS = frozenset({REPORT_KEY})  # locale keys this module uses directly
# Per-turn fields the hook adds for staff (never stored: they start with "_").
STAFF_FIELDS = ("_staff_clinic_id", "_staff_clinic_name", "_recipients")
JOIN_FIELD = "_join_clinic_id"
# The answer that records, when a broadcast begins, the clinic its preview and Send are for.
CLINIC_ANSWER = "broadcast_clinic_id"


class ClinicError(Exception):
    """A clinic operation cannot be done; the message says why."""


@dataclass(frozen=True)
class Clinic:
    """A clinic and who works there."""

    id: int
    name: str
    invite_code: str
    fever_threshold_c: float | None
    created_at: str
    staff: tuple[int, ...] = ()


@dataclass(frozen=True)
class Broadcast:
    """One broadcast's audit row."""

    id: int
    clinic_id: int
    created_by: int | None
    created_at: str
    template: str | None
    text_en: str
    text_es: str
    recipients: int
    reported_at: str | None = None


@dataclass(frozen=True)
class Template:
    """A ready-made broadcast: a title and a text (locale keys), optionally buttons opening flows."""

    key: str
    title: str
    text: str
    buttons: tuple[tuple[str, str], ...]  # (label key, flow id)
    line: int


Db = aiosqlite.Connection | Store


def _db(source: Db) -> aiosqlite.Connection:
    return source.db if isinstance(source, Store) else source


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def new_invite_code() -> str:
    """A fresh invite code: 22 URL-safe characters, valid as a Telegram deep-link payload."""
    return secrets.token_urlsafe(INVITE_BYTES)


def deep_link(bot_username: str, code: str) -> str:
    """The link a patient opens to join: https://t.me/<bot>?start=<code>."""
    return f"https://t.me/{bot_username.lstrip('@')}?start={code}"


# ---- clinics and staff ---------------------------------------------------------------------------


def _clinic(row: Any, staff: tuple[int, ...] = ()) -> Clinic:
    return Clinic(int(row[0]), str(row[1]), str(row[2]), row[3], str(row[4]), staff)


_CLINIC_COLUMNS = "id, name, invite_code, fever_threshold_c, created_at"


def _check_user_id(user_id: int) -> None:
    if isinstance(user_id, bool) or not isinstance(user_id, int) or user_id <= 0:
        raise ClinicError(f"{user_id!r} is not a Telegram user id (a positive whole number).")


# A clinic's fever threshold may be lower (more cautious) than the sources' 38.0 °C / 100.4 °F
# (CDC, MedlinePlus), never higher: every fever text says "38 °C or more at any time, contact your
# clinic today", and a 39 °C threshold once told a patient at 38.8 °C "no warning signs". The
# warning-sign check also tests 38.0 °C itself (flows/infection_check.yaml), whatever is stored.
MIN_FEVER_THRESHOLD_C = 37.0
MAX_FEVER_THRESHOLD_C = 38.0


def check_fever_threshold(celsius: float) -> None:
    """Raise ClinicError unless `celsius` is a fever threshold a clinic may set (37.0-38.0 °C)."""
    if not MIN_FEVER_THRESHOLD_C <= celsius <= MAX_FEVER_THRESHOLD_C:
        raise ClinicError(
            f"A fever threshold of {celsius} °C is not allowed: "
            f"use {MIN_FEVER_THRESHOLD_C}-{MAX_FEVER_THRESHOLD_C} °C. "
            f"A clinic may be more cautious than the usual {MAX_FEVER_THRESHOLD_C} °C (100.4 °F), never less, "
            "because every fever text tells patients to contact the clinic from that temperature."
        )


async def create_clinic(
    store: Store,
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
        _check_user_id(user_id)
    if fever_threshold_c is not None:
        check_fever_threshold(fever_threshold_c)
    at = _iso(_now(now))
    for _ in range(5):  # a repeated 128-bit code is practically impossible; retry rather than fail
        code = new_invite_code()
        try:
            async with store.transaction() as db:
                cursor = await db.execute(
                    "INSERT INTO clinics (name, invite_code, fever_threshold_c, created_at) VALUES (?, ?, ?, ?)",
                    (name, code, fever_threshold_c, at),
                )
                clinic_id = int(cursor.lastrowid or 0)
                await db.executemany(
                    "INSERT OR IGNORE INTO clinic_staff (clinic_id, user_id, added_at) VALUES (?, ?, ?)",
                    [(clinic_id, user_id, at) for user_id in staff],
                )
        except sqlite3.IntegrityError:
            continue
        return Clinic(clinic_id, name, code, fever_threshold_c, at, tuple(sorted(set(staff))))
    raise ClinicError("Could not create a unique invite code; try again.")


async def _staff_of(db: aiosqlite.Connection, clinic_id: int) -> tuple[int, ...]:
    rows = await db.execute_fetchall(
        "SELECT user_id FROM clinic_staff WHERE clinic_id = ? ORDER BY user_id", (clinic_id,)
    )
    return tuple(int(r[0]) for r in rows)


async def get_clinic(source: Db, clinic_id: int) -> Clinic | None:
    """One clinic with its staff, or None."""
    db = _db(source)
    rows = await db.execute_fetchall(f"SELECT {_CLINIC_COLUMNS} FROM clinics WHERE id = ?", (clinic_id,))
    row = next(iter(rows), None)
    return _clinic(row, await _staff_of(db, int(row[0]))) if row else None


async def clinic_by_code(source: Db, code: str) -> Clinic | None:
    """The clinic an invite code belongs to, or None (also for anything that is not a valid code)."""
    if not INVITE_CODE.match(code or ""):
        return None
    rows = await _db(source).execute_fetchall(f"SELECT {_CLINIC_COLUMNS} FROM clinics WHERE invite_code = ?", (code,))
    row = next(iter(rows), None)
    return _clinic(row) if row else None


async def list_clinics(source: Db) -> list[Clinic]:
    """Every clinic with its staff, oldest first."""
    db = _db(source)
    rows = await db.execute_fetchall(f"SELECT {_CLINIC_COLUMNS} FROM clinics ORDER BY id")
    return [_clinic(row, await _staff_of(db, int(row[0]))) for row in rows]


async def _require_clinic(db: aiosqlite.Connection, clinic_id: int) -> None:
    rows = await db.execute_fetchall("SELECT 1 FROM clinics WHERE id = ?", (clinic_id,))
    if not rows:
        raise ClinicError(f"There is no clinic {clinic_id}; `cuida clinic list` shows them.")


async def add_staff(store: Store, clinic_id: int, user_id: int, now: datetime | None = None) -> bool:
    """Make a Telegram user staff of a clinic; False when they already were."""
    _check_user_id(user_id)
    async with store.transaction() as db:
        await _require_clinic(db, clinic_id)
        cursor = await db.execute(
            "INSERT OR IGNORE INTO clinic_staff (clinic_id, user_id, added_at) VALUES (?, ?, ?)",
            (clinic_id, user_id, _iso(_now(now))),
        )
        return cursor.rowcount == 1


async def remove_staff(store: Store, clinic_id: int, user_id: int) -> bool:
    """Take a user off a clinic's staff; False when they were not on it."""
    async with store.transaction() as db:
        await _require_clinic(db, clinic_id)
        cursor = await db.execute("DELETE FROM clinic_staff WHERE clinic_id = ? AND user_id = ?", (clinic_id, user_id))
        return cursor.rowcount == 1


async def is_staff(source: Db, clinic_id: int, user_id: int) -> bool:
    """True when the user is, right now, staff of that clinic."""
    rows = await _db(source).execute_fetchall(
        "SELECT 1 FROM clinic_staff WHERE clinic_id = ? AND user_id = ?", (clinic_id, user_id)
    )
    return bool(rows)


async def staff_clinics(source: Db, user_id: int) -> list[Clinic]:
    """The clinics a user is staff of, oldest first."""
    # Asked on every turn (ClinicHook.before): one trip to the database thread, not three.
    rows = await _db(source).execute_fetchall(
        f"SELECT {', '.join('c.' + c for c in _CLINIC_COLUMNS.split(', '))} FROM clinics c "
        "JOIN clinic_staff s ON s.clinic_id = c.id WHERE s.user_id = ? ORDER BY c.id",
        (user_id,),
    )
    return [_clinic(row) for row in rows]


async def count_patients(source: Db, clinic_id: int) -> int:
    """How many of the clinic's patients can be messaged (joined, and not stopped, blocked or invalid)."""
    rows = await _db(source).execute_fetchall(
        "SELECT COUNT(*) FROM users WHERE clinic_id = ? AND status = 'active'", (clinic_id,)
    )
    row = next(iter(rows), None)
    return int(row[0]) if row else 0


async def _log(db: aiosqlite.Connection, user_id: int, kind: str, data: dict[str, Any], now: datetime) -> None:
    await db.execute(
        "INSERT INTO events (user_id, at, kind, data) VALUES (?, ?, ?, ?)",
        (user_id, _iso(now), kind, json.dumps(data, ensure_ascii=False, sort_keys=True)),
    )


async def join(db: aiosqlite.Connection, user_id: int, clinic_id: int, now: datetime) -> bool:
    """Record that a known user is a patient of a clinic (inside the caller's transaction)."""
    cursor = await db.execute(
        "UPDATE users SET clinic_id = ? WHERE user_id = ? AND EXISTS (SELECT 1 FROM clinics WHERE id = ?)",
        (clinic_id, user_id, clinic_id),
    )
    if cursor.rowcount != 1:
        return False
    await _log(db, user_id, "clinic_joined", {"clinic_id": clinic_id}, now)
    return True


async def join_clinic(store: Store, user_id: int, code: str, now: datetime | None = None) -> Clinic | None:
    """Make a known user a patient of the clinic whose invite code this is; None for a wrong code."""
    clinic = await clinic_by_code(store, code)
    if clinic is None:
        return None
    async with store.transaction() as db:
        joined = await join(db, user_id, clinic.id, _now(now))
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
    db: aiosqlite.Connection,
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
    await _require_clinic(db, clinic_id)
    at = _iso(now)
    recipients = await count_patients(db, clinic_id)  # the write lock is held: this is the set inserted
    cursor = await db.execute(
        "INSERT INTO broadcasts (clinic_id, created_by, created_at, template, text_en, text_es, recipients) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (clinic_id, created_by, at, template, en, es, recipients),
    )
    broadcast_id = int(cursor.lastrowid or 0)
    payload = json.dumps(_payload(content, template, en, es), ensure_ascii=False, sort_keys=True)
    await db.execute(
        "INSERT INTO outbox (user_id, kind, ref, due_at, expires_at, payload) "
        "SELECT user_id, 'broadcast', ?, ?, ?, ? FROM users WHERE clinic_id = ? AND status = 'active' "
        "ORDER BY user_id",
        (str(broadcast_id), at, _iso(now + BROADCAST_EXPIRY), payload, clinic_id),
    )
    await _log(
        db,
        created_by or 0,  # 0: the command line, not a Telegram user
        "broadcast_created",
        {"broadcast_id": broadcast_id, "clinic_id": clinic_id, "template": template, "recipients": recipients},
        now,
    )
    return Broadcast(broadcast_id, clinic_id, created_by, at, template, en, es, recipients)


async def create_broadcast(
    store: Store,
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
    async with store.transaction() as db:
        return await queue_broadcast(
            db,
            content,
            clinic_id,
            created_by=created_by,
            template=template,
            text_en=text_en,
            text_es=text_es,
            now=_now(now),
        )


async def get_broadcast(source: Db, broadcast_id: int) -> Broadcast | None:
    """One broadcast's audit row, or None."""
    rows = await _db(source).execute_fetchall(
        "SELECT id, clinic_id, created_by, created_at, template, text_en, text_es, recipients, reported_at "
        "FROM broadcasts WHERE id = ?",
        (broadcast_id,),
    )
    row = next(iter(rows), None)
    return Broadcast(*row) if row else None


async def delivery_counts(source: Db, broadcast_id: int) -> dict[str, int]:
    """How many of a broadcast's outbox rows are in each status."""
    rows = await _db(source).execute_fetchall(
        "SELECT status, COUNT(*) FROM outbox WHERE kind = 'broadcast' AND ref = ? GROUP BY status",
        (str(broadcast_id),),
    )
    return {str(status): int(count) for status, count in rows}


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


async def report_finished(store: Store, now: datetime, content: Content) -> int:
    """Queue a delivery report to the staff member behind each finished broadcast; returns how many.

    A broadcast is finished when none of its rows is pending or sending. Marking `reported_at`
    in the same transaction as queuing the report means each report is queued exactly once.
    """
    queued = 0
    async with store.transaction() as db:
        finished = await db.execute_fetchall(
            """
            SELECT b.id, b.created_by, b.created_at, c.name FROM broadcasts b JOIN clinics c ON c.id = b.clinic_id
            WHERE b.reported_at IS NULL AND b.created_by IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'broadcast' AND o.ref = CAST(b.id AS TEXT)
                              AND o.status IN ('pending', 'sending'))
            ORDER BY b.id
            """
        )
        for broadcast_id, staff_id, created_at, clinic_name in finished:
            values: dict[str, Any] = {
                "clinic": clinic_name,
                "date": datetime.fromisoformat(created_at).strftime("%d/%m %H:%M UTC"),
                **summarise(await delivery_counts(db, broadcast_id)),
            }
            payload = {"text": {lang: render(content, REPORT_KEY, lang, values) for lang in LANGUAGES}}
            await db.execute("UPDATE broadcasts SET reported_at = ? WHERE id = ?", (_iso(now), broadcast_id))
            await db.execute(
                "INSERT OR IGNORE INTO outbox (user_id, kind, ref, due_at, payload) VALUES (?, 'report', ?, ?, ?)",
                (staff_id, str(broadcast_id), _iso(now), json.dumps(payload, ensure_ascii=False, sort_keys=True)),
            )
            queued += 1
    return queued


def reporter(content: Content) -> Callable[[Store, datetime], Awaitable[None]]:
    """`report_finished` with the content bound: a sender's `after_batch` callback."""

    async def report(store: Store, now: datetime) -> None:
        await report_finished(store, now, content)

    return report


# ---- the turn hook ---------------------------------------------------------------------------------


class ClinicHook:
    """Joins patients through invite links, tells flows who is staff, and queues confirmed broadcasts."""

    def __init__(self, store: Store, content: Content) -> None:
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

    async def after(self, db: aiosqlite.Connection, state: UserState, effects: list[Event], now: datetime) -> None:
        """Store a join; queue a confirmed broadcast only if the database says this user is staff."""
        clinic_id = state.fields.get(JOIN_FIELD)
        if isinstance(clinic_id, int):
            await join(db, state.user_id, clinic_id, now)
        staff_clinic = state.fields.get("_staff_clinic_id")
        if state.flow == BROADCAST_FLOW and CLINIC_ANSWER not in state.answers and isinstance(staff_clinic, int):
            # The broadcast just began: record whose patients its preview is about, with the other
            # answers (cleared when the flow starts again), after the turn's own write of the state.
            await db.execute(
                "UPDATE users SET answers = json_set(answers, ?, ?) WHERE user_id = ?",
                (f"$.{CLINIC_ANSWER}", staff_clinic, state.user_id),
            )
        for effect in effects:
            if effect.kind == CONFIRMED:
                await self._confirmed(db, state.user_id, effect.data, now)

    async def _confirmed(self, db: aiosqlite.Connection, user_id: int, data: dict[str, Any], now: datetime) -> None:
        clinic_id = data.get("clinic_id")
        # Re-check here, inside the transaction: a per-turn field or an old button proves nothing.
        if isinstance(clinic_id, bool) or not isinstance(clinic_id, int) or not await is_staff(db, clinic_id, user_id):
            await _log(db, user_id, "broadcast_refused", {"clinic_id": clinic_id, "reason": "not_staff"}, now)
            return
        template = data.get("template")
        try:
            await queue_broadcast(
                db,
                self.content,
                clinic_id,
                created_by=user_id,
                template=template if isinstance(template, str) and template else None,
                text_en=_text_or_none(data.get("text_en")),
                text_es=_text_or_none(data.get("text_es")),
                now=now,
            )
        except ClinicError as exc:
            await _log(db, user_id, "broadcast_refused", {"clinic_id": clinic_id, "reason": str(exc)}, now)


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


# ---- templates: loading and checking ---------------------------------------------------------------


def load_templates(root: Path, content: Content) -> tuple[dict[str, Template], list[Problem]]:
    """Read flows/broadcasts/templates.yaml; report every problem as file:line."""
    path = root / TEMPLATES_FILE
    name = str(TEMPLATES_FILE)
    if not path.exists():
        return {}, []
    data, problems = yamlfile.load(path, name)  # duplicate keys are reported here
    if data is None:
        return {}, problems
    if not isinstance(data, Map):
        return {}, [*problems, Problem(name, 1, "templates must map a template key to {title, text}")]
    en, es = content.texts.get("en", {}), content.texts.get("es", {})
    openable = entry_flows(content)
    templates: dict[str, Template] = {}

    def problem(line: int, message: str) -> None:
        problems.append(Problem(name, line, message))

    def locale_key(value: Any, line: int, what: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            problem(line, f"{what} must be a locale key")
            return None
        for language, texts in (("en", en), ("es", es)):
            if value not in texts:
                file = content.locale_files.get(language, f"locales/{language}.yaml")
                problem(line, f"{what} uses locale key '{value}', which is missing from {file}{suggest(value, texts)}")
        return value

    for key, spec in data.items():
        line = data.line_of(key)
        if not TEMPLATE_ID.match(str(key)):
            problem(line, f"template key '{key}' must be lower-case letters, digits and '_' (at most 32)")
            continue
        if not isinstance(spec, Map):
            problem(line, f"template '{key}' must be a mapping with 'title' and 'text'")
            continue
        problems.extend(yamlfile.unknown_keys(name, spec, TEMPLATE_KEYS, f"template '{key}'"))
        for needed in ("title", "text"):
            if needed not in spec:
                problem(spec.line, f"template '{key}' is missing '{needed}'")
        title = locale_key(spec.get("title"), spec.line_of("title"), f"the title of template '{key}'")
        text = locale_key(spec.get("text"), spec.line_of("text"), f"the text of template '{key}'")
        buttons = _template_buttons(spec, str(key), openable, problem, locale_key)
        if title and text:
            templates[str(key)] = Template(str(key), title, text, buttons, line)
    _check_offered(content, templates, problems, name)
    return templates, problems


def _template_buttons(
    spec: Map,
    key: str,
    openable: frozenset[str],
    problem: Callable[[int, str], None],
    locale_key: Callable[[Any, int, str], str | None],
) -> tuple[tuple[str, str], ...]:
    raw = spec.get("buttons")
    if raw is None:
        return ()
    if not isinstance(raw, Seq):
        problem(spec.line_of("buttons"), f"'buttons' of template '{key}' must be a list of {{text, open}}")
        return ()
    found = []
    for index, item in enumerate(raw):
        line = raw.line_of(index)
        if not isinstance(item, Map):
            problem(line, "a template button must be {text: LOCALE_KEY, open: FLOW}")
            continue
        for extra in item:
            if extra not in TEMPLATE_BUTTON_KEYS:
                problem(item.line_of(extra), f"unknown key '{extra}' in a template button; allowed: open, text")
        label = locale_key(item.get("text"), item.line_of("text"), f"a button of template '{key}'")
        flow = item.get("open")
        if flow not in openable:
            problem(
                item.line_of("open"),
                f"a button of template '{key}' opens '{flow}', which is not a command or main-menu flow"
                f"{suggest(flow, openable)}",
            )
        elif label:
            found.append((label, str(flow)))
    return tuple(found)


def _check_offered(content: Content, templates: dict[str, Template], problems: list[Problem], name: str) -> None:
    """The /broadcast flow lists templates as options: each must exist, and each template should be offered."""
    flow = content.flows.get(BROADCAST_FLOW)
    if flow is None:
        return
    offered: set[str] = set()
    for step in flow.steps.values():
        if step.ask is None or step.ask.into != TEMPLATE_ANSWER:
            continue
        for option in step.ask.options:
            value = option.value if isinstance(option.value, str) else repr(option.value)
            offered.add(value)
            if value not in templates:
                problems.append(
                    Problem(
                        flow.file,
                        option.line,
                        f"option '{option.value}' is not a template in {name}{suggest(option.value, templates)}",
                    )
                )
    for template in templates.values():
        if template.key not in offered:
            problems.append(
                Problem(
                    name,
                    template.line,
                    f"template '{template.key}' is not offered by flows/{BROADCAST_FLOW}.yaml; "
                    "only the command line can send it",
                    warning=True,
                )
            )


def used_keys(templates: dict[str, Template]) -> set[str]:
    """Locale keys the templates use (so `cuida check` does not call them unused)."""
    keys = set(CODE_KEYS)
    for template in templates.values():
        keys |= {template.title, template.text, *(label for label, _ in template.buttons)}
    return keys
