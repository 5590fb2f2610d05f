"""Text normalisation and routing of free-text questions to flows (placeholder: normalize only, being written)."""

from __future__ import annotations

import unicodedata

from rapidfuzz.utils import default_process


def normalize(text: str) -> str:
    """Lower case, accents folded, punctuation to spaces, whitespace collapsed."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(default_process(folded).split())
