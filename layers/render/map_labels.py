"""Where the browser map writes each unit's name: one label point per unit, by priority.

The map engine (``assets/geomap_tools.js``) places the names itself, greedily: in the
order given here (largest unit first), a name is written unless its box overlaps one
already written, and placement is redone after every pan or zoom, so more names appear
as the map zooms in (the greedy label placement of cartographic generalisation, see
Christensen, Marks & Shieber 1995; Been, Daiches & Yap 2006). This module computes what
does not change with the view: each unit's label point and the order of priority. They
go to the browser once, with the scope's geometry (:mod:`layers.render.geomap`).

References
----------
.. [1] J. Christensen, J. Marks, S. Shieber, "An empirical study of algorithms for
   point-feature label placement", ACM Transactions on Graphics 14(3), 1995, 203–232.
.. [2] K. Been, E. Daiches, C. Yap, "Dynamic map labeling", IEEE Transactions on
   Visualization and Computer Graphics 12(5), 2006, 773–780.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np

import geopandas as gpd

from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS
from layers.render.geomap import GRID

DISTRICT_PREFIX = re.compile(r"^Dzielnica [IVXLC]+\s+")
"""The register's prefix of a Kraków district's name ("Dzielnica VII "), left off on the map."""


def label_points(units: gpd.GeoSeries) -> gpd.GeoSeries:
    """Return a point inside each unit, where its name is written (EPSG:4326).

    Parameters
    ----------
    units
        The units' polygons in any CRS, indexed by code.

    Returns
    -------
    geopandas.GeoSeries
        One point per unit, on the same index, in :data:`DISPLAY_CRS`.

    Notes
    -----
    The point is the polygon's representative point (GEOS ``PointOnSurface``: the middle
    of the widest horizontal run through the polygon), computed in EPSG:2180 where the
    metre scale is the same in both directions. Unlike the centroid it always lies inside
    the polygon, also for a ring-shaped gmina around its town (Bochnia, Myślenice) or a
    crescent.
    """
    metric = units.to_crs(METRIC_CRS)
    return metric.representative_point().to_crs(DISPLAY_CRS)


def label_order(units: gpd.GeoSeries) -> list[int]:
    """Return the units' positions, largest area (EPSG:2180) first: the order of placement.

    Ties keep the units' order, so the placement does not depend on sorting noise.
    """
    area = units.to_crs(METRIC_CRS).area.to_numpy()
    return np.argsort(-area, kind="stable").tolist()


def quantised_points(points: gpd.GeoSeries) -> list[int]:
    """Return points as ``x0, y0, x1, y1, …`` integers on the :data:`GRID` (absolute)."""
    coordinates = np.column_stack([points.x.to_numpy(), points.y.to_numpy()])
    return np.rint(coordinates * GRID).astype(np.int64).ravel().tolist()


def unit_labels(units: gpd.GeoSeries, names: Sequence[str] | None = None) -> dict:
    """Return what the engine needs to write the units' names (sent once with the geometry).

    Parameters
    ----------
    units
        The units' polygons in any CRS.
    names
        Their names, in the units' order; ``None`` when the geometry sends them already
        (the scope's gminas: ``names`` of :func:`~layers.render.geomap.scope_geometry`).

    Returns
    -------
    dict
        ``points`` (:func:`quantised_points` of :func:`label_points`), ``order``
        (:func:`label_order`) and, given ``names``, ``names``.
    """
    labels: dict = {
        "points": quantised_points(label_points(units)),
        "order": label_order(units),
    }
    if names is not None:
        labels["names"] = list(names)
    return labels


def district_names(names: Iterable[str]) -> list[str]:
    """Return the districts' names as the map writes them: "Zwierzyniec", not "Dzielnica VII …"."""
    return [DISTRICT_PREFIX.sub("", name) for name in names]


def labelled_geometry(
    body: dict,
    units: gpd.GeoSeries,
    districts: gpd.GeoDataFrame | None = None,
    *,
    of_districts: bool = False,
) -> dict:
    """Return a scope's geometry (:func:`~layers.render.geomap.scope_geometry`) with labels.

    Parameters
    ----------
    body
        The scope's geometry as the engine reads it.
    units
        The scope's units, in the order of ``body``.
    districts
        Kraków's districts (``name``, polygons) when ``body`` has their outline layer:
        their names are written when that layer is shown.
    of_districts
        Whether the units are Kraków's districts: their labels then bring the short
        names (:func:`district_names`) instead of the hover's.
    """
    short = district_names(body["names"]) if of_districts else None
    labelled = {**body, "labels": unit_labels(units, short)}
    if districts is not None and "districts" in body["outlines"]:
        outline = {**body["outlines"]["districts"]}
        outline["labels"] = unit_labels(districts.geometry, district_names(districts["name"]))
        labelled["outlines"] = {**body["outlines"], "districts": outline}
    return labelled
