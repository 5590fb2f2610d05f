"""Typed dates in both languages through dateparser, in the order of the user's country."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.engine import Engine, Text, UserState, parse_date
from tests.conftest import NOW  # Saturday 21 November 2026

SPANISH = [
    ("ayer", date(2026, 11, 20)),
    ("antier", date(2026, 11, 19)),
    ("anteayer", date(2026, 11, 19)),
    ("antes de ayer", date(2026, 11, 19)),
    ("anoche", date(2026, 11, 20)),
    ("el martes pasado", date(2026, 11, 17)),
    ("el pasado martes", date(2026, 11, 17)),
    ("el domingo", date(2026, 11, 15)),
    ("el 12 de noviembre", date(2026, 11, 12)),
    ("me operaron el 12 de noviembre", date(2026, 11, 12)),
    ("hace una semana", date(2026, 11, 14)),
    ("hace tres días", date(2026, 11, 18)),
    ("hace como 3 días", date(2026, 11, 18)),
    ("20/11/2026", date(2026, 11, 20)),
]
ENGLISH = [
    ("yesterday", date(2026, 11, 20)),
    ("day before yesterday", date(2026, 11, 19)),
    ("the day before yesterday", date(2026, 11, 19)),
    ("last night", date(2026, 11, 20)),
    ("last tuesday", date(2026, 11, 17)),
    ("this past tuesday", date(2026, 11, 17)),
    ("on sunday", date(2026, 11, 15)),
    ("November 12", date(2026, 11, 12)),
    ("it was last tuesday", date(2026, 11, 17)),
    ("a week ago", date(2026, 11, 14)),
    ("about 3 days ago", date(2026, 11, 18)),
    ("20/11/2026", date(2026, 11, 20)),
]


@pytest.mark.parametrize(("typed", "meant"), SPANISH + ENGLISH, ids=lambda v: str(v))
def test_dates_in_both_languages(typed: str, meant: date) -> None:
    assert parse_date(typed, NOW) == meant


@pytest.mark.parametrize(
    ("country", "meant"),
    [
        ("US", date(2026, 12, 11)),  # month first: 11 December, the nearest one (next month)
        ("PR", date(2026, 12, 11)),
        ("MX", date(2026, 11, 12)),  # day first: 12 November, nine days ago
        ("ES", date(2026, 11, 12)),
        (None, date(2026, 11, 12)),
    ],
)
def test_day_and_month_order_follow_the_country(country: str | None, meant: date) -> None:
    assert parse_date("12/11", NOW, country) == meant


@pytest.mark.parametrize("typed", ["banana", "not a date at all", "no sé", "ni idea", "x" * 600])
def test_not_a_date(typed: str) -> None:
    assert parse_date(typed, NOW) is None


def at_date_question(language: str, country: str | None) -> UserState:
    state = UserState(user_id=3, language=language, fields={"country": country} if country else {})
    state.flow, state.step = "onboarding", "date"
    return state


@pytest.mark.parametrize(
    ("language", "country", "typed", "stored"),
    [
        ("en", "US", "12/11", "2026-12-11"),
        ("es", "PR", "12/11", "2026-12-11"),
        ("es", "MX", "12/11", "2026-11-12"),
        ("en", None, "12/11", "2026-11-12"),
        ("es", "CO", "antier", "2026-11-19"),
        ("es", None, "el martes pasado", "2026-11-17"),
        ("en", "US", "day before yesterday", "2026-11-19"),
        ("en", None, "last tuesday", "2026-11-17"),
    ],
)
def test_the_treatment_date_question(
    engine: Engine, language: str, country: str | None, typed: str, stored: str
) -> None:
    turn = engine.handle(at_date_question(language, country), Text(typed), NOW)
    assert turn.state.fields["treatment_date"] == stored
    assert turn.state.step == "treatment"
