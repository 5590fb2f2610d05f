"""Conversation transcripts: at least one per flow in each language, and red flags mid-flow."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.core.content import LANGUAGES, Content
from bot.core.engine import Engine
from tests.scenarios import run, scenario_files


@pytest.mark.parametrize("path", scenario_files(), ids=lambda p: p.stem)
def test_scenario(engine: Engine, path: Path) -> None:
    failures = run(engine, path)
    assert not failures, "\n".join(failures)


def test_every_flow_has_a_transcript_in_each_language(content: Content) -> None:
    covered: dict[str, set[str]] = {}
    for path in scenario_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        covered.setdefault(data.get("flow") or "welcome", set()).add(data.get("language", "en"))
    missing = [
        f"{flow} ({lang})" for flow in content.flows for lang in LANGUAGES if lang not in covered.get(flow, set())
    ]
    assert not missing, f"flows without a transcript: {', '.join(missing)}"
