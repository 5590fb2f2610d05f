"""Hostile and odd input through the real Application against the loopback Bot API server:
edits, groups, channels, very long text, a flood from one user, the same update twice (also
across a restart), and random input of every kind (hypothesis)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app.conversations import Conversations
from bot.core.content import LANGUAGES, Content
from bot.core.engine import Command, Engine, UserState, bundle
from bot.storage.sqlite import SqliteStorage
from bot.telegram import guards
from bot.telegram.adapter import build_application
from bot.telegram.guards import FloodGuard, Recent, Verdict
from bot.telegram.service import SECRET_HEADER, Service, Webhook
from tests.conftest import NOW
from tests.support.botapi import BotApiServer
from tests.support.running import Running, running_bot
from tests.test_properties import EXPLORE, callback_datas, texts

USER = 4242
GROUP = -1001234567
BREATHE = "I can't breathe"


def new_texts(server: BotApiServer, chat: int, before: int) -> list[str]:
    return server.texts_to(chat)[before:]


async def table_rows(store: SqliteStorage) -> dict[str, int]:
    """Rows in each table that holds anything about users (not the schema or clinics)."""
    counts = {}
    for table in ("users", "events", "outbox", "seen_updates"):
        async with store.db.execute(f"SELECT COUNT(*) FROM {table}") as cursor:
            counts[table] = (await cursor.fetchone())[0]  # type: ignore[index]
    return counts


# ---- the guards on their own -----------------------------------------------------------------------


def test_recent_is_bounded_and_forgets_the_oldest() -> None:
    recent = Recent(size=3)
    assert [recent.first_time(k) for k in (1, 2, 1, 3, 4)] == [True, True, False, True, True]
    assert len(recent) == 3
    assert recent.first_time(1)  # forgotten: the oldest went when 4 came


def test_flood_guard_admits_the_first_then_one_notice_and_never_skips_priority() -> None:
    flood = FloodGuard(limit=3, window=10.0, users=2)
    verdicts = [flood.check(1, 100.0) for _ in range(6)]
    assert verdicts == [Verdict.ADMIT] * 3 + [Verdict.NOTICE, Verdict.SKIP, Verdict.SKIP]
    assert flood.check(1, 101.0, priority=True) is Verdict.PRIORITY
    assert flood.check(2, 101.0) is Verdict.ADMIT  # another user is not affected
    # Once the window has room again the user is answered, and a later flood gets a new notice.
    assert flood.check(1, 110.0) is Verdict.ADMIT
    assert [flood.check(1, 110.5) for _ in range(3)] == [Verdict.ADMIT, Verdict.ADMIT, Verdict.NOTICE]
    flood.check(3, 111.0)
    assert len(flood) == 2  # bounded: user 1, the least recent, was forgotten


# ---- through the adapter ---------------------------------------------------------------------------


@pytest.fixture
async def bot(tmp_path: Path, content: Content) -> AsyncIterator[tuple[BotApiServer, Running]]:
    async with BotApiServer() as server, running_bot(server, tmp_path / "c.sqlite3", content) as running:
        yield server, running


async def test_an_edit_is_not_answered_as_new(bot: tuple[BotApiServer, Running]) -> None:
    server, running = bot
    sent = server.push_text(USER, "I think I have a fever")
    await running.wait_done(1)
    first = server.texts_to(USER)
    assert first[0].startswith("⚠️") or "clinic" in first[0]  # the warning-sign answer, once
    events = await running.store.events(USER)
    state = await running.store.load_user(USER)

    server.push_edited_text(USER, sent["message"]["message_id"], "I think I have a fever of 39")
    await running.wait_done(2)
    assert new_texts(server, USER, len(first)) == [
        "I can't see changes to a message after it is sent. If something changed, please send it again as a "
        "new message."
    ]
    server.push_edited_text(USER, sent["message"]["message_id"], "I think I have a fever of 39.5")
    await running.wait_done(3)
    assert len(server.texts_to(USER)) == len(first) + 1  # the note is not repeated for every edit

    # An edit that adds an emergency gets the number straight away, however recent the last note.
    server.push_edited_text(USER, sent["message"]["message_id"], BREATHE)
    await running.wait_done(4)
    [note] = new_texts(server, USER, len(first) + 1)
    assert note.startswith("I can't see changes") and "call 911 / 112 now" in note
    # Edits changed nothing: the state and the event log are as they were.
    assert await running.store.events(USER) == events
    assert await running.store.load_user(USER) == state


async def test_groups_get_one_note_and_nothing_is_stored(bot: tuple[BotApiServer, Running]) -> None:
    server, running = bot
    server.push_text(USER, "/start", chat_type="supergroup", chat_id=GROUP)
    server.push_text(USER + 1, "hello?", chat_type="supergroup", chat_id=GROUP)  # queued before we left
    await running.wait_done(2)
    [note] = server.texts_to(GROUP)
    assert note.startswith("Hi! Cuida only works in private chats")
    assert "¡Hola! Cuida solo funciona en chats privados" in note
    assert "https://t.me/cuida_test_bot" in note
    assert server.left_chats == [GROUP]

    # Added to another group: the same, from the membership update alone.
    other = -555
    server.push_update(
        "my_chat_member",
        {
            "chat": {"id": other, "type": "group", "title": "Family"},
            "from": {"id": USER, "is_bot": False, "first_name": "Ana"},
            "date": int(time.time()),
            "old_chat_member": {"user": server.bot_user, "status": "left"},
            "new_chat_member": {"user": server.bot_user, "status": "member"},
        },
    )
    # A channel: its posts are ignored; added to one, the bot leaves without posting.
    channel = -1009999
    server.push_channel_post(channel, "/start")
    server.push_update(
        "my_chat_member",
        {
            "chat": {"id": channel, "type": "channel", "title": "News"},
            "from": {"id": USER, "is_bot": False, "first_name": "Ana"},
            "date": int(time.time()),
            "old_chat_member": {"user": server.bot_user, "status": "left"},
            "new_chat_member": {"user": server.bot_user, "status": "member"},
        },
    )
    await running.wait_done(5)
    assert server.texts_to(other)[0].startswith("Hi! Cuida only works in private chats")
    assert server.texts_to(channel) == []
    assert sorted(server.left_chats) == sorted([GROUP, other, channel])  # chats run concurrently
    assert await table_rows(running.store) == {"users": 0, "events": 0, "outbox": 0, "seen_updates": 0}
    assert not server.errors, server.errors


async def test_very_long_text_is_answered(bot: tuple[BotApiServer, Running]) -> None:
    server, running = bot
    longest = ("my knee hurts " * 300)[:4096]
    server.push_text(USER, longest)
    server.push_text(USER, ("blah " * 900)[: 4096 - len(BREATHE)] + BREATHE)  # a red flag at the very end
    await running.wait_done(2)
    texts_sent = server.texts_to(USER)
    assert texts_sent and any("Call 911 / 112 now" in t for t in texts_sent)
    assert all(0 < len(t) <= 4096 for t in texts_sent)
    assert not server.errors, server.errors


async def test_a_flood_is_answered_in_order_with_one_notice(bot: tuple[BotApiServer, Running], engine: Engine) -> None:
    server, running = bot
    names = ["help", "sources", "emergency", "menu"]
    messages = [f"/{names[i % 4]}" for i in range(100)]
    messages[50] = BREATHE  # a red flag in the middle of the flood is never skipped
    server.push_text_many((USER, text) for text in messages)  # 100 messages within a second
    await running.wait_done(100, timeout=20)

    expected: list[str] = []
    for text in messages[: guards.FLOOD_LIMIT]:
        turn = engine.handle(UserState(USER), Command(text[1:]), NOW)
        expected += [r.text.split("\n")[0] for r in bundle(turn.replies, 4096)]
    got = server.texts_to(USER)
    assert [t.split("\n")[0] for t in got[: len(expected)]] == expected  # the first ten, in order
    notice, alarm = got[len(expected) :]
    assert notice.startswith("You sent many messages very fast. I answered the first ones and skipped the rest.")
    assert alarm.startswith("🚨 Trouble breathing is an emergency. Call 911 / 112 now.")
    assert running.app.bot_data.guards.skipped == 100 - guards.FLOOD_LIMIT - 1
    assert [e.kind for e in await running.store.events(USER, "red_flag")] == ["red_flag"]
    assert not server.errors, server.errors


async def test_the_same_update_twice_is_processed_once(tmp_path: Path, content: Content) -> None:
    db = tmp_path / "c.sqlite3"
    async with BotApiServer() as server:
        async with running_bot(server, db, content) as running:
            update = server.push_text(USER, "/help")
            server._updates.append((update["update_id"], "message", update))  # delivered twice in one batch
            await running.wait_done(1)
            server.push_text(USER, "/sources")  # a later update, to know the repeat was dropped
            await running.wait_done(2)
            once = server.texts_to(USER)
            assert running.app.bot_data.guards.duplicates == 1
            events = await running.store.events(USER)
            assert [e.kind for e in events].count("flow_started") == 2

        # After a restart (memory gone), Telegram delivers it again: the database remembers.
        server._updates.append((update["update_id"], "message", update))
        async with running_bot(server, db, content) as running:
            server.push_text(USER, "/emergency")
            await running.wait_done(2)
            assert running.app.bot_data.guards.duplicates == 0  # not caught in memory...
            after = server.texts_to(USER)[len(once) :]
            assert after and all("Emergency" in t or "emergency" in t for t in after[:1])  # ...only /emergency
            kinds = [e.kind for e in await running.store.events(USER)][len(events) :]
            assert kinds.count("flow_started") == 1


async def test_a_webhook_retry_is_processed_once_even_after_a_restart(tmp_path: Path, content: Content) -> None:
    """Telegram posts an update again when it did not see our 200 in time: same handling as polling."""
    db = tmp_path / "c.sqlite3"
    secret = "hostile_test_secret"

    async def post_all(server: BotApiServer, updates: list[dict[str, Any]]) -> None:
        store = await SqliteStorage.open(db)
        conversations = Conversations(Engine(content), store)
        app = build_application(server.token, server.base_url, conversations)
        service = Service(app, store, webhook=Webhook("https://bot.example.org/t", secret, port=0, path="/t"))
        assert await service.start()
        try:
            async with aiohttp.ClientSession() as session:
                for update in updates:
                    url = f"http://127.0.0.1:{service.port}/t"
                    async with session.post(url, json=update, headers={SECRET_HEADER: secret}) as answer:
                        assert answer.status == 200
        finally:
            await service.stop()  # a graceful stop finishes every update it took
            await store.close()

    async with BotApiServer() as server:
        first = server.push_text(USER, "/help", notify=False)
        await post_all(server, [first, first, server.push_text(USER, "/sources", notify=False)])
        answered = len(server.sent_to(USER))
        await post_all(server, [first, server.push_text(USER, "/emergency", notify=False)])  # after a restart
        store = await SqliteStorage.open(db)
        try:
            flows = [e.data["flow"] for e in await store.events(USER, "flow_started")]
        finally:
            await store.close()
        assert flows == ["help", "references", "emergency"]  # /help once, though posted three times
        assert len(server.sent_to(USER)) > answered


# ---- random input through the adapter --------------------------------------------------------------


def actions(content: Content) -> st.SearchStrategy[list[tuple[str, Any]]]:
    return st.lists(
        st.one_of(
            st.tuples(st.just("text"), texts),
            st.tuples(st.just("command"), st.sampled_from(["/start", "/menu", "/delete", "/mydata", "/stop", "/x"])),
            st.tuples(st.just("press"), st.integers(0, 9)),  # a real button of the last message
            st.tuples(st.just("junk"), callback_datas(content).map(lambda d: d.encode()[:64].decode(errors="ignore"))),
            st.tuples(st.just("sticker"), st.none()),
            st.tuples(st.just("edit"), texts),
        ),
        min_size=1,
        max_size=8,
    )


ADAPTER_EXAMPLES = 25


@settings(
    max_examples=ADAPTER_EXAMPLES * 10 if EXPLORE else ADAPTER_EXAMPLES,
    derandomize=not EXPLORE,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
async def test_random_input_through_telegram(
    bot: tuple[BotApiServer, Running], content: Content, data: st.DataObject
) -> None:
    """Every example is a new user; the bot keeps answering validly and never errs."""
    server, running = bot
    user = 10_000 + len(running.done)  # unique per example: the done count only grows
    steps = data.draw(actions(content))
    pushed = len(running.done)
    last_user_message = None
    for kind, value in steps:
        # One at a time: a press needs the message the bot sent last.
        if kind == "text":
            last_user_message = server.push_text(user, value or ".")["message"]
        elif kind == "command":
            last_user_message = server.push_text(user, value)["message"]
        elif kind == "sticker":
            server.push_sticker(user)
        elif kind == "edit":
            if last_user_message is None:
                continue
            server.push_edited_text(user, last_user_message["message_id"], value or ".")
        else:
            sent = server.sent_to(user)
            if not sent:
                continue
            message = sent[-1]
            rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
            buttons = [b["callback_data"] for row in rows for b in row]
            if kind == "press" and not buttons:
                continue
            payload = buttons[value % len(buttons)] if kind == "press" else value
            server.push_callback(user, payload or "x", message=message)
        pushed += 1
        await running.wait_done(pushed)
    assert not server.errors, server.errors  # Telegram refused nothing we sent
    assert not any(t.startswith("Sorry, something went wrong") for t in server.texts_to(user))
    state = await running.store.load_user(user)
    if state is not None:
        assert state.language in LANGUAGES
        if state.flow is None or state.step is None:
            assert state.flow is None and state.step is None
        else:
            assert state.step in content.flows[state.flow].steps
