"""Runs YAML conversation transcripts (tests/scenarios/*.yaml) through the engine.

A transcript names a language, optionally a flow to start in and user fields, then turns:
`press` (a button label contains this), `say` (typed text), `command` (/name), each with
`expect` (texts the replies must contain), `expect_not`, `step` (where the user must be after,
as flow/step) and `events` (event kinds the turn must record). A turn with only `expect`
checks the replies of the start.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.engine import Command, Engine, Press, Resume, Text, Turn, UserState
from tests.conftest import NOW

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
TURN_KEYS = {"press", "say", "command", "expect", "expect_not", "step", "events"}


@dataclass
class Coverage:
    """Which steps of which flows the transcripts entered."""

    visited: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, turn: Turn) -> None:
        for flow, step in turn.visited:
            self.visited[flow].add(step)


COVERAGE = Coverage()


def scenario_files() -> list[Path]:
    """Every transcript, sorted."""
    return sorted(SCENARIOS.glob("*.yaml"))


def _buttons(turn: Turn) -> list[tuple[str, str]]:
    return [(b.label, b.data) for r in turn.replies for b in r.buttons]


def _text(turn: Turn) -> str:
    return "\n".join(r.text for r in turn.replies)


def run(engine: Engine, path: Path) -> list[str]:
    """Play one transcript; returns the failures (empty when it passes)."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    failures: list[str] = []
    state = UserState(user_id=1, language=data.get("language", "en"), fields=dict(data.get("fields") or {}))
    if data.get("flow"):
        flow = engine.content.flows[data["flow"]]
        state.flow, state.step = flow.id, flow.start
        turn = engine.handle(state, Resume(), NOW)
        turn.visited.insert(0, (flow.id, flow.start))
    else:
        turn = engine.handle(state, Command("start"), NOW)
    COVERAGE.add(turn)
    for number, spec in enumerate(data.get("turns") or [], 1):
        where = f"{path.name} turn {number}"
        unknown = set(spec) - TURN_KEYS
        if unknown:
            failures.append(f"{where}: unknown keys {sorted(unknown)}")
            continue
        if "press" in spec:
            matches = [data_ for label, data_ in _buttons(turn) if spec["press"] in label]
            if not matches:
                failures.append(
                    f"{where}: no button containing {spec['press']!r}; buttons: {[b for b, _ in _buttons(turn)]}"
                )
                return failures
            turn = engine.handle(turn.state, Press(matches[0]), NOW)
        elif "say" in spec:
            turn = engine.handle(turn.state, Text(str(spec["say"])), NOW)
        elif "command" in spec:
            turn = engine.handle(turn.state, Command(str(spec["command"])), NOW)
        COVERAGE.add(turn)
        text = _text(turn)
        for wanted in spec.get("expect") or []:
            if str(wanted) not in text:
                failures.append(f"{where}: expected {wanted!r} in:\n{text}")
        for unwanted in spec.get("expect_not") or []:
            if str(unwanted) in text:
                failures.append(f"{where}: did not expect {unwanted!r} in:\n{text}")
        if "step" in spec and f"{turn.state.flow}/{turn.state.step}" != spec["step"]:
            failures.append(f"{where}: expected to be at {spec['step']}, is at {turn.state.flow}/{turn.state.step}")
        kinds = [e.kind for e in turn.effects]
        for kind in spec.get("events") or []:
            if kind not in kinds:
                failures.append(f"{where}: expected event {kind!r}, got {kinds}")
    return failures
