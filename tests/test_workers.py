"""CUIDA_WORKERS: a front process polls and routes each chat to one worker process (bot/telegram/workers.py).

The routing is checked on Telegram's JSON; the rest on real processes against the loopback
stand-in: the same answers as one process, a worker that dies, a broken content file.
(Stopping with SIGTERM while busy is in tests/test_shutdown.py, for one process and for two workers.)
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
from pathlib import Path

import aiohttp
from telegram.ext import ApplicationBuilder

from bot.storage.sqlite import SqliteStorage
from bot.telegram.service import SECRET_HEADER, Service
from bot.telegram.workers import chat_of, route
from tests.conftest import ROOT
from tests.support.botapi import BotApiError, BotApiServer
from tests.support.process import bot_process, log_event, log_events, stop_with

ENGLISH = ["/start", "I have a fever of 38.5", "I can't breathe", "/emergency", "thanks"]
SPANISH = ["/start", "tengo fiebre de 38,5", "no puedo respirar", "/emergency", "gracias"]
USERS = range(60_001, 60_031)


def test_an_update_goes_by_its_chat_else_its_sender() -> None:
    user = {"id": 7, "is_bot": False, "first_name": "Ana"}
    private = {"id": 7, "type": "private"}
    group = {"id": -100123, "type": "supergroup"}
    message = {"message_id": 1, "date": 0, "chat": private, "from": user, "text": "hola"}
    assert chat_of({"update_id": 1, "message": message}) == 7
    assert chat_of({"update_id": 2, "edited_message": {**message, "chat": group}}) == -100123
    # A button press: the chat of the message it sits under, not the presser.
    press = {"id": "9", "from": {**user, "id": 8}, "chat_instance": "x", "data": "a", "message": message}
    assert chat_of({"update_id": 3, "callback_query": press}) == 7
    # A press on an inline message has no message: its sender then.
    inline = {"id": "9", "from": {**user, "id": 8}, "chat_instance": "x", "inline_message_id": "i"}
    assert chat_of({"update_id": 4, "callback_query": inline}) == 8
    assert chat_of({"update_id": 5, "channel_post": {"message_id": 1, "date": 0, "chat": group}}) == -100123
    member = {"chat": group, "from": user, "date": 0, "old_chat_member": {}, "new_chat_member": {}}
    assert chat_of({"update_id": 6, "my_chat_member": member}) == -100123
    assert chat_of({"update_id": 7}) == 0
    assert chat_of({"update_id": 8, "poll": {"id": "p", "question": "?"}}) == 0


def test_route_keeps_each_chat_on_one_worker_in_order() -> None:
    updates = [
        {"update_id": n, "message": {"chat": {"id": chat}, "text": f"{chat}:{n} ¿qué tal?"}}
        for n, chat in enumerate([1, 2, 3, 1, 1, -5, 2, 4, 3, 1])
    ]
    routed = route(updates, 2)
    assert set(routed) == {0, 1}
    seen: dict[int, int] = {}
    for worker, lines in routed.items():
        assert lines.endswith(b"\n")
        for line in lines.splitlines():
            update = json.loads(line)
            assert update in updates  # the same JSON, accents as they came
            chat = update["message"]["chat"]["id"]
            assert chat % 2 == worker
            assert seen.get(chat, -1) < update["update_id"]  # in Telegram's order within the chat
            seen[chat] = update["update_id"]
    assert sum(len(lines.splitlines()) for lines in routed.values()) == len(updates)
    assert "¿qué tal?".encode() in routed[1]


async def settle(server: BotApiServer, pushed: int, timeout: float = 60.0) -> None:
    """Wait until every update was handed out and no message went out for half a second."""
    await server.wait_for(lambda s: s.delivered_count >= pushed, timeout=timeout)
    last = -1
    while server.sent_count != last:
        last = server.sent_count
        await asyncio.sleep(0.5)


async def conversations(tmp_path: Path, workers: int) -> dict[int, list[str]]:
    """Each user's script sent all at once; what each chat received, in order."""
    db, log = tmp_path / f"cuida-{workers}.sqlite3", tmp_path / f"bot-{workers}.log"
    async with BotApiServer() as server:
        async with bot_process(server, db, log, {"CUIDA_WORKERS": str(workers)}) as process:
            await log_event(log, "started", mode="polling")
            pushed = 0
            for user in USERS:
                spanish = user % 2 == 0
                for text in SPANISH if spanish else ENGLISH:
                    server.push_text(user, text, language_code="es" if spanish else "en", notify=False)
                    pushed += 1
            server.push_text_many([])  # one wake-up for the lot
            await settle(server, pushed)
            await stop_with(process, signal.SIGTERM, log)
        return {user: [m["text"] for m in server.sent_to(user)] for user in USERS}


async def test_two_workers_answer_every_chat_exactly_as_one_process_does(tmp_path: Path) -> None:
    one = await conversations(tmp_path, 1)
    two = await conversations(tmp_path, 2)
    assert all(len(texts) >= len(ENGLISH) for texts in one.values()), one  # every input answered
    for user in USERS:
        assert two[user] == one[user], f"chat {user} got a different conversation with two workers"
    # The red flag's answer starts with the emergency instruction, in the user's language, in both.
    assert any("112" in t or "911" in t for t in two[USERS[0]])
    events = log_events(tmp_path / "bot-2.log")
    answered_by = {e["pid"] for e in events if e.get("event") == "started" and e.get("mode") == "worker"}
    assert len(answered_by) == 2


async def test_a_worker_that_dies_stops_the_front_with_exit_1(tmp_path: Path) -> None:
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    async with BotApiServer() as server, bot_process(server, db, log, {"CUIDA_WORKERS": "2"}) as process:
        await log_event(log, "started", mode="polling")
        victim = [e for e in log_events(log) if e.get("event") == "started" and e.get("mode") == "worker"][1]
        os.kill(int(victim["pid"]), signal.SIGKILL)
        code = await asyncio.wait_for(process.wait(), 20)
    assert code == 1, log.read_text()[-3000:]
    died = await log_event(log, "worker_died")
    assert died["worker"] == 1 and died["exit_code"] == -signal.SIGKILL
    # The other worker was stopped the ordinary way: its input closed, it finished and exited.
    assert any(e.get("event") == "stopping" and e.get("reason") == "input_closed" for e in log_events(log))
    assert (await log_event(log, "stopped", mode="front"))["exit_code"] == 1


async def test_broken_content_is_reported_once_and_nothing_polls(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "flows", content / "flows")
    shutil.copytree(ROOT / "locales", content / "locales")
    with (content / "flows" / "faq.yaml").open("a") as flow:
        flow.write("  - id: [unclosed\n")
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    async with BotApiServer() as server:
        async with bot_process(server, db, log, {"CUIDA_WORKERS": "2", "CUIDA_CONTENT_DIR": str(content)}) as process:
            code = await asyncio.wait_for(process.wait(), 30)
        assert "getUpdates" not in {method for method, _ in server.calls}
    output = log.read_text()
    assert code == 2, output[-3000:]
    assert output.count("faq.yaml:") >= 1
    assert output.count("fix them, then start again") == 1, output[-3000:]  # from worker 0 only
    assert not any(e.get("event") == "started" for e in log_events(log))


async def test_the_front_rides_out_getupdates_errors(tmp_path: Path) -> None:
    """Telegram's 502s and a 409 (another instance polling) are logged and retried; nothing is lost."""
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    failures = [BotApiError(502, "Bad Gateway"), BotApiError(409, "Conflict: terminated by other getUpdates request")]
    async with BotApiServer() as server:
        name, get_updates = server._handlers["getupdates"]

        async def flaky(params: dict[str, object]) -> object:
            updates = await get_updates(params)
            if failures and updates:  # fail the calls that would bring the update: it is fetched again
                raise failures.pop(0)
            return updates

        server._handlers["getupdates"] = (name, flaky)
        async with bot_process(server, db, log, {"CUIDA_WORKERS": "2"}) as process:
            await log_event(log, "started", mode="polling")
            server.push_text(60_100, "/start", language_code="es")
            await server.wait_for(lambda s: s.sent_to(60_100), timeout=20)
            await stop_with(process, signal.SIGTERM, log)
    errors = [e for e in log_events(log) if e.get("event") == "polling_error"]
    assert [e["error"].split(":")[0] for e in errors] == ["NetworkError", "Conflict"], errors
    assert not failures
    assert len(server.sent_to(60_100)) == 1  # answered once, in Spanish
    assert "hola" in server.sent_to(60_100)[0]["text"].lower()


async def test_a_worker_skips_lines_that_are_not_updates_and_stops_at_the_end_of_its_input(tmp_path: Path) -> None:
    app = ApplicationBuilder().token(BotApiServer().token).updater(None).build()
    store = await SqliteStorage.open(tmp_path / "cuida.sqlite3")
    feed = asyncio.StreamReader()
    service = Service(app, store, feed=feed)
    good = {
        "update_id": 5,
        "message": {"message_id": 1, "date": 0, "chat": {"id": 7, "type": "private"}, "text": "hola"},
    }
    for line in (b"{not json\n", b"[1, 2]\n", b"\xff\xfe\n", json.dumps(good).encode() + b"\n", b"\n"):
        feed.feed_data(line)
    feed.feed_eof()
    try:
        await asyncio.wait_for(service._take_feed(feed), 5)
        assert app.update_queue.qsize() == 1
        update = app.update_queue.get_nowait()
        assert update.update_id == 5 and update.message.text == "hola"
        assert service._stop_event().is_set()  # the end of the input is the worker's signal to stop
    finally:
        await store.close()


async def test_a_webhook_front_checks_the_secret_and_refuses_what_is_not_an_update(tmp_path: Path) -> None:
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    secret = "workers-webhook-secret"
    extra = {
        "CUIDA_WORKERS": "2",
        "CUIDA_WEBHOOK_URL": "https://bot.example.org/hook",
        "CUIDA_WEBHOOK_SECRET": secret,
        "CUIDA_WEBHOOK_PORT": "0",
    }
    async with BotApiServer() as server, bot_process(server, db, log, extra) as process:
        started = await log_event(log, "started", mode="webhook")
        url = f"http://127.0.0.1:{started['port']}/hook"
        assert server.webhook is not None and server.webhook["url"] == "https://bot.example.org/hook"
        update = server.push_text(60_200, "/start", language_code="es", notify=False)
        statuses = []
        async with aiohttp.ClientSession() as session:
            for body, key in ((update, "wrong"), ({"hello": 1}, secret), ([update], secret), (update, secret)):
                async with session.post(url, json=body, headers={SECRET_HEADER: key}) as answer:
                    statuses.append(answer.status)
        await server.wait_for(lambda s: s.sent_to(60_200), timeout=20)
        await stop_with(process, signal.SIGTERM, log)
    assert statuses == [403, 400, 400, 200]
    assert len(server.sent_to(60_200)) == 1  # the one real update, answered once
    assert (await log_event(log, "stopped", mode="front"))["routed"] == 1


async def test_a_front_that_cannot_reach_telegram_after_the_workers_did_stops_them_with_exit_1(tmp_path: Path) -> None:
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    async with BotApiServer() as server:
        name, _ = server._handlers["deletewebhook"]

        async def bad_gateway(params: dict[str, object]) -> object:
            raise BotApiError(502, "Bad Gateway")

        server._handlers["deletewebhook"] = (name, bad_gateway)  # only the front calls it
        async with bot_process(server, db, log, {"CUIDA_WORKERS": "2"}) as process:
            code = await asyncio.wait_for(process.wait(), 30)
    assert code == 1, log.read_text()[-3000:]
    assert (await log_event(log, "telegram_unreachable"))["level"] == "error"
    events = log_events(log)
    assert sum(e.get("event") == "stopping" and e.get("reason") == "input_closed" for e in events) == 2
    assert not any(e.get("event") == "started" and e.get("mode") == "polling" for e in events)


def test_a_lone_surrogate_is_routed_as_its_escape_not_a_crash() -> None:
    half = "hola \ud83d"  # half of an emoji: not valid UTF-8, as Telegram may still send it
    update = {"update_id": 1, "message": {"chat": {"id": 3}, "text": half}}
    (lines,) = route([update], 2).values()
    assert json.loads(lines) == update


async def test_two_workers_survive_a_lone_surrogate_and_keep_answering(tmp_path: Path) -> None:
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    user = 60_201
    async with BotApiServer() as server, bot_process(server, db, log, {"CUIDA_WORKERS": "2"}) as process:
        await log_event(log, "started", mode="polling")
        server.push_text(user, "/start")
        await server.wait_sent(1, chat_id=user, timeout=20)
        server.push_text(user, "tengo fiebre \ud83d")
        server.push_text(user, "/emergency")
        await server.wait_for(lambda s: any("112" in t or "911" in t for t in s.texts_to(user)), timeout=20)
        assert process.returncode is None
        await stop_with(process, signal.SIGTERM, log)
    assert not any(e.get("event") == "worker_died" for e in log_events(log))


async def test_updates_of_a_worker_that_dies_are_answered_after_the_restart(tmp_path: Path) -> None:
    db, log = tmp_path / "cuida.sqlite3", tmp_path / "bot.log"
    chats = [60_301 + 2 * i for i in range(80)]  # odd: all go to worker 1
    async with BotApiServer() as server:
        async with bot_process(server, db, log, {"CUIDA_WORKERS": "2"}) as process:
            await log_event(log, "started", mode="polling")
            victim = [e for e in log_events(log) if e.get("event") == "started" and e.get("mode") == "worker"][1]
            server.push_text_many([(chat, "/start") for chat in chats])
            await server.wait_for(lambda s: s.pending_updates == 0, timeout=20)  # fetched and confirmed
            os.kill(int(victim["pid"]), signal.SIGKILL)
            assert await asyncio.wait_for(process.wait(), 20) == 1
        unanswered = [chat for chat in chats if not server.sent_to(chat)]
        assert unanswered, "the worker had answered everything before it died: nothing was tested"
        # Restarted by the supervisor: what the dead worker was given is answered now.
        async with bot_process(server, db, log, {"CUIDA_WORKERS": "2"}) as process:
            await server.wait_for(lambda s: all(s.sent_to(chat) for chat in chats), timeout=30)
            await stop_with(process, signal.SIGTERM, log)
    print(f"\n{len(unanswered)} of {len(chats)} chats were unanswered when the worker died; all answered after")
