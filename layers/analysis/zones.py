"""User-drawn zones (circle, buffered gmina, polygon) and indicators aggregated over them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TypeAlias

import numpy as np
import pandas as pd

import geopandas as gpd
import shapely
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Point, Polygon

from layers.analysis.catalog import Indicator
from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS, require_metric
from layers.analysis.dataset import Dataset
from layers.analysis.delimitation import latest_year
from layers.analysis.values import values_in
from layers.errors import NoDataError, ZoneError

Zone: TypeAlias = Polygon | MultiPolygon
"""A zone's geometry in EPSG:2180."""

MIN_SHARE = 1e-6
"""Gminas with a smaller share of their area in the zone are left out (slivers)."""

FULL_SHARE = 1.0 - 1e-9
"""Shares at least this are rounded to 1: overlay rounding of a gmina wholly inside."""

POPULATION = "population"
"""Indicator whose values weight the rates."""

CIRCLE_SEGMENTS = 64
"""Segments per quarter circle of :func:`circle_zone` (area within 0.01 % of π r²)."""


def _projected(lonlat: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Return lon/lat points projected to EPSG:2180, checking they are finite and in range."""
    points = np.asarray(lonlat, dtype=float).reshape(-1, 2)
    lon, lat = points[:, 0], points[:, 1]
    if not (np.isfinite(points).all() and (abs(lon) <= 180).all() and (abs(lat) <= 90).all()):
        raise ZoneError(f"not lon/lat degrees: {lonlat}")
    transformer = Transformer.from_crs(DISPLAY_CRS, METRIC_CRS, always_xy=True)
    x, y = transformer.transform(lon, lat)
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise ZoneError(f"outside the projection's domain: {lonlat}")
    return list(zip(np.atleast_1d(x).tolist(), np.atleast_1d(y).tolist(), strict=True))


def circle_zone(centre_lonlat: tuple[float, float], radius_km: float) -> Polygon:
    """Return a circle drawn around a point of the map.

    Parameters
    ----------
    centre_lonlat
        Centre as (longitude, latitude) in EPSG:4326 degrees.
    radius_km
        Radius in kilometres, measured in EPSG:2180.

    Returns
    -------
    shapely.Polygon
        The circle in EPSG:2180 (a 256-gon).

    Raises
    ------
    ZoneError
        When the radius is not a positive number or the centre is not lon/lat.
    """
    if not (math.isfinite(radius_km) and radius_km > 0):
        raise ZoneError(f"radius must be positive, got {radius_km}")
    centre = Point(_projected([centre_lonlat])[0])
    return centre.buffer(radius_km * 1000.0, quad_segs=CIRCLE_SEGMENTS)


def buffered_gmina(gminas_metric: gpd.GeoDataFrame, teryt: str, distance_km: float) -> Zone:
    """Return a gmina's polygon widened by a distance.

    Parameters
    ----------
    gminas_metric
        Gmina polygons in EPSG:2180, indexed by TERYT.
    teryt
        The gmina.
    distance_km
        Buffer distance in kilometres (0 gives the gmina itself).

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon
        The zone in EPSG:2180.

    Raises
    ------
    WrongCrsError
        When the polygons are not in EPSG:2180.
    ZoneError
        For an unknown gmina or a negative or non-finite distance.
    """
    require_metric(gminas_metric)
    if teryt not in gminas_metric.index:
        raise ZoneError(f"unknown gmina {teryt!r}")
    if not (math.isfinite(distance_km) and distance_km >= 0):
        raise ZoneError(f"distance must be at least 0, got {distance_km}")
    polygon = gminas_metric.geometry[teryt]
    return polygon.buffer(distance_km * 1000.0) if distance_km > 0 else polygon


def polygon_zone(lonlat_ring: Sequence[tuple[float, float]]) -> Zone:
    """Return the polygon a user drew on the map.

    Parameters
    ----------
    lonlat_ring
        Vertices as (longitude, latitude) in EPSG:4326 degrees, closed or not.

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon
        The polygon in EPSG:2180, made valid (a self-crossing ring gives its parts).

    Raises
    ------
    ZoneError
        With fewer than three distinct points, or when they enclose no area.
    """
    if len({tuple(point) for point in lonlat_ring}) < 3:
        raise ZoneError("a polygon needs at least three distinct points")
    polygon = shapely.make_valid(Polygon(_projected(lonlat_ring)))
    parts = shapely.get_parts(polygon)
    areas = [part for part in parts if part.geom_type in ("Polygon", "MultiPolygon")]
    zone = shapely.union_all(areas) if areas else Polygon()
    if zone.is_empty or zone.area == 0:
        raise ZoneError("the points enclose no area")
    return zone


def zone_shares(gminas_metric: gpd.GeoDataFrame, zone: Zone) -> pd.Series:
    """Return the share of each gmina's area that lies in a zone.

    Parameters
    ----------
    gminas_metric
        Gmina polygons in EPSG:2180, indexed by TERYT.
    zone
        The zone in EPSG:2180.

    Returns
    -------
    pandas.Series
        Shares in (0, 1] of the gminas the zone touches, indexed by TERYT, named
        ``share``, largest first. Shares below :data:`MIN_SHARE` are dropped; those
        within 1e-9 of 1 are set to 1.

    Raises
    ------
    WrongCrsError
        When the polygons are not in EPSG:2180.

    References
    ----------
    Goodchild, M. F., Lam, N. S.-N. (1980). Areal interpolation: a variant of the
    traditional spatial problem. *Geo-Processing* 1, 297–312 (ISSN 0165-2273);
    reviewed in Lam, N. S.-N. (1983). Spatial interpolation methods: a review.
    *The American Cartographer* 10(2), 129–150. doi:10.1559/152304083783914958
    """
    require_metric(gminas_metric)
    hits = np.sort(gminas_metric.sindex.query(zone, predicate="intersects"))
    touched = gminas_metric.geometry.iloc[hits]
    shares = touched.intersection(zone).area / touched.area
    shares = shares.where(shares < FULL_SHARE, 1.0)
    shares = shares[shares >= MIN_SHARE].astype(float)
    ordered = shares.sort_values(ascending=False, kind="stable")
    return ordered.rename("share").rename_axis("teryt")


def _population_near(dataset: Dataset, year: int, codes: pd.Index) -> pd.Series:
    """Return the gminas' population in the year with data nearest to ``year`` (earlier on ties)."""
    frame = dataset.values.by_indicator.get(POPULATION, pd.DataFrame(dtype=float))
    years = frame.reindex(codes).dropna(axis=1, how="all").columns
    if years.empty:
        return pd.Series(np.nan, index=codes)
    nearest = min(years, key=lambda candidate: (abs(candidate - year), candidate))
    return frame[nearest].reindex(codes).astype(float)


def _weighted_mean(values: pd.Series, weights: pd.Series) -> float:
    """Return Σ v·w / Σ w with normalised weights, so one gmina gives its value exactly."""
    total = weights.sum()
    return float((values * (weights / total)).sum()) if total > 0 else np.nan


def _aggregate(
    dataset: Dataset, indicator: Indicator, shares: pd.Series, areas: pd.Series
) -> tuple[str, int, float, float] | None:
    """Return one indicator's row of :func:`zone_aggregates`, or None without data."""
    try:
        year = latest_year(dataset.values, indicator, shares.index)
    except NoDataError:
        return None
    values = values_in(dataset.values, indicator, year, shares.index)
    if indicator.aggregation == "sum":
        weights = shares * areas
        value = float((values * shares).sum())
    else:
        weights = shares * _population_near(dataset, year, shares.index)
        used = values.notna() & weights.notna()
        value = _weighted_mean(values[used], weights[used])
    coverage = weights[values.notna()].sum() / weights.sum() if weights.sum() > 0 else np.nan
    return indicator.id, year, value, float(coverage)


def zone_aggregates(dataset: Dataset, shares: pd.Series) -> pd.DataFrame:
    """Return every indicator aggregated over a zone by areal weighting.

    Parameters
    ----------
    dataset
        The loaded data.
    shares
        Share of each touched gmina's area in the zone (:func:`zone_shares`).

    Returns
    -------
    pandas.DataFrame
        One row per non-change indicator with data in a touched gmina, in catalog
        order: ``indicator``, ``year`` (the latest with data among the touched
        gminas), ``value`` and ``coverage`` (0–1).

    Raises
    ------
    ZoneError
        When the zone touches no gmina.
    WrongCrsError
        When the store's metric layer is not in EPSG:2180.

    Notes
    -----
    Each gmina is assumed homogeneous, so the part inside the zone holds the share
    s_i of its counts and population. Counts (``aggregation = "sum"``) give
    Σ v_i·s_i; rates (``"population_weighted_mean"``) give Σ v_i·p_i·s_i / Σ p_i·s_i,
    with p_i the gmina's population in the same year, or in the nearest year with
    population data among the touched gminas (the earlier of two equally near).
    Gminas without a value are left out; ``coverage`` is the share of the zone's
    area (counts) or of its population Σ p_i·s_i (rates) in gminas with a value.

    References
    ----------
    Goodchild, M. F., Lam, N. S.-N. (1980). Areal interpolation: a variant of the
    traditional spatial problem. *Geo-Processing* 1, 297–312 (ISSN 0165-2273);
    reviewed in Lam, N. S.-N. (1983). Spatial interpolation methods: a review.
    *The American Cartographer* 10(2), 129–150. doi:10.1559/152304083783914958
    """
    if shares.empty:
        raise ZoneError("the zone touches no gmina")
    gminas = dataset.store.gminas_metric
    require_metric(gminas)
    areas = gminas.geometry.reindex(shares.index).area
    rows = [
        row
        for indicator in dataset.catalog.values()
        if not indicator.is_change and (row := _aggregate(dataset, indicator, shares, areas))
    ]
    frame = pd.DataFrame(rows, columns=["indicator", "year", "value", "coverage"])
    return frame.astype({"year": int, "value": float, "coverage": float})
