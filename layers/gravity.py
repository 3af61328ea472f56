"""Gravity models between gminas: Reilly's law, Converse's breaking point, Huff's model.

Distances are straight-line kilometres between points in the metric CRS
(:data:`layers.crs.METRIC_CRS`); a wrong CRS raises, nothing is reprojected.

References
----------
Reilly, W. J. (1931). *The Law of Retail Gravitation*. New York: Knickerbocker Press.
https://catalog.hathitrust.org/Record/001629340

Converse, P. D. (1949). New laws of retail gravitation. *Journal of Marketing* 14(3),
379–384. https://doi.org/10.2307/1248191

Huff, D. L. (1963). A probabilistic analysis of shopping center trade areas.
*Land Economics* 39(1), 81–90. https://doi.org/10.2307/3144521
"""

from __future__ import annotations

import numpy as np
import pandas as pd

import geopandas as gpd
import shapely

from layers.crs import require_metric
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


def _require_points(points: gpd.GeoSeries) -> None:
    """Check the CRS, that every geometry is a non-empty Point and that ids are unique."""
    require_metric(points)
    shapes = points.to_numpy()
    if not np.all((shapely.get_type_id(shapes) == POINT_TYPE_ID) & ~shapely.is_empty(shapes)):
        raise GravityError("every geometry must be a non-empty Point")
    if not points.index.is_unique:
        raise GravityError("point ids must be unique")


def _xy(points: gpd.GeoSeries) -> np.ndarray:
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
    _require_points(origins)
    _require_points(destinations)
    origin_xy, destination_xy = _xy(origins), _xy(destinations)
    delta = origin_xy[:, None, :] - destination_xy[None, :, :]
    km = np.hypot(delta[..., 0], delta[..., 1]) / 1000.0
    return pd.DataFrame(km, index=origins.index.copy(), columns=destinations.index.copy())


def breaking_point_km(
    d_ab_km: float | np.ndarray, p_a: float | np.ndarray, p_b: float | np.ndarray
) -> float | np.ndarray:
    """Return the distance of the Reilly–Converse breaking point from centre B.

    Parameters
    ----------
    d_ab_km
        Distance between centres A and B, in km (scalar or array).
    p_a, p_b
        Populations (or other mass) of A and B, positive; arrays broadcast.

    Returns
    -------
    float or numpy.ndarray
        Km from B towards A; a float when every input is a scalar.

    Raises
    ------
    GravityError
        When a population is not a positive finite number or a distance is negative.

    Notes
    -----
    ``D_B = d_AB / (1 + sqrt(P_A / P_B))``: the point between A and B where
    both attract retail trade equally under Reilly's law. It lies closer to the
    smaller centre, and midway for equal populations.

    References
    ----------
    Converse, P. D. (1949). New laws of retail gravitation. *Journal of Marketing*
    14(3), 379–384. https://doi.org/10.2307/1248191

    Reilly, W. J. (1931). *The Law of Retail Gravitation*. New York: Knickerbocker
    Press. https://catalog.hathitrust.org/Record/001629340
    """
    distance, mass_a, mass_b = (np.asarray(value, dtype=float) for value in (d_ab_km, p_a, p_b))
    for mass in (mass_a, mass_b):
        if not np.all(np.isfinite(mass) & (mass > 0)):
            raise GravityError("populations must be positive numbers")
    if not np.all(distance >= 0):
        raise GravityError("distances must be non-negative numbers")
    result = distance / (1.0 + np.sqrt(mass_a / mass_b))
    return float(result) if result.ndim == 0 else result


def _neighbour_pairs(centres: gpd.GeoSeries, sizes: pd.Series) -> list[tuple[str, str]]:
    """Return the Delaunay edges between centres as (larger, smaller) id pairs."""
    if len(centres) < 2:
        raise GravityError("breaking points need at least two centres")
    lookup = {tuple(xy): code for code, xy in zip(centres.index, _xy(centres), strict=True)}
    if len(lookup) < len(centres):
        raise GravityError("two centres share one location")
    edges = shapely.delaunay_triangles(shapely.multipoints(centres.to_numpy()), only_edges=True)
    pairs = []
    for edge in shapely.get_parts(edges):
        first, second = (lookup[xy] for xy in edge.coords)
        larger, smaller = sorted((first, second), key=lambda code: (-sizes[code], code))
        pairs.append((larger, smaller))
    return sorted(pairs)


def breaking_points(
    centres: gpd.GeoSeries,
    populations: pd.Series,
    pairs: list[tuple[str, str]] | None = None,
) -> gpd.GeoDataFrame:
    """Return the Reilly–Converse breaking point between pairs of centres.

    Parameters
    ----------
    centres
        Centre points in EPSG:2180, indexed by id (TERYT).
    populations
        Population of each centre, looked up by id.
    pairs
        ``(a, b)`` id pairs, the point measured from ``b``. Default: neighbouring
        centres, i.e. the edges of the Delaunay triangulation of the points (with
        two centres, the one pair; collinear centres, consecutive ones), each
        ordered so that ``a`` is the more populous (equal populations: lower id).

    Returns
    -------
    geopandas.GeoDataFrame
        One row per pair: ``a``, ``b``, ``distance_km``, ``from_b_km`` and the
        breaking point on segment A–B as geometry, in EPSG:2180.

    Raises
    ------
    WrongCrsError
        When ``centres`` are not in EPSG:2180.
    GravityError
        For fewer than two centres, unknown ids in ``pairs``, centres at one
        location, or a population that is missing or not positive.

    Notes
    -----
    See :func:`breaking_point_km`; the point is ``B + (A - B) · from_b_km / distance_km``.

    References
    ----------
    Converse, P. D. (1949). New laws of retail gravitation. *Journal of Marketing*
    14(3), 379–384. https://doi.org/10.2307/1248191
    """
    _require_points(centres)
    sizes = populations.reindex(centres.index)
    chosen = _neighbour_pairs(centres, sizes) if pairs is None else list(pairs)
    a, b = [pair[0] for pair in chosen], [pair[1] for pair in chosen]
    where_a, where_b = centres.index.get_indexer(a), centres.index.get_indexer(b)
    if (where_a < 0).any() or (where_b < 0).any():
        raise GravityError("a pair names an id that is not a centre")
    xy = _xy(centres)
    distance = np.hypot(*(xy[where_a] - xy[where_b]).T) / 1000.0
    from_b = np.asarray(breaking_point_km(distance, sizes.iloc[where_a], sizes.iloc[where_b]))
    share = np.divide(from_b, distance, out=np.zeros_like(distance), where=distance > 0)
    points = shapely.points(xy[where_b] + (xy[where_a] - xy[where_b]) * share[:, None])
    table = {"a": a, "b": b, "distance_km": distance, "from_b_km": from_b}
    return gpd.GeoDataFrame(table, geometry=points, crs=centres.crs)


def reilly_areas(
    points: gpd.GeoSeries, centres: gpd.GeoSeries, populations: pd.Series
) -> pd.Series:
    """Return the centre whose Reilly market area holds each point.

    Parameters
    ----------
    points
        Points to assign (e.g. gmina :func:`centroids`), EPSG:2180.
    centres
        Centre points, EPSG:2180, indexed by id.
    populations
        Population of each centre, looked up by id; a centre without a positive
        population attracts no point.

    Returns
    -------
    pandas.Series
        Centre id per point, on ``points``' index, named ``"centre"``.

    Raises
    ------
    WrongCrsError
        When either input is not in EPSG:2180.
    GravityError
        When no centre has a positive population.

    Notes
    -----
    Each point goes to the centre maximising ``P_j / d_ij**2``; a point at
    distance 0 belongs to that centre, ties go to the first centre. This is a
    multiplicatively weighted Voronoi partition: the boundary between two centres is
    an Apollonius circle, and along the segment between them it passes through the
    breaking point of :func:`breaking_point_km`.

    References
    ----------
    Reilly, W. J. (1931). *The Law of Retail Gravitation*. New York: Knickerbocker
    Press. https://catalog.hathitrust.org/Record/001629340

    Converse, P. D. (1949). New laws of retail gravitation. *Journal of Marketing*
    14(3), 379–384. https://doi.org/10.2307/1248191
    """
    distances = distance_matrix_km(points, centres)
    return dominant_centre(huff_probabilities(distances, populations, alpha=1.0, beta=2.0))


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


def dominant_share(probabilities: pd.DataFrame) -> pd.Series:
    """Return the highest value in each row (the dominant centre's probability).

    Returns
    -------
    pandas.Series
        On ``probabilities``' index, named ``"share"``; NaN where a row has no value.
    """
    return probabilities.max(axis=1, skipna=True).astype(float).rename("share")
