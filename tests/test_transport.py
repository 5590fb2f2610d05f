"""Cuida's aiohttp transport against the Bot API stand-in: every call the bot makes, PTB's errors, pooling."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.app import config
from bot.app.conversations import Conversations
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage.sqlite import SqliteStorage
from bot.telegram.adapter import build_application
from bot.telegram.ordering import ChatOrderedProcessor
from bot.telegram.transport import AiohttpRequest, make_request
from tests.support.botapi import BotApiServer

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

CHAT = 4242


class Peers:
    """The client ports the server saw: one per TCP connection the client opened."""

    def __init__(self, server: BotApiServer) -> None:
        self.ports: list[int] = []
        original = server._handle_api

        async def handle(request: web.Request) -> web.Response:
            assert request.transport is not None
            self.ports.append(request.transport.get_extra_info("peername")[1])
            return await original(request)

        server._handle_api = handle  # type: ignore[method-assign]  # before start(): the route takes it

    @property
    def connections(self) -> int:
        return len(set(self.ports))


@asynccontextmanager
async def bot_on(server: BotApiServer, request: AiohttpRequest | None = None, **kwargs: Any) -> AsyncIterator[Bot]:
    """A Bot on Cuida's transport pointed at the stand-in, shut down afterwards."""
    bot = Bot(server.token, base_url=server.base_url, request=request or AiohttpRequest(**kwargs))
    await bot.initialize()
    try:
        yield bot
    finally:
        await bot.shutdown()


async def test_every_call_the_bot_makes_works_through_it() -> None:
    async with BotApiServer() as server, bot_on(server) as bot:
        assert (bot.id, bot.username) == (server.bot_id, server.bot_username)  # getMe, in initialize()

        commands = [BotCommand("menu", "Menú principal"), BotCommand("help", "Ayuda")]
        assert await bot.set_my_commands(commands, language_code="es")
        assert server.commands["es"] == [c.to_dict() for c in commands]

        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Sí, 38 °C o más", callback_data="fever|yes|0")]])
        sent = await bot.send_message(CHAT, "¿Tienes fiebre? 🌡️ «más de 38 °C»", reply_markup=keyboard)
        (record,) = server.sent
        assert record["text"] == "¿Tienes fiebre? 🌡️ «más de 38 °C»"  # UTF-8 survives the body
        assert record["reply_markup"] == keyboard.to_dict()
        assert sent.reply_markup == keyboard and sent.chat_id == CHAT

        edited = await bot.edit_message_text("¿Tienes fiebre?\n\n» Sí", chat_id=CHAT, message_id=sent.message_id)
        assert not isinstance(edited, bool) and edited.text == "¿Tienes fiebre?\n\n» Sí"
        assert server.message(CHAT, sent.message_id)["text"] == "¿Tienes fiebre?\n\n» Sí"  # type: ignore[index]

        press = server.push_callback(CHAT, "fever|yes|0", message=record)
        updates = await bot.get_updates(timeout=0)
        assert [u.update_id for u in updates] == [press["update_id"]]
        assert updates[0].callback_query is not None
        assert await bot.answer_callback_query(updates[0].callback_query.id)
        assert server.callback_answers[0]["callback_query_id"] == updates[0].callback_query.id


async def test_parameters_go_as_one_json_body_with_objects_nested() -> None:
    server = BotApiServer()
    bodies: list[tuple[str, bytes]] = []
    original = server._handle_api

    async def handle(request: web.Request) -> web.Response:
        bodies.append((request.content_type, await request.read()))
        return await original(request)

    server._handle_api = handle  # type: ignore[method-assign]  # before start(): the route takes it
    async with server, bot_on(server) as bot:
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Sí", callback_data="f|s|0")]])
        await bot.send_message(CHAT, "¿Fiebre? «38 °C»", reply_markup=keyboard)
    content_type, body = bodies[-1]
    assert content_type == "application/json"
    assert json.loads(body) == {
        "chat_id": CHAT,
        "text": "¿Fiebre? «38 °C»",
        "reply_markup": {"inline_keyboard": [[{"text": "Sí", "callback_data": "f|s|0"}]]},
    }
    assert "«38 °C»".encode() in body  # UTF-8 as it is, not \\u escapes


async def test_get_updates_long_polls_past_the_read_timeout_and_returns_at_once_when_an_update_arrives() -> None:
    async with BotApiServer() as server, bot_on(server, read_timeout=0.3) as bot:
        # PTB adds the poll timeout to the read timeout: a 1 s poll on a 0.3 s read timeout is no error.
        started = time.monotonic()
        assert await bot.get_updates(timeout=1) == ()
        assert 0.9 <= time.monotonic() - started < 3

        async def push_soon() -> None:
            await asyncio.sleep(0.2)
            server.push_text(CHAT, "hola")

        pusher = asyncio.create_task(push_soon())
        started = time.monotonic()
        updates = await bot.get_updates(timeout=5)
        await pusher
        assert [u.message.text for u in updates if u.message] == ["hola"]
        assert time.monotonic() - started < 2


async def test_files_go_as_multipart_with_the_other_fields() -> None:
    async with BotApiServer() as server, bot_on(server) as bot:
        seen: list[dict[str, Any]] = []

        async def send_document(params: dict[str, Any]) -> dict[str, Any]:
            seen.append(params)
            return {"message_id": 1, "date": 0, "chat": {"id": CHAT, "type": "private"}}

        server._handlers["senddocument"] = ("sendDocument", send_document)
        await bot.send_document(CHAT, b"a,b\n1,2\n", filename="datos.csv", caption="Tus datos")
        (params,) = seen
        assert params["caption"] == "Tus datos" and params["chat_id"] == CHAT
        assert params["document"]["filename"] == "datos.csv" and params["document"]["size"] == 8


async def test_errors_become_the_exceptions_ptb_raises() -> None:
    async with BotApiServer() as server:
        wrong = Bot("999:WRONG-token", base_url=server.base_url, request=AiohttpRequest())
        with pytest.raises(InvalidToken):  # 401
            await wrong.initialize()
        await wrong.shutdown()

        async with bot_on(server) as bot:
            server.blocked_chats.add(1)
            with pytest.raises(Forbidden, match="blocked"):  # 403
                await bot.send_message(1, "hi")
            server.missing_chats.add(2)
            with pytest.raises(BadRequest, match=r"(?i)chat not found"):  # 400
                await bot.send_message(2, "hi")

            server.fail_next(1, 500)
            with pytest.raises(NetworkError) as failed:  # 5xx: a NetworkError, and not one of its subclasses
                await bot.send_message(3, "hi")
            assert type(failed.value) is NetworkError
            server.fail_next(1, 502)
            with pytest.raises(NetworkError) as failed:
                await bot.send_message(3, "hi")
            assert type(failed.value) is NetworkError

            server.rate_limit, server.retry_after = 1.0, 7
            await bot.send_message(4, "first")
            with pytest.raises(RetryAfter) as limited:  # 429 with retry_after
                await bot.send_message(4, "second")
            assert limited.value.retry_after in (7, timedelta(seconds=7))


async def test_a_server_that_never_answers_times_out_within_the_timeout_given() -> None:
    async with BotApiServer() as server, bot_on(server, read_timeout=5.0) as bot:
        server.fail_next(1, "timeout")
        started = time.monotonic()
        with pytest.raises(TimedOut):
            await bot.send_message(1, "hi", read_timeout=0.3)  # the timeout PTB passes wins over the default
        assert 0.25 <= time.monotonic() - started < 1.5

    async with BotApiServer() as server, bot_on(server, read_timeout=0.3) as bot:
        server.fail_next(1, "timeout")
        started = time.monotonic()
        with pytest.raises(TimedOut):
            await bot.send_message(1, "hi")  # DEFAULT_NONE: this instance's default read timeout
        assert 0.25 <= time.monotonic() - started < 1.5


async def test_a_full_pool_times_out_without_sending_and_a_refused_connection_is_a_network_error() -> None:
    async with BotApiServer() as server, bot_on(server, connection_pool_size=1) as bot:
        server.fail_next(1, "timeout")
        hanging = asyncio.create_task(bot.send_message(1, "stuck", read_timeout=3))
        await server.wait_for(lambda s: s.received_count >= 2)  # getMe, then the hanging send
        started = time.monotonic()
        with pytest.raises(TimedOut, match="Pool timeout"):
            await bot.send_message(2, "waits for the only connection", pool_timeout=0.2)
        assert time.monotonic() - started < 1.0
        assert server.received_count == 2  # the second request never went out
        hanging.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await hanging

    async with BotApiServer() as server:
        url = server.base_url
    # The server is gone: nothing listens on that port any more.
    request = AiohttpRequest(connect_timeout=1.0)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as refused:
            await request.post(f"{url}{server.token}/getMe")
        assert not isinstance(refused.value, TimedOut)
    finally:
        await request.shutdown()


async def test_connections_are_pooled_and_reused() -> None:
    server = BotApiServer()
    peers = Peers(server)
    async with server, bot_on(server, connection_pool_size=4) as bot:
        for i in range(30):
            await bot.send_message(i, "one at a time")
        assert peers.connections == 1  # one keep-alive connection for everything (getMe included)

        server.latency = 0.02  # requests overlap, so more connections open, up to the pool size
        for _ in range(3):
            await asyncio.gather(*(bot.send_message(i, "together") for i in range(20)))
        assert 2 <= peers.connections <= 4
        assert len(peers.ports) == 1 + 30 + 60
        assert server.sent_count == 90


async def test_lifecycle_shutdown_then_initialize_again() -> None:
    async with BotApiServer() as server:
        request = AiohttpRequest(read_timeout=2.5)
        assert request.read_timeout == 2.5
        with pytest.raises(NetworkError, match="not initialized"):  # PTB wraps the RuntimeError
            await request.post(f"{server.base_url}{server.token}/getMe")
        await request.initialize()
        session = request.session
        assert session is not None and not session.closed
        await request.initialize()  # idempotent
        assert request.session is session
        await request.shutdown()
        await request.shutdown()  # idempotent
        assert session.closed and request.session is None
        await request.initialize()
        assert (await request.post(f"{server.base_url}{server.token}/getMe"))["id"] == server.bot_id  # type: ignore[index]
        await request.shutdown()


def test_the_transport_is_chosen_by_configuration() -> None:
    assert config.from_env({}).transport == "aiohttp"
    assert config.from_env({"CUIDA_TRANSPORT": " HTTPX "}).transport == "httpx"
    with pytest.raises(config.ConfigError, match="CUIDA_TRANSPORT must be aiohttp or httpx"):
        config.from_env({"CUIDA_TRANSPORT": "curl"})
    assert isinstance(make_request("aiohttp"), AiohttpRequest)
    assert isinstance(make_request("httpx"), HTTPXRequest)
    with pytest.raises(ValueError, match="unknown transport"):
        make_request("curl")
    for name in ("0", "-3", "many"):
        with pytest.raises(config.ConfigError, match="CUIDA_CONCURRENT_UPDATES"):
            config.from_env({"CUIDA_CONCURRENT_UPDATES": name})


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_the_application_uses_the_configured_transport_end_to_end(
    transport: str, tmp_path: Path, content: Content
) -> None:
    store = await SqliteStorage.open(tmp_path / "cuida.sqlite3")
    async with BotApiServer() as server:
        app = build_application(
            server.token, server.base_url, Conversations(Engine(content), store), transport=transport
        )
        expected = AiohttpRequest if transport == "aiohttp" else HTTPXRequest
        assert all(isinstance(r, expected) for r in app.bot._request)  # getUpdates' and everything else's
        assert app.bot._request[0] is not app.bot._request[1]
        assert isinstance(app.update_processor, ChatOrderedProcessor)
        await app.initialize()
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            server.push_text(CHAT, "/start", language_code="es")
            (menu,) = await server.wait_sent(1, chat_id=CHAT)
            assert menu["text"].startswith("Hola, soy Cuida") and menu["reply_markup"]
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
    await store.close()
