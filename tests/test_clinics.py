"""Clinics, staff, invite links and broadcasts on a real SQLite file; the templates' checker."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import clinics
from bot.app.clinics import ClinicError, ClinicHook
from bot.app.conversations import Conversations
from bot.core import checks
from bot.core.content import Content
from bot.core.engine import Command, Engine, Press, Text, UserState
from bot.storage.sqlite import SqliteStorage
from tests.conftest import NOW, ROOT

STAFF = 900
OTHER_STAFF = 901


def conversations(engine: Engine, store: SqliteStorage) -> Conversations:
    """Conversations as `cuida run` builds them, with the clinic hook, at a fixed time."""
    return Conversations(engine, store, clock=lambda: NOW, hooks=[ClinicHook(store, engine.content)])


async def rows(store: SqliteStorage, sql: str, *params: object) -> list[tuple]:
    async with store.db.execute(sql, params) as cursor:
        return [tuple(r) for r in await cursor.fetchall()]


async def patient(talk: Conversations, user_id: int, code: str, language: str = "en") -> None:
    """A patient opens the clinic's invite link (Telegram sends `/start <code>`)."""
    await talk.handle(user_id, Command("start", code), language_code=language)


# ---- clinics and staff -------------------------------------------------------------------------


async def test_invite_codes_are_unguessable_and_deep_link_safe(store: SqliteStorage) -> None:
    made = [await clinics.create_clinic(store, f"Clinic {i}", now=NOW) for i in range(20)]
    codes = {c.invite_code for c in made}
    assert len(codes) == 20
    for code in codes:
        assert clinics.INVITE_CODE.match(code) and len(code) >= 22  # 128 random bits
    assert (await clinics.clinic_by_code(store, made[3].invite_code)).id == made[3].id  # type: ignore[union-attr]
    assert await clinics.clinic_by_code(store, "not a code!") is None
    assert await clinics.clinic_by_code(store, made[3].invite_code[:-1]) is None
    assert clinics.deep_link("@cuida_bot", "abc") == "https://t.me/cuida_bot?start=abc"


async def test_staff_are_added_listed_and_removed(store: SqliteStorage) -> None:
    sol = await clinics.create_clinic(store, "Clínica Sol", staff=[STAFF, STAFF], fever_threshold_c=37.5, now=NOW)
    luna = await clinics.create_clinic(store, "Clínica Luna", now=NOW)
    assert sol.staff == (STAFF,)
    assert await clinics.is_staff(store, sol.id, STAFF)
    assert not await clinics.is_staff(store, luna.id, STAFF)
    assert await clinics.add_staff(store, luna.id, OTHER_STAFF, NOW)
    assert not await clinics.add_staff(store, luna.id, OTHER_STAFF, NOW)  # already staff
    listed = await clinics.list_clinics(store)
    assert [(c.name, c.staff, c.fever_threshold_c) for c in listed] == [
        ("Clínica Sol", (STAFF,), 37.5),
        ("Clínica Luna", (OTHER_STAFF,), None),
    ]
    assert [c.id for c in await clinics.staff_clinics(store, OTHER_STAFF)] == [luna.id]
    assert await clinics.remove_staff(store, luna.id, OTHER_STAFF)
    assert not await clinics.remove_staff(store, luna.id, OTHER_STAFF)
    assert not await clinics.is_staff(store, luna.id, OTHER_STAFF)
    with pytest.raises(ClinicError, match="no clinic 99"):
        await clinics.add_staff(store, 99, STAFF)
    with pytest.raises(ClinicError, match="Telegram user id"):
        await clinics.add_staff(store, sol.id, -5)
    with pytest.raises(ClinicError, match="name"):
        await clinics.create_clinic(store, "  ")


# ---- joining -------------------------------------------------------------------------------------


async def test_invite_link_joins_the_clinic_and_sets_its_fever_threshold(engine: Engine, store: SqliteStorage) -> None:
    sol = await clinics.create_clinic(store, "Clínica Sol", fever_threshold_c=37.5, now=NOW)
    luna = await clinics.create_clinic(store, "Clínica Luna", now=NOW)
    talk = conversations(engine, store)
    await patient(talk, 1, sol.invite_code)
    state = await store.load_user(1)
    assert state is not None
    assert state.fields["clinic_name"] == "Clínica Sol"
    assert state.fields["fever_threshold_c"] == 37.5
    assert not any(k.startswith("_") for k in state.fields)  # per-turn facts are never stored
    assert await rows(store, "SELECT clinic_id FROM users WHERE user_id = 1") == [(sol.id,)]
    assert [e.data for e in await store.events(1, "clinic_joined")] == [{"clinic_id": sol.id}]
    # Another clinic's link moves the patient, and the old clinic's threshold does not linger.
    await patient(talk, 1, luna.invite_code)
    state = await store.load_user(1)
    assert state is not None and "fever_threshold_c" not in state.fields
    assert state.fields["clinic_name"] == "Clínica Luna"
    assert await rows(store, "SELECT clinic_id FROM users WHERE user_id = 1") == [(luna.id,)]


async def test_a_wrong_code_joins_nothing(engine: Engine, store: SqliteStorage) -> None:
    sol = await clinics.create_clinic(store, "Clínica Sol", now=NOW)
    talk = conversations(engine, store)
    for code in (sol.invite_code.swapcase(), "x" * 65, "../etc"):
        replies = await talk.handle(2, Command("start", code))
        assert replies  # still welcomed like anyone else
    assert await rows(store, "SELECT clinic_id FROM users WHERE user_id = 2") == [(None,)]
    assert await store.events(2, "clinic_joined") == []
    state = await store.load_user(2)
    assert state is not None and "clinic_name" not in state.fields


async def test_the_clinic_threshold_reaches_the_warning_sign_check(engine: Engine, store: SqliteStorage) -> None:
    """37.8 °C is a fever for a clinic that set 37.5, and home care (with what to watch) by the default 38.0."""
    sol = await clinics.create_clinic(store, "Clínica Sol", fever_threshold_c=37.5, now=NOW)
    talk = conversations(engine, store)
    await patient(talk, 3, sol.invite_code)
    state = await store.load_user(3)
    assert state is not None

    def check(start: UserState, temperature: str = "37.8") -> str:
        turn = engine.handle(start, Press("open|infection_check"), NOW)
        for answer in ("No", "2", "No", "Yes", temperature, "No", "No", "No", "No", "No"):
            turn = engine.handle(turn.state, Text(answer), NOW)
        return f"{turn.state.flow}/{turn.state.step}"

    assert check(state) == "infection_check/out_clinic_today"
    assert check(UserState(4)) == "infection_check/out_home_fever"


async def test_a_clinic_cannot_raise_the_fever_threshold_above_38(engine: Engine, store: SqliteStorage) -> None:
    """Issue 13: a 39 °C clinic told a patient at 38.8 °C "no warning signs". Refused now, and capped if stored."""
    for too_high in (38.1, 39.0, 40.0):
        with pytest.raises(clinics.ClinicError, match=r"use 37.0-38.0 °C"):
            await clinics.create_clinic(store, "Clínica Alta", fever_threshold_c=too_high, now=NOW)
    # A row written before the cap existed: joining it gives the patient 38.0, not 39.
    old = await clinics.create_clinic(store, "Clínica Vieja", fever_threshold_c=38.0, now=NOW)
    async with store.transaction() as db:
        await db.execute("UPDATE clinics SET fever_threshold_c = 39.0 WHERE id = ?", (old.id,))
    talk = conversations(engine, store)
    await patient(talk, 5, old.invite_code)
    state = await store.load_user(5)
    assert state is not None and state.fields["fever_threshold_c"] == 38.0
    turn = engine.handle(state, Press("open|infection_check"), NOW)
    for answer in ("No", "2", "No", "Yes", "38.8", "No", "No", "No", "No", "No"):
        turn = engine.handle(turn.state, Text(answer), NOW)
    assert turn.state.step == "out_clinic_today"
    assert "did not report any warning signs" not in " ".join(r.text for r in turn.replies)


# ---- counting and broadcasting -------------------------------------------------------------------


async def clinic_with_patients(
    engine: Engine, store: SqliteStorage
) -> tuple[clinics.Clinic, clinics.Clinic, Conversations]:
    """Sol: 101 (en), 102 (es) active, 103 stopped, 104 blocked, 105 invalid; Luna: 201 active.

    Staff 900 (Sol) never joined as a patient; 901 is staff of Sol and joined Sol as a patient too.
    """
    sol = await clinics.create_clinic(store, "Clínica Sol", staff=[STAFF, OTHER_STAFF], now=NOW)
    luna = await clinics.create_clinic(store, "Clínica Luna", now=NOW)
    talk = conversations(engine, store)
    for user_id, language in ((101, "en"), (102, "es"), (103, "en"), (104, "en"), (105, "es"), (OTHER_STAFF, "es")):
        await patient(talk, user_id, sol.invite_code, language)
    await patient(talk, 201, luna.invite_code)
    await talk.handle(STAFF, Command("menu"))
    await talk.handle(300, Command("menu"))  # in no clinic at all
    await talk.handle(103, Text("STOP"))
    await store.set_status(104, "blocked")
    await store.set_status(105, "invalid")
    return sol, luna, talk


async def test_count_patients_counts_only_active_patients_of_that_clinic(engine: Engine, store: SqliteStorage) -> None:
    sol, luna, _ = await clinic_with_patients(engine, store)
    assert await clinics.count_patients(store, sol.id) == 3  # 101, 102 and the staff member who joined
    assert await clinics.count_patients(store, luna.id) == 1


async def test_template_broadcast_reaches_only_that_clinics_active_patients(
    engine: Engine, content: Content, store: SqliteStorage
) -> None:
    sol, _, _ = await clinic_with_patients(engine, store)
    sent = await clinics.create_broadcast(store, content, sol.id, created_by=STAFF, template="fever_watch", now=NOW)
    assert sent.recipients == 3
    outbox = await rows(
        store, "SELECT user_id, kind, ref, status, due_at, expires_at, payload FROM outbox ORDER BY user_id"
    )
    assert [r[0] for r in outbox] == [101, 102, OTHER_STAFF]
    for _user, kind, ref, status, due_at, expires_at, payload in outbox:
        assert (kind, ref, status) == ("broadcast", str(sent.id), "pending")
        assert due_at == NOW.isoformat(timespec="seconds")
        assert expires_at == (NOW + clinics.BROADCAST_EXPIRY).isoformat(timespec="seconds")
        assert json.loads(payload) == {
            "text": {"key": "broadcast_template.fever_watch.text"},
            "buttons": [{"text": {"key": "common.check_signs"}, "open": "infection_check"}],
        }
    audit = await clinics.get_broadcast(store, sent.id)
    assert audit is not None
    assert (audit.clinic_id, audit.created_by, audit.template, audit.recipients) == (sol.id, STAFF, "fever_watch", 3)
    assert audit.created_at == NOW.isoformat(timespec="seconds")
    assert "Days 2 to 5" in audit.text_en and "Entre el día 2" in audit.text_es
    assert audit.reported_at is None
    [event] = await store.events(STAFF, "broadcast_created")
    assert event.data == {"broadcast_id": sent.id, "clinic_id": sol.id, "template": "fever_watch", "recipients": 3}


async def test_written_broadcast_keeps_both_texts_literally(
    engine: Engine, content: Content, store: SqliteStorage
) -> None:
    sol, luna, _ = await clinic_with_patients(engine, store)
    sent = await clinics.create_broadcast(
        store, content, luna.id, text_en=" We open at 10 {tomorrow}. ", text_es="Abrimos a las 10.", now=NOW
    )
    assert sent.recipients == 1 and sent.created_by is None and sent.template is None
    [(user_id, payload)] = await rows(store, "SELECT user_id, payload FROM outbox")
    assert user_id == 201
    assert json.loads(payload) == {"text": {"en": "We open at 10 {tomorrow}.", "es": "Abrimos a las 10."}}
    assert [e.data["broadcast_id"] for e in await store.events(0, "broadcast_created")] == [sent.id]
    with pytest.raises(ClinicError, match="both an English and a Spanish"):
        await clinics.create_broadcast(store, content, sol.id, text_en="Only English", now=NOW)
    with pytest.raises(ClinicError, match="did you mean 'site_care'"):
        await clinics.create_broadcast(store, content, sol.id, template="site_cair", now=NOW)
    with pytest.raises(ClinicError, match="no clinic 77"):
        await clinics.create_broadcast(store, content, 77, template="site_care", now=NOW)
    assert len(await rows(store, "SELECT id FROM broadcasts")) == 1  # refused ones leave no audit row


async def test_report_goes_to_the_staff_member_once_every_row_is_final(
    engine: Engine, content: Content, store: SqliteStorage
) -> None:
    sol, _, talk = await clinic_with_patients(engine, store)
    await talk.handle(STAFF, Press("open|language"))
    await talk.handle(STAFF, Text("2"))  # the staff member reads Spanish
    for user_id in (301, 302, 303):
        await patient(talk, user_id, sol.invite_code)
    sent = await clinics.create_broadcast(store, content, sol.id, created_by=STAFF, template="site_care", now=NOW)
    cli = await clinics.create_broadcast(store, content, sol.id, template="site_care", now=NOW)  # no one to report to
    assert sent.recipients == 6

    async def mark(user_id: int, status: str) -> None:
        async with store.transaction() as db:
            await db.execute(
                "UPDATE outbox SET status = ? WHERE user_id = ? AND kind = 'broadcast' AND ref = ?",
                (status, user_id, str(sent.id)),
            )

    for user_id, status in ((101, "sent"), (102, "sent"), (OTHER_STAFF, "blocked"), (301, "invalid"), (302, "failed")):
        await mark(user_id, status)
    later = NOW + timedelta(minutes=5)
    assert await clinics.report_finished(store, later, content) == 0  # 303 is still pending
    await mark(303, "sending")
    assert await clinics.report_finished(store, later, content) == 0
    await mark(303, "skipped")
    assert await clinics.report_finished(store, later, content) == 1
    [(user_id, ref, status, due_at, payload)] = await rows(
        store, "SELECT user_id, ref, status, due_at, payload FROM outbox WHERE kind = 'report'"
    )
    assert (user_id, ref, status, due_at) == (STAFF, str(sent.id), "pending", later.isoformat(timespec="seconds"))
    texts = json.loads(payload)["text"]
    assert (
        "Sent: 2" in texts["en"]
        and "could not be reached: 2" in texts["en"]
        and "Failed after several tries: 1" in texts["en"]
    )
    assert "Enviados: 2" in texts["es"] and "Fallaron tras varios intentos: 1" in texts["es"]
    assert "Clínica Sol" in texts["es"] and "(pidieron no recibir mensajes, o ya era tarde): 1" in texts["es"]
    audit = await clinics.get_broadcast(store, sent.id)
    assert audit is not None and audit.reported_at == later.isoformat(timespec="seconds")
    assert await clinics.report_finished(store, later + timedelta(minutes=1), content) == 0  # only once
    assert (await clinics.get_broadcast(store, cli.id)).reported_at is None  # type: ignore[union-attr]
    assert clinics.summarise(await clinics.delivery_counts(store, sent.id)) == {
        "sent": 2,
        "blocked": 2,
        "failed": 1,
        "skipped": 1,
        "pending": 0,
        "total": 6,
    }


async def test_the_reporter_is_a_sender_callback(content: Content, store: SqliteStorage) -> None:
    sol = await clinics.create_clinic(store, "Clínica Sol", staff=[STAFF], now=NOW)
    await clinics.create_broadcast(store, content, sol.id, created_by=STAFF, template="follow_up", now=NOW)
    await clinics.reporter(content)(store, NOW)  # no patients: finished at once
    assert await rows(store, "SELECT user_id, kind FROM outbox") == [(STAFF, "report")]


# ---- the hook's per-turn facts -------------------------------------------------------------------


async def test_staff_facts_are_added_for_staff_only(engine: Engine, store: SqliteStorage) -> None:
    sol, _, _ = await clinic_with_patients(engine, store)
    hook = ClinicHook(store, engine.content)
    staff = UserState(STAFF, fields={"_recipients": 999})
    await hook.before(staff, Command("broadcast"), NOW)
    assert (staff.fields["_staff_clinic_id"], staff.fields["_staff_clinic_name"], staff.fields["_recipients"]) == (
        sol.id,
        "Clínica Sol",
        3,
    )
    someone = UserState(101, fields={"_staff_clinic_id": sol.id, "_recipients": 3})  # e.g. left over
    await hook.before(someone, Command("broadcast"), NOW)
    assert not any(name in someone.fields for name in clinics.STAFF_FIELDS)


# ---- templates in `cuida check` ------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the shipped content to break."""
    shutil.copytree(ROOT / "flows", tmp_path / "flows")
    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    return tmp_path


def test_shipped_templates_load(content: Content) -> None:
    assert set(content.templates) == {"site_care", "fever_watch", "follow_up", "rest_activity", "holiday_closed"}
    assert content.templates["holiday_closed"].buttons == (("menu.emergency", "emergency"),)


def test_template_problems_are_reported_with_file_and_line(tree: Path) -> None:
    path = tree / "flows" / "broadcasts" / "templates.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "extra:\n"  # line +1
        "  title: broadcast_template.site_care.title\n"
        "  txt: broadcast_template.nope.text\n"  # +3: unknown key (and 'text' missing)
        "  buttons:\n"
        "    - {text: common.check_signs, open: nowhere}\n"  # +5: not a flow
        "missing:\n"  # +6
        "  title: broadcast_template.missing.title\n"  # +7: in no locale
        "  text: broadcast_template.site_care.text\n"
        "site_care:\n"  # +9: duplicate
        "  title: broadcast_template.site_care.title\n"
        "  text: broadcast_template.site_care.text\n",
        encoding="utf-8",
    )
    base = len((ROOT / "flows" / "broadcasts" / "templates.yaml").read_text(encoding="utf-8").splitlines())
    found = [str(p) for p in checks.check_root(tree)[1]]
    name = "flows/broadcasts/templates.yaml"
    expected = [
        f"{name}:{base + 3}: unknown key 'txt' in template 'extra' (did you mean 'text'?); allowed: buttons, notes, text, title",
        f"{name}:{base + 2}: template 'extra' is missing 'text'",
        f"{name}:{base + 5}: a button of template 'extra' opens 'nowhere', which is not a command or main-menu flow",
        f"{name}:{base + 7}: the title of template 'missing' uses locale key 'broadcast_template.missing.title', "
        "which is missing from locales/en.yaml",
        f"{name}:{base + 9}: duplicate key 'site_care' (first written on line 10)",
    ]
    for wanted in expected:
        assert any(p.startswith(wanted) for p in found), f"{wanted}\nnot in:\n" + "\n".join(found)


def test_flow_options_must_be_templates(tree: Path) -> None:
    flow = tree / "flows" / "broadcast.yaml"
    text = flow.read_text(encoding="utf-8")
    flow.write_text(text.replace("value: follow_up}", "value: follow_upp}"), encoding="utf-8")
    line = next(n for n, t in enumerate(flow.read_text(encoding="utf-8").splitlines(), 1) if "follow_upp" in t)
    found = [str(p) for p in checks.check_root(tree)[1]]
    assert (
        f"flows/broadcast.yaml:{line}: option 'follow_upp' is not a template in flows/broadcasts/templates.yaml "
        "(did you mean 'follow_up'?)" in found
    ), found
    assert any("template 'follow_up' is not offered" in p and "warning" in p for p in found), found


def test_a_template_missing_from_spanish_is_an_error(tree: Path) -> None:
    es = tree / "locales" / "es.yaml"
    es.write_text(es.read_text(encoding="utf-8").replace('    title: "📅 Cita de control"\n', ""), encoding="utf-8")
    found = [str(p) for p in checks.check_root(tree)[1] if not p.warning]
    assert any(
        "the title of template 'follow_up' uses locale key 'broadcast_template.follow_up.title', which is missing "
        "from locales/es.yaml" in p
        for p in found
    ), found
