"""Webhook mode: a real HTTP client on 127.0.0.1 posting updates to Cuida's webhook server."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp

from bot.app import config
from bot.app.conversations import Conversations
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage.sqlite import SqliteStorage
from bot.telegram.adapter import build_application
from bot.telegram.sender import Sender, sender_bot
from bot.telegram.service import ALLOWED_UPDATES, SECRET_HEADER, Service, Webhook, check_health
from tests.conftest import ROOT
from tests.support.botapi import BotApiServer

SECRET = "s3cret_Token-123"
PUBLIC_URL = "https://bot.example.org/cuida/telegram"


@asynccontextmanager
async def webhook_bot(server: BotApiServer, db: Path, content: Content) -> AsyncIterator[Service]:
    """Cuida as `cuida run --webhook-url ... --port 0` runs it, stopped gracefully afterwards."""
    store = await SqliteStorage.open(db)
    conversations = Conversations(Engine(content), store)
    sender = Sender(store, sender_bot(server.token, server.base_url), conversations.engine, poll_interval=0.05)
    app = build_application(server.token, server.base_url, conversations, sender=sender)
    webhook = Webhook(url=PUBLIC_URL, secret=SECRET, listen="127.0.0.1", port=0, path="/telegram")
    service = Service(app, store, webhook=webhook, stop_timeout=10)
    assert await service.start()
    try:
        yield service
    finally:
        await service.stop()


def url(service: Service, path: str = "/telegram") -> str:
    return f"http://127.0.0.1:{service.port}{path}"


async def post(session: aiohttp.ClientSession, service: Service, update: Any, secret: str | None) -> int:
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    async with session.post(url(service), json=update, headers=headers) as answer:
        return answer.status


async def test_updates_with_the_secret_are_answered_and_others_get_403(tmp_path: Path, content: Content) -> None:
    async with BotApiServer() as server, webhook_bot(server, tmp_path / "c.sqlite3", content) as service:
        # setWebhook was called once at start, with the public URL, the secret and the update types.
        assert server.webhook is not None
        assert server.webhook["url"] == PUBLIC_URL
        assert server.webhook["secret_token"] == SECRET
        assert server.webhook["allowed_updates"] == ALLOWED_UPDATES
        assert server.webhook.get("drop_pending_updates") in (None, False)

        async with aiohttp.ClientSession() as session:
            # Updates built by the stand-in (so the reply chat exists there), posted by hand.
            forged = server.push_text(601, "/start", notify=False)
            assert await post(session, service, forged, secret=None) == 403
            assert await post(session, service, forged, secret="wrong") == 403
            assert await post(session, service, forged, secret=SECRET + "x") == 403
            async with session.post(url(service), data=b"{not json", headers={SECRET_HEADER: SECRET}) as bad:
                assert bad.status == 400
            async with session.get(url(service)) as wrong_method:
                assert wrong_method.status == 405

            real = server.push_text(602, "/start", language_code="es", notify=False)
            assert await post(session, service, real, secret=SECRET) == 200
            (menu,) = await server.wait_sent(1, chat_id=602, timeout=10)
            assert menu["text"].startswith("Hola, soy Cuida")
            assert menu["reply_markup"]["inline_keyboard"]
            # The refused update was never processed: nothing went to its chat.
            assert server.sent_to(601) == []

            # A button press on the reply goes through the same door.
            press = server.push_callback(602, menu["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
            assert await post(session, service, press, secret=SECRET) == 200
            await server.wait_sent(2, chat_id=602, timeout=10)
            assert len(server.callback_answers) == 1

            async with session.get(url(service, "/healthz")) as health:
                assert health.status == 200
                report = await health.json()
            assert report == {"ok": True, "database": True, "sender": True, "updates": True, "queued_updates": 0}

    # Stopping does not delete the webhook: Telegram holds updates until the bot is back.
    assert server.webhook is not None and server.webhook["url"] == PUBLIC_URL


async def test_healthz_says_503_when_the_sender_or_the_database_is_down(tmp_path: Path, content: Content) -> None:
    async with BotApiServer() as server, webhook_bot(server, tmp_path / "c.sqlite3", content) as service:
        sender: Sender = service.app.bot_data.sender
        env = {"CUIDA_WEBHOOK_URL": PUBLIC_URL, "CUIDA_WEBHOOK_PORT": str(service.port), "CUIDA_DB": "unused"}
        settings = config.from_env(env)
        # `cuida health` in webhook mode asks /healthz (from a thread: it is a blocking client).
        healthy, detail = await asyncio.to_thread(check_health, settings)
        assert healthy, detail
        assert '"ok": true' in detail

        await sender.stop()
        async with aiohttp.ClientSession() as session, session.get(url(service, "/healthz")) as health:
            assert health.status == 503
            assert (await health.json())["sender"] is False
        healthy, detail = await asyncio.to_thread(check_health, settings)
        assert not healthy and '"sender": false' in detail

        await sender.start()
        await service.store.db.close()  # the database goes away under the running bot
        async with aiohttp.ClientSession() as session, session.get(url(service, "/healthz")) as health:
            assert health.status == 503
            report = await health.json()
        assert report["database"] is False and report["sender"] is True


async def test_stopping_refuses_new_updates_so_telegram_keeps_them(tmp_path: Path, content: Content) -> None:
    async with (
        BotApiServer() as server,
        webhook_bot(server, tmp_path / "c.sqlite3", content) as service,
        aiohttp.ClientSession() as session,
    ):
        service._accepting = False  # the first thing stop() does
        update = server.push_text(603, "/start", notify=False)
        async with session.post(url(service), json=update, headers={SECRET_HEADER: SECRET}) as answer:
            assert answer.status == 503  # not 200: Telegram delivers it again after the restart
        assert service.app.update_queue.qsize() == 0
        async with session.get(url(service, "/healthz")) as health:
            assert health.status == 503


async def test_start_up_refusals_are_one_sentence(tmp_path: Path) -> None:
    """A token Telegram refuses, and a webhook port already taken: exit 2 with one line each."""
    async with BotApiServer() as server:
        env = {**os.environ, "TELEGRAM_API_BASE_URL": server.base_url, "CUIDA_DB": str(tmp_path / "c.sqlite3")}

        async def cuida(*args: str, **extra: str) -> tuple[int, str]:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", *args, cwd=ROOT, env={**env, **extra}, stderr=asyncio.subprocess.PIPE
            )
            _, err = await asyncio.wait_for(process.communicate(), 60)
            assert process.returncode is not None
            return process.returncode, err.decode()

        code, err = await cuida("run", TELEGRAM_BOT_TOKEN="654321:not-the-right-one")
        assert code == 2
        assert err.strip().splitlines()[-1] == (
            "cuida: Telegram refused the bot token (401 Unauthorized); check it with @BotFather."
        )
        assert "not-the-right-one" not in err  # PTB's own message would quote the token
        taken = server.port  # the stand-in's own port is certainly in use
        code, err = await cuida(
            "run", "--webhook-url", PUBLIC_URL, "--port", str(taken), TELEGRAM_BOT_TOKEN=server.token
        )
        assert code == 2
        assert err.strip().splitlines()[-1].startswith(f"cuida: Cannot listen on 127.0.0.1:{taken} for the webhook")
        assert server.webhook is None  # setWebhook is only called once the port is ours
