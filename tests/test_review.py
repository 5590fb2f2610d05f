"""The review book: a page per flow with both languages side by side, sources, readability, plans, and
what a browser (headless Chromium) actually shows."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from html import escape
from pathlib import Path

import pytest

from bot.core import readability
from bot.core.content import Content, Source
from bot.core.plans import TREATMENTS
from bot.tools import graph, review
from tests.conftest import ROOT
from tests.support.drawing import HARD_EN, HARD_ES, SCRIPT, require_command, tiny_content

FLOW = "infection_check"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The book of the shipped content, written once for this module by `cuida review` itself."""
    out = tmp_path_factory.mktemp("book")
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "CUIDA_CONTENT_DIR": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "review", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return out, result


@pytest.fixture(scope="module")
def book(built: tuple[Path, subprocess.CompletedProcess[str]]) -> Path:
    """The folder holding the book."""
    return built[0]


def row(page: str, key: str) -> str:
    """The table row of one locale key."""
    found = re.search(
        rf'<tr><th scope="row">(?:(?!</th>).)*<br><span class="key">{re.escape(key)}</span></th>(?:(?!</tr>).)*</tr>',
        page,
        re.S,
    )
    assert found, f"no row for {key}"
    return found[0]


def test_a_page_per_flow_and_an_index(content: Content, book: Path) -> None:
    index = (book / "index.html").read_text(encoding="utf-8")
    for flow in content.flows.values():
        assert (book / f"flow-{flow.id}.html").is_file(), flow.id
        assert f'<a href="flow-{flow.id}.html">{flow.id}</a>' in index
        if flow.title:
            assert escape(content.text(flow.title, "en")) in index and escape(content.text(flow.title, "es")) in index
    assert "<td>medical</td>" in index and "<td>not medical</td>" in index
    assert escape(content.sources["cdc_ssi"].title) in index
    assert 'href="plans.html"' in index


def test_texts_side_by_side(content: Content, book: Path) -> None:
    page = (book / f"flow-{FLOW}.html").read_text(encoding="utf-8")
    keys = [key for step in content.flows[FLOW].steps.values() for key in step.say]
    keys += ["check.btn_dont_know", "check.bad_temperature", "common.unsure", "check.btn_numbers"]
    for key in keys:
        found = row(page, key)
        english = found.index(f'<td lang="en"><div class="text">{escape(content.text(key, "en"))}</div>')
        spanish = found.index(f'<td lang="es"><div class="text">{escape(content.texts["es"][key])}</div>')
        assert english < spanish, key
    assert 'id="step-out_emergency"' in page and 'class="step red"' in page
    # where each step goes
    assert '<li>if emergency is yes or unsure → step <a href="#step-out_emergency">out_emergency</a></li>' in page
    assert "<li>if temp_c ≥ 38.0 (or clinic&#x27;s fever_threshold_c) or (fever is yes or unsure" in page
    assert '<a href="flow-emergency.html">emergency</a>' in page


def test_sources_are_named_with_links(content: Content, book: Path) -> None:
    page = (book / f"flow-{FLOW}.html").read_text(encoding="utf-8")
    for key in content.flows[FLOW].sources:
        source = content.sources[key]
        assert escape(source.title) in page, key
        if source.url:
            assert f'<a href="{escape(source.url)}">' in page, key
    menu = (book / "flow-menu.html").read_text(encoding="utf-8")
    assert "No sources named (not a medical flow)." in menu


def test_readability_scores(content: Content, book: Path) -> None:
    page = (book / f"flow-{FLOW}.html").read_text(encoding="utf-8")
    key = "check.ask_emergency"  # long enough to score in both languages
    grade = readability.score(content.text(key, "en"), "en")
    ease = readability.score(content.texts["es"][key], "es")
    assert grade is not None and ease is not None
    assert f"grade {grade:.1f}</span>" in row(page, key)
    assert f"ease {ease:.0f}</span>" in row(page, key)
    assert 'title="under 20 words: not scored">—' in row(page, "check.ask_chills")
    # Texts over the limits are flagged, in either language, and counted.
    html_text, over = review.flow_page(tiny_content(), tiny_content().flows["tricky"], use_graphviz=False)
    hard = row(html_text, "tricky.hard")
    assert hard.count('class="score over"') == 2 and "over the limit" in hard
    assert over == 2 and "2 text(s) over the readability limits" in html_text
    assert readability.score(HARD_EN, "en") > readability.MAX_ENGLISH_GRADE  # the fixture really is hard
    assert readability.score(HARD_ES, "es") < readability.MIN_SPANISH_EASE


def test_everything_is_escaped() -> None:
    tiny = tiny_content()
    html_text, _ = review.flow_page(tiny, tiny.flows["tricky"], use_graphviz=False)
    assert "<script>" not in html_text and escape(SCRIPT) in html_text
    assert "<odd>" not in html_text and "Tricky &amp; &lt;odd&gt;" in html_text
    assert "Press &quot;here&quot; | now" in html_text


HOSTILE = """<script>alert('x')</script> "quoted" & <img src=x onerror=alert(1)>"""


def test_hostile_text_in_any_field_comes_out_escaped_on_every_page(tmp_path: Path) -> None:
    """A flow text, a title, a source's name and link, a step id: none can put markup into the book."""
    tiny = tiny_content()
    for language in ("en", "es"):
        tiny.texts[language]["tricky.fine"] = HOSTILE
        tiny.texts[language]["tricky.title"] = HOSTILE
    tiny.sources["src"] = Source("src", HOSTILE, 'https://example.org/?a=1&b="2"', 1)
    result = review.build_book(tiny, tmp_path, use_graphviz=False)
    pages = {path.name: path.read_text(encoding="utf-8") for path in result.pages}
    flow, index = pages["flow-tricky.html"], pages["index.html"]
    for name, text in pages.items():
        assert "<script" not in text and "<img" not in text and "onerror=alert(1)>" not in text, name
    escaped = escape(HOSTILE)  # &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;quoted&quot; &amp; ...
    assert f'<td lang="en"><div class="text">{escaped}</div>' in flow
    assert f'<td lang="es"><div class="text">{escaped}</div>' in flow
    assert f"<h1>{escaped} " in flow and f"<title>{escaped} · Cuida review book</title>" in flow
    assert f'{escaped} — <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">' in flow
    assert f'<td lang="en">{escaped}</td>' in index and f'<td class="sources">{escaped}</td>' in index


def test_reminder_timeline(content: Content, book: Path) -> None:
    page = (book / "plans.html").read_text(encoding="utf-8")
    assert content.plans is not None
    sections = dict(re.findall(r'<section id="(\w+)"><h2>Treatment: \w+</h2>(.*?)</section>', page, re.S))
    assert list(sections) == list(TREATMENTS)
    for kind in TREATMENTS:
        events = sorted(content.plans.for_treatment(kind), key=lambda e: (e.day, e.hour, e.id))
        assert events, kind
        shown = re.findall(r'<li id="\w+-(\w+)"><span class="when">Day (\d+) · (\d\d):00</span>', sections[kind])
        assert shown == [(e.id, str(e.day), f"{e.hour:02d}") for e in events], kind
        for event in events:
            assert escape(content.text(event.text + "_title", "en")) in sections[kind]
            assert escape(content.texts["es"][event.text + "_title"]) in sections[kind]
            assert f"grace window {event.grace_hours} h" in sections[kind]
    assert "day0_spine" in sections["spine"] and "day0_spine" not in sections["joint"]
    assert "grace window 4 h: if the bot was down it is still sent until day 0, 23:00, then skipped" in page


def test_without_graphviz_the_diagram_is_mermaid_text(content: Content, tmp_path: Path) -> None:
    result = review.build_book(content, tmp_path, use_graphviz=False)
    assert not result.graphviz and len(result.pages) == len(content.flows) + 2
    page = (tmp_path / f"flow-{FLOW}.html").read_text(encoding="utf-8")
    assert "<svg" not in page and '<pre class="mermaid-src">flowchart TD' in page
    assert "Graphviz is not installed" in page and "step_out_emergency" in page


def test_cli_reports_what_it_wrote(content: Content, built: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, result = built
    assert f"Wrote the review book: {out / 'index.html'} ({len(content.flows) + 2} pages)" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["index.html", "plans.html", *(f"flow-{flow_id}.html" for flow_id in content.flows)]
    )


def test_chromium_shows_both_languages_and_the_diagram(content: Content, book: Path, tmp_path: Path) -> None:
    chromium = require_command("chromium", "chromium")
    require_command("dot", "graphviz")  # the diagram is inline SVG only when Graphviz drew it
    shot = tmp_path / "page.png"
    started = time.monotonic()
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1280,2000",
            "--dump-dom",
            (book / f"flow-{FLOW}.html").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert time.monotonic() - started < 20
    dom = result.stdout
    assert "<svg" in dom and '<figure class="diagram" lang="en"><svg' in dom
    assert content.text("check.ask_fever", "en") in dom  # "Do you have a fever, ..."
    assert content.texts["es"]["check.ask_fever"] in dom  # "¿Tienes fiebre, ..."
    assert graph.RED.lower() in dom.lower()  # the red emergency exit is drawn
    image = shot.read_bytes()
    assert image[:8] == PNG_MAGIC and len(image) > 20_000
    width, height = int.from_bytes(image[16:20], "big"), int.from_bytes(image[20:24], "big")
    assert (width, height) == (1280, 2000)
