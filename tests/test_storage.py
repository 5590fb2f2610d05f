"""The storage seam: one interface, the SQLite backend behind it, migrations as files, no SQL elsewhere."""

from __future__ import annotations

import ast
import fnmatch
import inspect
import re
import sqlite3
import subprocess
import sys
import tomllib
from datetime import timedelta, timezone
from pathlib import Path

import pytest

from bot.app import outbox
from bot.core.engine import Event, UserState
from bot.storage.sqlite import MIGRATIONS, SqliteStorage
from tests.conftest import NOW, ROOT

DATA = ROOT / "tests" / "data"
MIGRATIONS_DIR = ROOT / "bot" / "storage" / "migrations"


def load_dump(dump: Path, path: Path) -> None:
    """A database file made from a `.dump` of one the old code wrote."""
    conn = sqlite3.connect(path)
    conn.executescript(dump.read_text(encoding="utf-8"))
    conn.close()


def schema(path: Path) -> dict[str, str]:
    """Every table, index and trigger with its SQL, whitespace folded (migrations were re-indented as files)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    finally:
        conn.close()
    return {f"{kind} {name}": " ".join(sql.split()) for kind, name, sql in rows}


@pytest.fixture
async def fresh_schema(tmp_path: Path) -> dict[str, str]:
    store = await SqliteStorage.open(tmp_path / "fresh.sqlite3")
    await store.close()
    return schema(tmp_path / "fresh.sqlite3")


async def test_a_database_the_old_code_left_at_version_4_upgrades_and_keeps_everything(
    tmp_path: Path, fresh_schema: dict[str, str]
) -> None:
    path = tmp_path / "old.sqlite3"
    load_dump(DATA / "store_v4.sql", path)
    assert "table inbox" in schema(path)  # the old code made it with every connection, not in a migration
    store = await SqliteStorage.open(path)
    try:
        assert await store.schema_version() == len(MIGRATIONS) == 5
        state = await store.load_user(7)
        assert state is not None and (state.flow, state.step, state.answers, state.fields) == (
            "menu",
            "choose",
            {"a": 1},
            {"country": "MX"},
        )
        assert [e.kind for e in await store.events(7)] == ["user_created"]
        sol = await store.clinics.by_code("code_sol")
        assert sol is not None and sol.fever_threshold_c == 37.5 and await store.clinics.patients_of(sol.id) == 1
        assert await store.clinics.is_staff(sol.id, 9)
        assert await store.privacy.was_seen(41)
        assert await store.inbox.left_over() == ["{}"]
        claimed = await outbox.claim_due(store, NOW + timedelta(minutes=1), 10)
        assert [(item.user_id, item.ref, item.language) for item in claimed] == [(7, "day2@2026-11-20", "es")]
    finally:
        await store.close()
    assert schema(path) == fresh_schema


async def test_a_database_at_version_1_upgrades_step_by_step(tmp_path: Path, fresh_schema: dict[str, str]) -> None:
    path = tmp_path / "v1.sqlite3"
    load_dump(DATA / "store_v1.sql", path)
    assert "table inbox" not in schema(path)
    store = await SqliteStorage.open(path)
    try:
        assert await store.schema_version() == len(MIGRATIONS)
        conn = sqlite3.connect(path)
        versions = [v for (v,) in conn.execute("SELECT version FROM schema_version ORDER BY version")]
        conn.close()
        assert versions == [1, 2, 3, 4, 5]
        assert await store.status(5) == "active"  # the column migration 2 added, with its default
        await store.save_turn(UserState(5, "en", flow="menu", step="choose"), [Event("flow_started")], NOW)
        assert [e.kind for e in await store.events(5)] == ["user_created", "flow_started"]
    finally:
        await store.close()
    assert schema(path) == fresh_schema


async def test_every_time_is_stored_in_utc_whatever_zone_the_clock_gave(store: SqliteStorage) -> None:
    """One of the five encoders the store had kept the caller's offset: events sorted wrongly against the rest."""
    bogota = NOW.astimezone(timezone(timedelta(hours=-5)))
    await store.save_turn(UserState(3, "es"), [Event("user_created")], bogota)
    assert [e.at for e in await store.events(3)] == ["2026-11-21T15:00:00+00:00"]
    async with store.transaction() as tx:
        await tx.privacy.remember_update(77, bogota)
    assert await store.db.execute_fetchall("SELECT at FROM seen_updates") == [("2026-11-21T15:00:00+00:00",)]


def test_migrations_are_numbered_files_that_the_package_ships() -> None:
    files = sorted(p.name for p in MIGRATIONS_DIR.glob("*.sql"))
    assert files == [f"{n:04d}_{name.split('_', 1)[1]}" for n, name in enumerate(files, start=1)]
    assert len(files) == len(MIGRATIONS)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["bot.storage"]
    for name in files:
        assert any(fnmatch.fnmatch(f"migrations/{name}", p) for p in patterns), f"{name} is not in the wheel"


# ---- no SQL and no database driver outside bot/storage -------------------------------------------------

# Statements as this code base writes them: keywords in capitals.
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s)\b", re.S)
DRIVERS = {"aiosqlite", "sqlite3"}


def _modules() -> list[Path]:
    return sorted(p for p in (ROOT / "bot").rglob("*.py") if "storage" not in p.relative_to(ROOT / "bot").parts)


def test_no_module_outside_storage_imports_a_database_driver() -> None:
    found = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            else:
                continue
            found += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in DRIVERS]
    assert found == []


def test_no_module_outside_storage_holds_sql() -> None:
    found = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]!r}")
    assert found == []


def test_the_sql_detector_finds_sql() -> None:
    for sql in ("SELECT 1 FROM outbox", "INSERT OR IGNORE INTO inbox", "UPDATE users SET x = 1", "DELETE FROM events"):
        assert SQL.search(sql), sql
    assert not SQL.search("Select a country from the list")  # words in a sentence are not a statement
    assert not SQL.search("Please update your settings")


def test_checking_the_content_loads_no_storage_and_no_database_driver() -> None:
    """`cuida check` and the content never touch storage: they must not even import it."""
    code = (
        "import sys, bot.core.checks, bot.core.content, bot.core.clinic_config\n"
        "print(sorted(m for m in sys.modules if m in ('aiosqlite', 'sqlite3', 'bot.store', 'bot.app.clinics')"
        " or m.startswith('bot.storage')))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_the_sqlite_backend_uses_no_private_attribute_of_another_object() -> None:
    """aiosqlite's `_conn`, `_execute`, `_tx` and `_running` once drove the transactions (and pinned its version)."""
    tree = ast.parse((ROOT / "bot" / "storage" / "sqlite.py").read_text(encoding="utf-8"))
    foreign = [
        f"line {node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        # `store` is the SqliteStorage that SqliteStorage.open builds: its own class.
        and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "store"))
    ]
    assert foreign == []


async def test_the_sqlite_backend_has_every_query_of_the_interface_with_its_parameters(store: SqliteStorage) -> None:
    """The seam a second backend plugs into: each Protocol's methods, by name and parameters (mypy checks types)."""
    from bot.storage import base, sqlite

    async with store.transaction() as tx:
        pass
    pairs: list[tuple[type, object]] = [
        (base.Users, sqlite.SqliteUsers),
        (base.Outbox, sqlite.SqliteOutbox),
        (base.Clinics, sqlite.SqliteClinics),
        (base.Privacy, sqlite.SqlitePrivacy),
        (base.Inbox, sqlite.SqliteInbox),
        (base.Health, sqlite.SqliteHealth),
        (base.Transaction, tx),
        (base.Storage, store),
    ]
    missing = []
    for protocol, backend in pairs:
        for klass in protocol.__mro__:
            if klass is object or klass.__module__ != base.__name__:
                continue
            names = [n for n in vars(klass) if not n.startswith("_")] + list(vars(klass).get("__annotations__", {}))
            for name in names:
                member = vars(klass).get(name)
                if not hasattr(backend, name):
                    missing.append(f"{protocol.__name__}.{name}")
                elif inspect.isfunction(member):
                    wanted = [p for p in inspect.signature(member).parameters if p != "self"]
                    got = list(inspect.signature(getattr(backend, name)).parameters)
                    got = [p for p in got if p != "self"]
                    if got != wanted:
                        missing.append(f"{protocol.__name__}.{name}: {got} is not {wanted}")
    assert missing == []
