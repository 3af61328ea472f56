"""Numbers written the way each language writes them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from babel import Locale

from layers.analysis.catalog import Indicator

SEPARATORS = {"pl": (",", " "), "en": (".", ",")}
"""Decimal mark and thousands separator by language (Polish: ``1 234,5``).

A plain space, not a no-break one: it costs one byte in JSON instead of six, and the
stylesheet keeps numbers from wrapping."""


MISSING = "–"

PLURAL_FORMS = {"pl": ("one", "few", "many", "other"), "en": ("one", "other")}
"""The CLDR plural categories of each language, in the order a word's forms are given
(Polish: "osoba", "osoby", "osób", and "osoby" for fractions)."""


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


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def inflected(count: float, forms: Sequence[str], lang: str) -> str:
    """Return the form of a word that follows ``count`` in ``lang`` (CLDR plural rules).

    Parameters
    ----------
    count
        The number as shown (round it first to the decimals shown).
    forms
        The word's forms in the order of :data:`PLURAL_FORMS` for ``lang``.
    lang
        ``"pl"`` or ``"en"``.

    References
    ----------
    Unicode CLDR, Language Plural Rules (through Babel's locale data).

    Examples
    --------
    >>> [inflected(n, ("osoba", "osoby", "osób", "osoby"), "pl") for n in (1, 3, 12, 22, 25, 1.5)]
    ['osoba', 'osoby', 'osób', 'osoby', 'osób', 'osoby']
    """
    return forms[PLURAL_FORMS[lang].index(_locale(lang).plural_form(count))]


def with_unit(value: float | None, indicator: Indicator, lang: str) -> str:
    """Return a value as shown with its unit, inflected where the catalog gives forms.

    Examples
    --------
    ``809 168 osób``, ``3 osoby``, ``2,5 %`` (units without forms stay as they are);
    :data:`MISSING` alone for a gap.
    """
    text = formatted(value, indicator.decimals, lang)
    if value is None or text == MISSING:
        return text
    forms = indicator.unit_forms(lang)
    count = round(value, indicator.decimals)
    unit = inflected(count, forms, lang) if forms else indicator.unit(lang)
    return f"{text} {unit}"
