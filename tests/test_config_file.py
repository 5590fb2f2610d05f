"""Settings from a YAML file, the environment and flags: precedence, and one clear sentence per problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.app import config
from bot.app.config import FILE_KEYS, ConfigError
from tests.conftest import ROOT
from tests.test_cli import run_cli

TOKEN = "123456:ABC-def_ghi"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cuida.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_file_values_then_environment_then_flags(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f'token: "{TOKEN}"\nsend_rate: 12.5\nlog_level: debug\nlog_text: true\nwebhook_port: 8443\n'
        'webhook_url: "https://bot.example.org/hook"\ndb: "/srv/cuida.sqlite3"\nchat_interval:\n',
    )
    settings = config.load({"CUIDA_CONFIG": str(path)})
    assert (settings.token, settings.send_rate, settings.log_level, settings.log_text) == (TOKEN, 12.5, "DEBUG", True)
    assert (settings.webhook_port, settings.webhook_path) == (8443, "/hook")
    assert settings.db_path == Path("/srv/cuida.sqlite3")
    assert settings.chat_interval == 1.0  # `key:` with no value keeps the default

    env = {"CUIDA_CONFIG": str(path), "CUIDA_SEND_RATE": "3", "CUIDA_DB": "  "}
    settings = config.load(env, overrides={"CUIDA_WEBHOOK_PORT": ("--port", "9000")})
    assert settings.send_rate == 3.0  # the environment wins over the file
    assert settings.db_path == Path("/srv/cuida.sqlite3")  # an empty variable does not blank the file's value
    assert settings.webhook_port == 9000  # a flag wins over both
    # --config wins over CUIDA_CONFIG.
    other = tmp_path / "other.yaml"
    other.write_text("send_rate: 7\n")
    assert config.load({"CUIDA_CONFIG": str(path)}, config_file=other).send_rate == 7.0


def test_every_problem_in_the_file_is_one_line_with_its_place(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "send_rat: 10\nwebhook_port: '8080'\nlog_text: maybe\nsend_rate: fast\nbot_username: 12345\nfrobnicate: 1\n",
    )
    with pytest.raises(ConfigError) as error:
        config.load({}, config_file=path)
    assert str(error.value).splitlines() == [
        f"{path}:1: unknown setting 'send_rat'; did you mean 'send_rate'?",
        f"{path}:2: webhook_port must be a whole number (got '8080').",
        f"{path}:3: log_text must be true or false (got 'maybe').",
        f"{path}:4: send_rate must be a number (got 'fast').",
        f"{path}:5: bot_username must be text; put it in quotes (got 12345).",
        f"{path}:6: unknown setting 'frobnicate'; the keys are: {', '.join(FILE_KEYS)}.",
    ]


def test_values_from_the_file_are_named_by_key_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "log_level: LOUD\n")
    with pytest.raises(ConfigError, match=re.escape(f"log_level ({path}:1) must be one of DEBUG")):
        config.load({}, config_file=path)
    path = write(tmp_path, "# the token\ntoken: 'not a token'\n")
    with pytest.raises(ConfigError, match=re.escape(f"token ({path}:2) looks malformed")):
        config.load({}, config_file=path).require_token()
    path = write(tmp_path, "send_rate: -1\n")
    with pytest.raises(ConfigError, match=re.escape(f"send_rate ({path}:1) must be greater than 0")):
        config.load({}, config_file=path)
    # The same value from the environment is named by its variable, as before.
    with pytest.raises(ConfigError, match=r"^CUIDA_SEND_RATE must be greater than 0"):
        config.load({"CUIDA_SEND_RATE": "-1"})


def test_broken_or_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist; fix CUIDA_CONFIG or --config"):
        config.load({"CUIDA_CONFIG": str(tmp_path / "nope.yaml")})
    path = write(tmp_path, "send_rate: [1\n")
    with pytest.raises(ConfigError, match=rf"^{re.escape(str(path))}:\d+: YAML syntax error"):
        config.load({}, config_file=path)
    path = write(tmp_path, "- send_rate\n")
    with pytest.raises(ConfigError, match="must be `key: value` lines"):
        config.load({}, config_file=path)
    assert config.load({}, config_file=write(tmp_path, "# nothing set yet\n")).send_rate == 25.0


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CUIDA_WEBHOOK_URL": "bot.example.org/hook"}, "CUIDA_WEBHOOK_URL must be the public https:// address"),
        ({"CUIDA_WEBHOOK_PORT": "70000"}, "CUIDA_WEBHOOK_PORT must be a port number from 0 to 65535"),
        ({"CUIDA_WEBHOOK_SECRET": "has spaces in it"}, "CUIDA_WEBHOOK_SECRET must be 1-256 characters"),
        ({"CUIDA_WEBHOOK_PATH": "telegram"}, "CUIDA_WEBHOOK_PATH must start with /"),
        ({"CUIDA_LOG_FORMAT": "xml"}, "CUIDA_LOG_FORMAT must be auto, json or text"),
        ({"CUIDA_LOG_TEXT": "perhaps"}, "CUIDA_LOG_TEXT must be 1 or 0"),
        ({"CUIDA_STOP_TIMEOUT": "0"}, "CUIDA_STOP_TIMEOUT must be greater than 0"),
        ({"CUIDA_POLL_INTERVAL": "-1"}, "CUIDA_POLL_INTERVAL must be between 0 and 60 seconds"),
        ({"CUIDA_POLL_INTERVAL": "soon"}, "CUIDA_POLL_INTERVAL must be a number"),
        ({"CUIDA_WORKERS": "0"}, "CUIDA_WORKERS must be a whole number of at least 1"),
        ({"CUIDA_WORKERS": "two"}, "CUIDA_WORKERS must be a whole number of at least 1"),
        ({"CUIDA_WORKERS": "64"}, "CUIDA_WORKERS must be at most 16 (got 64)"),
    ],
)
def test_run_settings_are_checked(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        config.load(env)


def test_the_webhook_secret_defaults_to_one_derived_from_the_token() -> None:
    settings = config.load({"TELEGRAM_BOT_TOKEN": TOKEN, "CUIDA_WEBHOOK_URL": "https://bot.example.org/x"})
    secret = settings.webhook_secret_token()
    assert config.SECRET_PATTERN.match(secret) and TOKEN not in secret
    assert secret == config.load({"TELEGRAM_BOT_TOKEN": TOKEN}).webhook_secret_token()  # stable across restarts
    assert config.load({"TELEGRAM_BOT_TOKEN": "1:other"}).webhook_secret_token() != secret
    assert config.load({"CUIDA_WEBHOOK_SECRET": "mine"}).webhook_secret_token() == "mine"


def test_the_command_line_reports_file_problems_and_flag_problems(tmp_path: Path) -> None:
    path = write(tmp_path, "sendrate: 3\n")
    run = run_cli(["--config", str(path), "check"], {})
    assert run.returncode == 2
    assert run.stderr.strip() == f"cuida: {path}:1: unknown setting 'sendrate'; did you mean 'send_rate'?"
    run = run_cli(["run", "--port", "http"], {"TELEGRAM_BOT_TOKEN": TOKEN, "CUIDA_DB": str(tmp_path / "c.sqlite3")})
    assert run.returncode == 2
    assert run.stderr.strip() == "cuida: --port must be a port number from 0 to 65535 (got 'http')."


def test_every_setting_is_documented_and_in_the_example_file() -> None:
    """Each variable config.py reads has a file key, a row in the README table and a line in the example."""
    source = (ROOT / "bot" / "app" / "config.py").read_text()
    read = set(re.findall(r'env(?:\.get\(|, )"((?:CUIDA|TELEGRAM)_[A-Z_]+)"', source)) - {"CUIDA_CONFIG"}
    assert read >= {"CUIDA_DB", "CUIDA_WEBHOOK_URL", "CUIDA_STOP_TIMEOUT"}  # the pattern still finds them
    variables = {variable for variable, _ in FILE_KEYS.values()}
    assert read - variables == set(), "add these to FILE_KEYS in bot/app/config.py"
    readme = (ROOT / "README.md").read_text()
    table = {m for m in re.findall(r"^\| `([A-Z_]+)`", readme, flags=re.MULTILINE)}
    assert variables | {"CUIDA_CONFIG"} <= table, f"README's configuration table lacks {variables - table}"
    example = (ROOT / "docs" / "cuida.example.yaml").read_text()
    keys = set(re.findall(r"^#? ?([a-z_]+):", example, flags=re.MULTILINE))
    assert set(FILE_KEYS) <= keys, f"docs/cuida.example.yaml lacks {set(FILE_KEYS) - keys}"
    # And the example itself loads (its commented lines are examples, not settings).
    config.load({}, config_file=ROOT / "docs" / "cuida.example.yaml")
