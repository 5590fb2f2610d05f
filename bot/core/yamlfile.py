"""Line-aware YAML loading: every mapping and list remembers where it came from."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a content file, printed as `file:line: message`."""

    file: str
    line: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        prefix = "warning: " if self.warning else ""
        return f"{self.file}:{self.line}: {prefix}{self.message}"


SYNTAX_ERROR = "YAML syntax error"  # how a file that is not YAML at all is reported (and recognised)


class Map(dict):
    """A YAML mapping that knows its own line and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        """Line where `key` was written, or the mapping's own line."""
        return self.key_lines.get(key, self.line)


class Seq(list):
    """A YAML list that knows its own line and the line of each item."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        """Line where item `index` was written, or the list's own line."""
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


def suggest(word: Any, choices: Iterable[Any]) -> str:
    """A ' (did you mean 'x'?)' hint for a misspelt name, or an empty string."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def unknown_keys(file: str, data: Map, allowed: Collection[str], where: str = "") -> list[Problem]:
    """One problem per key of `data` that is not allowed, with a suggestion and the allowed keys."""
    inside = f" in {where}" if where else ""
    listing = ", ".join(sorted(allowed))
    return [
        Problem(file, data.line_of(key), f"unknown key '{key}'{inside}{suggest(key, allowed)}; allowed: {listing}")
        for key in data
        if key not in allowed
    ]


def line_of(value: Any, default: int = 0) -> int:
    """Line of a loaded mapping or list, `default` for plain scalars."""
    return getattr(value, "line", default) or default


def load(path: Path, display: str | None = None) -> tuple[Any, list[Problem]]:
    """Load one YAML file, returning its data and any problems (syntax, duplicate keys)."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(name, 1, f"cannot read file: {exc}")]
    return loads(text, name)


def loads(text: str, name: str) -> tuple[Any, list[Problem]]:
    """Load YAML text; `name` is used in problem reports."""
    problems: list[Problem] = []
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or str(exc)
        return None, [Problem(name, line, f"{SYNTAX_ERROR}: {what}")]
    except yaml.YAMLError as exc:
        return None, [Problem(name, 1, f"{SYNTAX_ERROR}: {exc}")]
    if node is None:
        return None, problems
    return _convert(node, name, problems), problems


_scalar_loader = yaml.SafeLoader("")


def _convert(node: yaml.Node, name: str, problems: list[Problem]) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result = Map()
        result.line = line
        result.key_lines = {}
        merged: list[yaml.Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                # `<<: *anchor` copies a shared mapping (e.g. yes/no/unsure options); explicit keys win.
                parts = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
                for part in parts:
                    if isinstance(part, yaml.MappingNode):
                        merged.append(part)
                    else:
                        problems.append(Problem(name, key_node.start_mark.line + 1, "'<<' must name a mapping"))
                continue
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(name, key_line, "a key must be a plain word"))
                continue
            # Keys are always text: YAML 1.1 would otherwise read `yes:`/`no:` as booleans.
            key = key_node.value
            if key in result:
                problems.append(
                    Problem(name, key_line, f"duplicate key '{key}' (first written on line {result.key_lines[key]})")
                )
            result[key] = _convert(value_node, name, problems)
            result.key_lines[key] = key_line
        for part in merged:
            source = _convert(part, name, problems)
            for key, value in source.items():
                if key not in result:
                    result[key] = value
                    result.key_lines[key] = node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        seq = Seq(_convert(item, name, problems) for item in node.value)
        seq.line = line
        seq.item_lines = [item.start_mark.line + 1 for item in node.value]
        return seq
    return _scalar_loader.construct_object(node, deep=True)
