"""Outbox queries on a real SQLite file, with time passed in (no sleeping through days)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.app import outbox
from bot.app.outbox import PayloadError, render
from bot.core.engine import Engine
from bot.storage.sqlite import SqliteStorage
from tests.conftest import NOW
from tests.support.outbox import add_users, outbox_rows, queue, statuses

DAY = timedelta(days=1)


async def test_only_due_rows_are_claimed_oldest_first_and_only_once(store: SqliteStorage) -> None:
    await add_users(store, range(1, 6), at=NOW)
    await queue(store, [3], due_at=NOW - timedelta(hours=2), ref="a")
    await queue(store, [1], due_at=NOW - timedelta(hours=1), ref="a")
    await queue(store, [2], due_at=NOW, ref="a")  # due exactly now
    await queue(store, [4], due_at=NOW + timedelta(seconds=1), ref="a")  # not yet
    await queue(store, [5], due_at=NOW + 3 * DAY, ref="a")

    first = await outbox.claim_due(store, NOW, limit=2)
    assert [i.user_id for i in first] == [3, 1]
    assert all(i.attempts == 1 for i in first)
    second = await outbox.claim_due(store, NOW, limit=10)
    assert [i.user_id for i in second] == [2]
    assert await outbox.claim_due(store, NOW, limit=10) == []  # claimed rows are not handed out twice
    rows = await outbox_rows(store)
    assert {u: r["status"] for u, r in rows.items()} == {
        1: "sending",
        2: "sending",
        3: "sending",
        4: "pending",
        5: "pending",
    }

    # Three days later the rest is due.
    later = await outbox.claim_due(store, NOW + 3 * DAY, limit=10)
    assert [i.user_id for i in later] == [4, 5]


async def test_claimed_item_carries_the_users_current_language_and_fields(store: SqliteStorage) -> None:
    await add_users(store, [7], language="es", fields={"country": "ES", "treatment_date": "2026-11-20"}, at=NOW)
    await queue(store, [7], due_at=NOW, kind="reminder", ref="day2", payload={"text": {"key": "emergency.now"}})
    (item,) = await outbox.claim_due(store, NOW, limit=5)
    assert (item.user_id, item.kind, item.ref, item.language) == (7, "reminder", "day2", "es")
    assert item.fields == {"country": "ES", "treatment_date": "2026-11-20"}
    assert item.payload == {"text": {"key": "emergency.now"}}


async def test_rows_of_users_who_must_not_get_messages_are_skipped_with_the_reason(store: SqliteStorage) -> None:
    await add_users(store, [1], at=NOW)
    await add_users(store, [2], status="stopped", at=NOW)
    await add_users(store, [3], status="blocked", at=NOW)
    await add_users(store, [4], status="invalid", at=NOW)
    await queue(store, [1, 2, 3, 4, 99], due_at=NOW)  # 99 has no users row

    claimed = await outbox.claim_due(store, NOW, limit=10)
    assert [i.user_id for i in claimed] == [1]
    rows = await outbox_rows(store)
    assert {u: (r["status"], r["last_error"]) for u, r in rows.items() if u != 1} == {
        2: ("skipped", "user stopped messages"),
        3: ("skipped", "user blocked the bot"),
        4: ("skipped", "chat not found"),
        99: ("skipped", "unknown user"),
    }


async def test_a_reminder_missed_while_down_goes_within_its_grace_window_and_is_skipped_after(
    store: SqliteStorage,
) -> None:
    await add_users(store, [1, 2], at=NOW)
    due = NOW - 3 * DAY
    # Both were due three days ago (the bot was down); one may still go for 4 days, the other 2 hours.
    await queue(store, [1], due_at=due, expires_at=due + 4 * DAY, kind="reminder", ref="r1")
    await queue(store, [2], due_at=due, expires_at=due + timedelta(hours=2), kind="reminder", ref="r1")

    claimed = await outbox.claim_due(store, NOW, limit=10)
    assert [i.user_id for i in claimed] == [1]
    rows = await outbox_rows(store)
    assert (rows[2]["status"], rows[2]["last_error"]) == ("skipped", "expired")
    assert await outbox.counts(store, "reminder", "r1") == {
        "pending": 0,
        "sending": 1,
        "sent": 0,
        "skipped": 1,
        "cancelled": 0,
        "blocked": 0,
        "invalid": 0,
        "failed": 0,
    }


async def test_expiry_is_checked_at_claim_time_not_at_insert_time(store: SqliteStorage) -> None:
    await add_users(store, [1], at=NOW)
    await queue(store, [1], due_at=NOW, expires_at=NOW + timedelta(hours=1), kind="reminder", ref="r")
    # One second before expiry it still goes; at expiry it does not.
    (item,) = await outbox.claim_due(store, NOW + timedelta(minutes=59, seconds=59), limit=1)
    await outbox.release(store, [item.id])
    assert await outbox.claim_due(store, NOW + timedelta(hours=1), limit=1) == []
    assert (await outbox_rows(store))[1]["last_error"] == "expired"


async def test_recover_puts_rows_left_sending_by_a_crash_back_and_marks_them(store: SqliteStorage) -> None:
    await add_users(store, [1, 2, 3], at=NOW)
    await queue(store, [1, 2, 3], due_at=NOW)
    claimed = await outbox.claim_due(store, NOW, limit=3)
    await outbox.mark_sent(store, claimed[0].id, NOW, message_id=11)
    # The process dies here: rows 2 and 3 were in flight.
    assert await outbox.recover(store) == 2
    assert await outbox.recover(store) == 0
    rows = await outbox_rows(store)
    assert rows[1]["status"] == "sent" and rows[1]["message_id"] == 11
    assert rows[1]["last_error"] is None  # a confirmed message is never touched again
    assert {rows[2]["status"], rows[3]["status"]} == {"pending"}
    assert rows[2]["last_error"] == outbox.INTERRUPTED
    again = await outbox.claim_due(store, NOW, limit=10)
    assert [i.user_id for i in again] == [2, 3]
    assert [i.attempts for i in again] == [2, 2]  # the interrupted attempt counts


async def test_release_gives_back_unsent_rows_without_counting_an_attempt(store: SqliteStorage) -> None:
    await add_users(store, [1], at=NOW)
    await queue(store, [1], due_at=NOW)
    (item,) = await outbox.claim_due(store, NOW, limit=1)
    assert await outbox.release(store, [item.id]) == 1
    row = (await outbox_rows(store))[1]
    assert (row["status"], row["attempts"]) == ("pending", 0)


async def test_retries_back_off_exponentially_up_to_a_cap(store: SqliteStorage) -> None:
    await add_users(store, [1], at=NOW)
    await queue(store, [1], due_at=NOW)
    now = NOW
    waits = []
    for _ in range(7):
        (item,) = await outbox.claim_due(store, now, limit=1)
        next_try = await outbox.mark_retry(store, item.id, now, "NetworkError: boom", base=2.0, cap=30.0)
        waits.append((next_try - now).total_seconds())
        # Not a moment before the backoff is over...
        assert await outbox.claim_due(store, next_try - timedelta(milliseconds=1), limit=1) == []
        assert await outbox.next_retry(store, now) == next_try
        now = next_try  # ...and exactly at it (time travel, no sleeping).
    assert waits == [2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]
    row = (await outbox_rows(store))[1]
    assert (row["status"], row["attempts"], row["last_error"]) == ("pending", 7, "NetworkError: boom")


def test_backoff_is_bounded() -> None:
    assert [outbox.backoff(n, base=1, cap=10) for n in range(1, 7)] == [1, 2, 4, 8, 10, 10]
    assert outbox.backoff(100) == outbox.RETRY_CAP


async def test_blocked_and_invalid_mark_the_user_but_never_overrule_stop(store: SqliteStorage) -> None:
    await add_users(store, [1, 2, 3], at=NOW)
    await queue(store, [1, 2, 3], due_at=NOW)
    one, two, three = await outbox.claim_due(store, NOW, limit=3)
    await store.set_status(3, "stopped")  # said STOP while the row was on its way
    await outbox.mark_blocked(store, one.id, "Forbidden: bot was blocked by the user")
    await outbox.mark_invalid(store, two.id, "BadRequest: Chat not found")
    await outbox.mark_blocked(store, three.id, "Forbidden: bot was blocked by the user")
    assert [await store.status(u) for u in (1, 2, 3)] == ["blocked", "invalid", "stopped"]
    rows = await outbox_rows(store)
    assert [rows[u]["status"] for u in (1, 2, 3)] == ["blocked", "invalid", "blocked"]
    assert rows[2]["last_error"] == "BadRequest: Chat not found"

    # From now on their rows are skipped at claim time.
    await queue(store, [1, 2, 3], due_at=NOW + DAY, ref="2")
    assert await outbox.claim_due(store, NOW + DAY, limit=10) == []
    assert await statuses(store) == {"blocked": 2, "invalid": 1, "skipped": 3}


async def test_failed_rows_keep_the_error(store: SqliteStorage) -> None:
    await add_users(store, [1], at=NOW)
    await queue(store, [1], due_at=NOW)
    (item,) = await outbox.claim_due(store, NOW, limit=1)
    await outbox.mark_failed(store, item.id, "gave up after 5 attempts: TimedOut: Timed out")
    row = (await outbox_rows(store))[1]
    assert (row["status"], row["last_error"]) == ("failed", "gave up after 5 attempts: TimedOut: Timed out")
    assert (await outbox.counts(store, "broadcast", "1"))["failed"] == 1


async def test_a_row_whose_payload_is_not_json_fails_at_claim_and_does_not_block_the_rest(store: SqliteStorage) -> None:
    await add_users(store, [1, 2], at=NOW)
    await queue(store, [1], due_at=NOW - timedelta(minutes=1), payload="{not json")
    await queue(store, [2], due_at=NOW)
    claimed = await outbox.claim_due(store, NOW, limit=10)
    assert [i.user_id for i in claimed] == [2]
    row = (await outbox_rows(store))[1]
    assert row["status"] == "failed" and row["last_error"].startswith("bad payload")


def test_render_uses_the_users_language_fields_and_open_buttons(engine: Engine) -> None:
    payload = {
        "text": {"key": "emergency.now"},
        "buttons": [{"text": {"key": "common.yes"}, "open": "infection_check"}],
    }
    text, buttons = render(engine, payload, "es", {"country": "ES"})
    assert text == "🚨 Si es una emergencia, llama ya al 112."
    assert [(b.label, b.data) for b in buttons] == [("Sí", "open|infection_check")]
    text, buttons = render(engine, payload, "en", {"country": "US"})
    assert text == "🚨 If this is an emergency, call 911 now."
    assert [(b.label, b.data) for b in buttons] == [("Yes", "open|infection_check")]


def test_render_literal_texts_are_used_as_written_with_english_as_fallback(engine: Engine) -> None:
    literal = {"text": {"en": "Closed {today}", "es": "Cerrado {hoy}"}}
    assert render(engine, literal, "es", {"today": "x"}) == ("Cerrado {hoy}", [])
    assert render(engine, {"text": {"en": "Only English"}}, "es", {}) == ("Only English", [])
    with_button = {"text": {"en": "Hi"}, "buttons": [{"text": {"en": "Check", "es": "Revisar"}, "open": "menu"}]}
    assert [(b.label, b.data) for b in render(engine, with_button, "es", {})[1]] == [("Revisar", "open|menu")]


def test_render_drops_buttons_to_unknown_flows_and_rejects_broken_payloads(engine: Engine) -> None:
    payload = {"text": {"en": "Hi"}, "buttons": [{"text": {"en": "Go"}, "open": "no_such_flow"}]}
    assert render(engine, payload, "en", {}) == ("Hi", [])
    for broken in ({}, {"text": {}}, {"text": {"en": "  "}}, {"text": {"en": "x"}, "buttons": [{"open": "menu"}]}):
        with pytest.raises(PayloadError):
            render(engine, broken, "en", {})


def test_timestamps_compare_as_text_across_second_and_millisecond_forms() -> None:
    # due_at is written in whole seconds by producers; the sender compares in milliseconds.
    due = outbox.iso(NOW)
    assert due == "2026-11-21T15:00:00+00:00"
    assert due <= outbox.iso(NOW, "milliseconds")
    assert not outbox.iso(NOW + timedelta(seconds=1)) <= outbox.iso(NOW + timedelta(milliseconds=999), "milliseconds")
    assert outbox.iso(datetime(2026, 11, 21, 15, 0)) == due  # naive is taken as UTC
