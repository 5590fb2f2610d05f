"""Small talk in English and Spanish: greetings, thanks, goodbyes, "are you a bot?", distress emoji.

A message is small talk only when it is short and every word in it is small talk ("hola, buenas
tardes", "muchas gracias doctora"): one word of anything else ("hola, tengo fiebre de 39") and
it is a question or a report, for the red flags and the topic routing to read. The engine asks
this module after the red-flag and privacy checks and before routing topics.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.understanding import words

__all__ = ["KINDS", "greeting_only", "recognise", "thanks_only", "writing_for"]


def _of(block: str) -> frozenset[str]:
    """A set of words written as one string: a block of words reads and reviews better than a list."""
    return frozenset(block.split())


MAX_WORDS = 8  # "hola buenas tardes como esta usted" fits; a story does not

# Each kind: the words that say it (at least one must be there) — checked in this order, so
# "hola, ¿eres un robot?" is a question about the bot, and "ok gracias" is thanks.
_KEYS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "bot",
        _of("bot robot chatbot ia ai humano humana human persona person maquina machine automatico automatic"),
    ),
    # "what can you do?", "¿para qué sirves?": who the bot is, and what it is for.
    ("who", _of("quien who nombre name llamas can puedes podes sirves ayudas")),
    (
        "thanks",
        _of(
            "gracias grax grasias graciass thanks thank thx ty tysm tks tq agradezco agradecido agradecida "
            "appreciate appreciated bendiga bendiciones"
        ),
    ),
    # "perdón por tanto mensaje", "sorry to bother you": no need to apologise.
    ("sorry", _of("perdon perdona perdone disculpa disculpe disculpas sorry")),
    (
        "goodbye",
        _of(
            "adios chao chau bye byebye goodbye cya luego vemos pronto later cuidate care despido despedimos "
            "goodnight nite night hablamos ttyl"
        ),
    ),
    (
        "greeting",
        _of(
            "hola holi holis ola buenas buenos buen dia dias tardes morning afternoon evening hi hello hey heya "
            "hiya howdy saludos hallo"
        ),
    ),
    (
        "ok",
        _of(
            "ok okay okey oki okis k va sale vale dale listo entendido entiendo perfecto genial excelente cool great "
            "alright understood got fine bien sounds"
        ),
    ),
)
# Words that may come with small talk and mean nothing else: politeness, "how are you", names.
_ALSO = _of(
    """
    a an are you u is this it i am im talking to with real so very much many lot a de
    que tal como estas esta estan usted ustedes eres es un una hablo con soy me te le lo la el
    muchas muchos muchisimas mil muy mucho tan por todo toda todas todos your you the for all
    and y tu su nos hasta see ya good night noches mas tarde take care pronto dios
    doctor doctora dr dra senor senora senorita amigo amiga friend cuida estoy
    what whats que cual how doing going its oh ah eh pues bueno well please favor there
    manana tomorrow tmrw sigo seguimos talk chat speak
    tanto tantos mensaje mensajes molestar molestia bother messages
    do hacer help ayudar para en
    """
)
# What the bot may be named by, in a question about the bot only ("the stem cell bot").
_BOT = _of("bot robot chatbot")
_BOT_NAMED = _of("stem cell cells celulas madre aftercare cuidados cuida clinic clinica este that")
# "jajaja", "hahaha", "jeje", "lol", "xd": laughter goes with small talk and says nothing more.
_LAUGH = re.compile(r"^(?:(?:ja|je|ji|ha|he|hi)+h?|a?j+a+|lol+|lmao+|xd+)$")
_LETTERS = re.compile(r"[^\W_]+")
_VOCABULARY = frozenset().union(*(keys for _, keys in _KEYS)) | _ALSO
KINDS = ("distress", *(kind for kind, _ in _KEYS))

# Emoji that say someone is upset, scared or praying for help.
_DISTRESS = frozenset("😭😢😥😰😨😱😩😫😞😔🥺💔🙏😟😖😣☹🙁😿🆘")
_PRAYING = "🙏"  # alone or with tears, a plea; after "gracias", thanks
# Laughing and cheerful faces too ("😂😂"): a reply in kind, not "I did not understand".
_OK_EMOJI = frozenset("👍👌🙂😊☺🤗❤💙💚💜🥰😀😃😄👋✅💪😂🤣😅😆😁😉😎👏🙌🤝🥳😌😍")
# Friendly emoji by their Unicode names ("FACE THROWING A KISS", "GROWING HEART", "SPARKLES"):
# the families, not a list to keep up; distress is checked first ("BROKEN HEART" is sad).
_FRIENDLY_NAMES = (
    "HEART",
    "SMILING",
    "KISS",
    "GRINNING",
    "THUMBS UP",
    "HUGGING",
    "WINKING",
    "LAUGH",
    "CLAPPING",
    "SPARKL",
    "BLOSSOM",
    "ROSE",
    "TULIP",
    "SUNFLOWER",
    "BOUQUET",
    "STAR-STRUCK",
    "PARTY",
    "OK HAND",
    "WAVING HAND",
    "RAISED HANDS",
    "HANDSHAKE",
)
_INVISIBLE = frozenset({"Mn", "Cf", "Sk", "Zs", "Cc"})  # variation selectors, joiners, skin tones, spaces


def _friendly(ch: str) -> bool:
    """True for an emoji whose Unicode name says it is warm: a heart, a smile, a kiss, a flower."""
    name = unicodedata.name(ch, "")
    return ord(ch) > 0x2000 and any(part in name for part in _FRIENDLY_NAMES)


def _emoji_kind(text: str) -> str | None:
    """For a message with no words: 'distress' for crying or praying emoji, 'ok' for friendly ones."""
    signs = [ch for ch in text if unicodedata.category(ch) not in _INVISIBLE and not ch.isspace()]
    signs = [ch for ch in signs if not ("\U0001f3fb" <= ch <= "\U0001f3ff")]  # skin tone modifiers
    if not signs:
        return None
    if any(ch in _DISTRESS for ch in signs):
        return "distress"
    if all(ch in _OK_EMOJI or ch in "!.¡¿?" or _friendly(ch) for ch in signs):
        return "ok"
    return None


def recognise(text: str) -> str | None:
    """The kind of small talk `text` is (one of KINDS), or None when it says anything more."""
    found = words(text)
    if not found:
        return _emoji_kind(text)
    # "hello is this the stem cell bot?", "¿eres el bot de células madre?": the bot named by its subject.
    named = _BOT_NAMED if _BOT & set(found) else frozenset()
    counted = [word for word in found if word not in named]
    if len(counted) > MAX_WORDS or any(word not in _VOCABULARY and not _LAUGH.match(word) for word in counted):
        return None
    if any(ch in _DISTRESS and ch != _PRAYING for ch in text):
        return "distress"  # "hola 😭😭": the tears say more than the words
    present = set(found)
    for kind, keys in _KEYS:
        if present & keys:
            return kind
    # "jajaja 😂😂": laughter with a laughing face is a reply in kind; "jajaja xd" alone is left to
    # the model (the labelled sets call bare laughter off-topic).
    if all(_LAUGH.match(word) for word in found) and _emoji_kind(_LETTERS.sub(" ", text)) == "ok":
        return "ok"
    return None


_THANKS = dict(_KEYS)["thanks"]
# "that's all, no question", "no es pregunta, nomás eso": the writer says there is nothing to answer.
_NOTHING_ASKED = re.compile(
    r"\b(?:no question|not a question|no questions|nothing to ask|no need to reply|no need to answer"
    r"|no es pregunta|no es una pregunta|no pregunto nada|sin preguntas|no tengo preguntas"
    r"|no hace falta que (?:me )?(?:respondan|contesten|respondas|contestes))\b"
)


# "…que tengas un lindo día ☀️", "have a lovely day", "Dios te bendiga": the wish a message ends
# with when it was written to thank or to greet, with nothing to ask.
_CLOSING_WISH = re.compile(
    r"(?:(?:que )?(?:tengas|tenga|tengan|pases|pase|pasen) (?:un |una |muy )?(?:lindo|linda|buen|buena|bonito"
    r"|bonita|excelente|feliz|hermoso|hermosa|gran|lindisimo) (?:dia|tarde|noche|fin de semana|finde|semana)"
    r"|(?:have|enjoy) (?:a |an )?(?:good|nice|lovely|great|wonderful|beautiful|blessed|fab|fantastic) (?:day|evening"
    r"|night|weekend|week|one)"
    r"|dios (?:te|le|lo|la|los|las|me lo|me la|nos) bendiga|bendiciones|god bless(?: you)?|blessings)$"
)
# "solo quería presentarme", "just wanted to say hi": a greeting told as the whole purpose.
_ONLY_GREETING = re.compile(
    r"\b(?:solo|nomas|nada mas|solamente|unicamente) (?:queria|queriamos|quiero|quise) (?:presentarme|presentarnos"
    r"|saludar|saludarte|saludarle|saludarlos|saludarles|decir hola|decirte hola)\b"
    r"|\bjust (?:wanted|want|wanna) to (?:say hi|say hello|introduce myself|introduce ourselves|say hey)\b"
)


# A blessing closes a request as often as a thanks ("borren todo, que Dios los bendiga"): the
# thanks a closing wish ends must be said in words of thanks.
_BLESSINGS = frozenset({"bendiga", "bendiciones"})


def thanks_only(text: str) -> bool:
    """True when a message of any length thanks and asks nothing ("…thank you… no question, have a
    lovely evening", "mil gracias… que tengas un lindo día"): a story told to say thanks, answered
    as thanks once the red flags found nothing."""
    found = words(text)
    joined = " ".join(found)
    if not _THANKS & set(found):
        return False
    if _NOTHING_ASKED.search(joined):
        return True
    return "?" not in text and bool((_THANKS - _BLESSINGS) & set(found)) and bool(_CLOSING_WISH.search(joined))


def greeting_only(text: str) -> bool:
    """True when a message of any length only greets ("soy Don Ernesto… solo quería presentarme"):
    answered as a greeting once the red flags found nothing."""
    return "?" not in text and bool(_ONLY_GREETING.search(" ".join(words(text))))


def thanks_in(text: str) -> bool:
    """True when `text` says thanks anywhere ("no gracias", "yes thank you")."""
    return bool(_THANKS & set(words(text)))


# "hi, I'm writing for my dad, he doesn't use Telegram", "le escribo de parte de mi mamá", "soy la
# hija de la paciente": who is writing and for whom, said before (or instead of) what is wrong.
_WRITING_FOR = re.compile(
    r"\b(?:writing|messaging|texting|asking|here) (?:for|on behalf of|in the name of) (?:my|our|a|an|his|her)\b"
    r"|\bim (?:his|her|their) (?:daughter|son|wife|husband|carer|caregiver|nurse|granddaughter|grandson"
    r"|sister|brother|partner|niece|nephew)\b"
    r"|\b(?:escribo|pregunto|hablo|consulto) (?:por|de parte de|en nombre de|para) (?:mi|mis|nuestro|nuestra|un|una)\b"
    r"|\bsoy (?:la|el|su) (?:hija|hijo|esposa|esposo|nieta|nieto|cuidadora|cuidador|enfermera|enfermero|hermana"
    r"|hermano|sobrina|sobrino|pareja|mujer|marido)\b"
)


def writing_for(text: str) -> bool:
    """True when a message says someone writes for another person ("I'm writing for my dad")."""
    return bool(_WRITING_FOR.search(" ".join(words(text))))


# What a person cannot do that makes someone else write: "she can't type", "no sabe escribir en el celular".
_CANNOT = re.compile(
    r"\b(?:cant|cannot|can not|couldnt|doesnt know how to|dont know how to|isnt able to|no puede|no sabe|no"
    r" le da|no alcanza a)\b"
)
_CANNOT_TYPE = re.compile(
    r"\b(?:cant|cannot|can not|couldnt|doesnt know how to|dont know how to|isnt able to|no puede|no sabe|no"
    r" le da|no alcanza a) (?:(?:really|well|bien|muy) )?(?:type|text|write|read|see the screen|use|work|escribir"
    r"|teclear|textear|leer|usar|manejar|mandar)\b"
)


def without_cannot_type(text: str) -> str:
    """`text` as words, without what the person written for cannot do on the phone ("she can't type")."""
    return _CANNOT_TYPE.sub(" ", " ".join(words(text))).strip()


def writing_for_one_who_cannot_type(text: str) -> bool:
    """True when someone writes for another and every "can't" told is of typing or the phone ("she can't
    type on her phone"): the reason for writing, not a sign."""
    said = " ".join(words(text))
    cannot = _CANNOT.findall(said)
    return bool(_WRITING_FOR.search(said)) and bool(cannot) and len(_CANNOT_TYPE.findall(said)) == len(cannot)
