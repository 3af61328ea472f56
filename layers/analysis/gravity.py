"""Gravity models between gminas: distances between centroids and Huff's model.

Reilly's law and Converse's breaking point are in :mod:`layers.analysis.reilly`.

Distances are straight-line kilometres between points in the metric CRS
(:data:`layers.analysis.crs.METRIC_CRS`); a wrong CRS raises, nothing is reprojected.

References
----------
Huff, D. L. (1963). A probabilistic analysis of shopping center trade areas.
*Land Economics* 39(1), 81–90. https://doi.org/10.2307/3144521
"""

from __future__ import annotations

import numpy as np
import pandas as pd

import geopandas as gpd
import shapely

from layers.analysis.crs import require_metric
from layers.errors import GravityError

POINT_TYPE_ID = 0
"""Shapely's type id of a Point."""


def centroids(gminas: gpd.GeoDataFrame | gpd.GeoSeries) -> gpd.GeoSeries:
    """Return one representative point per gmina, for distances between gminas.

    Parameters
    ----------
    gminas
        Gmina polygons in EPSG:2180.

    Returns
    -------
    geopandas.GeoSeries
        Points on ``gminas``' index, in EPSG:2180, named ``"centroid"``.

    Raises
    ------
    WrongCrsError
        When ``gminas`` are not in EPSG:2180.

    Notes
    -----
    The point is the geometric centroid, not a population-weighted one: the data
    hold no sub-gmina population. Where the centroid falls outside its polygon
    (crescent- or ring-shaped gminas around a town), shapely's
    ``representative_point`` (a point guaranteed inside) is used instead.
    """
    require_metric(gminas)
    shapes = gminas.geometry.to_numpy()
    centre = shapely.centroid(shapes)
    inside = shapely.contains(shapes, centre)
    points = np.where(inside, centre, shapely.point_on_surface(shapes))
    return gpd.GeoSeries(points, index=gminas.index.copy(), crs=gminas.crs, name="centroid")


def require_points(points: gpd.GeoSeries) -> None:
    """Check the CRS, that every geometry is a non-empty Point and that ids are unique.

    Raises
    ------
    WrongCrsError
        When the points are not in the metric CRS.
    GravityError
        For a geometry that is not a non-empty Point, or a repeated id.
    """
    require_metric(points)
    shapes = points.to_numpy()
    if not np.all((shapely.get_type_id(shapes) == POINT_TYPE_ID) & ~shapely.is_empty(shapes)):
        raise GravityError("every geometry must be a non-empty Point")
    if not points.index.is_unique:
        raise GravityError("point ids must be unique")


def coordinates(points: gpd.GeoSeries) -> np.ndarray:
    """Return the points' coordinates in metres as an (n, 2) array."""
    shapes = points.to_numpy()
    return np.column_stack([shapely.get_x(shapes), shapely.get_y(shapes)])


def distance_matrix_km(origins: gpd.GeoSeries, destinations: gpd.GeoSeries) -> pd.DataFrame:
    """Return the straight-line distance in km between every origin and destination.

    Parameters
    ----------
    origins, destinations
        Points in EPSG:2180 (e.g. from :func:`centroids`), uniquely indexed.

    Returns
    -------
    pandas.DataFrame
        Kilometres; index = ``origins``' index, columns = ``destinations``' index.

    Raises
    ------
    WrongCrsError
        When either input is not in EPSG:2180.
    GravityError
        When a geometry is not a non-empty Point, or ids repeat.

    Notes
    -----
    Euclidean distance on the CS92 plane, ``d_ij = |x_i - x_j| / 1000``,
    computed for all pairs at once by numpy broadcasting.
    """
    require_points(origins)
    require_points(destinations)
    origin_xy, destination_xy = coordinates(origins), coordinates(destinations)
    delta = origin_xy[:, None, :] - destination_xy[None, :, :]
    km = np.hypot(delta[..., 0], delta[..., 1]) / 1000.0
    return pd.DataFrame(km, index=origins.index.copy(), columns=destinations.index.copy())


def _attraction(attractiveness: pd.Series, alpha: float) -> np.ndarray:
    """Return ``A_j ** alpha``, 0 where ``A_j`` is missing or not positive."""
    values = attractiveness.to_numpy(dtype=float, na_value=np.nan)
    valid = np.isfinite(values) & (values > 0)
    if not valid.any():
        raise GravityError("no centre has a positive attractiveness")
    weight = np.zeros_like(values)
    weight[valid] = values[valid] ** alpha
    return weight


def huff_probabilities(
    distances_km: pd.DataFrame,
    attractiveness: pd.Series,
    alpha: float = 1.0,
    beta: float = 2.0,
) -> pd.DataFrame:
    """Return the Huff probability that each origin patronises each centre.

    Parameters
    ----------
    distances_km
        Origins × centres distances in km (see :func:`distance_matrix_km`).
    attractiveness
        Size of each centre (e.g. population), looked up by the column ids.
    alpha
        Exponent of attractiveness.
    beta
        Distance-decay exponent, ≥ 0.

    Returns
    -------
    pandas.DataFrame
        Probabilities on ``distances_km``' index and columns; every row sums to 1
        (rows where no centre is reachable are NaN).

    Raises
    ------
    GravityError
        When no centre has a positive attractiveness, ``alpha`` or ``beta`` is not
        finite, ``beta`` is negative, or a distance is negative.

    Notes
    -----
    ``P_ij = A_j**alpha * d_ij**-beta / sum_k(A_k**alpha * d_ik**-beta)``.
    A centre whose attractiveness is missing, zero or negative gets probability 0.
    An origin at distance 0 from a centre (the centre's own gmina) goes to it with
    probability 1 (shared by attractiveness if several centres are at distance 0).
    A missing (NaN) distance makes that centre unreachable from that origin.

    References
    ----------
    Huff, D. L. (1963). A probabilistic analysis of shopping center trade areas.
    *Land Economics* 39(1), 81–90. https://doi.org/10.2307/3144521
    """
    if not (np.isfinite(alpha) and np.isfinite(beta) and beta >= 0):
        raise GravityError("alpha and beta must be finite, beta non-negative")
    weight = _attraction(attractiveness.reindex(distances_km.columns), alpha)
    distance = distances_km.to_numpy(dtype=float, na_value=np.nan)
    if (distance < 0).any():
        raise GravityError("distances must be non-negative")
    reachable = distance > 0
    decay = np.where(reachable, np.power(np.where(reachable, distance, 1.0), -beta), 0.0)
    at_centre = (distance == 0) & (weight > 0)
    utility = np.where(at_centre.any(axis=1, keepdims=True), at_centre * weight, weight * decay)
    total = utility.sum(axis=1, keepdims=True)
    shares = np.divide(utility, total, out=np.full_like(utility, np.nan), where=total > 0)
    return pd.DataFrame(shares, index=distances_km.index.copy(), columns=distances_km.columns)


def dominant_centre(probabilities: pd.DataFrame) -> pd.Series:
    """Return the column with the highest value in each row.

    Parameters
    ----------
    probabilities
        Origins × centres, e.g. from :func:`huff_probabilities`.

    Returns
    -------
    pandas.Series
        Centre id per row, on ``probabilities``' index, named ``"centre"``; NaN
        where a row has no value. Ties go to the first column.
    """
    values = probabilities.to_numpy(dtype=float, na_value=np.nan)
    if values.shape[1] == 0:
        return pd.Series(np.nan, index=probabilities.index.copy(), dtype=object, name="centre")
    filled = np.where(np.isnan(values), -np.inf, values)
    labels = probabilities.columns.to_numpy(dtype=object)[filled.argmax(axis=1)]
    known = np.isfinite(filled.max(axis=1))
    return pd.Series(labels, index=probabilities.index.copy(), name="centre").where(known)
