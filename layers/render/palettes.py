"""ColorBrewer palettes for choropleths.

References
----------
Harrower, M., Brewer, C. A. (2003). ColorBrewer.org: an online tool for selecting
colour schemes for maps. *The Cartographic Journal* 40(1), 27–37.
https://doi.org/10.1179/000870403235002042
"""

from __future__ import annotations

from collections.abc import Sequence

from palettable.colorbrewer import get_map

SEQUENTIAL = (
    "Blues",
    "Greens",
    "Oranges",
    "Purples",
    "Reds",
    "Greys",
    "YlGn",
    "YlGnBu",
    "YlOrRd",
    "YlOrBr",
    "OrRd",
    "PuBu",
    "BuPu",
    "RdPu",
)
DIVERGING = ("RdBu", "BrBG", "PiYG", "PRGn", "PuOr", "RdYlBu", "RdYlGn", "Spectral")
COLORBLIND_SAFE = frozenset(SEQUENTIAL) | {"RdBu", "BrBG", "PiYG", "PRGn", "PuOr", "RdYlBu"}
"""Schemes ColorBrewer marks as safe for the colour-blind."""
PALETTES = SEQUENTIAL + DIVERGING
NODATA_COLOR = "#d9d9d9"
NODATA_AMONG_GREYS = "#fdd0a2"
"""A gap's colour on a map whose classes are all grey (``Greys``: from 6 classes one of them
is :data:`NODATA_COLOR` itself, and with fewer a neighbouring grey)."""
DEFAULT_BY_POLARITY = {"higher_better": "YlGnBu", "higher_worse": "YlOrRd", "neutral": "Blues"}
MIN_COLORS = 3


def palette_colors(name: str, k: int, *, reverse: bool = False) -> list[str]:
    """Return ``k`` hex colours of a ColorBrewer scheme, light to dark unless reversed.

    Parameters
    ----------
    name
        One of :data:`PALETTES`.
    k
        Number of classes; ColorBrewer's own k-class scheme is used for 3–9, and
        fewer classes take the first colours of the 3-class scheme.
    reverse
        Dark to light instead.

    Raises
    ------
    KeyError
        For an unknown palette.
    """
    if name not in PALETTES:
        raise KeyError(name)
    kind = "Sequential" if name in SEQUENTIAL else "Diverging"
    colors = list(get_map(name, kind, max(k, MIN_COLORS)).hex_colors)[: max(k, 1)]
    return colors[::-1] if reverse else colors


def nodata_color(colors: Sequence[str]) -> str:
    """Return the colour of a gap on a map of these class colours: never one of them.

    Grey (:data:`NODATA_COLOR`), unless every class is a grey: then
    :data:`NODATA_AMONG_GREYS`, so that a gap is not read as a class.

    Examples
    --------
    >>> nodata_color(palette_colors("Blues", 7)), nodata_color(palette_colors("Greys", 7))
    ('#d9d9d9', '#fdd0a2')
    """
    greys = [len({color[1:3], color[3:5], color[5:7]}) == 1 for color in colors]
    return NODATA_AMONG_GREYS if greys and all(greys) else NODATA_COLOR
