"""Tests of the loopback Bot API stand-in, driven through python-telegram-bot's real Bot and Application."""

import asyncio
import datetime as dtm
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MessageEntity,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters
from telegram.request import HTTPXRequest

from tests.support.botapi import DEFAULT_TOKEN, BotApiServer

TOKEN = DEFAULT_TOKEN
KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])


@pytest.fixture
async def server() -> AsyncIterator[BotApiServer]:
    """A fresh stand-in on a random loopback port."""
    async with BotApiServer(TOKEN) as srv:
        yield srv


@pytest.fixture
async def bot(server: BotApiServer) -> AsyncIterator[Bot]:
    """PTB's real Bot pointed at the stand-in."""
    async with Bot(TOKEN, base_url=server.base_url) as tg_bot:
        yield tg_bot


def _retry_after_seconds(exc: RetryAfter) -> float:
    """RetryAfter.retry_after is an int (with a deprecation warning) or a timedelta with PTB_TIMEDELTA set."""
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


async def test_base_url_and_get_me(server: BotApiServer, bot: Bot) -> None:
    assert server.base_url == f"http://127.0.0.1:{server.port}/bot"
    assert server.port > 0
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.first_name, me.username) == (123456, True, "Cuida", "cuida_test_bot")
    assert server.calls[-1][0] == "getMe"


async def test_send_message_records_inline_keyboard(server: BotApiServer, bot: Bot) -> None:
    msg = await bot.send_message(42, "<b>Hola</b>", reply_markup=KEYBOARD, parse_mode="HTML")
    assert msg.message_id == 1
    assert msg.chat.id == 42 and msg.chat.type == "private"
    assert msg.from_user is not None and msg.from_user.username == "cuida_test_bot"
    assert msg.reply_markup == KEYBOARD
    record = server.sent[0]
    assert record["chat_id"] == 42
    assert record["text"] == "<b>Hola</b>"
    assert record["parse_mode"] == "HTML"
    assert record["message_id"] == 1
    # PTB sends reply_markup as a JSON string inside form data; the server must decode it.
    assert record["reply_markup"] == {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}
    second = await bot.send_message(42, "again")
    other_chat = await bot.send_message(43, "first there")
    assert (second.message_id, other_chat.message_id) == (2, 1)
    assert second.reply_markup is None
    assert [r["text"] for r in server.sent_to(42)] == ["<b>Hola</b>", "again"]
    assert server.sent_count == 3


async def test_get_updates_text_with_bot_command_entity(server: BotApiServer, bot: Bot) -> None:
    server.push_text(7, "/start@cuida_test_bot hello", language_code="es", first_name="Luz")
    server.push_text(7, "just words")
    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [1, 2]
    first = updates[0]
    assert first.message is not None and first.effective_user is not None
    assert first.message.text == "/start@cuida_test_bot hello"
    assert first.effective_user.language_code == "es" and first.effective_user.first_name == "Luz"
    assert first.message.entities == (MessageEntity(MessageEntity.BOT_COMMAND, 0, len("/start@cuida_test_bot")),)
    assert updates[1].message is not None and updates[1].message.entities == ()
    assert first.message.chat.id == 7 and first.message.chat.type == "private"


async def test_offset_drops_confirmed_updates_for_good(server: BotApiServer, bot: Bot) -> None:
    for text in ("a", "b", "c"):
        server.push_text(1, text)
    ids = [u.update_id for u in await bot.get_updates()]
    assert len(ids) == 3 and ids == sorted(ids)
    rest = await bot.get_updates(offset=ids[1] + 1)
    assert [u.message.text for u in rest if u.message] == ["c"]
    # Without an offset the confirmed ones must not come back.
    again = await bot.get_updates()
    assert [u.update_id for u in again] == [ids[2]]
    assert server.pending_updates == 1
    assert server.delivered_count == 3


async def test_long_poll_returns_early_when_update_arrives(server: BotApiServer, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.3)
    assert not poll.done(), "long poll should hold while the queue is empty"
    started = time.monotonic()
    server.push_text(5, "wake up")
    updates = await asyncio.wait_for(poll, 2)
    assert time.monotonic() - started < 1.0
    assert [u.message.text for u in updates if u.message] == ["wake up"]


async def test_edit_message_text(server: BotApiServer, bot: Bot) -> None:
    msg = await bot.send_message(9, "Question?", reply_markup=KEYBOARD)
    new_keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("No", callback_data="no")]])
    edited = await bot.edit_message_text("Answered", chat_id=9, message_id=msg.message_id, reply_markup=new_keyboard)
    assert not isinstance(edited, bool)
    assert (edited.message_id, edited.text, edited.reply_markup) == (msg.message_id, "Answered", new_keyboard)
    assert edited.edit_date is not None
    assert server.edits[0]["text"] == "Answered" and server.edits[0]["message_id"] == msg.message_id
    current = server.message(9, msg.message_id)
    assert current is not None and current["text"] == "Answered"
    # Telegram refuses no-op edits and edits of unknown messages.
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_text("Answered", chat_id=9, message_id=msg.message_id, reply_markup=new_keyboard)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=9, message_id=999)
    # Editing the text without reply_markup drops the keyboard, as Telegram does.
    plain = await bot.edit_message_text("Done", chat_id=9, message_id=msg.message_id)
    assert not isinstance(plain, bool) and plain.reply_markup is None


async def test_answer_callback_query(server: BotApiServer, bot: Bot) -> None:
    msg = await bot.send_message(11, "Pick", reply_markup=KEYBOARD)
    server.push_callback(11, "yes")
    (update,) = await bot.get_updates()
    query = update.callback_query
    assert query is not None and query.data == "yes"
    assert query.message is not None and query.message.message_id == msg.message_id
    assert query.from_user.id == 11
    assert await bot.answer_callback_query(query.id, text="Noted", show_alert=True) is True
    assert server.callback_answers == [
        {"callback_query_id": query.id, "text": "Noted", "show_alert": True, "url": None, "cache_time": None}
    ]
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query.id)


async def test_set_and_get_my_commands_per_language(server: BotApiServer, bot: Bot) -> None:
    assert await bot.set_my_commands([BotCommand("start", "Empezar"), BotCommand("ayuda", "Ayuda")], language_code="es")
    assert server.commands == {
        "es": [{"command": "start", "description": "Empezar"}, {"command": "ayuda", "description": "Ayuda"}]
    }
    es = await bot.get_my_commands(language_code="es")
    assert [(c.command, c.description) for c in es] == [("start", "Empezar"), ("ayuda", "Ayuda")]
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Start", "capital letters are invalid")])
    await bot.delete_my_commands(language_code="es")
    assert server.commands == {}


async def test_blocked_chat_raises_forbidden(server: BotApiServer, bot: Bot) -> None:
    server.blocked_chats.add(99)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(99, "hello?")
    assert server.sent == []
    assert server.errors[-1]["code"] == 403


async def test_missing_chat_raises_bad_request(server: BotApiServer, bot: Bot) -> None:
    server.missing_chats.add(-100123)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(-100123, "hello?")
    assert server.sent == []


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_rate_limit_raises_retry_after(server: BotApiServer, bot: Bot) -> None:
    server.rate_limit = 2
    server.retry_after = 3
    await bot.send_message(1, "one")
    await bot.send_message(2, "two")
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(3, "three")
    assert _retry_after_seconds(excinfo.value) == 3
    assert server.too_many_requests == 1
    assert [r["text"] for r in server.sent] == ["one", "two"]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_per_chat_limit(server: BotApiServer, bot: Bot) -> None:
    server.per_chat_limit = 1
    await bot.send_message(1, "first")
    with pytest.raises(RetryAfter):
        await bot.send_message(1, "second, too soon")
    await bot.send_message(2, "other chat is fine")
    assert [(r["chat_id"], r["text"]) for r in server.sent] == [(1, "first"), (2, "other chat is fine")]


async def test_wrong_token_raises_invalid_token(server: BotApiServer) -> None:
    wrong = Bot("654321:WRONG-token", base_url=server.base_url)
    try:
        # initialize() opens the HTTP clients (so shutdown() closes them) and then calls get_me.
        with pytest.raises(InvalidToken, match="rejected by the server"):
            await wrong.initialize()
        with pytest.raises(InvalidToken, match="Unauthorized"):
            await wrong.get_me()
    finally:
        await wrong.shutdown()
    assert [e["code"] for e in server.errors] == [401, 401]


async def test_fail_next_500_then_recovers(server: BotApiServer, bot: Bot) -> None:
    server.fail_next(2, 500)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await bot.send_message(1, "x")
    assert server.sent == []
    await bot.send_message(1, "now it works")
    assert server.texts_to(1) == ["now it works"]


async def test_fail_next_timeout_hangs_past_client_timeout(server: BotApiServer) -> None:
    server.fail_next(1, "timeout", deliver=True)
    request = HTTPXRequest(read_timeout=0.3)
    async with Bot(TOKEN, base_url=server.base_url, request=request) as short_bot:
        with pytest.raises(TimedOut):
            await short_bot.send_message(1, "maybe delivered")
        # deliver=True: the message counts as sent although the client never got an answer.
        assert server.texts_to(1) == ["maybe delivered"]
        await short_bot.send_message(1, "after")
    assert server.texts_to(1) == ["maybe delivered", "after"]


async def test_latency_is_added(server: BotApiServer, bot: Bot) -> None:
    server.latency = 0.25
    started = time.monotonic()
    await bot.send_message(1, "slow")
    assert time.monotonic() - started >= 0.25


async def test_html_validation_rejects_broken_markup(server: BotApiServer, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(1, "<b>unclosed", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)Unsupported start tag"):
        await bot.send_message(1, "1 <2 and <foo>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(1, "x" * 4097)
    await bot.send_message(1, 'ok &lt;3 <a href="https://example.org">link</a>', parse_mode="HTML")
    assert len(server.sent) == 1


async def test_other_update_kinds_deserialise(server: BotApiServer, bot: Bot) -> None:
    server.push_text(3, "hi all", chat_type="supergroup", chat_id=-100777)
    server.push_sticker(3)
    server.push_photo(3, caption="wound photo")
    sent = server.push_text(3, "typo")
    server.push_edited_text(3, sent["message"]["message_id"], "fixed")
    server.push_channel_post(-100888, "news")
    group, sticker, photo, _, edited, post = await bot.get_updates()
    assert group.effective_chat is not None and group.effective_chat.type == "supergroup"
    assert group.effective_chat.id == -100777
    assert sticker.message is not None and sticker.message.sticker is not None
    assert photo.message is not None and len(photo.message.photo) == 2 and photo.message.caption == "wound photo"
    assert edited.edited_message is not None and edited.edited_message.text == "fixed"
    assert edited.edited_message.message_id == sent["message"]["message_id"]
    assert post.channel_post is not None and post.channel_post.chat.type == "channel"
    with pytest.raises(ValueError, match="chat_id"):
        server.push_text(3, "group without id", chat_type="group")


async def test_allowed_updates_filter(server: BotApiServer, bot: Bot) -> None:
    await bot.send_message(4, "menu", reply_markup=KEYBOARD)
    server.push_text(4, "ignored text")
    server.push_callback(4, "yes")
    updates = await bot.get_updates(allowed_updates=[Update.CALLBACK_QUERY])
    assert [u.callback_query.data for u in updates if u.callback_query] == ["yes"]
    assert len(updates) == 1


async def test_webhook_blocks_polling(server: BotApiServer, bot: Bot) -> None:
    assert await bot.set_webhook("https://example.org/hook")
    info = await bot.get_webhook_info()
    assert info.url == "https://example.org/hook"
    with pytest.raises(Conflict):
        await bot.get_updates()
    assert await bot.delete_webhook()
    assert (await bot.get_webhook_info()).url == ""
    assert await bot.get_updates() == ()


async def test_chat_action_leave_chat_close(server: BotApiServer, bot: Bot) -> None:
    assert await bot.send_chat_action(5, "typing")
    assert await bot.leave_chat(-100555)
    assert await bot.close()
    assert server.chat_actions == [{"chat_id": 5, "action": "typing"}]
    assert server.left_chats == [-100555]
    assert [method for method, _ in server.calls][-3:] == ["sendChatAction", "leaveChat", "close"]


async def test_raw_http_encodings_and_errors(server: BotApiServer) -> None:
    root = f"http://127.0.0.1:{server.port}/bot{TOKEN}"
    markup = '{"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}'
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{root}/sendMessage", json={"chat_id": 1, "text": "json"}) as resp:
            assert resp.status == 200 and (await resp.json())["result"]["text"] == "json"
        form = {"chat_id": "2", "text": "123", "reply_markup": markup}
        async with session.post(f"{root}/SENDMESSAGE", data=form) as resp:
            assert resp.status == 200
        multipart = aiohttp.FormData()
        multipart.add_field("chat_id", "3")
        multipart.add_field("text", "multi")
        multipart.add_field("document", b"bytes", filename="a.txt")
        async with session.post(f"{root}/sendmessage", data=multipart) as resp:
            assert resp.status == 200
        async with session.get(f"{root}/getMe") as resp:
            assert (await resp.json())["result"]["username"] == "cuida_test_bot"
        async with session.get(f"{root}/sendMessage", params={"chat_id": "4", "text": "query"}) as resp:
            assert resp.status == 200
        async with session.post(f"{root}/noSuchMethod") as resp:
            assert resp.status == 404
            assert await resp.json() == {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
        async with session.post(f"http://127.0.0.1:{server.port}/bot1:bad/getMe") as resp:
            assert resp.status == 401
            assert await resp.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    by_chat = {r["chat_id"]: r for r in server.sent}
    assert set(by_chat) == {1, 2, 3, 4}
    assert by_chat[2]["text"] == "123"  # text fields are never JSON-decoded
    assert by_chat[2]["reply_markup"] == {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    assert by_chat[3]["document"]["size"] == 5
    assert "noSuchMethod" in [method for method, _ in server.calls]


async def test_wait_sent_times_out_with_dump(server: BotApiServer, bot: Bot) -> None:
    await bot.send_message(1, "only one")
    with pytest.raises(AssertionError, match=r"expected at least 2 messages to chat 1 .* got 1") as excinfo:
        await server.wait_sent(2, chat_id=1, timeout=0.2)
    assert "only one" in str(excinfo.value)
    assert await server.wait_for(lambda s: s.sent_count, timeout=0.1) == 1
    server.clear()
    assert (server.sent, server.calls, server.sent_count) == ([], [], 0)


async def test_application_echo_via_polling(server: BotApiServer) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_message.text is not None
        await update.effective_message.reply_text(f"echo: {update.effective_message.text}")

    app = ApplicationBuilder().token(TOKEN).base_url(server.base_url).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        for text in ("uno", "dos", "tres"):
            server.push_text(77, text)
        replies = await server.wait_sent(3, chat_id=77, timeout=5)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    assert [r["text"] for r in replies] == ["echo: uno", "echo: dos", "echo: tres"]
    # Updater.stop() confirms the fetched updates with a final getUpdates(offset=...).
    assert server.pending_updates == 0
