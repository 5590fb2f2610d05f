"""The conversation engine: (user state, one input) -> replies, new state and effects.

Pure: no I/O, no Telegram, no database, no clock (the caller passes `now`). Every transport
(Telegram, console, tests) drives the same engine, so every flow is testable in microseconds.
"""

from __future__ import annotations

import copy
import functools
import re
import string
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from rapidfuzz import fuzz, process

from bot.content import DEFAULT_LANGUAGE, LANGUAGES, Ask, Button, Condition, Content, Flow, Option, Step, Target
from bot.plans import upcoming
from bot.understanding import normalize

# Commands the engine answers itself, and the flow each one opens.
COMMANDS = {
    "start": "welcome",
    "menu": "menu",
    "help": "help",
    "language": "language",
    "emergency": "emergency",
    "sources": "references",
    "reminders": "reminders",
    "broadcast": "broadcast",
}
STAFF_COMMANDS = frozenset({"broadcast"})  # work for clinic staff only, so kept out of everyone's menu
# Commands answered by the engine without a flow: what is stored about me, and erase it.
PRIVACY_COMMANDS = ("mydata", "delete")
# Shown in Telegram's command menu.
MENU_COMMANDS = (*(c for c in COMMANDS if c not in STAFF_COMMANDS), *PRIVACY_COMMANDS, "stop")
URGENT_PLACEHOLDER = "{emergency_number}"  # a text with it is an emergency instruction: sent alone
CHECK_FLOW = "infection_check"  # where an urgent warning sign in free text leads
# Flows where staff write messages for patients: their text is the message, not a symptom report.
COMPOSE_FLOWS = frozenset({"broadcast"})
TEMPLATE_ANSWER = "template"  # the broadcast flow's answer naming a template (content.templates)
_REFERENCE = re.compile(r"^\{(\w+)\}$")  # a log data value naming an answer or field: "{text_en}"
# Whole messages that stop every message the bot sends on its own (reminders, broadcasts).
STOP_WORDS = frozenset({"stop", "/stop", "baja", "parar", "unsubscribe", "stop all", "darme de baja"})
START_WORDS = frozenset({"start", "/start", "empezar", "alta"})
# Free text asking to erase everything or to see what is stored (compared after normalize(): no
# accents, lower case). Erasing always asks for confirmation, so a false match costs one "No".
DELETE_PHRASES = (
    "delete my data",
    "delete all my data",
    "delete my information",
    "delete my account",
    "delete my details",
    "delete me",
    "erase my data",
    "remove my data",
    "forget me",
    "forget about me",
    "borrar mis datos",
    "borra mis datos",
    "borrar todos mis datos",
    "borrar mi cuenta",
    "borrar mi informacion",
    "borrame",
    "eliminar mis datos",
    "elimina mis datos",
    "eliminar mi cuenta",
    "eliminar mi informacion",
    "olvidame",
)
MYDATA_PHRASES = (
    "my data",
    "mydata",
    "show my data",
    "what data do you have",
    "what do you know about me",
    "what do you store about me",
    "mis datos",
    "ver mis datos",
    "que datos tienes",
    "que datos tienes de mi",
    "que sabes de mi",
    "que guardas de mi",
)
PRIVACY_PREFIX = "privacy|"  # button data of the erase confirmation; checked before flow buttons
ERASE = "delete_confirmed"  # the effect after which Conversations erases the user, not saves them
CONFIRM_MINUTES = 60  # a "Yes, delete everything" older than this asks again instead of erasing
OPEN_PREFIX = "open|"  # button data that opens a flow from anywhere (reminders, broadcasts)
UNKNOWN_NUMBER = "112 / 911"
REQUIRED_FLOWS = frozenset(COMMANDS.values())
# Locale keys the engine uses directly (flows reference the rest).
ENGINE_KEYS = frozenset(
    {
        "common.yes",
        "common.no",
        "common.stale",
        "common.not_understood",
        "common.only_text",
        "common.empty",
        "common.unknown_command",
        "common.choose",
        "common.disclaimer",
        "common.content_error",
        "common.error",
        "common.invalid.yes_no",
        "common.invalid.number",
        "common.invalid.temperature",
        "common.invalid.date",
        "common.invalid.choice",
        "common.invalid.text",
        "common.invalid.range",
        "stop.done",
        "stop.resumed",
        "command.stop",
        "reminders.none",
    }
    | {f"command.{name}" for name in COMMANDS}
    | {f"privacy.{name}" for name in ("confirm", "yes", "no", "deleted", "deleted_staff", "kept", "expired")}
    | {f"privacy.{name}" for name in ("mydata", "nothing", "where", "answers", "events", "pending")}
    | {f"privacy.{name}" for name in ("status_active", "status_stopped", "command_mydata", "command_delete")}
    | {f"privacy.field.{name}" for name in ("language", "treatment_date", "treatment", "country", "timezone")}
    | {f"privacy.field.{name}" for name in ("reminders_on", "clinic_name", "fever_threshold_c")}
    | {"notices.group_only", "notices.edited", "notices.edited_emergency", "notices.slow_down"}
    | {"console.hint", "console.bye"}
)
MAX_HOPS = 50  # steps entered in one turn before we assume the content loops
MAX_TEXT_ANSWER = 500
CALLBACK_SEPARATOR = "|"

YES_WORDS = frozenset({"yes", "y", "yeah", "yep", "yup", "sure", "si", "s", "claro", "vale", "afirmativo"})
NO_WORDS = frozenset({"no", "n", "nope", "nah", "nop", "negativo"})


# ---- inputs ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """The user typed text."""

    text: str


@dataclass(frozen=True)
class Press:
    """The user pressed a button carrying `data`."""

    data: str


@dataclass(frozen=True)
class Command:
    """The user sent /name args."""

    name: str
    args: str = ""


@dataclass(frozen=True)
class Media:
    """The user sent something that is not text (sticker, photo, voice...)."""

    kind: str = "media"


@dataclass(frozen=True)
class Resume:
    """The user came back (e.g. the console restarted): show where they were."""


Input = Text | Press | Command | Media | Resume


# ---- outputs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ButtonView:
    """A button as a transport shows it: a label and the data it sends back."""

    label: str
    data: str


@dataclass
class Reply:
    """One message to the user, with optional buttons under it."""

    text: str
    buttons: list[ButtonView] = field(default_factory=list)
    alone: bool = False  # a red-flag instruction: its own short message, never joined to another


def bundle(replies: list[Reply], limit: int) -> list[Reply]:
    """The same replies in fewer messages: one without buttons joins the next; red flags stay alone.

    Every message is a notification on the patient's phone and a call against Telegram's
    one-message-a-second-per-chat guidance, so "Hello" then the menu arrive as one message.
    A joined text never goes over `limit` characters.
    """
    out: list[Reply] = []
    for reply in replies:
        last = out[-1] if out else None
        if (
            last is not None
            and not last.buttons
            and not last.alone
            and not reply.alone
            and len(last.text) + 2 + len(reply.text) <= limit
        ):
            out[-1] = Reply(f"{last.text}\n\n{reply.text}", list(reply.buttons))
        else:
            out.append(reply)
    return out


@dataclass(frozen=True)
class Event:
    """Something worth recording in the event log."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class UserState:
    """Everything the engine knows about one user between messages."""

    user_id: int
    language: str = DEFAULT_LANGUAGE
    flow: str | None = None
    step: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> UserState:
        """A copy the engine can change freely: the caller's state stays as it was."""
        return UserState(self.user_id, self.language, self.flow, self.step, _clone(self.answers), _clone(self.fields))


_ATOMS = (str, int, float, bool, type(None), date, datetime)


def _clone(value: Any) -> Any:
    """A deep copy of stored values (JSON-like), several times cheaper than copy.deepcopy on every turn."""
    if isinstance(value, dict):
        return {key: _clone(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clone(item) for item in value]
    if isinstance(value, _ATOMS):
        return value
    return copy.deepcopy(value)  # anything else a hook may have put there


@dataclass
class Turn:
    """The engine's answer to one input."""

    replies: list[Reply]
    state: UserState
    effects: list[Event]
    visited: list[tuple[str, str]] = field(default_factory=list)  # (flow, step) entered, in order
    # (flow, step, exit) left, in order: "button:N", "branch:N" or "go" (the default); for coverage
    exits: list[tuple[str, str, str]] = field(default_factory=list)


def command_key(name: str) -> str:
    """The locale key describing a menu command (privacy commands live in the privacy section)."""
    return f"privacy.command_{name}" if name in PRIVACY_COMMANDS else f"command.{name}"


def privacy_intent(text: str) -> str | None:
    """'delete' or 'mydata' when free text asks to erase or to see what is stored, else None."""
    words = normalize(text)
    if not words or len(words) > 80:
        return None
    # The whole message, with a typo or two ("borar mis datos")...
    if process.extractOne(words, DELETE_PHRASES, scorer=fuzz.ratio, score_cutoff=90):
        return "delete"
    # ...or a short message around it ("please delete my data now"). Not for /mydata: "actualizar
    # mis datos" means change them (onboarding), not show them.
    if len(words.split()) <= 8 and any(f" {phrase} " in f" {words} " for phrase in DELETE_PHRASES):
        return "delete"
    if process.extractOne(words, MYDATA_PHRASES, scorer=fuzz.ratio, score_cutoff=90):
        return "mydata"
    return None


def callback_data(flow_id: str, step_id: str, index: int) -> str:
    """The data a button carries: where it was shown and which one it was."""
    return f"{flow_id}{CALLBACK_SEPARATOR}{step_id}{CALLBACK_SEPARATOR}{index}"


def parse_callback(data: str) -> tuple[str, str, int] | None:
    """Split callback data into (flow, step, index), or None when it is not ours."""
    parts = data.split(CALLBACK_SEPARATOR)
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    if len(parts) != 3 or not parts[2].isdecimal() or len(parts[2]) > 3:
        return None
    return parts[0], parts[1], int(parts[2])


def language_from_code(code: str | None) -> str:
    """Map a Telegram language_code to a supported language (es* -> Spanish, else English)."""
    return "es" if code and code.lower().startswith("es") else DEFAULT_LANGUAGE


class _Formatter(dict):
    """Leaves unknown placeholders as they are instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class ContentLoopError(RuntimeError):
    """The content moved through too many steps in one turn."""


class Engine:
    """Runs flows from loaded content. Create one per process and share it."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.entry_flows = entry_flows(content)
        # For /mydata: the label of each saved answer's option ("MX" -> country.name.MX), and date fields.
        self.option_labels: dict[tuple[str, str], str] = {}
        self.date_fields: set[str] = set()
        for flow in content.flows.values():
            for step in flow.steps.values():
                if step.ask is None:
                    continue
                if step.ask.type == "date":
                    self.date_fields.add(step.ask.into)
                for option in step.ask.options:
                    self.option_labels.setdefault((step.ask.into, repr(option.value)), option.text)

    # -- public ------------------------------------------------------------------------------

    def handle(self, state: UserState, event: Input, now: datetime) -> Turn:
        """Process one input for one user and return what to say, the new state and effects."""
        turn = _TurnBuilder(self, state.copy(), now)
        try:
            turn.dispatch(event)
        except ContentLoopError:
            # A content bug must not strand the user: say so and go home.
            turn.replies.clear()
            turn.say("common.content_error")
            turn.effects.append(Event("content_error", {"flow": state.flow, "step": state.step}))
            turn.state.flow = turn.state.step = None
            turn.start_flow("menu")
        return turn.result()

    def computed(self, state: UserState, now: datetime) -> dict[str, str]:
        """Placeholders the engine fills itself: emergency numbers, sources, coming reminders."""
        safety = self.content.safety
        number = safety.emergency_number(state.fields.get("country")) if safety else UNKNOWN_NUMBER
        return {
            "emergency_number": number,
            "emergency_numbers": self._numbers(state.language),
            "source_list": self._sources,
            "reminder_list": self._reminders(state, now),
            **self._template_preview(state),
        }

    def _template_preview(self, state: UserState) -> dict[str, str]:
        """The chosen broadcast template in both languages, for the staff member's preview."""
        template = self.content.templates.get(str(state.answers.get(TEMPLATE_ANSWER, "")))
        if template is None:
            return {}
        return {f"template_{lang}": self.content.text(template.text, lang) for lang in LANGUAGES}

    def _reminders(self, state: UserState, now: datetime) -> str:
        plans = self.content.plans
        coming = upcoming(plans, state.fields, now) if plans is not None else []
        if not coming:
            return self.text("reminders.none", state.language)
        return "\n".join(
            f"• {when:%d/%m %H:%M} — {self.text(event.text + '_title', state.language)}" for when, event in coming
        )

    @functools.cached_property
    def _sources(self) -> str:
        return "\n".join(f"• {s.title}" + (f" — {s.url}" if s.url else "") for s in self.content.sources.values())

    @functools.cache  # noqa: B019 - one engine per process; two languages
    def _numbers(self, language: str) -> str:
        safety = self.content.safety
        if safety is None:
            return UNKNOWN_NUMBER
        return "\n".join(f"• {self.text(f'country.name.{c.code}', language)}: {c.number}" for c in safety.countries)

    def text(self, key: str, language: str, values: dict[str, Any] | None = None) -> str:
        """A locale text in `language` (falling back to English) with placeholders filled."""
        raw = self.content.text(key, language)
        if not values or "{" not in raw:
            return raw
        try:
            return string.Formatter().vformat(raw, (), _Formatter(values))
        except (ValueError, IndexError):
            return raw


class _TurnBuilder:
    """Accumulates the replies, state changes and effects of one turn."""

    def __init__(self, engine: Engine, state: UserState, now: datetime) -> None:
        self.engine = engine
        self.content = engine.content
        self.state = state
        self.now = now
        self.replies: list[Reply] = []
        self.effects: list[Event] = []
        self.touched_medical = False
        self.visited: list[tuple[str, str]] = []
        self.exits: list[tuple[str, str, str]] = []

    def result(self) -> Turn:
        if self.touched_medical and self.replies:
            self.replies[-1].text += "\n\n" + self.render("common.disclaimer")
        return Turn(self.replies, self.state, self.effects, self.visited, self.exits)

    # -- rendering ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {**self.state.fields, **self.state.answers, **self.engine.computed(self.state, self.now)}

    def render(self, key: str) -> str:
        raw = self.content.text(key, self.state.language)
        if "{" not in raw:
            return raw  # most texts (every button label) have no placeholders: no values to work out
        return self.engine.text(key, self.state.language, self.values())

    def say(self, key: str, alone: bool = False) -> None:
        # A text that tells the patient to call the emergency number is never joined to another
        # message (see bundle): authors cannot forget to mark it, the placeholder marks it.
        urgent = alone or URGENT_PLACEHOLDER in self.content.text(key, self.state.language)
        self.replies.append(Reply(self.render(key), alone=urgent))

    def show_choices(self, flow: Flow, step: Step) -> None:
        views = [
            ButtonView(self.render(label), callback_data(flow.id, step.id, index))
            for index, (label, _) in enumerate(step.choices())
        ]
        if not views:
            return
        if not self.replies:
            self.say("common.choose")
        self.replies[-1].buttons = views

    # -- dispatch ----------------------------------------------------------------------------

    def dispatch(self, event: Input) -> None:
        if isinstance(event, Command):
            self.command(event)
        elif isinstance(event, Press):
            self.press(event.data)
        elif isinstance(event, Text):
            self.text(event.text)
        elif isinstance(event, Resume):
            self.reshow(full=True)
        else:
            self.say("common.only_text")
            self.reshow()

    def command(self, event: Command) -> None:
        name = event.name.lower()
        if name == "stop":
            self.stop()
            return
        if name == "delete":
            self.ask_erase()
            return
        if name == "mydata":
            self.my_data()
            return
        if name == "start":
            self.resume()
        flow_id = COMMANDS.get(name)
        if flow_id is None or flow_id not in self.content.flows:
            self.say("common.unknown_command")
            self.reshow()
            return
        self.start_flow(flow_id)

    def current(self) -> tuple[Flow, Step] | None:
        flow = self.content.flows.get(self.state.flow or "")
        step = flow.steps.get(self.state.step or "") if flow else None
        return (flow, step) if flow and step else None

    def reshow(self, full: bool = False) -> None:
        """Offer the current step's buttons again (with its text when `full`), or the menu if none."""
        where = self.current()
        if where is None or not where[1].waits:
            self.start_flow("menu")
            return
        flow, step = where
        self.mark_medical(flow)
        if full:
            for key in step.say:
                self.say(key)
        self.show_choices(flow, step)

    def stop(self) -> None:
        """STOP: no more reminders or broadcasts, at once, whatever the user was doing."""
        self.effects.append(Event("messages_stopped", {"flow": self.state.flow, "step": self.state.step}))
        self.say("stop.done")

    def resume(self) -> None:
        if self.state.fields.get("_status") == "stopped":
            self.effects.append(Event("messages_resumed"))
            self.say("stop.resumed")

    # -- privacy -----------------------------------------------------------------------------

    def ask_erase(self) -> None:
        """Ask before erasing; the Yes button carries the minute it was shown, so an old one asks again."""
        self.effects.append(Event("delete_requested"))
        minute = int(self.now.timestamp()) // 60
        yes = ButtonView(self.render("privacy.yes"), f"{PRIVACY_PREFIX}delete{CALLBACK_SEPARATOR}{minute}")
        no = ButtonView(self.render("privacy.no"), f"{PRIVACY_PREFIX}keep")
        self.replies.append(Reply(self.render("privacy.confirm"), [yes, no]))

    def erase_press(self, action: str) -> None:
        """Yes (recent): the ERASE effect, and the goodbye in the user's language. No: carry on."""
        name, _, minute = action.partition(CALLBACK_SEPARATOR)
        if name == "keep":
            self.effects.append(Event("delete_cancelled"))
            self.say("privacy.kept")
            self.reshow()
            return
        if name != "delete":
            self.stale(PRIVACY_PREFIX + action)
            return
        shown = int(minute) if minute.isdecimal() and len(minute) <= 12 else None
        if shown is None or not 0 <= int(self.now.timestamp()) // 60 - shown <= CONFIRM_MINUTES:
            self.say("privacy.expired")
            self.ask_erase()
            return
        self.effects.append(Event(ERASE))
        # Staff membership is the clinic's record and stays (see bot/privacy.py): say so.
        self.say("privacy.deleted_staff" if self.state.fields.get("_staff_clinic_id") else "privacy.deleted")

    def my_data(self) -> None:
        """Everything stored about the user, in plain words; counts come from Conversations as '_' fields."""
        self.effects.append(Event("data_shown"))
        state, fields = self.state, self.state.fields
        language = {"en": "language.english", "es": "language.spanish"}.get(state.language, "language.english")
        lines = [self.item("language", self.render(language))]
        order = ("treatment_date", "treatment", "country", "timezone", "reminders_on", "clinic_name")
        saved = sorted(
            (name for name in fields if not name.startswith("_")),
            key=lambda name: (order.index(name) if name in order else len(order), name),
        )
        for name in saved:
            lines.append(self.item(name, self.field_text(name, fields[name])))
        if not saved:
            lines.append("• " + self.render("privacy.nothing"))
        flow = self.content.flows.get(state.flow or "")
        values = self.values()
        if flow is not None and flow.title:
            values["flow_title"] = self.render(flow.title)
            lines.append("• " + self.engine.text("privacy.where", state.language, values))
        if state.answers:
            values["answers_count"] = len(state.answers)
            lines.append("• " + self.engine.text("privacy.answers", state.language, values))
        if fields.get("_status") in ("active", "stopped"):
            lines.append("• " + self.render(f"privacy.status_{fields['_status']}"))
        if isinstance(fields.get("_events"), int) and fields["_events"] > 0:
            lines.append("• " + self.render("privacy.events"))
        if isinstance(fields.get("_pending_reminders"), int):
            lines.append("• " + self.render("privacy.pending"))
        values["data_list"] = "\n".join(lines)
        self.replies.append(Reply(self.engine.text("privacy.mydata", state.language, values)))
        self.reshow()

    def item(self, name: str, value: str) -> str:
        key = f"privacy.field.{name}"
        known = key in self.content.texts.get(self.state.language, {}) or key in self.content.texts.get(
            DEFAULT_LANGUAGE, {}
        )
        return f"• {self.render(key) if known else name}: {value}"

    def field_text(self, name: str, value: Any) -> str:
        """A stored value as a person reads it: option labels, yes/no, dates as dd/mm/yyyy."""
        if isinstance(value, bool):
            return self.render("common.yes" if value else "common.no")
        label = self.engine.option_labels.get((name, repr(value)))
        if label is not None:
            return self.render(label)
        if name in self.engine.date_fields and isinstance(value, str):
            try:
                return date.fromisoformat(value).strftime("%d/%m/%Y")
            except ValueError:
                pass
        return str(value)[:200]

    def press(self, data: str) -> None:
        if data.startswith(PRIVACY_PREFIX):
            self.erase_press(data[len(PRIVACY_PREFIX) :])
            return
        if data.startswith(OPEN_PREFIX) and data[len(OPEN_PREFIX) :] in self.engine.entry_flows:
            self.start_flow(data[len(OPEN_PREFIX) :])
            return
        parsed = parse_callback(data)
        where = self.current()
        if parsed is None or where is None or (parsed[0], parsed[1]) != (where[0].id, where[1].id):
            self.stale(data)
            return
        flow, step = where
        choices = step.choices()
        if parsed[2] >= len(choices):
            self.stale(data)
            return
        self.choose(flow, step, choices[parsed[2]][1])

    def stale(self, data: str) -> None:
        self.effects.append(Event("stale_press", {"data": data[:64]}))
        self.say("common.stale")
        self.reshow(full=True)

    def choose(self, flow: Flow, step: Step, choice: Button | Option) -> None:
        if isinstance(choice, Option):
            assert step.ask is not None
            self.answer(flow, step, step.ask, choice.value)
            return
        index = next((i for i, b in enumerate(step.buttons) if b is choice), None)
        if index is not None:
            self.exits.append((flow.id, step.id, f"button:{index}"))
        self.apply_settings(choice.set)
        self.go(flow, choice.target)

    def text(self, raw: str) -> None:
        text = raw.strip()
        if not text:
            self.say("common.empty")
            self.reshow()
            return
        words = normalize(text)
        if words in STOP_WORDS or text.lower() == "/stop":
            self.stop()
            return
        if words in START_WORDS:
            self.resume()
            self.start_flow("menu")
            return
        if not self.composing() and self.alarm(text):
            return
        # After red flags ("delete my data, I can't breathe" gets the emergency first), before flows.
        intent = None if self.composing() else privacy_intent(text)
        if intent == "delete":
            self.ask_erase()
            return
        if intent == "mydata":
            self.my_data()
            return
        where = self.current()
        if where is not None:
            flow, step = where
            if step.ask is not None:
                self.typed_answer(flow, step, step.ask, text)
                return
            choice = self.match_choice(step, text)
            if choice is not None:
                self.choose(flow, step, choice)
                return
        router = self.content.router
        flow_id = router.route(text) if router is not None else None
        if flow_id is not None and flow_id in self.content.flows:
            self.effects.append(Event("routed", {"flow": flow_id}))
            self.start_flow(flow_id)
            return
        self.effects.append(Event("not_understood", {"flow": self.state.flow, "step": self.state.step}))
        self.say("common.not_understood")
        self.start_flow("menu")

    def composing(self) -> bool:
        """True while staff type a broadcast: "fever" in it is advice to patients, not a symptom."""
        where = self.current()
        if where is None or where[0].id not in COMPOSE_FLOWS:
            return False
        return where[1].ask is not None and where[1].ask.type == "text"

    def alarm(self, text: str) -> bool:
        """Red flags first, whatever the user was doing: the emergency instruction, alone and short."""
        safety = self.content.safety
        if safety is None:
            return False
        found = safety.check(text)
        if found is None:
            return False
        data = {"sign": found.sign, "level": found.level, "flow": self.state.flow, "step": self.state.step}
        if found.level == "emergency":
            self.effects.append(Event("red_flag", data))
            self.say(self.sign_key(found.sign, "safety.emergency"), alone=True)
            # Then offer to go on from where they were, without repeating the whole step.
            self.say("safety.continue")
            self.reshow()
            return True
        if self.state.flow == CHECK_FLOW:
            return False  # already answering the warning-sign check: let the answer through
        self.effects.append(Event("warning_sign", data))
        self.say(self.sign_key(found.sign, "safety.urgent"), alone=True)
        self.start_flow(CHECK_FLOW if CHECK_FLOW in self.content.flows else "menu")
        return True

    def sign_key(self, sign: str, fallback: str) -> str:
        key = f"safety.{sign}"
        return (
            key
            if key in self.content.texts.get(self.state.language, {})
            or key in self.content.texts.get(DEFAULT_LANGUAGE, {})
            else fallback
        )

    def match_choice(self, step: Step, text: str) -> Button | Option | None:
        """A typed number or label that picks one of the step's buttons."""
        choices = step.choices()
        if not choices:
            return None
        if text.isdecimal() and len(text) <= 3 and 1 <= int(text) <= len(choices):
            return choices[int(text) - 1][1]
        wanted = normalize(text)
        if not wanted:
            return None
        labels = [normalize(self.render(label)) for label, _ in choices]
        # A few words may be part of a label ("joint"); a longer message is a question, not a button.
        scorer = fuzz.WRatio if len(wanted.split()) <= 4 else fuzz.ratio
        best = process.extractOne(wanted, labels, scorer=scorer, score_cutoff=86)
        return choices[best[2]][1] if best else None

    # -- answers -----------------------------------------------------------------------------

    def typed_answer(self, flow: Flow, step: Step, ask: Ask, text: str) -> None:
        if ask.type in ("choice", "yes_no") or step.buttons:
            choice = self.match_choice(step, text)
            if choice is not None:
                self.choose(flow, step, choice)
                return
        value, error = parse_answer(ask, text, self.now, self.choice_labels(step))
        if error is not None:
            self.effects.append(Event("invalid_answer", {"flow": flow.id, "step": step.id, "type": ask.type}))
            self.say(ask.invalid or error)
            self.mark_medical(flow)
            self.show_choices(flow, step)
            return
        self.answer(flow, step, ask, value)

    def choice_labels(self, step: Step) -> list[str]:
        return [self.render(label) for label, _ in step.choices()]

    def answer(self, flow: Flow, step: Step, ask: Ask, value: Any) -> None:
        self.state.answers[ask.into] = value
        if ask.save:
            self.state.fields[ask.into] = value
        self.effects.append(Event("answer", {"flow": flow.id, "step": step.id, "name": ask.into, "value": value}))
        target = self.exit_of(flow, step)
        if target is None:  # a question with nowhere to go: show it again rather than strand the user
            self.reshow()
            return
        self.go(flow, target)

    # -- movement ----------------------------------------------------------------------------

    def exit_of(self, flow: Flow, step: Step) -> Target | None:
        for index, branch in enumerate(step.branches):
            if self.holds(branch.when):
                self.exits.append((flow.id, step.id, f"branch:{index}"))
                return branch.target
        if step.next is not None:
            self.exits.append((flow.id, step.id, "go"))
        return step.next

    def go(self, flow: Flow, target: Target) -> None:
        if target.flow:
            self.start_flow(target.flow)
        elif target.step:
            self.enter(flow.id, target.step)

    def start_flow(self, flow_id: str) -> None:
        flow = self.content.flows.get(flow_id) or self.content.flows["menu"]
        self.state.answers = {}
        self.effects.append(Event("flow_started", {"flow": flow.id}))
        self.enter(flow.id, flow.start)

    def mark_medical(self, flow: Flow) -> None:
        if flow.medical:
            self.touched_medical = True

    def enter(self, flow_id: str, step_id: str) -> None:
        """Enter a step and keep moving through steps that do not wait for the user."""
        for _ in range(MAX_HOPS):
            flow = self.content.flows[flow_id]
            step = flow.steps[step_id]
            self.state.flow, self.state.step = flow_id, step_id
            self.visited.append((flow_id, step_id))
            self.mark_medical(flow)
            self.apply_settings(step.set)
            for key in step.say:
                self.say(key)
            if step.log is not None:
                self.effects.append(Event(step.log.event, {"flow": flow_id, "step": step_id, **self.log_data(step)}))
            if step.end:
                self.effects.append(Event("flow_finished", {"flow": flow_id, "step": step_id}))
            if step.waits:
                self.show_choices(flow, step)
                return
            target = self.exit_of(flow, step)
            if target is None:
                return
            if target.flow:
                flow_id = target.flow if target.flow in self.content.flows else "menu"
                step_id = self.content.flows[flow_id].start
                self.state.answers = {}
                self.effects.append(Event("flow_started", {"flow": flow_id}))
            else:
                step_id = target.step or step_id
        raise ContentLoopError(f"more than {MAX_HOPS} steps in one turn from {flow_id}/{step_id}")

    def log_data(self, step: Step) -> dict[str, Any]:
        """A step's log data; a value written as "{name}" records that answer or field (None if absent)."""
        assert step.log is not None
        values = {**self.state.fields, **self.state.answers}
        data = {}
        for name, value in step.log.data.items():
            match = _REFERENCE.match(value) if isinstance(value, str) else None
            data[name] = values.get(match.group(1)) if match else value
        return data

    def apply_settings(self, settings: dict[str, Any]) -> None:
        for name, value in settings.items():
            if name == "language":
                if value in LANGUAGES and value != self.state.language:
                    self.state.language = value
                    self.effects.append(Event("language_changed", {"language": value}))
            else:
                self.state.fields[name] = value

    # -- conditions --------------------------------------------------------------------------

    def holds(self, cond: Condition) -> bool:
        if cond.all:
            return all(self.holds(c) for c in cond.all)
        if cond.any:
            return any(self.holds(c) for c in cond.any)
        if cond.negate is not None:
            return not self.holds(cond.negate)
        source = self.state.answers if cond.subject == "answer" else self.state.fields
        present = cond.name in source and source[cond.name] is not None
        if cond.op == "set":
            return present == cond.operand.value
        if not present:
            return False
        actual = source[cond.name]
        expected = cond.operand.value
        if cond.operand.field is not None:
            expected = self.state.fields.get(cond.operand.field, expected)
        return compare(actual, cond.op, expected)


def entry_flows(content: Content) -> frozenset[str]:
    """Flows a user may open from anywhere: those the commands and the menu lead to, step by step."""
    found: set[str] = set()
    todo = [flow for flow in (*COMMANDS.values(), "menu") if flow in content.flows]
    while todo:
        flow_id = todo.pop()
        if flow_id in found:
            continue
        found.add(flow_id)
        for step in content.flows[flow_id].steps.values():
            targets = [b.target for b in step.buttons] + [b.target for b in step.branches]
            targets += [step.next] if step.next else []
            todo.extend(t.flow for t in targets if t.flow and t.flow in content.flows)
    return frozenset(found)


def compare(actual: Any, op: str, expected: Any) -> bool:
    """Apply one comparison; values of incomparable types never match."""
    try:
        if op == "eq":
            return actual == expected
        if op == "ne":
            return actual != expected
        if op == "in":
            return actual in expected
        if op == "lt":
            return actual < expected
        if op == "lte":
            return actual <= expected
        if op == "gt":
            return actual > expected
        if op == "gte":
            return actual >= expected
    except TypeError:
        return False
    return False


# ---- answer parsing ---------------------------------------------------------------------------

_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")
_FAHRENHEIT = re.compile(r"(°\s*f\b|\bf\b|fahrenheit|farenheit|\d\s*f\b)")


def parse_answer(ask: Ask, text: str, now: datetime, labels: list[str]) -> tuple[Any, str | None]:
    """Parse typed text for a question; returns (value, None) or (None, error locale key)."""
    kind = ask.type
    if kind == "yes_no":
        words = normalize(text).split()
        if words and words[0] in YES_WORDS:
            return True, None
        if words and words[0] in NO_WORDS:
            return False, None
        return None, "common.invalid.yes_no"
    if kind == "number":
        match = _NUMBER.search(text)
        if not match:
            return None, "common.invalid.number"
        value = float(match.group().replace(",", "."))
        if (ask.min is not None and value < ask.min) or (ask.max is not None and value > ask.max):
            return None, "common.invalid.range"
        return (int(value) if value.is_integer() else value), None
    if kind == "temperature":
        celsius = parse_temperature(text)
        if celsius is None:
            return None, "common.invalid.temperature"
        return celsius, None
    if kind == "date":
        parsed = parse_date(text, now)
        if parsed is None:
            return None, "common.invalid.date"
        offset = (parsed - now.date()).days
        if (ask.min is not None and offset < ask.min) or (ask.max is not None and offset > ask.max):
            return None, "common.invalid.range"
        return parsed.isoformat(), None
    if kind == "choice":
        return None, "common.invalid.choice"
    if len(text) > MAX_TEXT_ANSWER:
        return None, "common.invalid.text"
    return text, None


def parse_temperature(text: str) -> float | None:
    """A body temperature in °C from '38.5', '38,5 C', '101 F' or '101°F'; None if implausible."""
    match = _NUMBER.search(text)
    if not match:
        return None
    value = float(match.group().replace(",", "."))
    fahrenheit = bool(_FAHRENHEIT.search(text.lower())) or value > 50
    celsius = (value - 32) * 5 / 9 if fahrenheit else value
    if not 30.0 <= celsius <= 45.0:
        return None
    return round(celsius, 1)


def warm_up_dates() -> None:
    """Import dateparser and parse a date in each language, so the first patient's date answer does not wait.

    Its first use loads modules and language data (about 0.3 s, measured in the issue), which on the
    event loop would stall every chat; `cuida run` calls this in a thread before taking updates.
    """
    now = datetime(2026, 1, 15)
    parse_date("yesterday", now)
    parse_date("hace 3 días", now)
    parse_date("20/11/2025", now)


def parse_date(text: str, now: datetime) -> date | None:
    """A calendar date from text in English or Spanish ('yesterday', 'hace 3 días', '20/11/2026')."""
    import dateparser  # imported on first use: it is large and most turns never parse a date

    settings = {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(text, languages=["es", "en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None
