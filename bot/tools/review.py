"""The review book: static HTML pages for clinicians and translators who do not read YAML.

`cuida review --out DIR` writes index.html (every flow), one flow-<id>.html per flow (its diagram,
every text in English and Spanish side by side with readability scores, its sources) and
plans.html (the reminder plans as a timeline per treatment type). The pages open from disk in any
browser: no server, no JavaScript, no external assets; the CSS is inline and diagrams are inline
SVG (or, without Graphviz, their Mermaid text).

The pages are Jinja2 templates (bot/tools/templates/review/) with autoescape on: this module gathers
what each page shows, as plain values, and every value is escaped on its way into the HTML unless
it is marked as HTML already (the CSS and Graphviz's SVG).
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from bot.core import readability
from bot.core.content import Content, Flow, Option, Step, Target
from bot.core.plans import TREATMENTS, PlanEvent
from bot.tools import graph

LANGUAGE_NAMES = {"en": "English", "es": "Español"}

CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       margin: 0; color: #1d1d1f; background: #f6f7f9; }
nav { background: #24415f; padding: 8px 20px; }
nav a { color: #fff; margin-right: 18px; text-decoration: none; font-weight: 600; }
main { max-width: 1280px; margin: 0 auto; padding: 4px 20px 40px; }
h1 { margin: 18px 0 4px; font-size: 26px; }
h1 .es, .sub { color: #555; font-weight: normal; }
h2 { margin-top: 28px; border-bottom: 2px solid #24415f; padding-bottom: 2px; }
a { color: #1f4e99; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border: 1px solid #d9dce1; padding: 6px 8px; vertical-align: top; text-align: left; }
thead th { background: #eef1f5; }
.texts td { width: 40%; }
.texts th[scope=row] { width: 20%; font-weight: normal; color: #333; }
.texts .question th { background: #eef3fb; color: #1f4e99; font-weight: 600; }
.text { white-space: pre-wrap; }
code, .key { font: 11px/1.3 "DejaVu Sans Mono", monospace; color: #666; }
.score { display: inline-block; font-size: 11px; margin-top: 5px; padding: 1px 7px; border-radius: 9px;
         background: #e9f4ea; color: #2e6b2e; }
.score.over { background: #fdecea; color: #c62828; font-weight: bold; }
.score.na { background: #f1f1f1; color: #777; }
.missing { background: #fff4e5; color: #8a4b00; }
.badge { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 9px; margin-left: 6px;
         background: #e6e9ee; color: #333; vertical-align: middle; }
.badge.red { background: #c62828; color: #fff; }
.badge.end { background: #333; color: #fff; }
.badge.start { background: #2e6b2e; color: #fff; }
.step { background: #fff; border: 1px solid #d9dce1; border-radius: 8px; padding: 8px 14px 12px; margin: 16px 0; }
.step.red { border-left: 6px solid #c62828; }
.step h3 { margin: 4px 0 8px; font-size: 17px; }
.next { margin: 8px 0 0; padding-left: 20px; }
.note { background: #fff8e1; border: 1px solid #f0d78c; padding: 8px 12px; border-radius: 6px; }
.diagram { background: #fff; border: 1px solid #d9dce1; border-radius: 8px; padding: 10px; overflow: auto; }
.diagram svg { max-width: 100%; height: auto; }
pre.mermaid-src { background: #fff; border: 1px solid #d9dce1; padding: 10px; overflow: auto; font-size: 12px; }
.legend span { margin-right: 16px; }
.legend .red { color: #c62828; font-weight: bold; }
.timeline { list-style: none; margin: 10px 0 0 12px; padding: 0 0 0 22px; border-left: 3px solid #24415f; }
.timeline > li { position: relative; margin: 0 0 16px; background: #fff; border: 1px solid #d9dce1;
               border-radius: 8px; padding: 8px 12px; }
.timeline > li::before { content: ""; position: absolute; left: -32px; top: 12px; width: 14px; height: 14px;
                       border-radius: 50%; background: #24415f; border: 2px solid #f6f7f9; }
.when { font-weight: bold; color: #24415f; }
.grace { color: #555; font-size: 13px; }
td.sources { font-size: 12px; color: #333; }
@media print { nav { display: none; } .step, .timeline > li { break-inside: avoid; } }
"""


@dataclass
class Book:
    """What `build_book` wrote."""

    pages: list[Path] = field(default_factory=list)
    graphviz: bool = False
    over_limit: int = 0  # texts over the plain-language limits


def _escape(value: object) -> Markup:
    """Every value printed by a template: HTML already (Markup) as it is, anything else escaped.

    The standard library's escaping (`&quot;`, `&#x27;`) rather than markupsafe's (`&#34;`,
    `&#39;`): the same page as before the templates, byte for byte in every text.
    """
    if isinstance(value, Markup):
        return value
    return Markup(html.escape(str(value)))


@functools.cache
def environment() -> jinja2.Environment:
    """The templates of the book, from the package, with autoescape on for every one of them."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("bot.tools", "templates/review"),
        autoescape=True,
        finalize=_escape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,  # a name missing from a page is an error, never an empty cell
    )
    # What every page (and the macros, which see no page's values) may print.
    env.globals.update(
        css=Markup(CSS),  # ours, and its quotes must stay quotes
        min_words=readability.MIN_WORDS,
        max_grade=f"{readability.MAX_ENGLISH_GRADE:g}",
        min_ease=f"{readability.MIN_SPANISH_EASE:g}",
    )
    return env


def _render(template: str, title: str, **values: Any) -> str:
    return environment().get_template(template).render(title=title, **values)


@functools.cache
def _score(text: str, language: str) -> float | None:
    # Scoring is the slow part and many texts (Yes, Main menu…) repeat across flows.
    return readability.score(text, language)


@dataclass(frozen=True)
class Badge:
    """The readability badge of one text: `kind` is "na" (too short to score), "ok" or "over"."""

    kind: str
    label: str = ""
    limit: str = ""


def score_badge(text: str, language: str) -> Badge:
    """The readability badge of one text."""
    value = _score(text, language)
    if value is None:
        return Badge("na")
    if language == "es":
        label, limit = f"ease {value:.0f}", f"Fernández-Huerta ease ≥ {readability.MIN_SPANISH_EASE:g}"
    else:
        label, limit = f"grade {value:.1f}", f"Flesch-Kincaid grade ≤ {readability.MAX_ENGLISH_GRADE:g}"
    return Badge("ok" if readability.acceptable(value, language) else "over", label, limit)


@dataclass(frozen=True)
class Cell:
    """One text in one language; `text` is None when the language lacks it."""

    language: str
    text: str | None
    badge: Badge | None


@dataclass(frozen=True)
class Link:
    """Where a button or a branch leads: a step of this flow, another flow, or a flow that does not exist."""

    step: str | None
    flow: str
    known: bool


@dataclass(frozen=True)
class Row:
    """One text in both languages, with what it is and (for a button) where it leads."""

    what: str
    key: str
    cells: tuple[Cell, ...]
    target: Link | None = None


class _Page:
    """Collects the text rows of one flow and counts the texts over the readability limits."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.over = 0

    def cell(self, key: str, language: str) -> Cell:
        found = self.content.texts.get(language, {}).get(key)
        if found is None:
            return Cell(language, None, None)
        badge = score_badge(found, language)
        self.over += badge.kind == "over"
        return Cell(language, found, badge)

    def row(self, what: str, key: str, target: Link | None = None) -> Row:
        """One text in both languages."""
        return Row(what, key, (self.cell(key, "en"), self.cell(key, "es")), target)


def _title(content: Content, flow: Flow, language: str) -> str:
    return content.text(flow.title, language) if flow.title else ""


def _link(content: Content, target: Target) -> Link:
    name = target.flow or ""
    return Link(target.step, name, name in content.flows)


def _question(step: Step) -> str:
    ask = step.ask
    assert ask is not None
    parts = [f"Question ({ask.type.replace('_', '/')}), answer named “{ask.into}”"]
    if ask.min is not None or ask.max is not None:
        unit = " days from today" if ask.type == "date" else ""
        low = "" if ask.min is None else f"{ask.min:g}"
        high = "" if ask.max is None else f"{ask.max:g}"
        parts.append(f"allowed {low} to {high}{unit}")
    if ask.save:
        parts.append("saved on the user")
    return "; ".join(parts)


def _step(page: _Page, flow: Flow, step: Step) -> dict[str, Any]:
    """What the page shows of one step: badges, its texts in both languages, where it goes next."""
    content = page.content
    log = None
    if step.log is not None:
        data = ", ".join(f"{k}: {v}" for k, v in step.log.data.items())
        log = step.log.event + (" · " + data if data else "")
    rows_before = [page.row(f"message {n}", key) for n, key in enumerate(step.say, 1)]
    rows: list[Row] = []
    if step.ask is not None:
        for key, option in step.choices():
            if isinstance(option, Option):  # buttons come below, with where they lead
                rows.append(page.row(f"option (value {option.value})", key))
        invalid = step.ask.invalid or f"common.invalid.{step.ask.type}"
        if invalid in content.texts.get("en", {}):
            rows.append(page.row("when the answer can't be read", invalid))
    rows += [page.row("button → ", button.text, _link(content, button.target)) for button in step.buttons]
    nexts = [{"when": f"if {graph.describe(b.when)}", "target": _link(content, b.target)} for b in step.branches]
    if step.next is not None:
        when = "after the answer" if step.ask else "then"
        if step.branches:
            when = "otherwise" + (", after the answer" if step.ask else "")
        nexts.append({"when": when, "target": _link(content, step.next)})
    return {
        "id": step.id,
        "start": step.id == flow.start,
        "red": graph.is_red_step(content, step),
        "end": step.end,
        "log": log,
        "sets": ", ".join(f"{k} = {v}" for k, v in step.set.items()) if step.set else None,
        "question": _question(step) if step.ask is not None else None,
        "rows_before": rows_before,
        "rows": rows,
        "nexts": nexts,
    }


def _sources(content: Content, flow: Flow) -> list[dict[str, str | None]]:
    found: list[dict[str, str | None]] = []
    for key in flow.sources:
        source = content.sources.get(key)
        found.append(
            {"key": key, "title": None, "url": None}
            if source is None
            else {"key": key, "title": source.title, "url": source.url or None}
        )
    return found


def _diagram(content: Content, flow: Flow, use_graphviz: bool) -> dict[str, Markup | str | None]:
    if use_graphviz:
        # Graphviz's own SVG, made from escaped labels (bot/tools/graph.py): HTML as it is.
        english = Markup(graph.inline_svg(graph.build(content, flow.id, "en")))
        spanish = Markup(graph.inline_svg(graph.build(content, flow.id, "es")))
        return {"svg_en": english, "svg_es": spanish, "mermaid": None}
    return {"svg_en": None, "svg_es": None, "mermaid": graph.mermaid(graph.build(content, flow.id, "en"))}


def flow_page(content: Content, flow: Flow, use_graphviz: bool) -> tuple[str, int]:
    """The page of one flow, and how many of its texts are over the readability limits."""
    texts = _Page(content)
    # Rows are gathered before the heading, which counts the texts over the limits among them.
    title_row = texts.row("flow title", flow.title) if flow.title else None
    steps = [_step(texts, flow, step) for step in flow.steps.values()]
    english, spanish = _title(content, flow, "en"), _title(content, flow, "es")
    page = _render(
        "flow.html.j2",
        english or flow.id,
        flow=flow,
        english_title=english,
        spanish_title=spanish,
        over=texts.over,
        diagram=_diagram(content, flow, use_graphviz),
        sources=_sources(content, flow),
        title_row=title_row,
        steps=steps,
    )
    return page, texts.over


def _when(event: PlanEvent) -> str:
    return f"Day {event.day} · {event.hour:02d}:00"


def _until(event: PlanEvent) -> str:
    total = event.day * 24 + event.hour + event.grace_hours
    return f"day {total // 24}, {total % 24:02d}:00"


def plans_page(content: Content) -> str:
    """The reminder plans as one timeline per treatment type."""
    plans = content.plans
    if plans is None or not plans.events:
        return _render("plans.html.j2", "Reminder plans", sections=[], treatments=TREATMENTS, zones="")
    sections = []
    for kind in TREATMENTS:
        events = [
            {
                "id": event.id,
                "when": _when(event),
                "until": _until(event),
                "grace_hours": event.grace_hours,
                "title_en": content.text(event.text + "_title", "en"),
                "title_es": content.text(event.text + "_title", "es"),
                "text_en": content.text(event.text, "en"),
                "text_es": content.text(event.text, "es"),
                "buttons": [
                    {
                        "label_en": content.text(label, "en"),
                        "label_es": content.text(label, "es"),
                        "target": _link(content, Target(flow=flow_id)),
                    }
                    for label, flow_id in event.buttons
                ],
            }
            for event in sorted(plans.for_treatment(kind), key=lambda e: (e.day, e.hour, e.id))
        ]
        sections.append({"kind": kind, "events": events})
    zones = ", ".join(f"{country}: {zone}" for country, zone in sorted(plans.timezones.items()))
    return _render("plans.html.j2", "Reminder plans", sections=sections, treatments=TREATMENTS, zones=zones)


def index_page(content: Content, over: dict[str, int], use_graphviz: bool) -> str:
    """The list of flows with their titles in both languages, medical or not, and sources."""
    flows = [
        {
            "id": flow.id,
            "title_en": _title(content, flow, "en"),
            "title_es": _title(content, flow, "es"),
            "medical": flow.medical,
            "steps": len(flow.steps),
            "over": over.get(flow.id, 0),
            "sources": [content.sources[key].title if key in content.sources else key for key in flow.sources],
        }
        for flow in sorted(content.flows.values(), key=lambda f: f.id)
    ]
    return _render("index.html.j2", "All flows", flows=flows, graphviz=use_graphviz)


def build_book(content: Content, out: Path, use_graphviz: bool | None = None) -> Book:
    """Write the review book into `out`; diagrams are SVG when Graphviz is there (or as told)."""
    if use_graphviz is None:
        use_graphviz = graph.have_graphviz()
    out.mkdir(parents=True, exist_ok=True)
    book = Book(graphviz=use_graphviz)
    over: dict[str, int] = {}
    for flow in content.flows.values():
        html_text, over[flow.id] = flow_page(content, flow, use_graphviz)
        path = out / f"flow-{flow.id}.html"
        path.write_text(html_text, encoding="utf-8")
        book.pages.append(path)
    for name, html_text in (
        ("plans.html", plans_page(content)),
        ("index.html", index_page(content, over, use_graphviz)),
    ):
        path = out / name
        path.write_text(html_text, encoding="utf-8")
        book.pages.append(path)
    book.over_limit = sum(over.values())
    return book
