"""Privacy: /delete erases a user everywhere (only counts stay), /mydata says what is stored,
and old events are pruned at start-up and daily."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app import clinics, config, privacy
from bot.app.clinics import ClinicHook
from bot.app.config import ConfigError
from bot.app.conversations import Conversations
from bot.app.reminders import ReminderHook
from bot.core.content import LANGUAGES, Content
from bot.core.engine import (
    ERASE,
    OPEN_PREFIX,
    PRIVACY_PREFIX,
    Command,
    Engine,
    Event,
    Press,
    Reply,
    Text,
    UserState,
    callback_data,
    privacy_intent,
)
from bot.storage.sqlite import SqliteStorage
from tests.conftest import NOW, ROOT
from tests.support.botapi import BotApiServer
from tests.support.running import running_bot

# Distinctive ids: a scan of the whole database for them cannot match anything by accident.
PATIENT = 987654321
OTHER = 123123123
STAFF = 555000111


class Clock:
    """A clock the test moves by hand (time travel)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def said(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def yes_button(replies: list[Reply]) -> str:
    """The data of the confirmation's "Yes, delete everything" button."""
    [data] = [b.data for r in replies for b in r.buttons if b.data.startswith(PRIVACY_PREFIX + "delete")]
    return data


# ---- the engine: asking, confirming, free text ----------------------------------------------------


def test_delete_asks_first_and_only_a_recent_yes_erases(engine: Engine) -> None:
    state = UserState(1, flow="infection_check", step="fever")
    asked = engine.handle(state, Command("delete"), NOW)
    assert "delete everything Cuida stores about you" in asked.replies[0].text
    assert [b.label for b in asked.replies[0].buttons] == ["🗑 Yes, delete everything", "No, keep my data"]
    assert all(len(b.data.encode()) <= 64 for b in asked.replies[0].buttons)
    assert ERASE not in [e.kind for e in asked.effects]
    assert (asked.state.flow, asked.state.step) == ("infection_check", "fever")  # nothing moved yet

    yes = Press(yes_button(asked.replies))
    done = engine.handle(asked.state, yes, NOW + timedelta(minutes=5))
    assert [e.kind for e in done.effects] == [ERASE]
    assert done.replies[0].text.startswith("Done. Everything Cuida stored about you is deleted.")

    # The same button pressed the next day asks again rather than erasing.
    late = engine.handle(asked.state, yes, NOW + timedelta(days=1))
    assert ERASE not in [e.kind for e in late.effects]
    assert late.replies[0].text.startswith("That button is more than an hour old")
    assert yes_button(late.replies) != yes.data  # a fresh confirmation

    kept = engine.handle(asked.state, Press(PRIVACY_PREFIX + "keep"), NOW)
    assert kept.replies[0].text.startswith("Nothing was deleted. Your data is as it was.")
    assert [e.kind for e in kept.effects] == ["delete_cancelled"]
    assert (kept.state.flow, kept.state.step) == ("infection_check", "fever")
    assert kept.replies[-1].buttons[0].data == callback_data("infection_check", "fever", 0)  # the question again


@pytest.mark.parametrize(
    "text",
    [
        "delete my data",
        "Delete My Data!",
        "DELETE MY DATA",
        "delet my data",
        "please delete my data",
        "forget me",
        "Forget me please",
        "borrar mis datos",
        "Borrar mis datos",
        "borrar mis datos por favor",
        "borar mis datos",
        "eliminar mis datos",
        "Eliminar mis datos",
        "borra mis datos",
        "olvídame",
        "bórrame",
        "quiero borrar mis datos",
    ],
)
def test_free_text_asks_to_delete(engine: Engine, text: str) -> None:
    turn = engine.handle(UserState(1, language="es"), Text(text), NOW)
    assert turn.replies[0].text.startswith("¿Quieres borrar todo lo que Cuida guarda sobre ti?")
    assert yes_button(turn.replies)


@pytest.mark.parametrize(
    "text",
    [
        "actualizar mis datos",
        "delete",
        "borrar",
        "I forgot my meds",
        "olvidé tomar mis pastillas",
        "mis dudas",
        "olvídate",
        "don't unsubscribe me, just pause the reminders for a week",
        "no quiero que me den de baja, solo pausar los recordatorios",
    ],
)
def test_other_text_is_not_a_privacy_request(text: str) -> None:
    assert privacy_intent(text) is None


def test_no_labelled_patient_message_is_taken_for_a_privacy_request() -> None:
    """Questions, red flags and negations from tests/data/messages.yaml keep going where they went."""
    messages = yaml.safe_load((ROOT / "tests" / "data" / "messages.yaml").read_text())
    assert len(messages) > 600
    taken = [m["text"] for m in messages if privacy_intent(m["text"]) is not None]
    assert not taken, taken


def test_a_red_flag_comes_before_deleting(engine: Engine) -> None:
    turn = engine.handle(UserState(1, language="es"), Text("borrar mis datos, no puedo respirar"), NOW)
    assert turn.effects[0].kind == "red_flag"
    assert "112" in turn.replies[0].text or "911" in turn.replies[0].text
    assert not any(b.data.startswith(PRIVACY_PREFIX) for r in turn.replies for b in r.buttons)


def test_broadcast_text_about_deleting_is_the_message(engine: Engine) -> None:
    """Staff typing a broadcast that mentions deleting data are writing it, not asking."""
    fields = {"_staff_clinic_id": 1, "_staff_clinic_name": "Sol", "_recipients": 3}
    state = UserState(STAFF, flow="broadcast", step="write_en", fields=fields)
    turn = engine.handle(state, Text("delete my data"), NOW)
    assert not any(b.data.startswith(PRIVACY_PREFIX) for r in turn.replies for b in r.buttons)
    assert turn.state.answers.get("text_en") == "delete my data"


def test_forged_confirmation_data_never_erases(engine: Engine) -> None:
    for data in ("privacy|delete|abc", "privacy|delete|", "privacy|delete|99999999999999", "privacy|nope"):
        turn = engine.handle(UserState(1), Press(data), NOW)
        assert ERASE not in [e.kind for e in turn.effects], data
        assert turn.replies and turn.replies[0].text


def test_every_saved_field_has_a_label_in_both_languages(content: Content) -> None:
    """/mydata names each stored field in plain words; a new saved answer needs a label too."""
    names = {"clinic_name", "fever_threshold_c"}  # set by the clinic hook
    for flow in content.flows.values():
        for step in flow.steps.values():
            if step.ask is not None and step.ask.save:
                names.add(step.ask.into)
            names |= {n for n in step.set if n != "language"}
            names |= {n for b in step.buttons for n in b.set if n != "language"}
    assert {"treatment_date", "treatment", "country", "timezone", "reminders_on"} <= names
    for language in LANGUAGES:
        missing = sorted(n for n in names if f"privacy.field.{n}" not in content.texts[language])
        assert not missing, f"{language}: no privacy.field.<name> for {missing}"


# ---- erasing everywhere ------------------------------------------------------------------------


async def scan(store: SqliteStorage, value: int) -> list[tuple[str, str]]:
    """(table, column) of every cell in the database holding `value` or text containing it."""
    found = []
    async with store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'") as cursor:
        tables = [r[0] for r in await cursor.fetchall()]
    assert {"users", "events", "outbox", "clinic_staff", "broadcasts", "stats", "seen_updates"} <= set(tables)
    for table in tables:
        async with store.db.execute(f'SELECT * FROM "{table}"') as cursor:
            columns = [d[0] for d in cursor.description]
            for row in await cursor.fetchall():
                for column, cell in zip(columns, row, strict=True):
                    if cell == value or (isinstance(cell, str | bytes) and str(value) in str(cell)):
                        found.append((table, column))
    return found


async def onboard_es(talk: Conversations, user: int, when: str) -> None:
    """Reminders set up in Spanish: date, joint injection (option 1), Colombia (5), yes."""
    await talk.handle(user, Press(OPEN_PREFIX + "onboarding"), "es")
    for text in (when, "1", "5", "sí"):
        await talk.handle(user, Text(text), "es")


async def populated(engine: Engine, store: SqliteStorage, clock: Clock) -> tuple[Conversations, clinics.Clinic]:
    """A clinic with staff; the patient and another patient joined, with reminders, a red flag and a broadcast."""
    assert engine.content.plans is not None
    sol = await clinics.create_clinic(store, "Clínica Sol", staff=[STAFF], now=clock())
    hooks = [ReminderHook(engine.content.plans), ClinicHook(store, engine.content)]
    talk = Conversations(engine, store, clock=clock, hooks=hooks)  # type: ignore[list-item]
    for user, when in ((PATIENT, "17/11/2026"), (OTHER, "18/11/2026")):
        await talk.handle(user, Command("start", sol.invite_code), "es-MX", update_id=user % 1000)
        await onboard_es(talk, user, when)
        await talk.handle(user, Text("no puedo respirar"), "es-MX")
    await talk.handle(STAFF, Command("broadcast"), "en")
    await talk.handle(STAFF, Press(callback_data("broadcast", "pick", 0)), "en")
    await talk.handle(STAFF, Press(callback_data("broadcast", "preview_template", 0)), "en")
    return talk, sol


async def test_delete_erases_the_patient_from_every_table(engine: Engine, tmp_path: Path) -> None:
    clock = Clock(NOW)
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    try:
        talk, _ = await populated(engine, store, clock)
        assert {t for t, _ in await scan(store, PATIENT)} == {"users", "events", "outbox"}
        logged = len(await store.events(PATIENT))
        other_before = (await store.load_user(OTHER), len(await store.events(OTHER)), await scan(store, OTHER))

        asked = await talk.handle(PATIENT, Text("Borrar mis datos"), "es-MX")
        assert asked[0].text.startswith("¿Quieres borrar todo")
        done = await talk.handle(PATIENT, Press(yes_button(asked)), "es-MX")
        # The goodbye is in the patient's language, though nothing of them is left to say which.
        assert said(done).startswith("Listo. Todo lo que Cuida guardaba sobre ti está borrado.")

        assert await scan(store, PATIENT) == []
        assert await store.load_user(PATIENT) is None
        counts = await privacy.stats(store)
        assert counts["users_deleted"] == 1
        erased = {k.removeprefix("events_erased."): v for k, v in counts.items() if k.startswith("events_erased.")}
        assert sum(erased.values()) == logged + 1  # and the "delete_requested" of the question
        assert erased["red_flag"] == 1 and erased["clinic_joined"] == 1
        # Everyone else is untouched; the broadcast's audit row keeps its count.
        assert (await store.load_user(OTHER), len(await store.events(OTHER)), await scan(store, OTHER)) == other_before
        broadcast = await clinics.get_broadcast(store, 1)
        assert broadcast is not None and broadcast.recipients == 2 and broadcast.created_by == STAFF

        # Writing again starts from zero, like a new user.
        again = await talk.handle(PATIENT, Command("start"), "es-MX")
        assert said(again).startswith("Hola, soy Cuida")
        assert (await store.events(PATIENT))[0].kind == "user_created"
    finally:
        await store.close()


async def test_erased_text_is_not_left_in_the_file(engine: Engine, tmp_path: Path) -> None:
    """secure_delete: the erased rows are overwritten, not left readable in free pages."""
    clock = Clock(NOW)
    path = tmp_path / "c.sqlite3"
    store = await SqliteStorage.open(path)
    try:
        talk, _ = await populated(engine, store, clock)
        marker = b"2026-11-17"  # the patient's treatment date: in their fields, events and reminder refs

        async def on_disk() -> bool:
            await store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            wal = path.with_name(path.name + "-wal")
            return marker in path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

        assert await on_disk()  # the control: the marker is findable while the patient exists
        asked = await talk.handle(PATIENT, Command("delete"), "es")
        await talk.handle(PATIENT, Press(yes_button(asked)), "es")
        assert not await on_disk()
    finally:
        await store.close()


def _traces(path: Path, marker: bytes) -> dict[str, int]:
    """How often `marker` occurs in the database file and its -wal and -shm companions, as raw bytes."""
    found = {}
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        found[suffix or "db"] = part.read_bytes().count(marker) if part.exists() else 0
    return found


def _id_forms(user_id: int) -> list[bytes]:
    """A Telegram id as it can sit in the files: decimal text (JSON) and SQLite's 4-, 6- and 8-byte integers."""
    return [str(user_id).encode(), *(user_id.to_bytes(n, "big") for n in (4, 6, 8))]


async def test_after_delete_the_wal_no_longer_holds_the_person(engine: Engine, tmp_path: Path) -> None:
    """/delete checkpoints at once: neither the file nor its WAL keeps the id or the treatment date.

    No checkpoint by the test: only what the bot itself does between the press and the files.
    """
    clock = Clock(NOW)
    path = tmp_path / "c.sqlite3"
    store = await SqliteStorage.open(path)
    try:
        talk, _ = await populated(engine, store, clock)
        markers = [b"2026-11-17", *_id_forms(PATIENT)]
        # The control: the person is in the WAL before /delete (so the search can find them).
        assert _traces(path, b"2026-11-17")["-wal"] > 0
        assert _traces(path, PATIENT.to_bytes(4, "big"))["-wal"] > 0
        asked = await talk.handle(PATIENT, Command("delete"), "es")
        done = await talk.handle(PATIENT, Press(yes_button(asked)), "es")
        assert said(done).startswith("Listo. Todo lo que Cuida guardaba")
        left = {marker: _traces(path, marker) for marker in markers}
        assert all(sum(counts.values()) == 0 for counts in left.values()), left
        # The bot goes on writing as usual afterwards (the other patient's turn is stored).
        await talk.handle(OTHER, Text("hola"), "es")
        assert len(await store.events(OTHER)) > 0
    finally:
        await store.close()


async def test_the_wal_checkpoint_waits_briefly_for_another_process_reading(tmp_path: Path) -> None:
    """A reader elsewhere (`cuida clinic`, a worker) makes TRUNCATE busy; the erase tries again until it ends."""
    import sqlite3

    path = tmp_path / "c.sqlite3"
    store = await SqliteStorage.open(path)
    try:
        await store.set_status(1, "active")  # any write: the WAL has frames
        async with store.transaction() as db:
            await db.execute("INSERT INTO stats (name, value) VALUES ('x', 1)")
        reader = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM stats").fetchone()  # holds a snapshot: the WAL cannot be reset
        assert not await store.wipe_wal(attempts=2, pause=0.01)  # the control: busy while it reads
        asyncio.get_running_loop().call_later(0.2, reader.rollback)
        assert await store.wipe_wal(attempts=40, pause=0.05)
        assert path.with_name(path.name + "-wal").stat().st_size == 0
        reader.close()
    finally:
        await store.close()


async def test_staff_keep_their_membership_but_not_their_name_on_broadcasts(engine: Engine, tmp_path: Path) -> None:
    clock = Clock(NOW)
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    try:
        talk, sol = await populated(engine, store, clock)
        asked = await talk.handle(STAFF, Command("delete"), "en")
        done = await talk.handle(STAFF, Press(yes_button(asked)), "en")
        assert "You are still on the staff list of Clínica Sol" in said(done)
        # The staff list is the clinic's record; every other trace is gone.
        assert await scan(store, STAFF) == [("clinic_staff", "user_id")]
        broadcast = await clinics.get_broadcast(store, 1)
        assert broadcast is not None and broadcast.created_by is None and broadcast.clinic_id == sol.id
        assert await clinics.is_staff(store, sol.id, STAFF)
    finally:
        await store.close()


# ---- /mydata -------------------------------------------------------------------------------------


async def test_mydata_shows_what_is_stored_in_plain_words(engine: Engine, tmp_path: Path) -> None:
    clock = Clock(NOW)
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    try:
        talk, _ = await populated(engine, store, clock)
        talk.retention_days = 90
        shown = said(await talk.handle(PATIENT, Command("mydata"), "es"))
        assert (
            "Esto es lo que Cuida guarda sobre ti:\n"
            "• Idioma: Español\n"
            "• Fecha del tratamiento: 17/11/2026\n"
            "• Tratamiento: Inyección en una articulación (rodilla, cadera, hombro)\n"
            "• País: Colombia\n"
            "• Quieres recordatorios: Sí\n"
            "• Clínica: Clínica Sol\n"
            "• Dónde estamos: Mi tratamiento y recordatorios\n"
            "• Respuestas en esta conversación: 4\n"
        ) in shown
        for line in (
            "• Recordatorios y mensajes de la clínica: activados",
            "• Recordatorios por enviar: 3",  # days 5, 7 and 30; the rest is past
            "Cada entrada se borra a los 90 días.",
        ):
            assert line in shown, line
        logged = len(await store.events(PATIENT)) - 1  # less the "data_shown" of this turn
        assert f"Registro de nuestras conversaciones: {logged} entradas desde el 21/11/2026" in shown

        # English, asked in free text, by someone who stopped messages and has saved nothing.
        await talk.handle(OTHER + 1, Text("STOP"), "en")
        shown = said(await talk.handle(OTHER + 1, Text("what do you know about me?"), "en"))
        assert "• Language: English" in shown
        assert "• No answers saved yet" in shown
        assert "• Reminders and clinic messages: stopped (send START to turn them on)" in shown
        assert "• Reminders waiting to be sent: 0" in shown
        # Showing the data is itself recorded (then the menu, as the user was nowhere).
        assert [e.kind for e in await store.events(OTHER + 1)][-2:] == ["data_shown", "flow_started"]
    finally:
        await store.close()


# ---- retention -----------------------------------------------------------------------------------


async def test_old_events_are_pruned_and_counted(engine: Engine, tmp_path: Path) -> None:
    clock = Clock(NOW - timedelta(days=400))
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    try:
        talk = Conversations(engine, store, clock=clock)
        await talk.handle(1, Command("start"), "en", update_id=10)
        await talk.handle(1, Text("no puedo respirar"), "es", update_id=11)
        old = len(await store.events(1))
        clock.now = NOW - timedelta(days=10)
        await talk.handle(1, Command("help"), "en", update_id=12)
        await talk.handle(2, Command("start"), "en", update_id=13)
        recent = len(await store.events()) - old

        report = await privacy.prune(store, 365, NOW, batch=2)  # small batches: the loop is exercised
        assert report.total == old and report.events["red_flag"] == 1
        assert report.updates == 4  # update ids older than two days
        kept = await store.events()
        assert len(kept) == recent and all(e.at >= (NOW - timedelta(days=365)).isoformat() for e in kept)
        counts = await privacy.stats(store)
        assert sum(v for k, v in counts.items() if k.startswith("events_pruned.")) == old
        assert counts["events_pruned.red_flag"] == 1
        assert await store.load_user(1) is not None  # pruning the log never touches state

        again = await privacy.prune(store, 365, NOW)
        assert again.total == 0 and again.updates == 0
    finally:
        await store.close()


async def test_housekeeping_prunes_at_start_and_then_daily(engine: Engine, tmp_path: Path) -> None:
    clock = Clock(NOW)
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    try:
        talk = Conversations(engine, store, clock=clock)
        async with store.transaction() as db:  # a year-old entry, already there at start-up
            await store.write_turn(db, UserState(1), [Event("old")], NOW - timedelta(days=400))
        housekeeping = privacy.Housekeeping(store, 30, clock=clock, interval=0.05)
        await housekeeping.start()
        async with asyncio.timeout(5):
            while housekeeping.passes < 1:
                await asyncio.sleep(0.01)
        assert housekeeping.last is not None and housekeeping.last.events == {"old": 1}

        await talk.handle(1, Command("help"), "en")  # today's events...
        assert await store.events(1)
        clock.now = NOW + timedelta(days=31)  # ...a month later are past a 30-day retention
        passes = housekeeping.passes
        async with asyncio.timeout(5):
            while housekeeping.passes < passes + 1 or await store.events(1):
                await asyncio.sleep(0.01)
        await housekeeping.stop()
        assert housekeeping.passes >= 2
    finally:
        await store.close()


def test_retention_setting() -> None:
    assert config.from_env({}).event_retention_days == 365
    assert config.from_env({"CUIDA_EVENT_RETENTION_DAYS": "30"}).event_retention_days == 30
    for bad in ("0", "-3", "a year"):
        with pytest.raises(ConfigError, match="CUIDA_EVENT_RETENTION_DAYS must be a whole number"):
            config.from_env({"CUIDA_EVENT_RETENTION_DAYS": bad})


# ---- through Telegram ----------------------------------------------------------------------------


async def test_delete_and_mydata_through_telegram(tmp_path: Path, content: Content) -> None:
    db = tmp_path / "c.sqlite3"
    store = await SqliteStorage.open(db)
    async with store.transaction() as conn:  # an event from long ago: pruned when the bot starts
        await store.write_turn(conn, UserState(OTHER), [Event("old")], datetime.now(UTC) - timedelta(days=400))
    await store.close()

    def housekeeping(opened: SqliteStorage) -> privacy.Housekeeping:
        return privacy.Housekeeping(opened, 365)

    async with BotApiServer() as server, running_bot(server, db, content, housekeeping=housekeeping) as bot:
        menus: dict[str, Any] = server.commands
        assert any(c["command"] == "delete" and "Borrar todo" in c["description"] for c in menus["es"])
        assert any(c["command"] == "mydata" for c in menus["en"])

        server.push_text(PATIENT, "/start", language_code="es")
        await server.wait_sent(1, chat_id=PATIENT)
        server.push_text(PATIENT, "/mydata", language_code="es")
        [shown] = (await server.wait_sent(2, chat_id=PATIENT))[1:]
        assert shown["text"].startswith("Esto es lo que Cuida guarda sobre ti:")

        server.push_text(PATIENT, "eliminar mis datos", language_code="es")
        [confirm] = (await server.wait_sent(3, chat_id=PATIENT))[2:]
        data = confirm["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        server.push_callback(PATIENT, data, message=confirm, language_code="es")
        [done] = (await server.wait_sent(4, chat_id=PATIENT))[3:]
        assert done["text"].startswith("Listo. Todo lo que Cuida guardaba sobre ti está borrado.")
        assert "» 🗑 Sí, borrar todo" in server.message(PATIENT, confirm["message_id"])["text"]  # type: ignore[index]
        await bot.wait_done(4)
        assert await scan(bot.store, PATIENT) == []
        # The start-up pass of the housekeeping removed the year-old event.
        assert await bot.store.events(OTHER) == []
        assert (await privacy.stats(bot.store))["events_pruned.old"] == 1


@pytest.mark.parametrize(
    ("text", "language", "reply"),
    [
        (
            "Dear team, kindly take me off your list. I have decided against the treatment. Regards, Ann",
            "en",
            "Send STOP to get no more messages",
        ),
        ("hi, can you stop sending me these reminders, I moved clinics", "en", "Send STOP to get no more messages"),
        (
            "Buenas tardes, les ruego que me den de baja, ya no me interesa el tratamiento. Saludos, Marta",
            "es",
            "Envía BAJA para no recibir más mensajes",
        ),
        ("ya no me manden más mensajes porfa, gracias", "es", "Envía BAJA para no recibir más mensajes"),
    ],
)
def test_a_letter_asking_for_no_more_messages_says_how(engine: Engine, text: str, language: str, reply: str) -> None:
    """A request for no more messages inside a longer, polite message gets how to stop and erase."""
    assert privacy_intent(text) == "stop"
    turn = engine.handle(UserState(1, language=language), Text(text), NOW)
    assert turn.effects[0].kind == "privacy_help", turn.effects
    assert reply in turn.replies[0].text
    assert "/delete" in turn.replies[0].text


@pytest.mark.parametrize(
    ("text", "language", "asked"),
    [
        ("please stop pinging me at 6am, make it 10", "en", True),
        ("por favor deja de mandarme mensajes a las 6, mejor a las 10", "es", True),
        ("I feel better 2 days after, just messaging to say thanks. can it be 10 days before the check?", "en", False),
        ("me siento mejor 2 días después, les escribo para contarles", "es", False),
        # Held until a day, then back: a pause is the reminders' business, not an end to them.
        ("exams this week and the messages distract me. can you pause them until monday?", "en", True),
        ("tengo exámenes y los mensajes me distraen, ¿los podés frenar hasta el lunes?", "es", True),
        ("should I stop the ibuprofen until the swelling goes down?", "en", False),
        ("¿puedo parar el ibuprofeno hasta que baje la hinchazón?", "es", False),
    ],
)
def test_the_messages_asked_for_at_another_time_open_the_reminders(
    engine: Engine, text: str, language: str, asked: bool
) -> None:
    """ "Make it 10", "mejor a las 10": the reminders, where times are kept; a count of days is no time."""
    assert (privacy_intent(text) == "reschedule") is asked
    turn = engine.handle(UserState(1, language=language), Text(text), NOW)
    routed = [e.data for e in turn.effects if e.kind == "routed"]
    assert (routed[:1] == [{"flow": "reminders", "by": "rules:reschedule"}]) is asked, turn.effects
    assert not any(e.kind == "privacy_help" for e in turn.effects)


def test_a_red_flag_comes_before_a_request_for_no_more_messages(engine: Engine) -> None:
    turn = engine.handle(UserState(1, language="en"), Text("take me off your list, also my throat is closing"), NOW)
    assert turn.effects[0].kind == "red_flag"
    assert not any(e.kind == "privacy_help" for e in turn.effects)
