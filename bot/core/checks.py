"""`cuida check`: every problem in the content, each as `file:line: what is wrong`.

Structural problems come from parsing (`bot.core.content`); this module adds the checks that need
the whole picture: references between flows, steps and locale keys, reachability, and the two
languages agreeing with each other.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from bot.core import clinic_config
from bot.core import content as content_module
from bot.core import plans as plans_module
from bot.core.classifier import load_classifier
from bot.core.content import LANGUAGES, Condition, Content, Flow, Step, Target
from bot.core.engine import ENGINE_KEYS, REQUIRED_FLOWS, callback_data, entry_flows
from bot.core.plans import load_plans
from bot.core.safety import load_safety
from bot.core.translation_records import check_records
from bot.core.understanding import load_router
from bot.core.yamlfile import SYNTAX_ERROR, Problem, suggest

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
    content.templates, found = clinic_config.load_templates(root, content)
    problems.extend(found)
    keys |= clinic_config.used_keys(content.templates)
    if content.safety is not None:
        keys |= {"safety.emergency", "safety.urgent", "safety.continue"}
        keys |= {f"safety.{sign}" for sign in content.safety.signs}
        # What a sign means, for a question about it; a sign without one gets the generic text.
        keys |= {f"sign_info.{sign}" for sign in content.safety.signs}
        keys |= {"sign_info.generic", "sign_info.if_now_emergency", "sign_info.if_now_urgent"}
    if content.classifier is not None:
        keys |= {
            "understanding.privacy_help",
            "understanding.smalltalk",
            "understanding.animal",
            "understanding.lone_answer",
        }
    # An introduction ("I'm writing for my dad") is welcomed with or without a model.
    keys.add("understanding.writing_for")
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
    problems.extend(check_records(root, content))
    found = sorted({_relative(p, root) for p in problems})
    # A file that is not YAML takes its whole part of the content with it: every other problem
    # would be a knock-on ("missing" keys by the hundred), burying the one line to fix.
    syntax = [p for p in found if p.message.startswith(SYNTAX_ERROR)]
    return content, syntax or found


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
    problems.extend(_check_loops(content))
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


Node = tuple[str, str]  # (flow id, step id)


def _moves(content: Content, flow: Flow, step: Step) -> Iterator[Node]:
    """Where a step that does not wait can lead within the same turn."""
    for target in [*(b.target for b in step.branches), *([step.next] if step.next else [])]:
        if target.flow:
            other = content.flows.get(target.flow)
            if other is not None and other.start in other.steps:
                yield other.id, other.start
        elif target.step and target.step in flow.steps:
            yield flow.id, target.step


def _check_loops(content: Content) -> list[Problem]:
    """Steps that lead round to each other without any of them waiting for the user.

    At run time the engine gives up after MAX_HOPS steps in one turn and the user gets "something
    went wrong"; here it is one problem per loop, at the first step of it in its file.
    """
    graph: dict[Node, list[Node]] = {}
    for flow in content.flows.values():
        for step in flow.steps.values():
            if not step.waits:
                graph[(flow.id, step.id)] = list(_moves(content, flow, step))
    # Only steps that do not wait can be part of such a loop.
    graph = {node: [n for n in targets if _still(content, n)] for node, targets in graph.items()}
    problems = []
    for component in _cycles(graph):
        first = min(component, key=lambda n: (content.flows[n[0]].file, content.flows[n[0]].steps[n[1]].line))
        path = _cycle_through(graph, first, set(component))
        flow = content.flows[first[0]]
        names = " → ".join(f"'{s}'" if f == first[0] else f"'{f}/{s}'" for f, s in path)
        problems.append(
            Problem(
                flow.file,
                flow.steps[first[1]].line,
                f"steps {names} go round without waiting for the user, so the bot would stop with "
                "'something went wrong'; give one of them buttons or a question, or lead out of the loop",
            )
        )
    return problems


def _still(content: Content, node: Node) -> bool:
    flow = content.flows.get(node[0])
    step = flow.steps.get(node[1]) if flow else None
    return step is not None and not step.waits


def _cycles(graph: dict[Node, list[Node]]) -> list[list[Node]]:
    """Strongly connected components that hold a cycle (Tarjan's algorithm, without recursion)."""
    index: dict[Node, int] = {}
    low: dict[Node, int] = {}
    stack: list[Node] = []
    on_stack: set[Node] = set()
    found: list[list[Node]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[Node, Iterator[Node]]] = [(root, iter(graph.get(root, [])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            advanced = False
            for target in targets:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(graph.get(target, []))))
                    advanced = True
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, []):
                    found.append(component)
    return found


def _cycle_through(graph: dict[Node, list[Node]], start: Node, inside: set[Node]) -> list[Node]:
    """One way round the loop from `start` back to it, staying inside the component."""
    path, seen = [start], {start}
    node = start
    while True:
        following = [n for n in graph.get(node, []) if n in inside]
        if start in following:
            return [*path, start]
        node = next((n for n in following if n not in seen), following[0])
        if node in seen:
            return [*path, node]
        path.append(node)
        seen.add(node)


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


def content_errors(root: Path) -> tuple[Content, list[Problem]]:
    """The content under `root` and its errors (warnings, such as a stale translation, left out)."""
    content, problems = check_root(root)
    return content, [p for p in problems if not p.warning]
