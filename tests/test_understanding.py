"""Free-text understanding as a new user meets it: the classifier, context of red flags, routing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from bot.core.checks import check_root
from bot.core.classifier import load_classifier
from bot.core.content import Content
from bot.core.engine import Engine, Text, UserState
from bot.tools import training
from bot.tools.evaluation import LABELS, label_of

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def content() -> Content:
    loaded, problems = check_root(ROOT)
    assert [p for p in problems if not p.warning] == []
    return loaded


@pytest.fixture(scope="module")
def engine(content: Content) -> Engine:
    return Engine(content)


def first(engine: Engine, text: str, language: str = "en", **fields: object) -> tuple[str, list[str]]:
    """(label the engine's answer amounts to, the replies' texts) for a new user's first message."""
    state = UserState(user_id=7, language=language, fields=dict(fields))
    turn = engine.handle(state, Text(text), NOW)
    return label_of(turn.effects), [reply.text for reply in turn.replies]


def test_shipped_model_matches_its_training_files() -> None:
    model = load_classifier(ROOT / training.MODEL_FILE)
    assert model.fingerprint == training.fingerprint(training.examples(ROOT)), (
        "flows/understanding/classifier.json is stale: run `cuida train` and commit the result"
    )
    assert set(model.labels) == set(LABELS)


def test_a_broken_model_file_is_reported_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "classifier.json"
    path.write_text('{"labels": ["a"], "intercepts": [0.1, 0.2], "features": {}}')
    with pytest.raises(ValueError, match=r"classifier.json: labels and weights do not agree; run `cuida train`"):
        load_classifier(path)
    path.write_text("{not json")
    with pytest.raises(ValueError, match="run `cuida train`"):
        load_classifier(path)


def test_the_classifier_says_why(content: Content) -> None:
    assert content.classifier is not None
    decision = content.classifier.classify("do stem cell pills work?")
    assert decision.label == "pills"
    assert decision.evidence and all(isinstance(f, str) for f in decision.evidence)
    assert 0.0 < decision.probability <= 1.0 and decision.margin >= 0.0


ROUTING_SAMPLES = [
    "i have a fever of 38.4 and my knee is red",
    "tengo la rodilla hinchada desde ayer",
    "que pasa si me tomo las capsulas de celulas madre",
    "is it normal to feel tired",
    "quiero cambiar la fecha",
    "what are the signs of a stroke",
    "hola buenas",
    "asdf qwer",
    "when is the best time to ask about side effects of iv",
]


def _routes_in_subprocess(seed: str) -> str:
    code = (
        "import json,sys\n"
        "from pathlib import Path\n"
        "from datetime import datetime, timezone\n"
        "from bot.core.checks import check_root\n"
        "from bot.core.engine import Engine, Text, UserState\n"
        "content, _ = check_root(Path(sys.argv[1]))\n"
        "engine = Engine(content)\n"
        "now = datetime(2026, 12, 1, 10, tzinfo=timezone.utc)\n"
        "import random, yaml\n"
        "phrases = [p for f in yaml.safe_load(open(sys.argv[3])).values() for lang in ('en', 'es') for p in f[lang]]\n"
        "rnd = random.Random(1)\n"
        "pairs = [rnd.choice(phrases) + ' ' + rnd.choice(phrases) for _ in range(3000)]\n"
        "out = [[content.router.route(text) for text in pairs]]\n"
        "for text in json.loads(sys.argv[2]):\n"
        "    turn = engine.handle(UserState(1), Text(text), now)\n"
        "    out.append([[e.kind, e.data] for e in turn.effects])\n"
        "    out.append(content.router.scores(text))\n"
        "print(json.dumps(out, sort_keys=True, default=str))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), json.dumps(ROUTING_SAMPLES), str(ROOT / training.INTENTS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def test_the_same_text_routes_the_same_way_whatever_the_hash_seed() -> None:
    # Two phrases of the router's own glued together make near-ties between flows: with the
    # terms summed in a set's order, 4 of these 3,000 routed differently under seeds 0, 1 and 2.
    outputs = {seed: _routes_in_subprocess(seed) for seed in ("0", "1", "12345")}
    assert len(set(outputs.values())) == 1, "routing depends on PYTHONHASHSEED"
    assert '"routed"' in outputs["0"]  # it got as far as routing something


# ---- numbers in a story -----------------------------------------------------------------------

from bot.core.measures import days_in, temperature_in  # noqa: E402


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("tengo 38,4 de fiebre", 38.4),
        ("fever 101 F since last night", 38.3),
        ("101.3°F", 38.5),
        ("me subió a treinta y ocho y medio la fiebre", 38.5),
        ("fever of thirty eight point five", 38.5),
        ("calentura de treintaiocho", 38.0),
        ("temp 37.2 this morning", 37.2),
        ("tengo 40 años y fiebre de 38", 38.0),
        ("tengo 40 años", None),  # an age in a message with no word about temperature
        ("fiebre desde hace 40 minutos", None),
        # A line to compare with is not a reading.
        ("temp is 37.1, no way near 38, day 4", 37.1),
        ("tengo 37,1, ni cerca de 38", 37.1),
        ("under 38 so far", None),
        ("menos de 38 todo el día", None),
    ],
)
def test_temperatures_in_a_story(text: str, celsius: float | None) -> None:
    assert temperature_in(text) == celsius


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("tengo fiebre y la rodilla roja, hace 3 días", 3),
        ("day 4 post op and the knee is hot", 4),
        ("al cuarto día empezó a doler más", 4),
        ("3 days ago they injected my hip", 3),
        ("hace tres dias me pusieron las celulas", 3),
        ("on the fifth day I got chills", 5),
        ("tengo 3 hijos y me duele la rodilla", None),
    ],
)
def test_day_counts_in_a_story(text: str, days: int | None) -> None:
    assert days_in(text) == days


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("peor que el primer día, y ya es el quinto día", 5),
        ("worse than the first day, and it's day 5 now", 5),
        ("voy en el día 1 y me duele más", 1),
        ("it hurts more the day after the injection", 1),
        ("pain was 2/10 on day 1 and it is 7/10 today", None),
        ("peor que el primer día", None),
        # The first days after the treatment are the expected flare.
        ("my knee hurts more the first couple days after the injection", 2),
        ("me duele más los primeros días después de la inyección", 2),
        ("worse than the first few days, now it's day 6", 6),
        # The tenths of a reading are not a day; the first day is day 1.
        ("thermometer says 37.9 day 1 after the knee", 1),
        ("37,9 el primer día, ¿sigo vigilando?", 1),
        ("38,5 días después no sé", None),
        ("99.9 tonight, the same day as my back injection", 0),
        ("37,7 esta noche, el mismo día de la inyección", 0),
        # Worse since a day past the first ones: today is at least that day; since day 1 says nothing.
        ("me dolía menos los primeros días pero desde el día 4 me duele muchísimo más", 4),
        ("it hurt less the first few days but since day 4 it hurts way more", 4),
        ("worse since day 1", None),
        ("peor desde el día 1", None),
    ],
)
def test_the_latest_day_is_today_not_a_day_to_compare_with(text: str, day: int | None) -> None:
    from bot.core.measures import latest_day

    assert latest_day(text) == day


# ---- patterns found in the whole corpus's 5-fold misses (2026-12-01, second pass) -------------
# Each is written here in our own words, in both languages; none is a corpus sentence.

from bot.core import measures  # noqa: E402
from bot.core.classifier import features  # noqa: E402


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        # A sign recognised by meaning: a body word with a colour word, in any order or spelling.
        ("burning up and my fingertips have gone a greyish blue", "en", "emergency"),
        ("tiene fiebre y la piel como marmoleada, medio azulosa", "es", "emergency"),
        # Chest pressure told as a weight.
        ("feels like a heavy weight is sitting on my chest since lunch", "en", "emergency"),
        ("siento un peso enorme encima del pecho desde el almuerzo", "es", "emergency"),
        # A limb that stopped working is a symptom, not something that "stopped".
        ("my right arm just stopped working while I was cooking", "en", "emergency"),
        ("el brazo izquierdo dejó de responderme hace un rato", "es", "emergency"),
        # Suicidal thoughts in ordinary words.
        ("lately I keep thinking of ending it, no one would miss me", "en", "emergency"),
        ("estoy harta, nadie me echaría de menos", "es", "emergency"),
        # A low oxygen reading is trouble breathing.
        ("the finger oximeter says 86% and she looks tired", "en", "emergency"),
        ("el oxímetro marca 87 % y está cansado", "es", "emergency"),
        # A reading with a decimal is a temperature even with no word for it; the highest counts.
        ("37.8 at noon and 38.6 now, day 3 after the knee shot", "en", "urgent"),
        ("37,7 en la mañana y ahora 38,4, tercer día", "es", "urgent"),
        # Hands and feet going numb, by meaning.
        ("since the shoulder shot my fingers keep tingling", "en", "urgent"),
        ("desde la inyección tengo los dedos del pie adormecidos", "es", "urgent"),
        # One calf bigger than the other.
        ("my left calf looks bigger than the right one", "en", "urgent"),
        ("la pantorrilla izquierda se ve más gorda que la otra", "es", "urgent"),
        # A hot lump where they injected.
        ("there is a warm lump where the needle went in", "en", "urgent"),
        ("me salió una bolita caliente donde me inyectaron", "es", "urgent"),
        # The eye after an eye injection, painful.
        ("since the eye shot my eye is really sore and redder", "en", "urgent"),
        ("desde la inyección el ojo me duele y lo tengo más rojo", "es", "urgent"),
        # Fever with a sign of sepsis is an emergency, whatever the order.
        ("high temp since noon and now he seems confused about where he is", "en", "emergency"),
        ("38,9 de fiebre y mi mamá está desorientada, no sabe dónde está", "es", "emergency"),
        ("39 of fever and my heart is pounding like crazy", "en", "emergency"),
        ("fiebre de 39 y el corazón me late rapidísimo", "es", "emergency"),
        # A question word before the sign asks about it: information, not an alarm.
        ("which fever is too high after the injection?", "en", "info_alarming"),
        ("¿qué fiebre se considera alta después del tratamiento?", "es", "info_alarming"),
        # Something that happened and passed: "pero ya no", closing its clause.
        ("ayer tuve una presión en el pecho al subir la escalera, pero ya no", "es", "info_alarming"),
        ("had a tight chest on the stairs yesterday but not anymore", "en", "info_alarming"),
    ],
)
def test_signs_by_meaning_and_context(engine: Engine, text: str, language: str, label: str) -> None:
    got, replies = first(engine, text, language)
    assert got == label, (text, replies)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the numb patch on my thigh after the spine shot wore off by evening, all the feeling is back now", "en"),
        ("la zona dormida del muslo se me quitó en la tarde, ya volvió toda la sensibilidad", "es"),
    ],
)
def test_a_numbness_that_wore_off_is_no_alarm(engine: Engine, text: str, language: str) -> None:
    """No rule reads a sign now; the model, which moves with every retraining (it has read this as
    an emergency at 0.39 and as a warning sign at 0.44), may make it information or a side effect,
    never an alarm: the story ends well."""
    got, found, replies = first_sign(engine, text, language)
    assert got in ("side_effect", "info_alarming") and found in (None, "new_numbness", "unrecognised"), (text, replies)


@pytest.mark.parametrize(
    "text",
    [
        "my knee hurts since the injection",
        "me duele la rodilla desde la inyección",
        "my shoulder aches since the shot",
        "me duele el hombro desde el pinchazo",
    ],
)
def test_a_plain_ache_since_the_injection_is_a_side_effect(engine: Engine, text: str) -> None:
    """The commonest expected effect: no rule reads a sign, and the model, retrained on many warning
    signs told "since the injection", must not raise one (it reached 0.77 against its 0.75 line once)."""
    got, found, replies = first_sign(engine, text, "es" if "duele" in text else "en")
    assert (got, found) == ("side_effect", None), (text, replies)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the knee is worse today and I can't even walk to the bathroom", "en"),
        ("la rodilla está cada vez peor y no puedo ni pararme", "es"),
    ],
)
def test_a_treated_joint_worse_and_unable_to_walk(engine: Engine, content: Content, text: str, language: str) -> None:
    """The rules read the warning sign; the model, near its line (0.71 on 2026-12-02), may raise it
    to an emergency, never lower it."""
    assert content.safety is not None
    found, _ = content.safety.assess(text)
    assert found is not None and (found.level, found.now) == ("urgent", True)
    got, replies = first(engine, text, language)
    assert got in ("urgent", "emergency"), (text, replies)


@pytest.mark.parametrize(
    "text",
    [
        # Real words one slip from a red-flag word ("inconsciente", "despierta", "supuración")
        # are left as typed: the red-flag layer raises nothing.
        "she is conscious and chatting, just sleepy after the drip",
        "está consciente y conversando, solo con sueño después del suero",
        "ojalá no despierte a mi hija cuando llegue",
        "hope the noise doesn't wake up the baby",
        "la saturación me da 96 %",
        # Forms of common verbs missing from the Spanish word list: "empezando" once became
        # "empeorando" (pain getting worse), "pinchado" became "hinchado" (swollen).
        "mi papá está empezando con alzhéimer",
        "me han pinchado la rodilla esta mañana",
        "estamos esperando al doctor, ya lo han intentado llamar",
    ],
)
def test_real_words_are_not_corrected_into_signs(content: Content, text: str) -> None:
    assert content.safety is not None
    assert content.safety.check(text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my oxygen saturation reads 97% at home", "en"),
        ("la saturación me da 96 % en la casa", "es"),
        ("ya no quiero recibir recordatorios diarios", "es"),
        ("I no longer want the daily reminders", "en"),
    ],
)
def test_no_alarm_on_normal_readings_or_plain_requests(engine: Engine, text: str, language: str) -> None:
    got, replies = first(engine, text, language)
    assert got not in ("emergency", "urgent"), (text, replies)


def test_ya_no_that_goes_on_is_still_happening(content: Content) -> None:
    assert content.safety is not None
    alarm = content.safety.check("ya no puedo respirar bien")
    assert alarm is not None and alarm.sign == "breathing" and alarm.now


def test_function_words_are_no_evidence() -> None:
    # "and" and "y" once taught the model that long stories are emergencies.
    assert list(features("and the of y de la")) == []
    found = set(features("no fever y tos"))
    assert {"w:no", "w:fever", "b:no fever", "w:tos", "b:y tos"} <= found
    assert "w:y" not in found and not any(f.startswith("c:") and f[2:].strip() == "y" for f in found)


def test_oxygen_and_highest_temperature_readings() -> None:
    assert measures.low_oxygen_span("sat 85%, FR 30") is not None
    assert measures.low_oxygen_span("SpO2 95 %") is None
    assert measures.low_oxygen_span("85% of people") is None
    assert measures.temperature_in("37,9 this morning and 38,6 now") == 38.6
    assert measures.temperature_in("weighs 75.5 kg") is None


def test_real_words_list_is_current(content: Content) -> None:
    pytest.importorskip("spellchecker")
    shipped = set(yaml.safe_load((ROOT / training.REAL_WORDS).read_text(encoding="utf-8"))["words"])
    assert {"consciente", "saturacion", "empezando", "pinchado"} <= shipped
    # The present of a stem-changing verb is not generated: "tembla" is a slip for "tiembla".
    assert "tembla" not in shipped and content.safety is not None and content.safety.correct("tembla") == "tiembla"
    assert training.spanish_forms("empezar")[:2] == ["empezando", "empezado"] and training.spanish_forms("ser") == []
    assert shipped == set(training.real_words(ROOT)), "flows/safety/real_words.yaml is stale: run `cuida train`"


def first_sign(engine: Engine, text: str, language: str) -> tuple[str, str | None, list[str]]:
    """(label, the sign the red-flag rules named or None, the replies) for a new user's first message."""
    state = UserState(user_id=7, language=language)
    turn = engine.handle(state, Text(text), NOW)
    signs = [
        str(event.data.get("sign"))
        for event in turn.effects
        if event.kind in ("red_flag", "warning_sign", "alarm_info") and event.data.get("by", "rules") == "rules"
    ]
    return label_of(turn.effects), (signs[0] if signs else None), [reply.text for reply in turn.replies]


@pytest.mark.parametrize(
    "text",
    ["since the eye injection the light hurts my eye", "desde la inyección en el ojo me duele con la luz"],
)
def test_light_that_hurts_an_injected_eye(engine: Engine, content: Content, text: str) -> None:
    """The rules read the warning sign; the model may raise it to an emergency, never lower it."""
    assert content.safety is not None
    found, _ = content.safety.assess(text)
    assert found is not None and (found.sign, found.level, found.now) == ("eye_worse", "urgent", True)
    label, _, _ = first_sign(engine, text, "en" if "eye" in text else "es")
    # Eye pain after an eye injection can be an emergency (medical-facts.md): escalating is allowed.
    assert label in ("urgent", "emergency")


@pytest.mark.parametrize(
    ("text", "language", "label", "sign"),
    [
        # A heart rate read off a watch or a monitor: over 130 on its own, or 120 with a fever.
        ("my fitbit has been showing 142 all evening and I feel off", "en", "emergency", "fast_heartbeat"),
        ("el reloj me marca 138 de pulso toda la tarde y me siento rara", "es", "emergency", "fast_heartbeat"),
        ("temp 38.6 since lunch and my pulse is sitting at 124", "en", "emergency", "fast_heartbeat"),
        ("tengo fiebre de 38,7 y las pulsaciones en 125", "es", "emergency", "fast_heartbeat"),
        # Coughing up blood told by its colour.
        ("he keeps hacking up pink phlegm since this morning", "en", "emergency", "coughing_blood"),
        ("estoy escupiendo flema rosada desde anoche", "es", "emergency", "coughing_blood"),
        # Collapsing, in everyday words, and a person who barely answers.
        ("my wife went down like a stone in the kitchen", "en", "emergency", "fainting"),
        ("mi hermano se fue redondo en el patio hace un rato", "es", "emergency", "fainting"),
        ("since the drip my dad is barely responding to us", "en", "emergency", "confusion"),
        ("desde el suero mi papá apenas contesta cuando le hablo", "es", "emergency", "confusion"),
        # Someone else's sign happening now is not family history.
        ("my uncle cant hold his pee since they injected his spine on monday", "en", "emergency", "bladder_bowel"),
        ("a mi tía se le escapa la orina sin darse cuenta desde el martes", "es", "emergency", "bladder_bowel"),
        ("a mi abuelo se le sale la caca sin querer desde el lunes", "es", "emergency", "bladder_bowel"),
        ("my aunt cant move her right leg since the back injection yesterday", "en", "emergency", "leg_weakness"),
        ("a mi tía no le responden las piernas desde ayer", "es", "emergency", "leg_weakness"),
        # Skin mottling in everyday words.
        ("his skin looks marbled and he is burning up", "en", "emergency", "skin_colour"),
        ("tiene la piel jaspeada y está ardiendo en fiebre", "es", "emergency", "skin_colour"),
        ("purple blotches came up on her legs tonight", "en", "emergency", "skin_colour"),
        ("le salieron manchas moradas en las piernas esta noche", "es", "emergency", "skin_colour"),
        ("her knees look blotchy since this afternoon", "en", "emergency", "skin_colour"),
        ("tiene las rodillas moteadas desde la tarde", "es", "emergency", "skin_colour"),
        ("my mum's lips look dusky", "en", "emergency", "skin_colour"),
        # A wound whose edges come apart.
        ("the edges of my harvest cut are separating", "en", "urgent", "wound_opening"),
        ("los bordes del corte de la liposucción se están separando", "es", "urgent", "wound_opening"),
        ("la heridita del muslo se está abriendo", "es", "urgent", "wound_opening"),
        # Swelling that keeps growing, or swelling with warmth said with a diminutive.
        ("my ankle is more and more swollen since the shot", "en", "urgent", "spreading_redness"),
        ("el tobillo está cada vez más hinchado desde la inyección", "es", "urgent", "spreading_redness"),
        ("the shoulder is swollen and warm where they injected", "en", "urgent", "septic_joint"),
        ("el hombro está hinchado y calentito donde me inyectaron", "es", "urgent", "septic_joint"),
        # An eye that stings after an eye injection; a thumb gone numb.
        ("my eye stings more and more since the injection", "en", "urgent", "eye_worse"),
        ("me escuece el ojo desde la inyección", "es", "urgent", "eye_worse"),
        ("my thumb has gone numb after the wrist shot", "en", "urgent", "new_numbness"),
        ("se me durmió el pulgar después de la inyección", "es", "urgent", "new_numbness"),
        # A time that dates the treatment, not the sign: a joint infection can start weeks later.
        ("they injected my hip a month ago and it is hot and swollen", "en", "urgent", "spreading_redness"),
        ("me inyectaron la cadera hace un mes y no puedo ni apoyar", "es", "urgent", "septic_joint"),
        # ...but a treatment years ago, and signs told in the past, stay information.
        ("I had the injection 3 years ago and my knee was hot and swollen", "en", "info_alarming", "septic_joint"),
        ("mi primo tuvo convulsiones después de un tratamiento hace años", "es", "info_alarming", "seizure"),
        # A sign that passed, and the person is fine today.
        ("I felt faint yesterday but I'm completely fine today", "en", "info_alarming", "fainting"),
        ("ayer casi me desmayo pero hoy estoy perfectamente bien", "es", "info_alarming", "fainting"),
    ],
)
def test_signs_people_describe_in_their_own_words(
    engine: Engine, text: str, language: str, label: str, sign: str
) -> None:
    got, found, replies = first_sign(engine, text, language)
    assert (got, found) == (label, sign), (text, replies)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my watch says 95 bpm, is that ok?", "en"),
        ("el pulso me da 88, ¿es normal?", "es"),
        ("I have a cough and my throat is red", "en"),
        ("tengo tos y la garganta roja", "es"),
        ("me quedó un puntito rojo del pinchazo, ¿me voy a morir? jaja", "es"),
        ("i want to end it with my clinic, they never answer the phone", "en"),
        ("my hands shake when it is cold outside, always have", "en"),
        ("me tiemblan las manos con el frío, desde siempre", "es"),
        ("my grandfather died of a heart attack years ago", "en"),
        ("mi abuelo murió de un infarto hace años", "es"),
    ],
)
def test_readings_colours_and_history_that_are_not_a_sign_now(engine: Engine, text: str, language: str) -> None:
    got, found, replies = first_sign(engine, text, language)
    assert found is None or got == "info_alarming", (text, found, replies)


def test_heart_rate_readings() -> None:
    assert measures.heart_rate_span("heart going like 150 on the monitor") is not None
    assert measures.heart_rate_span("pulso 135")[2] == 135  # type: ignore[index]
    assert measures.heart_rate_span("128 bpm since noon")[2] == 128  # type: ignore[index]
    assert measures.heart_rate_span("130 latidos por minuto")[2] == 130  # type: ignore[index]
    # A temperature, an oxygen reading, a date or a price is not a heart rate.
    assert measures.heart_rate_span("my watch says 38.9 degrees") is None
    assert measures.heart_rate_span("el oxímetro marca 97%") is None
    assert measures.heart_rate_span("bought the watch in 2024 for 300 dollars") is None


# ---- signs read by meaning, second pass (2026-12-01 evening) -----------------------------------


SECOND_PASS = [
    # Drowsy WITH a fever is a sepsis sign; either alone is not an emergency.
    ("my dad has a fever and is so drowsy he keeps nodding off mid sentence", "en", "emergency", "drowsy"),
    ("mi papá tiene fiebre y está muy somnoliento, se queda dormido a cada rato", "es", "emergency", "drowsy"),
    ("temperatura de 39,1 y la abuela está aletargada", "es", "emergency", "drowsy"),
    ("temp 102 and she can barely stay awake", "en", "emergency", "drowsy"),
    # Confusion in everyday words.
    ("since the infusion my grandpa doesnt know what day it is", "en", "emergency", "confusion"),
    ("desde la infusión mi abuelo no sabe qué día es", "es", "emergency", "confusion"),
    ("she doesnt recognise us since this morning", "en", "emergency", "confusion"),
    ("mi tía no nos reconoce desde esta mañana", "es", "emergency", "confusion"),
    ("he is not with it, talking rubbish since the drip", "en", "emergency", "confusion"),
    # A temperature written in words is a reading like one in digits.
    ("treinta y ocho y medio de temperatura desde la tarde, día 2", "es", "urgent", "fever"),
    ("temperature thirty eight point six tonight", "en", "urgent", "fever"),
    # A list of signs with commas is one statement.
    ("my knee is swollen, red, hot since yesterday", "en", "urgent", "septic_joint"),
    ("la rodilla hinchada, colorada, caliente desde ayer", "es", "urgent", "septic_joint"),
    # Falling asleep (numb) fingers; a wound whose stitches come apart; pus called "materia".
    ("se me duermen los dedos del pie desde la inyección", "es", "urgent", "new_numbness"),
    ("the stitches on the hip where they took marrow came apart", "en", "urgent", "wound_opening"),
    ("a mi esposo le sale materia del piquete", "es", "urgent", "discharge"),
    ("the cut on my thigh is weeping and manky", "en", "urgent", "discharge"),
    # Skin that changes colour and goes cold has lost its blood supply.
    ("the tip of my nose went white and cold after the filler", "en", "emergency", "vessel_block"),
    ("la punta de la nariz se puso pálida y fría después del relleno", "es", "emergency", "vessel_block"),
    # A plan or a goodbye is suicidal intent.
    ("i wrote letters for my kids and i am ready to end it", "en", "emergency", "suicidal"),
    ("ya dejé cartas de despedida para mi familia", "es", "emergency", "suicidal"),
    # Regional words: fits (UK, Ireland, India), la pálida (Chile, Argentina), jamacuco (Spain),
    # breathlessness (India), chuchos de frío (Argentina).
    ("my mother is having fits since an hour", "en", "emergency", "seizure"),
    ("a mi vieja le dio la pálida en la cocina", "es", "emergency", "fainting"),
    ("a mi suegro le ha dado un jamacuco en el baño", "es", "emergency", "fainting"),
    ("my father has breathlessness since the drip", "en", "emergency", "breathing"),
    ("me agarraron unos chuchos de frío terribles, día 3", "es", "urgent", "chills"),
    # "Back in" is only a time gone when it names one; "still" before a treatment asks about it.
    ("she has had 38.4 since tuesday, should we go back in", "en", "urgent", "fever"),
    ("my aunt had a seizure years ago, can she still get the injection", "en", "info_alarming", "seizure"),
    ("mi tío tuvo convulsiones de chamaco, ¿se puede hacer el tratamiento?", "es", "info_alarming", "seizure"),
    ("had a fever last week, now fine", "en", "info_alarming", "fever"),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Sleepy without a fever is tiredness; an age in words is not a temperature.
        ("so sleepy today after the drip, is that normal?", "en"),
        ("estoy muy dormida hoy después del suero, no tengo fiebre", "es"),
        ("tengo cuarenta y dos años y me pusieron células en la rodilla", "es"),
    ],
)
def test_words_that_are_not_an_emergency_alone(engine: Engine, text: str, language: str) -> None:
    got, _found, replies = first_sign(engine, text, language)
    assert got != "emergency", (text, replies)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # No rule reads these as a sign (the classifier, which escalates when unsure, may still).
        ("had a fit of coughing this morning", "en"),
        ("it is dark and cold here tonight", "en"),
        ("hace frío y está oscuro aquí esta noche", "es"),
        ("me dio un ataque de risa", "es"),
        ("para qué seguir pagando esto si no mejora", "es"),
        ("whats the point of trying to book before march", "en"),
        # Not knowing where a thing is, is not confusion.
        ("no sé ni dónde está la receta del antibiótico", "es"),
        # "¿para qué sigo con…?" asks about an errand, not about living.
        ("¿para qué sigo con las citas si no me sirven?", "es"),
        ("why go on with the sessions if they don't help", "en"),
    ],
)
def test_rules_do_not_read_these_as_signs(content: Content, text: str, language: str) -> None:
    assert content.safety is not None
    assert content.safety.check(text) is None, text


def test_spelt_temperatures_have_a_place_in_the_text() -> None:
    text = "la semana pasada tuve treinta y nueve de fiebre"
    span = measures.spelt_temperature_span(text)
    assert span is not None and text[span[0] : span[1]] == "treinta y nueve" and span[2] == 39.0
    assert measures.spelt_temperature_span("tengo cuarenta y dos años") is None


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        # Voice typing writes °F in words.
        ("thermometer says one oh one point three", 38.5),
        ("temp is a hundred and two", 38.9),
        # "one hundred point eight", "cien punto ocho": 100.8 °F, the hundred with no units.
        ("my temp reads one hundred point eight", 38.2),
        ("el termómetro marca cien punto ocho", 38.2),
        ("she's running a hundred and one since lunch", 38.3),
        ("treinta y ocho y medio de fiebre", 38.5),
        ("ninety nine point five the evening of treatment", 37.5),
        ("noventa y nueve punto cinco de temperatura", 37.5),
        # The tenths said after a space, as "37 8" is typed.
        ("treinta y siete ocho hoy día cero", 37.8),
        ("thirty eight two this morning", 38.2),
        ("treinta y ocho justos día uno", 38.0),
        # "clavado", "on the dot": exactly, said of a reading.
        ("tengo treinta y ocho clavado, día dos", 38.0),
        ("thirty eight on the dot on day three", 38.0),
        ("tengo treinta y ocho años jaja", None),
        # "y" said for the point, in the range of a body temperature.
        ("tiene treinta y ocho y dos y dice que tiene frío", 38.2),
        ("treinta y siete y cuatro esta mañana", 37.4),
        # Not a temperature: nobody runs it, no word of temperature; a comma, an age, a price.
        ("my son is one and two months", None),
        ("a hundred and one reasons to stay home", None),
        ("tengo treinta y siete, ocho hijos", None),
        ("treinta y siete ocho años", None),
        ("gasté noventa y nueve dólares", None),
        ("cien por ciento seguro", None),
        ("she is ninety two years old", None),
    ],
)
def test_fahrenheit_said_in_words(text: str, celsius: float | None) -> None:
    span = measures.spelt_temperature_span(text)
    assert (span[2] if span is not None else None) == celsius


@pytest.mark.parametrize(
    ("text", "smaller"),
    [
        ("the redness was spreading on Tuesday, today it's half the size", True),
        ("hoy está mucho más chiquita", True),
        ("se estaba extendiendo y ya se achicó", True),
        ("it's not smaller today", False),
        ("hoy no está más chiquita", False),
        ("the red patch is bigger today", False),
    ],
)
def test_smaller_now_told_in_words(text: str, smaller: bool) -> None:
    assert measures.shrinking_told(text) is smaller


@pytest.mark.parametrize(
    ("text", "rising"),
    [
        ("pain diary: day1 = 4, day2 = 3, day3 = 5, today (day 4) its an 8/10", True),
        ("dolor: día 1: 3, día 2: 2, hoy un 9 de 10", True),
        ("pain diary: day1 = 6, day2 = 4, today 3/10", False),
    ],
)
def test_pain_scores_written_against_their_day(text: str, rising: bool) -> None:
    assert (measures.rising_pain_span(text) is not None) is rising


def test_only_with_names_a_sign_and_is_reported_with_its_line(tmp_path: Path) -> None:
    from bot.core.safety import load_safety

    shipped = (ROOT / "flows" / "safety").glob("*.yaml")
    for path in shipped:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    flags = tmp_path / "red_flags.yaml"
    text = flags.read_text(encoding="utf-8").replace(
        "    only_with: [fever, chills]", "    only_with: [fevre, chills]", 1
    )
    flags.write_text(text, encoding="utf-8")
    _rules, problems = load_safety(tmp_path)
    line = text.splitlines().index("    only_with: [fevre, chills]") + 1
    assert [(p.line, p.message) for p in problems if "only_with" in p.message] == [
        (line, "sign 'drowsy': 'only_with' names 'fevre', not a sign that counts on its own (did you mean 'fever'?)")
    ]


def test_eased_names_a_milder_sign_and_is_reported_with_its_line(tmp_path: Path) -> None:
    from bot.core.safety import load_safety

    for path in (ROOT / "flows" / "safety").glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    flags = tmp_path / "red_flags.yaml"
    text = flags.read_text(encoding="utf-8").replace("      to: eye_worse", "      to: chest_pain", 1)
    flags.write_text(text, encoding="utf-8")
    _rules, problems = load_safety(tmp_path)
    line = text.splitlines().index("      to: chest_pain") + 1
    assert [(p.line, p.message) for p in problems] == [
        (line, "sign 'vision_loss': 'eased' 'to' must name a milder sign, not 'chest_pain'")
    ]


@pytest.mark.parametrize(
    ("text", "language", "sign"),
    [
        # Pain with sight kept is the clinic today; pain called severe, or sight going, is an emergency.
        ("my eye hurts more every day since the injection but I can see fine", "en", "eye_worse"),
        ("me duele el ojo cada día más desde la inyección, pero veo bien", "es", "eye_worse"),
        ("terrible eye pain since the injection, I can still see", "en", "vision_loss"),
        ("dolor horrible en el ojo desde la inyección, veo bien", "es", "vision_loss"),
        ("my eye hurts and I can't see fine", "en", "vision_loss"),
        ("me duele el ojo y no veo bien", "es", "vision_loss"),
        # A hand or arm gone numb that moves as before is new numbness; weak or one side is a stroke.
        ("my fingers on the IV arm went numb this morning, I can move them fine", "en", "new_numbness"),
        ("tengo el brazo entumecido desde esta mañana, pero lo muevo bien", "es", "new_numbness"),
        ("my arm went numb and weak, I can move it", "en", "stroke"),
        ("tengo el brazo entumecido y débil, pero lo muevo", "es", "stroke"),
        ("one side of my body went numb, I can move it", "en", "stroke"),
    ],
)
def test_a_sign_is_eased_only_when_the_function_is_said_to_be_kept(
    engine: Engine, text: str, language: str, sign: str
) -> None:
    """An eye that hurts but sees, a hand numb but moving: the clinic today, not an ambulance."""
    label, found, _ = first_sign(engine, text, language)
    assert (found, label) == (sign, "urgent" if sign in ("eye_worse", "new_numbness") else "emergency")


AFTER_SET_B = [
    # A plan with pills is suicidal intent.
    ("i have my painkillers saved up and i am taking them all", "en", "emergency", "suicidal"),
    ("tengo las pastillas juntadas desde hace semanas", "es", "emergency", "suicidal"),
    # Scots and "down below".
    ("ma groin's gone numb and i cannae feel when i need the toilet", "en", "emergency", "groin_numbness"),
    ("it's all numb down below since the spinal jab", "en", "emergency", "groin_numbness"),
    # A calendar year dates a sign told with its treatment: "after her drip in 2018".
    ("my cousin had chest pain after her drip in 2018, will it happen to me", "en", "info_alarming", "chest_pain"),
    (
        "mi primo tuvo dolor de pecho después del suero en el 2018, me pasará a mí?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    # "Again" asks to be told again; "I think I'm having one" is now.
    ("what are the signs of a heart attack again?", "en", "info_alarming", "chest_pain"),
    ("what are the signs of a stroke? i think im having one", "en", "emergency", "stroke"),
    ("¿cuáles son las señales de un infarto? creo que me está dando uno", "es", "emergency", "chest_pain"),
    # Swelling that grows said with the verb, and skin that burns to the touch.
    ("el tobillo se hincha cada vez más desde el pinchazo", "es", "urgent", "spreading_redness"),
    ("the stitches in my thigh where they took the fat have come undone", "en", "urgent", "wound_opening"),
]


READINGS_EYES_LUNGS = [
    # A reading given as exact is a reading.
    ("38 exactly tonight, day 3 after the hip shot", "en", "urgent", "fever"),
    ("38 justos esta noche, día 3 de la cadera", "es", "urgent", "fever"),
    # Light that hurts the injected eye (the English one: see test_light_that_hurts_an_injected_eye).
    ("desde la inyección me molesta la luz en el ojo", "es", "urgent", "eye_worse"),
    # A lung clot: asked about, information; happening, an emergency.
    ("can the drip cause a clot in the lungs?", "en", "info_alarming", "breathing"),
    ("¿el suero puede causar una embolia pulmonar?", "es", "info_alarming", "breathing"),
    ("the doctor says my mum has a clot in her lung right now", "en", "emergency", "breathing"),
    ("a mi papá le encontraron un coágulo en el pulmón hoy", "es", "emergency", "breathing"),
    # Asking just to know.
    ("¿cuándo es para preocuparse si se hincha la pantorrilla? es por saber", "es", "info_alarming", "leg_clot"),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [("tengo 38 años y me duele la rodilla", "es"), ("I'm 39 years old and my knee aches a bit", "en")],
)
def test_an_age_is_not_a_reading(engine: Engine, text: str, language: str) -> None:
    got, found, replies = first_sign(engine, text, language)
    assert got not in ("urgent", "emergency"), (text, found, replies)


def test_a_counted_number_is_one_feature() -> None:
    # "38 años" is a count; "tengo 38" alone keeps the number as a word.
    assert "w:#count" in features("38 años") and "w:38" not in features("38 años")
    assert "w:38" in list(features("tengo 38"))


AFTER_SET_C = [
    # Seeing only light or shadows is losing sight.
    ("since the eye shot i only see shadows out of that eye", "en", "emergency", "vision_loss"),
    ("desde la inyección solo veo sombras con ese ojo", "es", "emergency", "vision_loss"),
    # "Me tiro del puente": the present said as a plan.
    ("ya lo decidí, mañana me tiro del puente", "es", "emergency", "suicidal"),
    # A reading said roughly, with no word for temperature.
    ("tengo treinta y nueve y pico desde anoche, día 3", "es", "urgent", "fever"),
    # A joint that cannot bend, said with a pronoun.
    ("la rodilla se puso caliente y no la puedo doblar", "es", "urgent", "septic_joint"),
    # A spot with a yellow head where they injected.
    ("the injection spot has a yellow head on it now, day 3", "en", "urgent", "discharge"),
    ("el piquete tiene una puntita amarilla, día 3", "es", "urgent", "discharge"),
    # "Se fue de lado" is a fall, not "it went away".
    ("mi mamá se fue de lado en la cocina y casi no responde", "es", "emergency", "confusion"),
    # "Will it make me faint?" and "¿a partir de cuántos grados?" ask about a sign.
    (
        "I passed out years ago at the dentist. will the harvest make me pass out?",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("¿a partir de cuántos grados la fiebre es de cuidado?", "es", "info_alarming", "fever"),
    (
        "mi tía se desmayó el año pasado en un análisis, ahora le toca aquí, ¿qué hacen?",
        "es",
        "info_alarming",
        "fainting",
    ),
]


@pytest.mark.parametrize(("weight", "label"), [(6.0, "emergency"), (0.0, "urgent")])
def test_the_models_emergency_reading_wins_over_a_rules_warning_sign(
    content: Content, weight: float, label: str
) -> None:
    """A rule finds a warning sign; a model sure it is an emergency escalates, an unsure one does not."""
    from dataclasses import replace

    from bot.core.classifier import Classifier

    model = Classifier(["emergency", "urgent", "other"], [0.0, 0.0, 0.0], {"w:throbbing": (1.0, (weight, 0.0, 0.0))})
    engine = Engine(replace(content, classifier=model))
    state = UserState(user_id=7, language="en")
    turn = engine.handle(state, Text("my knee is hot and swollen and throbbing"), NOW)
    assert label_of(turn.effects) == label
    if label == "emergency":
        flag = next(e for e in turn.effects if e.kind == "red_flag")
        assert flag.data["by"] == "rules+classifier"


@pytest.mark.parametrize(("weight", "label", "opinion"), [(0.01, "other", False), (3.0, "smalltalk", True)])
def test_a_faint_known_ngram_gives_the_model_no_opinion(weight: float, label: str, opinion: bool) -> None:
    """ "xxxx" shares one n-gram with a brand ("Cellmaxx"): a feature that moves no label leaves the
    model without an opinion, not answering with the largest intercept (short greetings)."""
    from bot.core.classifier import Classifier

    model = Classifier(["smalltalk", "pills", "other"], [4.9, -1.0, 1.1], {"c:xx ": (11.4, (0.0, weight, -weight))})
    decision = model.classify("xxxx")
    assert (decision.label, decision.probability > 0) == (label if opinion else "other", opinion)


# Patterns added after set E was measured on the shipped code: feeling a burden, letters left.
AFTER_SET_E = [
    ("i feel like a burden to everyone since the treatment failed", "en", "emergency", "suicidal"),
    ("me siento un estorbo para mi familia desde el tratamiento", "es", "emergency", "suicidal"),
    ("ya dejé las cartas escritas, esta noche lo acabo", "es", "emergency", "suicidal"),
    ("honestly whats the point of carrying on", "en", "emergency", "suicidal"),
]
AFTER_SET_D = [
    # Counts in words date a sign: "hace cinco años", "five years ago", "3 yrs ago".
    (
        "mi suegro tuvo un derrame cerebral hace cinco años, ¿puede hacerse el suero?",
        "es",
        "info_alarming",
        "stroke",
    ),
    ("my father in law had a stroke five years ago, can he have the drip?", "en", "info_alarming", "stroke"),
    ("my aunt had a seizure 3 yrs ago, is the injection ok for her", "en", "info_alarming", "seizure"),
    # "When someone is having a stroke": anyone, in a question.
    ("how do you tell when someone is having a stroke?", "en", "info_alarming", "stroke"),
    # Talk that makes no sense, said the other way round.
    ("mi abuelo no dice cosas con sentido desde la infusión", "es", "emergency", "confusion"),
]


# Patterns added after set F was measured once on the shipped code (our own wording, both languages).
AFTER_SET_F = [
    # A clause that ends well ("hoy me levanté perfecto") does not bring a passed sign back to now.
    (
        "tuve un dolor de pecho el domingo pero ya se me pasó, hoy me levanté perfecto",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("had some chest pain on sunday, gone now, today i feel great", "en", "info_alarming", "chest_pain"),
    # ... but "bien" before a word is "very", and a negated wellness is none.
    ("tengo dolor en el pecho, hoy estoy bien mal", "es", "emergency", "chest_pain"),
    ("chest pain today and I dont feel fine", "en", "emergency", "chest_pain"),
    ("hace años quise suicidarme, ahora estoy bien y otra vez lo pienso", "es", "emergency", "suicidal"),
    ("years ago i tried to kill myself, now im ok and i think about it again", "en", "emergency", "suicidal"),
    # "That was three weeks ago", "eso fue en agosto": a clause that dates what was told.
    ("I passed out when they drew my blood, but that was three weeks ago", "en", "info_alarming", "fainting"),
    ("mi hermano se desmayó en la clínica, pero eso fue en agosto", "es", "info_alarming", "fainting"),
    ("I fainted, that was 2 weeks ago, and today it happened again", "en", "emergency", "fainting"),
    ("me desmayé, eso fue hace dos semanas, y hoy me volvió a pasar", "es", "emergency", "fainting"),
    # Fine since: a resolution told as time.
    ("me desmayé una vez y desde entonces bien", "es", "info_alarming", "fainting"),
    ("fainted once after the drip and ive been fine since", "en", "info_alarming", "fainting"),
    # A decimal point is part of the number, not the end of a sentence.
    ("had a fever of 38.5 but that was last week", "en", "info_alarming", "fever"),
    ("tuve 38,5 de fiebre pero eso fue la semana pasada", "es", "info_alarming", "fever"),
    # Half degrees in words are a reading with no word for temperature, as "38,5" is.
    ("tengo treinta y nueve y medio desde la tarde", "es", "urgent", "fever"),
    ("thirty nine point two since lunch", "en", "urgent", "fever"),
    # A fever said to have gone, that came back, is a fever.
    ("se me quitó la fiebre con paracetamol pero volvió", "es", "urgent", "fever"),
    ("the fever came down with tylenol but its back up", "en", "urgent", "fever"),
    # The newest reading dated today beats a higher one dated yesterday, and the other way round.
    ("37 yesterday, today 38.6", "en", "urgent", "fever"),
    ("anoche 36,9 y hoy 38,7", "es", "urgent", "fever"),
    # Fingers by name.
    ("since the elbow shot my pinky and ring finger have gone numb", "en", "urgent", "new_numbness"),
    ("se me adormeció el meñique desde la inyección del codo", "es", "urgent", "new_numbness"),
    ("losing bladder control since the spinal injection", "en", "emergency", "bladder_bowel"),
    ("perdiendo el control de la vejiga desde la inyección en la columna", "es", "emergency", "bladder_bowel"),
    # A yes-no question about the sign as a verb with no person is about it in general.
    ("is fainting during the drip something that happens to people?", "en", "info_alarming", "fainting"),
    ("¿es normal desmayarse cuando te sacan la médula?", "es", "info_alarming", "fainting"),
    ("is it normal that my chest hurts since the drip", "en", "emergency", "chest_pain"),
    ("¿es normal que me duela el pecho desde el suero?", "es", "emergency", "chest_pain"),
    # Someone else's story followed by a question about the risk.
    ("my cousin got sepsis after a clinic in Mexico, how common is that?", "en", "info_alarming", "sepsis"),
    (
        "a mi cuñada le dio sepsis después de una clínica en el extranjero, ¿eso me puede pasar?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    # Someone else's sign now is a sign now: a relative or a neighbour is not a story.
    ("my neighbour fainted after her IV and we cant wake her", "en", "emergency", "fainting"),
    ("mi vecina se desmayó después del suero y no despierta", "es", "emergency", "fainting"),
    ("my friend cant breathe after the drip", "en", "emergency", "breathing"),
    ("una amiga no puede respirar desde la infusión", "es", "emergency", "breathing"),
    # "If it is happening" in a question is hypothetical; "if it is happening NOW" is not.
    (
        "a la gente le da un coágulo en el pulmón con el suero? cómo sabe uno si le está pasando?",
        "es",
        "info_alarming",
        "breathing",
    ),
    ("what do i do if it is happening right now? i cant breathe", "en", "emergency", "breathing"),
    # "What counts as a fever": a question.
    ("what counts as a fever for you?", "en", "info_alarming", "fever"),
    ("¿qué se considera fiebre después de la infusión?", "es", "info_alarming", "fever"),
    # A wound come open, the line drawn round the redness passed.
    ("the small cut from the harvest has come open, its gaping", "en", "urgent", "wound_opening"),
    ("the red went past the line i drew this morning", "en", "urgent", "spreading_redness"),
    ("lo colorado ya pasó la línea que le pinté con marcador", "es", "urgent", "spreading_redness"),
    # Half degrees after digits.
    ("amaneció con 38 y medio y temblando", "es", "urgent", "fever"),
    # Shaking told beside the cold it comes with (set U, dev): chills.
    ("estoy temblando y muerta de frío desde la infusión", "es", "urgent", "chills"),
    ("my teeth wont stop chattering since the infusion", "en", "urgent", "chills"),
]


# Patterns added after set G was measured once (our own wording, both languages).
AFTER_SET_G = [
    # "Completely gone": a resolution with a word in the middle.
    ("the chest pain I had this morning is completely gone now", "en", "info_alarming", "chest_pain"),
    ("el dolor de pecho de anoche se me quitó por completo", "es", "info_alarming", "chest_pain"),
    # "I don't have it, I read about it": a question ahead of time.
    (
        "can you cough up blood after the drip? i dont have it, just read it in a group",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "¿se puede toser sangre después del suero? yo no lo tengo, lo leí en un grupo",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    # A wish to die told as past, seasons included, "much better now with therapy".
    (
        "i thought of ending my life last summer but im in a much better place now with therapy",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "el verano pasado pensé en quitarme la vida pero ya estoy mucho mejor con terapia",
        "es",
        "info_alarming",
        "suicidal",
    ),
    # ... but "I'm fine now" never waves a wish to die away.
    ("i want to die, im fine now lol", "en", "emergency", "suicidal"),
    ("quiero morirme, pero ya estoy bien jaja", "es", "emergency", "suicidal"),
    ("some days I just want to end it", "en", "emergency", "suicidal"),
    # The expected flare, asked about on day 1 or 2 ("worse before it gets better?"): a side effect
    # question, as the corpus labels it (en-f096, en-g096), not a warning sign.
    ("will the knee hurt worse before it gets better? its day 2", "en", "side_effect", None),
    ("¿el dolor va a empeorar antes de mejorar? voy en el día 2", "es", "side_effect", None),
    # Plural "can they cause".
    ("¿las células por la vena pueden causar coágulos en los pulmones?", "es", "info_alarming", "breathing"),
    ("can these IV cells cause clots in the lungs?", "en", "info_alarming", "breathing"),
]


# Patterns added after set H was measured once (our own wording, both languages).
AFTER_SET_H = [
    # A face word beside a colour word after a face injection: a blocked vessel.
    ("since the filler the area next to my nose went whitish", "en", "emergency", "vessel_block"),
    (
        "después del relleno la piel al lado de la nariz se puso blanca y luego azulada",
        "es",
        "emergency",
        "vessel_block",
    ),
    # "The right one is fine": the other leg, not the sign.
    ("my left calf is swollen and warm since the drip, the right one is fine", "en", "urgent", "leg_clot"),
    (
        "tengo la pantorrilla izquierda hinchada y caliente desde el suero, la otra está bien",
        "es",
        "urgent",
        "leg_clot",
    ),
    # "It's gone swollen" is what it became; too painful to bend is a joint that cannot move.
    ("overnight the knee has gone swollen and too painful to bend", "en", "urgent", "septic_joint"),
    ("la rodilla me duele tanto que no puedo doblarla desde anoche", "es", "urgent", "septic_joint"),
    # A post pasted from a forum, then "is that real?".
    (
        "copied from a forum: 'my cousin got a blood infection after an IV drip abroad'. is that real?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "copiado de un foro: 'a mi tío le dio una infección en la sangre tras el suero'. ¿es verdad eso?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    # Red that grows day by day.
    ("lo rojo alrededor del pinchazo cada día está más grande", "es", "urgent", "spreading_redness"),
]


# Patterns added after sets I and J were measured once (our own wording, both languages).
AFTER_SETS_I_J = [
    # A condition told as past and now controlled.
    (
        "i had seizures as a teenager, epilepsy, well controlled now. can i still get the IV?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "de joven tuve convulsiones, epilepsia, ahora controlada. ¿puedo hacerme el suero?",
        "es",
        "info_alarming",
        "seizure",
    ),
    # "What does that mean?" after a sign the nurse named.
    ("the leaflet says to watch for saddle numbness, what does that mean?", "en", "info_alarming", "groin_numbness"),
    ("en el folleto dice 'anestesia en silla de montar', ¿qué significa?", "es", "info_alarming", "groin_numbness"),
    # A fever last week, a normal temperature now.
    ("had 38.4 on day 3 last week, normal temp for 5 days now. can i swim?", "en", "info_alarming", "fever"),
    (
        "la semana pasada tuve 38,4, ahora temperatura normal desde hace 5 días. ¿puedo nadar?",
        "es",
        "info_alarming",
        "fever",
    ),
    # "Last time" dates a sign.
    (
        "last time I fainted when they took the marrow, tomorrow is round two, any tips?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "la vez pasada me desmayé en la extracción, mañana es la segunda, ¿algún consejo?",
        "es",
        "info_alarming",
        "fainting",
    ),
    # "Se pasó de la raya": past the line drawn round the redness, not passed.
    ("la rojez ya se pasó de la marca que le hice ayer", "es", "urgent", "spreading_redness"),
    # Pain that rises instead of easing.
    ("day 6 and the pain is climbing instead of easing", "en", "urgent", "worsening_pain"),
    ("día 6 y el dolor en vez de bajar sube", "es", "urgent", "worsening_pain"),
    # Wetting oneself, in the infinitive and as it happens.
    ("me estoy orinando encima desde la inyección en la espalda", "es", "emergency", "bladder_bowel"),
]


# Patterns added after sets K and L were measured once (our own wording, both languages).
AFTER_SETS_K_L = [
    # A year someone believes it is, said in confusion, is not the date of the story.
    ("my wife has 39.5 and says we are in 1985, she doesnt know where she is", "en", "emergency", "confusion"),
    ("mi papá tiene 39,5 y cree que estamos en 1980, no sabe dónde está", "es", "emergency", "confusion"),
    # A wheeze told as the way someone breathes.
    (
        "after the stem cell drops my son is breathing with a whistle and his lips swell",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    ("desde las gotitas mi hijo respira con silbido", "es", "emergency", "anaphylaxis"),
    # A wound that smells rotten.
    ("the gauze on my belly cut smells like rotten meat", "en", "urgent", "discharge"),
    ("la gasa de la herida tiene olor a podrido", "es", "urgent", "discharge"),
    # "Zero fever", "cero fiebre": a denial.
    ("all good here, zero fever, wound dry", "en", "smalltalk|info_alarming|other", ""),
    ("todo bien, cero fiebre, la herida sequita", "es", "smalltalk|info_alarming|other", ""),
    # A decade is long gone, even right after a treatment word.
    (
        "my dad fainted after an injection in the 80s and never fainted again, is that a risk?",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("mi tía se desmayó con una inyección en los ochenta, ¿eso es un riesgo?", "es", "info_alarming", "fainting"),
    # Almost 39 is a reading.
    ("my husband has been almost 39 since last night after the knee injection", "en", "urgent", "fever"),
    ("mi esposo tiene casi 39 desde anoche, le pusieron células en la rodilla", "es", "urgent", "fever"),
]

AFTER_SET_M = [
    # A time phrase in the treatment's own clause dates the treatment, however long the clause.
    (
        "my daughter just had a fit, jerking all over, she got a cell infusion for her knees in Costa Rica last week",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "mi mamá escupe sangre desde anoche, le hicieron una infusión de células de grasa en Tijuana la semana pasada",
        "es",
        "emergency",
        "coughing_blood",
    ),
    # "Is it normal to have <sign> after <treatment>?" with no one in it asks in general.
    ("is it normal to get chest pain after an IV infusion? my uncle wants one", "en", "info_alarming", "chest_pain"),
    ("¿es normal tener dolor de pecho después de un suero de células?", "es", "info_alarming", "chest_pain"),
    # ... but with the writer in it, it is about now: escalate.
    ("is it normal to have chest pain after my infusion?", "en", "emergency", "chest_pain"),
    ("¿es normal tener dolor de pecho después de mi infusión?", "es", "emergency", "chest_pain"),
    # "cause a stroke": the question's article is the sign's first word.
    ("can a facial filler with cells cause a stroke? saw a scary video", "en", "info_alarming", "stroke"),
]

AFTER_SETS_N_O = [
    # The sight that "went" is lost, not a symptom that passed.
    ("the sight in my left eye just went, they injected it two days ago", "en", "emergency", "vision_loss"),
    ("se le fue la vista del ojo derecho a mi mamá de repente, la inyectaron ayer", "es", "emergency", "vision_loss"),
    # "Is it normal to go blind / que den convulsiones" with no one in it asks in general.
    ("is it normal to go blind after an eye injection? asking for my aunt", "en", "info_alarming", "vision_loss"),
    (
        "¿es normal que den convulsiones después de un suero de células? lo vi en un video",
        "es",
        "info_alarming",
        "seizure",
    ),
    # A warning sign told at length: its words may stand further apart than an emergency's.
    (
        "the redness around where they took the fat is spreading, it was small yesterday",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "lo rojo alrededor de donde me pusieron la inyección se está regando, ayer era chiquito",
        "es",
        "urgent",
        "spreading_redness",
    ),
    # A stitch that popped, a cut that is open.
    ("a stitch on my hip popped this morning and the cut is open", "en", "urgent", "wound_opening"),
    ("se me reventó un punto de la cadera y la herida está abierta", "es", "urgent", "wound_opening"),
    # A foot that will not lift, legs going numb, after a spine injection.
    ("he cant lift his right foot since the back injection", "en", "emergency", "leg_weakness"),
    ("no puede levantar el pie derecho desde la inyección en la espalda", "es", "emergency", "leg_weakness"),
    ("my legs are getting weak since the spine shot", "en", "emergency", "leg_weakness"),
    ("las piernas se le están durmiendo desde la inyección en la columna", "es", "emergency", "leg_weakness"),
]

AFTER_SETS_R_S = [
    # Breathing told as a breath that will not come, pain that stabs with each breath.
    ("cant get a full breath since i lay down, the infusion was yesterday", "en", "emergency", "breathing"),
    ("no puedo agarrar aire desde que me acosté, el suero fue ayer", "es", "emergency", "breathing"),
    ("there is a stabbing in my chest every time i breathe in", "en", "emergency", "chest_pain"),
    ("tengo una punzada en el pecho cada vez que respiro", "es", "emergency", "chest_pain"),
    # A plan told by its means.
    ("the tablets are all counted out on my nightstand, i have decided", "en", "emergency", "suicidal"),
    ("ya compré una soga, lo tengo decidido", "es", "emergency", "suicidal"),
    # Someone else's story "years back"; a study or a case report.
    (
        "my uncle had a stroke after an infusion in mexico years back, is the IV risky for me?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "a case report described vision loss after eye injections, how often does that happen?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "un estudio habla de pérdida de la vista tras inyecciones en el ojo, ¿qué tan seguido pasa?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    # "Is it normal to have A seizure": the article belongs to the sign.
    ("is it normal to have a seizure after stem cells?", "en", "info_alarming", "seizure"),
    ("¿es normal tener una convulsión después del suero de células?", "es", "info_alarming", "seizure"),
    # Passed, told with the time it happened in between; a fever normal since.
    ("the chills from last night are gone, 36.5 today", "en", "info_alarming", "chills"),
    ("los escalofríos de anoche ya se me quitaron, hoy 36,5", "es", "info_alarming", "chills"),
    ("i had 38.4 on monday but it has been normal since tuesday, i feel fine today", "en", "info_alarming", "fever"),
    ("el lunes tuve 38,4 pero desde el martes ya normal, hoy me siento bien", "es", "info_alarming", "fever"),
    # Redness that climbs.
    ("the redness on my knee has crept up to my thigh since yesterday", "en", "urgent", "spreading_redness"),
    ("la rojez de la rodilla ya se ha subido hasta el muslo desde ayer", "es", "urgent", "spreading_redness"),
]

AFTER_SETS_T_U = [
    # "What do I do" is a plea for help; "what do I do IF" asks about the sign.
    ("what do i do, i cant breathe", "en", "emergency", "breathing"),
    ("qué hago, no puedo respirar", "es", "emergency", "breathing"),
    ("what do i do if i cant breathe after the drip?", "en", "info_alarming", "breathing"),
    # Asked what to do if it happens again, by someone well now: the episode is over...
    (
        "my mum fainted at the clinic this morning but she has been fine for hours now. what do we do if it happens again?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi papá se desmayó en la clínica esta mañana pero ya lleva horas bien. ¿qué hacemos si le vuelve a pasar?",
        "es",
        "info_alarming",
        "fainting",
    ),
    # ...unless something is still happening.
    ("he fainted this morning and he is still dizzy, what if it happens again?", "en", "emergency", "fainting"),
    ("se desmayó esta mañana y todavía está mareado, ¿y si le vuelve a pasar?", "es", "emergency", "fainting"),
    # "Feel normal today" dates the wellness, not the sign.
    ("the chest pain from last night is completely gone and i feel normal today", "en", "info_alarming", "chest_pain"),
    ("el dolor de pecho de anoche se quitó por completo, hoy me siento normal", "es", "info_alarming", "chest_pain"),
    # A question inside a sign told in parts.
    ("can an eye injection leave you blind?", "en", "info_alarming", "vision_loss"),
    ("¿puede una inyección en el ojo dejarte ciego?", "es", "info_alarming", "vision_loss"),
    # "Not me, it's my wife": the one named is the patient.
    ("i don't have anything, it's my wife, she has 101 since last night", "en", "urgent", "fever"),
    ("yo no tengo nada, es mi esposo: tiene 38,6 desde anoche", "es", "urgent", "fever"),
    # Puffy is swollen.
    ("my wrist is hot and puffy since the injection", "en", "urgent", "septic_joint"),
]

AFTER_SETS_V_W = [
    # Not having been able to pee after a spine injection.
    ("i haven't been able to pee since the back injection this morning", "en", "emergency", "bladder_bowel"),
    ("no he podido orinar desde la inyección en la columna", "es", "emergency", "bladder_bowel"),
    # "If after…", "si después de…", "¿puede pasar que…?": asked ahead.
    ("if after the spine injection i cant pee, is that serious?", "en", "info_alarming", "bladder_bowel"),
    ("si después de la inyección en la espalda no puedo orinar, ¿es grave?", "es", "info_alarming", "bladder_bowel"),
    (
        "is it possible that the skin on the face turns white after a fat graft?",
        "en",
        "info_alarming",
        "vessel_block",
    ),
    (
        "¿puede pasar que la piel de la cara se ponga blanca después del relleno con células?",
        "es",
        "info_alarming",
        "vessel_block",
    ),
    # "ACV": a stroke, in the Southern Cone.
    ("¿cómo me doy cuenta si a mi papá le da un ACV?", "es", "info_alarming", "stroke"),
    ("a mi abuela le está dando un ACV, tiene la cara chueca", "es", "emergency", "stroke"),
    # Pain that goes further each day, or pain scores that climb.
    ("el dolor de la rodilla va a más cada día", "es", "urgent", "worsening_pain"),
    ("pain was 2/10 on day 1 and it is 7/10 today", "en", "urgent", "worsening_pain"),
    ("el dolor era 3 de 10 y hoy está en 8 de 10", "es", "urgent", "worsening_pain"),
    # A vein gone hard like a cord where the drip was.
    ("the vein where the drip went in is hard like a cord", "en", "urgent", "red_streak"),
    ("la vena del brazo donde me pusieron el suero está dura como un cordón", "es", "urgent", "red_streak"),
]

# Read after the final sets P, Q, X and Y were measured once (see README).
AFTER_FINAL_SETS = [
    # "Gone completely dark" is what the eye became, not a sign that went.
    ("my eye has gone completely dark in my right eye since the injection", "en", "emergency", "vision_loss"),
    ("se le puso todo oscuro en el ojo derecho desde la inyección de esta mañana", "es", "emergency", "vision_loss"),
    # A denial after the sign, with a tail that adds nothing.
    ("confundida no estoy ni nada, pero tengo 38,5 desde anoche", "es", "urgent", "fever"),
    # A clot in the lung named as such, asked about.
    ("¿qué síntomas tiene una embolia de pulmón?", "es", "info_alarming", "breathing"),
    # Dated before today by someone who says they are well today...
    ("ayer casi me desmayo en la fila, hoy ya estoy normal", "es", "info_alarming", "fainting"),
    (
        "two weeks ago i blacked out for a moment after the injection, been totally fine since",
        "en",
        "info_alarming",
        "fainting",
    ),
    # ...but not when something is still going on.
    ("yesterday i fainted and today i still feel dizzy", "en", "emergency", "fainting"),
    ("ayer me desmayé y hoy sigo mareada", "es", "emergency", "fainting"),
]

# Read after sets ZA to ZD were measured once on the shipped code 7612e2e (see README).
AFTER_SETS_ZA_ZD = [
    # A weekday before today, told by someone well now.
    (
        "had a tight chest on monday, the ER said it was reflux, all fine now. can i still have the second drip?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "el lunes tuve dolor de pecho, en urgencias dijeron que era un músculo, ya estoy bien. "
        "¿puedo seguir con la segunda infusión?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    # "keeps telling me" is the telling that goes on; "what would that look like?" asks.
    ("my mum keeps telling me to watch out for a stroke. what would that look like?", "en", "info_alarming", "stroke"),
    # "¿Qué se siente…?", "what does it feel like?"
    ("¿qué se siente una embolia pulmonar?", "es", "info_alarming", "breathing"),
    ("what does a blood clot in the lung feel like?", "en", "info_alarming", "breathing"),
    # "If at some point…", asked ahead by someone who says they are well right now.
    (
        "si en algún momento se me pone blanca la cara después del relleno, ¿qué hago? es por saber, ahorita estoy bien",
        "es",
        "info_alarming",
        "vessel_block",
    ),
    (
        "if at some point my face goes white after the filler, what do i do? just asking, im fine right now",
        "en",
        "info_alarming",
        "vessel_block",
    ),
    # "Una vez tuve…", "one time i had…": once, before.
    (
        "una vez tuve una reacción a un antibiótico y se me cerró la garganta, ¿me puede pasar con esto?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "one time i had a reaction to a painkiller and my throat closed up, could that happen with this?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    # "Am I still OK to get…" asks about the treatment.
    ("had a seizure years ago as a teenager, am i still ok to get the infusion?", "en", "info_alarming", "seizure"),
    # "Should I worry if…", "¿debería preocuparme si…?"; "todavía no" is not yet.
    (
        "¿debería preocuparme si me falta el aire después del suero? todavía no me lo ponen",
        "es",
        "info_alarming",
        "breathing",
    ),
    ("should i worry if i get chest pain after the drip?", "en", "info_alarming", "chest_pain"),
    # "How much is a fever for you?"
    ("¿cuánto es fiebre para ustedes? si tengo 38 al cuarto día, ¿me preocupo?", "es", "info_alarming", "fever"),
]

# Read after sets ZE to ZH were measured once on aea0065 (see README).
AFTER_SETS_ZE_ZH = [
    # Scots negatives: "doesnae know what day it is" with a fever.
    ("my da had the knee jag on tuesday, now hes 38.9 and doesnae know what day it is", "en", "emergency", "confusion"),
    # "No ha vuelto en sí": has not come to.
    ("mi papá se desmayó en la clínica y no ha vuelto en sí del todo, está como ido", "es", "emergency", "fainting"),
    # The news, "actually true?"
    (
        "read a news story that some women went blind after eye injections, is that actually true?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    # "La otra vez" is a time gone, and "¿me va a pasar de nuevo?" asks about later.
    (
        "la otra vez que me pusieron las células me dio un patatús, ¿me va a pasar de nuevo?",
        "es",
        "info_alarming",
        "fainting",
    ),
    # "Gone" before a word that is not what it became.
    ("the chest pain from last night is gone btw, it was heartburn", "en", "info_alarming", "chest_pain"),
    ("the redness is spreading and it's gone past the pen line", "en", "urgent", "spreading_redness"),
    # "Still need to tell the clinic" is still, of the errand.
    (
        "had a fever of 39 last week but it's been gone 4 days now. do i still need to tell the clinic?",
        "en",
        "info_alarming",
        "fever",
    ),
    # "Tener 39 de fiebre": the reading belongs to the sign asked about.
    ("¿es normal tener 39 de fiebre después del suero?", "es", "info_alarming", "fever"),
    # Stitches that opened; the treatment's time, not the sign's; "re más".
    ("se me abrieron los puntos de la cadera y se ve un huequito", "es", "urgent", "wound_opening"),
    (
        "la rodilla caliente e hinchada, no puedo apoyar el pie, la inyección fue hace 3 semanas",
        "es",
        "urgent",
        "septic_joint",
    ),
    ("al quinto día me duele re más el hombro que al segundo", "es", "urgent", "worsening_pain"),
]

# Read after sets ZI to ZL were measured once on the shipped code 8c50f40 (see README).
AFTER_SETS_ZI_ZL = [
    # "Should I worry about…" asks; "I'm worried about my chest, it hurts" tells.
    ("should i worry about a stroke after the infusion? my aunt had one years ago", "en", "info_alarming", "stroke"),
    ("im worried about my chest, it hurts", "en", "emergency", "chest_pain"),
    # The sign in a condition.
    ("if breathlessness comes after the drip, how do i know it is serious?", "en", "info_alarming", "breathing"),
    # "Con cuatro" is the decimal point.
    ("treinta y ocho con cuatro esta mañana mi papá, le pusieron el suero hace tres días", "es", "urgent", "fever"),
    # Stitches that jumped.
    ("se me han saltado dos puntos de la cadera y se ve abierto", "es", "urgent", "wound_opening"),
    # A leg that goes to sleep after a spine injection, now or asked ahead.
    ("a mi mamá se le duerme la pierna desde la inyección en la espalda", "es", "emergency", "leg_weakness"),
    (
        "si a mi papá se le duerme la pierna después de lo de la espalda, ¿es para ir corriendo? ahorita está bien",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "la semana pasada se me durmió la pierna un rato pero ya volvió a la normalidad",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    # "Day 10 now" counts days.
    (
        "the red streak is totally gone after the antibiotics, day 10 now. do i still need to finish the tablets?",
        "en",
        "info_alarming",
        "red_streak",
    ),
]


AFTER_SETS_ZM_ZP = [
    # A passing belongs to the sign of its own clause.
    ("the fever went away but the redness is spreading up my arm", "en", "urgent", "spreading_redness"),
    ("ya se me quitó la fiebre pero lo rojo se sigue extendiendo hacia el codo", "es", "urgent", "spreading_redness"),
    ("no fever since monday but the red patch keeps spreading", "en", "urgent", "spreading_redness"),
    ("sin fiebre desde el lunes pero la rojez se extiende hacia el hombro", "es", "urgent", "spreading_redness"),
    # The nearest word of each group tells the sign, not an earlier one a clause back.
    (
        "no fever but my arm where the drip was is red and hard, and the red is spreading toward my elbow",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "nada de fiebre pero el brazo del suero está rojo y duro, y la rojez va subiendo hacia el hombro",
        "es",
        "urgent",
        "spreading_redness",
    ),
    # A sign told as had, then denied now, is over.
    ("had a fever on tuesday but no fever since yesterday, can i shower?", "en", "info_alarming", "fever"),
    (
        "tuve fiebre el domingo pero ya llevo tres días sin fiebre, ¿puedo ir al gimnasio?",
        "es",
        "info_alarming",
        "fever",
    ),
    # "That's over", "it cleared up", "ya se curó".
    ("i had a fever after the infusion but thats over now. what causes it?", "en", "info_alarming", "fever"),
    ("tuve fiebre después del suero y ya se me curó, ¿por qué pasa eso?", "es", "info_alarming", "fever"),
    # "Still" of an errand: mention, bring up, comentar.
    (
        "the chest pain from saturday is totally gone, should i still mention it to the doctor?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    ("el dolor de pecho del sábado ya se me quitó, ¿todavía debo comentarlo?", "es", "info_alarming", "chest_pain"),
    # A second question after "or" does not put the writer in the first.
    ("is it normal to get chills a week after an IV or should I worry?", "en", "info_alarming", "chills"),
    ("¿es normal tener escalofríos una semana después del suero o debo preocuparme?", "es", "info_alarming", "chills"),
    # Asking ahead: "just planning ahead", "por si las moscas".
    (
        "fever after a hip injection, when do i call the clinic? i dont have one, just planning ahead",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "fiebre después de la infiltración, ¿cuándo llamo? no tengo, es por si las moscas",
        "es",
        "info_alarming",
        "fever",
    ),
    # Gone past the line drawn round it is spreading, not gone.
    (
        "lo rojo de la rodilla está creciendo, lo marqué con plumón anoche y hoy ya se pasó",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the red area keeps growing, i drew round it last night and today it passed the line",
        "en",
        "urgent",
        "spreading_redness",
    ),
    # "Nothing now": the present of an absence.
    (
        "my chest hurt yesterday after the drip, it went away after resting, nothing now. should i worry?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "ayer me dolió el pecho después del suero, se me pasó al descansar, nada ahora",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    # The sign named as a thing, asked about in general.
    (
        "does arm weakness after a neck injection mean something serious? im just reading the leaflet",
        "en",
        "info_alarming",
        "stroke",
    ),
    ("¿es normal el dolor de pecho después del suero? lo vi en el folleto", "es", "info_alarming", "chest_pain"),
    ("coughing up blood can happen after an IV? saw it in the leaflet", "en", "info_alarming", "coughing_blood"),
    ("toser sangre puede pasar después de la infusión? lo leí en el folleto", "es", "info_alarming", "coughing_blood"),
    # ...but not when the message goes on to tell of it now.
    ("is chest pain normal after IV? mine started an hour ago", "en", "emergency", "chest_pain"),
    ("¿es normal el dolor de pecho después del suero? a mí me empezó hace una hora", "es", "emergency", "chest_pain"),
    # "¿Cómo se ve…?", "¿cuándo es peligrosa…?" ask.
    ("¿cómo se ve un derrame cerebral? mi tía está nerviosa por su suero", "es", "info_alarming", "stroke"),
    ("ya no tengo fiebre, pero quiero saber cuándo es peligrosa la fiebre", "es", "info_alarming", "fever"),
    ("when is it dangerous to have chills after an infusion?", "en", "info_alarming", "chills"),
    # Well until it began: "fine and then…", "bien y luego…".
    (
        "i was completely fine after the shot and then tonight my face started drooping on one side",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "estaba perfectamente bien después del suero y luego en la noche se me cayó un lado de la cara",
        "es",
        "emergency",
        "stroke",
    ),
    # Someone who left is not a sign that passed.
    ("la enfermera ya se fue y no puedo respirar bien", "es", "emergency", "breathing"),
    ("los doctores ya se fueron y a mi papá se le está cerrando la garganta", "es", "emergency", "anaphylaxis"),
    # Another person is well; the writer is not.
    ("my wife had the same drip and shes totally fine, but me, my chest is so tight", "en", "emergency", "chest_pain"),
    ("mi esposa también se puso el suero y ella está bien, pero yo no puedo respirar", "es", "emergency", "breathing"),
    ("my dad fainted after the drip but hes fine now", "en", "info_alarming", "fainting"),
    ("mi papá se desmayó después del suero pero él ya está bien", "es", "info_alarming", "fainting"),
    # What a paper says, then "but" and the writer's own sign now.
    (
        "the discharge paper says no adverse events, but its midnight and i cant catch my breath",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "según el informe todo salió bien, pero son las tres de la mañana y me falta el aire",
        "es",
        "emergency",
        "breathing",
    ),
    # A question, then "it does right now" / "ahora lo tengo".
    ("what about if my throat gets tight? it kind of does right now", "en", "emergency", "anaphylaxis"),
    ("¿y si me falta el aire después del suero? porque ahora lo tengo", "es", "emergency", "breathing"),
]

AFTER_SETS_ZQ_ZT = [
    # The time, then straight away the treatment it dates; the sign since yesterday is now.
    (
        "a month ago they injected my hip and since yesterday its hot and i cant put weight on it",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "hace un mes me inyectaron la cadera y desde ayer está caliente y no puedo apoyar el pie",
        "es",
        "urgent",
        "septic_joint",
    ),
    # Cord blood names the cells; a vein like a cord is the sign.
    ("the vein where the drip was feels like a hard cord", "en", "urgent", "red_streak"),
    ("la vena del suero se siente como un cordón", "es", "urgent", "red_streak"),
    # A story from someone's group is hearsay.
    (
        "my aunt says a lady in her whatsapp group got sepsis after a drip. what does it look like?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "mi tía dice que en su grupo de facebook una señora tuvo sepsis después de un suero. ¿cómo se nota?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    # "Not happening to me" asks ahead; the sign as a verb asked about in general.
    (
        "not happening to me, but someone in my support group asked: is fainting after an IV an emergency?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "no me está pasando a mí, pero en mi grupo alguien preguntó: ¿desmayarse después del suero es una emergencia?",
        "es",
        "info_alarming",
        "fainting",
    ),
    # An emergency sign ruled out leaves the warning sign as it is.
    ("my husband has 38.6 on day 3, no confusion or anything, just hot and tired", "en", "urgent", "fever"),
    ("mi esposo tiene 38,6 al tercer día, nada de confusión ni nada, solo caliente y cansado", "es", "urgent", "fever"),
    # The "no" of "no puede hablar" does not deny the face that droops after it.
    ("my dad cant talk properly his face is drooping on one side", "en", "emergency", "stroke"),
    (
        "mi esposo no puede hablar bien se le cae la cara de un lado y no puede caminar derecho",
        "es",
        "emergency",
        "stroke",
    ),
    # From how much fever: a question.
    ("how high does a fever have to be before i call? does 37 point something count?", "en", "info_alarming", "fever"),
    ("¿a partir de cuánta fiebre hay que llamar a la clínica? ¿37 y algo ya cuenta?", "es", "info_alarming", "fever"),
    # Stitches by other names, and flesh seen through the wound.
    ("se me abrieron las grapas de la cadera y se ve la carne", "es", "urgent", "wound_opening"),
    ("two staples came apart where they took the fat and i can see the flesh", "en", "urgent", "wound_opening"),
]


AFTER_SETS_ZU_ZX = [
    ("my dad has a 39 fever and he answers very slowly, like he is drunk", "en", "emergency", "confusion"),
    ("mi papá tiene 39 de fiebre y contesta muy lento, como borracho", "es", "emergency", "confusion"),
    ("fever 38.9 since last night, mi nuh confuse or nutten, jus hot", "en", "urgent", "fever"),
    ("tengo 38,9 desde anoche, confundida no estoy para nada, solo caliente", "es", "urgent", "fever"),
    (
        "had a clot in my lung in march after the IV, all treated now. can i get my knee done?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "tuve un coágulo en el pulmón en marzo después del suero, ya me trataron. ¿puedo hacerme la rodilla?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "my leg went weak for a few minutes after the spine shot yesterday, the doctor said it was the anaesthetic and it wore off",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "se me debilitó la pierna unos minutos después de la inyección en la columna ayer, el doctor dijo que era la anestesia y ya se me pasó",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "last night i had chest tightness but it was a panic attack, the ER checked everything",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "anoche sentí el pecho apretado pero fue un ataque de pánico, en urgencias revisaron todo",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "my toes have been numb since the shot yesterday, the numbing should have worn off by now right?",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "tengo los dedos del pie dormidos desde la inyección de ayer, ¿no debería haberse pasado ya?",
        "es",
        "urgent",
        "new_numbness",
    ),
    ("if someone goes blind from the eye injection, is it forever?", "en", "info_alarming", "vision_loss"),
    ("si a uno lo dejan ciego de un ojo con la inyección, ¿es para siempre?", "es", "info_alarming", "vision_loss"),
    (
        "is it normal for the chest to hurt after the drip? asking because my mum is having it next week",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "¿es normal que duela el pecho después del suero? pregunto porque a mi mamá se lo ponen la otra semana",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "the knee hurts so much it wakes me up, worse than the first day, and its day 5 now",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "la rodilla me duele tanto que me despierta, peor que el primer día, y ya es el quinto día",
        "es",
        "urgent",
        "worsening_pain",
    ),
    ("my mom says she feels fine but i took her temperature and its 100.8", "en", "urgent", "fever"),
    ("mi mamá dice que se siente bien pero le tomé la temperatura y tiene 100.8", "es", "urgent", "fever"),
    ("no fever or anything but i feel like im going to pass out and my chest is tight", "en", "emergency", "fainting"),
    ("no tengo fiebre ni nada pero siento que me voy a desmayar y el pecho me aprieta", "es", "emergency", "fainting"),
    ("the dressing smells really bad, like something rotten", "en", "urgent", "discharge"),
    ("el vendaje huele muy feo, como a podrido", "es", "urgent", "discharge"),
    (
        "had 38.5 on day 3 but its been gone since yesterday, 36.8 now. do i still need to call?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "tuve 38,5 al tercer día pero se me quitó desde ayer, 36,8 ahora. ¿todavía tengo que llamar?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "the chest pain from sunday is gone and the cardiologist said all good, do i keep going with the sessions?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "el dolor de pecho del domingo ya se me quitó y el cardiólogo dijo que todo bien, ¿sigo con las sesiones?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "last week i had a red streak on my arm, antibiotics cleared it up, today nothing",
        "en",
        "info_alarming",
        "red_streak",
    ),
    (
        "la semana pasada me salió una raya roja en el brazo, me dieron antibiótico y se fue, hoy ya no tengo nada",
        "es",
        "info_alarming",
        "red_streak",
    ),
    ("my pal says ye can get a wee stroke fae the drip, is that true?", "en", "info_alarming", "stroke"),
    ("mi compa dice que te puede dar un derrame por el suero, ¿es verdad?", "es", "info_alarming", "stroke"),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("is it normal that my knee hurts more the day after the injection than on the same day? im on day 1", "en"),
        (
            "¿es normal que me duela más la rodilla al día siguiente de la inyección que el mismo día? voy en el día 1",
            "es",
        ),
    ],
)
def test_pain_worse_on_day_one_is_the_expected_flare(engine: Engine, text: str, language: str) -> None:
    # Worse instead of better AFTER the first 1-2 days is the warning sign (medical-facts.md).
    got, found, replies = first_sign(engine, text, language)
    assert (got, found) == ("side_effect", None), replies


AFTER_SETS_ZY_YB = [
    ("day 4 and its getting more sore not less, the first two days were fine", "en", "urgent", "worsening_pain"),
    ("día 4 y la rodilla cada vez más adolorida, los primeros dos días bien", "es", "urgent", "worsening_pain"),
    (
        "the leaflet says seek help if you experience sudden vision loss. is that a thing with knee shots too?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "el folleto dice que si usted presenta pérdida de la vista vaya a urgencias, ¿eso pasa también con la rodilla?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    ("could stem cells trigger a seizure? my son has epilepsy", "en", "info_alarming", "seizure"),
    (
        "¿las células madre pueden desencadenar una convulsión? mi hijo tiene epilepsia",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "back in march i had a fever of 39 after the injection, got antibiotics, all sorted. having the other knee done next week",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "allá por marzo tuve fiebre de 39 después de la inyección, me dieron antibiótico y todo resuelto. la otra rodilla me la hacen la próxima semana",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "how fast does sepsis get serious? my mum is having her knees done in march and i want to be ready",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "¿qué tan rápido se pone grave una sepsis? a mi papá le ponen las células en abril y quiero estar preparada",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "two years ago i had a lung clot (not from stem cells), now i want to get the infusion, is it dangerous?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "hace dos años tuve una embolia pulmonar, ahora quiero hacerme la infusión, ¿es peligroso?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "the chest pain from last night is gone, it was heartburn. out of curiosity what kind of chest pain after an IV is serious?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "el dolor de pecho de anoche ya se fue, era acidez. por curiosidad, ¿qué tipo de dolor de pecho después del suero es grave?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("no fever now, it went yesterday. it was 38.5. should i still tell the clinic?", "en", "info_alarming", "fever"),
    ("ya no tengo fiebre, se me quitó ayer. fue de 38,5. ¿aviso igual a la clínica?", "es", "info_alarming", "fever"),
    (
        "my mate ended up with sepsis after a dodgy clinic. how would i know if that was happening to me?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "a un amigo le dio sepsis en una clínica chafa. ¿cómo sabría si me está pasando a mí?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "the discharge sheet says seek help if you have trouble breathing. well i do, i can only say a few words",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "la hoja del alta dice que si tiene dificultad para respirar busque ayuda. pues yo sí, casi no puedo hablar",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "had the cells on tuesday, all fine, and this morning he woke up with his mouth crooked",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "el martes le pusieron las células, todo bien, y hoy en la mañana amaneció con la boca chueca",
        "es",
        "emergency",
        "stroke",
    ),
]


AFTER_SETS_YC_YF = [
    (
        "mum is 39.4 and she doesnt know where she is, keeps asking for dad who passed years ago",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "mi mamá tiene 39,4 y no sabe dónde está, pregunta por mi papá que murió hace años",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "8 days after the knee injection its hot and swollen and hurts way more than it did last week",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "8 días después de la inyección en la rodilla está caliente e hinchada y me duele mucho más que la semana pasada",
        "es",
        "urgent",
        "septic_joint",
    ),
    ("day 4 and the knee is twice the size it was yesterday", "en", "urgent", "spreading_redness"),
    ("día 4 y la rodilla está el doble de hinchada que ayer", "es", "urgent", "spreading_redness"),
    ("3 days after the eye injection i see a huge shadow and the pain is unbearable", "en", "emergency", "vision_loss"),
    ("hace 3 días me inyectaron en el ojo y desde esta mañana veo una sombra enorme", "es", "emergency", "vision_loss"),
    ("my whole arm is swollen down to the hand where the IV line was", "en", "urgent", "leg_clot"),
    ("se me hinchó todo el brazo donde me pusieron el catéter del suero, hasta la mano", "es", "urgent", "leg_clot"),
    ("fever? no. pain? a bit. red? yes and spreading", "en", "urgent", "spreading_redness"),
    ("fiebre? no. dolor? poco. rojo? sí y crece", "es", "urgent", "spreading_redness"),
    (
        "since tuesday i cant even move my leg because of the hip pain, cant put weight on it",
        "en",
        "urgent",
        "septic_joint",
    ),
    ("desde antier no puedo ni mover la pierna del dolor de la cadera", "es", "urgent", "septic_joint"),
    (
        "my grandad died of sepsis after an operation. what signs should i watch for? all good so far",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "a mi abuelo se lo llevó una sepsis después de una operación. ¿qué señales vigilo yo? por ahora todo bien",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "im doing great, but my mom keeps asking what sepsis looks like so she can keep an eye on me",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "estoy muy bien, pero mi mamá me pregunta a cada rato cómo se ve una sepsis para estar pendiente de mí",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "nothing happened with the stem cells, just wondering what anaphylaxis looks like",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "no me pasó nada con las células, solo me preguntaba cómo se ve una anafilaxia",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    ("can the stem cell infusion give you lung clots weeks later?", "en", "info_alarming", "breathing"),
    (
        "¿puede la infusión de células madre dar coágulos en el pulmón semanas después?",
        "es",
        "info_alarming",
        "breathing",
    ),
]


AFTER_SETS_YG_YJ = [
    (
        "no me duele nada pero de repente se me fue el equilibrio y no puedo agarrar el vaso con la mano",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "nothing hurts but all of a sudden i lost my balance and i cant hold the cup in my left hand",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "right foot has been numb on top since the ankle injection yesterday, like it fell asleep and wont wake up",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "tengo el pie dormido desde la inyección del tobillo de ayer, como que se durmió y no despierta",
        "es",
        "urgent",
        "new_numbness",
    ),
    ("is it normal to feel your heart racing after an IV? asking for my mum", "en", "info_alarming", "fast_heartbeat"),
    (
        "¿es normal sentir tu corazón acelerado después del suero? pregunto por mi mamá",
        "es",
        "info_alarming",
        "fast_heartbeat",
    ),
    ("i drew a pen line round the red bit last night and today its past the line", "en", "urgent", "spreading_redness"),
    ("anoche le marqué una línea con pluma a lo rojo y hoy ya se pasó de la raya", "es", "urgent", "spreading_redness"),
    (
        "last night my heart was racing for an hour after the infusion, this morning its 72 and i feel fine",
        "en",
        "info_alarming",
        "fast_heartbeat",
    ),
    (
        "anoche el corazón me iba a mil después del suero, esta mañana tengo 72 y me siento bien",
        "es",
        "info_alarming",
        "fast_heartbeat",
    ),
    (
        "my husband had a high fever and was in hospital after the cells last year, now he wants to get them again. is it dangerous?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "a mi esposo le dio fiebre alta y estuvo internado después de las células el año pasado, ahora quiere hacerse otra vez. ¿es peligroso?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "is it normal to go blind from the eye stem cell injections? saw a news story and now my mom is having second thoughts",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "¿es normal quedar ciego por las inyecciones en el ojo? vi una noticia y ahora mi mamá tiene dudas",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    ("my heel and the sole of my foot feel like cardboard since the knee injection", "en", "urgent", "new_numbness"),
    (
        "tengo el talón y la planta del pie como de cartón desde la inyección en la rodilla",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "my brother had a stroke 3 years ago and now they want to take him to get stem cells. can it give him another one?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "mi hermano tuvo un derrame cerebral hace 3 años y ahora lo quieren llevar a que le pongan células madre",
        "es",
        "info_alarming",
        "stroke",
    ),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("face is a bit puffy and pink after the microneedling facial, stings a little", "en"),
        ("la cara un poco hinchada y rosada después del microneedling, arde un poquito", "es"),
        ("the bruise from the IV is a big purple blotch, not painful", "en"),
        ("el moretón del suero es una mancha morada grande, no duele", "es"),
        ("is it normal to have bruises on my belly after the lipo? there are purple patches, day 2", "en"),
        ("¿es normal tener moretones en la barriga después de la lipo? tengo como manchas moradas, día 2", "es"),
    ],
)
def test_a_facial_that_stings_is_a_side_effect(engine: Engine, text: str, language: str) -> None:
    # "stings" is a real word, not a slip of "stinks" (a smelly wound); one "blotch" is a bruise,
    # not "blotchy" skin; purple patches beside bruises are the bruises.
    got, found, replies = first_sign(engine, text, language)
    assert (got, found) == ("side_effect", None), replies


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("can we switch to english please, this spanish menu is confusing me", "en"),
        ("¿me lo pones en español? el menú en inglés me confunde", "es"),
    ],
)
def test_a_confusing_menu_is_not_confusion(engine: Engine, text: str, language: str) -> None:
    got, found, replies = first_sign(engine, text, language)
    assert (got, found) == ("language", None), replies


@pytest.mark.parametrize(("text", "language", "labels", "sign"), [c for c in AFTER_SETS_K_L if not c[3]])
def test_zero_fever_is_no_fever(engine: Engine, text: str, language: str, labels: str, sign: str) -> None:
    got, found, replies = first_sign(engine, text, language)
    assert got in labels.split("|"), (got, found, replies)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("i'm not thinking about hurting myself, just low", True),
        ("no estoy pensando en hacerme daño, solo estoy triste", True),
        ("i have been thinking about hurting myself", False),
        ("no sé, pienso en matarme", False),
    ],
)
def test_a_wish_to_die_said_not_to_be_there_is_denied(content: Content, text: str, denied: bool) -> None:
    assert content.safety is not None
    found, no = content.safety.assess(text)
    if denied:
        assert found is None and no is not None and no.sign == "suicidal", (found, no)
    else:
        assert found is not None and found.sign == "suicidal" and found.now, (found, no)


@pytest.mark.parametrize(
    ("text", "not_sign"),
    [
        ("my foot went numb, like it's asleep and won't wake up", "fainting"),
        ("se le durmió el pie y no despierta", "fainting"),
        ("no puedo levantar el brazo del dolor desde la inyección en el hombro", "stroke"),
        ("what does BE-FAST mean on my discharge sheet?", "discharge"),
    ],
)
def test_words_of_a_sign_said_of_something_else(content: Content, text: str, not_sign: str) -> None:
    assert content.safety is not None
    found, _ = content.safety.assess(text)
    assert found is None or found.sign != not_sign, found


def test_yes_then_a_sign_is_still_a_sign(content: Content) -> None:
    # "si" with no accent may be "yes": "si me falta el aire" is not a question.
    assert content.safety is not None
    found = content.safety.check("si me falta el aire")
    assert found is not None and found.sign == "breathing" and found.now


def test_a_person_who_wont_wake_is_still_an_emergency(content: Content) -> None:
    assert content.safety is not None
    for text in ("hes breathing but wont wake up", "my leg is asleep and my mom wont wake up", "mi mamá no despierta"):
        found = content.safety.check(text)
        assert found is not None and found.sign == "fainting" and found.now, (text, found)


def test_a_sure_model_is_not_talked_out_of_an_emergency_by_a_resolution_word(engine: Engine) -> None:
    # The model alone reads this (no rule sign); "gone completely" is not a resolution.
    text = "got the shot in my eye this morning and now its gone completely black, cant see a thing"
    got, found, replies = first_sign(engine, text, "en")
    assert got == "emergency", (found, replies)


def test_a_common_word_one_slip_from_a_sign_is_left_alone(content: Content) -> None:
    assert content.safety is not None
    assert content.safety.check("receta de tortilla de patatas con cebolla") is None
    found = content.safety.check("a mi tía le dio un patatús en la cocina")
    assert found is not None and found.sign == "fainting"


def test_pain_scores_that_climb_are_pain_getting_worse() -> None:
    assert measures.rising_pain_span("3/10 on day 1, today 8/10") == (21, 25)
    assert measures.rising_pain_span("dolor 7 de 10 ayer y hoy 4 de 10") is None
    # Scores told as varying are no trend.
    assert measures.rising_pain_span("some days 2/10 some days 4/10, overall better") is None
    assert measures.rising_pain_span("unos días 2/10 y otros días 4/10, en general mejor") is None
    assert measures.rising_pain_span("pain 8/10") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "the red patch was bigger yesterday but today it's smaller and paler, it doesn't reach the line I drew",
            "en",
        ),
        (
            "ayer la mancha estaba más grande pero hoy está más chiquita y clarita, ya ni llega a la raya que marqué",
            "es",
        ),
        ("the redness was 7cm yesterday and today it's 3cm, getting better", "en"),
        ("lo rojo medía 8 cm ayer y hoy 4 cm, va mejorando", "es"),
    ],
)
def test_a_patch_told_smaller_today_raises_no_alarm(engine: Engine, text: str, language: str) -> None:
    """Smaller than yesterday is the patch settling: information or the topic, never an alarm."""
    got, _, replies = first_sign(engine, text, language)
    assert got not in ("emergency", "urgent"), (got, replies)


def test_a_patch_measured_bigger_is_growing() -> None:
    """Two sizes of a red patch or swelling, the later (in time) bigger; a needle or a bruise is not one."""
    assert measures.growing_size_span("redness was 3cm yesterday, now its about 7cm") is not None
    assert measures.growing_size_span("la mancha roja medía 4 cm ayer y hoy mide 9 cm") is not None
    assert measures.growing_size_span("the red patch is 7cm today, it was 3cm yesterday") is not None
    assert measures.growing_size_span("the redness was 7cm yesterday and today it's 3cm") is None
    assert measures.growing_size_span("el bulto hoy mide 2 cm y ayer medía 5 cm") is None
    assert measures.growing_size_span("the needle was 4cm long and the bruise is 6cm") is None
    assert measures.growing_size_span("redness 3 cm, swelling 3.2 cm") is None


def test_a_patch_measured_smaller_is_shrinking() -> None:
    """Two sizes in time order, the later smaller: the model's warning sign is settled by the writer."""
    assert measures.shrinking_size("the redness was 7cm yesterday and today it's 3cm")
    assert measures.shrinking_size("el bulto hoy mide 2 cm y ayer medía 5 cm")
    assert not measures.shrinking_size("redness was 3cm yesterday, now its about 7cm")
    assert not measures.shrinking_size("la mancha roja pasó de 5 a 12 cm")
    assert not measures.shrinking_size("redness 3 cm")


def test_pain_scores_told_now_first_then_back_then_are_read_in_time_order() -> None:
    """ "2/10 today vs 5/10 on the first day" eases; "8/10 now, was 3/10 yesterday" climbs."""
    assert measures.rising_pain_span("my back aches, 2/10 today vs 5/10 on the first day. normal?") is None
    assert measures.rising_pain_span("me duele la cadera, hoy 2/10 y el primer día 6/10, ¿va bien?") is None
    assert measures.rising_pain_span("pain 8/10 now, was 3/10 yesterday") is not None
    assert measures.rising_pain_span("el dolor, hoy 8/10 y ayer 3/10") is not None
    assert measures.rising_pain_span("3/10 yesterday, 8/10 now") is not None


def test_the_fever_line_named_is_not_a_reading() -> None:
    """ "wait, fever is 38 right?" names the line; "fever is 38.6 now" is a reading."""
    assert measures.temperature_span("37.4 on day 1. wait, fever is 38 right?") == (0, 4, 37.4)
    # A dose works for hours: a reading under the line that has lasted days is not hidden by it.
    assert not measures.hidden_by_medicine("had 38.5 on day 4, paracetamol, and I've been 36.8 for 5 days now")
    assert not measures.hidden_by_medicine("tuve 38,5 el día 4, paracetamol, y llevo 5 días en 36,7")
    assert measures.hidden_by_medicine("had 38.6 last night, took ibuprofen and now 37.1")
    assert measures.hidden_by_medicine("anoche 38,6, me tomé un paracetamol y ahora 37,1")
    # A reading "since then" holds until now; the higher one was before it.
    assert measures.temperature_span("tuve 38,4 el día 3, desde entonces 36,5 todos los días") == (35, 39, 36.5)
    assert measures.temperature_span("had 38.4 on day 3, ever since 36.6 every day") == (30, 34, 36.6)
    assert measures.temperature_span("37,4 el día 1. a ver, fiebre es 38 ¿verdad?") == (0, 4, 37.4)
    assert measures.temperature_span("day 3, fever is 38.6 now") == (16, 20, 38.6)
    assert measures.temperature_span("dia 3, fiebre es 38,6 ahora") == (17, 21, 38.6)


def test_a_whole_fahrenheit_number_someone_has_is_a_reading() -> None:
    assert measures.temperature_span("she has 101 since last night") == (8, 11, 38.3)
    assert measures.temperature_span("tiene 102 desde ayer") == (6, 9, 38.9)
    # A count or an age is not.
    assert measures.temperature_span("i have 100 questions") is None
    assert measures.temperature_span("my mom is 101 years old") is None


def test_a_reading_taken_back_is_no_reading() -> None:
    assert measures.temperature_span("temp 39... sorry typo, 37.6 on day 1") == (23, 27, 37.6)
    assert measures.temperature_span("102F, digo 37,8, me equivoqué") == (11, 15, 37.8)
    assert measures.corrected_readings("38.5 now and 38.9 later") == []


def test_a_corrected_reading_is_no_warning_sign(engine: Engine) -> None:
    got, found, replies = first_sign(engine, "temp was 39.2... sorry typo, 37.2!! day 1, a bit achy", "en")
    assert found is None and got not in ("urgent", "emergency"), (got, found, replies)
    got, found, replies = first_sign(engine, "fiebre 37.2... perdón, quise decir 38.9, día 2", "es")
    assert (got, found) == ("urgent", "fever"), replies


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my fever came down: 38.6 yesterday and 36.9 today", "en"),
        ("ayer 38,5 y hoy 36,8, ya bajó la fiebre", "es"),
    ],
)
def test_a_fever_that_came_down_is_no_sign_to_the_rules(content: Content, text: str, language: str) -> None:
    # The rules' reading only: the model may still ask for the check on the numbers (see README).
    span = measures.temperature_span(text)
    assert span is not None and span[2] < 37.5
    assert content.safety is not None
    found, denied = content.safety.assess(text)
    assert found is None and denied is not None and denied.sign == "fever", (found, denied)


@pytest.mark.parametrize(
    ("text", "clear"),
    [
        ("ya no sangra, paró hace rato y todo bien", True),
        ("the bleeding stopped an hour ago", True),
        ("ya no sangra pero ahora me duele el pecho", False),
        ("the bleeding stopped an hour ago but now i feel dizzy", False),
        ("he stopped talking all of a sudden", False),
        ("mi papá paró de hablar de repente", False),
        # A dry dressing is a good state; "tonight" in "what should I do tonight" dates the plan.
        ("the wound stopped oozing this afternoon, the gauze is dry now. what should i do tonight?", True),
        ("la herida dejó de sangrar, paró hace rato, la gasa está seca. ¿qué debo hacer hoy?", True),
        ("the bleeding stopped an hour ago, what should i do if it starts again now", False),
    ],
)
def test_a_story_that_ends_well_is_all_clear(content: Content, text: str, clear: bool) -> None:
    assert content.safety is not None
    assert content.safety.all_clear(text) is clear


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my neighbour said her sister got a tumour in her back from stem cells abroad, is that real?", "en"),
        ("mi vecina dice que a su hermana le salió un tumor en la espalda por las células madre, ¿eso es real?", "es"),
    ],
)
def test_someone_elses_story_asked_about_is_no_alarm(engine: Engine, text: str, language: str) -> None:
    state = UserState(user_id=7, language=language, fields={})
    turn = engine.handle(state, Text(text), NOW)
    kinds = [e.kind for e in turn.effects]
    assert "red_flag" not in kinds and "warning_sign" not in kinds, (text, turn.effects)


@pytest.mark.parametrize(
    ("text", "hearsay"),
    [
        ("my friend said her cousin got sick from the cells, is that a real thing?", True),
        ("mi prima dice que a una señora le dio algo feo, ¿eso de verdad pasa?", True),
        # A question about someone else's story, but something is happening now.
        ("my friend said to ask you, is it bad that i feel awful right now?", False),
        # Told with no question: it may be the writer's own news.
        ("my friend said i look grey and my lips are blue", False),
    ],
)
def test_hearsay_is_a_question_about_others_with_nothing_now(content: Content, text: str, hearsay: bool) -> None:
    assert content.safety is not None
    assert content.safety.hearsay(text) is hearsay


def test_a_warning_sign_told_at_length_is_a_loose_reading(content: Content) -> None:
    assert content.safety is not None
    far = content.safety.check("lo rojo alrededor de donde me sacaron la grasa se está regando")
    near = content.safety.check("lo rojo se está regando")
    assert far is not None and far.sign == "spreading_redness" and far.loose
    assert near is not None and near.sign == "spreading_redness" and not near.loose


def test_the_model_alone_does_not_alarm_at_a_story_that_ended(engine: Engine) -> None:
    for text, language in [
        ("ya no sangra la herida, paró hace rato apretando", "es"),
        ("the wound bled a lot but it stopped a while ago, all good", "en"),
    ]:
        state = UserState(user_id=7, language=language, fields={})
        turn = engine.handle(state, Text(text), NOW)
        assert "red_flag" not in [e.kind for e in turn.effects], (text, turn.effects)
        assert label_of(turn.effects) in ("info_alarming", "side_effect", "other"), (text, turn.effects)


# Read from YK-YN (2026-12-02): stories of others told with hearsay words, time counted on from
# the treatment, a "now" that belongs to someone else, a leaflet quoted, a feeling after "now",
# a negation of something other than the sign, and the writer's own sign beside a leaflet's claim.
AFTER_SETS_YK_YN = [
    (
        "my aunt had a stroke three years after her stem cell infusion, could the cells have done it?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "a mi tía le dio un derrame cerebral dos años después de las células madre, ¿pudo ser por eso?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "my neighbour supposedly had a seizure after one of those IV drips abroad, does that really happen?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "dizque a la vecina le dio una convulsión después del suero de células madre, eso pasa de verdad?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "my brother told me his coworker had a heart attack during the infusion, is that possible?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "mi hermano me contó que su jefe tuvo un infarto durante la infusión, ¿eso es posible?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "my grandad fainted last year after his drip but he recovered, now my dad wants the same one, is it risky?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi abuelo se desmayó el año pasado después del suero pero se recuperó, ahora mi papá quiere lo mismo, ¿es peligroso?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "the leaflet says 'if the redness spreads, come in'. what does spreading look like? mine is still the same small dot",
        "en",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "el folleto dice 'si la rojez se extiende, venga'. ¿cómo se ve eso? lo mío sigue igual de chiquito",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "can you get a clot in the lungs from an IV? its not me, i watched a video about lung clots and now im scared",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "¿se puede tener un coágulo en el pulmón por el suero? no es a mí, vi un video de coágulos en el pulmón y ahora tengo miedo",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "last time my lip swelled up and i got hives with the drip, what do i do so it doesnt happen this time?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "la otra vez se me hinchó el labio y me salieron ronchas con el suero, ¿qué hago para que no pase esta vez?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "¿es verdad que hay pacientes que se han quedado ciegos con las inyecciones en el ojo?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    # The same signs, now: the writer's own or someone's beside the writer.
    ("mi mamá se quedó ciega del ojo izquierdo hace un rato", "es", "emergency", "vision_loss"),
    ("se me está hinchando el labio y tengo ronchas después del suero", "es", "emergency", "anaphylaxis"),
    (
        "my lips are swelling and my throat is tight after the capsule, the leaflet says reactions are normal??",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "se me hinchan los labios y se me cierra la garganta desde la cápsula, el folleto dice que es normal??",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "my dad had a stroke after his infusion and now my mom is on the phone with him, he cant talk",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "a mi papá le dio un derrame después de la infusión y ahora mi mamá está con él, no puede hablar",
        "es",
        "emergency",
        "stroke",
    ),
    # A "no" of something other than the sign: "no longer the size of a coin".
    ("the redness isnt going down and its spreading up my leg", "en", "urgent", "spreading_redness"),
    # An episode told with how it ended, and a question about how often it happens.
    (
        "on saturday my chest got tight for a minute or two, then I was right as rain. worth mentioning?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "el sábado se me apretó el pecho un minuto y luego quedé normal, ¿vale la pena decirlo?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "una vecina tuvo un coágulo en el pulmón después del suero, ¿con qué frecuencia pasa eso?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "a man in my group got a clot in his lung after the drip, is that rare?",
        "en",
        "info_alarming",
        "breathing",
    ),
    # The red now covers a wider area, in the verbs people use for it.
    ("la parte roja de la inyección ya me agarra media pierna", "es", "urgent", "spreading_redness"),
    ("the red patch from the shot is now covering my whole shin", "en", "urgent", "spreading_redness"),
    ("la rojez no se me baja y se está extendiendo por la pierna", "es", "urgent", "spreading_redness"),
]


# Read from YO-YR (2026-12-02): an adrenaline injector used (call even if better), eye pain told
# with a strong word, episodes that ended ("then I was fine", "tan pancha", "lleva una semana
# perfecta"), never again, "can that happen here?", a plan to go back, supposing ("If, say,…",
# "Si… se pusiera"), bare answers ("¿fiebre? para nada"), a normal temperature beside another
# sign, medical words (eritema en aumento) and pain "twice as much".
AFTER_SETS_YO_YR = [
    (
        "gave my son his epipen 5 minutes ago after the drip, his lips are going down and he seems better, do we still need to call?",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "le puse la epipen a mi hijo hace 5 minutos por la reacción al suero, ya se le están deshinchando los labios, ¿igual hay que llamar?",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "my wife needed her epipen during her last infusion and she's been fine since, what should we tell the new clinic?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "en la última infusión a mi esposa le pusieron adrenalina y desde entonces bien, ¿qué le decimos a la nueva clínica?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "terrible pain in the eye they injected, i cant even open it and what i can see is blurry",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "dolor terrible en el ojo que me inyectaron, no lo puedo abrir y lo que veo es borroso",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "two nights ago my chest felt tight for a minute after the drip, then i felt fine and slept. should i tell them?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "hace dos noches se me apretó el pecho un minuto después del suero, luego me sentí bien y dormí. ¿se lo digo?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "a guy from my work ended up in hospital with a blood infection after cord cells abroad. can that happen here?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "un chico del trabajo acabó ingresado con una infección en la sangre tras unas células en el extranjero. ¿eso puede pasar aquí?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "my grandpa had a seizure once years ago and never again since. can he still have the IV?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "mi abuelo tuvo una convulsión hace años y nunca más le volvió a dar. ¿puede ponerse el suero?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "how would i know if my mother is having a stroke after her drip? what do i look for?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "¿cómo sabría si mi madre está teniendo un derrame después del suero? ¿qué tengo que mirar?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "no chest pain here, all good, but what would a clot in the lungs feel like after an IV?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "no tengo dolor de pecho, todo bien, pero ¿qué se siente un coágulo en el pulmón después del suero?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "mi hija se desmayó en la clínica el día de la extracción, pero ya lleva cinco días perfecta",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my daughter fainted at the clinic on harvest day, but she has been perfectly fine for five days",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "If, for example, on day 3 the skin got hot and a red line started going up my arm, would that be an ER thing?",
        "en",
        "info_alarming",
        "red_streak",
    ),
    (
        "Si, por ejemplo, al tercer día la piel se pusiera caliente y saliera una línea roja subiendo por el brazo, ¿sería para urgencias?",
        "es",
        "info_alarming",
        "red_streak",
    ),
    ("fever? not at all. pus? nope. just curious when a wound needs checking", "en", "info_alarming", "fever"),
    (
        "¿fiebre? para nada. ¿pus? tampoco. solo curiosidad, cuándo hay que revisar una herida",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "en 2019 mi primo tuvo una infección en la sangre después de unas células madre, ahora quiere volver a ir. ¿me preocupo?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "in 2019 my cousin got a blood infection after stem cells abroad, now he wants to go back. should i worry?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "temp normal 36.9, but the pink area round the knee shot keeps getting bigger and it's warm",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "temperatura normal 36,9, pero la parte rosada alrededor de la inyección de la rodilla sigue creciendo y está caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("edema y eritema en aumento en la zona de la inyección, día 4", "es", "urgent", "spreading_redness"),
    ("erythema increasing around the injection site, day 4", "en", "urgent", "spreading_redness"),
    ("día 5 y la cadera me duele el doble que el primer día, ni con paracetamol", "es", "urgent", "worsening_pain"),
    ("day 5 and my hip hurts twice as much as day one, even with paracetamol", "en", "urgent", "worsening_pain"),
    (
        "ayer me faltó un poco el aire subiendo la escalera, paré un rato y tan tranquila, hoy subí sin problema. ¿es normal?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "yesterday i got a bit short of breath on the stairs, stopped a minute and then i was fine, today i went up with no problems. normal?",
        "en",
        "info_alarming",
        "breathing",
    ),
]


# Read from YS-YV (2026-12-02): "they" after fingers gone to sleep are the fingers; swelling that
# keeps growing and is warm; bleeding that stopped on its own; a list of signs asked "which of
# those…"; supposing ("say…", "¿y si de repente…?") and "would that be an ER thing"; normal "all
# day"; "never since"; "that time"; "ni rastro de"; a question about one's own reading ("is 38,3
# bad?"); wanting another one; an arm swollen after a drip; a joint that cannot bend; a hot
# lumpy cheek; "go blind" / "dejar ciega" read online.
AFTER_SETS_YS_YV = [
    (
        "since the ankle shot yesterday my toes are numb and tingly like they fell asleep and they wont wake up",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "desde la inyección del tobillo de ayer tengo los dedos del pie dormidos y hormigueando, como que se durmieron y no despiertan",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "the swelling at the injection spot keeps getting bigger and it feels warm, day 3",
        "en",
        "urgent",
        "spreading_redness",
    ),
    ("la hinchazón de la inyección sigue creciendo y está caliente, día 3", "es", "urgent", "spreading_redness"),
    (
        "on tuesday after the injection blood was pouring out of my nose for a while, but it stopped on its own and hasnt come back",
        "en",
        "info_alarming",
        "heavy_bleeding",
    ),
    (
        "el martes después de la inyección me salió sangre de la nariz a chorros un buen rato, pero se paró sola y no ha vuelto",
        "es",
        "info_alarming",
        "heavy_bleeding",
    ),
    (
        "what counts as an ER trip after a hip injection? fever, pus, chest pain, cant breathe... which of those are real emergencies?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "¿qué señales son de urgencias después del suero? fiebre, dolor de pecho, falta de aire... ¿cuáles son para llamar al 911?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "me ponen la inyección en el ojo el martes. ¿y si de repente empiezo a ver borroso, cuánto puedo esperar?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "my eye shot is on tuesday. say my sight goes dark or blurry two days later, how quickly do i need help?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "a really bad headache and a stiff neck a few days after a neck injection, would that be an ER thing? mine is next month",
        "en",
        "info_alarming",
        "meningitis",
    ),
    (
        "dolor de cabeza fuerte y el cuello tieso unos días después de la inyección en el cuello, ¿sería grave? me la ponen el mes que viene",
        "es",
        "info_alarming",
        "meningitis",
    ),
    (
        "anoche me desmayé un momento al levantarme, pero desde entonces nada, hoy he estado normal todo el día. ¿le aviso a la clínica?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "last night i fainted for a moment when i stood up, but nothing since, and i have been normal all day. should i tell the clinic?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "i coughed up a little blood once about 2 weeks ago after the drip, never since. should i worry?",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "tosí un poco de sangre una vez hace unas 2 semanas después del suero y nunca más. ¿me preocupo?",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "that time after the back shot when my leg went weak for an hour, that was nothing, right? been fine for months",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "aquella vez después de la inyección en la espalda que se me debilitó la pierna una hora, no era nada, ¿verdad? llevo meses bien",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "ni rastro de fiebre ni de pus, solo quiero saber desde cuántos grados me tengo que preocupar",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "not a trace of fever or pus, i just want to know from what temperature i should worry",
        "en",
        "info_alarming",
        "fever",
    ),
    ("is 38,3 bad?? its day 2 after the back injection, no other symptoms", "en", "urgent", "fever"),
    ("¿es mucho 38,4? es el día 2 de la inyección en la espalda, nada más", "es", "urgent", "fever"),
    (
        "mi mamá tuvo convulsiones hace dos años después de un tratamiento en otro país, ahora quiere hacerse otro. ¿es peligroso?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "my mom had seizures two years ago after a treatment abroad, now she wants another one. is it risky?",
        "en",
        "info_alarming",
        "seizure",
    ),
    ("el brazo del suero lo tengo hinchado y duro desde el codo hasta la mano, me duele", "es", "urgent", "leg_clot"),
    ("my drip arm is swollen and hard from the elbow down to the hand and it hurts", "en", "urgent", "leg_clot"),
    (
        "a las 4 semanas de la inyección la rodilla está como un globo, ardiendo, y no puedo doblarla",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "4 weeks after the injection my knee is like a balloon, burning hot, and i cant bend it",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "day 5 after the fat transfer, my cheek is hot, red, lumpy and more swollen than yesterday",
        "en",
        "urgent",
        "hot_lump",
    ),
    (
        "día 5 del injerto de grasa, tengo la mejilla caliente, roja, abultada y más hinchada que ayer",
        "es",
        "urgent",
        "hot_lump",
    ),
    (
        "saw a tiktok saying stem cell facials can make you go blind, is that real?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "vi en tiktok que los faciales de células madre te pueden dejar ciega, ¿es real?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
]


# Read from YW-YZ (2026-12-02): a question about people in general ("is it common for people to…"),
# "¿y si a medianoche…?", "when he did it", "is that possible?" / "¿cómo saber?" of someone
# else's story or no one's (the writer's own sign with the same question stays an emergency),
# "ya van tres días sin nada", a stained, rotten-smelling dressing.
AFTER_SETS_YW_YZ = [
    # "avise si…": told to call if it happens, not happening.
    (
        "la enfermera me dijo que avise si me falta el aire después del suero. ¿o sea que eso puede pasar?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "the nurse told me to call if i get short of breath after the drip. so that can happen?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "do people often get depressed, even suicidal, when the treatment fails? asking for my support group, not for me",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "¿es común que la gente se deprima, hasta con ideas suicidas, cuando el tratamiento no funciona? pregunto por mi grupo de apoyo, no es para mí",
        "es",
        "info_alarming",
        "suicidal",
    ),
    (
        "¿y si a medianoche me empieza a doler el pecho y no puedo respirar, llamo a la clínica o al 911?",
        "es",
        "info_alarming",
        "chest_pain",  # "doler el pecho" is read since the eleventh session
    ),
    (
        "what if at midnight my chest starts hurting and i cant breathe, do i call the clinic or 911?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "is normal to faint after the bone marrow taking? my neighbour say he fainted when he did it",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "¿es normal desmayarse después de la extracción de médula? mi vecino dice que se desmayó cuando se lo hizo",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my friend in Cebu went blind after stem cells in the eye, this is possible really??",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "una amiga en Cebú se quedó ciega después de células madre en el ojo, ¿eso es posible de verdad?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "hola, pregunta: después de células madre por vena, ¿posible coágulo en el pulmón? ¿cómo saber?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "hello, question: after stem cells in the vein, a clot in the lung is possible? how would i know?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "tuve calentura el sábado, como 38 y algo, pero ya van tres días sin nada, hoy 36,5. ¿sigo igual con los cuidados?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "i had a fever on saturday, 38 and a bit, but it's been three days without anything, 36.5 today. do i keep the same care?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "la venda amaneció manchada de verde y huele a podrido, le pusieron células en la cadera",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "the dressing was stained green this morning and it smells rotten, he had cells in the hip",
        "en",
        "urgent",
        "discharge",
    ),
    ("I suddenly cant see out of my left eye, is that possible after the shot?", "en", "emergency", "vision_loss"),
    (
        "de repente no veo nada del ojo izquierdo, ¿es posible después de la inyección?",
        "es",
        "emergency",
        "vision_loss",
    ),
    ("my chest hurts really bad, how do i know if its serious?", "en", "emergency", "chest_pain"),
    ("me duele mucho el pecho, ¿cómo saber si es grave?", "es", "emergency", "chest_pain"),
]


# Read from XA-XD (2026-12-02): "fine since" in the next sentence, "ha estado perfecto", reports a
# regulator received, a cousin's story with "¿es cierto?" as its own sentence, a reading "since
# this morning" after treatment abroad ("me trataron en Tijuana" is the treatment, not a cure),
# pain "worse every day".
AFTER_SETS_XA_XD = [
    (
        "my son fainted once at the clinic during the marrow draw, the nurse said it was the needle. he has been totally fine for 3 days since",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi hijo se desmayó una vez en la clínica durante la extracción, la enfermera dijo que fue la aguja. ha estado perfecto desde entonces",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "had chest pains 2 weeks ago after the infusion, the ER said it was anxiety. all good since. could the IV have caused it?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "tuve dolor de pecho hace 2 semanas después del suero, en urgencias dijeron que era ansiedad. bien desde entonces. ¿pudo ser por el suero?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        'La FDA dice que recibió "reportes de ceguera e infecciones". ¿eso fue en Estados Unidos o también en México?',
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        'The FDA says it got "reports of blindness and infections". was that in the US only or in Mexico too?',
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "mi prima dice que en Colombia a varias personas les dio infección en la sangre por células de cordón, ¿es cierto?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "my cousin says several people in Colombia got blood infections from cord cells, is that true?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "101.3 F desde la mañana, ya estoy de vuelta en Texas pero me trataron en Tijuana hace 3 días, ¿qué hago?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "101.3 F since this morning, i'm back home in Texas but i had it done in Tijuana 3 days ago, what do i do?",
        "en",
        "urgent",
        "fever",
    ),
    ("pain was like a 3 on day 2, now on day 5 it's an 8 and worse every day", "en", "urgent", "worsening_pain"),
    ("el dolor era como un 3 el día 2, ahora en el día 5 es un 8 y peor cada día", "es", "urgent", "worsening_pain"),
]


# Read from XE-XH (2026-12-02), the last session's final sets: booked for "the same thing", a sign
# named as what a medicine treats ("seizure meds"), "X symptoms" as a search, an arm that won't
# lift beside a hot swollen shoulder (the joint, not a stroke; a drooping face still is one), a
# scan that "came back clear", and "can't swallow a stem cell" (a joke about pills).


AFTER_SETS_XE_XH = [
    (
        "my sister collapsed after her stem cell IV in 2022 and ended up in ICU, now i'm booked for the same thing. what should i watch for?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi hermana se desmayó después de su suero de células madre en 2022 y terminó en terapia intensiva, ahora yo tengo cita para lo mismo. ¿qué vigilo?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "i take seizure meds, havent had one in 3 years. will the stem cells mess with that?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "tomo pastillas para las convulsiones, hace 3 años que no me da ninguna. ¿las células madre interfieren?",
        "es",
        "info_alarming",
        "seizure",
    ),
    ("derrame cerebral sintomas", "es", "info_alarming", "stroke"),
    ("stroke symptoms", "en", "info_alarming", "unrecognised"),
    (
        "3 weeks after the shot in my shoulder it's suddenly very painful, hot and swollen and i can't lift my arm at all",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "3 semanas después de la inyección en el hombro de repente está muy doloroso, caliente e hinchado y no puedo levantar el brazo",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the swelling in my calf went down and the ultrasound at the ER came back clear, so i'm ok now right?",
        "en",
        "info_alarming",
        "leg_clot",
    ),
    (
        "la hinchazón de la pantorrilla se me bajó y el ultrasonido en urgencias salió limpio, ¿entonces ya estoy bien?",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    (
        "my knee is hot and swollen from the shot, and now suddenly her face is drooping and she cant lift her arm",
        "en",
        "emergency",
        "stroke",
    ),
    ("i cant swallow, my throat is closing after the capsule", "en", "emergency", "anaphylaxis"),
]


# Read from XI-XL (2026-12-02), the fourth session's final sets: a colour told of a discharge
# ("white pus") is not skin losing its blood; "si … me falta el aire, ¿qué hago?" supposes; a sign
# of no one in particular ("can someone go blind…", "¿puede uno…?", "¿es normal que se hinche…?");
# and after such a question, "lo tengo apretado" / "mine is tight" puts it in the present.
AFTER_SETS_XI_XL = [
    (
        "day 5 and the shot spot on my knee has a small lump, white pus comes out if i squeeze it",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "quinto día y en el pinchazo de la rodilla hay un bultito, le sale pus blanco si lo aprieto",
        "es",
        "urgent",
        "discharge",
    ),
    ("two hours after the filler my cheek has gone white and it hurts a lot", "en", "emergency", "vessel_block"),
    ("a las dos horas del relleno la mejilla se me puso blanca y me duele mucho", "es", "emergency", "vessel_block"),
    (
        "if I get short of breath on the long flight home after the drip, what do I do?",
        "en",
        "info_alarming",
        "breathing",
    ),
    ("si en el avión de vuelta me falta el aire después del suero, ¿qué hago?", "es", "info_alarming", "breathing"),
    ("sí, me falta el aire, ¿qué hago?", "es", "emergency", "breathing"),
    ("can someone go blind from stem cells put into the face?", "en", "info_alarming", "vision_loss"),
    ("¿puede uno quedarse ciego por células madre en la cara?", "es", "info_alarming", "vision_loss"),
    ("is it normal for a leg to swell after the IV? mine is fine, my friend's did", "en", "info_alarming", "leg_clot"),
    (
        "¿es normal que se hinche una pierna después del suero? a mí no, pero a mi amiga sí",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    ("¿es normal que se hinche la pierna después del suero? la tengo hinchada y caliente", "es", "urgent", "leg_clot"),
    (
        "¿es normal que duela el pecho después del suero? lo tengo apretado desde hace un rato",
        "es",
        "emergency",
        "chest_pain",
    ),
    ("is chest pain normal after the IV? mine is tight and heavy right now", "en", "emergency", "chest_pain"),
]


# Read from XM-XP (2026-12-02): "cachete" is a cheek; an adrenaline pen told in any words ("el boli
# de adrenalina", "le tuve que poner la epipen") but not one the clinic gave and watched; "se me
# cerraba la garganta"; "dijo que si…" is a told condition; "tirita" (a plaster) shivers only "de
# frío"; a reading in the sentence after "call if fever" is a fever now; redness that "covers" the
# knee or "quema al tocarla"; "eye cream" is a product; how one would know, after a story of years
# ago; the time of a doctor's visit is not the sign's.
AFTER_SETS_XM_XP = [
    (
        "me pusieron relleno en los cachetes y uno se me puso blanco, me duele un montón",
        "es",
        "emergency",
        "vessel_block",
    ),
    (
        "after the filler one cheek went white and now it's turning blue, it really hurts",
        "en",
        "emergency",
        "vessel_block",
    ),
    (
        "le tuve que poner la epipen a mi hija porque se le hinchaban los labios, ya respira mejor",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "had to use my epipen an hour ago after the drip, feeling better now, do i still need to go in?",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "se me cerraba la garganta después de la infusión y me puse el boli de adrenalina",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "la enfermera dijo que si se me cierra la garganta me ponga la adrenalina, ¿cómo se usa?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "my lips swelled at the clinic, they gave me an epipen and kept me 3 hours, all gone now. can i do the next session?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "en la clínica me pusieron adrenalina por una reacción, me vigilaron 4 horas y ya estoy bien. ¿puedo seguir con las sesiones?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    ("mi abuela tirita de frío y tiene 38,2 desde anoche", "es", "urgent", "chills"),
    ("se me cayó la tirita del pinchazo de la rodilla, ¿me pongo otra?", "es", "side_effect", None),
    ("they told me to ring if i got a fever. it's 38 on the dot now, day 2, do i ring?", "en", "urgent", "fever"),
    ("me dijeron que llamara si tenía fiebre. tengo 38 justo, segundo día, ¿llamo?", "es", "urgent", "fever"),
    ("ayer lo rojo de la rodilla era chiquito y hoy ya la cubre toda", "es", "urgent", "spreading_redness"),
    ("la rodilla quema al tocarla y está roja desde ayer", "es", "urgent", "spreading_redness"),
    (
        "bought a stem cell eye cream, it stings a little when I put it on. is it approved?",
        "en",
        "pills",
        None,
    ),
    (
        "me compré un contorno de ojos con células madre y me arde un poquito, ¿está aprobado?",
        "es",
        "pills",
        None,
    ),
    (
        "a mi tío le dio un derrame hace años después de unas células, ¿cómo sabría yo si me está pasando?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "my uncle had a stroke years ago after some cells, how would i know if it was happening to me?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "my leg went weak for a few minutes yesterday, normal ever since, and the doctor checked me this morning and was happy",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "ayer se me debilitó la pierna unos minutos, desde entonces normal, y el médico me revisó esta mañana y dijo que bien",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    # A side effect the model is sure of is not sent to sign-up or reminders by one stray word.
    ("donde entro la aguja me pica, nada rojo", "es", "side_effect", None),
]


# Read from XQ-XT (2026-12-02): an eye gone "completely dark"; a leg that "se dobló" or "buckled";
# no feeling "desde las pompas"; an adrenaline pen used for a swollen tongue, whichever sign the
# message names first; °F in words ("one oh two", "running a hundred and one"); a fever a medicine
# brought down is still a fever; "¿se me pasará solo?" asks if it will go; "o ya no?" and "se pasó
# como tres dedos" are no endings; a normal reading a few words after "hoy"; "wore off… all good
# now right?"; "no siento las piernas dormidas" denies the numbness; a sheet that says; "what
# would X look like"; "can happen to anyone"; "heard you can"; a time of day after the sign is
# over; "not in pain"; "the first few days" is the expected flare.
AFTER_SETS_XQ_XT = [
    (
        "no redness at the shot site, but my left eye went completely dark ten minutes ago",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "el sitio de la inyección está bien, pero del ojo izquierdo veo todo negro desde hace diez minutos",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "me pusieron la inyección en la espalda el martes y hoy se me dobló la pierna bajando la escalera",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "had the back injection on tuesday and today my legs buckled going down the stairs",
        "en",
        "emergency",
        "leg_weakness",
    ),
    ("desde esta tarde no siento nada desde las pompas hasta la entrepierna", "es", "emergency", "groin_numbness"),
    ("since this afternoon I can't feel my bum or between my legs", "en", "emergency", "groin_numbness"),
    (
        "ya me inyecté la epipen porque se me cerraba la garganta, me siento mejor, ¿igual voy a urgencias?",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "i used my epipen because my tongue swelled up after the drip, i feel better now, do i still need the hospital?",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    ("voice typing: thermometer says one oh two point one, infusion was yesterday", "en", "urgent", "fever"),
    ("she's running a hundred and one since lunch, two days after the iv", "en", "urgent", "fever"),
    (
        "tenía casi 39, me tomé un paracetamol y bajó a 37,6. ¿llamo igual a la clínica o ya no?",
        "es",
        "urgent",
        "fever",
    ),
    ("had 38.9 this morning, took tylenol and now it's 37.4, do i still call the clinic?", "en", "urgent", "fever"),
    (
        "38 justo en el termómetro, tercer día después de la liposucción. Me siento bien, ¿se me pasará solo?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "fiebre no tengo, pero lo rojo sigue creciendo: ayer le pinté el borde y hoy ya se pasó como tres dedos",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "la semana pasada tuve 38 y medio pero desde el miércoles nada, hoy amanecí en 36.4. ¿sigo con la sesión?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "the numbness in my legs from the epidural wore off after an hour like they said, all good now right?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "el adormecimiento de las piernas por la epidural se quitó en una hora como me dijeron, todo bien ahora, ¿verdad?",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "no siento las piernas dormidas ni nada, solo quiero saber qué es de alarma después de la infiltración",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "¿por qué la hoja dice 'vaya a urgencias si tiene dolor en la pantorrilla'? ¿qué tiene que ver con el suero?",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    (
        "why does the aftercare sheet say go to the ER for calf pain? what's the leg got to do with an IV?",
        "en",
        "info_alarming",
        "leg_clot",
    ),
    (
        "the leaflet says no allergic reactions with your own cells. what would anaphylaxis even look like?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "el folleto dice que no hay alergias con tus propias células. ¿cómo se vería una anafilaxia?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "a una conocida la dejaron ciega unas células en los ojos, ¿eso le puede pasar a cualquiera?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "a woman at church went blind after eye stem cells, could that happen to anyone?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    ("heard you can cough up blood after an IV if there's a clot, true?", "en", "info_alarming", "coughing_blood"),
    (
        "nearly passed out in the bath yesterday after the drip, been fine since, had a normal lunch today. was it the treatment?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "casi me desmayo ayer en la ducha después del suero, desde entonces bien, hoy desayuné normal. ¿fue por el tratamiento?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my son had filler in his cheeks yesterday, a bit swollen, colour normal, he's not in pain, eyes fine",
        "en",
        "side_effect",
        None,
    ),
    ("is it normal that my knee hurts more the first few days after the shot than before?", "en", "side_effect", None),
    (
        "¿es normal que la rodilla me duela más los primeros días después de la inyección que antes?",
        "es",
        "side_effect",
        None,
    ),
]


# Read from XU-XX (2026-12-02): an ex is someone else, and "what signs would I watch for" asks;
# sent home ("le dieron el alta") ends what came before it, not a leg that gives way after it
# ("la pierna no me sostuvo"); a wellness since a day ("desde el domingo estoy normal") is now;
# "nos dijeron que vigilemos…", "¿cómo se ve eso?"; "es algo común".
AFTER_SETS_XU_XX = [
    (
        "can i fly next month? also my ex got sepsis after an operation once so i'm nervous, what signs would i watch for",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "¿puedo viajar el mes que viene? mi ex tuvo sepsis después de una operación y estoy nerviosa, ¿qué señales vigilo?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "mi papá se desmayó en la clínica durante el suero, pero ya está en casa y bien, le dieron el alta. ¿es algo común?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my dad fainted at the clinic during the drip but he was discharged and he's home and fine now. is that common?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me dieron de alta al mediodía, comí normal, pero al levantarme la pierna izquierda no me sostuvo y me caí",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "they discharged me at noon, lunch was normal, but when i stood up my left leg gave way and i fell",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "el sábado tuve 38,4 pero desde el domingo estoy normal, 36,6 ahora. día 8, solo para que sepan",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "had 38.4 on saturday but since sunday i'm fine, 36.6 now. day 8, just so you know",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "en la clínica nos dijeron que vigilemos convulsiones después de la punción de mi hija, ¿cómo se ve eso?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "the clinic told us to watch for seizures after my son's lumbar puncture, what would that look like?",
        "en",
        "info_alarming",
        "seizure",
    ),
    ("hoy estaba bien pero hace un rato mi mamá se desmayó en la cocina", "es", "emergency", "fainting"),
    ("she was fine today but a few minutes ago my mum fainted in the kitchen", "en", "emergency", "fainting"),
    # The one who set up the drip left ("ya se fue"): nothing passed.
    (
        "me pusieron el suero en casa y de repente me falta el aire, la chica que me lo puso ya se fue",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "the nurse who put in my home drip already left and now all of a sudden i can't breathe",
        "en",
        "emergency",
        "breathing",
    ),
]


# Read from XY-WB (2026-12-02): "diciendo disparate", "no sabe ni dónde ta" (not "dónde está la
# receta"); "afebrile" is not a fever and ends only one; "ya van 6" counts the days past the first
# ones; "se me ha pasado" (Spain's perfect) ends, "se ha pasado harto de la raya" spreads; "it was
# just a dot on monday" is a size; "now it's about half her knee"; "¿cómo se reconoce eso?";
# "antes de reservar", "could X be a side effect".
AFTER_SETS_XY_WB = [
    ("mi papá ta temblando con 39 y pico y diciendo disparate, no sabe ni donde ta", "es", "emergency", "confusion"),
    ("mi mamá tiene fiebre y no sabe dónde está", "es", "emergency", "confusion"),
    ("my dad is shivering with 39.4 and talking nonsense, he doesn't know where he is", "en", "emergency", "confusion"),
    (
        "nurse here: mild swelling and soreness 24h after the knee injection, no erythema, afebrile, ROM ok. expected course?",
        "en",
        "side_effect",
        None,
    ),
    (
        "nurse writing for a patient: lumbar injection 8 days ago, back pain worse every day since day 4, afebrile, no leg weakness",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "mi mujer tenía dolor normal los primeros días pero ya van 6 y le duele cada vez más donde la inyectaron",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "the pain was normal the first few days but it's day 6 and it gets worse every day",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "el dolor de pecho de anoche ya se me ha pasado del todo, seguro fueron nervios. ¿se lo digo a la clínica?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "the chest pain i had last night has completely gone, probably nerves. should i still tell the clinic?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "a un vecino lo metieron a terapia intensiva por una infección en la sangre después de una clínica, ¿cómo se reconoce eso?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "my neighbour ended up in intensive care with a blood infection after a clinic abroad, how do you recognise it?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "no fever but the redness from the knee shot is creeping up my thigh, it was just a dot on monday",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "fiebre no, pero lo rojo del pinchazo sube por el muslo, el lunes era solo un puntito",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the red patch round her shot was the size of a coin this morning, now it's about half her knee",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "lo rojo alrededor del pinchazo era como una moneda esta mañana y ahora es casi la mitad de la rodilla",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("lo marqué con boli anoche y lo rojo ya se ha pasado harto de la raya", "es", "urgent", "spreading_redness"),
    ("antes de reservar: ¿toser sangre puede ser un efecto del suero?", "es", "info_alarming", "coughing_blood"),
    ("before booking: could coughing up blood be a side effect of the drip?", "en", "info_alarming", "coughing_blood"),
]


# Read from WC-WF (2026-12-02): "¿pa qué sigo?" and a plan for tonight ("ya tengo decidido cómo lo
# voy a hacer esta noche", "why should I go on"); "hurting way more than before" beside an arm
# that won't lift is the joint; "fine until tuesday" is before it began; "can that really
# happen?"; "me traté hace 2 meses" dates the treatment.
AFTER_SETS_WC_WF = [
    (
        "¿pa qué sigo? gasté todo en la clínica y el dolor igual. ya tengo decidido cómo lo voy a hacer esta noche",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "spent everything on the clinic and the pain is the same. i've decided how i'm going to do it tonight",
        "en",
        "emergency",
        "suicidal",
    ),
    ("the pain never stops, why should i go on", "en", "emergency", "suicidal"),
    (
        "had the shot in my shoulder 10 days ago, this week it started hurting way more than before and now i can't lift my arm",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "me inyectaron el hombro hace 10 días, esta semana me duele mucho más que antes y ahora no puedo levantar el brazo",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "my knee is hot, really swollen and i can't put weight on it, 3 weeks after the shot, it was fine until tuesday",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "la rodilla está caliente, muy hinchada y no puedo apoyarla, 3 semanas después de la inyección, estaba bien hasta el martes",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "my friend's dad had a stroke after a stem cell drip abroad. can that really happen?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "al papá de una amiga le dio un derrame después de un suero de células afuera. ¿de verdad puede pasar?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "me traté hace 2 meses en Cancún por la espalda y desde hace 3 noches tengo fiebre de 38 y medio y sudo la cama",
        "es",
        "urgent",
        "fever",
    ),
    (
        "i got treated 2 months ago in cancun for my back and for 3 nights now i've had 38.5 and soaked the bed",
        "en",
        "urgent",
        "fever",
    ),
]


# Read from WG-WJ (2026-12-02): an earlier telling of the same sign dates itself, not a clause with
# a time of its own ("hace un año me dolió el pecho…, pero desde hace 1 hora…"), while a story
# told on ("had a stroke in 2020, her face drooped for weeks") stays dated; sight "just gone" in
# half an eye, "la vista… se me fue"; "pensé que era un infarto" is a belief, "pensé que era
# normal" is not; "la tengo el jueves" is an appointment, not a sign.
AFTER_SETS_WG_WJ = [
    (
        "hace un año me dolió el pecho y fue gastritis, pero desde que salí del suero hace 1 hora tengo una presión fuerte en el pecho",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "last year my chest hurt and it was reflux, but since the drip an hour ago i've had a heavy pressure in my chest",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "my mum had a stroke in 2020, her face drooped for weeks. she's fully recovered now, can she have the IV?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "after the microneedling facial half the sight in my left eye is just gone, all at once",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "después del facial con microagujas la mitad de la vista del ojo izquierdo se me fue de golpe",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "anoche pensé que era un infarto, en urgencias me dijeron que fue ansiedad y no era nada. hoy estoy tranquila",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "last night i thought i was having a heart attack, the ER said it was anxiety and it was nothing. i'm calm today",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "¿la inyección en los ojos te puede dejar ciego? la tengo el jueves y no duermo de los nervios",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "knee really hot and swollen, can't put any weight on it, the shot was 3 weeks ago and i thought it was fine",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "la hinchazón de la rodilla crece cada día y está caliente, ya van 3 semanas, pensé que era normal",
        "es",
        "urgent",
        "spreading_redness",
    ),
]


# Read from WK-WN (2026-12-02): "como si me apretaran" describes, it does not suppose; tests that
# came back normal and being sent home end what came before; "gone well past the line" spreads;
# antibiotics given "just in case" say why the medicine was given, not that the writer asks.
AFTER_SETS_WK_WN = [
    (
        "me está doliendo el pecho como si me lo apretaran y estoy sudando frío, ¿me pueden cambiar la cita del jueves?",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "had chest pain for a few minutes yesterday, went to the ER, EKG and bloods all normal. just so you know",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "ayer tuve una punzada en el pecho, fui a urgencias, electro y análisis normales, me mandaron a casa. solo para que conste",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "i drew round the red patch on my back with a pen last night and it's gone well past the line now",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "the clinic gave me antibiotics just in case and i've been resting, but i've had the shakes and chills since lunch",
        "en",
        "urgent",
        "chills",
    ),
    (
        "en la clínica me recetaron antibióticos por si acaso, pero desde el mediodía tengo escalofríos y tiemblo",
        "es",
        "urgent",
        "chills",
    ),
]


# Read from sets WO-WR (the fifth session's final measure, read by the sixth): a time of the
# sign's own beside someone else's old story, a feeling of fever a thermometer answers, grey
# discharge, red moving on down a limb, pain worse at night or on stairs (not worse by the day),
# a hard vein, "is that a thing?" after someone else's story.
AFTER_SETS_WO_WR = [
    (
        "buenas, mi prima se hizo esto hace dos años y le fue súper bien, a mí me hicieron el hombro el viernes y todo bien, pero hace como media hora me agarró un dolor en el pecho que se me va al brazo izquierdo y estoy sudando frío",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "hi, my cousin had this done two years ago and loved it, I had my shoulder done friday and all good, but about half an hour ago I got a pain in my chest that goes down my left arm and I'm in a cold sweat",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "hace dos años tuve un dolor en el pecho y ahora me quiero hacer las células en la rodilla, ¿hay problema?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "two years ago I had chest pain, now I want stem cells in my knee, is that a problem?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "my mate reckons his cousin went blind after stem cell eye injections in florida, is that actually a thing?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "un compa dice que su primo quedó ciego por unas inyecciones de células en el ojo en Miami, ¿eso existe?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "feeling kinda feverish, thermometer says 37.3, it's the same day as my knee injection",
        "en",
        "side_effect",
        None,
    ),
    (
        "me siento medio afiebrada pero el termómetro marca 37,3, es el mismo día de la inyección en la rodilla",
        "es",
        "side_effect",
        None,
    ),
    ("had 38.9 this morning, took tylenol and now it's 37.4, do i still call the clinic?", "en", "urgent", "fever"),
    ("me siento afiebrada desde ayer, es el día 3 de la inyección en la rodilla", "es", "urgent", "fever"),
    (
        "quería preguntar por la vitamina que me dijeron, y otra cosa, de donde me sacaron la grasa del muslo me sale un líquido grisáceo",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "quick one about the vitamin they mentioned, and also, where they took the fat from my thigh there's some greyish fluid coming out",
        "en",
        "urgent",
        "discharge",
    ),
    ("el hombro me duele más por la noche desde el pinchazo hace 2 días, ¿es lo esperado?", "es", "side_effect", None),
    ("my shoulder hurts more at night since the shot 2 days ago, is that expected?", "en", "side_effect", None),
    (
        "my knee hurts more at night and it's getting worse every day, day 5 after the injection",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "la rodilla me duele más por la noche y cada día va peor, es el día 5 de la inyección",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "me duele más la rodilla cuando subo escaleras, voy por el día 3 de la inyección, ¿es normal?",
        "es",
        "side_effect",
        None,
    ),
    (
        "my knee hurts more when I go up stairs, I'm on day 3 after the injection, is that normal?",
        "en",
        "side_effect",
        None,
    ),
    (
        "a mi papá le pusieron el suero el viernes en el brazo; desde ayer lo tiene hinchado y duro por donde va la vena, y cada vez más",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "my dad had the drip in his left arm on friday; since yesterday the arm is swollen and hard along the vein, and it's getting worse",
        "en",
        "urgent",
        "red_streak",
    ),
    ("day 4 after the knee shot, temp 38.1 tonight, knee feels ok. is that a thing?", "en", "urgent", "fever"),
    (
        "día 4 de la inyección en la rodilla, tengo 38,1 esta noche, la rodilla bien. ¿eso existe?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "a mi papá le pusieron el suero el viernes en el brazo; desde ayer lo tiene hinchado y duro por donde va la vena, y cada vez más",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "my dad had the drip in his left arm on friday; since yesterday the arm is swollen and hard along the vein, and it's getting worse",
        "en",
        "urgent",
        "red_streak",
    ),
    ("day 4 after the knee shot, temp 38.1 tonight, knee feels ok. is that a thing?", "en", "urgent", "fever"),
    (
        "día 4 de la inyección en la rodilla, tengo 38,1 esta noche, la rodilla bien. ¿eso existe?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "i take pills for seizures, haven't had one in 3 years. do stem cells interfere?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "tomo pastillas para las convulsiones y hace años que no me da ninguna, ¿las células madre interfieren?",
        "es",
        "info_alarming",
        "seizure",
    ),
    ("I'm on seizure meds, can stem cell gummies help my epilepsy?", "en", "pills", None),
    (
        "tomo pastillas para las convulsiones, ¿unas gomitas de células madre me ayudarían con la epilepsia?",
        "es",
        "pills",
        None,
    ),
]


# Read from sets WS-WZ (the sixth session): staff who left are not a sign that passed, hard to
# wake, clinical words for cauda equina (saddle, foot drop, no void), a run of oxygen readings,
# "SOB", toes asleep, "running like 101", pain scores without "/10", a normal temperature that
# ends only a fever, words each denied in a row, a fever question beside a normal reading,
# "what even is", "que numero llamo", "2 wks ago", "algo del ictus", "el gemelo", "at discharge".
AFTER_SETS_WS_WZ = [
    (
        "mi papá se desmayó en el estacionamiento después del suero y no responde bien, la nurse ya se fue, ¿qué hago?",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "my dad passed out in the parking lot after the infusion and he's not responding properly, the nurses already left, what do I do?",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "we got home from the clinic sunday and he was fine, but today he's been in bed all day and now I can't hardly wake him up and he's burning up, 39 point something",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "llegamos de la clínica el domingo y estaba bien, pero hoy se la pasó en cama y ahora casi no lo puedo despertar y está ardiendo, 39 y pico",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "writing for my wife, day 2 after the lower back injection: numb in the saddle area for the past hour and she can't lift the front of her left foot",
        "en",
        "emergency",
        "groin_numbness",
    ),
    (
        "escribo por mi esposa, día 2 de la inyección en la espalda baja: desde hace una hora tiene adormecida la zona de la silla de montar y no puede levantar la punta del pie izquierdo",
        "es",
        "emergency",
        "groin_numbness",
    ),
    (
        "day 2 after the spine injection, for the past hour she can't dorsiflex her left foot",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "día 2 de la inyección en la columna, desde hace una hora tiene el pie caído, no lo levanta",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "he had the back injection yesterday and he hasn't voided since 6 this morning despite trying",
        "en",
        "emergency",
        "bladder_bowel",
    ),
    (
        "le pusieron la inyección en la espalda ayer y no ha orinado desde las 6 de la mañana aunque lo intenta",
        "es",
        "emergency",
        "bladder_bowel",
    ),
    (
        "hip injection 2 days ago. since 7am sudden SOB at rest, sats went 95 -> 91 -> 88 and my calf is swollen",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "inyección en la cadera hace 2 días. desde las 7 me falta el aire en reposo, la saturación fue 95, luego 91, ahora 88 y tengo la pantorrilla hinchada",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "toes on my left foot numb since the ankle injection this morning, like they fell asleep and won't wake up",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "tengo los dedos del pie izquierdo dormidos desde la inyección en el tobillo esta mañana, como si se hubieran dormido y no despiertan",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "what's the day 7 reminder for exactly? anyway I think I'm running like 101 since lunch, back injection was last wednesday",
        "en",
        "urgent",
        "fever",
    ),
    (
        "¿para qué es el recordatorio del día 7? por cierto creo que tengo como 38,5 desde el almuerzo, la inyección en la espalda fue el miércoles",
        "es",
        "urgent",
        "fever",
    ),
    (
        "pain was a 3 on day 2 and now on day 5 it's like an 8, is that normal or should I call them?",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "el dolor era un 3 el día 2 y ahora en el día 5 es como un 8, ¿es normal o los llamo?",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "day 4 after the fat harvest. the redness around the belly incision has gone 3 cm past the pen line I drew yesterday. afebrile, 37.1",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "quinto día después de la extracción de grasa del abdomen. el enrojecimiento alrededor de la cicatriz es mayor que ayer; ha crecido tres centímetros. temperatura normal",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "me hice las células en las rodillas hace una semana, el martes me empezó a doler el gemelo derecho y ahora está hinchado, calentito y más gordo que el otro, respiro bien, nada de dolor de pecho",
        "es",
        "urgent",
        "leg_clot",
    ),
    (
        "had my knees done a week ago, on tuesday my right calf started hurting and now it's swollen, warm and fatter than the other one, breathing fine, no chest pain",
        "en",
        "urgent",
        "leg_clot",
    ),
    ("what even is sepsis and can u get it from stem cells", "en", "info_alarming", "sepsis"),
    ("¿cómo es la sepsis? mi hermana es enfermera y me dice que esté pendiente", "es", "info_alarming", "sepsis"),
    (
        "si llego a sentir que no puedo respirar después del suero, ¿a qué número llamo? estoy en Guatemala",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "if I ever feel I can't breathe after the drip, what number do I call? I'm in Guatemala",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "i passed out at the clinic during the blood draw but that was 2 wks ago, doc said it was a vasovagal thing. does it matter for my next session?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me desmayé en la clínica cuando me sacaron sangre pero eso fue hace 2 sem, el doctor dijo que fue vasovagal. ¿importa para la próxima sesión?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "when's a fever an emergency vs just call the clinic? I'm 98.2 right now, just wanna know",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "¿cuándo una fiebre es para llamar a la ambulancia y cuándo a la clínica? ahora tengo 36,5",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "¿qué significa la palabra RÁPIDO que me dijo la enfermera al darme el alta? Era algo del ictus.",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "what does the word FAST mean that the nurse told me at discharge? it was something about strokes.",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "Day 1, 37.8 C and achy like a light flu, knee sore. No redness, no pus, nothing spreading. Just checking this is in the normal range",
        "en",
        "side_effect",
        None,
    ),
    (
        "día 1, 37,8 y con dolor de cuerpo como una gripe leve, la rodilla adolorida. Nada rojo, nada de pus, nada que se extienda. ¿Es normal?",
        "es",
        "side_effect",
        None,
    ),
    ("I feel a bit feverish but the thermometer says 37.2, day 1 after the knee shot", "en", "side_effect", None),
]


# Read from sets VA, VF, VG, VH (the sixth session): "podría darme", a subject that is anyone's
# ("your skin", "se ponga la piel"), a fever over by today's reading ("desde ayer ando en 36,8"),
# a patch that doubled, "suponiendo", "me advirtió del…, ¿en qué consiste?", "ahora mismo no
# tengo nada" after asking in advance, "¿está documentado que… pueda causar…?".
AFTER_SETS_VA_VH = [
    (
        "¿podría darme un infarto por el suero de células? tengo 62 años y me pusieron un stent en 2019",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "could the cell drip give me a heart attack? I'm 62 and had a stent put in back in 2019",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "¿es normal que se ponga la piel morada y fría después del suero? lo vi en un video de tiktok y me dio miedo",
        "es",
        "info_alarming",
        "vessel_block",
    ),
    (
        "is it normal for your skin to go white after stem cell face injections? haven't done it yet, appt is friday",
        "en",
        "info_alarming",
        "vessel_block",
    ),
    (
        "ya se me quitó la fiebre, tuve 38,4 antier y desde ayer ando en 36,8 sin tomar nada, ¿todavía tengo que llamar?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "the fever's gone, I had 38.4 two days ago and since yesterday I'm at 36.8 without taking anything, do I still need to call?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "writing for my dad who had stem cells in both knees on the 12th. he's eating and sleeping fine, but since last night his right knee has a red patch that has doubled in size and feels warm",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "escribo por mi papá, le pusieron células en las dos rodillas el día 12. come y duerme bien, pero desde anoche tiene una mancha roja en la rodilla derecha que se duplicó de tamaño y está caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "Suponiendo que tuviera fiebre después del procedimiento, ¿a partir de qué temperatura debería llamar a la clínica y a partir de cuál ir a urgencias?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "Supposing I had a fever after the procedure, from what temperature should I call the clinic and from what temperature go to the emergency room?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "Mi médico de cabecera me advirtió del síndrome de cola de caballo con las inyecciones en la columna. ¿En qué consiste y qué síntomas da?",
        "es",
        "info_alarming",
        "groin_numbness",
    ),
    (
        "My GP warned me about cauda equina syndrome with spine injections. What does it involve and what are the symptoms?",
        "en",
        "info_alarming",
        "groin_numbness",
    ),
    (
        "¿Es normal que a veces salga una raya roja desde el pinchazo? Lo pregunto por adelantado; ahora mismo no tengo nada.",
        "es",
        "info_alarming",
        "red_streak",
    ),
    (
        "Is a red streak from the injection spot something to worry about? Asking in advance, right now I have nothing.",
        "en",
        "info_alarming",
        "red_streak",
    ),
    (
        "Soy abogada y estudio un caso: ¿está documentado que la grasa inyectada en la cara pueda causar ceguera? Le agradecería una respuesta.",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "I'm a lawyer looking into a case: is it documented that fat injected into the face can cause blindness? I'd appreciate an answer.",
        "en",
        "info_alarming",
        "vision_loss",
    ),
]


# Read from sets VB-VE (the sixth session): "what is that?" after one's own sign, a reading "marca"
# off the thermometer, "puede dejarte", "ya estoy perfectamente", a dressing soaked with discharge,
# a clinic website quoted, "38 or 38.5?" asked, a treatment as the subject of "podría mandar…",
# a reading alone in its clause taking the day of the clause before.
AFTER_SETS_VB_VE = [
    (
        "a red line came up my arm from where the drip went in and it's moving up, what is that?",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "el termómetro marca 101 F (es americano), ¿qué es eso en grados? me pusieron células en la cadera hace 2 días",
        "es",
        "urgent",
        "fever",
    ),
    ("my thermometer reads 38.6, what is that in Fahrenheit? I had the hip done 2 days ago", "en", "urgent", "fever"),
    (
        "me han dicho que lo de las células en el ojo puede dejarte ciega, ¿es cierto?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "i fainted at the clinic when i saw the needle but i'm perfectly fine now, it always happens to me",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me desmayé en la clínica al ver la aguja pero ya estoy perfectamente, me pasa siempre",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "the injection site on my lower back is leaking yellowish cloudy stuff and the bandage is soaked through",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "el sitio de la inyección en la espalda baja suelta un líquido amarillento y turbio y el vendaje está empapado",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "The clinic website says 'Report immediately any sudden leg weakness or loss of bladder control.' Why would that even happen after a back injection?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "En la página de la clínica dice 'informe de inmediato cualquier debilidad en las piernas o pérdida del control de la vejiga'. ¿Por qué pasaría eso después de una inyección en la espalda?",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    ("What temperature counts as a fever worth calling about? 38 or 38.5?", "en", "info_alarming", "fever"),
    ("¿A partir de qué temperatura hay que llamar por fiebre? ¿37,5 o 38?", "es", "info_alarming", "fever"),
    ("Could the infusion throw a clot to the lungs? Doc never mentioned it.", "en", "info_alarming", "breathing"),
    (
        "¿Puede el suero mandar un coágulo a los pulmones? El doctor nunca lo mencionó.",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "anteayer tuve 38,5 pero ayer y hoy ya nada, 36,7, día 4 de la rodilla. ¿aviso igual o ya fue?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "¿El suero podría mandar un coágulo a los pulmones? El doctor nunca lo mencionó.",
        "es",
        "info_alarming",
        "breathing",
    ),
]


# Read from sets VI-VL (the sixth session, measured once on 6b40b86 then read): "todavía no me
# lo ponen" is not yet, not now; "could the treatment have caused it?" after someone else's
# sign; lost in time or people ("keeps asking what day it is", "me llama con el nombre de…").
AFTER_SETS_VI_VL = [
    (
        "¿es normal que se hinche la pierna después del suero? todavía no me lo ponen, solo pregunto",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    (
        "is it normal for your leg to swell after the drip? I haven't had it yet, just asking",
        "en",
        "info_alarming",
        "leg_clot",
    ),
    (
        "my uncle had a stroke about a year after getting stem cells in Panama. could the treatment have caused it?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "a mi tío le dio un derrame un año después de las células madre en Panamá, ¿pudo ser por eso?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "husband had both knees done 10 days ago, felt cold and tired yesterday, tonight the thermometer says 39,4 and he keeps asking what day it is and calling me by his sister's name",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "a mi esposo le hicieron las rodillas hace 10 días, hoy tiene 39,4 y pregunta a cada rato qué día es y me llama con el nombre de su hermana",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "i had chest pain start an hour ago and it's still there, could the cells have caused it?",
        "en",
        "emergency",
        "chest_pain",
    ),
    # Found reviewing the change: a fever the reading rules out must not hide another sign told now.
    ("I have a fever and chills. 37.9 now", "en", "urgent", "chills"),
    ("tengo fiebre y escalofríos. ahora 37,8", "es", "urgent", "chills"),
    (
        "fever since last night and the redness around the knee is spreading. temp 37.9 now",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "fiebre desde anoche y lo rojo alrededor de la rodilla se está extendiendo. ahora 37,9",
        "es",
        "urgent",
        "spreading_redness",
    ),
]


# Read from sets VM-VP (the sixth session's final sets, measured once on 8245e31, read in the
# seventh): "was totally fine on day 3" tells how it was before it began, not that it has passed;
# "ya está perfecta" has passed; "count today as day 0" asks for reminders after a treatment today.
AFTER_SETS_VM_VP = [
    (
        "day 6 after the bone marrow draw, the spot on my hip is red and hot and swollen, it was perfectly fine on day 3",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "día 6 después de la extracción, la herida de la cadera está roja y caliente y hinchada, el día 3 estaba perfecta",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "the injection spot was fine yesterday, today its red and hot and swollen",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "ayer estaba bien el piquete, hoy está rojo y caliente y hinchado",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the cut got red and hot on day 2 but by day 5 it was totally fine",
        "en",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "la herida se puso roja y caliente el día 2 pero para el día 5 ya estaba perfecta",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "they did my infusion this morning, count today as day 0 please",
        "en",
        "reminders",
        None,
    ),
    (
        "hoy me pusieron el suero, cuenta hoy como el día 0 por favor",
        "es",
        "reminders",
        None,
    ),
]


# Read from sets VQ-VT (the seventh session, measured once on 8ddb641 then read): a reading on an
# earlier day of the treatment or weeks back is not the one that counts now; "ahora está perfecto"
# after a sign ends it, but not a sign told after it; a denial runs over a list of plain symptoms
# ("no redness or pus"); the writer's own sign asked about ("my chest hurts, is that common?") is
# now; "when is a fever bad enough…?", "la vista borrosa… ¿es peligrosa o no?" ask; "había estado
# bien" is before it began; "anda re perdida" is confusion; the cut "open again"; trials.
AFTER_SETS_VQ_VT = [
    (
        "my temp hit 38.6 on day 1, they put me on antibiotics and now on day 6 its 36.8 and i feel fine. should i keep taking them?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "el dia 1 tuve fiebre de 38.6, me dieron antibiotico y ahora en el dia 6 estoy en 36.8 y me siento bien. sigo tomandolo?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "i ran 39 two weeks ago with a cold, before the shot. had the knee done friday and today its 38.5 again",
        "en",
        "urgent",
        "fever",
    ),
    (
        "hace dos semanas tuve 39 por un resfriado, antes de la inyeccion. me hicieron la rodilla el viernes y hoy otra vez 38.5",
        "es",
        "urgent",
        "fever",
    ),
    (
        "my husband fainted after his drip last month, they checked him and everything was ok, now he is perfectly fine. is a second round risky?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi esposo se desmayó después del suero el mes pasado, lo revisaron y salió todo bien, ahora está perfecto. ¿es riesgoso repetir?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "i fainted after the infusion, now im ok but my chest feels tight",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "me desmayé después del suero, ahora estoy bien pero me aprieta el pecho",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "my chest hurts, now i feel ok but it comes and goes",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "me duele el pecho, ahora estoy bien pero va y viene",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "i don't have any swelling or pus, just want to know what an infection looks like",
        "en",
        "info_alarming",
        "discharge",
    ),
    (
        "no tengo hinchazón ni pus, solo quiero saber cómo se ve una infección",
        "es",
        "info_alarming",
        "discharge",
    ),
    (
        "no swelling or pus but the redness is spreading",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "sin hinchazón ni pus pero lo rojo se está extendiendo",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "my chest hurts, is that common after the iv?",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "me duele el pecho, ¿es común después del suero?",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "can you get sepsis from this? what are the signs",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "¿es posible una sepsis por esto? ¿cuáles son las señales?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "my knee is hot and swollen and i can't put weight on it, got the shot 3 weeks ago and it had been fine",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "la rodilla está caliente e hinchada y no puedo apoyar el pie, me inyectaron hace 3 semanas y había estado bien",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "when is a fever bad enough to go to the ER, 38 or 39?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "¿cuándo la fiebre ya es para ir a urgencias, con 38 o con 39?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "when i stood up from the chair i fainted",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "cuando me paré de la silla me desmayé",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "is blurry vision after a face filler dangerous or not?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "¿la vista borrosa después de un relleno en la cara es peligrosa o no?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "i have blurry vision after the face injection, is that dangerous?",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "tengo la vista borrosa después de la inyección en la cara, ¿es peligroso?",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "mi mamá tiene 39 de fiebre y anda re perdida, no sabe ni qué día es",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "mi abuelo tiene 38,8 y está medio perdido",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "the little cut where they took the fat came open again, i can see inside a bit",
        "en",
        "urgent",
        "wound_opening",
    ),
    (
        "la heridita donde sacaron la grasa se abrió otra vez, se ve adentro",
        "es",
        "urgent",
        "wound_opening",
    ),
    (
        "any trials near me",
        "en",
        "clinic_choice",
        None,
    ),
    (
        "hay algun ensayo cerca de mi",
        "es",
        "clinic_choice",
        None,
    ),
    (
        "my mom has a 39 fever and she's totally out of it, doesn't even know what day it is",
        "en",
        "emergency",
        "drowsy",
    ),
    (
        "my mom has a 39 fever and she doesn't even know what day it is",
        "en",
        "emergency",
        "confusion",
    ),
]


# Read from sets VY, VZ, UA, UB (the seventh session, measured once on 27804aa then read): "list
# of whats going on: 1) numb…" tells, not asks; "no hay manera de despertarlo", "solo balbucea";
# a calf "red and tight", the arm "where I had the IV" hard and red; "la infiltración fue hace un
# mes" dates the treatment; "leí sobre trombosis… y ahora tengo…" is the writer's own, now; "esta
# tarde" is today; "normal for three days now" and "desde el día 2" are wellness until now; a wider
# window of a sign's words reads as its written pattern; "¿se puede quedar uno ciego…?" and "¿es
# peligroso que la piel se ponga blanca…?" ask; a treatment date moved by the clinic.
AFTER_SETS_VY_UB = [
    (
        "cant breathe properly and my chest hurts, how common is that after the iv?",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "sepsis, how common is that after an iv?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "here's what's going on: 1) numb between my legs 2) can't feel when i pee 3) legs shaky. spine shot yesterday. normal soreness??",
        "en",
        "emergency",
        "groin_numbness",
    ),
    (
        "esto es lo que me pasa: 1) entumecido entre las piernas 2) no siento cuando orino 3) piernas flojas. inyección en la columna ayer. ¿es dolor normal?",
        "es",
        "emergency",
        "groin_numbness",
    ),
    (
        "mi abuelo tiene 38,6 y no hay manera de despertarlo bien, solo balbucea",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "grandpa has 38.6 and there's no way to wake him properly, he's just mumbling",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "no fever, no chest pain, but my calf looks red and feels tight since the drip",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "sin fiebre ni dolor de pecho, pero la pantorrilla está roja y tensa desde el suero",
        "es",
        "urgent",
        "leg_clot",
    ),
    (
        "i can breathe fine, but the arm where i had the iv is swollen, hard and red",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "respiro bien, pero el brazo donde me pusieron la vía está hinchado, duro y rojo",
        "es",
        "urgent",
        "leg_clot",
    ),
    (
        "el hombro caliente e hinchado, no lo puedo mover, la infiltración fue hace un mes",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "my shoulder is hot and swollen and i can't move it, the infiltration was a month ago",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "leí sobre trombosis antes del suero y ahora tengo la pantorrilla hinchada y me duele, ¿será eso?",
        "es",
        "urgent",
        "leg_clot",
    ),
    (
        "i read about leg clots and swollen calves in the leaflet, what should i look for?",
        "en",
        "info_alarming",
        "leg_clot",
    ),
    (
        "38,1 esta tarde, día 3 de la rodilla. me siento bien eh, es solo por si acaso",
        "es",
        "urgent",
        "fever",
    ),
    (
        "38.1 this afternoon, day 3 after the knee. i feel fine, just asking in case",
        "en",
        "urgent",
        "fever",
    ),
    (
        "had 38.4 on day 1 but it's been normal (36.8) for three days now, do i still call?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "tuve 38,4 el día 1 pero desde el día 2 estoy entre 36,5 y 36,9, hoy día 5. ¿ya pasó?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "my toes went numb after the ankle shot and the feeling hasn't come back, been 6 hours now",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "is skin turning white after a lip filler dangerous? i get mine next week and want to know what to watch for",
        "en",
        "info_alarming",
        "vessel_block",
    ),
    (
        "¿es peligroso que la piel se ponga blanca después de un relleno en los labios? me lo hago la semana que viene",
        "es",
        "info_alarming",
        "vessel_block",
    ),
    (
        "¿se puede quedar uno ciego con las células en el ojo? lo vi en la tele",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "can someone go blind from stem cells in the eye? saw it on tv",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "the clinic pushed my infusion to the 24th, it's not the 17th anymore",
        "en",
        "reminders",
        None,
    ),
    (
        "oye la clínica me cambió la infusión, ya no es el 12, es el 19",
        "es",
        "reminders",
        None,
    ),
]


# Read from sets UC-UF (the seventh session, measured once on 108f3c1 then read): a sign's words
# told again later in the message are a second telling ("…es normal. A mí me está apretando el
# pecho…"); "that's what I have right now" after a sign read about; "a partir de 38,5" is a line,
# not a reading; "normal temps now", "none since"; "sepsis is a risk" asks; "hace un mes de la
# inyección" dates the treatment; "38'4" is a reading.
AFTER_SETS_UC_UF = [
    (
        "vi en un video que el dolor de pecho después del suero es normal. a mí me está apretando el pecho desde hace un rato y me baja al brazo, ¿es cierto?",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "saw on facebook that chest pain after the drip is normal. my chest has been squeezing for twenty minutes and it goes down my left arm, true?",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "a forum said chest pressure after an iv is just the cold saline, is that right? because that's what i have right now",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "dicen que la presión en el pecho después del suero es por el frío, ¿es cierto? porque es lo que tengo ahorita",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "tengo 38 justo, día 2 después del suero. dicen que fiebre es a partir de 38,5, ¿entonces estoy bien?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "i'm at exactly 38, day 2 after the drip. a website says a fever starts from 38.5 so i'm fine right?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "had 38.6 on day 1 but it went away, three days of normal temps now",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "tuve 38,6 el día 1 pero se me quitó, llevo tres días con temperaturas normales",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "my doctor said sepsis is a risk, what does sepsis look like?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "el doctor me dijo que la sepsis es un riesgo, ¿cómo se ve una sepsis?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "mom had chest pains after her drip 3 weeks ago, the ER said muscular, none since. could it come back?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "la rodilla me arde, está re hinchada y no la puedo doblar, hace un mes de la inyección y venía bien",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "my knee is burning and swollen and i can't bend it, it's been a month since the injection and it was fine",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "38'3 hoy, día 4 después de la inyección en la cara, ¿me tomo un paracetamol y ya?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "mi mamá tuvo dolor de pecho después del suero hace 3 semanas, en urgencias dijeron que era muscular, nada desde entonces. ¿puede volver?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
]


# Read from sets VU-VX (the seventh session's final sets, measured once on 19fd6a7, read in the
# eighth session). Each row is our own wording of a construction a miss showed, in both languages:
# a sign that ends by itself dated weeks back; what others said waved away, and the writer answering
# "but" with the sign now; "eso fue en octubre" opening the clause after a sign; "¿cómo empieza?",
# "which signs", "should a fever…", "los foros dicen" asked or read about; chills said of oneself
# ("tirito", "castañean"); red and warm listed, swelling "more every hour"; not fully awake; bleeding
# "sin parar" with words between.
AFTER_SETS_VU_VX = [
    (
        "i passed out at the lab when they took my blood three weeks ago, they said it was my nerves. is it safe to get the second infusion?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me desmaye en el laboratorio cuando me sacaron sangre hace tres semanas, dijeron que fueron los nervios. es seguro ponerme la segunda infusion?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my injection was 2 weeks ago and today i fainted in the kitchen",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "me inyectaron hace 2 semanas y hoy me desmaye en la cocina",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "her infusion was 3 weeks ago and right now she is having a seizure",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "la infusion fue hace 3 semanas y ahorita esta convulsionando",
        "es",
        "emergency",
        "seizure",
    ),
    (
        "los enfermeros dicen que fue la presion nomas pero mi papa no se despierta del todo despues del suero",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "the nurses said it was just low sugar but my dad still wont fully wake up after the drip",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "my neighbour said the drip was fine but then she had a seizure",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "me dio fiebre de 38,7 despues de la infusion, pero eso fue en agosto y ya me curaron. me puede volver a dar?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "i had a 102 fever after my knee shot, but that was in september and antibiotics cleared it. could it happen again?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "me hice el tratamiento, eso fue en octubre. hoy tengo 38,9 de fiebre",
        "es",
        "urgent",
        "fever",
    ),
    (
        "i had the injection, that was in october. now i have a 38.9 fever",
        "en",
        "urgent",
        "fever",
    ),
    (
        "un derrame cerebral como empieza? me pongo el suero la semana que viene y me da miedo",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "a stroke, how does it begin? my infusion is next week and i keep reading about it",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "no fever, no chills, nothing. which signs would point to an infection after a knee injection?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "que tan comunes son las infecciones despues de la inyeccion de rodilla? yo estoy bien",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "should a fever after an iv always be seen by a doctor, or only a high one?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "una fiebre despues del suero siempre hay que revisarla, o solo si es alta?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "the forums say chills after the infusion mean the cells are working. is that right?",
        "en",
        "info_alarming",
        "chills",
    ),
    (
        "en los foros dicen que los escalofrios despues del suero son buena señal, es verdad?",
        "es",
        "info_alarming",
        "chills",
    ),
    (
        "tirito sin parar desde la tarde y me castañean los dientes, me pusieron celulas en la cadera el lunes",
        "es",
        "urgent",
        "chills",
    ),
    (
        "i cant stop shivering and my teeth keep chattering, hip injection on monday",
        "en",
        "urgent",
        "chills",
    ),
    (
        "the spot on my arm from the drip is pink, warm and swelling more every hour",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "la zona del pinchazo en el hombro esta roja caliente y me late",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "grandma wont fully wake up since the infusion this morning",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "mi abuela no termina de despertarse desde la infusion de esta mañana",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "me sangra la encia sin parar desde hace media hora y tomo warfarina",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "my nose has been bleeding non-stop for half an hour, im on blood thinners",
        "en",
        "emergency",
        "heavy_bleeding",
    ),
]


# Read from sets UG-UJ (eighth session, measured once on 2e6b8f6, then read). Our own wording of
# each construction a miss showed, in both languages: pills kept "para tomármelas todas" (never a
# condition under treatment); a sign that passed "y volvió"; a fever told before today and brought
# down by a medicine; "now" of a treatment asked about; "should I still worry"; "normal 4 days";
# "casi 38" on day 1 (just under the line); "más grande y caliente".
AFTER_SETS_R8A = [
    (
        "ya no puedo mas, junte las pastillas para tomarmelas todas esta noche",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "i cant do this anymore, i have the pills right here to take them all tonight",
        "en",
        "emergency",
        "suicidal",
    ),
    (
        "se me paso un ratito y regreso: me aprieta el pecho y me cuesta respirar, dia 1 del suero",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "it eased off for a bit and came back: tight crushing pain in my chest, day 2 after the IV",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "ayer en la noche tenia 38,9, hoy amaneci en 37 con paracetamol. ya se me quito?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "last night i was at 38.8, this morning 37.1 after tylenol. day 3. is it over?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "my mum had a stroke in 2017, can she get a stem cell infusion now?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "mi papa tuvo un derrame cerebral en 2018, puede hacerse el tratamiento ahora?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "two weeks ago my chest hurt but it passed on its own, should i still be worried?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "hace dos semanas me dolio el pecho pero se me paso solo, todavia debo preocuparme?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "got 38.4 on day 2 but the clinic gave antibiotics and now is normal 3 days",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "tuve 38,4 el dia 2, me dieron antibiotico y ahora esta normal 3 dias",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "37.8 on day 1, almost 38. just keep an eye on it?",
        "en",
        "side_effect",
        None,
    ),
    (
        "dia 1 y tengo 37,9, casi 38. lo sigo vigilando?",
        "es",
        "side_effect",
        None,
    ),
    (
        "almost 39 tonight, day 4 after my knee shot",
        "en",
        "urgent",
        "fever",
    ),
    (
        "tengo casi 39, dia 3 del suero",
        "es",
        "urgent",
        "fever",
    ),
    (
        "la bolita del pinchazo esta mas grande y caliente que anoche",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the lump from the drip is bigger and warmer than this morning",
        "en",
        "urgent",
        "spreading_redness",
    ),
]


# Read from sets UO-UR (eighth session, measured once on 431fc95, then read). Our own wording of
# each construction a miss showed, in both languages: lying awake thinking of, or scared of, a sign
# ahead of treatment; a lower reading that has lasted days after a fever on an earlier day; redness
# grown from a coin to a palm; a swelling told hot a few words on; a stitch come loose; "hoy nada de
# nada"; a reading under the line on the day of the treatment, asked whether it is a fever.
AFTER_SETS_R8B = [
    (
        "llevo noches sin dormir pensando en la sepsis, me ponen el suero el jueves. que deberia vigilar?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "cant sleep thinking about a blood infection like sepsis, my infusion is on thursday. what should i watch for?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "im so scared of getting a stroke from the iv next week, how would i notice?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "tengo miedo de que me de un derrame cerebral con el suero, como me daria cuenta?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "got to 38.6 on day 3, the clinic put me on antibiotics and i have been 36.7 for 2 days now. can i go to the gym?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "llegue a 38,6 el dia 3, me dieron antibiotico y llevo 2 dias en 36,7. puedo ir al gimnasio?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "the pink patch round the shot was the size of a dime this morning and tonight its like my palm",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "en la mañana lo rojo era como una moneda y hoy es del tamaño de mi mano",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the swelling under my eye from the filler is hot and it keeps growing",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "la hinchazon del muslo esta caliente y sigue creciendo",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "se me despego el punto de la cadera donde me sacaron la medula y se ve abierto",
        "es",
        "urgent",
        "wound_opening",
    ),
    (
        "the stitch on my belly where they took the fat came loose and it looks open",
        "en",
        "urgent",
        "wound_opening",
    ),
    (
        "ayer me dolio el pecho un momentito, hoy nada de nada. le digo al doctor en la consulta?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "last night my chest hurt for a few minutes, nothing today. should i mention it at my appointment?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "100.1 f tonight, the same day as my knee shot. is that a fever?",
        "en",
        "side_effect",
        None,
    ),
    (
        "37,6 esta noche, el mismo dia de la infusion. eso ya es fiebre?",
        "es",
        "side_effect",
        None,
    ),
    (
        "100.9 f tonight, the same day as my knee shot. is that a fever?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "38,3 esta noche, el mismo dia de la infusion. eso ya es fiebre?",
        "es",
        "urgent",
        "fever",
    ),
]


# Read from sets US-UW (eighth session, measured once on 15192d0, then read). Our own wording of
# each construction, in both languages: a wish to die told in a clause of its own, or as the
# writer's own in a condition, is never a question (a fear or "what are the signs" in another
# clause used to read it as one); a clause that opens denying ("none of this now"); "a real risk";
# chills with trouble thinking; "una vez me desmayé"; "is it bad if my…"; "fiebre no tengo ni
# nada raro".
AFTER_SETS_R8C = [
    (
        "im afraid of getting worse, i just want to kill myself",
        "en",
        "emergency",
        "suicidal",
    ),
    (
        "tengo miedo de la muerte pero ya me quiero matar",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "what do i do if i want to end my life tonight",
        "en",
        "emergency",
        "suicidal",
    ),
    (
        "que hago si me quiero quitar la vida esta noche",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "what are the signs that someone is suicidal after a failed treatment?",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "cuales son las señales de pensamientos suicidas despues de un tratamiento que no funciono?",
        "es",
        "info_alarming",
        "suicidal",
    ),
    (
        "none of this is happening to me now, but what does anaphylaxis look like? my daughter gets her cells in may",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "no tengo nada de esto ahora, pero como se ve una anafilaxia? a mi hija le ponen las celulas en mayo",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "my aunt lost her sight after eye cell shots abroad, is that a real risk? i am thinking about it for my eyes",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "mi tia quedo ciega despues de unas inyecciones de celulas en el ojo, es un riesgo real? lo estoy pensando para mis ojos",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "tiemblo de frio con escalofrios y me cuesta pensar, me pusieron celulas en la espalda hace 4 dias",
        "es",
        "emergency",
        "drowsy",
    ),
    (
        "shaking with chills and i cant think straight, my back injection was 4 days ago",
        "en",
        "emergency",
        "drowsy",
    ),
    (
        "me dan miedo las agujas y una vez me desmaye sacandome sangre. me puede pasar con el suero?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "is it bad if the needle spots on my knee have little pus heads? about 4 of them",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "es malo si tengo granitos con pus en los pinchazos de la rodilla? son como 4",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "fiebre no tengo ni nada raro, solo quiero saber que vigilar despues del suero",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "fever i dont have or anything weird, i just want to know what to watch for after the drip",
        "en",
        "info_alarming",
        "fever",
    ),
    # Thinking of it, or of a way to do it, is the sign itself, never a worry asked about.
    ("i keep thinking about a way to end my life", "en", "emergency", "suicidal"),
    ("sigo pensando en la forma de quitarme la vida", "es", "emergency", "suicidal"),
    ("thinking about a suicide attempt again tonight", "en", "emergency", "suicidal"),
    ("otra vez pensando en un suicidio esta noche", "es", "emergency", "suicidal"),
]


# Read from sets UK-UN (the eighth session's final, read in the ninth) and UX-TA (ninth session,
# measured once on c7b0931, then read). Our own wording of each construction, in both languages:
# how one would know whether one has it; recognising a sign, asked; a clot the writer says they
# have; a racing heart said by likeness; a fever a medicine brought down earlier the same day;
# once, days ago, nothing since; a sign told in the past before the procedure (told in the
# present, it is now); an age in brackets; "is that still a risk?"; a scan that was clear;
# swelling and heat growing day by day; pain worse than right after the shot.
AFTER_SETS_R9A = [
    (
        "what is this sepsis thing in the booklet? how would i know if i have it?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "que es eso de la sepsis que viene en el papel? como se si la tengo?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "how do you recognise a stroke? i want to teach my dad before his infusion",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "como se reconoce un derrame cerebral? se lo quiero enseñar a mi papa antes del suero",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "how to spot a stroke in an older person?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "para reconocer un infarto cerebral que hay que mirar?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "i think i have a blood clot, my leg feels odd since the drip",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "creo que tengo un coagulo, siento rara la pierna desde el suero",
        "es",
        "urgent",
        "leg_clot",
    ),
    (
        "how would i know if i have a clot after the drip?",
        "en",
        "info_alarming",
        "leg_clot",
    ),
    (
        "como sabria si tengo un coagulo despues del suero?",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    (
        "39.4 and shivering, and my heart is going like crazy since this afternoon",
        "en",
        "emergency",
        "fast_heartbeat",
    ),
    (
        "tengo 39.4 y escalofrios, y el corazon me late como loco desde la tarde",
        "es",
        "emergency",
        "fast_heartbeat",
    ),
    (
        "took ibuprofen, it reads 37.3 now but before it was 38.8, day 5. so that is not a fever anymore?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "me tome ibuprofeno y ahora marca 37.3 pero antes tenia 38.8, dia 5. ya no es fiebre o si?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "coughed a little blood 5 days ago, just once, nothing since. i had a cold",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "hace 5 dias tosi un poco de sangre, una sola vez, ya nada. tenia catarro",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "ya nada me calma la tos y sale sangre al toser",
        "es",
        "emergency",
        "coughing_blood",
    ),
    (
        "nothing now, but my heart was racing before the procedure from nerves. should i worry?",
        "en",
        "info_alarming",
        "fast_heartbeat",
    ),
    (
        "ahora nada, pero el corazon me latia muy rapido antes del procedimiento por los nervios. me preocupo?",
        "es",
        "info_alarming",
        "fast_heartbeat",
    ),
    (
        "my heart is racing before the procedure, i can feel it pounding",
        "en",
        "emergency",
        "fast_heartbeat",
    ),
    (
        "el corazon me esta latiendo muy rapido antes del procedimiento",
        "es",
        "emergency",
        "fast_heartbeat",
    ),
    (
        "my daughter (7) is wheezing and her lips are swelling after the drops",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "mi hija (7) esta silbando al respirar y se le hinchan los labios despues de las gotas",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "my neighbour lost the sight in one eye after an eye cell shot back in 2016, is that still a risk today?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "a mi vecino se le fue la vista de un ojo por una inyeccion de celulas hace años, todavia pasa eso?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "my leg swelled after the flight in april but the ultrasound was clear. flying again soon, how do i avoid a clot?",
        "en",
        "info_alarming",
        "leg_clot",
    ),
    (
        "se me hincho la pierna despues del vuelo en abril pero la eco salio normal. vuelvo a volar, como evito un coagulo?",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    (
        "the filler spot on my cheek is more swollen and hotter every day",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "el relleno en la mejilla esta cada dia mas hinchado y caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "knee was ok at first, now day 6 it hurts way more than right after the injection",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "la rodilla estaba bien al principio, ahora dia 6 me duele mucho mas que justo despues de la inyeccion",
        "es",
        "urgent",
        "worsening_pain",
    ),
]


# Read from sets TF-TI (ninth session, measured once, then read). Our own wording of each
# construction, in both languages: the clinical words for breathlessness and a racing heart;
# "denies" / "niega"; a wound dehiscence; skin white first, then dusky, after a face injection;
# telling two things apart, asked; an ER visit that was all clear; "still have" the sign is now,
# "still have to" call is an errand; a test result told before a sign does not end it; a leg
# "puffier" than the other.
AFTER_SETS_R9B = [
    (
        "patient is dyspneic since the infusion this morning",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "el paciente esta con disnea desde la infusion de esta mañana",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "no chest pain but he is tachycardic and sweaty after the drip",
        "en",
        "emergency",
        "fast_heartbeat",
    ),
    (
        "sin dolor de pecho pero esta taquicardico y sudando despues del suero",
        "es",
        "emergency",
        "fast_heartbeat",
    ),
    (
        "pt denies fever. asking what to watch for tonight",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "paciente niega fiebre. pregunta que vigilar esta noche",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "day 6 after the fat harvest, small wound dehiscence at the incision, clear fluid",
        "en",
        "urgent",
        "wound_opening",
    ),
    (
        "dia 6 de la extraccion de grasa, pequeña dehiscencia de la herida, liquido claro",
        "es",
        "urgent",
        "wound_opening",
    ),
    (
        "after the filler the skin by my nose went pale and now it is bluish and it hurts a lot",
        "en",
        "emergency",
        "vessel_block",
    ),
    (
        "despues del relleno la piel junto a la nariz se puso blanca y luego azulada, me duele mucho",
        "es",
        "emergency",
        "vessel_block",
    ),
    (
        "how do i tell the difference between sepsis and a normal cold after the iv?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "como diferencio una sepsis de un resfriado normal despues del suero?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "i am afraid of anaphylaxis, what does it really look like?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "had chest pain for a day after the drip in october, the ER said all clear. can it happen again?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "tuve dolor de pecho un dia despues del suero en octubre, en urgencias todo salio bien. puede volver a pasar?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "the ER said all clear yesterday but i still have chest pain",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "en urgencias todo salio bien ayer pero sigo con dolor de pecho",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "had chest pain last week and i still have chest pain",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "la semana pasada tuve dolor de pecho y todavia tengo dolor de pecho",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "had chest pain last month, it went away. do i still have to tell the clinic?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "tuve dolor de pecho hace un mes, ya paso. todavia tengo que avisar a la clinica?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "the tests were normal, but it is 2 in the morning and i cant breathe",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "los analisis salieron normales, pero son las 2 de la mañana y no puedo respirar",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "read about leg clots, and now my left leg is puffier than the right and sore when i walk",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "lei sobre coagulos y ahora tengo la pierna izquierda mas hinchada que la derecha y me duele al caminar",
        "es",
        "urgent",
        "leg_clot",
    ),
]


# Read from sets TJ-TM (ninth session, measured once on 4daee92, then read). Our own wording of
# each construction, in both languages: a sign the writer sees, waved away by staff after it; a
# question about one sign, then the writer's own other sign (the fever asked about is then taken
# as now too: not sure counts as yes); "is X a symptom of…?" of no one vs
# "I cough blood, is it a sign of…?"; antibiotics that worked, smaller every day; a brand glued to
# "Stem" is a stem cell product.
AFTER_SETS_R9C = [
    (
        "my dad collapsed after the infusion and is not responding, the nurses say it is normal for pressure to drop",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "mi papa se desplomo despues de la infusion y no responde, las enfermeras dicen que es normal que baje la presion",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "not sure if it is a fever, i have no thermometer, but i am shaking with chills. knee done 3 days ago",
        "en",
        "urgent",
        "fever",
    ),
    (
        "no se si tengo fiebre, no tengo termometro, pero estoy temblando con escalofrios. rodilla hace 3 dias",
        "es",
        "urgent",
        "fever",
    ),
    (
        "coughing up blood is a symptom of what? asking for my dad",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "toser sangre es sintoma de que? pregunto por mi papa",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "i cough blood, is it a sign of something bad?",
        "en",
        "emergency",
        "coughing_blood",
    ),
    (
        "toso sangre, es sintoma de algo grave?",
        "es",
        "emergency",
        "coughing_blood",
    ),
    (
        "the red around the shot was spreading on tuesday but the antibiotics worked, it is smaller every day",
        "en",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "lo rojo alrededor del pinchazo se estaba extendiendo el martes pero los antibioticos funcionaron, esta cada dia mas pequeno",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "the pain gets worse every day since the injection",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "el dolor esta cada dia mas fuerte desde la inyeccion",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "my son wants to take StemFlex capsules instead of knee surgery, do they work?",
        "en",
        "pills",
        None,
    ),
    (
        "mi hijo quiere tomar capsulas StemFlex en vez de operarse la rodilla, funcionan?",
        "es",
        "pills",
        None,
    ),
]


# Read from sets TN-TQ (ninth session, measured once on 2d28d72, then read). Our own wording of
# each construction, in both languages: chest pressure going into the jaw; a shoulder that cannot
# be lifted; redness that "se ha ido agrandando" (going on growing, not gone); swelling that keeps
# on; redness spread "halfway" down a shin.
AFTER_SETS_R9D = [
    (
        "the clinic said some chest pressure is normal, but it has been hours and now the pressure is going into my jaw",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "la clinica dijo que algo de presion en el pecho es normal, pero ya van horas y ahora la presion se me va a la mandibula",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "two weeks after the shoulder shot it is swollen and red and i cant even lift it",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "hace dos semanas me inyectaron el hombro y ahora esta hinchado, rojo y no lo puedo ni levantar",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "no fever, but the red patch where they took the fat has been getting bigger and is hot to the touch, day 3",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "no tengo fiebre pero lo rojo donde me sacaron la grasa se ha ido agrandando y esta caliente al tacto, dia 3",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the cheek they injected keeps swelling and it is hot",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "la mejilla que me inyectaron se sigue hinchando y esta caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "a forum says some redness is normal, but mine has spread halfway down my shin since this morning",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "en un foro dicen que algo de rojo es normal, pero lo mio se extendio hasta la mitad de la espinilla desde esta mañana",
        "es",
        "urgent",
        "spreading_redness",
    ),
]


# Read from sets TR-TU (ninth session, measured once on b2d6b96, then read), in both languages: a
# weekday told in the past dates a reading ("tuve 38,6 el lunes"), "desde el lunes" has lasted;
# lips that swelled "un poco".
AFTER_SETS_R9E = [
    (
        "tuve 38.6 de fiebre el lunes pero desde ayer estoy en 36.8, igual aviso a la clinica?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "had 38.6 on monday but since yesterday i am at 36.8, should i still tell the clinic?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "38.6 since monday and still there",
        "en",
        "urgent",
        "fever",
    ),
    (
        "38.6 desde el lunes y sigue igual",
        "es",
        "urgent",
        "fever",
    ),
    (
        "se me hincharon un poco los labios despues de la capsula",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "my lips swelled up a little after the capsule",
        "en",
        "emergency",
        "anaphylaxis",
    ),
]


# Read from sets TV-TY (ninth session, measured once on 5d388df, then read), in both languages: a
# question about shivers, then "been shaking" / "llevo temblando"; "me da miedo la sepsis, ¿cómo se
# reconoce?"; a racing heart that settled, with a resting pulse now (a fast one is not resting).
AFTER_SETS_R9F = [
    (
        "is it normal to have shivers? been shaking under two blankets since lunch. iv on sunday",
        "en",
        "urgent",
        "chills",
    ),
    (
        "es normal tener escalofrios? llevo temblando bajo dos cobijas desde el almuerzo. suero el domingo",
        "es",
        "urgent",
        "chills",
    ),
    (
        "no fever or swelling, but i am scared of sepsis, how do you recognise it?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "ni fiebre ni hinchazon, pero me da miedo la sepsis, como se reconoce?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "at 2 am my heart was racing and i was sweating, at 4 it settled, pulse 70 now and no fever. should i worry?",
        "en",
        "info_alarming",
        "fast_heartbeat",
    ),
    (
        "a las 2 el corazon me latia muy rapido y sudaba, a las 4 se calmo, ahora pulso 70 y sin fiebre. me preocupo?",
        "es",
        "info_alarming",
        "fast_heartbeat",
    ),
    (
        "my heart is racing, pulse 130 now",
        "en",
        "emergency",
        "fast_heartbeat",
    ),
    (
        "tengo el corazon acelerado, ahora pulso 140",
        "es",
        "emergency",
        "fast_heartbeat",
    ),
]


# Tenth session, the ninth's final round read: a far-off person's story told to ask a general
# question; a lost feeling that came back; "considered high"; records are data.
AFTER_SETS_R10A = [
    (
        "my coworker had a clot in her lung after an infusion in Cancun. do stem cells cause clots?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "a mi compañera de trabajo le dio un coagulo en el pulmon despues de un suero en Cancun. las celulas madre causan coagulos?",
        "es",
        "info_alarming",
        "breathing",
    ),
    ("my husband had a seizure after his IV. can stem cells cause seizures?", "en", "emergency", "seizure"),
    (
        "mi esposo tuvo una convulsion despues del suero. las celulas madre causan convulsiones?",
        "es",
        "emergency",
        "seizure",
    ),
    ("my friend is having a seizure right now. can stem cells cause seizures?", "en", "emergency", "seizure"),
    ("mi amiga esta convulsionando ahorita. las celulas madre dan convulsiones?", "es", "emergency", "seizure"),
    (
        "two weeks ago after the spine shot my legs went weak for an hour, then the strength came back. should I worry?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "hace dos semanas despues de la inyeccion en la columna se me durmieron las piernas una hora y luego volvio la fuerza. me preocupo?",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "I can't feel my legs since the spine shot, the feeling came back a little then went again",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "no siento las piernas desde la inyeccion en la columna, volvio la sensibilidad un poco y se fue otra vez",
        "es",
        "emergency",
        "leg_weakness",
    ),
    ("which temperature is a fever considered high after an infusion?", "en", "info_alarming", "fever"),
    ("que temperatura se considera alta para una fiebre despues del suero?", "es", "info_alarming", "fever"),
    ("my cheek where they did the filler is hot and redder every hour", "en", "urgent", "spreading_redness"),
    (
        "la mejilla donde me pusieron el relleno esta caliente y mas hinchada cada hora",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("please delete my records", "en", "privacy", None),
    ("quiero borrar mi historial", "es", "privacy", None),
]


# Tenth session, round TZ/SA/SB/SC read: a normal reading now beside 'asking for the future';
# well since yesterday; 'today is friday' is a date; how a story ended two sentences on; a past
# sign told as the reason for a pills question; a far-off person's story retold; values offered
# to a question; what was read, said of the sign just told; red, hot and growing by the day.
AFTER_SETS_R10B = [
    ("does 38 count as a fever? I'm 36.7 right now, asking for the future", "en", "info_alarming", "fever"),
    ("38 ya cuenta como fiebre? ahorita estoy en 36.7, es para saber", "es", "info_alarming", "fever"),
    ("does 38 count as a fever? I'm 38.6 right now, asking for the future", "en", "urgent", "fever"),
    ("38 ya cuenta como fiebre? ahorita estoy en 38.6, es para saber", "es", "urgent", "fever"),
    ("had 38.6 on saturday but since yesterday normal, 36.6", "en", "info_alarming", "fever"),
    ("tuve 38.6 el sabado pero desde ayer normal, 36.6", "es", "info_alarming", "fever"),
    ("tuve 38.6 el sabado pero desde ayer otra vez 38.5", "es", "urgent", "fever"),
    (
        "fever of 38.3 and chills on monday night, gone by tuesday, today is thursday and I feel fine",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "el lunes en la noche 38.3 y escalofrios, se quito el martes, hoy es jueves y me siento bien",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "my mum fainted at the clinic before her infusion, 10 days ago. the nurse said it was the needle. fine since. can the IV itself make you faint?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi mama se desmayo en la clinica antes del suero, hace 10 dias. la enfermera dijo que fue por la aguja. bien desde entonces. el suero en si puede hacer que te desmayes?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my uncle takes stem cell activator capsules since his heart attack 5 years ago, brand Cellurix. do they do anything?",
        "en",
        "pills",
        None,
    ),
    (
        "mi tio toma capsulas activadoras de celulas madre desde su infarto hace 5 años, marca Cellurix. sirven de algo?",
        "es",
        "pills",
        None,
    ),
    (
        "what side effects are normal after a knee shot? my neighbour said she couldn't walk for days",
        "en",
        "info_alarming",
        "septic_joint",
    ),
    (
        "que efectos son normales despues de la inyeccion en la rodilla? una vecina me dijo que no podia caminar por dias",
        "es",
        "side_effect",
        None,
    ),
    ("my coworker said she cant breathe", "en", "emergency", "breathing"),
    ("mi prima me dice que no puede respirar", "es", "emergency", "breathing"),
    ("what temperature counts as a fever after an IV? 37.5? 38.2?", "en", "info_alarming", "fever"),
    ("que temperatura cuenta como fiebre despues del suero? 37.5? 38.2?", "es", "info_alarming", "fever"),
    ("is this a fever? 38.4", "en", "urgent", "fever"),
    ("esto es fiebre? 38.4", "es", "urgent", "fever"),
    (
        "there's pus coming from the injection site, I read that this means the body is cleaning itself??",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "me sale pus de donde me inyectaron, lei que esto significa que el cuerpo se limpia??",
        "es",
        "urgent",
        "discharge",
    ),
    ("la rodilla esta roja, caliente y cada vez mas grande", "es", "urgent", "spreading_redness"),
    ("the knee is red, hot and puffier each day", "en", "urgent", "spreading_redness"),
]


# Tenth session, round SH/SI/SJ/SK read: a whole question in its own clause before the writer's
# sign; 'am I fine now?' asks; 'just want to know if I can…' is about now; a curtain or shadow over
# the sight; swelling more and more; a sign during a treatment last month; white pimples and
# coloured products are not skin or discharge colours; a fever line someone gave is no reading.
AFTER_SETS_R10C = [
    (
        "not sure if the painkillers are masking it, but the ache in my lower back gets worse every day since day 3, now day 7",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "no se si las pastillas lo estan tapando, pero el dolor de la espalda esta cada dia peor desde el dia 3, hoy es el 7",
        "es",
        "urgent",
        "worsening_pain",
    ),
    ("what do i do if, after the injection, my chest hurts", "en", "info_alarming", "chest_pain"),
    ("que hago si, despues de la inyeccion, me duele el pecho", "es", "info_alarming", "chest_pain"),
    ("had 38.7 and the knee all red, took tylenol and it dropped to 37.3, so am I ok now?", "en", "urgent", "fever"),
    (
        "tuve 38.7 y la rodilla toda roja, tome paracetamol y bajo a 37.3, entonces ya estoy bien?",
        "es",
        "urgent",
        "fever",
    ),
    ("38.1 exactly, day 2. just want to know if I can take tylenol and rest", "en", "urgent", "fever"),
    ("38.1 justo, dia 2. solo quiero saber si puedo tomar paracetamol y descansar", "es", "urgent", "fever"),
    ("just wanted to know what a clot in the leg feels like, no symptoms", "en", "info_alarming", "unrecognised"),
    (
        "solo quiero saber que se siente un coagulo en la pierna, no tengo sintomas",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "eye shot was a month ago and fine, but since this afternoon a shadow is coming across the top of my vision",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "la inyeccion del ojo fue hace un mes y bien, pero desde esta tarde una sombra va bajando y me tapa arriba",
        "es",
        "emergency",
        "vision_loss",
    ),
    ("what does it mean if a curtain comes down over your vision?", "en", "info_alarming", "vision_loss"),
    ("day 9 after my second knee round, it's warm and swelling more and more", "en", "urgent", "septic_joint"),
    (
        "dia 9 de la segunda ronda en la rodilla, esta calientita y se va hinchando mas y mas",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the chest tightness I had during the drip last month went away right away, do I still tell the doctor?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "la opresion en el pecho que tuve durante el suero el mes pasado se fue enseguida, igual le digo al doctor?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("I had my drip last month and now my chest feels tight", "en", "emergency", "chest_pain"),
    ("me pusieron el suero el mes pasado y ahora siento el pecho apretado", "es", "emergency", "chest_pain"),
    (
        "no pain, no itch, but the spots where they injected my cheeks have tiny white heads with pus, day 3",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "no me duele ni me pica, pero donde me inyectaron los cachetes tengo granitos blancos con pus, dia 3",
        "es",
        "urgent",
        "discharge",
    ),
    ("after the filler my lip went white and now it looks dusky", "en", "emergency", "vessel_block"),
    ("despues del relleno el labio se puso blanco y ahora se ve gris", "es", "emergency", "vessel_block"),
    ("is green tea with stem cell boosters safe to drink every day?", "en", "pills", None),
    ("el te verde con activadores de celulas madre es seguro tomarlo diario?", "es", "pills", None),
    ("thick green stuff coming out of the knee wound", "en", "urgent", "discharge"),
    ("le sale un liquido verde y espeso a la herida de la rodilla", "es", "urgent", "discharge"),
    (
        "how high a fever before I go to the clinic? they told me 38 but my thermometer shows Fahrenheit",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "con cuanta fiebre voy a la clinica? me dijeron 38 pero el termometro marca Fahrenheit",
        "es",
        "info_alarming",
        "fever",
    ),
    ("my thermometer says 38.9 right now", "en", "urgent", "fever"),
    ("el termometro marca 38.9 ahorita", "es", "urgent", "fever"),
]


# Tenth session, round SL/SM/SN/SO read: a lost feeling that has not come back goes on; 'worse
# than before the shot' compares; 'how do I tell'; again, of a plan with a month; a white patch that
# turned pink again; 'no la puedo despertar', 'we can barely wake her'.
AFTER_SETS_R10D = [
    (
        "my toes went numb after the ankle shot 3 days ago and the feeling hasn't come back",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "se me durmieron los dedos del pie despues de la inyeccion del tobillo hace 3 dias y no ha vuelto la sensibilidad",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "my leg went numb last week after the back injection but it went back to normal, should I tell the doctor?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "la semana pasada se me durmio la pierna despues de la inyeccion en la espalda pero ya volvio a la normalidad, le digo al doctor?",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "the hip was improving and now on day 7 it hurts more than before the injection, hot and swollen",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "la cadera iba mejorando y ahora en el dia 7 me duele mas que antes de la inyeccion, caliente e hinchada",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "how do I tell a clot apart from a cramp? asking for my dad, his infusion is in april",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "my grandpa fainted last year after his drip, we're taking him again in june, should we worry?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi abuelo se desmayo el año pasado despues del suero, lo llevamos otra vez en junio, nos preocupamos?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my grandma fainted last year after her infusion and she fainted again in the kitchen just now",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "the pale spot on my lip after the filler turned pink again once they massaged it, that was 3 weeks ago and it's been fine since. what was it?",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "la mancha palida del labio despues del relleno se puso rosada otra vez cuando la masajearon, eso fue hace 3 semanas y ha estado bien. que fue?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "my lip went white after the filler, it turned pink again but now it's white again",
        "en",
        "emergency",
        "vessel_block",
    ),
    ("mi mama tiene 38.5 de fiebre y no la podemos despertar bien", "es", "emergency", "confusion"),
    ("my mum has 38.5 and we can barely wake her", "en", "emergency", "confusion"),
]


# Tenth session, round SP/SQ/SR/SS read: goodbyes said and not being a burden 'much longer'
# (a pet given away alone is not a goodbye); a patch that grew from a coin to a palm; all feeling
# back is over, partly back is not; a fever a medicine brought down is not how the story ended.
AFTER_SETS_R10E = [
    (
        "I said my goodbyes last night. The treatment failed and I'm so tired of everything",
        "en",
        "emergency",
        "suicidal",
    ),
    ("anoche ya me despedi de todos. el tratamiento fallo y estoy cansada de todo", "es", "emergency", "suicidal"),
    ("I won't be a burden on my kids much longer", "en", "emergency", "suicidal"),
    ("no voy a ser una carga para mis hijos por mucho mas", "es", "emergency", "suicidal"),
    ("I won't be a burden to anyone, I'll pay the clinic myself", "en", "clinic_choice", None),
    ("I gave my dog to my sister while I'm at the clinic for a week", "en", "other", None),
    ("le deje mi perro a la vecina mientras estoy en la clinica", "es", "other", None),
    (
        "the red ring around my knee was dime sized this morning and now it's fist sized and hot",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "lo rojo de la rodilla en la manana era como una moneda y ahora es como un puño y esta caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "la zona dormida del muslo despues de la inyeccion en la columna se me quito en la tarde, ya volvio toda la sensibilidad",
        "es",
        "side_effect",
        None,
    ),
    ("my legs are numb, the feeling is back a bit but not fully", "en", "emergency", "leg_weakness"),
    ("tengo las piernas dormidas, volvio un poco la sensibilidad pero no del todo", "es", "emergency", "leg_weakness"),
    ("had 38.4 and took ibuprofen, it dropped to 37.3. day 3. so I'm fine then?", "en", "urgent", "fever"),
    ("tenia 38.4 y me tome ibuprofeno, ya bajo a 37.3. dia 3. entonces ya estoy bien?", "es", "urgent", "fever"),
]


# Read from the four final rounds of the tenth session (SD-SG) in the eleventh: "just in case"
# closing a message after a shrug or a telling is why the writer tells, not a question ahead; a
# grey patch that spreads is skin short of blood wherever the face word stands; a bruise that
# turns blue is a bruise, unless the lips or fingers are what turned.
AFTER_SETS_R11A = [
    (
        "38 justos, día 2 después de la inyección en la cadera, seguro no es nada pero por si acaso",
        "es",
        "urgent",
        "fever",
    ),
    ("38.0 on the dot, day 2 after the hip shot, probably nothing but just in case", "en", "urgent", "fever"),
    ("tengo 38,3 en el día 3, te escribo por si acaso", "es", "urgent", "fever"),
    ("knee is hot and swollen on day 4, writing just in case", "en", "urgent", "septic_joint"),
    ("chest pain, what should i watch for? just in case", "en", "info_alarming", "chest_pain"),
    ("dolor de pecho, ¿qué debo vigilar? por si acaso", "es", "info_alarming", "chest_pain"),
    (
        "me pusieron grasa en los pómulos ayer y hoy me salió una mancha grisácea que se va extendiendo",
        "es",
        "emergency",
        "vessel_block",
    ),
    (
        "fat was put in my cheeks yesterday and today a greyish patch showed up that keeps spreading",
        "en",
        "emergency",
        "vessel_block",
    ),
    ("what if a grey patch starts spreading after fillers?", "en", "info_alarming", "vessel_block"),
    ("¿y si una mancha gris empieza a extenderse después del relleno?", "es", "info_alarming", "vessel_block"),
    ("the bruise is spreading and turning blue", "en", "side_effect", None),
    ("el moretón se está haciendo más grande y se está poniendo azul", "es", "side_effect", None),
    ("there is a bruise on my arm. my lips are turning blue", "en", "emergency", "skin_colour"),
    ("tengo un moretón en el brazo. los labios se me pusieron azules", "es", "emergency", "skin_colour"),
    ("tengo un moretón en el brazo y los labios se me pusieron azules", "es", "emergency", "skin_colour"),
    ("i have a big bruise and my lips went blue", "en", "emergency", "skin_colour"),
]


# Read from the first rounds of the eleventh session (ST-SW): "si empieza a…" asks ahead; time
# that went by since the injection is not a sign that passed; "¿qué quiere decir…?" asks; a sign
# told in the present is not dated by the trip to the clinic; fainting "once" is back then,
# unless lately; "all cleared now" is over.
AFTER_SETS_R11B = [
    ("si empieza a toser sangre, ¿vamos a urgencias o esperamos a mañana?", "es", "info_alarming", "coughing_blood"),
    (
        "if he starts coughing up blood, is it the ER or do we wait till morning?",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    ("sí, empezó a toser sangre hace un rato", "es", "emergency", "coughing_blood"),
    (
        "mi suegra no puede apoyar la pierna, tiene la rodilla muy hinchada y caliente, ya pasaron como 4 semanas de la inyección",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "my mother in law cant put weight on her leg, the knee is very swollen and hot, about 4 weeks have passed since the injection",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "anoche me dolió el pecho un rato pero ya se me pasó del todo, ¿lo cuento en el control?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        '¿qué quiere decir "anestesia en silla de montar"? lo leí en la hoja de mi esposo',
        "es",
        "info_alarming",
        "groin_numbness",
    ),
    ('what does "saddle anesthesia" mean? i read it on my husband\'s sheet', "en", "info_alarming", "groin_numbness"),
    (
        "mi tía está tosiendo sangre, bien roja, fue a una clínica en Panamá la semana pasada",
        "es",
        "emergency",
        "coughing_blood",
    ),
    (
        "my aunt is coughing up blood, bright red, she went to a clinic in Panama last week",
        "en",
        "emergency",
        "coughing_blood",
    ),
    (
        "me desmayé una vez cuando me sacaron sangre antes del tratamiento, ¿me va a volver a pasar en la infusión?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "i fainted once at a blood test before the treatment, will that happen again during the infusion?",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("i fainted once last night after the iv", "en", "emergency", "fainting"),
    ("me desmayé una vez anoche después del suero", "es", "emergency", "fainting"),
    ("me desmayo una vez al día desde la infusión", "es", "emergency", "fainting"),
    ("i pass out once a day since the infusion", "en", "emergency", "fainting"),
    (
        "had a red streak on my arm last month, all cleared now. is it safe to do round 2?",
        "en",
        "info_alarming",
        "red_streak",
    ),
    (
        "tuve una raya roja en el brazo el mes pasado, ya se quitó todo. ¿es seguro hacer la segunda ronda?",
        "es",
        "info_alarming",
        "red_streak",
    ),
    ("the red streak has not cleared, it is spreading up my arm", "en", "urgent", "red_streak"),
]


# "this bill is gonna give me a heart attack": daily life said to give the attack is a way of
# speaking; the treatment that gives it, or an attack the writer feels coming, is not.
AFTER_SETS_R11C = [
    ("this bill is gonna give me a heart attack lol", "en", "other", None),
    ("my boss is giving me a heart attack, anyway when is my next reminder?", "en", "reminders", None),
    ("you're giving me a heart attack with all these reminders", "en", "reminders", None),
    ("mi jefe me va a dar un infarto, bueno, ¿cuándo es mi próximo recordatorio?", "es", "reminders", None),
    ("i think the iv gave me a heart attack, my chest is crushing", "en", "emergency", "chest_pain"),
    ("siento que me va a dar un infarto, me aprieta el pecho", "es", "emergency", "chest_pain"),
    ("creo que el suero me dio un infarto, me duele el pecho muchísimo", "es", "emergency", "chest_pain"),
    ("i feel like this is giving me a heart attack, my chest is so tight", "en", "emergency", "chest_pain"),
]


# Read from the second rounds of the eleventh session (RB-RE): "día cero" and a treatment done
# "this morning" are day 0; "is 38 the cut off?" asks about a line; "¿a cuántos grados empieza la
# fiebre?" asks; "dolerme el pecho" is chest pain and "no llegó a doler" denies it; "si al otro
# día…" supposes; "dólares" is money; "can you go blind…?" asks, "can you go check…" does not; a
# sign asked about and then said to grow is now; "amanecí con 36,7" is today's reading.
AFTER_SETS_R11D = [
    (
        "thirty seven point eight this evening, they did my back this morning, otherwise i feel fine",
        "en",
        "side_effect",
        None,
    ),
    (
        "treinta y siete con ocho, día cero, la doctora me dijo que podía pasar, solo quiero confirmar",
        "es",
        "side_effect",
        None,
    ),
    ("37,9 en la noche, me inyectaron hoy en la mañana", "es", "side_effect", None),
    (
        "what temperature counts as a fever for you? is 38 the cut off? i am at 36.8 now, just asking",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "¿desde cuánto es fiebre para ustedes? ¿38 es el límite? ahora tengo 36,8, solo pregunto",
        "es",
        "info_alarming",
        "fever",
    ),
    ("is 38.3 bad?", "en", "urgent", "fever"),
    (
        "mi termómetro es en Fahrenheit, ¿a cuántos grados empieza la fiebre? para tenerlo anotado",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "my thermometer is in Fahrenheit, at how many degrees does a fever start? to have it written down",
        "en",
        "info_alarming",
        "fever",
    ),
    ("que hago? empieza a dolerme el pecho fuerte", "es", "emergency", "chest_pain"),
    ("le está doliendo el pecho a mi papá desde hace rato", "es", "emergency", "chest_pain"),
    ("no me llegó a doler el pecho, solo la rodilla", "es", "info_alarming", "chest_pain"),
    ("no llegué a tener fiebre", "es", "info_alarming", "fever"),
    (
        "me inyectan los dos hombros el 20. si al otro día marco 38 y medio, ¿ya es para preocuparse?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "they inject both shoulders on the 20th. if the next day i hit 38.5, is that a worry?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "me quieren cobrar 9 mil dólares por células madre en los ojos para el glaucoma, ¿es bandera roja?",
        "es",
        "clinic_choice",
        None,
    ),
    ("can you go blind from stem cell eye injections? asking for my grandpa", "en", "info_alarming", "vision_loss"),
    (
        "¿te puedes quedar ciego con las inyecciones de células madre en el ojo? pregunto por mi abuelo",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    ("can you go check on my mum, she collapsed", "en", "emergency", "fainting"),
    ("¿te puedes quedar conmigo? se desmayó mi mamá", "es", "emergency", "fainting"),
    (
        "¿y si me salen ronchas rojas calientes que se van extendiendo por el muslo? no tengo fiebre pero cada vez están más grandes",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "what if i get hot red welts spreading on my thigh? no fever but they keep getting bigger",
        "en",
        "urgent",
        "spreading_redness",
    ),
    ("anoche tuve 38,4 pero amanecí con 36,7 y me siento bien", "es", "info_alarming", "fever"),
    ("had 38.4 last night but woke up at 36.7 and feel fine", "en", "info_alarming", "fever"),
    ("amanecí con 38,5, ayer estaba en 37", "es", "urgent", "fever"),
]


# An infection the writer says they have ("the GP says the knee looks infected") is a warning
# sign; one asked about, planned for or denied is not; "inyectada" is not a slip of "infectada".
# A wish to die the writer denies is answered gently unless the model is sure of more.
AFTER_SETS_R11E = [
    (
        "el médico general dice que la rodilla se ve infectada y que llame a la clínica, pero no contestan",
        "es",
        "urgent",
        "infection_named",
    ),
    ("my GP says the knee looks infected and that i should call the clinic", "en", "urgent", "infection_named"),
    ("creo que la herida se está infectando, está caliente", "es", "urgent", "infection_named"),
    ("i think my knee is infected", "en", "urgent", "infection_named"),
    ("¿cómo sé si está infectada?", "es", "info_alarming", "infection_named"),
    ("how do i know if it is infected?", "en", "info_alarming", "infection_named"),
    ("no está infectada, solo morada", "es", "side_effect", None),
    ("it is not infected, just bruised", "en", "side_effect", None),
    ("they gave me antibiotics in case it gets infected", "en", "info_alarming", "unrecognised"),
    ("¿cuánto tiempo después puede aparecer una infección en la rodilla?", "es", "info_alarming", "unrecognised"),
    ("how long after the shot can an infection in the knee show up?", "en", "side_effect", None),
    (
        "la rodilla inyectada el martes me duele menos que ayer, pero tengo un morado grande, ¿normal?",
        "es",
        "side_effect",
        None,
    ),
    (
        "my life feels empty since the treatment failed. i am not going to hurt myself, please do not worry",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "no me voy a hacer daño, tranquilos, solo me siento vacía desde que el tratamiento no funcionó",
        "es",
        "info_alarming",
        "suicidal",
    ),
    (
        "i am not going to kill myself but i have the pills counted out and wrote letters to my kids",
        "en",
        "emergency",
        "suicidal",
    ),
    ("¿cómo sabría si se me infectó la rodilla? ¿qué tengo que vigilar?", "es", "info_alarming", "infection_named"),
    ("que señales tendría si se me infecta la rodilla?", "es", "info_alarming", "unrecognised"),
    (
        "la vez pasada en 2022 se me infectó la rodilla y me la drenaron, ahora voy de nuevo, tengo miedo",
        "es",
        "info_alarming",
        "infection_named",
    ),
    (
        "my knee got infected in 2022 and they drained it, now i am going again and i am scared",
        "en",
        "info_alarming",
        "infection_named",
    ),
    ("se me infectó la rodilla, ahora voy de nuevo al médico porque sigue roja", "es", "urgent", "infection_named"),
    ("my chest is going again, the pain is back", "en", "emergency", "chest_pain"),
]


# Read from the third rounds of the eleventh session (RF-RI): "se me apagó la vista" is sight
# lost; what the writer fears ("scared of going blind") is not happening, but a fear told with
# its reason ("scared because my chest hurts") or beside a sign in its own clause is; a reading
# felt "as if" is no reading; a temperature that "sube a 38" is one; "si los…" asks; "ya no
# tengo nada desde hace horas" is over; a reading told in the past with a lower one now is where
# things were; "I can move them fine" is how they move, not the numbness's end; "me dio un
# patatús cuando vi la factura" is a way of speaking; laughing emoji are small talk.
AFTER_SETS_R11F = [
    (
        "antes del tratamiento yo preguntaba si uno se puede quedar ciego... pues hoy después de la inyección del ojo se me apagó la vista de golpe",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "before the treatment i kept asking if you can go blind... well today after the eye injection my sight just switched off",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "thinking of pills instead because i am scared of needles and going blind. do stem cell pills work as well as the shots?",
        "en",
        "pills",
        None,
    ),
    (
        "me da pánico la aguja y quedarme ciega, ¿mejor me tomo las pastillas de células madre? ¿hacen lo mismo?",
        "es",
        "pills",
        None,
    ),
    ("i am scared because my chest hurts", "en", "emergency", "chest_pain"),
    ("tengo miedo porque me duele el pecho", "es", "emergency", "chest_pain"),
    ("i am afraid of a clot, my calf is swollen and red", "en", "urgent", "leg_clot"),
    ("tengo miedo a un trombo, la pantorrilla está hinchada y roja", "es", "urgent", "leg_clot"),
    (
        "el termómetro dice 37,8 pero me siento como si tuviera 40, es el primer día después del suero",
        "es",
        "side_effect",
        None,
    ),
    (
        "the thermometer says 37.8 but i feel like i have 40, it is the first day after the iv",
        "en",
        "side_effect",
        None,
    ),
    ("si el día 2 me sube a 38, ¿qué hago, voy o llamo?", "es", "info_alarming", "fever"),
    ("if on day 2 it goes up to 38, what do i do?", "en", "info_alarming", "fever"),
    (
        "no tengo falta de aire ni dolor de pecho, solo quiero saber si los coágulos en el pulmón son frecuentes",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "me desmayé en la clínica antier, dijeron que fue de los nervios, hoy ando de 10",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "anoche tuve un dolor en el pecho de unos minutos, ya no tengo nada desde hace horas, ¿lo comento en la cita?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("ya no puedo respirar desde hace rato", "es", "emergency", "breathing"),
    ("had 38.4 on day 2 but it is back to 36.9 now and the clinic already saw me", "en", "info_alarming", "fever"),
    ("el día 2 llegué a 38,4 pero me vieron en la clínica y ya estoy en 36,7", "es", "info_alarming", "fever"),
    ("had 37.2 this morning, now 38.6", "en", "urgent", "fever"),
    ("tuve 38,5 y ahora 37,9 con paracetamol", "es", "urgent", "fever"),
    (
        "new tingling numbness in 3 fingers after the wrist injection, i can move them totally fine",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "se me durmieron 3 dedos después de la inyección en la muñeca, los puedo mover perfectamente",
        "es",
        "urgent",
        "new_numbness",
    ),
    ("me dio un patatús cuando vi la factura del hotel jajaja", "es", "other", None),
    ("me dio un infarto después del suero", "es", "emergency", "chest_pain"),
    ("😂😂", "es", "smalltalk", None),
    ("37,9 el día 1 de la infiltración, por poquito no llega a 38, ¿hago algo?", "es", "side_effect", None),
    ("37.9 on day 1 after the injection, it did not go up to 38, should i do anything?", "en", "side_effect", None),
]


# A sign only feared beside a question the model is sure is about pills: the pills answer, then
# the sign's note; "…heart pounding. by 5 it settled" is over, told of "it" in the next sentence,
# where a sign denied ("no fever") tells nothing new; "ahora estoy en 70" is a resting heart rate.
AFTER_SETS_R11G = [
    (
        "woke at 3 drenched and heart pounding, think it was a nightmare. by 5 it settled, pulse 72 now, no fever. should i worry?",
        "en",
        "info_alarming",
        "fast_heartbeat",
    ),
    (
        "me desperté a las 3 empapada y con el corazón acelerado. a las 5 se me pasó, pulso 72 ahora, sin fiebre. ¿me preocupo?",
        "es",
        "info_alarming",
        "fast_heartbeat",
    ),
    ("my chest hurt at 3am. it went away after an hour. now my left arm is numb", "en", "emergency", "chest_pain"),
    (
        "anoche tuve el corazón acelerado como 10 minutos después del suero, ya se me pasó, ahora estoy en 70",
        "es",
        "info_alarming",
        "fast_heartbeat",
    ),
    ("tengo el corazón acelerado, ahora estoy en 140", "es", "emergency", "fast_heartbeat"),
    ("my heart is racing, i am at 140 now", "en", "emergency", "fast_heartbeat"),
]


# Read from the fourth rounds of the eleventh session (RJ-RM): a sign told in the past of
# someone outside the home is a story, unless something in its sentence says it goes on or the
# writer asks for help; "even worse with phones" is no pain; "¿cómo me doy cuenta si la tengo?"
# asks; "no me ha dado fiebre" denies; "desde entonces ni un mareo" is over; "¿eso fue sepsis?",
# "was that sepsis?" ask; laughter goes with small talk.
AFTER_SETS_R11H = [
    (
        "my neighbor had a seizure after getting treated at the same clinic, should i be worried?",
        "en",
        "info_alarming",
        "seizure",
    ),
    ("mi primo tuvo una convulsión después de esa clínica, ¿me debo preocupar?", "es", "info_alarming", "seizure"),
    ("my friend went blind from a clinic like this", "en", "info_alarming", "vision_loss"),
    ("a mi vecina la dejaron ciega en una clínica así", "es", "info_alarming", "vision_loss"),
    ("my friend had a seizure and she will not wake up", "en", "emergency", "seizure"),
    ("my friend had a seizure, what do i do", "en", "emergency", "seizure"),
    ("mi amiga tuvo una convulsión, ¿qué hago?", "es", "emergency", "seizure"),
    ("my neighbor just had a seizure in the yard", "en", "emergency", "seizure"),
    ("i want to set my treatment day. my sister is even worse with phones than me", "en", "reminders", None),
    ("¿qué es la sepsis y cómo me doy cuenta si la tengo?", "es", "info_alarming", "sepsis"),
    ("what is sepsis and how would i spot if i have it?", "en", "info_alarming", "sepsis"),
    (
        "llevo dos semanas con el hombro tieso. no está rojo, no está caliente, no me ha dado fiebre, y cada día un poquito mejor",
        "es",
        "side_effect",
        None,
    ),
    (
        "hace 10 días me llevaron en ambulancia porque me desmayé en el banco. desde entonces ni un mareo, hoy bien. ¿eso tuvo que ver con las células?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "mi abuela tuvo fiebre y estuvo desorientada hace 2 semanas, ya está en casa bien. ¿eso fue sepsis?",
        "es",
        "info_alarming",
        "confusion",
    ),
    (
        "my grandma had a fever and was confused 2 weeks ago, she is home and fine now. was that sepsis?",
        "en",
        "info_alarming",
        "confusion",
    ),
    ("was that a stroke? his face is drooping right now", "en", "emergency", "stroke"),
    ("jajaja ok ok, entendido 👍", "es", "smalltalk", None),
    ("haha ok thanks", "en", "smalltalk", None),
]

AFTER_SETS_R12A = [
    ("qué señales tiene una infección después de la inyección?", "es", "info_alarming", "infection_named"),
    ("¿qué síntomas da un coágulo en la pierna después del suero?", "es", "info_alarming", "unrecognised"),
    ("what signs does an infected knee give after the shot?", "en", "info_alarming", "infection_named"),
    ("which symptoms does a clot in the leg cause?", "en", "info_alarming", "unrecognised"),
    ("qué señales debo vigilar? tengo la rodilla infectada y caliente", "es", "urgent", "infection_named"),
    ("what signs should I watch for? my knee is infected and hot", "en", "urgent", "infection_named"),
]

AFTER_SETS_R12B = [
    (
        "mi esposo se operó la rodilla el sábado y hoy martes la tiene roja hasta la espinilla y caliente, no quiere ir al médico",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "my husband had his knee done on saturday and today it's red all the way down to his shin and hot, he won't see a doctor",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "a mi papá le pusieron células en el hombro y ahora lo tiene rojo hasta el codo",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("my dad had cells put in his shoulder and now it's red down to his elbow", "en", "urgent", "spreading_redness"),
    ("la rodilla estuvo roja hasta ayer y hoy ya está normal", "es", "side_effect", None),
    ("my knee was red until yesterday and today it looks normal", "en", "side_effect", None),
    (
        "my cousin had a seizure after an injection years ago and now my family is scared for me, can stem cells cause seizures?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "mi primo tuvo una convulsión hace años después de una inyección y ahora mi familia está asustada por mí, ¿las células madre pueden dar convulsiones?",
        "es",
        "info_alarming",
        "seizure",
    ),
    ("my cousin had a seizure years ago and now he is having one again", "en", "emergency", "seizure"),
    ("mi primo tuvo una convulsión hace años y ahora está convulsionando otra vez", "es", "emergency", "seizure"),
    (
        "i fainted when they took blood last month, will it happen during the infusion? my sister says fainting runs in the family",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me desmayé cuando me sacaron sangre el mes pasado, ¿me pasará en la infusión? mi hermana dice que desmayarse es de familia",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "me dijeron que si no puedo controlar la orina después de lo de la columna es grave, ¿por qué es grave?",
        "es",
        "info_alarming",
        "bladder_bowel",
    ),
    (
        "they told me that if i can't control my bladder after the spine injection it's serious, why is that serious?",
        "en",
        "info_alarming",
        "bladder_bowel",
    ),
    (
        "me pusieron en la cadera hace 3 semanas y ahora la tengo caliente, hinchada y no puedo mover la pierna del dolor",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "they injected my hip 3 weeks ago and now it's hot, swollen and i can't move my leg from the pain",
        "en",
        "urgent",
        "septic_joint",
    ),
    ("no puedo mover la pierna y no la siento", "es", "emergency", "leg_weakness"),
    ("i can't move my leg and i can't feel it", "en", "emergency", "leg_weakness"),
    (
        "they injected my hip 3 weeks ago and now it's hot, swollen and i can't move my leg from the pain",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "knee shot 4 days ago, the red mark was coin sized yesterday and today it goes halfway down my shin, no fever",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "le pusieron en la rodilla el viernes, en la mañana tenía una manchita roja alrededor del pinchazo y ahora en la tarde le agarra media rodilla",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("the redness was small this morning and tonight it covers half his knee", "en", "urgent", "spreading_redness"),
    ("la rojez era pequeña esta mañana y esta noche le agarra media rodilla", "es", "urgent", "spreading_redness"),
    ("the bruise covers half my thigh, purple and yellow, no pain", "en", "side_effect", None),
    ("el moretón le cubre medio muslo, morado y amarillo, sin dolor", "es", "side_effect", None),
]

AFTER_SETS_R12C = [
    ("i fainted 10 days ago but i am fine", "en", "info_alarming", "fainting"),
    ("me desmayé hace 10 días pero estoy bien", "es", "info_alarming", "fainting"),
    ("i fainted 2 days ago and again today", "en", "emergency", "fainting"),
    ("me desmayé hace 2 días y hoy me volví a desmayar", "es", "emergency", "fainting"),
    ("temp 101 with chills but im clearheaded and otherwise ok", "en", "urgent", "fever"),
    ("38,9 con escalofríos pero estoy lúcida y por lo demás bien", "es", "urgent", "fever"),
    (
        "my grandma had a seizure years ago, is it still ok for her to get stem cells for her knees?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "mi abuela tuvo una convulsión hace años, ¿todavía puede ella hacerse las células en las rodillas?",
        "es",
        "info_alarming",
        "seizure",
    ),
    ("ninety nine point five the evening of treatment, should i worry?", "en", "side_effect", None),
    ("treinta y siete ocho hoy día cero, ¿tranqui o no?", "es", "side_effect", None),
    ("treinta y ocho justos, día 4 desde la inyección", "es", "urgent", "fever"),
    ("thirty eight two on day 4 after the shot", "en", "urgent", "fever"),
    ("menu", "en", "other", None),
    ("opciones", "es", "other", None),
]

AFTER_SETS_R12D = [
    (
        "i drew a line around the redness last night and this morning its gone over it by 2 fingers",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "anoche le marqué el borde a lo rojo y esta mañana ya se pasó de la raya dos dedos",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("le marqué a la clínica y me dijeron que ya pasó lo peor", "es", "side_effect", None),
    ("the swelling on my lip has completely gone down now", "en", "info_alarming", "unrecognised"),
    (
        "how do i know if the injection spot is infected? the redness was tiny yesterday and now its the size of my palm and warm",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "¿cómo sé si está infectado? lo rojo ayer era chiquito y hoy es del tamaño de mi mano y caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the bruise on my forehead from the filler went from purple to almost black and keeps spreading",
        "en",
        "emergency",
        "vessel_block",
    ),
    (
        "el moretón de la frente del relleno pasó de morado a casi negro y se sigue extendiendo",
        "es",
        "emergency",
        "vessel_block",
    ),
    (
        "my uncle had a heart attack last year, now he is fine and walks every day, can he get stem cells in his knee?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "mi tío tuvo un infarto el año pasado, ahora está bien y camina todos los días, ¿puede hacerse las células en la rodilla?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "la enfermera me habló de anafilaxia, ¿qué es exactamente eso y cómo sé que me está pasando?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "the nurse mentioned anaphylaxis, what exactly is that and how do i know its happening to me?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "ayer en la tarde se me durmieron un rato los dedos pero se me pasó en diez minutos y hoy estoy normal",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    (
        "yesterday afternoon my fingers went numb for a bit but it passed in ten minutes and today im fine",
        "en",
        "info_alarming",
        "new_numbness",
    ),
    (
        "i have been on google for two hours and now i am more confused than before, do stem cell eye drops work?",
        "en",
        "pills",
        None,
    ),
    (
        "llevo dos horas en google y estoy más confundida que antes, ¿sirven las gotas de células madre?",
        "es",
        "pills",
        None,
    ),
    ("cant wait for disney next week, can you pause my reminders?", "en", "reminders", None),
    ("ok, y la fiebre ¿cuándo es grave?", "es", "info_alarming", "fever"),
    ("ok and a fever, when is it serious?", "en", "info_alarming", "fever"),
    ("tengo fiebre de 39, ¿cuándo es grave?", "es", "urgent", "fever"),
    ("i have a fever of 39, when should i worry?", "en", "urgent", "fever"),
]

AFTER_SETS_R12E = [
    (
        "fever 38.6 and theres purple spots on my legs that dont go away when i press a glass on them",
        "en",
        "emergency",
        "rash_not_fading",
    ),
    (
        "fiebre de 38,6 y tengo manchitas moradas en las piernas que no se quitan cuando aprieto un vaso encima",
        "es",
        "emergency",
        "rash_not_fading",
    ),
    (
        "how do i know if its anaphylaxis bc my throat feels tight rn and my lips are swelling up after the injection",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "¿cómo sé si es anafilaxia? porque siento la garganta cerrada ahorita y se me están hinchando los labios",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "how do i know if its anaphylaxis? what signs should i watch for after the injection?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "not sure if this counts as an emergency but the vision in my treated eye just went dark all of a sudden",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "no sé si esto cuenta como emergencia pero la vista del ojo tratado se me oscureció de repente",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "can people actually go blind from eye stem cell shots? read something scary",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "¿de verdad la gente se puede quedar ciega con las inyecciones en el ojo? leí algo feo",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "my husband had a seizure last year from a medication change, he's been seizure free since, is the IV safe for him?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "mi esposo tuvo una convulsión el año pasado por un cambio de medicina, lleva un año libre de convulsiones, ¿puede ponerse el suero?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "la rojez pasó la raya que le pinté anoche, tengo 39 y pico, tiemblo entera y no sé ni qué hora es",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "the redness went past the line i drew last night, 39 and shaking all over and i dont even know what time it is",
        "en",
        "emergency",
        "confusion",
    ),
    ("had numb toes on day 1, gone by day 2, no issues since", "en", "info_alarming", "new_numbness"),
    (
        "tuve los dedos del pie dormidos el día 1, se me quitó para el día 2 y nada desde entonces",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    (
        "día 2 y me duele la espalda al agacharme, fiebre no tengo y no está rojo donde me picaron",
        "es",
        "side_effect",
        None,
    ),
    ("fiebre no tengo y me duele el pecho fuerte", "es", "emergency", "chest_pain"),
    ("day 2 and my back aches when i bend, no fever and its not red where they injected", "en", "side_effect", None),
]

AFTER_SETS_R12F = [
    (
        "my arm and leg on one side went weak all of a sudden, cant lift my coffee cup. i had a mini stroke last year",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "se me durmieron el brazo y la pierna de un lado de repente, no puedo agarrar la taza. el año pasado tuve un mini derrame",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "tengo un dolor en el pecho muy fuerte que me aprieta, me operaron del corazón en 2019 y ayer fue la infusión",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "i have a crushing pain in my chest, i had heart surgery in 2019 and the infusion was yesterday",
        "en",
        "emergency",
        "chest_pain",
    ),
    ("tuve un dolor en el pecho en 2019, ahora tengo miedo de la infusión", "es", "info_alarming", "chest_pain"),
    (
        "nothing is wrong right now but my brother in law had a stroke after an iv drip years ago, what are the warning signs?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "ahorita no tengo nada pero mi cuñado tuvo un derrame después de un suero hace años, ¿cuáles son las señales?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "me baja la presión y me desmayo fácil, me pasó en la boda de mi hermana, ¿es riesgoso sacarme grasa?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "i faint easily when my pressure drops, it happened at my sister's wedding, is the liposuction risky?",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("¿qué guardan de mí? les conté lo de mi infarto y no quiero que quede registrado", "es", "privacy", None),
    ("what do you keep about me? i told you about my stroke and i don't want it on record", "en", "privacy", None),
    ("i told you about my stroke, now my face is drooping again", "en", "emergency", "stroke"),
    (
        "eye still red after the eye injection and the ache is worse than yesterday, i can see ok",
        "en",
        "urgent",
        "eye_worse",
    ),
    ("el ojo sigue rojo después de la inyección y me duele más que ayer, veo bien", "es", "urgent", "eye_worse"),
    (
        "la inflamación de la cadera se había bajado y ahora rebrotó, más grande y calentita que antes",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "my foot went numb for a day but the feeling is totally back now, was that bad?",
        "en",
        "info_alarming",
        "new_numbness",
    ),
    (
        "se me había dormido el pie pero ya recuperé toda la sensibilidad, ¿eso fue grave?",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    ("se me durmió el pie y no recuperé la sensibilidad", "es", "urgent", "new_numbness"),
    ("la raya roja del brazo ya se borró con el antibiótico, ya no se ve nada", "es", "info_alarming", "red_streak"),
    ("the red streak on my arm faded away with the antibiotic, nothing left", "en", "info_alarming", "red_streak"),
    ("el sábado tuve 38.4 pero desde el domingo estoy normal, hoy ya es día 10", "es", "info_alarming", "fever"),
    ("i had 38.4 on saturday but ive been normal since sunday, today is day 10", "en", "info_alarming", "fever"),
    (
        "si alguien tose sangre después de una infusión ¿es grave? lo leí en un foro",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    ("38 clavaditos en el termómetro, día 4, ¿me tomo un paracetamol o le aviso a alguien?", "es", "urgent", "fever"),
    ("exactly 38 on the thermometer, day 4, do i just take a tylenol or tell someone?", "en", "urgent", "fever"),
    ("the redness faded but now the red line is going up my arm", "en", "urgent", "red_streak"),
]

AFTER_SETS_R12G = [
    ("i told my wife my chest hurts and she said to write here", "en", "emergency", "chest_pain"),
    ("i said my chest hurts really bad", "en", "emergency", "chest_pain"),
    ("le dije a mi esposo que mi pecho me duele mucho", "es", "emergency", "chest_pain"),
    ("i told the nurse about my seizure", "en", "info_alarming", "seizure"),
    ("i told you about my stroke and i dont want it on record", "en", "privacy", None),
    ("my husband told me about his seizure last night and now he is shaking again", "en", "emergency", "seizure"),
    ("les conté lo de mi infarto, ¿lo guardan?", "es", "privacy", None),
    ("i get out of breath easily since the infusion", "en", "emergency", "breathing"),
    ("me falta el aire fácil desde el suero", "es", "emergency", "breathing"),
    ("me baja la presión y me desmayo fácil, ¿es riesgoso?", "es", "info_alarming", "fainting"),
]

AFTER_SETS_R12H = [
    ("how do i know if im having a stroke, my face is drooping", "en", "emergency", "stroke"),
    ("¿cómo sé si me está dando un derrame? tengo la cara caída", "es", "emergency", "stroke"),
    ("i was seizure free for years until this morning when i had a seizure", "en", "emergency", "seizure"),
    (
        "no tenía convulsiones desde hace años hasta que hoy en la mañana tuve una convulsión",
        "es",
        "emergency",
        "seizure",
    ),
    ("i have had chest pain since 2 days ago but im ok", "en", "emergency", "chest_pain"),
    ("tengo dolor de pecho desde hace 2 días pero estoy bien", "es", "emergency", "chest_pain"),
    ("i fainted 2 days ago but i am fine", "en", "info_alarming", "fainting"),
    ("my friend had sepsis last year and she is fine now, what does it look like?", "en", "info_alarming", "sepsis"),
]

AFTER_SETS_R13A = [
    (
        "la convulsion que tuvo mi hermano fue hace 2 años, ahora se puede hacer el tratamiento?",
        "es",
        "info_alarming",
        "seizure",
    ),
    ("the seizure my brother had was 2 years ago, can he get the treatment now?", "en", "info_alarming", "seizure"),
    ("el infarto de mi papá fue hace 3 años, ahora le pueden poner las células?", "es", "info_alarming", "chest_pain"),
    (
        "my dad's heart attack was three years ago, now could he have the stem cell iv?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    ("mi hermano tuvo una convulsion hace 2 años y ahora esta convulsionando otra vez", "es", "emergency", "seizure"),
    ("my brother had a seizure 2 years ago and now he is seizing again", "en", "emergency", "seizure"),
    (
        "last night my heart was racing for a few minutes after the IV but it calmed down, pulse is 72 now",
        "en",
        "info_alarming",
        "fast_heartbeat",
    ),
    (
        "anoche el corazon me latia rapidisimo despues del suero pero se calmo, el pulso esta en 70 ahora",
        "es",
        "info_alarming",
        "fast_heartbeat",
    ),
    ("my heart was racing after the IV, pulse is 130 now", "en", "emergency", "fast_heartbeat"),
    (
        "el corazon me late muy rapido despues del suero, el pulso esta en 140 ahora",
        "es",
        "emergency",
        "fast_heartbeat",
    ),
]

AFTER_SETS_R13B = [
    (
        "La enfermera me dijo que si me pasaba esto fuera de una a urgencias: tengo el corazon a mil, sudo frio y no puedo respirar bien",
        "es",
        "emergency",
        "fast_heartbeat",
    ),
    (
        "the nurse told me that if this happened I should go straight to the ER: I have my heart racing and I can't breathe",
        "en",
        "emergency",
        "fast_heartbeat",
    ),
    (
        "el doctor me dijo que si me dolía el pecho, y siento que me ahogo, fuera a urgencias",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "the doctor said if I had chest pain, and I felt like I was choking, to go to the ER",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "rodilla caliente, hinchadísima y no la puedo doblar ni apoyar, a las 3 semanas del tratamiento, ya estaba bien. el kine dice q es una crisis normal",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "knee hot, super swollen and I can't bend it or stand on it, 3 weeks after the shots, I was already fine. the physio says its a normal flare",
        "en",
        "urgent",
        "septic_joint",
    ),
    ("tuve fiebre de 39 el lunes, el martes ya estaba bien", "es", "info_alarming", "fever"),
    ("had a fever of 39 on monday, by tuesday I was already fine", "en", "info_alarming", "fever"),
    (
        "tengo 38 clavado, tercer dia despues del pinchazo en la rodilla. en el grupo de whats dicen que hasta 38.5 es normal",
        "es",
        "urgent",
        "fever",
    ),
    (
        "I'm at 38 on the dot, day 3 after the knee shot. people in the whatsapp group say up to 38.5 is normal",
        "en",
        "urgent",
        "fever",
    ),
    (
        "a mi papa le supura la rodilla una cosa amarilla espesa, un señor del grupo de facebook dice que son celulas muertas saliendo, sera?",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "my dad's knee is oozing thick yellow stuff, a guy in the facebook group says it's dead cells coming out, could that be?",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "una pierna esta mas grande que la otra desde que volvi en avion de la clinica, no me falta el aire",
        "es",
        "urgent",
        "leg_clot",
    ),
    (
        "my left leg looks way bigger than the right since the flight home, no shortness of breath",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "mi hermano se desmayó en la clínica el año pasado cuando le pusieron las células, ahora va a repetir, le puede volver a pasar?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my brother fainted at the clinic last year when they gave him the cells, now he's going to repeat it, can it happen again?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "is 38 a fever or only 38.5? asking for when my husband has his infusion next week",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "¿38 ya es fiebre o recién 38,5? pregunto para cuando le pongan el suero a mi esposo la semana que viene",
        "es",
        "info_alarming",
        "fever",
    ),
]

AFTER_SETS_R13C = [
    ("is a low fever normal the first night?", "en", "side_effect", None),
    ("¿es normal un poco de fiebrita la primera noche?", "es", "side_effect", None),
    ("low-grade fever the night of my infusion, is that ok", "en", "side_effect", None),
    ("febrícula la noche del suero, es normal?", "es", "side_effect", None),
    ("low-grade fever and chills the night of my infusion", "en", "urgent", "chills"),
    ("febrícula y escalofríos la noche del suero", "es", "urgent", "chills"),
    ("low fever on day 1 but my knee is red and the redness is spreading", "en", "urgent", "fever"),
    (
        "algo de fiebre el día 1 pero la rodilla está roja y lo rojo se está extendiendo",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("low fever the first night and now I can't breathe", "en", "emergency", "breathing"),
    ("febrícula la primera noche y ahora me cuesta respirar", "es", "emergency", "breathing"),
]

AFTER_SETS_R13D = [
    (
        "dia 1 me dolia 3, dia 2 me dolia 3, hoy dia 4 me duele 8 y no me deja dormir. sin fiebre",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "day 1 the pain was 3, day 2 pain was 3, today day 4 it hurts like 8 and I can't sleep. no fever",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "does fever + confusion mean sepsis? asking for a nursing school paper on stem cell tourism",
        "en",
        "info_alarming",
        "confusion",
    ),
    ("¿fiebre y confusión quiere decir sepsis? es para un trabajo de la facultad", "es", "info_alarming", "confusion"),
    ("this isn't for a paper, my mum is confused and burning up", "en", "emergency", "confusion"),
    ("no es para un trabajo de la facultad, mi mamá está confundida y con fiebre", "es", "emergency", "confusion"),
    ("38 is the fever line right? im at 38.4 on day 3", "en", "urgent", "fever"),
    ("38 es el límite, no? tengo 38,4 y es el día 3", "es", "urgent", "fever"),
    ("my eye hurts more every day since the injection and its red, but I can see fine", "en", "urgent", "eye_worse"),
    (
        "me duele el ojo cada dia mas y esta re colorado desde la inyeccion, pero veo bien igual",
        "es",
        "urgent",
        "eye_worse",
    ),
    ("my fingers on the IV arm went numb this morning, I can move them fine", "en", "urgent", "new_numbness"),
    (
        "tengo los dedos de la mano del suero dormidos desde esta mañana, pero los muevo bien",
        "es",
        "urgent",
        "new_numbness",
    ),
]

AFTER_SETS_R13E = [
    ("not suicidal, but I have a plan to take all my pills tonight", "en", "emergency", "suicidal"),
    ("no es que me quiera matar, pero tengo las pastillas juntadas para esta noche", "es", "emergency", "suicidal"),
    ("I'm planning to take all my painkillers tonight", "en", "emergency", "suicidal"),
    ("pienso tomarme todas las pastillas esta noche", "es", "emergency", "suicidal"),
    (
        "she told me if my lips swell to use the epipen, my lips are swelling and my throat is tight",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "la enfermera dijo que si se me hinchaban los labios usara la adrenalina, se me hinchan los labios y no puedo tragar",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    ("sorry, I can't breathe", "en", "emergency", "breathing"),
    ("perdón, no puedo respirar", "es", "emergency", "breathing"),
]

AFTER_SETS_R13F = [
    (
        "temp 38.6 and i cant keep him awake, he just flops back asleep. my boy is 4, treatment was on monday",
        "en",
        "emergency",
        "drowsy",
    ),
    (
        "tiene 38,6 y no lo puedo mantener despierto, se vuelve a dormir enseguida. mi niño tiene 4 años",
        "es",
        "emergency",
        "drowsy",
    ),
    ("pain in my knee was gettin better now its day 5 and its way worse than before", "en", "urgent", "worsening_pain"),
    (
        "el dolor de la rodilla iba mejorando y ahora en el día 5 está mucho peor que antes",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "mom had chest pain on monday, ER checked her and said it was fine. can she still do the second infusion?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "a mi mamá le dolio el pecho el lunes, la revisaron en urgencias y estaba bien, puede hacerse la segunda infusion?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "mom has chest pain, the ER checked her and said it was fine but it's getting worse",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "a mi mamá le duele el pecho, la revisaron en urgencias y dijeron que estaba bien pero le duele cada vez más",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "she was really hard to wake on saturday but since sunday shes back to her normal self, was that the treatment?",
        "en",
        "info_alarming",
        "confusion",
    ),
    (
        "el sábado estaba muy dificil de despertar pero desde el domingo esta normal, fue por el tratamiento?",
        "es",
        "info_alarming",
        "confusion",
    ),
    (
        "how do I know if someone is having a stroke? I want to be ready to look after my dad after his IV",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "como se que alguien esta teniendo un derrame? quiero estar preparada para cuidar a mi papa despues del suero",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "a mi tio lo llevaron a urgencias por un coagulo en el pulmon despues de un suero de esos que tan peligroso es",
        "es",
        "info_alarming",
        "breathing",
    ),
    ("a mi vecina la llevaron a urgencias, no puede respirar", "es", "emergency", "breathing"),
    (
        "grandpa had a clot in his leg after an IV years ago, is he at higher risk now?",
        "en",
        "info_alarming",
        "leg_clot",
    ),
    (
        "mi abuelo tuvo un coágulo en la pierna hace años después de un suero, ¿ahora tiene más riesgo?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    ("es normal que la rodilla me duela mas hoy que ayer? me inyectaron ayer en la tarde", "es", "side_effect", None),
    (
        "is it normal that my knee hurts more today than yesterday? I had the shot yesterday afternoon",
        "en",
        "side_effect",
        None,
    ),
    ("me escuece el ojo desde la inyección", "es", "urgent", "eye_worse"),
    ("tiene fiebre y la piel toda manchada moradita", "es", "emergency", None),
]

AFTER_SETS_R13G = [
    (
        "I'm writing an essay on sepsis and I have a fever of 39.5 and I'm shaking and confused",
        "en",
        "emergency",
        "sepsis",
    ),
    ("hago un trabajo sobre sepsis y tengo 39,5, tiemblo y estoy confundido", "es", "emergency", "sepsis"),
    ("the nurse said if I get chest pain to call 911, and I have chest pain", "en", "emergency", "chest_pain"),
    ("la enfermera dijo que si me dolía el pecho llamara al 911, y me duele el pecho", "es", "emergency", "chest_pain"),
    ("my arm and face went numb on one side, I can move them fine", "en", "emergency", "stroke"),
    ("se me durmió la cara y el brazo de un lado, pero los muevo bien", "es", "emergency", "stroke"),
    ("my eye hurts a lot and everything went blurry, but I can see shapes", "en", "emergency", "vision_loss"),
    ("me duele mucho el ojo y todo se puso borroso, pero veo bultos", "es", "emergency", "vision_loss"),
    ("the ER checked me yesterday and said it was fine, but now I can't breathe", "en", "emergency", "breathing"),
    (
        "ayer me revisaron en urgencias y dijeron que estaba bien, pero ahora no puedo respirar",
        "es",
        "emergency",
        "breathing",
    ),
]

AFTER_SETS_R14A = [
    ("I have no strength in my right leg since this morning", "en", "emergency", "leg_weakness"),
    ("no tengo fuerza en la pierna derecha desde esta mañana", "es", "emergency", "leg_weakness"),
    ("all of a sudden there's no strength in my left arm", "en", "emergency", "stroke"),
    ("de repente no tengo fuerza en el brazo izquierdo", "es", "emergency", "stroke"),
    ("half my face has gone numb", "en", "emergency", "stroke"),
    ("se me ha dormido media cara", "es", "emergency", "stroke"),
    (
        "my uncle fell, his right leg has no strength and half his face went numb, is that a clot??",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "mi tío se cayó, no tiene fuerza en la pierna derecha y se le durmió media cara, ¿es una trombosis?",
        "es",
        "emergency",
        "leg_weakness",
    ),
    ("knee super swollen and hot, I can't put weight on it, it was 3 weeks ago", "en", "urgent", "septic_joint"),
    ("el tobillo muy hinchado y caliente, no lo puedo apoyar, fue hace un mes", "es", "urgent", "septic_joint"),
    ("my knee is hot and swollen, it was injected 3 weeks ago", "en", "urgent", "septic_joint"),
    ("tengo la rodilla hinchada y caliente, la inyección fue hace 3 semanas", "es", "urgent", "septic_joint"),
    ("a hard lump on my hip that grows and throbs, since yesterday", "en", "urgent", "spreading_redness"),
    ("me salió un bulto en la ingle que está creciendo", "es", "urgent", "spreading_redness"),
    ("the lump was tiny and now it's the size of an egg, hot and sore, day 4", "en", "urgent", "spreading_redness"),
    ("el bulto era chiquito y ahora está del tamaño de un huevo, caliente, día 4", "es", "urgent", "spreading_redness"),
    ("I have 38.1 on day 6, I feel ok but just in case", "en", "urgent", "fever"),
    ("tengo 38,1, día 6, me siento bien pero por si acaso", "es", "urgent", "fever"),
    ("her leg is red, hot and sore since she stopped the blood thinner, breathing is fine", "en", "urgent", "leg_clot"),
    (
        "tiene la pierna roja, caliente y le duele desde que dejó el anticoagulante, respira normal",
        "es",
        "urgent",
        "leg_clot",
    ),
    ("my dad had seizures as a kid, is stem cell therapy still ok for him?", "en", "info_alarming", "seizure"),
    (
        "mi hermano tuvo convulsiones hace años, ¿la terapia todavía es segura para él?",
        "es",
        "info_alarming",
        "seizure",
    ),
    ("what means DVT", "en", "info_alarming", "leg_clot"),
    ("¿qué es una TVP?", "es", "info_alarming", "leg_clot"),
    ("sepsis = ? my doctor wrote it on the paper", "en", "info_alarming", "sepsis"),
    ("sepsis = ? me lo escribió el doctor en la hoja", "es", "info_alarming", "sepsis"),
    ("no lip or throat swelling, just an itchy rash after the capsules", "en", "info_alarming", "anaphylaxis"),
    ("ni labios ni garganta hinchados, solo ronchitas que pican", "es", "info_alarming", "anaphylaxis"),
    ("my knee was swollen and hot and I couldn't walk, that was 3 weeks ago", "en", "info_alarming", "septic_joint"),
    ("tuve la rodilla hinchada y caliente, eso fue hace 3 semanas", "es", "info_alarming", "septic_joint"),
]

AFTER_SETS_R14B = [
    ("I have the chills and they will not go away since last night, shaking all over", "en", "urgent", "chills"),
    ("tengo calosfríos desde anoche y no se me quitan, tiemblo toda", "es", "urgent", "chills"),
]

AFTER_SETS_R14C = [
    (
        "my father's heart is beating very very fast and he is not understanding anything we say, fever 39.4, day 3",
        "en",
        "emergency",
        "fast_heartbeat",
    ),
    (
        "el corazón de mi papá late muy muy rápido y no entiende nada de lo que le decimos, tiene 39,4, día 3",
        "es",
        "emergency",
        "fast_heartbeat",
    ),
    ("my mom is not understanding what we say since this morning", "en", "emergency", "confusion"),
    ("mi abuela no entiende lo que le digo desde hoy", "es", "emergency", "confusion"),
    (
        "everything's been ok with the injection, a little sore. oh and the swelling was walnut size and hot yesterday and today it's like an egg. day 4",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "todo bien con la inyección, solo un poco adolorida. ah y el bulto ayer era como una nuez y caliente, hoy está como un huevo. día 4",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "why do they list lung clots as a risk of the cell drip? I'm breathing fine, just curiosity",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "¿por qué ponen coágulos en los pulmones como riesgo del suero de células? yo respiro bien, es pura curiosidad",
        "es",
        "info_alarming",
        "breathing",
    ),
    ("I have clots in my lungs, just curious if it's from the drip", "en", "emergency", "breathing"),
    ("tengo coágulos en los pulmones, es curiosidad si es por el suero", "es", "emergency", "breathing"),
    ("I have a fever of 39 and chills, just curious if that's normal", "en", "urgent", "fever"),
    ("tengo 39 de fiebre y escalofríos, por curiosidad, ¿es normal?", "es", "urgent", "fever"),
]

AFTER_SETS_R14D = [
    (
        "please switch to spanish for my grandma, she's sweating and holding her chest since 10 min ago",
        "en",
        "emergency",
        "chest_pain",
    ),
    ("mi abuela está sudando y se agarra el pecho desde hace 10 minutos", "es", "emergency", "chest_pain"),
    ("shaking like a leaf under 2 duvets but the thermometer only says 37.6, day 3", "en", "urgent", "chills"),
    ("tiemblo toda con tres cobijas encima y el termómetro dice 37,5, día 3", "es", "urgent", "chills"),
    ("redness around my knee was 3cm yesterday, now it's about 7cm. no fever", "en", "urgent", "spreading_redness"),
    ("la mancha roja medía 4 cm ayer y hoy mide 9 cm, sin fiebre", "es", "urgent", "spreading_redness"),
    ("the redness was 7cm yesterday and today it's 3cm, getting better", "en", "side_effect", None),
    ("el bulto hoy mide 2 cm y ayer medía 5 cm, ya va bajando", "es", "side_effect", None),
]

AFTER_SETS_R14E = [
    ("the lump is getting smaller but I have 39 and chills", "en", "urgent", "chills"),
    ("el bulto se está achicando pero tengo 39 y escalofríos", "es", "urgent", "chills"),
]

AFTER_SETS_R14F = [
    ("my chest hurts a lot, it was 3 weeks ago", "en", "emergency", "chest_pain"),
    ("me duele mucho el pecho, fue hace 3 semanas", "es", "emergency", "chest_pain"),
    ("just in case: my lips are swelling and I can't swallow", "en", "emergency", "anaphylaxis"),
    ("por si acaso: se me hinchan los labios y no puedo tragar", "es", "emergency", "anaphylaxis"),
    ("just in case, if my lips swell what do I do?", "en", "info_alarming", "anaphylaxis"),
    ("por si acaso, ¿qué hago si me da fiebre alta?", "es", "info_alarming", "fever"),
]

AFTER_SETS_R14G = [
    (
        "just wondering if it's normal that my toes feel numb since the ankle shot yesterday? walking normally",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "solo me preguntaba: tengo los dedos del pie dormidos desde la inyección de ayer, camino normal, ¿es normal?",
        "es",
        "urgent",
        "new_numbness",
    ),
    ("just asking, my mom has 39 and is confused", "en", "emergency", "confusion"),
    ("solo pregunto, mi mamá tiene 39 y está confundida", "es", "emergency", "confusion"),
    ("just wondering, can you have a stroke from stem cells?", "en", "info_alarming", "stroke"),
    ("solo me preguntaba, ¿te puede dar un derrame por las células madre?", "es", "info_alarming", "stroke"),
    (
        "can seizures be a side effect of stem cells? a neighbour says it happened to someone he knows",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "¿las convulsiones pueden ser un efecto de las células madre? un vecino dice que le pasó a un conocido",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "can you explain the FAST thing for a stroke? I want to know in case it happens to my dad",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "¿me explicas lo de RÁPIDO para el derrame cerebral? quiero saberlo por si le pasa a mi papá",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "my grandma's leg went red where they injected and in 24 hours it went from 5 to 12 cm, she says it throbs, 37.3",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "a mi abuela se le puso roja la pierna donde la inyectaron y en 24 horas pasó de 5 a 12 cm, dice que le late, 37,3",
        "es",
        "urgent",
        "spreading_redness",
    ),
]

AFTER_SETS_R14H = [
    (
        "no chest pain, not short of breath, just asking: how long after an IV stem cell treatment can a lung clot happen?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "no tengo dolor de pecho ni nada, solo pregunto: ¿cuánto tiempo después del suero puede salir un coágulo en el pulmón?",
        "es",
        "info_alarming",
        "breathing",
    ),
    ("day 3, how long after the fever started should I call? I have 39 now", "en", "urgent", "fever"),
    ("¿cuánto tiempo después de la fiebre debo llamar? tengo 39 ahora", "es", "urgent", "fever"),
]

AFTER_SETS_R15A = [
    (
        "mi hermano tosió sangre después del tratamiento hace 2 años, era un coágulo en el pulmón. ¿por qué pasa eso?",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "my brother coughed up blood after his treatment 2 years ago, it was a clot in the lung. why does that happen?",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "my dad collapsed last year after his infusion, it was a heart attack. can stem cells cause that?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi papá se desmayó el año pasado después del suero, fue un infarto. ¿eso lo causan las células madre?",
        "es",
        "info_alarming",
        "fainting",
    ),
    ("tosí sangre hace 2 años. ahora tengo un coágulo en el pulmón?", "es", "emergency", "breathing"),
    (
        "me desmayé el día 1 al pararme de golpe del sillón, pero ya van 9 días y nada más",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "i fainted on day 1 when i stood up too fast from the couch, but its been 9 days and nothing else",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("i fainted on day 1 and again today, day 9", "en", "emergency", "fainting"),
    ("on day 1 i felt dizzy, on day 3 i fainted in the shower", "en", "emergency", "fainting"),
    ("qué es la anafilaxia y cómo sé si a mi hija le está pasando?", "es", "info_alarming", "anaphylaxis"),
    ("what is anaphylaxis and how do i know if my daughter is having it?", "en", "info_alarming", "anaphylaxis"),
    (
        "mi hija tiene la cara hinchada y no respira bien, ¿cómo sé si le está pasando una anafilaxia?",
        "es",
        "emergency",
        "breathing",
    ),
    ("my daughter is not breathing well, how do i know if it is anaphylaxis", "en", "emergency", "breathing"),
    ("mi mamá tiene dolor en el pecho, ¿cómo sé si es un infarto?", "es", "emergency", "chest_pain"),
    ("my mom has chest pain, how do i know if it's a heart attack?", "en", "emergency", "chest_pain"),
    ("my friend got sepsis after her IV, how would i know if i have it?", "en", "info_alarming", "sepsis"),
    (
        "is it bad if the redness around the injection is spreading onto my thigh? its been 3 days",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "es malo si lo rojo alrededor del pinchazo se está extendiendo hacia mi muslo? ya van 3 días",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "is it bad if the redness around the injection is spreading? asking for my friend",
        "en",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "forum post says pus is normal after stem cells?? bc my injection spot has a white yellow bump with pus in it",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "en un foro dicen que el pus es normal?? porque en el pinchazo me salió un granito blanco amarillo con pus",
        "es",
        "urgent",
        "discharge",
    ),
    ("the skin around my filler went white and blotchy and it hurts a lot", "en", "emergency", "vessel_block"),
    ("got the stem cells 5 days ago in Tijuana, now im at 101 and feel like garbage", "en", "urgent", "fever"),
    ("took tylenol, a hundred and two an hour ago, day 3", "en", "urgent", "fever"),
    ("37,9 a las 6 y 38 a las 9 de la noche, día 2 de la inyección, ¿me preocupo?", "es", "urgent", "fever"),
    ("37.9 at 6 and 38 at 9 pm, day 2 after the injection, should i worry?", "en", "urgent", "fever"),
    ("37.8 esta mañana, la inyección fue ayer. ¿o era 38? déjame ver... 37.8, ok", "es", "side_effect", None),
    (
        "Ya lo decidí, no aguanto más el dolor. Les escribo para que sepan que esta noche me quito la vida",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "I've decided, I can't take the pain anymore. I'm writing so you know I'm taking my life tonight",
        "en",
        "emergency",
        "suicidal",
    ),
    (
        "what does a red streak going up from the injection site mean? i have one going up my forearm toward the elbow",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "qué significa una línea roja que sube desde el pinchazo? me sale una del codo hacia el hombro",
        "es",
        "urgent",
        "red_streak",
    ),
    ("what are the signs of a stroke? i have one more question, about fillers", "en", "info_alarming", "stroke"),
    ("¿qué es esa línea roja que me sube del piquete hacia el codo?", "es", "urgent", "red_streak"),
    ("what is this red line going up my arm from the shot?", "en", "urgent", "red_streak"),
    ("¿qué es esa línea roja de la que habla el papel?", "es", "info_alarming", "red_streak"),
    ("what is this red streak thing the leaflet talks about?", "en", "info_alarming", "red_streak"),
    ("¿cómo sabría si me está dando un derrame después del suero? ¿qué señales hay?", "es", "info_alarming", "stroke"),
    (
        "my husband says he's fine but the spot on his lower back where they injected is warm, red and bigger than yesterday",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "mi esposo dice que está bien pero la zona de la espalda donde lo inyectaron está caliente, roja y más grande que ayer",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "day 0 I fainted when they took the blood but was fine right after, days 1 2 and 3 no problems",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "el día 0 me desmayé cuando me sacaron sangre pero enseguida bien, días 1 2 y 3 sin problemas",
        "es",
        "info_alarming",
        "fainting",
    ),
    ("knee hole smells nasty", "en", "urgent", "discharge"),
    ("el agujerito de la rodilla huele horrible", "es", "urgent", "discharge"),
    (
        "¿cuánto sale lo de células para la rodilla? en una me cobran 9000 dólares y en otra 3000, algo huele raro",
        "es",
        "clinic_choice",
        None,
    ),
    ("one clinic charges 9000 and another 3000, something smells off here", "en", "clinic_choice", None),
    ("algo huele raro en la herida de la rodilla", "es", "urgent", "discharge"),
    ("dormido ahí abajo desde la inyección en la espalda", "es", "emergency", "groin_numbness"),
    ("numb down there since the back injection", "en", "emergency", "groin_numbness"),
    ("nothing numb down there, just back pain", "en", "info_alarming", "groin_numbness"),
    ("nothing stops the bleeding from my knee", "en", "emergency", "heavy_bleeding"),
    ("nada para el sangrado de la rodilla", "es", "emergency", "heavy_bleeding"),
    (
        "temp is 100.4 on the dot, day 2 after the knee shot. the clinic instagram says anything under 101 is fine?? confused",
        "en",
        "urgent",
        "fever",
    ),
    (
        "tengo 38 justo, día 2 de la rodilla. el instagram de la clínica dice que menos de 38,5 es normal?? confundida",
        "es",
        "urgent",
        "fever",
    ),
    ("my dad has 39. the nurse said its nothing. confused and sleepy now", "en", "emergency", "confusion"),
    ("fainted yesterday after the IV, normal feeling now", "en", "info_alarming", "fainting"),
    ("my chest hurt yesterday, fine again now", "en", "info_alarming", "chest_pain"),
    ("normal feeling now but my chest is tight", "en", "emergency", "chest_pain"),
    ("mi perro ladra porque me caí al piso y no me puedo levantar", "es", "emergency", "fainting"),
    ("my dog is barking because I fell on the floor and can't get up", "en", "emergency", "fainting"),
    ("no me puedo levantar de la cama, qué cansancio", "es", "side_effect", None),
]

AFTER_SETS_R15B = [
    ("solo me preguntaba si es normal que tenga los dedos dormidos desde la inyección", "es", "urgent", "new_numbness"),
    ("just wondering if it's normal that my fingers are numb since the injection", "en", "urgent", "new_numbness"),
    ("por curiosidad, ¿es normal que tenga fiebre de 38,5 al tercer día?", "es", "urgent", "fever"),
    (
        "solo me preguntaba si es normal tener los dedos dormidos después de una inyección",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    ("the red patch was 7cm yesterday, today 3cm but now i have 39 and chills", "en", "urgent", "chills"),
    ("swelling was 5 cm on day 1, today 3 cm, but there is pus coming out", "en", "urgent", "discharge"),
    ("la hinchazón medía 5 cm el día 1 y hoy 3 cm, pero le sale pus", "es", "urgent", "discharge"),
]

AFTER_SETS_R15C = [
    (
        "no me aguanto la popo ni el pipi desde el procedimiento en la columna de esta mañana, ¿será la anestesia?",
        "es",
        "emergency",
        "bladder_bowel",
    ),
    (
        "i can't hold in my poop or pee since the spine procedure this morning, is it the anesthesia still?",
        "en",
        "emergency",
        "bladder_bowel",
    ),
    (
        "la espalda le dolía poquito a mi esposo los primeros días, ahora dice que 8 de 10 y va empeorando, ya es el día 5",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "my husband's back hurt a little the first days, now he says 8 out of 10 and getting worse, it's day 5",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "tengo la batata izquierda hinchada y dura, me duele al caminar, fue después del suero del viernes",
        "es",
        "urgent",
        "leg_clot",
    ),
    ("my left calf is swollen and hard, hurts to walk, it was after the IV on friday", "en", "urgent", "leg_clot"),
    ("compré batata y se me hinchó la panza jaja", "es", "other", None),
    (
        "37.8 esta noche, el mismo día del tratamiento. no llega a 38, o sea que no es fiebre ¿verdad?",
        "es",
        "side_effect",
        None,
    ),
    (
        "37.8 tonight, same day as treatment. it doesn't go up to 38, so it's not a fever right?",
        "en",
        "side_effect",
        None,
    ),
    (
        "me salió una rayita roja que sube del codo hacia el sobaco, ahí fue donde me pusieron el suero. ¿qué significa?",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "i got a little red line going up from my elbow to my armpit, that's where they put the IV. what does it mean?",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "a mi vecina le salió una raya roja en el brazo después del suero, ¿qué significa?",
        "es",
        "info_alarming",
        "red_streak",
    ),
    ("99.8F this afternoon, treatment was this morning. is that a fever? otherwise fine", "en", "side_effect", None),
    ("37,7 esta tarde, el tratamiento fue esta mañana. ¿eso es fiebre? por lo demás bien", "es", "side_effect", None),
    ("at what number is it a fever for you guys, 37.5 or 38?", "en", "info_alarming", "fever"),
    ("¿desde qué número es fiebre para ustedes, 37,5 o 38?", "es", "info_alarming", "fever"),
    ("at what number is it a fever? i have 39 right now", "en", "urgent", "fever"),
    ("¿con qué número se considera fiebre? tengo 38,9 ahora", "es", "urgent", "fever"),
    ("my cat has been limping since tuesday and its getting worse", "en", "other", None),
    ("mi gato cojea desde el martes y va empeorando", "es", "other", None),
    ("my dog bit me and my hand is red, hot and swollen", "en", "urgent", "spreading_redness"),
    ("mi perrita tiene la pata hinchada y caliente", "es", "other", None),
    ("my dog collapsed and isn't breathing", "en", "emergency", "fainting"),
    (
        "fiebre no tengo pero me pica y la rojez se está extendiendo hacia el codo, ya pasaron 3 días",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "no fever but it itches and the redness is spreading toward my elbow, 3 days have passed",
        "en",
        "urgent",
        "spreading_redness",
    ),
    ("the chest pain passed 2 days ago", "en", "info_alarming", "chest_pain"),
    (
        "bottom of my foot feels like a piece of cardboard since the heel injection, I walk normal though",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "la planta del pie la siento como un pedazo de cartón desde la inyección en el talón, camino normal",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "en el 2021 me dio sepsis después de una cirugía, ahora con la inyección me da miedo, ¿hay riesgo?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "i had sepsis in 2021 after surgery, now with the injection i'm scared, is there a risk?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    ("i had sepsis in 2021, now i'm scared because i have 39.5 and i'm confused", "en", "emergency", "confusion"),
    ("tuve sepsis en 2021, ahora tengo miedo porque estoy con 39,5 y confundida", "es", "emergency", "confusion"),
    (
        "my mom had the treatment this morning and says her leg feels stiff and sore where they injected. how long does that last?",
        "en",
        "side_effect",
        None,
    ),
    (
        "a mi mamá le hicieron el tratamiento esta mañana y dice que la pierna la siente rígida y adolorida donde la inyectaron, ¿cuánto dura eso?",
        "es",
        "side_effect",
        None,
    ),
    ("my leg is swollen and hot, not where they injected, lower down in the calf", "en", "urgent", "leg_clot"),
    (
        "big bruise on my butt from the bone marrow draw, day 4, the color looks worse but it hurts less",
        "en",
        "side_effect",
        None,
    ),
    (
        "tengo un moretón grande en la nalga de la extracción, día 4, el color se ve peor pero me duele menos",
        "es",
        "side_effect",
        None,
    ),
    ("día 5 y me duele más, cada vez peor", "es", "urgent", "worsening_pain"),
]

AFTER_SETS_R15D = [
    (
        "could the treatment set off a seizure? my son has epilepsy but hasn't had one in years",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "¿el tratamiento puede provocar una convulsión? mi hijo tiene epilepsia pero hace años que no le da una",
        "es",
        "info_alarming",
        "seizure",
    ),
    ("can the injection cause a seizure? i just had one an hour ago", "en", "emergency", "seizure"),
    ("the treatment set off a seizure, he's shaking now", "en", "emergency", "seizure"),
    ("¿las células madre pueden dar un infarto? me duele el pecho ahora", "es", "emergency", "chest_pain"),
    (
        "Had some numbness in my hand for a few hours after the shot on Monday but it went completely away by dinner. Everything's normal now. Worth mentioning to them?",
        "en",
        "info_alarming",
        "new_numbness",
    ),
    (
        "last night grandma was a bit confused but this morning she's totally herself again, no fever, eating breakfast",
        "en",
        "info_alarming",
        "confusion",
    ),
    (
        "anoche mi abuela estaba un poco confundida pero hoy en la mañana ya es ella misma otra vez, sin fiebre, desayunando",
        "es",
        "info_alarming",
        "confusion",
    ),
    (
        "false alarm, I thought I was coughing blood but it was the beet juice lol. no blood. how would I know if it was a lung clot tho?",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "falsa alarma, pensé que tosía sangre pero era el jugo de remolacha jaja. igual, ¿cómo se nota un coágulo en el pulmón?",
        "es",
        "info_alarming",
        "breathing",
    ),
    ("I thought it was just anxiety but I'm coughing blood now", "en", "emergency", "coughing_blood"),
    ("not feverish anymore after the tylenol but it was 38.4 an hour ago, day 3", "en", "urgent", "fever"),
    ("ya no tengo fiebre después del paracetamol pero hace una hora tenía 38,4, día 3", "es", "urgent", "fever"),
    (
        "la rodilla de mi papá está colorada y lo colorado va subiendo hacia el muslo, ayer era solo alrededor del piquete",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "my dad's knee is red and the red is going up his thigh, yesterday it was only around the shot",
        "en",
        "urgent",
        None,
    ),
    (
        "¿cómo sé si me está dando una reacción alérgica fuerte? ¿qué es eso de la anafilaxia? mi hijo es alérgico al cacahuate y andamos con la epipen",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "how do i know if i'm having a strong allergic reaction? what is anaphylaxis? my son is allergic to peanuts and we carry an epipen",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    ("¿qué señales tiene un derrame? creo que me está dando uno", "es", "emergency", "stroke"),
    (
        "no tengo dolor de pecho ni nada de eso, pero el corazón se me acelera cuando me pongo nerviosa. ¿el corazón rápido es señal de peligro después del suero?",
        "es",
        "info_alarming",
        "fast_heartbeat",
    ),
    (
        "no chest pain or anything, but my heart races when i get nervous. is a fast heartbeat a sign of danger after the IV?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "una amiga de la iglesia tuvo un coágulo en el pulmón después de su tratamiento el año pasado, ya está bien, ya volvió al coro. ¿qué tan común es eso?",
        "es",
        "info_alarming",
        "breathing",
    ),
    ("el dolor de pecho se fue pero volvió a la noche", "es", "emergency", "chest_pain"),
    (
        "me desmayé en la clínica cuando me sacaron sangre, siempre me pasa con las agujas. ya pasaron 3 días y estoy perfecta. ¿tengo que avisar?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "i fainted at the clinic when they drew blood, always happens with needles. 3 days have passed and i'm perfect. should i tell them?",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("me desmayé, ya pasaron 3 días y sigo mareada y me desmayé otra vez hoy", "es", "emergency", "fainting"),
]

AFTER_SETS_R15E = [
    (
        "nobody would even notice if i was gone. ive been thinking about how to do it tonight, everyone is asleep",
        "en",
        "emergency",
        "suicidal",
    ),
    (
        "nadie se daría cuenta si me muero. he estado pensando en cómo hacerlo esta noche, todos duermen",
        "es",
        "emergency",
        "suicidal",
    ),
    ("nobody would miss me", "en", "emergency", "suicidal"),
    ("se le durmió medio cuerpo", "es", "emergency", "stroke"),
    ("se le quedó dormido medio cuerpo", "es", "emergency", "stroke"),
    ("mi papá habla como borracho", "es", "emergency", "stroke"),
    (
        "en la frente me salió como una red morada que se está regando y me duele montones, justo después de que me inyectaron el entrecejo",
        "es",
        "emergency",
        "vessel_block",
    ),
    (
        "a purple lacy pattern is spreading on my forehead right after the filler between my brows and it hurts a lot",
        "en",
        "emergency",
        "vessel_block",
    ),
    ("me compré una red morada para el pelo", "es", "side_effect", None),
    (
        "amanecí con el ojo pegado de lagaña amarilla espesa, me inyectaron antier, veo normal",
        "es",
        "urgent",
        "eye_worse",
    ),
    (
        "woke up with my eye glued shut with thick yellow gunk, injected 2 days ago, vision is normal",
        "en",
        "urgent",
        "eye_worse",
    ),
    ("wound smells funky like something died in there, not sure if its pus", "en", "urgent", "discharge"),
    ("la herida huele como si algo se murió ahí adentro, no sé si es pus", "es", "urgent", "discharge"),
    ("my uncle died of a clot years ago, how would i know if i have one?", "en", "info_alarming", "unrecognised"),
    (
        "temp 38.3 on day 1, the leaflet says a fever on the first day is expected so should I just wait it out?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "38,3 el día 1, el folleto dice que la fiebre el primer día es esperable, ¿espero nomás?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "my friend had 39 in 2019, the doctor says that is common after stem cells?",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "mi vecina dice que el líquido turbio es el cuerpo botando las células viejas?? me sale de la espalda donde me inyectaron, día 6",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "my neighbour says cloudy fluid is the body flushing old cells?? it's coming out of my back where they injected, day 6",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "¿toser sangre es señal de coágulo? lo pregunto para hacerle una hojita a mis papás",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "is coughing blood a sign of a clot? making a sheet for my parents' fridge",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "mi tía se murió de una embolia hace años y ahora me da pánico el suero, ¿cómo se nota una embolia?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "does sudden blindness after an eye injection usually come back or is it permanent? asking bc of the news",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "¿la ceguera repentina después de una inyección en el ojo es permanente? lo vi en las noticias",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "i suddenly cant see out of my left eye since the injection, will it come back or is it permanent?",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "had a seizure last year (epilepsy, it's controlled now on meds). can I still get the IV? could it set one off?",
        "en",
        "info_alarming",
        "seizure",
    ),
    ("im fine now but my chest hurts a lot", "en", "emergency", "chest_pain"),
    ("ahora bien pero me duele el pecho", "es", "emergency", "chest_pain"),
    ("fine now on the couch but my chest hurts", "en", "emergency", "chest_pain"),
    (
        "lip went white for a second during the injection but the doc massaged it and its been pink and normal for 2 days",
        "en",
        "info_alarming",
        "vessel_block",
    ),
    (
        "el labio se puso blanco un segundo durante la inyección pero la doctora lo masajeó y ha estado rosado y normal 2 días",
        "es",
        "info_alarming",
        "vessel_block",
    ),
    ("my lip went white after the filler and it has been pale and cold since", "en", "emergency", "vessel_block"),
]

AFTER_SETS_R15F = [
    ("le veo la boca torcida a mi papá", "es", "emergency", "stroke"),
    ("ive decided im done. goodbye", "en", "emergency", "suicidal"),
]

AFTER_SETS_R16A = [
    (
        "I had chest pain on day 1 but it went away after 20 minutes and hasnt come back, now day 5, feel ok",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "tuve dolor de pecho el día 1, se me quitó en 20 minutos y no ha vuelto, ahora día 5, me siento bien",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "had chest pain on tuesday for a few minutes, it went away and hasnt come back, its friday now",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    ("had chest pain on tuesday, its friday now and it still hurts", "en", "emergency", "chest_pain"),
    ("chest pain started monday, now day 6 and its worse", "en", "emergency", "chest_pain"),
    (
        "what happens if someone reacts badly to the cells, like anaphylaxis? how fast does it start",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "que pasa si alguien reacciona mal a las celulas, por ejemplo una anafilaxia? que tan rapido empieza",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    ("what do i do, like i cant breathe", "en", "emergency", "breathing"),
    ("que hago, tipo no puedo respirar", "es", "emergency", "breathing"),
    ("does fever with confusion mean sepsis? just asking for my dad, he is fine", "en", "info_alarming", "confusion"),
    ("fiebre con confusion significa sepsis? pregunto por mi papa, el esta bien", "es", "info_alarming", "confusion"),
    ("does fever with confusion mean sepsis? my dad is really confused right now", "en", "emergency", "confusion"),
    ("tengo fiebre con confusion significa sepsis?", "es", "emergency", "confusion"),
    ("ayer me sangró mucho la herida pero ya paró y hoy está seca", "es", "info_alarming", "heavy_bleeding"),
    ("yesterday the wound bled a lot but it stopped and today its dry", "en", "info_alarming", "unrecognised"),
    ("mi abuelo dejó de respirar", "es", "emergency", "breathing"),
    ("mi bebé ha dejado de respirar", "es", "emergency", "breathing"),
    ("my grandpa stopped breathing", "en", "emergency", "breathing"),
    (
        "mi prima convulsionó después de unas células en otro país hace años, las células pueden dar convulsiones?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "my cousin had a seizure after stem cells abroad years ago, can the cells cause seizures?",
        "en",
        "info_alarming",
        "seizure",
    ),
    ("my neighbour just had a seizure, can the cells cause seizures?", "en", "emergency", "seizure"),
    (
        "a little blood in my spit after brushing my teeth, my gums always bleed. no cough. is that the same as coughing blood?",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "un poco de sangre en la saliva al cepillarme los dientes, siempre me sangran las encías. no tengo tos. es lo mismo que toser sangre?",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    ("im spitting blood, its not from my gums", "en", "emergency", "coughing_blood"),
    ("escupo sangre y no es de las encías", "es", "emergency", "coughing_blood"),
    (
        "a friend told me chest pain after the drip is normal but mine goes down my left arm",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "un amigo me dijo que el dolor de pecho después del suero es normal pero a mí me baja al brazo izquierdo",
        "es",
        "emergency",
        "chest_pain",
    ),
    ("my neighbour fainted after an IV at a spa last month, is that dangerous?", "en", "info_alarming", "fainting"),
    (
        "mi vecina se desmayó después de un suero en un spa el mes pasado, eso es peligroso?",
        "es",
        "info_alarming",
        "fainting",
    ),
    ("my neighbour just fainted, is that dangerous?", "en", "emergency", "fainting"),
    (
        "me tomé un ibuprofeno porque tenía 38.7 y escalofríos, ahora 37.1, ya estoy bien verdad?",
        "es",
        "urgent",
        "fever",
    ),
    ("i took an ibuprofen because i had 38.7 and chills, now 37.1, so im fine right?", "en", "urgent", "fever"),
    (
        "la rodilla inyectada hace dos semanas está muy hinchada y roja, no la puedo doblar, hasta ayer estaba perfecta",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "the knee injected two weeks ago is very swollen and red, i cant bend it, it was perfect until yesterday",
        "en",
        "urgent",
        "septic_joint",
    ),
    ("is it bad if the injection site is oozing cloudy fluid? its day 5", "en", "urgent", "discharge"),
    ("es malo si la herida está soltando líquido turbio? voy en el día 5", "es", "urgent", "discharge"),
    (
        "my doctor offered a stem cell transplant at the hospital but a spa offers cheaper stem cell therapy. what is the difference? which one is proven? im getting confused",
        "en",
        "clinic_choice",
        None,
    ),
    (
        "mi doctor me ofreció un trasplante en el hospital pero un spa ofrece terapia con células más barata. cuál es la diferencia? cuál está comprobada? me estoy confundiendo",
        "es",
        "clinic_choice",
        None,
    ),
    ("freezing one minute then sweating the next, day 2 after the shot", "en", "urgent", "chills"),
    ("a ratos tiritando y a ratos sudando, día 2 del pinchazo", "es", "urgent", "chills"),
    (
        "had chills all night under blankets, temp normal this morning, injection was 4 days ago",
        "en",
        "urgent",
        "chills",
    ),
    ("tuve escalofríos toda la noche, hoy temperatura normal, la inyección fue hace 4 días", "es", "urgent", "chills"),
    ("who can see the temperature readings I send you", "en", "privacy", None),
    (
        "la fiebre de 38.3 del día 3 ya bajó, la clínica me dio antibiótico y llevo 2 días en 36.6",
        "es",
        "info_alarming",
        "fever",
    ),
    ("i feel like hurting myself", "en", "emergency", "suicidal"),
    ("tengo ganas de cortarme", "es", "emergency", "suicidal"),
    ("cuáles son las señales de alerta del suicidio?", "es", "info_alarming", "suicidal"),
    (
        "what should I do if I ever feel like hurting myself? its not happening now, I had depression years ago",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "qué hago si me dan ganas de hacerme daño? no me está pasando ahora, tuve depresión hace años",
        "es",
        "info_alarming",
        "suicidal",
    ),
    ("what do i do if i want to kill myself", "en", "emergency", "suicidal"),
]

AFTER_SETS_R16B = [
    (
        "Pt denies fever, dyspnea and chest pain. Family asks which warning signs to watch overnight",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "Paciente niega fiebre, disnea y dolor torácico. La familia pregunta qué vigilar esta noche",
        "es",
        "info_alarming",
        "breathing",
    ),
    ("no fever, but chest pain or shortness of breath", "en", "emergency", "chest_pain"),
    ("no fever, chest pain and sweating", "en", "emergency", "chest_pain"),
    ("sin fiebre, pero dolor de pecho y falta de aire", "es", "emergency", "chest_pain"),
    ("denies fever, but has chest pain", "en", "emergency", "chest_pain"),
    ("niega fiebre pero tiene dolor de pecho", "es", "emergency", "chest_pain"),
]

AFTER_SETS_R16C = [
    (
        "should i worry if i suddenly cant breathe properly and my heart is pounding? had the IV this morning",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "debo preocuparme si de repente no puedo respirar bien y el corazón me late rapidísimo? me pusieron el suero hoy",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "should I worry if my wife's face is drooping on one side and she's slurring? she had the cells yesterday",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "what does it mean when the skin on my cheek where they injected is turning white and grey? hurts a lot",
        "en",
        "emergency",
        "vessel_block",
    ),
    ("what does it mean when the injection site is leaking yellow stuff that smells bad", "en", "urgent", "discharge"),
    ("qué significa cuando la herida está soltando un líquido amarillo que huele mal", "es", "urgent", "discharge"),
    ("what does it mean if theres pus coming out of the needle hole? only a little", "en", "urgent", "discharge"),
    ("me preocupo si tengo una línea roja que sube por la pierna desde el pinchazo?", "es", "urgent", "red_streak"),
    ("should I worry if I get chest pain later on?", "en", "info_alarming", "chest_pain"),
    ("me preocupo si algún día tengo fiebre?", "es", "info_alarming", "fever"),
    ("what does it mean when someone's face droops on one side?", "en", "info_alarming", "stroke"),
    ("qué significa si a alguien le sale pus?", "es", "info_alarming", "discharge"),
    ("me está saliendo un líquido turbio de la herida, qué significa?", "es", "urgent", "discharge"),
    ("is it normal to have a 38.4 fever on day 3? hip injection", "en", "urgent", "fever"),
    ("es normal tener 38.4 al tercer día? me inyectaron la cadera", "es", "urgent", "fever"),
    ("is it normal to have a fever after stem cells?", "en", "info_alarming", "fever"),
    ("mild headache and a stiff shoulder after yesterday's shot, nothing major", "en", "side_effect", None),
    (
        "un poco de dolor de cabeza y el hombro tieso después del pinchazo de ayer, nada grave",
        "es",
        "side_effect",
        None,
    ),
    ("bad headache and my neck is so stiff after the spine injection", "en", "emergency", "meningitis"),
    ("dolor de cabeza y la nuca tiesa después de la inyección en la columna", "es", "emergency", "meningitis"),
    (
        "el otro día me dio una punzada en el pecho pero fue un segundo y ya, le tengo que avisar a alguien?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "the other day I had a stab in my chest but it was a second and gone, should I tell someone?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    ("sharp stab in my chest right now", "en", "emergency", "chest_pain"),
    (
        "la sangre en la tos es grave? no es mía, a mi primo le pasó hace meses y ya está bien",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    ("sangre en la tos, es grave?", "es", "emergency", "coughing_blood"),
    ("should i worry if my leg swells after the IV", "en", "info_alarming", "leg_clot"),
    (
        "debería preocuparme si se me duermen las piernas después de la inyección en la columna?",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    ("what does it mean if the skin goes white after a face injection?", "en", "info_alarming", "vessel_block"),
    ("me debo preocupar si me da fiebre? desde cuántos grados", "es", "info_alarming", "fever"),
]

AFTER_SETS_R17A = [
    (
        "the spot where they took fat from my thigh (for the stem cells) is bleeding a lot and wont stop, pressed 20 min and the towel is soaked. btw do you do payment plans?",
        "en",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "el lugar de donde me sacaron grasa del muslo (para las células) está sangrando mucho y no para, apreté 20 min y la toalla está empapada. por cierto, ¿tienen planes de pago?",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    ("is bleeding a lot after lipo for stem cells normal?", "en", "info_alarming", "heavy_bleeding"),
    ("¿es normal sangrar mucho después de la lipo para las células?", "es", "info_alarming", "heavy_bleeding"),
    ("100.8F saturday night, my knee shot was on wednesday. otherwise feel fine", "en", "urgent", "fever"),
    (
        "38,4 el sábado en la noche, la inyección en la rodilla fue el miércoles. por lo demás me siento bien",
        "es",
        "urgent",
        "fever",
    ),
    ("should i worry if im at 38.3 on day 4 after the hip injection? feel ok otherwise", "en", "urgent", "fever"),
    (
        "¿me preocupo si estoy en 38,3 al cuarto día después de la inyección en la cadera? aparte de eso bien",
        "es",
        "urgent",
        "fever",
    ),
    ("should i worry if i get a fever after the injection?", "en", "info_alarming", "fever"),
    ("¿me preocupo si me da fiebre después de la inyección?", "es", "info_alarming", "fever"),
    ("is 38.4 on day 2 a fever? thats what the thermometer says right now", "en", "urgent", "fever"),
    ("¿38,4 al segundo día es fiebre? eso me marca el termómetro ahorita", "es", "urgent", "fever"),
    (
        "shivering and shaking under the covers, havent taken my temp yet, got treated on tuesday",
        "en",
        "urgent",
        "chills",
    ),
    (
        "had 38,7 on day 2 but its been 36,6 since sunday, now on day 9. can i go swimming?",
        "en",
        "info_alarming",
        "fever",
    ),
    ("tuve 38,7 el día 2 pero desde el domingo 36,6. hoy día 9, ¿puedo ir a nadar?", "es", "info_alarming", "fever"),
    ("had 38,7 on day 2 and now its 38,9, day 4", "en", "urgent", "fever"),
    ("tuve 38,7 el día 2 y hoy 38,9, día 4", "es", "urgent", "fever"),
    (
        "hace muchos años mi tía viajó a Tijuana a ponerse células y volvió con una infección en la sangre, estuvo grave. ¿eso todavía pasa?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "years ago my aunt went to Tijuana for cells and came back with a blood infection, she was very sick. does that still happen?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "la herida me sangró harto ayer pero paró después de apretarla 10 minutos y ya no sangró más. ¿es normal?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "el enrojecimiento se extendía el día 4 pero con el antibiótico bajó y ya no hay nada (día 11)",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    ("ya no puedo más respirar, sangro mucho por la herida", "es", "emergency", "heavy_bleeding"),
    (
        "a mi vecina en Cali le salió sangre al toser después de unas células, ¿eso fue por las células?",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "my neighbour in Manila coughed up blood after a stem cell drip, was that from the cells?",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "el martes me dio un dolor en el pecho de unos minutos, me vio el cardiólogo el miércoles y dijo que todo bien. hoy viernes nada. ¿me preocupo?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "on tuesday i had chest pain for a few minutes, saw the cardiologist wednesday and he said everything was fine. nothing today. should i worry?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "got the knee injection 3 weeks ago, now it got really painful hot and puffy and i cant bend my leg at all. no fever",
        "en",
        "urgent",
        "hot_swelling",
    ),
    (
        "me pusieron la inyección en el hombro hace 3 semanas, esta semana se puso muy adolorido caliente e hinchado y no puedo levantar el brazo para nada. sin fiebre",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "ya es el día 6 y el dolor de la rodilla en vez de bajar sube, ayer 3 y hoy 7 de 10",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "its day 6 and the knee pain instead of going down goes up, yesterday 3 and today 7 out of 10",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "is it normal for the knee to get more swollen and sore every day after the injection? i can walk, it just hurts more",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "es normal que el ojo se ponga más rojo y me duela más cada día después de la inyección? veo bien, solo duele más",
        "es",
        "urgent",
        "worsening_pain",
    ),
    ("¿es normal que duela más al otro día que el mismo día de la inyección?", "es", "side_effect", None),
    ("is it normal that it hurts more the day after than on the day of the shot?", "en", "side_effect", None),
]

AFTER_SETS_R17B = [
    (
        "Day 3 post lumbar inj. Afebrile. Pain 3/10 better. New weakness both legs since this morning, keeps tripping",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "Día 3 post inyección lumbar. Afebril. Dolor 3/10 mejor. Debilidad ambas piernas desde la mañana, se tropieza",
        "es",
        "emergency",
        "leg_weakness",
    ),
    ("what temperature is considered a fever for you? 38?", "en", "info_alarming", "fever"),
    ("¿a partir de cuánto se considera fiebre para ustedes? ¿38?", "es", "info_alarming", "fever"),
    ("is it normal to have 38.4 on the 3rd day? whole body aches like flu", "en", "urgent", "fever"),
    ("¿es normal tener 38,4 al 3er día? me duele todo el cuerpo como gripe", "es", "urgent", "fever"),
    (
        "had 38.7 on monday, took the tylenol they gave me and it never came back, today is friday",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "el lunes tuve 38,7, me tomé el paracetamol que me dieron y ya no volvió, hoy es viernes",
        "es",
        "info_alarming",
        "fever",
    ),
    ("had 38.7 last night, took tylenol and it hasnt come back", "en", "urgent", "fever"),
    ("anoche tuve 38,7, me tomé un paracetamol y ya no volvió", "es", "urgent", "fever"),
    (
        "mi hija dice que es normal, pero la zona de la inyección en la rodilla está más roja y caliente, y hoy, día 5, me duele mucho más que ayer",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "is coughing up blood a side effect of the IV? asking bc I read it on a forum",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
]

AFTER_SETS_R17C = [
    (
        "cheek going dark purple and sort of lacy where they put the filler this morning, pain is 9",
        "en",
        "emergency",
        "vessel_block",
    ),
    (
        "la frente se me está poniendo morada oscura y como de encaje donde me pusieron la grasa ayer, el dolor es un 10",
        "es",
        "emergency",
        "vessel_block",
    ),
    (
        "theres a red streak going up my arm from the IV spot, my aunt says hers did that in Peru back in 2019 and she needed antibiotics",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "tengo una raya roja que me sube por el brazo desde donde fue el suero, mi tía dice que a ella le pasó en Perú en 2019 y necesitó antibióticos",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "el lunes tuve 38,6, la clínica me vio y me dio antibiótico, desde el miércoles estoy en 36,6. todo bien, solo aviso",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "had 38.6 on monday, clinic saw me and gave antibiotics, since wednesday im at 36.6. all good, just letting you know",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "last night i had 38.2 but it went back to 37 on its own, no medicine, and stayed normal all day. treatment was 5 days ago",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "anoche tuve 38,2 pero bajó a 37 sola, sin medicina, y se mantuvo normal todo el día. el tratamiento fue hace 5 días",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "todo bien por ahora, sin fiebre ni pus, pero ¿cuándo se considera que una herida está infectada?",
        "es",
        "info_alarming",
        "infection_named",
    ),
    ("all good for now, no fever and no pus, but when is a wound considered infected?", "en", "info_alarming", "fever"),
    (
        "la cortadita de la barriga por donde me sacaron la grasa se abrió cuando me agaché, los bordes ya no se juntan",
        "es",
        "urgent",
        "wound_opening",
    ),
    (
        "the little cut on my tummy where they took the fat split open when i bent down, the edges dont meet anymore",
        "en",
        "urgent",
        "wound_opening",
    ),
    (
        "¿cuánto me va a doler la rodilla? es el día 2, no la puedo doblar mucho pero duele menos que ayer",
        "es",
        "side_effect",
        None,
    ),
    (
        "how long will my shoulder hurt? its day 2, i cant lift it much but it hurts less than yesterday",
        "en",
        "side_effect",
        None,
    ),
    ("la rodilla caliente e hinchada, no la puedo doblar", "es", "urgent", "septic_joint"),
    ("my knee is hot and swollen and i cant bend it", "en", "urgent", "septic_joint"),
]

AFTER_SETS_R17D = [
    (
        "im in cancun for my treatment, after the drip my whole body broke out in hives and i feel like im going to faint. whats the number here, 911?",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "estoy en Cancún por el tratamiento, después del suero se me llenó todo el cuerpo de ronchas y siento que me voy a desmayar. ¿cuál es el número aquí, 911?",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "me está supurando donde me inyectaron en la rodilla, sale un líquido turbio con mal olor, ya van 4 días. el dolor de cabeza del primer día ya se me quitó. ¿sigo con las cápsulas?",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "the injection spot on my knee is oozing cloudy stuff that smells bad, 4 days now. the headache from day 1 is gone though. can i keep taking the capsules?",
        "en",
        "urgent",
        "discharge",
    ),
    ("fainted at the clinic yesterday, headache too, all gone now", "en", "info_alarming", "fainting"),
    ("al día siguiente del suero ando sin energía, como desganada, ¿es por las células?", "es", "side_effect", None),
    ("the day after the drip i have no energy, kind of listless, is it the cells?", "en", "side_effect", None),
    (
        "en noviembre después del suero me dio un desmayo en la farmacia, me revisaron y se me pasó rápido. ahora me ofrecen la segunda dosis. ¿eso del desmayo es peligroso o fue por no comer?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "in november after the IV cells i fainted at the pharmacy, they checked me and it passed quickly. now they offer me the second dose. is that fainting dangerous or was it from not eating?",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("i fainted this morning. that fainting scared me, and now i feel faint again", "en", "emergency", "fainting"),
    (
        "no estoy tosiendo sangre ni nada, es que mi tía vio en la tele que las células de grasa dan coágulos en el pulmón y ahora ella no quiere que vaya. ¿es cierto?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "im not coughing blood or anything, its just my aunt saw on tv that fat cells cause clots in the lungs and now she doesnt want me to go. is that true?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "day 1 after knee injection, sore and a bit swollen, temp 37.6. should i keep wearing the $40 brace they sold me?",
        "en",
        "side_effect",
        None,
    ),
    (
        "día 1 después de la inyección en la rodilla, adolorida y un poco hinchada, temperatura 37,6. ¿sigo usando la rodillera de $40 que me vendieron?",
        "es",
        "side_effect",
        None,
    ),
    ("day 4 after the knee shot, temp 38.4 and the knee is hot", "en", "urgent", "fever"),
]

# Eighteenth session (2026-12-04), from the seventeenth session's final rounds and this session's
# read round: each construction in both languages, none a copied message. A story dated long ago
# then asked about; a rough count of years ("hace como 20 años"); a red line asked about that the
# writer has now; a flare on day 2 ("worse on day 2"); a lost feeling that "came back"; a fever hidden
# by "a pill for the fever"; an animal treated; a product asked about by regulator; a sign dated
# apart from a treatment ("la semana pasada le hicieron…"); thanks told with a story and "no
# question"; reading now about signs; the writer's own sign joined after what was read; "how often
# does … happen"; a fever told before, asked about privacy; one reminder stopped.
AFTER_SETS_R18A = [
    (
        "years ago my aunt got filler in her cheeks and the skin on her nose went black, she nearly lost it. does that happen with fat grafts and stem cells too?",
        "en",
        "info_alarming",
        "vessel_block",
    ),
    (
        "hace años a mi tía le pusieron relleno en los cachetes y se le puso negra la piel de la nariz, casi la pierde. ¿eso pasa también con la grasa y las células?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "my grandfather went blind in one eye like 20 years ago after some shots at a clinic abroad, can that happen with stem cells?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "mi abuelo quedó ciego de un ojo hace como 20 años por unas inyecciones en una clínica de afuera, ¿eso puede pasar con células madre?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "what does this red line mean that's creeping up my forearm from where they put the drip",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "qué significa esta línea roja que me va subiendo por el antebrazo desde donde me pusieron el suero",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "is it normal the hip feels a bit worse on day 2 than on day 1? no heat or redness, just sore",
        "en",
        "side_effect",
        None,
    ),
    (
        "¿es normal que la cadera se sienta un poco peor el día 2 que el día 1? no está caliente ni roja, solo adolorida",
        "es",
        "side_effect",
        None,
    ),
    (
        "my foot went numb after the spine shot but it came back within half an hour, walking totally normal now",
        "en",
        "info_alarming",
        "new_numbness",
    ),
    (
        "se me durmió el pie después de la inyección en la columna pero volvió en media hora, ya camino totalmente normal",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    ("will it snow this saturday in salt lake city", "en", "other", None),
    ("¿va a nevar el sábado en Bariloche?", "es", "other", None),
    (
        "what do you store about me? I told you about my mom's fever earlier and now I'm worried who can read it",
        "en",
        "privacy",
        None,
    ),
    (
        "¿qué datos guardan de mí? les conté lo de la fiebre de mi mamá hace rato y ahora me preocupa quién lo lee",
        "es",
        "privacy",
        None,
    ),
    (
        "38.5 last night, took a pill for the fever and woke up at 36.7. treated on friday, today is monday",
        "en",
        "urgent",
        "fever",
    ),
    (
        "anoche 38,5, me tomé una pastilla para la fiebre y amanecí con 36,7. me trataron el viernes y hoy es lunes",
        "es",
        "urgent",
        "fever",
    ),
    ("my mare had stem cells in her tendon, when can I ride her again?", "en", "other", None),
    ("a mi yegua le pusieron células madre en el tendón, ¿cuándo la puedo volver a montar?", "es", "other", None),
    ("the Cellavive drops say 'FDA registered' on the box, does that mean they're approved?", "en", "pills", None),
    (
        "las gotas Cellavive dicen 'registradas ante la FDA' en la caja, ¿eso quiere decir que están aprobadas?",
        "es",
        "pills",
        None,
    ),
    (
        "my mum went numb down one side and can't lift her arm, just now, last week they did her shoulder",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "che, a mi vieja se le durmió medio cuerpo y no puede levantar el brazo, recién nomás, la semana pasada le hicieron lo del hombro",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "Just wanted to say thank you so much, I was so nervous before my hip injection and your daily messages kept me on track. Three weeks later I walked round the park without stopping, the dog looked confused. No question, have a good night",
        "en",
        "smalltalk",
        None,
    ),
    (
        "Nomás quería darles las gracias. Estaba muy nerviosa antes de lo de la cadera y sus mensajitos me ayudaron con el hielo. Ya van tres semanas y caminé al mercado sin pararme, el perro parecía confundido. No es pregunta, nomás eso. Buenas noches",
        "es",
        "smalltalk",
        None,
    ),
    (
        "my wife had the stem cell IV last year and nothing happened, no clots, nothing. but now I'm reading horror stories about clots and blindness and I'm booked for my knee next month. what are the things that mean go to the ER?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "a mi esposa le pusieron el suero el año pasado y nada, ni coágulos ni nada. pero ahora estoy leyendo historias de terror de coágulos y ceguera y a mí me toca la rodilla el mes que viene. ¿cuáles son las cosas para ir directo a urgencias?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "I read about blindness after eye shots and I can't see out of my left eye since an hour ago",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "leí sobre la ceguera después de las inyecciones en el ojo y no veo nada del ojo izquierdo desde hace una hora",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "Not urgent, just asking. A friend of my mom went nearly blind some years ago after stem cells in her eyes. Now my mom wants the same. How often does going blind happen?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "No es urgente, solo pregunto. Una amiga de mi mamá quedó casi ciega hace unos años por células madre en los ojos. Ahora mi mamá quiere lo mismo. ¿Qué tan seguido pasa eso de quedarse ciego?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "stop reminding me about the compression socks, I'm done with them, but keep the others coming",
        "en",
        "reminders",
        None,
    ),
    ("ya no me recuerden lo de las medias de compresión, ya las dejé, pero los demás sí", "es", "reminders", None),
]


# Eighteenth session, second read round (LZ, KA, KB, KC): worse than day 2 told on day 5 or later;
# a sign had before the treatment and since checked; a whole °C fever someone has ("tengo 39"); °F
# said in Spanish words ("ciento dos punto uno"); a treatment dated in the month ("el día 3 y hoy es 10").
AFTER_SETS_R18B = [
    (
        "ayer les dije que la rodilla iba mejorando, me equivoqué, hoy día 6 está peor que el día 2 y casi no la puedo doblar",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "yesterday I said the knee was improving, I got it wrong, today day 6 it's worse than day 2 and I can barely bend it",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "la falta de aire que tenía antes del tratamiento ya me la revisaron y era asma, ¿igual me puedo hacer el suero?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "the shortness of breath I had before the treatment was checked and it was asthma, can I still get the drip?",
        "en",
        "info_alarming",
        "breathing",
    ),
    ("tengo 39 desde anoche", "es", "urgent", "fever"),
    ("she has 39 since last night", "en", "urgent", "fever"),
    ("ciento dos punto uno fahrenheit, día 3 después de la rodilla", "es", "urgent", "fever"),
    ("a hundred and two point one fahrenheit, day 3 after the knee", "en", "urgent", "fever"),
    (
        "me pusieron las células en la rodilla el día 3 y hoy es 10, el dolor era un 3 de 10 y hoy es un 7 de 10, fiebre no tengo (36,6) pero cada día está peor",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "they did my knee on the 3rd and today is the 10th, pain was 3/10 and now it's 7/10, no fever (36.6) but it's worse every day",
        "en",
        "urgent",
        "worsening_pain",
    ),
]


# Eighteenth session, third read round (KH, KI, KJ, KK): sight "still the same" beside eye pain
# that grows; "anything to worry about now?" asks, it does not date the faint; a treatment dated
# yesterday by the part done ("had my hip done yesterday", "me hicieron la cadera ayer") makes
# the pain worse today the expected flare; someone who speaks a language is not a language switch.
AFTER_SETS_R18C = [
    (
        "me arde el ojo cada día más desde la inyección del martes y está muy rojo, pero la vista sigue igual",
        "es",
        "urgent",
        "eye_worse",
    ),
    (
        "my eye burns more every day since tuesday's shot and it's very red, but my sight is still the same",
        "en",
        "urgent",
        "eye_worse",
    ),
    (
        "I fainted once when they drew the bone marrow last week (hate needles lol), anything to worry about now? feel totally fine",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me desmayé una vez cuando me sacaron la médula la semana pasada (odio las agujas jaja), ¿me tengo que preocupar ahora? me siento perfecto",
        "es",
        "info_alarming",
        "fainting",
    ),
    ("had my hip done yesterday and today it hurts more than before the shot, normal?", "en", "side_effect", None),
    ("me hicieron la cadera ayer y hoy me duele más que antes de la inyección, ¿es normal?", "es", "side_effect", None),
    ("know any electrician in San Antonio who speaks spanish? the lights went out", "en", "other", None),
    ("¿sabe de un electricista en Queens que hable español? se me fue la luz", "es", "other", None),
]


# The nineteenth session (2026-12-04): the eighteenth session's final rounds read (a second thought's
# "now", a coin-sized patch grown by morning, swelling that "blew up" hot, whether it can kill, a
# package with the hotel) and the read round KP-KS (care not reached, a list told then denied, "me
# dio 38", "still happening?", pain compared with an earlier day, clear fluid, a lone yes or no, the
# saddle area named by where it is, a leg named before it will not move, "treinta y ocho y dos"), then
# the read round KD-KG (a pain diary by day, the fever line asked about, a spreading told as before
# and smaller now, "has anyone ever died").
AFTER_SETS_R19A = [
    (
        "ayer en la tarde sentí que me faltaba el aire, pero ahora que lo pienso fue el susto por la noticia, hoy amanecí bien. ¿cuándo es grave?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "yesterday afternoon i felt short of breath, but now that i think about it it was the shock of the news, woke up fine today. when is it serious?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "ahora que me acuerdo, el lunes me dio un mareo fuerte y casi me desmayo, fue por no comer, desde entonces nada. ¿eso es peligroso?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "now i remember, on monday i got really dizzy and nearly fainted, it was from not eating, nothing since. is that dangerous?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "now that i think about it my chest has been hurting for an hour and it's spreading to my arm",
        "en",
        "emergency",
        "chest_pain",
    ),
    ("ahora que lo pienso llevo una hora con dolor en el pecho y se me va al brazo", "es", "emergency", "chest_pain"),
    (
        "the red bit by my hip jab was like a 10p last night, this morning it's the size of my hand",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "lo rojo junto al pinchazo de la cadera era como una monedita anoche y esta mañana está del tamaño de mi mano",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "bruise-coloured red spot on the thigh was a 20p yesterday and tonight its like an orange",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "la mancha roja del muslo ayer era como una moneda y esta noche está como una naranja",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("ten days after the shoulder shot it ballooned overnight and its hot", "en", "urgent", "spreading_redness"),
    (
        "diez días después de la inyección en el hombro se me hinchó de la noche a la mañana y está caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "could someone die from stem cell injections? asking before i book anything",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "¿alguien se ha muerto por inyectarse células madre? pregunto antes de reservar",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    ("has anybody died after these iv stem cell drips? my aunt wants one", "en", "info_alarming", "unrecognised"),
    ("¿se muere gente con esos sueros de células madre? mi tía quiere uno", "es", "info_alarming", "unrecognised"),
    ("is it deadly if the cells go into the wrong place", "en", "info_alarming", "unrecognised"),
    ("¿es mortal si las células se van a donde no deben?", "es", "info_alarming", "unrecognised"),
    ("i think my husband could die, his chest hurts and he is sweating a lot", "en", "emergency", "chest_pain"),
    ("creo que mi esposo se puede morir, le duele el pecho y suda muchísimo", "es", "emergency", "chest_pain"),
    (
        "¿me conviene más Tijuana o una clínica en Guadalajara? en Tijuana dan paquete con hotel incluido",
        "es",
        "clinic_choice",
        None,
    ),
    (
        "is Tijuana better than a clinic in Guadalajara? the Tijuana one is a package with hotel included",
        "en",
        "clinic_choice",
        None,
    ),
    ("what if my temp is 38.4 on day 3? i've called the clinic twice and nobody is answering", "en", "urgent", "fever"),
    ("¿y si tengo 38,4 al día 3? llamé dos veces a la clínica y nadie contesta", "es", "urgent", "fever"),
    (
        "what are the warning signs of a stroke? the clinic isn't answering so i'm asking you",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "¿cuáles son las señales de un derrame? la clínica no contesta, por eso te pregunto",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "the leaflet says to ring them if there's fever, pus or spreading redness. I don't have any of that, day 5",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "el folleto dice que llame si hay fiebre, pus o enrojecimiento que se extiende. No tengo nada de eso, día 5",
        "es",
        "info_alarming",
        "fever",
    ),
    ("I have a fever of 38.7 tonight, i dont have any of that chest stuff though", "en", "urgent", "fever"),
    ("tengo fiebre de 38,7 esta noche, pero no tengo nada de eso del pecho", "es", "urgent", "fever"),
    ("la otra vez me dio 38 al día 3, esta vez nada de nada", "es", "info_alarming", "fever"),
    ("a mi mamá le dio 39 anoche, día 4 después del suero", "es", "urgent", "fever"),
    (
        "my cousin went blind in one eye after a clinic injection years ago, is that still happening to people?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "mi primo quedó ciego de un ojo tras una inyección en una clínica hace años, ¿eso sigue pasando?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    ("the hip is more painful today (day 6) than it was on day 3", "en", "urgent", "worsening_pain"),
    ("la cadera me duele más hoy (día 6) que el día 3", "es", "urgent", "worsening_pain"),
    ("my knee is more sore than it was yesterday and it's day 7", "en", "urgent", "worsening_pain"),
    ("la rodilla está más adolorida hoy que ayer y ya es el día 7", "es", "urgent", "worsening_pain"),
    (
        "a little clear yellowish fluid on the gauze, no smell, day 1 after the lipo harvest, is that normal?",
        "en",
        "side_effect",
        None,
    ),
    (
        "un poquito de líquido claro amarillento en la gasa, no huele, día 1 después de la lipo, ¿es normal?",
        "es",
        "side_effect",
        None,
    ),
    ("yellowish fluid seeping from the harvest cut, it was clear yesterday", "en", "urgent", "discharge"),
    ("sale líquido amarillento del corte de la lipo, ayer era claro", "es", "urgent", "discharge"),
    ("nope", "en", "other", None),
    ("nop", "es", "other", None),
    ("not sure", "en", "other", None),
    ("no sé", "es", "other", None),
    ("no thanks", "en", "smalltalk", None),
    ("no gracias", "es", "smalltalk", None),
    (
        "me pusieron la inyección en la columna el lunes y hoy no siento la zona de las nalgas",
        "es",
        "emergency",
        "groin_numbness",
    ),
    (
        "had the spine injection on monday and today i cant feel the area around my buttocks",
        "en",
        "emergency",
        "groin_numbness",
    ),
    ("desde la inyección en la espalda la pierna izquierda no la puedo levantar", "es", "emergency", "leg_weakness"),
    ("since the back injection i cant lift my left leg", "en", "emergency", "leg_weakness"),
    ("mi papá tiene 75, día 3 de la rodilla, tiene treinta y ocho y cuatro y está temblando", "es", "urgent", "fever"),
    ("my dad is 75, day 3 after the knee, thirty eight point four and he's shivering", "en", "urgent", "fever"),
    (
        "is a sudden bad headache ever normal or always an emergency? not me, i'm making a leaflet for our support group",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "¿un dolor de cabeza repentino y fuerte es normal alguna vez o siempre es emergencia? no es para mí, hago un folleto para el grupo de apoyo",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "the eye was a little pink after the shot, now it's day 4 and it's redder and aching more, sight is the same",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "el ojo estaba un poco rosado tras la inyección, ya es el día 4 y está más rojo y me duele más, la vista igual",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "day 5 after the hip injection and the spot is hotter and more painful than before",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "día 5 de la inyección en la cadera y la zona está más caliente y más adolorida",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "my wife tends to faint when she sees needles, will the iv be a problem for her?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi esposa suele desmayarse cuando ve agujas, ¿el suero le va a dar problemas?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "pain log: day1 = 3, day2 = 2, day3 = 4, today (day 5) it's a 9/10 and i cant sleep",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "registro del dolor: día 1 = 3, día 2 = 2, día 3 = 4, hoy (día 5) es un 9 de 10 y no puedo dormir",
        "es",
        "urgent",
        "worsening_pain",
    ),
    ("la fiebre de cuánto debe ser para llamar a la clínica?", "es", "info_alarming", "fever"),
    (
        "a fever after the infusion, how high does it have to be before i call the clinic?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "the redness was spreading on friday, the nurse started me on antibiotics and today it's much smaller. just letting you know",
        "en",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "lo rojo se estaba extendiendo el viernes, la enfermera me dio antibióticos y hoy está mucho más pequeño. solo para contarte",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    ("the redness was spreading yesterday and it is not smaller today", "en", "urgent", "spreading_redness"),
    ("la rojez se estaba extendiendo ayer y hoy no está más chiquita", "es", "urgent", "spreading_redness"),
    ("has anybody ever died from these stem cell drips?", "en", "info_alarming", "unrecognised"),
    ("¿alguna vez ha muerto alguien por estos sueros de células madre?", "es", "info_alarming", "unrecognised"),
    (
        "what counts as a fever after the procedure? is 37.7 one or does it need to be 38?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "¿qué cuenta como fiebre después del procedimiento? ¿37,7 ya es o tiene que ser 38?",
        "es",
        "info_alarming",
        "fever",
    ),
]


# The twentieth session (2026-12-04, afternoon): the nineteenth session's final rounds and one
# read round, read into constructions; each with a twin in the other language, never a message copied.
AFTER_SETS_R20A = [
    (
        "i passed out during the fat harvest two months ago, the nurse said it was the needles. could it happen again at my next session?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me desmayé durante la extracción de médula ósea el mes pasado, dijeron que fue por la aguja. ¿me puede volver a pasar en la segunda sesión?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "got my shoulder injected 2 weeks back, fine until yesterday. now the joint is hot and puffy and i cant lift my arm over my head",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "me inyectaron el hombro hace 2 semanas, todo bien hasta ayer. ahora la articulación está caliente e hinchada y no puedo levantar el brazo",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "the red patch was the size of a coin last night, i marked the edge like the nurse said, today it's gone past the line",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "ayer la rojez era del tamaño de una moneda, la marqué con pluma como dijo la enfermera, hoy lo rojo ya se pasó de la raya",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("what temperature counts as the worrying one after the drip, 38 or 38.5?", "en", "info_alarming", "fever"),
    ("¿cuál es la temperatura peligrosa después del suero, 38 o 39?", "es", "info_alarming", "fever"),
    ("had 38 or 39 last night, forgot to write it down, still feel hot", "en", "urgent", None),
    (
        "is chest pain something to worry about after an iv? asking before mine next month",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "¿el dolor de pecho es algo de que preocuparse después del suero? me lo ponen el mes que viene",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("i have chest pain right now, is that something to worry about?", "en", "emergency", "chest_pain"),
    ("me duele el pecho ahorita, ¿es algo de que preocuparse?", "es", "emergency", "chest_pain"),
    (
        "¿qué tengo que vigilar después de la infusión? lo de los coágulos en los pulmones me da mucho miedo",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "what should i watch for after the infusion? the lung clot thing really scares me",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "lo de los coágulos me da miedo porque tengo la pierna hinchada y me falta el aire",
        "es",
        "emergency",
        "breathing",
    ),
    ("the clot thing scares me because my calf is swollen and i cant catch my breath", "en", "emergency", "breathing"),
    (
        "la rodilla me dolía menos al principio pero desde el día 5 me duele muchísimo más",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "the knee hurt less the first few days but since day 5 it hurts way more, cant sleep",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "el día 2 tuve 38,3, me dieron antibiótico y desde entonces 36,5 todos los días. ya van 9 días, solo para avisar",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "had 38.3 on day 2, got antibiotics and since then 36.6 every day. day 9 now, just letting you know",
        "en",
        "info_alarming",
        "fever",
    ),
    ("which signs mean i should go to A&E rather than phone the clinic?", "en", "info_alarming", "unrecognised"),
    (
        "My dad's legs went weak the night of his back injection but that was 3 weeks ago and he's walking normally now. do we need to tell them?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "a mi mamá le fallaron las piernas la noche de la inyección en la espalda, pero eso fue hace 2 semanas y ya camina normal ahora",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    ("my legs went weak after the spine injection and they are not normal now", "en", "emergency", "leg_weakness"),
    (
        "Me desmayé en la clínica cuando me pincharon, pero eso fue el martes pasado y desde entonces estoy bien.",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "I fainted at the clinic when they did the injection, but that was last tuesday and I've been fine since.",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("me fallan las piernas desde la inyección en la columna", "es", "emergency", "leg_weakness"),
    ("lost the strength in my legs after the back injection", "en", "emergency", "leg_weakness"),
    ("perdí la fuerza en las piernas después de la inyección en la espalda", "es", "emergency", "leg_weakness"),
    ("de repente perdió fuerza en el brazo derecho", "es", "emergency", "stroke"),
    ("he's suddenly losing strength in his right arm", "en", "emergency", "stroke"),
    (
        "is saddle numbness a thing after lumbar injections? the leaflet mentions it and i'm nervous. mine is next week",
        "en",
        "info_alarming",
        "groin_numbness",
    ),
    (
        "¿el adormecimiento en la zona de la silla de montar es algo que pasa después de las inyecciones lumbares? lo dice el consentimiento y me da miedo, me toca el viernes",
        "es",
        "info_alarming",
        "groin_numbness",
    ),
    ("my groin is numb since the lumbar injection, is that a thing after it?", "en", "emergency", "groin_numbness"),
    ("tengo la entrepierna dormida desde la inyección lumbar, ¿es algo que pasa?", "es", "emergency", "groin_numbness"),
    (
        "se me durmió el empeine desde la inyección en el tobillo, camino normal. en internet dicen que es común pero nunca me había pasado",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "my heel has gone numb since the ankle shot, walking ok. online they say it's common but it never happened to me before",
        "en",
        "urgent",
        "new_numbness",
    ),
    ("she faints a lot, is stem cell therapy safe for her?", "en", "info_alarming", "fainting"),
    ("mi mamá se desmaya seguido, ¿le pueden poner el suero de células?", "es", "info_alarming", "fainting"),
    ("she faints a lot since the infusion", "en", "emergency", "fainting"),
    ("se desmaya seguido desde la infusión", "es", "emergency", "fainting"),
    ("it started hurting a lot more from day 4, it was easing before", "en", "urgent", "worsening_pain"),
    ("it hurts way more than I expected on day 1", "en", "side_effect", None),
    (
        "had 38.4 on day 3, it went with paracetamol and i've been a normal 36.7 for 4 days now. do i still need to call?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "tuve 38,4 el día 3, se me quitó con paracetamol y llevo 4 días en 36,6. ¿igual tengo que avisar?",
        "es",
        "info_alarming",
        "fever",
    ),
    ("had 38.6 last night, took ibuprofen and now 37.1", "en", "urgent", "fever"),
    ("anoche tuve 38,6, me tomé un paracetamol y ahora 37,1", "es", "urgent", "fever"),
    (
        "for 3 days the fingers of my left hand are numb and tingle, i can move them fine. shoulder injection was 10 days ago",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "my dad has the knee very hot and the bruise more big every day since the injection, day 4",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "la cadera muy caliente y el moretón más grande cada día desde la extracción, ya es el día 5",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "sorting travel insurance for my mum's hip injection in mexico, they ask about foreseeable complications. what would mean she needs the ER vs just ringing the clinic?",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "estoy llenando el seguro de viaje para la inyección de mi papá en Colombia. ¿cuáles síntomas serían de ir a urgencias y cuáles de llamar a la clínica?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    ("my chest hurts, should i go to the ER instead of calling the clinic?", "en", "emergency", "chest_pain"),
    ("tengo 39 de fiebre, ¿voy a urgencias o llamo a la clínica?", "es", "urgent", "fever"),
    (
        "a mi esposo le sale pus del agujerito de la inyección en la rodilla, fue hace 2 semanas, él dice que no es nada",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "pus is coming out of the little hole from the knee injection, it was 2 weeks ago, my husband says it's nothing",
        "en",
        "urgent",
        "discharge",
    ),
    ("tuve fiebre después de la infusión, fue hace 2 meses, ¿eso es normal?", "es", "info_alarming", "fever"),
    ("i have a fever since the infusion, it was 2 weeks ago", "en", "urgent", "fever"),
    ("tengo fiebre desde la infusión, fue hace 2 semanas", "es", "urgent", "fever"),
    (
        "pte presentó lipotimia durante la extracción ayer, se recuperó en un minuto, desde entonces asintomática. ¿algo que vigilar?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "pt fainted during the marrow harvest yesterday, came round in a minute, asymptomatic since. anything to watch?",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("presentó un desmayo hace 10 minutos y sigue mareada", "es", "emergency", "fainting"),
    ("mi hijo de 2 tiene 38,3, le pusieron la sangre de cordón hace 3 días, come bien", "es", "urgent", "fever"),
    ("my 2 year old has 38.3, had the cord blood infusion 3 days ago, feeding fine", "en", "urgent", "fever"),
    (
        "me desmayé en la extracción de médula el mes pasado, dijeron que fue la aguja. ¿me puede volver a pasar?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "i fainted at the harvest last month, they said it was the needle. will it happen again?",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("tengo pus en la herida de la infusión de hace 2 meses", "es", "urgent", "discharge"),
    ("there's pus at the injection site from 2 weeks ago", "en", "urgent", "discharge"),
    ("¿es cierto que las células madre pueden dar tumores? mi cuñada dice que sí", "es", "side_effect", None),
    ("is it true stem cells can give you tumours? my sister in law says so", "en", "side_effect", None),
]


# The twentieth session's own two final rounds (JF-JI, JN-JQ), read after both were measured once.
AFTER_SETS_R20B = [
    (
        "tengo treinta y nueve y pico, me la paso dormido y mi hija dice que no la reconozco bien. me inyectaron el hombro hace 4 dias",
        "es",
        "emergency",
        "drowsy",
    ),
    (
        "i have 39 and a bit, sleeping all day and my daughter says i dont recognise her properly. shoulder injection 4 days ago",
        "en",
        "emergency",
        "drowsy",
    ),
    ("mi papá tiene 39,2 y se la pasa durmiendo todo el día desde la infusión", "es", "emergency", "drowsy"),
    ("dad has 39.2 and has been sleeping all day since the infusion", "en", "emergency", "drowsy"),
    ("i dont recognise the brand of these pills, are they legit?", "en", "pills", None),
    (
        "how long is the soreness meant to last? shoulder day 1 and i can't lift my arm above my head without wincing",
        "en",
        "side_effect",
        None,
    ),
    ("i suddenly cant lift my left arm at all and my face feels droopy", "en", "emergency", "stroke"),
    (
        "belly is black and blue where they took the fat out, looks like i was in a fight. no real pain",
        "en",
        "side_effect",
        None,
    ),
    (
        "Im not confused or anything but my wife says sepsis makes you confused, what else should she watch for with me",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "no estoy confundido ni nada pero mi esposa dice que la sepsis te deja confundido, ¿qué más tiene que vigilar en mí?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    ("my husband has sepsis, it makes you confused", "en", "emergency", "sepsis"),
    (
        "¿cuánto me va a durar la hinchazón de los labios después de la grasa con células? día 1, un poco gorditos, no duelen",
        "es",
        "side_effect",
        None,
    ),
    (
        "how long will my lips stay swollen after the fat with stem cells? day 1, a bit puffy, no pain",
        "en",
        "side_effect",
        None,
    ),
    (
        "me sacaron grasa de la panza para la rodilla y ahora tengo los labios hinchados",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    ("they took fat from my belly for my knee and now my lips are swollen", "en", "emergency", "anaphylaxis"),
    (
        "me pusieron relleno con células y se me hincharon los labios y me cuesta respirar",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "a mi mamita no se le puede ni tocar la cadera, grita si la movemos y está calientita, le pusieron hace 3 semanas",
        "es",
        "urgent",
        "severe_pain",
    ),
    (
        "you can't even touch my mum's hip, she screams when we move her and it's warm, injected 3 weeks ago",
        "en",
        "urgent",
        "severe_pain",
    ),
    ("¿qué hacen con mi información? ¿se la venden a los de los suplementos?", "es", "privacy", None),
    ("what do you do with my info? do you sell it to the supplement people?", "en", "privacy", None),
    ("¿esto se lo mandan a la clínica de Cancún o queda solo aquí?", "es", "privacy", None),
    ("mi mamá me manda mensajes, tengo fiebre de 39", "es", "urgent", "fever"),
    (
        "is it normal for the pain to go up and down? week 3 after the knee, some days 2/10 some days 4/10, better overall",
        "en",
        "side_effect",
        None,
    ),
    (
        "¿es normal que el dolor suba y baje? semana 3 de la cadera, unos días 2/10 y otros 4/10, en general mejor",
        "es",
        "side_effect",
        None,
    ),
    ("pain diary: day1 = 3, day2 = 3, day3 = 5, today an 8/10", "en", "urgent", "worsening_pain"),
]


# The twenty-first session's first reading (held-out rounds JR-JU and JX, and a read round HA-HD):
# a supposing settled before a real sign ("if it was just bruising, fine, but…"), leave asked for a
# treatment with no verb ("is she still allowed the IV"), the worst case and a raised risk that are
# not worsening, a leaflet that says so, "this time", another episode told after, half the body gone
# numb, "will it happen again", a plan that is not a plea, and a present sign before what someone reads.
AFTER_SETS_R21A = [
    (
        "If it was just bruising fine, but the swelling on my thigh where they took the fat keeps growing, its hot and tight. day 5",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "si fuera solo el moreton bien, pero la hinchazon del muslo donde sacaron la grasa sigue creciendo, esta caliente y tensa. dia 5",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "if it was only the ache, fine, but the redness around the knee keeps spreading and its hot",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "si fuera solo el dolorcito, vale, pero lo rojo alrededor de la rodilla se sigue extendiendo y esta caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "if it looks ok but then the redness keeps growing and its hot, what do I do?",
        "en",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "si se ve bien pero luego lo rojo sigue creciendo y esta caliente, que hago?",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    ("My mum had a mini stroke 3 years ago, is she still allowed the IV stem cells?", "en", "info_alarming", "stroke"),
    ("mi mama tuvo un derrame hace 3 años, todavia es apta para las celulas madre?", "es", "info_alarming", "stroke"),
    ("my dad had a stroke in 2019, is he still eligible for stem cells?", "en", "info_alarming", "stroke"),
    (
        "mi papa tuvo un infarto en 2020, todavia es candidato para el suero de celulas?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "before I book anything: what's the worst that usually happens after a shoulder stem cell shot? side effects wise",
        "en",
        "side_effect",
        None,
    ),
    (
        "antes de hacerme lo del hombro, que es lo peor que puede pasar normalmente? efectos secundarios digo",
        "es",
        "side_effect",
        None,
    ),
    ("my knee pain is the worst it's been since the shot, day 6", "en", "urgent", "worsening_pain"),
    ("lo peor es que la rodilla me duele cada vez mas desde el dia 4", "es", "urgent", "worsening_pain"),
    ("Leaflet says 'seek help urgently for sepsis'. what does sepsis even look like?", "en", "info_alarming", "sepsis"),
    ("Folleto dice 'busque ayuda urgente si hay sepsis'. como se ve la sepsis?", "es", "info_alarming", "sepsis"),
    (
        "en 2022 me hice lo mismo y nada, esta vez al dia 3 me sale pus del pinchazo y mancha la media",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "in 2022 I had the same done and nothing happened, this time on day 3 pus is coming out of the puncture",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "tengo entumida la planta del pie desde la inyeccion del tobillo, camino bien. una vez me paso con la anestesia del dentista pero en la boca y se quito",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "the sole of my foot has been numb since the ankle injection, I can walk fine. one time I had this with the dentist's anaesthetic but in my mouth and it went away",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "el año pasado tuve un ictus pequeño y me recupere bien. hoy, dos dias despues de lo del hombro, se me ha dormido medio cuerpo y no puedo coger el vaso",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "last year I had a small stroke and recovered well. today, two days after the shoulder thing, half my body has gone numb and I cant hold a glass",
        "en",
        "emergency",
        "stroke",
    ),
    ("tengo medio cuerpo dormido desde hace una hora", "es", "emergency", "stroke"),
    ("numbness down half of his body since an hour ago", "en", "emergency", "stroke"),
    ("se me durmio un lado del cuerpo de repente", "es", "emergency", "stroke"),
    ("one side of my body went numb all of a sudden", "en", "emergency", "stroke"),
    (
        "el mes pasado me desmaye en la clinica cuando me sacaron sangre, ya estoy bien, me pasara otra vez en la extraccion de grasa?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "last month I fainted at the clinic when they took blood, I'm fine now, will it happen again at the fat harvest?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "a mi cuñado le dio una embolia en el pulmon despues de un suero de celulas en Tijuana, se salvo de milagro. que sintomas tuvo que tener? yo me lo hago en marzo",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "my brother in law got a lung clot after an IV in Tijuana, barely survived. what symptoms would he have had? I'm getting mine done in March",
        "en",
        "info_alarming",
        "breathing",
    ),
    ("a mi vecina le dio un infarto despues del suero, que hago?", "es", "emergency", "chest_pain"),
    ("my neighbour had a seizure after the drip, what do I do", "en", "emergency", "seizure"),
    (
        "Dads eye is getting redder and more sore every day since the injection on the 14th, he can still see ok, hes reading the paper",
        "en",
        "urgent",
        "eye_worse",
    ),
    (
        "a mi papa el ojo se le pone mas rojo y le duele mas cada dia desde la inyeccion del 14, ve bien, esta leyendo el periodico",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "Does the stem cell injection in knee increase risk of cancer later in life? asking for my father who is 68",
        "en",
        "side_effect",
        None,
    ),
    ("la inyeccion en la rodilla aumenta el riesgo de cancer? pregunto por mi papa de 68", "es", "side_effect", None),
    ("my knee pain has increased a lot since day 3", "en", "urgent", "worsening_pain"),
    ("el dolor de rodilla aumenta cada dia desde la inyeccion", "es", "urgent", "worsening_pain"),
    ("escupo flema roja desde anoche", "es", "emergency", "coughing_blood"),
    ("coughing up red phlegm since last night", "en", "emergency", "coughing_blood"),
    ("mi papa habla incoherencias y tiene 39 de fiebre", "es", "emergency", "confusion"),
    ("my dad is talking nonsense and has a 39 fever", "en", "emergency", "confusion"),
    ("me sale materia con olor de la herida", "es", "urgent", "discharge"),
    ("smelly gunk is coming out of the wound", "en", "urgent", "discharge"),
]


# The same reading, second part: what the retrained model no longer decided (model ties) read
# into rules: swelling told as a verb and hot, red that reaches a new place, pain "en aumento" or
# "peor que antes", thoughts of self-harm named as a noun (and denied), a treated animal, a
# regulator asked about a treatment, a flow's own phrase against an unsure "other".
AFTER_SETS_R21B = [
    ("she had a stroke last year and is still allowed to drive, can she have the IV?", "en", "info_alarming", "stroke"),
    (
        "tuvo un derrame el año pasado y todavia esta permitido que maneje, puede hacerse el suero?",
        "es",
        "info_alarming",
        "stroke",
    ),
    ("ten days after the shoulder injection it swelled up overnight and it's hot", "en", "urgent", "spreading_redness"),
    ("se inflamo un poco y le puse una compresa caliente", "es", "side_effect", None),
    (
        "ya no se si es normal: lo rojo del hombro hoy llega hasta el codo, ayer era como una monedita. ni fiebre ni nada mas",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "not sure anymore if this is normal: the red from my shoulder now reaches my elbow, yesterday it was like a coin. no fever or anything",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "Llevo 6 dias desde la infiltracion en la cervical, los primeros dias el dolor bajaba pero desde antier va en aumento y ya no duermo. sin fiebre, sin hormigueo",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "6 days since the neck injection, the pain was easing the first days but since the day before yesterday it keeps increasing and I can't sleep. no fever, no tingling",
        "en",
        "urgent",
        None,
    ),
    (
        "el dolor de espalda estuvo tranquilo los dos primeros dias pero hoy dia 6 esta peor que antes de la inyeccion, no duermo",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "my back pain was calm the first two days but today, day 6, it's worse than before the injection, I can't sleep",
        "en",
        "urgent",
        "worsening_pain",
    ),
    ("el ojo inyectado esta rojisimo y me duele cada dia mas", "es", "urgent", "eye_worse"),
    ("the injected eye is more red every day and it hurts", "en", "urgent", "eye_worse"),
    (
        "I'm not having thoughts of hurting myself, but Ive been really down since the treatment didnt help. is that common?",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "no tengo pensamientos de hacerme daño, pero ando muy bajoneada desde que el tratamiento no funciono. es comun?",
        "es",
        "info_alarming",
        "suicidal",
    ),
    ("I keep having thoughts of killing myself since the treatment failed", "en", "emergency", "suicidal"),
    ("tengo pensamientos de matarme desde que fallo el tratamiento", "es", "emergency", "suicidal"),
    ("my mare had stem cells in her tendon, when can I ride her again?", "en", "other", None),
    ("a mi yegua le pusieron celulas madre en el tendon, cuando la puedo montar?", "es", "other", None),
    ("COFEPRIS tiene aprobadas las células madre para la rodilla?", "es", "clinic_choice", None),
    ("are fat-derived stem cells approved for knee arthritis?", "en", "clinic_choice", None),
    ("las gotas de celulas madre estan aprobadas para la rodilla?", "es", "pills", None),
    ("are stem cell drops approved for the knee?", "en", "pills", None),
    ("hay algun ensayo cerca de mi", "es", "clinic_choice", None),
    ("is there a trial near me", "en", "clinic_choice", None),
]


# The twenty-first session's second read round (HJ-HM): a sign that has come up, told before
# "just in case"; a line drawn as someone said to; a smell of the breath; "can she still have it";
# red that runs down AS FAR AS a new place, and how small it was earlier; suicidal ideas named.
AFTER_SETS_R21C = [
    (
        "tiene el hombro rojo y lo rojo ya le baja hasta el codo, esta mañana era solo una manchita",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "his shoulder is red and the red now goes down to his elbow, this morning it was just a small spot",
        "en",
        "urgent",
        "spreading_redness",
    ),
    ("lo rojo ya me baja hasta el tobillo desde la inyeccion de la rodilla", "es", "urgent", "spreading_redness"),
    ("the red is going down to my ankle since the knee injection", "en", "urgent", "spreading_redness"),
    ("la hinchazon ya baja, dia 5 de la rodilla", "es", "side_effect", None),
    ("the swelling is going down, day 5 after the knee shot", "en", "side_effect", None),
    (
        "me ha salido una línea roja que me sube por el brazo desde donde me pusieron la vía el lunes, parece un arañazo del gato vamos, pero por si acaso",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "a red line has appeared going up my arm from where the drip was on monday, looks like a cat scratch tbh, but just in case",
        "en",
        "urgent",
        "red_streak",
    ),
    ("just in case: what does a red line up the arm mean?", "en", "info_alarming", "red_streak"),
    ("por si acaso: que significa una linea roja que sube por el brazo?", "es", "info_alarming", "red_streak"),
    (
        "the redness round mum's injection site was the size of a 10p yesterday and now it's like the size of my palm and creeping up the thigh. I drew round it with a biro like someone told me and it's gone past the line",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "lo rojo de la inyeccion de mi mama ayer era como una moneda y hoy es como mi palma y sube por el muslo. lo marque con boli como alguien me dijo y ya se paso de la raya",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("alguien me dijo que lo rojo se pasa de la raya a veces, es cierto?", "es", "info_alarming", "spreading_redness"),
    (
        "mi papá dice que le quedó un sabor como a ajo en la boca desde la infusión de esta mañana y hasta el aliento le huele raro, eso es normal?",
        "es",
        "side_effect",
        None,
    ),
    ("la herida huele raro y supura un poco", "es", "urgent", "discharge"),
    ("nan fainted at a clinic back in 2019, can she still have it", "en", "info_alarming", "fainting"),
    ("mi abuela se desmayo en una clinica en 2019, todavia se lo puede hacer?", "es", "info_alarming", "fainting"),
    ("she fainted and she is still out, not waking up", "en", "emergency", "fainting"),
    ("tengo ideas suicidas", "es", "emergency", "suicidal"),
    ("me siento suicida", "es", "emergency", "suicidal"),
    ("tengo pensamientos de muerte", "es", "emergency", "suicidal"),
    (
        "¿es común tener ideas suicidas cuando el tratamiento no funciona? pregunto para un grupo, no es para mí",
        "es",
        "info_alarming",
        "suicidal",
    ),
    ("mi abuela se desmayo en una clinica en 2019, aun puede hacerselo?", "es", "info_alarming", "fainting"),
]


# The twenty-first session's first final round (HE-HH), read after its one measure on 9a50335:
# an emergency that stopped but left the person "not right"; a face gone "a dusky colour" after
# fat or filler (not a bruise gone "a blue colour"); "one hundred point eight", "cien punto
# ocho"; "a mí me huele raro" (a hunch, not a wound's smell).
AFTER_SETS_R21D = [
    (
        "wife had a fit just now shaking all over after the stem cell iv stopped now but shes not right, also the clinic wants payment today can that wait lol",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "a mi esposa le dio una convulsion hace un ratito despues del suero, ya paro pero no esta bien, ademas la clinica quiere el pago hoy, puede esperar jaja",
        "es",
        "emergency",
        "seizure",
    ),
    ("he had a seizure an hour ago, it stopped and he is back to normal now", "en", "info_alarming", "seizure"),
    ("le dio una convulsion hace una hora, ya paso y esta normal", "es", "info_alarming", "seizure"),
    (
        "my cheek where they did the fat transfer has gone a dusky blue colour in the last hour and it hurts like mad. surgeon said bruising is normal but this is NOT a bruise",
        "en",
        "emergency",
        "vessel_block",
    ),
    (
        "la mejilla donde me pusieron la grasa se puso de un color grisaceo en la ultima hora y me duele muchisimo. el cirujano dijo que los moretones son normales pero esto NO es un moreton",
        "es",
        "emergency",
        "vessel_block",
    ),
    ("the bruise on my knee has gone a blue colour", "en", "side_effect", None),
    ("el moreton de la rodilla se puso de un color azul", "es", "side_effect", None),
    ("feeling shivery and my temp reads one hundred point eight, day three after the IV", "en", "urgent", "fever"),
    ("tengo escalofrios y el termometro marca cien punto ocho, dia tres del suero", "es", "urgent", "chills"),
    (
        "my sister found a clinic in cancun, they want a 3000 dollar deposit and say its 100% safe and FDA approved. what should we ask before paying? honestly it smells fishy to me",
        "en",
        "clinic_choice",
        None,
    ),
    (
        "mi hermana encontro una clinica en cancun, piden un anticipo de 3 mil dolares y dicen que es 100% seguro y aprobado por la FDA. que tenemos que preguntar antes de pagar? porque a mi me huele raro la verdad",
        "es",
        "clinic_choice",
        None,
    ),
    ("a mi me huele raro la herida desde ayer", "es", "urgent", "discharge"),
    ("the wound smells off to me since yesterday", "en", "urgent", "discharge"),
]


# The session's second final round (HN-HR), read after its one measure on 11430e0: today that
# dates a doctor's visit, in a story that ends well, is not the sign's present; a tumour asked
# of the spine or the brain ("tumores en la columna") is an alarming topic, not the cancer-risk one.
AFTER_SETS_R21E = [
    (
        "ayer mi papa estuvo medio confundido pero hoy lo vio el medico y dijo que era el azucar baja, ya esta bien. que tengo que vigilar?",
        "es",
        "info_alarming",
        "confusion",
    ),
    (
        "yesterday my dad was a bit confused but today the GP saw him and said it was low sugar, he's fine now. what should I watch for?",
        "en",
        "info_alarming",
        "confusion",
    ),
    ("ayer mi papa estuvo confundido y hoy lo vio el medico pero sigue confundido", "es", "emergency", "confusion"),
    ("dad was confused yesterday, today the doctor saw him and he is still confused", "en", "emergency", "confusion"),
    ("las celulas madre pueden causar tumores en la columna? lei algo de eso", "es", "info_alarming", "unrecognised"),
    ("can stem cells cause tumours in the spine? I read something about it", "en", "info_alarming", "unrecognised"),
    ("can stem cells cause cancer? I had my back done last month", "en", "side_effect", None),
    ("las celulas madre pueden dar cancer? me las pusieron en la espalda el mes pasado", "es", "side_effect", None),
]


# The session's third final round (HS-HV), read after its one measure on 4c79adc: a sign told as
# the reason for asking ("pregunto porque mi papá… tiene la cara chueca"); a warning sign on a
# day of the writer's own count before "is that a thing?"; the chances or the risk of a sign, asked.
AFTER_SETS_R21F = [
    (
        "qué debo vigilar después de la infusión? pregunto porque mi papá desde el mediodía tiene la cara chueca y no se le entiende lo que dice",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "what should I watch for after the infusion? asking because since noon my dad's face is crooked and you can't understand what he says",
        "en",
        "emergency",
        "stroke",
    ),
    ("pregunto porque mi papa tuvo un derrame hace años, puede hacerse el suero?", "es", "info_alarming", "stroke"),
    ("asking because my dad had a stroke years ago, can he have the IV?", "en", "info_alarming", "stroke"),
    (
        "Howzit, day 4 after the hip and the thermometer says 38 on the dot. is that a thing or am i overreacting",
        "en",
        "urgent",
        "fever",
    ),
    ("dia 4 de la cadera y el termometro marca 38 justos. eso es normal o estoy exagerando?", "es", "urgent", "fever"),
    (
        "no me duele el pecho ni me falta el aire gracias a Dios, pero en el vuelo de regreso cuanto riesgo hay de coagulo en los pulmones?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "my chest doesn't hurt and I'm not short of breath thank God, but on the flight home how much risk is there of a clot in the lungs?",
        "en",
        "info_alarming",
        "breathing",
    ),
    ("what are the chances of a clot in the lungs?", "en", "info_alarming", "breathing"),
    ("que probabilidad hay de un coagulo en el pulmon?", "es", "info_alarming", "breathing"),
    ("I think I have a clot in my lungs, what are the chances of dying", "en", "emergency", "breathing"),
    ("creo que tengo un coagulo en el pulmon, que probabilidad hay de morir", "es", "emergency", "breathing"),
    (
        "me dijeron que despues de la inyeccion en la columna si se me sale la orina sin querer es una emergencia, por que es tan grave? solo pregunto porque me la ponen el lunes",
        "es",
        "info_alarming",
        "bladder_bowel",
    ),
    (
        "they told me that after the spine injection if I wet myself without meaning to it's an emergency, why is it so serious? just asking because I'm having it on monday",
        "en",
        "info_alarming",
        "bladder_bowel",
    ),
]


# Twenty-second session, from the fourth final round of the twenty-first (HW-HZ, read after its
# one measure): an apostrophe dropped makes "my friend's" into "friends", still someone else; a
# sign at home told in the present and asked about ("is that possible after the IV?") stays an
# emergency; two signs that each ask about the other no longer loop (it raised RecursionError).
AFTER_SETS_R22A = [
    (
        "my friend's face went white after filler and she had to go to hospital, can that happen with fat stem cell face injections?",
        "en",
        "info_alarming",
        "vessel_block",
    ),
    (
        "a mi amiga se le puso la cara blanca después del relleno y tuvo que ir al hospital, ¿eso puede pasar con inyecciones de grasa con células madre?",
        "es",
        "info_alarming",
        "vessel_block",
    ),
    ("my mom has a drooping face, is that possible after the IV?", "en", "emergency", "stroke"),
    ("mi mamá tiene la cara caída de un lado, ¿es posible después del suero?", "es", "emergency", "stroke"),
    (
        "should I worry if my husband's face looks droopy on one side and he's slurring?? he had stem cells in his knee yesterday",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "¿me preocupo si a mi esposo se le ve la cara caída y está arrastrando las palabras? ayer le pusieron células en la rodilla",
        "es",
        "emergency",
        "stroke",
    ),
    ("should I worry if my husband's leg swells after the IV?", "en", "info_alarming", "leg_clot"),
    (
        "¿me tengo que preocupar si a mi esposo se le hincha la pierna después del suero?",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    (
        "I feel fine, but my sister says IV stem cells can send clots to the lungs. is that possible after the IV?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "yo estoy bien, pero mi hermana dice que el suero de células madre puede mandar coágulos a los pulmones. ¿es posible después del suero?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "my friend's mum went blind after eye shots in Florida years ago, I just had mine today and 10 min ago the middle of my vision in that eye went black",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "a la mamá de mi amiga la dejaron ciega unas inyecciones en el ojo hace años, a mí me las pusieron hoy y hace 10 minutos se me puso negro el centro de la vista de ese ojo",
        "es",
        "emergency",
        "vision_loss",
    ),
]


# From the session's first final round (GA-GD, read after its one measure on 7d8836d): a reading
# said in words at the start ("hundred and one point two"); swelling and heat in one clause in any
# words; "purple almost black"; a leg "sin fuerza" with its side named; a hot red shoulder that
# will not lift is the joint's sign, not a stroke; "fiebre creo que no" denies; "se me fue cuando…"
# is gone, not going on.
AFTER_SETS_R22B = [
    ("hundred and one point two. day 5. knee. is that bad or am i overreacting lol", "en", "urgent", "fever"),
    ("ciento uno punto dos. día 5. rodilla. ¿es grave o estoy exagerando jaja", "es", "urgent", "fever"),
    (
        "my wife had her knee done 10 days ago and tonight it's suddenly swollen up like a balloon and burning hot. she's 71",
        "en",
        "urgent",
        "hot_swelling",
    ),
    (
        "a mi esposa le hicieron la rodilla hace 10 días y esta noche de repente se le hinchó como un globo y está caliente, caliente. tiene 71",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "nose tip turned dark purple almost black since the fat injection to my nose bridge yesterday. its not like a normal bruise, looks dusky and is SO painful",
        "en",
        "emergency",
        "vessel_block",
    ),
    (
        "la punta de la nariz se me puso morada oscura casi negra desde la inyección de grasa de ayer. no es como un moretón normal y duele muchísimo",
        "es",
        "emergency",
        "vessel_block",
    ),
    (
        "tengo la pierna derecha sin fuerza, no la puedo levantar para subir la escalera, desde la inyección de células en la espalda de ayer",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "my right leg has no strength, I can't lift it to climb the stairs, since the cell injection in my back yesterday",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "el hombro está caliente, rojo y ya no puedo levantar el brazo para nada, día 10. fiebre creo que no",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "the shoulder is hot, red and now I can't lift my arm at all, day 10. fever I don't think so",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "la presión en el pecho que tenía se me fue cuando me senté, hace 3 horas que estoy bien, seguro eran nervios",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "the chest pressure I had went away when I sat down, I've been fine for 3 hours, probably nerves",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    ("me duele un poco la rodilla, fiebre creo que no", "es", "side_effect", None),
    ("my knee aches a bit, fever I don't think so", "en", "side_effect", None),
]


# From the session's second final round (GE-GH, read after its one measure on 80bd09c): "está
# como dormida" with a fever; "casi no nos contesta", "barely answers us" (the family beside her,
# not a text unanswered); "de ahí todo bien", "all good since then"; "twice as big", "dos veces
# más grande"; "la rojez ya me llega al tobillo", "the redness now reaches my ankle"; "no pienso
# en hacerme daño" denied as "not thinking of hurting myself" was; "dark thoughts", "pensamientos
# oscuros" are the sign's everyday name.
AFTER_SETS_R22C = [
    (
        "escribo por mi mamá, tiene treinta y nueve de fiebre, está como dormida y casi no nos contesta, día 2 de las inyecciones del pelo",
        "es",
        "emergency",
        "drowsy",
    ),
    (
        "writing for my mum, she has a 39 fever, she's half asleep and barely answers us, day 2 after the hair injections",
        "en",
        "emergency",
        "confusion",
    ),
    ("me desmayé en la clínica el martes pero de ahí todo bien", "es", "info_alarming", "fainting"),
    ("I fainted at the clinic on Tuesday but all good since then", "en", "info_alarming", "fainting"),
    ("temp normal but the red patch on my thigh is twice as big as yesterday", "en", "urgent", "spreading_redness"),
    (
        "temperatura normal pero la mancha roja del muslo está dos veces más grande que ayer",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("sin calentura pero la rojez ya me llega al tobillo y ayer no", "es", "urgent", "spreading_redness"),
    ("no fever but the redness now reaches my ankle and yesterday it didn't", "en", "urgent", "spreading_redness"),
    (
        "desde el tratamiento ando muy bajoneada, lloro por todo, no pienso en hacerme daño ni nada, solo ando triste. semana 3. ¿es normal?",
        "es",
        "info_alarming",
        "suicidal",
    ),
    (
        "since the treatment I've been really low, crying at everything, I'm not thinking of hurting myself or anything, just sad. week 3. is that normal?",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "tengo pensamientos oscuros desde hace unos días, no voy a hacer nada pero me asustan. semana 5 después de la infusión",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "dark thoughts again on and off since the infusion, not gonna do anything but they scare me. week 5",
        "en",
        "emergency",
        "suicidal",
    ),
    ("she's had a fever since last night and is half asleep, barely answers us", "en", "emergency", "confusion"),
]


# From the session's third final round (GJ-GM, read after its one measure on e328a6e): a seizure
# of a relative "hace un rato", "a few minutes ago" (so recent she may still need help); "can't
# breathe good since…" is how badly, not that it passed; after a video's horror stories, "but MY
# thigh… red and getting hotter" is the writer's own.
AFTER_SETS_R22D = [
    (
        "A mi tía le dio una convulsión hace un rato, se puso rígida y temblaba toda, le hicieron tratamiento de células madre por la espalda en Medellín la semana pasada",
        "es",
        "emergency",
        "seizure",
    ),
    (
        "my aunt had a seizure a few minutes ago, went stiff and shook all over, she had stem cells in her back last week",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "a mi vecina le dio una convulsión después del suero en una clínica de Panamá, ¿es común?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "mi cyaan breathe good since dem put di cells inna mi vein dis mawnin, chest a hurt wen mi draw breath",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "i cant breathe good since the drip this morning and my chest hurts when i breathe in",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "no respiro bien desde el suero de esta mañana y me duele el pecho al tomar aire",
        "es",
        "emergency",
        "chest_pain",
    ),
    ("my chest hurt on day 1 but I've been breathing good since", "en", "info_alarming", "chest_pain"),
    (
        "Not trying to be dramatic like those TikTok horror stories but my thigh where they did lipo for the cells is rock hard, red and getting hotter, day 5",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "no quiero exagerar como esas historias de terror de TikTok pero mi muslo donde me hicieron la lipo para las células está duro como piedra, rojo y cada vez más caliente, día 5",
        "es",
        "urgent",
        "spreading_redness",
    ),
]


# Twenty-third session: what the unread GN-GR round missed, in new words, both languages, with
# the cases that must stay alarms beside them.
AFTER_SETS_R23A = [
    ("my cat has a swollen hot paw, should I put ice on it", "en", "other", None),
    ("mi gata tiene la patita hinchada y caliente, le pongo hielo?", "es", "other", None),
    ("my dog bit me yesterday and now my hand is hot and swollen", "en", "urgent", "spreading_redness"),
    ("mi perro me mordió ayer y ahora tengo la mano caliente e hinchada", "es", "urgent", "spreading_redness"),
    (
        "walked the dog this morning and now my calf is swollen hot and red, had IV cells 3 days ago",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "saqué al perro esta mañana y ahora tengo la pantorrilla hinchada, caliente y roja, me pusieron el suero hace 3 días",
        "es",
        "urgent",
        "leg_clot",
    ),
    (
        "what does a stroke look like? my dad is booked for cells in april and he had a small stroke before",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "cómo se ve un derrame? a mi papá le toca células en abril y ya tuvo un derrame chiquito antes",
        "es",
        "info_alarming",
        "stroke",
    ),
    ("I had chest pain before and now it's back and worse", "en", "emergency", "chest_pain"),
    ("ya había tenido dolor de pecho antes y ahora volvió más fuerte", "es", "emergency", "chest_pain"),
    (
        "how bad is numbness in the groin after a spine injection? I'm not having it, just read it on the form",
        "en",
        "info_alarming",
        "groin_numbness",
    ),
    (
        "qué tan grave es el adormecimiento en la entrepierna después de una inyección en la columna? no lo estoy teniendo, solo lo leí en el papel",
        "es",
        "info_alarming",
        "groin_numbness",
    ),
    (
        "the red line on my leg went away with the antibiotics from Monday, now on day 10",
        "en",
        "info_alarming",
        "red_streak",
    ),
    (
        "la línea roja de la pierna se fue con los antibióticos del lunes, ya voy en el día 10",
        "es",
        "info_alarming",
        "red_streak",
    ),
    ("the red line on my leg is still going up even with the antibiotics", "en", "urgent", "red_streak"),
    ("la línea roja de la pierna sigue subiendo aunque tomo los antibióticos", "es", "urgent", "red_streak"),
    (
        "had my hip injected yesterday, it's a little warm and puffy, no fever, is that ok for day 1?",
        "en",
        "side_effect",
        None,
    ),
    (
        "me inyectaron la cadera ayer, está un poco caliente e hinchada, sin fiebre, es normal el día 1?",
        "es",
        "side_effect",
        None,
    ),
    ("hip injection 5 days ago, it's a little warm and puffy and getting worse", "en", "urgent", "worsening_pain"),
    (
        "inyección en la cadera hace 5 días, está un poco caliente e hinchada y cada vez peor",
        "es",
        "urgent",
        "spreading_redness",
    ),
    ("had my knee injected yesterday and the knee is hot and swollen, 38.4 fever", "en", "urgent", "septic_joint"),
    ("me inyectaron la rodilla ayer y está caliente e hinchada, tengo 38,4", "es", "urgent", "septic_joint"),
    ("me inyectaron el ojo ayer y desde la mañana veo cada vez más oscuro", "es", "emergency", "vision_loss"),
    (
        "had the eye injection yesterday and since this morning I'm seeing darker and darker",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "es normal ver cada vez menos después de una inyección en el ojo? pregunto antes de la mía",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "is it normal to see less and less after an eye injection? asking before mine",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "eye injection 2 days ago, the redness and ache get worse every day, I can see fine",
        "en",
        "urgent",
        "worsening_pain",
    ),
    ("inyección en el ojo hace 2 días, lo rojo y el dolor cada día peor, veo bien", "es", "urgent", "worsening_pain"),
    (
        "¿cómo sé si me está dando un derrame después de la infusión? ¿cuáles son las señales?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "how would I know if I'm having a stroke after the infusion? what are the signs?",
        "en",
        "info_alarming",
        "stroke",
    ),
    ("creo que a mi papá le está dando un derrame, tiene la boca chueca", "es", "emergency", "stroke"),
    ("I think my dad is having a stroke, his mouth is crooked", "en", "emergency", "stroke"),
    ("my dog collapsed and now my husband is not breathing", "en", "emergency", "fainting"),
    ("mi perro está bien pero a mí se me puso la pierna roja, caliente e hinchada", "es", "urgent", "leg_clot"),
]


# What the first round written blind this session (GS-GV) missed, in new words, both languages.
AFTER_SETS_R23B = [
    ("my dad had anaphylaxis to penicillin once, is the IV safe for him?", "en", "info_alarming", "anaphylaxis"),
    (
        "a mi papá le dio anafilaxia con la penicilina una vez, ¿el suero es seguro para él?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "my dad had anaphylaxis to penicillin once and now after the IV his lips are swelling",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "a mi papá le dio anafilaxia una vez y ahora después del suero se le hinchan los labios",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "I passed out at my first infusion last year and came round fast, the next one is monday, what can I do so it doesn't happen again?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me desmayé en mi primera infusión el año pasado y volví en mí rápido, la próxima es el lunes, ¿qué hago para que no me pase otra vez?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "I passed out at the infusion last year and it just happened again, I'm on the floor",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "me desmayé en la infusión del año pasado y me acaba de pasar otra vez, estoy en el suelo",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "on tuesday I coughed up a little blood, the doctor checked my chest and it was clear, it hasn't happened since. can I travel?",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "el martes tosí un poco de sangre, el médico me revisó el pecho y estaba bien, no se ha repetido. ¿puedo viajar?",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "my knee feels worse than before the shot but it's only been 2 days, they told me it could flare",
        "en",
        "side_effect",
        None,
    ),
    (
        "la rodilla me duele más que antes de la inyección pero solo han pasado 2 días, me dijeron que podía inflamarse",
        "es",
        "side_effect",
        None,
    ),
    ("my knee keeps getting worse and it's been 6 days since the shot", "en", "urgent", "worsening_pain"),
    ("la rodilla cada vez me duele más y ya han pasado 6 días de la inyección", "es", "urgent", "worsening_pain"),
    (
        "empecé unos sobrecitos de células madre la semana pasada y ando con la panza hinchada, ¿es por eso?",
        "es",
        "pills",
        None,
    ),
    ("I started some stem cell sachets last week and my tummy is bloated, is it from them?", "en", "pills", None),
]


# What the second round written blind this session (GW-GZ) missed, in new words, both languages.
AFTER_SETS_R23C = [
    (
        "me tomé unas gotas de células madre que vi en facebook y se me están hinchando los labios, me cuesta respirar",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "I took some stem cell drops I saw on facebook and my lips are swelling up, it's hard to breathe",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "vi en facebook que a un señor se le hinchó la lengua con unas gotas de células madre, ¿eso pasa de verdad?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "I saw on facebook that a man's tongue swelled up from some stem cell drops, does that really happen?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
]


# What the third round written blind this session (FA-FD) missed, in new words, both languages.
AFTER_SETS_R23D = [
    (
        "I had 38.3 on saturday but I've been normal since yesterday without taking anything, is that ok?",
        "en",
        "info_alarming",
        "fever",
    ),
    ("tuve 38,3 el sábado pero desde ayer estoy normal sin tomar nada, ¿está bien?", "es", "info_alarming", "fever"),
    ("I had 38.3 this morning, took ibuprofen and now I'm normal", "en", "urgent", "fever"),
    ("tuve 38,3 esta mañana, me tomé un ibuprofeno y ahora estoy normal", "es", "urgent", "fever"),
    (
        "my cut bled a lot last night but it stopped with pressure, now just a small scab, was that bad?",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "la herida me sangró mucho anoche pero paró apretando, ahora solo una costrita, ¿estuvo mal?",
        "es",
        "info_alarming",
        "heavy_bleeding",
    ),
    ("my cut bled a lot and stopped, now it's bleeding again and won't stop", "en", "emergency", "heavy_bleeding"),
    ("la herida sangró mucho y paró, pero ahora otra vez sangra y no para", "es", "emergency", "heavy_bleeding"),
    ("is it normal to bleed a lot after the lipo for the cells?", "en", "info_alarming", "heavy_bleeding"),
    ("estoy sangrando mucho de la herida de la lipo y no para", "es", "emergency", "heavy_bleeding"),
    ("she faints a lot, is stem cell therapy safe for her?", "en", "info_alarming", "fainting"),
    ("ella se desmaya seguido, ¿la terapia con células madre es segura para ella?", "es", "info_alarming", "fainting"),
]


# Twenty-fourth session: the FE-FH round (unread last session) and the FJ-FM round, read after
# their measure; each construction in both languages, written anew.
AFTER_SETS_R24A = [
    (
        "my sister had a high fever after her first drip three years ago and ended up in hospital, now she wants another one, is that risky for her?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "mi hermana tuvo fiebre alta después de su primer suero hace tres años y terminó internada, ahora quiere otro, ¿es arriesgado?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "day 5 I had 38.6 and a red knee, got antibiotics, finished them last week, no fever and the red is gone, now my question is can I go swimming?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "el día 5 tuve 38,6 y la rodilla roja, me dieron antibiótico, ya lo terminé, no tengo fiebre y lo rojo se fue, ahora mi pregunta es si puedo nadar",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "we both had the back injections in Costa Rica, he felt nothing and I'm still stiff and sore but easing a little each day, no fever, day 3. why does it hurt me more than my husband?",
        "en",
        "side_effect",
        None,
    ),
    (
        "los dos nos pusimos las inyecciones en la espalda en Costa Rica, él no sintió nada y yo sigo adolorida pero mejorando un poco cada día, sin fiebre, día 3. ¿por qué a mí me duele más que a mi esposo?",
        "es",
        "side_effect",
        None,
    ),
    ("day 4 and my knee hurts more than yesterday", "en", "urgent", "worsening_pain"),
    ("día 4 y la rodilla me duele más que ayer", "es", "urgent", "worsening_pain"),
    (
        "had some chest tightness this morning but it went after a few minutes and I feel fine now, should I tell the clinic?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "esta mañana tuve opresión en el pecho pero se me quitó a los pocos minutos y ya estoy bien, ¿le digo a la clínica?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("I had chest pain this morning, it went away but now it's back and worse", "en", "emergency", "chest_pain"),
    ("esta mañana tuve dolor de pecho, se me quitó pero ahora volvió y más fuerte", "es", "emergency", "chest_pain"),
    ("tonight he has 39.2 and doesn't know where he is, he was fine this morning", "en", "emergency", "confusion"),
    ("esta noche tiene 39,2 y no sabe dónde está, en la mañana estaba bien", "es", "emergency", "confusion"),
    ("a little clear pinkish ooze on the dressing, day 1, is that ok?", "en", "side_effect", None),
    ("sale un poquito de líquido clarito rosado en la gasa, día 1, ¿es normal?", "es", "side_effect", None),
    ("thick yellow ooze from the injection site on day 5", "en", "urgent", "discharge"),
    ("sale una secreción amarilla espesa del pinchazo, día 5", "es", "urgent", "discharge"),
    ("¿las gotas de células madre sirven para la memoria? mi abuelo está empezando con demencia", "es", "pills", None),
    ("do stem cell drops help memory? my grandad is starting with dementia", "en", "pills", None),
    ("me han pinchado la rodilla hoy y está un poco adolorida, ¿es normal?", "es", "side_effect", None),
    ("they injected my knee today and it's a bit sore, is that normal?", "en", "side_effect", None),
    ("no consigo respirar bien desde la infusión", "es", "emergency", "breathing"),
    ("I can't manage to breathe properly since the infusion", "en", "emergency", "breathing"),
    (
        "she's not confused, no chest pain, breathing is fine, temp 37.0. I'm just nervous watching her sleep. what should I watch for tonight?",
        "en",
        "info_alarming",
        "confusion",
    ),
    (
        "no está confundida, no tiene dolor de pecho, respira bien, 37,0. solo estoy nerviosa viéndola dormir. ¿qué tengo que vigilar esta noche?",
        "es",
        "info_alarming",
        "confusion",
    ),
    ("mi perro tiene el lomo caliente e hinchado desde ayer, ¿qué le doy?", "es", "other", None),
    ("my dog has a hot swollen back since yesterday, what can I give him?", "en", "other", None),
    ("mi perro mordió a mi hermano y él tiene la mano con pus", "es", "urgent", "discharge"),
    ("my dog bit my brother and he has pus in his hand", "en", "urgent", "discharge"),
]


# The FN-FR round, read after its measure: a childhood before an age told now, a sign that will not
# stop (or stopped), the red reaching halfway down a limb.
AFTER_SETS_R24B = [
    (
        "mi hija tuvo convulsiones con fiebre de bebé, ahora tiene 9 años. ¿es peligroso que le pongan células?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "my daughter had fever seizures as a baby, she's 9 now. is it dangerous for her to get stem cells?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "mi hijo tuvo convulsiones de bebé y ahora tiene 39 de fiebre y está convulsionando",
        "es",
        "emergency",
        "seizure",
    ),
    ("my son had seizures as a baby and now he has a 39 fever and he's seizing", "en", "emergency", "seizure"),
    ("my husband fainted a lot as a toddler, he's 50 now, can he still get the IV?", "en", "info_alarming", "fainting"),
    (
        "mi esposo se desmayaba mucho de chiquito, ahora tiene 50, ¿puede ponerse el suero igual?",
        "es",
        "info_alarming",
        "fainting",
    ),
    ("la hinchazón de la rodilla no para de crecer y está caliente, día 5", "es", "urgent", "spreading_redness"),
    ("the swelling in my knee won't stop growing and it's hot, day 5", "en", "urgent", "spreading_redness"),
    ("day 4, the redness on my thigh doesn't stop spreading", "en", "urgent", "spreading_redness"),
    ("día 4, lo rojo del muslo no deja de extenderse", "es", "urgent", "spreading_redness"),
    ("no fever, and the redness stopped spreading yesterday. still need to call?", "en", "info_alarming", "fever"),
    ("sin fiebre, y lo rojo dejó de extenderse ayer. ¿igual tengo que llamar?", "es", "info_alarming", "fever"),
    (
        "the redness stopped spreading on monday but today it started spreading again",
        "en",
        "urgent",
        "spreading_redness",
    ),
    ("lo rojo dejó de crecer el lunes pero hoy volvió a crecer", "es", "urgent", "spreading_redness"),
    ("no tengo fiebre pero lo rojo ya me llega a media pierna", "es", "urgent", "spreading_redness"),
    ("no fever but the red now reaches halfway down my leg", "en", "urgent", "spreading_redness"),
]


# After the FS-FV round: an eye injection told, then a scored pain or an eye "rojísimo" further on;
# "nothing in that eye" is sight lost.
AFTER_SETS_R24C = [
    (
        "me pusieron la inyección en el ojo el martes, el miércoles estaba un poco rojo y hoy viernes está rojísimo y me duele 6 de 10, veo igual",
        "es",
        "urgent",
        "eye_worse",
    ),
    (
        "I had the eye injection on tuesday, wednesday it was a little pink and today, friday, it's much redder and hurts 6 out of 10, seeing the same",
        "en",
        "urgent",
        "eye_worse",
    ),
    (
        "had the eye shot yesterday, this morning there's nothing in that eye, all black, pain 8/10",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "ayer me inyectaron el ojo, hoy no veo nada por ese ojo, todo negro, dolor 8 de 10",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "I see nothing out of my right eye since I woke up, had the injection 2 days ago",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "me inyectaron el ojo ayer, no me duele nada, solo lo veo un poco rojo por fuera, ¿es normal?",
        "es",
        "side_effect",
        None,
    ),
    ("after my eye injection last week, how long does it usually hurt for?", "en", "side_effect", None),
    ("después de la inyección en el ojo, ¿cuánto tiempo suele doler?", "es", "side_effect", None),
]


# The FW-FZ round, read after its measure: an episode dated last year, told after a sign now, ends only
# itself; Facebook's "face" and "la caída del pelo"; "at what point should"; "what's happening to me".
AFTER_SETS_R24D = [
    (
        "a mi papá se le cayó la cara de un lado y no puede hablar bien, empezó hace 15 minutos. el año pasado tuvo algo parecido que se le quitó solo, pero esta vez sigue igual",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "my dad's face dropped on one side and he can't speak properly, started 15 minutes ago. last year he had something similar that went away on its own, but this time it's not going",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "mi tía quiere comprar un champú de células madre para la caída del pelo que vio en face, ¿será estafa?",
        "es",
        "pills",
        None,
    ),
    ("my aunt wants to buy a stem cell shampoo for hair loss she saw on facebook, is it a scam?", "en", "pills", None),
    ("a mi mamá se le ve la cara caída de un lado desde hace un rato", "es", "emergency", "stroke"),
    (
        "nurse here: at what point should new leg weakness after a spine injection go to the ER rather than be watched?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "soy enfermera: ¿en qué momento hay que mandar a urgencias una debilidad nueva en las piernas después de una inyección en la columna?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "shaking with chills under two blankets but the thermometer says 37.6, day 5. what is happening to me",
        "en",
        "urgent",
        "chills",
    ),
    (
        "tiemblo con escalofríos bajo dos cobijas pero el termómetro marca 37,6, día 5. ¿qué me está pasando?",
        "es",
        "urgent",
        "chills",
    ),
    ("la enfermera me habló de anafilaxia, ¿cómo sé que me está pasando eso?", "es", "info_alarming", "anaphylaxis"),
]

# Twenty-fifth session (EA-ED read): a product weighed as a stand-in for the treatment, with
# prices beside it, is a pills question ("pastillitas" is "pastillas"); a reminder moved "instead of"
# another hour is still a reminder.
AFTER_SETS_R25A = [
    (
        "y si mejor me tomo las pastillitas en lugar de ir a la clinica? son 30 dolares contra 9 mil",
        "es",
        "pills",
        None,
    ),
    (
        "what if I just take the stem cell pills instead of going to the clinic? 30 dollars vs 9 grand",
        "en",
        "pills",
        None,
    ),
    (
        "las gotitas de celulas madre cuestan 45 dolares y el tratamiento 7 mil, me las tomo en vez del tratamiento?",
        "es",
        "pills",
        None,
    ),
    (
        "the stem cell drops are 45 bucks and the treatment is 7k, should I take them rather than the treatment?",
        "en",
        "pills",
        None,
    ),
    ("puedes recordarme la crema a las 8 en vez de las 6?", "es", "reminders", None),
    ("can you remind me about the cream at 8 instead of 6?", "en", "reminders", None),
]

# EE-EH read: an introduction ("writing for my dad") is welcomed, not "not understood", and a
# sign told after one is still the sign; a clinic or doctor asked for is the clinic question, a
# hotel near the clinic is not.
AFTER_SETS_R25B = [
    ("hello, I'm writing on behalf of my grandmother, she can't type on her phone", "en", "smalltalk", None),
    ("buenas tardes, le escribo de parte de mi abuela, ella no usa el celular", "es", "smalltalk", None),
    ("hi there, im her daughter, mom asked me to message you for her", "en", "smalltalk", None),
    ("hola, soy la hija de la señora Marta, ella me pidió que les escribiera", "es", "smalltalk", None),
    ("could you suggest a reliable clinic in Colombia for my mom's knees", "en", "clinic_choice", None),
    (
        "me podrias recomendar una clinica confiable en Colombia para las rodillas de mi mama",
        "es",
        "clinic_choice",
        None,
    ),
    ("do you know a good doctor in Madrid who does stem cells for hips", "en", "clinic_choice", None),
    ("conoces algun buen medico en Madrid que haga celulas madre para la cadera", "es", "clinic_choice", None),
    ("can you recommend a cheap hotel near the clinic in Bogota", "en", "other", None),
    ("me recomiendas un hotel barato cerca de la clinica en Bogota", "es", "other", None),
    (
        "hi im writing for my dad, he had the IV this morning and now he cant breathe properly and his lips are blue",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "hola escribo por mi papa, le pusieron el suero hoy y ahora no puede respirar bien y tiene los labios morados",
        "es",
        "emergency",
        "breathing",
    ),
]

# A sign is also the second part of "X ni Y", "X or Y" ("no siente el culo NI la entrepierna",
# "can't move her foot or her leg"); "ni nada", "or anything" closes a denial instead.
AFTER_SETS_R25C = [
    (
        "a mi papa le inyectaron en la espalda esta mañana y no siente el culo ni la entrepierna, sera la anestesia?",
        "es",
        "emergency",
        "groin_numbness",
    ),
    (
        "my dad had the back injection this morning and he cant feel his butt or his crotch, is it still the anesthetic?",
        "en",
        "emergency",
        "groin_numbness",
    ),
    (
        "despues de la inyeccion en la columna mi mama no puede mover el pie ni la pierna derecha",
        "es",
        "emergency",
        "leg_weakness",
    ),
    ("after the spine injection my mom cant move her foot or her right leg", "en", "emergency", "leg_weakness"),
    (
        "no veo borroso ni nada, solo quiero saber que hacer si se me pone rojo el ojo despues de la inyeccion",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "i'm not seeing blurry or anything, just want to know what to do if my eye gets red after the injection",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "no tengo fiebre ni dolor de pecho, solo pregunto cuales son las señales de un coagulo",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("no fever or chest pain, just asking what the signs of a clot are", "en", "info_alarming", "chest_pain"),
]

# EJ-EM read: chills "ya se le pasaron" are over, but shaking chills last night with nothing measured
# still need the clinic today; "when someone has a stroke…" is anyone's; "unas cápsulas… azul" are
# not blue nails; numb "for years" is not new; an episode "10 minutes later I was fine and I still
# am" is over; thanks with nothing asked are thanks; "could bring them back" asks.
AFTER_SETS_R25D = [
    ("mi mama tuvo escalofrios el sabado, ya se le pasaron", "es", "info_alarming", "chills"),
    ("my mom had chills on saturday, they've passed now", "en", "info_alarming", "chills"),
    (
        "anoche me dieron unos escalofrios que temblaba toda, me castañeteaban los dientes. ya se me pasaron. no tengo termometro. me inyectaron la rodilla hace 3 dias",
        "es",
        "urgent",
        "chills",
    ),
    (
        "last night i got chills so bad i was shaking all over, teeth chattering. it passed. no thermometer here. knee injection 3 days ago",
        "en",
        "urgent",
        "chills",
    ),
    (
        "last night i had chills for an hour and was shaking, it passed. checked this morning and it's 36.7. day 1 after the infusion",
        "en",
        "info_alarming",
        "chills",
    ),
    (
        "anoche tuve escalofrios una hora y temblaba, ya se me paso. hoy en la mañana tengo 36,7. es el dia 1 despues del suero",
        "es",
        "info_alarming",
        "chills",
    ),
    (
        "when someone has a stroke what do they feel? my mom is about to get the IV and I want to know",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "cuando alguien tiene un derrame que siente? mi mama se va a poner el suero y quiero saber",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "me regalaron unas capsulas de espirulina azul que dicen que activan las celulas madre, sirven?",
        "es",
        "pills",
        None,
    ),
    ("someone gave me blue spirulina capsules that say they activate stem cells, do they work?", "en", "pills", None),
    (
        "my hands have been numb for years from carpal tunnel, nothing new. do stem cell creams help with that?",
        "en",
        "pills",
        None,
    ),
    (
        "tengo las manos dormidas desde hace años por el tunel carpiano, nada nuevo. las cremas de celulas madre sirven para eso?",
        "es",
        "pills",
        None,
    ),
    (
        "this morning at the clinic i almost fainted when they drew blood, everything went grey. 10 minutes later i was fine and i still am, 6 hours later. is that bad?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "esta mañana en la clinica casi me desmayo cuando me sacaron sangre, se me puso todo gris. a los 10 minutos estaba bien y sigo bien, 6 horas despues. es malo?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "muchisimas gracias por los recordatorios y los consejos. la rodilla va super bien y ya camino al parque",
        "es",
        "smalltalk",
        None,
    ),
    (
        "thank you so much for the reminders and the tips. the knee is doing great and i'm walking to the park again",
        "en",
        "smalltalk",
        None,
    ),
    (
        "i had seizures as a kid, none in 30 years. is there any risk the stem cell infusion could bring them back?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "tuve convulsiones de niño, ninguna en 30 años. hay algun riesgo de que el suero de celulas madre me las haga volver?",
        "es",
        "info_alarming",
        "seizure",
    ),
    # A sign dated minutes ago is not ended by a time counted on in the next sentence.
    ("se desmayo hace 5 minutos. a los 10 minutos de la inyeccion estaba bien", "es", "emergency", "fainting"),
    ("she fainted 5 minutes ago. after 10 minutes at the clinic she was fine", "en", "emergency", "fainting"),
]

# EN-ER read: "temperature normal for 4 days now" is how long, not the sign now; "tuve 38 pero hoy
# 36,8" is a fever had and gone; a reading on the writer's own day count, asked "is that true?",
# is the writer's.
AFTER_SETS_R25E = [
    ("had chills on day 3 but they went away, temperature normal for 4 days now", "en", "info_alarming", "chills"),
    (
        "tuve escalofrios el dia 3 pero se me quitaron, temperatura normal desde hace 4 dias ya",
        "es",
        "info_alarming",
        "chills",
    ),
    ("had chills but they went away, now the chills are back for 2 days now", "en", "urgent", "chills"),
    ("anoche tuve 38 pero hoy amaneci con 36,8 y me siento bien, dia 5 de la rodilla", "es", "info_alarming", "fever"),
    (
        "had 38 last night but this morning it's 36.8 and i feel fine, day 5 after the knee",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "38 justo en el termometro, cuarto dia. mi tia dice que es normal despues de las celulas, es verdad?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "38 on the dot on the thermometer, day 4. my aunt says that's normal after the cells, is that true?",
        "en",
        "urgent",
        "fever",
    ),
    ("my friend had a fever on day 3 after her infusion. is that common?", "en", "info_alarming", "fever"),
    ("q clinica me recomiendas en quito", "es", "clinic_choice", None),
    ("which clinic would you recommend in quito", "en", "clinic_choice", None),
]

# Twenty-sixth session: heldout ES-EV read. At the treatment, the writer home since; "it" before
# a passing in the next sentence; "went faint"; a passing alone leaning a topic question to information.
AFTER_SETS_R26A = [
    (
        "at the clinic during my infusion I went faint and they had me lie down for a bit. back home now and feeling totally fine, should I mention it?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "en la clinica durante la infusion me dio un desmayo y me acostaron un rato. ya en la casa me siento perfecto, se lo digo al doctor?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "during the infusion I felt faint. now at home I feel faint again and the room is spinning",
        "en",
        "emergency",
        "fainting",
    ),
    ("durante el suero me desmaye y ya en la casa me volvi a desmayar", "es", "emergency", "fainting"),
    ("I had chest pain during the infusion. it is gone now.", "en", "info_alarming", "chest_pain"),
    ("me dolio el pecho durante la infusion, ya se me quito", "es", "info_alarming", "chest_pain"),
    (
        "got a headache after the drip yesterday, had a coffee and it is almost gone, should I worry?",
        "en",
        "side_effect",
        None,
    ),
    (
        "me dio dolor de cabeza despues del suero ayer, me tome un cafecito y ya casi se me paso, hay que preocuparse?",
        "es",
        "side_effect",
        None,
    ),
    ("my wife went all faint at dinner just now and she is pale", "en", "emergency", "fainting"),
    ("I had chest pain. it went away by itself after a minute", "en", "info_alarming", "chest_pain"),
    ("tuve dolor en el pecho. se me quito solito al ratito", "es", "info_alarming", "chest_pain"),
]

# EW-EZ read: "can't get air"; a seizure told by what is seen ("se puso rígida y temblando"); "no
# despierta" after it stopped; pain scores against last week; other things scored; "eso me huele raro";
# a hedged passing ("se paró como a los 15 minutos").
AFTER_SETS_R26B = [
    ("suddenly I can't get enough air and my calf has been swollen since yesterday", "en", "emergency", "breathing"),
    ("de repente no me entra el aire y la pantorrilla la tengo hinchada desde ayer", "es", "emergency", "breathing"),
    ("mi hijo se puso tieso y temblando, ya se le paso pero no se despierta", "es", "emergency", "seizure"),
    ("my son went stiff and started shaking, it stopped now but he won't wake up", "en", "emergency", "seizure"),
    (
        "mi rodilla esta roja y caliente y tengo escalofrios, estoy temblando de frio",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "day 9 after the knee shot, pain maybe 2/10 vs 5/10 last week, stairs make it worse. normal?",
        "en",
        "side_effect",
        None,
    ),
    (
        "dia 9 de la rodilla, dolor como 2/10 contra 5/10 la semana pasada, las escaleras lo empeoran. es normal?",
        "es",
        "side_effect",
        None,
    ),
    (
        "still tired 10 days after the drip but better, energy 7/10 now vs 4/10 at first. how long will it last",
        "en",
        "side_effect",
        None,
    ),
    (
        "sigo cansada 10 dias despues del suero pero mejor, energia 7/10 ahora vs 4/10 al principio. cuanto dura",
        "es",
        "side_effect",
        None,
    ),
    (
        "cuanto dolor es normal? el de la clinica me dijo que nada de nada y eso me huele raro",
        "es",
        "side_effect",
        None,
    ),
    (
        "what are the real side effects? the clinic told me zero risk and honestly that smells off to me",
        "en",
        "side_effect",
        None,
    ),
    ("ya no sangra, se paro como a los 15 minutos de hacer presion anoche", "es", "info_alarming", "unrecognised"),
    (
        "it is not bleeding anymore, it stopped after about 15 minutes of pressing last night",
        "en",
        "info_alarming",
        "unrecognised",
    ),
]

# IA-ID read: a question closed by a turn to another topic ("y otra cosa"); a present put in the
# future by a month ("I'm having mine in March"); a time told alone right after the sign's clause.
AFTER_SETS_R26C = [
    (
        "buenas, queria preguntar si puedo mover la fecha del recordatorio, y otra cosa, a mi mama le aprieta el pecho y le duele el brazo izquierdo desde hace media hora",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "hi, I wanted to ask if I can move my reminder date, and another thing, my mum has had a crushing pain in her chest and left arm for half an hour",
        "en",
        "emergency",
        "chest_pain",
    ),
    ("hi, another thing, what are the signs of a stroke?", "en", "info_alarming", "stroke"),
    (
        "my cousin had a seizure last year after his stem cells in Mexico, I am getting mine in April, can it happen to me?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "mi primo tuvo una convulsion el año pasado despues de sus celulas en Mexico, yo me las pongo en abril, me puede pasar?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "I passed out at the clinic when they took the marrow, about 2 weeks ago. do I need to tell them before the next one?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me desmaye en la clinica cuando me sacaron la medula, hace como 2 semanas. tengo que avisarles antes de la proxima?",
        "es",
        "info_alarming",
        "fainting",
    ),
    ("my chest hurts a lot, 3 weeks ago they injected my knee", "en", "emergency", "chest_pain"),
    ("me duele mucho el pecho, hace 3 semanas me inyectaron la rodilla", "es", "emergency", "chest_pain"),
    (
        "my mother has very high fever since yesterday and now she dont know me, she talk things without sense",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "mi mama tiene fiebre muy alta desde ayer y ahora no me reconoce, habla cosas sin sentido",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "my dad sleeps a lot since the drip 9 days ago but he eats well and has more energy every day",
        "en",
        "side_effect",
        None,
    ),
    (
        "mi papa duerme mucho desde el suero hace 9 dias pero come bien y cada dia tiene mas animo",
        "es",
        "side_effect",
        None,
    ),
    ("la rodilla cada dia mas roja y caliente, dia 6", "es", "urgent", "spreading_redness"),
]

# IE-IH read: how someone else's ended, told after the writer's sign; "looks worse than it feels";
# "te conté de la fiebre"; "go into anaphylaxis" asked; "si … ¿es emergencia?" supposes.
AFTER_SETS_R26D = [
    (
        "tengo una raya roja que me sube por el brazo desde donde me pusieron el suero, mi vecina dice que a ella le paso igual y no era nada",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "there is a red line going up my arm from the drip site, my neighbour says she had the same and it was nothing",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "big bruise on my thigh where they took the fat, purple and green, day 3. looks much worse than it feels",
        "en",
        "side_effect",
        None,
    ),
    (
        "moreton grande en el muslo donde sacaron la grasa, morado y verde, dia 3, se ve mucho peor de lo que duele",
        "es",
        "side_effect",
        None,
    ),
    ("day 5, the knee looks worse and hurts worse than yesterday", "en", "urgent", "worsening_pain"),
    ("que guardan de mi? ya te conte de la fiebre y de mis pastillas de la presion", "es", "privacy", None),
    (
        "what do you store about me? I already told you about the fever and my blood pressure pills",
        "en",
        "privacy",
        None,
    ),
    ("I told the nurse about the fever, it is 38.6 now", "en", "urgent", "fever"),
    (
        "can you go into anaphylaxis from stem cells? my daughter is allergic to lots of things",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "si se me duerme la pierna despues de la inyeccion en la columna es emergencia? todavia no me la ponen, es en diciembre",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    ("si, se me duerme la pierna desde la inyeccion en la columna, es grave?", "es", "emergency", "leg_weakness"),
    # An emergency sign almost over ("ya casi se me pasó", "almost gone") is not over.
    ("me dolio mucho el pecho hace un rato, ya casi se me paso", "es", "emergency", "chest_pain"),
    ("my chest was hurting a lot a bit ago, it is almost gone now", "en", "emergency", "chest_pain"),
    ("my chest was hurting a bit ago, it is gone now, what could that be?", "en", "info_alarming", "chest_pain"),
]

# Read from the heldout IJ–IM round (2026-12-05): a swelling gone down completely, a sign only partly
# passed, a denied fever told with its normal readings, the words of signs denied read by the model.
AFTER_SETS_R27A = [
    (
        "my calf was swollen after the iv last week but it went down completely by wednesday. anything I should do?",
        "en",
        "info_alarming",
        "leg_clot",
    ),
    (
        "se me hincho la pantorrilla despues del suero la semana pasada pero se desinflamo por completo el miercoles. debo hacer algo?",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    ("my calf swelled up after the iv last week, it went down a bit", "en", "urgent", "leg_clot"),
    ("se me hincho la pantorrilla despues del suero la semana pasada, ya se bajo un poco", "es", "urgent", "leg_clot"),
    ("no fever, took my temp twice this morning. 98.1 both times", "en", "info_alarming", "fever"),
    ("sin fiebre, me tome la temperatura dos veces esta mañana. 36,7 las dos veces", "es", "info_alarming", "fever"),
    ("no fever, nothing red, no pus, only sore where they put the needle, day 2", "en", "side_effect", None),
    ("no tengo fiebre, nada rojo, nada de pus, solo me duele donde entro la aguja, dia 2", "es", "side_effect", None),
]

# Read from round IN–IR (2026-12-05): which signs asked for ("the early signs"), an illness caught by
# someone outside the home ("caught", "agarró", "un pana"), told as a story.
AFTER_SETS_R27B = [
    (
        "my cousin got sepsis after a stem cell clinic overseas, what are the first warning signs?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "mi prima agarro una sepsis despues de una clinica de celulas madre afuera, cuales son los primeros sintomas?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    ("a buddy of mine caught sepsis after stem cells in another country", "en", "info_alarming", "sepsis"),
    ("un parcero agarro sepsis despues de las celulas madre en otro pais", "es", "info_alarming", "sepsis"),
    (
        "un compa contrajo una sepsis despues de ponerse celulas madre en el extranjero, que tan comun es?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "a coworker developed sepsis after some stem cell thing abroad, how common is that?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    ("my buddy caught sepsis after stem cells abroad and now he wont wake up", "en", "emergency", "sepsis"),
    ("mi pana agarro una sepsis despues de las celulas madre y ahorita no despierta", "es", "emergency", "sepsis"),
]

# Read from round IS–IV (2026-12-05): someone else's ending told in a sentence about them, gone past a
# mark drawn round a patch, a sign as what a message says, "at what point", a line to watch for,
# an instruction given and then what the writer has.
AFTER_SETS_R27C = [
    (
        "there's a red streak going up my forearm from the drip site. my neighbour had the same thing and she said it went away by itself",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "tengo una raya roja que me sube por el antebrazo desde el suero. mi cuñada dice que a ella le salio igual y se le quito sola",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "dia 3 de la inyeccion en el hombro, lo rojo sigue creciendo, le marque la orilla con plumon anoche y ya se paso",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "day 3 after the shoulder shot, the redness keeps growing, I drew around it with a pen last night and it's already gone past the line",
        "en",
        "urgent",
        "spreading_redness",
    ),
    ("please change to Spanish, I did not understand the part about fever you sent", "en", "language", None),
    ("cambia a ingles porfa, no entendi la parte de la fiebre que mandaste", "es", "language", None),
    ("knee is fine, no fever, just curious at which point a fever means I should call", "en", "info_alarming", "fever"),
    (
        "todo bien con la rodilla, sin fiebre, solo una duda: en que momento la fiebre ya es para llamar",
        "es",
        "info_alarming",
        "fever",
    ),
    ("day 1, 99.3 this evening. they told me to look out for 100.4, so that's fine right?", "en", "side_effect", None),
    (
        "dia 1, tengo 37,3 esta noche. la enfermera me dijo que vigile si pasa de 38, asi que estoy bien verdad?",
        "es",
        "side_effect",
        None,
    ),
    ("the nurse told me to call if I got a fever and I have a fever of 101 now", "en", "urgent", "fever"),
    ("la enfermera me dijo que llamara si me daba fiebre y tengo 38,7", "es", "urgent", "fever"),
]

# Read from round IW–IZ (2026-12-05): a sign named among the data kept ("lo de la fiebre"), fainting
# set off by needles or blood ("se desmaya con las agujas") as a way the person is.
AFTER_SETS_R27D = [
    ("que informacion mia tienen guardada? mi correo, mi edad, lo de la calentura?", "es", "privacy", None),
    ("what do you store about me? my email, my age, the fever thing?", "en", "privacy", None),
    (
        "que hago si mi hijo se desmaya despues de la infusion? para estar listos, el se desmaya con las inyecciones",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "what do we do if my son faints after the infusion? just so we are ready, he faints with needles",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("mi mama se desmaya cuando ve sangre y ahorita se desmayo y no despierta", "es", "emergency", "fainting"),
    ("my husband faints at the sight of blood and just fainted and is not waking up", "en", "emergency", "fainting"),
    # Gone past a mark drawn round the patch ("marqué la orilla… ya se pasó", "marked the edge… passed it"),
    # not a red line that passed.
    (
        "dia 3 del pinchazo en el hombro y lo rojo se sigue extendiendo, marque la orilla con plumon como dijo una enfermera en youtube y ya se paso",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "redness keeps spreading on day 3, I marked the edge with a pen like a nurse on youtube said and it already passed it",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "had a red line up my arm after the drip, it passed after an hour and im fine now",
        "en",
        "info_alarming",
        "red_streak",
    ),
    ("tenia una raya roja en el brazo despues del suero y ya se paso, estoy bien", "es", "info_alarming", "red_streak"),
]


# Read from the final round of the twenty-seventh session (AA-AD), 2026-12-05: a relative's (or one's
# own) treatment told with no sign; a denial followed by relief ("gracias a Dios") or by "and" and
# another clause.
AFTER_SETS_R28A = [
    ("a mi esposo le pusieron celulas madre en la espalda ayer", "es", "side_effect", None),
    ("my husband had stem cells put in his back yesterday", "en", "side_effect", None),
    ("a mi mama le hicieron la rodilla hoy, que le doy para el dolor", "es", "side_effect", None),
    ("they did my mom's knee today, what do I give her for the pain", "en", "side_effect", None),
    ("fiebre no tiene gracias a Dios, pero a partir de cuantos grados hay que llamar?", "es", "info_alarming", "fever"),
    ("no fever thank god, but from what temperature do we call?", "en", "info_alarming", "fever"),
    ("fiebre no tengo menos mal, pero cuanto es mucho?", "es", "info_alarming", "fever"),
    ("fiebre no tengo y la rodilla esta roja, caliente y cada vez mas hinchada", "es", "urgent", "spreading_redness"),
    ("no fever and the knee is red, hot and getting more swollen", "en", "urgent", "worsening_pain"),
    ("a mi suegra le inyectaron celulas en las dos caderas el martes", "es", "side_effect", None),
    ("my mother in law had cells injected in both hips on tuesday", "en", "side_effect", None),
    ("hola, me pusieron celulas madre en la columna hace dos dias", "es", "side_effect", None),
    ("hi, I had stem cells put in my spine two days ago", "en", "side_effect", None),
]


# Read from round AE-AH (2026-12-05): pain worse "than on day one" with a word between; "up to 38 is
# normal" told as the range, not a reading; "remind me which…" asks to be told again; a fever denied
# yesterday and read today in the next clause.
AFTER_SETS_R28B = [
    ("day 6 now and my hip aches way more than on the second day. normal??", "en", "urgent", "worsening_pain"),
    ("dia 6 y la cadera me duele muchisimo mas que el segundo dia, es normal??", "es", "urgent", "worsening_pain"),
    (
        "37.6 this evening, the drip was today. the doctor told me anything under 38 is fine the first day, right?",
        "en",
        "side_effect",
        None,
    ),
    (
        "37,6 esta tarde, el suero fue hoy. el doctor me dijo que hasta 38 es normal el primer dia, verdad?",
        "es",
        "side_effect",
        None,
    ),
    ("me subio hasta 38,4 anoche y sigo igual", "es", "urgent", "fever"),
    ("it went up to 38.4 last night and it's the same now", "en", "urgent", "fever"),
    (
        "my arm isn't numb and I can move it fine, but could you remind me which signs mean I should call the clinic?",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "no tengo el brazo dormido y lo muevo bien, pero me recuerdas cuales señales son para llamar a la clinica?",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    ("remind me about my follow up visit in 6 weeks", "en", "reminders", None),
    ("recuerdame el control de las 6 semanas", "es", "reminders", None),
    (
        "anoche no tenia fiebre, ahora 38,3. la hinchazon ya bajo, sera nada? dia 4 de la rodilla",
        "es",
        "urgent",
        "fever",
    ),
    (
        "no fever last night, now 38.3. the swelling went down, so probably nothing? day 4 after the knee",
        "en",
        "urgent",
        "fever",
    ),
    ("can you remind me what the warning signs are again?", "en", "info_alarming", "unrecognised"),
    ("me recuerdas cuales son las señales de alarma?", "es", "info_alarming", "unrecognised"),
]


# Read from round AJ-AM (2026-12-05): a joint swollen and red beside an arm that will not lift; a
# question running into the sign's words ("cómo es un coágulo") or after a condition's name ("la
# sepsis qué es"); sight given as the reason for bigger letters on the phone.
AFTER_SETS_R28C = [
    (
        "six weeks after the shot my shoulder is hurting again, it's puffy and red now and I can't lift my arm at all from the pain",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "a las seis semanas el hombro me volvio a doler, ahora esta hinchado y rojo y no puedo levantar el brazo para nada",
        "es",
        "urgent",
        "septic_joint",
    ),
    ("my face looks droopy and I can't lift my arm", "en", "emergency", "stroke"),
    ("como es una trombosis en la pierna", "es", "info_alarming", "leg_clot"),
    ("what is a clot in the leg like", "en", "info_alarming", "unrecognised"),
    ("la anafilaxia que es", "es", "info_alarming", "anaphylaxis"),
    ("el derrame cerebral que es", "es", "info_alarming", "stroke"),
    ("tengo dolor de pecho que es eso", "es", "emergency", "chest_pain"),
    ("my chest hurts what does it mean", "en", "emergency", "chest_pain"),
    ("hola, como pongo la letra mas grande en el telefono? ya no veo bien", "es", "other", None),
    ("how can I make the font bigger on my phone? I can't see well anymore", "en", "other", None),
    ("me pusieron relleno en la cara y no veo bien, ni las letras grandes", "es", "emergency", "vision_loss"),
]


# Read from round AN-AR (2026-12-05): death preferred to the pain and the means at hand, told without
# the words of a wish to die; sight lost "de ese ojo"; "that won't happen to me, will it?" after
# someone else's sign.
AFTER_SETS_R28D = [
    (
        "ya no puedo, tengo la navaja aqui, prefiero morirme que seguir con este dolor de la espalda",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "I can't anymore, I have the razor right here, I'd rather die than go on with this back pain",
        "en",
        "emergency",
        "suicidal",
    ),
    ("mejor me muero, nadie me ayuda con este dolor", "es", "emergency", "suicidal"),
    ("honestly I'd rather be dead than live like this", "en", "emergency", "suicidal"),
    ("me muero de risa con tus respuestas jaja", "es", "smalltalk", None),
    (
        "martes me inyectaron el ojo, miercoles molestia, jueves dolor y hoy ya no veo con ese ojo",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "tuesday eye shot, wednesday sore, thursday pain, today I can't see out of that eye",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "my cousin had a seizure after her stem cells in Mexico, that won't happen to me, will it?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "a mi primo le dio una convulsion despues de las celulas en Mexico, eso no me va a pasar a mi, verdad?",
        "es",
        "info_alarming",
        "seizure",
    ),
    ("tuve una convulsion hace media hora, no me va a pasar otra vez verdad?", "es", "emergency", "seizure"),
    ("I had a seizure half an hour ago, it won't happen again will it?", "en", "emergency", "seizure"),
]

# Twenty-ninth session, from the misses of AS-AV (read after they were measured): a denial that
# it happened again, in the sentence after, ends a past sign; hospital discharge papers are not pus;
# the saddle area named as the zone between the legs.
AFTER_SETS_R29A = [
    (
        "the fainting at the clinic was from the needle, the nurse said. just so you know it hasn't happened again",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "el desmayo en la clinica fue por la aguja, dijo la enfermera. solo aviso que no se ha repetido",
        "es",
        "info_alarming",
        "fainting",
    ),
    ("I passed out in the recovery room. It hasn't happened again since.", "en", "info_alarming", "fainting"),
    ("me desmaye en la sala de recuperacion. no me ha vuelto a pasar", "es", "info_alarming", "fainting"),
    (
        "I fainted at the clinic. it hasnt happened again but I'm still not right, can barely stand",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "me desmaye en la clinica. no se ha repetido pero sigo muy mal, casi no me puedo parar",
        "es",
        "emergency",
        "fainting",
    ),
    ("I can't see out of my right eye since the injection. It hasn't come back.", "en", "emergency", "vision_loss"),
    ("no veo del ojo derecho desde la inyeccion. la vista no ha vuelto", "es", "emergency", "vision_loss"),
    (
        "what does sepsis look like? the discharge pamphlet mentions it but doesn't explain",
        "en",
        "info_alarming",
        "sepsis",
    ),
    ("como se ve la sepsis? el folleto del alta la menciona pero no explica", "es", "info_alarming", "sepsis"),
    ("there's yellow discharge from the shot site since this morning", "en", "urgent", "discharge"),
    (
        "que hago si algun dia siento dormida la zona entre las piernas despues de la inyeccion en la columna?",
        "es",
        "info_alarming",
        "groin_numbness",
    ),
    (
        "what do I do if one day the area between my legs goes numb after the spine injection?",
        "en",
        "info_alarming",
        "groin_numbness",
    ),
    (
        "siento adormecida la zona entre las piernas desde la inyeccion en la columna",
        "es",
        "emergency",
        "groin_numbness",
    ),
    ("the area between my legs feels numb since the spine injection", "en", "emergency", "groin_numbness"),
]

# From the misses of AW-AZ (read after they were measured): a wound seen in the present, in a
# sentence naming the treatment, is dated by "fue hace…" only as the treatment; "tirita" with the
# cold; values offered to a question about the fever line; "again" of a question; now, of talk or
# of a treatment wanted; worse at night is not worse by the day.
AFTER_SETS_R29B = [
    ("la herida de la lipo bota pus y huele feo, fue hace dos semanas", "es", "urgent", "discharge"),
    ("the lipo wound is oozing pus and smells bad, it was two weeks ago", "en", "urgent", "discharge"),
    (
        "el sitio de la inyeccion en la cadera se abrio y sale liquido turbio, fue hace como 3 semanas",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "the injection site on my hip opened and cloudy fluid comes out, it was about 3 weeks ago",
        "en",
        "urgent",
        "discharge",
    ),
    ("tuve pus en la herida de la lipo, fue hace dos semanas y ya sano", "es", "info_alarming", "discharge"),
    ("I had pus from the lipo wound, it was two weeks ago and it healed", "en", "info_alarming", "discharge"),
    (
        "mi papa dice que tiene un frio terrible y tirita con dos cobijas encima, el suero fue antier",
        "es",
        "urgent",
        "chills",
    ),
    ("my dad says he's freezing and shivering under two blankets, the drip was two days ago", "en", "urgent", "chills"),
    ("me puse una tirita en el pinchazo, es normal que tenga un moretoncito?", "es", "side_effect", None),
    (
        "no tengo fiebre eh, solo quiero saber desde cuantos grados ustedes consideran fiebre, 37 y medio? 38?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "I have no fever, I just want to know what you consider a fever, 37 and a half? 38?",
        "en",
        "info_alarming",
        "fever",
    ),
    ("what counts as a fever? mine is 38.4 since this morning", "en", "urgent", "fever"),
    (
        "my dad had a stroke years ago and wants the IV now, what are the stroke signs again so I know what to watch for?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "mi papa tuvo un derrame hace años y ahora quiere el suero, cuales eran las señales del derrame otra vez? para saber que vigilar",
        "es",
        "info_alarming",
        "stroke",
    ),
    ("I fainted last year and guess what, I fainted again today", "en", "emergency", "fainting"),
    ("me desmaye el año pasado y que crees, hoy me desmaye otra vez", "es", "emergency", "fainting"),
    (
        "my neighbor's son had leg weakness after a spine injection abroad and needed surgery, that's all anyone talks about at church now. what should I watch for after mine?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "al hijo de mi vecina le dio debilidad en las piernas despues de una inyeccion en la columna y lo operaron, de eso hablan todos en la iglesia ahora. que vigilo despues de la mia?",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "my neighbor had a seizure after the clinic and she is still shaking now, what do I do",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "me infiltraron la rodilla hoy temprano, la doctora dijo que es normal que duela pero de noche todo se siente peor, cuanto dura ese dolor?",
        "es",
        "side_effect",
        None,
    ),
    (
        "they injected my knee this morning, the doctor said soreness is normal but at night everything feels worse, how long does the pain last?",
        "en",
        "side_effect",
        None,
    ),
    ("de noche el dolor esta cada vez peor, ya es el dia 5", "es", "urgent", "worsening_pain"),
    ("at night the pain gets worse every day, it's day 5", "en", "urgent", "worsening_pain"),
]

# From the misses of BA-BD (read after they were measured): sight gone dark with the eye named
# first; "how i know if" and "is true this can happen?" asked in learner's English; still, of a
# worry asked; a spelt reading "clavado" / "on the dot".
AFTER_SETS_R29C = [
    (
        "saw a video about a man who went blind from eye injections, mine was yesterday and twenty minutes ago everything in my left eye just went black",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "vi un video de un señor que quedo ciego por las inyecciones en el ojo, a mi me inyectaron ayer y hace veinte minutos todo en el ojo izquierdo se me puso negro",
        "es",
        "emergency",
        "vision_loss",
    ),
    ("todo se me puso oscuro en el ojo que me inyectaron", "es", "emergency", "vision_loss"),
    ("everything in the injected eye went dark a few minutes ago", "en", "emergency", "vision_loss"),
    ("my aunt go blind after eye cells in mexico, is true this can happen?", "en", "info_alarming", "vision_loss"),
    (
        "mi tia quedo ciega despues de celulas en el ojo en mexico, es verdad que eso puede pasar?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    ("how i know if is a stroke after the iv?", "en", "info_alarming", "stroke"),
    ("como se si es un derrame despues del suero?", "es", "info_alarming", "unrecognised"),
    ("I know my chest hurts bad right now, how i know if its serious", "en", "emergency", "chest_pain"),
    ("the chest pain I had on monday is gone now, still I should worry?", "en", "info_alarming", "chest_pain"),
    (
        "el dolor de pecho que tuve el lunes ya se me quito, aun asi me debo preocupar?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("my chest still hurts since this morning, should I worry?", "en", "emergency", "chest_pain"),
    ("tengo treinta y ocho clavado, dia tres, voy a la clinica?", "es", "urgent", "fever"),
    ("thirty eight on the dot on day three, should I go in?", "en", "urgent", "fever"),
]

# From the misses of BE-BH (read after they were measured): "ya no me duele", "doesn't hurt
# anymore" end a pain; since, of a wellness told before it; "cuánta gente", "how many people"
# ask; a joint that bends less than before is stiff, not septic.
AFTER_SETS_R29D = [
    (
        "el jueves tuve dolor de pecho despues del suero, en urgencias me hicieron electro, todo bien, ya no me duele. le aviso a la clinica antes de la otra sesion?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "had chest pain on thursday after the drip, the ER did an ECG, all fine, it doesn't hurt anymore. should I tell the clinic before the next session?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    ("me duele el pecho desde ayer, ya no me duele la rodilla", "es", "emergency", "chest_pain"),
    ("my chest has hurt since yesterday, my knee doesn't hurt anymore", "en", "emergency", "chest_pain"),
    ("I had 38.6 three days ago but it's been normal, 36.9, since yesterday", "en", "info_alarming", "fever"),
    ("tuve 38,6 hace tres dias pero ha estado normal, 36,9, desde ayer", "es", "info_alarming", "fever"),
    ("I had 38.6 three days ago and it's back, 38.4 since yesterday", "en", "urgent", "fever"),
    (
        "cuanta gente se ha quedado ciega con las inyecciones de celulas en los ojos?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    ("a cuantas personas les ha dado un derrame con el suero de celulas?", "es", "info_alarming", "stroke"),
    ("how many people had a stroke after the stem cell IV?", "en", "info_alarming", "stroke"),
    (
        "es normal que la rodilla quede tiesa unos dias? mi mama no la puede doblar igual que antes",
        "es",
        "side_effect",
        None,
    ),
    ("is it normal for the knee to stay stiff a few days? my mom can't bend it like before", "en", "side_effect", None),
    ("no la puedo doblar para nada, esta caliente e hinchada, dia 4", "es", "urgent", "septic_joint"),
    ("I can't bend it at all and it's hot and swollen, day 4", "en", "urgent", "septic_joint"),
    (
        "ya no me duele tanto el brazo pero me salio una linea roja que sube desde donde estuvo el suero",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "my arm doesn't hurt as much but there's a red line going up from where the drip was",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "del puntito de la inyeccion me sale pus espeso y mancha la gasa, dia siete, pense que era normal porque ya no duele",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "thick pus comes out of the injection spot and stains the gauze, day seven, I thought it was fine because it doesn't hurt anymore",
        "en",
        "urgent",
        "discharge",
    ),
    ("el hombro que me trataron esta rojo, hinchado y no lo puedo levantar del dolor", "es", "urgent", "septic_joint"),
]


# Thirtieth session, read from heldout BI-BL: a belief back then ("pensé que no era nada"), an episode
# dated by a month, what a wound is seen doing now beside last week's healing, a reading in words
# beside an earlier day's in digits.
AFTER_SETS_R30A = [
    (
        "treinta y ocho justos, segundo dia despues de las inyecciones en la cadera. ayer tenia 37,5 y pense que no era nada",
        "es",
        "urgent",
        "fever",
    ),
    (
        "38 flat, day 2 after the hip injections. yesterday it was 37.5 and I thought it was nothing",
        "en",
        "urgent",
        "fever",
    ),
    ("crei que no era nada pero la rodilla sigue roja y caliente y tengo 38,5", "es", "urgent", "spreading_redness"),
    ("I thought it was nothing but my knee is still red and hot and I have 38.5", "en", "urgent", "spreading_redness"),
    (
        "en enero me desmaye despues de que me sacaron la medula, dijeron que fue vasovagal. voy a una segunda vez, les aviso?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "in january i fainted after the marrow harvest, they said it was vasovagal. im going for a second round, should i tell them?",
        "en",
        "info_alarming",
        "fainting",
    ),
    ("me desmaye en marzo y otra vez hoy", "es", "emergency", "fainting"),
    ("I fainted in march and again today", "en", "emergency", "fainting"),
    ("en enero me hice las celulas y hoy me desmaye", "es", "emergency", "fainting"),
    ("i had my infusion in march and i fainted an hour ago", "en", "emergency", "fainting"),
    (
        "la herida del hombro esta botando como pus amarillo y huele maluco, la semana pasada iba sanando bien",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "the wound on my shoulder is oozing yellowish pus and smells nasty, last week it was healing fine",
        "en",
        "urgent",
        "discharge",
    ),
    ("la herida esta supurando, la semana pasada me quitaron los puntos", "es", "urgent", "discharge"),
    ("the wound is draining pus, they took the stitches out last week", "en", "urgent", "discharge"),
]


# Thirtieth session, read from BM-BP: whether the message is worth sending ("not sure if it matters")
# before a sign told of someone else; what should not happen ("el dolor no debe empeorar") is no denial.
AFTER_SETS_R30B = [
    (
        "not sure if it matters but the neighbour I drive to appointments has a knee that's very hot and swollen and she can't put weight on it. The injection was about 3 weeks ago, no fever",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "no se si importa pero la vecina que llevo a las citas tiene la rodilla muy caliente e hinchada y no puede apoyarla. la inyeccion fue hace como 3 semanas, sin fiebre",
        "es",
        "urgent",
        "septic_joint",
    ),
    ("not sure if it matters but my mom has a fever of 39 and her knee is red", "en", "urgent", "fever"),
    ("no se si sea importante pero mi mama tiene 39 de fiebre y la rodilla roja", "es", "urgent", "fever"),
    (
        "Asere, mi hermano se puso las stem cells en la rodilla en Hialeah el lunes, el miércoles estaba de lo más bien, pero hoy viernes la rodilla está peor que nunca, un dolor que no lo deja dormir, y más hinchada. Fiebre no tiene. El médico le dijo que eso es la regeneración, pero en internet dice que el dolor no debe empeorar",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "my brother had stem cells in his knee on monday, on wednesday he was great, but today friday the knee is worse than ever, the pain keeps him up and it's more swollen. no fever. the doctor said it's the regeneration but online it says the pain should not get worse",
        "en",
        "urgent",
        "worsening_pain",
    ),
]


# Thirtieth session, read from BQ-BT: a sign as what a question is about ("just asking about the lung
# clot thing"); "if I should bother you"; a denial before "and today I feel normal"; redness wider than
# the dressing ("lo rojo ya pasó la curita").
AFTER_SETS_R30C = [
    ("no chest pain im just asking about the lung clot thing", "en", "info_alarming", "breathing"),
    ("no me duele el pecho, solo pregunto por lo de los coagulos en el pulmon", "es", "info_alarming", "breathing"),
    ("I have a question about the chest pain, it started an hour ago", "en", "emergency", "chest_pain"),
    ("asking about the chest pain i have now", "en", "emergency", "chest_pain"),
    (
        "not sure if I should bother you, some yellowish gunk is coming out of the hip injection site and it smells bad",
        "en",
        "urgent",
        "discharge",
    ),
    ("no se si deba molestarlos, me sale como pus amarillo del piquete y huele feo", "es", "urgent", "discharge"),
    (
        "last night i felt faint for a sec when i stood up but it never happened again and today i feel totally normal",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "anoche me senti desmayar un segundo al pararme pero no me volvio a pasar y hoy me siento normal",
        "es",
        "info_alarming",
        "fainting",
    ),
    ("i fainted an hour ago and i dont feel ok", "en", "emergency", "fainting"),
    ("sin calentura pero lo rojo ya paso la curita", "es", "urgent", "spreading_redness"),
    ("no fever but the red has gone past the bandaid", "en", "urgent", "spreading_redness"),
    ("la rojez ya se sale de la gasa", "es", "urgent", "spreading_redness"),
    ("the redness spread beyond the dressing", "en", "urgent", "spreading_redness"),
]


# Thirtieth session, read from BU-BX: values offered to a question about the line after a clause
# that mentions the writer's doctor; a rule in shorthand ("pus = go in"); a swelling that went down
# ("se desinchó"); a together sign across a clause does not carry its passing to the next clause.
AFTER_SETS_R30D = [
    (
        "what counts as a high fever after treatment, 38? 39? my doctor and the website say different things",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "a partir de cuanto es fiebre de verdad despues del tratamiento? 38? 39? el medico dice una cosa y la pagina otra",
        "es",
        "info_alarming",
        "fever",
    ),
    ("what counts as a fever? i have 38.6", "en", "urgent", "fever"),
    (
        "how do I tell normal soreness from an infection? my pharmacist said pus = go in",
        "en",
        "info_alarming",
        "discharge",
    ),
    (
        "como distingo el dolor normal de una infeccion? el farmaceutico dijo que pus = ir a la clinica",
        "es",
        "info_alarming",
        "discharge",
    ),
    ("la enfermera dijo que fiebre significa llamar a la clinica, cuanto es fiebre?", "es", "info_alarming", "fever"),
    ("the nurse said a fever means call the clinic, how high is a fever?", "en", "info_alarming", "fever"),
    ("there is pus coming out, that means go in right?", "en", "urgent", "discharge"),
    ("tengo pus, eso significa ir a urgencias?", "es", "urgent", "discharge"),
    (
        "la pierna hinchada que tenia ya se desinchó, el eco dio que no habia coagulo. gracias a la enfermera que me mando a revisarme",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    (
        "the swollen leg I had has gone down, the scan showed no clot. thanks to the nurse who sent me to get checked",
        "en",
        "info_alarming",
        "leg_clot",
    ),
    ("la hinchazon ya bajo pero la pierna sigue caliente y dura", "es", "urgent", "leg_clot"),
    ("the swelling went down but my leg is still hot and hard", "en", "urgent", "spreading_redness"),
]


# Thirty-first session, first round: a treatment's weekday and today's, a doubt said as a smell,
# warmth told mildly in the first hours, a date alone.
AFTER_SETS_R31A = [
    (
        "had my hip injected on tuesday. first couple of days were ok, thursday felt better, today is saturday and it hurts much more than the first day",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "me infiltraron la cadera el martes, el jueves ya mejor, pero hoy sábado me duele mucho más que el primer día",
        "es",
        "urgent",
        "worsening_pain",
    ),
    ("got the shot in my shoulder on monday and today it hurts way more", "en", "urgent", "worsening_pain"),
    ("me inyectaron el hombro el lunes y hoy me duele muchísimo más", "es", "urgent", "worsening_pain"),
    (
        "they want cash up front and keep pushing me, something smells off to me. how do I check a clinic is legit?",
        "en",
        "clinic_choice",
        None,
    ),
    (
        "quieren todo en efectivo y por adelantado, algo me huele raro. como verifico que una clinica sea legal?",
        "es",
        "clinic_choice",
        None,
    ),
    ("la gasa me huele mal y esta amarilla", "es", "urgent", "discharge"),
    ("the dressing smells bad to me and it's yellow", "en", "urgent", "discharge"),
    (
        "my elbow is a little warm and swollen a couple hours after the injection, is that expected?",
        "en",
        "side_effect",
        None,
    ),
    ("el codo quedó calientito e hinchadito a las dos horas de la inyección, es normal?", "es", "side_effect", None),
    ("my knee is a bit warm and swollen 4 days after the shot and getting bigger", "en", "urgent", "septic_joint"),
    ("la rodilla calientita e hinchada y cada dia mas grande, ya es el dia 5", "es", "urgent", "septic_joint"),
    ("next tuesday at 10am", "en", "reminders", None),
    ("el próximo martes a las 10", "es", "reminders", None),
    ("it was 5 days ago", "en", "reminders", None),
    ("fue hace cinco días", "es", "reminders", None),
    ("37.7 tonight, day 0", "en", "side_effect", None),
    ("37,6 esta noche, día 0", "es", "side_effect", None),
]


# Second round: a case asked about told again as now, a sign that just happened, a third party's
# sign asked about as "a known thing", "explain", "catch", and a pain that "has gone".
AFTER_SETS_R31B = [
    (
        "my doctor said if my chest ever feels tight after the drip to call 911. well it's tight right now, is that what she meant?",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "la doctora me dijo que si me apretaba el pecho después del suero llamara al 911. pues ahorita lo tengo apretado, ¿a eso se refería?",
        "es",
        "emergency",
        "chest_pain",
    ),
    ("what if my chest gets tight after the iv? it's not tight now, just asking", "en", "info_alarming", "chest_pain"),
    (
        "¿y si se me aprieta el pecho después del suero? ahorita no lo tengo apretado, solo pregunto",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "my coworker had a seizure after her stem cell shots in panama, is that a known thing?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "mi compañera de trabajo tuvo una convulsión después de sus células en Panamá, ¿es algo conocido?",
        "es",
        "info_alarming",
        "seizure",
    ),
    ("my husband just had a seizure, is that possible after the iv?", "en", "emergency", "seizure"),
    ("mi esposo acaba de tener una convulsión, ¿eso puede pasar después del suero?", "es", "emergency", "seizure"),
    ("please explain what sepsis is, the word scares me", "en", "info_alarming", "sepsis"),
    ("explíqueme qué es la sepsis, la palabra me asusta", "es", "info_alarming", "sepsis"),
    ("can you catch sepsis from contaminated cells?", "en", "info_alarming", "sepsis"),
    ("¿se puede agarrar una sepsis por células contaminadas?", "es", "info_alarming", "sepsis"),
    (
        "the chest pain from friday has gone and the ER found nothing. should I tell the clinic?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "el dolor de pecho del viernes ya se fue y en urgencias no encontraron nada. ¿le aviso a la clínica?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("my face has gone droopy on one side", "en", "emergency", "stroke"),
    ("se me ha caído la cara de un lado", "es", "emergency", "stroke"),
    ("me dijeron en la clínica que ya pasó lo peor, la rodilla sigue un poco inflamada", "es", "side_effect", None),
    ("the clinic told me the worst is over, my knee is still a bit swollen", "en", "side_effect", None),
]


# Third round: numbness with a hand that moves well, a reading asked about by someone whose
# treatment was days ago, a spread that went away, "llegué a 38,6", "I'm a fainter".
AFTER_SETS_R31C = [
    (
        "since the shot in my elbow yesterday two fingers have gone numb, but I can move my hand fine. will the feeling come back?",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "desde la inyección en el codo ayer tengo dos dedos dormidos, pero puedo mover la mano bien. ¿volverá la sensibilidad?",
        "es",
        "urgent",
        "new_numbness",
    ),
    ("can you tell me if 38.6 is bad? had my knee injection three days ago", "en", "urgent", "fever"),
    ("¿me puedes decir si 38,6 es mucho? me inyectaron la rodilla antier", "es", "urgent", "fever"),
    ("what if it goes over 38.5? had the infusion yesterday", "en", "info_alarming", "fever"),
    ("¿y si pasa de 38,5? me hicieron la infusión ayer", "es", "info_alarming", "fever"),
    (
        "the redness was spreading on tuesday, the clinic gave me antibiotics and by saturday it was gone",
        "en",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "la rojez se estaba extendiendo el martes, me dieron antibiótico y el sábado ya desapareció",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "no fever since yesterday, on monday I reached 38.8 and the clinic gave me antibiotics. can I exercise yet?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "desde ayer sin fiebre, el lunes llegué a 38,8 y la clínica me dio antibiótico. ¿ya puedo hacer ejercicio?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "I passed out at a blood test last month, not now, just so you know I'm a fainter",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me desmayé en un análisis el mes pasado, no ahora, solo para que sepan que soy de desmayarme",
        "es",
        "info_alarming",
        "fainting",
    ),
]


# Fourth round: a wish to die told to the writer by someone close, a colour the skin "has gone",
# a patch grown to twice its dressing, a dressing yellow and smelly after a leaflet's rule.
AFTER_SETS_R31D = [
    (
        "my daughter texted me that she wants to kill herself, she's alone in her apartment",
        "en",
        "emergency",
        "suicidal",
    ),
    ("mi hija me escribió que se quiere matar, está sola en su departamento", "es", "emergency", "suicidal"),
    (
        "I read that some people want to kill themselves after a failed treatment, is that common?",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "leí que algunas personas se quieren matar después de un tratamiento fallido, ¿es común?",
        "es",
        "info_alarming",
        "suicidal",
    ),
    (
        "the doctor said if the skin goes white or blue to call 911. it's gone bluish around her lip now",
        "en",
        "emergency",
        "skin_colour",
    ),
    (
        "el doctor dijo que si la piel se ponía blanca o azul llamara al 911. ya se puso azulada cerca del labio",
        "es",
        "emergency",
        "vessel_block",
    ),
    (
        "the nurse said to call if the redness spreads. it's about double the bandaid now and hot, day 4",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "la enfermera dijo que llamara si lo rojo se extendía. ya está como el doble de la curita y caliente, día 4",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the leaflet says pus or cloudy fluid means see someone today. this morning the gauze had something yellowish with a bad smell. day 5",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "el folleto dice que pus o líquido turbio es para consultar en el día. esta mañana la gasa tenía algo verdoso con olor horrible. día 5",
        "es",
        "urgent",
        "discharge",
    ),
]


# Found probing after the final round: a sign asked about while someone is seen doing it now.
AFTER_SETS_R31E = [
    ("what does a seizure look like? my daughter is jerking on the floor right now", "en", "emergency", "seizure"),
    ("¿cómo es una convulsión? mi hija se está sacudiendo en el piso ahora mismo", "es", "emergency", "seizure"),
    ("what does a seizure look like? my son is sleeping now, just curious", "en", "info_alarming", "seizure"),
    ("¿cómo se ve una convulsión? mi hijo está durmiendo ahora, solo por curiosidad", "es", "info_alarming", "seizure"),
]


# Thirty-second session: the constructions of the thirty-first session's last two rounds, read
# after they were measured ("after the IV, can you cough up blood?", "they found a small clot",
# "in March I had…", "the numbing wore off", "is it only with a high fever?", pills stopped,
# swollen legs denied), each with a twin that must still alarm.
AFTER_SETS_R32A = [
    (
        "después de las células por la vena, ¿se puede toser sangre? pregunto por mi papá, que se lo hace el mes que viene",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "after the stem cells through the vein, can you cough up blood? asking for my dad, he gets it next month",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    ("can you cough up blood after an IV drip?", "en", "info_alarming", "coughing_blood"),
    ("con el suero ¿se puede tener fiebre?", "es", "info_alarming", "fever"),
    ("after my iv can you help, im coughing up blood", "en", "emergency", "coughing_blood"),
    ("después del suero ayúdenme, estoy tosiendo sangre", "es", "emergency", "coughing_blood"),
    (
        "Back in March after my infusion I had chest pain and ended up in the ER, they found a small clot in my lung. I was on blood thinners 3 months and it's all cleared now. Is my clot risk higher if I do a second round?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "En marzo, después de la infusión, tuve dolor de pecho y terminé en urgencias; me encontraron un coágulo pequeño en el pulmón. Tomé anticoagulantes 3 meses y ya está todo limpio. ¿Mi riesgo de coágulo es más alto si hago otra ronda?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("I have chest pain right now, they found a clot in my lung last year", "en", "emergency", "chest_pain"),
    (
        "tengo dolor de pecho ahorita, el año pasado me encontraron un coágulo en el pulmón",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "In June I had chest pain after the drip, it turned out to be nothing. Does that make the next one riskier?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "En junio tuve dolor de pecho después del suero, al final no era nada. ¿Eso hace más riesgosa la próxima?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    ("In June I had the drip and now I have chest pain", "en", "emergency", "chest_pain"),
    ("en junio me pusieron el suero y hoy tengo dolor de pecho", "es", "emergency", "chest_pain"),
    (
        "did the knee injection 5 hours ago. the numbing wore off and now it aches much more than when I left. is that expected?",
        "en",
        "side_effect",
        None,
    ),
    (
        "me inyectaron la rodilla hace 5 horas. se me pasó la anestesia y ahora me duele mucho más que al salir. ¿es normal?",
        "es",
        "side_effect",
        None,
    ),
    ("the knee injection was last week and today it aches much more than yesterday", "en", "urgent", "worsening_pain"),
    (
        "la inyección en la rodilla fue la semana pasada y hoy me duele mucho más que ayer",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "What does sepsis look like? The leaflet keeps using that word. Is it only with a high fever?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "¿Cómo se ve la sepsis? El folleto repite mucho esa palabra. ¿Solo pasa con fiebre alta?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    ("is it only with a fever? because I have 38.6 on day 4", "en", "urgent", "fever"),
    ("¿solo pasa con fiebre? porque tengo 38,6 y es el día 4", "es", "urgent", "fever"),
    (
        "I stopped the stem cell activator pills 3 days ago when the bottle ran out, and my knees feel worse. Do I buy more or is it in my head?",
        "en",
        "pills",
        None,
    ),
    (
        "Dejé las pastillas activadoras de células madre hace 3 días porque se acabó el frasco y siento las rodillas peor. ¿Compro más o es mi imaginación?",
        "es",
        "pills",
        None,
    ),
    (
        "I take stem cell capsules, and since the knee injection last week the pain gets worse every day",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "tomo cápsulas de células madre, y desde la inyección en la rodilla la semana pasada el dolor empeora cada día",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "I'm not short of breath, no chest pain, my legs are not swollen. Writing because the nurse asked for a report every day. Day 4.",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "No me falta el aire, no me duele el pecho, no tengo las piernas hinchadas. Escribo porque la enfermera me pidió un reporte diario. Día 4.",
        "es",
        "info_alarming",
        "breathing",
    ),
    ("both my legs got swollen after the drip yesterday", "en", "urgent", "leg_clot"),
    ("tengo las dos piernas hinchadas desde el suero de ayer", "es", "urgent", "leg_clot"),
]

# The first round of the thirty-second session (DE-DH), read after it was measured: well "del
# todo", and alike "again" ("iguales otra vez"), end a sign; the twins that are not over still alarm.
AFTER_SETS_R32B = [
    (
        "el jueves me faltó el aire un rato pero ya estoy bien del todo, ¿igual le aviso a la clínica?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "on thursday I was short of breath for a while but I'm completely fine now, should I still tell the clinic?",
        "en",
        "info_alarming",
        "breathing",
    ),
    ("el jueves me faltó el aire y hoy otra vez, no estoy bien del todo", "es", "emergency", "breathing"),
    ("on thursday I was short of breath and today again, I'm not fine at all", "en", "emergency", "breathing"),
    (
        "la hinchazón de la pantorrilla ya se me quitó, las dos piernas están iguales otra vez",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    ("the swelling in my calf went away, both legs look the same again", "en", "info_alarming", "leg_clot"),
    ("la pantorrilla se deshinchó pero hoy está hinchada otra vez", "es", "urgent", "leg_clot"),
    ("the calf swelling went down but today it's swollen again", "en", "urgent", "leg_clot"),
    (
        "día 6 y ahora toda la rodilla está inflada y caliente, en el grupo dicen que es normal",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "day 6 and now the whole knee is puffed up and hot, the group says that is normal",
        "en",
        "urgent",
        "septic_joint",
    ),
]

# The second round of the thirty-second session (DI-DL), read after it was measured: a sign read
# in a leaflet pointed back at ("that's what I've had"), "numb where I sit", a reading with the
# day count in a sentence of its own, "más grande" redness, mixed-up words, "she is bleeding"
# (a subject before "is" is no word of address), "can IV cells make a clot", "report ANY fever".
AFTER_SETS_R32C = [
    (
        "the leaflet says 'numbness in the groin or buttocks: go to the ER'. that's what I've had for the last hour since the back injection",
        "en",
        "emergency",
        "groin_numbness",
    ),
    (
        "el folleto dice 'adormecimiento en la ingle o las nalgas: vaya a urgencias'. eso es lo que tengo desde hace una hora, desde la inyección en la espalda",
        "es",
        "emergency",
        "groin_numbness",
    ),
    (
        "the leaflet says 'numbness in the groin or buttocks: go to the ER'. that's what I had in 2019 after a fall, is it still a risk for me?",
        "en",
        "info_alarming",
        "groin_numbness",
    ),
    (
        "el folleto dice 'adormecimiento en la ingle o las nalgas: vaya a urgencias'. eso fue lo que tuve en 2019 tras una caída, ¿sigue siendo un riesgo para mí?",
        "es",
        "info_alarming",
        "groin_numbness",
    ),
    ("since the lumbar injection this morning I'm numb where I sit", "en", "emergency", "groin_numbness"),
    ("desde la inyección lumbar de esta mañana tengo dormido donde me siento", "es", "emergency", "groin_numbness"),
    (
        "thermometer says 101.2 F. The sheet says up to 38 is expected on the first day, but I'm on day 3, so what does that mean for me?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "el termómetro marca 38,4. La hoja dice que hasta 38 es esperable el primer día, pero voy en el día 3, ¿qué significa eso para mí?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "donde me pusieron la vía: el día 1 un moretón chiquito y hoy, día 4, lo rosado es más grande que la palma y está caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "where the drip went in: a small bruise on day 1 and today, day 4, the pink is bigger than my palm and warm",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "my dad had the IV yesterday, tonight he is mixing up his words and his temp is 38.9",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "a mi papá le pusieron el suero ayer, esta noche se le enredan las palabras y tiene 38,9",
        "es",
        "emergency",
        "stroke",
    ),
    ("she is bleeding a lot from the injection site and it won't stop", "en", "emergency", "heavy_bleeding"),
    ("ella está sangrando mucho por donde la inyectaron y no para", "es", "emergency", "heavy_bleeding"),
    ("mom is passing out in the kitchen", "en", "emergency", "fainting"),
    ("mi mamá se está desmayando en la cocina", "es", "emergency", "fainting"),
    ("can IV stem cells make a clot in the lung? what would it feel like?", "en", "info_alarming", "breathing"),
    (
        "¿las células por vena pueden hacer un coágulo en el pulmón? ¿cómo se sentiría?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "no fever, no redness. the nurse said to report any fever, so just saying all good on day 4",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "sin fiebre, sin enrojecimiento. la enfermera dijo que avisara de cualquier fiebre, así que aviso que todo bien, día 4",
        "es",
        "info_alarming",
        "fever",
    ),
    ("I have 38.4 today, the nurse said to report any fever", "en", "urgent", "fever"),
    ("hoy tengo 38,4, la enfermera dijo que avisara de cualquier fiebre", "es", "urgent", "fever"),
]

# The third round of the thirty-second session (DM-DP), read after it was measured: the messages
# asked for at another time ("stop pinging me at 6am, make it 10") are the reminders; "le dio 38,6"
# is a reading had, over when a lower one is told of today.
AFTER_SETS_R32D = [
    ("please stop pinging me at 6am, make it 10", "en", "reminders", None),
    ("por favor deja de mandarme mensajes a las 6 de la mañana, mejor a las 10", "es", "reminders", None),
    ("please stop messaging me, I don't want these anymore", "en", "privacy", None),
    ("por favor ya no me manden mensajes, no los quiero más", "es", "privacy", None),
    (
        "a mi papá le dio 38,6 el día 2 pero ya se le bajó, hoy tiene 36,8. ¿igual le aviso a la clínica?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "my dad had 38.6 on day 2 but it came down, today he has 36.8. should I still tell the clinic?",
        "en",
        "info_alarming",
        "fever",
    ),
    ("a mi papá le dio 38,6 hace una hora y es el día 4", "es", "urgent", "fever"),
    ("my dad got to 38.6 an hour ago and it is day 4", "en", "urgent", "fever"),
]

# The fourth round of the thirty-second session (DQ-DT), read after it was measured: a lump "cada
# día más grande", another function well ("breathing is fine tho") beside a sign told now, "volví a
# tener 38", "will it go away?" (a passing asked, not told); the twins that are over stay information.
AFTER_SETS_R32E = [
    (
        "me salió una bolita cerca del pinchazo que cada día está más grande, caliente y sensible",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "a little lump came up near the needle mark that gets bigger every day, hot and tender",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "my left calf is swollen and sore since the drip 2 days ago, breathing is totally fine tho",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "tengo la pantorrilla izquierda hinchada y adolorida desde el suero hace 2 días, respiro perfectamente bien",
        "es",
        "urgent",
        "leg_clot",
    ),
    (
        "my calf was swollen on monday after the drip, now it's totally fine, should I mention it?",
        "en",
        "info_alarming",
        "leg_clot",
    ),
    (
        "el lunes tenía la pantorrilla hinchada después del suero, ahora ya está totalmente bien, ¿lo menciono?",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    ("ya tenía la temperatura normal desde el domingo y hoy miércoles volví a tener 38,2", "es", "urgent", "fever"),
    ("my temperature had been normal since sunday and today, wednesday, I had 38.2 again", "en", "urgent", "fever"),
    (
        "yesterday I noticed two fingers on my right hand are numb and tingly since the wrist shot. will it go away by itself?",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "ayer noté dos dedos de la mano derecha dormidos y con hormigueo desde la inyección en la muñeca. ¿se me quitará solo?",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "two fingers went numb the day of the wrist shot but it went away after an hour, is that common?",
        "en",
        "info_alarming",
        "new_numbness",
    ),
    (
        "dos dedos se me durmieron el día de la inyección en la muñeca pero se me quitó en una hora, ¿es común?",
        "es",
        "info_alarming",
        "new_numbness",
    ),
]

AFTER_SETS_R33A = [
    (
        "the sheet says 'severe eye pain or sudden loss of vision: emergency'. I have both. the injection was this morning",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "la hoja dice que dolor fuerte en el ojo o perder la vista de golpe es urgencia. tengo las dos, me inyectaron esta mañana",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "the leaflet says chest pain or trouble breathing means call 911. i dont have both, just asking",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "la hoja dice que dolor de pecho o falta de aire es emergencia. no tengo las dos, solo pregunto",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "ahorita estoy sin calentura ni nada, solo quiero saber a partir de cuantos grados es fiebre",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "right now im without a fever or anything, i just want to know from how many degrees its a fever",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "que temperatura ya es peligrosa despues del tratamiento? nadie tiene fiebre, es para pegarlo en la nevera",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "what temperature is dangerous after the treatment? nobody has a fever, its for the fridge door",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "no one here has a fever, what number counts as one after the drip?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "nadie en la casa tiene fiebre, desde cuantos grados se considera fiebre despues del suero?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "nadie me hace caso en la clínica y tengo fiebre de 38,6 desde ayer",
        "es",
        "urgent",
        "fever",
    ),
    (
        "nobody at the clinic listens and i have had a fever of 101.5 since yesterday",
        "en",
        "urgent",
        "fever",
    ),
    (
        "nobody answers at the clinic and my knee has a red streak going up",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "nadie contesta en la clínica y la rodilla tiene una raya roja que sube",
        "es",
        "urgent",
        "red_streak",
    ),
]

AFTER_SETS_R33B = [
    (
        "no siento nada alrededor del ano ni de los genitales desde la inyección en la espalda de esta mañana, como si estuviera anestesiado",
        "es",
        "emergency",
        "groin_numbness",
    ),
    (
        "since the back injection this morning i cant feel anything around my anus or my genitals, like its been numbed",
        "en",
        "emergency",
        "groin_numbness",
    ),
    (
        "numbness all around my anus after the lumbar shot yesterday",
        "en",
        "emergency",
        "groin_numbness",
    ),
    (
        "tengo hormigueo alrededor del ano desde la inyección en la columna de ayer",
        "es",
        "emergency",
        "groin_numbness",
    ),
    (
        "parce la rodilla amaneció tiesa, como peor que antes, día 1, eso es normal?",
        "es",
        "side_effect",
        None,
    ),
    (
        "mate the knee woke up stiff, kind of worse than before, day 1, is that normal?",
        "en",
        "side_effect",
        None,
    ),
    (
        "knee is worse than before, day 5 now, and hot",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "la rodilla está peor que antes, ya es el día 5, y caliente",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "me duele más que ayer, día 2 de la inyección, es normal?",
        "es",
        "side_effect",
        None,
    ),
    (
        "cuánto es 38 grados en fahrenheit? mi termómetro marca en F y hasta ahora no he tenido fiebre",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "how much is 38 degrees in fahrenheit? my thermometer reads in F and so far no fever at all",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "is 100.4 F the same as 38 C? just checking the fever line, im fine",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "38 grados es lo mismo que 100.4 F? solo pregunto, no tengo fiebre",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "my temp is 101 F, in celsius thats 38.3, day 3 after the knee shot",
        "en",
        "urgent",
        "fever",
    ),
    (
        "tengo 101 F, en celsius son 38.3, día 3 después de la inyección",
        "es",
        "urgent",
        "fever",
    ),
    (
        "any good moisturizer for dry hands? regular one, nothing stem cell",
        "en",
        "other",
        None,
    ),
    (
        "alguna crema buena para las manos secas? una normal, nada de células madre",
        "es",
        "other",
        None,
    ),
    (
        "is there any stem cell cream that actually works? not a gimmick",
        "en",
        "pills",
        None,
    ),
    (
        "hay alguna crema de células madre que funcione de verdad? que no sea estafa",
        "es",
        "pills",
        None,
    ),
    (
        "no stem cell pill is approved right? my aunt swears by hers",
        "en",
        "pills",
        None,
    ),
    (
        "is it normal to have pus? there's a little whitehead on the injection spot that leaked white stuff",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "es normal tener pus? hay un granito blanco en el pinchazo que echó un líquido blanco",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "the injection spot leaked yellow stuff this morning, day 4",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "del pinchazo sale un liquido amarillento desde hoy, dia 4",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "is it normal to have pus? nothing like that here, just asking",
        "en",
        "info_alarming",
        "discharge",
    ),
    (
        "my knee leaked a bit of clear fluid from the needle hole on day 0, is that ok?",
        "en",
        "side_effect",
        None,
    ),
]

AFTER_SETS_R33C = [
    (
        "what does a red streak from the injection mean? asking bc I read about it, mine looks totally normal",
        "en",
        "info_alarming",
        "red_streak",
    ),
    (
        "qué significa una raya roja que sale del pinchazo? pregunto porque lo leí, el mío se ve totalmente normal",
        "es",
        "info_alarming",
        "red_streak",
    ),
    (
        "is it normal for the knee to get hot and swollen after day 3? mine is completely fine, just curious",
        "en",
        "info_alarming",
        "septic_joint",
    ),
    (
        "es normal que la rodilla se ponga caliente e hinchada después del día 3? la mía está perfectamente bien, solo curiosidad",
        "es",
        "info_alarming",
        "septic_joint",
    ),
    (
        "what does a red streak from the injection mean? mine has one going up my arm since last night",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "qué significa una raya roja que sube del pinchazo? la mía tiene una que sube por el brazo desde anoche",
        "es",
        "urgent",
        None,
    ),
]

AFTER_SETS_R33D = [
    (
        "what temperature should I call the clinic at? 38 or 38.5, every site says something different",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "a partir de cuanta temperatura hay que llamar? unos dicen 38 y otros 38.5",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "at what temp do i call? some sites say 38, others 38.5",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "con cuánta fiebre llamo a la clínica? 38 o 38,5, cada página dice otra cosa",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "what temperature should I call the clinic at? im at 38.6 right now, day 3",
        "en",
        "urgent",
        "fever",
    ),
    (
        "a partir de cuánta temperatura hay que llamar? mi esposa dice que tengo 38.5 y estoy temblando",
        "es",
        "urgent",
        "fever",
    ),
    (
        "my wife says im at 38.7 and shaking, day 4 after the knee",
        "en",
        "urgent",
        "fever",
    ),
]

AFTER_SETS_R33E = [
    (
        "what does it mean when skin goes blotchy purple? my mum has a fever and her legs look like marble, treatment was friday",
        "en",
        "emergency",
        "skin_colour",
    ),
    (
        "qué significa cuando la piel se pone morada a manchas? mi mamá tiene fiebre y las piernas se le ven como de mármol, el tratamiento fue el viernes",
        "es",
        "emergency",
        "skin_colour",
    ),
    (
        "dad is burning up, 39.4, and the skin on his knees looks like marble",
        "en",
        "emergency",
        "skin_colour",
    ),
    (
        "we bought a marble table for the kitchen, is that ok to mention? just kidding, what are sepsis signs",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "my legs feel heavy and numb since the spine injection this morning",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "siento las piernas pesadas y dormidas desde la inyección en la columna de esta mañana",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "my legs felt heavy and numb for an hour or two after the spine injection, they said it was the local. its all worn off now and im walking fine, just a bit sore. ok to shower tonight?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "sentí las piernas pesadas y dormidas como una hora después de la inyección en la columna. ya se me pasó todo y camino bien, puedo bañarme hoy?",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "my legs felt numb for an hour after the spine injection. its gone now but i cant feel between my legs",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "sentí las piernas dormidas después de la inyección en la columna. ya se me pasó pero no siento nada entre las piernas",
        "es",
        "emergency",
        "leg_weakness",
    ),
]

# Thirty-fourth session, read from the last session's final round (II-JZ): a sign told of today
# before "and yesterday I was fine"; "worst than" for "worse than"; fainting asked of a treatment
# still to come, and "me voy a desmayar" told (not asked); tingling there since before the treatment
# and unchanged (an emergency stays one).
AFTER_SETS_R34A = [
    (
        "hoy me desperté con fiebre y ayer estaba de lo más bien, me operaron la rodilla el sábado",
        "es",
        "urgent",
        "fever",
    ),
    (
        "woke up today with a fever and yesterday i was totally fine, knee done on saturday",
        "en",
        "urgent",
        "fever",
    ),
    (
        "hoy amaneció mi esposo con 38.4 y ayer andaba normal, le pusieron el suero el lunes",
        "es",
        "urgent",
        "fever",
    ),
    (
        "my husband woke up with 38.4 today and yesterday he was normal, he had the drip on monday",
        "en",
        "urgent",
        "fever",
    ),
    (
        "the knee was fine the first days but now on day 5 it is worst than day 2, is that ok?",
        "en",
        "urgent",
        None,
    ),
    (
        "swelling is worst than yesterday after the shot in my hip",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "la rodilla iba bien los primeros días pero hoy día 5 está peor que el día 2, es normal?",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "i passed out once getting blood drawn years ago. will i pass out during the infusion?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "am I going to faint during the procedure? I get nervous with needles",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "una vez me desmayé sacándome sangre hace años. ¿me voy a desmayar durante el suero?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "¿me puedo desmayar durante la infusión? me ponen nerviosa las agujas",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "am i going to faint? im dizzy and sweating, the IV finished 10 min ago",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "siento que me voy a desmayar, todo me da vueltas, me acaban de poner el suero",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "i had tingling in my hands from carpal tunnel before the treatment, still the same, nothing new",
        "en",
        "info_alarming",
        "new_numbness",
    ),
    (
        "desde antes del tratamiento tengo hormigueo en las manos por el túnel carpiano, sigue igual, nada nuevo",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    (
        "i've had tingling in my hands since before the treatment from carpal tunnel, still the same, nothing new",
        "en",
        "info_alarming",
        "new_numbness",
    ),
    (
        "desde antes del tratamiento tengo hormigueo en las manos, pero ahora también en los pies",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "i had tingling in my hands before the treatment, but now my feet tingle too",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "i've had chest pain since before the treatment, still the same",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "tengo dolor en el pecho desde antes del tratamiento, sigue igual",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "ayuda me voy a desmayar, me acaban de poner el suero de células",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "help i'm going to faint, they just started the stem cell drip",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "¿me voy a desmayar cuando me pongan el suero? me dan miedo las agujas",
        "es",
        "info_alarming",
        "fainting",
    ),
]

# Read from the labelled messages whose answer the retraining moved: a normal reading counted
# twice beside "no fever"; swelling and heat joined in one clause; sight like fog after an eye
# injection; a reading in °F said in words with how long it has lasted.
AFTER_SETS_R34B = [
    (
        "no fever, took my temp twice this morning. 98.1 both times",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "no tengo fiebre, me tomé la temperatura dos veces hoy, 36.5 las dos veces",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "no fever but i fainted twice this morning after the drip",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "no tengo fiebre pero me desmayé dos veces esta mañana después del suero",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "my dad had his knee injected last week and tonight it's swollen up like a melon and really hot",
        "en",
        "urgent",
        "hot_swelling",
    ),
    (
        "a mi papá le inyectaron la rodilla la semana pasada y hoy se le hinchó como un melón y está bien caliente",
        "es",
        "urgent",
        "hot_swelling",
    ),
    (
        "me pusieron la inyección en el ojo ayer, me duele mucho y veo todo como con niebla",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "they injected my eye yesterday, it hurts a lot and everything is foggy",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "a hundred and one on and off since friday, day five after the knee shots, clinic not answering",
        "en",
        "urgent",
        "fever",
    ),
    (
        "she has been at a hundred and two since last night, her infusion was tuesday",
        "en",
        "urgent",
        "fever",
    ),
    (
        "ciento uno desde anoche, me hicieron la infusión el martes, estoy en Texas",
        "es",
        "urgent",
        "fever",
    ),
]

# A sign told in the past, then a sentence opening with the day and what passed ("today its back
# to normal", "hoy ya está normal"); worse today stays an emergency.
AFTER_SETS_R34C = [
    (
        "had a spell of blurry vision after the eye injection, like looking through a wet window, lasted an hour then cleared. today its back to normal",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "tuve la vista borrosa como una hora después de la inyección en el ojo, como mirar por un vidrio mojado. hoy ya está normal",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "had blurry vision after the eye injection yesterday. today its worse",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "tuve la vista borrosa después de la inyección en el ojo ayer. hoy está peor",
        "es",
        "emergency",
        "vision_loss",
    ),
]

# Read from the session's first round (KAA-KAD): redness a coin yesterday that now reaches the neck;
# a fever of hours ago, brought down by a medicine told after it, beside "no fever"; "yrs ago"; "what
# a clot would feel like"; the messages written about a sign, in a question about who sees them;
# a knee that cannot bend "all the way" (stiffness) or "at all".
AFTER_SETS_R34D = [
    (
        "no tengo fiebre, pero lo rojo alrededor del pinchazo del brazo ayer era como una moneda y hoy ya me sube hasta el hombro",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "no fever, but the red around the shot on my arm was like a coin yesterday and today it goes up to my shoulder",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "fiebre no tengo, bueno, tuve 38.7 hace dos horas y con el paracetamol bajó a 37.3. día 2 de la infusión",
        "es",
        "urgent",
        "fever",
    ),
    (
        "no fever, well, i had 38.7 two hours ago and the tylenol brought it down to 37.3. day 2 after the infusion",
        "en",
        "urgent",
        "fever",
    ),
    (
        "my mom had a heart attack yrs ago, is she still a candidate for stem cells?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "mi mamá tuvo un infarto hace años, ¿todavía puede hacerse lo de las células madre?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "no chest pain or anything, i just want to know what a blood clot in the lung would feel like",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "no tengo dolor de pecho ni nada, solo quiero saber cómo se sentiría un coágulo en el pulmón",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "who can read the messages i wrote about my fever? does the clinic see them?",
        "en",
        "privacy",
        None,
    ),
    (
        "¿quién puede leer los mensajes que escribí sobre mi fiebre? ¿los ve la clínica?",
        "es",
        "privacy",
        None,
    ),
    (
        "i texted the clinic about my fever last night and nobody answered, its still 38.5",
        "en",
        "urgent",
        "fever",
    ),
    (
        "le escribí a la clínica sobre mi fiebre anoche y nadie contesta, sigo con 38.5",
        "es",
        "urgent",
        "fever",
    ),
    (
        "al día siguiente de la inyección no puedo doblar la rodilla del todo, está tiesa, nada caliente ni roja",
        "es",
        "side_effect",
        None,
    ),
    (
        "the day after the injection i can't bend my knee all the way, it's stiff, not hot or red",
        "en",
        "side_effect",
        None,
    ),
    (
        "no puedo doblar la rodilla para nada, está caliente y muy hinchada",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "i can't bend my knee at all, it's hot and really swollen",
        "en",
        "urgent",
        "septic_joint",
    ),
]

# Read from the session's second round (KAE-KAH): someone else's attempt on their life, told as over
# and cared for ("she's safe now and in therapy"), and "intentó suicidarse" / "se quiso matar" read as
# the attempt they are; sight "perfectly clear since"; "after two days at 38.5" behind a fever gone.
AFTER_SETS_R34E = [
    (
        "my sister tried to kill herself after the clinic took all her money. she's safe now and in therapy. what can i say to her?",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "mi hermana intentó quitarse la vida después de que la clínica le sacó todo el dinero. ya está a salvo y en terapia. ¿qué le puedo decir?",
        "es",
        "info_alarming",
        "suicidal",
    ),
    (
        "my son tried to kill himself an hour ago, he is breathing but wont wake up properly",
        "en",
        "emergency",
        "suicidal",
    ),
    (
        "mi hijo intentó suicidarse hace una hora, respira pero no despierta bien",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "mi papá se quiso matar anoche con las pastillas del dolor",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "my dad tried to kill himself last night with his pain pills",
        "en",
        "emergency",
        "suicidal",
    ),
    (
        "my vision went blurry for a few seconds right after the eye shot on monday but it's been perfectly clear since, the doctor checked it",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "se me nubló la vista unos segundos justo después de la inyección en el ojo el lunes, pero desde entonces veo bien, el doctor ya me revisó",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "my vision went blurry right after the eye shot on monday and it's still blurry today",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "se me nubló la vista justo después de la inyección en el ojo el lunes y hoy sigo viendo borroso",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "fever is gone! 36.7 this morning after three days at 38.4, i finished the antibiotics",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "¡ya no tengo fiebre! 36.7 esta mañana después de tres días con 38.4, ya terminé los antibióticos",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "no fever this morning, but after two days at 38.5 it came back tonight, 38.4 now",
        "en",
        "urgent",
        "fever",
    ),
    (
        "esta mañana sin fiebre, pero después de dos días con 38.5 volvió esta noche, ahora 38.4",
        "es",
        "urgent",
        "fever",
    ),
]

# Read from the session's third round (KAI-KAL): "before my appointment", "antes de la cita" ask ahead
# only weakly, so a sign told now beside them ("can you check me before my appointment?") stands.
AFTER_SETS_R34F = [
    (
        "desde la inyección en la muñeca tengo dormidos dos dedos, los puedo mover. ¿me pueden ver antes de mi cita del martes?",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "since the wrist injection two of my fingers are numb, i can still move them. can someone see me before my appointment on tuesday?",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "antes de mi cita quería saber si es normal que se duerman los dedos después de una inyección en la muñeca",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    (
        "before my appointment i wanted to know if it's normal for fingers to go numb after a wrist injection",
        "en",
        "info_alarming",
        "new_numbness",
    ),
]

# Thirty-fifth session, first round read (KAQ-KAT): a sign pointed back at or named as history, a
# pain described in what was read, age beside "now", puzzled by a question, a claim not seen, "some
# people" read about, resolution said with "no ha vuelto a", odd speech, thanks or a greeting told
# long, and the messages paused until a day. Written as twins, not copied from the set.
AFTER_SETS_R35A = [
    (
        "my aunt's lips puffed up on Friday after her drip, they gave her an antihistamine and she hasn't had it again since",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "a mi tía se le hincharon los labios el viernes después del suero, le dieron un antialérgico y no le ha vuelto a pasar",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "Last Tuesday I had chest pain after the IV and went to the ER, they said it was reflux. I haven't had anything since Wednesday. Is it ok to do round two?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "El martes pasado tuve dolor en el pecho después del suero y fui a urgencias, me dijeron que era reflujo. No he vuelto a tener nada desde el miércoles. ¿Puedo hacer la segunda ronda?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "I feel fine, no pain. The leaflet says chest pain that gets worse when you breathe in is an emergency, why is that after a knee shot? just curious",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "Me siento bien, sin dolor. El folleto dice que el dolor de pecho que es peor al respirar es una emergencia, ¿por qué, si me inyectaron la rodilla? pura curiosidad",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "Would my seizure history be a problem for the IV? last one was 12 years ago",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "¿Mis antecedentes de convulsiones son un problema para el suero? la última fue hace 12 años",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "My husband had a heart attack 6 years ago and has been well since. Is the heart attack from before a problem for knee stem cells?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "Mi esposo tuvo un infarto hace 6 años y desde entonces está bien. ¿El infarto de antes es un problema para las células en la rodilla?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "They told me the trial is registered, but it costs 9000 dollars. I'm confused, if it's research why do I pay? Does registered mean approved?",
        "en",
        "clinic_choice",
        None,
    ),
    (
        "Me dijeron que el ensayo está registrado, pero cuesta 9000 dólares. Estoy confundido, si es investigación ¿por qué pago? ¿Registrado quiere decir aprobado?",
        "es",
        "clinic_choice",
        None,
    ),
    (
        "My sister read that some people get suicidal when a pricey treatment doesn't work. I'm not thinking of hurting myself, just flat. Who can I talk to?",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "Mi hermana leyó que algunas personas se ponen suicidas cuando un tratamiento caro no funciona. No pienso hacerme daño, solo ando apagado. ¿Con quién puedo hablar?",
        "es",
        "info_alarming",
        "suicidal",
    ),
    (
        "My son bought a stem cell hair serum off Instagram. He says hair is growing back, I don't see anything. Is there proof it works?",
        "en",
        "pills",
        None,
    ),
    (
        "Mi hijo se compró un sérum de células madre para el pelo en Instagram. Dice que le está saliendo pelo, yo no veo nada. ¿Hay pruebas de que sirva?",
        "es",
        "pills",
        None,
    ),
    (
        "As a little girl I had febrile seizures but nothing since I was 6, I'm 41 years old now. Can the knee injection trigger a seizure?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "De chiquita tuve convulsiones con fiebre pero nada desde los 6 años, ahora tengo 41 años. ¿La inyección en la rodilla puede provocar una convulsión?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "Shaking chills, 39.4 and my daughter says I'm saying strange things, I'm on day 3",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "Escalofríos fuertes, 39,4 y mi hija dice que estoy diciendo cosas extrañas, voy en el día 3",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "Thanks a million. I was scared about the bruise the first week and you were right, it faded. Back at work now. Have a great weekend 🌞",
        "en",
        "smalltalk",
        None,
    ),
    (
        "Muchísimas gracias. Me asusté con el moretón la primera semana y tenías razón, ya se borró. Ya volví al trabajo. Que tengas un buen fin de semana 🌞",
        "es",
        "smalltalk",
        None,
    ),
    (
        "Hello, my name is Rosa, from San Antonio. My daughter set this up for me after my treatment. I just wanted to say hello. God bless.",
        "en",
        "smalltalk",
        None,
    ),
    (
        "Hola, me llamo Rosa, de Monterrey. Mi hija me puso esto después de mi tratamiento. Solo quería saludar. Dios los bendiga.",
        "es",
        "smalltalk",
        None,
    ),
    (
        "Busy week with exams, the messages distract me. Knee is good. Can you pause them until Friday? I want them back after.",
        "en",
        "reminders",
        None,
    ),
    (
        "Semana pesada de exámenes, los mensajes me distraen. La rodilla bien. ¿Los puedes pausar hasta el viernes? Después sí los quiero.",
        "es",
        "reminders",
        None,
    ),
]

# Read from the session's second round (KAU-KAX): "when she was kid" (but not "when I was driving"),
# "agüita turbia", a thermometer "de toda la vida", "what I thought was blood was…", a gerund or
# infinitive judged ("is being short of breath a bad sign?"), and "saying that" someone else's claim.
AFTER_SETS_R35B = [
    (
        "my sister had seizures when she was kid, can she still get the IV cells?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "mi hermana tuvo convulsiones cuando era niña, ¿igual se puede poner el suero de células?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "I had a seizure when I was driving",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "me sale una agüita turbia de la herida y me mancha la blusa, ¿es normal?",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "a bit of cloudy fluid keeps leaking from the wound and stains my blouse, is that normal?",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "Tengo 38,3 con el termómetro de toda la vida y voy en el tercer día de la inyección en el hombro",
        "es",
        "urgent",
        "fever",
    ),
    (
        "I have 101.2 on the thermometer I've had all my life and it's the third day after the shoulder shot",
        "en",
        "urgent",
        "fever",
    ),
    (
        "false alarm: what I thought was blood on my pillow was the red lipstick I wore. no cough, I feel fine",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "falsa alarma: lo que pensé que era sangre en la almohada era el labial rojo que usé. no toso, estoy bien",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "Is being short of breath a bad sign after the drip? I'm not short of breath, my wife asked me to check",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "¿Que te falte el aire es mala señal después del suero? A mí no me falta el aire, mi esposa me pidió preguntar",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "thank God no fever and no trouble breathing, my cousin scared me saying that gives you a clot in the lung",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "gracias a Dios no tengo fiebre ni me falta el aire, mi prima me asustó diciendo que eso da embolia",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "tuve una convulsión cuando iba manejando",
        "es",
        "emergency",
        "seizure",
    ),
]

# Read from the session's third round (KAY-KBB): a year said in words ("back in twenty eighteen",
# "en dos mil dieciocho"), "there's a red streak…" told before "I want to know before my
# appointment", "¿cómo sé yo si me pasa?" after a distant person's story, and a question naming a
# serious condition the model could not place.
AFTER_SETS_R35C = [
    (
        "my uncle had a stroke after his stem cells in panama back in twenty eighteen, could that happen to me too?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "mi tío tuvo un derrame después de sus células en panamá en dos mil dieciocho, ¿eso me puede pasar a mí también?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "I had a seizure in twenty twenty and another one this morning",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "tuve una convulsión en dos mil veinte y otra hoy en la mañana",
        "es",
        "emergency",
        "seizure",
    ),
    (
        "There's a red streak going up my arm from the drip site. Normal? I want to know before my appointment on Friday",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "Hay una raya roja que me sube por el brazo desde donde me pusieron el suero. ¿Es normal? quiero saber antes de mi cita del viernes",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "my neighbour's shoulder got infected after a shot and she needed surgery. how would I know if it happens to me?",
        "en",
        "info_alarming",
        "infection_named",
    ),
    (
        "a mi vecina se le infectó el hombro después de una inyección y la tuvieron que operar. ¿cómo sé yo si me pasa?",
        "es",
        "info_alarming",
        "infection_named",
    ),
    (
        "a mi esposo se le infectó la rodilla y tiene fiebre. ¿cómo sé yo si me pasa a mí?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "my husband's knee got infected and he has a fever. how would I know if it happens to me?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "¿qué hago para no hacer un coágulo en el vuelo de vuelta? son 11 horas y me pusieron células por la vena",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "what can I do so I don't get a clot on the flight back? it's 11 hours and I had cells through the vein",
        "en",
        "info_alarming",
        "unrecognised",
    ),
]

# Thirty-sixth session: a fever told with "tanto sueño", a plural read as a slip, a keyboard mash,
# the messages refused at an hour, what was read told as happening now, fast breathing (round
# KBC-KBF, read; a retrained near-tie).
AFTER_SETS_R36A = [
    (
        "38.9 de fiebre, tiemblo y tengo tanto sueño que no puedo ni leer bien",
        "es",
        "emergency",
        "drowsy",
    ),
    (
        "fever of 102, shivering, and so sleepy I can hardly read this",
        "en",
        "emergency",
        "drowsy",
    ),
    (
        "tengo 39 de fiebre y me muero de sueño todo el día",
        "es",
        "emergency",
        "drowsy",
    ),
    (
        "running a fever of 39 and struggling to stay awake all day",
        "en",
        "emergency",
        "drowsy",
    ),
    (
        "mi mamá tiene fiebre y no se puede mantener despierta",
        "es",
        "emergency",
        "drowsy",
    ),
    (
        "my mom has a fever and is fighting to stay awake",
        "en",
        "emergency",
        "drowsy",
    ),
    (
        "is there a stem cell cream for concussions? saw it online",
        "en",
        "pills",
        None,
    ),
    (
        "¿hay una crema de células madre para las conmociones? la vi en internet",
        "es",
        "pills",
        None,
    ),
    (
        "hgfjdksl",
        "en",
        "other",
        None,
    ),
    (
        "ñlkjhgf",
        "es",
        "other",
        None,
    ),
    (
        "asdñlk qwpoi",
        "es",
        "other",
        None,
    ),
    (
        "quit pinging me so early, afternoon is better",
        "en",
        "reminders",
        None,
    ),
    (
        "no me escriban tan temprano, mejor en la tarde",
        "es",
        "reminders",
        None,
    ),
    (
        "why do you text me at 6am every day",
        "en",
        "reminders",
        None,
    ),
    (
        "por qué me mandan los mensajes a las 6 de la mañana",
        "es",
        "reminders",
        None,
    ),
    (
        'en un grupo leí "si te falta el aire después del suero, ve a urgencias". pues a mí me está pasando ahorita',
        "es",
        "emergency",
        "breathing",
    ),
    (
        'a group post said "if you get short of breath after the IV, go to the ER". well it\'s happening to me right now',
        "en",
        "emergency",
        "breathing",
    ),
    (
        "respiro rapidísimo aunque estoy acostada, me pusieron el suero ayer",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "I'm breathing super fast even lying down, had the IV yesterday",
        "en",
        "emergency",
        "breathing",
    ),
]

# Thirty-sixth session, round KBG-KBJ read: a seizure "controlled on meds now", a faint dated by
# a later "that was Tuesday", "por si alguno…", lines offered as answers, an arm lifted only partway.
AFTER_SETS_R36B = [
    (
        "My son had a seizure last year, he's epileptic and it's controlled on meds now. Could the injections trigger seizures?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "Mi hijo tuvo una convulsión el año pasado, es epiléptico y está controlado con pastillas ahora. ¿Las inyecciones pueden provocar convulsiones?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "I fainted at the clinic when they took blood, I always do with needles. They gave me juice. That was Tuesday and I'm fine now. Should it go in my records?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "Me desmayé en la clínica cuando me sacaron sangre, siempre me pasa con las agujas. Me dieron jugo. Eso fue el martes y ya estoy bien. ¿Hay que anotarlo en mi historia?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "I fainted at the clinic on Tuesday. Now my chest hurts. That was Tuesday.",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "Me desmayé el martes en la clínica. Ahora me duele el pecho. Eso fue el martes.",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "Soy psicóloga y atiendo a pacientes de estos tratamientos. ¿Qué teléfono de crisis hay por si alguno habla de suicidio? Ahora nadie está en peligro.",
        "es",
        "info_alarming",
        "suicidal",
    ),
    (
        "I'm a psychologist seeing patients from these treatments. What crisis line is there in case one talks about suicide? Nobody is in danger now.",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "At what temperature do I call the clinic? Is it 38 C or 100.4 F, or does it depend on the person?",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "My daughter's shoulder is sore and stiff and she can't lift her arm as high as before, the shot was yesterday",
        "en",
        "side_effect",
        None,
    ),
    (
        "A mi hija le duele el hombro, lo tiene rígido y no puede levantar el brazo tan alto como antes, la inyección fue ayer",
        "es",
        "side_effect",
        None,
    ),
    (
        "suddenly my left arm went weak and I can't lift my arm",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "de repente no puedo levantar el brazo izquierdo, se me quedó sin fuerza",
        "es",
        "emergency",
        "stroke",
    ),
]

# Thirty-sixth session, round KBK-KBN read: a subject with its relative clause before "can it…",
# another function working well ("hoy leí el periódico sin problema") while the sign grows; a short
# unknown greeting ("gm ☀️") is no keyboard mash.
AFTER_SETS_R36C = [
    (
        "¿El relleno que ponen en los labios en esa clínica puede tapar una arteria y dejar ciego a alguien? Tengo cita el lunes.",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "Can the filler they put in your lips at that clinic block an artery and leave someone blind? My appointment is Monday.",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "El ojo que me inyectaron está cada día más rojo y me duele más, pero veo bien, hoy leí un libro sin problema",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "The eye they injected gets redder every day and hurts more, but I see fine, I read a book today with no problem",
        "en",
        "urgent",
        "eye_worse",
    ),
    (
        "la rodilla se pone cada día más caliente y me duele más, aunque hoy caminé al mercado sin problema",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the knee gets hotter every day and hurts more, though I walked to the shop today with no problem",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "gm ☀️",
        "en",
        "smalltalk",
        None,
    ),
    (
        "bdias ☀️",
        "es",
        "smalltalk",
        None,
    ),
]

AFTER_SETS_R37A = [
    (
        "hundred and two fahrenheit tonight and its day five after the knee shot",
        "en",
        "urgent",
        "fever",
    ),
    (
        "thermometer said one hundred point six, day three after my infusion",
        "en",
        "urgent",
        "fever",
    ),
    (
        "she is at a hundred and one fahrenheit since the afternoon, day 4 after the hip injection",
        "en",
        "urgent",
        "fever",
    ),
    (
        "ciento dos fahrenheit esta noche y es el dia cinco despues de la inyeccion en la rodilla",
        "es",
        "urgent",
        "fever",
    ),
    (
        "el termometro marco cien punto seis, dia tres despues del suero",
        "es",
        "urgent",
        "fever",
    ),
    (
        "treinta y ocho y medio celsius desde la tarde, dia 4 despues de la inyeccion en la cadera",
        "es",
        "urgent",
        "fever",
    ),
    (
        "my son had the spinal cells on monday and now his legs just fold when he tries to get up",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "since the intrathecal injection my legs keep buckling under me",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "a mi hijo le pusieron las celulas en la columna el lunes y ahora se le doblan las piernas cuando se quiere parar",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "desde la inyeccion intratecal las piernas no me sostienen",
        "es",
        "emergency",
        "leg_weakness",
    ),
]

AFTER_SETS_R37B = [
    (
        "what should happen if someone can't pee after a back injection? my dad has his next month",
        "en",
        "info_alarming",
        "bladder_bowel",
    ),
    (
        "¿qué debería pasar si alguien no puede orinar después de una inyección en la espalda? a mi papá le toca el mes que viene",
        "es",
        "info_alarming",
        "bladder_bowel",
    ),
    (
        "an acquaintance of mine went blind after cells in her eyes, does that happen often?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "un conocido quedó ciego después de que le pusieron células en los ojos, ¿pasa seguido?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "had 38.6 on saturday but it's been normal since sunday, 36.9 today",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "tuve 38,6 el sábado pero desde el domingo estoy normal, hoy 36,9",
        "es",
        "info_alarming",
        "fever",
    ),
]

AFTER_SETS_R37C = [
    (
        "they promised me the eye injection had no risk of going blind, but for the past hour the sight in my left eye is like a dark curtain",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "me prometieron que la inyección en el ojo no tenía riesgo de ceguera, pero desde hace una hora la vista del ojo izquierdo es como una cortina oscura",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "what does a curtain over the vision mean after an eye injection?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "¿qué significa ver como una cortina después de la inyección en el ojo?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "infusion was two days ago and now I can't finish a sentence without stopping for air",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "la infusión fue hace dos días y ahora no puedo terminar una frase sin parar a tomar aire",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "I can't finish a sentence in Spanish yet, can you write in English?",
        "en",
        "language",
        None,
    ),
    (
        "no puedo terminar una frase en inglés, escríbeme en español",
        "es",
        "language",
        None,
    ),
    (
        "I never believed in any of this but now I'm actually worried: 102 F on day five, nothing else odd",
        "en",
        "urgent",
        "fever",
    ),
    (
        "nunca creí en nada de esto pero ahora sí me preocupa: 102 F al quinto día, nada más raro",
        "es",
        "urgent",
        "fever",
    ),
    (
        "¿qué hago ahora si me da fiebre de 39?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "what do I do now if I get a fever of 39?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "I had chills the first night but they stopped and my temperature is normal now. day 3 and feeling good",
        "en",
        "info_alarming",
        "chills",
    ),
    (
        "tuve escalofríos la primera noche pero ya pararon y la temperatura está normal. día 3 y me siento bien",
        "es",
        "info_alarming",
        "chills",
    ),
    (
        "what would a bad allergic reaction to the cells look like? like anaphylaxis",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "¿cómo sería una reacción alérgica fuerte a las células? tipo anafilaxia",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "my throat is closing up, like anaphylaxis",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "se me está cerrando la garganta, tipo anafilaxia",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "as a young woman I reacted to penicillin and my throat swelled up. should the clinic know before my infusion?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "de muchacha tuve una reacción a la penicilina y se me hinchó la garganta. ¿la clínica debe saberlo antes de mi infusión?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
]

AFTER_SETS_R37D = [
    (
        "¿me pueden pasar la cita del viernes para hoy si se puede? lo rojo alrededor del pinchazo de la rodilla está más grande que anoche",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "can you move my friday appointment to today if possible? the red around the knee shot is bigger than last night",
        "en",
        "urgent",
        "spreading_redness",
    ),
]

AFTER_SETS_R38A = [
    (
        "my sister forwarded a post saying women went blind after stem cell eye shots in a clinic, is that true?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "mi hermana me reenvió que unas mujeres quedaron ciegas tras inyecciones de células madre en los ojos, ¿es cierto?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "two men went blind after a stem cell drip abroad, did that really happen?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "dicen que dos hombres quedaron ciegos tras un suero de células en el extranjero, ¿pasó de verdad?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "since this morning I can't see out of my left eye after the shot",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "desde esta mañana no veo nada del ojo izquierdo después de la inyección",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "the stem cell nasal spray I ordered online just arrived and it smells weird, should I use it?",
        "en",
        "pills",
        None,
    ),
    (
        "me llegó el spray nasal de células madre que pedí por internet y huele raro, ¿lo uso?",
        "es",
        "pills",
        None,
    ),
    (
        "the knee wound smells bad and the stem cell cream did not help",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "la herida de la rodilla huele feo y la crema de células no ayudó",
        "es",
        "urgent",
        "discharge",
    ),
]

AFTER_SETS_R38B = [
    (
        "do legs fold or give way after a spinal stem cell injection?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "¿se doblan las piernas después de una inyección de células en la columna?",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "does vision go blurry after an eye injection with stem cells?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "¿se pone borrosa la vista después de una inyección de células en el ojo?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "do legs fold after a spinal injection? mine are folding right now and I can't stand",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "¿se doblan las piernas después de una inyección en la columna? a mí me pasa ahora y no me puedo parar",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "my legs fold under me since a spinal injection yesterday",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "se me doblan las piernas desde una inyección en la columna ayer",
        "es",
        "emergency",
        "leg_weakness",
    ),
]

AFTER_SETS_R38C = [
    (
        "my wife says her knee hurts more than before the injection, but it has only been 20 hours",
        "en",
        "side_effect",
        None,
    ),
    (
        "mi esposa dice que la rodilla le duele más que antes de la inyección, pero apenas han pasado 20 horas",
        "es",
        "side_effect",
        None,
    ),
    (
        "my knee hurts more than before the injection and it has been 90 hours",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "me duele más la rodilla que antes de la inyección y ya han pasado 90 horas",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "my aunt's foot went numb after the back injection but after 3 hours it passed, they said it was the numbing medicine",
        "en",
        "info_alarming",
        "new_numbness",
    ),
    (
        "a mi tía se le durmió el pie después de la inyección en la espalda pero a las 3 horas se le pasó, dijeron que era la anestesia",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    (
        "se me durmió el pie después de la inyección en la espalda y ya pasaron 3 horas y sigue igual",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "my foot went numb after the back injection and 3 hours later it is still numb",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "a friend says half his face went stiff for a day after his cells. was that a stroke? mine are next month and I'm shaking",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "un amigo dice que después de las células se le paralizó media cara por un día. ¿eso fue un derrame? a mí me las ponen el mes que viene y estoy temblando",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "is it normal to get chills after the IV? I'm shaking under two blankets",
        "en",
        "urgent",
        "chills",
    ),
    (
        "¿es normal tener escalofríos después del suero? estoy temblando debajo de dos cobijas",
        "es",
        "urgent",
        "chills",
    ),
    (
        "no quiero recibir más mensajes, ¿cómo me doy de baja? la clínica me estafó y no quiero acordarme de nada",
        "es",
        "privacy",
        None,
    ),
    (
        "I don't want more messages, how do I unsubscribe? the clinic cheated me and I don't want to remember any of it",
        "en",
        "privacy",
        None,
    ),
    (
        "no quiero acordarme de nada, quiero cortarme",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "me voy a cortar las venas, ya no aguanto",
        "es",
        "emergency",
        "suicidal",
    ),
    (
        "im going to slit my wrists, i cant take it anymore",
        "en",
        "emergency",
        "suicidal",
    ),
    (
        "a coworker says his face drooped for a day after his cells, was that a stroke?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "una compañera dice que se le paralizó media cara por un día después de las células, ¿eso fue un derrame?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "my husband says his face drooped and he can't lift his arm",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "mi esposo dice que se le cayó la cara de un lado y no puede levantar el brazo",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "I dont want to remember anything, I want to cut myself",
        "en",
        "emergency",
        "suicidal",
    ),
]

AFTER_SETS_R38D = [
    (
        "100.9 last night, day 3 after the knee shot. this morning 98.2 and I feel ok, do I still need to call?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "anoche 38,3, día 3 de la inyección en la rodilla. esta mañana 36,6 y me siento bien, ¿igual tengo que llamar?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "the red patch was spreading on monday, the clinic gave me antibiotics and now it is fading. do I still need a check-up?",
        "en",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "lo rojo se estaba extendiendo el lunes, la clínica me dio antibiótico y ahora se está aclarando. ¿igual necesito control?",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "the red patch is spreading up my leg and it is not fading at all",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "lo rojo se está extendiendo por la pierna y no se está aclarando nada",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "my dad had a stroke years ago, he is fine now. does his previous stroke make the IV cells risky for him?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "mi papá tuvo un derrame hace años, ya está bien. ¿su derrame anterior hace riesgoso el suero de células?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "my dad is having a stroke right now, his face is drooping",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "a mi papá le está dando un derrame ahorita, se le cayó la cara de un lado",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "100.9 last night, day 3. this morning 99.7, I feel fine so I guess it's nothing right?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "anoche 38,3, día 3. esta mañana 37,6, me siento bien así que supongo que no es nada ¿verdad?",
        "es",
        "urgent",
        "fever",
    ),
]

AFTER_SETS_R39A = [
    (
        "Following my lower back stem cell procedure on Friday I cannot lift my right leg off the bed this morning and I have passed water without realising. Is this my sciatica flaring up?",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "Después de mi procedimiento en la espalda baja el viernes, hoy no puedo levantar la pierna derecha de la cama y me oriné sin darme cuenta. ¿Será mi ciática?",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "my leg went numb and weak after the back injection but it passed after an hour, fine now",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "Is a seizure an effect of the cells? My son has epilepsy and they are going to treat him.",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "¿La convulsión es un efecto de las células? Mi hijo es epiléptico y lo van a tratar.",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "my son just had a seizure, is it an effect of the cells?",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "mi hijo acaba de tener una convulsión, ¿es un efecto de las células?",
        "es",
        "emergency",
        "seizure",
    ),
    (
        "the red streak I freaked out about yesterday was actually a scratch from my cat. gone today",
        "en",
        "info_alarming",
        "red_streak",
    ),
    (
        "la raya roja que me asustó ayer era en realidad un arañazo del gato. hoy ya no está",
        "es",
        "info_alarming",
        "red_streak",
    ),
    (
        "the red streak I freaked out about yesterday is longer today",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "la raya roja que me asustó ayer hoy está más larga",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "Dear team, my fever has gone completely, it was 38.4 on Monday and this morning it is 36.7 on the antibiotics the clinic gave me.",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "el lunes tuve 38,4 y esta mañana estoy en 36,7 con los antibióticos de la clínica",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "it was 38.4 on Monday and this morning it is 38.1",
        "en",
        "urgent",
        "fever",
    ),
    (
        "el lunes tuve 38,4 y esta mañana estoy en 38,2",
        "es",
        "urgent",
        "fever",
    ),
    (
        "Can stem cells give me leukaemia over the years? they said something about it on TV.",
        "en",
        "side_effect",
        None,
    ),
    (
        "¿Las células madre me pueden dar leucemia con los años? Es que en la tele dijeron algo de eso.",
        "es",
        "side_effect",
        None,
    ),
    (
        "my son has a bruise on his lower back from the lumbar puncture, it's purple but he doesn't seem to mind it",
        "en",
        "side_effect",
        None,
    ),
    (
        "mi hijo tiene un moretón en la espalda baja por la punción lumbar, está morado pero a él ni le molesta",
        "es",
        "side_effect",
        None,
    ),
]

AFTER_SETS_R39B = [
    (
        "what temperature counts as a fever for this is it thirty eight or something",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "desde cuánto se considera fiebre, es treinta y ocho o algo así",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "a partir de cuánto es fiebre? es 38 o algo así?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "¿desde cuánto se considera fiebre? la de mi hijo es 38,6",
        "es",
        "urgent",
        "fever",
    ),
    (
        "what temperature counts as a fever? I have 38.6 right now",
        "en",
        "urgent",
        "fever",
    ),
    (
        "had 38.6 on day 3, went to the clinic, got antibiotics, fine for 4 days now. do I still need the follow-up?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "tuve fiebre el día 3, fui a la clínica, me dieron antibióticos y estoy bien desde hace 4 días. ¿todavía tengo que ir a la revisión?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "I was fine for 4 days but now the knee is red and hot and I have a fever",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "estuve bien por 3 días pero ahora tengo fiebre de 38,5",
        "es",
        "urgent",
        "fever",
    ),
    (
        "my neighbor went blind after eye stem cell shots in Florida, is that something that actually happens?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "mi vecina se quedó ciega después de unas inyecciones de células madre en los ojos en Florida, ¿es algo que pasa de verdad?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "my friend had a seizure after the clinic, is that something that happens? he is still shaking",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "mi amigo tuvo una convulsión después de la clínica. sigue temblando",
        "es",
        "emergency",
        "seizure",
    ),
    (
        "my neighbor had a seizure after the clinic. she is not waking up",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "my aunt had a stroke years ago. she is fine now, can she get stem cells?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "mi tía tuvo un derrame hace años. ella ya está bien, ¿se puede hacer el tratamiento?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "anoche soñé que me daba un infarto y me desperté asustado, pero no tengo ningún dolor ni nada. ¿será la ansiedad?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "I dreamt I was having a heart attack and woke up scared, but no pain at all. anxiety?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "soñé que me daba un infarto y ahora me duele mucho el pecho",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "had a nightmare that I had a stroke, woke up and my face is drooping",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "tuve una pesadilla y desperté con dolor en el pecho que no se quita",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "El doctor de Santo Domingo me dijo que si me desmayo vaya directo a urgencias. ¿Por qué me desmayaría? me da miedo",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "The doctor in Santo Domingo told me that if I faint I should go straight to the ER. Why would I faint? I'm scared",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "siento que me voy a desmayar",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "es peligroso si me da fiebre? desde cuanto se considera fiebre?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "is it dangerous if I get a fever? from what number is it considered a fever?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "is it bad if my knee is red and hot?",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "es malo si tengo fiebre de 38,5 desde ayer?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "last night I had 38.3 but this morning its 36.9 and I feel fine",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "anoche tuve 38,3 pero esta mañana tengo 36,9 y me siento bien",
        "es",
        "info_alarming",
        "fever",
    ),
]

AFTER_SETS_R39C = [
    (
        "the harvest spot on my hip keeps bleeding, soaked through 3 towels pressing for 40 minutes and it won't stop. a forum said a bit of oozing is normal for a day",
        "en",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "el sitio de la punción en la cadera sigue sangrando, empapé 3 toallas apretando 40 minutos y no para. en un foro dicen que un poco de supuración es normal por un día",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "¿me voy a morir con el suero?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "am I going to die from the IV drip?",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "he is grey and not breathing right, can you die from this?",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "no puedo respirar, ¿me voy a morir con esto?",
        "es",
        "emergency",
        "breathing",
    ),
]

AFTER_SETS_R39D = [
    (
        "my leg went weak after the back injection but it passed a while ago, fine now",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "se me debilitó la pierna después de la inyección en la espalda pero se me pasó hace un rato, ya estoy bien",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "I cannot lift my right leg this morning and I passed a clot in my urine",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "esta mañana no puedo levantar la pierna derecha y me salió un coágulo en la orina",
        "es",
        "emergency",
        "leg_weakness",
    ),
]

AFTER_SETS_R40A = [
    (
        "Today I read that stem cells can cause a stroke. Is that true?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "Hoy leí que las células madre pueden dar un derrame. ¿Es verdad?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "now I heard it can make people go blind, is that real?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "ahora escuché que eso puede dejar ciega a la gente, ¿es cierto?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "I read about strokes today and now I can't move my left arm",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "hoy leí sobre derrames y ahora no puedo mover el brazo izquierdo",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "is it normal my knee still aches on day 4? it's better than day 2, like 3/10 instead of 6/10",
        "en",
        "side_effect",
        None,
    ),
    (
        "¿es normal que me siga doliendo la rodilla al día 4? está mejor que el día 2, como un 3/10 en vez de 6/10",
        "es",
        "side_effect",
        None,
    ),
    (
        "day 5 and the knee pain is 8/10 instead of 3/10 like yesterday",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "día 5 y el dolor de la rodilla está en 8/10 en vez de 3/10 como ayer",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "10 days ago I had 38.2 for one day and then nothing, a doctor saw me. how long before I can fly?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "hace 10 días tuve 38,2 un día y luego nada más, ya me vio la doctora. ¿cuánto espero para viajar en avión?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "had a fever, the doctor saw me yesterday and today it's 39.2",
        "en",
        "urgent",
        "fever",
    ),
    (
        "tuve fiebre, me vio el doctor ayer y hoy tengo 39,2",
        "es",
        "urgent",
        "fever",
    ),
    (
        "38.4 yesterday, gone today, well, 37.8 on the advil I took 2 hours ago. day 3",
        "en",
        "urgent",
        "fever",
    ),
    (
        "ayer 38,4, hoy ya no, bueno, 37,8 con el ibuprofeno que me tomé hace 2 horas. día 3",
        "es",
        "urgent",
        "fever",
    ),
    (
        "fever last night, it's gone, didn't take any tylenol, 36.8 an hour ago",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "tuve fiebre anoche, ya se me quitó, no he tomado nada, hace una hora 36,8",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "can the stem cell gummies from instagram have side effects?",
        "en",
        "pills",
        None,
    ),
    (
        "¿los polvos de células madre de alfalfa para el pelo pueden tener efectos secundarios?",
        "es",
        "pills",
        None,
    ),
    (
        "what side effects can the stem cell injection in my knee have?",
        "en",
        "side_effect",
        None,
    ),
    (
        "¿qué efectos secundarios puede tener la inyección de células madre en la rodilla?",
        "es",
        "side_effect",
        None,
    ),
]

AFTER_SETS_R40B = [
    (
        "my legs didnt go weak after the spine shot, so im in the clear right?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "my legs kind of went weak an hour after the spine shot and I can't stand",
        "en",
        "emergency",
        None,
    ),
    (
        "las piernas se me pusieron débiles una hora después de la inyección en la columna y no me puedo parar",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "do your legs go weak after a spine shot?",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "¿las piernas se ponen débiles después de la inyección en la columna?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "2 weeks ago I had 38.5 but it went away with tylenol and I'm fine now, should I still tell the doctor?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "hace 2 semanas tuve 38,5 pero se me quitó con paracetamol y ya estoy bien, ¿igual le aviso al médico?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "last night 38.5 but it went away with tylenol",
        "en",
        "urgent",
        "fever",
    ),
    (
        "anoche tuve 38,5 pero se me quitó con paracetamol",
        "es",
        "urgent",
        "fever",
    ),
    (
        "is a fever better measured in the armpit or the mouth? I don't have one, the thermometer is new",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "¿la fiebre se mide mejor en la axila o en la boca? no tengo, el termómetro es nuevo",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "I have a fever of 38.9, how do I measure it properly?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "tengo fiebre, ¿cómo se mide bien? me dio 38,9",
        "es",
        "urgent",
        "fever",
    ),
    (
        "después del relleno de ayer tengo los pómulos abultados y sensibles, del mismo color de siempre. ¿cuántos días tarda en desinflamar?",
        "es",
        "side_effect",
        None,
    ),
    (
        "después del relleno de ayer tengo los pómulos azulados y me duele mucho",
        "es",
        "emergency",
        "vessel_block",
    ),
    (
        "does saddle numbness mean what I think it means? the leaflet mentions it",
        "en",
        "info_alarming",
        "groin_numbness",
    ),
    (
        "I have saddle numbness since the back injection, does it mean what I think?",
        "en",
        "emergency",
        "groin_numbness",
    ),
    (
        "¿anestesia en silla de montar significa lo que creo? lo dice el folleto",
        "es",
        "info_alarming",
        "groin_numbness",
    ),
    (
        "tengo anestesia en silla de montar desde la inyección en la espalda",
        "es",
        "emergency",
        "groin_numbness",
    ),
    (
        "¿el dolor de pecho significa algo grave?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "tengo dolor de pecho, ¿significa algo grave?",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "the chest pain means something serious?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "my chest pain means something serious?",
        "en",
        "emergency",
        "chest_pain",
    ),
]

AFTER_SETS_R40C = [
    (
        "my temperature was thirty eight yesterday but today its back to thirty six point eight",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "ayer tenía treinta y ocho pero hoy ya volvió a treinta y seis coma ocho",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "temp was thirty six point eight this morning but now its thirty eight point six, day three",
        "en",
        "urgent",
        "fever",
    ),
    (
        "en la mañana treinta y seis coma ocho pero ahora tengo treinta y ocho coma seis, día tres",
        "es",
        "urgent",
        "fever",
    ),
    (
        "I had my hip done last week and I've got a fever",
        "en",
        "urgent",
        "fever",
    ),
    (
        "My mum (78) had her hip done last week, she's running 38.6 but chatting normally and knows where she is",
        "en",
        "urgent",
        "fever",
    ),
    (
        "a mi mamá (78) le hicieron la cadera la semana pasada, tiene 38,6 pero habla normal y sabe dónde está",
        "es",
        "urgent",
        "fever",
    ),
    (
        "Does the bruising get worse before it gets better? Day 2 and it went from red to dark purple and spread a bit along my thigh where they took the bone marrow",
        "en",
        "side_effect",
        None,
    ),
    (
        "¿el moretón empeora antes de mejorar? día 2 y pasó de rojo a morado oscuro y se extendió un poco por el muslo",
        "es",
        "side_effect",
        None,
    ),
    (
        "day 4, the red area went from red to purple and keeps spreading up my leg, hot",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "día 4, lo rojo pasó a morado y se sigue extendiendo, está caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
]

AFTER_SETS_R40D = [
    (
        "how do I take the tylenol with a fever of 39?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "¿cómo tomo el paracetamol con fiebre de 39?",
        "es",
        "urgent",
        "fever",
    ),
]

AFTER_SETS_R41A = [
    (
        "Tengo 38,2 y ya pasó el segundo día, el resto bien",
        "es",
        "urgent",
        "fever",
    ),
    (
        "I have 38.2 and the second day has passed, the rest is fine",
        "en",
        "urgent",
        "fever",
    ),
    (
        "ya pasó la segunda semana y tengo el brazo rojo, caliente y con pus",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "the first week has passed and my arm is red hot and has pus",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "tuve 38,2 la primera semana y ya pasó",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "I had 38.2 in the first week but it has passed",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "temperatura 38,5 y escalofríos, me dieron de alta ayer, estoy lúcido eso sí",
        "es",
        "urgent",
        "fever",
    ),
    (
        "temp 38.5 and chills, I was discharged yesterday, my head is clear though",
        "en",
        "urgent",
        "fever",
    ),
    (
        "tuve 38,5 y escalofríos, me dieron de alta ayer",
        "es",
        "urgent",
        "fever",
    ),
    (
        "I had 38.5 and chills, was discharged yesterday",
        "en",
        "urgent",
        "fever",
    ),
    (
        "fui a urgencias por dolor de pecho y me dieron de alta ayer",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "went to the ER for chest pain and was discharged yesterday",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "me dolía el pecho, fui a urgencias y me dieron de alta",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "my chest hurt, went to the ER and was discharged",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "¿escupir un poquito de sangre al lavarme los dientes cuenta como 'toser sangre'? lo leí en la hoja de alarma",
        "es",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "does spitting a little blood when I brush my teeth count as 'coughing blood'? it's on the warning sheet",
        "en",
        "info_alarming",
        "coughing_blood",
    ),
    (
        "escupo un poquito de sangre al lavarme los dientes y también toso sangre",
        "es",
        "emergency",
        "coughing_blood",
    ),
    (
        "spitting a little blood when I brush my teeth and I'm coughing blood too",
        "en",
        "emergency",
        "coughing_blood",
    ),
    (
        "¿toser un poquito de sangre cuenta como 'toser sangre'?",
        "es",
        "emergency",
        "coughing_blood",
    ),
    (
        "does coughing up a little blood count as coughing blood?",
        "en",
        "emergency",
        "coughing_blood",
    ),
]

AFTER_SETS_R41B = [
    (
        "las piernas no se me pusieron débiles, solo me duele la espalda donde me inyectaron",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "my legs did not go weak, just my back hurts where they injected",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "las piernas se me pusieron débiles y no me duele la espalda",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "my legs went weak and my back does not hurt",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "la pierna derecha de repente se me puso débil",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "my right leg suddenly went weak",
        "en",
        "emergency",
        None,
    ),
    (
        "Could you kindly tell me the signs of a stroke so that I may keep them written by the telephone? I had my infusion last week and feel perfectly well.",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "¿Me podría decir las señales de un derrame para tenerlas anotadas junto al teléfono? Me pusieron la infusión la semana pasada y me siento perfectamente.",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "tell me the signs of a stroke so I can keep them",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "what are the signs of a stroke, my face keeps drooping",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "¿cuáles son las señales de un derrame? se me sigue cayendo la cara",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "Mom's fever broke overnight, 36.8 this morning. yesterday it was 38.3 and the clinic started her on antibiotics. just updating",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "A mi mamá se le quitó la fiebre en la noche, 36,8 esta mañana. ayer tenía 38,3 y la clínica le empezó antibióticos. solo para avisar",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "yesterday it was 38.3 and the clinic started her on antibiotics",
        "en",
        "urgent",
        "fever",
    ),
    (
        "ayer tenía 38,3 y la clínica le empezó antibióticos",
        "es",
        "urgent",
        "fever",
    ),
    (
        "is sepsis a risk",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "es la sepsis un riesgo",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "is a stroke a risk?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "is sepsis a risk? I have 39 and I'm confused",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "¿la sepsis es un riesgo? tengo 39 y estoy confundido",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "antes me desmayaba con agujas es peligroso",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "I used to faint with needles, is it dangerous",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "antes me desmayaba con agujas pero ahora me acabo de desmayar",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "mi mamá se desmayaba y no respondía",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "antes de la inyección me desmayé",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "antes tenía fiebre y ahora tengo 38,5 otra vez",
        "es",
        "urgent",
        "fever",
    ),
    (
        "fiebre no tengo ni nada todo bien",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "fever no, all good",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "fiebre no tengo todo bien pero la rodilla está roja y caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "el ojo donde me pusieron la inyeccion esta cada dia mas rojo y me duele mas, ya van 4 dias, veo bien eso si, no se me nubla ni nada, la sensacion de arenilla ya se me paso, ¿sigo con las gotitas que me dieron?",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "the eye where they injected gets redder every day and hurts more, 4 days now, I can see fine, no blur, the gritty feeling has gone, do I keep using the drops?",
        "en",
        "urgent",
        "eye_worse",
    ),
    (
        "el ojo estaba cada día más rojo pero ya se me pasó todo",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "after the ankle injection yesterday the top of my foot went numb, like when your foot falls asleep but it doesnt go away, I can wiggle my toes and walk normally, the ankle swelling is down, is it nerve damage?",
        "en",
        "urgent",
        "new_numbness",
    ),
    (
        "después de la inyección en el tobillo ayer se me durmió el empeine, como cuando se te duerme el pie pero no se quita, muevo los dedos y camino normal, la hinchazón del tobillo ya bajó, ¿es daño del nervio?",
        "es",
        "urgent",
        "new_numbness",
    ),
    (
        "my knee was hot and swollen, the swelling is down now",
        "en",
        "info_alarming",
        "septic_joint",
    ),
    (
        "se me durmió el pie ayer pero ya se me pasó, la hinchazón ya bajó",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    (
        "quick update and a question, the fever I had on day 2 (38.4) is gone, the clinic gave me antibiotics, the redness has pulled back from the line I drew, no more chills, the knee still aches a bit but way less, energy is coming back, how do I know if the infection comes back?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "la fiebre que tuve el día 2 (38,4) ya se fue, la rodilla todavía me duele un poco pero mucho menos",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "the fever is gone, but I still have 38.5",
        "en",
        "urgent",
        "fever",
    ),
    (
        "ya se me quitó la fiebre, pero todavía tengo 38,5",
        "es",
        "urgent",
        "fever",
    ),
    (
        "the fever went away but my knee is still red and hot",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "se me quitó la fiebre pero la rodilla sigue roja y caliente",
        "es",
        "urgent",
        "spreading_redness",
    ),
]

AFTER_SETS_R41C = [
    (
        "went to the ER for chest pain and was discharged on monday",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "fui a urgencias por dolor de pecho y me dieron de alta el lunes",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "my foot went numb for a day but the feeling is totally back now, was that bad?",
        "en",
        "info_alarming",
        "new_numbness",
    ),
    (
        "se me durmió el pie un día pero ya volvió la sensación por completo, ¿eso fue malo?",
        "es",
        "info_alarming",
        "new_numbness",
    ),
    (
        "The lip swelling went down after the epipen and the ER discharged me yesterday. Can I still do infusion #2 next month?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "La hinchazón de los labios bajó con la epinefrina y ayer me dieron de alta en urgencias. ¿Puedo hacer la infusión 2 el mes que viene?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "me tome paracetamol y ahora marca 37.4 pero antes tenia 38.7, dia 4. ya no cuenta como fiebre verdad?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "took tylenol and now it reads 37.4 but before it was 38.7, day 4. doesn't count as a fever anymore right?",
        "en",
        "urgent",
        "fever",
    ),
]

AFTER_SETS_R41D = [
    (
        "mi brazo y mi pierna de un lado se me pusieron débiles",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "my arm and my leg on one side went weak on me",
        "en",
        "emergency",
        "stroke",
    ),
]

AFTER_SETS_R41E = [
    (
        "Una influencer dijo que si se pone rojito es que las células 'están trabajando'. A mí el lunes era una manchita y hoy jueves ya me agarra media rodilla y está caliente. ¿Le creo?",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "An influencer said if it goes red the cells are 'working'. On monday mine was a little spot and today, thursday, it covers half my knee and it's hot. Should I believe her?",
        "en",
        "urgent",
        None,
    ),
    (
        "el lunes era una manchita y hoy ya me cubre media rodilla",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "on monday it was a little spot and now it covers half my knee",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "era una manchita y hoy ya casi no se ve",
        "es",
        "side_effect",
        None,
    ),
    (
        "it was a little spot and now it's gone",
        "en",
        "side_effect",
        None,
    ),
]

AFTER_SETS_R41F = [
    (
        "they said a bit of bruising is normal but my whole thigh is now huge and tight and blood keeps coming out of the puncture no matter how hard I press, 30 minutes now",
        "en",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "me dijeron que un moretón es normal pero tengo todo el muslo enorme y tirante y por más que aprieto sigue saliendo sangre del pinchazo, ya van 30 minutos",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "it keeps bleeding even when I press on it",
        "en",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "sigue saliendo sangre aunque aprieto",
        "es",
        "emergency",
        None,
    ),
    (
        "no matter how hard I try I can't sleep, a little blood on the gauze this morning",
        "en",
        "side_effect",
        None,
    ),
    (
        "Eye injection on Monday. The doc said some redness is normal, but my eye hurts more every day and it's getting redder. Vision is still ok.",
        "en",
        "urgent",
        "eye_worse",
    ),
    (
        "Inyección en el ojo el lunes. El doctor dijo que algo de rojez es normal, pero me duele el ojo más cada día y está más rojo. Todavía veo bien.",
        "es",
        "urgent",
        "eye_worse",
    ),
    (
        "Fainted at the clinic when they drew blood, but that's just needles, I always do that. I'm home and fine now. Does that affect anything?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "Me desmayé cuando me sacaron sangre en la clínica, pero siempre me pasa con las agujas. Ya en casa estoy perfecta.",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "My mom fainted at the clinic. I'm fine now.",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "Mi mamá se desmayó en la clínica. Yo estoy bien.",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "I fainted at the clinic. I'm home now but I still feel weird",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "Me desmayé en la clínica. Ya estoy en casa pero sigo rara",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "mi recordatorio dice que vigile si hay pus. no tengo nada de eso, pero cómo sé si es pus o solo líquido normal?",
        "es",
        "info_alarming",
        "discharge",
    ),
    (
        "my reminder says to watch for pus. I have none of that, but how do I tell pus from normal fluid?",
        "en",
        "info_alarming",
        "discharge",
    ),
    (
        "la enfermera me dijo que vigile si hay pus y hoy me sale pus de la herida",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "la enfermera me dijo que vigilara si hay pus y hoy me sale pus de la herida",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "the nurse said to call if there is pus and today I have pus coming out",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "the nurse said to call if there is pus and I have none",
        "en",
        "info_alarming",
        "discharge",
    ),
    (
        "la enfermera me dijo que vigile si hay pus y hoy no tengo nada",
        "es",
        "info_alarming",
        "discharge",
    ),
    (
        "dice que se siente bien pero tiene 39 y está confundido",
        "es",
        "emergency",
        "confusion",
    ),
]

AFTER_SETS_R42A = [
    (
        "my son has seizures now and then, are stem cells safe for someone like him?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "a mi hijo le dan convulsiones de vez en cuando, ¿las células madre son seguras para alguien como él?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "she faints from time to time, is that a problem for the infusion?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi mamá se desmaya a veces, ¿puede hacerse la infusión igual?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my son has seizures every now and then and he is having one right now",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "a mi hijo le dan convulsiones de vez en cuando y ahorita está convulsionando",
        "es",
        "emergency",
        "seizure",
    ),
    (
        "he started having seizures now and then after the stem cell injection",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "desde la infusión le dan convulsiones de vez en cuando",
        "es",
        "emergency",
        "seizure",
    ),
    (
        "she fainted now and won't wake up",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "de vez en cuando se marea pero ahora se desmayó y no despierta",
        "es",
        "emergency",
        "fainting",
    ),
]

AFTER_SETS_R42B = [
    (
        "2 weeks later my knee is huge and i cant put weight",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "a las 2 semanas la rodilla enorme y no puedo apoyar",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "hip shot 10 days ago, now it's swollen and I can't put any weight",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "I can't put weight on fully yet but it's getting better every day, a bit sore",
        "en",
        "side_effect",
        None,
    ),
    (
        "no es que me esté desmayando, solo me mareé un ratito ayer al levantarme",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "it's not like I'm fainting or anything, I just got lightheaded for a second when I stood up yesterday",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "no es que me preocupe mucho, pero me duele el pecho muy fuerte ahorita",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "it's not that I'm panicking, but I can't breathe right now",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "never had chest pain like this before, it's crushing",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "my chest never hurt like this",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "nunca había sentido un dolor de pecho así, me aprieta",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "nothing like any chest pain I've had before",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "I've never had a fever this bad, 39.4",
        "en",
        "urgent",
        "fever",
    ),
    (
        "nunca había tenido una fiebre así, 39,4",
        "es",
        "urgent",
        "fever",
    ),
    (
        "no chest pain like this anymore, it went away an hour ago and I feel fine",
        "en",
        "info_alarming",
        "chest_pain",
    ),
]

AFTER_SETS_R42C = [
    (
        "the leaflet says call 911 if I get chest pain after the infusion. well I have it, like a band around my chest since 15 minutes",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "el papel dice que llame al 911 si me da dolor de pecho después del suero. pues lo tengo, me aprieta desde hace 15 minutos",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "they said call 911 if I get chest pain. I have it written down on the fridge",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "me dijeron que si me da dolor de pecho llame al 911. lo tengo anotado en el refri",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "what are the signs of sepsis? what if I have it?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "can you send the reminders later? they give me a heart attack every time my phone buzzes at 6",
        "en",
        "reminders",
        None,
    ),
    (
        "¿me cambias los recordatorios para más tarde? me da un infarto cada vez que suena el cel a las 6",
        "es",
        "reminders",
        None,
    ),
    (
        "siento que me da un infarto cada vez que subo las escaleras, me aprieta el pecho",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "I feel like I'm having a heart attack every time I climb the stairs",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "lo que más me preocupa es un derrame, leí que puede pasar con el suero, ¿qué tan común es?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "my biggest fear is a stroke after the IV, how common is it?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "what worries me is the chest pain I have right now",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "lo que me preocupa es el dolor de pecho que tengo ahorita",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "me desmayé en la extracción, dicen que fue por nervios. ¿en la próxima sesión me puede volver a pasar?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "I fainted during the infusion, they said it was nerves. could it happen again next session?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "she just fainted and is not waking up. will it happen again next time?",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "me desmayé hace 10 minutos y no me puedo levantar, ¿me puede volver a pasar en la próxima sesión?",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "the discharge kit came with capsules 'to feed the new cells'. are they approved by anyone?",
        "en",
        "pills",
        None,
    ),
    (
        "my shoulder got really hot and swollen and I can't move it at all. 3 weeks since the shot, I figured it was normal",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "el hombro se me puso calientísimo e hinchado y no lo puedo mover nada. ya pasaron 3 semanas de la inyección, creí que era normal",
        "es",
        "urgent",
        "septic_joint",
    ),
]

AFTER_SETS_R42D = [
    (
        "39.2 and chills, and my wife says I keep stopping mid sentence and losing what I was saying. hip injection monday",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "tengo 39 y escalofríos, mi esposo dice que me quedo a media frase y se me olvida a cada rato lo que estoy diciendo",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "she keeps forgetting what she was saying and her temp is 39",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "mi mamá tiene fiebre y pierde el hilo de lo que dice",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "sorry I forgot what I was saying, anyway when is my next reminder?",
        "en",
        "reminders",
        None,
    ),
    (
        "ya me dieron de alta de urgencias, lo del desmayo fue la presión baja y estoy bien en casa. ¿puedo manejar el lunes?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "the fainting thing was low blood pressure, they sent me home from the ER. can I drive tomorrow?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "lo del desmayo fue hace 10 minutos y no despierta",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "the chest pain thing was anxiety they said, but now it's back and crushing",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "¿cómo es eso de RÁPIDO para el derrame cerebral? mi nieto me lo dijo y no me acuerdo",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "¿cómo es lo de las señales de la embolia? no me acuerdo bien",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "¿cómo es lo del derrame? a mi esposo se le cayó la cara ahorita y no puede hablar",
        "es",
        "emergency",
        "stroke",
    ),
]

AFTER_SETS_R43A = [
    (
        "What signs of a stroke should I be watching for tonight? Dad had the IV this afternoon and I'm sitting up with him.",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "¿Qué señales de un derrame cerebral debo vigilar esta noche? A mi papá le pusieron el suero hoy en la tarde y lo estoy cuidando.",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "¿qué señales de convulsión tengo que vigilar hoy?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "What should I watch for tonight? my face is drooping on one side",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "que debo vigilar esta noche? se le cayó la cara de un lado",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "if she faints what should i do? she's ok right now but she faints easily",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "si se desmaya qué hago? está bien ahora mismo pero se desmaya fácil",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "if she faints what should i do? she's ok right now but she just fainted again",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "I'm fine right now but my chest hurts",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "estoy bien ahora mismo, pero me duele el pecho",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "Bruised like a plum on my thigh where they took the fat. Is that normal? Also do you know a good massage place nearby lol",
        "en",
        "side_effect",
        None,
    ),
    (
        "My knee is a bit swollen since the injection. Also can you recommend a good restaurant lol",
        "en",
        "side_effect",
        None,
    ),
    (
        "me salió un moretón en la panza donde me sacaron la grasa, es normal? por cierto conoces un buen restaurante por aquí jaja",
        "es",
        "side_effect",
        None,
    ),
    (
        "My knee surgery went well. Can you recommend a hotel in Cancun?",
        "en",
        "other",
        None,
    ),
    (
        "no tiene fiebre ni nada pero el enrojecimiento ya paso la raya que le marcamos con pluma",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "ya pasó la raya que le marcaron en la clínica",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "no fever or anything but the redness already went past the line we drew with a pen",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "buenas, 37.9 ya cuenta como fiebre? porque hace rato tenia eso y ahorita subio a 38.1. Dia 2 de la infiltracion",
        "es",
        "urgent",
        "fever",
    ),
    (
        "is 37.9 a fever? earlier I had that and now it went up to 38.1, day 2 after the knee shot",
        "en",
        "urgent",
        "fever",
    ),
    (
        "ayer tuve 38.4, ahorita estoy en 36.8",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "do people ever go into anaphylaxis from the cells themselves or is it the other stuff they add?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "has anyone had anaphylaxis from the cells?",
        "en",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "did anyone get sepsis from this clinic?",
        "en",
        "info_alarming",
        "sepsis",
    ),
    (
        "¿alguien ha tenido anafilaxia por las células?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "¿a alguien le ha dado un derrame cerebral después del suero?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "did anyone else's lips swell like this? mine are swelling and my throat is tight",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "alguien ha tenido esto? se me está durmiendo la cara ahorita",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "alguien ayúdeme, mi papá ha tenido una convulsión y no despierta",
        "es",
        "emergency",
        "seizure",
    ),
    (
        "the clinic handout lists 'suicidal thoughts' as something to report. why would stem cells cause that?",
        "en",
        "info_alarming",
        "suicidal",
    ),
    (
        "el folleto de la clínica pone 'pensamientos suicidas' como algo que hay que avisar. ¿por qué las células causarían eso?",
        "es",
        "info_alarming",
        "suicidal",
    ),
    (
        "the clinic handout says to call if chest pain. I have chest pain now",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "the clinic handout says to call if over 100.4. mine says 100.6 right now, day 2",
        "en",
        "urgent",
        "fever",
    ),
    (
        "el folleto de la clínica dice que avise si pasa de 38. ahorita tengo 38.6, día 2",
        "es",
        "urgent",
        "fever",
    ),
    (
        "forehead thermometer says 100.6, the discharge paper says call if over 100.4, its day 2. do i really have to call or can it wait till morning",
        "en",
        "urgent",
        "fever",
    ),
]

AFTER_SETS_R43B = [
    (
        "oiga la herida de la panza donde me sacaron la grasa se puso roja roja y caliente, y lo rojo ya se paso para el costado. en el anuncio decian recuperacion 'sin molestias'",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "la rodilla roja y caliente, y lo rojo ya se fue hasta la espinilla",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "la rodilla estaba roja y caliente pero ya se pasó",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "had a scare tonight, my chest felt tight for a few minutes after dinner but it went away completely, been fine for 2 hours now, should i mention it at my follow up? (IV cells last week)",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "tuve un susto hoy, sentí el pecho apretado unos minutos después de cenar pero se me quitó por completo, llevo 2 horas bien",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "had a scare tonight, my chest is tight and it won't go away",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "had a scare tonight, my chest felt tight, it went away but now it's back",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "tuve un susto hoy, tengo el pecho apretado y no se me quita",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "my son had a seizure when he was 3, can he still get the infusion?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "had a seizure at age 12, is the IV safe?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "tuve una convulsión a los 12 años, ¿aún me puedo hacer la infusión?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "mi hijo tuvo una convulsión cuando tenía 3 años, ¿todavía le pueden poner el suero?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "I had a seizure when I was 12 and I just had another one now",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "he had a seizure when he was 3 days post op and he is shaking now",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "le dio una convulsión a los 10 minutos del suero",
        "es",
        "emergency",
        "seizure",
    ),
]

AFTER_SETS_R43C = [
    (
        "what do i do if my legs go weak after the spinal one? asking bc they feel really heavy right now and I can barely stand up",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "¿qué hago si se me ponen débiles las piernas después de la inyección en la columna? pregunto porque ahorita las siento bien pesadas y casi no me puedo parar",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "se me ponen débiles las piernas",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "if I get chest pain after the drip what do I do... actually its kind of happening right now, tight on the left side and going into my jaw",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "if I get chest pain after the drip what do I do... its kinda happening now",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "si me duele el pecho después del suero qué hago... la verdad creo que ya me está como pasando, apretado del lado izquierdo",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "if I get chest pain what do I do? I have it written down somewhere",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "what if I get chest pain? how would I know its actually happening?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "a mi hija le salió una mancha roja en la espalda donde la inyectaron, ayer era chiquita y hoy está enorme",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "my daughter got a red patch on her back where they injected her, yesterday it was tiny and today it's huge",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "qué significa lo de RÁPIDO que sale en el folleto de la clinica? algo de derrame cerebral",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "what does the FAST thing on the clinic leaflet mean? something about a stroke",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "qué hago? algo de fiebre desde ayer",
        "es",
        "urgent",
        "fever",
    ),
    (
        "Temp 37.6, sorry I mean 38.6, typo. Day 2.",
        "en",
        "urgent",
        "fever",
    ),
    (
        "Temperatura 37.6, perdón quise decir 38.6, día 2",
        "es",
        "urgent",
        "fever",
    ),
    (
        "what do i do if my legs go weak after the spinal one? asking bc I feel fine right now",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "what do i do if my legs go weak? asking because I feel nervous right now",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "what do i do if my legs go weak? asking bc I don't feel anything weird right now",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "¿qué hago si se me ponen débiles las piernas? pregunto porque ahorita me siento bien",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
    (
        "¿qué hago si se me ponen débiles las piernas? pregunto porque ahorita no siento nada raro",
        "es",
        "info_alarming",
        "leg_weakness",
    ),
]

AFTER_SETS_R44A = [
    (
        "my late husband had a pulmonary embolism after surgery. can the cells cause that?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "Mi difunto marido tuvo una embolia pulmonar después de una operación. ¿Esto de las células puede dar eso?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "my dad, god rest his soul, had a heart attack at 60. is it safe for me?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "mi papá, que en paz descanse, tuvo un infarto a los 60, ¿puedo hacerme el tratamiento?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "My late mother had a stroke, does that matter for my treatment?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "my late husband had a stroke, and now my face is drooping",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "mi difunto esposo tuvo un derrame y ahora yo tengo la cara caída",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "I'm running late, my husband has chest pain right now",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "voy tarde, a mi esposo le duele el pecho ahorita",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "El martes me dio un dolorcito en el pecho al subir la escalera pero ya no he tenido nada",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "On Tuesday I had a little chest pain climbing the stairs but I haven't had anything since",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "El martes me dio un dolorcito en el pecho y hoy otra vez, no se me quita",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "fiebre ni nada gracias a dios solo queria saber si todo va bien es el cuarto dia",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "no fever or anything thank god just wanted to check all is well its day 4",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "tengo fiebre ni nada me la baja",
        "es",
        "urgent",
        "fever",
    ),
    (
        "Tengo el brazo hinchado y duro arriba de donde me pusieron la vía, y me duele",
        "es",
        "urgent",
        "leg_clot",
    ),
    (
        "my arm is swollen and hard above where they put the drip",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "my arm is swollen and hard above where the IV went in, and it hurts",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "the skin on my arm is a little puffy where the IV was, not red, not hot",
        "en",
        "side_effect",
        None,
    ),
    (
        "la piel del brazo está un poquito abultada donde estuvo la vía, no está roja ni caliente",
        "es",
        "side_effect",
        None,
    ),
]

AFTER_SETS_R44B = [
    (
        "mi doctor me dijo que 'hinchazón caliente que crece' es señal de infección. la mía está igual o más chica que ayer, y fría. entonces todo bien?",
        "es",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "my doctor told me 'hot swelling that grows' is a sign of infection. mine is the same or smaller than yesterday, and cool. so all good?",
        "en",
        "info_alarming",
        "spreading_redness",
    ),
    (
        "mi doctor me dijo que 'hinchazón caliente que crece' es señal de infección. la mía está caliente y crece cada día",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "my doctor told me 'hot swelling that grows' is a sign of infection. mine is hot and getting bigger every day",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "la enfermera dijo que mi rodilla caliente e hinchada es señal de infección",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "the nurse said my hot swollen knee is a sign of infection",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "the nurse told me the fever is a sign of infection, and I have 38.6 now",
        "en",
        "urgent",
        "fever",
    ),
    (
        "la enfermera me dijo que la fiebre es señal de infección, y ahora tengo 38,6",
        "es",
        "urgent",
        "fever",
    ),
    (
        "the nurse said red streaks are a sign of infection, should I worry?",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "la enfermera dijo que las rayas rojas son señal de infección, ¿me preocupo?",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "the clinic says chills are a symptom of healing, should I worry?",
        "en",
        "urgent",
        "chills",
    ),
    (
        "la clínica dice que los escalofríos son síntoma de sanación, ¿me preocupo?",
        "es",
        "urgent",
        "chills",
    ),
    (
        "Clinic abroad says shivering and 38.5 is a 'healing crisis' and to take paracetamol and wait. I'm home in Ohio now, day 3, thinking clearly",
        "en",
        "urgent",
        "chills",
    ),
    (
        "la clínica dice que los escalofríos y 38,5 son una 'crisis de sanación', estoy en casa, día 3",
        "es",
        "urgent",
        "chills",
    ),
]

AFTER_SETS_R44C = [
    (
        "sats on my finger monitor reading 84% and I'm puffing like I ran up the stairs but I'm just sat in bed",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "la saturación en el aparatito del dedo me marca 84%",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "my oxygen on the little finger clip thing says 86%",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "el oxímetro que me prestó mi hija marca 85 por ciento",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "my oxygen on the little finger clip thing says 97%, is that ok after the drip?",
        "en",
        "side_effect",
        None,
    ),
    (
        "el oxímetro que me prestó mi hija marca 97 por ciento, ¿está bien después del suero?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
]

AFTER_SETS_R44D = [
    (
        "Me salió como una línea colorada desde el brazo hasta la axila, donde tenía el catéter. Me duele un poco. En internet dicen que es linfangitis, ¿es grave?",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "there's a pinkish line going up my arm to the armpit from where the catheter was. the internet says lymphangitis, is it serious?",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "me salió una raya de color rojo por el brazo",
        "es",
        "urgent",
        "red_streak",
    ),
    (
        "a reddish streak running up to my armpit",
        "en",
        "urgent",
        "red_streak",
    ),
    (
        "Ayer me quité el parche y la herida de la cadera está echando como pus blancuzca, con olor. Me siento bien, sin fiebre",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "Took the dressing off yesterday and the hip wound is oozing whitish pus that smells. I feel fine, no fever",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "Ayer la herida estaba echando pus, hoy ya está seca y me siento bien",
        "es",
        "info_alarming",
        "discharge",
    ),
    (
        "yesterday the wound was oozing pus, today it's dry and I feel fine",
        "en",
        "info_alarming",
        "discharge",
    ),
]

AFTER_SETS_R45A = [
    (
        "my buddy says yellow gunk is oozing out of his shot and it stinks",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "mi compadre dice que le está saliendo pus amarilla del piquete y huele feo",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "my sister told me her knee is red and the red keeps spreading past the pen line",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "me escribió mi prima que la rodilla se le puso roja y lo rojo va creciendo",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "my friend says pus coming out of a shot means infection, is that true?",
        "en",
        "info_alarming",
        "discharge",
    ),
    (
        "mi amiga dice que si sale pus del piquete es señal de infección, ¿es cierto?",
        "es",
        "info_alarming",
        "discharge",
    ),
    (
        "my friend says you can get a red knee after the shot",
        "en",
        "side_effect",
        None,
    ),
    (
        "le salió un granito con materia donde le pusieron la inyección",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "there's a bump full of yellow matter where they gave me the shot",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "mi vecina me contó que el año pasado le salió pus de la rodilla",
        "es",
        "info_alarming",
        "discharge",
    ),
    (
        "my neighbour told me that last year pus came out of her knee",
        "en",
        "info_alarming",
        "discharge",
    ),
    (
        "la rodilla está más roja que la semana pasada y caliente",
        "es",
        "urgent",
        None,
    ),
    (
        "la otra vez me desmayé cuando me sacaron sangre, pero hoy me hicieron la infiltración y ni me mareé",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "I fainted last time they drew blood, but today they did the injection and I wasn't even dizzy",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "la otra vez me desmayé, pero hoy me hicieron la infiltración y me volví a desmayar",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "Me desmayé en la sala de espera por los nervios, pero estoy bien desde hace días. ¿Puedo ir a la segunda sesión?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "I passed out in the waiting room from nerves, but I've been fine since. Can I go to the second session?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "is 39.5 an ER thing or a call-the-clinic thing? nobody here has a fever, just asking",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "¿39,5 es para urgencias o para llamar a la clínica? nadie en casa tiene fiebre, solo pregunto",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "39.2 this morning, nobody else at home has a fever",
        "en",
        "urgent",
        "fever",
    ),
    (
        "tengo 39,2. nadie más en la casa tiene fiebre",
        "es",
        "urgent",
        "fever",
    ),
    (
        "la cara se me está cayendo de un lado y no puedo sonreír parejo",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "my face is sliding down on one side and I can't smile evenly",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "¿Si me falta el aire después del suero, es para ir a urgencias o me espero?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "me falta el aire después del suero, ¿es para ir a urgencias o me espero?",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "If I'm short of breath after the drip, is that an ER thing or do I wait?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "Is passing out a danger sign after the IV? I nearly passed out at a blood draw in 2021, just want to know before I go again",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "¿Desmayarse es señal de peligro después del suero? Casi me desmayo en 2021 en un análisis, solo quiero saber antes de ir otra vez",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "Is passing out a danger sign after the IV? it's happening again right now",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "the wound has green discharge that wasn't there before",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "I have a fever that I never had before",
        "en",
        "urgent",
        "fever",
    ),
    (
        "la herida tiene una secreción verde que antes no estaba",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "he had a mini stroke before",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "sangró bastante. ya dejó de sangrar",
        "es",
        "info_alarming",
        "heavy_bleeding",
    ),
    (
        "sangraba mucho. paró pero volvió a sangrar",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "it was bleeding a lot. it stopped but then came back",
        "en",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "it was bleeding a lot. it stopped and never came back",
        "en",
        "info_alarming",
        "heavy_bleeding",
    ),
    (
        "heavy bleeding from the harvest site",
        "en",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "sangrado abundante en el sitio de la extracción",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "Semana 1: fiebre 38,7 el día 4 (me dieron antibiótico)\nSemana 2: ya sin fiebre, herida seca\nSemana 3: todo bien\n¿puedo volar?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "Week 1: fever 38.7 on day 4 (they gave me antibiotics)\nWeek 2: no fever now, wound dry\nWeek 3: all good\ncan I fly?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "D1 sangró bastante, me pusieron puntos\nD2 dejó de sangrar\nD3 nada",
        "es",
        "info_alarming",
        "heavy_bleeding",
    ),
    (
        "D1 fiebre 38,5\nD2 fiebre 38,9\nD3 la rodilla roja y caliente",
        "es",
        "urgent",
        "fever",
    ),
    (
        "Day 1: fever 38.5. Day 2: 38.9. Day 3: no fever but my chest is tight and I can't breathe",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "me desmayé en la segunda sesión el mes pasado, ¿me puede volver a pasar?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "I passed out at the first session last month, could it happen again?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "I passed out at the first session and I feel like I'm passing out again right now",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "my friend said the IV went fine but then she had a seizure",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "mi vecina dijo que el suero le fue bien pero después tuvo una convulsión",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "hoy me pusieron la inyección en el ojo y hace 5 minutos se me puso oscura la vista",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "la hinchazón de la pantorrilla se fue, las dos piernas se ven iguales otra vez",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    (
        "the fever from day 2 is gone, no more chills, my energy is coming back",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "sangró mucho del piquete pero ya paró. vuelvo a ir el lunes, ¿es normal?",
        "es",
        "info_alarming",
        "heavy_bleeding",
    ),
    (
        "my friend said her eye went dark for a minute after her shot then came back, is that normal?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "a mi amiga se le oscureció la vista un minuto después de la inyección y luego volvió, ¿es normal?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "my friend said her cousin went blind after eye injections, is that real?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "mi amiga dice que su prima quedó ciega por unas inyecciones en los ojos, ¿es real?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "mi vecina dice que se le durmió media cara por un día después de las células, ¿eso es un derrame?",
        "es",
        "info_alarming",
        "stroke",
    ),
    (
        "my neighbour says half her face went numb for a day after her cells, was that a stroke?",
        "en",
        "info_alarming",
        "stroke",
    ),
    (
        "mi vecino dice que se le hinchó la pierna después del suero y era un coágulo, ¿qué vigilo?",
        "es",
        "info_alarming",
        "leg_clot",
    ),
    (
        "my neighbour says his leg swelled after the IV and it was a clot, what should I watch for?",
        "en",
        "info_alarming",
        "leg_clot",
    ),
]

AFTER_SETS_R45B = [
    (
        "three weeks ago I had a strong chest pain, went to the ER and they said it was reflux. can I do my second session?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "hace tres semanas me dio un dolor fuerte en el pecho, fui a urgencias y me dijeron que era reflujo. ¿puedo hacer la segunda sesión?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "two weeks ago I had chest pain and it is still there",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "hace dos semanas me dio dolor de pecho y todavía me duele",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "I got a fever 3 weeks ago",
        "en",
        "urgent",
        "fever",
    ),
    (
        "me dio fiebre hace tres semanas",
        "es",
        "urgent",
        "fever",
    ),
    (
        "it's been 8 days and my knee pain is worse than right after the shot. they told me it'd get better after 3 days",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "ya van 8 días y el dolor de rodilla está peor que justo después de la inyección. me dijeron que iba a mejorar a los 3 días",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "anoche me faltó un poco el aire pero fue por subir corriendo las escaleras, ahora nada. ¿será por las células?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "last night I got a little short of breath but it was from running up the stairs, now nothing. could it be the cells?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "my chest hurts so bad, now nothing helps",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "me duele mucho el pecho, ahora nada me quita el dolor",
        "es",
        "emergency",
        "chest_pain",
    ),
]

AFTER_SETS_R45C = [
    (
        "si lo rojo sigue creciendo ¿tengo que volver? porque ya se ha pasado de la raya que le hice anoche con el plumón",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "if the red keeps growing do I need to go back? because it's already gone past the line I drew last night with the marker",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "ayer me sangró bastante el piquete pero con presión paró y hoy ya ni mancha la gasa",
        "es",
        "info_alarming",
        "heavy_bleeding",
    ),
    (
        "yesterday the puncture bled a lot but with pressure it stopped and today it doesn't even stain the gauze",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "me sangra bastante la herida, con presión paró un rato pero sigue sangrando",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
]

AFTER_SETS_R46A = [
    (
        "Just supposing: if my lips puffed up after the next injection, would that count as an emergency?",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "Hipotéticamente, si se me hincharan los labios después de la próxima inyección, ¿eso sería una emergencia?",
        "es",
        "info_alarming",
        "anaphylaxis",
    ),
    (
        "theoretically, if I passed out during the marrow harvest, would they call an ambulance?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "teóricamente, si me desmayara durante la extracción de médula, ¿llaman a una ambulancia?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "my lips are puffing up right now after the shot, is that an emergency?",
        "en",
        "emergency",
        None,
    ),
    (
        "se me están hinchando los labios ahora mismo después de la inyección, ¿es una emergencia?",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        'the sheet from the clinic: "Call 911 if trouble breathing or lips swelling". what counts as trouble breathing?',
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        'la hoja de la clínica dice: "Llamar al 911 si dificultad para respirar o labios hinchados". ¿qué cuenta como dificultad para respirar?',
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "the sheet says call 911 if trouble breathing. well I'm having trouble breathing right now",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "la hoja dice llamar al 911 si hay dificultad para respirar, y ahora mismo me cuesta respirar",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "I'll head to the ER if this chest pressure doesn't ease off, it's been 20 minutes",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "si no se me quita esta presión en el pecho me voy a urgencias, ya van 20 minutos",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "should I go in if my chest pain keeps going like this?",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "¿voy a urgencias si me sigue doliendo el pecho así?",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "what do I do if I ever get chest pain after the infusion?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "¿qué hago si algún día me da dolor en el pecho después del suero?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "my dad passed out two years ago during a blood draw, and now it's his turn for the bone marrow harvest. how do we prepare?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "a mi papá le dio un desmayo hace dos años en un análisis de sangre y ahora le toca de nuevo la extracción de médula. ¿cómo nos preparamos?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my dad passed out two years ago during a blood draw and just now he passed out again in the waiting room",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "mi papá se desmayó hace dos años en un análisis y ahora mismo se volvió a desmayar en la sala de espera",
        "es",
        "emergency",
        "fainting",
    ),
    (
        "two nights ago my ring tracker said oxygen 89 while I was asleep, but ever since it's 96-97 all day",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "antenoche el anillo me marcó oxígeno 89 dormida, pero desde entonces está en 96-97 todo el día",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "my oxygen is at 87 on the clip thing and I'm puffing",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "el oxígeno me marca 87 en el aparatito del dedo y me cuesta respirar",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "the pulse ox says o2 of 89 right now after the IV",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "el oxímetro dice oxígeno 89 ahora mismo después del suero",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "the tight feeling in my chest from Sunday has totally disappeared, I think it was stress. should I still mention it?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "la opresión en el pecho del domingo ya desapareció por completo, creo que fue estrés. ¿igual lo comento?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "the feeling in my right leg disappeared after the spine injection and I can't lift it",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "después de la inyección en la columna se me fue la sensibilidad de la pierna derecha y no la puedo levantar",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "gasté 80 mil pesos en la crema de células madre y nada, no veo nada, ¿es una estafa?",
        "es",
        "pills",
        None,
    ),
    (
        "I spent 90 dollars on the stem cell capsules, 6 weeks now and I still don't see anything. do they work?",
        "en",
        "pills",
        None,
    ),
    (
        "me eché las gotas de células madre en los ojos y no veo nada",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "I put the stem cell drops in my eyes and I can't see anything",
        "en",
        "emergency",
        "vision_loss",
    ),
]

AFTER_SETS_R46B = [
    (
        "a mi hija le sangró harto la curita del brazo en la noche, pero paró",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "me sangró bastante el agujerito de la médula y paró al rato con hielo",
        "es",
        "info_alarming",
        "heavy_bleeding",
    ),
    (
        "me sangra muchísimo la herida, paró un ratito pero sigue chorreando",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "me sangró mucho el piquete y paró, pero ya volvió a sangrar igual",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "my daughter's arm bandage bled a lot last night, but it stopped",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "the wound is bleeding a lot, it stopped for a bit but it's pouring again",
        "en",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "creo que a mi tío le está dando un paro cardiaco, no responde",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "I think my uncle is going into cardiac arrest, he isn't responding",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "mi abuela falleció de un paro cardíaco hace años, ¿me afecta para el tratamiento?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "my gran passed away from a cardiac arrest years ago, does that matter for the treatment?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "el jueves me dolía un 2 de 10, el viernes 4, el sábado 6 y hoy domingo 8, y el paracetamol ya no hace nada",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "Thursday it hurt maybe 2 out of 10, Friday 4, Saturday 6 and today Sunday 8, and Tylenol isn't touching it",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "el martes me dolía un 6 de 10, el miércoles 4 y hoy jueves 2, ¿es normal que tarde tanto?",
        "es",
        "side_effect",
        None,
    ),
    (
        "Tuesday the pain was 6 out of 10, Wednesday 4 and today Thursday 2, is it normal to take this long?",
        "en",
        "side_effect",
        None,
    ),
    (
        "hi there, is this the aftercare bot?",
        "en",
        "smalltalk",
        None,
    ),
    (
        "buenas, ¿este es el bot de cuidados de células madre?",
        "es",
        "smalltalk",
        None,
    ),
    (
        "anyone know if the RegenaLife center in Tijuana is legit? my aunt went there in 2022",
        "en",
        "clinic_choice",
        None,
    ),
    (
        "¿alguien sabe si la clínica VitaCel de Bogotá es seria? mi prima fue el año pasado",
        "es",
        "clinic_choice",
        None,
    ),
]

AFTER_SETS_R46C = [
    (
        "el papel de la clínica dice: si no cede la falta de aire en 10 minutos llame al 911. ¿eso es para cualquier falta de aire?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "en el folleto pone que si aparece dolor de pecho fuerte acuda a urgencias, ¿eso pasa seguido con las células madre?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "si, me aprieta el pecho desde hace media hora, ¿llamo al 911?",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "si me duele el pecho ahora mismo, ¿llame al 911 o espero?",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "the clinic paper says if shortness of breath doesn't ease in 10 minutes call 911. is that for any shortness of breath?",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "the leaflet says if strong chest pain appears go to the ER, does that happen often with stem cells?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "yes, my chest has been tight for half an hour, do I call 911?",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "my chest hurts right now, do I call 911 or wait?",
        "en",
        "emergency",
        "chest_pain",
    ),
]

AFTER_SETS_R46D = [
    (
        "no para la sangre del piquete de la cadera, ya pasó la gasa y el esparadrapo, ¿qué hago?",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "la sangre traspasó la venda dos veces desde que llegué de la extracción",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "se me abrió un punto de la liposucción y sale sangre a chorro, llevo 15 minutos apretando y no para",
        "es",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "the blood from the hip puncture won't stop, it's come through the gauze and the tape, what do I do?",
        "en",
        "emergency",
        None,
    ),
    (
        "the bleeding has soaked through the bandage twice since I got home from the harvest",
        "en",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "a stitch from the lipo opened and blood is spurting, I've been pressing for 15 minutes and it won't stop",
        "en",
        "emergency",
        "heavy_bleeding",
    ),
    (
        "anoche la sangre traspasó la gasa, pero desde la mañana está seca y no ha vuelto a sangrar",
        "es",
        "info_alarming",
        "heavy_bleeding",
    ),
    (
        "last night the blood came through the gauze, but since this morning it's dry and hasn't bled again",
        "en",
        "info_alarming",
        "heavy_bleeding",
    ),
    (
        "put the stem cell face cream on and now my lips are getting bigger and I can hardly swallow",
        "en",
        "emergency",
        "anaphylaxis",
    ),
    (
        "me puse la crema de células madre y se me está poniendo gorda la lengua, casi no puedo tragar",
        "es",
        "emergency",
        "anaphylaxis",
    ),
    (
        "the stem cell capsules are huge, I can barely swallow them, can I open them?",
        "en",
        "pills",
        None,
    ),
    (
        "las cápsulas de células madre son enormes, casi no puedo tragarlas, ¿las puedo abrir?",
        "es",
        "pills",
        None,
    ),
    (
        "they quoted me 20k for both knees, I nearly had a heart attack. is that normal pricing?",
        "en",
        "clinic_choice",
        None,
    ),
    (
        "me cotizaron 20 mil por las dos rodillas y casi me da un infarto, ¿es un precio normal?",
        "es",
        "clinic_choice",
        None,
    ),
    (
        "I think I'm having a heart attack, my chest is crushing",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "creo que me está dando un infarto, me aprieta el pecho",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "my wife passed out at the clinic during the marrow draw, came round in a minute, and she's been fine all day. what should we watch for tonight?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "mi esposa se desmayó en la clínica durante la extracción, volvió en sí al minuto y ha estado normal todo el día. ¿qué vigilamos esta noche?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "my wife passed out at the clinic this morning and she's been confused all day",
        "en",
        "emergency",
        "fainting",
    ),
    (
        "is it normal that my shoulder hurts more than before the shot on day 1?",
        "en",
        "side_effect",
        None,
    ),
    (
        "¿es normal que el hombro me duela más que antes de la inyección el primer día?",
        "es",
        "side_effect",
        None,
    ),
    (
        "day 6 and my shoulder hurts more than before the shot, and it gets worse every day",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "día 6 y el hombro me duele más que antes de la inyección, y cada día peor",
        "es",
        "urgent",
        "worsening_pain",
    ),
]

AFTER_SETS_R46E = [
    (
        "día 4 de la infiltración y la rodilla le supura un líquido turbio que traspasa la venda",
        "es",
        "urgent",
        "discharge",
    ),
    (
        "day 4 after the knee injection and cloudy fluid is oozing through the bandage",
        "en",
        "urgent",
        "discharge",
    ),
    (
        "39,2 desde el almuerzo",
        "es",
        "urgent",
        "fever",
    ),
]

AFTER_SETS_R47A = [
    (
        "el martes se me puso borrosa la vista del ojo inyectado un rato, ya veo normal",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "tuve la vista nublada en la mañana después de la inyección, ahora veo claro otra vez",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "se me nubló la vista y ahora veo todo oscuro",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "se me nubló la vista del ojo inyectado, ya veo bien de un ojo pero del otro todo negro",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "my sight went foggy for ten minutes this afternoon, I see perfectly again now",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "had blurry vision after the shot this morning, now I can see fine again",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "my vision went blurry in the injected eye and now I see only shadows",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "my vision went dark in one eye, I can see fine now out of the left but the right is black",
        "en",
        "emergency",
        None,
    ),
    (
        "everything has been fine since the treatment but the thermometer reads 38.3",
        "en",
        "urgent",
        "fever",
    ),
    (
        "todo ha estado bien desde el tratamiento pero el termómetro marca 38,4",
        "es",
        "urgent",
        "fever",
    ),
    (
        "the thermometer showed 38.2 on sunday, been fine since",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "el termómetro marcó 38,1 el domingo, desde entonces bien",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "had a numb patch on my leg yesterday but that's all gone today",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "ayer se me adormeció la pierna pero eso ya se fue hoy",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "my leg went numb an hour ago and that's not gone yet",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "my left leg went numb after the epidural, will that be gone by tonight?",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "my vision went blurry, is that gone by tomorrow normally?",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "se me nubló la vista, ¿eso se quita solo para mañana?",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "my leg went numb yesterday, it was gone by the evening",
        "en",
        "info_alarming",
        "leg_weakness",
    ),
]

AFTER_SETS_R47B = [
    (
        "Sí tengo dolor en el pecho desde hace media hora, ¿llamo a alguien o voy a urgencias?",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "sí me cuesta respirar, ¿espero a mañana?",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "si me da dolor de pecho esta semana, ¿llamo a la clínica o voy a urgencias?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "si me falta el aire después del suero, ¿qué hago?",
        "es",
        "info_alarming",
        "breathing",
    ),
]

AFTER_SETS_R47C = [
    (
        "had a tight chest this morning so I went to urgent care, they did an ECG and said my heart is fine",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "chest felt heavy this morning after the infusion, it's all settled now, should I tell the clinic?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "chest felt heavy this morning and it is still heavy, it is getting worse",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "esta mañana sentí opresión en el pecho, fui a urgencias y el corazón está bien, ¿aviso a la clínica?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "esta mañana empecé con opresión en el pecho y ahorita está peor",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "my cousin had a seizure after her stem cell IV in tijuana last yr, could that happen to me?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "a mi primo le dio un coágulo después de su suero en Tijuana el año pasado, ¿me puede pasar a mí?",
        "es",
        "info_alarming",
        "unrecognised",
    ),
    (
        "my cousin says I look flushed, my calf is swollen and hot since the IV yesterday",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "fiebre ninguna de momento, pero ¿con cuántos grados tengo que llamar?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "fever: none so far. at what number should I call the clinic?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "fiebre ninguna por ahora, pero la rodilla está roja, caliente y más hinchada",
        "es",
        "urgent",
        "hot_swelling",
    ),
    (
        "fever none yet but I can't breathe properly since an hour",
        "en",
        "emergency",
        "breathing",
    ),
    (
        "reading the leaflet from my clinic, why does it say a stiff neck with fever is an emergency?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "leyendo el folleto de la clínica, ¿por qué dice que el cuello rígido con fiebre es una emergencia?",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "reading the leaflet right now and my neck is stiff and I have 39.5",
        "en",
        "emergency",
        "stiff_neck",
    ),
    (
        "estoy leyendo el folleto y tengo el cuello rígido y 39,5 de fiebre ahorita",
        "es",
        "emergency",
        "stiff_neck",
    ),
    (
        "temp is 38.9 since the spinal injection and my neck is so stiff I can't touch my chin to my chest",
        "en",
        "emergency",
        "stiff_neck",
    ),
    (
        "tengo 38,9 desde la inyección en la columna y la nuca bien tiesa, no puedo bajar la cabeza",
        "es",
        "emergency",
        "stiff_neck",
    ),
    (
        "woke up with a stiff neck from the hotel pillow, no fever, what helps?",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "amanecí con el cuello tieso por la almohada del hotel, sin fiebre, ¿qué me puedo tomar?",
        "es",
        "side_effect",
        None,
    ),
]

AFTER_SETS_R47D = [
    (
        "my son had his shots on monday and today he is at 38.3, they told us a temp is normal on day 1 but this is day 3",
        "en",
        "urgent",
        "fever",
    ),
    (
        "mi hijo se puso las inyecciones el lunes y hoy tiene 38,3, nos dijeron que una fiebre está bien el primer día pero ya es el tercero",
        "es",
        "urgent",
        "fever",
    ),
]

AFTER_SETS_R47E = [
    (
        "is a blood clot something you could get from these IV drips?",
        "en",
        "info_alarming",
        "unrecognised",
    ),
    (
        "¿la sepsis es algo que te puede dar por estas inyecciones en la rodilla?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "I have 39.4 and I'm confused, is sepsis something you get from these injections?",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "tengo 39,4 y estoy confundida, ¿la sepsis es algo que te puede dar por estas inyecciones?",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "estoy confundido y con 39,6, ¿la sepsis es un riesgo con esto?",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "the fever check reminder at 7am is driving me nuts, can it come at 9 instead?",
        "en",
        "reminders",
        None,
    ),
    (
        "el recordatorio de la fiebre me llega a las 6 de la mañana, ¿se puede cambiar a las 9?",
        "es",
        "reminders",
        None,
    ),
    (
        "fever check this morning: 38.6",
        "en",
        "urgent",
        "fever",
    ),
    (
        "tengo fiebre de 38,6, ¿me pueden cambiar el recordatorio?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "can I go for a run tomorrow? my leg is still a little sore where they took the fat",
        "en",
        "side_effect",
        None,
    ),
    (
        "¿puedo salir a correr mañana? la pierna todavía un poco adolorida donde me sacaron la grasa",
        "es",
        "side_effect",
        None,
    ),
    (
        "my calf is a bit sore and swollen since the flight home",
        "en",
        "urgent",
        "leg_clot",
    ),
    (
        "la pantorrilla un poco adolorida e hinchada desde el vuelo de regreso",
        "es",
        "urgent",
        "leg_clot",
    ),
]

AFTER_SETS_R47F = [
    (
        "my friend had a seizure after the clinic, is that a risk with the IV? he is still shaking",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "my buddy had a seizure at the clinic, how common is that? he keeps shaking",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "a mi amigo le dio una convulsión en la clínica, ¿qué tan común es? sigue temblando",
        "es",
        "emergency",
        "seizure",
    ),
    (
        "a mi compañero le dio una convulsión después del suero, ¿es algo que te puede dar? todavía está temblando",
        "es",
        "emergency",
        "seizure",
    ),
    (
        "a mi amigo le dio una convulsión el año pasado, ¿qué tan común es? ya está bien",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "my neighbour had a seizure after the clinic in panama last month, is that common? she is fine now",
        "en",
        "info_alarming",
        "seizure",
    ),
]

AFTER_SETS_R48A = [
    (
        "Me pusieron las células el 3/11, no el 11 de marzo. Estás confundiendo la fecha",
        "es",
        "reminders",
        None,
    ),
    (
        "te estás confundiendo de día, mi tratamiento fue el martes",
        "es",
        "reminders",
        None,
    ),
    (
        "you're confusing my dates, I had the cells on the 3rd of November",
        "en",
        "reminders",
        None,
    ),
    (
        "tengo 39 de fiebre y estoy confundida, no sé dónde estoy",
        "es",
        "emergency",
        "confusion",
    ),
    (
        "had seizures as a teen, controlled for 15 yrs. can I still get the infusion?",
        "en",
        "info_alarming",
        "seizure",
    ),
    (
        "tuve convulsiones en la adolescencia, ya controladas. ¿puedo ponerme el suero?",
        "es",
        "info_alarming",
        "seizure",
    ),
    (
        "my son had a seizure as a teen and now he is shaking on the floor after his infusion",
        "en",
        "emergency",
        "seizure",
    ),
    (
        "I figured the pain after the back injection would settle but it's day 6 and worse every single day",
        "en",
        "urgent",
        "worsening_pain",
    ),
    (
        "pensé que el dolor de la cadera se iba a calmar pero va el día 6 y peor cada santo día",
        "es",
        "urgent",
        "worsening_pain",
    ),
    (
        "my friend lost the sight in one eye at a clinic in Miami, where do I report that?",
        "en",
        "clinic_choice",
        None,
    ),
    (
        "a mi prima la dejaron ciega de un ojo en una clínica de Cancún, ¿dónde se denuncia eso?",
        "es",
        "clinic_choice",
        None,
    ),
    (
        "my mom can't see out of her eye since the injection, where do I report it?",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "mi mamá no ve nada de un ojo desde la inyección, ¿dónde lo denuncio?",
        "es",
        "emergency",
        None,
    ),
    (
        "eye irritated since the injection and worse today, light really bothers me, but I can see",
        "en",
        "urgent",
        "eye_worse",
    ),
    (
        "ojo irritado desde la inyección y hoy peor, me molesta mucho la luz, pero sí veo",
        "es",
        "urgent",
        "eye_worse",
    ),
    (
        "redness around the shot went from coin size to palm size since yesterday, also how do I change my reminders",
        "en",
        "urgent",
        "spreading_redness",
    ),
    (
        "lo rojo pasó de tamaño de una moneda a tamaño de la palma desde ayer, ¿y cómo cambio los recordatorios?",
        "es",
        "urgent",
        "spreading_redness",
    ),
    (
        "same as yesterday: 38 at night, 37.8 in the morning",
        "en",
        "urgent",
        "fever",
    ),
    (
        "igual que ayer: 38 en la noche, 37,8 en la mañana",
        "es",
        "urgent",
        "fever",
    ),
    (
        "day 38 after the infusion, temp 37.4 this morning, all fine",
        "en",
        "info_alarming",
        "fever",
    ),
    (
        "día 38 después del suero, 37,3 esta mañana, todo bien",
        "es",
        "side_effect",
        None,
    ),
    (
        "is it normal to feel stiff in the joint for a few days? I'd like to keep walking my dog",
        "en",
        "side_effect",
        None,
    ),
    (
        "¿es normal sentir rígida la rodilla unos días? quisiera seguir paseando a mi perro",
        "es",
        "side_effect",
        None,
    ),
    (
        "my dog has been limping for a week, I'd like to know if stem cells help dogs",
        "en",
        "other",
        None,
    ),
    (
        "small greenish bruise under my eye from the injection, looks worse in photos than in real life. just cosmetic right?",
        "en",
        "side_effect",
        None,
    ),
    (
        "tengo un moretón verdoso debajo del ojo por la inyección, se ve peor en fotos que en persona. ¿es solo estético?",
        "es",
        "side_effect",
        None,
    ),
    (
        "I said 38 before but I looked again and it's 37.8, day 0",
        "en",
        "side_effect",
        None,
    ),
    (
        "te dije 38 pero lo volví a mirar y es 37,8, día 0",
        "es",
        "side_effect",
        None,
    ),
]

AFTER_SETS_R48B = [
    (
        "the blurry vision i had after the eye shot cleared up by the evening, is that normal",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "la vista borrosa que tuve después de la inyección en el ojo se me quitó en la tarde, ¿es normal?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "the blurry vision went away but now everything in that eye is dark",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "se me fue la vista del ojo izquierdo desde esta mañana",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "my vision went in my left eye after the injection",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "quick question about my insurance invoice. also since this morning the right side of my face is numb and I keep dropping things from my right hand, probably just tired",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "quería preguntar por la factura del seguro. Por cierto desde esta mañana tengo el lado derecho de la cara dormido y se me caen las cosas de la mano derecha, supongo que será el cansancio",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "se me caen las cosas de la mano izquierda desde hace una hora",
        "es",
        "emergency",
        "stroke",
    ),
    (
        "things keep falling out of my left hand since an hour ago",
        "en",
        "emergency",
        "stroke",
    ),
    (
        "the phone slipped out of my hand lol, anyway when is my follow up",
        "en",
        "other",
        None,
    ),
    (
        "I lost the feeling in my leg after the back injection",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "perdí la sensibilidad de la pierna después de la inyección en la espalda",
        "es",
        "emergency",
        "leg_weakness",
    ),
    (
        "the feeling in my legs disappeared after the spine shot",
        "en",
        "emergency",
        "leg_weakness",
    ),
    (
        "desapareció la sensibilidad de las piernas después de la inyección en la columna",
        "es",
        "emergency",
        "leg_weakness",
    ),
]

AFTER_SETS_R48C = [
    (
        "Quick one - is the clinic open on Saturday? Asking because my left eye went completely dark about an hour ago, the one they injected last week",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "pregunta rápida, ¿abren el sábado? pregunto porque se me puso todo negro el ojo izquierdo hace como una hora, el que me inyectaron",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "just asking, my neighbour had chest pain years ago",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "Please reply in English from now on, the Spanish messages confuse me",
        "en",
        "language",
        None,
    ),
    (
        "contéstame en español por favor, el inglés me confunde",
        "es",
        "language",
        None,
    ),
    (
        "I'm confused and have a fever of 39",
        "en",
        "emergency",
        "confusion",
    ),
    (
        "hace una semana me dio un dolor en el pecho pero en urgencias me dijeron que el corazón estaba bien y no me ha vuelto. ¿lo comento en la revisión?",
        "es",
        "info_alarming",
        "chest_pain",
    ),
    (
        "a week ago I had chest pain but the ER said my heart was fine and it hasn't come back. should I mention it at the checkup?",
        "en",
        "info_alarming",
        "chest_pain",
    ),
    (
        "me pasaron por whatsapp una nota de que tres personas quedaron ciegas por células madre en los ojos en EEUU. ¿es real o fake?",
        "es",
        "info_alarming",
        "vision_loss",
    ),
    (
        "someone forwarded me a post saying three people went blind from stem cell eye shots in the US, real or fake?",
        "en",
        "info_alarming",
        "vision_loss",
    ),
    (
        "no veo nada del ojo izquierdo desde hace una hora, ¿es real o fake lo que me pasa?",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "Is it true people have died from these IV stem cell drips? lung clots or something? kinda scaring me before next week",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "¿es verdad que ha muerto gente por estos sueros? ¿coágulos en los pulmones o algo así?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "my chest is so tight. heart attack or something?",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "Me dijeron que con el suero se pueden formar coágulos en los pulmones. Yo estoy bien, sin síntomas, pero ¿qué tan seguido pasa eso?",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "tengo coágulos en los pulmones, ¿qué tan seguido pasa eso?",
        "es",
        "emergency",
        "breathing",
    ),
    (
        "creo que no es nada treinta y ocho y medio no más pero me siento bien, ¿aguanto hasta la cita del jueves?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "38.5 but i feel ok, can i wait till thursday",
        "en",
        "urgent",
        "fever",
    ),
    (
        "38,5 pero me siento bien, ¿aguanto hasta el jueves?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "el jueves tuve 38,5, desde entonces bien",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "tuve 38,5 el lunes y ya no más fiebre desde entonces",
        "es",
        "info_alarming",
        "fever",
    ),
    (
        "se me abrió un poquito la cortada donde me sacaron la grasa de la panza y se ve para adentro",
        "es",
        "urgent",
        "wound_opening",
    ),
    (
        "the cut where they took the fat from my belly opened up a bit and I can see inside",
        "en",
        "urgent",
        "wound_opening",
    ),
    (
        "la clínica me dijo por whatsapp que con 38,3 tome paracetamol y que no es nada, pero ya es el día 4, ¿qué opinas?",
        "es",
        "urgent",
        "fever",
    ),
    (
        "the clinic texted me on whatsapp that with 38.3 I should take paracetamol and it's nothing, but it's day 4 now, thoughts?",
        "en",
        "urgent",
        "fever",
    ),
    (
        "se me abrió un poco la herida de la cadera donde me sacaron la médula, ¿qué significa eso?",
        "es",
        "urgent",
        "wound_opening",
    ),
]

AFTER_SETS_R48D = [
    (
        "me hicieron relleno con mi propia grasa en la frente y de la nada se me nubló la vista del ojo derecho y me duele horrible",
        "es",
        "emergency",
        "vision_loss",
    ),
    (
        "they did a fat filler in my forehead and out of nowhere my right eye went blurry and it hurts like hell",
        "en",
        "emergency",
        "vision_loss",
    ),
    (
        "de la nada me empezó a doler el pecho muy fuerte",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "out of nowhere my chest started hurting really bad",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "¿Un coágulo en el pulmón cómo se siente? Tengo vuelo largo a Madrid después del suero",
        "es",
        "info_alarming",
        "breathing",
    ),
    (
        "a lung clot, what does it feel like? I have a long flight after the IV",
        "en",
        "info_alarming",
        "breathing",
    ),
    (
        "la sepsis cómo se nota?",
        "es",
        "info_alarming",
        "sepsis",
    ),
    (
        "me duele mucho el pecho desde hace rato, ¿un infarto cómo se siente?",
        "es",
        "emergency",
        "chest_pain",
    ),
    (
        "my chest is tight right now, a heart attack what does it feel like?",
        "en",
        "emergency",
        "chest_pain",
    ),
    (
        "mi suegra tiene 38,2, día 3 del suero, dice que se siente bien y no quiere llamar",
        "es",
        "urgent",
        "fever",
    ),
    (
        "my mother-in-law has 38.2, day 3 after the IV, she says she feels fine and does not want to call",
        "en",
        "urgent",
        "fever",
    ),
]


AFTER_SETS_R17E = [
    (
        "fainted once during a blood test years ago. am i gonna faint during the infusion?",
        "en",
        "info_alarming",
        "fainting",
    ),
    (
        "me desmayé una vez en un análisis de sangre hace años. ¿me voy a desmayar durante el suero?",
        "es",
        "info_alarming",
        "fainting",
    ),
    (
        "el hombro que me trataron hace un mes de repente está rojo, hinchado y no lo puedo levantar del dolor",
        "es",
        "urgent",
        "septic_joint",
    ),
    (
        "the shoulder they treated a month ago is suddenly red, swollen and i cant lift my arm for the pain",
        "en",
        "urgent",
        "septic_joint",
    ),
    (
        "mi mamá 78 años, rodilla inyectada hace 3 semanas, ahora la tiene como un globo, colorada y no deja que se la toquen",
        "es",
        "urgent",
        "severe_pain",
    ),
    (
        "my mum is 78, knee injected 3 weeks ago, now its like a balloon, red and she wont let anyone touch it",
        "en",
        "urgent",
        "severe_pain",
    ),
]


@pytest.mark.parametrize(
    ("text", "language", "label", "sign"),
    SECOND_PASS
    + AFTER_SET_B
    + READINGS_EYES_LUNGS
    + AFTER_SET_C
    + AFTER_SET_D
    + AFTER_SET_E
    + AFTER_SET_F
    + AFTER_SET_G
    + AFTER_SET_H
    + AFTER_SETS_I_J
    + [c for c in AFTER_SETS_K_L if c[3]]
    + AFTER_SET_M
    + AFTER_SETS_N_O
    + AFTER_SETS_R_S
    + AFTER_SETS_T_U
    + AFTER_SETS_V_W
    + AFTER_FINAL_SETS
    + AFTER_SETS_ZA_ZD
    + AFTER_SETS_ZE_ZH
    + AFTER_SETS_ZI_ZL
    + AFTER_SETS_ZM_ZP
    + AFTER_SETS_ZQ_ZT
    + AFTER_SETS_ZU_ZX
    + AFTER_SETS_ZY_YB
    + AFTER_SETS_YC_YF
    + AFTER_SETS_YG_YJ
    + AFTER_SETS_YK_YN
    + AFTER_SETS_YO_YR
    + AFTER_SETS_YS_YV
    + AFTER_SETS_YW_YZ
    + AFTER_SETS_XA_XD
    + AFTER_SETS_XE_XH
    + AFTER_SETS_XI_XL
    + AFTER_SETS_XM_XP
    + AFTER_SETS_XQ_XT
    + AFTER_SETS_XU_XX
    + AFTER_SETS_XY_WB
    + AFTER_SETS_WC_WF
    + AFTER_SETS_WG_WJ
    + AFTER_SETS_WK_WN
    + AFTER_SETS_WO_WR
    + AFTER_SETS_WS_WZ
    + AFTER_SETS_VA_VH
    + AFTER_SETS_VB_VE
    + AFTER_SETS_VI_VL
    + AFTER_SETS_VM_VP
    + AFTER_SETS_VQ_VT
    + AFTER_SETS_VY_UB
    + AFTER_SETS_UC_UF
    + AFTER_SETS_VU_VX
    + AFTER_SETS_R8A
    + AFTER_SETS_R8B
    + AFTER_SETS_R8C
    + AFTER_SETS_R9A
    + AFTER_SETS_R9B
    + AFTER_SETS_R9C
    + AFTER_SETS_R9D
    + AFTER_SETS_R9E
    + AFTER_SETS_R9F
    + AFTER_SETS_R10A
    + AFTER_SETS_R10B
    + AFTER_SETS_R10C
    + AFTER_SETS_R10D
    + AFTER_SETS_R10E
    + AFTER_SETS_R11A
    + AFTER_SETS_R11B
    + AFTER_SETS_R11C
    + AFTER_SETS_R11D
    + AFTER_SETS_R11E
    + AFTER_SETS_R11F
    + AFTER_SETS_R11G
    + AFTER_SETS_R11H
    + AFTER_SETS_R12A
    + AFTER_SETS_R12B
    + AFTER_SETS_R12C
    + AFTER_SETS_R12D
    + AFTER_SETS_R12E
    + AFTER_SETS_R12F
    + AFTER_SETS_R12G
    + AFTER_SETS_R12H
    + AFTER_SETS_R13A
    + AFTER_SETS_R13B
    + AFTER_SETS_R13C
    + AFTER_SETS_R13D
    + AFTER_SETS_R13E
    + AFTER_SETS_R13F
    + AFTER_SETS_R13G
    + AFTER_SETS_R14A
    + AFTER_SETS_R14B
    + AFTER_SETS_R14C
    + AFTER_SETS_R14D
    + AFTER_SETS_R14E
    + AFTER_SETS_R14F
    + AFTER_SETS_R14G
    + AFTER_SETS_R14H
    + AFTER_SETS_R15A
    + AFTER_SETS_R15B
    + AFTER_SETS_R15C
    + AFTER_SETS_R15D
    + AFTER_SETS_R15E
    + AFTER_SETS_R15F
    + AFTER_SETS_R16A
    + AFTER_SETS_R16B
    + AFTER_SETS_R16C
    + AFTER_SETS_R17A
    + AFTER_SETS_R17B
    + AFTER_SETS_R17C
    + AFTER_SETS_R17D
    + AFTER_SETS_R17E
    + AFTER_SETS_R18A
    + AFTER_SETS_R18B
    + AFTER_SETS_R18C
    + AFTER_SETS_R19A
    + AFTER_SETS_R20A
    + AFTER_SETS_R20B
    + AFTER_SETS_R21A
    + AFTER_SETS_R21B
    + AFTER_SETS_R21C
    + AFTER_SETS_R21D
    + AFTER_SETS_R21E
    + AFTER_SETS_R21F
    + AFTER_SETS_R22A
    + AFTER_SETS_R22B
    + AFTER_SETS_R22C
    + AFTER_SETS_R22D
    + AFTER_SETS_R23A
    + AFTER_SETS_R23B
    + AFTER_SETS_R23C
    + AFTER_SETS_R23D
    + AFTER_SETS_R24A
    + AFTER_SETS_R24B
    + AFTER_SETS_R24C
    + AFTER_SETS_R24D
    + AFTER_SETS_R25A
    + AFTER_SETS_R25B
    + AFTER_SETS_R25C
    + AFTER_SETS_R25D
    + AFTER_SETS_R25E
    + AFTER_SETS_R26A
    + AFTER_SETS_R26B
    + AFTER_SETS_R26C
    + AFTER_SETS_R26D
    + AFTER_SETS_R27A
    + AFTER_SETS_R27B
    + AFTER_SETS_R27C
    + AFTER_SETS_R27D
    + AFTER_SETS_R28A
    + AFTER_SETS_R28B
    + AFTER_SETS_R28C
    + AFTER_SETS_R28D
    + AFTER_SETS_R29A
    + AFTER_SETS_R29B
    + AFTER_SETS_R29C
    + AFTER_SETS_R29D
    + AFTER_SETS_R30A
    + AFTER_SETS_R30B
    + AFTER_SETS_R30C
    + AFTER_SETS_R30D
    + AFTER_SETS_R31A
    + AFTER_SETS_R31B
    + AFTER_SETS_R31C
    + AFTER_SETS_R31D
    + AFTER_SETS_R31E
    + AFTER_SETS_R32A
    + AFTER_SETS_R32B
    + AFTER_SETS_R32C
    + AFTER_SETS_R32D
    + AFTER_SETS_R32E
    + AFTER_SETS_R33A
    + AFTER_SETS_R33B
    + AFTER_SETS_R33C
    + AFTER_SETS_R33D
    + AFTER_SETS_R33E
    + AFTER_SETS_R34A
    + AFTER_SETS_R34B
    + AFTER_SETS_R34C
    + AFTER_SETS_R34D
    + AFTER_SETS_R34E
    + AFTER_SETS_R34F
    + AFTER_SETS_R35A
    + AFTER_SETS_R35B
    + AFTER_SETS_R35C
    + AFTER_SETS_R36A
    + AFTER_SETS_R36B
    + AFTER_SETS_R36C
    + AFTER_SETS_R37A
    + AFTER_SETS_R37B
    + AFTER_SETS_R37C
    + AFTER_SETS_R37D
    + AFTER_SETS_R38A
    + AFTER_SETS_R38B
    + AFTER_SETS_R38C
    + AFTER_SETS_R38D
    + AFTER_SETS_R39A
    + AFTER_SETS_R39B
    + AFTER_SETS_R39C
    + AFTER_SETS_R39D
    + AFTER_SETS_R40A
    + AFTER_SETS_R40B
    + AFTER_SETS_R40C
    + AFTER_SETS_R40D
    + AFTER_SETS_R41A
    + AFTER_SETS_R41B
    + AFTER_SETS_R41C
    + AFTER_SETS_R41D
    + AFTER_SETS_R41E
    + AFTER_SETS_R41F
    + AFTER_SETS_R42A
    + AFTER_SETS_R42B
    + AFTER_SETS_R42C
    + AFTER_SETS_R42D
    + AFTER_SETS_R43A
    + AFTER_SETS_R43B
    + AFTER_SETS_R43C
    + AFTER_SETS_R44A
    + AFTER_SETS_R44B
    + AFTER_SETS_R44C
    + AFTER_SETS_R44D
    + AFTER_SETS_R45A
    + AFTER_SETS_R45B
    + AFTER_SETS_R45C
    + AFTER_SETS_R46A
    + AFTER_SETS_R46B
    + AFTER_SETS_R46C
    + AFTER_SETS_R46D
    + AFTER_SETS_R46E
    + AFTER_SETS_R47A
    + AFTER_SETS_R47B
    + AFTER_SETS_R47C
    + AFTER_SETS_R47D
    + AFTER_SETS_R47E
    + AFTER_SETS_R47F
    + AFTER_SETS_R48A
    + AFTER_SETS_R48B
    + AFTER_SETS_R48C
    + AFTER_SETS_R48D,
)
def test_signs_read_by_meaning_2026_12_01_evening(
    engine: Engine, text: str, language: str, label: str, sign: str
) -> None:
    got, found, replies = first_sign(engine, text, language)
    assert (got, found) == (label, sign), (text, replies)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "a mi abuelita le pusieron células en la rodilla la semana pasada y ahora tiene todo rojo bajando pa la canilla, ella dice que no es nada pero yo la veo mal",
            "es",
        ),
        (
            "my grandma had cells put in her knee last week and now the red is going down towards her shin, she says it's nothing but she looks unwell to me",
            "en",
        ),
    ],
)
def test_spreading_red_in_someone_who_looks_unwell(engine: Engine, content: Content, text: str, language: str) -> None:
    """The rules read the warning sign, not waved away by "she says it's nothing"; looking unwell
    with it may be read as sepsis by the model, which may raise it to an emergency, never lower it."""
    assert content.safety is not None
    found, _ = content.safety.assess(text)
    assert found is not None and (found.sign, found.level, found.now) == ("spreading_redness", "urgent", True)
    label, _, _ = first_sign(engine, text, language)
    assert label in ("urgent", "emergency")


def test_a_brand_glued_to_stem_is_split() -> None:
    from bot.core.understanding import words

    # "StemSport", "stemcells": the stem is a word of its own; real words that start so stay.
    assert words("StemSport stemcells stems stemmed") == ["stem", "sport", "stem", "cells", "stems", "stemmed"]


def test_a_dropped_d_is_spelt_out() -> None:
    from bot.core.understanding import words

    # Caribbean and Andalusian "-ao" for "-ado"; short words and words that end so anyway stay.
    assert words("la rodilla hinchá y to colorao, estoy mareao") == [
        "la",
        "rodilla",
        "hincha",
        "y",
        "to",
        "colorado",
        "estoy",
        "mareado",
    ]
    assert words("lmao ciao cacao Bilbao") == ["lmao", "ciao", "cacao", "bilbao"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("how much does it cost", "en"),
        ("cuánto cuesta", "es"),
        ("How much does it cost?", "en"),
        ("¿Cuánto cuesta?", "es"),
    ],
)
def test_a_bare_price_question_opens_choosing_a_clinic(engine: Engine, text: str, language: str) -> None:
    """Prices are part of choosing where to be treated (the corpus's clinic_choice), not the FAQ."""
    turn = engine.handle(UserState(user_id=1, language=language), Text(text), NOW)
    assert label_of(turn.effects) == "clinic_choice", turn.effects


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        (
            "which clinic in Lima is genuine for knee stem cells? so many adverts, we are confused",
            "en",
            "clinic_choice",
        ),
        (
            "¿qué clínica de Lima es seria para células madre en la rodilla? hay tantos anuncios que estamos confundidos",
            "es",
            "clinic_choice",
        ),
        (
            "they quoted me 9000 euros for the knee, that sounds like nonsense to me, is that the going price?",
            "en",
            "clinic_choice",
        ),
        ("me pidieron 9000 euros por la rodilla y me parece un disparate, ¿es lo normal?", "es", "clinic_choice"),
        (
            "How much does a knee treatment cost? I've seen 3k to 25k and I'm confused",
            "en",
            "clinic_choice",
        ),
        ("vi precios de 3 mil a 25 mil por la rodilla y estoy confundida, ¿cuánto cuesta?", "es", "clinic_choice"),
    ],
)
def test_a_group_puzzled_by_a_choice_is_not_confusion(engine: Engine, text: str, language: str, label: str) -> None:
    # The topic may be read as the price or the clinic; what matters is that no sign is raised.
    got, found, replies = first_sign(engine, text, language)
    assert found is None and got not in ("emergency", "urgent", "info_alarming"), (text, label, got, replies)


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        ("please stop the day 7 reminder, I already went. the fever from last week is totally gone", "en", "reminders"),
        (
            "quita el recordatorio del día 7, ya fui. la fiebre de la semana pasada ya se me quitó del todo",
            "es",
            "reminders",
        ),
        ("can you change my treatment date to march 3? the chills I had on day 2 went away", "en", "reminders"),
        (
            "¿me cambias la fecha del tratamiento al 3 de marzo? los escalofríos del día 2 ya se me quitaron",
            "es",
            "reminders",
        ),
    ],
)
def test_a_request_beside_a_sign_told_as_over_is_answered_first(
    engine: Engine, text: str, language: str, label: str
) -> None:
    # The request is answered; the sign that is over still gets "if this is happening now".
    state = UserState(user_id=7, language=language)
    turn = engine.handle(state, Text(text), NOW)
    kinds = [event.kind for event in turn.effects]
    assert label_of(turn.effects) == label, kinds
    assert "alarm_note" in kinds and kinds.index("routed") < kinds.index("alarm_note"), kinds
    if_now = engine.content.text("sign_info.if_now_urgent", language).split("{")[0]
    assert turn.replies[-1].text.startswith(if_now), [reply.text for reply in turn.replies]


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        ("these stem cell pills are a scam right? you cant swallow a stem cell lol", "en", "pills"),
        ("estas pastillas de células madre son un engaño, ¿no? no puedes tragar una célula madre jaja", "es", "pills"),
        ("tengo 37,8 esta noche, me hicieron el tratamiento esta mañana", "es", "side_effect"),
        ("37.8 tonight, i had the treatment this morning", "en", "side_effect"),
    ],
)
def test_no_sign_where_none_is_told(engine: Engine, text: str, language: str, label: str) -> None:
    # A joke about swallowing a stem cell is about pills; a side effect with no topic named gets
    # the side-effect chooser, not the main menu.
    got, found, replies = first_sign(engine, text, language)
    assert (got, found) == (label, None), (text, replies)


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        # "Almost" a number is just under it.
        ("casi 38 jaja", 37.9),
        ("almost 38, day 1", 37.9),
        ("tengo casi 39", 38.9),
        ("nearly 101 F tonight", 38.2),
        # A number told as a line ("38.5 or above", "de 38,5 para arriba") is not a reading.
        ("the thermometer says 38.0 flat. my neighbour says a fever is 38.5 or above, is she right?", 38.0),
        ("el termómetro marca 38,0 clavado. mi vecina dice que fiebre es de 38,5 para arriba, ¿tiene razón?", 38.0),
        # "39+" is a reading over 39.
        ("fever 39+ since this morning", 39.0),
        ("fiebre de 39+ desde la mañana", 39.0),
    ],
)
def test_the_reading_that_counts(text: str, celsius: float) -> None:
    from bot.core.measures import temperature_span

    span = temperature_span(text)
    assert span is not None and span[2] == celsius, span


@pytest.mark.parametrize(
    ("text", "celsius", "earlier"),
    [
        # A lower reading that has lasted days is where things stand; the fever came before.
        ("had 38.5 on day 2, antibiotics, and I've been 36.8 for 3 days now", 36.8, [38.5]),
        ("tuve 38,5 el día 2 y llevo 3 días en 36,8", 36.8, [38.5]),
        # A fever that has lasted days is now.
        ("tengo 38,5 desde hace 2 días, esta mañana 37,9", 38.5, []),
    ],
)
def test_a_reading_that_has_lasted_days_is_now(text: str, celsius: float, earlier: list[float]) -> None:
    from bot.core.measures import earlier_readings, temperature_span

    span = temperature_span(text)
    assert span is not None and span[2] == celsius, span
    assert [value for _, _, value in earlier_readings(text)] == earlier


@pytest.mark.parametrize(
    ("text", "figurative"),
    [
        ("this bill is gonna give me a heart attack lol", True),
        ("esta factura me va a dar un infarto jaja", True),
        ("my boss is giving me a heart attack", True),
        ("mi jefe me va a dar un infarto", True),
        ("I think the IV gave me a heart attack", False),
        ("creo que el suero me dio un infarto", False),
        ("I feel like this is giving me a heart attack", False),
        ("siento que esto me va a dar un infarto", False),
    ],
)
def test_an_attack_given_by_daily_life_is_a_way_of_speaking(content: Content, text: str, figurative: bool) -> None:
    """The rules read no sign in the figure of speech; the treatment's or a felt attack is the sign, now."""
    assert content.safety is not None
    found, _ = content.safety.assess(text)
    if figurative:
        assert found is None, found
    else:
        assert found is not None and (found.sign, found.now) == ("chest_pain", True), found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("thinking about how to do it, the knee stretches, any video?", "en"),
        ("pensando en cómo hacerlos, los estiramientos de rodilla, ¿algún video?", "es"),
    ],
)
def test_how_to_do_exercises_is_no_alarm(engine: Engine, text: str, language: str) -> None:
    """ "Thinking about how to do it" of knee stretches is no wish to die; which topic answers it is
    the model's call (once "other", since the GN-GR retraining the clinic-choice menu at 0.28)."""
    got, found, replies = first_sign(engine, text, language)
    assert found is None and got not in ("emergency", "urgent", "info_alarming"), (text, replies)


def test_a_medicine_beside_the_cells_is_no_sign_up_question(engine: Engine) -> None:
    """ "if i take ibuprofen will it stop the stem cells from working" is about a medicine and the
    treatment, never sign-up or reminders; side effects or the pills answer is the model's call
    (side effects at 0.61 until the FA-FD retraining, pills at 0.48 since)."""
    text = "if i take ibuprofen will it stop the stem cells from working"
    got, found, replies = first_sign(engine, text, "en")
    assert found is None and got in ("side_effect", "pills"), (text, replies)
