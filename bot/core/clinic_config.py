"""Clinic configuration, pure: the clinic and broadcast records, invite codes, fever thresholds, and
the broadcast templates (`flows/broadcasts/templates.yaml`) with their loading and checking.

No storage and no Telegram here: `cuida check` imports this module alone. The `Template` record
itself is content's (`bot/core/content.py`), re-exported here.
Broadcast templates are content: a title and a text locale key each, so every patient reads them
in their own language.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.core import yamlfile
from bot.core.content import Template
from bot.core.engine import TEMPLATE_ANSWER, entry_flows
from bot.core.yamlfile import Map, Problem, Seq, suggest

if TYPE_CHECKING:
    from bot.core.content import Content

TEMPLATES_FILE = Path("flows") / "broadcasts" / "templates.yaml"
BROADCAST_FLOW = "broadcast"
TEMPLATE_KEYS = {"title", "text", "buttons", "notes"}
TEMPLATE_BUTTON_KEYS = {"text", "open"}
TEMPLATE_ID = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
# Telegram deep-link payloads: 1-64 characters of A-Za-z0-9_-. token_urlsafe(16) gives 22 of
# them carrying 128 random bits: nobody finds a clinic's link by guessing.
INVITE_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
INVITE_BYTES = 16
REPORT_KEY = "broadcast.report"
CODE_KEYS = frozenset({REPORT_KEY})  # locale keys the clinic feature uses directly


class ClinicError(Exception):
    """A clinic operation cannot be done; the message says why."""


@dataclass(frozen=True)
class Clinic:
    """A clinic and who works there."""

    id: int
    name: str
    invite_code: str
    fever_threshold_c: float | None
    created_at: str
    staff: tuple[int, ...] = ()


@dataclass(frozen=True)
class Broadcast:
    """One broadcast's audit row."""

    id: int
    clinic_id: int
    created_by: int | None
    created_at: str
    template: str | None
    text_en: str
    text_es: str
    recipients: int
    reported_at: str | None = None


def new_invite_code() -> str:
    """A fresh invite code: 22 URL-safe characters, valid as a Telegram deep-link payload."""
    return secrets.token_urlsafe(INVITE_BYTES)


def deep_link(bot_username: str, code: str) -> str:
    """The link a patient opens to join: https://t.me/<bot>?start=<code>."""
    return f"https://t.me/{bot_username.lstrip('@')}?start={code}"


def check_user_id(user_id: int) -> None:
    """Raise ClinicError unless `user_id` is a Telegram user id (a positive whole number)."""
    if isinstance(user_id, bool) or not isinstance(user_id, int) or user_id <= 0:
        raise ClinicError(f"{user_id!r} is not a Telegram user id (a positive whole number).")


# A clinic's fever threshold may be lower (more cautious) than the sources' 38.0 °C / 100.4 °F
# (CDC, MedlinePlus), never higher: every fever text says "38 °C or more at any time, contact your
# clinic today", and a 39 °C threshold once told a patient at 38.8 °C "no warning signs". The
# warning-sign check also tests 38.0 °C itself (flows/infection_check.yaml), whatever is stored.
MIN_FEVER_THRESHOLD_C = 37.0
MAX_FEVER_THRESHOLD_C = 38.0


def check_fever_threshold(celsius: float) -> None:
    """Raise ClinicError unless `celsius` is a fever threshold a clinic may set (37.0-38.0 °C)."""
    if not MIN_FEVER_THRESHOLD_C <= celsius <= MAX_FEVER_THRESHOLD_C:
        raise ClinicError(
            f"A fever threshold of {celsius} °C is not allowed: "
            f"use {MIN_FEVER_THRESHOLD_C}-{MAX_FEVER_THRESHOLD_C} °C. "
            f"A clinic may be more cautious than the usual {MAX_FEVER_THRESHOLD_C} °C (100.4 °F), never less, "
            "because every fever text tells patients to contact the clinic from that temperature."
        )


# ---- templates: loading and checking ---------------------------------------------------------------


def load_templates(root: Path, content: Content) -> tuple[dict[str, Template], list[Problem]]:
    """Read flows/broadcasts/templates.yaml; report every problem as file:line."""
    path = root / TEMPLATES_FILE
    name = str(TEMPLATES_FILE)
    if not path.exists():
        return {}, []
    data, problems = yamlfile.load(path, name)  # duplicate keys are reported here
    if data is None:
        return {}, problems
    if not isinstance(data, Map):
        return {}, [*problems, Problem(name, 1, "templates must map a template key to {title, text}")]
    en, es = content.texts.get("en", {}), content.texts.get("es", {})
    openable = entry_flows(content)
    templates: dict[str, Template] = {}

    def problem(line: int, message: str) -> None:
        problems.append(Problem(name, line, message))

    def locale_key(value: Any, line: int, what: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            problem(line, f"{what} must be a locale key")
            return None
        for language, texts in (("en", en), ("es", es)):
            if value not in texts:
                file = content.locale_files.get(language, f"locales/{language}.yaml")
                problem(line, f"{what} uses locale key '{value}', which is missing from {file}{suggest(value, texts)}")
        return value

    for key, spec in data.items():
        line = data.line_of(key)
        if not TEMPLATE_ID.match(str(key)):
            problem(line, f"template key '{key}' must be lower-case letters, digits and '_' (at most 32)")
            continue
        if not isinstance(spec, Map):
            problem(line, f"template '{key}' must be a mapping with 'title' and 'text'")
            continue
        problems.extend(yamlfile.unknown_keys(name, spec, TEMPLATE_KEYS, f"template '{key}'"))
        for needed in ("title", "text"):
            if needed not in spec:
                problem(spec.line, f"template '{key}' is missing '{needed}'")
        title = locale_key(spec.get("title"), spec.line_of("title"), f"the title of template '{key}'")
        text = locale_key(spec.get("text"), spec.line_of("text"), f"the text of template '{key}'")
        buttons = _template_buttons(spec, str(key), openable, problem, locale_key)
        if title and text:
            templates[str(key)] = Template(str(key), title, text, buttons, line)
    _check_offered(content, templates, problems, name)
    return templates, problems


def _template_buttons(
    spec: Map,
    key: str,
    openable: frozenset[str],
    problem: Callable[[int, str], None],
    locale_key: Callable[[Any, int, str], str | None],
) -> tuple[tuple[str, str], ...]:
    raw = spec.get("buttons")
    if raw is None:
        return ()
    if not isinstance(raw, Seq):
        problem(spec.line_of("buttons"), f"'buttons' of template '{key}' must be a list of {{text, open}}")
        return ()
    found = []
    for index, item in enumerate(raw):
        line = raw.line_of(index)
        if not isinstance(item, Map):
            problem(line, "a template button must be {text: LOCALE_KEY, open: FLOW}")
            continue
        for extra in item:
            if extra not in TEMPLATE_BUTTON_KEYS:
                problem(item.line_of(extra), f"unknown key '{extra}' in a template button; allowed: open, text")
        label = locale_key(item.get("text"), item.line_of("text"), f"a button of template '{key}'")
        flow = item.get("open")
        if flow not in openable:
            problem(
                item.line_of("open"),
                f"a button of template '{key}' opens '{flow}', which is not a command or main-menu flow"
                f"{suggest(flow, openable)}",
            )
        elif label:
            found.append((label, str(flow)))
    return tuple(found)


def _check_offered(content: Content, templates: dict[str, Template], problems: list[Problem], name: str) -> None:
    """The /broadcast flow lists templates as options: each must exist, and each template should be offered."""
    flow = content.flows.get(BROADCAST_FLOW)
    if flow is None:
        return
    offered: set[str] = set()
    for step in flow.steps.values():
        if step.ask is None or step.ask.into != TEMPLATE_ANSWER:
            continue
        for option in step.ask.options:
            value = option.value if isinstance(option.value, str) else repr(option.value)
            offered.add(value)
            if value not in templates:
                problems.append(
                    Problem(
                        flow.file,
                        option.line,
                        f"option '{option.value}' is not a template in {name}{suggest(option.value, templates)}",
                    )
                )
    for template in templates.values():
        if template.key not in offered:
            problems.append(
                Problem(
                    name,
                    template.line,
                    f"template '{template.key}' is not offered by flows/{BROADCAST_FLOW}.yaml; "
                    "only the command line can send it",
                    warning=True,
                )
            )


def used_keys(templates: dict[str, Template]) -> set[str]:
    """Locale keys the templates use (so `cuida check` does not call them unused)."""
    keys = set(CODE_KEYS)
    for template in templates.values():
        keys |= {template.title, template.text, *(label for label, _ in template.buttons)}
    return keys
