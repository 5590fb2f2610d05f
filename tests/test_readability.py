"""Plain language: every English and Spanish text within the reading-level limits."""

from __future__ import annotations

import statistics

from bot.core import readability
from bot.core.content import Content


def test_every_text_is_plain_enough(content: Content) -> None:
    rows = readability.report(content.texts)
    assert len(rows) > 50, "too few texts scored: is the scoring broken?"
    too_hard = [f"{lang} {key}: {value}" for lang, key, value in rows if not readability.acceptable(value, lang)]
    english = [v for lang, _, v in rows if lang == "en"]
    spanish = [v for lang, _, v in rows if lang == "es"]
    print(
        f"\nreadability: English Flesch-Kincaid grade median {statistics.median(english):.1f}, "
        f"max {max(english):.1f} (limit {readability.MAX_ENGLISH_GRADE}); Spanish Fernández-Huerta median "
        f"{statistics.median(spanish):.1f}, min {min(spanish):.1f} (limit {readability.MIN_SPANISH_EASE})"
    )
    assert not too_hard, "texts above the plain-language limit:\n" + "\n".join(too_hard)


def test_the_scores_can_fail() -> None:
    """A deliberately dense sentence is caught in both languages, so the limits mean something."""
    dense_en = (
        "Autologous mesenchymal stromal cell administration necessitates comprehensive immunological "
        "characterization, notwithstanding considerable heterogeneity regarding manufacturing standardization "
        "methodologies internationally, particularly concerning intravenous, intra-articular and intrathecal "
        "administration pathways."
    )
    dense_es = (
        "La administración intraarticular de células mesenquimales autólogas requiere una caracterización "
        "inmunológica exhaustiva, considerando la heterogeneidad metodológica internacional de la estandarización "
        "de la manufactura y las vías de administración intravenosa, intratecal e intraarticular correspondientes."
    )
    assert not readability.acceptable(readability.score(dense_en, "en") or 0, "en")
    assert not readability.acceptable(readability.score(dense_es, "es") or 100, "es")


def test_lines_and_bullets_count_as_sentences() -> None:
    assert readability.prepare("Call now\n• chest pain\n• fainting") == "Call now.\nchest pain.\nfainting."
