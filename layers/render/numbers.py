"""Numbers written the way each language writes them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from babel import Locale
from babel.numbers import format_compact_decimal

from layers.analysis.catalog import Indicator

SEPARATORS = {"pl": (",", " "), "en": (".", ",")}
"""Decimal mark and thousands separator by language (Polish: ``1 234,5``).

A plain space, not a no-break one: it costs one byte in JSON instead of six, and the
stylesheet keeps numbers from wrapping."""


MISSING = "–"
COMPACT_FROM = 10_000
"""Axes reaching this magnitude write their ticks short ("200 tys.", "1,2 mln")."""
TICKS = 5
"""About how many ticks an axis of :func:`axis_ticks` gets."""
NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)

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


def compact(value: float, lang: str) -> str:
    """Return a number written short with the language's words ("200 tys.", "1,25 mln").

    The words and separators are Babel's (Unicode CLDR's short decimal formats); the
    no-break space Babel puts before the word is kept, so a tick never wraps.

    Examples
    --------
    >>> compact(1_250_000, "pl") == "1,25\N{NO-BREAK SPACE}mln"
    True
    >>> compact(200_000, "en")
    '200K'
    """
    return format_compact_decimal(
        value, format_type="short", locale=_locale(lang), fraction_digits=2
    )


def tick_step(low: float, high: float) -> float:
    """Return a round step (1, 2, 2.5 or 5 × 10ⁿ) giving about :data:`TICKS` ticks over a range.

    References
    ----------
    Heckbert, P. S. (1990). Nice numbers for graph labels. In A. S. Glassner (ed.),
    *Graphics Gems*, 61–63. Academic Press, ISBN 0-12-286166-3.
    """
    raw = (high - low) / TICKS or abs(high) or 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(step * magnitude for step in NICE_STEPS if step * magnitude >= raw)


def axis_ticks(low: float, high: float, lang: str) -> tuple[list[float], list[str]] | None:
    """Return an axis's tick values and their labels in the language, or None to leave it.

    Parameters
    ----------
    low, high
        The smallest and largest value the axis shows.
    lang
        ``"pl"`` or ``"en"``.

    Returns
    -------
    tuple or None
        Round ticks covering ``low``–``high`` labelled by :func:`compact` ("200 tys.",
        never Plotly's SI "200k"), when the axis reaches :data:`COMPACT_FROM`; None for
        an axis of smaller numbers (Plotly writes them whole, with the separators).
    """
    if max(abs(low), abs(high)) < COMPACT_FROM:
        return None
    step = tick_step(low, high)
    first, last = math.floor(low / step), math.ceil(high / step)
    values = [round(i * step, 6) for i in range(first, last + 1)]
    return values, [compact(value, lang) for value in values]
