"""The conversation engine: (user state, one input) -> replies, new state and effects.

Pure: no I/O, no Telegram, no database, no clock (the caller passes `now`). Every transport
(Telegram, console, tests) drives the same engine, so every flow is testable in microseconds.
"""

from __future__ import annotations

import copy
import functools
import re
import string
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import dateparser
from dateparser.search import search_dates
from rapidfuzz import fuzz, process

from bot.core import animals, lang, measures, smalltalk
from bot.core.content import DEFAULT_LANGUAGE, LANGUAGES, Ask, Button, Condition, Content, Flow, Option, Step, Target
from bot.core.plans import upcoming
from bot.core.safety import BRUISE_WORDS, DEFAULT_UNKNOWN_NUMBER, URGENT, Alarm, without_treating_medicine
from bot.core.understanding import normalize, words
from bot.core.yesno import NO, UNSURE, YES, YesNo, parse_yes_no

if TYPE_CHECKING:
    from bot.core.classifier import Decision

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
# Red flags whose reply stands alone: the emergency number, the crisis line and one warm sentence,
# with no "go on from here", no buttons and no disclaimer after it (a person thinking of suicide
# should not be handed a menu).
ALONE_SIGNS = frozenset({"suicidal"})
# Answer key marking that this topic (flow run) already showed the disclaimer; answers are cleared
# when a flow starts, so the disclaimer comes once per topic. "_" keys are not the user's answers.
DISCLAIMED = "_disclaimed"
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
    "remove my records",
    "delete my records",
    "delete my history",
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
    "borrar mi historial",
    "borrar mis registros",
    "eliminar mi historial",
    "olvidame",
)
# Asking, anywhere in a message, to get no more messages ("kindly remove me from your list",
# "le ruego me dé de baja"): answered with how to stop and erase; STOP alone stops at once.
STOP_REQUESTS = (
    "remove me from your list",
    "remove me from the list",
    "remove me from your mailing list",
    "take me off your list",
    "take me off the list",
    "unsubscribe me",
    "stop sending me",
    "stop messaging me",
    "stop texting me",
    "dont send me any more",
    "dont message me any more",
    "no more messages",
    "darme de baja",
    "me de de baja",
    "me den de baja",
    "denme de baja",
    "dame de baja",
    "deme de baja",
    "me doy de baja",
    "sacarme de la lista",
    "sacame de la lista",
    "quitarme de la lista",
    "quitame de la lista",
    "borrarme de la lista",
    "no me manden mas",
    "no me envien mas",
    "no me escriban mas",
    "dejen de mandarme",
    "dejen de enviarme",
    "dejen de escribirme",
)
# "don't unsubscribe me", "no quiero que me den de baja": a request for no more messages, denied.
_NOT_ASKED = frozenset("dont not never no nunca".split())  # noqa: SIM905
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
LANGUAGE_PREFIX = "lang|"  # button data of the offer to switch to the language the user wrote in
OPEN_PREFIX = "open|"  # button data that opens a flow from anywhere (reminders, broadcasts)
UNKNOWN_NUMBER = DEFAULT_UNKNOWN_NUMBER  # one fallback, the same as flows/safety/emergency_numbers.yaml's default
# What the engine says to media it cannot read (captions arrive as Text), by Media.kind.
MEDIA_KEYS = {
    "voice": "media.voice",
    "audio": "media.voice",
    "video_note": "media.voice",
    "sticker": "media.sticker",
    "animation": "media.sticker",
    "photo": "media.photo",
    "video": "media.photo",
}
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
        "common.invalid.unsure",
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
        "safety.crisis_line",
    }
    | {f"command.{name}" for name in COMMANDS}
    | {f"privacy.{name}" for name in ("confirm", "yes", "no", "deleted", "deleted_staff", "kept", "expired")}
    | {f"privacy.{name}" for name in ("mydata", "nothing", "where", "answers", "events", "pending")}
    | {f"privacy.{name}" for name in ("status_active", "status_stopped", "command_mydata", "command_delete")}
    | {f"privacy.field.{name}" for name in ("language", "treatment_date", "treatment", "country", "timezone")}
    | {f"privacy.field.{name}" for name in ("reminders_on", "clinic_name", "fever_threshold_c", "country_guess")}
    | {"notices.group_only", "notices.edited", "notices.edited_emergency", "notices.slow_down"}
    | {"console.hint", "console.bye", "console.first"}
    | set(MEDIA_KEYS.values())
    | {f"smalltalk.{kind}" for kind in smalltalk.KINDS}
    | {f"language.switch_{language}" for language in LANGUAGES}
    | {"language.done"}
)
# What each kind of message (the classifier's labels) may open, best router match first.
MEDICAL_TOPICS = (
    "immediate_effects",
    "injection_effects",
    "iv_effects",
    "cosmetic_effects",
    "long_term",
    "risk_by_site",
    "infection",
    "faq",
)
LABEL_FLOWS: dict[str, tuple[str, ...]] = {
    "side_effect": MEDICAL_TOPICS,
    # Read as a warning sign or an emergency, but not surely enough to raise an alarm (and no
    # rule matched): still a question about the body, answered by a medical topic.
    "urgent": MEDICAL_TOPICS,
    "emergency": MEDICAL_TOPICS,
    "info_alarming": MEDICAL_TOPICS,
    "pills": ("pills",),
    "clinic_choice": ("choosing_clinic",),
    "reminders": ("reminders", "onboarding"),
    "language": ("language",),
}
ALARM_LABELS = frozenset({"emergency", "urgent", "info_alarming"})
# A request that is not about a sign ("stop the reminder", "which clinic?") beside a sign told
# as over or long past is answered as the request; the sign gets its "if this is happening now".
REQUEST_LABELS = frozenset({"reminders", "clinic_choice", "privacy"})
STORY_CONTEXTS = frozenset({"resolved", "past", "treated", "measured"})
# "can you die from it?": whether the treatment can kill, asked; answered by the FAQ's risks step.
DEADLY_CONTEXT = "deadly"
DEADLY_ANSWER = "risks"
# "which symptoms mean the ER and not the clinic?": the signs for the clinic today and for the
# emergency number now, side by side.
WHEN_TO_GO_CONTEXT = "when_to_go"
WHEN_TO_GO_ANSWER = ("immediate_effects", "warning")
REQUEST_OVER_STORY = 0.6
# Below this probability the classifier's label is not trusted on its own: the router's phrase
# match decides, as before there was a classifier.
TRUST_LABEL = 0.25
# From this probability a topic label (LABEL_FLOWS) outranks a router choice outside its flows.
# 0.4, 0.5 and 0.6 gave the same outcomes on all 19,305 labelled messages (2026-12-02).
LABEL_OVER_ROUTER = 0.5
# Two topics this close in the model's reading are a tie; a tie with the pills question goes to it.
QUESTION_TIE = 0.02
# One reminder named, or the others kept: "stop reminding me about the ice", "keep the others coming",
# "ya no me recuerdes lo del hielo", "los demás sí".
_ONE_REMINDER = re.compile(
    r"\b(?:remind(?:ing|er|ers)? (?:me )?(?:about|of|for|to) (?:the|my)"
    r"|(?:the|that) (?:day \d+ |\w+ )?reminder (?:about|for)"
    r"|keep (?:the )?(?:others|other ones|rest)|recuerd(?:es|en|as|an|o) (?:lo de|lo del|del|de la|de el|que)"
    r"|recordatorio (?:del|de la|de|sobre)|(?:los|las) (?:demas|otros|otras) (?:si|que sigan|siguen)"
    r"|que sigan (?:los|las) (?:demas|otros|otras))\b"
)
# Forms a product to take or put on comes in: a question naming one is a question about the product.
_PRODUCT_FORMS = frozenset(
    """
    drops capsules capsule pills gummies cream creams serum sprays spray powder shampoo tablets supplement
    supplements gotas capsulas pastillas gomitas crema cremas serum polvo polvos champu tabletas suplemento
    suplementos sublingual sublinguales sachets sachet packets sobres sobrecitos jarabe syrup
    """.split()  # noqa: SIM905
)
# "gotitas" -> "gotas", "cremita" -> "crema", "polvitos" -> "polvos".
_DIMINUTIVE = re.compile(r"^(\w{3,}?)it(as?|os?)$")
PRODUCT_TIE = 0.6
# A clinic or doctor is what is asked for, not a place near one ("a good hotel near the clinic").
# "any good moisturizer? a regular one, nothing stem cell", "una crema normal, nada de células madre":
# the product asked about is said not to be a stem cell one, at the end of its clause.
_NOT_STEM_CELL = re.compile(
    r"\b(?:nothing|not an?|not any|no|without)\s+(?:with\s+)?stem[\s-]?cells?(?:\s+(?:one|ones|stuff|thing|kind|type))?"
    r"\s*(?=[.,;!?)]|$)"
    r"|\b(?:nada de|sin|que no (?:sea|tenga|lleve)(?: de| con)?|no de)\s+(?:las\s+)?celulas madres?\s*(?=[.,;!?)]|$)"
)
_STEM_CELL_NAMED = re.compile(r"\b(?:stem|celulas? madres?|exosom\w*|plant cells?)\b")
_SEEKS_CLINIC = re.compile(
    r"\b(?:recommend|suggest|know of|know|find|point me to|recomiend\w*|recomend\w*|sugier\w*|conoces|conocen|conoce)"
    r" (?:me |us )?(?:a |an |any |some |una |un |alguna |algun |algunas |algunos |de una |de un |de alguna |de algun )?"
    r"(?:good |reliable |trustworthy |legit |reputable |decent |serious |safe |buena |buen |confiable |seria |segura )?"
    r"(?:stem cell |de celulas madre )?(?:clinics?|clinicas?|doctors?|specialists?|medicos?|doctor(?:es|a|as)?"
    r"|especialistas?|centros? de celulas)\b"
    # "q clínica me recomiendas", "which clinic do you recommend": the clinic asked for, named first.
    r"|\b(?:que|q|cual|cuales|which|what) (?:clinics?|clinicas?|doctors?|medicos?|doctor(?:es|a|as)?)"
    r" (?:me |nos |do you |would you |you )?(?:recommend\w*|suggest\w*|recomiend\w*|recomend\w*|sugier\w*)"
)
# A date and nothing else ("it's tomorrow at 9", "fue el martes pasado", "el 14"): the words a
# date is told with. One of the _DATE_ANCHORS must be there: a number alone may be a temperature.
_DATE_ANCHORS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
    lunes martes miercoles jueves viernes sabado domingo
    january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre setiembre
    octubre noviembre diciembre today tomorrow yesterday tonight hoy manana ayer anteayer antier anoche ago hace
    """.split()  # noqa: SIM905
)
_DATE_FILLER = frozenset(
    """
    it its is was will be on at the a an of in around about by this next last past coming week weeks day days month
    months year morning afternoon evening night am pm noon midnight oclock o clock early late mid
    one two three four five six seven eight nine ten eleven twelve first second third
    es fue sera era el la los las a al un una unos unas de del en por este esta proximo proxima pasado pasada que viene
    semana semanas dia dias mes meses ano manana tarde noche madrugada mediodia y media cuarto hrs h
    uno dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta primero
    """.split()  # noqa: SIM905
)
_DATE_NUMBER = re.compile(r"^\d{1,4}(?:st|nd|rd|th|am|pm|h|hs|hrs)?$")
_CALENDAR_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b")
_ORDINAL_DATE = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
_DATE_VERB = re.compile(r"^(?:it'?s|it is|it was|it will be|es|fue|ser[aá]|era)\s+", re.IGNORECASE)
_INSTEAD = re.compile(r"\b(?:instead of|rather than|in place of|en vez de|en lugar de|en cambio de)\b")
PILLS_LABEL = "pills"
SIDE_EFFECT_LABEL = "side_effect"
LANGUAGE_LABEL = "language"
PRIVACY_LABEL = "privacy"
CLINIC_LABEL = "clinic_choice"
# Labels about the person's care: beside an off-topic errand, they are what gets answered.
# How sure the model must be of the care part alone: 0.9 kept every off-topic message of the
# labelled sets off-topic ("need 100 for globe" reads 0.6 urgent) (2026-12-07).
CARE_PART = 0.9
# Not the warning signs: those the red-flag rules read in the whole message first, and a model's
# "emergency" for a fragment ("I can't see well anymore", why the font should be bigger) is no sign.
_CARE_LABELS = frozenset({"side_effect", PILLS_LABEL})
# A phrase of a flow matched almost word for word ("trials near me" for "trial near me") is on
# topic, whatever a model unsure of "other" says (it learnt "near me" from off-topic requests).
ROUTER_SURE = 0.9
# 0.6 and 0.75 gave the same outcomes on all 94,305 labelled messages (2026-12-04); at 0.75 "hay
# algún ensayo cerca de mí" (a flow's phrase, word for word) beats a model 72% sure of "other".
OTHER_UNSURE = 0.75
# The classifier alone raises an alarm (no rule matched, no sign denied) from these probabilities:
# an emergency whenever it is the likeliest label (unsure means escalate), a warning sign when
# clearly so (the check that follows asks before anything else happens).
CLASSIFIER_ALARM = {"emergency": 0.3, "urgent": 0.75}
CLASSIFIER_OVER_DENIAL = 0.5
# Beside a denied sign, information and a topic this close in the model's reading are a tie the
# topic wins.
DENIED_TIE = 0.1
# Beside a denied sign, a topic the model reads with less than this, an alarm a tie behind, does not
# take the message: the writer tells of the sign.
DENIED_TOPIC_SURE = 0.5
# "no fever, JUST tender", "sin fiebre, SOLO me duele": what the writer has, instead of the signs denied.
_WHAT_INSTEAD = re.compile(r"\b(?:just|only|solo|s[oó]lo|nom[aá]s|nada\s+m[aá]s)\b", re.IGNORECASE)
# How often something happened, told as a count: "dos veces", "3 times", "twice".
_COUNTING = re.compile(r"\b(?:veces|vez|times|twice|thrice)\b", re.IGNORECASE)
# "no está infectada, SOLO morada", "not infected, JUST bruised": what it is, instead of the sign denied.
_ONLY_INSTEAD = re.compile(
    r"\b(?:solo|s[oó]lo|nom[aá]s|just|only)\s+(?:a\s+(?:bit|little)\s+|un\s+poco\s+|algo\s+)?"
    r"(?:morad[oa]s?|moradit[oa]|moret[oó]n|moretones|bruised?|bruising|purple|sore|tender|itchy|stiff|"
    r"adolorid[oa]|hinchadit[oa]|swollen|cansad[oa]|tired)\b",
    re.IGNORECASE,
)
CLASSIFIER_MIN_WORDS = 3
# A bruise is the commonest thing after an injection, and its colours (blue, purple, black) are the
# words of skin short of blood: the model alone needs to be this sure of an emergency in a message
# about a bruise. A bruise told beside an emergency sign is the rules' to read ("…and my lips are blue").
# 0.7, not 0.5: over the 155,105 labelled messages (2026-12-06) the model alone read an emergency in
# a message about a bruise under 0.75 once, at 0.61 ("a bruise… from the lumbar puncture, it's
# purple but he doesn't seem to mind it", a side effect); the lowest it alone caught rightly was 0.765.
CLASSIFIER_OVER_BRUISE = 0.7
# Beyond the rules' bruise words: "bruisy", "moretoncito", "hematomas", and "un morado" as many say it.
_BRUISE_STEMS = ("bruis", "moreton", "hematoma")
_BRUISE_SAID = frozenset({"morado", "moradito", "moretes"})
# The rules read a sign as past or asked about, but the model is this sure it is an emergency:
# the two disagree, and unsure means now. 0.9, not 0.8: in 5-fold cross-validation over the
# 10,398 training messages (2026-12-01, late) the override fired at 0.8 only on two emergencies,
# both at 0.946 or more, while questions the rules read right sat at 0.80-0.83.
CLASSIFIER_OVER_CONTEXT = 0.9
# With no rule at all, a model this sure of an emergency is not talked out of it by a word of
# resolution or hearsay (an emergency at 0.897 in the same cross-validation needed it).
CLASSIFIER_OVER_ALL_CLEAR = 0.8
# The rules found only a warning sign, but the model is this sure it is an emergency. 0.7, not
# 0.75: in 5-fold cross-validation over the 20,400 messages of the unseen sets (2026-12-02) both
# caught the same emergencies (4077/4080), but on the next new set only 0.7 caught a husband
# shaking with 39,5 and "diciendo disparate" (the model at 0.71, before the rules knew the words).
CLASSIFIER_OVER_URGENT = 0.7
EMERGENCY_LEVEL = "emergency"
# Pain that gets worse instead of better AFTER the first 1-2 days is an infection warning sign
# (CDC surgical site infection, in medical-facts.md); on day 1 or 2 it is the expected flare.
FLARE_SIGNS = frozenset({"worsening_pain"})
FLARE_DAYS = 2
# After an eye injection, eye pain is a warning on any day (medical-facts.md): no expected flare there.
EYE_WORDS = frozenset({"eye", "eyes", "ojo", "ojos"})
# A temperature under the fever line on day 0 or 1 is the expected reaction (flu-like day 1).
EXPECTED_FEVER_DAYS = 1
UNRECOGNISED = "unrecognised"  # the sign of an alarm the classifier raised without a rule
# The warning-sign check is filled with what the patient already said: signs found in the
# message answer its questions (answer name and value), so it asks only what is missing.
# Only "yes" is ever filled in: a question the message does not settle is asked.
CHECK_FILL = {
    "fever": ("fever", "yes"),
    "spreading_redness": ("redness", "yes"),
    "red_streak": ("streak", "yes"),
    "discharge": ("discharge", "yes"),
    "worsening_pain": ("pain", "yes"),
    "chills": ("chills", "yes"),
    "septic_joint": ("joint", "yes"),
}
# A country guessed from what the user wrote or their language tag (stored, shown by /mydata,
# replaced as soon as they choose one).
COUNTRY_GUESS = "country_guess"
KNOWN = "_known"  # the check's answer holding what was already said, until the check ends
DEFAULT_FEVER_C = 38.0
FEVER_SIGN = "fever"
SPREADING_SIGN = "spreading_redness"
# "was spreading", "se estaba extendiendo": a spreading told as it was, not as it is.
_TOLD_AS_BEFORE = frozenset("was were had estaba estaban habia extendio expandio crecio grew".split())  # noqa: SIM905
# Signs that make an emergency together with others (sepsis): the model may read the pair.
FEVERISH_SIGNS = frozenset({"fever", "chills"})
FEVER_WORD = "fiebre"  # a pattern of the fever sign in flows/safety/red_flags.yaml
LOW_OXYGEN_WORDS = "falta de aire"  # a pattern of the breathing sign in flows/safety/red_flags.yaml
FAST_HEART_WORDS = "heart racing"  # a pattern of the fast_heartbeat sign in flows/safety/red_flags.yaml
_FEVER_NAMED = re.compile(r"\b(?:fever|fiebre|calentura|febre)\b", re.IGNORECASE)
_BESIDE = 12  # characters either side of a reading where a word for fever names it already
# "38 y medio no más": "nomás" (just) written as two words, after a reading in figures or "y medio".
_JUST_AFTER_READING = re.compile(r"(\d|\bmedi[oa])\s+no\s+m[aá]s\b(?!\s+(?:de|que)\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]+(?:\s|$)")
_CLAUSE_END = re.compile(r"[.!?;,]+(?:\s|$)")
NOW_WORD = "ahora"  # a word of the present in flows/safety/red_flags.yaml
# "feeling kinda feverish, thermometer says 37.3": a fever word beside a reading under the line.
_FEVER_FELT = re.compile(
    r"\b(?:fever|feverish|febrile|fiebre|fiebrita|calentura|febril|afiebrad[oa]s?)\b", re.IGNORECASE
)
_FEVER_DENIED = re.compile(r"\b(?:no|not|sin|ni|never|nunca)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
# Over this and under the line, a reading is raised, not normal ("febrícula", low-grade).
RAISED_C = 37.5
BODY_TEMPERATURE_C = 35.0  # under this a number is not a body temperature read on a thermometer
# "what do I do IF I can't breathe", "¿qué hago SI me falta el aire?": the sign in a condition.
_CONDITION_BEFORE = re.compile(r"\b(?:if|si|whether)(?:\s+\S+){0,4}\s*$")
_CLAUSE_MARKS = re.compile(r"[.!?;,\n]+")
_SENTENCE_MARKS = re.compile(r"[.!?;\n]+")
_ASKED_OF_READING = re.compile(r"\b(?:is|es|esta|está|es mucho|is that|is it)\s*$", re.IGNORECASE)
_LINE_AFTER = re.compile(
    r"\s*(?:°\s*[cf]?\s*)?(?:is\s+|es\s+)?(?:the\s+|el\s+|la\s+)?(?:fever\s+)?"
    r"(?:cut\s*-?\s*off|limit|line|threshold|borderline|number|l[ií]mite|corte|umbral|l[ií]nea|n[uú]mero)\b",
    re.IGNORECASE,
)


def _thanks_told(text: str) -> bool:
    """True when a message opens with thanks and asks nothing: no question mark, no request, no wish."""
    sentences = [said for said in map(normalize, _SENTENCES.split(text)) if said]
    # The thanks open the message ("mil gracias por…", "thank you so much for…"); "gracias a
    # Dios", "thank god" thank someone else.
    opening = " ".join(sentences[0].split()[:5]) if sentences else ""
    if "?" in text or not smalltalk.thanks_in(opening) or _THANKING_ANOTHER.search(opening):
        return False
    said = set(" ".join(sentences).split())
    return not any(_asks_for(part) for part in sentences) and not _WISHES & said


_THANKING_ANOTHER = re.compile(r"\b(?:a dios|god|goodness|heavens)\b")
# "I want", "quisiera", "how": a wish or a question asked without a question mark.
_WISHES = frozenset(
    """
    want wanna need would like how what when where which why should quiero quisiera necesito queria
    cuando donde cual cuanto cuanta cuantos cuantas debo deberia puedo please pls plz porfa porfavor favor
    puedes podrias can could
    """.split()  # noqa: SIM905
)


def _asks_for(words: str) -> bool:
    """True when a sentence opens with a request: "quita el recordatorio", "please stop", "can you change"."""
    tokens = words.split()
    while tokens and tokens[0] in _REQUEST_LEADS:
        tokens = tokens[1:]
    return bool(tokens) and tokens[0] in _REQUEST_VERBS


# What a request opens with, and the courtesy before it.
_REQUEST_VERBS = frozenset(
    """
    stop cancel delete remove change pause move update erase unsubscribe turn switch
    quita quite quiten quitar cancela cancele cancelen cancelar borra borre borren borrar cambia cambie cambien
    cambiar pausa pausen pausar para pare paren parar apaga apague apagar mueve mueva mover actualiza actualice
    actualizar elimina elimine eliminar desactiva desactive desactivar
    """.split()  # noqa: SIM905
)
_REQUEST_LEADS = frozenset(
    "please pls plz can could would you u kindly por favor porfa porfavor puedes podrias puede podria me nos".split()  # noqa: SIM905
)
# Requests about the service itself, which a story told as over does not change.
OPERATIONS = frozenset({"reminders", "privacy"})
# Sentence ends, kept with the sentence before them.
_SENTENCES = re.compile(r"(?<=[.!?\n])\s+")
# "the cut-off is 38?", "¿el límite es 38?": the line named first, then the number it is.
_LINE_REACH = 40  # characters before a number that may say it is a line ("que vigile si pasa de")
_LINE_BEFORE = re.compile(
    r"\b(?:cut\s*-?\s*off|limit|threshold|l[ií]mite|umbral)\s+(?:is|es|de|of|at|en)\s+(?:like\s+|como\s+)?$"
    # "the nurse told me to watch for 100.4", "que vigile si pasa de 38", "call if it hits 38":
    # the line to watch for, not a reading.
    r"|\b(?:watch|look)\s+(?:out\s+)?for\s+(?:a\s+)?(?:(?:temp|temperature|fever)\s+)?(?:of\s+|over\s+|above\s+)?$"
    r"|\b(?:vigil\w*|pendiente\s+de)\s+(?:si\s+(?:pasa|sube|llega)\s+(?:de|a)\s+|que\s+no\s+(?:pase|suba|llegue)\s+(?:de|a)\s+)$"
    r"|\b(?:call|llam\w*|avis\w*)\s+(?:us\s+|them\s+|the\s+clinic\s+|a\s+la\s+cl[ií]nica\s+)?(?:if|at|si|en)\s+"
    r"(?:it\s+|you\s+|i\s+|la\s+fiebre\s+|la\s+temperatura\s+)?"
    r"(?:is\s+|gets\s+to\s+|goes\s+(?:over|above)\s+|hits\s+|reach\w*\s+|pasa\s+de\s+|llega\s+a\s+|sube\s+a\s+)?"
    r"(?:over\s+|above\s+|m[aá]s\s+de\s+)?$",
    re.IGNORECASE,
)
# "remind me WHAT the signs are", "recuérdame CUÁLES son": a request to be told again, not a reminder.
_TELL_AGAIN_EN = re.compile(r"\bremind\s+(?:me|us)\s+(?:again\s+)?(?=(?:what|which|how|why)\b)", re.IGNORECASE)
_TELL_AGAIN_ES = re.compile(
    r"\b(?:me\s+|nos\s+)?recu[eé]rd(?:a|as|e|en|an)(?:me|nos)?\s+(?:otra\s+vez\s+|de\s+nuevo\s+)?"
    r"(?=(?:cu[aá]l(?:es)?|qu[eé]|c[oó]mo|por\s+qu[eé])\b)",
    re.IGNORECASE,
)
# "the nurse said UP TO 38 IS NORMAL", "hasta 38 es normal": the range told as expected, bounded by
# the line; "it went up to 38.5" is a reading (nothing called normal after it).
_UP_TO = re.compile(
    r"\b(?:up\s+to|under|below|less\s+than|hasta|menos\s+de|por\s+debajo\s+de|debajo\s+de)\s+$", re.IGNORECASE
)
_NORMAL_AFTER = re.compile(
    r"\s*(?:°\s*[cf]?\s*)?(?:is|es|se\s+considera|counts\s+as|está|esta)?\s*"
    r"(?:normal|ok|okay|fine|expected|esperable|esperado|aceptable|bien)\b",
    re.IGNORECASE,
)
# "el termómetro marca 101 F", "thermometer reads 38.6": a reading taken now, off the thermometer.
_READ_OFF = re.compile(r"\b(?:marca|reads|shows|muestra|is showing|est[aá] marcando)\s*$", re.IGNORECASE)
RISING_PAIN_WORDS = "pain getting worse"  # a pattern of the worsening_pain sign in flows/safety/red_flags.yaml
GROWING_WORDS = "redness spreading"  # a pattern of the spreading_redness sign in flows/safety/red_flags.yaml
# Heart rate (beats a minute) that is a sepsis red flag on its own: NICE NG51 treats more than 130
# as high risk. With a fever, 120 already counts: a racing heart with a fever is an emergency.
FAST_HEART_RATE = 130
FAST_HEART_RATE_WITH_FEVER = 120
DATE_LANGUAGES = ["es", "en"]
MAX_DATE_SEARCH = 120  # longer text is not searched for a date inside it (slow, and not a date answer)
MAX_HOPS = 50  # steps entered in one turn before we assume the content loops
MAX_TEXT_ANSWER = 500
CALLBACK_SEPARATOR = "|"


def _under_line(text: str, span: tuple[int, int, float], line: float) -> bool:
    """True when every temperature in `text` (`span` is the one that matters) is a body temperature
    under the fever line, and no fever medicine is named that could be hiding a fever."""
    readings = [found[2] for found in measures.temperature_spans(text)] + [span[2]]
    return min(readings) >= BODY_TEMPERATURE_C and max(readings) < line and not measures.names_fever_medicine(text)


def _about_a_bruise(text: str) -> bool:
    """True when `text` names a bruise ("moretón", "bruising", "un morado")."""
    return any(word in BRUISE_WORDS or word in _BRUISE_SAID or word.startswith(_BRUISE_STEMS) for word in words(text))


def _torn_toward_topic(decision: Decision, text: str) -> bool:
    """True when, beside a denied sign, the model is torn between its label and a topic (the runner-up),
    or the writer says what it is instead ("no está infectada, solo morada")."""
    return (decision.margin < DENIED_TIE or bool(_ONLY_INSTEAD.search(text))) and _topical(decision.runner_up)


def _torn_toward_alarm(decision: Decision, text: str) -> bool:
    """True when the model barely prefers a topic to an alarm: beside a denied sign, the sign decides.

    "no fever, checked twice today. 97.9 both times": "checked … today" leans to reminders, an
    emergency a hair behind; what the writer tells is the sign they do not have. Not when the
    writer says what they have instead ("no fever, no pus, JUST tender"): the topic answers that.
    """
    return (
        not _WHAT_INSTEAD.search(text)
        and decision.probability < DENIED_TOPIC_SURE
        and decision.runner_up in ALARM_LABELS
        and decision.margin < DENIED_TIE
    )


# "at what temperature should I call?", "¿a qué temperatura llamo?": the message asks where the line is.
_LINE_ASKED = re.compile(
    r"\b(?:at what (?:temp|temperature|number|point)|what (?:temp|temperature|number) (?:counts|is a fever|should)|"
    r"which (?:temp|temperature|number)|what counts as (?:a )?fever|a qu[eé] temperatura|qu[eé] temperatura|"
    r"a partir de (?:qu[eé]|cu[aá]nto)|desde cu[aá]nto|cu[aá]nto es fiebre|con cu[aá]nto)\b",
    re.IGNORECASE,
)
# "…? is it 38 C or 100.4 F?", "¿es 38 o 38,5?": numbers offered as the answer, one or the other.
_OFFERED_LEAD = re.compile(
    r"^\W*(?:(?:and|or|y|o|so|entonces)\s+)?(?:(?:is it|is that|would it be|es|ser[ií]a)\s+)?(?:like\s+|como\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*°?\s*[cf]?\s*,?\s*(?:or|o|u)\s+)?$",
    re.IGNORECASE,
)
_OR_NUMBER = re.compile(r"\s*°?\s*[cf]?\s*,?\s*(?:or|o|u)\s+\d", re.IGNORECASE)
# "what temperature counts as a fever… IS IT 38 or something?", "¿desde cuánto es fiebre? ¿ES 38 o algo
# así?": a number offered as the answer to the question of the line, right after "is it".
# A Spanish "es" only where it opens the question ("…, ¿es 38?"): "la de mi hijo es 38,6" is a reading.
_OFFERED_AT_END = re.compile(
    r"(?:\b(?:is it|is that|would it be)|(?:^|[,¿]|\b(?:o|y|entonces))\s*(?:es|ser[ií]a))\s+(?:like\s+|como\s+)?$",
    re.IGNORECASE,
)
_OFFERED_AFTER = re.compile(r"\s*(?:°\s*)?(?:[cf]\b\s*)?(?:\?|,|\bor\b|\bo\b|$)", re.IGNORECASE)


def _a_line(text: str, start: int, end: int) -> bool:
    """True when the number at start..end is a line to watch for ("watch for 100.4", "is 38 the cut
    off?", "up to 38 is normal"), not a reading."""
    lead = _SENTENCE_END.split(text[max(0, start - _LINE_REACH) : start])[-1]
    return bool(
        _LINE_AFTER.match(text[end:])
        or _LINE_BEFORE.search(lead)
        or (_UP_TO.search(lead) and _NORMAL_AFTER.match(text[end:]))
        # "at what temperature should I call? is it 38 C or 100.4 F?": the lines offered as answers.
        or (
            _OFFERED_LEAD.match(lead)
            and (any(c.isdigit() for c in lead) or _OR_NUMBER.match(text[end:]))
            and _LINE_ASKED.search(text)
        )
        or (_OFFERED_AT_END.search(lead) and _OFFERED_AFTER.match(text[end:]) and _LINE_ASKED.search(text[:start]))
    )


def _fever_word_at(text: str, span: tuple[int, int, float]) -> str:
    """`text` with the reading at `span` (at or above the fever line) said as the word "fever"."""
    # "a fever of 39", "39 de fiebre": the word is already there; a second one would
    # stand where the question's words do not reach ("is it normal to get a fever of 39?").
    # Only in the reading's own sentence: "call if fever. its 38 exactly" names no fever at 38.
    # In its own clause too: "ayer no tenía fiebre, hoy 38.2" names no fever at 38.2.
    before = _CLAUSE_END.split(text[max(0, span[0] - _BESIDE) : span[0]])[-1]
    after = _CLAUSE_END.split(text[span[1] : span[1] + _BESIDE])[0]
    beside = f"{before} {after}"
    word = "" if _FEVER_NAMED.search(beside) else FEVER_WORD
    lead = text[max(0, span[0] - _BESIDE) : span[0]]
    # "is 38 the cut off?", "¿38 es el límite?": the number asked about is a line, not a reading.
    if _a_line(text, span[0], span[1]):
        return f"{text[: span[0]]} {text[span[1] :]}"
    if word and (_ASKED_OF_READING.search(lead) or _READ_OFF.search(lead)):
        # "is 38,3 bad??", "¿es mucho 38,5?": a question about the writer's own reading, now;
        # "el termómetro marca 101 F…, ¿qué es eso en grados?": read off the thermometer now.
        word = f"{FEVER_WORD} {NOW_WORD}"
    return f"{text[: span[0]]} {word} {text[span[1] :]}"


def _felt_not_measured(text: str, span: tuple[int, int, float], line: float) -> str:
    """`text` with the fever words blanked that a thermometer reading under the fever line answers.

    "feeling kinda feverish, thermometer says 37.3" is a feeling the reading settles: no fever by the
    clinic's line. Every reading must be under it, and no fever medicine may be named ("took tylenol,
    now 37.4" is a fever the medicine hides). A denial ("no fever, 36.8") is left as it is.
    """
    if not _under_line(text, span, line):
        return text
    starts = [match.end() for match in _SENTENCE_END.finditer(text, 0, span[0])]
    start = starts[-1] if starts else 0
    after = _SENTENCE_END.search(text, span[1])
    end = after.start() if after else len(text)
    for match in reversed(list(_FEVER_FELT.finditer(text, start, end))):
        if not _FEVER_DENIED.search(text[max(0, match.start() - 24) : match.start()]):
            text = f"{text[: match.start()]}{' ' * (match.end() - match.start())}{text[match.end() :]}"
    return text


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


DATA_QUESTION = "question"  # where what they write goes, asked: the privacy answer
RESCHEDULE = "reschedule"  # the messages asked for at another time: the reminders, where times are kept
_YOUR_DATA = re.compile(
    r"\b(?:mi|mis|my)\s+(?:informacion|datos|data|info|information|mensajes|messages|chats?)\b"
    r"|\b(?:lo que|what)\s+(?:te\s+|le\s+)?(?:escribo|escribimos|pongo|cuento|i write|i type|i tell you|i send)\b"
    r"|\besto se lo\b"
)
_SHARED = re.compile(
    r"\b(?:venden|vende|vender|sell|sells|selling|sold|comparten|comparte|compartir|share|shares|sharing|mandan|manda|"
    r"mandar|envian|envia|send|sends|pasan|pasa a|give|gives|hacen con|do with|queda aqui|stays here|stay here)\b"
)


def privacy_intent(text: str) -> str | None:
    """'delete', 'mydata', 'stop', 'question' or 'reschedule' when free text asks to erase, to see what is
    stored, for no more messages, where what they write goes, or for the messages at another time."""
    words = normalize(text)
    if not words:
        return None
    # "stop pinging me at 7am, make it 9": another time, not an end to the messages.
    if _reschedules(words):
        return RESCHEDULE
    # A letter that asks, among its courtesies, for no more messages.
    if len(words.split()) <= 80 and any(_asks_to_stop(words, phrase) for phrase in STOP_REQUESTS):
        return "stop"
    if len(words) > 80:
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
    # "¿qué hacen con mi información? ¿se la venden a los de los suplementos?", "esto se lo
    # mandan a la clínica o queda aquí?": where what they write goes, asked, whatever else it names.
    if "?" in text and _YOUR_DATA.search(words) and _SHARED.search(words):
        return DATA_QUESTION
    return None


# "stop pinging me at 7am, MAKE IT 9", "no me escribas a las 6, MEJOR A LAS 10": another time asked
# for the messages, not an end to them (the corpus's convention: pause or change = reminders).
_NEW_TIME = re.compile(
    r"\b(?:make it|change it to|move it to|can it be|could it be|how about|instead at|later at|"
    r"mejor a las|mejor a la|mejor para las|cambialo a las|cambialo a la|cambialo para las|pasalo a las|"
    r"que sea a las|que sean a las)\s+(?:\d{1,2}|las \d{1,2})\b"
    # "can it be 10 days…": a count of something else, not a time of day.
    r"(?!\s+(?:days?|dias?|weeks?|semanas?|hours?|horas?|months?|meses|mg|ml|pills|pastillas|veces|times)\b)"
)


# What the bot sends, named by a writer who wants it at another time.
_SENT_WORDS = (
    r"ping\w*|messag\w*|text\w*|remind\w*|notification\w*|alert\w*|mensaj\w*|escrib\w*|"
    r"recordatorio\w*|recuerd\w*|notificacion\w*|aviso\w*|avisen|avises"
)
_MESSAGES_SENT = re.compile(rf"\b(?:{_SENT_WORDS})\b")


# "¿los podés frenar hasta el lunes 15?", "can you pause them until Monday": the messages held
# for a while, then back; the corpus's convention reads a pause as the reminders' business.
_PAUSE_UNTIL = re.compile(
    r"\b(?:pause|pausa|pausar|pausarlos|pausalos|pausen|hold|freeze|mute|snooze|frenar|frenarlos|frenalos|frenen"
    r"|parar|pararlos|paralos|detener|detenerlos|suspender|suspenderlos|suspendan|silenciar|silenciarlos"
    r"|posponer|posponerlos|stop)\b"
    r"(?:\s+\w+){0,4}?\s+(?:until|till|til|hasta)\b"
)


# "stop pinging me at 7am", "no me escribas tan temprano": the messages refused with the hour they
# come at; what bothers is the time, and the messages at another hour are the reminders' business.
_TIMED_SENDING = re.compile(
    r"\b(?:stop|quit|dont|do not|never|no|deja de|dejen de|deje de|dejes de|why do you|why are you|"
    rf"por que|porque)\s+(?:\w+\s+){{0,3}}?(?:send\w*|mand\w*|envi\w*|{_SENT_WORDS})(?:\s+\w+){{0,3}}?\s+"
    r"(?:at \d{1,2}(?::\d\d)?\s?(?:am|pm|a m|p m)?|a las \d{1,2}|so early|too early|so late|too late|"
    r"this early|that early|tan temprano|muy temprano|tan tarde|tan de madrugada|de madrugada)\b"
)


def _reschedules(words: str) -> bool:
    """True when `words` ask for the messages at another time ("stop pinging me at 7, make it 9",
    "deja de escribirme a las 7, mejor a las 9") or held until a day ("¿los podés frenar hasta el lunes?")."""
    if _TIMED_SENDING.search(words):
        return True
    return bool(_NEW_TIME.search(words) or _PAUSE_UNTIL.search(words)) and bool(_MESSAGES_SENT.search(words))


def _asks_to_stop(words: str, phrase: str) -> bool:
    """True when `phrase` stands in `words` and is not denied ("don't unsubscribe me, just pause")."""
    padded = f" {words} "
    at = padded.find(f" {phrase} ")
    if at < 0:
        return False
    before = padded[:at].split()[-3:]
    return not _NOT_ASKED & set(before)


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


def country_of(state: UserState) -> str | None:
    """The user's country: the one they chose, else the one guessed from what they wrote."""
    chosen = state.fields.get("country")
    if isinstance(chosen, str) and chosen and chosen != "other":
        return chosen
    guess = state.fields.get(COUNTRY_GUESS)
    return guess if isinstance(guess, str) and guess else (chosen if isinstance(chosen, str) else None)


def region_of(code: str | None) -> str | None:
    """The region of a Telegram language_code ("es-MX" -> "MX"), if it has one."""
    if not code:
        return None
    parts = code.replace("_", "-").split("-")
    return parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 and parts[1].isalpha() else None


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
        number = safety.emergency_number(country_of(state)) if safety else UNKNOWN_NUMBER
        return {
            "emergency_number": number,
            "crisis_line": self._crisis_line(state),
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

    def _crisis_line(self, state: UserState) -> str:
        """The sentence naming the user's country's crisis line, or nothing when we have none."""
        safety = self.content.safety
        line = safety.crisis_line(country_of(state)) if safety else None
        if line is None:
            return ""
        values = {"crisis_number": line.number, "crisis_name": line.name(state.language)}
        return self.text("safety.crisis_line", state.language, values)

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


# One turn is built by one object, split by concern into the classes below (each needs only
# _TurnBase's state and calls the others' methods through self): what the turn shares, privacy,
# red flags, the check's prefill, free text, language and country, buttons, typed answers, and
# moving through flows. _TurnBuilder puts them together.
class _TurnBase:
    """The state of one turn, and saying things: what every part of a turn shares."""

    def __init__(self, engine: Engine, state: UserState, now: datetime) -> None:
        self.engine = engine
        self.content = engine.content
        self.state = state
        self.now = now
        self.replies: list[Reply] = []
        self.effects: list[Event] = []
        self.touched_medical = False
        self.emergency_reply = False  # an emergency instruction was given: no disclaimer after it
        self.visited: list[tuple[str, str]] = []
        self.exits: list[tuple[str, str, str]] = []
        # A red flag only asked about or past ("what are the signs of a stroke"): answered after
        # the topic, with "if this is happening now, call ...".
        self.info_alarm: Alarm | None = None
        self.known: dict[str, Any] = {}  # what the message that opened the check already said
        self._decision: tuple[str, Decision | None] | None = None
        self.borrowed: str | None = None  # the user's language while this turn answers in another

    def result(self) -> Turn:
        if self.state.fields.get("country") not in (None, "", "other"):
            self.state.fields.pop(COUNTRY_GUESS, None)  # a chosen country replaces any guess
        # Once per topic, and never after an emergency reply (it would bury the instruction).
        shown = self.state.answers.get(DISCLAIMED)
        if self.touched_medical and self.replies and not self.emergency_reply and not shown:
            self.replies[-1].text += "\n\n" + self.render("common.disclaimer")
            if self.state.flow is not None:
                self.state.answers[DISCLAIMED] = True
        if self.borrowed is not None:
            self.give_back_language(self.borrowed)
        return Turn(self.replies, self.state, self.effects, self.visited, self.exits)

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
            # What we cannot read may be a call for help: every answer says how to get it now.
            self.say(MEDIA_KEYS.get(event.kind, "common.only_text"))
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

    if TYPE_CHECKING:
        # What each concern offers the others (they are mixed into _TurnBuilder): declared here
        # so the type checker knows a turn has them; the bodies are in the classes named.

        def accepts(self, step: Step, ask: Ask, text: str) -> bool: ...  # _Answers

        def alarm(self, text: str) -> bool: ...  # _Alarms

        def answer(
            self, flow: Flow, step: Step, ask: Ask, value: Any, heard: str | None = None, rest: str = ""
        ) -> None: ...  # _Answers

        def answer_info(self, text: str, alarm: Alarm, why: dict[str, Any]) -> None: ...  # _Alarms

        def answers_step(self, text: str) -> bool: ...  # _Answers

        def apply_settings(self, settings: dict[str, Any]) -> None: ...  # _Movement

        def ask_erase(self) -> None: ...  # _Privacy

        def borrow_language(self, text: str) -> None: ...  # _Locale

        def choice_labels(self, step: Step) -> list[str]: ...  # _Buttons

        def choose(self, flow: Flow, step: Step, choice: Button | Option) -> None: ...  # _Buttons

        def composing(self) -> bool: ...  # _FreeText

        def decision(self, text: str) -> Decision | None: ...  # _FreeText

        def enter(self, flow_id: str, step_id: str) -> None: ...  # _Movement

        def erase_press(self, action: str) -> None: ...  # _Privacy

        def exit_of(self, flow: Flow, step: Step) -> Target | None: ...  # _Movement

        def facts(self, text: str) -> dict[str, Any]: ...  # _CheckFill

        def fever_line(self) -> float: ...  # _Alarms

        def fill_check(self) -> None: ...  # _CheckFill

        def give_back_language(self, language: str) -> None: ...  # _Locale

        def go(self, flow: Flow, target: Target) -> None: ...  # _Movement

        def guess_country(self, text: str) -> None: ...  # _Locale

        def mark_medical(self, flow: Flow) -> None: ...  # _Movement

        def match_choice(self, step: Step, text: str) -> Button | Option | None: ...  # _Buttons

        def my_data(self) -> None: ...  # _Privacy

        def prefilled(self, flow_id: str, step: Step) -> Any: ...  # _CheckFill

        def press(self, data: str) -> None: ...  # _Buttons

        def sign_key(self, sign: str, fallback: str, prefix: str = "safety") -> str: ...  # _Alarms

        def stale(self, data: str) -> None: ...  # _Buttons

        def start_flow(self, flow_id: str) -> None: ...  # _Movement

        def text(self, raw: str) -> None: ...  # _FreeText

        def topic(self, text: str, decision: Decision | None) -> tuple[str | None, str]: ...  # _FreeText

        def typed_answer(self, flow: Flow, step: Step, ask: Ask, text: str) -> None: ...  # _Answers

        def without_lines(self, text: str) -> str: ...  # _Alarms


class _Privacy(_TurnBase):
    """Privacy commands: ask before erasing, erase, and show what is stored."""

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
        # Staff membership is the clinic's record and stays (see bot/app/privacy.py): say so.
        self.say("privacy.deleted_staff" if self.state.fields.get("_staff_clinic_id") else "privacy.deleted")

    def my_data(self) -> None:
        """Everything stored about the user, in plain words; counts come from Conversations as '_' fields."""
        self.effects.append(Event("data_shown"))
        state, fields = self.state, self.state.fields
        language = {"en": "language.english", "es": "language.spanish"}.get(state.language, "language.english")
        lines = [self.item("language", self.render(language))]
        order = ("treatment_date", "treatment", "country", "country_guess", "timezone", "reminders_on", "clinic_name")
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
            values["answers_count"] = sum(1 for name in state.answers if not name.startswith("_"))
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
        label = self.engine.option_labels.get(("country" if name == COUNTRY_GUESS else name, repr(value)))
        if label is not None:
            return self.render(label)
        if name in self.engine.date_fields and isinstance(value, str):
            try:
                return date.fromisoformat(value).strftime("%d/%m/%Y")
            except ValueError:
                pass
        return str(value)[:200]


class _Alarms(_TurnBase):
    """Red flags in what the user typed: the alarm, the warning sign, or information about the sign."""

    def _topic_once_passed(self, decision: Decision, text: str) -> bool:
        """True when `text`, without the words telling something passed, reads as the runner-up topic."""
        safety, classifier = self.content.safety, self.content.classifier
        if safety is None or classifier is None:
            return False
        rest = safety.without_passing(text)
        if rest == text:
            return False
        again = classifier.classify(rest)
        return again is not None and again.label == decision.runner_up

    def alarm(self, text: str) -> bool:
        """Red flags first, whatever the user was doing: the emergency instruction, alone and short."""
        safety = self.content.safety
        if safety is None:
            return False
        measured = self.fever_as_word(text)
        found, denied = safety.assess(measured)
        # "feeling kinda feverish, thermometer says 37.3": the reading answers the feeling, for
        # the model's reading of the word too.
        # A fever felt that a reading settles, or a patch measured smaller now than before: what the
        # model may read as a warning sign is the writer's own answer that it is not one.
        # "duerme mucho… pero cada día tiene más ánimo": better day by day, told, is no new warning sign.
        settled = (
            (bool(_FEVER_FELT.search(text)) and not _FEVER_FELT.search(measured))
            or measures.shrinking_size(text)
            or measures.improving_told(text)
        )
        lined = self.without_lines(measures.spelt_in_figures(text))
        span = measures.reading_span(lined)
        # "is a low fever normal the first night?", "un poco de fiebrita la primera noche": a fever
        # called mild, with no reading, on the first day or night is the expected reaction, as a
        # reading under the line then is (medical-facts.md: under 38 °C can be normal at first).
        early = measures.latest_day(text)
        mild_early = span is None and early is not None and early <= EXPECTED_FEVER_DAYS and measures.low_fever(text)
        ruled_out: frozenset[str] = frozenset()
        if (
            found is not None
            and found.now
            and found.sign == FEVER_SIGN
            and (mild_early or (span is not None and BODY_TEMPERATURE_C <= span[2] < self.fever_line()))
            and not measures.hidden_by_medicine(text)
            # "101 F last night, day 2. this morning 99.8, I guess it's nothing?": a fever hours ago
            # with the reading still raised has not passed (unsure means the clinic hears of it).
            and not (span is not None and span[2] >= RAISED_C and measures.fever_overnight(text, self.fever_line()))
        ):
            # "when's a fever an emergency? I'm 98.2 right now", "tuve 38.4 antier y desde ayer ando
            # en 36.8": the reading that counts now is under the line; the fever told elsewhere in
            # the message is a question, a feeling or over, answered as such. Any other sign told
            # now ("fever and chills, 37.9 now", "the knee is red and spreading") still stands.
            fever = replace(found, now=False, context="measured")
            ruled_out = frozenset({FEVER_SIGN})
            found, denied = safety.assess(measured, ignore=ruled_out)
            if found is None or not found.now:
                found = fever
        if found is not None and found.sign in FLARE_SIGNS:
            day = measures.latest_day(text)
            # "dejé las pastillas de células madre y siento las rodillas peor": with nothing injected
            # there is no treated site; pain back after a product stopped is the pills question.
            if (day is not None and day <= FLARE_DAYS) or _only_taken(text):
                # Pain worse on day 1 or 2 is the expected flare; worse after that is the sign.
                # Asked about ("¿es normal que duela más al otro día?"), it is a side effect question.
                flare_free = safety.assess(measured, ignore=FLARE_SIGNS | ruled_out)
                # An eye's pain told worse stays a warning when nothing else in the eye is named.
                if not (EYE_WORDS & set(words(text)) and (flare_free[0] is None or not flare_free[0].now)):
                    found, denied = flare_free
        if (
            found is not None
            and found.now
            and found.sign == SPREADING_SIGN
            and _TOLD_AS_BEFORE & set(normalize(found.matched).split())
            and measures.shrinking_told(text)
        ):
            # "the redness was spreading on Tuesday, the clinic started antibiotics, today it's half
            # the size": the spreading told as before, smaller now; what it means, and "if this is
            # happening now".
            found = replace(found, now=False, context="resolved")
        if (
            found is not None
            and not found.now
            and found.context == "asking"
            and found.sign == FEVER_SIGN
            and span is not None
            and span[2] >= self.fever_line()
            and _reading_judged(lined, span)
            and measures.treatment_dated(text)
        ):
            # "tell me if 38,5 is bad. Had the infusion two days ago", "dime si 38,7 es mucho, me hicieron
            # la infusión antier": whether a reading is bad, asked by someone whose treatment was days
            # ago, is their own reading now; the value is not a line, nor a case supposed.
            found = replace(found, now=True, context="")
        decision = self.decision(text)
        by = "rules"
        # "37.9 on day 1": under the line on the first days is the expected reaction (the corpus's
        # convention); later, or with no day, the model may still read chills the rules missed.
        day = measures.latest_day(text) if span is not None and span[2] < self.fever_line() else None
        under_line = (
            (day is not None and day <= EXPECTED_FEVER_DAYS) or mild_early
        ) and not measures.hidden_by_medicine(text)
        if (
            found is not None
            and not found.now
            and decision is not None
            # "¿qué significa una rayita roja que me sube del codo?": a warning sign asked about that
            # the model is as sure is the writer's own, now, counts like an emergency it is sure of;
            # not in a sentence that supposes ("If, for example, on day 3 a red line…").
            and (
                decision.label == "emergency"
                or (
                    decision.label == found.level == URGENT
                    and found.context == "asking"
                    and not _supposed(text, found.matched)
                    # "100.1 f tonight… is that a fever?": a fever asked about is weighed by its reading.
                    and found.sign not in FEVERISH_SIGNS
                )
            )
            and decision.probability >= CLASSIFIER_OVER_CONTEXT
            # A sign asked about in a condition is a question by its grammar, whatever the model says;
            # so is one asked of any treatment, of no one ("do legs fold after a spinal injection?").
            and not (found.context == "asking" and (found.general or _in_condition(text, found.matched)))
        ):
            # The rules read it as past or a question, the model as an emergency: unsure means now.
            found, by = replace(found, now=True), "rules+classifier"
        if (
            found is not None
            and found.now
            and found.level != EMERGENCY_LEVEL
            and decision is not None
            and decision.label == "emergency"
            and decision.probability >= (CLASSIFIER_ALARM[EMERGENCY_LEVEL] if found.loose else CLASSIFIER_OVER_URGENT)
            and len(text.split()) >= CLASSIFIER_MIN_WORDS
            # "thirty nine point two since lunch": a reading and its time alone tell nothing graver
            # than the fever; the model learnt high readings from the emergencies told with them.
            and not (found.sign in FEVERISH_SIGNS and _only_a_reading(text))
            and not self.answers_step(text)
            # "38.5 on day 4, no confusion or anything like that": the writer ruled out the
            # emergency sign the model may be reading; the warning sign stands. A loose reading
            # ("eye injection yesterday… nothing in that eye, not blurry… pain 9/10") is weighed
            # as if no rule had read it: the model without the denied words decides.
            and not (denied is not None and denied.level == EMERGENCY_LEVEL and not found.loose)
            # "me escuece el ojo desde la inyección": the model read the warning sign's own words
            # as graver; an emergency it reads must stand in the rest of the message. Not for a
            # fever or chills, which make an emergency with what else is told ("fiebre y la piel
            # toda manchada").
            and (
                found.sign in FEVERISH_SIGNS
                or self.alarm_stands_without(
                    text,
                    EMERGENCY_LEVEL,
                    found.matched,
                    line=CLASSIFIER_OVER_DENIAL if denied is not None and denied.level == EMERGENCY_LEVEL else None,
                )
            )
        ):
            # The rules found a warning sign, the model reads an emergency: the graver reading wins.
            found, by = _classifier_alarm(decision), "rules+classifier"
        if (
            found is None
            and denied is not None
            and decision is not None
            and decision.label == "urgent"
            # Under its line the model raises nothing, and the denied sign is the answer ("no fever
            # today, day 3"), unless the writer says what they have instead ("…, solo me duele").
            and (decision.probability >= CLASSIFIER_ALARM["urgent"] or bool(_WHAT_INSTEAD.search(text)))
        ):
            # A warning sign read by the model beside a denial ("fiebre no tengo, pero lo rojo ya me
            # llega a media pierna") is often the one the rules missed; but when, without the denied
            # words, it reads a topic ("no fever, no pus, only sore where the needle went"), the
            # alarm was in the words denied and the topic answers the rest.
            rest = self.reading_without_denied(text)
            if rest is not None and rest.label not in (EMERGENCY_LEVEL, "urgent"):
                decision = rest
            elif safety is not None and _only_when(safety.without_denied(self.fever_as_word(text), "")):
                # "no fever today 👍 day 3": without the denied words only the day is left, which
                # the model learnt from the many fevers told with theirs; the denial is the answer.
                decision = replace(decision, label="info_alarming", runner_up=decision.label)
        if (
            found is None
            and decision is not None
            and decision.probability >= CLASSIFIER_ALARM.get(decision.label, 2.0)
            # "no fever, but the redness is spreading": a denied sign beside a real one. "I'm not
            # going to hurt myself, I just feel empty": a wish to die the writer denies is
            # answered gently, with the crisis line, unless the model is sure of more.
            and (
                denied is None
                or decision.probability
                >= (CLASSIFIER_OVER_CONTEXT if denied.sign in ALONE_SIGNS else CLASSIFIER_OVER_DENIAL)
            )
            # A short reply ("para nada", "3") or an answer to the question on screen is not a
            # story of symptoms: only the rules speak for it.
            and len(text.split()) >= CLASSIFIER_MIN_WORDS
            and not self.answers_step(text)
            and not (settled and decision.label != EMERGENCY_LEVEL)
            # "37.9 on day 1, right under 38": a reading under the line is what the model read as
            # a warning sign; the rules read every other one.
            and not (under_line and decision.label != EMERGENCY_LEVEL)
            # "no sangro, no tengo dolor de pecho, no me falta el aire. ¿puedo subir al avión?": the
            # model read the words of the signs the writer denies; read without them, is it still one?
            # Only for an emergency: a warning sign read by the model beside a denial is weighed above.
            and (
                denied is None
                or decision.label != EMERGENCY_LEVEL
                or self.alarm_stands_without(text, decision.label, line=CLASSIFIER_OVER_DENIAL)
            )
            # "my mare had stem cells in her tendon": the writer's animal was treated; with no rule
            # found, the model's alarm reads the words of a horse's story ("mare", "mareo").
            and not animals.pet_treated(text)
            and not (
                decision.label == EMERGENCY_LEVEL
                and decision.probability < CLASSIFIER_OVER_BRUISE
                and _about_a_bruise(text)
            )
            # "I'm writing for my grandmother, she can't type on her phone": the model reads "can't"
            # as a sign; the only thing she cannot do is type, the reason someone writes for her.
            and not (decision.probability < CLASSIFIER_OVER_DENIAL and smalltalk.writing_for_one_who_cannot_type(text))
            # "Buenas tardes, soy Don Ernesto… solo quería presentarme", "…thank you… have a lovely
            # day": a greeting or thanks with nothing asked and no sign the rules know; the model
            # reads the words of a name or a story. Only a model sure of an emergency outranks it.
            and not (
                decision.probability < CLASSIFIER_OVER_ALL_CLEAR
                and (smalltalk.greeting_only(text) or smalltalk.thanks_only(text))
            )
            # "am I going to die from the IV drip?", "¿me voy a morir con el suero?": whether it can
            # kill, asked with no sign the rules know; the model reads the word "die". Only a model
            # sure of an emergency outranks the question (its answer still ends "if this is happening now").
            and not (
                decision.probability < CLASSIFIER_OVER_ALL_CLEAR and safety is not None and safety.asks_if_deadly(text)
            )
            # "ya fui al baño dos veces hoy": the model learnt "veces" from emergencies told with a
            # count ("vomitó 5 veces"); an emergency it reads must stand without the counting words.
            and not (
                decision.label == EMERGENCY_LEVEL
                and not self.stands_without_counts(text, decision.label, denying=denied is not None)
            )
            # "a mi esposo le pusieron células madre en la espalda ayer": who was treated, where and
            # when, and no sign; the model learnt those words from the many alarms told after them.
            and not (safety is not None and safety.treatment_only(text))
            # "my knee hurts since the injection": an ache told plainly, the commonest expected
            # effect; the model learnt those words from the many warning signs told "since the
            # injection". Only the rules, or a model sure of an emergency, read more in it.
            and not (decision.label != EMERGENCY_LEVEL and safety is not None and safety.ache_only(text))
            # "it was 3 days ago", "fue el martes": a date alone, nothing told of the body; the model
            # learnt dates from the signs told after them.
            and not _only_a_date(text, self.now)
        ):
            # No rule matched, but the message reads like one: escalate rather than miss it,
            # unless it tells of something that has passed and of nothing happening now
            # ("ya no sangra, paró hace rato, todo bien"): then the information and "if this
            # is happening now, call".
            found, by = _classifier_alarm(decision), "classifier"
            # As with the rules' context below: a model this sure of an emergency is not
            # talked out of it by a word of resolution ("its gone completely dark in that eye").
            sure = decision.label == EMERGENCY_LEVEL and decision.probability >= CLASSIFIER_OVER_ALL_CLEAR
            if not sure and safety.all_clear(text):
                found = replace(found, now=False, context="resolved")
            elif not sure and safety.hearsay(text):
                found = replace(found, now=False, context="reported")
        if found is None and denied is not None:
            # "no tengo fiebre" alone is information; "no fever, just tired on day 2" is a side
            # effect question, answered by its topic.
            topical = decision is not None and (
                (_topical(decision.label) and not _torn_toward_alarm(decision, text))
                # "sin fiebre… ha dormido casi todo el día": the model leans to an alarm it does not
                # raise (under its threshold) with a topic next; the denied sign leaves the topic.
                or (
                    decision.label in ALARM_LABELS
                    and decision.probability < CLASSIFIER_ALARM.get(decision.label, 0.0)
                    and _topical(decision.runner_up)
                )
                # "no está infectada, solo morada": the model torn between information and a topic,
                # beside a sign the writer denies, or told what it is instead ("just", "solo"); the
                # topic answers what the writer has.
                or (decision.label == "info_alarming" and _torn_toward_topic(decision, text))
            )
            # "not suicidal or anything, just so tired of hoping": a wish to die, even denied, is
            # answered gently with the crisis line, whatever topic the rest names.
            found = None if topical and denied.sign not in ALONE_SIGNS else denied
        if found is not None and not found.now and found.sign == FEVER_SIGN and under_line:
            # "99.9 tonight, same day as my injection. is that a fever?": under the line on day 0
            # or 1 is the expected reaction; the question is answered by its topic.
            found = None
        topic = decision
        if found is not None and found.context == "treated" and self.content.classifier is not None:
            # "tomo PASTILLAS para las convulsiones, ¿las células madre interfieren?": the medicine of
            # the condition says nothing of stem cell pills; the model reads the rest.
            topic = self.content.classifier.classify(without_treating_medicine(text, found.matched))
        if (
            found is not None
            and (
                found.context in ("treated", "measured")
                # "le dio un infarto hace 4 años y toma pastillas de células madre, ¿sirven?": a
                # sign long past, told as the reason for a pills question the model is sure of.
                # "she faints a lot, is stem cell therapy safe for her?" names no product: the
                # sign's information answers it, whatever the model leans to.
                or (
                    found.context == "past"
                    and topic is not None
                    and topic.label == PILLS_LABEL
                    and _names_a_product(text)
                )
            )
            and topic is not None
            and topic.label in LABEL_FLOWS
            and topic.label not in ALARM_LABELS
            and topic.probability >= LABEL_OVER_ROUTER
        ):
            # "I'm on seizure meds, can stem cell gummies help?", "I feel feverish. 37.2": a condition
            # under treatment, or a fever the thermometer rules out, told beside a question the
            # model is sure of; the question's topic answers it.
            found = None
        if found is None and (smalltalk.thanks_only(text) or smalltalk.greeting_only(text)):
            # "…thank you… I walked to the shops… no question, have a lovely evening": thanks, told
            # with a story whose words the model may read as information about a sign.
            return False
        if found is None and safety.asks_if_deadly(text):
            # "¿se puede morir uno con esto?", "can you die from stem cells? asking before I pay":
            # whether it can kill, asked with no sign told; information about an alarming topic,
            # with the line "if this is happening now, call", whatever topic the words lean to.
            self.info_alarm = Alarm(EMERGENCY_LEVEL, UNRECOGNISED, "", now=False, context=DEADLY_CONTEXT)
            return False
        if found is None and safety.asks_when_to_go(text):
            # "what would mean he needs the ER vs just ringing the clinic?", "¿cuáles serían de ir a
            # urgencias?": which signs are for the clinic and which for the emergency number, asked
            # with no sign told; whatever topic (a trip, insurance) the words lean to.
            self.info_alarm = Alarm(EMERGENCY_LEVEL, UNRECOGNISED, "", now=False, context=WHEN_TO_GO_CONTEXT)
            return False
        if (
            found is None
            and denied is None
            and decision is not None
            and decision.label == "other"
            and safety.asks_about_condition(text)
        ):
            # "¿qué hago para no hacer un coágulo en el vuelo de regreso?": a question that names a
            # serious condition the model could not place is information about an alarming topic.
            decision = replace(decision, label="info_alarming", runner_up=decision.label)
        if found is None and decision is not None and decision.label == "side_effect" and _tumour_placed(text):
            # "¿pueden causar tumores EN LA COLUMNA?": a tumour asked of the spine or the brain is an
            # alarming topic (the corpus's label), not the general cancer-risk question.
            decision = replace(decision, label="info_alarming", runner_up=decision.label)
        if (
            found is None
            and decision is not None
            and decision.label == "info_alarming"
            and not _lone_answer(text)
            and not _cancer_risk_asked(text)
        ):
            # "37,8, día cero, la doctora dijo que podía pasar": a reading under the line on the
            # first days, with no fever told (gone or asked about), is the expected reaction.
            # "38.3 last night but this morning its 36.9": a fever read earlier is a fever told, as the word is.
            expected = (
                under_line
                and not _FEVER_FELT.search(text)
                and not any(reading[2] >= self.fever_line() for reading in measures.earlier_readings(lined))
            )
            if safety.treatment_only(text):
                # "hi, I had stem cells put in my spine two days ago": who was treated, where and
                # when, and no sign; what to expect next is the side effects' topic.
                self._decision = (text, replace(decision, label=SIDE_EFFECT_LABEL, runner_up=decision.label))
                return False
            tie = _torn_toward_topic(decision, text) and (
                denied is not None
                # "me dio dolor de cabeza…, ya casi se me pasó, ¿hay que preocuparse?": no sign the
                # rules know, and only the passing leans to information; the rest reads as the topic.
                or self._topic_once_passed(decision, text)
            )
            if decision.probability >= TRUST_LABEL and not expected and not tie:
                self.info_alarm = Alarm(EMERGENCY_LEVEL, UNRECOGNISED, "", now=False, context="classifier")
            elif tie and denied is not None:
                # "me mareo un poquito al pararme, pero no me he desmayado ni nada": torn between
                # information about the sign denied and a topic; the topic answers what is told.
                self._decision = (text, replace(decision, label=decision.runner_up, runner_up=decision.label))
            return False
        if found is None:
            return False
        if found.level != EMERGENCY_LEVEL and (
            (animals.names_a_vet(text) and animals.names_a_pet(text)) or animals.only_a_pet(text)
        ):
            # "my dog's leg is swollen after his vaccine at the vet", "my cat has been limping and
            # it's getting worse": the animal's sign, for its vet (the router says so); an emergency
            # stays one, since unsure counts as yes.
            return False
        if not found.now:
            self.info_alarm = found
            return False
        data: dict[str, object] = {
            "sign": found.sign,
            "level": found.level,
            "flow": self.state.flow,
            "step": self.state.step,
            "by": by,
        }
        if decision is not None and by != "rules":
            data.update(decision.explain())
        if found.level == "emergency":
            self.effects.append(Event("red_flag", data))
            self.emergency_reply = True
            self.say(self.sign_key(found.sign, "safety.emergency"), alone=True)
            if found.sign in ALONE_SIGNS:
                return True
            # Then offer to go on from where they were, without repeating the whole step.
            self.say("safety.continue")
            self.reshow()
            return True
        where = self.current() if self.state.flow == CHECK_FLOW else None
        if where is not None and where[1].ask is not None and self.accepts(where[1], where[1].ask, text):
            return False  # an answer to the check's question ("yes, a fever"): let it through
        self.effects.append(Event("warning_sign", data))
        self.say(self.sign_key(found.sign, "safety.urgent"), alone=True)
        self.known = self.facts(text)
        if where is not None and where[1].ask is not None:
            # Typed in the middle of the check, not an answer: the advice, then the same question.
            self.reshow(full=True)
            return True
        self.start_flow(CHECK_FLOW if CHECK_FLOW in self.content.flows else "menu")
        return True

    def fever_as_word(self, text: str) -> str:
        """A reading at or above the fever line ("38,2 °C y temblores") said as the word "fever".

        Likewise an oxygen saturation under 92% ("saturación 85%") is said as "falta de aire".

        The red-flag rules then read it like the word: "la semana pasada tuve 39" is past,
        "no llegué a 38" is denied, and "38,2 hoy" is a warning sign now.
        """
        # "thirty eight yesterday but today its back to thirty six point eight": every reading said
        # in words is read as its figures are, the last one today's.
        text = measures.spelt_in_figures(text)
        # "treinta y ocho y medio NO MÁS": Mexican "nomás" (just) after a reading, not "no more".
        text = _JUST_AFTER_READING.sub(r"\1 nomás", text)
        for start, end in reversed(measures.corrected_readings(text)):
            # A reading the writer took back ("39... sorry, 37.9") is no reading: blanked, so the
            # rules do not read "temp was 39" either; the spaces keep every other position.
            text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
        text = self.without_lines(text)
        oxygen = measures.low_oxygen_span(text)
        if oxygen is not None:
            # A low oxygen reading is read as the breathing sign it is, in its sentence.
            text = f"{text[: oxygen[0]]} {LOW_OXYGEN_WORDS} {text[oxygen[1] :]}"
        rising = measures.rising_pain_span(text)
        if rising is not None:
            # "3/10 on day 1, today 8/10": pain scores that climb are pain getting worse.
            text = f"{text[: rising[0]]} {RISING_PAIN_WORDS} {text[rising[1] :]}"
        growing = measures.growing_size_span(text)
        if growing is not None:
            # "the red was 3cm yesterday, now 7cm": a patch measured bigger is spreading.
            text = f"{text[: growing[0]]} {GROWING_WORDS} {text[growing[1] :]}"
        span = measures.reading_span(text)
        if span is not None and span[2] < self.fever_line():
            text = _felt_not_measured(text, span, self.fever_line())
            # "la semana pasada tuve 38,5…, hoy 36,4": the fever of an earlier day is told as the
            # word, so the rules date it as they date "tuve fiebre la semana pasada".
            for start, end, value in reversed(measures.earlier_readings(text)):
                if value >= self.fever_line() and _a_line(text, start, end):
                    # "37,2 hoy; me dijeron que vigile si pasa de 38": the line, not a reading.
                    text = f"{text[:start]} {text[end:]}"
                elif value >= self.fever_line():
                    beside = _SENTENCE_END.split(text[max(0, start - _BESIDE) : start])[-1]
                    word = "" if _FEVER_NAMED.search(beside) else FEVER_WORD
                    text = f"{text[:start]} {word} {text[end:]}"
        elif span is not None:
            # "tengo 38 clavado… en el grupo dicen que hasta 38.5 es normal": every reading at the
            # line is a fever, each read in its own clause, not only the highest.
            feverish = [reading for reading in measures.temperature_spans(text) if reading[2] >= self.fever_line()]
            for reading in sorted({span, *feverish}, reverse=True):
                text = _fever_word_at(text, reading)
        return self.heart_rate_as_words(text)

    def without_lines(self, text: str) -> str:
        """`text` with every number at or over the fever line that is a line, not a reading ("up to
        38 is normal", "call if it hits 38"), blanked with spaces (every other position kept)."""
        # Every line is found in the text as written: "is it 38 C or 100.4 F?" offers both, and
        # blanking one first would hide the other's "or".
        lines = [
            (start, end)
            for start, end, value in measures.temperature_spans(text)
            if value >= self.fever_line() and _a_line(text, start, end)
        ]
        # "what temperature counts as a fever, is it thirty eight or something": a line in words.
        spelt = measures.spelt_temperature_span(text)
        if spelt is not None and spelt[2] >= self.fever_line() and _a_line(text, spelt[0], spelt[1]):
            lines.append((spelt[0], spelt[1]))
        for start, end in sorted(lines, reverse=True):
            text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
        # "what is 38 C in fahrenheit?": a number converted is no one's reading either.
        return measures.without_converted(text)

    def alarm_stands_without(self, text: str, label: str, matched: str = "", line: float | None = None) -> bool:
        """True when the model still reads `label` (an alarm) at its alarm line (or `line`) in `text`
        without the signs the writer denies, nor the words `matched` of the sign the rules found."""
        rest = self.reading_without_denied(text, matched)
        if rest is None:
            return True
        return rest.label == label and rest.probability >= (CLASSIFIER_ALARM.get(label, 2.0) if line is None else line)

    def reading_without_denied(self, text: str, matched: str = "") -> Decision | None:
        """The model's reading of `text` without the signs the writer denies, nor the words `matched`
        (None with no model)."""
        safety, classifier = self.content.safety, self.content.classifier
        if safety is None or classifier is None:
            return None
        return classifier.classify(safety.without_denied(self.fever_as_word(text), matched))

    def stands_without_counts(self, text: str, label: str, denying: bool = False) -> bool:
        """True when the model still reads `label` at its alarm line in `text` without the words that
        count how often ("dos veces", "twice", "3 times"), or when `text` counts nothing. With a sign
        `denying` told, it must stand without that sign's words too."""
        classifier = self.content.classifier
        counted = _COUNTING.sub(" ", text)
        if classifier is None or counted == text:
            return True
        line = CLASSIFIER_ALARM.get(label, 2.0)
        rest = classifier.classify(counted)
        if not (rest.label == label and rest.probability >= line):
            return False
        # "no fever, took my temp twice this morning, 98.1 both times": each kind of word alone
        # keeps the model's alarm standing; without both, nothing of it is left.
        alone = self.reading_without_denied(counted) if denying else None
        return alone is None or (alone.label == label and alone.probability >= line)

    def heart_rate_as_words(self, text: str) -> str:
        """A heart rate over FAST_HEART_RATE ("pulso 135"), or over FAST_HEART_RATE_WITH_FEVER with a
        fever in the message, said as "heart racing" so the rules read it as the sign."""
        rate = measures.heart_rate_span(text)
        if rate is None or rate[2] < FAST_HEART_RATE_WITH_FEVER:
            return text
        if rate[2] <= FAST_HEART_RATE:
            safety = self.content.safety
            fever = safety is not None and "fever" in safety.current_signs(text)
            if not fever:
                return text
        return f"{text[: rate[0]]} {FAST_HEART_WORDS} {text[rate[1] :]}"

    def fever_line(self) -> float:
        """The clinic's fever threshold for this patient, or the default 38 °C."""
        threshold = self.state.fields.get("fever_threshold_c", DEFAULT_FEVER_C)
        return float(threshold) if isinstance(threshold, (int, float)) else DEFAULT_FEVER_C

    def answer_info(self, text: str, alarm: Alarm, why: dict[str, Any]) -> None:
        """A sign asked about or past: what it means, the topic if there is one, and "if this is happening now"."""
        self.effects.append(
            Event("alarm_info", {"sign": alarm.sign, "level": alarm.level, "context": alarm.context, **why})
        )
        if (
            alarm.context == DEADLY_CONTEXT
            and (risks := self.content.flows.get("faq")) is not None
            and DEADLY_ANSWER in risks.steps
        ):
            # Whether it can kill, asked: "if this is happening now", then the serious risks plainly.
            self.say(f"sign_info.if_now_{alarm.level}")
            self.enter(risks.id, DEADLY_ANSWER)
            return
        signs_flow, signs_step = WHEN_TO_GO_ANSWER
        if (
            alarm.context == WHEN_TO_GO_CONTEXT
            and (signs := self.content.flows.get(signs_flow)) is not None
            and signs_step in signs.steps
        ):
            self.say(f"sign_info.if_now_{alarm.level}")
            self.enter(signs.id, signs_step)
            return
        flow_id, _rule = self.topic(text, self.decision(text))
        if alarm.sign == UNRECOGNISED and flow_id not in MEDICAL_TOPICS:
            # No sign to explain and no topic: the emergency numbers, which say when to call.
            self.start_flow("emergency" if "emergency" in self.content.flows else "menu")
            return
        if alarm.sign != UNRECOGNISED:
            self.say(self.sign_key(alarm.sign, "sign_info.generic", prefix="sign_info"))
        self.say(f"sign_info.if_now_{alarm.level}")
        if flow_id in MEDICAL_TOPICS:
            self.start_flow(flow_id)
        else:
            self.reshow()

    def sign_key(self, sign: str, fallback: str, prefix: str = "safety") -> str:
        key = f"{prefix}.{sign}"
        return (
            key
            if key in self.content.texts.get(self.state.language, {})
            or key in self.content.texts.get(DEFAULT_LANGUAGE, {})
            else fallback
        )


class _CheckFill(_TurnBase):
    """What a message already said, kept to fill the warning-sign check and asked no more."""

    def facts(self, text: str) -> dict[str, Any]:
        """What a message already answers of the check: signs, temperature, day since treatment."""
        safety = self.content.safety
        known: dict[str, Any] = {}
        for sign in sorted(safety.current_signs(text) if safety is not None else ()):
            if sign in CHECK_FILL:
                name, value = CHECK_FILL[sign]
                known[name] = value
        temperature = measures.temperature_in(self.without_lines(text))
        if temperature is not None:
            known["temp_c"] = temperature
            if temperature >= self.fever_line():
                known["fever"] = "yes"
        days = measures.days_in(text)
        if days is not None:
            known["days"] = days
        return known

    def saved_day(self) -> int | None:
        """Days since the treatment date the patient saved for reminders, if any."""
        saved = self.state.fields.get("treatment_date")
        try:
            days = (self.now.date() - date.fromisoformat(str(saved))).days if saved else None
        except ValueError:
            return None
        return days if days is not None and 0 <= days <= 3650 else None

    def fill_check(self) -> None:
        """Keep what the patient already told us for the check, and say what was understood."""
        known = dict(self.known)
        day = self.saved_day()
        if "days" not in known and day is not None:
            known["days"] = day
        if not known:
            return
        self.state.answers[KNOWN] = known
        self.effects.append(Event("check_filled", {"known": sorted(known)}))
        parts: list[str] = []
        for name in ("fever", "temp_c", "days", "redness", "streak", "discharge", "pain", "chills"):
            if name not in known:
                continue
            if name == "temp_c":
                number = f"{known[name]:.1f}"
                number = (number.replace(".", ",") if self.state.language == "es" else number) + " °C"
                # "fiebre 38,4 °C" when both were said, the reading alone otherwise.
                parts[-1:] = [f"{parts[-1]} {number}"] if "fever" in known else [*parts[-1:], number]
            elif name == "days":
                parts.append(self.engine.text("understood.day", self.state.language, {"days": known[name]}))
            else:
                parts.append(self.render(f"understood.{name}"))
        values = {"understood": ", ".join(parts)}
        self.replies.append(Reply(self.engine.text("understood.intro", self.state.language, values)))

    def prefilled(self, flow_id: str, step: Step) -> Any:
        """The value the check already knows for `step`'s question, or None to ask it."""
        if flow_id != CHECK_FLOW or step.ask is None:
            return None
        known = self.state.answers.get(KNOWN)
        if not isinstance(known, dict) or step.ask.into in self.state.answers:
            return None
        return known.get(step.ask.into)


class _FreeText(_TurnBase):
    """A typed message that answers no question: stop words, small talk, privacy words, topics."""

    def text(self, raw: str) -> None:
        text = raw.strip()
        if not text:
            self.say("common.empty")
            self.reshow()
            return
        self.guess_country(text)
        if not self.composing():  # staff write broadcasts in both languages: not a language choice
            self.borrow_language(text)
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
        if intent == DATA_QUESTION:
            self.privacy_help({"by": "rules:data_question"})
            return
        if intent == RESCHEDULE:
            # "stop pinging me at 7am, make it 9": the messages at another time, where times are kept.
            self.effects.append(Event("routed", {"flow": "reminders", "by": "rules:reschedule"}))
            self.start_flow("reminders")
            return
        # A sign the rules found told as over is weighed in route(): the request, then the sign.
        if intent == "stop" and (self.info_alarm is None or self.info_alarm.sign == UNRECOGNISED):
            self.privacy_help({"by": "rules:stop_request"})
            return
        talk = None if self.composing() else smalltalk.recognise(text)
        if talk is None and not self.composing() and smalltalk.greeting_only(text):
            # "Buenas tardes, soy Don Ernesto… solo quería presentarme": a greeting, however long.
            talk = "greeting"
        elif talk is None and not self.composing() and smalltalk.thanks_only(text):
            talk = "thanks"
        if talk is not None and not self.answers_step(text):
            self.small_talk(talk)
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
        if _lone_answer(text):
            # "no", "sii", "no sé" with nothing asked: one word read as a topic (or a sign) would
            # answer a question nobody put; say so kindly and show what Cuida can do.
            self.effects.append(
                Event("not_understood", {"flow": self.state.flow, "step": self.state.step, "by": "rules:lone_answer"})
            )
            self.say("understanding.lone_answer")
            self.start_flow("menu")
            return
        self.route(text)

    def decision(self, text: str) -> Decision | None:
        """The classifier's reading of `text` (worked out once per turn), or None without a model."""
        classifier = self.content.classifier
        if classifier is None:
            return None
        if self._decision is None or self._decision[0] != text:
            # "what is 38 C in fahrenheit?", "at what temperature do I call, 38 or 38.5?": a number
            # converted or offered as the line is no reading for the model to weigh.
            reading = classifier.classify(self.without_lines(text))
            if reading.label == "reminders" and (_TELL_AGAIN_EN.search(text) or _TELL_AGAIN_ES.search(text)):
                # "can you remind me what the warning signs are?", "¿me recuerdas cuáles son?": asked
                # to be told again, not reminded at a time; read as the question it is.
                told = _TELL_AGAIN_ES.sub("dime ", _TELL_AGAIN_EN.sub("tell me ", text))
                reading = classifier.classify(told)
            self._decision = (text, reading)
        return self._decision[1]

    def route(self, text: str) -> None:
        """Open the flow a free-text message is about: the classifier's kind, the router's flow."""
        decision = _question_first(self.decision(text), text)
        if decision is not None and decision.label == PILLS_LABEL and self.content.classifier is not None:
            folded = " . ".join(normalize(part) for part in _CLAUSE_MARKS.split(text))
            kept = _NOT_STEM_CELL.sub(" ", folded)
            if kept != folded and not _STEM_CELL_NAMED.search(kept):
                # "a moisturizer for dry hands, nothing stem cell": the product is said not to be one,
                # so what is left is read; a product with no stem cells in it is no pills question.
                rest = self.content.classifier.classify(kept)
                decision = rest if rest.label != PILLS_LABEL else replace(rest, label="other", runner_up=PILLS_LABEL)
        if decision is not None and decision.label == "other" and _SEEKS_CLINIC.search(normalize(text)):
            # "can you recommend a good clinic in Mexico…": the model learnt "recommend a good…" from
            # hotels and taco places; a clinic asked for is the choosing-a-clinic question.
            decision = replace(decision, label=CLINIC_LABEL, runner_up="other")
        if (
            decision is not None
            and decision.label == "other"
            and decision.runner_up in _CARE_LABELS
            and self.info_alarm is None
        ):
            part = self._health_part(text)
            if part is not None:
                # "bruised like a plum where they took the fat, is that normal? also do you know a good
                # massage place lol": the care asked about is answered; the errand beside it is not ours.
                self.effects.append(Event("aside", {"by": "rules:health_part", **decision.explain()}))
                self.route(part)
                return
        if decision is not None and decision.label == "privacy" and _ONE_REMINDER.search(normalize(text)):
            # "stop reminding me about the ice pack, keep the others": one reminder changed, not
            # every message stopped (the corpus's convention: pause or change = reminders).
            decision = replace(decision, label="reminders", runner_up="privacy")
        label = decision.label if decision is not None else None
        why = decision.explain() if decision is not None else {}
        if (self.info_alarm is None or self.info_alarm.sign == UNRECOGNISED) and _only_a_date(text, self.now):
            # "it's tomorrow at 9", "fue el martes pasado": a date with nothing asked is the treatment's
            # (nothing else here is dated); asked for again where it is kept, never read as a sign.
            self.info_alarm = None
            kept = "reminders" if self.state.fields.get("treatment_date") else "onboarding"
            self.effects.append(Event("routed", {"flow": kept, "by": "rules:date_only", **why}))
            self.start_flow(kept)
            return
        if self.info_alarm is not None:
            alarm = self.info_alarm
            request = text if self.request_beside_story(alarm, decision) else self.request_apart(text, alarm)
            if request is None:
                self.answer_info(text, alarm, why)
                return
            # "stop the day 7 reminder. btw the fever from last week is gone": the request is
            # answered first; then what the sign told as over means, and "if this is happening now".
            self.info_alarm = None
            self.route(request)
            self.effects.append(
                Event("alarm_note", {"sign": alarm.sign, "level": alarm.level, "context": alarm.context, **why})
            )
            self.say(self.sign_key(alarm.sign, "sign_info.generic", prefix="sign_info"))
            self.say(f"sign_info.if_now_{alarm.level}")
            return
        router = self.content.router
        named = router.exact(text) if router is not None else None
        if named is not None and named in self.content.flows:
            # Typed as a button would say it ("menu", "opciones"): no model can read it as not understood.
            self.effects.append(Event("routed", {"flow": named, "by": "router:exact", **why}))
            self.start_flow(named)
            return
        if (
            smalltalk.writing_for(text)
            and "?" not in text
            and (
                decision is None
                or decision.probability < LABEL_OVER_ROUTER
                # "escribo por mi abuelo que no puede escribir": the writing the model reads (as
                # "stop writing to me") is the reason someone else writes; the rest says nothing more.
                or (smalltalk.writing_for_one_who_cannot_type(text) and self._says_nothing_more(text))
            )
        ):
            # "escribo por mi abuela que no sabe escribir en el celular": an introduction, nothing asked,
            # that the model reads weakly as anything; welcomed, and asked what is going on.
            self.welcome_helper(why)
            return
        if label == "privacy" and decision is not None and decision.probability >= TRUST_LABEL:
            self.privacy_help(why)
            return
        if label == "smalltalk" and decision is not None and decision.probability >= TRUST_LABEL:
            if smalltalk.writing_for(text):
                self.welcome_helper(why)
                return
            self.effects.append(Event("small_talk", {"kind": "general", **why}))
            self.say("understanding.smalltalk")
            self.reshow()
            return
        if (
            animals.names_a_vet(text)
            or animals.only_a_pet(text)
            # "my horse had stem cells in a tendon, when can I ride him?": the animal was treated.
            or animals.pet_treated(text)
            or (
                animals.names_a_pet(text)
                and (label in (None, "other", PILLS_LABEL) or decision is None or decision.probability < TRUST_LABEL)
            )
        ):
            # "mi gata tiene insuficiencia renal y el veterinario ofrece células madre": a pet's care
            # is a vet's, not the pills answer meant for people, nor "sorry, I did not understand".
            self.effects.append(Event("animal", why))
            self.say("understanding.animal")
            self.reshow()
            return
        if label in ("reminders", "other") and _thanks_told(text):
            # "mil gracias por los recordatorios y los consejos… la rodilla va de lujo": thanks, with
            # a story and nothing asked; the reminders named are what the thanks are for.
            self.small_talk("thanks")
            return
        flow_id, rule = self.topic(text, decision)
        if flow_id is None and smalltalk.writing_for(text):
            self.welcome_helper(why)
            return
        menu = self.content.flows.get("menu")
        trusted = decision is not None and decision.probability >= TRUST_LABEL
        medical = label in ("side_effect", "urgent", "emergency")
        if flow_id in (None, "menu") and medical and trusted and menu is not None and "side_effects" in menu.steps:
            # A side effect with no topic named (or only the main menu): ask which treatment, one tap from each topic.
            self.effects.append(Event("routed", {"flow": "menu", "step": "side_effects", "by": "classifier", **why}))
            self.state.answers = {}
            self.enter("menu", "side_effects")
            return
        if flow_id is not None:
            self.effects.append(Event("routed", {"flow": flow_id, "by": rule, **why}))
            self.start_flow(flow_id)
            return
        self.effects.append(Event("not_understood", {"flow": self.state.flow, "step": self.state.step, **why}))
        self.say("common.not_understood")
        self.start_flow("menu")

    def _health_part(self, text: str) -> str | None:
        """The sentences of `text` about care when the others are an off-topic errand, or None.

        Split once, at the sentence where the reading changes: the care on one side read as a health
        topic at least CARE_PART sure (a lone fragment such as "toy esperando hace rato" reads weakly
        as anything), the rest as "other" at least LABEL_OVER_ROUTER sure.
        """
        classifier = self.content.classifier
        sentences = [part for part in _SENTENCES.split(text) if part.strip()]
        if classifier is None or len(sentences) < 2:
            return None
        for k in range(1, len(sentences)):
            head, tail = " ".join(sentences[:k]), " ".join(sentences[k:])
            for care, errand in ((head, tail), (tail, head)):
                told = classifier.classify(care)
                if told.label not in _CARE_LABELS or told.probability < CARE_PART:
                    continue
                rest = classifier.classify(errand)
                if rest.label == "other" and rest.probability >= LABEL_OVER_ROUTER:
                    return care
        return None

    def _says_nothing_more(self, text: str) -> bool:
        """True when `text`, without what the person written for cannot do on the phone, reads as no topic."""
        classifier = self.content.classifier
        rest = classifier.classify(smalltalk.without_cannot_type(text)) if classifier is not None else None
        return rest is None or rest.probability < LABEL_OVER_ROUTER or rest.label in ("smalltalk", "other")

    def welcome_helper(self, why: dict[str, Any]) -> None:
        """Welcome someone writing for another person and ask what is going on.

        "hola, escribo por mi papá que no sabe usar Telegram": an introduction with nothing wrong
        told yet, not "I did not understand" nor the bot's general hello.
        """
        self.effects.append(Event("small_talk", {"kind": "writing_for", **why}))
        self.say("understanding.writing_for")
        self.reshow()

    def privacy_help(self, why: dict[str, Any]) -> None:
        """How to see, erase or stop: for a message about privacy that is not a command."""
        self.effects.append(Event("privacy_help", why))
        self.say("understanding.privacy_help")
        self.reshow()

    def request_apart(self, text: str, alarm: Alarm) -> str | None:
        """The sentences of `text` without the sign told as over, when they alone ask for something else.

        "quita el recordatorio del día 7, ya fui. la fiebre de la semana pasada ya se me quitó": the
        model may read the whole as the story; the request, read on its own, is what to answer.
        """
        sign = normalize(alarm.matched)
        if self.content.classifier is None or alarm.context not in STORY_CONTEXTS or not sign:
            return None
        sentences = [part for part in _SENTENCES.split(text) if part.strip()]
        rest = [part for part in sentences if sign not in normalize(part)]
        if not rest or len(rest) == len(sentences):
            return None
        # Only a request said as one ("quita…", "please stop…", "¿puedes cambiar…?"): a statement
        # ("ya puse mi fecha", "a mí me toca en diciembre") is part of the story.
        if not any(_asks_for(normalize(part)) for part in rest):
            return None
        request = " ".join(rest)
        # Read once here; route(request) reads the same words again from the turn's cache.
        decision = self.decision(request)
        asks = decision is not None and decision.label in OPERATIONS and decision.probability >= REQUEST_OVER_STORY
        return request if asks else None

    def request_beside_story(self, alarm: Alarm, decision: Decision | None) -> bool:
        """True when a message asks for something else and tells of a sign only as over or past."""
        if decision is None or decision.probability < REQUEST_OVER_STORY:
            return False
        # "scared of needles and going blind, do stem cell pills work as well?": a sign only
        # feared or asked about beside a question the model is sure is about pills.
        if alarm.context == "asking" and decision.label == PILLS_LABEL:
            return True
        # "can you write in Spanish? I want to understand the fever part", "¿qué datos guardan? mi
        # nombre, lo de la fiebre": a sign only asked about, as what a message says or what is kept,
        # beside a request for another language or about the data that the model is sure of.
        if alarm.context == "asking" and decision.label in (LANGUAGE_LABEL, PRIVACY_LABEL):
            return True
        return alarm.context in STORY_CONTEXTS and decision.label in REQUEST_LABELS

    def topic(self, text: str, decision: Decision | None) -> tuple[str | None, str]:
        """(flow, what decided) for a question: a trusted label narrows the router's choice."""
        router = self.content.router
        ranked = router.scores(text) if router is not None else []
        cutoff = router.cutoff if router is not None else 1.0
        flows = self.content.flows
        if decision is not None and decision.probability >= TRUST_LABEL and decision.label in LABEL_FLOWS:
            allowed = [f for f in LABEL_FLOWS[decision.label] if f in flows]
            # Any router score counts here: the label already says what kind of question it is.
            for flow_id, _score in ranked:
                if flow_id in allowed:
                    return flow_id, "classifier+router"
            if len(allowed) == 1 or (allowed and allowed[0] not in MEDICAL_TOPICS):
                return allowed[0], "classifier"
        # The router alone, unless a trusted label says the message is not a topic question
        # (small talk, privacy, other): "hola" must not open a flow because a phrase says "hello".
        # A topic label the model is sure of keeps the router inside its flows: "me pica donde entró
        # la aguja" is a side effect, whatever a stray word ("entró") scores for sign-up.
        untrusted = (
            decision is None
            or decision.probability < TRUST_LABEL
            or (decision.label in LABEL_FLOWS and decision.probability < LABEL_OVER_ROUTER)
            or (
                decision.label == "other"
                and decision.probability < OTHER_UNSURE
                and bool(ranked)
                and ranked[0][1] >= ROUTER_SURE
            )
        )
        if (
            ranked
            and ranked[0][1] >= cutoff
            and ranked[0][0] in flows
            and untrusted
            and not self._stray(ranked, decision)
        ):
            return ranked[0][0], "router"
        return None, "none"

    @staticmethod
    def _stray(ranked: list[tuple[str, float]], decision: Decision | None) -> bool:
        """True when the router's flow is one the model gives neither of its two likeliest labels to.

        "if i take ibuprofen will it stop the stem cells from working": "stop" scores for "stop
        reminders", but the model reads a side effect or pills; only a router sure of its phrase
        overrides that. So does "era una manchita y hoy ya casi no se ve": a side effect or small
        talk to the model, and "hoy" alone is no treatment date for sign-up.
        """
        if decision is None or ranked[0][1] >= ROUTER_SURE:
            return False
        leaning = LABEL_FLOWS.get(decision.label, ()) + LABEL_FLOWS.get(decision.runner_up, ())
        return decision.label in LABEL_FLOWS and ranked[0][0] not in leaning

    def small_talk(self, kind: str) -> None:
        """A short warm answer, then the user's place again (a greeting mid-flow keeps the question)."""
        self.effects.append(Event("small_talk", {"kind": kind, "flow": self.state.flow, "step": self.state.step}))
        self.say(f"smalltalk.{kind}")
        if kind == "goodbye":
            return
        where = self.current()
        # A question is asked again in full: the greeting came between the patient and it.
        self.reshow(full=kind != "ok" and kind != "thanks" and where is not None and where[1].ask is not None)

    def composing(self) -> bool:
        """True while staff type a broadcast: "fever" in it is advice to patients, not a symptom."""
        where = self.current()
        if where is None or where[0].id not in COMPOSE_FLOWS:
            return False
        return where[1].ask is not None and where[1].ask.type == "text"


class _Locale(_TurnBase):
    """Where the user is and what language they write: the country guess, and answering in their language."""

    def guess_country(self, text: str) -> None:
        """Remember a country the message names, for the emergency number, until one is chosen."""
        safety = self.content.safety
        if safety is None or self.state.fields.get("country") not in (None, "", "other") or self.composing():
            return
        code = safety.mentioned_country(text)
        if code is not None and code != self.state.fields.get(COUNTRY_GUESS):
            self.state.fields[COUNTRY_GUESS] = code
            self.effects.append(Event("country_guessed", {"country": code}))

    def borrow_language(self, text: str) -> None:
        """Answer a Spanish message in Spanish for a user the bot writes to in English (see result).

        One way only: English is what everyone gets whose phone is not set to Spanish, so a Spanish
        speaker can easily be "English" here; a Spanish user writing English words ("delete my
        data", Spanglish) chose Spanish and keeps it.
        """
        if self.state.language != DEFAULT_LANGUAGE:
            return
        spoken = lang.detect(text)
        if spoken is None or spoken == self.state.language or spoken not in LANGUAGES:
            return
        self.borrowed = self.state.language
        self.state.language = spoken
        self.effects.append(Event("language_detected", {"language": spoken, "user_language": self.borrowed}))

    def give_back_language(self, language: str) -> None:
        """The user's own language stays theirs; a button offers to switch to the one they wrote in."""
        spoken = self.state.language
        if any(e.kind == "language_changed" for e in self.effects) or spoken == language:
            return
        self.state.language = language
        if not self.replies:
            return
        offer = ButtonView(self.content.text(f"language.switch_{spoken}", spoken), f"{LANGUAGE_PREFIX}{spoken}")
        self.replies[-1].buttons = [*self.replies[-1].buttons, offer]


class _Buttons(_TurnBase):
    """Pressed buttons, and typed numbers or labels that pick one."""

    def press(self, data: str) -> None:
        if data.startswith(PRIVACY_PREFIX):
            self.erase_press(data[len(PRIVACY_PREFIX) :])
            return
        if data.startswith(LANGUAGE_PREFIX) and data[len(LANGUAGE_PREFIX) :] in LANGUAGES:
            # The offer to go on in the language the user wrote in: switch, and carry on from here.
            self.apply_settings({"language": data[len(LANGUAGE_PREFIX) :]})
            self.say("language.done")
            self.reshow(full=True)
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

    def choice_labels(self, step: Step) -> list[str]:
        return [self.render(label) for label, _ in step.choices()]


class _Answers(_TurnBase):
    """Typed answers to the question on screen, and what else the reply said."""

    def answers_step(self, text: str) -> bool:
        """True when `text` picks a button of the current step or answers its yes/no question."""
        where = self.current()
        if where is None:
            return False
        step = where[1]
        if self.match_choice(step, text) is not None:
            return True
        ask = step.ask
        return (
            ask is not None
            and (ask.type == "yes_no" or ask.yes_no_options() is not None)
            and (parse_yes_no(text).value is not None)
        )

    def accepts(self, step: Step, ask: Ask, text: str) -> bool:
        """True when `text` answers the question of `step` (a button label or a valid typed answer)."""
        if self.match_choice(step, text) is not None or self.answers_step(text):
            return True
        _, error = parse_answer(ask, text, self.now, self.choice_labels(step))
        return error is None

    def typed_answer(self, flow: Flow, step: Step, ask: Ask, text: str) -> None:
        options = ask.yes_no_options()
        # Read as yes/no/unsure before matching button labels: "no sé" is one letter from "No".
        if (ask.type == "yes_no" or options is not None) and not text.isdecimal():
            heard = parse_yes_no(text)
            if heard.value is not None:
                self.yes_no_answer(flow, step, ask, heard, options)
                return
        if ask.type in ("choice", "yes_no") or step.buttons:
            choice = self.match_choice(step, text)
            if choice is not None:
                self.choose(flow, step, choice)
                return
        country = self.state.fields.get("country")
        value, error = parse_answer(
            ask, text, self.now, self.choice_labels(step), country if isinstance(country, str) else None
        )
        if error is not None:
            self.effects.append(Event("invalid_answer", {"flow": flow.id, "step": step.id, "type": ask.type}))
            self.say(ask.invalid or error)
            self.mark_medical(flow)
            self.show_choices(flow, step)
            return
        self.answer(flow, step, ask, value)

    def yes_no_answer(self, flow: Flow, step: Step, ask: Ask, heard: YesNo, options: dict[str, Option] | None) -> None:
        """A typed yes, no or not sure; on a safety question not sure counts as yes (docs/flows.md)."""
        reading = heard.reading(bool(ask.safety))
        value: Any = None
        if options is not None:
            option = options.get(reading or "") or (options["yes"] if reading == UNSURE and ask.safety else None)
            value = option.value if option is not None else None
        elif reading in (YES, NO):
            value = reading == YES
        elif reading == UNSURE and ask.safety:
            value = True
        if value is None:  # unsure, where the question has no "not sure" and nothing is at stake
            self.effects.append(Event("invalid_answer", {"flow": flow.id, "step": step.id, "type": ask.type}))
            self.say("common.invalid.unsure")
            self.mark_medical(flow)
            self.show_choices(flow, step)
            return
        self.answer(flow, step, ask, value, heard=reading, rest=heard.rest)

    def answer(self, flow: Flow, step: Step, ask: Ask, value: Any, heard: str | None = None, rest: str = "") -> None:
        self.state.answers[ask.into] = value
        if ask.save:
            self.state.fields[ask.into] = value
        data = {"flow": flow.id, "step": step.id, "name": ask.into, "value": value}
        if heard is not None:
            data["heard"] = heard  # what the typed reply said: "unsure" stored as the Yes option
        if rest:
            data["rest"] = rest[:MAX_TEXT_ANSWER]
        self.effects.append(Event("answer", data))
        target = self.exit_of(flow, step)
        if target is None:  # a question with nowhere to go: show it again rather than strand the user
            self.reshow()
            return
        if rest and not self.composing():
            self.go_then_alarm(flow, target, rest)
            return
        self.go(flow, target)

    def go_then_alarm(self, flow: Flow, target: Target, rest: str) -> None:
        """Move on after an answer, then read what else the reply said ("no, but now I can't breathe").

        The rest goes through the same red-flag check as a typed message; an emergency instruction
        comes first, then the next question.
        """
        mark = len(self.replies)
        self.go(flow, target)
        moved = self.replies[mark:]
        del self.replies[mark:]
        where = (self.state.flow, self.state.step)
        if not self.alarm(rest):
            self.replies.extend(moved)
            return
        if (self.state.flow, self.state.step) == where and moved:
            # An emergency: the alarm offered this step's buttons again; the step itself follows.
            self.replies[-1].buttons = []
            self.replies.extend(moved)


class _Movement(_TurnBase):
    """Moving through flows and steps, and the conditions of their branches."""

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
        if flow.id == CHECK_FLOW:
            self.fill_check()
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
            value = self.prefilled(flow_id, step)
            if value is not None and step.ask is not None:
                # Already said: record it as the answer and move on without asking.
                self.state.answers[step.ask.into] = value
                self.effects.append(
                    Event(
                        "answer",
                        {"flow": flow_id, "step": step_id, "name": step.ask.into, "value": value, "known": True},
                    )
                )
                target = self.exit_of(flow, step)
                if target is None or target.flow:
                    self.show_choices(flow, step)
                    return
                step_id = target.step or step_id
                continue
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


class _TurnBuilder(_FreeText, _Alarms, _CheckFill, _Locale, _Privacy, _Buttons, _Answers, _Movement):
    """Accumulates the replies, state changes and effects of one turn."""


def _led_by(text: str, matched: str, pieces: re.Pattern[str], lead: re.Pattern[str]) -> bool:
    """True when `lead` matches before the words `matched` of a sign, in the first piece of `text`
    (cut by `pieces`) that holds them."""
    target = normalize(matched)
    for piece in pieces.split(text) if target else ():
        folded = normalize(piece)
        at = folded.find(target)
        if at >= 0:
            return bool(lead.search(folded[:at]))
    return False


# "…tell me IF 38,5 IS bad", "dime SI 38,7 ES mucho": a reading whose badness is asked, not supposed.
_ASKED_IF = re.compile(r"\b(?:if|si|whether)\s*$", re.IGNORECASE)
_JUDGED_AFTER = re.compile(
    r"^\s*(?:°\s*)?(?:c|f|grados|degrees)?\s*(?:is|es|are|est[aá]|counts|cuenta|would|ser[ií]a)\b", re.IGNORECASE
)


def _reading_judged(text: str, span: tuple[int, int, float]) -> bool:
    """True when the reading at `span` is asked about as good or bad: "if 38,5 is bad", "si 38,7 es mucho"."""
    return bool(_ASKED_IF.search(text[: span[0]]) and _JUDGED_AFTER.match(text[span[1] :]))


def _in_condition(text: str, matched: str) -> bool:
    """True when the words `matched` of a sign follow "if" / "si" in their clause of `text`."""
    return _led_by(text, matched, _CLAUSE_MARKS, _CONDITION_BEFORE)


_SUPPOSING = re.compile(r"\b(?:if|si|whether|suppose|supposing|say|digamos|supongamos|caso|imagine|imagina)\b")


def _supposed(text: str, matched: str) -> bool:
    """True when a word that supposes ("if", "si", "en caso", "supongamos") stands anywhere before the
    words `matched` of a sign in their sentence, commas and all ("If, for example, on day 3…")."""
    return _led_by(text, matched, _SENTENCE_MARKS, _SUPPOSING)


# "can stem cells cause cancer?", "¿es verdad que pueden hacer tumores?": a long-term risk, the
# side-effect topic (the corpus's own convention); a tumour in the spine or the brain, asked about,
# is an alarming topic ("if this is happening now") and stays one.
# Blood cancers ("leucemia", "lymphoma") are cancers asked about the same way.
_CANCER_WORDS = frozenset(
    "cancer cancers tumor tumors tumour tumours tumores cancerigeno cancerigenas cancerous "  # noqa: SIM905
    "leukemia leukaemia leukemias leucemia leucemias lymphoma lymphomas linfoma linfomas".split()
)
_ALARMING_PLACES = frozenset(
    "spine spinal back columna espinal espina espalda brain cerebro eye eyes ojo ojos".split()  # noqa: SIM905
)
# Asked whether it can: "can it cause", "¿pueden hacer…?"; not a story of one someone got ("a una
# amiga le salió un tumor", "¿hay casos de…?"), which is a mention of an alarming topic.
_CAN_CAUSE = frozenset(
    "can could cause causes causar causan causa pueden puede podrian podria dar dan hacer hacen producir producen "  # noqa: SIM905
    "formar forman turn grow".split()
)
_STORY_WORDS = frozenset("got had grew gotten salio salieron crecio tuvo tuvieron dio casos cases case".split())  # noqa: SIM905
_MARROW = "medula"  # the spinal cord, unless "ósea" follows (the bone marrow)
_BONE = "osea"


def _tumour_placed(text: str) -> bool:
    """True when a tumour or cancer is asked of the spine, the spinal cord or the brain ("tumores en la columna")."""
    said = words(text)
    for i, word in enumerate(said[:-1]):
        if word in _CANCER_WORDS and said[i + 1] in _IN_PLACE:
            place = said[i + 2 : i + 2 + _PLACE_REACH]
            if _ALARMING_PLACES & set(place) or (_MARROW in place and _BONE not in said[i + 2 : i + 5]):
                return True
        # "¿en la columna pueden formar tumores?": the place first, then whether it can.
        if word in _IN_PLACE:
            place = said[i + 1 : i + 1 + _PLACE_REACH]
            at = next((j for j, w in enumerate(place) if w in _ALARMING_PLACES or w == _MARROW), None)
            if at is None or (place[at] == _MARROW and _BONE in said[i + 2 + at : i + 3 + at]):
                continue
            between = said[i + 2 + at : i + 2 + at + _CAUSE_REACH]
            cancer = next((j for j, w in enumerate(between) if w in _CANCER_WORDS), None)
            if cancer is not None and _CAN_CAUSE & set(between[:cancer]):
                return True
    return False


_CAUSE_REACH = 4  # "en la columna PUEDEN FORMAR tumores": the verbs between the place and the tumour


_IN_PLACE = frozenset({"en", "in", "on"})
_PLACE_REACH = 3  # "tumores en la columna", "tumours in my spine": the place, past an article


def _cancer_risk_asked(text: str) -> bool:
    """True when `text` asks whether the treatment can cause cancer or tumours, anywhere but the spine or brain."""
    said = words(text)
    told = set(said)
    if not told & _CANCER_WORDS or told & _ALARMING_PLACES or not told & _CAN_CAUSE or told & _STORY_WORDS:
        return False
    # "un tumor en la médula" is the spinal cord; "la médula ósea" is the bone marrow.
    return not any(word == _MARROW and said[i + 1 : i + 2] != [_BONE] for i, word in enumerate(said))


def _only_a_date(text: str, now: datetime) -> bool:
    """True when `text` is a date or time and nothing else ("it's tomorrow at 9", "el 14", "12/11")."""
    told = normalize(text).split()
    # "37.6 tonight, day 1", "99.5 the day of": a reading with its day is a sign's story.
    if measures.reading_span(text) is not None:
        return False
    if not told or not all(word in _DATE_ANCHORS or word in _DATE_FILLER or _DATE_NUMBER.match(word) for word in told):
        return False
    anchored = (
        bool(_DATE_ANCHORS & set(told))
        or any(_ORDINAL_DATE.match(word) for word in told)
        or bool(_CALENDAR_DATE.search(text))
        or ({"el", "the"} & set(told) and any(word.isdecimal() for word in told))
    )
    # "es el 14", "it was 5 days ago": the verb before a date is no part of it for dateparser.
    return bool(anchored) and parse_date(_DATE_VERB.sub("", text.strip()), now) is not None


def _only_when(text: str) -> bool:
    """True when `text` holds only words of when ("today day 3", "hoy, día 4"), with at least one."""
    told = normalize(text).split()
    return bool(told) and all(
        word in _DATE_ANCHORS or word in _DATE_FILLER or _DATE_NUMBER.match(word) is not None for word in told
    )


def _lone_answer(text: str) -> bool:
    """True when `text` is only a yes, a no or a "not sure" ("no", "sii", "no sé"), with no thanks in it."""
    reply = parse_yes_no(text)
    return reply.value is not None and not reply.rest and not smalltalk.thanks_in(text)


# Words of a procedure that leaves a treated site: a needle, a drip, an operation.
_PROCEDURE_WORDS = frozenset(
    """
    injection injections injected inject shot shots jab iv drip infusion infusions infused procedure surgery
    operation operated harvest lipo liposuction needle inyeccion inyecciones inyectaron inyectado inyectada
    infusiones suero sueros procedimiento cirugia operacion operaron piquete pinchazo pincharon
    infiltracion infiltraron aguja extraccion liposuccion pusieron hicieron
    """.split()  # noqa: SIM905
)


# How near a product's form its stem cells are named ("stem cell activator pills", "pastillas
# activadoras de células madre").
_PRODUCT_REACH = 4
_STEM_CELL_WORDS = frozenset({"stem", "madre", "madres"})


def _only_taken(text: str) -> bool:
    """True when `text` names a stem cell product taken ("stem cell pills", "pastillas de células madre")
    and no procedure at all; painkillers ("las pastillas lo están tapando") are no such product."""
    found = normalize(text).split()
    if _PROCEDURE_WORDS & set(found):
        return False
    forms = [
        i for i, word in enumerate(found) if _DIMINUTIVE.sub(r"\1\2", word) in _PRODUCT_FORMS or word in _PRODUCT_FORMS
    ]
    return any(_STEM_CELL_WORDS & set(found[max(0, i - _PRODUCT_REACH) : i + _PRODUCT_REACH + 1]) for i in forms)


def _names_a_product(text: str) -> bool:
    """True when `text` names a form a product to take or put on comes in ("capsules", "sobres")."""
    found = set(normalize(text).split())
    # Spanish says the small forms as fondly as the plain ones: "gotitas", "pastillitas", "cremita".
    found |= {_DIMINUTIVE.sub(r"\1\2", word) for word in found}
    return bool(_PRODUCT_FORMS & found)


def _question_first(decision: Decision | None, text: str) -> Decision | None:
    """`decision`, with a near-tie between a topic and the pills question given to the question:
    "a stem cell eye cream that stings a little, is it approved?" is answered first (issue 11).

    A product sold to take or put on ("las gotas Stemaxa… ¿están aprobadas?") widens the tie: the
    question is about the product, whatever regulator or clinic it names.
    """
    if decision is None or decision.runner_up != PILLS_LABEL or not _topical(decision.label):
        return decision
    product = _names_a_product(text)
    tie = QUESTION_TIE
    if product:
        # "¿y si mejor tomo las pastillitas en vez de ir a la clínica? 30 dólares contra 9 mil": a
        # product weighed as a stand-in for the treatment; the prices make it look like a clinic question.
        # ("puedes recordarme la crema a las 7 en vez de las 6" is still a reminder.)
        instead = decision.label == CLINIC_LABEL and _INSTEAD.search(normalize(text))
        # "¿los polvos de células madre de alfalfa pueden tener efectos secundarios?": the effects of
        # a stem cell product taken, with no procedure, are the question whether it is safe. Not
        # "knee is sore…, day 2…, also started some stem cell gummies": a day counted from a treatment.
        effects_of_product = (
            decision.label == SIDE_EFFECT_LABEL and _only_taken(text) and measures.latest_day(text) is None
        )
        tie = 1.0 if instead or effects_of_product else PRODUCT_TIE
    if decision.margin >= tie:
        return decision
    return replace(decision, label=decision.runner_up, runner_up=decision.label)


def _topical(label: str) -> bool:
    """True when a classifier label is a topic with a flow of its own, not an alarm."""
    return label in LABEL_FLOWS and label not in ALARM_LABELS


def _only_a_reading(text: str) -> bool:
    """True when `text`, its temperature readings taken out, has fewer than CLASSIFIER_MIN_WORDS words."""
    figures = measures.spelt_in_figures(text)
    for start, end, _ in reversed(list(measures.temperature_spans(figures))):
        figures = f"{figures[:start]} {figures[end:]}"
    return len(figures.split()) < CLASSIFIER_MIN_WORDS


def _classifier_alarm(decision: Decision) -> Alarm:
    """An alarm raised by the classifier alone: the general instruction of its level."""
    return Alarm(decision.label, UNRECOGNISED, " ".join(decision.evidence))


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


def parse_answer(
    ask: Ask, text: str, now: datetime, labels: list[str], country: str | None = None
) -> tuple[Any, str | None]:
    """Parse typed text for a question; returns (value, None) or (None, error locale key).

    `country` (the user's field) decides the day/month order of dates.
    """
    kind = ask.type
    if kind == "yes_no":
        reading = parse_yes_no(text).reading(bool(ask.safety))
        if reading == YES or (reading == UNSURE and ask.safety):
            return True, None
        if reading == NO:
            return False, None
        return None, "common.invalid.unsure" if reading == UNSURE else "common.invalid.yes_no"
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
        parsed = parse_date(text, now, country)
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


# Where people write the month first: 12/11 is 11 December there, 12 November everywhere else.
MONTH_FIRST_COUNTRIES = frozenset({"US", "PR"})
_WEEKDAYS_ES = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
_SPANISH_NUMBERS = {
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "quince": 15,
    "veinte": 20,
}
# Spanish (and a little English) that dateparser does not read, rewritten into words it does.
# Not a date parser: dateparser still reads every date; this only fills gaps in its vocabulary.
_DATE_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\b(?:antier|antiayer|antes de ayer|antes de anoche|antenoche)\b", "anteayer"),
        (r"\banoche\b", "ayer"),
        (rf"\b(?:el\s+|este\s+)?pasad[oa]\s+({_WEEKDAYS_ES})\b", r"\1"),  # "el pasado martes"
        (rf"\b(?:el\s+|este\s+)?({_WEEKDAYS_ES})(?:\s+pasad[oa])?\b", r"\1"),  # "el martes pasado"
        (r"\bthis past\b", "last"),
        (r"\bel\s+(?=\d)", ""),  # "el 12 de noviembre", "el 12/11"
        (r"\b(?:como|unos|unas|aprox(?:imadamente)?|casi|m[aá]s o menos|around|roughly|approximately)\s+", ""),
        (r"\b(" + "|".join(_SPANISH_NUMBERS) + r")(?=\s+(?:d[ií]as?|semanas?|mes(?:es)?)\b)", "{number}"),
    )
)


def _rewrite_date(text: str) -> str:
    text = text.casefold().strip()
    for pattern, replacement in _DATE_REWRITES:
        if replacement == "{number}":
            text = pattern.sub(lambda m: str(_SPANISH_NUMBERS[m.group(1)]), text)
        else:
            text = pattern.sub(replacement, text)
    return text


def date_settings(now: datetime, country: str | None, prefer: str = "past") -> dict[str, Any]:
    """dateparser settings for one user: today as the base, and the day/month order of their country."""
    order = "MDY" if (country or "").strip().upper() in MONTH_FIRST_COUNTRIES else "DMY"
    return {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DATES_FROM": prefer,
        "DATE_ORDER": order,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def _dateparse(text: str, settings: dict[str, Any]) -> datetime | None:
    try:
        found = dateparser.parse(text, languages=DATE_LANGUAGES, settings=settings)
        if found is None and len(text) <= MAX_DATE_SEARCH:
            # A date inside a sentence: "me operaron el 12 de noviembre", "it was last tuesday".
            hits = search_dates(text, languages=DATE_LANGUAGES, settings=settings)
            found = hits[0][1] if hits else None
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    return found


def parse_date(text: str, now: datetime, country: str | None = None) -> date | None:
    """A calendar date from text in English or Spanish ('yesterday', 'antier', 'el martes pasado', '12/11').

    "12/11" is read in the order of the user's country (11 December in the US and Puerto Rico).
    A weekday alone is the last one; a calendar date without a year is its nearest occurrence
    ("12/11" on 21 November is next month, "12 de noviembre" nine days ago).
    """
    rewritten = _rewrite_date(text)
    if not rewritten:
        return None
    past = _dateparse(rewritten, date_settings(now, country))
    if past is None:
        return None
    if not any(ch.isdigit() for ch in rewritten):
        return past.date()
    future = _dateparse(rewritten, date_settings(now, country, prefer="future"))
    base = now.replace(tzinfo=None)
    if future is not None and abs(future - base) < abs(past - base):
        return future.date()
    return past.date()


def warm_dates() -> None:
    """Load dateparser's language data now: its first parse and search take a fraction of a second."""
    for text in ("hace 2 días", "2 days ago", "no sé, fue el 12 de enero", "a bit"):
        parse_date(text, datetime(2026, 1, 10))
