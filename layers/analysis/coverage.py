"""Polygon coverages: repair, simplify with shared edges kept, dissolve to upper levels."""

from __future__ import annotations

import pandas as pd

import geopandas as gpd
import shapely

from layers.analysis.crs import require_metric


def repaired(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return a copy whose invalid geometries are made valid, keeping only polygons.

    Parameters
    ----------
    frame
        Polygon layer in any CRS.

    Returns
    -------
    geopandas.GeoDataFrame
        Same index and columns; every geometry valid and (multi)polygonal.

    Notes
    -----
    ``make_valid`` may return a collection with stray lines or points where a ring
    touched itself; only the polygonal parts are kept.
    """
    result = frame.copy()
    geometry = shapely.make_valid(result.geometry.values)
    polygonal = shapely.get_type_id(geometry) == shapely.GeometryType.GEOMETRYCOLLECTION
    geometry[polygonal] = [
        shapely.unary_union([part for part in shapely.get_parts(g) if part.area > 0])
        for g in geometry[polygonal]
    ]
    result.geometry = gpd.GeoSeries(geometry, index=result.index, crs=frame.crs)
    return result


def simplified_coverage(frame: gpd.GeoDataFrame, tolerance_m: float) -> gpd.GeoDataFrame:
    """Return the layer simplified as a coverage, so neighbours keep their shared edges.

    Parameters
    ----------
    frame
        A valid polygon coverage in the metric CRS (no overlaps).
    tolerance_m
        Visvalingam–Whyatt tolerance in metres (roughly the size of removed details).

    Returns
    -------
    geopandas.GeoDataFrame
        Same index and columns; no gaps or overlaps appear between neighbours.

    Raises
    ------
    WrongCrsError
        When ``frame`` is not in the metric CRS.

    References
    ----------
    Visvalingam, M., Whyatt, J. D. (1993). Line generalisation by repeated
    elimination of points. *The Cartographic Journal* 30(1), 46–51.
    https://doi.org/10.1179/000870493786962263
    Shapely ``coverage_simplify``: https://shapely.readthedocs.io/en/stable/reference/shapely.coverage_simplify.html
    """
    require_metric(frame)
    result = frame.copy()
    simple = shapely.coverage_simplify(frame.geometry.values, tolerance_m)
    result.geometry = gpd.GeoSeries(simple, index=frame.index, crs=frame.crs)
    return result


def dissolved(frame: gpd.GeoDataFrame, keys: pd.Series, names: pd.Series) -> gpd.GeoDataFrame:
    """Return the union of polygons per key, e.g. gminas into powiats.

    Parameters
    ----------
    frame
        Polygon coverage.
    keys
        Key of each row of ``frame`` (same index), e.g. its powiat code.
    names
        Name of each key, indexed by key.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per key, indexed by key, with a ``name`` column. Because it unions
        the members, its edges coincide with theirs exactly.
    """
    grouped = frame.geometry.groupby(keys.values)
    geometry = [shapely.coverage_union_all(group.values) for _, group in grouped]
    index = pd.Index(list(grouped.groups), name="code")
    return gpd.GeoDataFrame(
        {"name": names.reindex(index).values}, geometry=geometry, index=index, crs=frame.crs
    )
