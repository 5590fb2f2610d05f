"""The Telegram adapter: PTB handlers that turn updates into engine inputs and replies into messages."""

from __future__ import annotations

import functools
import logging
from typing import Any

from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType, MessageLimit
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    ExtBot,
    MessageHandler,
    filters,
)

from bot.app import logs
from bot.app.conversations import Conversations
from bot.app.inbox import Inbox
from bot.core.content import LANGUAGES, Content
from bot.core.engine import (
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
from bot.telegram import guards
from bot.telegram.botdata import CONTEXT_TYPES, BotData, Context, CuidaApplication
from bot.telegram.guards import AnyContext
from bot.telegram.ordering import ChatOrderedProcessor
from bot.telegram.sender import REPLY, SAFETY, Pacer, Sender
from bot.telegram.transport import make_request

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
    pacer: Pacer | None = None,
) -> CuidaApplication:
    """A PTB Application wired to the engine; the caller runs it (polling or tests).

    With a `sender`, the outbox is delivered while the bot runs: started after start-up (post_init),
    stopped cleanly at shutdown (post_shutdown); /healthz reads its state from `bot_data`.
    Up to `concurrent_updates` updates of different chats are processed at once; one chat's in order.
    Without `polling` it has no Updater (a worker fed by the front process, bot/telegram/workers.py);
    without `menus` it leaves the command menus to another process. Every message goes through
    one Pacer (the sender's unless `pacer` is given), so replies and the outbox share one rate.
    """
    inbox = Inbox(conversations.store)
    bot = _Bot(
        token,
        inbox=inbox,
        base_url=base_url,
        # Replies may all be on the wire at once: one connection per update in progress, plus room.
        request=make_request(transport, connection_pool_size=concurrent_updates + 8),
        # getUpdates has its own connection, so a long poll never waits behind replies (PTB adds
        # the poll timeout to this read timeout).
        get_updates_request=make_request(transport, connection_pool_size=1, read_timeout=10.0) if polling else None,
    )
    processor = ChatOrderedProcessor(concurrent_updates)
    processor.finished = functools.partial(_handled, inbox)
    builder = (
        ApplicationBuilder()
        .context_types(CONTEXT_TYPES)
        .bot(bot)
        .concurrent_updates(processor)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if not polling:
        builder.updater(None)
    app = builder.build()
    data = app.bot_data
    data.conversations = conversations
    data.menus = menus
    data.inbox = inbox
    data.sender = sender
    data.pacer = pacer or (sender.pacer if sender is not None else Pacer())
    if not any(isinstance(hook, logs.TurnRecorder) for hook in conversations.hooks):
        conversations.hooks.append(logs.TurnRecorder())  # flow, step and red flag for each turn's log line
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, on_command))
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT, on_text))
    app.add_handler(CallbackQueryHandler(on_press))
    # A caption is text the patient typed: the same red flags and understanding as a message.
    app.add_handler(MessageHandler(PRIVATE & filters.CAPTION, on_caption))
    app.add_handler(MessageHandler(PRIVATE & ~filters.TEXT, on_media))
    # Repeated updates, floods, edits, groups and channels (bot/telegram/guards.py), with this module's send_text.
    data.guards = guards.install(app, conversations, send_text)
    app.add_error_handler(on_error)
    return app


class _Bot(ExtBot[None]):
    """PTB's bot, with each polled update made readable first (guards.readable_update).

    PTB reads a getUpdates batch as a whole: one update it cannot read (a message without a
    chat) fails the batch, which is then fetched again, and fails again, for ever. The batch is
    also written to the inbox before PTB can confirm it to Telegram (bot/app/inbox.py).
    """

    __slots__ = ("inbox",)

    def __init__(self, *args: Any, inbox: Inbox | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():
            self.inbox = inbox

    async def _post(self, endpoint: str, data: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, **kwargs)
        if endpoint == "getUpdates" and isinstance(result, list):
            result = [u for u in map(guards.readable_update, result) if u is not None]
            if self.inbox is not None:
                await self.inbox.add(result)
        return result


def _handled(inbox: Inbox, update: object) -> None:
    if isinstance(update, Update) and isinstance(update.update_id, int):
        inbox.done(update.update_id)


async def _post_init(app: CuidaApplication) -> None:
    """Command menus, then the outbox sender (which sends on its own Bot and connection pool)."""
    data = app.bot_data
    if data.menus:
        await _set_commands(app)
    if data.sender is not None:
        await data.sender.start()
    if data.housekeeping is not None:
        await data.housekeeping.start()  # prunes old events now, then daily


async def _post_shutdown(app: CuidaApplication) -> None:
    """Stop the sender: requests on the wire finish and are recorded, the rest stays pending."""
    data = app.bot_data
    if data.inbox is not None:
        await data.inbox.flush()  # handled updates leave the inbox; the rest are handled after a restart
    if data.housekeeping is not None:
        await data.housekeeping.stop()
    if data.sender is not None:
        await data.sender.stop()


async def _set_commands(app: CuidaApplication) -> None:
    """Localized command menus; failing here is logged, never fatal."""
    content: Content = app.bot_data.conversations.engine.content
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


async def send_replies(context: Context, chat_id: int, replies: list[Reply], urgent: bool = False) -> None:
    """Send the engine's replies in order, in as few messages as `bundle` allows; split any text over the limit.

    Each message goes through the Pacer: a 429 makes it late, never lost. Red-flag instructions
    (and every reply of an `urgent` turn, e.g. STOP) go ahead of other replies and of the outbox.
    """
    bot = context.bot
    pacer = context.bot_data.pacer
    for reply in bundle(replies, MessageLimit.MAX_TEXT_LENGTH):
        priority = SAFETY if urgent or reply.alone else REPLY
        text = reply.text or "…"
        chunks = [text[i : i + MessageLimit.MAX_TEXT_LENGTH] for i in range(0, len(text), MessageLimit.MAX_TEXT_LENGTH)]
        for index, chunk in enumerate(chunks):
            markup = _markup(reply) if index == len(chunks) - 1 else None
            call = functools.partial(call_api, bot, "sendMessage", chat_id=chat_id, text=chunk, reply_markup=markup)
            await pacer.send(chat_id, priority, call)


async def send_text(context: AnyContext, chat_id: int, text: str, urgent: bool = False) -> None:
    """One message that is not an engine reply (a notice), through the Pacer like every reply."""
    call = functools.partial(call_api, context.bot, "sendMessage", chat_id=chat_id, text=text)
    await _pacer(context).send(chat_id, SAFETY if urgent else REPLY, call)


def _pacer(context: AnyContext) -> Pacer:
    # The guards pass any Application's context; Cuida's are all built with a BotData.
    data = context.bot_data
    if not isinstance(data, BotData):
        raise TypeError("bot_data is not a BotData: build the Application with build_application()")
    return data.pacer


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


async def _run(update: Update, context: Context, event: Input) -> list[Reply]:
    # Through the flood guard to Conversations (with the update id, so a repeat is processed once).
    return await guards.handle(context.bot_data.guards, update, event)


@logs.logged_turn("command")
async def on_command(update: Update, context: Context) -> None:
    """A /command, known or not: the engine decides."""
    message = update.effective_message
    if message is None or not message.text:
        return
    word, _, args = message.text[1:].partition(" ")
    name = word.split("@")[0]
    event = Command(name, args.strip())
    replies = await _run(update, context, event)
    await send_replies(context, message.chat_id, replies, urgent=guards.is_stop(event))


@logs.logged_turn("text")
async def on_text(update: Update, context: Context) -> None:
    """Free text in a private chat."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    event = Text(message.text)
    replies = await _run(update, context, event)
    await send_replies(context, message.chat_id, replies, urgent=guards.is_stop(event))


@logs.logged_turn("caption")
async def on_caption(update: Update, context: Context) -> None:
    """A photo, video or document with a caption: the caption is read as a typed message."""
    message = update.effective_message
    if message is None or not message.caption:
        return
    event = Text(message.caption)
    replies = await _run(update, context, event)
    await send_replies(context, message.chat_id, replies, urgent=guards.is_stop(event))


# The kinds of message the engine answers in their own words (bot.core.engine.MEDIA_KEYS), in PTB's names.
MEDIA_KINDS = ("voice", "audio", "video_note", "sticker", "animation", "photo", "video", "document")


@logs.logged_turn("media")
async def on_media(update: Update, context: Context) -> None:
    """Stickers, voice notes, photos without a caption...: a kind answer, with how to get help now."""
    message = update.effective_message
    if message is None:
        return
    kind = next((name for name in MEDIA_KINDS if getattr(message, name, None)), "media")
    replies = await _run(update, context, Media(kind))
    await send_replies(context, message.chat_id, replies)


@logs.logged_turn("press")
async def on_press(update: Update, context: Context) -> None:
    """A button press: acknowledge it, mark the choice on the old message, then answer."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.answer()
    except TelegramError as exc:
        # E.g. "query is too old" after a restart: the spinner on the phone stops by itself, and
        # the press still counts (a "Yes, delete everything" must still erase).
        log.info("could not acknowledge a button press; handling it anyway: %s", exc)
    replies = await _run(update, context, Press(query.data or ""))
    message = query.message
    if not replies:
        return  # skipped (a flood, or processed before a restart): the keyboard stays as it was
    if isinstance(message, Message):
        await _close_keyboard(context, message, query.data or "")
        await send_replies(context, message.chat_id, replies)
    elif update.effective_user is not None:
        await send_replies(context, update.effective_user.id, replies)


async def _close_keyboard(context: Context, message: Message, data: str) -> None:
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
    if text != message.text:
        call = functools.partial(call_api, context.bot, "editMessageText", text=text, **where)
    elif message.reply_markup:
        call = functools.partial(call_api, context.bot, "editMessageReplyMarkup", **where)
    else:
        return
    try:
        await context.bot_data.pacer.send(message.chat_id, REPLY, call)
    except BadRequest as exc:  # e.g. the message is too old to edit: harmless
        log.info("could not close an old keyboard: %s", exc)


async def on_error(update: object, context: Context) -> None:
    """Log the failure; tell the user something went wrong instead of leaving them in silence."""
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        conversations = context.bot_data.conversations
        user = update.effective_user
        text = conversations.engine.text("common.error", language_from_code(user.language_code if user else None))
        try:
            await send_text(context, update.effective_chat.id, text)  # a 429 makes it late, not lost
        except TelegramError:
            log.warning("could not tell the user about the error")
