"""Settings from environment variables and an optional YAML file, validated once at start-up.

Precedence: command-line flags, then environment variables, then the file (CUIDA_CONFIG or
`cuida --config`), then the defaults. Every error is one sentence naming where the bad value came
from (the variable, the flag, or the file and line) and what to do.
"""

from __future__ import annotations

import difflib
import hashlib
import hmac
import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DB = "data/cuida.sqlite3"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# A bot token is the bot's numeric id, a colon, and a secret of letters, digits, '-' and '_'.
TOKEN_PATTERN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{1,100}$")
# A bot's username: 5-32 letters, digits and '_' (a leading '@' is dropped).
USERNAME_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_]{4,31}$")
# Telegram's rule for setWebhook's secret_token: 1-256 characters, A-Z, a-z, 0-9, '_' and '-'.
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
LOG_FORMATS = ("auto", "json", "text")
DEFAULT_WEBHOOK_PATH = "/telegram"
MAX_WORKERS = 16
TRUE_WORDS = ("1", "true", "yes", "on")
FALSE_WORDS = ("0", "false", "no", "off", "")

# The YAML file's keys, the environment variable each stands for, and the YAML type it must have.
FILE_KEYS: dict[str, tuple[str, str]] = {
    "token": ("TELEGRAM_BOT_TOKEN", "text"),
    "api_base_url": ("TELEGRAM_API_BASE_URL", "text"),
    "db": ("CUIDA_DB", "text"),
    "content_dir": ("CUIDA_CONTENT_DIR", "text"),
    "log_level": ("CUIDA_LOG_LEVEL", "text"),
    "log_format": ("CUIDA_LOG_FORMAT", "text"),
    "log_text": ("CUIDA_LOG_TEXT", "boolean"),
    "log_key": ("CUIDA_LOG_KEY", "text"),
    "send_rate": ("CUIDA_SEND_RATE", "number"),
    "chat_interval": ("CUIDA_CHAT_INTERVAL", "number"),
    "bot_username": ("CUIDA_BOT_USERNAME", "text"),
    "transport": ("CUIDA_TRANSPORT", "text"),
    "concurrent_updates": ("CUIDA_CONCURRENT_UPDATES", "integer"),
    "event_retention_days": ("CUIDA_EVENT_RETENTION_DAYS", "integer"),
    "webhook_url": ("CUIDA_WEBHOOK_URL", "text"),
    "webhook_listen": ("CUIDA_WEBHOOK_LISTEN", "text"),
    "webhook_port": ("CUIDA_WEBHOOK_PORT", "integer"),
    "webhook_secret": ("CUIDA_WEBHOOK_SECRET", "text"),
    "webhook_path": ("CUIDA_WEBHOOK_PATH", "text"),
    "webhook_read_timeout": ("CUIDA_WEBHOOK_READ_TIMEOUT", "number"),
    "webhook_max_connections": ("CUIDA_WEBHOOK_MAX_CONNECTIONS", "integer"),
    "health_min_free_mb": ("CUIDA_HEALTH_MIN_FREE_MB", "integer"),
    "health_telegram_limit": ("CUIDA_HEALTH_TELEGRAM_LIMIT", "number"),
    "health_interval": ("CUIDA_HEALTH_INTERVAL", "number"),
    "stop_timeout": ("CUIDA_STOP_TIMEOUT", "number"),
    "poll_interval": ("CUIDA_POLL_INTERVAL", "number"),
    "workers": ("CUIDA_WORKERS", "integer"),
}


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one sentence saying how to fix it."""


@dataclass(frozen=True)
class Settings:
    """Everything configurable about one running Cuida."""

    token: str | None
    api_base_url: str
    db_path: Path
    log_level: str
    content_dir: Path
    send_rate: float = 25.0  # messages/s the bot sends on its own (Telegram allows about 30/s in bulk)
    chat_interval: float = 1.0  # seconds between two unasked messages to the same chat
    bot_username: str | None = None  # for clinic invite links (https://t.me/<bot>?start=<code>)
    transport: str = "aiohttp"  # HTTP client for the Bot API: "aiohttp" (fast) or "httpx" (PTB's default)
    concurrent_updates: int = 64  # updates processed at once (different chats; one chat stays in order)
    log_format: str = "auto"  # json lines for machines; text for a person; auto: text on a terminal
    log_text: bool = False  # CUIDA_LOG_TEXT=1: message text in turn lines, for debugging only
    log_key: str | None = None  # key of the hashed user references in logs (default: the bot token)
    webhook_url: str | None = None  # set: Telegram POSTs updates to us instead of being polled
    webhook_listen: str = "127.0.0.1"  # behind a reverse proxy on the same host; 0.0.0.0 in a container
    webhook_port: int = 8080
    webhook_secret: str | None = None  # default: derived from the token (see webhook_secret_token)
    webhook_path: str = DEFAULT_WEBHOOK_PATH
    webhook_read_timeout: float = 10.0  # seconds a client has for a request's headers, then again for its body
    webhook_max_connections: int = 200  # open at once (Telegram uses at most 100); the slowest idle one makes room
    health_min_free_mb: int = 100  # less free space than this beside the database is unhealthy
    health_telegram_limit: float = 300.0  # seconds without any answer from Telegram before it is unhealthy
    health_interval: float = 30.0  # seconds between two health checks of the running bot (and its report file)
    stop_timeout: float = 15.0  # seconds a graceful shutdown may take before the rest is abandoned
    poll_interval: float = 0.01  # seconds between two getUpdates: under load, a batch instead of one at a time
    workers: int = 1  # processes answering updates; one chat always goes to the same one
    token_source: str = "TELEGRAM_BOT_TOKEN"  # where the token came from, for error messages
    event_retention_days: int = 365  # events older than this are pruned (aggregate counts are kept)

    def require_token(self) -> str:
        """The bot token, or a ConfigError when it is missing or malformed."""
        if not self.token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather and export it.")
        if not TOKEN_PATTERN.match(self.token):
            raise ConfigError(
                f"{self.token_source} looks malformed; it should look like 123456789:AAE... with no spaces or quotes."
            )
        return self.token

    def webhook_secret_token(self) -> str:
        """The secret Telegram must send with every update: the configured one, else one derived from the token.

        Derived, not random: every replica and every restart expects the same value, and it is as
        secret as the token it comes from.
        """
        if self.webhook_secret:
            return self.webhook_secret
        token = self.require_token()
        return hmac.new(token.encode(), b"cuida webhook secret", hashlib.sha256).hexdigest()


def default_content_dir() -> Path:
    """flows/ and locales/ live in the working directory when present, else beside the package."""
    cwd = Path.cwd()
    if (cwd / "flows").is_dir() and (cwd / "locales").is_dir():
        return cwd
    return Path(__file__).resolve().parents[2]


def api_base_url(raw: str | None) -> str:
    """Normalise TELEGRAM_API_BASE_URL so that PTB can append the token to it."""
    url = (raw or "").strip() or DEFAULT_API_BASE_URL
    if not re.match(r"^https?://", url):
        raise ConfigError(f"TELEGRAM_API_BASE_URL must start with http:// or https:// (got {url!r}).")
    if "{token}" in url or url.endswith("/bot"):
        return url
    return url.rstrip("/") + "/bot"


def from_env(env: Mapping[str, str] | None = None, labels: Mapping[str, str] | None = None) -> Settings:
    """Read and validate the settings from the environment; `labels` say where a value came from if not there."""
    env = os.environ if env is None else env
    try:
        return _from_env(env)
    except ConfigError as exc:
        message = str(exc)
        for variable, label in (labels or {}).items():
            # "CUIDA_SEND_RATE must be..." becomes "send_rate (cuida.yaml:4) must be..." for a file value.
            message = re.sub(rf"\b{variable}\b", _literally(label), message, count=1)
        raise ConfigError(message) from None


def _from_env(env: Mapping[str, str]) -> Settings:
    level = env.get("CUIDA_LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if level not in LOG_LEVELS:
        raise ConfigError(f"CUIDA_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)} (got {level!r}).")
    content = env.get("CUIDA_CONTENT_DIR", "").strip()
    send_rate = _positive(env, "CUIDA_SEND_RATE", 25.0)
    chat_interval = _positive(env, "CUIDA_CHAT_INTERVAL", 1.0)
    return Settings(
        token=env.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
        api_base_url=api_base_url(env.get("TELEGRAM_API_BASE_URL")),
        db_path=Path(env.get("CUIDA_DB", "").strip() or DEFAULT_DB),
        log_level=level,
        content_dir=Path(content) if content else default_content_dir(),
        send_rate=send_rate,
        chat_interval=chat_interval,
        bot_username=bot_username(env.get("CUIDA_BOT_USERNAME")),
        transport=transport(env.get("CUIDA_TRANSPORT")),
        concurrent_updates=_count(env, "CUIDA_CONCURRENT_UPDATES", 64),
        event_retention_days=_count(env, "CUIDA_EVENT_RETENTION_DAYS", 365),
        **_run_settings(env),
    )


def _run_settings(env: Mapping[str, str]) -> dict[str, Any]:
    """Logging, webhook and shutdown settings of `cuida run`."""
    log_format = env.get("CUIDA_LOG_FORMAT", "").strip().lower() or "auto"
    if log_format not in LOG_FORMATS:
        raise ConfigError(f"CUIDA_LOG_FORMAT must be auto, json or text (got {log_format!r}).")
    webhook_url = _webhook_url(env.get("CUIDA_WEBHOOK_URL", "").strip())
    return {
        "log_format": log_format,
        "log_text": _boolean(env, "CUIDA_LOG_TEXT"),
        "log_key": env.get("CUIDA_LOG_KEY", "").strip() or None,
        "webhook_url": webhook_url,
        "webhook_listen": env.get("CUIDA_WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
        "webhook_port": _port(env, "CUIDA_WEBHOOK_PORT", 8080),
        "webhook_secret": _secret(env.get("CUIDA_WEBHOOK_SECRET", "").strip()),
        "webhook_path": _webhook_path(env.get("CUIDA_WEBHOOK_PATH", "").strip(), webhook_url),
        "webhook_read_timeout": _positive(env, "CUIDA_WEBHOOK_READ_TIMEOUT", 10.0),
        "webhook_max_connections": _count(env, "CUIDA_WEBHOOK_MAX_CONNECTIONS", 200),
        "health_min_free_mb": _count(env, "CUIDA_HEALTH_MIN_FREE_MB", 100),
        "health_telegram_limit": _positive(env, "CUIDA_HEALTH_TELEGRAM_LIMIT", 300.0),
        "health_interval": _positive(env, "CUIDA_HEALTH_INTERVAL", 30.0),
        "stop_timeout": _positive(env, "CUIDA_STOP_TIMEOUT", 15.0),
        "poll_interval": _non_negative(env, "CUIDA_POLL_INTERVAL", 0.01),
        "workers": _workers(env),
        "token_source": "TELEGRAM_BOT_TOKEN",
    }


def _literally(text: str) -> Callable[[re.Match[str]], str]:
    """A re.sub replacement that is `text` as it is (no backslash or group references read in it)."""
    return lambda _: text


def load(
    env: Mapping[str, str] | None = None,
    config_file: str | Path | None = None,
    overrides: Mapping[str, tuple[str, Any]] | None = None,
) -> Settings:
    """Settings from flags (`overrides`: variable -> (flag, value)), the environment and the YAML file.

    The file is `config_file`, else CUIDA_CONFIG; every problem in it is reported at once, one
    sentence per line, as `file:line: message`.
    """
    env = os.environ if env is None else env
    merged: dict[str, str] = {}
    labels: dict[str, str] = {}
    path = str(config_file or env.get("CUIDA_CONFIG", "")).strip()
    if path:
        values, lines = read_file(Path(path))
        by_variable = {variable: key for key, (variable, _) in FILE_KEYS.items()}
        for variable, value in values.items():
            merged[variable] = value
            labels[variable] = f"{by_variable[variable]} ({path}:{lines[variable]})"
    for variable, value in env.items():
        # An empty variable is "not set": it must not blank out what the file says.
        if value.strip():
            merged[variable] = value
            labels.pop(variable, None)
    for variable, (flag, value) in (overrides or {}).items():
        if value is not None:
            merged[variable] = str(value)
            labels[variable] = flag
    settings = from_env(merged, labels)
    if "TELEGRAM_BOT_TOKEN" in labels:
        settings = replace(settings, token_source=labels["TELEGRAM_BOT_TOKEN"])
    return settings


def read_file(path: Path) -> tuple[dict[str, str], dict[str, int]]:
    """The settings a YAML file sets, as environment-variable strings, and the line of each."""
    from bot.core import yamlfile  # here: the YAML loader is only needed when there is a file

    if not path.is_file():
        raise ConfigError(f"The configuration file {path} does not exist; fix CUIDA_CONFIG or --config.")
    data, problems = yamlfile.load(path)
    messages = [str(p) for p in problems]
    values: dict[str, str] = {}
    lines: dict[str, int] = {}
    if data is None and not problems:
        return values, lines  # an empty file: nothing set
    if not problems and not isinstance(data, yamlfile.Map):
        messages.append(f"{path}:1: the file must be `key: value` lines, such as `log_level: INFO`.")
    for key, value in data.items() if isinstance(data, yamlfile.Map) else ():
        line = data.line_of(key)
        if key not in FILE_KEYS:
            close = difflib.get_close_matches(str(key), FILE_KEYS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; the keys are: {', '.join(FILE_KEYS)}."
            messages.append(f"{path}:{line}: unknown setting '{key}'{hint}")
            continue
        variable, kind = FILE_KEYS[key]
        if value is None:
            continue  # `key:` with nothing after it: left at its default
        problem = _type_problem(value, kind)
        if problem:
            messages.append(f"{path}:{line}: {key} must be {problem} (got {value!r}).")
            continue
        values[variable] = ("1" if value else "0") if isinstance(value, bool) else str(value)
        lines[variable] = line
    if messages:
        raise ConfigError("\n".join(messages))
    return values, lines


def _type_problem(value: Any, kind: str) -> str | None:
    """What is wrong with a YAML value for a key of this kind, or None."""
    if kind == "text" and not isinstance(value, str):
        return "text; put it in quotes"
    if kind == "boolean" and not isinstance(value, bool):
        return "true or false"
    if kind == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
        return "a number"
    if kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        return "a whole number"
    return None


def _webhook_url(raw: str) -> str | None:
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigError(f"CUIDA_WEBHOOK_URL must be the public https:// address Telegram posts to (got {raw!r}).")
    return raw


def _webhook_path(raw: str, url: str | None) -> str:
    """Where the local server takes the POSTs: as set, else the public URL's path (the usual proxy set-up)."""
    if not raw:
        return (urlsplit(url).path if url else "") or DEFAULT_WEBHOOK_PATH
    if not raw.startswith("/") or any(c.isspace() for c in raw):
        raise ConfigError(f"CUIDA_WEBHOOK_PATH must start with / and have no spaces, as in /telegram (got {raw!r}).")
    return raw


def _secret(raw: str) -> str | None:
    if raw and not SECRET_PATTERN.match(raw):
        raise ConfigError(
            "CUIDA_WEBHOOK_SECRET must be 1-256 characters, each a letter, digit, '_' or '-' (Telegram's rule)."
        )
    return raw or None


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) > 65535:
        raise ConfigError(f"{name} must be a port number from 0 to 65535 (got {raw!r}).")
    return int(raw)


def _boolean(env: Mapping[str, str], name: str) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw in TRUE_WORDS:
        return True
    if raw in FALSE_WORDS:
        return False
    raise ConfigError(f"{name} must be 1 or 0 (got {raw!r}).")


def transport(raw: str | None) -> str:
    """CUIDA_TRANSPORT: "aiohttp" (the default) or "httpx" (PTB's own client, as a fallback)."""
    name = (raw or "").strip().lower() or "aiohttp"
    if name not in ("aiohttp", "httpx"):
        raise ConfigError(f"CUIDA_TRANSPORT must be aiohttp or httpx (got {raw!r}).")
    return name


def _count(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"{name} must be a whole number of at least 1 (got {raw!r}).")
    return int(raw)


def _workers(env: Mapping[str, str]) -> int:
    workers = _count(env, "CUIDA_WORKERS", 1)
    if workers > MAX_WORKERS:
        raise ConfigError(
            f"CUIDA_WORKERS must be at most {MAX_WORKERS} (got {workers}); one per CPU core is the most that helps."
        )
    return workers


def bot_username(raw: str | None) -> str | None:
    """Validate a bot username (CUIDA_BOT_USERNAME or --bot-username); None when unset."""
    name = (raw or "").strip().lstrip("@")
    if not name:
        return None
    if not USERNAME_PATTERN.match(name):
        raise ConfigError(
            f"The bot username {raw!r} is not valid: 5-32 letters, digits or '_', as in @CuidaBot (without the link)."
        )
    return name


def _non_negative(env: Mapping[str, str], name: str, default: float) -> float:
    value = _float(env, name, default)
    if not 0 <= value <= 60:
        raise ConfigError(f"{name} must be between 0 and 60 seconds (got {env[name].strip()!r}).")
    return value


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number (got {raw!r}).") from None


def _positive(env: Mapping[str, str], name: str, default: float) -> float:
    value = _float(env, name, default)
    if value <= 0:
        raise ConfigError(f"{name} must be greater than 0 (got {env[name].strip()!r}).")
    return value


def configure_logging(level: str, settings: Settings | None = None) -> None:
    """One line per record, to stderr: JSON lines with hashed ids, noisy libraries held back (bot/app/logs.py)."""
    from bot.app import logs

    if settings is None:
        logs.configure(level)
        return
    logs.configure(level, settings.log_format, key=settings.log_key or settings.token, log_text=settings.log_text)
    if settings.log_text:
        logging.getLogger(__name__).warning("CUIDA_LOG_TEXT is on: message text goes into the logs; debugging only")
