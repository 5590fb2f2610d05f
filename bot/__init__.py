"""Cuida: a bilingual aftercare companion for stem cell treatment, on Telegram."""

__version__ = "0.1.0"
