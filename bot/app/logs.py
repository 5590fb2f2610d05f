"""Structured logs: one JSON object per line, with no message text or names, and Telegram ids hashed.

JSON lines rather than logfmt: every value is escaped the same unambiguous way (quotes, newlines
and accents in an exception message cannot break a line or forge a field), and journald, Docker's
log drivers, Loki, Elasticsearch and `jq` read it without a custom parser. On a terminal (or with
`CUIDA_LOG_FORMAT=text`) the same events come as `time level logger event key=value` lines.

Patients are named in logs only by `user_ref(id)`: HMAC-SHA256 of the Telegram id keyed with
CUIDA_LOG_KEY (else the bot token), cut to 12 hex digits. Without the key nobody can go from a log
line back to an account (ids are small numbers: an unkeyed hash is reversed by trying them all),
but support staff can compute one patient's reference with `cuida log-ref TELEGRAM_ID` and grep.
"""

from __future__ import annotations

import contextvars
import functools
import hashlib
import hmac
import json
import logging
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any, TypeVar

from bot.core import timestamps
from bot.core.engine import Event, Input, UserState
from bot.storage.base import Transaction

FORMATS = ("auto", "json", "text")  # auto: text when stderr is a terminal, JSON lines otherwise
# Libraries that log what we must not: httpx puts the bot token in every request URL it logs at
# INFO; PTB logs whole updates (text, names, ids) at DEBUG; aiohttp's access log has client
# addresses and paths. They are held at WARNING whatever the configured level (PTB follows the
# level only with CUIDA_LOG_TEXT=1).
QUIET = ("httpx", "httpcore", "aiohttp.access", "aiohttp.server", "hpack", "apscheduler", "asyncio")
CHATTY = ("telegram",)
REF_LENGTH = 12  # hex digits: 48 bits, so two of 100,000 patients share a reference with odds ~1 in 50,000
_FALLBACK_KEY = b"cuida: no key configured"  # the console chat, tests; never a deployment with a token
_RESERVED = frozenset({"ts", "level", "logger", "event"})

_key = _FALLBACK_KEY
_log_text = False

turn_log = logging.getLogger("bot.turns")


def user_ref(user_id: int | str | None) -> str | None:
    """The keyed hash that stands for a Telegram id in logs (None stays None)."""
    if user_id is None:
        return None
    return _ref(str(user_id))


@functools.lru_cache(maxsize=4096)  # people write several messages in a row; cleared when the key changes
def _ref(user_id: str) -> str:
    return hmac.new(_key, user_id.encode(), hashlib.sha256).hexdigest()[:REF_LENGTH]


class JsonFormatter(logging.Formatter):
    """One JSON object per record: ts, level, logger, event, then the record's fields."""

    def format(self, record: logging.LogRecord) -> str:
        """Render one record as a single line."""
        out: dict[str, Any] = {
            "ts": timestamps.encode(datetime.fromtimestamp(record.created, UTC), "milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in (getattr(record, "fields", None) or {}).items():
            out[f"_{key}" if key in _RESERVED else key] = value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str, separators=(",", ":"))


class TextFormatter(logging.Formatter):
    """`time level logger event key=value ...` for a terminal; values with spaces are quoted."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        """Render one record; an exception's traceback is folded onto the same line."""
        saved = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            line = super().format(record)
        finally:
            record.exc_info, record.exc_text = saved
        parts = [line]
        for key, value in (getattr(record, "fields", None) or {}).items():
            parts.append(f"{key}={_text_value(value)}")
        if record.exc_info:
            parts.append(f"exc={_text_value(self.formatException(record.exc_info))}")
        return " ".join(parts)


def _text_value(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    if text and all(c.isalnum() or c in "-_.:/@+" for c in text):
        return text
    return json.dumps(text, ensure_ascii=False)  # quoted and escaped: newlines cannot break the line


def configure(
    level: str = "INFO",
    fmt: str = "auto",
    key: str | bytes | None = None,
    log_text: bool = False,
    stream: IO[str] | None = None,
) -> None:
    """Send every record to `stream` (stderr) as one line; may be called again (tests, re-configuration)."""
    global _key, _log_text
    _key = (key.encode() if isinstance(key, str) else key) or _FALLBACK_KEY
    _ref.cache_clear()
    _log_text = log_text
    stream = stream or sys.stderr
    if fmt == "auto":
        fmt = "text" if stream.isatty() else "json"
    # Our lines never show the thread, process or source line, so records need not look them up
    # (the logging HOWTO's "Optimization" section): most of the cost of a record on every turn.
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    logging._srcfile = None
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    handler._cuida = True  # type: ignore[attr-defined]  # ours: replaced, never stacked, on a second call
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_cuida", False)]:
        root.removeHandler(old)
    root.addHandler(handler)
    numeric = getattr(logging, level)
    root.setLevel(numeric)
    floor = max(numeric, logging.WARNING)
    for name in QUIET:
        logging.getLogger(name).setLevel(floor)
    for name in CHATTY:
        logging.getLogger(name).setLevel(numeric if log_text else floor)


def reset() -> None:
    """Undo configure(): our handler removed, library levels and the key back to their defaults (tests)."""
    global _key, _log_text
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_cuida", False)]:
        root.removeHandler(old)
    root.setLevel(logging.WARNING)
    for name in (*QUIET, *CHATTY):
        logging.getLogger(name).setLevel(logging.NOTSET)
    _key, _log_text = _FALLBACK_KEY, False
    _ref.cache_clear()


def event(logger: logging.Logger, name: str, level: int = logging.INFO, **fields: Any) -> None:
    """Log one structured event: `name` is the event, `fields` its values (no text, no raw ids)."""
    if logger.isEnabledFor(level):
        logger.log(level, name, extra={"fields": fields})


# ---- turn outcomes -----------------------------------------------------------------------------


@dataclass
class _Outcome:
    """Filled by TurnRecorder while one update is handled; read when the handler returns."""

    done: bool = False
    flow: str | None = None
    step: str | None = None
    sign: str | None = None
    level: str | None = None
    effects: int = 0
    content_error: bool = False  # the engine gave up on the content (a loop): the user was told something went wrong


_current: contextvars.ContextVar[_Outcome | None] = contextvars.ContextVar("cuida_turn", default=None)


class TurnRecorder:
    """A Conversations hook that notes where a turn ended, for the log line of the update.

    The handler sets a context variable and awaits Conversations.handle directly, so the hook runs
    in the same context and the note reaches the handler even with concurrent updates.
    """

    async def before(self, state: UserState, event: Input, now: datetime) -> None:
        """Nothing to add before the engine runs."""

    async def after(self, tx: Transaction, state: UserState, effects: list[Event], now: datetime) -> None:
        """Note the flow, step and any red flag (the sign's name, never the words that raised it)."""
        outcome = _current.get()
        if outcome is None:
            return
        outcome.done = True
        outcome.flow, outcome.step, outcome.effects = state.flow, state.step, len(effects)
        for effect in effects:
            if effect.kind == "content_error":
                outcome.content_error = True
            if effect.kind in ("red_flag", "warning_sign"):
                outcome.sign = effect.data.get("sign")
                outcome.level = effect.data.get("level")


H = TypeVar("H", bound=Callable[..., Awaitable[None]])


def logged_turn(kind: str) -> Callable[[H], H]:
    """Wrap a PTB handler: one `turn` line per update handled (who, as a ref; where; how long)."""

    def wrap(handler: H) -> H:
        @functools.wraps(handler)
        async def run(update: Any, context: Any) -> None:
            outcome = _Outcome()
            token = _current.set(outcome)
            started = time.perf_counter()
            result = "ok"
            try:
                await handler(update, context)
            except BaseException:
                result = "error"
                raise
            finally:
                _current.reset(token)
                if result == "ok" and outcome.content_error:
                    result = "content_error"  # handled, but the user got "something went wrong"
                if outcome.done or result != "ok":
                    _log_turn(update, kind, outcome, result, time.perf_counter() - started)

        return run  # type: ignore[return-value]

    return wrap


def _log_turn(update: Any, kind: str, outcome: _Outcome, result: str, seconds: float) -> None:
    user = getattr(update, "effective_user", None)
    fields: dict[str, Any] = {
        "user": user_ref(user.id) if user is not None else None,
        "input": kind,
        "flow": outcome.flow,
        "step": outcome.step,
        "latency_ms": round(seconds * 1000, 1),
        "outcome": result,
    }
    if outcome.sign:
        fields["red_flag"] = outcome.sign
        fields["urgency"] = outcome.level
    if _log_text:
        message = getattr(update, "effective_message", None)
        query = getattr(update, "callback_query", None)
        fields["text"] = (query.data if query is not None else getattr(message, "text", None) or "")[:200]
    level = logging.ERROR if result == "content_error" else logging.WARNING if result != "ok" else logging.INFO
    event(turn_log, "turn", level, **fields)
