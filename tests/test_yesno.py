"""Typed answers to yes/no questions in both languages: the parser's rules and how the engine uses them."""

from __future__ import annotations

import copy
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.content import Ask, Content
from bot.core.engine import Engine, Text, UserState, parse_answer
from bot.core.safety import Alarm
from bot.core.yesno import NO, UNSURE, YES, parse_yes_no
from tests.conftest import NOW

# (typed, what it says, the rest) — the same kinds of reply in both languages.
TABLE_ES = [
    ("sí", YES, ""),
    ("Si", YES, ""),
    ("si claro", YES, ""),
    ("claro", YES, ""),
    ("sip", YES, ""),
    ("siii", YES, ""),
    ("creo que sí", YES, ""),
    ("un poco", YES, ""),
    ("algo", YES, ""),
    ("bueno, sí, un poco", YES, ""),
    ("sí, está roja y caliente", YES, "está roja y caliente"),
    ("no", NO, ""),
    ("nop", NO, ""),
    ("No.", NO, ""),
    ("para nada", NO, ""),
    ("no, no, para nada", NO, ""),
    ("no, pero ahora tengo fiebre", NO, "pero ahora tengo fiebre"),
    ("no sé", UNSURE, ""),
    ("no se", UNSURE, ""),
    ("No lo sé", UNSURE, ""),
    ("yo no sé", UNSURE, ""),
    ("ni idea", UNSURE, ""),
    ("nose", UNSURE, ""),
    ("no estoy segura", UNSURE, ""),
    ("no estoy muy seguro", UNSURE, ""),
    ("quizás", UNSURE, ""),
    ("tal vez", UNSURE, ""),
    ("puede ser", UNSURE, ""),
    ("a lo mejor", UNSURE, ""),
    ("no me acuerdo", UNSURE, ""),
    ("no sé, la verdad", UNSURE, "la verdad"),
    ("no, no sé", UNSURE, "no sé"),
]
TABLE_EN = [
    ("yes", YES, ""),
    ("Yes!", YES, ""),
    ("yeah", YES, ""),
    ("yep", YES, ""),
    ("of course", YES, ""),
    ("I think so", YES, ""),
    ("a bit", YES, ""),
    ("a little", YES, ""),
    ("um yes", YES, ""),
    ("yes, it is red and hot", YES, "it is red and hot"),
    ("no", NO, ""),
    ("nope", NO, ""),
    ("Nooo", NO, ""),
    ("not really", NO, ""),
    ("not at all", NO, ""),
    ("no, but now I have a fever", NO, "but now I have a fever"),
    ("not sure", UNSURE, ""),
    ("not really sure", UNSURE, ""),
    ("I'm not sure", UNSURE, ""),
    ("dunno", UNSURE, ""),
    ("idk", UNSURE, ""),
    ("I don't know", UNSURE, ""),
    ("I dont really know", UNSURE, ""),
    ("no idea", UNSURE, ""),
    ("maybe", UNSURE, ""),
    ("perhaps", UNSURE, ""),
    ("could be", UNSURE, ""),
    ("I can't tell", UNSURE, ""),
    ("no... not sure", UNSURE, "not sure"),
]


@pytest.mark.parametrize(("typed", "says", "rest"), TABLE_ES + TABLE_EN, ids=lambda v: str(v))
def test_reads_yes_no_and_unsure(typed: str, says: str, rest: str) -> None:
    heard = parse_yes_no(typed)
    assert (heard.value, heard.rest) == (says, rest)


@pytest.mark.parametrize("typed", ["creo que no", "no creo", "I don't think so", "probably not"])
def test_a_doubtful_no_is_unsure_only_where_it_matters(typed: str) -> None:
    heard = parse_yes_no(typed)
    assert heard.reading(safety=False) == NO
    assert heard.reading(safety=True) == UNSURE


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "😭",
        "está roja",
        "right knee",
        "y también me duele",  # Spanish "y" is "and", not a yes
        "no chest pain, just tired",  # the "no" belongs to "chest pain": not an answer to this question
        "no me duele",
    ],
)
def test_not_an_answer(typed: str) -> None:
    assert parse_yes_no(typed).value is None


@pytest.mark.parametrize(("typed", "rest"), [("no tengo fiebre", "no tengo fiebre"), ("sí está roja", "sí está roja")])
def test_an_answer_run_into_other_words_keeps_them_all(typed: str, rest: str) -> None:
    # Without a comma the answer and the words after it are one clause: the rest is all of it.
    assert parse_yes_no(typed).rest == rest


UNSURE_MARKERS = [
    "no sé",
    "no se",
    "No lo sé",
    "ni idea",
    "no estoy segura",
    "quizás",
    "tal vez",
    "puede ser",
    "dunno",
    "not sure",
    "not really sure",
    "I don't know",
    "idk",
    "maybe",
    "no idea",
]
_FREE = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
_WORDY = st.lists(st.sampled_from(["no", "sí", "yes", "nope", "para nada", "not really", ",", "pero", "but", "."]))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=st.one_of(_FREE, _WORDY.map(" ".join)),
    marker=st.sampled_from(UNSURE_MARKERS),
    after=st.one_of(_FREE, _WORDY.map(" ".join)),
)
def test_a_reply_saying_not_sure_is_never_read_as_no(before: str, marker: str, after: str) -> None:
    heard = parse_yes_no(f"{before} {marker} {after}")
    assert heard.value != NO
    assert heard.reading(safety=True) != NO


def test_yes_no_questions_read_unsure_by_whether_it_is_a_safety_question() -> None:
    plain = Ask(type="yes_no", into="x")
    safety = Ask(type="yes_no", into="x", safety=True)
    now = datetime(2026, 11, 21)
    assert parse_answer(plain, "no sé", now, []) == (None, "common.invalid.unsure")
    assert parse_answer(safety, "no sé", now, []) == (True, None)
    assert parse_answer(safety, "creo que no", now, []) == (True, None)
    assert parse_answer(plain, "creo que no", now, []) == (False, None)
    assert parse_answer(plain, "si claro", now, []) == (True, None)
    assert parse_answer(plain, "dunno", now, []) == (None, "common.invalid.unsure")


# ---- in the engine ----------------------------------------------------------------------------


def at(step: str, language: str, flow: str = "infection_check") -> UserState:
    state = UserState(user_id=9, language=language)
    state.flow, state.step = flow, step
    return state


@pytest.mark.parametrize(
    ("language", "typed"),
    [("es", "no sé"), ("es", "no se"), ("es", "creo que no"), ("en", "dunno"), ("en", "not really sure")],
)
def test_typed_unsure_at_the_emergency_screen_counts_as_yes(engine: Engine, language: str, typed: str) -> None:
    turn = engine.handle(at("emergency", language), Text(typed), NOW)
    assert turn.state.step == "out_emergency"
    answer = next(e.data for e in turn.effects if e.kind == "answer")
    assert answer["value"] == "unsure" and answer["heard"] == "unsure"


@pytest.mark.parametrize(("language", "typed"), [("es", "no"), ("en", "nope"), ("es", "para nada")])
def test_a_plain_no_moves_on(engine: Engine, language: str, typed: str) -> None:
    turn = engine.handle(at("emergency", language), Text(typed), NOW)
    assert turn.state.step == "days"
    assert turn.state.answers["emergency"] == "no"


@pytest.mark.parametrize(
    ("language", "typed", "rest"),
    [
        ("es", "sí, está roja y caliente", "está roja y caliente"),
        ("en", "yes, it is red and warm", "it is red and warm"),
    ],
)
def test_a_yes_with_more_keeps_the_more(engine: Engine, language: str, typed: str, rest: str) -> None:
    turn = engine.handle(at("redness", language), Text(typed), NOW)
    assert turn.state.answers["redness"] == "yes" and turn.state.step == "streak"
    answer = next(e.data for e in turn.effects if e.kind == "answer")
    assert answer["rest"] == rest


@pytest.mark.parametrize(("language", "typed"), [("es", "no sé"), ("en", "maybe")])
def test_unsure_where_nothing_is_at_stake_asks_again_kindly(engine: Engine, language: str, typed: str) -> None:
    turn = engine.handle(at("wants", language, flow="onboarding"), Text(typed), NOW)
    assert turn.state.step == "wants" and "reminders_on" not in turn.state.fields
    assert turn.replies[0].text == engine.text("common.invalid.unsure", language)
    assert [b.label for b in turn.replies[-1].buttons] == [
        engine.text(k, language) for k in ("common.yes", "common.no")
    ]


@pytest.mark.parametrize(("language", "typed"), [("es", "sí claro"), ("en", "yeah")])
def test_a_yes_to_reminders(engine: Engine, language: str, typed: str) -> None:
    turn = engine.handle(at("wants", language, flow="onboarding"), Text(typed), NOW)
    assert turn.state.fields["reminders_on"] is True


class _ContextRules:
    """The shipped red flags, as a layer that reads a leading "no" as negating the whole message would."""

    def __init__(self, real: object) -> None:
        self.real = real

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    def check(self, text: str) -> Alarm | None:
        return self.assess(text)[0]

    def assess(self, text: str) -> tuple[Alarm | None, Alarm | None]:
        if text.lower().startswith("no"):
            return None, None
        return self.real.assess(text)  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize(
    ("language", "typed"),
    [("es", "no, pero ahora no puedo respirar"), ("en", "no, but now I can't breathe")],
)
def test_the_rest_of_an_answer_goes_through_the_red_flags(content: Content, language: str, typed: str) -> None:
    patched = copy.copy(content)
    patched.safety = _ContextRules(content.safety)  # type: ignore[assignment]
    engine = Engine(patched)
    turn = engine.handle(at("fever", language), Text(typed), NOW)
    # The answer is kept and the check goes on, but the emergency instruction comes first, alone.
    assert turn.state.answers["fever"] == "no" and turn.state.step == "redness"
    assert turn.replies[0].alone and "911" in turn.replies[0].text
    assert [e.kind for e in turn.effects if e.kind in ("answer", "red_flag")] == ["answer", "red_flag"]
    assert turn.replies[-1].buttons and turn.replies[-1].buttons[0].data.startswith("infection_check|redness|")
    assert sum(1 for r in turn.replies if r.buttons) == 1
    texts = "\n".join(r.text for r in turn.replies)
    assert engine.text("check.ask_redness", language) in texts
