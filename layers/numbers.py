"""Numbers written the way each language writes them."""

from __future__ import annotations

import math

SEPARATORS = {"pl": (",", "\u00a0"), "en": (".", ",")}
"""Decimal mark and thousands separator by language (Polish: ``1 234,5``)."""


def formatted(value: float | None, decimals: int, lang: str) -> str:
    """Return a value rounded to ``decimals`` with the language's separators; ``"–"`` if missing.

    Examples
    --------
    >>> formatted(803282, 0, "pl")
    '803\u00a0282'
    >>> formatted(2458.42, 1, "en")
    '2,458.4'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    decimal, thousands = SEPARATORS.get(lang, SEPARATORS["pl"])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def plotly_separators(lang: str) -> str:
    """Return the ``layout.separators`` string Plotly uses for the language."""
    decimal, thousands = SEPARATORS.get(lang, SEPARATORS["pl"])
    return decimal + thousands
