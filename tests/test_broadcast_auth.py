"""Only a clinic's staff can broadcast to its patients: patients, forged presses and ex-staff are refused."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.app import clinics
from bot.app.clinics import ClinicHook
from bot.app.conversations import Conversations
from bot.core.content import Content
from bot.core.engine import Command, Engine, Event, Press, Text, UserState, callback_data
from bot.storage.sqlite import SqliteStorage
from bot.telegram.sender import Sender, sender_bot
from tests.conftest import NOW
from tests.support.botapi import BotApiServer
from tests.support.running import polling

STAFF = 900
LUNA_STAFF = 950
PATIENT = 101
REFUSAL = "only clinic staff can send messages"
# The button that sends a previewed template: what a forger would copy.
SEND = callback_data("broadcast", "preview_template", 0)


async def setup(engine: Engine, store: SqliteStorage) -> tuple[clinics.Clinic, clinics.Clinic, Conversations]:
    """Sol (staff 900) with patients 101-103; Luna (staff 950) with patient 201."""
    sol = await clinics.create_clinic(store, "Clínica Sol", staff=[STAFF], now=NOW)
    luna = await clinics.create_clinic(store, "Clínica Luna", staff=[LUNA_STAFF], now=NOW)
    talk = Conversations(engine, store, clock=lambda: NOW, hooks=[ClinicHook(store, engine.content)])
    for user_id in (101, 102, 103):
        await talk.handle(user_id, Command("start", sol.invite_code))
    await talk.handle(201, Command("start", luna.invite_code))
    return sol, luna, talk


async def queued(store: SqliteStorage) -> tuple[int, int]:
    """(broadcast outbox rows, broadcast audit rows)."""
    async with store.db.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'broadcast'") as cursor:
        rows = (await cursor.fetchone())[0]  # type: ignore[index]
    async with store.db.execute("SELECT COUNT(*) FROM broadcasts") as cursor:
        audits = (await cursor.fetchone())[0]  # type: ignore[index]
    return rows, audits


def text(replies: list) -> str:
    return "\n".join(r.text for r in replies)


async def test_staff_can_broadcast_to_their_own_patients(engine: Engine, store: SqliteStorage) -> None:
    """The control case: the same path works for staff, so the refusals below are meaningful."""
    sol, _, talk = await setup(engine, store)
    replies = await talk.handle(STAFF, Command("broadcast"))
    assert "Patients who will get it now: 3" in text(replies)
    replies = await talk.handle(STAFF, Press(callback_data("broadcast", "pick", 0)))
    assert "It goes to 3 patients of Clínica Sol" in text(replies)
    replies = await talk.handle(STAFF, Press(SEND))
    assert "on its way" in text(replies)
    assert await queued(store) == (3, 1)
    async with store.db.execute("SELECT user_id FROM outbox ORDER BY user_id") as cursor:
        assert [r[0] for r in await cursor.fetchall()] == [101, 102, 103]
    [event] = await store.events(STAFF, "broadcast_created")
    assert event.data["clinic_id"] == sol.id and event.data["template"] == "site_care"
    # Pressing Send again (a double tap) is a stale button: still one broadcast.
    await talk.handle(STAFF, Press(SEND))
    assert await queued(store) == (3, 1)


async def test_staff_written_message_goes_out_in_both_languages(engine: Engine, store: SqliteStorage) -> None:
    _, _, talk = await setup(engine, store)
    await talk.handle(STAFF, Command("broadcast"))
    await talk.handle(STAFF, Press(callback_data("broadcast", "pick", 5)))  # write my own
    await talk.handle(STAFF, Text("If you have a fever above 38 C, call us."))
    replies = await talk.handle(STAFF, Text("Si tienes fiebre de más de 38 C, llámanos."))
    assert "If you have a fever above 38 C" in text(replies) and "Si tienes fiebre" in text(replies)
    await talk.handle(STAFF, Press(callback_data("broadcast", "preview_written", 0)))
    [audit] = [await clinics.get_broadcast(store, 1)]
    assert audit is not None and audit.template is None
    assert (audit.text_en, audit.text_es, audit.recipients) == (
        "If you have a fever above 38 C, call us.",
        "Si tienes fiebre de más de 38 C, llámanos.",
        3,
    )


async def test_a_patient_sending_broadcast_is_refused(engine: Engine, store: SqliteStorage) -> None:
    _, _, talk = await setup(engine, store)
    for attempt in (Command("broadcast"), Command("BROADCAST"), Press("open|broadcast")):
        replies = await talk.handle(PATIENT, attempt)
        assert REFUSAL in text(replies), text(replies)
        assert "Patients who will get it" not in text(replies)
    assert await queued(store) == (0, 0)


async def test_a_forged_send_press_by_a_patient_is_refused(engine: Engine, store: SqliteStorage) -> None:
    _, _, talk = await setup(engine, store)
    for data in (SEND, callback_data("broadcast", "preview_written", 0), callback_data("broadcast", "pick", 0)):
        replies = await talk.handle(PATIENT, Press(data))
        assert "no longer available" in text(replies)
    assert await queued(store) == (0, 0)


async def test_a_patient_whose_state_sits_on_the_preview_is_refused(engine: Engine, store: SqliteStorage) -> None:
    """Even with the stored state forged to the preview step, Send is refused: the flow rechecks staff."""
    _, _, talk = await setup(engine, store)
    state = await store.load_user(PATIENT)
    assert state is not None
    state.flow, state.step, state.answers = "broadcast", "preview_template", {"template": "site_care"}
    await store.save_turn(state, [], NOW)
    replies = await talk.handle(PATIENT, Press(SEND))
    assert REFUSAL in text(replies)
    assert await queued(store) == (0, 0)


async def test_the_hook_rechecks_the_database_whatever_the_engine_said(engine: Engine, store: SqliteStorage) -> None:
    """A confirmed-broadcast effect for a clinic the user is not staff of queues nothing."""
    sol, luna, _ = await setup(engine, store)
    hook = ClinicHook(store, engine.content)
    for user_id, clinic_id in ((PATIENT, sol.id), (STAFF, luna.id), (LUNA_STAFF, sol.id), (STAFF, "1"), (STAFF, None)):
        effect = Event(clinics.CONFIRMED, {"clinic_id": clinic_id, "template": "site_care"})
        async with store.transaction() as db:
            await hook.after(db, UserState(user_id), [effect], NOW)
    assert await queued(store) == (0, 0)
    refused = [e.data["clinic_id"] for e in await store.events(kind="broadcast_refused")]
    assert refused == [sol.id, luna.id, sol.id, "1", None]
    # The same effect from real staff of that clinic does queue: the check is what stopped the others.
    async with store.transaction() as db:
        effect = Event(clinics.CONFIRMED, {"clinic_id": luna.id, "template": "site_care"})
        await hook.after(db, UserState(LUNA_STAFF), [effect], NOW)
    assert await queued(store) == (1, 1)


async def test_staff_removed_between_preview_and_confirm_is_refused(engine: Engine, store: SqliteStorage) -> None:
    sol, _, talk = await setup(engine, store)
    await talk.handle(STAFF, Command("broadcast"))
    replies = await talk.handle(STAFF, Press(callback_data("broadcast", "pick", 1)))
    assert "It goes to 3 patients" in text(replies)
    assert await clinics.remove_staff(store, sol.id, STAFF)
    replies = await talk.handle(STAFF, Press(SEND))
    assert REFUSAL in text(replies)
    assert "on its way" not in text(replies)
    assert await queued(store) == (0, 0)


async def test_over_telegram_a_patient_gets_a_refusal_and_nobody_gets_anything(
    tmp_path: Path, content: Content
) -> None:
    """End to end through PTB and the loopback Bot API: /broadcast and a forged Send press."""
    store = await SqliteStorage.open(tmp_path / "cuida.sqlite3")
    engine = Engine(content)
    async with BotApiServer() as server:
        _, _, talk = await setup(engine, store)
        # With a running sender: anything wrongly queued would really go out.
        sender = Sender(store, sender_bot(server.token, server.base_url), engine, rate=100, chat_interval=0)
        try:
            async with polling(server, talk, sender=sender):
                before = {user_id: len(server.sent_to(user_id)) for user_id in (102, 103, 201)}
                server.push_text(PATIENT, "/broadcast")
                [refusal, *_] = await server.wait_sent(1, chat_id=PATIENT)
                assert REFUSAL in refusal["text"]
                server.push_callback(PATIENT, SEND)
                await server.wait_for(lambda s: len(s.sent_to(PATIENT)) >= 2)
                assert "no longer available" in "\n".join(server.texts_to(PATIENT))
                sender.wake()
                await asyncio.sleep(0.3)  # anything wrongly queued would be in the database, and sent, by now
                assert await queued(store) == (0, 0)
                assert {user_id: len(server.sent_to(user_id)) for user_id in (102, 103, 201)} == before
        finally:
            await store.close()


async def broadcast_rows(store: SqliteStorage) -> list[tuple[int, str]]:
    """(recipient, broadcast id) of every broadcast outbox row."""
    rows = await store.db.execute_fetchall("SELECT user_id, ref FROM outbox WHERE kind = 'broadcast' ORDER BY user_id")
    return [(int(user), str(ref)) for user, ref in rows]


async def test_send_goes_to_the_clinic_of_the_preview_or_nowhere(engine: Engine, store: SqliteStorage) -> None:
    """An admin moved Sol's staff member to Luna between preview and Send: Sol's message never reached Luna."""
    sol, luna, talk = await setup(engine, store)
    await talk.handle(STAFF, Command("broadcast"))
    replies = await talk.handle(STAFF, Press(callback_data("broadcast", "pick", 0)))
    assert "It goes to 3 patients of Clínica Sol" in text(replies)
    assert await clinics.remove_staff(store, sol.id, STAFF)
    assert await clinics.add_staff(store, luna.id, STAFF)
    replies = await talk.handle(STAFF, Press(SEND))
    assert REFUSAL in text(replies)
    assert "on its way" not in text(replies)
    assert await broadcast_rows(store) == []
    # Starting again now previews (and sends) for the clinic they work for today.
    replies = await talk.handle(STAFF, Command("broadcast"))
    assert "Message to the patients of Clínica Luna" in text(replies)
    await talk.handle(STAFF, Press(callback_data("broadcast", "pick", 0)))
    replies = await talk.handle(STAFF, Press(SEND))
    assert "on its way to the patients of Clínica Luna" in text(replies)
    assert await broadcast_rows(store) == [(201, "1")]


async def test_a_staff_member_of_two_clinics_sends_to_the_one_previewed(engine: Engine, store: SqliteStorage) -> None:
    """Joining a clinic listed before the previewed one between preview and Send changes nothing."""
    _sol, luna, talk = await setup(engine, store)
    await talk.handle(LUNA_STAFF, Command("broadcast"))
    replies = await talk.handle(LUNA_STAFF, Press(callback_data("broadcast", "pick", 0)))
    assert "patients of Clínica Luna" in text(replies)
    # Sol (id 1) now comes first among this member's clinics; the preview was for Luna.
    assert await clinics.add_staff(store, _sol.id, LUNA_STAFF)
    replies = await talk.handle(LUNA_STAFF, Press(SEND))
    assert "on its way to the patients of Clínica Luna" in text(replies)
    assert await broadcast_rows(store) == [(201, "1")]
    assert (await clinics.get_broadcast(store, 1)).clinic_id == luna.id  # type: ignore[union-attr]


async def test_pressing_send_twice_says_on_its_way_once_and_queues_once(engine: Engine, store: SqliteStorage) -> None:
    _, _, talk = await setup(engine, store)
    await talk.handle(STAFF, Command("broadcast"))
    await talk.handle(STAFF, Press(callback_data("broadcast", "pick", 0)))
    first = await talk.handle(STAFF, Press(SEND))
    second = await talk.handle(STAFF, Press(SEND))
    assert "on its way" in text(first)
    assert "on its way" not in text(second)
    assert "no longer available" in text(second)
    assert await queued(store) == (3, 1)


async def test_a_former_staff_member_never_sees_a_raw_placeholder(engine: Engine, store: SqliteStorage) -> None:
    """Removed while the broadcast flow was open: old buttons show the clinic's name, not {_staff_clinic_name}."""
    sol, _, talk = await setup(engine, store)
    await talk.handle(STAFF, Command("broadcast"))
    assert await clinics.remove_staff(store, sol.id, STAFF)
    stale = await talk.handle(STAFF, Press(SEND))  # an old "Send it": the pick step is shown again
    assert "{" not in text(stale), text(stale)
    assert "Clínica Sol" in text(stale)
    # After a send, the same: the second press after removal says nothing with a placeholder.
    assert await clinics.add_staff(store, sol.id, STAFF)
    await talk.handle(STAFF, Command("broadcast"))
    await talk.handle(STAFF, Press(callback_data("broadcast", "pick", 0)))
    await talk.handle(STAFF, Press(SEND))
    assert await clinics.remove_staff(store, sol.id, STAFF)
    again = await talk.handle(STAFF, Press(SEND))
    assert "{" not in text(again), text(again)
    assert await queued(store) == (3, 1)
