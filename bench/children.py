"""Benchmark parts that run in a process of their own (for an honest RSS), and the 100,000-user database.

    python bench/children.py content                  time loading + checking the content
    python bench/children.py broadcast --base-url ...  queue a clinic broadcast and send it all

Each prints one JSON object on its last line of standard output.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def content_timing() -> dict[str, float]:
    """Seconds to import the content code, then to load and check flows/ and locales/ (as start-up does)."""
    started = time.perf_counter()
    from bot.core import checks

    imported = time.perf_counter()
    content, problems = checks.check_root(ROOT)
    checked = time.perf_counter()
    errors = [p for p in problems if not p.warning]
    return {
        "import_s": imported - started,
        "check_s": checked - imported,
        "errors": len(errors),
        "flows": len(content.flows),
    }


async def broadcast(base_url: str, token: str, db: Path, users: int, rate: float) -> dict[str, object]:
    """A clinic with `users` active patients, one broadcast to all of them, sent by the real Sender."""
    from bot.app import clinics
    from bot.core import checks
    from bot.core.engine import Engine
    from bot.storage.sqlite import SqliteStorage
    from bot.telegram.sender import Sender, sender_bot

    content, _ = checks.check_root(ROOT)
    store = await SqliteStorage.open(db)
    try:
        clinic = await clinics.create_clinic(store, "Clínica Bench")
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [(200_000 + i, "es" if i % 2 else "en", stamp, stamp, clinic.id) for i in range(users)]
        async with store.transaction() as tx:
            await tx.executemany(
                "INSERT INTO users (user_id, language, created_at, updated_at, clinic_id) VALUES (?, ?, ?, ?, ?)", rows
            )
        queued = await clinics.create_broadcast(
            store, content, clinic.id, text_en="The clinic is open on Saturday.", text_es="La clínica abre el sábado."
        )
        sender = Sender(store, sender_bot(token, base_url), Engine(content), rate=rate)
        started = time.perf_counter()
        await sender.run_until_idle(timeout=users / rate * 3 + 30)
        elapsed = time.perf_counter() - started
        counters = sender.counters
        await sender.bot.shutdown()
        return {
            "recipients": queued.recipients,
            "sent": counters.sent,
            "rate_limited": counters.rate_limited,
            "failed": counters.failed,
            "elapsed_s": elapsed,
        }
    finally:
        await store.close()


# ---- 100,000 users, each with pending reminders -----------------------------------------------------


def populate(db: Path, users: int, due_now: int, seed: int = 7) -> dict[str, int]:
    """Users as Cuida stores them (answers, fields, a few events) with their reminder plans queued.

    Reminders are scheduled by Cuida's own `reminders.reschedule` for one stand-in user per
    (treatment date, treatment, country), then copied in SQL to everyone sharing those answers:
    the same rows, in a fraction of the time. `due_now` users get one reminder due now, so the
    scheduler has something to send while it is measured.
    """
    asyncio.run(_populate(db, users, due_now, seed))
    conn = sqlite3.connect(db)
    try:
        return {
            "users": conn.execute("SELECT COUNT(*) FROM users").fetchone()[0],
            "pending": conn.execute("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").fetchone()[0],
            "events": conn.execute("SELECT COUNT(*) FROM events").fetchone()[0],
            "bytes": db.stat().st_size,
        }
    finally:
        conn.close()


async def _populate(db: Path, users: int, due_now: int, seed: int) -> None:
    from bot.app.reminders import reschedule
    from bot.core import checks
    from bot.core.engine import UserState
    from bot.core.plans import TREATMENTS
    from bot.storage.sqlite import SqliteStorage

    content, _ = checks.check_root(ROOT)
    assert content.plans is not None
    rng = random.Random(seed)
    now = datetime.now(UTC)
    today = now.date()
    countries = ["MX", "US", "ES", "CO", "AR"]
    combos = [
        (today - timedelta(days=days), treatment, country)
        for days in range(0, 30, 2)
        for treatment in TREATMENTS
        for country in countries
    ]
    store = await SqliteStorage.open(db)
    try:
        # One stand-in user (negative ids) per combination, scheduled by Cuida's own code.
        async with store.transaction() as tx:
            for index, (treated, treatment, country) in enumerate(combos):
                fields = _fields(treated, treatment, country)
                await reschedule(tx, content.plans, UserState(-1 - index, "en", fields=fields), now)
    finally:
        await store.close()

    conn = sqlite3.connect(db)
    try:
        stamp = now.isoformat(timespec="seconds")
        conn.execute("CREATE TEMP TABLE bench_combo (user_id INTEGER PRIMARY KEY, combo INTEGER NOT NULL)")
        user_rows, event_rows, combo_rows = [], [], []
        for i in range(users):
            user_id = 10_000_000 + i
            combo = rng.randrange(len(combos))
            treated, treatment, country = combos[combo]
            language = "es" if i % 2 else "en"
            answers = {"treatment_date": treated.isoformat(), "treatment": treatment, "country": country}
            user_rows.append(
                (
                    user_id,
                    language,
                    "menu",
                    "choose",
                    json.dumps(answers),
                    json.dumps(_fields(treated, treatment, country)),
                    stamp,
                    stamp,
                )
            )
            combo_rows.append((user_id, combo))
            for kind in ("user_created", "reminders_changed", "not_understood"):
                event_rows.append((user_id, stamp, kind, "{}"))
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO users (user_id, language, flow, step, answers, fields, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            user_rows,
        )
        conn.executemany("INSERT INTO events (user_id, at, kind, data) VALUES (?, ?, ?, ?)", event_rows)
        conn.executemany("INSERT INTO bench_combo (user_id, combo) VALUES (?, ?)", combo_rows)
        conn.execute(
            "INSERT INTO outbox (user_id, kind, ref, due_at, expires_at, payload) "
            "SELECT c.user_id, t.kind, t.ref, t.due_at, t.expires_at, t.payload "
            "FROM bench_combo c JOIN outbox t ON t.user_id = -1 - c.combo ORDER BY t.due_at, c.user_id"
        )
        conn.execute("DELETE FROM outbox WHERE user_id < 0")
        # Some reminders due now, inside their grace window: the scheduler sends these meanwhile.
        due = now.isoformat(timespec="seconds")
        expires = (now + timedelta(hours=4)).isoformat(timespec="seconds")
        payload = json.dumps({"text": {"key": "reminder.day2_check"}})
        conn.executemany(
            "INSERT INTO outbox (user_id, kind, ref, due_at, expires_at, payload) "
            "VALUES (?, 'reminder', 'bench', ?, ?, ?)",
            [(10_000_000 + i * (users // max(due_now, 1)), due, expires, payload) for i in range(due_now)],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def _fields(treated: date, treatment: str, country: str) -> dict[str, object]:
    return {"treatment_date": treated.isoformat(), "treatment": treatment, "country": country, "reminders_on": True}


def main() -> None:
    """Run one part and print its result as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="part", required=True)
    sub.add_parser("content")
    cast = sub.add_parser("broadcast")
    cast.add_argument("--base-url", required=True)
    cast.add_argument("--token", required=True)
    cast.add_argument("--db", type=Path, required=True)
    cast.add_argument("--users", type=int, required=True)
    cast.add_argument("--rate", type=float, required=True)
    args = parser.parse_args()
    if args.part == "content":
        result: dict[str, object] = dict(content_timing())
    else:
        result = asyncio.run(broadcast(args.base_url, args.token, args.db, args.users, args.rate))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
