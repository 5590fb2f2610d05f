"""The inbox: updates taken from Telegram and not yet handled, kept in the database until they are.

Polling confirms a batch to Telegram with the next getUpdates, usually long before every update
of the batch has been answered; a crash (SIGKILL, a worker that dies, power) would then lose
those updates for good. So each batch is written here before it can be confirmed, and each
update's row is removed once its handlers have finished (in batches, off the hot path). At
start-up the rows left over are handled again, before new updates are taken: an update that
had already been processed is recognised by its id (`seen_updates`, bot/app/privacy.py) and not
processed twice. Its replies are not lost either: the turn that processed it stored them in its
row (`keep_replies`, in the turn's transaction), so they are sent then. A reply that was on the
wire when the process died may go twice (the in-flight window); none is lost.

A row holds the update as Telegram sent it, without names (`slim`), and the replies to it, for
the seconds until it is handled (`bot.storage.base.Inbox`).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterable
from typing import Any

from bot.app import logs
from bot.core.engine import ButtonView, Reply
from bot.storage.base import Storage, Transaction

log = logging.getLogger(__name__)


async def keep_replies(tx: Transaction, update_id: int, replies: list[Reply]) -> None:
    """Store a turn's replies in its update's row (if it has one), in the turn's transaction."""
    # ASCII JSON (the default): a lone surrogate is stored as its escape, which SQLite accepts.
    body = json.dumps([[r.text, [[b.label, b.data] for b in r.buttons], r.alone] for r in replies])
    await tx.inbox.keep_replies(update_id, body)


async def forget_user(tx: Transaction, user_id: int) -> None:
    """Drop every row from or to this user (a /delete), in the erasing transaction.

    The row of the update that asked for it goes too: should the process die before the goodbye
    goes out, the goodbye is lost rather than anything of the person kept.
    """
    await tx.inbox.forget_user(user_id)


async def kept_replies(store: Storage, update_id: int) -> list[Reply]:
    """The replies a turn stored for this update and that were perhaps never sent; [] if none."""
    body = await store.inbox.replies(update_id)
    if not body:
        return []
    return [
        Reply(text, [ButtonView(label, data) for label, data in buttons], alone)
        for text, buttons, alone in json.loads(body)
    ]


NAMES = frozenset({"last_name", "username", "title"})  # dropped; first_name (required by PTB) emptied


def slim(value: Any) -> Any:
    """The update without anyone's name or username, nor a group's title: Cuida does not store them."""
    if isinstance(value, dict):
        return {k: "" if k == "first_name" else slim(v) for k, v in value.items() if k not in NAMES}
    if isinstance(value, list):
        return [slim(v) for v in value]
    return value


class Inbox:
    """Updates taken and not yet handled (see the module docstring); one per process."""

    def __init__(self, store: Storage) -> None:
        self.store = store
        self._done: list[int] = []
        self._flusher: asyncio.Task[None] | None = None

    async def add(self, updates: Iterable[dict[str, Any]]) -> None:
        """Keep these updates (Telegram's JSON, with an int update_id) until `done` is called for each."""
        # ASCII JSON: see keep_replies.
        rows = [(u["update_id"], json.dumps(slim(u), separators=(",", ":"))) for u in updates]
        if not rows:
            return
        async with self.store.transaction() as tx:
            await tx.inbox.add(rows)

    def done(self, update_id: int) -> None:
        """This update's handlers have finished: its row goes with the next small batch."""
        self._done.append(update_id)
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush(), name="cuida-inbox-done")

    async def _flush(self) -> None:
        await asyncio.sleep(0.05)  # gather the updates finishing about now into one write
        while self._done:
            ids, self._done = self._done, []
            try:
                async with self.store.transaction() as tx:
                    await tx.inbox.remove(ids)
            except Exception:
                # Left in the inbox: handled again after a restart, where seen_updates stops a repeat.
                log.exception("could not clear %d handled update(s) from the inbox", len(ids))

    async def flush(self) -> None:
        """Write the pending `done` marks now (at a clean stop)."""
        if self._flusher is not None and not self._flusher.done():
            await self._flusher
        if self._done:
            self._flusher = None
            await self._flush()

    async def left_over(self) -> list[dict[str, Any]]:
        """Updates a previous run took and did not finish, oldest first."""
        updates = [json.loads(body) for body in await self.store.inbox.left_over()]
        if updates:
            logs.event(log, "inbox_left_over", logging.WARNING, updates=len(updates))
        return updates
