"""One timestamp codec: always UTC, and the text sorts like the instants (the outbox compares it as text)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo

from hypothesis import given
from hypothesis import strategies as st

from bot.core import timestamps

ZONES = st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30)), None])
INSTANTS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))


def test_an_aware_time_in_another_zone_is_stored_as_the_same_instant_in_utc() -> None:
    bogota = datetime(2026, 11, 20, 10, 0, 0, 250_000, tzinfo=timezone(timedelta(hours=-5)))
    assert timestamps.encode(bogota) == "2026-11-20T15:00:00+00:00"
    assert timestamps.encode(bogota, "milliseconds") == "2026-11-20T15:00:00.250+00:00"
    assert timestamps.decode("2026-11-20T15:00:00+00:00") == bogota.replace(microsecond=0)


def test_a_naive_time_is_taken_to_be_utc() -> None:
    assert timestamps.encode(datetime(2026, 11, 20, 15, 0)) == "2026-11-20T15:00:00+00:00"
    decoded = timestamps.decode("2026-11-20T15:00:00")
    assert decoded.tzinfo is not None and decoded == datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


@given(INSTANTS, INSTANTS, ZONES, ZONES, st.sampled_from(["seconds", "milliseconds"]))
def test_the_text_sorts_like_the_instants(
    a: datetime, b: datetime, zone_a: tzinfo | None, zone_b: tzinfo | None, precision: timestamps.Precision
) -> None:
    """Whatever zone each was given in (naive means UTC), at one precision."""
    as_given_a = a.replace(tzinfo=None) if zone_a is None else a.astimezone(zone_a)
    as_given_b = b.replace(tzinfo=None) if zone_b is None else b.astimezone(zone_b)
    text_a, text_b = timestamps.encode(as_given_a, precision), timestamps.encode(as_given_b, precision)
    if a < b:
        assert text_a <= text_b
    if a == b:
        assert text_a == text_b
    assert timestamps.decode(text_a) <= a < timestamps.decode(text_a) + timedelta(seconds=1)


@given(INSTANTS, INSTANTS)
def test_seconds_and_milliseconds_sort_together_like_the_truncated_instants(a: datetime, b: datetime) -> None:
    """Producers write whole seconds, the sender compares milliseconds: both orders must agree."""
    seconds, millis = timestamps.encode(a, "seconds"), timestamps.encode(b, "milliseconds")
    a_truncated = a.replace(microsecond=0)
    b_truncated = b.replace(microsecond=b.microsecond // 1000 * 1000)
    assert (seconds <= millis) == (a_truncated <= b_truncated)
