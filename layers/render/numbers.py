"""Numbers written the way each language writes them."""

from __future__ import annotations

import math

SEPARATORS = {"pl": (",", " "), "en": (".", ",")}
"""Decimal mark and thousands separator by language (Polish: ``1 234,5``).

A plain space, not a no-break one: it costs one byte in JSON instead of six, and the
stylesheet keeps numbers from wrapping."""


MISSING = "–"


def formatted(value: float | None, decimals: int, lang: str) -> str:
    """Return a value rounded to ``decimals`` in the language's style; :data:`MISSING` if absent.

    Examples
    --------
    >>> formatted(803282, 0, "pl")
    '803 282'
    >>> formatted(2458.42, 1, "en")
    '2,458.4'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    decimal, thousands = SEPARATORS.get(lang, SEPARATORS["pl"])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def formatted_difference(value: float | None, decimals: int, lang: str) -> str:
    """Return a difference with its sign, e.g. ``"+12,5"`` or ``"-3,0"``; :data:`MISSING` if absent.

    Examples
    --------
    >>> formatted_difference(790530, 0, "pl")
    '+790 530'
    """
    text = formatted(value, decimals, lang)
    if value is None or text == MISSING:
        return text
    rounded = round(value, decimals)
    if rounded == 0:
        return formatted(0.0, decimals, lang)  # no sign on a difference that rounds to zero
    return text if rounded < 0 else f"+{text}"


def plotly_separators(lang: str) -> str:
    """Return the ``layout.separators`` string Plotly uses for the language."""
    decimal, thousands = SEPARATORS.get(lang, SEPARATORS["pl"])
    return decimal + thousands
