"""Structured logs: one JSON object per line, no message text or names, Telegram ids only as keyed hashes."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app import logs
from bot.app.conversations import Conversations
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage.sqlite import SqliteStorage
from bot.telegram.adapter import build_application
from bot.telegram.sender import Sender, sender_bot
from bot.telegram.service import Service
from tests.support.botapi import BotApiServer
from tests.support.outbox import add_users, queue

PATIENT = 987_654_321
NAME = "Zenobia"
KEY = "per-install-log-key"
SAID = [
    "/start",
    "my knee hurts since the injection",  # free text: words nobody else should read
    "I have crushing chest pain and I cannot breathe",  # a red flag
]


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Everything logged, as `cuida run` would write it (JSON lines), at the chattiest level."""
    stream = io.StringIO()
    logs.configure("DEBUG", "json", key=KEY, stream=stream)
    yield stream
    logs.reset()


def lines(stream: io.StringIO) -> list[dict[str, Any]]:
    """Every line must be one JSON object."""
    return [json.loads(line) for line in stream.getvalue().splitlines()]


async def converse(server: BotApiServer, db: Path, content: Content) -> None:
    """A patient talks to the real bot (polling, with the outbox sender) and gets a clinic message."""
    store = await SqliteStorage.open(db)
    await add_users(store, [PATIENT], at=datetime.now(UTC))
    await queue(store, [PATIENT], due_at=datetime.now(UTC), ref="9")  # "Clinic news: we are open on Saturday."
    conversations = Conversations(Engine(content), store)
    sender = Sender(store, sender_bot(server.token, server.base_url), conversations.engine, poll_interval=0.05)
    app = build_application(server.token, server.base_url, conversations, sender=sender)
    service = Service(app, store, poll_timeout=1)
    assert await service.start()
    try:
        await server.wait_sent(1, chat_id=PATIENT, timeout=10)  # the clinic message
        for text in SAID:
            before = len(server.sent_to(PATIENT))
            server.push_text(PATIENT, text, first_name=NAME)
            await server.wait_sent(before + 1, chat_id=PATIENT, timeout=10)
        menu = next(m for m in server.sent_to(PATIENT) if m.get("reply_markup"))
        before = len(server.sent_to(PATIENT))
        server.push_callback(PATIENT, menu["reply_markup"]["inline_keyboard"][0][0]["callback_data"], first_name=NAME)
        await server.wait_sent(before + 1, chat_id=PATIENT, timeout=10)
        await server.wait_for(lambda s: len(s.callback_answers) == 1)
    finally:
        service.request_stop("test")
        await service.stop()


async def test_a_conversation_logs_no_text_no_name_no_raw_id(
    tmp_path: Path, content: Content, captured: io.StringIO
) -> None:
    async with BotApiServer() as server:
        await converse(server, tmp_path / "c.sqlite3", content)
    out = captured.getvalue()
    records = lines(captured)
    ref = logs.user_ref(PATIENT)
    assert ref is not None and len(ref) == 12

    # Nothing a patient wrote or is called, nothing we wrote to them, no raw id, no token.
    for said in [*SAID[1:], "knee", "chest pain", NAME, str(PATIENT), "Clinic news", server.token]:
        assert said not in out, f"{said!r} leaked into the logs"
    for record in records:
        assert PATIENT not in record.values()

    # One line per turn, with the hashed id, where the conversation is, and how long it took.
    turns = [r for r in records if r["event"] == "turn"]
    assert [t["input"] for t in turns] == ["command", "text", "text", "press"]
    assert all(t["user"] == ref and t["outcome"] == "ok" and t["latency_ms"] >= 0 for t in turns)
    assert turns[0]["flow"] == "menu"
    assert turns[2]["red_flag"] == "chest_pain" and turns[2]["urgency"] == "emergency"
    assert "red_flag" not in turns[1]
    # The sender's outcome for the clinic message: the same reference, never the id.
    assert any(r["event"] == "outbox_sent" and r["user"] == ref for r in records)
    events = [r["event"] for r in records]
    assert {"started", "sender_started", "stopping", "sender_stopped", "stopped"} <= set(events)


async def test_log_text_opt_in_does_put_the_text_in(tmp_path: Path, content: Content) -> None:
    """The same run with CUIDA_LOG_TEXT=1: proof that the test above would see a leak."""
    stream = io.StringIO()
    logs.configure("INFO", "json", key=KEY, log_text=True, stream=stream)
    try:
        async with BotApiServer() as server:
            await converse(server, tmp_path / "c.sqlite3", content)
    finally:
        logs.reset()
    texts = [r.get("text") for r in lines(stream) if r["event"] == "turn"]
    assert texts[:3] == SAID


def test_user_ref_is_keyed() -> None:
    logs.configure("INFO", "json", key="one key", stream=io.StringIO())
    first = logs.user_ref(42)
    logs.configure("INFO", "json", key="another key", stream=io.StringIO())
    second = logs.user_ref(42)
    logs.reset()
    assert first != second  # without the key, nobody can hash every id and compare
    assert logs.user_ref(None) is None


def test_a_record_is_one_line_whatever_it_carries() -> None:
    stream = io.StringIO()
    logs.configure("INFO", "json", stream=stream)
    log = logging.getLogger("bot.test")
    try:
        try:
            raise ValueError('two\nlines and "quotes"')
        except ValueError:
            log.exception("failed")
        logs.event(log, "thing", count=3, error='a\nb "c"')
        text = io.StringIO()
        logs.configure("INFO", "text", stream=text)
        logs.event(log, "thing", count=3, error='a\nb "c"')
    finally:
        logs.reset()
    first, second = stream.getvalue().splitlines()
    assert "ValueError" in json.loads(first)["exc"]
    assert json.loads(second)["error"] == 'a\nb "c"'
    (line,) = text.getvalue().splitlines()
    assert line.endswith('thing count=3 error="a\\nb \\"c\\""')


async def test_a_turn_that_ends_in_a_content_loop_is_logged_as_an_error(tmp_path: Path, captured: io.StringIO) -> None:
    """/help going show → again → show: the patient is told something went wrong, and the log says error."""
    import shutil

    from bot.core import checks
    from tests.conftest import ROOT

    shutil.copytree(ROOT / "flows", tmp_path / "flows")
    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    (tmp_path / "flows" / "help.yaml").write_text(
        "id: help\nmedical: false\nstart: show\nsteps:\n  show:\n    say: [help.text]\n    go: again\n"
        "  again:\n    go: show\n",
        encoding="utf-8",
    )
    content, problems = checks.check_root(tmp_path)
    assert any("go round without waiting" in str(p) for p in problems)  # what `cuida check` now refuses
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    conversations = Conversations(Engine(content), store)
    async with BotApiServer() as server:
        app = build_application(server.token, server.base_url, conversations)
        service = Service(app, store, poll_timeout=1)
        assert await service.start()
        try:
            server.push_text(PATIENT, "/start")
            await server.wait_sent(1, chat_id=PATIENT, timeout=10)
            server.push_text(PATIENT, "/help")
            await server.wait_sent(2, chat_id=PATIENT, timeout=10)
            assert "something went wrong" in server.sent_to(PATIENT)[-1]["text"]
        finally:
            service.request_stop("test")
            await service.stop()
    turns = [r for r in lines(captured) if r["event"] == "turn"]
    assert [(t["outcome"], t["level"]) for t in turns] == [("ok", "info"), ("content_error", "error")]
