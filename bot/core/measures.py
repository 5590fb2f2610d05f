"""Numbers patients type in a story: a temperature and how many days since treatment.

Pure functions over text: "38,4", "101 F", "treinta y ocho y medio", "thirty eight point five";
"hace 3 días", "day 4 post op", "al cuarto día", "since yesterday"; an oxygen saturation and a heart
rate ("pulso 135", "128 bpm"). Used to fill the warning-sign check with what was already said, so
it asks only what is missing, and to read a reading as the red flag it means.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from bot.core.understanding import normalize

__all__ = [
    "corrected_readings",
    "days_in",
    "growing_size_span",
    "heart_rate_span",
    "improving_told",
    "latest_day",
    "reading_span",
    "rising_pain_span",
    "spelt_temperature_span",
    "temperature_in",
    "temperature_span",
    "to_celsius",
]

# Body temperatures people report, in °C and °F; anything else is not a temperature.
CELSIUS = (34.0, 43.0)
FAHRENHEIT = (93.0, 110.0)

_UNITS = {
    "cero": 0, "zero": 0, "uno": 1, "una": 1, "un": 1, "one": 1, "dos": 2, "two": 2, "tres": 3, "three": 3,
    "cuatro": 4, "four": 4, "cinco": 5, "five": 5, "seis": 6, "six": 6, "siete": 7, "seven": 7,
    "ocho": 8, "eight": 8, "nueve": 9, "nine": 9,
}  # fmt: skip
# "ninety nine point five", "noventa y nueve": °F said in words, as voice typing writes it.
_TENS = {"treinta": 30, "thirty": 30, "cuarenta": 40, "forty": 40, "fourty": 40, "ninety": 90, "noventa": 90}
# Spanish writes 31-39 as one word too ("treintaiocho"), and people write "treinta y ocho".
_JOINED = {f"treintai{word}": 30 + value for word, value in _UNITS.items() if value}
_HALF = ("y medio", "y media", "and a half", "punto cinco", "point five", "coma cinco")

_TEMPERATURE_WORDS = frozenset(
    {"fever", "fevers", "temp", "temperature", "temperatures", "thermometer", "degrees"}
    | {"fiebre", "fiebres", "calentura", "temperatura", "termometro", "grados", "febricula"}
)
_OTHER_UNITS = frozenset(
    {"anos", "ano", "years", "year", "yrs", "dias", "days", "semanas", "weeks", "meses", "months"}
    | {"kg", "kilos", "lb", "lbs", "libras", "mg", "ml", "veces", "times", "pesos", "dolares", "dollars", "usd"}
    | {"min", "minutos", "minutes", "horas", "hours", "hrs"}
)
# "38,4", "38.4", and "38'4" as some Spanish keyboards type the decimal mark.
_NUMBER = re.compile(r"(?<![\d.,'])(\d{2,3})(?:[.,'](\d))?(?![\d])")
_F_MARK = re.compile(r"^\s*(?:°|º|grados)?\s*(?:f\b|fahrenheit|farenheit)", re.IGNORECASE)
_C_MARK = re.compile(r"^\s*(?:°|º|grados)?\s*(?:c\b|celsius|centigrados)", re.IGNORECASE)
# "38 justos", "38 exactly": a reading given as exact is a reading, even with no word for it.
_EXACT_MARK = re.compile(
    r"^\s*(?:justos?|justitos?|exactos?|clavados?|y pico|y algo|exactly|exact|flat|on the dot|and a bit)\b",
    re.IGNORECASE,
)


# "cuánto es 38 grados en fahrenheit?", "what is 38 C in F", "is 100.4 F the same as 38 C?": a number
# converted from one scale to the other, not anyone's reading.
_SCALES = r"(?:fahrenheit|farenheit|celsius|centigrados|centigrade|[cf]\b)"
_CONVERTED = re.compile(
    r"\s*(?:°|º)?\s*(?:grados\s+|degrees\s+|degree\s+)?"
    + _SCALES
    + r"?\s*(?:(?:in|en|to|into|a)\s+(?:grados\s+|degrees\s+)?"
    + _SCALES
    + r"|(?:is\s+|es\s+)?(?:the same as|lo mismo que|igual (?:a|que)|equals?)\b)",
    re.IGNORECASE,
)
_CONVERTED_REACH = 16
_CONVERTED_FROM = re.compile(r"\b(?:the same as|lo mismo que|igual (?:a|que)|equals?)\s*$", re.IGNORECASE)

# "casi 39", "almost 39": a reading told as nearly there, even with no word for temperature.
# "fiebre es de 38.5 para arriba", "38 or above": a line, not a reading.
_THRESHOLD_AFTER = re.compile(
    r"\s*(?:°\s*)?(?:[cf]\b)?\s*(?:para arriba|hacia arriba|en adelante|o m[aá]s\b|or (?:above|higher|more|over)\b"
    r"|and (?:above|up|over|higher)\b"
    # "38 is the fever line right?", "¿38 es el límite?": the line itself, named.
    r"|(?:is|es)\s+(?:the\s+|el\s+|la\s+)?(?:fever\s+)?(?:cut\s*-?\s*off|limit|line|threshold|l[ií]mite|umbral|l[ií]nea)\b)",
    re.IGNORECASE,
)
_AS_IF = re.compile(
    r"\b(?:como si (?:tuviera|tuviese|estuviera|estuviese)(?: en| a)?|as if (?:i|he|she) (?:had|was|were)(?: at)?"
    r"|like (?:i|he|she) (?:had|have|has|was|were)(?: at)?|feels? like)\s*(?:a |an |unos |like )?$",
    re.IGNORECASE,
)
_THRESHOLD = re.compile(
    r"\b(?:near|close to|under|below|less than|lower than|menos de|debajo de|cerca de|lejos de"
    # "dicen que fiebre es a partir de 38.5", "a fever starts from 38": a line, not a reading.
    r"|a partir de|starts at|starts from|counts from"
    # "is 37.8 a fever or does it need to be 38?", "¿tiene que ser 38?": the line asked about.
    r"|needs? to be|has to be|have to be|tiene que ser|tiene que llegar a|debe ser|deberia ser"
    # "me dijeron 38 pero mi termómetro…", "they told me 38": a line someone gave, not a reading.
    r"|me dijeron|nos dijeron|me dijo|nos dijo|they told me|they told us|they said"
    # "unos dicen 38 y otros 38.5", "some sites say 38, others 38.5": lines sources differ on.
    r"|(?:unos|otros|algunos|algunas|some|others|some sites|other sites|some people)"
    r" (?:dicen|say|said|dijeron)(?: que)?"
    r"|y otros|y otras|and others|others|other sites"
    r"|(?:the )?(?:doctor|nurse|clinic) (?:said|told me))"
    r"\s*(?:the|los|el)?\s*$",
    re.IGNORECASE,
)
# "fever is", "a fever means", "fiebre es de" opening a clause: the definition of a fever, not anyone's
# reading ("my fever is 38.5", "la fiebre es de 38,5 desde anoche" name whose it is, or may).
_DEFINED = re.compile(
    r"(?:^|[,;.!?¿]\s*|\b(?:but|wait|so|and|pero|o sea|osea|entonces|y)\s+)(?:a\s+|una\s+)?(?:fever|fiebre)"
    r"\s+(?:is|es|=|means|significa)\s*(?:de\s+)?$",
    re.IGNORECASE,
)
# Where the fever line is put, in °C and °F: "fever is 38.6 now" is a reading, "fever is 38" the line.
_LINE_C = (37.5, 38.0)
_LINE_F = (100.0, 100.5)
# Medicines that bring a fever down, and so may hide one ("took tylenol, now 37.4").
FEVER_MEDICINES = frozenset(
    """
    paracetamol acetaminophen acetaminofen acetaminofeno tylenol ibuprofen ibuprofeno advil motrin aspirin aspirina
    dolex tempra panadol nurofen metamizol dipirona novalgina antipyretic antipiretico antitermico
    """.split()  # noqa: SIM905
)


# "una pastilla pa la fiebre", "something for the fever", "a fever reducer": a medicine named by what it is for.
_FOR_FEVER = re.compile(
    r"\b(?:pill|pills|tablet|tablets|medicine|meds|medication|something|syrup|pastilla|pastillas|tableta|tabletas"
    r"|pildora|medicina|medicamento|remedio|algo|jarabe|gotas)\s+(?:for|para|pa|pal|contra)\s+(?:the\s+|my\s+|la\s+|el\s+)?"
    r"(?:fever|temperature|temp|fiebre|calentura|temperatura)\b"
    r"|\bfever\s+(?:reducer|reducers|reducing|medicine|meds|pills?)\b|\bantifebril(?:es)?\b"
)


def names_fever_medicine(text: str) -> bool:
    """True when `text` names a medicine that brings a fever down, by name or by what it is for."""
    folded = normalize(text)
    return not FEVER_MEDICINES.isdisjoint(folded.split()) or bool(_FOR_FEVER.search(folded))


def hidden_by_medicine(text: str) -> bool:
    """True when a fever medicine named in `text` may be what keeps the reading that counts low.

    Not once that reading has lasted days ("…paracetamol, and I've been 36.8 for 5 days now"): a
    dose works for hours.
    """
    if not names_fever_medicine(text):
        return False
    span = temperature_span(text)
    return span is None or not _LASTING.search(" ".join(_clause_words(text, span)))


_ALMOST = re.compile(r"\b(?:casi|almost|nearly)\s*$", re.IGNORECASE)
_ALMOST_UNDER = 0.1  # "almost 38" is 37.9: under the line; "almost 39" is 38.9, over it
# "38 or 38.5?", "¿con 38 o con 39?", "at 38 or at 39": a choice between readings, asked.
_CHOICE_AFTER = re.compile(
    r"\s*(?:°\s*[cf]?\s*)?(?:or|o|u|vs\.?|versus)\s+(?:(?:con|a|de|en|with|at)\s+)?\d", re.IGNORECASE
)
# "is 38 a fever or only 38.5?", "¿38 es fiebre o solo 38,5?": the line named, then the other one.
_CHOICE_BEFORE = re.compile(
    r"\d\s*(?:°\s*[cf]?\s*)?(?:(?:is\s+|es\s+)?(?:an?\s+)?(?:fever|fiebre)\s+)?(?:or|o|u|vs\.?|versus)\s+"
    r"(?:(?:only|just|solo|sólo|nomas|nomás)\s+)?(?:(?:con|a|de|en|with|at)\s+)?$",
    re.IGNORECASE,
)
_CHOICE_REACH = 28
# "what temperature should I call at? 38 or 38.5, every site says something different": the lines
# to choose between, given right after the question they answer.
_OPTIONS_ANSWERING = re.compile(
    r"\?\s*(?:\d{2,3}(?:[.,]\d)?\s*(?:°\s*[cf]?\s*)?(?:or|o|u|vs\.?|versus)\s+)?$", re.IGNORECASE
)
_ASKED = re.compile(r"(?:[^.!\n]|\.\d)*\?")  # the rest of the sentence ends in a question mark
_HALF_MARK = re.compile(r"^\s*(?:y medio|y media|and a half)\b", re.IGNORECASE)


# "she has 101 since last night", "running 102", "tiene 101": a three-digit number a person
# "has" or "runs" is a reading in °F, when nothing after it says it counts something else.
_HAS_MARK = re.compile(
    r"\b(?:has|have|had|having|is at|was at|i'?m at|am at|sitting at|stuck at|still at"
    r"|running|runs|ran|hit|hitting|reached|tiene|tengo|tenia|tuvo|tuve"
    r"|anda en|andaba en|esta en|estaba en|marca|marcaba|marco|llego a|subio a|sube a|llega a"
    # "la vez pasada me dio 38", "le dio 39 anoche": a fever someone got, in Spanish.
    r"|(?:me|le|te|nos|les) dio)"
    # "running like 101", "tiene como 101": a word of roughly between.
    r"(?:\s+(?:like|about|around|roughly|maybe|a|an|como|unos|tipo|casi))*\s*$",
    re.IGNORECASE,
)
# "me sube a 38", "it spiked to 39": a whole number a temperature rises to is a reading in °C.
_RISES = (
    r"(?:sube a|subi[oó] a|llega a|lleg[oó] a|went up to|goes up to|got up to|go up to|get up to|spiked to|spikes to)"
)
_RISE_MARK = re.compile(rf"\b{_RISES}\s*$", re.IGNORECASE)
# "por poquito no llega a 38", "it didn't go up to 38": the line it did not reach.
_NOT_RISEN = re.compile(
    rf"\b(?:no|ni|nunca|not|never|didn'?t|doesn'?t|hasn'?t|won'?t)\s+(?:\w+\s+)?{_RISES}\s*$", re.IGNORECASE
)
_C_WHOLE = (37, 42)
_CURRENCY_SIGNS = ("$", "€", "£")
_AGE_LEAD = re.compile(r"\b(?:i'?m|i am|he'?s|she'?s|he is|she is)\s*$", re.IGNORECASE)
_HAS_REACH = 24  # characters before a number searched for _HAS_MARK
_AFTER_READING = frozenset(
    """
    since desde today hoy now ahora tonight this esta and y but pero again still todavia for after
    despues con with last anoche yesterday ayer de on in en at
    """.split()  # noqa: SIM905
)
_C_FEVER_WHOLE = (38, 42)  # whole °C numbers that are a fever, had with no unit ("tengo 39")
# After "tengo 39": only when ("al día 2" too), not "and" (an age goes on: "tengo 39 y…").
_WHEN_AFTER = frozenset(
    "since desde today hoy now ahora tonight again still todavia aun anoche yesterday ayer otra al".split()  # noqa: SIM905
)
# After a whole °C number had in the past: "tuve 38 PERO…", "had 38 LAST night".
_AFTER_HAD = frozenset({"pero", "but", "last", "this", "esta", "yesterday", "ayer", "anoche"})
_HAD_MARK = re.compile(
    r"\b(?:had|tuve|tuvo|tenia|tenía|(?:me|le|te|nos|les) dio)(?:\s+(?:like|about|around|como|unos|casi))*\s*$",
    re.IGNORECASE,
)
_F_WHOLE = (99, 106)  # whole °F readings told with no unit: a fever's range, not an age or a count


def to_celsius(value: float, fahrenheit: bool | None = None) -> float | None:
    """A body temperature in °C (°F converted when marked so, or when only °F makes sense)."""
    if fahrenheit is None:
        fahrenheit = value >= FAHRENHEIT[0]
    celsius = (value - 32) * 5 / 9 if fahrenheit else value
    return round(celsius, 1) if CELSIUS[0] <= celsius <= CELSIUS[1] else None


def _converted(text: str, start: int, end: int) -> bool:
    return bool(_CONVERTED.match(text, end) or _CONVERTED_FROM.search(text[max(0, start - _CONVERTED_REACH) : start]))


def without_converted(text: str) -> str:
    """`text` with each number converted between °C and °F ("what is 38 C in F?") blanked with spaces."""
    for match in reversed(list(_NUMBER.finditer(text))):
        if _converted(text, match.start(), match.end()):
            text = f"{text[: match.start()]}{' ' * (match.end() - match.start())}{text[match.end() :]}"
    return text


# "38 at night, 37.8 this morning": how far on, and how close in value, the next reading may be
# for a whole number before it to be one too; "day 38", "room 38" count other things.
_NEXT_READING_REACH = 40
_NEXT_READING_CLOSE = 1.5
_TAKEN_BACK_BETWEEN = re.compile(
    r"\b(?:but|pero|not|no|actually|mean|digo|sorry|perd[oó]n|wait|espera|oops|again|otra vez)\b", re.IGNORECASE
)
_COUNT_LEAD = re.compile(
    r"\b(?:day|days|d[ií]a|d[ií]as|week|weeks|semana|semanas|room|cuarto|habitaci[oó]n|number|n[uú]mero|no|page|p[aá]gina|#)\s*$",
    re.IGNORECASE,
)


def _reading_follows(text: str, end: int, value: float) -> bool:
    """True when a reading with a decimal, within a degree and a half of `value`, follows soon after it
    in the same sentence ("38 en la noche, 37.8 en la mañana"), and nothing before it says it counts days."""
    start = end - len(str(int(value)))
    if _COUNT_LEAD.search(text[max(0, start - 12) : start]):
        return False
    ahead = re.split(r"[.!?\n](?!\d)", text[end : end + _NEXT_READING_REACH], maxsplit=1)[0]
    for match in _NUMBER.finditer(ahead):
        if match.group(2) is None:
            continue
        # "I said 38 before BUT I looked again and it's 37.8": the second one corrects the first.
        if _TAKEN_BACK_BETWEEN.search(ahead[: match.start()]):
            return False
        following = to_celsius(float(match.group(1) + "." + match.group(2)))
        return following is not None and abs(following - value) <= _NEXT_READING_CLOSE
    return False


def temperature_spans(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, °C) of each body temperature written in digits in `text`, in order."""
    about: bool | None = None  # whether the message speaks of temperature: worked out on first need
    # "37,9 a las 6 y 38 a las 9": after a reading, a whole number in its range is the next one.
    read_before = False
    for match in _NUMBER.finditer(text):
        value = float(match.group(1) + ("." + match.group(2) if match.group(2) else ""))
        after = text[match.end() : match.end() + 14]
        end = match.end()
        half = match.group(2) is None and _HALF_MARK.match(after)
        if half:
            # "38 y medio", "38 and a half": a reading in tenths, as "38,5" is.
            value += 0.5
            end += half.end()
            after = after[half.end() :]
        unit = True if _F_MARK.match(after) else False if _C_MARK.match(after) else None
        next_word = normalize(after).split()[:1]
        if next_word and next_word[0] in _OTHER_UNITS:
            continue
        # "the $40 brace they sold me", "€38": a price, not a reading.
        if text[max(0, match.start() - 2) : match.start()].rstrip().endswith(_CURRENCY_SIGNS):
            continue
        if _converted(text, match.start(), end):
            continue
        # "no way near 38", "menos de 38": a line to compare with, not a reading.
        if _THRESHOLD.search(text[max(0, match.start() - 16) : match.start()]) or _THRESHOLD_AFTER.match(text, end):
            continue
        # "wait, fever is 38 right?", "fiebre es 38, ¿no?": what a fever is, with no one's fever named.
        if _DEFINED.search(text[max(0, match.start() - 24) : match.start()]) and (
            _LINE_C[0] <= value <= _LINE_C[1] or _LINE_F[0] <= value <= _LINE_F[1]
        ):
            continue
        # "no llega a 38", "it didn't go up to 38": the line it did not reach, not a reading.
        if _NOT_RISEN.search(text[max(0, match.start() - _HAS_REACH) : match.start()]):
            continue
        # "im 38 and had my knee done": an age ("im at 38" is a reading).
        if (
            unit is None
            and match.group(2) is None
            and _AGE_LEAD.search(text[max(0, match.start() - 12) : match.start()])
        ):
            continue
        # "me siento como si tuviera 40", "feels like I have 40": a feeling, not a reading.
        if _AS_IF.search(text[max(0, match.start() - 24) : match.start()]):
            continue
        # "38 or 38.5?", "¿37,5 o 38?": lines to choose between, asked about, not a reading; but
        # "tengo 38 o 38,5" is a reading the writer is unsure of.
        choice = _CHOICE_AFTER.match(text, end) or _CHOICE_BEFORE.search(
            text[max(0, match.start() - _CHOICE_REACH) : match.start()]
        )
        if (
            choice
            and (
                _ASKED.match(text, end)
                or _OPTIONS_ANSWERING.search(text[max(0, match.start() - _CHOICE_REACH) : match.start()])
            )
            and not _HAS_MARK.search(text[max(0, match.start() - 24) : match.start()])
        ):
            continue
        # "38.1 last night and 38.3 now": a reading with one decimal in the range of a body
        # temperature is one, in a message about aftercare, even with no word saying so.
        almost = bool(_ALMOST.search(text[max(0, match.start() - 12) : match.start()]))
        decimal = (
            match.group(2) is not None or bool(half) or almost or bool(_EXACT_MARK.match(after))
        ) and unit is None
        decimal = decimal and to_celsius(value) is not None
        if unit is None and not decimal and match.group(2) is None:
            lead = text[max(0, match.start() - _HAS_REACH) : match.start()]
            # "she has 101", "running 102": a whole °F number someone has or runs; "si me sube a
            # 38", "it went up to 39": a whole °C number a temperature rises to, unless it did not.
            decimal = (
                (
                    _F_WHOLE[0] <= value <= _F_WHOLE[1]
                    and bool(_HAS_MARK.search(lead))
                    and (not next_word or next_word[0] in _AFTER_READING)
                )
                # "tengo 39", "she has 39 since last night": a whole °C fever someone has, told alone
                # or with when; "tengo 39 y quiero hacerme el tratamiento" is an age.
                or (
                    _C_FEVER_WHOLE[0] <= value <= _C_FEVER_WHOLE[1]
                    and bool(_HAS_MARK.search(lead))
                    and (
                        not next_word
                        or next_word[0] in _WHEN_AFTER
                        # "ayer tuve 38 pero hoy…", "had 39 but": an age is not had in the past.
                        or (next_word[0] in _AFTER_HAD and bool(_HAD_MARK.search(lead)))
                    )
                )
                or (
                    _C_WHOLE[0] <= value <= _C_WHOLE[1]
                    # "37.8… o era 38? déjame ver": a number asked right after it is no second reading.
                    and ((read_before and not text[end:].lstrip().startswith("?")) or bool(_RISE_MARK.search(lead)))
                    and not _NOT_RISEN.search(lead)
                )
                # "38 en la noche, 37.8 en la mañana": a whole number just before a reading close to it.
                or (_C_WHOLE[0] <= value <= _C_WHOLE[1] and _reading_follows(text, end, value))
            )
        if unit is None and not decimal:
            # "day 38 after the infusion, temp 37.4": a count of days, in a message about temperature.
            if match.group(2) is None and _COUNT_LEAD.search(text[max(0, match.start() - 12) : match.start()]):
                continue
            if about is None:
                about = not _TEMPERATURE_WORDS.isdisjoint(normalize(text).split())
            if not about:
                continue
        celsius = to_celsius(value, unit)
        if celsius is not None and almost:
            # "casi 38", "almost 100.4": just under the number said, the tenth below it.
            celsius = round(celsius - _ALMOST_UNDER, 1)
        if celsius is not None:
            read_before = True
            yield match.start(), end, celsius


# "39... sorry typo, 37.9", "102F, digo 39 y algo": a reading after a correction replaces the one before.
_CORRECTION = re.compile(
    r"\b(?:typo|i mean|i meant|sorry|correction|actually|perd[oó]n|digo|quise decir|quiero decir"
    r"|me equivoqu[eé]|mejor dicho)\b",
    re.IGNORECASE,
)
# "38 not 39", "38, no 39": the reading after the "not" is the one taken back.
_TAKEN_BACK = re.compile(r"\b(?:not|no|ni)\s*$", re.IGNORECASE)


def corrected_readings(text: str) -> list[tuple[int, int]]:
    """(start, end) of each temperature in digits the writer took back ("39... sorry, 37.9"; "38 not 39")."""
    return _taken_back(text, list(temperature_spans(text)))


def _taken_back(text: str, spans: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """corrected_readings() over readings already found, so a caller scans the text once."""
    gone: list[tuple[int, int]] = []
    for before, after in pairwise(spans):
        between = text[before[1] : after[0]]
        if _TAKEN_BACK.search(between):
            gone.append((after[0], after[1]))
        elif _CORRECTION.search(between):
            gone.append((before[0], before[1]))
    return gone


def temperature_span(text: str) -> tuple[int, int, float] | None:
    """(start, end, °C) of the body temperature that matters in `text` (written in digits), or None.

    "37,9 this morning and 38,6 now" is a fever: the highest reading is the one that matters,
    unless it is dated an earlier day and a lower one is dated now ("38.3 yesterday, today 36.8").
    """
    found = list(temperature_spans(text))
    gone = _taken_back(text, found)
    spans = [span for span in found if (span[0], span[1]) not in gone]
    highest = max(spans, key=lambda span: (span[2], -span[0]), default=None)
    if highest is None:
        return None
    if not _before_now(text, highest):
        return highest
    lower_now = [span for span in spans if span[2] < highest[2] and _when(text, span) == "now"]
    if not lower_now:
        # "it was 38.4 on Monday and this morning it IS 36.7", "el lunes tuve 38,4 y ahora ESTOY en
        # 36,7": a lower reading told after it in the present, with no day of its own, is today's.
        lower_now = [
            span
            for span in spans
            if span[2] < highest[2]
            and span[0] > highest[1]
            and _when(text, span) == ""
            and _PRESENT_READING & set(_clause_words(text, span))
        ]
    return lower_now[-1] if lower_now else highest


# A reading told in the present tense: where things stand.
_PRESENT_READING = frozenset(
    "is its im am reads shows says estoy esta tengo tiene ando anda marca sigo sigue".split()  # noqa: SIM905
)


def earlier_readings(text: str) -> list[tuple[int, int, float]]:
    """The higher readings temperature_span() passed over as told of an earlier day, in order
    ("38,5 la semana pasada" in "la semana pasada tuve 38,5…, hoy 36,4")."""
    chosen = temperature_span(text)
    if chosen is None:
        return []
    found = list(temperature_spans(text))
    gone = _taken_back(text, found)
    return [
        span for span in found if (span[0], span[1]) not in gone and span[2] > chosen[2] and _before_now(text, span)
    ]


def fever_overnight(text: str, line: float) -> bool:
    """True when a reading at or over `line` is told of last night ("101 F last night… this morning
    99.8", "38,5 anoche"): a fever hours ago, not one days gone."""
    return any(span[2] >= line and _OVERNIGHT & set(_clause_words(text, span)) for span in earlier_readings(text))


_OVERNIGHT = frozenset({"anoche", "night", "overnight", "madrugada", "tonight"})


def _before_now(text: str, span: tuple[int, int, float]) -> bool:
    """True when the reading is dated an earlier day, or told in the past with no day ("had 38.4
    on day 2 but it's back to 36.9 now", "llegué a 38,4… ya estoy en 36,7"): where things were."""
    when = _when(text, span)
    return when == "earlier" or (when == "" and bool(_HAD_READING_WORDS & set(_clause_words(text, span))))


# A reading's clause dates it: "38.3 yesterday" | "today 36.8". A new day, not a new hour:
# "38.9 this morning, 37.2 now after paracetamol" is still a fever today.
_CLAUSE = re.compile(r"[,;.!?\n]+(?!\d)|\s(?:and|but|y|pero|e)\s", re.IGNORECASE)
_EARLIER_DAY = frozenset({"yesterday", "ayer", "anoche", "antier", "antenoche", "anteayer"})
# "amanecí con 36,7", "woke up at 36.8": the reading of this morning, today.
_TODAY = frozenset({"today", "hoy", "tonight", "amaneci", "amanecio", "amanecimos", "desperte", "woke"})
_SINCE_WORDS = frozenset({"desde", "since"})
_SENTENCE_BREAK = re.compile(r"[.;!?\n](?!\d)")
# "hace dos semanas QUE tengo 38" is how long it has lasted, not when: no "que" after.
_WEEKS_BACK = re.compile(
    r"\blast (?:week|month|year)\b|\b(?:semana|mes|ano) pasad[oa]\b|\b(?:weeks?|months?|years?) ago\b"
    r"|\bhace (?:\w+ )?(?:semanas?|mes|meses|anos?)\b(?! que)|\b\d+ days? ago\b"
)
_NOW_WORDS = frozenset({"now", "ahora", "ahorita", "currently", "actualmente", "rn", "ya"})
_DAYS_BACK = re.compile(r"\bhace (?:\w+ )?dias?\b(?! que)")
# Each language's weekdays in order, Monday first: the days between two are counted from it.
_WEEKDAY_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday".split(),  # noqa: SIM905
    "lunes martes miercoles jueves viernes sabado domingo".split(),  # noqa: SIM905
)
_WEEKDAYS = frozenset(name for names in _WEEKDAY_NAMES for name in names)
_HAD_EN = frozenset({"had", "was", "hit", "reached"})
_HAD_READING = frozenset({"tuve", "tuvo", "tenia", "tuvimos", "marco", "marcaba", "llegue", "llego", "subio", "dio"})
_HAD_READING_WORDS = _HAD_EN | _HAD_READING
_SINCE_DAY = re.compile(r"\b(?:desde|since)(?: el| la)?\s*$")
_DAY_NUMBER = re.compile(r"\b(?:day|dia)\s+(\d{1,3})\b")
# "for 3 days now", "llevo 3 días", "desde hace 2 días": a reading that has lasted days.
_LASTING = re.compile(
    r"\b(?:for|por)\s+(?:\d+|a|two|three|four|five|dos|tres|cuatro|cinco|un|una)\s+(?:days?|dias?)\b"
    r"|\bllev\w*\s+(?:\d+|dos|tres|cuatro|cinco|un|una)\s+dias?\b"
    r"|\bdesde hace\s+(?:\d+|dos|tres|cuatro|cinco|un|una)\s+dias?\b"
    # "desde entonces 36 y pico", "ever since then 36.6": from the day told before until now.
    r"|\b(?:desde entonces|desde ahi|desde eso|since then|ever since)\b"
)


def _when(text: str, span: tuple[int, int, float]) -> str:
    """'earlier' when the clause of a reading says an earlier day, 'now' when it says today, else ''.

    A clause that is the reading alone ("ayer y hoy ya nada, 36,7") takes the day of the one before.
    """
    starts, stop = _clause_bounds(text, span)
    first = starts[-1] if starts else 0
    told = normalize(text[first:stop]).split()
    alone = not any(word.isalpha() for word in told)
    if alone and len(starts) > 1 and not _SENTENCE_BREAK.search(text, starts[-2], first):
        told = normalize(text[starts[-2] : stop]).split()
    words = set(told)
    if "last" in words and "night" in words:
        words.add("anoche")
    # "desde ayer ando en 36.8", "since yesterday it's 36.9": from then until now.
    since = {word for i, word in enumerate(told) if word in _EARLIER_DAY and i > 0 and told[i - 1] in _SINCE_WORDS}
    if since:
        words = (words - since) | {"today"}
    earlier, today = bool(words & _EARLIER_DAY), bool(words & _TODAY | words & _NOW_WORDS)
    # "39 last week from a cold", "hace dos semanas tuve 39": a week or more back.
    earlier = earlier or bool(_WEEKS_BACK.search(" ".join(told)))
    # "tuve 38,5 el martes", "had 38.5 on tuesday": a weekday told in the past is an earlier day
    # ("38,5 desde el martes" has lasted since).
    earlier = earlier or any(
        word in _WEEKDAYS
        and (_HAD_READING | _HAD_EN) & words
        and not (i > 0 and told[i - 1] in _SINCE_WORDS)
        and not (i > 1 and told[i - 2] in _SINCE_WORDS)
        for i, word in enumerate(told)
    )
    # "hace 3 días tuve 38,5": days back, told in the past ("hace 3 días tengo 38,5" still goes on).
    earlier = earlier or bool(_DAYS_BACK.search(" ".join(told)) and _HAD_READING & words)
    # "38.5 on day 2 … now on day 8 I'm at 36.7": a day of the treatment before the latest one
    # told is earlier; the latest, beside an earlier one, is today.
    clause = " ".join(told)
    days = []
    for found in _DAY_NUMBER.finditer(clause):
        if _SINCE_DAY.search(clause[: found.start()]):
            # "desde el día 3 estoy en 36,6": since that day, so until now.
            today = True
        else:
            days.append(int(found.group(1)))
    told_days = [int(day) for day in _DAY_NUMBER.findall(normalize(text))]
    if days and len(set(told_days)) > 1:
        earlier = earlier or max(days) < max(told_days)
        today = today or max(days) == max(told_days)
    # "llevo 3 días en 36,8", "38,5 desde hace 2 días": a reading that has lasted days lasts now.
    today = today or bool(_LASTING.search(clause))
    # "had 38.5 on day 2 … I've been 36.8 for 3 days now", "llevo 3 días en 36,8": a lower reading
    # told after it, that has lasted days, is where things stand; this one came before.
    if not earlier and not today:
        earlier = any(
            other[0] > span[1] and other[2] < span[2] and bool(_LASTING.search(" ".join(_clause_words(text, other))))
            for other in temperature_spans(text)
        )
    return "earlier" if earlier and not today else "now" if today and not earlier else ""


def _clause_bounds(text: str, span: tuple[int, int, float]) -> tuple[list[int], int]:
    """Where each clause before the reading at `span` starts, and where the reading's clause ends."""
    stop = _CLAUSE.search(text, span[1])
    return [m.end() for m in _CLAUSE.finditer(text, 0, span[0])], stop.start() if stop else len(text)


def _clause_words(text: str, span: tuple[int, int, float]) -> list[str]:
    """The folded words of the clause of the reading at `span`."""
    starts, stop = _clause_bounds(text, span)
    return normalize(text[starts[-1] if starts else 0 : stop]).split()


_OXYGEN = re.compile(
    r"\b(?:sats?|saturaci[oó]n|saturation|satura|spo2|sp02|o2|ox[ií]geno|oxygen|ox[ií]metro|oximeter)\b"
    # "sats ON MY FINGER MONITOR READING 84%": the device may be named between, in the same sentence.
    r"[^\d.!?]{0,40}?(\d{2})\s*(?:%|por ?ciento|percent)",
    re.IGNORECASE,
)
# Blood oxygen below this needs help now: the British Thoracic Society's guideline aims at 94-98%
# and treats a reading under 92% in someone without lung disease as needing urgent oxygen.
LOW_OXYGEN = 92


# "sats went 95 -> 91 -> 88", "spo2 94, then 90": the readings of a saturation word, in a row,
# where a nurse's shorthand needs no "%"; the last one is where it stands now.
_SATS = re.compile(r"\b(?:sats?|spo2|sp02|saturaci[oó]n|saturation|saturando|saturaba)\b", re.IGNORECASE)
_SATS_SERIES = re.compile(
    r"\D{0,16}?(?<![\d.,])(\d{2,3})\s*%?"
    r"((?:\s*(?:->|-->|→|>|,|/|to|then|now|and|y|a|luego|ahora|down to|bajo a|baj[oó] a)\s*\d{2,3}\s*%?)*)(?![\d.,])",
    re.IGNORECASE,
)
LOWEST_SATURATION = 50  # under this a number after "sats" is not a saturation


# "my oxygen is 88", "el oxígeno me marca 89", "o2 at 90": the word oxygen, a few linking words,
# and a number with no "%" (not litres of oxygen, a price, a temperature or an age).
_OXYGEN_SAID = re.compile(
    r"\b(?:o2|ox[ií]geno|oxygen|oxigenaci[oó]n)\b"
    r"(?:\s+(?:level|levels|sat|sats|saturation|is|was|at|reads|reading|read|says|said|shows|showed|showing|of"
    r"|went|dropped|down|to|en|de|me|le|marca|marcaba|marc[oó]|est[aá]|estaba|da|dio|dice|baj[oó]|a|around|about"
    r"|como|like|was|just|only)){0,4}\s*[:=~]?\s*(?<![\d.,])(\d{2,3})(?![\d.,])"
    r"(?!\s*(?:l\b|lpm|liters?|litros?|mg|ml|\$|dollars?|d[oó]lares|usd|bucks|pesos|euros|min|minutes|minutos"
    r"|°|º|f\b|grados|degrees|years|a[nñ]os))",
    re.IGNORECASE,
)
# "…91 mientras dormía, pero desde entonces 97-98", "since then 97": a later reading back in range,
# told after a word of time, is where it stands now.
_SINCE_READING = re.compile(
    r"\b(?:since then|ever since|desde entonces|desde ah[ií]|now|ahora|ahorita|today|hoy|this morning"
    r"|esta ma[nñ]ana)\b(\D{0,24}?)(?<![\d.,])(\d{2,3})(?:\s*(?:-|–|a|to)\s*\d{2,3})?\s*%?(?![\d.,])"
    r"(?!\s*(?:°|º|f\b|grados|degrees|bpm|lpm))",
    re.IGNORECASE,
)
_OTHER_MEASURE = re.compile(
    r"\b(?:pulse|pulso|heart|bpm|hr|temp|temperature|fiebre|fever|presi[oó]n|tensi[oó]n|pressure|bp|frecuencia"
    r"|pulsaciones|kg|lbs|peso|weight|sugar|az[uú]car|glucosa)\b",
    re.IGNORECASE,
)


def _back_in_range(text: str, at: int) -> bool:
    """True when a saturation back at or over LOW_OXYGEN is told after `at` with a word of time."""
    return any(
        LOW_OXYGEN <= int(m.group(2)) <= 100 and not _OTHER_MEASURE.search(m.group(1))
        for m in _SINCE_READING.finditer(text, at)
    )


def low_oxygen_span(text: str) -> tuple[int, int] | None:
    """(start, end) of an oxygen saturation reading under LOW_OXYGEN ("saturación 85%", "sats 95 -> 88"),
    unless a later one told with a word of time is back in range ("desde entonces 97-98")."""
    span = _low_oxygen(text)
    if span is not None and _back_in_range(text, span[1]):
        return None
    return span


def _low_oxygen(text: str) -> tuple[int, int] | None:
    """(start, end) of the first saturation reading under LOW_OXYGEN in `text`."""
    match = _OXYGEN.search(text)
    if match is not None and int(match.group(1)) < LOW_OXYGEN:
        return match.start(), match.end()
    for word in _SATS.finditer(text):
        series = _SATS_SERIES.match(text, word.end())
        if series is None:
            continue
        last = int(re.findall(r"\d{2,3}", series.group(0))[-1])
        if LOWEST_SATURATION <= last < LOW_OXYGEN:
            return word.start(), series.end()
    for said in _OXYGEN_SAID.finditer(text):
        if LOWEST_SATURATION <= int(said.group(1)) < LOW_OXYGEN:
            return said.start(), said.end()
    return None


# A pain score out of ten: "3/10", "8 de 10", "7 out of 10", "6 sobre 10".
_PAIN_SCORE = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:/|de|out of|sobre|over)\s*10\b", re.IGNORECASE)
# How much higher the last score must be than the first to say the pain is growing.
PAIN_RISE = 2


# "pain was a 3 on day 2, now its like an 8": a score out of ten said without the ten, in a
# message about pain.
_NOT_A_SCORE = (
    r"(?![.,]\d)(?!\s*(?:%|°|º|/|am\b|pm\b|day|dia|d[ií]a|hour|hora|week|semana"
    r"|month|mes|year|a[nñ]o|mg|ml|min|c\b|f\b|x\b|times|veces))"
)
_BARE_SCORE = re.compile(r"\b(?:a|an|un|una|un puro)\s+(\d{1,2})\b" + _NOT_A_SCORE, re.IGNORECASE)
# "día 1 me dolía 3, hoy me duele 8", "pain was 3, now pain is at 8": the score right after the pain.
_SCORE_AFTER_PAIN = re.compile(
    r"\b(?:pain|dolor|duele|duelen|dol[ií]a|dol[ií]an|doli[oó]|hurts|hurt|hurting)\s+"
    r"(?:(?:is|was|at|its|en|es|era|esta|like|como|about|around|de)\s+){0,2}(\d{1,2})\b" + _NOT_A_SCORE,
    re.IGNORECASE,
)
# "pain diary: day1 = 4, day2 = 3": a score written against its day.
_DAY_SCORE = re.compile(r"\b(?:day|d[ií]a)\s*\d{1,2}\s*[=:-]\s*(\d{1,2})\b" + _NOT_A_SCORE, re.IGNORECASE)
# "el viernes un 3 de 10, el sábado 5, el domingo 7 y hoy lunes 9", "Friday 3, Saturday 5, today 8": a
# score told against its day, standing alone (a date such as "domingo 7 de diciembre" is none).
_DAY_NAMES = (
    r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|hoy|today|ayer|yesterday|anoche|ahora|now"
)
_WEEKDAY_SCORE = re.compile(
    rf"\b(?:{_DAY_NAMES})\b(?:\s+(?:{_DAY_NAMES}|es|is|its|was|era|fue|a|an|un|una|like|como|en|at|un puro)){{0,2}}"
    r"\s*[:=-]?\s*(\d{1,2})\b(?![.,]\d)(?=\s*(?:$|[,.;!?)\n]|y\b|and\b|but\b|pero\b|e\b|/|de 10|out of|sobre 10))",
    re.IGNORECASE,
)
_PAIN_TOLD = re.compile(
    r"\b(?:pain|painful|hurts?|hurting|sore|ache|aches|dolor|duele|duelen|dol[ií]a|dol[ií]an|doli[oó])\b", re.IGNORECASE
)


# "some days 2/10 some days 4/10", "unos días 2 y otros 4", "goes up and down": scores that vary,
# told as such, are no trend.
_VARYING = re.compile(
    r"\b(?:some days|other days|unos d[ií]as|otros d[ií]as|algunos d[ií]as|up and down|sube y baja|va y viene"
    r"|comes and goes|varies|var[ií]a)\b",
    re.IGNORECASE,
)


def rising_pain_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the last pain score when the scores in `text` rise ("3/10 on day 1 … today 8/10")."""
    if _VARYING.search(text):
        return None
    scores = [(m.start(), m.end(), int(m.group(1))) for m in _PAIN_SCORE.finditer(text) if int(m.group(1)) <= 10]
    if len(scores) < 2 and _PAIN_TOLD.search(text):
        # The pain word stays beside a score said after it ("me duele 8"), for the rules to read.
        found = {(m.start(), m.end(), int(m.group(1))) for m in _BARE_SCORE.finditer(text)}
        found |= {(m.start(1), m.end(1), int(m.group(1))) for m in _SCORE_AFTER_PAIN.finditer(text)}
        found |= {(m.start(1), m.end(1), int(m.group(1))) for m in _DAY_SCORE.finditer(text)}
        found |= {(m.start(1), m.end(1), int(m.group(1))) for m in _WEEKDAY_SCORE.finditer(text)}
        # "…day3 = 5, today its an 8/10": a score out of ten beside the scores said without it.
        found |= set(scores) if found else set()
        scores = sorted(score for score in found if score[2] <= 10)
    # "6/10 energy now vs 3/10 at first": a score of something else than pain is no pain score.
    scores = [score for i, score in enumerate(scores) if not _OTHER_SCORED.search(_score_words(text, scores, i))]
    if len(scores) < 2:
        return None
    first, last = scores[0], scores[-1]
    # "2/10 today vs 5/10 on the first day", "3/10 vs 6/10 last week": told now (or untimed) first,
    # then back then; the pain eases.
    if _score_time(text, scores, 0) != "then" and _score_time(text, scores, len(scores) - 1) == "then":
        first, last = last, first
    if last[2] - first[2] < PAIN_RISE:
        return None
    return scores[-1][0], scores[-1][1]


# "was 3cm yesterday, now its about 7cm", "ayer medía 4 cm y hoy 9 cm": a red patch or a swelling
# measured twice, bigger the second time (in time order), is spreading.
_SIZE_UNITS = r"(cm|cms|centimet\w*|cent[ií]met\w*|mm|in|inch|inches|pulgadas?)\b"
_SIZE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s*" + _SIZE_UNITS, re.IGNORECASE)
_SIZE_OF = re.compile(
    r"\b(?:red|redness|rash|swelling|swollen|lump|bump|patch|area|spot|rojo|roja|rojez|enrojecimiento|mancha|"
    r"hinchaz[oó]n|hinchado|hinchada|bulto|bola|zona|colorado|colorada)\b",
    re.IGNORECASE,
)
# "pasó de 5 a 12 cm": the unit (group 3) said once for both sizes.
_SIZE_RANGE = re.compile(
    r"\b(?:de|from)\s+(\d{1,2}(?:[.,]\d)?)\s+(?:a|to)\s+(\d{1,2}(?:[.,]\d)?)\s*" + _SIZE_UNITS, re.IGNORECASE
)
# How much bigger the later size must be to count as growing (a ruler read twice differs a little).
SIZE_GROWTH = 1.3


def _sizes_in_time(text: str) -> tuple[float, float, tuple[int, int]] | None:
    """(size then, size now, span of the size now) of a red patch or swelling measured twice, in cm."""
    if not _SIZE_OF.search(text):
        return None
    sizes = []
    for match in _SIZE.finditer(text):
        unit = match.group(2).lower()
        scale = 0.1 if unit == "mm" else 2.54 if unit.startswith(("in", "pulgada")) else 1.0
        sizes.append((match.start(), match.end(), float(match.group(1).replace(",", ".")) * scale))
    ranged = _SIZE_RANGE.search(text)
    if ranged is not None and len(sizes) < 2:
        # "pasó de 5 a 12 cm", "went from 3 to 8 cm": one unit for both sizes.
        before, after = (float(ranged.group(i).replace(",", ".")) for i in (1, 2))
        return before, after, (ranged.start(2), ranged.end())
    if len(sizes) < 2:
        return None
    first, last = sizes[0], sizes[-1]
    if _score_time(text, sizes, 0) == "now" and _score_time(text, sizes, len(sizes) - 1) == "then":
        first, last = last, first
    return first[2], last[2], (sizes[-1][0], sizes[-1][1])


def growing_size_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the last size when a red patch or swelling measured twice has grown."""
    measured = _sizes_in_time(text)
    if measured is None:
        return None
    before, after, span = measured
    return span if before > 0 and after / before >= SIZE_GROWTH else None


# "today it's half the size", "hoy está mucho más chiquita": smaller now, told in words.
_SHRINKING = re.compile(
    r"\b(?:half the size|half as big|(?:much |a lot |way |a bit )?smaller|shrinking|shrunk|shrank|receding"
    r"|going down|gone down|m[aá]s chiquit[ao]|m[aá]s peque[nñ][ao]|m[aá]s peque[nñ]it[ao]|la mitad de grande"
    r"|la mitad de tama[nñ]o|se achic[oó]|achic[aá]ndose|se redujo|se ha reducido|va bajando|ha bajado"
    # "…el miércoles bajó y hoy viernes ya desapareció", "by friday it was gone": smaller, to nothing.
    r"|desapareci[oó]|ya no se ve|se borr[oó]|disappeared|went away|cleared up"
    # "now it is fading", "ya se está aclarando": paler, on its way out.
    r"|fading|faded|getting lighter|se est[aá] aclarando|m[aá]s clarit[ao]|se est[aá] quitando"
    r"|se est[aá] desvaneciendo|desvaneci[eé]ndose"
    r"|(?:is|was|has|had) (?:all |completely |totally )?gone(?! (?:up|past|over|beyond|further|farther|into|to|red))"
    r")\b",
    re.IGNORECASE,
)
_DENIED_BEFORE = re.compile(
    r"\b(?:not|no|isnt|isn't|aint|ni|nada|doesnt|doesn't|dont|don't|wont|won't|never|nunca)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "cada día tiene más ánimo", "better every day", "more energy each day": getting better, told.
_IMPROVING = re.compile(
    r"\b(?:cada d[ií]a (?:\w+ ){0,2}(?:m[aá]s (?:[aá]nimo|energ[ií]a|fuerza|ganas)|mejor)"
    r"|(?:better|more energy|stronger) (?:every|each) day|(?:every|each) day (?:a (?:bit|little) )?(?:better|stronger)"
    r"|d[ií]a a d[ií]a mejor|mejor d[ií]a a d[ií]a)\b",
    re.IGNORECASE,
)


# "ya pasó lo peor", "the worst is over": past its worst, whoever says so (a clinic's word is no
# expectation here: it judges what has happened).
_WORST_OVER = re.compile(
    r"\b(?:(?:ya )?pas[oó] lo peor|lo peor ya pas[oó]|the worst (?:is|was|has) (?:over|passed|behind)"
    r"|(?:over|past) the worst)\b",
    re.IGNORECASE,
)


def improving_told(text: str) -> bool:
    """True when `text` says in words that someone is getting better day by day ("cada día tiene más ánimo")."""
    return (
        any(
            not _DENIED_BEFORE.search(text[max(0, m.start() - 16) : m.start()])
            # "the clinic told me pain should get better each day": what was expected, not what happens.
            and not _EXPECTED_TOLD.search(text[max(0, m.start() - _EXPECTED_REACH) : m.start()])
            for m in _IMPROVING.finditer(text)
        )
        or any(not _DENIED_BEFORE.search(text[max(0, m.start() - 16) : m.start()]) for m in _WORST_OVER.finditer(text))
    )


_EXPECTED_TOLD = re.compile(
    r"\b(?:should|supposed|expected|expect|meant|told|said|will|would|deber[ií]a|deber[ií]an|tiene que|tendr[ií]a"
    r"|dijeron|dijo|supuestamente|va a|ir[aá])\b",
    re.IGNORECASE,
)
_EXPECTED_REACH = 40


def shrinking_told(text: str) -> bool:
    """True when `text` says in words that something is smaller now, or gone ("today it's half the size")."""
    return any(not _DENIED_BEFORE.search(text[max(0, m.start() - 16) : m.start()]) for m in _SHRINKING.finditer(text))


def shrinking_size(text: str) -> bool:
    """True when a red patch or swelling measured twice is smaller now ("7cm yesterday, 3cm today")."""
    measured = _sizes_in_time(text)
    return measured is not None and measured[1] < measured[0]


_SCORE_NOW = re.compile(r"\b(?:today|now|tonight|currently|hoy|ahora|ahorita)\b", re.IGNORECASE)
_SCORE_THEN = re.compile(
    r"\b(?:first day|day (?:1|one|0|zero)|yesterday|at first|before|the start|last week|last night|the other day"
    r"|primer d[ií]a|d[ií]a (?:1|uno|0|cero)|ayer|al principio|antes|la semana pasada|anoche|el otro d[ií]a)\b",
    re.IGNORECASE,
)
# What else people score out of ten: "energy 6/10", "ánimo 7 de 10", "sleep 4/10".
_OTHER_SCORED = re.compile(
    r"\b(?:energy|energ[ií]a|[aá]nimo|mood|sleep|sue[nñ]o|appetite|apetito|stress|estr[eé]s|anxiety|ansiedad"
    r"|mobility|movilidad)\b",
    re.IGNORECASE,
)
# Where the words told of one score end and those of the next begin.
_SCORE_JOIN = re.compile(
    r",|;|\bvs\.?|\bversus\b|\band\b|\by\b|\bbut\b|\bpero\b|\bwhile\b|\bmientras\b|\bcompared\b", re.IGNORECASE
)


def _score_words(text: str, scores: Sequence[tuple[int, int, float]], i: int) -> str:
    """The words told beside the i-th score, in its own part of its sentence."""
    start, end, _ = scores[i]
    left_edge = scores[i - 1][1] if i > 0 else 0
    right_edge = scores[i + 1][0] if i + 1 < len(scores) else len(text)
    left = _SENTENCE_BREAK.split(text[left_edge:start])[-1]
    right = _SENTENCE_BREAK.split(text[end:right_edge])[0]
    return f"{_SCORE_JOIN.split(left)[-1]} {_SCORE_JOIN.split(right)[0]}"


# "3/10 instead of 6/10", "un 3 en vez del 7 de antes": the score after these is the one left behind.
_INSTEAD_OF = re.compile(
    r"\b(?:instead of|rather than|in place of|en vez de(?:l| la| un)?|en lugar de(?:l| la| un)?)\s*(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)


def _score_time(text: str, scores: Sequence[tuple[int, int, float]], i: int) -> str:
    """'now', 'then' or '' for the time told beside the i-th pain score, in its own part of its sentence."""
    if i > 0 and _INSTEAD_OF.search(text[scores[i - 1][1] : scores[i][0]]):
        return "then"
    own = _score_words(text, scores, i)
    now, then = _SCORE_NOW.search(own), _SCORE_THEN.search(own)
    if now and not then:
        return "now"
    return "then" if then and not now else ""


# A heart rate people read off a watch, a monitor or their pulse: the word first ("heart going
# like 140 on my watch", "pulso 135"), or the unit after the number ("128 bpm", "130 latidos").
# A temperature ("38.9"), a percentage or degrees after the number is never a heart rate.
_RATE_WORDS = (
    r"heart|heartbeat|heart\s*rate|hr|pulse|watch|smartwatch|fitbit|monitor|oximeter"
    r"|coraz[oó]n|pulso|pulsaciones|frecuencia|latidos|reloj|monitor|ox[ií]metro"
)
_HEART_RATE = re.compile(
    rf"\b(?:{_RATE_WORDS})\b[^\d.!?\n]{{0,30}}?(?<![\d.,])(\d{{2,3}})(?![.,]?\d)(?!\s*(?:%|°|º|grados|degrees|f\b|c\b))"
    r"|(?<![\d.,])(\d{2,3})\s*(?:bpm|lpm|ppm|beats|latidos|pulsaciones|pulsations)\b",
    re.IGNORECASE,
)
HEART_RATES = (30, 250)  # beats a minute a person can have; anything else is another number


def heart_rate_span(text: str) -> tuple[int, int, int] | None:
    """(start, end, beats a minute) of the first heart rate in `text` ("pulse 132", "128 bpm"), or None."""
    for match in _HEART_RATE.finditer(text):
        value = int(match.group(1) or match.group(2))
        if HEART_RATES[0] <= value <= HEART_RATES[1]:
            return match.start(), match.end(), value
    return None


def temperature_in(text: str) -> float | None:
    """The first body temperature in `text`, in °C, or None: "38,4", "101 F", "treinta y ocho y medio".

    A bare number counts only in a message about temperature ("tengo 40 años" is an age).
    """
    span = reading_span(text)
    return span[2] if span is not None else None


def reading_span(text: str) -> tuple[int, int, float] | None:
    """(start, end, °C) of the reading that matters, in digits or in words ("treinta y ocho y medio"), or None.

    "treinta y ocho justos…, ayer tenía 37,5": the reading in words is today's, the one in
    digits an earlier day's.
    """
    digits = temperature_span(text)
    if digits is None:
        return spelt_temperature_span(text)
    if not _before_now(text, digits):
        return digits
    # Only then is the reading in words looked for: most messages have none, and this runs every turn.
    spelt = spelt_temperature_span(text)
    return spelt if spelt is not None and not _before_now(text, spelt) else digits


_TOKEN = re.compile(r"[^\W_]+")
# "treinta y ocho justos": said as exactly so much, a reading too.
_ROUGHLY = (
    "y pico",
    "y algo",
    "and a bit",
    "justos",
    "justo",
    "exactos",
    "exacto",
    "exactly",
    "clavados",
    "clavado",
    "clavadito",
    "en punto",
    "redondos",
    "on the dot",
)
# "one oh one point three", "a hundred and two": °F said in words (voice typing writes them so).
_SPELT_FIRST = frozenset(_TENS) | frozenset(_JOINED) | {"oh", "hundred", "ciento", "cien"}
_ZERO_SAID = frozenset({"oh", "o", "zero"})
_SCALE_WORDS = frozenset({"fahrenheit", "farenheit", "celsius", "centigrados", "centigrade", "centigrado"})
_FAHRENHEIT_SAID = 100
_BODY_SAID = (35, 43)  # whole degrees Celsius a body can have: the range a tenth may follow
_RUNS = frozenset({"running", "runs", "ran", "has", "had", "hit", "reached", "says", "reads", "read", "showed"})
# After a number said in words, how long it has gone on: "a hundred and one SINCE last night".
_SPELT_LASTING = frozenset("since desde again still tonight today yesterday overnight".split())  # noqa: SIM905
_ON_AND_OFF = frozenset({("on", "and", "off"), ("off", "and", "on")})


def _counts(word: str) -> bool:
    """True when a folded word is a number, in digits or in words ("two", "veinte", "200")."""
    return word.isdecimal() or word in _UNITS or word in _TENS or word in _JOINED


def may_spell_a_number(words: list[str]) -> bool:
    """True when folded `words` hold a word a temperature said in words starts with ("treinta", "ninety")."""
    return not _SPELT_FIRST.isdisjoint(words)


# More readings in words than this in one message are left as they are (each is a full scan).
_MOST_SPELT = 4
# "noventa y nueve punto ocho FAHRENHEIT": the scale said after a reading in words.
_SCALE_SAID = re.compile(
    r"\s*(?:degrees\s+|grados\s+)?(?:fahrenheit|farenheit|celsius|cent[ií]grados?|centigrade)\b", re.IGNORECASE
)


def spelt_in_figures(text: str) -> str:
    """`text` with each temperature said in words written in figures, in °C ("thirty six point eight" -> "36.8")."""
    for _ in range(_MOST_SPELT):
        spelt = spelt_temperature_span(text)
        if spelt is None:
            break
        # The figures are in °C: a scale said after the words goes with them, or "37.7 fahrenheit" would stay.
        scale = _SCALE_SAID.match(text, spelt[1])
        end = scale.end() if scale else spelt[1]
        text = f"{text[: spelt[0]]}{spelt[2]:g}{text[end:]}"
    return text


def spelt_temperature_span(text: str) -> tuple[int, int, float] | None:
    """(start, end, °C) of the first temperature written in words ("treinta y nueve de temperatura").

    Only in a message about temperature, or said as roughly ("treinta y ocho y pico"): "tengo cuarenta
    y dos" alone is an age.
    """
    # Most messages hold no number in words: one pass over the folded text settles that cheaply.
    if _SPELT_FIRST.isdisjoint(normalize(text).split()):
        return None
    tokens = [(normalize(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    folded = [token for token, _, _ in tokens]
    about_temperature = any(word in _TEMPERATURE_WORDS for word in folded)
    for i, token in enumerate(folded):
        value: float | None = None
        rest = i + 1
        if token in _JOINED:
            value = _JOINED[token]
        elif token == "one" and folded[rest : rest + 1] and folded[rest] in _ZERO_SAID and rest + 1 < len(folded):
            # "one oh one": 101 °F.
            unit = _UNITS.get(folded[rest + 1])
            if unit is not None and folded[rest + 1] not in ("un", "una", "uno"):
                value, rest = 100.0 + unit, rest + 2
        elif token == "hundred" and (i == 0 or folded[i - 1] in ("a", "one") or not _counts(folded[i - 1])):
            # "a hundred and two", "one hundred one"; "hundred and one point two. day 5" opening a
            # message. Not "two hundred and one".
            step = rest + 1 if folded[rest : rest + 1] == ["and"] else rest
            unit = _UNITS.get(folded[step]) if step < len(folded) else None
            if unit is not None and folded[step] not in ("un", "una", "uno"):
                value, rest = 100.0 + unit, step + 1
            elif folded[rest : rest + 1] in (["point"], ["punto"]):
                # "one hundred point eight": 100.8 °F, the tenths read below.
                value = 100.0
        elif token == "cien" and folded[rest : rest + 1] in (["punto"], ["coma"]):
            # "cien punto ocho": 100.8 °F said in Spanish.
            value = 100.0
        elif token == "ciento" and rest < len(folded) and folded[rest] in _UNITS and _UNITS[folded[rest]]:
            # "ciento uno punto dos": 101.2 °F said in Spanish.
            value, rest = 100.0 + _UNITS[folded[rest]], rest + 1
        elif token in _TENS:
            value = _TENS[token]
            if folded[rest : rest + 1] == ["y"] and _UNITS.get(" ".join(folded[rest + 1 : rest + 2])):
                value, rest = value + _UNITS[folded[rest + 1]], rest + 2
            elif rest < len(folded) and folded[rest] in _UNITS and _UNITS[folded[rest]]:
                value, rest = value + _UNITS[folded[rest]], rest + 1
        if value is None:
            continue
        # "one hundred point four": the reading starts at "one", which must not stay behind as a
        # count ("temperature is one fever").
        first = i - 1 if token == "hundred" and i and folded[i - 1] in ("a", "one") else i
        tail = " ".join(folded[rest : rest + 3])
        given_in_tenths = False
        half = next((h for h in _HALF if tail.startswith(h)), None)
        if half is not None:
            value += 0.5
            rest += len(half.split())
            given_in_tenths = True
        # "treinta y ocho con cuatro": "con" is how many say the decimal point.
        elif folded[rest : rest + 1] in (["punto"], ["point"], ["coma"], ["con"]) and rest + 1 < len(folded):
            decimal = _UNITS.get(folded[rest + 1])
            if decimal is not None:
                value += decimal / 10
                rest += 2
                given_in_tenths = True
        # "treinta y ocho y dos": "y" said for the decimal point, in the range of a body temperature.
        elif (
            _BODY_SAID[0] <= value < _BODY_SAID[1]
            and folded[rest : rest + 1] == ["y"]
            and rest + 1 < len(folded)
            and _UNITS.get(folded[rest + 1])
            and folded[rest + 1] not in ("un", "una", "uno")
        ):
            value += _UNITS[folded[rest + 1]] / 10
            rest += 2
            given_in_tenths = True
        # "treinta y siete ocho": a reading said as two numbers, the tenths after a space (not
        # after a comma, and not "un"/"una": "treinta y siete, ocho", "treinta y siete una vez").
        elif (
            _BODY_SAID[0] <= value < _BODY_SAID[1]
            and rest < len(folded)
            and _UNITS.get(folded[rest])
            and folded[rest] not in ("un", "una", "uno", "one")
            and text[tokens[rest - 1][2] : tokens[rest][1]].isspace()
        ):
            value += _UNITS[folded[rest]] / 10
            rest += 1
            given_in_tenths = True
        # "treinta y ocho y pico", "treinta y ocho y medio" are readings even with no word for
        # them, as "38,5" is in digits; "cuarenta y dos" alone is an age.
        # "she's running a hundred and one": a number over 100 said in words is °F when someone runs it.
        # "a hundred and one this evening, been on ibuprofen": so is one kept down with a fever medicine.
        # "a hundred and one on and off since the weekend": so is one told with how long it has gone on.
        runs = value >= _FAHRENHEIT_SAID and (
            any(word in _RUNS for word in folded[max(0, i - 3) : i])
            or not FEVER_MEDICINES.isdisjoint(folded)
            or (rest < len(folded) and folded[rest] in _SPELT_LASTING)
            or tuple(folded[rest : rest + 3]) in _ON_AND_OFF
        )
        # "hundred and one fahrenheit this evening": a number said with its scale is a reading.
        scaled = rest < len(folded) and folded[rest] in _SCALE_WORDS
        if not (about_temperature or given_in_tenths or runs or scaled or tail.startswith(_ROUGHLY)):
            continue
        if folded[rest : rest + 1] and folded[rest] in _OTHER_UNITS:
            continue  # "treinta y cinco y medio años" is an age
        celsius = to_celsius(value, "fahrenheit" in folded[rest : rest + 2] or None)
        if celsius is not None:
            return tokens[first][1], tokens[rest - 1][2], float(celsius)
    return None


DAY_ORDINALS = {
    "primer": 1, "primero": 1, "first": 1, "segundo": 2, "second": 2, "tercer": 3, "tercero": 3, "third": 3,
    "cuarto": 4, "fourth": 4, "quinto": 5, "fifth": 5, "sexto": 6, "sixth": 6, "septimo": 7, "seventh": 7,
    "octavo": 8, "eighth": 8, "noveno": 9, "ninth": 9, "decimo": 10, "tenth": 10,
    # Written with figures: "the 3rd day", "al 2do día", "el 1er día".
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
    "1ro": 1, "1er": 1, "2do": 2, "3ro": 3, "3er": 3, "4to": 4, "5to": 5, "6to": 6, "7mo": 7, "8vo": 8,
    "9no": 9, "10mo": 10,
}  # fmt: skip
_DAY_WORDS = ("dia", "dias", "day", "days")
_DAYS_PATTERNS = (
    # "day 4", "dia 3", "day 4 post op"
    re.compile(r"\b(?:day|dia)\s+(\d{1,3})\b"),
    # "hace 3 dias", "3 days ago", "3 days since", "3 dias despues", "llevo 3 dias"
    re.compile(r"\bhace\s+(\d{1,3})\s+dias?\b"),
    re.compile(r"\b(\d{1,3})\s+days?\s+(?:ago|since|after|post)\b"),
    re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)?\s+day\b"),
    re.compile(r"\b(\d{1,3})\s+dias?\s+(?:despues|de\s+la|del|desde)\b"),
    # "it's only been 2 days", "solo han pasado 2 días": the time since, counted.
    re.compile(r"\bbeen\s+(?:only\s+|just\s+)?(\d{1,3})\s+days?\b"),
    re.compile(r"\b(?:han\s+pasado|pasaron)\s+(?:solo\s+|apenas\s+|nomas\s+)?(\d{1,3})\s+dias?\b"),
    # "ya van 5", "llevo 6 dias": the count so far.
    re.compile(
        r"\b(?:van|llevo|lleva|llevamos)\s+(\d{1,2})(?!\s*(?:horas?|hrs?|minutos?|semanas?|mes|meses|anos?|veces))\b"
    ),
)


# A number with decimals is a reading: "37.9 day 1" is day 1, not day 9 (folding splits "37.9").
_DECIMAL = re.compile(r"\d+[.,']\d+")


def _days_folded(text: str) -> str:
    """`text` folded for reading days, each number with decimals left out."""
    return normalize(_DECIMAL.sub(" ", text))


def days_in(text: str) -> int | None:
    """Days since treatment said in `text` ("hace 3 días", "day 4", "al cuarto día"), or None."""
    folded = _days_folded(text)
    for pattern in _DAYS_PATTERNS:
        match = pattern.search(folded)
        if match:
            return int(match.group(1))
    tokens = folded.split()
    for i, token in enumerate(tokens):
        # "al cuarto dia", "the fourth day", "tercer dia despues"
        if token in DAY_ORDINALS and tokens[i + 1 : i + 2] and tokens[i + 1] in _DAY_WORDS:
            return DAY_ORDINALS[token]
        # "hace tres dias", "three days ago"
        if token in _UNITS and tokens[i + 1 : i + 2] and tokens[i + 1] in _DAY_WORDS:
            before = tokens[i - 1] if i else ""
            after = tokens[i + 2] if i + 2 < len(tokens) else ""
            if before in ("hace", "llevo", "lleva") or after in ("ago", "since", "after", "despues"):
                return _UNITS[token]
    return None


# "al día siguiente", "al otro día", "the next day": the day after the treatment.
# "every day after the injection", "day after day" count no day.
_NEXT_DAY = re.compile(r"\b(?<!every )(?<!each )(?:dia siguiente|al otro dia|next day|day after(?! day))\b")
# "the same day as my injection", "el mismo día de la inyección": day 0.
_SAME_DAY = re.compile(r"\b(?:same day as|same day of|el mismo dia de|el mismo dia que)\b")
# "day zero", "día cero": the day of the treatment.
_DAY_ZERO = re.compile(r"\b(?:day|dia) (?:zero|cero)\b")
# "they did my back this morning", "me inyectaron hoy": the treatment dated today is day 0.
_WEEKDAY_ALTERNATIVES = "|".join(sorted(_WEEKDAYS))
_TREATED_TODAY = re.compile(
    r"\b(?:did|done|had|got|injected|infused|injection|infusion|shot|iv|procedure|treatment|treated|inyectaron|pusieron|"
    # "me inyectaron el lunes y hoy me duele más": a weekday between dates the treatment, not "today";
    # so does "the injection was last week and today…", "fue hace 10 días y hoy…".
    r"hicieron|infiltraron|inyeccion|infusion|suero|procedimiento|tratamiento)\b"
    rf"(?:(?!yesterday|ayer|last|pasad|week|semana|month|mes|ago|hace|{_WEEKDAY_ALTERNATIVES})[^.?!]){{0,25}}?"
    r"\b(?:this morning|today|earlier today|esta manana|hoy)\b"
)
# "me pusieron células el martes … hoy sábado me duele más": treated on one weekday, today another.
_TREATED_WORDS_RE = (
    r"(?:did|done|had|got|injected|infused|injection|injections|infusion|shot|shots|iv|procedure|treatment|treated|"
    r"inyectaron|pusieron|hicieron|infiltraron|inyeccion|suero|procedimiento|tratamiento|infiltracion|pincharon)"
)
_TREATED_ON_WEEKDAY = re.compile(
    rf"\b{_TREATED_WORDS_RE}\b[^.?!]{{0,40}}?\b(?:on |el |this |last |este |pasado )?({_WEEKDAY_ALTERNATIVES})\b"
    rf"|\b(?:on |el )({_WEEKDAY_ALTERNATIVES})\b[^.?!]{{0,25}}?\b{_TREATED_WORDS_RE}\b"
)
_TODAY_WEEKDAY = re.compile(
    rf"\b(?:today|hoy|now|ahora|ya)(?: it| its)?(?: is| es| estamos| being)?(?: a| el)? ({_WEEKDAY_ALTERNATIVES})\b"
    # "it's saturday today"; "on monday today…" is the treatment's weekday, then another clause;
    # "normal since monday, 36.8 today" is when a change began.
    rf"|(?<!\bon )(?<!\bel )(?<!\bsince )(?<!\bdesde )(?<!\bdesde el )\b({_WEEKDAY_ALTERNATIVES}) (?:today|hoy)\b"
)
_WEEK = 7
# "me inyectaron ayer en la tarde", "had the shot yesterday": the treatment dated yesterday is day 1.
# Only words of the treatment itself: "had 38.6 on monday but since yesterday…" dates no treatment.
_TREATED_YESTERDAY = re.compile(
    r"\b(?:injected|infused|injection|infusion|shot|iv|procedure|treatment|treated|inyectaron|infiltraron|inyeccion|suero|"
    r"procedimiento|tratamiento|infiltracion)\b[^.?!]{0,25}?"
    r"\b(?:yesterday|ayer)\b"
    # "had knee done yesterday", "me hicieron la rodilla ayer": the part named, then done.
    r"|\b(?:had|got) (?:my |the |his |her )?\w+ (?:done|injected|treated)\b[^.?!]{0,12}?\byesterday\b"
    r"|\b(?:me|le) (?:hicieron|operaron|pusieron|trataron) (?:la |el |los |las |lo del |lo de la )?\w+\b"
    r"[^.?!]{0,15}?\bayer\b"
)
# "the numbing wore off and now it aches more", "se me pasó la anestesia": the local anaesthetic
# of the procedure lasts hours, so its wearing off is the treatment's own day, day 0.
_NUMBING_WORN_OFF = re.compile(
    r"\b(?:numbing|anesthetic|anaesthetic|anesthesia|anaesthesia|local)\b[^.?!]{0,20}?"
    r"\b(?:wore|wears|worn|wearing|went|goes|gone|going) (?:off|away)\b"
    r"|\b(?:se me|se le|se)\s(?:paso|pasa|fue|quito|acabo|bajo)\s(?:el efecto de\s)?(?:la\s)?anestesia\b"
    r"|\banestesia\b[^.?!]{0,15}?\b(?:se me|se le|se)\s(?:paso|fue|quito|acabo)\b"
)
# "did the shoulder injection 6 hours ago", "me inyectaron hace unas 5 horas": the treatment dated
# hours back, up to a day, is day 0. Only words of the treatment itself date it.
_HOURS_BACK = (
    r"(?:(\d{1,2})|a few|few|a couple of|couple of|some|un par de|unas|unos|pocas|algunas) (?:hours?|hrs?|horas?)"
)
_TREATED_HOURS_AGO = re.compile(
    r"\b(?:injected|infused|injection|infusion|shot|iv|procedure|treatment|treated|inyectaron|infiltraron|"
    r"inyeccion|suero|procedimiento|tratamiento|infiltracion|pusieron|hicieron)\b[^.?!]{0,30}?"
    rf"(?:\b{_HOURS_BACK} ago\b|\bhace (?:como |unas |unos )?{_HOURS_BACK}\b)"
    # "hace 3 horas me inyectaron": the treatment's own verb, right after, in the same clause.
    rf"|(?:\b{_HOURS_BACK} ago|\bhace (?:como |unas |unos )?{_HOURS_BACK}) (?:me |le |nos |they |we )?"
    r"(?:injected|infused|inyectaron|infiltraron|pusieron|hicieron)\b"
    # "…they injected me last week": another time, after, is the treatment's.
    r"(?!(?: \w+){0,3} (?:yesterday|ayer|last|pasado|pasada|week|weeks|semana|semanas|days|dias)\b)"
)
_HOURS_IN_A_DAY = 24
# "it's only been 24 hours", "apenas han pasado 24 horas": time gone by, told on its own, in a
# message about a treatment; the time since it ("llevo 5 horas con fiebre" is the fever's time).
_HOURS_ELAPSED = re.compile(
    r"\b(?:its|it s|it is|it has|has|have)\s(?:only |just |barely |not even |like |about )?been "
    r"(?:only |just |barely |about |like |not even )?(\d{1,2}) (?:hours?|hrs?)\b"
    r"|\b(?:han|ha) pasado (?:solo |solamente |apenas |como |unas |unos )?(\d{1,2}) horas?\b"
    r"|\b(?:apenas|solo|solamente|nomas) (?:han pasado |pasaron |van )?(\d{1,2}) horas?\b"
    r"|\b(?:only|just|barely) (\d{1,2}) (?:hours?|hrs?) (?:since|after|in|ago|later|post)\b"
)
_TREATMENT_NAMED = re.compile(
    r"\b(?:injection|injections|infusion|shot|shots|iv|drip|procedure|treatment|cells|inyeccion|inyecciones|suero|"
    r"procedimiento|tratamiento|infiltracion|celulas|piquete|pinchazo)\b"
)
# "the first night", "la noche de la infusión": the night of the treatment day, day 0.
_FIRST_NIGHT = re.compile(
    r"\b(?:(?:first|1st) night|same night|night of (?:my|the|his|her)|primera noche|misma noche|"
    r"(?:la )?noche (?:del|de la|de mi|de su) (?:suero|infusion|inyeccion|tratamiento|procedimiento|"
    r"infiltracion|pinchazo|celulas))\b"
)
# "a low fever", "low-grade temp", "febrícula", "un poco de fiebre": a fever called mild, under the line.
_LOW_FEVER = re.compile(
    r"\b(?:(?:low|slight|little|mild|small|tiny)(?: grade)? (?:fever|temp|temperature)|low grade|"
    r"bit of (?:a )?(?:fever|temp|temperature)|febricula|fiebrita|fiebre (?:baja|leve|ligera|ligerita|poquita)|"
    r"(?:un )?(?:poco|poquito|poquita) de (?:fiebre|fiebrita|temperatura|calentura)|"
    r"algo de (?:fiebre|febricula|temperatura))\b"
)
# "the first couple days", "los primeros días": the first two days after the treatment.
_FIRST_DAYS = re.compile(
    # "the first day" is day 1, read as an ordinal; these are the first two days.
    r"\b(?:first (?:couple (?:of )?|few |two |2 )?days|primeros (?:dos |2 )?dias)\b"
)


# "worse than the first day", "2/10 on day 1", "since day 2": a day to compare with, not today.
_BASELINE = frozenset({"than", "que", "since", "desde", "on", "from"})
_DAY_ARTICLES = frozenset("el la the my mi on del".split())  # noqa: SIM905
_PAST_FIRST_DAYS = 3  # the first day after the first days (day 0 to 2 are the expected flare)


# "el día 2 y hoy es 8", "on the 2nd and today is the 8th": a treatment dated in the month, and today.
_DATE_THEN_TODAY = re.compile(
    r"\b(?:el |dia )(\d{1,2}) y hoy (?:es|ya es|estamos a|estamos) (?:el )?(?:dia )?(\d{1,2})\b"
    r"|\bon the (\d{1,2})(?:st|nd|rd|th)? and today is the (\d{1,2})(?:st|nd|rd|th)?\b"
)
_DATE_GAP = 31
# "worse on day 2", "hurts more on day 4": the day the change is told of, today, not a day to compare with.
_CHANGED = frozenset({"worse", "better", "more", "less", "worst", "sorer", "bigger", "redder", "hotter"})


def _baseline(words: list[str]) -> bool:
    """True when the words before a day say it is one to compare with ("than the", "que el", "on")."""
    if words[-2:-1] and words[-1] == "on" and words[-2] in _CHANGED:
        return False
    # "peor que el día 1": the comparison word right before, or before an article; "peor que
    # antes, día 1" compares with before and then says which day it is.
    return bool(words) and (
        words[-1] in _BASELINE or (len(words) > 1 and words[-2] in _BASELINE and words[-1] in _DAY_ARTICLES)
    )


def _weekday_number(name: str) -> int:
    for names in _WEEKDAY_NAMES:
        if name in names:
            return names.index(name)
    raise ValueError(name)


def _weekdays_since(folded: str) -> int | None:
    """Days from a treatment told on a weekday to today told as a weekday ("el martes … hoy sábado": 4)."""
    treated = _TREATED_ON_WEEKDAY.search(folded)
    if treated is None:
        return None
    then_at = treated.start(1) if treated.group(1) else treated.start(2)
    # The last weekday told as today after the treatment's own ("treated on monday, today is…").
    told = [
        found.group(1) or found.group(2)
        for found in _TODAY_WEEKDAY.finditer(folded)
        if (found.start(1) if found.group(1) else found.start(2)) > then_at
    ]
    if not told:
        return None
    then = _weekday_number(treated.group(1) or treated.group(2))
    now = _weekday_number(told[-1])
    # The same weekday again is a week on: "lo hicieron el lunes … hoy lunes" is not the same day.
    return (now - then) % _WEEK or _WEEK


# "me hicieron la infusión antier", "had the IV last night": a treatment dated a day or two back.
_TREATED_DAYS_BACK = re.compile(
    r"\b(?:injected|infused|injection|infusion|shot|iv|drip|procedure|treatment|treated|inyectaron|pusieron|hicieron|"
    r"infiltraron|inyeccion|suero|procedimiento|tratamiento|infiltracion|goteo)\b[^.?!]{0,25}?"
    r"\b(?:yesterday|last night|ayer|anoche|antier|anteayer|antenoche)\b"
)


def treatment_dated(text: str) -> bool:
    """True when `text` says when the writer's treatment was ("day 3", "two days ago", "antier")."""
    folded = _days_folded(text)
    return days_in(text) is not None or latest_day(text) is not None or bool(_TREATED_DAYS_BACK.search(folded))


def low_fever(text: str) -> bool:
    """True when `text` calls a fever mild ("a low fever", "febrícula", "un poco de fiebre")."""
    return bool(_LOW_FEVER.search(normalize(text).replace("-", " ")))


def _treated_hours_ago(folded: str) -> bool:
    """True when `folded` dates the treatment hours back, a day at most ("injection 6 hours ago")."""
    return any(
        all(int(count) <= _HOURS_IN_A_DAY for count in match.groups() if count is not None)
        for match in _TREATED_HOURS_AGO.finditer(folded)
    )


def _hours_gone_by(folded: str) -> int | None:
    """The day since treatment that "it's only been 24 hours" makes it, in a message naming one."""
    if not _TREATMENT_NAMED.search(folded):
        return None
    hours = [int(count) for match in _HOURS_ELAPSED.finditer(folded) for count in match.groups() if count is not None]
    # Hours 1-24 are the treatment's own day (0), 25-48 the next (1), and so on.
    return max(0, max(hours) - 1) // _HOURS_IN_A_DAY if hours else None


def latest_day(text: str) -> int | None:
    """The latest day since treatment `text` says it is ("ya es el quinto día": 5), or None.

    A day given as a point of comparison ("peor que el primer día", "2/10 on day 1") is skipped.
    """
    folded = _days_folded(text)
    days = [
        int(match.group(1))
        for pattern in _DAYS_PATTERNS
        for match in pattern.finditer(folded)
        if not _baseline(folded[: match.start()].split())
        # "me duele muchísimo más desde el día 4": today is at least that day, and so past the
        # first days once it is later than them ("since day 1" says nothing of today).
        or (_SINCE_WORDS & set(folded[: match.start()].split()[-2:]) and int(match.group(1)) >= _PAST_FIRST_DAYS)
    ]
    tokens = folded.split()
    for i, token in enumerate(tokens):
        if (
            token in DAY_ORDINALS
            and tokens[i + 1 : i + 2]
            and tokens[i + 1] in _DAY_WORDS
            and not _baseline(tokens[:i])
        ):
            days.append(DAY_ORDINALS[token])
    for match in _DATE_THEN_TODAY.finditer(folded):
        # "me pusieron las células el día 2 y hoy es 8": dates of the month, today minus then.
        then, today = (int(group) for group in match.groups() if group is not None)
        if 0 <= today - then <= _DATE_GAP:
            days.append(today - then)
    weekdays = _weekdays_since(folded)
    if weekdays is not None:
        days.append(weekdays)
    if _NEXT_DAY.search(folded) or _TREATED_YESTERDAY.search(folded):
        days.append(1)
    if _SAME_DAY.search(folded) or _DAY_ZERO.search(folded) or _TREATED_TODAY.search(folded):
        days.append(0)
    if _NUMBING_WORN_OFF.search(folded) or _treated_hours_ago(folded):
        days.append(0)
    gone_by = _hours_gone_by(folded)
    if gone_by is not None:
        days.append(gone_by)
    night = _FIRST_NIGHT.search(folded)
    if night is not None and not _baseline(folded[: night.start()].split()):
        days.append(0)
    first = _FIRST_DAYS.search(folded)
    if first is not None and not _baseline(folded[: first.start()].split()):
        days.append(2)
    return max(days) if days else None
