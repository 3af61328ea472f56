"""Small multiples: one view's map for up to six years side by side, on classes shared by all.

References
----------
Tufte, E. R. (1990). *Envisioning Information*, ch. 4 "Small Multiples". Graphics Press.
Slocum, T. A., McMaster, R. B., Kessler, F. C., Howard, H. H. (2009). *Thematic
Cartography and Geovisualization*, 3rd ed., ch. 19 "Animated and time-series maps":
a series of choropleths is compared only on one set of classes, computed over the
pooled values of every map of the series. Pearson Prentice Hall.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

import geopandas as gpd

from layers.analysis.catalog import Indicator, indicator_of
from layers.analysis.classify import Classification, classified
from layers.analysis.crs import METRIC_CRS
from layers.analysis.dataset import Dataset
from layers.analysis.levels import unit_codes, unit_scope
from layers.analysis.values import period_start, require_values, values_in
from layers.errors import YearsChoiceError
from layers.render.choropleth import ClassedValues, ViewRequest
from layers.render.dates import period_label
from layers.render.palettes import palette_colors
from layers.render.report import BREAK_COLOR
from layers.render.static_map import (
    DPI,
    TEXT_COLOR,
    MapStyle,
    MapTexts,
    draw_gminas,
    draw_legend,
    draw_scale,
    fitted_limits,
    map_footer,
    png_bytes,
)

MAX_YEARS = 6
"""The most years drawn side by side."""
GRID = {1: (1, 1), 2: (1, 2), 3: (1, 3), 4: (2, 2), 5: (2, 3), 6: (2, 3)}
"""Rows and columns of the panels by their number."""
PANELS_BOX = (0.02, 0.08, 0.70, 0.82)
"""The panels' area in figure fractions (left, bottom, width, height)."""
LEGEND_BOX = (0.75, 0.30, 0.23, 0.60)
NOTE_TOP = 0.27
"""Top of the legend's note (shared classes) in figure fractions."""
GAP_HATCH = "////"


@dataclass(frozen=True)
class MultiplesTexts:
    """Language-dependent texts of small multiples, supplied by the UI."""

    map: MapTexts
    """The texts every static map has (scope, no-data label, source, date label)."""
    shared_classes: str
    """The legend's note that the classes are shared by every year (and what it counts)."""
    gap: str
    """The label of a year without any data (drawn as a gap)."""
    series_break: str
    """What follows the year of the first panel after a series break ("2020 · …")."""


@dataclass(frozen=True)
class YearPanel:
    """One year's map: its values and classes on the shared classes."""

    year: int
    start: int | None
    """The first year of a change indicator's period, None for a level."""
    classed: ClassedValues
    after_break: bool = False
    """The indicator's series break falls between the previous panel's year and this one."""

    @property
    def gap(self) -> bool:
        """True when no unit has a value this year (the panel is a gap, not zeros)."""
        return bool(self.classed.values.isna().all())

    @property
    def label(self) -> str:
        """The year, or the period of a change, as the panel's title writes it."""
        return period_label(self.start, self.year)


@dataclass(frozen=True)
class PooledYears:
    """The panels of small multiples and the one classification they share."""

    panels: tuple[YearPanel, ...]
    pooled: ClassedValues
    """Every panel's values pooled (indexed by year and unit) with the shared classes."""


def default_years(years: Sequence[int], count: int = MAX_YEARS) -> tuple[int, ...]:
    """Return the years offered first: the last ``count`` of ``years``.

    Examples
    --------
    >>> default_years([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022])
    (2017, 2018, 2019, 2020, 2021, 2022)
    """
    return tuple(sorted(set(years))[-count:])


def checked_years(years: Sequence[int] | None) -> tuple[int, ...]:
    """Return the chosen years sorted, once each.

    Raises
    ------
    YearsChoiceError
        When no year or more than :data:`MAX_YEARS` years are chosen.
    """
    chosen = tuple(sorted({int(year) for year in years or ()}))
    if not 1 <= len(chosen) <= MAX_YEARS:
        raise YearsChoiceError(f"choose 1–{MAX_YEARS} years, got {len(chosen)}")
    return chosen


def _year_classes(pooled: Classification, year: int) -> Classification:
    """Return one year's part of a pooled classification (the shared bounds, its own counts)."""
    classes = cast(pd.Series, pooled.classes.loc[year])
    present = classes[classes >= 0].to_numpy()
    counts = np.bincount(present, minlength=pooled.k)
    return Classification(
        pooled.bounds, classes, tuple(int(c) for c in counts), int((classes < 0).sum())
    )


def pooled_years(dataset: Dataset, request: ViewRequest, years: Sequence[int]) -> PooledYears:
    """Return a view's values for several years, classified once on their pooled values.

    Parameters
    ----------
    dataset
        Loaded data.
    request
        The view (scope, indicator, scheme, classes, palette); its year is not used.
        A change indicator's panels show each the period of the default length ending
        in their year (the base year is not carried: it would be after some years).
    years
        The years to draw (:func:`checked_years`).

    Returns
    -------
    PooledYears
        One panel per year (a year without data is kept, as a gap) and the pooled values
        with the classes they share, so one colour means one range in every panel.

    Raises
    ------
    YearsChoiceError
        For no year or too many.
    NoDataError
        When none of the years has a value.
    UnknownIndicatorError, ManualBreaksError, LevelScopeError
        As for :func:`layers.render.choropleth.classed_values`.
    """
    chosen = checked_years(years)
    indicator = indicator_of(dataset.catalog, request.indicator)
    units = unit_scope(request.scope, indicator.level)
    codes = unit_codes(dataset, units)
    by_year = {year: values_in(dataset.values, indicator, year, codes) for year in chosen}
    values = pd.concat(by_year, names=["year", "teryt"]).rename(indicator.id)
    require_values(values)
    shared = classified(values, request.scheme, request.k, request.breaks)
    colors = palette_colors(request.palette, shared.k, reverse=request.reverse)
    panels = tuple(
        YearPanel(
            year,
            period_start(year) if indicator.is_change else None,
            ClassedValues(indicator, by_year[year], _year_classes(shared, year), colors, units),
            after_break=indicator.crosses_break(before, year),
        )
        for before, year in zip((chosen[0], *chosen), chosen, strict=False)
    )
    return PooledYears(panels, ClassedValues(indicator, values, shared, colors, units))


def _draw_panel(
    axes: Axes, metric: gpd.GeoDataFrame, panel: YearPanel, style: MapStyle, texts: MultiplesTexts
) -> None:
    """Draw one year in its axes: the classes' colours, or a hatched gap labelled as such.

    The first year after a series break says so in its title, in the break's colour.
    """
    axes.axis("off")
    draw_gminas(axes, metric, panel.classed, style)
    font = style.size[1] / 60
    title = f"{panel.label} · {texts.series_break}" if panel.after_break else panel.label
    color = BREAK_COLOR if panel.after_break else TEXT_COLOR
    axes.set_title(title, fontsize=font * 1.2, weight="bold", color=color)
    gap = texts.gap
    if panel.gap:
        for collection in axes.collections[:1]:
            collection.set_hatch(GAP_HATCH)
        axes.text(
            0.5,
            0.5,
            gap,
            transform=axes.transAxes,
            ha="center",
            va="center",
            fontsize=font,
            bbox={"facecolor": "white", "edgecolor": TEXT_COLOR, "boxstyle": "round"},
        )


def multiples_title(indicator: Indicator, scope: str, lang: str) -> str:
    """Return "indicator [unit] — scope", the small multiples' title (each panel has its year)."""
    return f"{indicator.name(lang)} [{indicator.unit(lang)}] — {scope}"


def multiples_figure(
    gminas: gpd.GeoDataFrame, pooled: PooledYears, style: MapStyle, texts: MultiplesTexts
) -> Figure:
    """Return small multiples as one matplotlib figure of ``style.size`` pixels.

    Parameters
    ----------
    gminas
        The units' polygons, indexed like the panels' values, in any CRS (drawn in
        EPSG:2180, every panel on the same extent and scale).
    pooled
        The panels and their shared classes (:func:`pooled_years`).
    style
        Pixel size, outlined area and export date (``style.texts`` gives the source line).
    texts
        The map texts, the legend's note on the shared classes and a gap's label.

    Notes
    -----
    The legend is the pooled classification's (its counts are unit-years); a year
    without data is drawn hatched in the no-data colour with its label, never as zeros.
    """
    width, height = style.size
    figure = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, facecolor="white")
    font = height / 60
    title = multiples_title(pooled.pooled.indicator, texts.map.scope, texts.map.lang)
    figure.text(0.02, 0.955, title, fontsize=font * 1.5, weight="bold", color=TEXT_COLOR)
    metric = gminas.to_crs(METRIC_CRS)
    rows, columns = GRID[len(pooled.panels)]
    left, bottom, box_width, box_height = PANELS_BOX
    cell = (box_width / columns, box_height / rows)
    aspect = (cell[0] * width) / (cell[1] * height * 0.9)
    xlim, ylim = fitted_limits(tuple(metric.total_bounds), aspect)
    for place, panel in enumerate(pooled.panels):
        row, column = divmod(place, columns)
        box = (left + column * cell[0], bottom + (rows - 1 - row) * cell[1], cell[0], cell[1] * 0.9)
        axes = figure.add_axes(box)
        _draw_panel(axes, metric, panel, style, texts)
        axes.set_xlim(*xlim)
        axes.set_ylim(*ylim)
        axes.set_aspect("equal", adjustable="box")
        if place == 0:
            draw_scale(axes, font * 0.8)
    draw_legend(figure.add_axes(LEGEND_BOX), pooled.pooled, texts.map, font)
    figure.text(
        LEGEND_BOX[0],
        NOTE_TOP,
        texts.shared_classes,
        fontsize=font * 0.85,
        color=TEXT_COLOR,
        va="top",
        wrap=True,
    )
    figure.text(
        0.02,
        0.03,
        map_footer(texts.map, style.exported),
        fontsize=font * 0.8,
        color=TEXT_COLOR,
        va="center",
    )
    return figure


def multiples_png(
    gminas: gpd.GeoDataFrame, pooled: PooledYears, style: MapStyle, texts: MultiplesTexts
) -> bytes:
    """Return small multiples (:func:`multiples_figure`) as one PNG titled in its metadata."""
    figure = multiples_figure(gminas, pooled, style, texts)
    title = multiples_title(pooled.pooled.indicator, texts.map.scope, texts.map.lang)
    years = ", ".join(panel.label for panel in pooled.panels)
    return png_bytes(figure, {"Title": title, "Description": f"{years}. {texts.shared_classes}"})
