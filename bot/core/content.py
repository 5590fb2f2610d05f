"""The content model: flows and locales read from YAML into plain dataclasses.

Parsing reports structural problems (unknown keys, wrong types) as it goes; cross-file checks
(missing references, unreachable steps, translations) live in `bot.core.checks`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.core import yamlfile
from bot.core.yamlfile import Map, Problem, Seq, suggest

if TYPE_CHECKING:
    from bot.core.classifier import Classifier
    from bot.core.plans import Plans
    from bot.core.safety import SafetyRules
    from bot.core.understanding import Router

LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"
ASK_TYPES = ("yes_no", "number", "temperature", "date", "choice", "text")
COMPARISONS = ("eq", "ne", "lt", "lte", "gt", "gte", "in", "set")

FLOW_KEYS = {"id", "title", "medical", "sources", "start", "steps", "notes"}
STEP_KEYS = {"say", "buttons", "ask", "set", "branch", "go", "flow", "end", "log", "notes"}
BUTTON_KEYS = {"text", "go", "flow", "set"}
ASK_KEYS = {"type", "into", "save", "min", "max", "options", "invalid", "safety"}
OPTION_KEYS = {"text", "value"}
BRANCH_KEYS = {"when", "go", "flow"}
LOG_KEYS = {"event", "data"}


@dataclass(frozen=True)
class Operand:
    """A value to compare with: a literal, or a user field with a default."""

    value: Any = None
    field: str | None = None


@dataclass(frozen=True)
class Condition:
    """A test on an answer or user field, or a combination (`all`, `any`, `not`)."""

    subject: str = ""  # "answer" or "field"; empty for combinations
    name: str = ""
    op: str = ""
    operand: Operand = field(default_factory=Operand)
    all: tuple[Condition, ...] = ()
    any: tuple[Condition, ...] = ()
    negate: Condition | None = None
    line: int = 0


@dataclass(frozen=True)
class Target:
    """Where to go next: a step of the same flow, or the start of another flow."""

    step: str | None = None
    flow: str | None = None
    line: int = 0


@dataclass(frozen=True)
class Button:
    """A button: a label key, an optional field update, and a target."""

    text: str
    target: Target
    set: dict[str, Any]
    line: int


@dataclass(frozen=True)
class Option:
    """One answer offered by a `choice` question."""

    text: str
    value: Any
    line: int


@dataclass(frozen=True)
class Ask:
    """A question waiting for typed text (or an option button) of one type."""

    type: str
    into: str
    save: bool = False
    min: float | None = None
    max: float | None = None
    options: tuple[Option, ...] = ()
    invalid: str | None = None
    # A warning-sign question: a typed "not sure" counts as yes. None when the flow does not say.
    safety: bool | None = None
    line: int = 0

    def yes_no_options(self) -> dict[str, Option] | None:
        """For a choice between Yes / No (/ Not sure) buttons: those options by answer, else None."""
        if self.type != "choice":
            return None
        by_text = {option.text: option for option in self.options}
        if "common.yes" not in by_text or "common.no" not in by_text:
            return None
        found = {"yes": by_text["common.yes"], "no": by_text["common.no"]}
        if "common.unsure" in by_text:
            found["unsure"] = by_text["common.unsure"]
        return found


@dataclass(frozen=True)
class Branch:
    """One conditional exit of a step: taken when `when` holds."""

    when: Condition
    target: Target
    line: int


@dataclass(frozen=True)
class LogEntry:
    """An event a step records when it is entered (e.g. a triage disposition)."""

    event: str
    data: dict[str, Any]
    line: int


@dataclass(frozen=True)
class Step:
    """One node of a flow: what it says, what it waits for, where it goes."""

    id: str
    say: tuple[str, ...] = ()
    buttons: tuple[Button, ...] = ()
    ask: Ask | None = None
    set: dict[str, Any] = field(default_factory=dict)
    branches: tuple[Branch, ...] = ()
    next: Target | None = None
    end: bool = False
    log: LogEntry | None = None
    line: int = 0

    @property
    def waits(self) -> bool:
        """True when the step stops and waits for the user."""
        return bool(self.buttons or self.ask)

    def choices(self) -> list[tuple[str, Button | Option]]:
        """Everything the user can press here, in display order: options first, then buttons."""
        options: list[tuple[str, Button | Option]] = []
        if self.ask and self.ask.type == "choice":
            options.extend((o.text, o) for o in self.ask.options)
        elif self.ask and self.ask.type == "yes_no":
            options.extend((key, Option(key, value, self.ask.line)) for key, value in YES_NO_OPTIONS)
        options.extend((b.text, b) for b in self.buttons)
        return options


YES_NO_OPTIONS = (("common.yes", True), ("common.no", False))


@dataclass
class Flow:
    """A conversation: an id, a start step and its steps."""

    id: str
    file: str
    title: str | None
    start: str
    steps: dict[str, Step]
    medical: bool = True
    sources: tuple[str, ...] = ()
    line: int = 1


@dataclass
class Source:
    """A reference behind the content, shown by /sources."""

    key: str
    title: str
    url: str
    line: int


@dataclass(frozen=True)
class Template:
    """A ready-made broadcast: a title and a text (locale keys), optionally buttons opening flows."""

    key: str
    title: str
    text: str
    buttons: tuple[tuple[str, str], ...]  # (label key, flow id)
    line: int


@dataclass
class Content:
    """Everything loaded from flows/ and locales/, ready for the engine."""

    flows: dict[str, Flow] = field(default_factory=dict)
    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # language -> key -> text
    text_lines: dict[str, dict[str, int]] = field(default_factory=dict)  # language -> key -> line
    locale_files: dict[str, str] = field(default_factory=dict)  # language -> display path
    sources: dict[str, Source] = field(default_factory=dict)
    safety: SafetyRules | None = None  # red flags and emergency numbers (flows/safety/)
    router: Router | None = None  # free-text questions to flows (flows/understanding/)
    classifier: Classifier | None = None  # what kind of message a free text is (flows/understanding/)
    templates: dict[str, Template] = field(default_factory=dict)  # clinic broadcasts (flows/broadcasts/)
    plans: Plans | None = None  # aftercare reminder plans (flows/reminders/)

    def text(self, key: str, language: str) -> str:
        """The text for `key` in `language`, falling back to English, then to the key itself."""
        found = self.texts.get(language, {}).get(key)
        if found is None:
            found = self.texts.get(DEFAULT_LANGUAGE, {}).get(key, key)
        return found


class _Reader:
    """Turns one flow file's loaded YAML into a Flow, collecting problems."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))

    def check_keys(self, data: Map, allowed: set[str], what: str) -> None:
        self.problems.extend(yamlfile.unknown_keys(self.file, data, allowed, what))

    def expect_map(self, value: Any, line: int, what: str) -> Map | None:
        if isinstance(value, Map):
            return value
        self.problem(yamlfile.line_of(value, line), f"{what} must be a mapping")
        return None

    def string(self, value: Any, line: int, what: str) -> str | None:
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.problem(line, f"{what} must be a non-empty string")
        return None

    def flow(self, data: Any) -> Flow | None:
        if not isinstance(data, Map):
            self.problem(yamlfile.line_of(data, 1), "a flow file must be a mapping with id, start and steps")
            return None
        self.check_keys(data, FLOW_KEYS, "flow")
        missing = [k for k in ("id", "start", "steps") if k not in data]
        for key in missing:
            self.problem(data.line, f"flow is missing '{key}'")
        if missing:
            return None
        flow_id = self.string(data["id"], data.line_of("id"), "'id'")
        start = self.string(data["start"], data.line_of("start"), "'start'")
        title = data.get("title")
        if title is not None:
            title = self.string(title, data.line_of("title"), "'title'")
        medical = data.get("medical", True)
        if not isinstance(medical, bool):
            self.problem(data.line_of("medical"), "'medical' must be true or false")
            medical = True
        sources = data.get("sources", [])
        if isinstance(sources, str):
            sources = [sources]
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            self.problem(data.line_of("sources"), "'sources' must be a list of source keys")
            sources = []
        steps_data = self.expect_map(data["steps"], data.line_of("steps"), "'steps'")
        if flow_id is None or start is None or steps_data is None:
            return None
        steps: dict[str, Step] = {}
        for step_id, step_data in steps_data.items():
            step = self.step(str(step_id), step_data, steps_data.line_of(step_id))
            if step is not None:
                steps[str(step_id)] = step
        if not steps_data:
            self.problem(steps_data.line, "'steps' is empty")
        return Flow(
            id=flow_id,
            file=self.file,
            title=title,
            start=start,
            steps=steps,
            medical=medical,
            sources=tuple(sources),
            line=data.line_of("id"),
        )

    def keys_list(self, value: Any, line: int, what: str) -> tuple[str, ...]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            self.problem(line, f"{what} must be a locale key or a list of locale keys")
            return ()
        keys = []
        for index, item in enumerate(items):
            item_line = items.line_of(index) if isinstance(items, Seq) else line
            key = self.string(item, item_line, f"{what} item")
            if key:
                keys.append(key)
        return tuple(keys)

    def target(self, data: Map, what: str) -> Target | None:
        go, flow = data.get("go"), data.get("flow")
        if go is not None and flow is not None:
            self.problem(data.line_of("go"), f"{what} has both 'go' and 'flow'; choose one")
            return None
        if go is not None:
            step = self.string(go, data.line_of("go"), "'go'")
            return Target(step=step, line=data.line_of("go")) if step else None
        if flow is not None:
            name = self.string(flow, data.line_of("flow"), "'flow'")
            return Target(flow=name, line=data.line_of("flow")) if name else None
        return None

    def settings(self, value: Any, line: int) -> dict[str, Any]:
        if not isinstance(value, Map):
            self.problem(line, "'set' must map field names to values, e.g. set: {language: es}")
            return {}
        return {str(k): v for k, v in value.items()}

    def step(self, step_id: str, data: Any, line: int) -> Step | None:
        step_map = self.expect_map(data, line, f"step '{step_id}'")
        if step_map is None:
            return None
        self.check_keys(step_map, STEP_KEYS, f"step '{step_id}'")
        say: tuple[str, ...] = ()
        if "say" in step_map:
            say = self.keys_list(step_map["say"], step_map.line_of("say"), "'say'")
        buttons: list[Button] = []
        if "buttons" in step_map:
            raw = step_map["buttons"]
            if not isinstance(raw, Seq):
                self.problem(step_map.line_of("buttons"), "'buttons' must be a list")
            else:
                for index, item in enumerate(raw):
                    button = self.button(item, raw.line_of(index))
                    if button:
                        buttons.append(button)
        ask = self.ask(step_map["ask"], step_map.line_of("ask")) if "ask" in step_map else None
        settings = self.settings(step_map["set"], step_map.line_of("set")) if "set" in step_map else {}
        branches: list[Branch] = []
        if "branch" in step_map:
            raw = step_map["branch"]
            if not isinstance(raw, Seq):
                self.problem(step_map.line_of("branch"), "'branch' must be a list of {when, go|flow}")
            else:
                for index, item in enumerate(raw):
                    branch = self.branch(item, raw.line_of(index))
                    if branch:
                        branches.append(branch)
        end = step_map.get("end", False)
        if not isinstance(end, bool):
            self.problem(step_map.line_of("end"), "'end' must be true or false")
            end = False
        log = self.log(step_map["log"], step_map.line_of("log")) if "log" in step_map else None
        return Step(
            id=step_id,
            say=say,
            buttons=tuple(buttons),
            ask=ask,
            set=settings,
            branches=tuple(branches),
            next=self.target(step_map, f"step '{step_id}'"),
            end=end,
            log=log,
            line=line,
        )

    def button(self, data: Any, line: int) -> Button | None:
        button = self.expect_map(data, line, "a button")
        if button is None:
            return None
        self.check_keys(button, BUTTON_KEYS, "a button")
        text = self.string(button.get("text"), button.line_of("text"), "a button's 'text'")
        target = self.target(button, "a button")
        if target is None and "go" not in button and "flow" not in button:
            self.problem(button.line, "a button needs 'go' (a step) or 'flow' (another flow)")
        settings = self.settings(button["set"], button.line_of("set")) if "set" in button else {}
        if text is None or target is None:
            return None
        return Button(text=text, target=target, set=settings, line=button.line)

    def number(self, data: Map, key: str) -> float | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(data.line_of(key), f"'{key}' must be a number")
            return None
        return float(value)

    def ask(self, data: Any, line: int) -> Ask | None:
        ask = self.expect_map(data, line, "'ask'")
        if ask is None:
            return None
        self.check_keys(ask, ASK_KEYS, "'ask'")
        kind = ask.get("type")
        if kind not in ASK_TYPES:
            hint = suggest(kind, ASK_TYPES) if kind else ""
            self.problem(ask.line_of("type"), f"'ask' type must be one of {', '.join(ASK_TYPES)}{hint}")
            return None
        into = self.string(ask.get("into"), ask.line_of("into"), "'ask' needs 'into', the answer's name;")
        options: list[Option] = []
        if kind == "choice":
            raw = ask.get("options")
            if not isinstance(raw, Seq) or not raw:
                self.problem(ask.line_of("options"), "a choice question needs a list of 'options'")
            else:
                for index, item in enumerate(raw):
                    option = self.expect_map(item, raw.line_of(index), "an option")
                    if option is None:
                        continue
                    self.check_keys(option, OPTION_KEYS, "an option")
                    text = self.string(option.get("text"), option.line_of("text"), "an option's 'text'")
                    if "value" not in option:
                        self.problem(option.line, "an option needs a 'value'")
                    elif text:
                        options.append(Option(text, option["value"], option.line))
        elif "options" in ask:
            self.problem(ask.line_of("options"), f"'options' only applies to choice questions, not {kind}")
        invalid = ask.get("invalid")
        if invalid is not None:
            invalid = self.string(invalid, ask.line_of("invalid"), "'invalid'")
        save = ask.get("save", False)
        if not isinstance(save, bool):
            self.problem(ask.line_of("save"), "'save' must be true or false")
            save = False
        safety = ask.get("safety")
        if safety is not None and not isinstance(safety, bool):
            self.problem(ask.line_of("safety"), "'safety' must be true or false")
            safety = True  # when in doubt, the careful reading
        if safety is not None and kind not in ("yes_no", "choice"):
            self.problem(ask.line_of("safety"), f"'safety' only applies to yes_no and choice questions, not {kind}")
        if into is None:
            return None
        return Ask(
            type=kind,
            into=into,
            save=save,
            min=self.number(ask, "min"),
            max=self.number(ask, "max"),
            options=tuple(options),
            invalid=invalid,
            safety=safety,
            line=ask.line,
        )

    def condition(self, data: Any, line: int) -> Condition | None:
        cond = self.expect_map(data, line, "a condition")
        if cond is None:
            return None
        for combinator in ("all", "any"):
            if combinator in cond:
                raw = cond[combinator]
                if len(cond) != 1 or not isinstance(raw, Seq) or not raw:
                    self.problem(cond.line, f"'{combinator}' must be alone, with a list of conditions")
                    return None
                parts = [self.condition(item, raw.line_of(i)) for i, item in enumerate(raw)]
                if any(p is None for p in parts):
                    return None
                found = tuple(p for p in parts if p)
                return (
                    Condition(line=cond.line, all=found)
                    if combinator == "all"
                    else Condition(line=cond.line, any=found)
                )
        if "not" in cond:
            inner = self.condition(cond["not"], cond.line_of("not"))
            return Condition(negate=inner, line=cond.line) if inner else None
        subjects = [k for k in ("answer", "field") if k in cond]
        ops = [k for k in cond if k in COMPARISONS]
        extra = [k for k in cond if k not in COMPARISONS and k not in ("answer", "field")]
        for key in extra:
            self.problem(cond.line_of(key), f"unknown key '{key}' in a condition{suggest(key, COMPARISONS)}")
        if len(subjects) != 1 or len(ops) != 1:
            self.problem(
                cond.line,
                "a condition names one 'answer' or 'field' and one test (eq, ne, lt, lte, gt, gte, in, set), "
                "or combines conditions with all/any/not",
            )
            return None
        subject, op = subjects[0], ops[0]
        raw_operand = cond[op]
        operand = Operand(value=raw_operand)
        if isinstance(raw_operand, Map):
            if "field" not in raw_operand or set(raw_operand) - {"field", "default"}:
                self.problem(cond.line_of(op), "a compared value is a literal or {field: NAME, default: VALUE}")
                return None
            operand = Operand(value=raw_operand.get("default"), field=str(raw_operand["field"]))
        if op == "in" and not isinstance(raw_operand, list):
            self.problem(cond.line_of(op), "'in' needs a list of values")
            return None
        if op == "set" and not isinstance(raw_operand, bool):
            self.problem(cond.line_of(op), "'set' needs true or false")
            return None
        return Condition(subject=subject, name=str(cond[subject]), op=op, operand=operand, line=cond.line)

    def branch(self, data: Any, line: int) -> Branch | None:
        branch = self.expect_map(data, line, "a branch")
        if branch is None:
            return None
        self.check_keys(branch, BRANCH_KEYS, "a branch")
        if "when" not in branch:
            self.problem(branch.line, "a branch needs 'when' (use the step's own go/flow as the default)")
            return None
        when = self.condition(branch["when"], branch.line_of("when"))
        target = self.target(branch, "a branch")
        if target is None and "go" not in branch and "flow" not in branch:
            self.problem(branch.line, "a branch needs 'go' (a step) or 'flow' (another flow)")
        if when is None or target is None:
            return None
        return Branch(when=when, target=target, line=branch.line)

    def log(self, data: Any, line: int) -> LogEntry | None:
        log = self.expect_map(data, line, "'log'")
        if log is None:
            return None
        self.check_keys(log, LOG_KEYS, "'log'")
        event = self.string(log.get("event"), log.line_of("event"), "'log' needs 'event', the event's name;")
        extra = log.get("data", {})
        if not isinstance(extra, dict):
            self.problem(log.line_of("data"), "'log' data must be a mapping")
            extra = {}
        return LogEntry(event=event, data=dict(extra), line=log.line) if event else None


def flatten(
    data: Map, prefix: str, out: dict[str, str], lines: dict[str, int], file: str, problems: list[Problem]
) -> None:
    """Flatten nested locale mappings into dotted keys, recording each key's line."""
    for key, value in data.items():
        full = f"{prefix}{key}"
        line = data.line_of(key)
        if isinstance(value, Map):
            flatten(value, f"{full}.", out, lines, file, problems)
        elif isinstance(value, str):
            out[full] = value
            lines[full] = line
        elif value is None:
            out[full] = ""
            lines[full] = line
        else:
            problems.append(Problem(file, line, f"'{full}' must be text, not {type(value).__name__}"))


def load_locales(directory: Path, root: Path, content: Content, problems: list[Problem]) -> None:
    """Read locales/<lang>.yaml for every supported language into `content`."""
    for language in LANGUAGES:
        path = directory / f"{language}.yaml"
        display = _display(path, root)
        content.locale_files[language] = display
        content.texts[language] = {}
        content.text_lines[language] = {}
        if not path.exists():
            problems.append(Problem(display, 1, f"locale file for '{language}' is missing; create it"))
            continue
        data, found = yamlfile.load(path, display)
        problems.extend(found)
        if data is None:
            continue
        if not isinstance(data, Map):
            problems.append(Problem(display, 1, "a locale file must be a mapping of keys to texts"))
            continue
        flatten(data, "", content.texts[language], content.text_lines[language], display, problems)


def load_sources(path: Path, root: Path, content: Content, problems: list[Problem]) -> None:
    """Read the catalogue of references (flows/sources.yaml)."""
    display = _display(path, root)
    if not path.exists():
        return
    data, found = yamlfile.load(path, display)
    problems.extend(found)
    if not isinstance(data, Map):
        if data is not None:
            problems.append(Problem(display, 1, "sources must map a key to {title, url}"))
        return
    for key, value in data.items():
        line = data.line_of(key)
        if not isinstance(value, Map) or not isinstance(value.get("title"), str) or not value.get("title"):
            problems.append(Problem(display, line, f"source '{key}' needs a 'title' (and a 'url' where there is one)"))
            continue
        for extra in set(value) - {"title", "url"}:
            problems.append(Problem(display, value.line_of(extra), f"unknown key '{extra}' in source '{key}'"))
        content.sources[str(key)] = Source(str(key), value["title"], str(value.get("url") or ""), line)


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def load_flows(directory: Path, root: Path, content: Content, problems: list[Problem]) -> None:
    """Read every flows/*.yaml (not sources.yaml) into `content.flows`."""
    seen: dict[str, Flow] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name == "sources.yaml":
            continue
        display = _display(path, root)
        data, found = yamlfile.load(path, display)
        problems.extend(found)
        if data is None:
            if not found:
                problems.append(Problem(display, 1, "the file is empty; a flow needs id, start and steps"))
            continue
        flow = _Reader(display, problems).flow(data)
        if flow is None:
            continue
        if flow.id in seen:
            problems.append(Problem(display, flow.line, f"flow id '{flow.id}' is already used by {seen[flow.id].file}"))
            continue
        seen[flow.id] = flow
        content.flows[flow.id] = flow


def load(root: Path) -> tuple[Content, list[Problem]]:
    """Load flows/, locales/ and sources under `root`; return the content and structural problems."""
    content = Content()
    problems: list[Problem] = []
    load_locales(root / "locales", root, content, problems)
    load_sources(root / "flows" / "sources.yaml", root, content, problems)
    load_flows(root / "flows", root, content, problems)
    return content, problems
