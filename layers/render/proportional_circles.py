"""Counts drawn as counts: proportional circles, their sizes, colours and legend values.

A count (population, registered unemployed: an indicator whose catalog ``aggregation``
is ``"sum"``) drawn as a choropleth makes a large gmina look important because it is
large. A proportional circle at the gmina's label point makes the ink follow the count:
each circle's *area* is proportional to the value (plain square-root scaling, no
Flannery compensation), so a gmina with twice the people gets twice the ink. Rates and
shares stay choropleths: a circle of a rate would read as an amount.

This module computes what every rendering shares (browser, PNG, print, presentation):
the radii at the scope's fitted extent, the colour of each sign and the circle legend.

References
----------
.. [1] T. A. Slocum, R. B. McMaster, F. C. Kessler, H. H. Howard, *Thematic Cartography
   and Geovisualization*, 3rd ed., Pearson Prentice Hall, 2009, ch. 17 "Proportional
   symbol mapping" (area scaling, nested legends, drawing larger symbols first).
.. [2] B. D. Dent, J. S. Torguson, T. W. Hodler, *Cartography: Thematic Map Design*,
   6th ed., McGraw-Hill, 2009, ch. 8 (the range-graded and nested circle legend).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from layers.analysis.catalog import Indicator
from layers.render.numbers import formatted

CHOROPLETH, CIRCLES = "choropleth", "circles"
SYMBOLS = (CHOROPLETH, CIRCLES)
"""How a view draws its values: class colours on the units, or circles on them."""
MAX_RADIUS_PX = {"smk": 56.0, "kom2003": 44.0, "malopolska": 34.0, "poland": 24.0}
"""Radius in pixels of the largest circle at the scope's fitted extent, by scope: the fewer
the units, the larger, so that a gmina of a tenth of the largest's value still reads as a
circle (SMK: Kraków's 809 168 people at 56 px, a gmina of 10 000 at 6 px)."""
DEFAULT_MAX_RADIUS_PX = 40.0
"""The same for a scope :data:`MAX_RADIUS_PX` does not name."""
POSITIVE_COLOR, NEGATIVE_COLOR = "#3182bd", "#e6550d"
"""Circle fills of a positive and of a negative value (a balance below zero)."""
OUTLINE_COLOR, FILL_OPACITY, OUTLINE_PX = "#252525", 0.7, 0.75
UNDER_FILL = "#eeeeee"
"""The light neutral fill of a unit with a value, under its circle."""
GAP_FILL = "#ffffff"
"""A unit without data: hollow (white with its outline), and no circle."""
NICE_STEPS = (1.0, 2.0, 2.5, 5.0)
LEGEND_SHARES = (1.0, 0.5, 0.1)
"""The circle legend's values as shares of the largest (before rounding)."""


@dataclass(frozen=True)
class CircleLegend:
    """What the circle legend shows: nested circles with round values, and the gaps."""

    values: tuple[float, ...]
    """Round values, largest first (:func:`legend_values`)."""
    radii: tuple[float, ...]
    """Their radii in px at the fitted extent, as the map draws those values."""
    max_radius: float
    negative: bool
    """Some unit has a value below zero (drawn in :data:`NEGATIVE_COLOR`)."""
    gaps: int
    """Units without data (no circle, hollow fill)."""


def default_symbol(indicator: Indicator) -> str:
    """Return how an indicator is drawn first: circles for a sum (a count), else a choropleth."""
    return CIRCLES if indicator.aggregation == "sum" else CHOROPLETH


def drawn_symbol(indicator: Indicator, asked: str | None) -> str:
    """Return how a view is drawn: as ``asked``, but a rate or share never as circles.

    ``None`` (an address or link that names no symbol) is :func:`default_symbol`.
    """
    if asked is None:
        return default_symbol(indicator)
    return CIRCLES if asked == CIRCLES and indicator.aggregation == "sum" else CHOROPLETH


def max_radius(scope: str) -> float:
    """Return the largest circle's radius in px at a scope's fitted extent."""
    return MAX_RADIUS_PX.get(scope, DEFAULT_MAX_RADIUS_PX)


def circle_radii(values: pd.Series, largest: float, top: float | None = None) -> pd.Series:
    """Return each value's circle radius, its area proportional to the value's magnitude.

    Parameters
    ----------
    values
        One value per unit; NaN for a unit without data.
    largest
        Radius (px) of the circle of ``top``.
    top
        The magnitude drawn with ``largest``; by default the largest ``|value|``.

    Returns
    -------
    pandas.Series
        ``largest * sqrt(|v| / top)`` on the index of ``values``, named ``radius``; NaN for
        a gap (no circle, never a zero circle), 0 for a zero value.

    Notes
    -----
    The area π r² = π · largest² · abs(v) / top is proportional to abs(v) (Slocum et
    al. 2009, ch. 17 [1]_; plain square-root scaling, no perceptual compensation).
    """
    magnitude = values.abs().astype(float)
    top = float(magnitude.max()) if top is None else top
    scaled = np.sqrt(magnitude / top) * largest if top and top > 0 else magnitude * 0.0
    return pd.Series(scaled, index=values.index, name="radius")


def nice_floor(value: float) -> float:
    """Return the largest 1, 2, 2.5 or 5 × 10ⁿ not above ``value`` (> 0).

    Examples
    --------
    >>> nice_floor(809168.0), nice_floor(404584.0), nice_floor(80916.8)
    (500000.0, 250000.0, 50000.0)
    """
    power = 10.0 ** math.floor(math.log10(value))
    return max(step * power for step in NICE_STEPS if step * power <= value * (1 + 1e-12))


def legend_values(values: pd.Series) -> tuple[float, ...]:
    """Return up to three round values for the nested legend, largest first.

    Notes
    -----
    The largest ``|value|``, its half and its tenth, each rounded down to a round number
    (:func:`nice_floor`), so every legend circle stands for a value within the data's
    range; repeats are dropped. Empty when no unit has a non-zero value.
    """
    top = float(values.abs().max()) if values.notna().any() else 0.0
    if not top > 0:
        return ()
    rounded = (nice_floor(top * share) for share in LEGEND_SHARES)
    return tuple(dict.fromkeys(rounded))


def circle_legend(values: pd.Series, largest: float) -> CircleLegend:
    """Return the legend of a circle map of ``values`` drawn with ``largest`` px at the top."""
    shown = legend_values(values)
    top = float(values.abs().max()) if shown else 1.0
    radii = circle_radii(pd.Series(shown, dtype=float), largest, top)
    return CircleLegend(
        values=shown,
        radii=tuple(round(float(radius), 2) for radius in radii),
        max_radius=largest,
        negative=bool((values < 0).any()),
        gaps=int(values.isna().sum()),
    )


def circle_paint(values: pd.Series, largest: float) -> dict:
    """Return what the map engine draws the circles with (sent with each paint, no geometry).

    Returns
    -------
    dict
        ``radii`` (px at the fitted extent to 0.1 px, in the units' order; ``None`` for a gap),
        ``negative`` (positions of the values below zero), the colours, the fill opacity
        and outline, and ``max`` (``largest``). The engine centres each circle on the
        unit's label point, which came once with the geometry.
    """
    radii = circle_radii(values, largest)
    return {
        "radii": [None if math.isnan(r) else round(r, 1) for r in radii.tolist()],
        "negative": np.flatnonzero((values < 0).to_numpy()).tolist(),
        "color": POSITIVE_COLOR,
        "negative_color": NEGATIVE_COLOR,
        "opacity": FILL_OPACITY,
        "outline": OUTLINE_COLOR,
        "outline_width": OUTLINE_PX,
        "max": largest,
    }


def under_classes(values: pd.Series) -> pd.Series:
    """Return the fill class under the circles: 0 (neutral) with a value, -1 (hollow) without."""
    return pd.Series(np.where(values.notna(), 0, -1), index=values.index, name="class")


def label_heights(radii: tuple[float, ...], gap: float) -> list[float]:
    """Return the heights (px above the shared bottom) of the nested circles' labels.

    Each label stands at its circle's top, moved down where needed to keep ``gap`` px
    below the label above it (a leader line joins it to its circle).
    """
    heights: list[float] = []
    for radius in radii:
        top = 2 * radius
        heights.append(min(top, heights[-1] - gap) if heights else top)
    return heights


def legend_labels(values: tuple[float, ...], lang: str) -> list[str]:
    """Return the circle legend's values as the language writes them ("500 000", "2,5")."""
    return [formatted(value, 0 if float(value).is_integer() else 1, lang) for value in values]
