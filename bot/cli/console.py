"""The console chat: the same engine and store as Telegram, in a terminal, with numbered buttons."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from bot.app.conversations import Conversations
from bot.core import lang, smalltalk
from bot.core.content import DEFAULT_LANGUAGE, LANGUAGES
from bot.core.engine import ButtonView, Command, Input, Press, Reply, Resume, Text

CONSOLE_USER_ID = 1
QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit", "salir"})

ReadLine = Callable[[str], Awaitable[str | None]]
Write = Callable[[str], None]


async def read_stdin(prompt: str) -> str | None:
    """Read one line from the terminal without blocking the event loop; None at end of input."""
    try:
        return await asyncio.to_thread(input, prompt)
    except EOFError:
        return None


def render(replies: list[Reply]) -> tuple[str, list[ButtonView]]:
    """Replies as terminal text, with the last message's buttons as a numbered list."""
    lines: list[str] = []
    buttons: list[ButtonView] = []
    for reply in replies:
        lines.append(reply.text)
        if reply.buttons:
            buttons = reply.buttons
            lines.extend(f"  {n}. {button.label}" for n, button in enumerate(reply.buttons, 1))
        lines.append("")
    return "\n".join(lines), buttons


def to_input(line: str, buttons: list[ButtonView]) -> Input:
    """A typed line as an engine input: a button number, a /command, or free text."""
    text = line.strip()
    if text.isdigit() and 1 <= int(text) <= len(buttons):
        return Press(buttons[int(text) - 1].data)
    if text.startswith("/") and len(text) > 1:
        name, _, args = text[1:].partition(" ")
        return Command(name.split("@")[0], args.strip())
    return Text(line)


async def _first_message(conversations: Conversations, user_id: int, line: str, write: Write) -> list[ButtonView]:
    """A new user's first line picks their language, as Telegram's language_code does.

    A message with something to say is answered at once, in its language (a red flag first, not
    after a welcome); a greeting, a command or a line in no clear language gets the welcome, and
    the line then goes to the welcome's buttons as it would have.
    """
    spoken = lang.detect(line)
    event = to_input(line, [])
    if isinstance(event, Text) and spoken is not None and smalltalk.recognise(line) is None:
        text, buttons = render(await conversations.handle(user_id, event, language_code=spoken))
        write(text)
        return buttons
    replies = await conversations.handle(user_id, Command("start"), language_code=spoken)
    text, buttons = render(replies)
    write(text)
    if line.strip() and smalltalk.recognise(line) is None and event != Command("start"):
        text, new_buttons = render(await conversations.handle(user_id, to_input(line, buttons), language_code=spoken))
        buttons = new_buttons or buttons
        write(text)
    return buttons


async def _text(conversations: Conversations, user_id: int, key: str) -> str:
    state = await conversations.state(user_id)
    return conversations.engine.text(key, state.language if state else "en")


async def chat(
    conversations: Conversations,
    user_id: int = CONSOLE_USER_ID,
    language: str | None = None,
    read: ReadLine = read_stdin,
    write: Write = print,
) -> None:
    """Talk to the bot until the user types quit or input ends."""
    known = await conversations.state(user_id) is not None
    if language and known:
        await conversations.set_language(user_id, language)
    if known or language:
        first: Input = Resume() if known else Command("start")
        replies = await conversations.handle(user_id, first, language_code=language)
        text, buttons = render(replies)
        write(text)
    else:
        engine = conversations.engine
        write(" / ".join(engine.text("console.first", code) for code in LANGUAGES))
        line = await read("> ")
        if line is None or line.strip().lower() in QUIT_WORDS:
            write(engine.text("console.bye", DEFAULT_LANGUAGE))
            return
        buttons = await _first_message(conversations, user_id, line, write)
    write(await _text(conversations, user_id, "console.hint") + "\n")
    while True:
        line = await read("> ")
        if line is None or line.strip().lower() in QUIT_WORDS:
            write(await _text(conversations, user_id, "console.bye"))
            return
        replies = await conversations.handle(user_id, to_input(line, buttons), language_code=language)
        text, new_buttons = render(replies)
        buttons = new_buttons or buttons
        write(text)
