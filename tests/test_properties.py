"""Property-based tests: random text, random button data and random sequences of every kind of
input, from any step of any shipped flow, through the pure engine. Whatever arrives, the engine
raises nothing and leaves a valid state with sendable replies.

Deterministic by default (the same examples every run, so CI is repeatable and its time known);
`CUIDA_HYPOTHESIS=explore` draws new random examples, many more of them, for a longer hunt.
The same properties through the Telegram adapter are in tests/test_hostile.py.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.checks import TELEGRAM_CALLBACK_LIMIT, TELEGRAM_TEXT_LIMIT
from bot.core.content import LANGUAGES, Content
from bot.core.engine import (
    CALLBACK_SEPARATOR,
    COMMANDS,
    OPEN_PREFIX,
    PRIVACY_COMMANDS,
    PRIVACY_PREFIX,
    Command,
    Engine,
    Input,
    Media,
    Press,
    Resume,
    Text,
    Turn,
    UserState,
)
from tests.conftest import NOW, ROOT

EXPLORE = os.environ.get("CUIDA_HYPOTHESIS") == "explore"


def profile(examples: int) -> settings:
    """`examples` fixed examples (or ten times as many random ones when exploring)."""
    return settings(
        max_examples=examples * 10 if EXPLORE else examples,
        derandomize=not EXPLORE,
        database=None,  # nothing written to .hypothesis/
        deadline=None,  # a date question runs dateparser: slow on the first call
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# ---- strategies ------------------------------------------------------------------------------------

# Characters that break naive code: controls, NUL, right-to-left marks and overrides, zero-width
# joiners and spaces, combining accents, surrogate-free emoji with modifiers, separators.
ODD = (
    "\x00\x01\x07\x08\x1b\x7f\t\r\n\u0085\u2028\u2029"
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2069"
    "\u0301\u0303\u0308ا ب ש ח"
    "😀👍🏽👨‍👩‍👧🩺💥🇲🇽"
    "|/@{}<>&%$#\\\"'`²٣1234567890.,-"
)
# Words that reach the engine's features: red flags, STOP/START, numbers, dates, yes/no, privacy.
WORDS = [
    "yes",
    "no",
    "sí",
    "1",
    "2",
    "3",
    "38.5",
    "101 F",
    "yesterday",
    "hace 3 días",
    "20/11/2026",
    "fever",
    "fiebre",
    "pus",
    "chest pain",
    "no puedo respirar",
    "I can't breathe",
    "STOP",
    "baja",
    "START",
    "delete my data",
    "borrar mis datos",
    "mis datos",
    "menu",
    "/start",
    "/delete",
    "English",
    "Español",
]

texts = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=ODD, max_size=40),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=ODD, max_size=3)), max_size=6).map(" ".join),
    # Huge: Telegram's maximum and beyond, made of a random piece repeated.
    st.builds(
        lambda piece, size: (piece * size)[:size],
        st.text(alphabet=ODD + "ab ", min_size=1, max_size=8),
        st.sampled_from([TELEGRAM_TEXT_LIMIT, 5000]),
    ),
)


def callback_datas(content: Content) -> st.SearchStrategy[str]:
    """Random, malformed, forged and plausible button data."""
    steps = [(f, s) for f in sorted(content.flows) for s in sorted(content.flows[f].steps)]
    plausible = st.builds(
        lambda fs, index: f"{fs[0]}{CALLBACK_SEPARATOR}{fs[1]}{CALLBACK_SEPARATOR}{index}",
        st.sampled_from(steps),
        st.one_of(st.integers(-2, 30).map(str), st.sampled_from(["", "²", "٣", "1e3", "0x1", "9" * 50, " 1"])),
    )
    return st.one_of(
        st.binary(max_size=80).map(lambda b: b.decode("utf-8", errors="replace")),
        st.text(alphabet="|0123456789abcdefghij_", max_size=80),
        st.text(max_size=300),
        plausible,
        st.builds(lambda tail: PRIVACY_PREFIX + tail, st.text(alphabet="|delt0123456789kp", max_size=30)),
        st.builds(lambda flow: OPEN_PREFIX + flow, st.sampled_from([*sorted(content.flows), "", "nope", "|"])),
    )


COMMAND_NAMES = [*COMMANDS, *PRIVACY_COMMANDS, "stop", "START", "Delete", "frobnicate", "", "a" * 40]


def commands() -> st.SearchStrategy[Command]:
    return st.builds(Command, st.one_of(st.sampled_from(COMMAND_NAMES), st.text(max_size=10)), st.text(max_size=30))


def start_states(content: Content) -> st.SearchStrategy[UserState]:
    """Any user at any step of any flow (or nowhere), in either language, with plausible fields."""
    places = [(None, None)] + [(f, s) for f in sorted(content.flows) for s in sorted(content.flows[f].steps)]
    field_values = st.fixed_dictionaries(
        {},
        optional={
            "treatment_date": st.sampled_from(["2026-11-20", "2025-01-01", "garbage"]),
            "treatment": st.sampled_from(["joint", "iv", "spine", "other", 3]),
            "country": st.sampled_from(["MX", "US", "ES", "OTHER", "ZZ"]),
            "reminders_on": st.booleans(),
            "clinic_name": st.text(max_size=20),
            "fever_threshold_c": st.sampled_from([37.5, 38.5]),
            "_status": st.sampled_from(["active", "stopped", "blocked"]),
            "_staff_clinic_id": st.just(1),
            "_staff_clinic_name": st.just("Clínica Sol"),
            "_recipients": st.integers(0, 5),
            "_events": st.integers(0, 10**6),
            "_pending_reminders": st.integers(0, 9),
        },
    )
    return st.builds(
        lambda place, language, fields: UserState(
            user_id=1, language=language, flow=place[0], step=place[1], fields=dict(fields)
        ),
        st.sampled_from(places),
        st.sampled_from(LANGUAGES),
        field_values,
    )


# ---- the invariants ---------------------------------------------------------------------------------


def check_turn(turn: Turn, content: Content) -> None:
    """A valid state and replies Telegram accepts."""
    state = turn.state
    if state.flow is None or state.step is None:
        assert state.flow is None and state.step is None, (state.flow, state.step)
    else:
        assert state.flow in content.flows and state.step in content.flows[state.flow].steps, (state.flow, state.step)
    assert state.language in LANGUAGES
    json.dumps(state.answers, allow_nan=False)
    json.dumps({k: v for k, v in state.fields.items() if not k.startswith("_")}, allow_nan=False)
    for event in turn.effects:
        json.dumps(event.data, default=str)
    assert turn.replies, "every input gets an answer"
    for reply in turn.replies:
        assert reply.text.strip(), "an empty message is refused by Telegram"
        assert len(reply.text) <= TELEGRAM_TEXT_LIMIT, len(reply.text)
        for button in reply.buttons:
            assert button.label.strip()
            assert 1 <= len(button.data.encode()) <= TELEGRAM_CALLBACK_LIMIT, button.data


# The engine over the shipped content, built once for all examples (hypothesis and function-scoped
# fixtures do not mix).
def _engine() -> Engine:
    from bot.core import checks

    content, _ = checks.check_root(ROOT)
    return Engine(content)


ENGINE = _engine()
CONTENT = ENGINE.content


@profile(300)
@given(start_states(CONTENT), texts)
def test_any_text_from_any_step(state: UserState, text: str) -> None:
    check_turn(ENGINE.handle(state, Text(text), NOW), CONTENT)


@profile(300)
@given(start_states(CONTENT), callback_datas(CONTENT))
def test_any_button_data_from_any_step(state: UserState, data: str) -> None:
    check_turn(ENGINE.handle(state, Press(data), NOW), CONTENT)


@profile(150)
@given(start_states(CONTENT), st.data())
def test_any_sequence_of_inputs(state: UserState, data: st.DataObject) -> None:
    """Commands, texts, presses (real buttons from the last answer, or junk), media and resumes."""
    now = NOW
    buttons: list[str] = []
    for _ in range(data.draw(st.integers(1, 12), label="length")):
        kind = data.draw(st.sampled_from(["press", "press", "text", "command", "junk", "media", "resume"]))
        event: Input
        if kind == "press" and buttons:
            event = Press(data.draw(st.sampled_from(buttons)))
        elif kind in ("press", "junk"):
            event = Press(data.draw(callback_datas(CONTENT)))
        elif kind == "text":
            event = Text(data.draw(texts))
        elif kind == "command":
            event = data.draw(commands())
        elif kind == "media":
            event = Media(data.draw(st.sampled_from(["sticker", "photo", "voice"])))
        else:
            event = Resume()
        now += timedelta(minutes=data.draw(st.integers(0, 90)))  # sometimes past a confirmation's hour
        turn = ENGINE.handle(state, event, now)
        check_turn(turn, CONTENT)
        # As the store would: "_" fields are per turn, everything else comes back next time.
        state = turn.state
        state.fields = {k: v for k, v in state.fields.items() if not k.startswith("_")}
        buttons = [b.data for r in turn.replies for b in r.buttons]


# Pieces of patients' stories: signs told, denied, over, asked about, in both languages. Joined in
# any order and with any punctuation they reach the red-flag rules' clause and sentence logic,
# where a denial in another sentence once raised a KeyError ("I had a fever on tuesday. No fever now").
_STORY_PIECES = [
    "I had a fever on tuesday",
    "no fever now",
    "my chest pain went away",
    "I can't breathe",
    "is it normal to faint after an IV",
    "the redness is spreading up my arm",
    "she doesn't know where she is",
    "my dad who passed years ago",
    "38.5 this morning",
    "36.8 now",
    "tuve fiebre el martes",
    "ya no tengo fiebre",
    "fue de 38,5",
    "se me quitó el dolor de pecho",
    "no puedo respirar",
    "¿es normal desmayarse después del suero?",
    "lo rojo se está extendiendo",
    "rojo? sí y crece",
    "hace un mes me inyectaron la cadera",
    "hoy en la mañana amaneció con la cara caída",
]
_SEPARATORS = [". ", ", ", "? ", " but ", " pero ", "\n", " y ", "... "]


@profile(150)
@given(
    st.lists(st.sampled_from(_STORY_PIECES), min_size=1, max_size=5),
    st.lists(st.sampled_from(_SEPARATORS), min_size=4, max_size=4),
)
def test_any_story_made_of_signs_told_denied_or_over(pieces: list[str], separators: list[str]) -> None:
    text = pieces[0] + "".join(sep + piece for sep, piece in zip(separators, pieces[1:], strict=False))
    check_turn(ENGINE.handle(UserState(1, language="en"), Text(text), NOW), CONTENT)


def test_a_denial_in_another_sentence_once_crashed_the_rules() -> None:
    """The case that raised a KeyError in the red-flag rules (commits db7e956 to eee5279)."""
    for text in ("I had a fever on tuesday. No fever now.", "ya no tengo fiebre. fue de 38,5"):
        turn = ENGINE.handle(UserState(1, language="en"), Text(text), NOW)
        check_turn(turn, CONTENT)
        assert [e.data.get("context") for e in turn.effects if e.kind == "alarm_info"] == ["resolved"], text


def test_digits_that_once_crashed_the_engine() -> None:
    """Found by the tests above: str.isdigit() accepts "²", which int() refuses, and int() refuses
    more than 4,300 digits. Kept as plain cases so they run whatever hypothesis draws."""
    at_menu = UserState(1, flow="menu", step="choose")
    for event in (Text("²"), Text("1" * 5000), Text("٣"), Press("menu|choose|²"), Press("menu|choose|٣")):
        check_turn(ENGINE.handle(at_menu, event, NOW), CONTENT)


def test_the_invariants_can_fail() -> None:
    """The checker is not vacuous: a broken turn is caught."""
    from bot.core.engine import ButtonView, Reply

    good = ENGINE.handle(UserState(1), Command("menu"), NOW)
    bad: list[Any] = [
        Turn([], good.state, []),
        Turn([Reply(" ")], good.state, []),
        Turn([Reply("x" * 4097)], good.state, []),
        Turn([Reply("x", [ButtonView("b", "d" * 65)])], good.state, []),
        Turn(good.replies, UserState(1, flow="menu", step=None), []),
        Turn(good.replies, UserState(1, flow="nope", step="x"), []),
        Turn(good.replies, UserState(1, language="fr"), []),
        Turn(good.replies, UserState(1, answers={"t": float("inf")}), []),
    ]
    for turn in bad:
        try:
            check_turn(turn, CONTENT)
        except (AssertionError, ValueError):
            continue
        raise AssertionError(f"not caught: {turn}")
