"""Where an adapter hands over one user's input: load state, run the engine, store the result.

Features that need the database around a turn (clinics, reminders) plug in as hooks: `before`
adds per-turn facts to the state as fields starting with "_" (never stored), and `after` acts
on the turn's effects inside the same transaction that stores the new state.

Privacy is built in, not a hook: a turn that confirms /delete erases the user (bot/app/privacy.py)
instead of being stored, and /mydata gets its counts from here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from bot.app import inbox, privacy
from bot.app.locks import KeyedLock
from bot.core import timestamps
from bot.core.engine import COUNTRY_GUESS, ERASE, Engine, Event, Input, Reply, UserState, language_from_code, region_of
from bot.storage.base import Storage, Transaction

log = logging.getLogger(__name__)


class Hook(Protocol):
    """A feature that reads or writes the database around each turn."""

    async def before(self, state: UserState, event: Input, now: datetime) -> None:
        """Add per-turn facts to `state.fields` (keys starting with '_') before the engine runs."""

    async def after(self, tx: Transaction, state: UserState, effects: list[Event], now: datetime) -> None:
        """Act on the turn's effects, inside the transaction that stores the turn."""


class Conversations:
    """Runs each input through the engine with the user's stored state, one user at a time."""

    def __init__(
        self,
        engine: Engine,
        store: Storage,
        clock: Callable[[], datetime] | None = None,
        hooks: Sequence[Hook] = (),
        retention_days: int = privacy.DEFAULT_RETENTION_DAYS,
    ) -> None:
        self.engine = engine
        self.store = store
        self.clock = clock or timestamps.now
        self.hooks = list(hooks)
        self.retention_days = retention_days  # shown by /mydata
        self._locks = KeyedLock()  # one turn per user at a time
        self._seen_floor: int | None = None  # update ids above this were not processed before start-up

    async def handle(
        self, user_id: int, event: Input, language_code: str | None = None, update_id: int | None = None
    ) -> list[Reply]:
        """Process one input from one user; returns the replies to send, in order.

        With the Telegram `update_id`, an update already processed before a restart (delivered
        again) returns no replies and changes nothing.
        """
        async with self._locks.hold(user_id):
            return await self._handle(user_id, event, language_code, update_id)

    async def _seen_before(self, update_id: int) -> bool:
        if self._seen_floor is None:
            self._seen_floor = await privacy.last_seen_update(self.store)
        # Only ids up to the highest one recorded before start-up can be repeats from a previous run
        # (repeats within this run are caught in memory by the adapter): most turns skip the query.
        return update_id <= self._seen_floor and await privacy.was_seen(self.store, update_id)

    async def _handle(
        self, user_id: int, event: Input, language_code: str | None, update_id: int | None
    ) -> list[Reply]:
        now = self.clock()
        if update_id is not None and await self._seen_before(update_id):
            # Its replies may not all have gone out before the process stopped (bot/app/inbox.py).
            kept = await inbox.kept_replies(self.store, update_id)
            log.info("update %d was processed before the restart; not again (%d replies kept)", update_id, len(kept))
            return kept
        state, stored_status = await self.store.users.load_turn(user_id)  # one trip to the database for both
        created: list[Event] = []
        if state is None:
            state = UserState(user_id=user_id, language=language_from_code(language_code))
            created.append(Event("user_created", {"language": state.language}))
            region = region_of(language_code)
            safety = self.engine.content.safety
            if region is not None and safety is not None and safety.country(region) is not None:
                # "es-CO": a first guess at the emergency number until the user names a country.
                state.fields[COUNTRY_GUESS] = region
        status = stored_status or "active"
        state.fields["_status"] = status
        for hook in self.hooks:
            await hook.before(state, event, now)
        if privacy.asks_for_data(event):
            state.fields.update(await privacy.stored_counts(self.store, user_id, self.retention_days))
        turn = self.engine.handle(state, event, now)
        async with self.store.transaction() as tx:
            if update_id is not None:
                await privacy.remember_update(tx, update_id, now)
                await inbox.keep_replies(tx, update_id, turn.replies)
            if any(e.kind == ERASE for e in turn.effects):
                # Instead of storing this turn (which would write the user back): erase them. The
                # goodbye was rendered by the engine already, in the user's language.
                await privacy.erase_user(tx, user_id)
                await inbox.forget_user(tx, user_id)
                return turn.replies
            await tx.users.save_turn(turn.state, [*created, *turn.effects], now)
            new_status = _status_after(status, turn.effects)
            if new_status != status:
                await tx.users.set_status(user_id, new_status)
            for hook in self.hooks:
                await hook.after(tx, turn.state, turn.effects, now)
        return turn.replies

    async def set_language(self, user_id: int, language: str) -> None:
        """Switch a known user's language (console --lang)."""
        async with self._locks.hold(user_id):
            state = await self.store.users.load(user_id)
            if state is not None and state.language != language:
                state.language = language
                async with self.store.transaction() as tx:
                    await tx.users.save_turn(state, [Event("language_changed", {"language": language})], self.clock())

    async def state(self, user_id: int) -> UserState | None:
        """The stored state of a user (for adapters that need the language, e.g. command menus)."""
        return await self.store.users.load(user_id)


def _status_after(status: str, effects: list[Event]) -> str:
    """STOP stops everything; START (or any message from someone who had blocked us) resumes."""
    kinds = {e.kind for e in effects}
    if "messages_stopped" in kinds:
        return "stopped"
    if "messages_resumed" in kinds or status in ("blocked", "invalid"):
        return "active"
    return status
