"""Flow diagrams for reviewers: a flow as a graph of steps, as Graphviz DOT/SVG/PNG or Mermaid text.

The graph is built once (`build`) from the content model, then written out. DOT text comes from
the `graphviz` binding and needs nothing installed; SVG and PNG need Graphviz's `dot` program.
Mermaid text needs nothing at all, so it is the fallback wherever Graphviz is missing.
"""

from __future__ import annotations

import difflib
import html
import re
import shutil
import textwrap
from dataclasses import dataclass, field
from typing import Any

import graphviz

from bot.core.content import Condition, Content, Flow, Operand, Step, Target

FORMATS = ("svg", "png", "dot", "mermaid")
MISSING_GRAPHVIZ = (
    "Graphviz is not installed: run `apt-get install graphviz` (or `make system-deps`), or use --format mermaid or dot"
)
EMERGENCY_FLOW = "emergency"
RED_DISPOSITIONS = frozenset({"emergency_now", "clinic_now"})
EMERGENCY_PLACEHOLDER = "{emergency_number}"
SAY_CHARS = 80  # each message shows its first ~80 characters: enough to recognise it
WRAP = 36  # characters per label line, so boxes stay narrow enough to read side by side
BUTTON_CHARS = 40
WIDE_FAN_OUT = 6  # more arrows than this from one box: lay the flow out left to right
EDGE_WRAP = 60  # conditions are already split at and/or; only a very long part wraps

RED = "#c62828"
RED_FILL = "#fdecea"
EXIT_FILL = "#e8f0fb"
EXIT_LINE = "#3b6db3"
FONT = "DejaVu Sans"  # installed with Graphviz on Debian; has Spanish accents and arrows

OPERATORS = {"eq": "=", "ne": "≠", "lt": "<", "lte": "≤", "gt": ">", "gte": "≥"}
# Emoji have no glyph in the diagram fonts and would show as empty boxes.
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")


class GraphError(Exception):
    """The flow cannot be drawn as asked; the message says why and what to do."""


class GraphvizMissing(GraphError):
    """Graphviz's `dot` is needed (SVG, PNG) but not installed."""


@dataclass(frozen=True)
class Line:
    """One line of a box label; `style` says how to show it (id, text, question, note, end)."""

    text: str
    style: str = "text"


@dataclass
class Node:
    """A box: a step of the flow, another flow it exits to, or the start marker."""

    id: str
    kind: str  # "step", "flow" or "start"
    lines: list[Line]
    red: bool = False
    end: bool = False
    ref: str = ""  # the step or flow id it stands for


@dataclass
class Edge:
    """An arrow, labelled with a button, a condition or 'after answer'."""

    source: str
    target: str
    label: list[str]
    red: bool = False
    kind: str = "next"  # "button", "branch", "next" or "start"


@dataclass
class FlowGraph:
    """A flow ready to be written out in any format."""

    flow: Flow
    language: str
    title: str
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)


def find_flow(content: Content, flow_id: str) -> Flow:
    """The flow called `flow_id`, or a GraphError naming the closest ids."""
    flow = content.flows.get(flow_id)
    if flow is not None:
        return flow
    close = difflib.get_close_matches(flow_id, list(content.flows), n=5, cutoff=0.4)
    if close:
        raise GraphError(f"unknown flow '{flow_id}'; closest: {', '.join(close)}")
    raise GraphError(f"unknown flow '{flow_id}'; flows: {', '.join(sorted(content.flows))}")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return " or ".join(_value(v) for v in value)
    return str(value)


def _operand(operand: Operand) -> str:
    if operand.field is None:
        return _value(operand.value)
    if operand.value is None:
        return f"clinic's {operand.field}"
    return f"{_value(operand.value)} (or clinic's {operand.field})"


def describe(condition: Condition, nested: bool = False) -> str:
    """A condition as a person reads it, e.g. 'temp_c ≥ 38.0 (or clinic's fever_threshold_c)'."""
    if condition.negate is not None:
        return f"not ({describe(condition.negate)})"
    for parts, word in ((condition.all, " and "), (condition.any, " or ")):
        if parts:
            text = word.join(describe(p, nested=True) for p in parts)
            return f"({text})" if nested and len(parts) > 1 else text
    name = condition.name if condition.subject == "answer" else f"user's {condition.name}"
    op = condition.op
    if op == "set":
        return f"{name} given" if condition.operand.value else f"no {name}"
    if op == "in":
        return f"{name} is {_value(condition.operand.value)}"
    return f"{name} {OPERATORS.get(op, op)} {_operand(condition.operand)}"


def condition_lines(condition: Condition) -> list[str]:
    """The condition split at its top-level and/or, one part a line, so arrow labels stay narrow."""
    for parts, word in ((condition.all, "and "), (condition.any, "or ")):
        if parts:
            lines = [describe(p, nested=True) for p in parts]
            return [f"if {lines[0]}", *(word + line for line in lines[1:])]
    return [f"if {describe(condition)}"]


def _clean(text: str) -> str:
    """Emoji dropped and whitespace (line breaks, bullets' indents) collapsed to single spaces."""
    return " ".join(_EMOJI.sub("", text).split())


def shorten(text: str, limit: int = SAY_CHARS) -> str:
    """The first ~`limit` characters of a text, cut at a word, with '…' when cut."""
    text = _clean(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,;:.•-–") + "…"


def is_red_step(content: Content, step: Step) -> bool:
    """A red-flag step: an emergency/clinic-now disposition, the emergency number, or on to /emergency."""
    if step.log and step.log.data.get("disposition") in RED_DISPOSITIONS:
        return True
    for key in step.say:
        if any(EMERGENCY_PLACEHOLDER in content.texts.get(lang, {}).get(key, "") for lang in content.texts):
            return True
    targets = [b.target for b in step.branches]
    if step.next is not None:
        targets.append(step.next)
    return any(t.flow == EMERGENCY_FLOW for t in targets)


def _question(step: Step, content: Content, language: str) -> str:
    ask = step.ask
    assert ask is not None
    kind = ask.type.replace("_", "/")
    if ask.type == "choice":
        options = " / ".join(_clean(content.text(o.text, language)) for o in ask.options)
        return f"question: choice → {ask.into} ({options})"
    if ask.min is not None or ask.max is not None:
        low = "" if ask.min is None else f"{ask.min:g}"
        high = "" if ask.max is None else f"{ask.max:g}"
        unit = " days from today" if ask.type == "date" else ""
        return f"question: {kind} {low}–{high}{unit} → {ask.into}"
    return f"question: {kind} → {ask.into}"


def _step_lines(content: Content, flow: Flow, step: Step, language: str) -> list[Line]:
    head = step.id + ("  ▶ start" if step.id == flow.start else "")
    lines = [Line(head, "id")]
    lines += [Line(shorten(content.text(key, language)), "text") for key in step.say]
    if step.ask is not None:
        lines.append(Line(_question(step, content, language), "question"))
    if step.set:
        lines.append(Line("sets " + ", ".join(f"{k} = {_value(v)}" for k, v in step.set.items()), "note"))
    if step.log is not None:
        data = ", ".join(f"{k} = {_value(v)}" for k, v in step.log.data.items())
        lines.append(Line(f"logs {step.log.event}" + (f": {data}" if data else ""), "note"))
    if step.end:
        lines.append(Line("■ END of flow", "end"))
    return lines


def _node_id(prefix: str, name: str, taken: dict[str, Node]) -> str:
    # Mermaid ids must be plain words; a suffix keeps two odd names from colliding.
    base = prefix + re.sub(r"\W", "_", name, flags=re.ASCII)
    node_id, n = base, 2
    while node_id in taken:
        node_id, n = f"{base}_{n}", n + 1
    return node_id


def build(content: Content, flow_id: str, language: str = "en") -> FlowGraph:
    """The graph of one flow, its labels in `language`."""
    flow = find_flow(content, flow_id)
    title = _clean(content.text(flow.title, language)) if flow.title else ""
    graph = FlowGraph(flow=flow, language=language, title=f"{flow.id}" + (f" — {title}" if title else ""))
    step_ids: dict[str, str] = {}
    if flow.start in flow.steps:
        graph.nodes["entry"] = Node("entry", "start", [Line("start", "id")])
    for step in flow.steps.values():
        node_id = _node_id("step_", step.id, graph.nodes)
        step_ids[step.id] = node_id
        graph.nodes[node_id] = Node(
            node_id,
            "step",
            _step_lines(content, flow, step, language),
            red=is_red_step(content, step),
            end=step.end,
            ref=step.id,
        )
    flow_ids: dict[str, str] = {}

    def target_node(target: Target) -> str | None:
        if target.step is not None:
            return step_ids.get(target.step)
        name = target.flow or ""
        if name not in flow_ids:
            node_id = _node_id("flow_", name, graph.nodes)
            flow_ids[name] = node_id
            other = content.flows.get(name)
            other_title = _clean(content.text(other.title, language)) if other and other.title else ""
            lines = [Line("again from the start" if name == flow.id else "→ another flow", "id")]
            lines.append(Line(f"{other_title} ({name})" if other_title else name, "text"))
            graph.nodes[node_id] = Node(node_id, "flow", lines, red=name == EMERGENCY_FLOW, ref=name)
        return flow_ids[name]

    def add(source: str, target: Target, label: list[str], kind: str) -> None:
        node = target_node(target)
        if node is None:  # a broken reference: `cuida check` reports it, the picture just leaves it out
            return
        red = graph.nodes[node].red or target.flow == EMERGENCY_FLOW
        graph.edges.append(Edge(source, node, label, red=red, kind=kind))

    if flow.start in step_ids:
        graph.edges.append(Edge("entry", step_ids[flow.start], [], kind="start"))
    for step in flow.steps.values():
        source = step_ids[step.id]
        for branch in step.branches:
            add(source, branch.target, condition_lines(branch.when), "branch")
        for button in step.buttons:
            label = f"[{shorten(content.text(button.text, language), BUTTON_CHARS)}]"
            extra = [f"sets {k} = {_value(v)}" for k, v in button.set.items()]
            add(source, button.target, [label, *extra], "button")
        if step.next is not None:
            if step.ask is not None:
                labels = ["after answer (otherwise)"] if step.branches else ["after answer"]
            else:
                labels = ["otherwise"] if step.branches else []
            add(source, step.next, labels, "next")
    return graph


# --- Graphviz ---------------------------------------------------------------------------------


def _html(text: str) -> str:
    # Graphviz HTML-like labels: only &, < and > need escaping; quotes are fine inside <...>.
    return html.escape(text, quote=False)


def _wrapped(text: str, width: int = WRAP) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def _dot_label(node: Node) -> str:
    parts = []
    colour = RED if node.red else "#222222"
    for line in node.lines:
        body = '<BR ALIGN="LEFT"/>'.join(_html(w) for w in _wrapped(line.text))
        if line.style == "id":
            parts.append(f'<FONT POINT-SIZE="8" COLOR="#777777">{body}</FONT>')
        elif line.style == "question":
            parts.append(f'<FONT COLOR="#1f4e99"><I>{body}</I></FONT>')
        elif line.style == "note":
            parts.append(f'<FONT POINT-SIZE="8" COLOR="#555555">{body}</FONT>')
        elif line.style == "end":
            parts.append(f"<B>{body}</B>")
        else:
            parts.append(f'<FONT COLOR="{colour}">{body}</FONT>')
    return "<" + '<BR ALIGN="LEFT"/>'.join(parts) + '<BR ALIGN="LEFT"/>>'


def direction(graph: FlowGraph) -> str:
    """Top to bottom, except menus: a row of many exits is too wide to read, a column of them is not."""
    fan_out: dict[str, int] = {}
    for edge in graph.edges:
        fan_out[edge.source] = fan_out.get(edge.source, 0) + 1
    return "LR" if max(fan_out.values(), default=0) > WIDE_FAN_OUT else "TB"


def digraph(graph: FlowGraph) -> graphviz.Digraph:
    """The Graphviz graph (no `dot` needed until it is rendered)."""
    dot = graphviz.Digraph(name=graph.flow.id, comment=f"Cuida flow {graph.flow.id} ({graph.language})")
    dot.attr(
        rankdir=direction(graph),
        label=f"<{_html(graph.title)}>",
        labelloc="t",
        fontname=FONT,
        fontsize="14",
        nodesep="0.3",
        ranksep="0.45",
    )
    dot.attr("node", shape="box", style="rounded,filled", fillcolor="white", color="#666666", fontname=FONT)
    dot.attr("node", fontsize="10", margin="0.12,0.06")
    dot.attr("edge", fontname=FONT, fontsize="9", color="#555555", fontcolor="#333333")
    for node in graph.nodes.values():
        attrs: dict[str, str] = {}
        if node.kind == "start":
            dot.node(node.id, "start", shape="circle", style="filled", fillcolor="#333333", fontcolor="white")
            continue
        if node.kind == "flow":
            attrs = {"shape": "cds", "style": "filled", "fillcolor": EXIT_FILL, "color": EXIT_LINE}
        if node.end:
            attrs["peripheries"] = "2"
        if node.red:
            attrs.update(color=RED, fillcolor=RED_FILL, penwidth="2", fontcolor=RED)
        dot.node(node.id, _dot_label(node), **attrs)
    for edge in graph.edges:
        attrs = {}
        if edge.label:
            lines = [w for line in edge.label for w in _wrapped(line, EDGE_WRAP)]
            attrs["label"] = "<" + "<BR/>".join(_html(line) for line in lines) + ">"
        if edge.kind == "branch":
            attrs["style"] = "dashed"
        if edge.red:
            attrs.update(color=RED, fontcolor=RED, penwidth="2")
        dot.edge(edge.source, edge.target, **attrs)
    return dot


def dot_source(graph: FlowGraph) -> str:
    """The DOT text of the graph."""
    return digraph(graph).source


def have_graphviz() -> bool:
    """True when Graphviz's `dot` program is on the PATH."""
    return shutil.which("dot") is not None


def render(graph: FlowGraph, fmt: str) -> bytes:
    """The graph drawn as `svg` or `png` by Graphviz; GraphvizMissing when `dot` is not installed."""
    if fmt not in ("svg", "png"):
        raise GraphError(f"Graphviz renders svg or png, not {fmt}")
    if not have_graphviz():
        raise GraphvizMissing(MISSING_GRAPHVIZ)
    try:
        return digraph(graph).pipe(format=fmt)
    except graphviz.ExecutableNotFound as exc:  # removed between the check and the call
        raise GraphvizMissing(MISSING_GRAPHVIZ) from exc


def inline_svg(graph: FlowGraph) -> str:
    """The SVG drawing without its XML prolog and doctype, ready to sit inside an HTML page."""
    svg = render(graph, "svg").decode("utf-8")
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else svg


# --- Mermaid ----------------------------------------------------------------------------------

# Mermaid reads '#name;' as an entity, so '#' itself is escaped first; the rest would end a
# quoted label (") or be taken as HTML or link syntax.
MERMAID_ESCAPES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "|": "#124;", "`": "#96;"}


def mermaid_escape(text: str) -> str:
    """Text made safe inside a quoted Mermaid label."""
    return "".join(MERMAID_ESCAPES.get(ch, ch) for ch in text)


def _mermaid_label(lines: list[str]) -> str:
    return '"' + "<br/>".join(mermaid_escape(w) for line in lines for w in _wrapped(line)) + '"'


def mermaid(graph: FlowGraph) -> str:
    """The graph as a Mermaid `flowchart TD`."""
    out = ["flowchart TD", f"    %% Cuida flow {graph.flow.id} ({graph.language}): {_clean(graph.title)}"]
    for node in graph.nodes.values():
        label = _mermaid_label([line.text for line in node.lines])
        if node.kind == "start":
            out.append(f'    {node.id}(("start"))')
        elif node.kind == "flow":
            out.append(f"    {node.id}[[{label}]]")
        elif node.end:
            out.append(f"    {node.id}([{label}])")
        else:
            out.append(f"    {node.id}[{label}]")
    red_links = []
    for index, edge in enumerate(graph.edges):
        arrow = "-.->" if edge.kind == "branch" else "-->"
        label = f"|{_mermaid_label(edge.label)}|" if edge.label else ""
        out.append(f"    {edge.source} {arrow}{label} {edge.target}")
        if edge.red:
            red_links.append(str(index))
    out.append(f"    classDef red fill:{RED_FILL},stroke:{RED},color:{RED},stroke-width:2px")
    out.append(f"    classDef exit fill:{EXIT_FILL},stroke:{EXIT_LINE}")
    exits = [n.id for n in graph.nodes.values() if n.kind == "flow" and not n.red]
    reds = [n.id for n in graph.nodes.values() if n.red]
    if exits:
        out.append(f"    class {','.join(exits)} exit")
    if reds:
        out.append(f"    class {','.join(reds)} red")
    if red_links:
        out.append(f"    linkStyle {','.join(red_links)} stroke:{RED},color:{RED},stroke-width:2px")
    return "\n".join(out) + "\n"


def draw(content: Content, flow_id: str, fmt: str = "svg", language: str = "en") -> bytes:
    """One flow in one format, as the bytes to write."""
    if fmt not in FORMATS:
        raise GraphError(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")
    graph = build(content, flow_id, language)
    if fmt == "dot":
        return dot_source(graph).encode("utf-8")
    if fmt == "mermaid":
        return mermaid(graph).encode("utf-8")
    return render(graph, fmt)
