"""Flow diagrams: DOT and Mermaid text, red emergency exits, the missing-Graphviz message, `cuida graph`."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.content import Condition, Content, Operand
from bot.tools import graph
from tests.conftest import ROOT
from tests.support.drawing import NASTY_EN, NASTY_ES, require_command, tiny_content

RED = f'color="{graph.RED}"'
NODE_LINE = re.compile(r"^\t(\w+) \[(.*)\]$")
EDGE_LINE = re.compile(r"^\t(\w+) -> (\w+)(?: \[(.*)\])?$")


def first_words(text: str, count: int = 3) -> str:
    """The start of a text as the diagram shows it (labels wrap, so only a few words are sure to stay together)."""
    return " ".join(graph.shorten(text).split()[:count])


def dot_parts(source: str) -> tuple[dict[str, str], dict[tuple[str, str], list[str]]]:
    """Node id -> attributes, and (from, to) -> the attributes of each edge between them."""
    nodes: dict[str, str] = {}
    edges: dict[tuple[str, str], list[str]] = {}
    for line in source.splitlines():
        edge = EDGE_LINE.match(line)
        if edge:
            edges.setdefault((edge[1], edge[2]), []).append(edge[3] or "")
            continue
        node = NODE_LINE.match(line)
        if node:
            nodes[node[1]] = node[2]
    return nodes, edges


def run_cli(args: list[str], path: str = "/usr/bin:/bin") -> subprocess.CompletedProcess[bytes]:
    env = {"PATH": path, "HOME": "/tmp", "CUIDA_CONTENT_DIR": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, cwd=ROOT, env=env, timeout=60)


@pytest.mark.parametrize("language", ["en", "es"])
def test_infection_check_dot_has_every_step_in_the_chosen_language(content: Content, language: str) -> None:
    flow = content.flows["infection_check"]
    nodes, _ = dot_parts(graph.dot_source(graph.build(content, "infection_check", language)))
    for step in flow.steps.values():
        assert f"step_{step.id}" in nodes, step.id
        for key in step.say:
            shown = html.escape(first_words(content.text(key, language)), quote=False)
            assert shown in nodes[f"step_{step.id}"], (step.id, key, shown)
    other = "es" if language == "en" else "en"
    assert first_words(content.text("check.ask_fever", other)) not in "".join(nodes.values())
    assert "question: choice → fever" in nodes["step_fever"]
    assert "question: temperature → temp_c" in nodes["step_temperature"]
    assert "END of flow" in nodes["step_out_home"] and "peripheries=2" in nodes["step_out_home"]
    assert "END of flow" not in nodes["step_fever"]


def test_emergency_exits_are_red_and_the_rest_is_not(content: Content) -> None:
    nodes, edges = dot_parts(graph.dot_source(graph.build(content, "infection_check", "en")))
    assert RED in nodes["step_out_emergency"]  # disposition emergency_now
    assert RED in nodes["step_out_clinic_now"]  # disposition clinic_now
    assert RED in nodes["flow_emergency"] and "shape=cds" in nodes["flow_emergency"]  # another flow, drawn apart
    assert all(RED in attrs for attrs in edges[("step_emergency", "step_out_emergency")])
    assert all(RED in attrs for attrs in edges[("step_out_emergency", "flow_emergency")])
    assert "[Emergency numbers]" in edges[("step_out_emergency", "flow_emergency")][0]
    assert RED not in nodes["step_out_home"] and RED not in nodes["step_fever"] and RED not in nodes["flow_menu"]
    assert not any(RED in attrs for attrs in edges[("step_emergency", "step_days")])
    assert edges[("step_emergency", "step_days")] == ["label=<after answer (otherwise)>"]
    assert any("label=<after answer>" in attrs for attrs in edges[("step_days", "step_joint")])


def test_condition_labels_read_like_sentences(content: Content) -> None:
    built = graph.build(content, "infection_check", "en")
    labels = [line for edge in built.edges for line in edge.label]
    assert "if temp_c ≥ 38.0 (or clinic's fever_threshold_c)" in labels
    assert "if emergency is yes or unsure" in labels
    assert "or (fever is yes or unsure and no temp_c)" in labels
    source = graph.dot_source(built)
    assert "if temp_c ≥ 38.0 (or clinic&#x27;s fever_threshold_c)" not in source  # no over-escaping in DOT
    assert "if temp_c ≥ 38.0 (or clinic's fever_threshold_c)" in source


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (Condition(subject="answer", name="days", op="lt", operand=Operand(2)), "days < 2"),
        (Condition(subject="field", name="treatment", op="eq", operand=Operand("spine")), "user's treatment = spine"),
        (Condition(subject="answer", name="x", op="ne", operand=Operand(True)), "x ≠ yes"),
        (Condition(subject="answer", name="temp_c", op="set", operand=Operand(True)), "temp_c given"),
        (
            Condition(negate=Condition(subject="answer", name="a", op="gte", operand=Operand(None, "limit"))),
            "not (a ≥ clinic's limit)",
        ),
        (
            Condition(
                all=(
                    Condition(subject="answer", name="a", op="gt", operand=Operand(1)),
                    Condition(
                        any=(
                            Condition(subject="answer", name="b", op="lte", operand=Operand(2)),
                            Condition(subject="answer", name="c", op="in", operand=Operand(["p", "q"])),
                        )
                    ),
                )
            ),
            "a > 1 and (b ≤ 2 or c is p or q)",
        ),
    ],
)
def test_describe(condition: Condition, expected: str) -> None:
    assert graph.describe(condition) == expected


def test_unknown_flow_names_the_closest(content: Content) -> None:
    with pytest.raises(graph.GraphError, match=r"unknown flow 'infection_chek'; closest: infection_check"):
        graph.build(content, "infection_chek")
    with pytest.raises(graph.GraphError, match=r"unknown flow 'zzzzzz'; flows: .*infection_check"):
        graph.build(content, "zzzzzz")


# --- Mermaid ----------------------------------------------------------------------------------

MERMAID_NODE = re.compile(r'^    (\w+)(?:\(\("start"\)\)|\[\[(".*")\]\]|\(\[(".*")\]\)|\[(".*")\])$')
MERMAID_EDGE = re.compile(r'^    (\w+) (?:-->|-\.->)(?:\|(".*")\|)? (\w+)$')
# Inside a label: anything but the characters that would end it or turn into markup, plus <br/>
# line breaks and Mermaid's #entity; codes.
SAFE_LABEL = re.compile(r'^"(?:[^"<>|#`&]|<br/>|#\w+;)*"$')


def check_mermaid(text: str) -> tuple[set[str], int]:
    """Assert the Mermaid text is well formed; return the declared node ids and the number of edges."""
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "flowchart TD"
    declared: set[str] = set()
    edges: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line.startswith("    %%"):
            continue
        node, edge = MERMAID_NODE.match(line), MERMAID_EDGE.match(line)
        if node:
            assert node[1] not in declared, f"declared twice: {line}"
            declared.add(node[1])
            label = node[2] or node[3] or node[4]
            assert label is None or SAFE_LABEL.match(label), f"unescaped label: {line}"
        elif edge:
            edges.append((edge[1], edge[3]))
            assert edge[2] is None or SAFE_LABEL.match(edge[2]), f"unescaped label: {line}"
        elif line.startswith("    class "):
            names, _ = line.split()[1:]
            assert set(names.split(",")) <= declared, line
        elif line.startswith("    linkStyle "):
            indices = line.split()[1]
            assert all(0 <= int(i) < len(edges) for i in indices.split(",")), line
        else:
            assert line.startswith("    classDef "), f"unexpected line: {line!r}"
    for source, target in edges:
        assert source in declared and target in declared, (source, target)
    return declared, len(edges)


def test_mermaid_is_well_formed_for_every_shipped_flow(content: Content) -> None:
    assert len(content.flows) > 10
    for flow in content.flows.values():
        for language in ("en", "es"):
            declared, edges = check_mermaid(graph.mermaid(graph.build(content, flow.id, language)))
            assert {f"step_{s}" for s in flow.steps} <= declared, flow.id
            assert edges >= len(flow.steps) - 1 or flow.id == "emergency", flow.id


def test_mermaid_escapes_awkward_text() -> None:
    tiny = tiny_content()
    for language, text, tag in (("en", NASTY_EN, "#lt;b#gt;"), ("es", NASTY_ES, "#lt;i#gt;")):
        out = graph.mermaid(graph.build(tiny, "tricky", language))
        check_mermaid(out)
        assert graph.mermaid_escape(text) in out.replace("<br/>", " ")
        assert "#quot;" in out and tag in out and "#124;" in out and "#35;" in out and "#96;" in out
    out = graph.mermaid(graph.build(tiny, "tricky", "en"))
    reds = next(line for line in out.splitlines() if line.endswith(" red") and line.startswith("    class "))
    # the emergency disposition, the way to /emergency, and the step whose text names {emergency_number}
    assert set(reds.split()[1].split(",")) == {"step_out", "flow_emergency", "step_ask"}
    assert "step_out([" in out and "step_fine([" in out  # end steps are stadiums
    assert 'step_ask -.->|"if worse is yes"| step_out' in out


# --- Graphviz present or not --------------------------------------------------------------------


def test_missing_graphviz_gives_the_install_hint(content: Content, monkeypatch: pytest.MonkeyPatch) -> None:
    built = graph.build(content, "infection_check")
    monkeypatch.setattr(graph.shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(graph.GraphvizMissing) as caught:
        graph.render(built, "svg")
    assert str(caught.value) == graph.MISSING_GRAPHVIZ
    assert "apt-get install graphviz" in str(caught.value) and "--format mermaid or dot" in str(caught.value)
    assert "digraph infection_check" in graph.dot_source(built)  # DOT text needs no Graphviz
    assert graph.draw(content, "infection_check", "mermaid").startswith(b"flowchart TD")


def test_dot_vanishing_after_the_check_still_gives_the_hint(
    content: Content, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(graph, "have_graphviz", lambda: True)
    monkeypatch.setenv("PATH", str(tmp_path))  # the binding now finds no `dot` to run
    with pytest.raises(graph.GraphvizMissing, match="Graphviz is not installed"):
        graph.render(graph.build(content, "menu"), "png")


def test_cli_without_graphviz(tmp_path: Path) -> None:
    result = run_cli(["graph", "infection_check", "--format", "svg"], path=str(tmp_path))
    assert result.returncode == 2
    assert graph.MISSING_GRAPHVIZ in result.stderr.decode()
    result = run_cli(["graph", "infection_check", "--format", "mermaid", "--lang", "es"], path=str(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    assert "¿Tienes fiebre" in result.stdout.decode()
    out = tmp_path / "flow.dot"
    result = run_cli(["graph", "infection_check", "--out", str(out)], path=str(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_text().startswith("// Cuida flow infection_check (en)")


def test_cli_refuses_broken_content(tmp_path: Path) -> None:
    (tmp_path / "flows").mkdir()
    (tmp_path / "locales").mkdir()
    (tmp_path / "flows" / "x.yaml").write_text("id: x\n")
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "CUIDA_CONTENT_DIR": str(tmp_path)}
    for args in (["graph", "x", "--format", "dot"], ["review", "--out", str(tmp_path / "book")]):
        result = subprocess.run(
            [sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=env, timeout=60
        )
        assert result.returncode == 2, args
        assert "flows/x.yaml:1: flow is missing 'start'" in result.stderr, result.stderr
        assert "problem(s); fix them" in result.stderr
    assert not (tmp_path / "book").exists()


def test_cli_unknown_flow() -> None:
    result = run_cli(["graph", "infection_chek", "--format", "dot"])
    assert result.returncode == 2
    assert "unknown flow 'infection_chek'; closest: infection_check" in result.stderr.decode()


def test_cli_writes_svg_and_png(tmp_path: Path) -> None:
    require_command("dot", "graphviz")
    svg, png = tmp_path / "check.svg", tmp_path / "check.png"
    result = run_cli(["graph", "infection_check", "--out", str(svg), "--lang", "es"])
    assert result.returncode == 0, result.stderr.decode()
    drawing = svg.read_text(encoding="utf-8")
    assert drawing.startswith("<?xml") and "<svg" in drawing
    assert "¿Tienes fiebre" in drawing and graph.RED.lower() in drawing.lower()
    result = run_cli(["graph", "infection_check", "--format", "png", "--out", str(png)])
    assert result.returncode == 0, result.stderr.decode()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
