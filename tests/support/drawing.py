"""Helpers for the diagram and review-book tests: a tiny flow with awkward text, and system programs."""

from __future__ import annotations

import os
import shutil

import pytest

from bot.core.content import Ask, Branch, Button, Condition, Content, Flow, LogEntry, Operand, Option, Step, Target

# Everything a label must escape: quotes, tags, Mermaid's link bars and entities, backticks.
NASTY_EN = 'Is it "bad" <b>now</b>? | #1 & `x` {emergency_number}'
NASTY_ES = '¿Está "mal" <i>ahora</i>? | #2 & `y`'
SCRIPT = "<script>alert(1)</script> Go to the clinic."
# Long words and one long sentence: far above grade 8 (and far below ease 65 in Spanish).
HARD_EN = (
    "Postoperative inflammatory complications necessitate immediate consultation with appropriately "
    "credentialed multidisciplinary professionals regarding individualized antimicrobial prophylaxis "
    "considerations, comprehensive reevaluation of contraindications, and systematic documentation of "
    "idiosyncratic hypersensitivity manifestations."
)
HARD_ES = (
    "Las complicaciones inflamatorias postoperatorias necesitan inmediatamente una consulta "
    "multidisciplinaria especializada considerando individualizadamente profilaxis antimicrobiana, "
    "reevaluaciones comprehensivas de contraindicaciones farmacológicas y documentación sistemática de "
    "manifestaciones idiosincrásicas de hipersensibilidad inmunológica."
)


def tiny_content() -> Content:
    """One flow, `tricky`, whose texts need escaping everywhere and whose exit is an emergency."""
    yes_no = (Option("common.yes", "yes", 0), Option("common.no", "no", 0))
    worse = Condition(subject="answer", name="worse", op="in", operand=Operand(["yes"]))
    ask = Step(
        id="ask",
        say=("tricky.ask",),
        ask=Ask(type="choice", into="worse", options=yes_no),
        branches=(Branch(worse, Target(step="out"), 0),),
        next=Target(step="fine"),
    )
    out = Step(
        id="out",
        say=("tricky.out", "tricky.hard"),
        log=LogEntry("triage", {"disposition": "emergency_now"}, 0),
        end=True,
        buttons=(Button("tricky.btn", Target(flow="emergency"), {}, 0),),
    )
    fine = Step(id="fine", say=("tricky.fine",), end=True, buttons=(Button("tricky.btn", Target(step="ask"), {}, 0),))
    flow = Flow(
        id="tricky",
        file="flows/tricky.yaml",
        title="tricky.title",
        start="ask",
        steps={"ask": ask, "out": out, "fine": fine},
        sources=("src",),
    )
    texts = {
        "en": {
            "tricky.title": "Tricky & <odd>",
            "tricky.ask": NASTY_EN,
            "tricky.out": SCRIPT,
            "tricky.hard": HARD_EN,
            "tricky.fine": "All fine.",
            "tricky.btn": 'Press "here" | now',
            "common.yes": "Yes",
            "common.no": "No",
        },
        "es": {
            "tricky.title": "Difícil & <raro>",
            "tricky.ask": NASTY_ES,
            "tricky.out": "Ve a la clínica.",
            "tricky.hard": HARD_ES,
            "tricky.fine": "Todo bien.",
            "tricky.btn": 'Pulsa "aquí" | ya',
            "common.yes": "Sí",
            "common.no": "No",
        },
    }
    return Content(flows={"tricky": flow}, texts=texts)


def require_command(name: str, package: str) -> str:
    """The program's path; without it the test fails under CI (it must be installed) and skips elsewhere."""
    found = shutil.which(name)
    if found:
        return found
    message = f"`{name}` is not installed (Debian package {package}); run `make system-deps`"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + ": CI must run this test, not skip it")
    pytest.skip(message)
