"""A bivariate map of two rates: 3 × 3 classes by terciles, Stevens' palette, a square legend.

Each unit gets a class of each rate by terciles (the lower, middle and upper third of the
scope's values), and a colour from a 3 × 3 grid that mixes the two: one rate's classes
run along the grid's columns, the other's along its rows, so a unit high in both is dark,
high in one only takes that rate's hue. A unit missing either value is a gap (no class).
Layer only: what the browser, the exports and the legend would draw; not wired to the
explorer yet.

References
----------
.. [1] J. M. Olson, "Spectrally encoded two-variable maps", Annals of the Association of
   American Geographers 71(2), 1981, 259–276, doi:10.1111/j.1467-8306.1981.tb01352.x.
.. [2] B. E. Trumbo, "A theory for coloring bivariate statistical maps", The American
   Statistician 35(4), 1981, 220–226, doi:10.1080/00031305.1981.10479360.
.. [3] J. Stevens, "Bivariate choropleth maps: a how-to guide", 2015,
   https://www.joshuastevens.net/cartography/make-a-bivariate-choropleth-map/ (the
   palette).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

SIDE = 3
"""Classes per rate."""
STEVENS = (
    ("#e8e8e8", "#ace4e4", "#5ac8c8"),
    ("#dfb0d6", "#a5add3", "#5698b9"),
    ("#be64ac", "#8c62aa", "#3b4994"),
)
"""Stevens' 3 × 3 palette: row = class of the second rate (low first), column = class of
the first rate (low first); the corner of both high is the darkest."""


@dataclass(frozen=True)
class BivariateLegend:
    """The square legend: the 3 × 3 colours, the units in each cell, each rate's tercile edges."""

    colors: tuple[tuple[str, ...], ...]
    counts: tuple[tuple[int, ...], ...]
    """Units per cell, ``counts[row][column]`` as :data:`STEVENS`."""
    first_edges: tuple[float, float]
    second_edges: tuple[float, float]
    gaps: int
    """Units missing either value (no colour)."""


def tercile_edges(values: pd.Series) -> tuple[float, float]:
    """Return the values at the first and second thirds (linear interpolation of quantiles)."""
    low, high = values.dropna().quantile([1 / 3, 2 / 3]).tolist()
    return float(low), float(high)


def tercile_classes(values: pd.Series) -> pd.Series:
    """Return each value's tercile: 0, 1 or 2; ``-1`` for a missing value.

    Notes
    -----
    A value equal to an edge falls in the lower class, so equal values share their class
    (ties are never split).
    """
    low, high = tercile_edges(values)
    classes = np.where(values <= low, 0, np.where(values <= high, 1, 2))
    return pd.Series(np.where(values.isna(), -1, classes), index=values.index, name="tercile")


def bivariate_classes(first: pd.Series, second: pd.Series) -> pd.Series:
    """Return each unit's cell of the 3 × 3 grid, ``3 × row + column`` (0–8), ``-1`` for a gap.

    Parameters
    ----------
    first, second
        The two rates on the same index (the first along the columns, the second along
        the rows of :data:`STEVENS`).
    """
    column, row = tercile_classes(first), tercile_classes(second)
    cells = np.where((column < 0) | (row < 0), -1, SIDE * row + column)
    return pd.Series(cells, index=first.index, name="cell")


def bivariate_colors() -> list[str]:
    """Return the nine colours in cell order (``3 × row + column``)."""
    return [color for row in STEVENS for color in row]


def bivariate_legend(first: pd.Series, second: pd.Series) -> BivariateLegend:
    """Return the square legend of two rates: colours, units per cell, tercile edges, gaps."""
    cells = bivariate_classes(first, second)
    counted = cells[cells >= 0].value_counts()
    counts = tuple(
        tuple(int(counted.get(SIDE * row + column, 0)) for column in range(SIDE))
        for row in range(SIDE)
    )
    return BivariateLegend(
        colors=STEVENS,
        counts=counts,
        first_edges=tercile_edges(first),
        second_edges=tercile_edges(second),
        gaps=int((cells < 0).sum()),
    )
