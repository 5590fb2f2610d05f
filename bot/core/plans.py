"""Aftercare reminder plans: events timed from the treatment date, at a local delivery hour.

Plans are content (`flows/reminders/plans.yaml`). This module reads and checks them and turns a
user's treatment date, type and time zone into due times. It is pure (no I/O besides reading
the file, no clock), so schedules are testable across time zones and daylight-saving changes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core import yamlfile
from bot.core.yamlfile import Map, Problem, Seq, suggest

PLANS_FILE = Path("flows") / "reminders" / "plans.yaml"
TREATMENTS = ("joint", "spine", "iv", "cosmetic", "other")
EVENT_KEYS = {"id", "for", "day", "hour", "text", "buttons", "grace_hours", "notes"}
TOP_KEYS = {"timezones", "events"}
DEFAULT_GRACE_HOURS = 12


@dataclass(frozen=True)
class PlanEvent:
    """One reminder: `day` days after treatment at `hour` local time, for some treatment types."""

    id: str
    treatments: frozenset[str]
    day: int
    hour: int
    text: str
    buttons: tuple[tuple[str, str], ...]  # (label key, flow id)
    grace_hours: int
    line: int


@dataclass
class Plans:
    """All reminder events and the default time zone of each country."""

    events: list[PlanEvent]
    timezones: dict[str, str]

    def for_treatment(self, treatment: str | None) -> list[PlanEvent]:
        """The events that apply to a treatment type (unknown types get the 'other' plan)."""
        kind = treatment if treatment in TREATMENTS else "other"
        return [e for e in self.events if kind in e.treatments]

    def timezone(self, fields: dict[str, Any]) -> str:
        """The user's time zone: chosen, else their country's, else UTC."""
        chosen = fields.get("timezone")
        if isinstance(chosen, str) and _zone(chosen):
            return chosen
        return self.timezones.get(str(fields.get("country") or ""), "UTC")


@dataclass(frozen=True)
class Due:
    """A reminder placed in time: when to send it and until when it is still worth sending."""

    event: PlanEvent
    due_at: datetime  # UTC
    expires_at: datetime  # UTC


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def schedule(plans: Plans, treatment_date: date, treatment: str | None, timezone: str) -> list[Due]:
    """Every reminder of the user's plan with its UTC due time, in order.

    The local wall-clock hour is kept across daylight-saving changes: 09:00 stays 09:00 local.
    """
    zone = _zone(timezone) or ZoneInfo("UTC")
    found = []
    for event in plans.for_treatment(treatment):
        local = datetime.combine(treatment_date + timedelta(days=event.day), time(event.hour), tzinfo=zone)
        due = local.astimezone(UTC)
        found.append(Due(event, due, due + timedelta(hours=event.grace_hours)))
    return sorted(found, key=lambda d: d.due_at)


def parse_date(value: Any) -> date | None:
    """A stored ISO date, or None."""
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def load_plans(root: Path, texts: Collection[str], entry_flows: Collection[str]) -> tuple[Plans, list[Problem]]:
    """Read flows/reminders/plans.yaml; `texts` are the locale keys, `entry_flows` what buttons may open."""
    path = root / PLANS_FILE
    name = str(PLANS_FILE)
    plans = Plans([], {})
    if not path.exists():
        return plans, []
    data, problems = yamlfile.load(path, name)
    if data is None:
        return plans, problems
    if not isinstance(data, Map):
        return plans, [*problems, Problem(name, 1, "plans must be a mapping with 'timezones' and 'events'")]
    problems.extend(yamlfile.unknown_keys(name, data, TOP_KEYS))
    zones = data.get("timezones", {})
    if isinstance(zones, Map):
        for country, zone in zones.items():
            if not isinstance(zone, str) or _zone(zone) is None:
                problems.append(Problem(name, zones.line_of(country), f"'{zone}' is not a known time zone name"))
            else:
                plans.timezones[str(country)] = zone
    events = data.get("events", [])
    if not isinstance(events, Seq):
        problems.append(Problem(name, data.line_of("events"), "'events' must be a list"))
        return plans, problems
    seen: dict[str, int] = {}
    for index, raw in enumerate(events):
        event = _event(raw, events.line_of(index), name, texts, entry_flows, problems)
        if event is None:
            continue
        if event.id in seen:
            problems.append(
                Problem(name, event.line, f"event id '{event.id}' is already used on line {seen[event.id]}")
            )
            continue
        seen[event.id] = event.line
        plans.events.append(event)
    return plans, problems


def _event(
    raw: Any, line: int, name: str, texts: Collection[str], entry: Collection[str], problems: list[Problem]
) -> PlanEvent | None:
    if not isinstance(raw, Map):
        problems.append(Problem(name, line, "an event must be a mapping"))
        return None
    problems.extend(yamlfile.unknown_keys(name, raw, EVENT_KEYS, "an event"))
    missing = [k for k in ("id", "for", "day", "hour", "text") if k not in raw]
    if missing:
        problems.append(Problem(name, line, f"an event needs {', '.join(missing)}"))
        return None
    targets = raw["for"] if isinstance(raw["for"], list) else [raw["for"]]
    kinds: set[str] = set()
    for target in targets:
        if target == "all":
            kinds.update(TREATMENTS)
        elif target in TREATMENTS:
            kinds.add(target)
        else:
            problems.append(
                Problem(name, raw.line_of("for"), f"'{target}' is not a treatment; use all or {', '.join(TREATMENTS)}")
            )
    day, hour, grace = raw["day"], raw["hour"], raw.get("grace_hours", DEFAULT_GRACE_HOURS)
    if not isinstance(day, int) or isinstance(day, bool) or not 0 <= day <= 365:
        problems.append(Problem(name, raw.line_of("day"), "'day' must be a whole number of days from 0 to 365"))
        return None
    if not isinstance(hour, int) or isinstance(hour, bool) or not 0 <= hour <= 23:
        problems.append(Problem(name, raw.line_of("hour"), "'hour' must be a local hour from 0 to 23"))
        return None
    if not isinstance(grace, int) or isinstance(grace, bool) or not 1 <= grace <= 72:
        problems.append(Problem(name, raw.line_of("grace_hours"), "'grace_hours' must be 1 to 72"))
        return None
    text = str(raw["text"])
    for key in (text, f"{text}_title"):  # the message, and its short title for the /reminders list
        if key not in texts:
            hint = suggest(key, texts)
            problems.append(Problem(name, raw.line_of("text"), f"locale key '{key}' does not exist{hint}"))
    buttons = []
    for button in raw.get("buttons", []) or []:
        if not isinstance(button, Map) or set(button) != {"text", "flow"}:
            problems.append(Problem(name, raw.line_of("buttons"), "a reminder button is {text: KEY, flow: FLOW}"))
            continue
        if button["flow"] not in entry:
            problems.append(
                Problem(
                    name,
                    button.line,
                    f"flow '{button['flow']}' cannot be opened from a reminder; use a flow of the menu or a command"
                    f"{suggest(button['flow'], entry)}",
                )
            )
        if button["text"] not in texts:
            problems.append(Problem(name, button.line, f"locale key '{button['text']}' does not exist"))
        buttons.append((str(button["text"]), str(button["flow"])))
    return PlanEvent(str(raw["id"]), frozenset(kinds), day, hour, text, tuple(buttons), grace, line)


def used_keys(plans: Plans) -> set[str]:
    """Locale keys the plans use (so `cuida check` does not call them unused)."""
    keys = {e.text for e in plans.events} | {f"{e.text}_title" for e in plans.events}
    keys |= {label for e in plans.events for label, _ in e.buttons}
    return keys


def upcoming(plans: Plans, fields: dict[str, Any], now: datetime, limit: int = 5) -> list[tuple[datetime, PlanEvent]]:
    """The next reminders of a user (local time, event), as the outbox will send them."""
    treated = parse_date(fields.get("treatment_date"))
    if treated is None or fields.get("reminders_on") is not True:
        return []
    zone = _zone(plans.timezone(fields)) or ZoneInfo("UTC")
    due = schedule(plans, treated, fields.get("treatment"), plans.timezone(fields))
    return [(d.due_at.astimezone(zone), d.event) for d in due if d.due_at > now][:limit]
