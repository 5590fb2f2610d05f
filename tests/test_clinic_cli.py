"""`cuida clinic ...` and `cuida broadcast` as an administrator runs them (subprocesses)."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import sys
from pathlib import Path

from bot.app import clinics
from bot.app.clinics import ClinicHook
from bot.app.conversations import Conversations
from bot.core.content import Content
from bot.core.engine import Command, Engine
from bot.storage.sqlite import SqliteStorage
from tests.conftest import NOW, ROOT
from tests.support.botapi import BotApiServer
from tests.test_cli import run_cli

LINK = re.compile(r"^Invite link: https://t\.me/(\S+)\?start=([A-Za-z0-9_-]{22})$", re.MULTILINE)


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return [tuple(r) for r in conn.execute(sql, params)]


def test_clinic_add_list_and_staff(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    env = {"CUIDA_DB": str(db)}
    # 38.0 °C is the highest threshold a clinic may set (issue 13): 38.5 is refused in one sentence.
    refused = run_cli(["clinic", "add", "Clínica Sol", "--fever-threshold", "38.5"], env)
    assert refused.returncode != 0 and "use 37.0-38.0 °C" in refused.stderr and "Traceback" not in refused.stderr
    added = run_cli(["clinic", "add", "Clínica Sol", "--staff", "111", "222", "--fever-threshold", "37.8"], env)
    assert added.returncode == 0, added.stderr
    assert "Clinic 1: Clínica Sol" in added.stdout and "Staff: 111, 222" in added.stdout
    [(username, code)] = LINK.findall(added.stdout)
    assert username == "<your_bot_username>" and "CUIDA_BOT_USERNAME" in added.stdout  # placeholder, with a note
    assert query(db, "SELECT id, name, invite_code, fever_threshold_c FROM clinics") == [(1, "Clínica Sol", code, 37.8)]
    named = run_cli(["clinic", "add", "Clínica Luna", "--staff", "333"], {**env, "CUIDA_BOT_USERNAME": "@CuidaBot"})
    [(username, luna_code)] = LINK.findall(named.stdout)
    assert username == "CuidaBot" and luna_code != code and "placeholder" not in named.stdout
    flag = run_cli(["clinic", "add", "X", "--bot-username", "Other_bot"], env)
    assert LINK.findall(flag.stdout)[0][0] == "Other_bot"

    assert run_cli(["clinic", "staff", "add", "2", "444"], env).stdout.strip() == "444 is now staff of clinic 2."
    assert run_cli(["clinic", "staff", "add", "2", "444"], env).stdout.strip() == "444 was already staff of clinic 2."
    removed = run_cli(["clinic", "staff", "remove", "1", "222"], env)
    assert removed.returncode == 0 and "222 is no longer staff of clinic 1." in removed.stdout
    again = run_cli(["clinic", "staff", "remove", "1", "222"], env)
    assert again.returncode == 1 and "was not staff" in again.stderr
    unknown = run_cli(["clinic", "staff", "add", "9", "444"], env)
    assert (
        unknown.returncode == 2
        and unknown.stderr.strip() == "cuida: There is no clinic 9; `cuida clinic list` shows them."
    )
    assert query(db, "SELECT clinic_id, user_id FROM clinic_staff ORDER BY clinic_id, user_id") == [
        (1, 111),
        (2, 333),
        (2, 444),
    ]

    listed = run_cli(["clinic", "list", "--bot-username", "CuidaBot"], env)
    assert listed.returncode == 0, listed.stderr
    assert "1\tClínica Sol\t0 active patient(s), fever threshold 37.8 °C" in listed.stdout
    assert "\tstaff: 333, 444\n" in listed.stdout
    assert f"\tinvite: https://t.me/CuidaBot?start={code}" in listed.stdout


def test_bad_bot_username_is_one_sentence(tmp_path: Path) -> None:
    run = run_cli(["clinic", "add", "Sol"], {"CUIDA_DB": str(tmp_path / "c.sqlite3"), "CUIDA_BOT_USERNAME": "t.me/x"})
    assert run.returncode == 2 and run.stderr.startswith("cuida: The bot username 't.me/x' is not valid")


async def patients(db: Path, content: Content) -> None:
    """Sol: 3 active patients (2 reads Spanish), one stopped (4); Luna: 2 active patients."""
    store = await SqliteStorage.open(db)
    try:
        sol = await clinics.create_clinic(store, "Clínica Sol", staff=[900], now=NOW)
        luna = await clinics.create_clinic(store, "Clínica Luna", now=NOW)
        talk = Conversations(Engine(content), store, clock=lambda: NOW, hooks=[ClinicHook(store, content)])
        for user_id, code in ((1, sol), (2, sol), (3, sol), (4, sol), (5, luna), (6, luna)):
            await talk.handle(user_id, Command("start", code.invite_code), language_code="es" if user_id == 2 else "en")
        await store.set_status(4, "stopped")
    finally:
        await store.close()


async def test_broadcast_no_send_queues_one_row_per_active_patient(tmp_path: Path, content: Content) -> None:
    db = tmp_path / "c.sqlite3"
    await patients(db, content)
    env = {"CUIDA_DB": str(db), "TELEGRAM_BOT_TOKEN": "123:abc"}  # a token, yet --no-send must not send
    run = await asyncio.to_thread(
        run_cli, ["broadcast", "--clinic", "1", "--template", "fever_watch", "--no-send"], env
    )
    assert run.returncode == 0, run.stderr
    assert "Broadcast 1 to Clínica Sol: 3 recipient(s) queued." in run.stdout
    assert "--no-send" in run.stdout
    assert query(db, "SELECT user_id, kind, ref, status FROM outbox ORDER BY user_id") == [
        (1, "broadcast", "1", "pending"),
        (2, "broadcast", "1", "pending"),
        (3, "broadcast", "1", "pending"),
    ]
    assert query(db, "SELECT clinic_id, created_by, template, recipients FROM broadcasts") == [
        (1, None, "fever_watch", 3)
    ]
    written = await asyncio.to_thread(
        run_cli, ["broadcast", "--clinic", "2", "--text-en", "Hello", "--text-es", "Hola", "--no-send"], env
    )
    assert written.returncode == 0 and "2 recipient(s) queued" in written.stdout
    bad = await asyncio.to_thread(run_cli, ["broadcast", "--clinic", "1", "--template", "nope", "--no-send"], env)
    assert bad.returncode == 2 and "There is no broadcast template 'nope'" in bad.stderr
    half = await asyncio.to_thread(run_cli, ["broadcast", "--clinic", "1", "--text-en", "Hello", "--no-send"], env)
    assert half.returncode == 2 and "--text-en needs --text-es" in half.stderr
    assert len(query(db, "SELECT id FROM outbox")) == 5


async def run_async(args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """The CLI in a subprocess without blocking this event loop (the Bot API stand-in runs on it)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": "/tmp", **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode or 0, out.decode(), err.decode()


async def test_broadcast_sends_with_a_progress_bar_and_the_username_comes_from_get_me(
    tmp_path: Path, content: Content
) -> None:
    db = tmp_path / "c.sqlite3"
    await patients(db, content)
    async with BotApiServer(bot_username="cuida_clinic_bot") as server:
        server.blocked_chats.add(3)
        env = {
            "CUIDA_DB": str(db),
            "TELEGRAM_BOT_TOKEN": server.token,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "CUIDA_CHAT_INTERVAL": "0.01",
        }
        code, out, err = await run_async(["broadcast", "--clinic", "1", "--template", "site_care"], env)
        assert code == 0, err
        assert "3 recipient(s) queued" in out
        assert "Done: 2 sent, 1 blocked or unreachable, 0 failed, 0 skipped." in out
        assert "broadcast 1: 100%" in err and "3/3" in err  # the progress bar
        assert "Keep the place where you had your treatment" in server.texts_to(1)[0]
        assert "Mantén limpia y seca" in server.texts_to(2)[0]  # in the patient's own language
        assert server.texts_to(4) == [] and server.texts_to(5) == []  # stopped; another clinic
        assert query(db, "SELECT user_id, status FROM outbox ORDER BY user_id") == [
            (1, "sent"),
            (2, "sent"),
            (3, "blocked"),
        ]
        code, out, err = await run_async(["clinic", "add", "Clínica Mar"], env)
        assert code == 0, err
        assert LINK.findall(out)[0][0] == "cuida_clinic_bot"
