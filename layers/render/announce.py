"""The sentence a screen reader announces when the map's legend changes (WCAG 4.1.3)."""

from __future__ import annotations

from collections.abc import Callable

from layers.render.choropleth import ChoroplethView
from layers.render.numbers import MISSING, formatted, with_unit

Count = Callable[[int], str]
"""Writes a count with its noun in the form the count asks for (``5`` → ``"5 klas"``)."""


def legend_sentence(  # noqa: PLR0913 (the sentence's parts, each from its own source)
    view: ChoroplethView,
    period: str,
    template: str,
    *,
    count_classes: Count,
    count_missing: Count,
    lang: str,
) -> str:
    """Return in one sentence what the map shows: indicator, period, classes, range, gaps.

    Parameters
    ----------
    view
        The painted view (its indicator, legend rows and class edges).
    period
        The period as written (:func:`layers.render.dates.period_label`).
    template
        The sentence with the fields ``title``, ``period``, ``classes``, ``low``, ``high``
        and ``missing`` ("Mapa: {title}, {period}; {classes} od {low} do {high}; …").
    count_classes, count_missing
        Write the number of classes and of units without data with their nouns.
    lang
        How to write the numbers (``"pl"``, ``"en"``).

    References
    ----------
    W3C, Web Content Accessibility Guidelines 2.1, success criterion 4.1.3 Status Messages;
    WAI-ARIA 1.2, ``aria-live="polite"``.

    Examples
    --------
    ``Mapa: Ludność [osoby], 2024; 5 klas od 7 852 do 809 168 osób; 0 gmin bez danych.``
    The range's top takes the unit in the form its number asks for; a gap is counted as
    such, never written as a zero value.
    """
    indicator = view.indicator
    classes = sum(1 for row in view.legend if not row.nodata)
    missing = sum(row.count for row in view.legend if row.nodata)
    low, high = (view.bounds[0], view.bounds[-1]) if view.bounds else (None, None)
    return template.format(
        title=f"{indicator.name(lang)} [{indicator.unit(lang)}]",
        period=period,
        classes=count_classes(classes),
        low=formatted(low, indicator.decimals, lang),
        high=with_unit(high, indicator, lang) if high is not None else MISSING,
        missing=count_missing(missing),
    )
