"""What the map needs for one indicator view: classes, colours, hover values, legend."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pandas as pd

import geopandas as gpd

from layers.analysis.catalog import Indicator, indicator_of
from layers.analysis.classify import Classification, classified
from layers.analysis.dataset import Dataset
from layers.analysis.levels import DISTRICTS, POWIATS_OF, unit_codes, unit_layer, unit_scope
from layers.analysis.scopes import scope_codes
from layers.analysis.values import period_start, ranks, require_values, values_in
from layers.render.geomap import Outline, class_paint, scope_geometry
from layers.render.legend import LegendRow, legend_rows
from layers.render.map_labels import labelled_geometry
from layers.render.numbers import MISSING, formatted, with_unit
from layers.render.palettes import nodata_color, palette_colors
from layers.render.proportional_circles import (
    CHOROPLETH,
    CIRCLES,
    GAP_FILL,
    UNDER_FILL,
    CircleLegend,
    circle_legend,
    circle_paint,
    drawn_symbol,
    max_radius,
    under_classes,
)

OUTLINES = ("powiats", "voivodeships", "smk", "districts")
"""Context layers of the map, in the order they are drawn."""
OUTLINE_STYLE = {
    "powiats": ("#636363", 1.0),
    "voivodeships": ("#252525", 2.0),
    "smk": ("#e7298a", 2.5),
    "districts": ("#6a51a3", 1.0),
}


@dataclass(frozen=True)
class ViewRequest:
    """The user's choices for one map view (small and hashable, so it can key a cache)."""

    scope: str
    indicator: str
    year: int
    base_year: int | None = None
    scheme: str = "quantiles"
    k: int = 5
    breaks: tuple[float, ...] = ()
    palette: str = "Blues"
    reverse: bool = False
    symbol: str = CHOROPLETH
    """How the values are drawn (:data:`~layers.render.proportional_circles.SYMBOLS`); a
    rate asked as circles is drawn as a choropleth
    (:func:`~layers.render.proportional_circles.drawn_symbol`)."""

    @property
    def start_year(self) -> int:
        """Base year of a change indicator's period."""
        return period_start(self.year, self.base_year)


@dataclass(frozen=True)
class ChoroplethView:
    """Everything that changes on the map when the indicator or styling changes."""

    paint: dict
    """Class and colours per gmina (:func:`layers.render.geomap.class_paint`); its hover
    columns are the value with its unit (inflected: "809 168 osób") and the rank (a dash
    without data)."""
    legend: list[LegendRow]
    ranked: int
    """Gminas with a value: the denominator of the rank."""
    crosses_break: bool
    """A change indicator whose period spans the series break."""
    indicator: Indicator
    """The catalog entry shown (its name and unit title the legend and the hover)."""
    units: str = ""
    """The unit scope painted (:data:`layers.analysis.levels.MAP_SCOPES`): the request's
    scope for a gmina indicator, its powiats or Kraków's districts for the other levels."""
    bounds: tuple[float, ...] = ()
    """The classes' edges (:attr:`Classification.bounds`): what the announced legend reads."""
    circles: CircleLegend | None = None
    """The circle legend of a view drawn as proportional circles (``paint`` then holds
    ``circles`` and a neutral fill under them)."""


@dataclass(frozen=True)
class ClassedValues:
    """A view's values on the scope's gminas with their classes and class colours."""

    indicator: Indicator
    values: pd.Series
    """One value per unit of the scope (NaN without data), in the scope's order."""
    classification: Classification
    colors: list[str]
    units: str = ""
    """The unit scope of ``values`` (:func:`layers.analysis.levels.unit_scope`)."""


def classed_values(dataset: Dataset, request: ViewRequest) -> ClassedValues:
    """Return a view's values, classes and colours (what every rendering of the view shares).

    Parameters
    ----------
    dataset
        Loaded data.
    request
        Scope, indicator, year and classification choices.

    Raises
    ------
    UnknownIndicatorError, NoDataError, ManualBreaksError, LevelScopeError
        For an unknown indicator, a year without data in the scope, unusable breaks, or
        an indicator the scope cannot show (:func:`layers.analysis.levels.unit_scope`).

    Notes
    -----
    The units are those of the indicator's level: a powiat indicator is classified over
    the powiats covering the scope, a district indicator over Kraków's districts.
    """
    indicator = indicator_of(dataset.catalog, request.indicator)
    units = unit_scope(request.scope, indicator.level)
    codes = unit_codes(dataset, units)
    values = values_in(dataset.values, indicator, request.year, codes, request.base_year)
    require_values(values)
    classes = classified(values, request.scheme, request.k, request.breaks)
    colors = palette_colors(request.palette, classes.k, reverse=request.reverse)
    return ClassedValues(indicator, values, classes, colors, units)


def choropleth_view(dataset: Dataset, request: ViewRequest, lang: str) -> ChoroplethView:
    """Return the colours, hover values and legend of a view.

    Parameters
    ----------
    dataset, request
        As for :func:`classed_values`, which classifies the view.
    lang
        Language of the number formats.

    Raises
    ------
    GeoportalError
        The errors of :func:`classed_values`.
    """
    classed = classed_values(dataset, request)
    indicator, values = classed.indicator, classed.values
    classes, colors = classed.classification, classed.colors
    shown = [with_unit(value, indicator, lang) for value in values.tolist()]
    places = [MISSING if math.isnan(place) else int(place) for place in ranks(values).tolist()]
    view = ChoroplethView(
        paint=class_paint(
            classes.classes, colors, columns=(shown, places), nodata=nodata_color(colors)
        ),
        legend=legend_rows(classes, colors, indicator.decimals, lang),
        ranked=int(values.notna().sum()),
        crosses_break=indicator.is_change
        and indicator.crosses_break(request.start_year, request.year),
        indicator=indicator,
        units=classed.units,
        bounds=tuple(float(bound) for bound in classes.bounds),
    )
    if drawn_symbol(indicator, request.symbol) == CIRCLES:
        return circles_view(view, values, max_radius(request.scope), lang)
    return view


def circles_view(
    view: ChoroplethView, values: pd.Series, largest: float, lang: str
) -> ChoroplethView:
    """Return ``view`` drawn as proportional circles over a neutral fill, hover unchanged.

    The units keep their hover lines; their fill becomes neutral (hollow without data)
    and the paint gains the circles (:func:`~layers.render.proportional_circles.circle_paint`).
    The legend's rows are the neutral fill with the values' range and count, and the
    hollow no-data row; the circles' own legend goes with them (``circles``).
    """
    paint = {
        **class_paint(
            under_classes(values), [UNDER_FILL], columns=view.paint["columns"], nodata=GAP_FILL
        ),
        "circles": circle_paint(values, largest),
    }
    rows = circle_rows(values, view.indicator.decimals, lang)
    bounds = (float(values.min()), float(values.max()))
    legend = circle_legend(values, largest)
    return replace(view, paint=paint, legend=rows, bounds=bounds, circles=legend)


def circle_rows(values: pd.Series, decimals: int, lang: str) -> list[LegendRow]:
    """Return the legend rows of the fill under circles: the values' range, then the gaps."""
    low, high = (formatted(float(end), decimals, lang) for end in (values.min(), values.max()))
    rows = [LegendRow(UNDER_FILL, f"{low} – {high}", int(values.notna().sum()))]
    gaps = int(values.isna().sum())
    return rows + ([LegendRow(GAP_FILL, "", gaps, nodata=True)] if gaps else [])


def scope_outlines(dataset: Dataset, scope: str) -> dict[str, Outline]:
    """Return the context layers of a scope by name, limited to the units the scope touches.

    Parameters
    ----------
    dataset
        Loaded data.
    scope
        Scope id.
    """
    store = dataset.store
    if scope == DISTRICTS:
        return {}
    codes = scope_codes(scope.removeprefix(POWIATS_OF), dataset.codes, dataset.areas)
    geometries: dict[str, gpd.GeoSeries] = {
        "powiats": store.powiats.geometry[store.powiats.index.isin(codes.str[:4] + "000")],
        "voivodeships": store.voivodeships.geometry[store.voivodeships.index.isin(codes.str[:2])],
        "smk": area_outline(store.gminas, dataset.areas["smk"]),
        "districts": store.districts.geometry,
    }
    names = [name for name in OUTLINES if not (scope.startswith(POWIATS_OF) and name == "powiats")]
    return {name: Outline(geometries[name], *OUTLINE_STYLE[name]) for name in names}


def area_outline(gminas: gpd.GeoDataFrame, members: Sequence[str]) -> gpd.GeoSeries:
    """Return the union of the member gminas' polygons as a one-row series in their CRS."""
    inside = gminas.loc[gminas.index.isin(members)]
    return gpd.GeoSeries([inside.union_all()], crs=gminas.crs)


def scope_gminas(dataset: Dataset, scope: str) -> gpd.GeoDataFrame:
    """Return the display geometries of a scope's units (gminas, or another level's)."""
    return unit_layer(dataset, scope)


def scope_map(dataset: Dataset, scope: str, labels: pd.Series) -> dict:
    """Return a scope's units and context layers as the map engine reads them.

    Parameters
    ----------
    dataset
        Loaded data.
    scope
        Unit scope (:data:`layers.analysis.levels.MAP_SCOPES`): a scope's gminas, the
        powiats covering it, or Kraków's districts.
    labels
        Display name of each unit, indexed by its code (the hover's title and the name
        written on the map, :mod:`layers.render.map_labels`).
    """
    units = scope_gminas(dataset, scope)
    body = scope_geometry(units, labels, scope_outlines(dataset, scope))
    districts = dataset.store.districts
    return labelled_geometry(body, units.geometry, districts, of_districts=scope == DISTRICTS)
