"""The extent a user panned or zoomed the map to: checked, in metres, and the units it shows.

The browser sends the bounds its map shows (west, south, east, north in degrees, EPSG:4326)
with a print or a PNG of the view. They are user input: :func:`checked_extent` keeps only
four finite numbers inside Poland's bounds with west < east and south < north, and answers
``None`` for anything else, so the page or image falls back to the scope's whole extent.
"""

from __future__ import annotations

import math

import geopandas as gpd
import shapely
from pyproj import Transformer

from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS, require_metric

Extent = tuple[float, float, float, float]
"""West, south, east, north: degrees (EPSG:4326) or metres (EPSG:2180)."""
POLAND_BOUNDS: Extent = (14.0, 48.9, 24.2, 55.0)
"""Poland's bounding box in degrees (14.12–24.15° E, 49.00–54.84° N), rounded outwards."""
DECIMALS = 5
"""Decimals of a degree kept (about 1 m): equal views give equal cache keys."""
DENSIFY = 21
"""Points per edge when a box is projected (its edges curve in the other CRS)."""


def checked_extent(values: object) -> Extent | None:
    """Return the view's bounds the browser sent, or ``None`` when they cannot be used.

    Parameters
    ----------
    values
        ``"west,south,east,north"`` (an address's argument) or a list of four numbers
        (a store's data), in degrees of EPSG:4326.

    Returns
    -------
    tuple of float or None
        The bounds rounded to :data:`DECIMALS`, or ``None`` for a missing value, another
        count than four, a non-number, an infinite or NaN number, a box outside
        :data:`POLAND_BOUNDS` or one with west ≥ east or south ≥ north.

    Examples
    --------
    >>> checked_extent("19.8,49.95,20.1,50.15")
    (19.8, 49.95, 20.1, 50.15)
    >>> checked_extent([20.1, 49.95, 19.8, 50.15]) is None
    True
    """
    parts = values.split(",") if isinstance(values, str) else values
    if not isinstance(parts, list | tuple) or len(parts) != 4:
        return None
    try:
        numbers = [float(part) for part in parts if not isinstance(part, bool)]
    except (TypeError, ValueError):
        return None
    if len(numbers) != 4 or not all(math.isfinite(number) for number in numbers):
        return None
    west, south, east, north = (round(number, DECIMALS) for number in numbers)
    min_lon, min_lat, max_lon, max_lat = POLAND_BOUNDS
    if not (min_lon <= west < east <= max_lon and min_lat <= south < north <= max_lat):
        return None
    return west, south, east, north


def metric_extent(extent: Extent) -> Extent:
    """Return the bounds in metres (EPSG:2180) of a box given in degrees (EPSG:4326).

    The box's edges are projected with :data:`DENSIFY` points each, so the metric bounds
    hold the whole box (its parallels curve in Poland CS92).
    """
    to_metres = Transformer.from_crs(DISPLAY_CRS, METRIC_CRS, always_xy=True)
    minx, miny, maxx, maxy = to_metres.transform_bounds(*extent, densify_pts=DENSIFY)
    return minx, miny, maxx, maxy


def units_within(metric: gpd.GeoDataFrame, bounds: Extent) -> gpd.GeoDataFrame:
    """Return the units (EPSG:2180) that reach into ``bounds`` (metres): those a map shows.

    Raises
    ------
    WrongCrsError
        When ``metric`` is not in :data:`METRIC_CRS`.
    """
    require_metric(metric)
    return metric.loc[metric.intersects(shapely.box(*bounds))]
