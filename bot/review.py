"""The review book: static HTML pages for clinicians and translators who do not read YAML.

`cuida review --out DIR` writes index.html (every flow), one flow-<id>.html per flow (its diagram,
every text in English and Spanish side by side with readability scores, its sources) and
plans.html (the reminder plans as a timeline per treatment type). The pages open from disk in any
browser: no server, no JavaScript, no external assets; the CSS is inline and diagrams are inline
SVG (or, without Graphviz, their Mermaid text).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from bot import graph, readability
from bot.content import Content, Flow, Option, Step, Target
from bot.plans import TREATMENTS, PlanEvent

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


@functools.cache
def _score(text: str, language: str) -> float | None:
    # Scoring is the slow part and many texts (Yes, Main menu…) repeat across flows.
    return readability.score(text, language)


def score_badge(text: str, language: str) -> tuple[str, bool]:
    """The readability badge of one text, and whether it is over the limit."""
    value = _score(text, language)
    if value is None:
        return f'<span class="score na" title="under {readability.MIN_WORDS} words: not scored">—</span>', False
    if language == "es":
        label, limit = f"ease {value:.0f}", f"Fernández-Huerta ease ≥ {readability.MIN_SPANISH_EASE:g}"
    else:
        label, limit = f"grade {value:.1f}", f"Flesch-Kincaid grade ≤ {readability.MAX_ENGLISH_GRADE:g}"
    if readability.acceptable(value, language):
        return f'<span class="score ok" title="{escape(limit)}">{escape(label)}</span>', False
    return (
        f'<span class="score over" title="{escape(limit)}">{escape(label)} ⚠ over the limit ({escape(limit)})</span>',
        True,
    )


class _Page:
    """Collects the text rows of one flow and counts the texts over the readability limits."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.over = 0

    def cell(self, key: str, language: str) -> str:
        found = self.content.texts.get(language, {}).get(key)
        if found is None:
            return f'<td lang="{language}" class="missing">missing: the bot falls back to English</td>'
        badge, over = score_badge(found, language)
        self.over += over
        return f'<td lang="{language}"><div class="text">{escape(found)}</div>{badge}</td>'

    def row(self, what: str, key: str, where: str = "") -> str:
        """One text in both languages; `where` is ready-made HTML (a button's link)."""
        head = f'<th scope="row">{escape(what)}{where}<br><span class="key">{escape(key)}</span></th>'
        return f"<tr>{head}{self.cell(key, 'en')}{self.cell(key, 'es')}</tr>"


def _title(content: Content, flow: Flow, language: str) -> str:
    return content.text(flow.title, language) if flow.title else ""


def _target(content: Content, target: Target) -> str:
    if target.step is not None:
        return f'step <a href="#step-{escape(target.step)}">{escape(target.step)}</a>'
    name = target.flow or ""
    if name in content.flows:
        return f'flow <a href="flow-{escape(name)}.html">{escape(name)}</a>'
    return f"flow {escape(name)}"


def _question_row(step: Step) -> str:
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
    return f'<tr class="question"><th colspan="3">{escape("; ".join(parts))}</th></tr>'


def _step_section(page: _Page, flow: Flow, step: Step) -> str:
    content = page.content
    red = graph.is_red_step(content, step)
    badges = []
    if step.id == flow.start:
        badges.append('<span class="badge start">start</span>')
    if red:
        badges.append('<span class="badge red">red flag / emergency</span>')
    if step.end:
        badges.append('<span class="badge end">end of flow</span>')
    if step.log is not None:
        data = ", ".join(f"{k}: {v}" for k, v in step.log.data.items())
        badges.append(f'<span class="badge">logs {escape(step.log.event)}{escape(" · " + data) if data else ""}</span>')
    if step.set:
        sets = ", ".join(f"{k} = {v}" for k, v in step.set.items())
        badges.append(f'<span class="badge">sets {escape(sets)}</span>')
    rows = [page.row(f"message {n}", key) for n, key in enumerate(step.say, 1)]
    if step.ask is not None:
        rows.append(_question_row(step))
        for key, option in step.choices():
            if isinstance(option, Option):  # buttons come below, with where they lead
                rows.append(page.row(f"option (value {option.value})", key))
        invalid = step.ask.invalid or f"common.invalid.{step.ask.type}"
        if invalid in content.texts.get("en", {}):
            rows.append(page.row("when the answer can't be read", invalid))
    for button in step.buttons:
        rows.append(page.row("button → ", button.text, _target(content, button.target)))
    nexts = [f"<li>if {escape(graph.describe(b.when))} → {_target(content, b.target)}</li>" for b in step.branches]
    if step.next is not None:
        when = "after the answer" if step.ask else "then"
        if step.branches:
            when = "otherwise" + (", after the answer" if step.ask else "")
        nexts.append(f"<li>{when} → {_target(content, step.next)}</li>")
    table = (
        '<table class="texts"><thead><tr><th>what</th><th lang="en">English</th><th lang="es">Español</th></tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else ""
    )
    return (
        f'<section class="step{" red" if red else ""}" id="step-{escape(step.id)}">'
        f"<h3>{escape(step.id)}{''.join(badges)}</h3>{table}"
        f"{'<ul class=next>' + ''.join(nexts) + '</ul>' if nexts else ''}</section>"
    )


def _sources(content: Content, flow: Flow) -> str:
    if not flow.sources:
        return "<p>No sources named" + (" (not a medical flow)." if not flow.medical else ".") + "</p>"
    items = []
    for key in flow.sources:
        source = content.sources.get(key)
        if source is None:
            items.append(f'<li><span class="key">{escape(key)}</span>: not in flows/sources.yaml</li>')
            continue
        link = f' — <a href="{escape(source.url)}">{escape(source.url)}</a>' if source.url else " (no link)"
        items.append(f'<li>{escape(source.title)}{link} <span class="key">{escape(key)}</span></li>')
    return f"<ol>{''.join(items)}</ol>"


LEGEND = (
    '<p class="legend"><span class="red">red: emergency or red-flag advice (and the way there)</span>'
    "<span>double border: end of the flow</span><span>arrow-shaped box: another flow</span>"
    "<span>dashed arrow: a condition on the answers</span><span>[label]: a button</span></p>"
)


def _diagram(content: Content, flow: Flow, use_graphviz: bool) -> str:
    if use_graphviz:
        english = graph.inline_svg(graph.build(content, flow.id, "en"))
        spanish = graph.inline_svg(graph.build(content, flow.id, "es"))
        return (
            f'{LEGEND}<figure class="diagram" lang="en">{english}</figure>'
            f'<details><summary>Diagram in Spanish</summary><figure class="diagram" lang="es">{spanish}</figure>'
            "</details>"
        )
    text = graph.mermaid(graph.build(content, flow.id, "en"))
    return (
        '<p class="note">Graphviz is not installed, so the diagram is shown as Mermaid text: paste it into any '
        "Mermaid viewer, or install Graphviz (<code>make system-deps</code>) and build the book again.</p>"
        f'<pre class="mermaid-src">{escape(text)}</pre>'
    )


def page(title: str, body: str) -> str:
    """A complete HTML page with the shared navigation and inline CSS."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · Cuida review book</title><style>{CSS}</style></head>"
        '<body><nav><a href="index.html">All flows</a><a href="plans.html">Reminder plans</a></nav>'
        f"<main>{body}</main></body></html>\n"
    )


def flow_page(content: Content, flow: Flow, use_graphviz: bool) -> tuple[str, int]:
    """The page of one flow, and how many of its texts are over the readability limits."""
    texts = _Page(content)
    # Rows are written before the heading, which counts the texts over the limits among them.
    title_rows = texts.row("flow title", flow.title) if flow.title else ""
    steps = "".join(_step_section(texts, flow, step) for step in flow.steps.values())
    english, spanish = _title(content, flow, "en"), _title(content, flow, "es")
    heading = (
        f'<h1>{escape(english or flow.id)} <span class="es" lang="es">/ {escape(spanish)}</span></h1>'
        if english
        else f"<h1>{escape(flow.id)}</h1>"
    )
    medical = "medical flow (must name sources)" if flow.medical else "not a medical flow"
    body = (
        f'{heading}<p class="sub">flow <code>{escape(flow.id)}</code> · {escape(flow.file)} · {medical} · '
        f"{len(flow.steps)} steps · {texts.over} text(s) over the readability limits</p>"
        f"<h2>Diagram</h2>{_diagram(content, flow, use_graphviz)}"
        f"<h2>Sources</h2>{_sources(content, flow)}"
        f"<h2>Steps</h2>"
        "<p>Each text in English and Spanish; readability: Flesch-Kincaid grade for English "
        f"(limit {readability.MAX_ENGLISH_GRADE:g}), Fernández-Huerta ease for Spanish "
        f"(at least {readability.MIN_SPANISH_EASE:g}); texts under {readability.MIN_WORDS} words are not scored. "
        "Small grey names are the locale keys.</p>"
        + (f'<table class="texts"><tbody>{title_rows}</tbody></table>' if title_rows else "")
        + steps
    )
    return page(english or flow.id, body), texts.over


def _when(event: PlanEvent) -> str:
    return f"Day {event.day} · {event.hour:02d}:00"


def _until(event: PlanEvent) -> str:
    total = event.day * 24 + event.hour + event.grace_hours
    return f"day {total // 24}, {total % 24:02d}:00"


def plans_page(content: Content) -> str:
    """The reminder plans as one timeline per treatment type."""
    plans = content.plans
    if plans is None or not plans.events:
        return page("Reminder plans", "<h1>Reminder plans</h1><p>There are no reminder plans.</p>")
    sections = []
    for kind in TREATMENTS:
        items = []
        for event in sorted(plans.for_treatment(kind), key=lambda e: (e.day, e.hour, e.id)):
            titles = " / ".join(
                f'<span lang="{lang}">{escape(content.text(event.text + "_title", lang))}</span>'
                for lang in ("en", "es")
            )
            buttons = "".join(
                f"<li>button “{escape(content.text(label, 'en'))}” / “{escape(content.text(label, 'es'))}” → "
                f"{_target(content, Target(flow=flow_id))}</li>"
                for label, flow_id in event.buttons
            )
            full = "".join(
                f'<td lang="{lang}"><div class="text">{escape(content.text(event.text, lang))}</div></td>'
                for lang in ("en", "es")
            )
            items.append(
                f'<li id="{escape(kind)}-{escape(event.id)}"><span class="when">{escape(_when(event))}</span> '
                f'local time · {titles} <span class="key">{escape(event.id)}</span>'
                f'<div class="grace">grace window {event.grace_hours} h: if the bot was down it is still sent '
                f"until {escape(_until(event))}, then skipped</div>"
                f"{'<ul>' + buttons + '</ul>' if buttons else ''}"
                f"<details><summary>full text</summary><table><tr>{full}</tr></table></details></li>"
            )
        body = f'<ol class="timeline">{"".join(items)}</ol>' if items else "<p>No reminders.</p>"
        sections.append(f'<section id="{escape(kind)}"><h2>Treatment: {escape(kind)}</h2>{body}</section>')
    links = " · ".join(f'<a href="#{escape(k)}">{escape(k)}</a>' for k in TREATMENTS)
    zones = ", ".join(f"{country}: {zone}" for country, zone in sorted(plans.timezones.items()))
    intro = (
        "<h1>Reminder plans</h1><p>Each reminder is sent on its day after the treatment date, at the local hour "
        f"in the patient's time zone (a country's default zone: {escape(zones) or 'none'}). "
        f"Texts come from flows/reminders/plans.yaml and the locale files.</p>"
        f"<p>{links}</p>"
    )
    return page("Reminder plans", intro + "".join(sections))


def index_page(content: Content, over: dict[str, int], use_graphviz: bool) -> str:
    """The list of flows with their titles in both languages, medical or not, and sources."""
    rows = []
    for flow in sorted(content.flows.values(), key=lambda f: f.id):
        sources = "<br>".join(
            escape(content.sources[key].title if key in content.sources else key) for key in flow.sources
        )
        flagged = f'<span class="score over">{over[flow.id]}</span>' if over.get(flow.id) else "0"
        rows.append(
            f'<tr><td><a href="flow-{escape(flow.id)}.html">{escape(flow.id)}</a></td>'
            f'<td lang="en">{escape(_title(content, flow, "en")) or "—"}</td>'
            f'<td lang="es">{escape(_title(content, flow, "es")) or "—"}</td>'
            f"<td>{'medical' if flow.medical else 'not medical'}</td><td>{len(flow.steps)}</td>"
            f'<td>{flagged}</td><td class="sources">{sources or "—"}</td></tr>'
        )
    note = (
        ""
        if use_graphviz
        else '<p class="note">Graphviz was not installed when this book was built: diagrams are Mermaid text.</p>'
    )
    body = (
        "<h1>Cuida review book</h1><p>Every conversation the bot can have, for clinical review and translation. "
        'The reminder schedule is on the <a href="plans.html">reminder plans</a> page. Built by '
        "<code>cuida review</code> from flows/ and locales/; edit those files, not these pages.</p>"
        f"{note}<table><thead><tr><th>flow</th><th>English title</th><th>Spanish title</th><th>medical</th>"
        "<th>steps</th><th>texts over readability limits</th><th>sources</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return page("All flows", body)


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
