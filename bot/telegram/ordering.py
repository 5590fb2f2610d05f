"""Update processing: different chats at the same time, each chat's updates strictly in order.

PTB's `concurrent_updates(n)` runs up to n updates at once with no order within a chat, so two
quick messages from one patient could be answered the wrong way round (and their state saved
in the wrong order). `ChatOrderedProcessor` keys updates by chat: a chat's updates run one
after the other, in the order Telegram numbered them, while up to `max_concurrent_updates`
updates of different chats run at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import sys
from collections.abc import Awaitable, Callable
from typing import Any, Final

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.app.locks import KeyedLock

# What the base class's admission limit is given: every update is let in (see ChatOrderedProcessor).
ADMIT_ALL: Final = sys.maxsize


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Runs up to `max_concurrent_updates` updates at once, never two of the same chat.

    PTB's `process_update` admits an update (up to the `max_concurrent_updates` given to the base
    class's constructor) *before* `do_process_update`. Had that admission limit been ours, one
    chat's flood would fill every slot with updates doing nothing but waiting for their own
    chat, and everyone else would wait behind them. So the base class is constructed to admit
    every update (the Application already made a task for each one), and the limit is applied
    here, to updates that can actually run: an update waits for its chat first, holding no
    slot, then for a slot. A flood from one chat therefore holds at most one
    slot, and a slow chat holds one slot while the others go on with the rest.

    Memory: one small entry per chat with updates running or waiting, removed when its last
    update is done, so the table is empty when the bot is idle however many chats it has seen.
    """

    __slots__ = ("_chats", "_limit", "_slots", "_updates_running", "finished")

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        if max_concurrent_updates < 1:
            raise ValueError("max_concurrent_updates must be a positive integer")
        # Admission is not limited (see the class docstring). The base class sizes its admission
        # from its argument or from `max_concurrent_updates`, which this class overrides: both
        # say ADMIT_ALL while it is constructed, and the real limit only afterwards.
        self._limit = ADMIT_ALL
        super().__init__(ADMIT_ALL)
        self._limit = max_concurrent_updates
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        self._chats = KeyedLock()  # FIFO per chat: updates run in the order they came
        self._updates_running = 0
        # Told of each update whose handlers have all run (bot/app/inbox.py clears its row then).
        self.finished: Callable[[object], None] | None = None

    @property
    def max_concurrent_updates(self) -> int:
        """At most this many updates run at once (the Application reads it, e.g. to await inline at 1)."""
        return self._limit

    @property
    def current_concurrent_updates(self) -> int:
        """How many updates are running now (updates waiting for their chat or a slot excluded)."""
        return self._updates_running

    @property
    def chats_in_flight(self) -> int:
        """Chats with updates running or waiting: the size of the lock table."""
        return len(self._chats)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for this chat's earlier updates, then for a free slot, then process."""
        key = chat_key(update)
        # Updates without a chat (e.g. inline queries) have nothing to keep in order with.
        in_order = self._chats.hold(key) if key is not None else contextlib.nullcontext()
        started = False
        try:
            async with in_order, self._slots:
                started = True
                self._updates_running += 1
                try:
                    await coroutine
                finally:
                    self._updates_running -= 1
                if self.finished is not None:
                    self.finished(update)
        finally:
            if not started and inspect.iscoroutine(coroutine):
                coroutine.close()  # cancelled while waiting: no "never awaited" warning

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down: the Application waits for its update tasks itself."""


def chat_key(update: object) -> int | None:
    """The chat an update belongs to (its sender when it has no chat); None when it has neither."""
    if not isinstance(update, Update):
        return None
    chat = update.effective_chat
    if chat is not None:
        return chat.id
    user = update.effective_user
    return user.id if user is not None else None
