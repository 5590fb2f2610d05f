"""Reminder scheduling: time zones, daylight-saving changes, date edits and pauses, with time travel."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.app.conversations import Conversations
from bot.app.reminders import ReminderHook
from bot.core.content import Content
from bot.core.engine import OPEN_PREFIX, Command, Engine, Press, Text
from bot.core.plans import Plans, load_plans, schedule
from bot.storage.sqlite import SqliteStorage
from tests.conftest import ROOT


class Clock:
    """A clock the test moves by hand: no sleeping through real days."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def due(plans: Plans, treated: date, treatment: str, zone: str) -> dict[str, str]:
    return {d.event.id: d.due_at.isoformat() for d in schedule(plans, treated, treatment, zone)}


def test_plan_by_treatment_type(content: Content) -> None:
    assert content.plans is not None
    iv = {e.id for e in content.plans.for_treatment("iv")}
    spine = {e.id for e in content.plans.for_treatment("spine")}
    assert "day0_iv" in iv and "day0_iv" not in spine
    assert "day0_spine" in spine and "day2_check" in spine and "day2_check" in iv
    assert {e.id for e in content.plans.for_treatment("unknown")} == {
        e.id for e in content.plans.for_treatment("other")
    }


@pytest.mark.parametrize(
    ("zone", "day2_utc"),
    [
        ("America/Mexico_City", "2026-11-22T15:00:00+00:00"),  # UTC-6, no DST since 2022
        ("Europe/Madrid", "2026-11-22T08:00:00+00:00"),  # UTC+1 in winter
        ("America/Bogota", "2026-11-22T14:00:00+00:00"),  # UTC-5
        ("America/Argentina/Buenos_Aires", "2026-11-22T12:00:00+00:00"),  # UTC-3
        ("America/Los_Angeles", "2026-11-22T17:00:00+00:00"),  # UTC-8 in winter
    ],
)
def test_local_delivery_hour_in_several_time_zones(content: Content, zone: str, day2_utc: str) -> None:
    assert content.plans is not None
    assert due(content.plans, date(2026, 11, 20), "joint", zone)["day2_check"] == day2_utc


def test_local_hour_kept_across_spring_forward(content: Content) -> None:
    """New York moves to summer time on 8 March 2026: 09:00 local is 14:00 UTC before, 13:00 after."""
    assert content.plans is not None
    times = due(content.plans, date(2026, 3, 6), "joint", "America/New_York")
    assert times["day1_morning"] == "2026-03-07T14:00:00+00:00"
    assert times["day2_check"] == "2026-03-08T13:00:00+00:00"


def test_local_hour_kept_across_fall_back(content: Content) -> None:
    """Madrid leaves summer time on 25 October 2026: 09:00 local is 07:00 UTC before, 08:00 after."""
    assert content.plans is not None
    times = due(content.plans, date(2026, 10, 23), "joint", "Europe/Madrid")
    assert times["day1_morning"] == "2026-10-24T07:00:00+00:00"
    assert times["day2_check"] == "2026-10-25T08:00:00+00:00"


def test_grace_window(content: Content) -> None:
    assert content.plans is not None
    by_id = {d.event.id: d for d in schedule(content.plans, date(2026, 11, 20), "joint", "UTC")}
    assert by_id["day0_evening"].expires_at - by_id["day0_evening"].due_at == timedelta(hours=4)
    assert by_id["day2_check"].expires_at - by_id["day2_check"].due_at == timedelta(hours=12)


def test_bad_plans_are_reported_with_lines(tmp_path: Path, content: Content) -> None:
    (tmp_path / "flows" / "reminders").mkdir(parents=True)
    (tmp_path / "flows" / "reminders" / "plans.yaml").write_text(
        "timezones: {MX: Mars/Olympus}\n"
        "events:\n"
        "  - {id: a, for: all, day: 1, hour: 25, text: reminder.day1_morning}\n"
        "  - {id: b, for: knees, day: 1, hour: 9, text: reminder.day1_morning}\n"
        "  - {id: c, for: all, day: 1, hour: 9, text: reminder.nope}\n"
        "  - {id: d, for: all, day: 1, hour: 9, text: reminder.day1_morning, buttons: [{text: common.menu, flow: quiz}]}\n"
        "  - {id: d, for: all, day: 2, hour: 9, text: reminder.day1_morning, colour: red}\n"
    )
    _, problems = load_plans(tmp_path, content.texts["en"].keys(), {"infection_check"})
    found = [str(p) for p in problems]
    assert "flows/reminders/plans.yaml:1: 'Mars/Olympus' is not a known time zone name" in found
    assert "flows/reminders/plans.yaml:3: 'hour' must be a local hour from 0 to 23" in found
    assert (
        "flows/reminders/plans.yaml:4: 'knees' is not a treatment; use all or joint, spine, iv, cosmetic, other"
        in found
    )
    assert any(p.startswith("flows/reminders/plans.yaml:5: locale key 'reminder.nope' does not exist") for p in found)
    assert any(
        p.startswith("flows/reminders/plans.yaml:6: flow 'quiz' cannot be opened from a reminder") for p in found
    )
    assert any(p.startswith("flows/reminders/plans.yaml:7: unknown key 'colour' in an event") for p in found)
    assert "flows/reminders/plans.yaml:7: event id 'd' is already used on line 6" in found


async def pending(store: SqliteStorage, user_id: int) -> list[tuple[str, str]]:
    async with store.db.execute(
        "SELECT ref, due_at FROM outbox WHERE user_id = ? AND kind = 'reminder' AND status = 'pending' ORDER BY due_at",
        (user_id,),
    ) as cursor:
        return [(r[0], r[1]) for r in await cursor.fetchall()]


async def statuses(store: SqliteStorage, user_id: int) -> dict[str, int]:
    async with store.db.execute(
        "SELECT status, COUNT(*) FROM outbox WHERE user_id = ? GROUP BY status", (user_id,)
    ) as cursor:
        return {r[0]: r[1] for r in await cursor.fetchall()}


async def onboard(conversations: Conversations, user: int, when: str, treatment: str, country: str) -> None:
    await conversations.handle(user, Press(OPEN_PREFIX + "onboarding"), "en")
    for text in (when, treatment, country, "yes"):
        await conversations.handle(user, Text(text), "en")


async def test_onboarding_schedules_and_date_edit_reschedules(tmp_path: Path, engine: Engine) -> None:
    assert engine.content.plans is not None
    clock = Clock(datetime(2026, 11, 21, 15, 0, tzinfo=UTC))
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    conversations = Conversations(engine, store, clock=clock, hooks=[ReminderHook(engine.content.plans)])
    try:
        await onboard(conversations, 7, "yesterday", "Injection in a joint", "Colombia")
        first = await pending(store, 7)
        refs = [ref for ref, _ in first]
        # Day 0 and day 1 reminders were already in the past; the rest is queued, in order.
        assert refs == [
            "day2_check@2026-11-20",
            "day3_check@2026-11-20",
            "day5_check@2026-11-20",
            "day7_followup@2026-11-20",
            "day30_followup@2026-11-20",
        ]
        assert first[0][1] == "2026-11-22T14:00:00+00:00"  # 09:00 in Bogotá

        # Time travel: the day-2 reminder goes out (as the sender would mark it), then the patient
        # corrects the date to two days later. Pending ones move; the sent one is not queued again.
        clock.now = datetime(2026, 11, 22, 16, 0, tzinfo=UTC)
        async with store.transaction() as db:
            await db.execute("UPDATE outbox SET status = 'sent' WHERE user_id = 7 AND ref = 'day2_check@2026-11-20'")
        await conversations.handle(7, Command("reminders"), "en")
        await conversations.handle(7, Press(OPEN_PREFIX + "onboarding"), "en")
        for text in ("22/11/2026", "Injection in a joint", "Colombia", "yes"):
            await conversations.handle(7, Text(text), "en")
        moved = [ref for ref, _ in await pending(store, 7)]
        assert moved[0] == "day0_evening@2026-11-22"  # 19:00 local today is still ahead
        assert all(ref.endswith("@2026-11-22") for ref in moved)
        counts = await statuses(store, 7)
        assert counts["sent"] == 1 and counts["cancelled"] == 4
    finally:
        await store.close()


async def test_pause_and_resume(tmp_path: Path, engine: Engine) -> None:
    assert engine.content.plans is not None
    clock = Clock(datetime(2026, 11, 21, 15, 0, tzinfo=UTC))
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    conversations = Conversations(engine, store, clock=clock, hooks=[ReminderHook(engine.content.plans)])
    try:
        await onboard(conversations, 8, "today", "IV infusion", "Spain")
        assert [r for r, _ in await pending(store, 8)][:2] == ["day0_evening@2026-11-21", "day0_iv@2026-11-21"]
        replies = await conversations.handle(8, Command("reminders"), "en")
        pause = next(b.data for r in replies for b in r.buttons if "Pause" in b.label)
        await conversations.handle(8, Press(pause), "en")
        assert await pending(store, 8) == []

        clock.now += timedelta(days=3)  # three days paused: those reminders are gone for good
        replies = await conversations.handle(8, Command("reminders"), "en")
        resume = next(b.data for r in replies for b in r.buttons if "Resume" in b.label)
        replies = await conversations.handle(8, Press(resume), "en")
        refs = [r for r, _ in await pending(store, 8)]
        assert refs[0] == "day3_check@2026-11-21"  # 18:00 in Madrid today is still ahead
        assert "day0_evening@2026-11-21" not in refs and "day2_check@2026-11-21" not in refs
        assert "Day 3: check again" in "\n".join(r.text for r in replies)
    finally:
        await store.close()


async def test_stop_sets_status_and_start_resumes(tmp_path: Path, engine: Engine) -> None:
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    conversations = Conversations(engine, store)
    try:
        await conversations.handle(9, Text("hola"), "es")
        replies = await conversations.handle(9, Text("Párar"), "es")
        assert "ya no te enviará mensajes" in replies[0].text
        assert await store.status(9) == "stopped"
        await conversations.handle(9, Text("¿es normal estar cansado?"), "es")
        assert await store.status(9) == "stopped"  # talking to the bot does not undo STOP
        replies = await conversations.handle(9, Text("START"), "es")
        assert "Qué bueno verte de nuevo" in replies[0].text
        assert await store.status(9) == "active"
    finally:
        await store.close()


def test_reminder_texts_exist_in_both_languages(content: Content) -> None:
    assert content.plans is not None
    for event in content.plans.events:
        for language in ("en", "es"):
            assert content.texts[language][event.text]
            assert content.texts[language][event.text + "_title"]


def test_shipped_plans_load_cleanly() -> None:
    from bot.core import checks

    content, problems = checks.check_root(ROOT)
    assert not [p for p in problems if "plans.yaml" in p.file]
    assert content.plans is not None and len(content.plans.events) >= 8
