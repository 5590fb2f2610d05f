"""The engine on every shipped flow in both languages, and on the format's features."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core import checks
from bot.core.content import LANGUAGES, Content
from bot.core.engine import (
    OPEN_PREFIX,
    ButtonView,
    Command,
    Engine,
    Media,
    Press,
    Reply,
    Resume,
    Text,
    Turn,
    UserState,
    bundle,
    callback_data,
    parse_temperature,
)
from tests.conftest import NOW, ROOT

WALK_FIELDS = (
    {},
    {"treatment_date": "2026-11-20", "treatment": "joint", "country": "MX", "reminders_on": True},
    {"_staff_clinic_id": 1, "_staff_clinic_name": "Clínica Sol", "_recipients": 3},  # clinic staff (/broadcast)
    {"_join_clinic_id": 1, "clinic_name": "Clínica Sol"},  # arrived through a clinic invite link
)
# A valid typed answer for each kind of question, so the walk goes past questions too.
TYPED_SAMPLES = {"number": "3", "temperature": "38.5", "date": "yesterday", "text": "hello"}
# Further typed answers the walk also tries, for outcomes one sample cannot reach: a normal and a
# very low temperature (issue 13: a yes to fever is never "no warning signs"; under 36 °C is the clinic).
MORE_SAMPLES = {"temperature": ("37.4", "35.5")}


def open_flow(engine: Engine, state: UserState, flow_id: str) -> Turn:
    """Enter a flow at its start, as a menu button or a reminder would."""
    if flow_id in engine.entry_flows:
        return engine.handle(state, Press(OPEN_PREFIX + flow_id), NOW)
    state.flow, state.step = flow_id, engine.content.flows[flow_id].start
    return engine.handle(state, Resume(), NOW)


def start(engine: Engine, language: str, command: str = "start") -> Turn:
    return engine.handle(UserState(user_id=7, language=language), Command(command), NOW)


def topic(engine: Engine, language: str) -> Turn:
    """From /start, open the first-days topic through the side-effects submenu."""
    menu = start(engine, language)
    sub = press(engine, menu, "Side effects" if language == "en" else "Efectos secundarios")
    return press(engine, sub, "first days" if language == "en" else "primeros días")


def press(engine: Engine, turn: Turn, label: str) -> Turn:
    """Press the button whose label contains `label` on the last reply that has buttons."""
    buttons = [b for r in turn.replies for b in r.buttons]
    matches = [b for b in buttons if label in b.label]
    assert matches, f"no button with {label!r}; have {[b.label for b in buttons]}"
    return engine.handle(turn.state, Press(matches[0].data), NOW)


def all_text(turn: Turn) -> str:
    return "\n".join(r.text for r in turn.replies)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_flow_walks_in_both_languages(engine: Engine, content: Content, language: str) -> None:
    """Press every button of every reachable step of every flow; nothing breaks, every text is translated."""
    own = content.texts[language]
    for flow in content.flows.values():
        seen: set[tuple[str | None, str | None, str]] = set()
        # Enter each flow directly, as a new user and as one who has set up reminders.
        todo = [open_flow(engine, UserState(1, language, fields=dict(f)), flow.id).state for f in WALK_FIELDS]
        while todo:
            current = todo.pop()
            # Answers are part of where we are: a questionnaire reaches each outcome by different answers.
            key = (current.flow, current.step, json.dumps(current.answers, sort_keys=True))
            if key in seen or current.flow != flow.id:
                continue
            seen.add(key)
            assert len(seen) < 20_000, f"{flow.id}: too many paths to walk"
            shown = engine.handle(current, Resume(), NOW)
            assert shown.replies, f"{flow.id}/{current.step} says nothing"
            for reply in shown.replies:
                assert reply.text.strip()
                assert "{" not in reply.text, f"unfilled placeholder in {flow.id}/{current.step}: {reply.text!r}"
            step = content.flows[flow.id].steps[current.step or ""]
            if step.ask is not None and step.ask.type in TYPED_SAMPLES:
                for sample in (TYPED_SAMPLES[step.ask.type], *MORE_SAMPLES.get(step.ask.type, ())):
                    typed = engine.handle(current, Text(sample), NOW)
                    assert typed.state.step != current.step or step.next == current.step, (
                        f"{flow.id}/{step.id} refused {typed}"
                    )
                    todo.append(typed.state)
            for button in shown.replies[-1].buttons:
                after = engine.handle(current, Press(button.data), NOW)
                assert after.replies, f"pressing {button.label!r} in {flow.id}/{current.step} said nothing"
                assert "no longer available" not in all_text(after)
                todo.append(after.state)
        waiting = {s.id for s in flow.steps.values() if s.waits}
        reached = {step for _, step, _ in seen}
        assert waiting <= reached | {flow.start}, f"{flow.id}: steps never reached by buttons: {waiting - reached}"
        for key_name in [k for s in flow.steps.values() for k in s.say]:
            assert key_name in own, f"{key_name} has no {language} text"


@pytest.mark.parametrize(
    ("language", "greeting", "menu_word"),
    [("en", "Hi, I'm Cuida", "Side effects"), ("es", "Hola, soy Cuida", "Efectos secundarios")],
)
def test_start_greets_and_shows_menu(engine: Engine, language: str, greeting: str, menu_word: str) -> None:
    turn = start(engine, language)
    assert greeting in turn.replies[0].text
    assert any(menu_word in b.label for b in turn.replies[-1].buttons)
    assert (turn.state.flow, turn.state.step) == ("menu", "choose")
    assert [e.kind for e in turn.effects] == ["flow_started", "flow_started"]


def test_sample_flow_in_spanish(engine: Engine) -> None:
    turn = topic(engine, "es")
    # The medical disclaimer rides on the last message of the topic's first turn, once (issue 13).
    assert "no un diagnóstico" in turn.replies[-1].text
    turn = press(engine, turn, "Dolor en la zona")
    text = all_text(turn)
    assert "6 y 8 de cada 10" in text and "24 a 48 horas" in text
    assert "no un diagnóstico" not in text
    turn = press(engine, turn, "Cuándo pedir ayuda")
    assert "38 °C" in all_text(turn)
    assert any(e.kind == "flow_finished" for e in turn.effects)


def test_sample_flow_in_english(engine: Engine) -> None:
    first = topic(engine, "en")
    assert "not a diagnosis" in first.replies[-1].text
    turn = press(engine, first, "Fever and tiredness")
    assert "38 °C (100.4 °F)" in all_text(turn)
    assert "not a diagnosis" not in all_text(turn)  # once per topic (issue 13)
    again = press(engine, press(engine, turn, "Main menu"), "Side effects")
    assert "not a diagnosis" not in all_text(again)  # the menu is not a medical topic
    assert "not a diagnosis" in all_text(press(engine, again, "first days"))  # a new topic shows it again


def test_language_switch(engine: Engine) -> None:
    turn = press(engine, start(engine, "en"), "Language")
    turn = press(engine, turn, "Español")
    assert turn.state.language == "es"
    assert "Te escribiré en español" in all_text(turn)
    assert {"kind": "language_changed", "language": "es"} in [{"kind": e.kind, **e.data} for e in turn.effects]
    assert turn.state.flow == "menu"


def test_stale_and_forged_presses_reshow_current_step(engine: Engine) -> None:
    menu = start(engine, "en")
    inside = topic(engine, "en")
    old_menu_button = menu.replies[-1].buttons[1].data  # the menu is no longer on screen
    for data in (old_menu_button, "garbage", "immediate_effects|intro|99", "x" * 500, "", "menu|choose|-1"):
        turn = engine.handle(inside.state, Press(data), NOW)
        assert turn.replies[0].text.startswith("Sorry, that option is no longer available")
        assert (turn.state.flow, turn.state.step) == ("immediate_effects", "intro")
        assert turn.replies[-1].buttons == inside.replies[-1].buttons
        assert turn.effects[0].kind == "stale_press"


def test_typed_number_and_label_pick_buttons(engine: Engine) -> None:
    menu = start(engine, "es")
    by_number = engine.handle(menu.state, Text("4"), NOW)
    by_label = engine.handle(menu.state, Text("pastillas y suplementos de celulas madre"), NOW)
    assert by_number.state.flow == by_label.state.flow == "pills"


def test_text_not_understood_gets_the_menu(engine: Engine) -> None:
    inside = topic(engine, "en")
    turn = engine.handle(inside.state, Text("x" * 4000), NOW)
    assert turn.replies[0].text == "Sorry, I did not understand that. Please pick an option below."
    assert (turn.state.flow, turn.state.step) == ("menu", "choose") and turn.replies[-1].buttons


@pytest.mark.parametrize(
    ("language", "typed", "first_button"),
    [
        ("en", "menu", "Check my warning signs"),
        ("en", "Main menu!", "Check my warning signs"),
        ("en", "options", "Check my warning signs"),
        ("es", "menú", "Revisar mis señales de alarma"),
        ("es", "opciones", "Revisar mis señales de alarma"),
        ("es", "Ayuda", "Revisar mis señales de alarma"),
    ],
)
def test_a_menu_word_typed_opens_the_menu_without_sorry(
    engine: Engine, language: str, typed: str, first_button: str
) -> None:
    """Typing what a button or the menu is called is understood, whatever the model makes of one word."""
    turn = engine.handle(UserState(user_id=5, language=language), Text(typed), NOW)
    assert [e.data.get("by") for e in turn.effects if e.kind == "routed"] == ["router:exact"]
    assert not any(e.kind == "not_understood" for e in turn.effects)
    assert (turn.state.flow, turn.state.step) == ("menu", "choose")
    assert first_button in turn.replies[-1].buttons[0].label


@pytest.mark.parametrize(
    ("language", "typed", "reply"),
    [
        ("en", "my dog ate one of my ibuprofen what do i do", "Please ask a vet"),
        ("en", "the vet offers stem cell shots for my old cat's kidneys, worth it?", "Please ask a vet"),
        (
            "es",
            "mi gata tiene insuficiencia renal y el veterinario ofrece células madre, vale la pena?",
            "Consulta con un veterinario",
        ),
        ("es", "mi perrito se comió un paracetamol, se muere?", "Consulta con un veterinario"),
    ],
)
def test_a_message_about_a_pet_points_to_a_vet(engine: Engine, language: str, typed: str, reply: str) -> None:
    """A pet's care is a vet's: not the pills answer meant for people, not "sorry, I did not understand"."""
    turn = engine.handle(UserState(user_id=5, language=language), Text(typed), NOW)
    assert [e.kind for e in turn.effects if e.kind in ("animal", "routed", "not_understood")] == ["animal"]
    assert reply in turn.replies[0].text
    assert turn.replies[-1].buttons, "the menu is offered again"


@pytest.mark.parametrize(
    ("language", "typed", "reply"),
    [
        (
            "en",
            "hi, I'm writing for my mum, she doesn't use Telegram",
            "Tell me in a few words what is going on with them",
        ),
        ("es", "hola, le escribo por mi papá que no sabe usar el Telegram", "Cuéntame en pocas palabras qué le pasa"),
        # "can't" of typing is the reason for writing, not a sign the model may read in it.
        ("en", "good morning, writing for my grandad, he can't type on his phone", "what is going on with them"),
        ("es", "buenas, escribo por mi abuelo que no puede escribir en el celular", "qué le pasa"),
    ],
)
def test_someone_writing_for_another_is_welcomed(engine: Engine, language: str, typed: str, reply: str) -> None:
    """An introduction with nothing wrong told yet asks what is going on; it is not "I did not understand"."""
    turn = engine.handle(UserState(user_id=5, language=language), Text(typed), NOW)
    assert [e.data.get("kind") for e in turn.effects if e.kind == "small_talk"] == ["writing_for"]
    assert not any(e.kind == "not_understood" for e in turn.effects)
    assert reply in turn.replies[0].text
    assert turn.replies[-1].buttons, "the menu is offered"


@pytest.mark.parametrize(
    ("language", "typed", "alarm"),
    [
        # The model learnt "veces" from emergencies told with a count; a count alone is not one.
        ("es", "me tome la temperatura dos veces hoy, todo bien", False),
        ("en", "took my temperature twice today, all fine", False),
        ("es", "tosi sangre 3 veces desde el almuerzo", True),
        ("en", "coughed up blood 3 times since lunch", True),
    ],
)
def test_a_count_alone_raises_no_emergency(engine: Engine, language: str, typed: str, alarm: bool) -> None:
    """How often something happened ("dos veces", "twice") is no emergency; a sign counted still is."""
    turn = engine.handle(UserState(user_id=5, language=language), Text(typed), NOW)
    assert any(e.kind in ("routed", "red_flag", "alarm_info", "small_talk") for e in turn.effects), "it was read"
    assert any(e.kind == "red_flag" for e in turn.effects) is alarm


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "writing for my grandad, he can't type, please delete his data"),
        ("es", "escribo por mi abuelo que no puede escribir, borren sus datos"),
    ],
)
def test_a_request_made_for_another_is_not_only_welcomed(engine: Engine, language: str, typed: str) -> None:
    """Someone who writes for another and asks for something (delete the data) gets it, not only a welcome."""
    turn = engine.handle(UserState(user_id=5, language=language), Text(typed), NOW)
    assert [e.kind for e in turn.effects if e.kind in ("privacy_help", "small_talk")] == ["privacy_help"]


@pytest.mark.parametrize(
    ("language", "typed", "reply"),
    [
        ("en", "no", "I'm not sure what that answers"),
        ("en", "not sure", "I'm not sure what that answers"),
        ("es", "sii", "No sé bien a qué respondes"),
        ("es", "no se", "No sé bien a qué respondes"),
    ],
)
def test_a_lone_yes_or_no_with_nothing_asked_gets_the_menu(
    engine: Engine, language: str, typed: str, reply: str
) -> None:
    """ "no" with nothing asked is neither an alarm nor a topic read into one word: say so, offer the menu."""
    turn = engine.handle(UserState(user_id=5, language=language), Text(typed), NOW)
    kinds = [e.kind for e in turn.effects if e.kind in ("not_understood", "alarm_info", "red_flag", "routed")]
    assert kinds == ["not_understood"]
    assert turn.replies[0].text.startswith(reply)
    assert (turn.state.flow, turn.state.step) == ("menu", "choose")


def test_a_lone_no_still_answers_the_question_on_screen(engine: Engine) -> None:
    """The same "no" typed at a yes/no question of the warning-sign check is its answer."""
    inside = open_flow(engine, UserState(user_id=5, language="en"), "infection_check")
    turn = engine.handle(inside.state, Text("no"), NOW)
    assert not any(e.kind == "not_understood" for e in turn.effects)
    assert turn.state.step != inside.state.step


@pytest.mark.parametrize(
    ("language", "typed", "now_line", "risks"),
    [
        (
            "en",
            "can you die from stem cell treatment? asking before i pay",
            "If this is happening now",
            "The main risks are",
        ),
        (
            "es",
            "¿se puede morir uno con esto de las células madre?",
            "Si te está pasando ahora",
            "Los riesgos principales",
        ),
    ],
)
def test_whether_it_can_kill_gets_the_risks_and_the_if_now_line(
    engine: Engine, language: str, typed: str, now_line: str, risks: str
) -> None:
    """A question whether the treatment can kill: no alarm, the line "if this is happening now", the serious risks."""
    turn = engine.handle(UserState(user_id=5, language=language), Text(typed), NOW)
    assert [e.data.get("context") for e in turn.effects if e.kind == "alarm_info"] == ["deadly"]
    assert not any(e.kind == "red_flag" for e in turn.effects)
    assert turn.replies[0].text.startswith(now_line)
    assert risks in all_text(turn)
    assert (turn.state.flow, turn.state.step) == ("faq", "risks")


@pytest.mark.parametrize(
    ("language", "typed", "now_line", "clinic", "emergency"),
    [
        (
            "en",
            "sorting travel insurance for my mum's hip injection abroad. what would mean she needs the ER vs just ringing the clinic?",
            "If this is happening now",
            "Contact your clinic the same day",
            "Call your emergency number now",
        ),
        (
            "es",
            "¿cuándo tengo que ir a urgencias en vez de llamar a la clínica?",
            "Si te está pasando ahora",
            "Avisa a tu clínica ese mismo día",
            "Llama ya al número de emergencias",
        ),
    ],
)
def test_which_signs_need_the_er_gets_both_lists_and_the_if_now_line(
    engine: Engine, language: str, typed: str, now_line: str, clinic: str, emergency: str
) -> None:
    """Which signs need emergency care and which the clinic, asked: no alarm, "if this is happening now", both lists."""
    turn = engine.handle(UserState(user_id=5, language=language), Text(typed), NOW)
    assert [e.data.get("context") for e in turn.effects if e.kind == "alarm_info"] == ["when_to_go"]
    assert not any(e.kind in ("red_flag", "warning_sign") for e in turn.effects)
    assert turn.replies[0].text.startswith(now_line)
    assert clinic in all_text(turn)
    assert emergency in all_text(turn)
    assert (turn.state.flow, turn.state.step) == ("immediate_effects", "warning")


@pytest.mark.parametrize(
    ("language", "typed", "gentle"),
    [
        (
            "en",
            "not suicidal or anything, just so tired of hoping. the treatment didn't work and I feel like a fool",
            "It is normal to feel low",
        ),
        (
            "es",
            "no es que me quiera matar ni nada, solo estoy cansada de tener esperanza, no funcionó y me siento tonta",
            "Es normal sentirse decaído",
        ),
    ],
)
def test_a_wish_to_die_denied_beside_a_topic_is_answered_gently_first(
    engine: Engine, language: str, typed: str, gentle: str
) -> None:
    """Denied or not, a mention of suicide gets the kind words and the line to call, before any topic."""
    turn = engine.handle(UserState(user_id=5, language=language), Text(typed), NOW)
    assert [e.data.get("sign") for e in turn.effects if e.kind == "alarm_info"] == ["suicidal"]
    assert gentle in turn.replies[0].text
    assert any(code in turn.replies[1].text for code in ("911", "112"))


@pytest.mark.parametrize(
    ("language", "typed", "flow"),
    [
        ("en", "can I walk my dog the day after my knee injection?", "injection_effects"),
        ("es", "¿puedo sacar a pasear a mi perro al día siguiente de la inyección en la rodilla?", "injection_effects"),
    ],
)
def test_a_pet_beside_the_writers_own_aftercare_is_no_vet_question(
    engine: Engine, language: str, typed: str, flow: str
) -> None:
    """The writer's own aftercare, with a pet in it, is answered as aftercare."""
    turn = engine.handle(UserState(user_id=5, language=language), Text(typed), NOW)
    assert not any(e.kind == "animal" for e in turn.effects)
    assert turn.state.flow == flow


@pytest.mark.parametrize("event", [Text(""), Text("   "), Media("sticker"), Command("nonsense")])
def test_bad_input_keeps_state_and_offers_buttons(engine: Engine, event: object) -> None:
    inside = topic(engine, "en")
    turn = engine.handle(inside.state, event, NOW)  # type: ignore[arg-type]
    assert (turn.state.flow, turn.state.step) == (inside.state.flow, inside.state.step)
    assert turn.replies and turn.replies[-1].buttons == inside.replies[-1].buttons


def test_media_says_text_only(engine: Engine) -> None:
    turn = engine.handle(UserState(1, "es"), Media("photo"), NOW)
    assert "Solo puedo leer mensajes de texto" in turn.replies[0].text


def test_engine_does_not_mutate_input_state(engine: Engine) -> None:
    state = UserState(user_id=3, language="en")
    engine.handle(state, Command("start"), NOW)
    assert state == UserState(user_id=3, language="en")


def test_a_state_copy_shares_nothing_that_can_change() -> None:
    nested = {"visits": [{"day": 2, "seen": ["fever"]}], "clinic": {"id": 1}}
    state = UserState(3, "es", "infection", "ask", answers={"symptoms": ["fever", "pus"]}, fields=nested)
    copied = state.copy()
    assert copied == state
    copied.answers["symptoms"].append("rash")
    copied.fields["visits"][0]["seen"].append("pain")
    copied.fields["clinic"]["id"] = 2
    assert state.answers == {"symptoms": ["fever", "pus"]}
    assert state.fields == {"visits": [{"day": 2, "seen": ["fever"]}], "clinic": {"id": 1}}


# ---- the format's features, on a fixture flow --------------------------------------------------

QUESTIONNAIRE = """\
id: quiz
title: quiz.title
sources: [src]
start: days
steps:
  days:
    say: quiz.days
    ask: {type: number, into: days, min: 0, max: 60}
    go: temp
  temp:
    say: quiz.temp
    ask: {type: temperature, into: temp_c}
    go: when
  when:
    say: quiz.when
    ask: {type: date, into: treated, min: -365, max: 0, invalid: quiz.bad_date}
    go: kind
  kind:
    say: quiz.kind
    ask:
      type: choice
      into: kind
      save: true
      options:
        - {text: quiz.joint, value: joint}
        - {text: quiz.iv, value: iv}
    go: pus
  pus:
    say: quiz.pus
    ask: {type: yes_no, into: pus}
    branch:
      - when: {any: [{answer: pus, eq: true}, {answer: temp_c, gte: {field: fever_c, default: 38.0}}]}
        go: clinic
    go: home
  clinic:
    say: quiz.clinic
    log: {event: triage, data: {disposition: clinic_today}}
    end: true
    buttons: [{text: quiz.again, go: days}]
  home:
    say: quiz.home
    log: {event: triage, data: {disposition: home_care}}
    end: true
    buttons: [{text: quiz.again, go: days}]
"""
MENU = """\
id: menu
medical: false
start: choose
steps:
  choose:
    say: quiz.title
    buttons: [{text: quiz.title, flow: quiz}]
"""
LOCALE_KEYS = ["title", "days", "temp", "when", "bad_date", "kind", "joint", "iv", "pus", "clinic", "home", "again"]


def fixture_engine(tmp_path: Path) -> Engine:
    """An engine over a small content tree with one questionnaire flow."""
    (tmp_path / "flows").mkdir()
    (tmp_path / "locales").mkdir()
    (tmp_path / "flows" / "quiz.yaml").write_text(QUESTIONNAIRE)
    (tmp_path / "flows" / "menu.yaml").write_text(MENU)
    for name in ("welcome", "help", "language"):
        (tmp_path / "flows" / f"{name}.yaml").write_text(MENU.replace("id: menu", f"id: {name}"))
    (tmp_path / "flows" / "sources.yaml").write_text("src: {title: A source}\n")
    for language in LANGUAGES:
        shipped = (ROOT / "locales" / f"{language}.yaml").read_text()
        body = shipped + "quiz:\n" + "".join(f"  {k}: '{language} {k}'\n" for k in LOCALE_KEYS)
        (tmp_path / "locales" / f"{language}.yaml").write_text(body)
    content, _ = checks.check_root(tmp_path)
    assert "quiz" in content.flows
    return Engine(content)


def answer_all(engine: Engine, answers: list[str], fields: dict | None = None) -> Turn:
    state = UserState(user_id=5, language="en", fields=dict(fields or {}))
    state.flow, state.step = "quiz", "days"
    turn = engine.handle(state, Resume(), NOW)
    for text in answers:
        turn = engine.handle(turn.state, Text(text), NOW)
    return turn


def test_questionnaire_types_and_branches(tmp_path: Path) -> None:
    engine = fixture_engine(tmp_path)
    turn = answer_all(engine, ["3 days", "101 F", "hace 3 días", "2", "no"])
    answers = {k: v for k, v in turn.state.answers.items() if not k.startswith("_")}  # "_" keys are the engine's
    assert answers == {"days": 3, "temp_c": 38.3, "treated": "2026-11-18", "kind": "iv", "pus": False}
    assert turn.state.fields["kind"] == "iv"  # save: true keeps it on the user
    assert turn.state.step == "clinic"  # 38.3 °C is over the default 38.0
    assert {"disposition": "clinic_today"}.items() <= next(e.data for e in turn.effects if e.kind == "triage").items()


def test_clinic_threshold_wins(tmp_path: Path) -> None:
    engine = fixture_engine(tmp_path)
    turn = answer_all(engine, ["3", "38.3", "yesterday", "joint", "no"], fields={"fever_c": 38.5})
    assert turn.state.step == "home"


def test_invalid_answers_reask_without_moving(tmp_path: Path) -> None:
    engine = fixture_engine(tmp_path)
    turn = answer_all(engine, ["lots"])
    assert turn.state.step == "days" and "Please type a number" in turn.replies[0].text
    turn = engine.handle(turn.state, Text("99"), NOW)
    assert turn.state.step == "days" and "outside the range" in turn.replies[0].text
    turn = engine.handle(turn.state, Text("2"), NOW)
    turn = engine.handle(turn.state, Text("hot"), NOW)
    assert turn.state.step == "temp" and "temperature" in turn.replies[0].text
    turn = engine.handle(turn.state, Text("38,5"), NOW)
    turn = engine.handle(turn.state, Text("not a date at all"), NOW)
    assert turn.state.step == "when" and turn.replies[0].text.startswith("en bad_date")
    turn = engine.handle(turn.state, Text("next year"), NOW)
    assert turn.state.step == "when"
    turn = engine.handle(turn.state, Text("20/11/2026"), NOW)
    assert turn.state.answers["treated"] == "2026-11-20"
    turn = engine.handle(turn.state, Text("banana"), NOW)
    assert turn.state.step == "kind" and len(turn.replies[-1].buttons) == 2
    turn = engine.handle(turn.state, Text("en joint"), NOW)  # typed label
    turn = engine.handle(turn.state, Text("maybe"), NOW)
    assert turn.state.step == "pus" and "yes or no" in turn.replies[0].text
    turn = engine.handle(turn.state, Text("sí"), NOW)
    assert turn.state.step == "clinic"


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("38", 38.0),
        ("38,5", 38.5),
        ("101 F", 38.3),
        ("101°F", 38.3),
        ("100.4", 38.0),
        ("37.2 C", 37.2),
        ("12", None),
        ("abc", None),
    ],
)
def test_temperature_parsing(text: str, celsius: float | None) -> None:
    assert parse_temperature(text) == celsius


def test_callback_data_round_trip() -> None:
    from bot.core.engine import parse_callback

    assert parse_callback(callback_data("infection_check", "ask_fever", 3)) == ("infection_check", "ask_fever", 3)
    assert parse_callback("a|b|c") is None


# ---- messages: how replies are bundled for a chat -------------------------------------------------


def test_bundle_joins_replies_without_buttons_and_keeps_the_last_buttons() -> None:
    yes = ButtonView("Yes", "f|s|0")
    replies = [Reply("Hello"), Reply("Two"), Reply("Pick one", [yes]), Reply("Next"), Reply("End")]
    bundled = bundle(replies, 4096)
    assert [(r.text, r.buttons) for r in bundled] == [("Hello\n\nTwo\n\nPick one", [yes]), ("Next\n\nEnd", [])]
    assert [r.text for r in replies][:2] == ["Hello", "Two"]  # the input is not changed


def test_bundle_never_joins_past_the_limit_or_around_an_alone_reply() -> None:
    assert [r.text for r in bundle([Reply("a" * 10), Reply("b" * 10)], 21)] == ["a" * 10, "b" * 10]
    assert [r.text for r in bundle([Reply("a" * 10), Reply("b" * 9)], 21)] == ["a" * 10 + "\n\n" + "b" * 9]
    alarm = Reply("Call 911 now.", alone=True)
    assert [r.text for r in bundle([Reply("Before"), alarm, Reply("After")], 4096)] == [
        "Before",
        "Call 911 now.",
        "After",
    ]


@pytest.mark.parametrize(("language", "alarm"), [("en", "I can't breathe"), ("es", "no puedo respirar")])
def test_a_red_flag_is_one_short_message_before_anything_else(engine: Engine, language: str, alarm: str) -> None:
    state = open_flow(engine, UserState(7, language), "iv_effects").state  # in the middle of something
    messages = bundle(engine.handle(state, Text(alarm), NOW).replies, 4096)
    assert len(messages) == 2
    first, then = messages
    assert first.alone and not first.buttons and "911 / 112" in first.text and len(first.text) < 100
    assert then.buttons  # where they were, to go on when they are safe


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_text_with_the_emergency_number_is_never_joined(engine: Engine, language: str) -> None:
    """The check's "call now" outcome: the flow says two things; the instruction comes alone."""
    check = open_flow(engine, UserState(7, language), "infection_check")
    turn = press(engine, check, "Yes" if language == "en" else "Sí")
    messages = bundle(turn.replies, 4096)
    instruction = engine.text("check.out_emergency", language, {"emergency_number": "911 / 112"})
    assert messages[0].text == instruction and messages[0].alone
    assert len(messages) == 2


@pytest.mark.parametrize(
    ("text", "matched", "conditional"),
    [
        ("what do i do if i cant breathe after the drip?", "cant breathe", True),
        ("¿qué hago si me falta el aire después del suero?", "falta el aire", True),
        # Another clause's "if" does not make the sign a condition.
        ("if you can, call me. i cant breathe", "cant breathe", False),
        ("i cant breathe, what do i do", "cant breathe", False),
    ],
)
def test_a_sign_in_a_condition_is_not_overruled_by_the_model(text: str, matched: str, conditional: bool) -> None:
    from bot.core.engine import _in_condition

    assert _in_condition(text, matched) is conditional


class _SureOf:
    """A classifier that reads every message the same way: one decision, to test what the engine does with it."""

    def __init__(self, label: str, probability: float, runner_up: str) -> None:
        from bot.core.classifier import Decision

        self.decision = Decision(label, probability, runner_up, margin=0.01)

    def classify(self, text: str) -> object:
        return self.decision


def _turn_when_read_as(
    content: Content, reading: _SureOf, text: str, language: str, fields: dict[str, str] | None = None
) -> Turn:
    """A new user's first turn on `text` (with saved `fields`), when the model reads it as `reading`."""
    from dataclasses import replace

    engine = Engine(replace(content, classifier=reading))  # type: ignore[arg-type]
    return engine.handle(UserState(user_id=7, language=language, fields=dict(fields or {})), Text(text), NOW)


def _label_when_read_as(content: Content, reading: _SureOf, text: str, language: str) -> str:
    """The corpus label of what the engine answers `text` with, when the model reads it as `reading`."""
    from bot.tools.evaluation import label_of

    return label_of(_turn_when_read_as(content, reading, text, language).effects)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(
    ("label", "probability", "runner_up", "expected"),
    [
        # Leaning to an alarm it does not raise, a topic next: the denied sign leaves the topic.
        ("emergency", 0.28, "side_effect", "side_effect"),
        ("urgent", 0.6, "side_effect", "side_effect"),
        # An alarm the model would raise, or information next: the denial is answered as information.
        ("emergency", 0.35, "side_effect", "info_alarming"),
        ("urgent", 0.6, "info_alarming", "info_alarming"),
    ],
)
def test_a_denied_sign_beside_a_topic_the_model_nearly_chose(
    content: Content, language: str, label: str, probability: float, runner_up: str, expected: str
) -> None:
    text = {
        "en": "no fever, she slept most of the day after the drip but she is clear when awake",
        "es": "sin fiebre, durmió casi todo el día después del suero pero despierta está lúcida",
    }[language]
    assert _label_when_read_as(content, _SureOf(label, probability, runner_up), text, language) == expected


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(
    ("runner_up", "expected"),
    [
        # Torn between information about the denied sign and a topic: the topic answers.
        ("side_effect", "side_effect"),
        # Torn toward an alarm: the denied sign's information, and "if this is happening now".
        ("emergency", "info_alarming"),
    ],
)
def test_torn_between_a_denied_signs_information_and_a_topic(
    content: Content, language: str, runner_up: str, expected: str
) -> None:
    text = {
        "en": "I get a little dizzy when I stand up fast but I haven't fainted or anything, the cells were yesterday",
        "es": "me mareo un poquito cuando me paro rapido pero no me he desmayado ni nada, lo de las celulas fue ayer",
    }[language]
    assert _label_when_read_as(content, _SureOf("info_alarming", 0.51, runner_up), text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "label", "expected"),
    [
        # Who was treated, where and when, and no sign: what to expect next, whatever the model leans to.
        ("hi, I had stem cells put in my spine two days ago", "en", "info_alarming", "side_effect"),
        ("hola, me pusieron celulas madre en la columna hace dos dias", "es", "info_alarming", "side_effect"),
        # A question about an alarming topic is still one.
        ("can stem cells in the spine cause paralysis?", "en", "info_alarming", "info_alarming"),
        ("¿las células en la columna pueden dejar paralítico?", "es", "info_alarming", "info_alarming"),
    ],
)
def test_a_treatment_told_with_no_sign_is_the_side_effects_topic(
    content: Content, text: str, language: str, label: str, expected: str
) -> None:
    assert _label_when_read_as(content, _SureOf(label, 0.6, "emergency"), text, language) == expected


@pytest.mark.parametrize(
    ("label", "runner_up", "margin", "expected"),
    [
        # A near-tie between a topic and the pills question goes to the question.
        ("side_effect", "pills", 0.004, "pills"),
        # Not a tie, not the pills question, or an alarm: the model's label stands.
        ("side_effect", "pills", 0.1, "side_effect"),
        ("side_effect", "faq", 0.004, "side_effect"),
        ("urgent", "pills", 0.004, "urgent"),
    ],
)
def test_a_tie_with_the_pills_question_goes_to_the_question(
    label: str, runner_up: str, margin: float, expected: str
) -> None:
    from bot.core.classifier import Decision
    from bot.core.engine import _question_first

    decided = _question_first(Decision(label, 0.42, runner_up, margin=margin), "")
    assert decided is not None and decided.label == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("it's on the 14th", "en"),
        ("next tuesday at 10am", "en"),
        ("it was 5 days ago", "en"),
        ("es el 14", "es"),
        ("el próximo martes a las 10", "es"),
        ("fue hace cinco días", "es"),
    ],
)
@pytest.mark.parametrize("reading", ["smalltalk", "info_alarming", "urgent"])
@pytest.mark.parametrize(("fields", "flow"), [({}, "onboarding"), ({"treatment_date": "2026-11-20"}, "reminders")])
def test_a_date_alone_opens_where_the_treatment_date_is_kept(
    content: Content, text: str, language: str, reading: str, fields: dict[str, str], flow: str
) -> None:
    """A date with nothing else is the treatment's, asked for (or shown) where it is kept, however
    the model reads it: never small talk, information about a sign, nor an alarm."""
    turn = _turn_when_read_as(content, _SureOf(reading, 0.9, "reminders"), text, language, fields)
    routed = [event.data for event in turn.effects if event.kind == "routed"]
    assert [(data["flow"], data["by"]) for data in routed] == [(flow, "rules:date_only")]
    assert not {"red_flag", "warning_sign", "alarm_info", "small_talk"} & {event.kind for event in turn.effects}


@pytest.mark.parametrize(
    ("text", "language"),
    [("37.6 tonight, day 1", "en"), ("37,6 esta noche, día 1", "es"), ("day 3", "en"), ("38", "es")],
)
def test_a_reading_or_a_day_count_is_no_date_alone(content: Content, text: str, language: str) -> None:
    """A temperature or the day since treatment, with no calendar word, is a sign's story: the model reads it."""
    turn = _turn_when_read_as(content, _SureOf("side_effect", 0.9, "reminders"), text, language)
    assert "rules:date_only" not in [event.data.get("by") for event in turn.effects]
