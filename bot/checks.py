"""`cuida check`: every problem in the content, each as `file:line: what is wrong`.

Structural problems come from parsing (`bot.content`); this module adds the checks that need
the whole picture: references between flows, steps and locale keys, reachability, and the two
languages agreeing with each other.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from bot import clinics, translations
from bot import content as content_module
from bot import plans as plans_module
from bot.classifier import load_classifier
from bot.content import LANGUAGES, Condition, Content, Flow, Step, Target
from bot.engine import ENGINE_KEYS, REQUIRED_FLOWS, callback_data, entry_flows
from bot.plans import load_plans
from bot.safety import load_safety
from bot.understanding import load_router
from bot.yamlfile import Problem, suggest

TELEGRAM_TEXT_LIMIT = 4096
TELEGRAM_CALLBACK_LIMIT = 64


def check_root(root: Path, extra_keys: Iterable[str] = ()) -> tuple[Content, list[Problem]]:
    """Load and check everything under `root`; problems come back sorted by file and line."""
    content, problems = content_module.load(root)
    safety_dir = root / "flows" / "safety"
    if safety_dir.is_dir():
        content.safety, found = load_safety(safety_dir)
        problems.extend(found)
    intents = root / "flows" / "understanding" / "intents.yaml"
    if intents.is_file():
        content.router, found = load_router(intents, set(content.flows))
        problems.extend(found)
    model = root / "flows" / "understanding" / "classifier.json"
    if model.is_file():
        try:
            content.classifier = load_classifier(model)
        except ValueError as exc:
            problems.append(Problem(str(model), 1, str(exc).removeprefix(f"{model}: ")))
    keys = set(extra_keys)
    content.plans, found = load_plans(root, content.texts.get("en", {}).keys(), entry_flows(content))
    problems.extend(found)
    keys |= plans_module.used_keys(content.plans)
    content.templates, found = clinics.load_templates(root, content)
    problems.extend(found)
    keys |= clinics.used_keys(content.templates)
    if content.safety is not None:
        keys |= {"safety.emergency", "safety.urgent", "safety.continue"}
        keys |= {f"safety.{sign}" for sign in content.safety.signs}
        # What a sign means, for a question about it; a sign without one gets the generic text.
        keys |= {f"sign_info.{sign}" for sign in content.safety.signs}
        keys |= {"sign_info.generic", "sign_info.if_now_emergency", "sign_info.if_now_urgent"}
    if content.classifier is not None:
        keys |= {"understanding.privacy_help", "understanding.smalltalk"}
    keys |= {
        f"understood.{name}" for name in ("intro", "day", "fever", "redness", "streak", "discharge", "pain", "chills")
    }
    problems.extend(check_content(content, keys))
    if content.safety is not None:
        for name in ("safety.emergency", "safety.urgent", "safety.continue"):
            if name not in content.texts.get("en", {}):
                problems.append(
                    Problem(
                        content.locale_files.get("en", "locales/en.yaml"),
                        1,
                        f"'{name}' is missing; the safety layer needs it",
                    )
                )
    # Stale translations are warnings: the old text is still a valid text, but someone must look.
    problems.extend(translations.check_records(root, content))
    return content, sorted({_relative(p, root) for p in problems})


def _relative(problem: Problem, root: Path) -> Problem:
    """Report paths relative to the content root, as people type them."""
    path = Path(problem.file)
    if path.is_absolute():
        try:
            return replace(problem, file=str(path.relative_to(root.resolve())))
        except ValueError:
            try:
                return replace(problem, file=str(path.relative_to(root)))
            except ValueError:
                return problem
    return problem


def check_content(content: Content, extra_keys: set[str]) -> list[Problem]:
    """Cross-checks on loaded content; `extra_keys` are locale keys used by code outside flows."""
    problems: list[Problem] = []
    used: set[str] = set(ENGINE_KEYS) | extra_keys
    flows_dir = "flows"
    for flow_id in sorted(REQUIRED_FLOWS - set(content.flows)):
        problems.append(
            Problem(flows_dir, 1, f"no flow has id '{flow_id}', which the bot needs; add flows/{flow_id}.yaml")
        )
    for flow in content.flows.values():
        problems.extend(_check_flow(flow, content, used))
    problems.extend(_check_locales(content, used))
    return problems


# ---- flows -----------------------------------------------------------------------------------


def _targets(step: Step) -> Iterator[Target]:
    for button in step.buttons:
        yield button.target
    for branch in step.branches:
        yield branch.target
    if step.next is not None:
        yield step.next


def _conditions(cond: Condition) -> Iterator[Condition]:
    yield cond
    for part in (*cond.all, *cond.any):
        yield from _conditions(part)
    if cond.negate is not None:
        yield from _conditions(cond.negate)


def _check_flow(flow: Flow, content: Content, used: set[str]) -> list[Problem]:
    problems: list[Problem] = []

    def problem(line: int, message: str) -> None:
        problems.append(Problem(flow.file, line, message))

    def key(name: str, line: int, what: str) -> None:
        used.add(name)
        if name not in content.texts.get("en", {}) and name not in content.texts.get("es", {}):
            hint = suggest(name, content.texts.get("en", {}).keys())
            problem(line, f"{what} uses locale key '{name}', which is in neither locale file{hint}")

    if flow.title:
        key(flow.title, flow.line, "the title")
    if flow.start not in flow.steps:
        problem(flow.line, f"start step '{flow.start}' does not exist{suggest(flow.start, flow.steps)}")
    if flow.medical and not flow.sources:
        problem(flow.line, "a medical flow must name its sources (sources: [...]), or say medical: false")
    for source in flow.sources:
        if source not in content.sources:
            problem(flow.line, f"source '{source}' is not in flows/sources.yaml{suggest(source, content.sources)}")

    answers = {step.ask.into for step in flow.steps.values() if step.ask}
    for step in flow.steps.values():
        where = f"step '{step.id}'"
        for name in step.say:
            key(name, step.line, where)
        for index, (label, _) in enumerate(step.choices()):
            key(label, step.line, f"a button of {where}")
            data = callback_data(flow.id, step.id, index)
            size = len(data.encode("utf-8"))
            if size > TELEGRAM_CALLBACK_LIMIT:
                problem(
                    step.line,
                    f"button data '{data}' is {size} bytes, over Telegram's {TELEGRAM_CALLBACK_LIMIT}; "
                    "shorten the flow or step id",
                )
        if step.ask and step.ask.invalid:
            key(step.ask.invalid, step.ask.line, f"the question of {where}")
        if step.ask and flow.medical and step.ask.safety is None and step.ask.type == "yes_no":
            # The author decides, not a default: on a warning-sign question a typed "not sure" is a yes.
            problem(
                step.ask.line,
                f"the yes/no question of {where} is in a medical flow: say 'safety: true' (a typed "
                "'not sure' counts as yes) or 'safety: false'",
            )
        if step.ask and step.ask.safety and step.ask.type == "choice" and step.ask.yes_no_options() is None:
            problem(
                step.ask.line,
                f"the question of {where} says 'safety: true' but has no common.yes and common.no options "
                "for a typed answer to pick",
            )
        for target in _targets(step):
            if target.step and target.step not in flow.steps:
                problem(
                    target.line or step.line,
                    f"{where} goes to '{target.step}', which does not exist{suggest(target.step, flow.steps)}",
                )
            if target.flow and target.flow not in content.flows:
                problem(
                    target.line or step.line,
                    f"{where} opens flow '{target.flow}', which does not exist{suggest(target.flow, content.flows)}",
                )
        for settings in [step.set, *(b.set for b in step.buttons)]:
            language = settings.get("language")
            if language is not None and language not in LANGUAGES:
                problem(step.line, f"{where} sets language '{language}'; use one of {', '.join(LANGUAGES)}")
        for branch in step.branches:
            for cond in _conditions(branch.when):
                if cond.subject == "answer" and cond.name not in answers:
                    problem(cond.line, f"{where} tests answer '{cond.name}', which no question of this flow asks for")
        if step.branches and step.next is None:
            problem(step.line, f"{where} has branches but no default; add 'go' or 'flow' for when none matches")
        if not step.waits and step.next is None and not step.branches:
            problem(step.line, f"{where} is a dead end: give it buttons, a question, 'go' or 'flow'")
        if step.ask and step.next is None and not step.branches:
            problem(step.line, f"{where} asks a question but has no 'go' or 'flow' for after the answer")

    reachable = _reachable(flow)
    for step in flow.steps.values():
        if step.id not in reachable:
            problem(step.line, f"step '{step.id}' cannot be reached from the start step '{flow.start}'")
    return problems


def _reachable(flow: Flow) -> set[str]:
    seen: set[str] = set()
    todo = [flow.start]
    while todo:
        step_id = todo.pop()
        if step_id in seen or step_id not in flow.steps:
            continue
        seen.add(step_id)
        todo.extend(t.step for t in _targets(flow.steps[step_id]) if t.step)
    return seen


# ---- locales ---------------------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    """The {names} used in a text."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return {"<unbalanced braces>"}


def message_limit(content: Content) -> int:
    """Characters one text may have: Telegram's limit less the disclaimer appended to medical answers."""
    return TELEGRAM_TEXT_LIMIT - _disclaimer_reserve(content)


def _disclaimer_reserve(content: Content) -> int:
    return max((len(content.texts[lang].get("common.disclaimer", "")) for lang in LANGUAGES), default=0) + 2


def _check_locales(content: Content, used: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    en, es = content.texts.get("en", {}), content.texts.get("es", {})
    reserve = _disclaimer_reserve(content)
    for language in LANGUAGES:
        for name in sorted(ENGINE_KEYS - set(content.texts.get(language, {}))):
            file = content.locale_files.get(language, f"locales/{language}.yaml")
            problems.append(Problem(file, 1, f"'{name}' is missing; the bot itself uses it, so add it"))
    for language in LANGUAGES:
        texts = content.texts.get(language, {})
        lines = content.text_lines.get(language, {})
        file = content.locale_files.get(language, f"locales/{language}.yaml")
        other = es if language == "en" else en
        other_file = content.locale_files.get("es" if language == "en" else "en", "")
        for name, text in texts.items():
            line = lines.get(name, 1)
            if not text.strip():
                problems.append(Problem(file, line, f"'{name}' is empty; write the text or remove the key"))
            if len(text) > TELEGRAM_TEXT_LIMIT - reserve:
                problems.append(
                    Problem(
                        file,
                        line,
                        f"'{name}' is {len(text)} characters; Telegram allows {TELEGRAM_TEXT_LIMIT} "
                        f"and the disclaimer needs {reserve}: split it into two keys",
                    )
                )
            if name not in other:
                problems.append(Problem(file, line, f"'{name}' is missing from {other_file}; translate it there"))
            elif language == "es":
                mine, theirs = placeholders(text), placeholders(other[name])
                if mine != theirs:
                    problems.append(
                        Problem(
                            file,
                            line,
                            f"'{name}' has placeholders {sorted(mine)} but English has {sorted(theirs)}; "
                            "use the same names in both",
                        )
                    )
            if language == "en" and name not in used:
                problems.append(Problem(file, line, f"'{name}' is not used by any flow; remove it or use it"))
            if language == "es" and name not in used and name not in en:
                problems.append(Problem(file, line, f"'{name}' is not used by any flow; remove it or use it"))
    return problems
