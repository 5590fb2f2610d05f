"""Where an adapter hands over one user's input: load state, run the engine, store the result."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from bot.engine import Engine, Event, Input, Reply, UserState, language_from_code
from bot.store import Store

log = logging.getLogger(__name__)


class Conversations:
    """Runs each input through the engine with the user's stored state, one user at a time."""

    def __init__(self, engine: Engine, store: Store, clock: Callable[[], datetime] | None = None) -> None:
        self.engine = engine
        self.store = store
        self.clock = clock or (lambda: datetime.now(UTC))
        self._locks: dict[int, asyncio.Lock] = {}

    async def handle(self, user_id: int, event: Input, language_code: str | None = None) -> list[Reply]:
        """Process one input from one user; returns the replies to send, in order."""
        lock = self._locks.setdefault(user_id, asyncio.Lock())
        try:
            async with lock:
                return await self._handle(user_id, event, language_code)
        finally:
            # Drop the lock once nobody waits on it, so memory does not grow with every user ever seen.
            if not lock.locked() and self._locks.get(user_id) is lock:
                del self._locks[user_id]

    async def _handle(self, user_id: int, event: Input, language_code: str | None) -> list[Reply]:
        now = self.clock()
        state = await self.store.load_user(user_id)
        created: list[Event] = []
        if state is None:
            state = UserState(user_id=user_id, language=language_from_code(language_code))
            created.append(Event("user_created", {"language": state.language}))
        turn = self.engine.handle(state, event, now)
        await self.store.save_turn(turn.state, [*created, *turn.effects], now)
        return turn.replies

    async def set_language(self, user_id: int, language: str) -> None:
        """Switch a known user's language (console --lang)."""
        async with self._locks.setdefault(user_id, asyncio.Lock()):
            state = await self.store.load_user(user_id)
            if state is not None and state.language != language:
                state.language = language
                await self.store.save_turn(state, [Event("language_changed", {"language": language})], self.clock())

    async def state(self, user_id: int) -> UserState | None:
        """The stored state of a user (for adapters that need the language, e.g. command menus)."""
        return await self.store.load_user(user_id)
