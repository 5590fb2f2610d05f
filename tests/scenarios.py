"""Runs YAML conversation transcripts (tests/scenarios/*.yaml) through the engine.

A transcript names a language, optionally a flow to start in and user fields, then turns:
`press` (a button label contains this), `say` (typed text), `command` (/name), each with
`expect` (texts the replies must contain), `expect_not`, `step` (where the user must be after,
as flow/step) and `events` (event kinds the turn must record). A turn with only `expect`
checks the replies of the start. A turn's `fields` change user fields before its input (null
removes one), as a hook would: e.g. a clinic revoking a staff member between preview and send.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.core.content import Content, Flow, Step, Target
from bot.core.engine import OPEN_PREFIX, Command, Engine, Press, Resume, Text, Turn, UserState
from tests.conftest import NOW

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
TURN_KEYS = {"press", "say", "command", "expect", "expect_not", "step", "events", "fields"}


@dataclass
class Coverage:
    """Which steps of which flows the transcripts entered, and which exits of each step they took."""

    visited: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    exits: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))  # flow -> (step, exit)

    def add(self, turn: Turn) -> None:
        """Record the steps a turn entered and the exits it took."""
        for flow, step in turn.visited:
            self.visited[flow].add(step)
        for flow, step, exit_ in turn.exits:
            self.exits[flow].add((step, exit_))


COVERAGE = Coverage()


def _where(target: Target | None) -> str:
    if target is None:
        return "?"
    return f"flow {target.flow}" if target.flow else str(target.step)


def step_exits(step: Step) -> dict[str, tuple[str, str]]:
    """The exits a step can take, named as the engine names them in Turn.exits: (kind, description).

    Kind "branch" is a decision (a `branch` entry, or the default `go`/`flow` when none matches);
    kind "button" is a button the user presses. Answer options of a question are inputs to the
    step's branches, not exits of their own.
    """
    exits = {f"button:{i}": ("button", f"button {b.text} -> {_where(b.target)}") for i, b in enumerate(step.buttons)}
    # Branches and the default only run after an answer, or in a step that moves on by itself: a
    # step that only shows buttons never reads them.
    if step.ask is not None or not step.waits:
        for i, branch in enumerate(step.branches):
            exits[f"branch:{i}"] = ("branch", f"branch {i + 1} (line {branch.line}) -> {_where(branch.target)}")
        if step.next is not None:
            exits["go"] = ("branch", f"default -> {_where(step.next)}")
    return exits


@dataclass
class FlowCoverage:
    """How much of one flow the transcripts reached; missing exits read "step: description"."""

    flow: str
    steps: int
    missing_steps: list[str]
    branches: int
    missing_branches: list[str]
    buttons: int
    missing_buttons: list[str]


def coverage_report(content: Content, coverage: Coverage) -> list[FlowCoverage]:
    """Per shipped flow: steps, branches and buttons in total, and those no transcript reached."""
    return [_flow_coverage(flow, coverage) for flow in sorted(content.flows.values(), key=lambda f: f.id)]


def _flow_coverage(flow: Flow, coverage: Coverage) -> FlowCoverage:
    reached_steps = coverage.visited.get(flow.id, set())
    taken = coverage.exits.get(flow.id, set())
    totals = {"branch": 0, "button": 0}
    missing: dict[str, list[str]] = {"branch": [], "button": []}
    for step in flow.steps.values():
        for exit_, (kind, description) in step_exits(step).items():
            totals[kind] += 1
            if (step.id, exit_) not in taken:
                missing[kind].append(f"{step.id}: {description}")
    missing_steps = [s for s in flow.steps if s not in reached_steps]
    return FlowCoverage(
        flow.id,
        len(flow.steps),
        missing_steps,
        totals["branch"],
        missing["branch"],
        totals["button"],
        missing["button"],
    )


def format_report(report: list[FlowCoverage], list_buttons: bool = False) -> list[str]:
    """The coverage summary as lines for the terminal; missed buttons are listed only when asked."""

    def ratio(total: int, missing: int) -> str:
        return f"{total - missing}/{total}"

    steps = ratio(sum(r.steps for r in report), sum(len(r.missing_steps) for r in report))
    branches = ratio(sum(r.branches for r in report), sum(len(r.missing_branches) for r in report))
    buttons = ratio(sum(r.buttons for r in report), sum(len(r.missing_buttons) for r in report))
    width = max((len(r.flow) for r in report), default=4)
    lines = [
        f"scenario transcripts reach {steps} steps, {branches} branches (incl. defaults), {buttons} buttons "
        f"of {len(report)} flows",
        f"{'flow':<{width}}  {'steps':>7}  {'branches':>8}  {'buttons':>7}",
    ]
    for r in report:
        lines.append(
            f"{r.flow:<{width}}  {ratio(r.steps, len(r.missing_steps)):>7}  "
            f"{ratio(r.branches, len(r.missing_branches)):>8}  {ratio(r.buttons, len(r.missing_buttons)):>7}"
        )
        lines.extend(f"    step not reached: {step}" for step in r.missing_steps)
        lines.extend(f"    branch not taken: {exit_}" for exit_ in r.missing_branches)
        if list_buttons:
            lines.extend(f"    button not pressed: {exit_}" for exit_ in r.missing_buttons)
    return lines


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
    if data.get("flow") in engine.entry_flows:
        turn = engine.handle(state, Press(OPEN_PREFIX + data["flow"]), NOW)
    elif data.get("flow"):
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
        for name, value in (spec.get("fields") or {}).items():
            if value is None:
                turn.state.fields.pop(name, None)
            else:
                turn.state.fields[name] = value
        if "press" in spec:
            exact = [data_ for label, data_ in _buttons(turn) if spec["press"] == label]
            matches = exact or [data_ for label, data_ in _buttons(turn) if spec["press"] in label]
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
