"""Small talk in both languages: recognised only when the whole short message is small talk."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine, Text, UserState
from bot.core.smalltalk import greeting_only, recognise, thanks_only
from tests.conftest import NOW

SMALL_TALK = [
    # Spanish
    ("hola", "greeting"),
    ("Hola!", "greeting"),
    ("buenas", "greeting"),
    ("buenas tardes", "greeting"),
    ("buenos días doctora", "greeting"),
    ("gracias", "thanks"),
    ("muchas gracias", "thanks"),
    ("mil gracias 🙏", "thanks"),
    ("ok gracias", "thanks"),
    ("adiós", "goodbye"),
    ("chao", "goodbye"),
    ("hasta luego", "goodbye"),
    ("ok, buenas noches, hablamos mañana", "goodbye"),
    ("¿eres un robot?", "bot"),
    ("¿hablo con una persona real?", "bot"),
    # The bot named by its subject is still a question about the bot.
    ("buenas, ¿este es el bot de cuidados de células madre?", "bot"),
    ("¿quién eres?", "who"),
    ("como te llamas", "who"),
    ("vale", "ok"),
    ("jajaja 😂😂", "ok"),
    ("ok", "ok"),
    # English
    ("hi", "greeting"),
    ("hey", "greeting"),
    ("hello there", "greeting"),
    ("good morning", "greeting"),
    ("thanks", "thanks"),
    ("thx", "thanks"),
    ("ty", "thanks"),
    ("thank you so much", "thanks"),
    ("bye", "goodbye"),
    ("see you later", "goodbye"),
    ("ok good night, chat tomorrow", "goodbye"),
    ("are you a bot?", "bot"),
    ("am I talking to a human?", "bot"),
    ("hi there, is this the aftercare bot?", "bot"),
    ("who are you", "who"),
    ("what's your name?", "who"),
    ("okay", "ok"),
    # Laughter alone, with or without a laughing face.
    ("hahaha 😂", "ok"),
    ("👍", "ok"),
    # Warm emoji by family (a kiss, hearts, a flower), not only those listed by hand.
    ("😘", "ok"),
    ("💕💕", "ok"),
    ("🌹", "ok"),
    ("💔", "distress"),
    ("va, entendido", "ok"),
    ("buenas noches y perdón por tanto mensaje", "sorry"),
    ("sorry to bother you", "sorry"),
    # Distress, in any language
    ("😭😭🙏", "distress"),
    ("🙏", "distress"),
    ("😢", "distress"),
    ("hola 😭😭", "distress"),
]
NOT_SMALL_TALK = [
    "hola, tengo fiebre de 39",
    "hola 5",
    "hi, my knee is swollen",
    "thanks, but my knee is swollen",
    "gracias, ¿y si me sale pus?",
    "tengo fiebre",
    "no",
    "sí",
    "hola buenas tardes quería saber si las pastillas de células madre funcionan",
    "😭 no puedo respirar",
    "perdón, tengo fiebre",
    "sorry, my knee is swollen",
    # Naming the subject is allowed only in a question about the bot.
    "hola células madre",
    "hello stem cell pills",
    "is this the stem cell bot? my knee is swollen",
]


@pytest.mark.parametrize(("text", "kind"), SMALL_TALK, ids=lambda v: str(v))
def test_small_talk_in_both_languages(text: str, kind: str) -> None:
    assert recognise(text) == kind


@pytest.mark.parametrize("text", NOT_SMALL_TALK)
def test_a_message_that_says_more_is_not_small_talk(text: str) -> None:
    assert recognise(text) is None


def state(language: str, flow: str | None = None, step: str | None = None, country: str | None = None) -> UserState:
    user = UserState(user_id=4, language=language, fields={"country": country} if country else {})
    user.flow, user.step = flow, step
    return user


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("es", "hola", "smalltalk.greeting"),
        ("en", "hi", "smalltalk.greeting"),
        ("es", "muchas gracias", "smalltalk.thanks"),
        ("en", "thanks", "smalltalk.thanks"),
        ("es", "¿eres un robot?", "smalltalk.bot"),
        ("en", "are you a bot?", "smalltalk.bot"),
        ("es", "¿quién eres?", "smalltalk.who"),
        ("en", "who are you", "smalltalk.who"),
        # What the bot is for, asked in common words only.
        ("en", "what can you do?", "smalltalk.who"),
        ("en", "how can you help me", "smalltalk.who"),
        ("es", "¿qué puedes hacer?", "smalltalk.who"),
        ("es", "¿para qué sirves?", "smalltalk.who"),
    ],
)
def test_a_warm_answer_then_the_menu(engine: Engine, language: str, text: str, key: str) -> None:
    turn = engine.handle(state(language), Text(text), NOW)
    assert turn.replies[0].text == engine.text(key, language)
    assert (turn.state.flow, turn.state.step) == ("menu", "choose") and turn.replies[-1].buttons
    assert [e.kind for e in turn.effects if e.kind in ("small_talk", "not_understood")] == ["small_talk"]
    assert not any(engine.text("common.not_understood", language) in r.text for r in turn.replies)


@pytest.mark.parametrize(("language", "text"), [("es", "hola"), ("en", "hey"), ("es", "¿eres un robot?")])
def test_small_talk_mid_question_keeps_the_place(engine: Engine, language: str, text: str) -> None:
    turn = engine.handle(state(language, "infection_check", "fever"), Text(text), NOW)
    assert (turn.state.flow, turn.state.step) == ("infection_check", "fever")
    assert engine.text("check.ask_fever", language) in turn.replies[-1].text
    assert turn.replies[-1].buttons[0].data == "infection_check|fever|0"
    assert "fever" not in turn.state.answers


@pytest.mark.parametrize(
    ("language", "country", "number"), [("es", "MX", "911"), ("en", "ES", "112"), ("es", None, "911 / 112")]
)
def test_distress_emoji_get_kindness_and_how_to_get_help_now(
    engine: Engine, language: str, country: str | None, number: str
) -> None:
    turn = engine.handle(state(language, country=country), Text("😭😭🙏"), NOW)
    first = turn.replies[0]
    assert first.alone and number in first.text
    assert first.text == engine.text("smalltalk.distress", language, {"emergency_number": number})
    assert turn.replies[-1].buttons  # and the way on


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "adiós"), ("en", "bye"), ("es", "bueno, me despido"), ("en", "goodnight, talk tomorrow")],
)
def test_goodbye_is_short(engine: Engine, language: str, text: str) -> None:
    turn = engine.handle(state(language), Text(text), NOW)
    assert [r.text for r in turn.replies] == [engine.text("smalltalk.goodbye", language)]


@pytest.mark.parametrize(("language", "text"), [("es", "hola, tengo fiebre de 39"), ("en", "hi, I have a fever of 39")])
def test_a_greeting_with_a_symptom_is_the_symptom(engine: Engine, language: str, text: str) -> None:
    turn = engine.handle(state(language), Text(text), NOW)
    assert "small_talk" not in [e.kind for e in turn.effects]
    assert "warning_sign" in [e.kind for e in turn.effects]


def test_vale_to_a_yes_no_question_is_a_yes_not_small_talk(engine: Engine) -> None:
    turn = engine.handle(state("es", "onboarding", "wants"), Text("vale"), NOW)
    assert turn.state.fields["reminders_on"] is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for everything. My knee is so much better, I walked the dog today. No question, just that.", True),
        ("Gracias por todo. La rodilla va mucho mejor, hoy saqué al perro. No es pregunta, nomás eso.", True),
        # Thanks with a question, or "no question" with no thanks, is not thanks alone.
        ("Thank you for everything. When is my next reminder?", False),
        ("Gracias por todo. ¿Cuándo es mi próximo recordatorio?", False),
        ("no question, my knee is better", False),
        ("no es pregunta, la rodilla va mejor", False),
        # Ending on a wish says there is nothing to answer, as "no question" does.
        ("Thanks so much, the bruise faded and I'm back at work. Have a lovely day", True),
        ("Mil gracias, el moretón ya se fue y volví al trabajo. Que tengas un lindo día", True),
        ("Thanks so much, the bruise faded. Is it ok to run now? Have a lovely day", False),
        ("Mil gracias, ya se fue el moretón. ¿Puedo correr? Que tengas un lindo día", False),
        # A blessing closes a request as often as thanks: "bendiga" alone is no thanks.
        ("borren todo lo de mi esposo por favor, que Dios los bendiga", False),
        ("please delete my husband's data, god bless", False),
    ],
)
def test_thanks_told_with_a_story_and_no_question(text: str, expected: bool) -> None:
    assert thanks_only(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Good afternoon, I'm Ernest from Phoenix, I just wanted to introduce myself. God bless.", True),
        ("Buenas tardes, soy Don Ernesto, de Puebla. Solo quería presentarme. Que Dios lo bendiga.", True),
        # A greeting with a question asks something.
        ("Hi, I just wanted to say hi, when is my next reminder?", False),
        ("Hola, solo quería saludar, ¿cuándo es mi próximo recordatorio?", False),
        ("I just wanted to tell you my knee is swollen", False),
        ("solo quería decirte que tengo la rodilla hinchada", False),
    ],
)
def test_a_long_greeting_with_nothing_asked(text: str, expected: bool) -> None:
    """ "Soy Don Ernesto… solo quería presentarme": a greeting however long, once nothing is asked."""
    assert greeting_only(text) is expected
