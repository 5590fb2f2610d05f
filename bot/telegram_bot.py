"""The Telegram adapter: PTB handlers that turn updates into engine inputs and replies into messages."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType, MessageLimit
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import guards, logs
from bot.content import LANGUAGES, Content
from bot.conversations import Conversations
from bot.engine import (
    MENU_COMMANDS,
    Command,
    Input,
    Media,
    Press,
    Reply,
    Text,
    bundle,
    command_key,
    language_from_code,
)
from bot.ordering import ChatOrderedProcessor
from bot.privacy import Housekeeping
from bot.sender import Sender
from bot.transport import make_request

log = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


def build_application(
    token: str,
    base_url: str,
    conversations: Conversations,
    sender: Sender | None = None,
    *,
    transport: str = "aiohttp",
    concurrent_updates: int = 64,
    polling: bool = True,
    menus: bool = True,
) -> Application:
    """A PTB Application wired to the engine; the caller runs it (polling or tests).

    With a `sender`, the outbox is delivered while the bot runs: started after start-up (post_init),
    stopped cleanly at shutdown (post_shutdown). It is in `bot_data["sender"]` for handlers to wake().
    Up to `concurrent_updates` updates of different chats are processed at once; one chat's in order.
    Without `polling` it has no Updater (a worker fed by the front process, bot/workers.py);
    without `menus` it leaves the command menus to another process.
    """
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        # Replies may all be on the wire at once: one connection per update in progress, plus room.
        .request(make_request(transport, connection_pool_size=concurrent_updates + 8))
        .concurrent_updates(ChatOrderedProcessor(concurrent_updates))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if polling:
        # getUpdates has its own connection, so a long poll never waits behind replies (PTB adds
        # the poll timeout to this read timeout).
        builder.get_updates_request(make_request(transport, connection_pool_size=1, read_timeout=10.0))
    else:
        builder.updater(None)
    app = builder.build()
    app.bot_data["conversations"] = conversations
    app.bot_data["menus"] = menus
    app.bot_data["sender"] = sender
    if not any(isinstance(hook, logs.TurnRecorder) for hook in conversations.hooks):
        conversations.hooks.append(logs.TurnRecorder())  # flow, step and red flag for each turn's log line
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, on_command))
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT, on_text))
    app.add_handler(CallbackQueryHandler(on_press))
    # A caption is text the patient typed: the same red flags and understanding as a message.
    app.add_handler(MessageHandler(PRIVATE & filters.CAPTION, on_caption))
    app.add_handler(MessageHandler(PRIVATE & ~filters.TEXT, on_media))
    guards.install(app)  # repeated updates, floods, edits, groups and channels (bot/guards.py)
    app.add_error_handler(on_error)
    return app


async def _post_init(app: Application) -> None:
    """Command menus, then the outbox sender (which sends on its own Bot and connection pool)."""
    if app.bot_data.get("menus", True):
        await _set_commands(app)
    sender: Sender | None = app.bot_data.get("sender")
    if sender is not None:
        await sender.start()
    housekeeping: Housekeeping | None = app.bot_data.get("housekeeping")
    if housekeeping is not None:
        await housekeeping.start()  # prunes old events now, then daily


async def _post_shutdown(app: Application) -> None:
    """Stop the sender: requests on the wire finish and are recorded, the rest stays pending."""
    housekeeping: Housekeeping | None = app.bot_data.get("housekeeping")
    if housekeeping is not None:
        await housekeeping.stop()
    sender: Sender | None = app.bot_data.get("sender")
    if sender is not None:
        await sender.stop()


async def _set_commands(app: Application) -> None:
    """Localized command menus; failing here is logged, never fatal."""
    conversations: Conversations = app.bot_data["conversations"]
    content: Content = conversations.engine.content
    for language in (None, *LANGUAGES):
        commands = [BotCommand(name, content.text(command_key(name), language or "en")[:256]) for name in MENU_COMMANDS]
        try:
            await app.bot.set_my_commands(commands, language_code=language)
        except TelegramError as exc:
            log.warning("could not set the %s command menu: %s", language or "default", exc)


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """One button per row: labels stay readable on a phone."""
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data)] for b in reply.buttons])


async def send_replies(message: Message, replies: list[Reply]) -> None:
    """Send the engine's replies in order, in as few messages as `bundle` allows; split any text over the limit."""
    bot = message.get_bot()
    for reply in bundle(replies, MessageLimit.MAX_TEXT_LENGTH):
        text = reply.text or "…"
        chunks = [text[i : i + MessageLimit.MAX_TEXT_LENGTH] for i in range(0, len(text), MessageLimit.MAX_TEXT_LENGTH)]
        for index, chunk in enumerate(chunks):
            markup = _markup(reply) if index == len(chunks) - 1 else None
            await call_api(bot, "sendMessage", chat_id=message.chat_id, text=chunk, reply_markup=markup)


async def call_api(bot: Bot, method: str, **params: Any) -> Any:
    """A Bot API call whose answer stays JSON: replies never read the Message Telegram sends back.

    Turning every answer into PTB objects (a Message with its keyboard) was the largest single
    cost of a reply in the benchmark (bench/README.md). The request, errors and retries are PTB's
    as with `bot.send_message`. The method name goes in lower case: Bot API method names are
    case-insensitive, and PTB warns when do_api_request is used for a method it has a function for.
    """
    return await bot.do_api_request(method.lower(), api_kwargs=params)


def _markup(reply: Reply) -> dict[str, Any] | None:
    """`keyboard(reply)` as the JSON Telegram reads, without building PTB objects to serialise again."""
    if not reply.buttons:
        return None
    return {"inline_keyboard": [[{"text": b.label, "callback_data": b.data}] for b in reply.buttons]}


async def _run(update: Update, context: ContextTypes.DEFAULT_TYPE, event: Input) -> list[Reply]:
    # Through the flood guard to Conversations (with the update id, so a repeat is processed once).
    return await guards.handle(update, context, event)


@logs.logged_turn("command")
async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A /command, known or not: the engine decides."""
    message = update.effective_message
    if message is None or not message.text:
        return
    word, _, args = message.text[1:].partition(" ")
    name = word.split("@")[0]
    replies = await _run(update, context, Command(name, args.strip()))
    await send_replies(message, replies)


@logs.logged_turn("text")
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Free text in a private chat."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    replies = await _run(update, context, Text(message.text))
    await send_replies(message, replies)


@logs.logged_turn("caption")
async def on_caption(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A photo, video or document with a caption: the caption is read as a typed message."""
    message = update.effective_message
    if message is None or not message.caption:
        return
    replies = await _run(update, context, Text(message.caption))
    await send_replies(message, replies)


# The kinds of message the engine answers in their own words (bot.engine.MEDIA_KEYS), in PTB's names.
MEDIA_KINDS = ("voice", "audio", "video_note", "sticker", "animation", "photo", "video", "document")


@logs.logged_turn("media")
async def on_media(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, voice notes, photos without a caption...: a kind answer, with how to get help now."""
    message = update.effective_message
    if message is None:
        return
    kind = next((name for name in MEDIA_KINDS if getattr(message, name, None)), "media")
    replies = await _run(update, context, Media(kind))
    await send_replies(message, replies)


@logs.logged_turn("press")
async def on_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press: acknowledge it, mark the choice on the old message, then answer."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    replies = await _run(update, context, Press(query.data or ""))
    message = query.message
    if not replies:
        return  # skipped (a flood, or processed before a restart): the keyboard stays as it was
    if isinstance(message, Message):
        await _close_keyboard(message, query.data or "")
        await send_replies(message, replies)
    elif update.effective_user is not None:
        for reply in bundle(replies, MessageLimit.MAX_TEXT_LENGTH):
            await context.bot.send_message(update.effective_user.id, reply.text, reply_markup=keyboard(reply))


async def _close_keyboard(message: Message, data: str) -> None:
    """Replace the old keyboard with the chosen label, so old buttons cannot be pressed twice."""
    chosen = ""
    if message.reply_markup:
        for row in message.reply_markup.inline_keyboard:
            for button in row:
                if button.callback_data == data:
                    chosen = button.text
    text = message.text or ""
    if chosen and len(text) + len(chosen) + 4 <= MessageLimit.MAX_TEXT_LENGTH:
        text = f"{text}\n\n» {chosen}"
    # Editing without a reply_markup removes the keyboard.
    where = {"chat_id": message.chat_id, "message_id": message.message_id}
    try:
        if text != message.text:
            await call_api(message.get_bot(), "editMessageText", text=text, **where)
        elif message.reply_markup:
            await call_api(message.get_bot(), "editMessageReplyMarkup", **where)
    except BadRequest as exc:  # e.g. the message is too old to edit: harmless
        log.info("could not close an old keyboard: %s", exc)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure; tell the user something went wrong instead of leaving them in silence."""
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        conversations: Conversations = context.application.bot_data["conversations"]
        user = update.effective_user
        text = conversations.engine.text("common.error", language_from_code(user.language_code if user else None))
        try:
            await context.bot.send_message(update.effective_chat.id, text)
        except TelegramError:
            log.warning("could not tell the user about the error")
