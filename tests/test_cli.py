"""Configuration, start-up errors and the console chat, as a person would meet them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import config
from bot.app.config import ConfigError
from bot.app.conversations import Conversations
from bot.cli.console import chat
from bot.core.engine import Engine
from bot.storage.sqlite import SqliteStorage
from tests.conftest import ROOT


def run_cli(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    full_env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", **env}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        input=stdin,
        # `eval --unseen-only` reads every training file (about 110,000 messages): on a shared,
        # loaded 2-core machine that took over 60 s once; the bound is for a hang, not for speed.
        timeout=240,
    )


def test_defaults() -> None:
    settings = config.from_env({})
    assert settings.token is None
    assert settings.db_path == Path("data/cuida.sqlite3")
    assert settings.api_base_url == "https://api.telegram.org/bot"
    assert settings.log_level == "INFO"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("http://127.0.0.1:8081", "http://127.0.0.1:8081/bot"),
        ("http://127.0.0.1:8081/", "http://127.0.0.1:8081/bot"),
        ("http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/bot"),
        ("http://h/custom/{token}/x", "http://h/custom/{token}/x"),
    ],
)
def test_api_base_url(raw: str, expected: str) -> None:
    assert config.from_env({"TELEGRAM_API_BASE_URL": raw}).api_base_url == expected


@pytest.mark.parametrize("token", ["abc", "123 456:xyz", "'123:abc'", "123:", ":abc", "123:ab cd"])
def test_malformed_tokens_are_refused(token: str) -> None:
    with pytest.raises(ConfigError, match="malformed"):
        config.from_env({"TELEGRAM_BOT_TOKEN": token}).require_token()


def test_bad_log_level_and_base_url() -> None:
    with pytest.raises(ConfigError, match="CUIDA_LOG_LEVEL"):
        config.from_env({"CUIDA_LOG_LEVEL": "LOUD"})
    with pytest.raises(ConfigError, match="http"):
        config.from_env({"TELEGRAM_API_BASE_URL": "ftp://x"})


def test_malformed_token_stops_start_up_with_one_sentence(tmp_path: Path) -> None:
    run = run_cli(["run"], {"TELEGRAM_BOT_TOKEN": "not a token", "CUIDA_DB": str(tmp_path / "c.sqlite3")})
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        "cuida: TELEGRAM_BOT_TOKEN looks malformed; it should look like 123456789:AAE... with no spaces or quotes."
    ]


def test_missing_token_for_run(tmp_path: Path) -> None:
    run = run_cli(["run"], {"CUIDA_DB": str(tmp_path / "c.sqlite3")})
    assert run.returncode == 2 and "TELEGRAM_BOT_TOKEN is not set" in run.stderr


def test_unwritable_database_stops_start_up(tmp_path: Path) -> None:
    run = run_cli(["chat"], {"CUIDA_DB": "/proc/cuida/cuida.sqlite3"})
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cuida: Cannot create the folder for the database /proc/cuida")
    assert "Set CUIDA_DB to a writable path." in lines[0]


def test_make_run_without_token_opens_console_chat(tmp_path: Path) -> None:
    """`cuida` with no command and no token is the console chat; state persists between runs."""
    db = str(tmp_path / "c.sqlite3")
    first = run_cli([], {"CUIDA_DB": db}, stdin="9\n2\nquit\n")
    assert first.returncode == 0, first.stderr
    assert "starting the console chat" in first.stdout
    assert "Hi, I'm Cuida" in first.stdout and "Te escribiré en español" in first.stdout
    second = run_cli(["chat"], {"CUIDA_DB": db}, stdin="2\n1\nquit\n")
    assert "Hi, I'm Cuida" not in second.stdout and "¿Sobre qué quieres saber?" in second.stdout  # resumed, in Spanish
    assert "Dolor en la zona" in second.stdout


async def test_console_chat_in_spanish(tmp_path: Path, engine: Engine) -> None:
    store = await SqliteStorage.open(tmp_path / "c.sqlite3")
    lines = iter(["2", "1", "2", "/menu", "zzzz qqqq", "salir"])
    out: list[str] = []

    async def read(prompt: str) -> str | None:
        return next(lines, None)

    try:
        await chat(Conversations(engine, store), language="es", read=read, write=out.append)
    finally:
        await store.close()
    text = "\n".join(out)
    assert "Hola, soy Cuida" in text
    assert "  1. 🤒 Los primeros días tras el tratamiento" in text  # the side-effects submenu
    assert "Es común tener algo de fiebre" in text
    assert "Perdona, no te entendí" in text
    assert text.rstrip().endswith("¡Hasta pronto! Cuídate.")


def test_eval_measures_any_labelled_file(tmp_path: Path) -> None:
    corpus = tmp_path / "mine.yaml"
    corpus.write_text(
        "messages:\n"
        '  - {id: a1, lang: en, label: emergency, text: "my mother cannot breathe and her lips look blue"}\n'
        '  - {id: a2, lang: es, label: emergency, text: "mi papá no puede respirar y tiene los labios morados"}\n'
        '  - {id: a3, lang: es, label: pills, text: "¿funcionan las cápsulas de células madre para la rodilla?"}\n'
        '  - {id: a4, lang: en, label: privacy, text: "what is the weather like on mars"}\n',
        encoding="utf-8",
    )
    done = run_cli(["eval", "--corpus", str(corpus), "--part", "all", "--misses"], {"CUIDA_DB": str(tmp_path / "x.db")})
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "== whole file of mine.yaml: 4 messages ==" in out
    # Per language, the whole file in one report: both emergencies caught, the odd label a miss.
    assert "-- en --\n  emergency sensitivity: 1/1 = 100.0%" in out
    assert "-- es --\n  emergency sensitivity: 1/1 = 100.0%" in out
    assert "pills answered in the first message: 1/1 = 100.0%" in out
    assert "-- confusion (es) --" in out and "-- misses --\n  a4 [privacy ->" in out


def test_eval_can_leave_out_what_the_model_was_trained_on(tmp_path: Path) -> None:
    """A writer's message that is word for word a training text is left out with --unseen-only."""
    corpus = tmp_path / "mine.yaml"
    trained = "what can you do"  # a phrase of the menu in flows/understanding/intents.yaml
    corpus.write_text(
        "messages:\n"
        '  - {id: a1, lang: en, label: other, text: "What can you do?"}\n'
        '  - {id: a2, lang: es, label: emergency, text: "mi papá no puede respirar y tiene los labios morados"}\n',
        encoding="utf-8",
    )
    done = run_cli(["eval", "--corpus", str(corpus), "--unseen-only"], {"CUIDA_DB": str(tmp_path / "x.db")})
    assert done.returncode == 0, done.stderr
    assert "without the 1 message(s) already in the training data of mine.yaml: 1 messages ==" in done.stdout
    assert "emergency sensitivity: 1/1" in done.stdout
    intents = Path(__file__).resolve().parent.parent / "flows" / "understanding" / "intents.yaml"
    assert trained in intents.read_text(encoding="utf-8")


def test_eval_says_what_a_corpus_file_needs(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("messages:\n  - {id: b1, lang: en, text: no label here}\n", encoding="utf-8")
    done = run_cli(["eval", "--corpus", str(bad)], {"CUIDA_DB": str(tmp_path / "x.db")})
    assert done.returncode == 2
    assert "message 1 needs id, lang, text and label" in done.stderr
    assert "Traceback" not in done.stderr
