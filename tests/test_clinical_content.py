"""Issue 13, a clinician's review: the unsafe paths it found stay closed, in both languages.

The transcripts in tests/scenarios/ walk the flows (check_joint_*, check_temperature_*,
check_threshold_*, selfharm_*, onboarding_uk_*); these tests cover what a transcript cannot:
every phrasing of the new red flags, every fever text, every emergency-number entry.
"""

from __future__ import annotations

import re

import pytest

from bot.core.content import Content
from bot.core.engine import Engine, Press, Text, UserState
from bot.core.safety import CHECKED, SafetyRules
from tests.conftest import NOW, ROOT

LANGUAGES = ("en", "es")


@pytest.fixture(scope="module")
def rules(content: Content) -> SafetyRules:
    assert content.safety is not None
    return content.safety


# ---- red flags added by the review -----------------------------------------------------------

MUST_RAISE = {
    # A hot, swollen, very painful joint, or one that cannot move or bear weight: the clinic now.
    "septic_joint": [
        "my knee is hot and swollen",
        "the knee got really swollen and hot today",
        "I can't put weight on my knee",
        "i cant bend my knee at all",
        "I can't stand on my hip",
        "la rodilla está caliente e hinchada",
        "tengo la rodilla hinchada y caliente",
        "no puedo apoyar la pierna",
        "no puedo doblar la rodilla",
        "no puedo pisar",
    ],
    # A blocked blood vessel after a face injection: the emergency number.
    "vessel_block": [
        "after the filler my nose went white",
        "my lip turned white after the injection",
        "there is a gray patch on my cheek",
        "the filler area looks dark and hurts a lot",
        "la nariz se puso blanca después del relleno",
        "tengo una mancha gris en la mejilla",
        "después del botox la frente se puso azulada",
    ],
    # A very bad headache with a stiff neck (after a spinal injection): the emergency number.
    "meningitis": [
        "severe headache and a stiff neck",
        "my neck is stiff and I have the worst headache",
        "dolor de cabeza muy fuerte y el cuello rígido",
        "tengo el cuello rigido y dolor de cabeza",
    ],
    "groin_numbness": ["numb between my legs", "tengo dormido entre las piernas", "no siento nada entre las piernas"],
    "bladder_bowel": ["I can't hold my poop", "no controlo las heces", "se me sale la caca"],
    # Self-harm, in the ways people say it.
    "suicidal": [
        "I can't go on anymore",
        "I can't go on",
        "I want to sleep and never wake up",
        "I'm going to take all my pills",
        "i cant go on like this",
        "I wish I was dead",
        "i dont want to be here anymore",
        "life isn't worth living",
        "I'm thinking about ending my life",
        "i keep cutting myself",
        "everyone would be better off without me",
        "me quiero matar",
        "me voy a suicidar",
        "ojalá estuviera muerta",
        "ya no puedo seguir así",
        "la vida no tiene sentido",
        "quisiera estar muerto",
        "estarían mejor sin mí",
        "voy a tomarme todas las pastillas",
        "quiero dormir y no despertar",
    ],
}

# Ordinary things after a treatment that must not set off the new signs.
MUST_NOT_RAISE = [
    "my knee is swollen",  # swelling alone is common after an injection
    "la rodilla está un poco hinchada",
    "tengo un morado en la mejilla",  # a bruise
    "the swelling on my face is going down",
    "my face is a bit swollen",
    "I cut myself shaving",
    "I don't want to die",
    "my neck is stiff after sleeping",
    # Everyday sentences that share words with self-harm phrasings.
    "I can't go on holiday next week, can I?",
    "I walked 5 kms today",
    "should I take all the pills at once?",
    "¿tengo que tomarme todas las pastillas?",
    "no tiene sentido seguir con el tratamiento",
]


@pytest.mark.parametrize(("sign", "text"), [(sign, text) for sign, texts in MUST_RAISE.items() for text in texts])
def test_the_new_red_flags_are_caught(rules: SafetyRules, sign: str, text: str) -> None:
    found = rules.check(text)
    assert found is not None and found.sign == sign, f"{text!r} -> {found}"
    assert found.level == ("urgent" if sign == "septic_joint" else "emergency")


@pytest.mark.parametrize("text", MUST_NOT_RAISE)
def test_ordinary_aftercare_words_raise_none_of_them(rules: SafetyRules, text: str) -> None:
    found = rules.check(text)
    assert found is None or found.sign not in MUST_RAISE, f"{text!r} -> {found}"


# ---- the self-harm reply ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "country", "text", "number", "crisis"),
    [
        ("en", "US", "I want to kill myself", "911", "988"),
        ("en", "GB", "I can't go on anymore", "999", "116 123"),
        ("es", "ES", "me quiero matar", "112", "024"),
        ("es", "MX", "quiero morirme", "911", "800 911 2000"),
        ("es", "CL", "ya no puedo seguir así", "131", "*4141"),
        ("es", "PE", "la vida no tiene sentido", "106", None),
    ],
)
def test_a_suicidal_message_gets_one_message_with_the_crisis_line_and_nothing_after(
    engine: Engine, language: str, country: str, text: str, number: str, crisis: str | None
) -> None:
    state = UserState(1, language, fields={"country": country})
    state = engine.handle(state, Press("open|immediate_effects"), NOW).state
    turn = engine.handle(state, Text(text), NOW)
    [reply] = turn.replies  # no "go on from here", no step shown again
    assert reply.buttons == [] and reply.alone
    assert number in reply.text
    assert (crisis in reply.text) if crisis else ("{" not in reply.text and "  " not in reply.text)
    disclaimer = engine.text("common.disclaimer", language)
    assert disclaimer not in reply.text
    assert [e.kind for e in turn.effects] == ["red_flag"]
    assert (turn.state.flow, turn.state.step) == ("immediate_effects", "intro")  # nothing lost


@pytest.mark.parametrize(
    ("language", "country", "text", "crisis"),
    [
        ("en", "US", "what are the warning signs of suicide?", "988"),
        ("es", "ES", "¿cuáles son las señales de alerta del suicidio?", "024"),
        ("es", "MX", "¿qué hago si un día me dan ganas de hacerme daño? no me está pasando ahora", "800 911 2000"),
        ("en", "GB", "what do I do if I ever feel like hurting myself? it's not happening now", "116 123"),
        ("es", "PE", "¿cuáles son las señales de alerta del suicidio?", None),
    ],
)
def test_a_question_about_self_harm_gets_the_crisis_line_without_the_alarm(
    engine: Engine, language: str, country: str, text: str, crisis: str | None
) -> None:
    """Asked ahead, self-harm gets the information, the country's crisis line and "if this is happening now"."""
    turn = engine.handle(UserState(1, language, fields={"country": country}), Text(text), NOW)
    assert [e.data.get("sign") for e in turn.effects if e.kind == "alarm_info"] == ["suicidal"]
    assert not any(e.kind == "red_flag" for e in turn.effects)
    first = turn.replies[0].text
    assert (crisis in first) if crisis else ("{" not in first and "  " not in first)
    assert engine.text("sign_info.if_now_emergency", language, {"emergency_number": "X"}).split("X")[0] in (
        turn.replies[1].text
    )


def test_no_disclaimer_after_any_emergency_reply(engine: Engine) -> None:
    """The disclaimer once buried the emergency instruction; now an emergency turn has none."""
    state = engine.handle(UserState(1, "en"), Press("open|infection_check"), NOW).state
    turn = engine.handle(state, Text("I can't breathe"), NOW)
    assert "Call 911 / 112 now" in turn.replies[0].text
    assert all("not a diagnosis" not in r.text for r in turn.replies)


# ---- fever texts agree ------------------------------------------------------------------------


def test_every_fever_text_says_38_or_more_and_never_a_higher_number(content: Content) -> None:
    """Under 38 °C can be normal; 38 °C or more at any time, contact the clinic today."""
    for language in LANGUAGES:
        more = "or more" if language == "en" else "o más"
        for key, text in content.texts[language].items():
            for match in re.finditer(r"38 °C \(100[.,]4 °F\)", text):
                after = text[match.end() : match.end() + 10]
                before = text[max(0, match.start() - 20) : match.start()]
                under = "under" in before or "menos de" in before or "debajo de" in before
                assert more in after or under, f"{language} {key}: '38 °C' without '{more}': {text!r}"
            if language == "es":
                assert "100.4" not in text, f"es {key}: write 100,4 in Spanish"
            # No text may suggest a clinic can set a higher fever number, or that fevers stop mattering.
            assert "different fever number" not in text and "otra cifra de fiebre" not in text, key
            assert "last fever check" not in text and "última revisión de fiebre" not in text, key


def test_a_clinic_threshold_above_38_cannot_turn_a_fever_into_home_care(engine: Engine) -> None:
    for language, yes in (("en", "Yes"), ("es", "Sí")):
        state = UserState(1, language, fields={"fever_threshold_c": 39.0})
        turn = engine.handle(state, Press("open|infection_check"), NOW)
        for answer in ("No", "2", "No", yes, "38.8", "No", "No", "No", "No", "No"):
            turn = engine.handle(turn.state, Text(answer), NOW)
        assert turn.state.step == "out_clinic_today", language


# ---- emergency numbers and crisis lines ------------------------------------------------------


def test_every_number_cites_its_source_and_how_it_was_checked(rules: SafetyRules) -> None:
    for country in rules.countries:
        assert country.source and country.checked in CHECKED, country.code
        if country.crisis is not None:
            assert country.crisis.source and country.crisis.checked in CHECKED, country.code


def test_every_number_still_to_verify_is_listed_in_the_hazard_log(rules: SafetyRules) -> None:
    """A number not read on an official page is a residual risk, named in docs/clinical-safety.md."""
    log = (ROOT / "docs" / "clinical-safety.md").read_text(encoding="utf-8")
    section = log[log.index("## Numbers still to verify") :]
    for country in rules.countries:
        if country.checked == "to-verify":
            assert f"{country.code} {country.number}" in section, country.code
        if country.crisis is not None and country.crisis.checked == "to-verify":
            assert f"{country.code} crisis {country.crisis.number}" in section, country.code


def test_the_countries_the_review_sampled_no_longer_fall_back(rules: SafetyRules) -> None:
    expected = {"PE": "106", "CL": "131", "GT": "122", "VE": "911", "EC": "911", "PR": "911", "GB": "999"}
    assert {code: rules.emergency_number(code) for code in expected} == expected
    assert rules.find_country("estoy en Lima, Perú") == "PE"
    assert rules.find_country("I'm in London") == "GB"
    lines = {
        code: line.number for code in ("US", "PR", "ES", "GB", "MX", "CL", "AR") if (line := rules.crisis_line(code))
    }
    assert lines == {
        "US": "988",
        "PR": "988",
        "ES": "024",
        "GB": "116 123",
        "MX": "800 911 2000",
        "CL": "*4141",
        "AR": "135",
    }
    assert rules.crisis_line("CO") is None and rules.crisis_line(None) is None


# ---- sources ---------------------------------------------------------------------------------


def test_sources_link_where_a_link_is_known_and_the_guide_no_longer_links_to_a_paper(content: Content) -> None:
    sources = content.sources
    assert "PMC7929679" not in sources["liv_guide"].url  # that is the paper the guide cites
    assert sources["hwang_lee_2021"].url.endswith("PMC7929679/")
    for key in ("septic_arthritis", "joint_injection_infection", "filler_occlusion", "cdc_mmwr_2018", "hartnett_2021"):
        assert sources[key].url.startswith("https://"), key
    linked = sum(1 for s in sources.values() if s.url)
    assert linked >= 15, f"only {linked} of {len(sources)} sources have a link"
