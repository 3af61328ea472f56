"""What the map of pull toward a gmina needs: its paint (classes, colours, hover), its legend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from layers.analysis.classify import classified
from layers.analysis.pull import Pull
from layers.analysis.values import require_values
from layers.render.geomap import class_paint
from layers.render.legend import LegendRow, legend_rows
from layers.render.numbers import formatted
from layers.render.palettes import NODATA_COLOR, palette_colors

SUPPRESSED_COLOR = "#fff7bc"
"""Pairs GUS leaves out (0–2 persons): neither a class nor no data."""
TARGET_COLOR = "#252525"
"""The chosen gmina itself."""
DECIMALS = 1


@dataclass(frozen=True)
class Classing:
    """The explorer's classification choices (hashable, so they can key a cache)."""

    scheme: str = "quantiles"
    k: int = 5
    breaks: tuple[float, ...] = ()
    palette: str = "YlOrRd"
    reverse: bool = False


EXTRA_ROWS = ("nodata", "suppressed", "target")
"""The legend's rows after the classes, in order."""
EXTRA_COLORS = {"nodata": NODATA_COLOR, "suppressed": SUPPRESSED_COLOR, "target": TARGET_COLOR}


@dataclass(frozen=True)
class PullView:
    """The painted pull: the map engine's paint and the legend rows."""

    paint: dict
    """Each gmina's class, the colours and the hover (:func:`layers.render.geomap.class_paint`)."""
    legend: list[LegendRow]
    """One row per class."""
    extra: dict[str, int]
    """Gminas drawn outside the classes, by :data:`EXTRA_ROWS` key (the UI names them)."""


def pull_view(
    pull: Pull, gmina: str, classing: Classing, lang: str, hover: Sequence[str] = ("{0}",)
) -> PullView:
    """Return the paint of a pull map, the suppressed pairs and the target apart.

    Parameters
    ----------
    pull
        The pull toward ``gmina`` (:func:`layers.analysis.pull.pull_toward`).
    gmina
        The chosen gmina, drawn in its own colour where it lies in the scope.
    classing
        Scheme, classes, manual breaks and palette, as on the explorer's map.
    lang
        Language of the numbers.
    hover
        Lines under a gmina's name; ``{0}`` stands for its value (with the unit the
        caller adds in its language).

    Raises
    ------
    NoDataError
        When no gmina has a value.
    ManualBreaksError
        For the manual scheme without breaks.
    """
    values = pull.values
    require_values(values)
    classes = classified(values, classing.scheme, classing.k, classing.breaks)
    colors = palette_colors(classing.palette, classes.k, reverse=classing.reverse)
    codes = classes.classes.copy()
    suppressed = values.index.isin(pull.suppressed)
    target = values.index == gmina
    codes[suppressed] = classes.k
    codes[target] = classes.k + 1
    rows = [row for row in legend_rows(classes, colors, DECIMALS, lang) if not row.nodata]
    extra = {
        "nodata": int((codes == -1).sum()),
        "suppressed": int(suppressed.sum()),
        "target": int(target.sum()),
    }
    shown = [formatted(value, DECIMALS, lang) for value in values.tolist()]
    paint = class_paint(codes, [*colors, SUPPRESSED_COLOR, TARGET_COLOR], hover, [shown])
    return PullView(paint, rows, extra)
