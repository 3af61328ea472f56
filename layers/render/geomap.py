"""What the browser's map engine (``assets/geomap.js``) draws: geometry once, then paint.

A scope's geometry goes to the browser once, as compact JSON (:func:`scope_geometry`);
every later change sends a *paint*, the class of each gmina and the class colours with
its hover lines (:func:`class_paint`), which the engine applies as MapLibre feature
state without touching the geometry. Overlays (an area, a zone, points, flow lines)
are small GeoJSON layers (:func:`overlay`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

import geopandas as gpd
import shapely

from layers.render.palettes import NODATA_COLOR

GRID = 100_000
"""Coordinates are sent as integers on a 10⁻⁵° grid (about 1 m), as the store holds them."""
HIGHLIGHT_COLOR = "#111111"
OVERLAY_COLOR = "#e7298a"
MARKS = {
    "select": (HIGHLIGHT_COLOR, 3.5),
    "hover": (HIGHLIGHT_COLOR, 3.0),
    "group": (OVERLAY_COLOR, 2.5),
}
"""Outlines the engine draws over chosen gminas (feature state): colour and width in px."""


@dataclass(frozen=True)
class Outline:
    """A context layer drawn as lines over the choropleth."""

    geometry: gpd.GeoSeries
    color: str
    width: float


def quantised_lines(coordinates: np.ndarray) -> list[int]:
    """Return a line's coordinates as ``x0, y0, dx1, dy1, …`` integers on the :data:`GRID`.

    Parameters
    ----------
    coordinates
        ``(n, 2)`` array of longitude, latitude in degrees (EPSG:4326).

    Notes
    -----
    Each vertex is rounded on its own, so a vertex that neighbours share (the store's
    gminas are simplified as a coverage) lands on the same integers on both sides: the
    rounding opens no gap between neighbours. The first vertex is absolute, the others
    are differences from the one before, which are small and compress well.
    """
    grid = np.rint(np.asarray(coordinates) * GRID).astype(np.int64)
    return np.diff(grid, axis=0, prepend=np.zeros((1, 2), np.int64)).ravel().tolist()


def quantised_polygon(shape: shapely.Polygon | shapely.MultiPolygon) -> list[list[list[int]]]:
    """Return a (multi)polygon as parts → rings → :func:`quantised_lines`."""
    parts = shape.geoms if isinstance(shape, shapely.MultiPolygon) else [shape]
    return [
        [quantised_lines(shapely.get_coordinates(ring)) for ring in (p.exterior, *p.interiors)]
        for p in parts
    ]


def edge_lines(geometry: gpd.GeoSeries) -> list[list[int]]:
    """Return the polygons' edges, each shared edge once, as :func:`quantised_lines` lines."""
    edges = shapely.line_merge(shapely.union_all(shapely.boundary(geometry.values)))
    parts = getattr(edges, "geoms", [edges])
    return [quantised_lines(shapely.get_coordinates(line)) for line in parts if not line.is_empty]


def scope_geometry(
    gminas: gpd.GeoDataFrame, labels: pd.Series, outlines: dict[str, Outline]
) -> dict:
    """Return a scope's geometry as the map engine reads it (sent once per scope).

    Parameters
    ----------
    gminas
        The scope's gminas in EPSG:4326, indexed by TERYT, in the order every paint of
        the scope follows.
    labels
        Display name of each gmina (hover title), on the same index.
    outlines
        Context layers by name (powiats, voivodeships, SMK boundary, districts), in
        EPSG:4326, in drawing order.

    Returns
    -------
    dict
        ``grid`` (the integer grid), ``ids`` (TERYT), ``names``, ``bbox`` (degrees),
        ``nodata`` (the colour of a gmina not painted yet),
        ``polygons`` (per gmina, :func:`quantised_polygon`) and ``outlines`` (per name,
        colour, width and :func:`edge_lines`).
    """
    return {
        "grid": GRID,
        "ids": gminas.index.tolist(),
        "names": labels.reindex(gminas.index).tolist(),
        "bbox": [float(value) for value in gminas.total_bounds],
        "nodata": NODATA_COLOR,
        "polygons": [quantised_polygon(shape) for shape in gminas.geometry.values],
        "outlines": {
            name: {"color": o.color, "width": o.width, "lines": edge_lines(o.geometry)}
            for name, o in outlines.items()
        },
    }


def class_paint(
    codes: pd.Series,
    colors: Sequence[str],
    hover: Sequence[str] = (),
    columns: Sequence = (),
    nodata: str = NODATA_COLOR,
) -> dict:
    """Return the paint of a map: each gmina's class and the class colours, with hover lines.

    Parameters
    ----------
    codes
        Class or category index per gmina (0 … n-1), -1 (or missing) for no data, in the
        scope's order (that of :func:`scope_geometry`).
    colors
        One colour per class; a gmina without data gets the no-data colour (a gap, never
        the colour of a class).
    hover
        Lines shown under the gmina's name when the pointer is over it; ``{0}``, ``{1}``…
        stand for that gmina's entry in ``columns[0]``, ``columns[1]``….
    columns
        Per-gmina texts (or numbers) the hover lines name, each in the scope's order.
    nodata
        The colour of a gmina without data (the legend's, e.g.
        :func:`~layers.render.palettes.nodata_color` of a palette's colours).
    """
    return {
        "classes": codes.fillna(-1).astype(int).tolist(),
        "colors": list(colors),
        "nodata": nodata,
        "hover": list(hover),
        "columns": [list(column) for column in columns],
    }


def category_codes(categories: pd.Series, order: Sequence[str]) -> pd.Series:
    """Return each gmina's category as its index in ``order`` (-1 for a missing one)."""
    return categories.map({category: i for i, category in enumerate(order)}).fillna(-1)


def overlay(
    geometry: gpd.GeoSeries | dict,
    kind: str,
    color: str,
    *,
    width: float = 2.0,
    opacity: float = 1.0,
) -> dict:
    """Return an overlay layer: a fill, a line or circles over the gminas.

    Parameters
    ----------
    geometry
        Shapes in EPSG:4326, or a GeoJSON object already made.
    kind
        ``fill`` (translucent area with its outline), ``line``, ``circle`` or ``label``
        (:func:`label_overlay`).
    color, width, opacity
        Its look: colour, line width or circle radius in px, opacity.
    """
    data = geometry if isinstance(geometry, dict) else geometry.__geo_interface__
    return {"kind": kind, "data": data, "color": color, "width": width, "opacity": opacity}


def flow_overlay(lines: gpd.GeoDataFrame, color: str, max_width: float) -> dict:
    """Return flow lines as a line overlay, each as wide as its volume, hover with the partner.

    Parameters
    ----------
    lines
        LineStrings in EPSG:4326 with ``label`` (partner name) and ``volume``.
    color, max_width
        Colour, and the width in px of the largest flow (at least 1 px each).
    """
    top = float(lines["volume"].max()) if len(lines) else 1.0
    features = [
        {
            "type": "Feature",
            "properties": {
                "width": max(1.0, max_width * row.volume / top),
                "label": f"{row.label}: {row.volume:.0f}",
            },
            "geometry": row.geometry.__geo_interface__,
        }
        for row in lines.itertuples()
    ]
    data = {"type": "FeatureCollection", "features": features}
    return {**overlay(data, "line", color), "width": "width", "hover": "label"}


def label_overlay(points: gpd.GeoSeries, texts: Sequence[str], color: str) -> dict:
    """Return text labels on the map: each point's text, written to its right.

    Parameters
    ----------
    points
        Points in EPSG:4326, where each text starts.
    texts
        One text per point, in the points' order.
    color
        The texts' colour (the engine draws a white halo around them).
    """
    features = [
        {"type": "Feature", "properties": {"label": label}, "geometry": point.__geo_interface__}
        for point, label in zip(points, texts, strict=True)
    ]
    return overlay({"type": "FeatureCollection", "features": features}, "label", color)


def bounds_view(bounds: Sequence[float]) -> dict:
    """Return a view that fits ``(minx, miny, maxx, maxy)`` in degrees."""
    return {"bounds": [float(value) for value in bounds]}
