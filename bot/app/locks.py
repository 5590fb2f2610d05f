"""One asyncio lock per key (a user, a chat), kept only while someone holds or waits for it.

Conversations (one turn of a user at a time), the update processor (one update of a chat at a
time) and the sender (one outbox row of a chat at a time) all need this. An entry is removed
when the count of its users (holders and waiters) drops to zero, never merely because the lock
looks free: right after `release()` the woken waiter has not re-acquired it yet, and a lock
dropped at that moment would let a newcomer get a fresh one and run beside that waiter.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Hashable
from contextlib import asynccontextmanager


class _Entry:
    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()  # FIFO: waiters get it in the order they asked
        self.users = 0  # holders and waiters


class KeyedLock:
    """`async with locks.hold(key):` runs one holder per key at a time, in arrival order."""

    __slots__ = ("_entries",)

    def __init__(self) -> None:
        self._entries: dict[Hashable, _Entry] = {}

    @asynccontextmanager
    async def hold(self, key: Hashable) -> AsyncIterator[None]:
        """Wait for `key`'s earlier holders, then hold it until the block ends."""
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry()
        entry.users += 1
        try:
            async with entry.lock:
                yield
        finally:
            entry.users -= 1
            if entry.users == 0:
                del self._entries[key]  # memory stays flat however many keys were ever seen

    def __len__(self) -> int:
        """Keys held or waited for now."""
        return len(self._entries)
