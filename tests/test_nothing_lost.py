"""Nothing lost (issue 12): replies under flood control, presses that can no longer be
acknowledged, one user's turns one at a time, and malformed updates. The real Application
against the loopback Bot API stand-in, unless a part is tested on its own."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.app.conversations import Conversations
from bot.app.inbox import Inbox
from bot.core.content import Content
from bot.core.engine import Engine, Event, Input, Text, UserState
from bot.storage.base import Transaction
from bot.storage.sqlite import SqliteStorage
from bot.telegram.sender import OUTBOX, REPLY, SAFETY, Pacer
from tests.support.botapi import BotApiServer
from tests.support.running import running_bot

USER = 7301
ERROR_EN = "Sorry, something went wrong on our side."


def button(message: dict[str, Any], label: str) -> str:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return next(key["callback_data"] for row in rows for key in row if label in key["text"])


# ---- replies under Telegram's flood control ------------------------------------------------------


async def test_replies_over_the_rate_limit_all_arrive_in_order(tmp_path: Path, content: Content) -> None:
    users = list(range(9000, 9010))
    commands = ["/help", "/emergency", "/help"]
    async with BotApiServer() as server, running_bot(server, tmp_path / "c.sqlite3", content):
        reference = 8999  # what one user gets with no limit in the way
        server.push_text(reference, "/help")
        (help_,) = await server.wait_sent(1, chat_id=reference)
        server.push_text_many([(reference, "/emergency"), (reference, "/help")])
        await server.wait_for(lambda s: len(s.texts_to(reference)) >= 3 and s.texts_to(reference)[-1] == help_["text"])
        expected = server.texts_to(reference)  # help, the emergency numbers, help again
        server.rate_limit = 8.0  # messages/s overall; 429 with retry_after beyond that
        server.retry_after = 1
        for command in commands:
            server.push_text_many([(user, command) for user in users])
        await server.wait_sent(len(expected) * (len(users) + 1), timeout=30)
        assert server.too_many_requests > 0  # the limit was hit, and nothing was lost to it
        for user in users:
            assert server.texts_to(user) == expected  # all of them, in the order asked


async def test_the_something_went_wrong_notice_is_not_lost_to_flood_control(tmp_path: Path, content: Content) -> None:
    class Broken:
        async def before(self, state: UserState, event: Input, now: datetime) -> None:
            if isinstance(event, Text) and event.text == "boom":
                raise RuntimeError("a bug in a hook")

        async def after(self, tx: Transaction, state: UserState, effects: list[Event], now: datetime) -> None:
            pass

    users = list(range(9100, 9108))
    async with (
        BotApiServer() as server,
        running_bot(server, tmp_path / "c.sqlite3", content, hooks=[Broken()]) as running,
    ):
        server.rate_limit = 2.0
        server.push_text_many([(user, "boom") for user in users])
        await running.wait_done(len(users), timeout=30)
        await server.wait_sent(len(users), timeout=30)
        assert server.too_many_requests > 0
        assert all(server.texts_to(user) == [content.text("common.error", "en")] for user in users)


async def test_safety_replies_go_first_then_replies_then_the_outbox() -> None:
    pacer = Pacer(rate=20.0, chat_interval=0)
    order: list[str] = []

    async def send(name: str, priority: int) -> None:
        async def call() -> None:
            order.append(name)

        await pacer.send(hash(name), priority, call)

    jobs = [("o0", OUTBOX), ("o1", OUTBOX), ("o2", OUTBOX), ("r0", REPLY), ("r1", REPLY), ("s", SAFETY)]
    await asyncio.gather(*(send(name, priority) for name, priority in jobs))
    # o0 found the rate free and went at once; everyone else waited, and went by priority.
    assert order == ["o0", "s", "r0", "r1", "o1", "o2"]


async def test_a_429_pauses_its_class_and_those_behind_it_not_those_ahead() -> None:
    pacer = Pacer(rate=100.0, chat_interval=0)
    pacer.pause(REPLY, 5.0)
    now = time.monotonic()
    assert pacer.resume_at(SAFETY) == 0.0
    assert pacer.resume_at(REPLY) > now + 4 and pacer.resume_at(OUTBOX) > now + 4
    sent: list[int] = []

    async def call() -> None:
        sent.append(1)

    await asyncio.wait_for(pacer.send(1, SAFETY, call), 1.0)  # an emergency instruction does not wait
    assert sent == [1]


async def test_a_chat_gets_a_short_burst_of_replies_then_one_per_interval() -> None:
    pacer = Pacer(rate=100.0, chat_interval=0.2, chat_burst=3)
    times: list[float] = []

    async def call() -> None:
        times.append(time.monotonic())

    for _ in range(5):
        await pacer.send(1, REPLY, call)
    assert times[2] - times[0] < 0.1  # the burst
    assert times[3] - times[0] >= 0.6 - 0.01 and times[4] - times[1] >= 0.6 - 0.01  # then 3 per 3 intervals
    started = time.monotonic()
    await pacer.send(1, SAFETY, call)
    assert time.monotonic() - started < 0.1  # a safety reply does not wait for its chat's pace


# ---- presses -------------------------------------------------------------------------------------


async def test_a_press_too_old_to_acknowledge_still_takes_effect(tmp_path: Path, content: Content) -> None:
    async with BotApiServer() as server, running_bot(server, tmp_path / "c.sqlite3", content) as running:
        server.push_text(USER, "/start")
        await server.wait_sent(1, chat_id=USER)
        server.push_text(USER, "/delete")
        (*_, asked) = await server.wait_sent(2, chat_id=USER)
        server.push_callback(USER, button(asked, "Yes, delete everything"), message=asked)
        server.expire_callbacks()  # as after a restart longer than Telegram waits for an answer
        (*_, done) = await server.wait_sent(3, chat_id=USER)
        assert done["text"].startswith("Done. Everything Cuida stored about you is deleted.")
        assert await running.store.load_user(USER) is None
        assert any("query is too old" in e.get("description", "") for e in server.errors)
        assert not any(ERROR_EN in t for t in server.texts_to(USER))


# ---- one turn per user at a time ----------------------------------------------------------------


async def test_a_third_turn_never_runs_beside_a_woken_second(tmp_path: Path, content: Content) -> None:
    """The race of issue 12: the lock was dropped right after release(), before the woken waiter had it."""
    gate = asyncio.Event()
    inside = 0
    most = 0

    class Overlap:
        calls = 0

        async def before(self, state: UserState, event: Input, now: datetime) -> None:
            nonlocal inside, most
            inside += 1
            most = max(most, inside)
            Overlap.calls += 1
            try:
                if Overlap.calls == 1:
                    await gate.wait()  # the first turn holds the user until told
                else:
                    await asyncio.sleep(0.05)  # the others take a moment: room for an overlap
            finally:
                inside -= 1

        async def after(self, tx: Transaction, state: UserState, effects: list[Event], now: datetime) -> None:
            pass

    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    try:
        talk = Conversations(Engine(content), store, hooks=[Overlap()])
        first = asyncio.create_task(talk.handle(USER, Text("one")))
        while inside == 0:
            await asyncio.sleep(0)
        second = asyncio.create_task(talk.handle(USER, Text("two")))
        for _ in range(5):
            await asyncio.sleep(0)  # the second is now waiting for the user's lock
        gate.set()
        await first  # the first is done: the second has been woken, not yet run
        third = asyncio.create_task(talk.handle(USER, Text("three")))
        await asyncio.gather(second, third)
        assert most == 1, "two turns of one user ran at once"
        assert len(talk._locks) == 0  # and nothing is left behind
    finally:
        await store.close()


# ---- malformed but parseable updates ------------------------------------------------------------


async def test_malformed_updates_are_skipped_or_answered_never_an_error(tmp_path: Path, content: Content) -> None:
    async with BotApiServer() as server, running_bot(server, tmp_path / "c.sqlite3", content):
        when = int(time.time())
        sender = {"id": USER, "is_bot": False, "first_name": "Ana"}
        server.push_update("message", {"message_id": 1, "date": when, "from": sender, "text": "no chat"})
        chat = {"id": USER, "type": "private", "first_name": "Ana"}
        server.push_update("message", {"message_id": 2, "date": when, "chat": chat, "text": "no sender"})
        server.push_update("callback_query", {"id": "77", "chat_instance": "1", "data": "x"})  # no sender
        as_text = server.push_text(USER, "/help")
        as_text["update_id"] = str(as_text["update_id"])  # "12", not 12
        server.push_text(USER, "/help")  # the last: its answer shows the others were got past
        texts = [m["text"] for m in await server.wait_sent(2, chat_id=USER, timeout=10)]
        await asyncio.sleep(0)
        assert len(texts) == 2 and texts[0] == texts[1]  # the update with a text id was answered too
        assert not any(ERROR_EN in t for t in texts)
        assert server.pending_updates == 0  # every one confirmed: none is fetched again and again


# ---- the inbox -----------------------------------------------------------------------------------


async def test_the_inbox_keeps_an_update_without_names_until_it_is_handled(tmp_path: Path) -> None:
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    try:
        inbox = Inbox(store)
        person = {"id": USER, "is_bot": False, "first_name": "Ana", "last_name": "Ruiz", "username": "anaruiz"}
        chat = {"id": USER, "type": "private", "first_name": "Ana", "last_name": "Ruiz", "username": "anaruiz"}
        update = {"update_id": 5, "message": {"message_id": 1, "date": 0, "from": person, "chat": chat, "text": "hola"}}
        await inbox.add([update])
        (body,) = (await store.db.execute_fetchall("SELECT body FROM inbox"))[0]
        assert "Ana" not in body and "Ruiz" not in body and "anaruiz" not in body
        (kept,) = await inbox.left_over()
        assert kept["message"]["text"] == "hola" and kept["message"]["from"]["id"] == USER
        inbox.done(5)
        await inbox.flush()
        assert await inbox.left_over() == []
    finally:
        await store.close()
