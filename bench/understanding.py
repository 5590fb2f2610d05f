"""Figures for reading typed messages: yes/no/unsure, small talk, language, and dates.

    .venv/bin/python bench/understanding.py

Prints the time per call of each reader over phrases in both languages, and what a first date
answer costs in a fresh process with and without the start-up warm-up (`engine.warm_dates`).
"""

from __future__ import annotations

import subprocess
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.lang import detect  # noqa: E402
from bot.core.smalltalk import recognise  # noqa: E402
from bot.core.yesno import parse_yes_no  # noqa: E402

PHRASES = [
    "sí, está roja y caliente",
    "no sé",
    "creo que no",
    "not really sure",
    "yes",
    "no, but now I have a fever",
    "hola",
    "muchas gracias",
    "😭😭🙏",
    "hola, tengo fiebre de 39 desde ayer y me duele la rodilla",
    "are you a bot?",
    "I have had a fever since yesterday and my knee is red and hot",
]

# Run in a fresh interpreter: the first parse is what a patient would wait for.
_FIRST_DATE = """
import time
t = time.perf_counter()
from bot.core import engine
imported = time.perf_counter() - t
if {warm}:
    t = time.perf_counter(); engine.warm_dates(); warmed = time.perf_counter() - t
else:
    warmed = 0.0
from datetime import datetime
t = time.perf_counter(); engine.parse_date("el martes pasado", datetime(2026, 11, 21)); first = time.perf_counter() - t
t = time.perf_counter(); engine.parse_date("antier", datetime(2026, 11, 21)); second = time.perf_counter() - t
print(imported, warmed, first, second)
"""


def per_call(function: object, rounds: int = 2000) -> float:
    """Microseconds per call, the best of three runs over all PHRASES."""
    timer = timeit.Timer(lambda: [function(p) for p in PHRASES])  # type: ignore[operator]
    best = min(timer.repeat(repeat=3, number=rounds // len(PHRASES) + 1))
    return best / ((rounds // len(PHRASES) + 1) * len(PHRASES)) * 1e6


def first_date(warm: bool) -> list[float]:
    """Seconds: import of bot.core.engine, the warm-up, the first date parse, the second one."""
    run = subprocess.run(
        [sys.executable, "-c", _FIRST_DATE.format(warm=warm)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [float(x) for x in run.stdout.split()]


def main() -> None:
    """Print the figures."""
    for name, function in (
        ("yesno.parse_yes_no", parse_yes_no),
        ("smalltalk.recognise", recognise),
        ("lang.detect", detect),
    ):
        print(f"{name:22} {per_call(function):7.1f} µs per message ({len(PHRASES)} phrases, EN and ES)")
    for warm in (False, True):
        imported, warmed, first, second = first_date(warm)
        label = "warmed at start" if warm else "not warmed     "
        print(
            f"dates, {label}: import bot.core.engine {imported * 1000:5.0f} ms, warm-up {warmed * 1000:5.0f} ms, "
            f"first date answer {first * 1000:6.1f} ms, second {second * 1000:5.1f} ms"
        )


if __name__ == "__main__":
    main()
