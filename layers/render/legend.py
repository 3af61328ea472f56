"""Legend rows of a classified map: colour, value range and count per class."""

from __future__ import annotations

from dataclasses import dataclass

from layers.analysis.classify import Classification
from layers.render.numbers import formatted
from layers.render.palettes import nodata_color


@dataclass(frozen=True)
class LegendRow:
    """One legend row; ``label`` is empty for the no-data row (the UI names it)."""

    color: str
    label: str
    count: int
    nodata: bool = False


def legend_rows(
    classification: Classification, colors: list[str], decimals: int, lang: str
) -> list[LegendRow]:
    """Return one row per class (lowest first) and, if any gmina lacks data, a no-data row.

    Parameters
    ----------
    classification
        Bounds and counts of the classes.
    colors
        One colour per class (the no-data row's is :func:`~layers.render.palettes.nodata_color`
        of them).
    decimals, lang
        How to write the range bounds.
    """
    bounds = [formatted(bound, decimals, lang) for bound in classification.bounds]
    rows = [
        LegendRow(color=color, label=f"{low} – {high}", count=count)
        for color, low, high, count in zip(
            colors, bounds[:-1], bounds[1:], classification.counts, strict=True
        )
    ]
    if classification.nodata:
        rows.append(LegendRow(nodata_color(colors), "", classification.nodata, nodata=True))
    return rows
