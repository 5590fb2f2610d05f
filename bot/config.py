"""Settings from environment variables, validated once at start-up with errors a person can act on."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DB = "data/cuida.sqlite3"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# A bot token is the bot's numeric id, a colon, and a secret of letters, digits, '-' and '_'.
TOKEN_PATTERN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{1,100}$")
# A bot's username: 5-32 letters, digits and '_' (a leading '@' is dropped).
USERNAME_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_]{4,31}$")


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

    def require_token(self) -> str:
        """The bot token, or a ConfigError when it is missing or malformed."""
        if not self.token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather and export it.")
        if not TOKEN_PATTERN.match(self.token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN looks malformed; it should look like 123456789:AAE... with no spaces or quotes."
            )
        return self.token


def default_content_dir() -> Path:
    """flows/ and locales/ live in the working directory when present, else beside the package."""
    cwd = Path.cwd()
    if (cwd / "flows").is_dir() and (cwd / "locales").is_dir():
        return cwd
    return Path(__file__).resolve().parent.parent


def api_base_url(raw: str | None) -> str:
    """Normalise TELEGRAM_API_BASE_URL so that PTB can append the token to it."""
    url = (raw or "").strip() or DEFAULT_API_BASE_URL
    if not re.match(r"^https?://", url):
        raise ConfigError(f"TELEGRAM_API_BASE_URL must start with http:// or https:// (got {url!r}).")
    if "{token}" in url or url.endswith("/bot"):
        return url
    return url.rstrip("/") + "/bot"


def from_env(env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate the settings from the environment."""
    env = os.environ if env is None else env
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
    )


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


def _positive(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number (got {raw!r}).") from None
    if value <= 0:
        raise ConfigError(f"{name} must be greater than 0 (got {raw!r}).")
    return value


def configure_logging(level: str) -> None:
    """One line per record, to stderr."""
    logging.basicConfig(level=getattr(logging, level), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # httpx logs every request at INFO, including the URL with the bot token in it.
    logging.getLogger("httpx").setLevel(logging.WARNING)
