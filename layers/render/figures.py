"""Plotly figures: the choropleth map (geometry once, then styles), the charts, the flows."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

import geopandas as gpd
import shapely

from layers.analysis.classify import Classification
from layers.render.palettes import NODATA_COLOR

OFFLINE_STYLE = "white-bg"
BASEMAP_STYLE = "open-street-map"
MAP_WIDTH_PX = 700
MAP_HEIGHT_PX = 460
TILE_PX = 512
ZOOM_MARGIN = 0.35
BREAK_LINE_COLOR = "#b2182b"
HIGHLIGHT_COLOR = "#111111"
OVERLAY_COLOR = "#e7298a"
EMPTY_FEATURES = {"type": "FeatureCollection", "features": []}


@dataclass(frozen=True)
class Outline:
    """A context layer drawn as lines over the choropleth."""

    geometry: gpd.GeoSeries
    color: str
    width: float
    visible: bool = True


def features_geojson(geometry: gpd.GeoSeries) -> dict:
    """Return a FeatureCollection whose feature ids are the series' index, without properties.

    Each ring's coordinates are one NumPy array of (x, y) rows: the same JSON as lists of
    pairs, but a cached figure holding 2,477 gminas unpickles about 7× faster (a Poland map
    is read from the cache on every first draw).
    """
    features = [
        {
            "id": key,
            "type": "Feature",
            "properties": {},
            "geometry": {"type": shape.geom_type, "coordinates": _ring_arrays(shape)},
        }
        for key, shape in geometry.items()
    ]
    return {"type": "FeatureCollection", "features": features}


def _ring_arrays(shape: shapely.Polygon | shapely.MultiPolygon) -> list:
    if isinstance(shape, shapely.Polygon):
        return [shapely.get_coordinates(ring) for ring in (shape.exterior, *shape.interiors)]
    return [_ring_arrays(part) for part in shape.geoms]


def outline_geojson(geometry: gpd.GeoSeries) -> dict:
    """Return the polygons' edges as one MultiLineString, each shared edge drawn once."""
    edges = shapely.union_all(shapely.boundary(geometry.values))
    return {"type": "Feature", "properties": {}, "geometry": json.loads(shapely.to_geojson(edges))}


def highlight_layer(source: dict) -> dict:
    """Return the layer that outlines the selected gmina (the last of ``layout.map.layers``)."""
    return {
        "sourcetype": "geojson",
        "source": source,
        "type": "line",
        "color": HIGHLIGHT_COLOR,
        "line": {"width": 3.5},
    }


def overlay_layer(source: dict) -> dict:
    """Return the translucent fill of an area laid over the map (after the highlight layer)."""
    return {
        "sourcetype": "geojson",
        "source": source,
        "type": "fill",
        "color": OVERLAY_COLOR,
        "opacity": 0.25,
        "fill": {"outlinecolor": OVERLAY_COLOR},
    }


def map_view(bounds: Sequence[float]) -> tuple[dict, float]:
    """Return the centre and Web Mercator zoom that fit ``(minx, miny, maxx, maxy)`` in degrees."""
    minx, miny, maxx, maxy = bounds
    center = {"lon": (minx + maxx) / 2, "lat": (miny + maxy) / 2}
    lon_zoom = math.log2(360 * MAP_WIDTH_PX / TILE_PX / max(maxx - minx, 1e-6))
    mercator = math.degrees(math.asinh(math.tan(math.radians(maxy)))) - math.degrees(
        math.asinh(math.tan(math.radians(miny)))
    )
    lat_zoom = math.log2(360 * MAP_HEIGHT_PX / TILE_PX / max(mercator, 1e-6))
    return center, min(lon_zoom, lat_zoom) - ZOOM_MARGIN


def map_figure(
    gminas: gpd.GeoDataFrame, labels: pd.Series, outlines: Sequence[Outline], separators: str
) -> go.Figure:
    """Return the map of a scope: gmina polygons (sent once) and context outlines.

    Parameters
    ----------
    gminas
        The scope's gminas in EPSG:4326, indexed by TERYT.
    labels
        Display name of each gmina (hover title), on the same index.
    outlines
        Context layers (powiats, voivodeship, SMK boundary, districts) in EPSG:4326.
    separators
        Plotly ``layout.separators`` for the language.

    Returns
    -------
    plotly.graph_objects.Figure
        Trace 0 is the choropleth, coloured later by :func:`choropleth_style`;
        ``layout.map.layers`` holds the outlines in the given order, then the
        (empty) highlight of the selected gmina, then the (empty) area overlay.
    """
    center, zoom = map_view(gminas.total_bounds)
    trace = go.Choroplethmap(
        geojson=features_geojson(gminas.geometry),
        locations=list(gminas.index),
        z=[0] * len(gminas),
        text=labels.reindex(gminas.index).tolist(),
        colorscale=[[0, NODATA_COLOR], [1, NODATA_COLOR]],
        showscale=False,
        marker={"line": {"width": 0.4, "color": "#ffffff"}, "opacity": 0.9},
    )
    layers = [
        {
            "sourcetype": "geojson",
            "source": outline_geojson(outline.geometry),
            "type": "line",
            "color": outline.color,
            "line": {"width": outline.width},
            "visible": outline.visible,
        }
        for outline in outlines
    ]
    layers += [highlight_layer(EMPTY_FEATURES), overlay_layer(EMPTY_FEATURES)]
    figure = go.Figure(trace)
    figure.update_layout(
        map={"style": OFFLINE_STYLE, "center": center, "zoom": zoom, "layers": layers},
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        separators=separators,
        uirevision=",".join(gminas.index[:3]),
        dragmode="pan",
        hoverlabel={"font": {"size": 14}},
    )
    return figure


def discrete_colorscale(colors: Sequence[str]) -> list[list]:
    """Return a Plotly colorscale with one flat band per colour, for integer ``z`` 0…n-1."""
    n = len(colors)
    scale = []
    for i, color in enumerate(colors):
        scale += [[i / n, color], [(i + 1) / n, color]]
    return scale


def band_style(codes: pd.Series, colors: Sequence[str]) -> dict:
    """Return the trace properties that colour the map: ``z``, ``colorscale``, ``zmin``, ``zmax``.

    Parameters
    ----------
    codes
        Class or category index per gmina (0 … n-1), -1 for no data.
    colors
        One colour per class or category.

    Notes
    -----
    ``z`` is the index shifted by one, so that 0 is the no-data colour.
    """
    return {
        "z": (codes + 1).tolist(),
        "colorscale": discrete_colorscale([NODATA_COLOR, *colors]),
        "zmin": -0.5,
        "zmax": len(colors) + 0.5,
    }


def choropleth_style(classification: Classification, colors: Sequence[str]) -> dict:
    """Return the trace properties of a classified map (see :func:`band_style`)."""
    return band_style(classification.classes, colors)


def category_style(categories: pd.Series, order: Sequence[str], colors: Sequence[str]) -> dict:
    """Return the trace properties of a categorical map (e.g. the dominant centre per gmina).

    Parameters
    ----------
    categories
        Category per gmina; missing or unknown categories are drawn as no data.
    order, colors
        The categories and their colours, in legend order.
    """
    codes = categories.map({category: i for i, category in enumerate(order)})
    return band_style(codes.fillna(-1).astype(int), colors)


CHART_TRACES = ("bar", "scatter")
"""The trace types of the charts, whose part of the template they keep."""


def white_chart_template() -> dict:
    """Return Plotly's ``plotly_white`` template as JSON, for the bar and scatter traces only.

    Figures built as JSON with this one dict skip Plotly's validation and copy of the
    template for every chart (~15 ms of a ~20 ms chart).
    """
    white = pio.templates["plotly_white"].to_plotly_json()
    return {"layout": white["layout"], "data": {kind: white["data"][kind] for kind in CHART_TRACES}}


CHART_TEMPLATE = white_chart_template()


def chart(traces: list[dict], lines: Sequence[tuple[dict, dict]] = (), **layout: object) -> dict:
    """Return a Plotly figure (JSON) of ``traces`` in the charts' look, with ``layout``.

    ``lines`` are reference lines with their labels, from :func:`vertical_line`.
    """
    return {
        "data": traces,
        "layout": {
            "template": CHART_TEMPLATE,
            "shapes": [shape for shape, _ in lines],
            "annotations": [annotation for _, annotation in lines],
            **layout,
        },
    }


def vertical_line(x: float, label: str, side: str, color: str | None = None) -> tuple[dict, dict]:
    """Return a dashed line across the plot at ``x`` and its label at the top, on ``side``.

    The JSON of Plotly's ``Figure.add_vline`` with ``annotation_position="top <side>"``.
    """
    line = {"dash": "dash"} if color is None else {"dash": "dash", "color": color}
    shape = {"type": "line", "x0": x, "x1": x, "xref": "x", "y0": 0, "y1": 1, "yref": "y domain"}
    annotation = {
        "text": label,
        "showarrow": False,
        "x": x,
        "xref": "x",
        "xanchor": "right" if side == "left" else "left",
        "y": 1,
        "yref": "y domain",
        "yanchor": "top",
    }
    return {**shape, "line": line}, annotation


def bar_figure(values: pd.Series, unit: str, reference: float | None, reference_label: str) -> dict:
    """Return horizontal bars (Plotly JSON) of one indicator for the compared gminas.

    Parameters
    ----------
    values
        Value per gmina, indexed by display label.
    unit
        Axis title.
    reference
        A scope statistic (e.g. the median) drawn as a dashed line; ``None`` for none.
    reference_label
        Text of that line.
    """
    bars = {"type": "bar", "x": values.tolist(), "y": values.index.tolist(), "orientation": "h"}
    has_reference = reference is not None and not math.isnan(reference)
    return chart(
        [bars],
        [vertical_line(reference, reference_label, "right")] if has_reference else [],
        margin={"l": 10, "r": 10, "t": 30, "b": 30},
        height=80 + 34 * len(values),
        xaxis={"title": {"text": unit}},
        yaxis={"autorange": "reversed", "automargin": True},
    )


def profile_figure(percentiles: pd.DataFrame, axis_title: str) -> dict:
    """Return a dot profile (Plotly JSON): each gmina's percentile in the scope, per indicator.

    Parameters
    ----------
    percentiles
        Indicators (display names) × gminas (display labels), values 0–100.
    axis_title
        Title of the percentile axis.
    """
    traces = [
        {
            "type": "scatter",
            "x": percentiles[column].tolist(),
            "y": percentiles.index.tolist(),
            "name": str(column),
            "mode": "markers",
            "marker": {"size": 11},
        }
        for column in percentiles.columns
    ]
    return chart(
        traces,
        margin={"l": 10, "r": 10, "t": 30, "b": 30},
        height=120 + 26 * len(percentiles),
        xaxis={"range": [0, 102], "title": {"text": axis_title}, "dtick": 25},
        yaxis={"autorange": "reversed", "automargin": True},
        legend={"orientation": "h", "y": -0.12},
    )


FLOW_COLOR = "#b2182b"
MAX_FLOW_WIDTH = 12.0


def flow_figure(lines: gpd.GeoDataFrame, title: str, context: Sequence[Outline]) -> go.Figure:
    """Return a map of flow lines from (or to) one gmina, each as wide as its volume.

    Parameters
    ----------
    lines
        LineStrings in EPSG:4326 with ``label`` (partner name), ``volume`` and ``share``.
    title
        The gmina's name, shown above the map.
    context
        Outlines drawn under the lines (e.g. voivodeships), in EPSG:4326.
    """
    top = float(lines["volume"].max()) if len(lines) else 1.0
    traces = [
        go.Scattermap(
            lon=[x for x, _ in row.geometry.coords],
            lat=[y for _, y in row.geometry.coords],
            mode="lines+markers",
            name=row.label,
            hoverinfo="name+text",
            text=f"{row.volume:.0f}",
            marker={"size": [0, 7], "color": FLOW_COLOR},
            line={"width": max(1.0, MAX_FLOW_WIDTH * row.volume / top), "color": FLOW_COLOR},
        )
        for row in lines.itertuples()
    ]
    figure = go.Figure(traces)
    layers = [
        {
            "sourcetype": "geojson",
            "source": outline_geojson(outline.geometry),
            "type": "line",
            "color": outline.color,
            "line": {"width": outline.width},
        }
        for outline in context
    ]
    figure.update_layout(map={"style": OFFLINE_STYLE, "layers": layers})
    if len(lines):
        center, zoom = map_view(lines.total_bounds)
        figure.update_layout(map={"center": center, "zoom": zoom})
    figure.update_layout(title=title, showlegend=False, margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return figure
