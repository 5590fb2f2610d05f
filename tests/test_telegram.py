"""End to end: the real PTB Application talking HTTP to a Bot API server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.core.content import Content
from bot.storage.sqlite import SqliteStorage
from tests.support.botapi import BotApiServer
from tests.support.running import running_bot

USER = 501


def button(message: dict[str, Any], label: str) -> str:
    """The callback data of the button whose label contains `label`."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    for row in rows:
        for key in row:
            if label in key["text"]:
                return key["callback_data"]
    raise AssertionError(f"no button {label!r} in {message.get('text')!r}: {rows}")


async def next_messages(server: BotApiServer, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
    """Wait for `count` more messages to the user and return them."""
    before = len(server.sent_to(USER))
    sent = await server.wait_sent(before + count, chat_id=USER, timeout=timeout)
    return sent[before:]


async def test_conversation_survives_a_restart(tmp_path: Path, content: Content) -> None:
    db = tmp_path / "cuida.sqlite3"
    async with BotApiServer() as server:
        async with running_bot(server, db, content):
            # Localized command menus were set for the default, English and Spanish.
            assert {"", "en", "es"} <= set(server.commands)
            assert any(c["description"] == "Números de emergencia" for c in server.commands["es"])
            assert any(c["description"] == "Emergency numbers" for c in server.commands["en"])

            server.push_text(USER, "/start", language_code="es-MX")
            # The greeting and the menu come as one message (engine.bundle): one notification.
            (menu,) = await next_messages(server, 1)
            assert menu["text"].startswith("Hola, soy Cuida")
            assert menu["text"].endswith("\n\n¿Sobre qué quieres saber?")
            assert button(menu, "Efectos secundarios")

            server.push_callback(USER, button(menu, "Efectos secundarios"), message=menu, language_code="es-MX")
            (sub,) = await next_messages(server, 1)
            server.push_callback(USER, button(sub, "primeros días"), message=sub, language_code="es-MX")
            (intro,) = await next_messages(server, 1)
            assert "La mayoría de las personas" in intro["text"]
            assert len(server.callback_answers) == 2
            edited = server.message(USER, menu["message_id"])
            assert edited is not None and "» 🩹 Efectos secundarios" in edited["text"]
            assert not edited.get("reply_markup")  # the old keyboard is gone

            server.push_text(USER, "/language", language_code="es-MX")
            (choose,) = await next_messages(server, 1)
            server.push_callback(USER, button(choose, "English"), message=choose, language_code="es-MX")
            (menu_en,) = await next_messages(server, 1)
            assert menu_en["text"].startswith("Done. I will write to you in English.\n\n")
            server.push_callback(USER, button(menu_en, "Side effects"), message=menu_en, language_code="es-MX")
            (sub_en,) = await next_messages(server, 1)
            server.push_callback(USER, button(sub_en, "first days"), message=sub_en, language_code="es-MX")
            (intro_en,) = await next_messages(server, 1)
            assert "Most people notice some effects" in intro_en["text"]
            assert "not a diagnosis" in intro_en["text"]

        # A new process: same database, a fresh Application. The user presses a button on the
        # message they already have, and the conversation goes on where it was, in English.
        async with running_bot(server, db, content):
            server.push_callback(USER, button(intro_en, "Fever and tiredness"), message=intro_en, language_code="es-MX")
            (fever,) = await next_messages(server, 1)
            assert "38 °C (100.4 °F)" in fever["text"]
            # The disclaimer came with the topic's first message; that is remembered across the restart.
            assert "not a diagnosis" not in fever["text"]

            # An old button from before the restart is stale: polite refusal, current step again.
            server.push_callback(USER, button(menu, "Idioma"), message=menu, language_code="es-MX")
            (stale,) = await next_messages(server, 1)
            assert stale["text"].startswith("Sorry, that option is no longer available")
            assert "A mild fever and feeling tired" in stale["text"]

    store = await SqliteStorage.open(db)
    try:
        state = await store.load_user(USER)
        assert state is not None and (state.flow, state.step, state.language) == ("immediate_effects", "fever", "en")
        kinds = [e.kind for e in await store.events(USER)]
        assert kinds[0] == "user_created" and "language_changed" in kinds and "stale_press" in kinds
    finally:
        await store.close()


async def test_bad_input_gets_kind_answers_and_keeps_state(tmp_path: Path, content: Content) -> None:
    async with BotApiServer() as server, running_bot(server, tmp_path / "c.sqlite3", content):
        server.push_text(USER, "/start", language_code="en-US")
        (menu,) = await next_messages(server, 1)
        server.push_callback(USER, button(menu, "Side effects"), message=menu)
        (sub,) = await next_messages(server, 1)
        server.push_callback(USER, button(sub, "first days"), message=sub)
        (intro,) = await next_messages(server, 1)

        server.push_text(USER, "/frobnicate")
        (unknown,) = await next_messages(server, 1)
        assert unknown["text"].startswith("I don't know that command")
        assert button(unknown, "Pain at the site")  # the current step's buttons come back

        server.push_sticker(USER)
        (sticker,) = await next_messages(server, 1)
        assert sticker["text"].startswith("I can only read text")

        # Issue 11: a caption is now read as a typed message (tests/test_telegram_media.py); a bare
        # photo gets its own answer, with the emergency number.
        server.push_photo(USER)
        (photo,) = await next_messages(server, 1)
        assert photo["text"].startswith("I can only read text")

        server.push_callback(USER, "immediate_effects|intro|999", message=intro)
        (forged,) = await next_messages(server, 1)
        assert forged["text"].startswith("Sorry, that option is no longer available")
        assert button(forged, "Pain at the site")  # the current step again, in the same message

        server.push_callback(USER, "\x00💥" * 20, message=intro)
        (junk,) = await next_messages(server, 1)
        assert junk["text"].startswith("Sorry, that option is no longer available")

        server.push_text(USER, "pain " * 800)  # 4,000 characters
        long_reply = await next_messages(server, 1)
        assert long_reply[0]["text"]

        # After all that, the user is still somewhere sensible and a normal press works.
        last = server.sent_to(USER)[-1]
        label = next(k["text"] for row in last["reply_markup"]["inline_keyboard"] for k in row)
        server.push_callback(USER, button(last, label), message=last)
        assert (await next_messages(server, 1))[0]["text"]
        assert not server.errors, server.errors


async def test_command_menu_failure_is_not_fatal(tmp_path: Path, content: Content) -> None:
    async with BotApiServer() as server:
        server.commands_fail = True  # type: ignore[attr-defined]
        original = server._handlers["setmycommands"]

        async def refuse(params: dict[str, Any]) -> Any:
            raise_error = original[1]
            del raise_error
            from tests.support.botapi import BotApiError

            raise BotApiError(400, "Bad Request: commands are broken today")

        server._handlers["setmycommands"] = ("setMyCommands", refuse)
        async with running_bot(server, tmp_path / "c.sqlite3", content):
            server.push_text(USER, "/start", language_code="es")
            (greeting,) = await next_messages(server, 1)
            assert greeting["text"].startswith("Hola, soy Cuida")
