"""The data behind a map view: one row per gmina of the scope, as a table or with geometry."""

from __future__ import annotations

import pandas as pd

import geopandas as gpd

from layers.analysis.values import ranks
from layers.render.choropleth import ClassedValues, ViewRequest
from layers.render.legend import legend_rows
from layers.render.palettes import nodata_color

COLUMNS = ("teryt", "name", "value", "class", "rank", "unit", "year", "level")
"""Columns of :func:`view_table` (``base_year`` follows for a change indicator)."""


def view_table(
    classed: ClassedValues,
    request: ViewRequest,
    labels: pd.Series,
    *,
    lang: str,
    nodata: str,
) -> pd.DataFrame:
    """Return the rows behind a map view.

    Parameters
    ----------
    classed
        Values, classes and colours of the view (:func:`layers.render.choropleth.classed_values`).
    request
        The view (year and, for a change indicator, base year).
    labels
        Display name of every gmina, indexed by TERYT.
    lang
        Language of the class labels' numbers and of the unit.
    nodata
        Class label of gminas without a value.

    Returns
    -------
    pandas.DataFrame
        One row per gmina of the scope in the map's order: ``teryt``, ``name``, ``value``
        (unrounded; NaN without data), ``class`` (the legend's range label), ``rank``
        (1 = highest, as in the hover; missing without data), ``unit``, ``year``, ``level``
        (whose values they are: ``gmina``, ``powiat`` or ``district``; the rows are then
        powiats or districts), and ``base_year`` for a change indicator.
    """
    indicator = classed.indicator
    rows = legend_rows(classed.classification, classed.colors, indicator.decimals, lang)
    class_labels = {index: row.label for index, row in enumerate(rows) if not row.nodata}
    values = classed.values
    table = pd.DataFrame(
        {
            "teryt": values.index.astype(str),
            "name": labels.reindex(values.index).to_numpy(),
            "value": values.to_numpy(dtype=float),
            "class": classed.classification.classes.map(class_labels).fillna(nodata).to_numpy(),
            "rank": ranks(values).astype("Int64").to_numpy(),
            "unit": indicator.unit(lang),
            "year": request.year,
            "level": indicator.level,
        }
    )
    if indicator.is_change:
        table["base_year"] = request.start_year
    return table


def class_colours(classed: ClassedValues) -> pd.Series:
    """Return each gmina's colour as the map paints it: its class's, or the no-data colour.

    Parameters
    ----------
    classed
        Values, classes and colours of the view.

    Returns
    -------
    pandas.Series
        Hex colours on the values' index (a gap gets :func:`.palettes.nodata_color`).
    """
    colours = dict(enumerate(classed.colors))
    gap = nodata_color(classed.colors)
    return classed.classification.classes.map(colours).fillna(gap).set_axis(classed.values.index)


def view_geodata(table: pd.DataFrame, gminas: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return :func:`view_table` rows with each gmina's polygon (in ``gminas``' CRS).

    Parameters
    ----------
    table
        Rows of :func:`view_table`.
    gminas
        Gmina polygons indexed by TERYT, covering the table's gminas.
    """
    geometry = gminas.geometry.reindex(table["teryt"]).to_numpy()
    return gpd.GeoDataFrame(table, geometry=geometry, crs=gminas.crs)
