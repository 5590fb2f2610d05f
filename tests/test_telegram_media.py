"""Media over the real PTB Application and the loopback Bot API: captions are text, the rest gets kindness."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.content import Content
from tests.support.botapi import BotApiServer
from tests.support.running import running_bot
from tests.test_telegram import USER, next_messages


@pytest.mark.parametrize(
    ("language_code", "language", "caption"),
    [("es-MX", "es", "no puedo respirar"), ("en-US", "en", "I can't breathe")],
)
async def test_a_red_flag_in_a_photo_caption_gets_the_emergency_first(
    tmp_path: Path, content: Content, language_code: str, language: str, caption: str
) -> None:
    async with BotApiServer() as server, running_bot(server, tmp_path / "c.sqlite3", content):
        server.push_photo(USER, caption=caption, language_code=language_code)
        first, *_ = await next_messages(server, 2)
        # The emergency instruction first, alone, as for a typed message.
        assert first["text"] == content.text("safety.breathing", language).replace("{emergency_number}", "911")


@pytest.mark.parametrize(
    ("kind", "language_code", "caption", "expected"),
    [
        ("document", "es-MX", "tengo fiebre de 38,5", "Revisemos ahora tus señales de alarma"),
        ("video", "en-US", "I have a fever of 38.5", "Let's check your warning signs now"),
    ],
)
async def test_a_caption_on_a_video_or_document_is_read_like_a_message(
    tmp_path: Path, content: Content, kind: str, language_code: str, caption: str, expected: str
) -> None:
    async with BotApiServer() as server, running_bot(server, tmp_path / "c.sqlite3", content):
        server.push_media(USER, kind, caption=caption, language_code=language_code)
        sent = await next_messages(server, 2)
        assert any(expected in m["text"] for m in sent), [m["text"] for m in sent]


@pytest.mark.parametrize(
    ("kind", "language_code", "expected"),
    [
        ("voice", "es-MX", "No puedo escuchar mensajes de voz. Si es urgente, llama ya al 911."),
        ("voice", "en-US", "I can't listen to voice messages. If it is urgent, call 911 now."),
        ("video_note", "en-US", "I can't listen to voice messages."),
        (
            "video",
            "es-MX",
            "Solo puedo leer mensajes de texto, no fotos ni videos. Si es urgente, llama ya al 911.",
        ),
    ],
)
async def test_a_voice_note_gets_a_kind_answer_with_how_to_get_help(
    tmp_path: Path, content: Content, kind: str, language_code: str, expected: str
) -> None:
    async with BotApiServer() as server, running_bot(server, tmp_path / "c.sqlite3", content):
        server.push_media(USER, kind, language_code=language_code)
        answer, menu = await next_messages(server, 2)
        assert answer["text"].startswith(expected)  # alone: it has the emergency number in it
        assert menu.get("reply_markup")  # and the way on: the menu's buttons


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        ("es-MX", "Solo puedo leer mensajes de texto. Si es urgente, llama ya al 911."),
        ("en-US", "I can only read text messages. If it is urgent, call 911 now."),
    ],
)
async def test_a_sticker_gets_a_kind_answer_with_how_to_get_help(
    tmp_path: Path, content: Content, language_code: str, expected: str
) -> None:
    async with BotApiServer() as server, running_bot(server, tmp_path / "c.sqlite3", content):
        server.push_sticker(USER, emoji="😢", language_code=language_code)
        answer, _menu = await next_messages(server, 2)
        assert answer["text"].startswith(expected)
