"""The safety layer (red flags, emergency numbers) and free-text routing, in both languages."""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import yamlfile
from bot.core.safety import LEVELS, Alarm, SafetyRules, load_safety
from bot.core.understanding import FLOW_IDS, Router, load_router, normalize, words
from bot.tools import evaluation

ROOT = Path(__file__).resolve().parent.parent
SAFETY_DIR = ROOT / "flows" / "safety"
INTENTS = ROOT / "flows" / "understanding" / "intents.yaml"
MESSAGES = ROOT / "tests" / "data" / "messages.yaml"
FIXTURES = ROOT / "tests" / "fixtures" / "safety"

# Routing accuracy on the labelled set must not fall below this. Measured 0.95 on the whole
# set; the held-out rounds scored 0.76-0.95 before the phrases were tuned on them, so 0.90
# leaves room for new honest rounds while still catching a real regression.
ROUTING_FLOOR = 0.90


@pytest.fixture(scope="module")
def rules() -> SafetyRules:
    loaded, problems = load_safety(SAFETY_DIR)
    assert problems == []
    return loaded


@pytest.fixture(scope="module")
def router() -> Router:
    loaded, problems = load_router(INTENTS, set(FLOW_IDS))
    assert problems == []
    return loaded


# ---- normalising -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("¿Está BIEN?", "esta bien"),
        ("Me desmayé", "me desmaye"),
        ("ñandú pingüino", "nandu pinguino"),
        ("can't   breathe!!", "cant breathe"),
        ("I can´t breathe", "i cant breathe"),
        ("dolor😭de pecho", "dolor de pecho"),
        ("¡¡Ayuda!!", "ayuda"),
        ("  ", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_words_expands_phone_shorthand() -> None:
    assert words("xq tmb tengo fiebre q hago") == ["porque", "tambien", "tengo", "fiebre", "que", "hago"]


# ---- red flags that must be caught ---------------------------------------------------------

MUST_CATCH = [
    ("dolor de pecho", "emergency", "chest_pain"),
    ("dolor en el pexo", "emergency", "chest_pain"),
    ("me duele el pecho", "emergency", "chest_pain"),
    ("cant breathe", "emergency", "breathing"),
    ("can't breath", "emergency", "breathing"),
    ("no puedo respirar", "emergency", "breathing"),
    ("me falta el aire", "emergency", "breathing"),
    ("me desmaye", "emergency", "fainting"),
    ("me desmayé", "emergency", "fainting"),
    ("tosiendo sangre", "emergency", "coughing_blood"),
    ("toso sangre", "emergency", "coughing_blood"),
    ("coughing up blood", "emergency", "coughing_blood"),
    ("my face is drooping", "emergency", "stroke"),
    ("se me duerme la cara", "emergency", "stroke"),
    ("hablo raro", "emergency", "stroke"),
    ("my throat is closing", "emergency", "anaphylaxis"),
    ("se me cierra la garganta", "emergency", "anaphylaxis"),
    ("labios hinchados", "emergency", "anaphylaxis"),
    ("i cant see out of my eye", "emergency", "vision_loss"),
    ("perdi la vista", "emergency", "vision_loss"),
    ("no siento las piernas", "emergency", "leg_weakness"),
    ("no puedo controlar la orina", "emergency", "bladder_bowel"),
    ("I passed out", "emergency", "fainting"),
    ("estoy confundido", "emergency", "confusion"),
    ("my lips are blue", "emergency", "skin_colour"),
    ("piel azulada", "emergency", "skin_colour"),
    ("chest hurts", "emergency", "chest_pain"),
    ("tengo fiebre y la zona esta roja", "urgent", "fever"),
    ("sale pus", "urgent", "discharge"),
    ("red streak going up my arm", "urgent", "red_streak"),
    ("escalofrios", "urgent", "chills"),
    ("the pain is getting worse", "urgent", "worsening_pain"),
]


@pytest.mark.parametrize(("text", "level", "sign"), MUST_CATCH)
def test_must_catch(rules: SafetyRules, text: str, level: str, sign: str) -> None:
    alarm = rules.check(text)
    assert alarm is not None, f"{text!r} raised no alarm"
    assert (alarm.level, alarm.sign) == (level, sign)


@pytest.mark.parametrize(
    "text",
    ["DOLOR DE PECHO", "Dolor de pécho", "  dolor   de\tpecho ", "¡¡dolor de pecho!!", "dolor de pechoo", "chest pian"],
)
def test_case_accents_spacing_and_typos_do_not_hide_a_sign(rules: SafetyRules, text: str) -> None:
    alarm = rules.check(text)
    assert alarm is not None and alarm.sign == "chest_pain"


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # "no puedo respirar" is "I can't breathe", not a negation.
        ("no puedo respirar", "breathing"),
        ("no, i cant breathe", "breathing"),
        # Doubt escalates.
        ("not sure if it's chest pain", "chest_pain"),
        # Negation is per sign, not per message.
        ("no chest pain but I can't breathe", "breathing"),
        ("no tengo fiebre pero me duele el pecho", "chest_pain"),
        ("I don't have a fever. Now I can't breathe", "breathing"),
        # The passing is the chest pain's; the breathing is now.
        ("my chest pain went away but i cant breathe", "breathing"),
        ("ya se me quitó el dolor de pecho pero no puedo respirar", "breathing"),
    ],
)
def test_doubt_and_mixed_messages_escalate(rules: SafetyRules, text: str, sign: str) -> None:
    alarm = rules.check(text)
    assert alarm is not None and alarm.level == "emergency" and alarm.sign == sign


@pytest.mark.parametrize(
    "text",
    [
        "no chest pain",
        "I don't have a fever",
        "no tengo fiebre",
        "sin dolor de pecho",
        "nunca me he desmayado",
        "no fever or chills",
        "no tengo ni fiebre ni escalofrios",
        "my fever is gone now",
        "ya se me quito la fiebre",
        "el pecho no me duele",
        "my chest doesn't hurt",
        "fever? no",
        "fiebre no tengo",
        "i'm confused about the dates",
        "no veo bien la pantalla",
        "no me ha salido pus ni nada",
        "i haven't seen any pus",
        "¿qué riesgos tiene el suero de células de cordón por la vena?",
        "what are the risks of cord blood cells through a vein?",
    ],
)
def test_clear_negations_and_non_symptoms_do_not_alarm(rules: SafetyRules, text: str) -> None:
    assert rules.check(text) is None


def test_emergency_beats_urgent(rules: SafetyRules) -> None:
    for text in ("tengo fiebre y dolor de pecho", "fever, chills and i cant breathe", "pus y me desmaye"):
        alarm = rules.check(text)
        assert alarm is not None and alarm.level == "emergency", text


def test_urgent_sign_that_passed_is_silent_but_not_when_denied(rules: SafetyRules) -> None:
    assert rules.check("la fiebre se fue") is None
    assert rules.check("no se me quito la fiebre") == Alarm("urgent", "fever", "fiebre")


def test_alarm_reports_the_normalised_words(rules: SafetyRules) -> None:
    assert rules.check("¡Me duele el PECHO!") == Alarm("emergency", "chest_pain", "duele el pecho")


def test_every_sign_has_a_level(rules: SafetyRules) -> None:
    assert set(rules.signs.values()) <= set(LEVELS)
    assert {"chest_pain", "breathing", "stroke", "suicidal", "fever", "leg_clot"} <= set(rules.signs)


# ---- emergency numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "number"),
    [
        ("México", "MX", "911"),
        ("estoy en mexico", "MX", "911"),
        ("USA", "US", "911"),
        ("i live in the usa", "US", "911"),
        ("estados unidos", "US", "911"),
        ("EEUU", "US", "911"),
        ("España", "ES", "112"),
        ("spain", "ES", "112"),
        ("germany", "EU", "112"),
        ("colombia", "CO", "123"),
        ("colonbia", "CO", "123"),
        ("Panamá", "PA", "911"),
        ("costa rica", "CR", "911"),
        ("rep dominicana", "DO", "911"),
        ("argentina", "AR", "107"),
        ("que numero se usa en mexico", "MX", "911"),
        ("I'm in the US", "US", "911"),
        ("we live in the U.S.", "US", "911"),
    ],
)
def test_find_country_and_number(rules: SafetyRules, text: str, code: str, number: str) -> None:
    assert rules.find_country(text) == code
    assert rules.emergency_number(code) == number
    assert rules.emergency_number(text) == number


def test_unknown_country_gives_the_common_numbers(rules: SafetyRules) -> None:
    assert rules.find_country("hola que tal") is None
    # Two-letter codes are ordinary words inside a sentence ("es", "us", "co").
    assert rules.find_country("es muy pronto") is None
    assert rules.find_country("can you tell us what to do") is None
    assert rules.emergency_number(None) == "911 / 112"
    assert rules.emergency_number("Narnia") == "911 / 112"


def test_countries_are_only_the_verified_numbers(rules: SafetyRules) -> None:
    table = {c.code: c.number for c in rules.countries}
    assert table == {
        "US": "911",
        "MX": "911",
        "ES": "112",
        "EU": "112",
        "CO": "123",
        "PA": "911",
        "CR": "911",
        "DO": "911",
        "AR": "107",
        # Added by issue 13, each cited in the file:
        "GB": "999",
        "PR": "911",
        "PE": "106",
        "CL": "131",
        "GT": "122",
        "VE": "911",
        "EC": "911",
        "UY": "911",
        "HN": "911",
        "BR": "192",
    }
    mexico = rules.country("mx")
    assert mexico is not None and mexico.name("es") == "México" and mexico.name("en") == "Mexico"
    argentina = rules.country("AR")
    assert argentina is not None and "911" in (argentina.note("en") or "")


# ---- routing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("¿es normal estar cansado?", "immediate_effects"),
        ("is it normal to be tired?", "immediate_effects"),
        ("stem cell supplements", "pills"),
        ("pastillas de celulas madre", "pills"),
        ("is it safe?", "faq"),
        ("how do i pick a clinic in mexico", "choosing_clinic"),
        ("what number do i call", "emergency"),
        ("remind me", "reminders"),
        ("español", "language"),
        ("menu", "menu"),
        ("hola", None),
        ("", None),
        ("👍", None),
    ],
)
def test_route(router: Router, text: str, flow: str | None) -> None:
    assert router.route(text) == flow


def test_router_knows_every_flow(router: Router) -> None:
    assert router.flows == FLOW_IDS


# ---- the labelled set ------------------------------------------------------------------------


def _labelled() -> list[dict[str, Any]]:
    data, problems = yamlfile.load(MESSAGES)
    assert problems == []
    assert isinstance(data, list)
    return data


def _kind(item: dict[str, Any]) -> str:
    if "negates" in item:
        return "negation"
    return item["expect"] if item["expect"] in LEVELS else "route"


def _expected_flows(item: dict[str, Any]) -> list[str]:
    expect = item["expect"]
    flows = expect if isinstance(expect, list) else [expect]
    return ["emergency" if flow == "route:emergency" else flow for flow in flows]


def test_labelled_set_is_large_balanced_and_well_formed(rules: SafetyRules) -> None:
    items = _labelled()
    kinds = Counter(_kind(item) for item in items)
    languages = Counter(item["lang"] for item in items)
    assert len(items) >= 180
    assert kinds["emergency"] >= 40 and kinds["urgent"] >= 25 and kinds["negation"] >= 20
    assert set(languages) == {"en", "es"}
    assert 0.4 <= languages["en"] / len(items) <= 0.6
    for item in items:
        assert set(item) <= {"lang", "expect", "text", "negates"}, item
        if _kind(item) in ("route", "negation"):
            assert set(_expected_flows(item)) <= FLOW_IDS, item
        if "negates" in item:
            assert item["negates"] in rules.signs, item
    texts = Counter(item["text"] for item in items)
    assert [text for text, n in texts.items() if n > 1] == []


def test_every_labelled_emergency_is_caught(rules: SafetyRules) -> None:
    missed = []
    for item in _labelled():
        if _kind(item) == "emergency":
            alarm = rules.check(item["text"])
            if alarm is None or alarm.level != "emergency":
                missed.append((item["text"], alarm))
    assert missed == []


def test_every_labelled_urgent_raises_an_alarm(rules: SafetyRules) -> None:
    # Urgent may come back as emergency (escalation is allowed), never as a plain flow.
    missed = [item["text"] for item in _labelled() if _kind(item) == "urgent" and rules.check(item["text"]) is None]
    assert missed == []


def test_no_labelled_negation_raises_an_alarm(rules: SafetyRules) -> None:
    false_alarms = []
    for item in _labelled():
        if _kind(item) == "negation":
            alarm = rules.check(item["text"])
            if alarm is not None:
                false_alarms.append((item["text"], alarm))
    assert false_alarms == []


def test_routing_accuracy(rules: SafetyRules, router: Router, record_property: Callable[[str, object], None]) -> None:
    total = right = false_alarms = 0
    wrong: list[tuple[str, list[str], str]] = []
    for item in _labelled():
        if _kind(item) != "route":
            continue
        total += 1
        alarm = rules.check(item["text"])
        if alarm is not None:
            # A plain question that raises an alarm is a routing miss, counted separately.
            false_alarms += 1
            wrong.append((item["text"], _expected_flows(item), f"alarm:{alarm.sign}"))
            continue
        got = router.route(item["text"]) or "menu"
        if got in _expected_flows(item):
            right += 1
        else:
            wrong.append((item["text"], _expected_flows(item), got))
    accuracy = right / total
    summary = f"routing accuracy {right}/{total} = {accuracy:.3f} (false alarms: {false_alarms})"
    print(summary)
    for text, expected, got in wrong:
        print(f"  miss: {text!r}: expected {expected}, got {got}")
    record_property("routing_accuracy", round(accuracy, 4))
    record_property("routing_cases", total)
    record_property("routing_false_alarms", false_alarms)
    assert accuracy >= ROUTING_FLOOR, summary


def test_check_is_fast(rules: SafetyRules, record_property: Callable[[str, object], None]) -> None:
    # check() runs on every message of a bot that must take over 1,000 messages a second on two
    # cores. Measured about 25 us median cold (13 us once the typo cache is warm); the bound is
    # loose so a slow CI machine passes, but a quadratic slip would not.
    texts = [item["text"] for item in _labelled()]
    fresh, _ = load_safety(SAFETY_DIR)
    timings = []
    for text in texts:
        start = time.perf_counter()
        fresh.check(text)
        timings.append(time.perf_counter() - start)
    median = statistics.median(timings)
    print(f"check() median {median * 1e6:.1f} us over {len(texts)} messages (cold typo cache)")
    record_property("check_median_us", round(median * 1e6, 1))
    assert median < 500e-6


# ---- problems in the data files --------------------------------------------------------------


def test_shipped_files_load_without_problems() -> None:
    assert load_safety(SAFETY_DIR)[1] == []
    assert load_router(INTENTS, set(FLOW_IDS))[1] == []


def test_load_safety_reports_problems_with_file_and_line() -> None:
    rules, problems = load_safety(FIXTURES / "bad")
    flags = str(FIXTURES / "bad" / "red_flags.yaml")
    numbers = str(FIXTURES / "bad" / "emergency_numbers.yaml")
    found = {(p.file, p.line, p.message) for p in problems}
    assert found == {
        (flags, 35, "unknown key 'triggers'; allowed: context, known_words, negation, signs"),
        (flags, 7, "unknown key 'colour' in sign 'chest_pain'; allowed: eased, en, es, level, only_with, together"),
        (flags, 9, "sign 'fever': level must be 'emergency' or 'urgent', not 'severe'"),
        (flags, 14, "sign 'chills' needs a non-empty 'en' list of patterns"),
        (flags, 20, "sign 'breathing': bad pattern '[short of breath': unbalanced brackets in '[short'"),
        (flags, 21, "duplicate pattern 'Chest  Pain' (already in 'chest_pain' on line 5)"),
        # One slot is one word: "mal|sin aire" would ask for "mal aire" or "sin aire" alike.
        (
            flags,
            22,
            "sign 'breathing': bad pattern 'respira mal|sin aire': 'mal|sin' mixes 'sin' (which needs the next "
            "word) with single words; write the 'sin …' phrasing as a pattern of its own",
        ),
        (flags, 23, "sign 'breathing': 'together' needs two or more lists of words"),
        (flags, 27, "'negation cues.en' item 1 must be in quotes (YAML reads it as False)"),
        (numbers, 5, "'US' number '9-1-1' is not digits"),
        (numbers, 9, "'MX' number must be digits in quotes, e.g. \"911\""),
        (numbers, 12, "country code 'Spain' must be two capital letters (ISO 3166)"),
        (numbers, 18, "'CO name' has no 'es' text"),
        (numbers, 19, "duplicate alias 'USA' (already US on line 7)"),
        (numbers, 20, "unknown key 'flag' in 'CO'; allowed: aliases, checked, crisis, name, note, number, source"),
        # Each number cites where it was read and how it was checked (issue 13).
        (numbers, 4, "'US' needs a 'source' (where the number was read)"),
        (numbers, 4, "'US' needs 'checked': 'official', 'to-verify'"),
        (numbers, 8, "'MX' needs a 'source' (where the number was read)"),
        (numbers, 8, "'MX' needs 'checked': 'official', 'to-verify'"),
        (numbers, 16, "'CO' needs a 'source' (where the number was read)"),
        (numbers, 16, "'CO' needs 'checked': 'official', 'to-verify'"),
        (numbers, 23, "'PE' needs a 'source' (where the number was read)"),
        (numbers, 24, "'PE' 'checked' must be one of 'official', 'to-verify', not 'maybe'"),
        (numbers, 28, "'PE' crisis number 'call 988' must be digits in quotes (spaces, '-' or a leading '*' allowed)"),
        (numbers, 29, "'PE crisis name' has no 'es' text"),
    }
    assert str(problems[0]).startswith(f"{flags}:35: ")
    # What is valid is still usable; a country with a bad number is left out entirely.
    assert rules.check("dolor de pecho") == Alarm("emergency", "chest_pain", "dolor de pecho")
    assert [c.code for c in rules.countries] == ["CO", "PE"]
    assert rules.emergency_number("US") == "911 / 112"
    assert rules.crisis_line("PE") is None  # a crisis line with a bad number is never given


def test_load_safety_reports_missing_files(tmp_path: Path) -> None:
    rules, problems = load_safety(tmp_path)
    assert {(Path(p.file).name, p.line) for p in problems} == {("red_flags.yaml", 1), ("emergency_numbers.yaml", 1)}
    assert all("cannot read file" in p.message for p in problems)
    assert rules.check("dolor de pecho") is None
    assert rules.emergency_number("MX") == "911 / 112"


def test_load_router_reports_problems_with_file_and_line() -> None:
    path = FIXTURES / "bad_intents.yaml"
    router, problems = load_router(path, set(FLOW_IDS))
    found = {(p.file, p.line, p.message) for p in problems}
    assert found == {
        (str(path), 5, "unknown key 'fr' in 'pills'; allowed: en, es"),
        (str(path), 7, "'faq.en' must be a non-empty list of phrases"),
        (str(path), 9, "unknown flow 'infecton' (did you mean 'infection'?); its phrases are ignored"),
        (str(path), 13, "duplicate phrase 'Capsules' (already under 'pills' on line 3)"),
    }
    # An unknown flow is a warning and is never routed to; without known_flows it is not checked.
    assert [p.warning for p in problems if "unknown flow" in p.message] == [True]
    assert "infecton" not in router.flows
    unchecked, problems = load_router(path)
    assert "infecton" in unchecked.flows
    assert all("unknown flow" not in p.message for p in problems)


# ---- robustness ------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["no", "sin", "dolor", "pecho", "chest", "pain", "fever", "fiebre", "cant", "breathe", "?", ",", ".", "pero",
     "but", "~", "[", "|", "*", "¿", "😭", "ñ", "é", "no tengo", "se me quito", "gone", "38", "x", "q"]
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300))
def test_never_raises_on_arbitrary_text(rules: SafetyRules, router: Router, text: str) -> None:
    normalize(text)
    alarm = rules.check(text)
    assert alarm is None or alarm.level in LEVELS
    flow = router.route(text)
    assert flow is None or flow in FLOW_IDS
    rules.find_country(text)
    rules.emergency_number(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(_PIECES, max_size=60))
def test_never_raises_on_red_flag_vocabulary_soup(rules: SafetyRules, router: Router, pieces: list[str]) -> None:
    text = " ".join(pieces)
    rules.check(text)
    router.route(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.text(min_size=1, max_size=80))
def test_never_raises_on_long_text(rules: SafetyRules, router: Router, seed: str) -> None:
    # Repeating a short random text reaches 5,000 characters without making Hypothesis
    # generate (and shrink) 5,000 independent characters.
    text = (seed * (5000 // len(seed) + 1))[:5000]
    assert len(text) == 5000
    normalize(text)
    rules.check(text)
    router.route(text)
    rules.find_country(text)


def test_long_message_with_a_red_flag_at_the_end(rules: SafetyRules) -> None:
    text = "me duele la rodilla y estoy preocupada " * 130 + ". no puedo respirar"
    assert len(text) > 5000
    alarm = rules.check(text)
    assert alarm is not None and alarm.sign == "breathing"


@pytest.mark.parametrize(
    ("text", "matched", "left"),
    [
        (
            "tomo pastillas para las convulsiones, ¿las células madre interfieren?",
            "convulsiones",
            "tomo para las convulsiones las celulas madre interfieren",
        ),
        # Only the condition's medicine goes: the stem cell pills asked about stay.
        ("I am on seizure meds, can stem cell pills help?", "seizure", "i am on seizure can stem cell pills help"),
    ],
)
def test_the_medicine_of_a_treated_condition_is_not_a_pills_question(text: str, matched: str, left: str) -> None:
    from bot.core.safety import without_treating_medicine

    assert without_treating_medicine(text, matched) == left


def test_a_phrase_of_common_words_only_is_still_matched_whole() -> None:
    """ "what can you do" has no topic word, yet typed as it is written it names its flow."""
    router = Router({"menu": ["what can you do", "menu"], "pills": ["stem cell pills"]})
    assert router.exact("What can you do?") == "menu"
    assert router.exact("what can you") is None
    assert router.route("stem cell pills") == "pills"


def test_every_labelled_message_is_weighed_without_an_error(rules: SafetyRules) -> None:
    """Each of the ~98,000 labelled messages gets an answer from the red-flag check, never an exception.

    Two signs that each asked about the other once looped until RecursionError ("my friend's mum
    went blind… 10 min ago my vision went black"); a patient would have had "something went wrong".
    """
    data = Path(__file__).parent / "data"
    paths = sorted(data.glob("unseen-*.yaml")) + sorted(data.glob("heldout-*.yaml"))
    messages = [message.text for path in paths for message in evaluation.load_corpus(path)]
    assert len(messages) > 90_000
    failures = []
    for text in messages:
        try:
            rules.assess(text)
        except Exception as exc:  # every message is tried, so one run lists them all
            failures.append(f"{type(exc).__name__}: {text[:80]}")
    assert failures == []


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "me siento un poco mareada al pararme, comí poco. no me he desmayado",
            "me siento un poco mareada al pararme comi poco",
        ),
        ("a bit woozy when I stand, I ate little. I have not fainted", "a bit woozy when i stand i ate little"),
    ],
)
def test_the_words_of_a_denial_go_with_the_sign_it_denies(rules: SafetyRules, text: str, rest: str) -> None:
    """Read without the denied sign, "no me he" / "I have not" would be a sentence cut short that the
    model reads as the sign's story; the denial's own words go with it."""
    assert rules.without_denied(text) == rest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("me salió una roncha que se quitó sola", None),
        ("la urticaria ya quitó, gracias", None),
        ("le lima las uñas la enfermera", None),
        ("estoy en Quito", "EC"),
        ("vivo en Lima, Perú no", "PE"),
    ],
)
def test_a_city_named_like_a_verb_is_a_place_only_where_no_pronoun_makes_it_a_verb(
    rules: SafetyRules, text: str, code: str | None
) -> None:
    """ "se quitó sola" (it went away by itself) once set the emergency number to Ecuador's."""
    assert rules.mentioned_country(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I'm in Texas and my chest hurts", "US"),
        ("vivo en Houston y me duele el pecho", "US"),
        ("estoy en Nueva York, me desmayé", "US"),
        ("I live in Phoenix, the clinic was in Tijuana", "US"),
        # A place's name that is a common Spanish word or a person's name names no country:
        # "más colorado" (redder) once set the emergency number to the United States'.
        ("el ojo donde me inyectaron está cada día más colorado", None),
        ("en el paso 3 de la hoja dice que llame si hay fiebre", None),
        ("que los ángeles te cuiden, gracias", None),
        ("my daughter Virginia has had a fever since last night", None),
        ("Orlando, my husband, fainted after the infusion", None),
    ],
)
def test_a_us_state_or_city_names_the_united_states(rules: SafetyRules, text: str, code: str | None) -> None:
    """ "I'm in Texas" once left the crisis line out: a state or a big city names the country (988)."""
    assert rules.mentioned_country(text) == code
