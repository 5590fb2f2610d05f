"""The store on a real SQLite file: WAL, migrations, state and events surviving a restart."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from pathlib import Path

import pytest

from bot.app import privacy
from bot.core.engine import Command, Engine, Event, Press, UserState
from bot.storage.base import StoreError
from bot.storage.sqlite import MIGRATIONS, SqliteStorage
from tests.conftest import NOW


async def test_schema_wal_and_version(tmp_path: Path) -> None:
    store = await SqliteStorage.open(tmp_path / "sub" / "cuida.sqlite3")
    try:
        assert await store.schema_version() == len(MIGRATIONS)
        async with store.db.execute("PRAGMA journal_mode") as cursor:
            assert (await cursor.fetchone())[0] == "wal"
    finally:
        await store.close()
    reopened = await SqliteStorage.open(tmp_path / "sub" / "cuida.sqlite3")  # migrations are not re-applied
    try:
        async with reopened.db.execute("SELECT COUNT(*) FROM schema_version") as cursor:
            assert (await cursor.fetchone())[0] == len(MIGRATIONS)
    finally:
        await reopened.close()


async def test_state_and_events_survive_restart(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "cuida.sqlite3"
    store = await SqliteStorage.open(path)
    turn = engine.handle(UserState(42, "es"), Command("start"), NOW)
    turn = engine.handle(turn.state, Press(turn.replies[-1].buttons[0].data), NOW)
    turn.state.fields["country"] = "MX"
    await store.save_turn(turn.state, [Event("user_created"), *turn.effects], NOW)
    await store.close()

    store = await SqliteStorage.open(path)
    try:
        loaded = await store.load_user(42)
        assert loaded == turn.state
        assert loaded is not None and (loaded.flow, loaded.step, loaded.language) == (
            "infection_check",
            "emergency",
            "es",
        )
        kinds = [e.kind for e in await store.events(42)]
        assert kinds == ["user_created", "flow_started"]
        assert await store.load_user(43) is None
    finally:
        await store.close()


async def test_events_are_append_only(store: SqliteStorage) -> None:
    await store.save_turn(UserState(1), [Event("answer", {"name": "days", "value": 3})], NOW)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        await store.db.execute("UPDATE events SET kind = 'x'")
    assert [e.data for e in await store.events(1, kind="answer")] == [{"name": "days", "value": 3}]


async def test_save_is_one_transaction(store: SqliteStorage) -> None:
    """A turn that fails half-way leaves the user's old state and events in place."""
    await store.save_turn(UserState(9, flow="menu", step="choose"), [Event("flow_started")], NOW)
    with pytest.raises(RuntimeError, match="after the state was written"):
        async with store.transaction() as db:
            await store.write_turn(db, UserState(9, flow="help", step="show"), [Event("flow_started")], NOW)
            raise RuntimeError("failed after the state was written")
    loaded = await store.load_user(9)
    assert loaded is not None and (loaded.flow, loaded.step) == ("menu", "choose")
    assert [e.kind for e in await store.events(9)] == ["flow_started"]
    # The store is still usable afterwards.
    await store.save_turn(UserState(9, flow="help", step="show"), [], NOW)
    assert (await store.load_user(9)).flow == "help"  # type: ignore[union-attr]


async def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    store = await SqliteStorage.open(path)
    await store.db.execute("INSERT INTO schema_version (version) VALUES (999)")
    await store.db.commit()
    await store.close()
    with pytest.raises(StoreError, match="newer than this Cuida"):
        await SqliteStorage.open(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
async def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(StoreError, match="writable"):
        await SqliteStorage.open(locked / "cuida.sqlite3")


async def test_path_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="Set CUIDA_DB"):
        await SqliteStorage.open(blocker / "cuida.sqlite3")


async def test_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="Cannot use the database"):
        await SqliteStorage.open(path)


async def test_writes_wait_for_another_process_while_reads_run_beside_them(tmp_path: Path) -> None:
    """With workers, another process holds the write lock at times: our writes must wait, not fail.

    SQLite answers "database is locked" at once, without waiting, when this connection is in the
    middle of a read (a query stepped but not finished) as it begins to write. A read kept open
    across an await lets another coroutine's write start in that state, so every read is one trip.
    """
    db = tmp_path / "cuida.sqlite3"
    store = await SqliteStorage.open(db)
    await store.save_turn(UserState(user_id=1, language="en"), [], NOW)
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    try:
        for round_no in range(30):
            other.execute("BEGIN IMMEDIATE")  # the other process writes...
            other.execute("INSERT INTO seen_updates (update_id, at) VALUES (?, ?)", (round_no, NOW.isoformat()))
            release = asyncio.get_running_loop().call_later(0.02, other.execute, "COMMIT")  # ...for 20 ms
            try:
                reads = [privacy.was_seen(store, n) for n in range(5)] + [store.count_users() for _ in range(5)]
                write = store.set_status(1, "active")
                await asyncio.gather(*reads, write, *[privacy.last_seen_update(store) for _ in range(5)])
            finally:
                release.cancel()
                if other.in_transaction:
                    other.execute("COMMIT")
    finally:
        other.close()
        await store.close()
