"""The language a message is written in: the console's first message, and Spanish to an English user."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app.conversations import Conversations
from bot.cli.console import chat
from bot.core.content import Content
from bot.core.engine import LANGUAGE_PREFIX, Engine, Press, Text, UserState
from bot.core.lang import detect
from bot.storage.sqlite import SqliteStorage
from tests.conftest import NOW
from tests.support.botapi import BotApiServer
from tests.support.running import running_bot
from tests.test_cli import run_cli
from tests.test_telegram import USER, button, next_messages

SPANISH = ["hola", "gracias", "tengo fiebre", "me duele la rodilla", "sí", "¿eres un robot?", "tengo pain en la knee"]
ENGLISH = ["hi", "thanks", "I have a fever", "my knee hurts", "are you a bot?", "my son has a fever"]
NEITHER = ["ok", "38.5", "😭", "no", "stop", "9", ""]


@pytest.mark.parametrize("text", SPANISH)
def test_spanish(text: str) -> None:
    assert detect(text) == "es"


@pytest.mark.parametrize("text", ENGLISH)
def test_english(text: str) -> None:
    assert detect(text) == "en"


@pytest.mark.parametrize("text", NEITHER)
def test_too_little_to_say(text: str) -> None:
    assert detect(text) is None


# ---- a Spanish message to an English user, whatever the transport -----------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [("hola", "smalltalk.greeting"), ("no puedo respirar", "safety.breathing"), ("gracias", "smalltalk.thanks")],
)
def test_a_spanish_message_to_an_english_user_is_answered_in_spanish(engine: Engine, text: str, key: str) -> None:
    turn = engine.handle(UserState(2, "en"), Text(text), NOW)
    first = turn.replies[0].text
    assert first.startswith(engine.text(key, "es").split("{")[0])
    assert turn.state.language == "en"  # the user's language stays theirs until they choose
    offer = turn.replies[-1].buttons[-1]
    assert (offer.label, offer.data) == ("🇪🇸 Seguir en español", f"{LANGUAGE_PREFIX}es")
    switched = engine.handle(turn.state, Press(offer.data), NOW)
    assert switched.state.language == "es"
    assert switched.replies[0].text.startswith("Listo. Te escribiré en español.")
    assert [e.kind for e in switched.effects] == ["language_changed"]


def test_the_offer_keeps_the_place(engine: Engine) -> None:
    state = UserState(2, "en")
    state.flow, state.step = "infection_check", "fever"
    turn = engine.handle(state, Text("no sé"), NOW)
    assert turn.state.step == "temperature" and turn.state.answers["fever"] == "unsure"
    assert "¿Qué temperatura tienes?" in turn.replies[-1].text
    assert [b.data for b in turn.replies[-1].buttons] == ["infection_check|temperature|0", f"{LANGUAGE_PREFIX}es"]
    switched = engine.handle(turn.state, Press(f"{LANGUAGE_PREFIX}es"), NOW)
    assert (switched.state.flow, switched.state.step) == ("infection_check", "temperature")
    assert "¿Qué temperatura tienes?" in switched.replies[-1].text


@pytest.mark.parametrize("text", ["delete my data", "I have a fever", "ok"])
def test_a_spanish_user_keeps_spanish(engine: Engine, text: str) -> None:
    turn = engine.handle(UserState(2, "es"), Text(text), NOW)
    assert not any(b.data.startswith(LANGUAGE_PREFIX) for r in turn.replies for b in r.buttons)
    assert "language_detected" not in [e.kind for e in turn.effects]


def test_an_english_message_gets_no_offer(engine: Engine) -> None:
    turn = engine.handle(UserState(2, "en"), Text("I have a fever"), NOW)
    assert not any(b.data.startswith(LANGUAGE_PREFIX) for r in turn.replies for b in r.buttons)


# ---- the console --------------------------------------------------------------------------------


async def console(tmp_path: Path, engine: Engine, lines: list[str]) -> tuple[str, UserState | None]:
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    feed = iter(lines)
    out: list[str] = []

    async def read(prompt: str) -> str | None:
        return next(feed, None)

    try:
        conversations = Conversations(engine, store)
        await chat(conversations, read=read, write=out.append)
        state = await conversations.state(1)
    finally:
        await store.close()
    return "\n".join(out), state


@pytest.mark.parametrize(
    ("first", "language", "welcome"), [("hola", "es", "Hola, soy Cuida"), ("hi", "en", "Hi, I'm Cuida")]
)
async def test_the_console_picks_the_language_from_the_first_message(
    tmp_path: Path, engine: Engine, first: str, language: str, welcome: str
) -> None:
    text, state = await console(tmp_path, engine, [first, "quit"])
    assert text.startswith("Write a message to start. / Escribe un mensaje para empezar.")
    assert welcome in text
    assert state is not None and state.language == language


@pytest.mark.parametrize(
    ("first", "language", "alarm"),
    [("tengo fiebre de 38,5", "es", "señal de infección"), ("I have a fever of 38.5", "en", "sign of infection")],
)
async def test_a_first_message_with_a_symptom_is_answered_first(
    tmp_path: Path, engine: Engine, first: str, language: str, alarm: str
) -> None:
    text, state = await console(tmp_path, engine, [first, "quit"])
    assert state is not None and state.language == language
    after_prompt = text.split("\n", 1)[1]
    assert alarm in after_prompt.split("\n", 1)[0]  # the warning first, no welcome before it


def test_the_console_process_answers_a_first_hola_in_spanish(tmp_path: Path) -> None:
    run = run_cli(["chat"], {"CUIDA_DB": str(tmp_path / "c.sqlite3")}, stdin="hola\nsalir\n")
    assert run.returncode == 0, run.stderr
    assert "Hola, soy Cuida" in run.stdout and "¡Hasta pronto! Cuídate." in run.stdout
    assert "Hi, I'm Cuida" not in run.stdout


async def test_over_telegram_a_spanish_message_from_an_english_phone(tmp_path: Path, content: Content) -> None:
    """The real PTB Application: Spanish text from a user whose Telegram is in English."""
    async with BotApiServer() as server, running_bot(server, tmp_path / "c.sqlite3", content):
        server.push_text(USER, "hola, me duele mucho la rodilla", language_code="en-US")
        sent = await next_messages(server, 1)
        last = sent[-1]
        assert detect(last["text"]) == "es", last["text"]  # answered in Spanish, whatever the topic
        server.push_callback(USER, button(last, "Seguir en español"), message=last, language_code="en-US")
        (done,) = await next_messages(server, 1)
        assert done["text"].startswith("Listo. Te escribiré en español.")
        server.push_text(USER, "/menu", language_code="en-US")
        (menu,) = await next_messages(server, 1)
        assert menu["text"].startswith("¿Sobre qué quieres saber?")  # stored: Spanish from now on
