"""Start the real Cuida Application against the loopback Bot API server, as `cuida run` wires it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.app.clinics import ClinicHook
from bot.app.conversations import Conversations, Hook
from bot.app.privacy import Housekeeping
from bot.app.reminders import ReminderHook
from bot.core.content import Content
from bot.core.engine import Engine
from bot.storage.sqlite import SqliteStorage
from bot.telegram.adapter import build_application
from tests.support.botapi import BotApiServer


@dataclass
class Running:
    """A started bot: its Application, Conversations and Store, and the update ids fully handled."""

    app: Application
    conversations: Conversations
    store: SqliteStorage
    done: list[int] = field(default_factory=list)
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def wait_done(self, count: int, timeout: float = 10.0) -> None:
        """Wait until `count` updates went through every handler (repeats stopped early never do)."""
        async with asyncio.timeout(timeout):
            while len(self.done) < count:
                self._changed.clear()
                await self._changed.wait()


@asynccontextmanager
async def running_bot(
    server: BotApiServer,
    db: Path,
    content: Content,
    *,
    clock: Callable[[], datetime] | None = None,
    housekeeping: Callable[[SqliteStorage], Housekeeping] | None = None,
    hooks: Sequence[Hook] | None = None,
    **build: Any,
) -> AsyncIterator[Running]:
    """Cuida polling the loopback server with the production hooks; stopped cleanly afterwards."""
    store = await SqliteStorage.open(db)
    if hooks is None:
        hooks = [ReminderHook(content.plans)] if content.plans is not None else []
        hooks = [*hooks, ClinicHook(store, content)]  # type: ignore[list-item]
    conversations = Conversations(Engine(content), store, clock=clock, hooks=hooks)
    try:
        extra = {} if housekeeping is None else {"housekeeping": housekeeping(store)}
        async with polling(server, conversations, **extra, **build) as running:
            yield running
    finally:
        await store.close()


@asynccontextmanager
async def polling(
    server: BotApiServer, conversations: Conversations, *, housekeeping: Housekeeping | None = None, **build: Any
) -> AsyncIterator[Running]:
    """The Application for `conversations` polling the loopback server, as `cuida run` starts and stops it.

    The store stays open: it belongs to the caller.
    """
    app = build_application(server.token, server.base_url, conversations, **build)
    if housekeeping is not None:
        app.bot_data.housekeeping = housekeeping
    running = Running(app, conversations, conversations.store)

    async def mark_done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        # The last handler group: every earlier handler of this update has finished.
        running.done.append(update.update_id)
        running._changed.set()

    app.add_handler(TypeHandler(Update, mark_done), group=99)
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield running
    finally:
        await app.updater.stop()
        await app.stop()
        if app.post_shutdown:
            await app.post_shutdown(app)
        await app.shutdown()
