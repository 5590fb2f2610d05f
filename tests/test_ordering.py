"""The chat-ordered update processor: chats concurrently, one chat in order, a flood starves nobody."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path

from telegram import CallbackQuery, Chat, Message, Update, User

from bot.app.conversations import Conversations
from bot.core.content import Content
from bot.core.engine import Engine, Event, Input, Text, UserState
from bot.storage.base import Transaction
from bot.storage.sqlite import SqliteStorage
from bot.telegram import guards
from bot.telegram.adapter import build_application
from bot.telegram.ordering import ChatOrderedProcessor, chat_key
from bot.telegram.sender import Pacer
from tests.support.botapi import BotApiServer

NOW = datetime(2026, 11, 21, 15, 0, tzinfo=UTC)


def message(update_id: int, chat_id: int) -> Update:
    user = User(chat_id, "Ana", is_bot=False)
    return Update(update_id, message=Message(update_id, NOW, Chat(chat_id, "private"), from_user=user, text="hi"))


LOG: list[tuple[int, int, str]] = []  # (chat, update_id, "start" | "end")
DELAY: dict[int, float] = {}


async def work(update: Update) -> None:
    chat = chat_key(update)
    assert chat is not None
    LOG.append((chat, update.update_id, "start"))
    await asyncio.sleep(DELAY.get(chat, 0))
    LOG.append((chat, update.update_id, "end"))


async def test_one_chats_updates_run_in_order_and_one_at_a_time_while_other_chats_run_alongside() -> None:
    LOG.clear()
    DELAY.clear()
    DELAY.update({1: 0.002, 2: 0.001})
    processor = ChatOrderedProcessor(4)
    updates = [message(i, 1 if i % 3 else 2) for i in range(1, 61)]
    await asyncio.gather(*[processor.process_update(u, work(u)) for u in updates])
    for chat in (1, 2):
        events = [(uid, what) for c, uid, what in LOG if c == chat]
        ids = [uid for uid, what in events if what == "start"]
        assert ids == sorted(ids)  # in order
        # one at a time: every start is followed by its own end before the next start
        assert all(events[i][0] == events[i + 1][0] for i in range(0, len(events), 2))
    first_of_2 = next(i for i, (c, _, _) in enumerate(LOG) if c == 2)
    last_of_1 = max(i for i, (c, _, _) in enumerate(LOG) if c == 1)
    assert first_of_2 < last_of_1  # chat 2 did not wait for chat 1's queue to empty
    assert processor.chats_in_flight == 0


async def test_a_flood_from_one_chat_holds_at_most_one_slot_and_never_delays_the_others() -> None:
    LOG.clear()
    DELAY.clear()
    DELAY[1] = 0.005  # a slow chat: 100 updates take half a second
    processor = ChatOrderedProcessor(4)
    flood = [message(i, 1) for i in range(1, 101)]
    others = [message(1000 + c, c) for c in range(2, 10)]  # 8 other chats, after the flood
    done: dict[int, float] = {}
    started = time.monotonic()

    async def timed(update: Update) -> None:
        await work(update)
        done[update.update_id] = time.monotonic() - started

    tasks = [asyncio.create_task(processor.process_update(u, timed(u))) for u in flood + others]
    await asyncio.sleep(0.05)
    assert processor.current_concurrent_updates <= 1  # the other chats are done; the flood runs one at a time
    assert all(u.update_id in done for u in others), "the other chats waited behind the flood"
    await asyncio.gather(*tasks)
    assert max(done[u.update_id] for u in others) < 0.05 < done[100]
    assert [uid for c, uid, what in LOG if c == 1 and what == "start"] == list(range(1, 101))


async def test_never_more_than_the_limit_at_once() -> None:
    processor = ChatOrderedProcessor(3)
    peak = 0

    async def job() -> None:
        nonlocal peak
        peak = max(peak, processor.current_concurrent_updates)
        await asyncio.sleep(0.005)

    await asyncio.gather(*[processor.process_update(message(i, i), job()) for i in range(1, 40)])
    assert peak == 3


async def test_the_lock_table_empties_after_10000_chats() -> None:
    processor = ChatOrderedProcessor(64)
    peak = 0

    async def job() -> None:
        nonlocal peak
        peak = max(peak, processor.chats_in_flight)
        await asyncio.sleep(0)

    updates = [message(i, 10_000 + i) for i in range(10_000)]
    await asyncio.gather(*[processor.process_update(u, job()) for u in updates])
    assert processor.chats_in_flight == 0
    assert 64 <= peak <= 10_000  # bounded by the updates in progress, not by every chat ever seen
    # and again, with the same chats: nothing left over from the first round
    await asyncio.gather(*[processor.process_update(u, job()) for u in updates[:100]])
    assert processor.chats_in_flight == 0


async def test_failures_and_cancellation_release_the_chat() -> None:
    processor = ChatOrderedProcessor(2)

    async def boom() -> None:
        raise ValueError("boom")

    results = await asyncio.gather(
        processor.process_update(message(1, 7), boom()),
        processor.process_update(message(2, 7), asyncio.sleep(0)),
        return_exceptions=True,
    )
    assert isinstance(results[0], ValueError) and results[1] is None
    assert processor.chats_in_flight == 0

    blocker = asyncio.create_task(processor.process_update(message(3, 8), asyncio.sleep(10)))
    waiting = asyncio.create_task(processor.process_update(message(4, 8), asyncio.sleep(0)))
    await asyncio.sleep(0.01)
    assert processor.chats_in_flight == 1
    waiting.cancel()
    blocker.cancel()
    await asyncio.gather(blocker, waiting, return_exceptions=True)
    assert processor.chats_in_flight == 0 and processor.current_concurrent_updates == 0


def test_updates_are_keyed_by_chat_then_by_sender() -> None:
    user = User(5, "Ana", is_bot=False)
    assert chat_key(message(1, 9)) == 9
    query = CallbackQuery("q", user, "ci", data="x")
    assert chat_key(Update(2, callback_query=query)) == 5  # no message: the user who pressed
    assert chat_key(Update(3)) is None
    assert chat_key("not an update") is None


class Seen:
    """A turn hook recording the order in which the engine sees each user's inputs."""

    def __init__(self) -> None:
        self.texts: dict[int, list[str]] = {}

    async def before(self, state: UserState, event: Input, now: datetime) -> None:
        if isinstance(event, Text):
            self.texts.setdefault(state.user_id, []).append(event.text)

    async def after(self, tx: Transaction, state: UserState, effects: list[Event], now: datetime) -> None:
        pass


async def test_a_burst_of_100_messages_is_answered_in_order_while_another_user_is_answered_promptly(
    tmp_path: Path, content: Content
) -> None:
    flooder, other = 601, 602
    seen = Seen()
    store = await SqliteStorage.open(tmp_path / "cuida.sqlite3")
    async with BotApiServer() as server:
        server.latency = 0.005  # each reply takes a little while: the burst lasts ~0.5 s or more
        conversations = Conversations(Engine(content), store, hooks=[seen])
        # One chat's pace (bot/telegram/sender.py's Pacer, tested on its own) would make 100 replies take
        # 100 s: lifted here, as the flood guard is below, so that only the processor is measured.
        pacer = Pacer(chat_interval=0)
        app = build_application(server.token, server.base_url, conversations, concurrent_updates=8, pacer=pacer)
        # The flood guard (bot/telegram/guards.py, tested on its own) would answer only the first few of a
        # burst; lifted here so that all 100 go through the processor and their order shows.
        app.bot_data.guards.flood = guards.FloodGuard(limit=1000)
        await app.initialize()
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            burst = [f"hola {i}" for i in range(100)]
            server.push_text_many([(flooder, text) for text in burst], language_code="es")
            server.push_text(other, "/help", language_code="en")
            (help_reply, *_) = await server.wait_sent(1, chat_id=other, timeout=5)
            answered_before = len([r for r in server.sent if r["chat_id"] == flooder and r is not help_reply])
            await server.wait_for(lambda s: len(seen.texts.get(flooder, [])) == 100, timeout=30)
            await server.wait_sent(100, chat_id=flooder, timeout=10)
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
            await store.close()
    assert seen.texts[flooder] == burst  # processed (and so answered) in the order sent
    # The other user did not wait for the burst: answered while at most a few of the 100 were.
    assert answered_before < 20, answered_before
    assert not server.errors, server.errors
