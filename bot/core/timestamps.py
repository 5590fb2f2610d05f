"""The one timestamp codec: instants stored as UTC ISO 8601 text that sorts like the instants.

Every stored time goes through `encode`: the outbox claims rows with `due_at <= now` compared as
text, so two encoders that disagreed (one kept the caller's offset) would order rows wrongly.

- An aware datetime in any zone is converted to UTC; a naive one is taken to be UTC already.
- "seconds" gives "2026-11-20T15:00:00+00:00"; "milliseconds" gives "2026-11-20T15:00:00.250+00:00".
  Both sort as text like the instants they name, each truncated to its precision: the fixed-width
  fields come first, and at equal seconds "+" sorts before ".", so a whole second sorts before any
  later fraction of it.

Pure: imports nothing from the bot.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

Precision = Literal["seconds", "milliseconds"]


def as_utc(moment: datetime) -> datetime:
    """The same instant in UTC; a naive datetime is taken to be UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def encode(moment: datetime, precision: Precision = "seconds") -> str:
    """A stored timestamp: UTC ISO 8601 text, truncated to `precision`."""
    return as_utc(moment).isoformat(timespec=precision)


def decode(text: str) -> datetime:
    """The aware UTC datetime a stored timestamp names (naive text is taken to be UTC)."""
    return as_utc(datetime.fromisoformat(text))


def now() -> datetime:
    """The current instant, aware, in UTC."""
    return datetime.now(UTC)
