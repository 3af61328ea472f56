"""Coordinate reference systems used by the project."""

from __future__ import annotations

import geopandas as gpd

from layers.errors import WrongCrsError

METRIC_CRS = "EPSG:2180"
"""Poland CS92: every area, distance and buffer is computed in it."""

DISPLAY_CRS = "EPSG:4326"
"""WGS 84: what the browser map receives."""


def require_metric(frame: gpd.GeoDataFrame | gpd.GeoSeries) -> None:
    """Check that geometries are in the metric CRS.

    Parameters
    ----------
    frame
        Geometries about to be measured.

    Raises
    ------
    WrongCrsError
        When the CRS is not :data:`METRIC_CRS`; nothing is reprojected silently.
    """
    if frame.crs is None or frame.crs.to_string() != METRIC_CRS:
        raise WrongCrsError(f"expected {METRIC_CRS}, got {frame.crs}")
