"""Hostile and odd input, in the Telegram adapter: repeated updates, floods, edits, groups, channels.

- **The same update twice** (Telegram retrying a webhook, a poll answered twice): a bounded set
  of recent update ids drops the repeat before any handler runs; across a restart, Conversations
  checks the `seen_updates` table (bot/app/privacy.py) for ids recorded before start-up.
- **A flood from one user**: at most `FLOOD_LIMIT` inputs per `FLOOD_WINDOW` seconds are answered,
  in order; the first input over the limit gets one "slow down" notice and the rest are skipped
  (not processed at all: no state change, no event), until the window has room again. A red
  flag or STOP is never skipped: over the limit it is processed as usual, and only its first
  reply (the emergency instruction, or "stopped") is sent, so a flood of alarms cannot turn into
  hundreds of messages.
- **Edited messages** are not processed again (that would repeat a red-flag answer or answer a
  question twice); the user gets a short note, at most once per `EDIT_NOTE_INTERVAL`, saying to
  send a new message, with the emergency number at once (never throttled) when the edited text
  has an emergency red flag.
- **Malformed but parseable updates**: an `update_id` sent as a string is read as the number;
  a message without a chat becomes an empty update (no handler answers it, so polling moves on
  instead of failing on the same batch for ever); a private message or a press without a sender
  is skipped. Each is logged; none reaches the user as "something went wrong".
- **Groups and supergroups**: one message, in English and Spanish, saying Cuida works only in
  private chats (with a link to it), then `leaveChat`. Nothing about the group or its members
  goes to the database. **Channels**: posts are ignored; added to one, the bot leaves silently
  (a message there would go to every subscriber).

Everything here is in memory and bounded (`MEMORY` entries per table, oldest forgotten first).
Decisions are taken synchronously, before any await, so updates processed concurrently cannot
race each other.
"""

from __future__ import annotations

import enum
import functools
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from telegram import ChatMemberUpdated, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackContext,
    ChatMemberHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.app import logs
from bot.app.conversations import Conversations
from bot.core.engine import STOP_WORDS, Command, Input, Reply, Text, UserState, language_from_code
from bot.core.understanding import normalize

log = logging.getLogger(__name__)

MEMORY = 10_000  # entries per in-memory table (update ids, users, groups)
FLOOD_LIMIT = 10  # inputs answered per user...
FLOOD_WINDOW = 10.0  # ...in any window of this many seconds
EDIT_NOTE_INTERVAL = 600.0  # seconds between two "I can't see edits" notes to the same user
GROUPS = filters.ChatType.GROUPS
EDITED = filters.UpdateType.EDITED_MESSAGE & filters.ChatType.PRIVATE

# Any Application's context: the guards read nothing from bot_data (their Guards is bound in).
AnyContext = CallbackContext[Any, Any, Any, Any]


class SendText(Protocol):
    """How a notice goes out: the adapter's `send_text`, passed in so that this module need not import it."""

    def __call__(self, context: AnyContext, chat_id: int, text: str, urgent: bool = False) -> Awaitable[None]:
        """Send `text` to `chat_id` (as a safety message when `urgent`)."""
        ...


class Verdict(enum.Enum):
    """What the flood guard says about one input."""

    ADMIT = "admit"  # under the limit: process and answer
    PRIORITY = "priority"  # over the limit, but a red flag or STOP: process, send the first reply
    NOTICE = "notice"  # the first input over the limit: say "slow down" instead
    SKIP = "skip"  # over the limit, already told: nothing


class Recent:
    """A bounded set: `first_time(key)` is True once per key among the last `size` keys seen."""

    def __init__(self, size: int = MEMORY) -> None:
        self.size = size
        self._keys: OrderedDict[Any, None] = OrderedDict()

    def first_time(self, key: Any) -> bool:
        """Record `key`; False if it was already among the recent ones."""
        if key in self._keys:
            return False
        self._keys[key] = None
        if len(self._keys) > self.size:
            self._keys.popitem(last=False)
        return True

    def __len__(self) -> int:
        return len(self._keys)


class _Window:
    __slots__ = ("noticed", "times")

    def __init__(self, limit: int) -> None:
        self.times: deque[float] = deque(maxlen=limit)  # when the admitted inputs were sent
        self.noticed = False  # told to slow down since the last admitted input


class FloodGuard:
    """At most `limit` inputs per user in any `window` seconds; see the module docstring."""

    def __init__(self, limit: int = FLOOD_LIMIT, window: float = FLOOD_WINDOW, users: int = MEMORY) -> None:
        self.limit = limit
        self.window = window
        self.users = users
        self._windows: OrderedDict[int, _Window] = OrderedDict()

    def check(self, user_id: int, at: float, priority: bool | Callable[[], bool] = False) -> Verdict:
        """The verdict for an input sent at `at` (seconds); `priority` for red flags and STOP.

        `priority` may be a function: it is then asked only when the user is over the limit, so
        the red-flag check is not run twice for every message of someone writing at a normal pace.
        """
        entry = self._windows.get(user_id)
        if entry is None:
            entry = self._windows[user_id] = _Window(self.limit)
            if len(self._windows) > self.users:
                self._windows.popitem(last=False)  # a forgotten user simply starts afresh
        else:
            self._windows.move_to_end(user_id)
        times = entry.times
        while times and at - times[0] >= self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(at)
            entry.noticed = False
            return Verdict.ADMIT
        if priority if isinstance(priority, bool) else priority():
            return Verdict.PRIORITY
        if entry.noticed:
            return Verdict.SKIP
        entry.noticed = True
        return Verdict.NOTICE

    def __len__(self) -> int:
        return len(self._windows)


class Guards:
    """The adapter's in-memory defences, one set per Application (`bot_data.guards`).

    It holds what the guards' handlers need: the conversations they answer for and how to send
    a notice, both given by the adapter (see `install`).
    """

    def __init__(
        self, conversations: Conversations, send: SendText, flood: FloodGuard | None = None, memory: int = MEMORY
    ) -> None:
        self.conversations = conversations
        self.send = send
        self.updates = Recent(memory)  # update ids processed
        self.groups = Recent(memory)  # groups told and left
        self.flood = flood if flood is not None else FloodGuard(users=memory)  # an empty guard is falsy
        self._edit_notes: OrderedDict[int, float] = OrderedDict()  # user -> when the last note went
        self.memory = memory
        self.skipped = 0  # inputs not processed because of a flood (for tests and logs)
        self.duplicates = 0

    def edit_note_due(self, user_id: int, now: float) -> bool:
        """True when this user has not had an "edits are not read" note for EDIT_NOTE_INTERVAL."""
        last = self._edit_notes.get(user_id)
        if last is not None and now - last < EDIT_NOTE_INTERVAL:
            return False
        self._edit_notes[user_id] = now
        self._edit_notes.move_to_end(user_id)
        if len(self._edit_notes) > self.memory:
            self._edit_notes.popitem(last=False)
        return True


# Updates whose value is a Message (or holds one): PTB cannot read a Message without a chat.
MESSAGE_KINDS = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_message",
    "edited_business_message",
)


def readable_update(data: object) -> dict[str, Any] | None:
    """Telegram's JSON for one update, made safe for PTB to read; None without a usable update_id.

    A string update_id of digits becomes the number (compared with numbers everywhere after this);
    an update whose message has no chat becomes `{"update_id": n}`: nothing handles it, but it is
    counted as received, so the updates after it are not held up.
    """
    if not isinstance(data, dict):
        return None
    update_id = data.get("update_id")
    if isinstance(update_id, str) and update_id.isascii() and update_id.isdigit():
        logs.event(log, "update_id_as_text", logging.WARNING, update=update_id)
        update_id = int(update_id)
        data = {**data, "update_id": update_id}
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        logs.event(log, "update_unreadable", logging.WARNING, reason="no usable update_id")
        return None
    callback = data.get("callback_query")
    held = [data.get(kind) for kind in MESSAGE_KINDS]
    if isinstance(callback, dict):
        held.append(callback.get("message"))
    for message in held:
        if message is None:
            continue
        chat = message.get("chat") if isinstance(message, dict) else None
        if not isinstance(chat, dict) or not isinstance(chat.get("id"), int):
            logs.event(log, "update_unreadable", logging.WARNING, update=update_id, reason="a message without a chat")
            return {"update_id": update_id}
    return data


def install(app: Application[Any, Any, Any, Any, Any, Any], conversations: Conversations, send: SendText) -> Guards:
    """Add the duplicate filter (before every other handler) and the edit, group and channel handlers.

    The caller keeps the returned Guards (in `bot_data.guards`) for `handle`.
    """
    guards = Guards(conversations, send)
    app.add_handler(TypeHandler(Update, functools.partial(drop_repeats, guards)), group=-1)
    app.add_handler(MessageHandler(GROUPS, functools.partial(on_group, guards)))
    app.add_handler(MessageHandler(EDITED, functools.partial(on_edited, guards)))
    app.add_handler(ChatMemberHandler(functools.partial(on_membership, guards), ChatMemberHandler.MY_CHAT_MEMBER))
    return guards


async def drop_repeats(guards: Guards, update: Update, context: AnyContext) -> None:
    """Stop an update seen before from reaching any handler."""
    if not guards.updates.first_time(update.update_id):
        guards.duplicates += 1
        log.info("update %d delivered again; ignored", update.update_id)
        raise ApplicationHandlerStop


# ---- private chats: floods ----------------------------------------------------------------------


def is_stop(event: Input) -> bool:
    """/stop or a stop word: its confirmation is a safety reply (bot/telegram/sender.py's Pacer sends it first)."""
    if isinstance(event, Command):
        return event.name.lower() == "stop"
    return isinstance(event, Text) and normalize(event.text) in STOP_WORDS


def priority(conversations: Conversations, event: Input) -> bool:
    """Red flags and STOP are never skipped in a flood."""
    if is_stop(event):
        return True
    if not isinstance(event, Text):
        return False
    safety = conversations.engine.content.safety
    found = safety.check(event.text) if safety is not None else None
    return found is not None and found.now


def _sent_at(update: Update) -> float:
    # A message's own date (Telegram's clock), so a backlog after downtime is not taken for a flood;
    # a button press has none, so it is "now".
    message = update.message or update.edited_message
    return message.date.timestamp() if message is not None and message.date else time.time()


async def handle(guards: Guards, update: Update, event: Input) -> list[Reply]:
    """Run one private-chat input through the flood guard and then Conversations; the replies to send."""
    conversations = guards.conversations
    user = update.effective_user
    if user is None:
        # Telegram always says who sent a private message or pressed a button; without it there is
        # nobody whose conversation this could be. Skipped, never "something went wrong".
        logs.event(log, "update_without_sender", logging.WARNING, update=update.update_id)
        return []
    verdict = guards.flood.check(user.id, _sent_at(update), functools.partial(priority, conversations, event))
    if verdict is Verdict.SKIP:
        guards.skipped += 1
        return []
    if verdict is Verdict.NOTICE:
        guards.skipped += 1
        log.info(
            "a user sent more than %d messages in %.0f s; skipping until they slow down", FLOOD_LIMIT, FLOOD_WINDOW
        )
        return [Reply(await _notice(conversations, user.id, user.language_code, "notices.slow_down"))]
    replies = await conversations.handle(user.id, event, language_code=user.language_code, update_id=update.update_id)
    return replies[:1] if verdict is Verdict.PRIORITY else replies


async def _notice(conversations: Conversations, user_id: int, language_code: str | None, key: str) -> str:
    """A notice in the user's language (stored, else Telegram's), with their emergency number; reads only."""
    state = await conversations.state(user_id) or UserState(user_id, language=language_from_code(language_code))
    engine = conversations.engine
    return engine.text(key, state.language, engine.computed(state, datetime.now(UTC)))


# ---- private chats: edits -----------------------------------------------------------------------


async def on_edited(guards: Guards, update: Update, context: AnyContext) -> None:
    """An edited message is not processed again; a note (throttled unless it is an emergency)."""
    message = update.edited_message
    user = update.effective_user
    if message is None or user is None:
        return
    conversations = guards.conversations
    safety = conversations.engine.content.safety
    text = message.text or message.caption or ""
    found = safety.check(text) if safety is not None and text else None
    emergency = found is not None and found.level == "emergency" and found.now
    if not emergency and not guards.edit_note_due(user.id, time.time()):
        return
    key = "notices.edited_emergency" if emergency else "notices.edited"
    text = await _notice(conversations, user.id, user.language_code, key)
    await guards.send(context, message.chat_id, text, urgent=emergency)


# ---- groups and channels ------------------------------------------------------------------------


async def on_group(guards: Guards, update: Update, context: AnyContext) -> None:
    """Any message in a group: say (once) that Cuida works in private chats only, and leave."""
    chat = update.effective_chat
    if chat is not None:
        await _leave_group(guards, context, chat.id)


async def on_membership(guards: Guards, update: Update, context: AnyContext) -> None:
    """Added to a group: say so and leave; added to a channel: leave without a word."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None or change.new_chat_member.status not in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR):
        return
    if change.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        await _leave_group(guards, context, change.chat.id)
    elif change.chat.type == ChatType.CHANNEL:
        try:
            await context.bot.leave_chat(change.chat.id)
        except TelegramError as exc:
            log.info("could not leave a channel: %s", exc)


async def _leave_group(guards: Guards, context: AnyContext, chat_id: int) -> None:
    if not guards.groups.first_time(chat_id):
        return  # already told and left; updates queued before we left may still arrive
    engine = guards.conversations.engine
    try:
        link = f"https://t.me/{context.bot.username}"
    except RuntimeError:  # the bot was never initialised (no getMe): no username to link to
        link = "Telegram"
    text = "\n\n".join(engine.text("notices.group_only", language, {"bot_link": link}) for language in ("en", "es"))
    try:
        await guards.send(context, chat_id, text)
    except TelegramError as exc:  # e.g. not allowed to write there: leaving matters more
        log.info("could not post the private-chats-only note in a group: %s", exc)
    try:
        await context.bot.leave_chat(chat_id)
    except TelegramError as exc:
        log.warning("could not leave a group: %s", exc)
