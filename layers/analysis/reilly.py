"""Reilly's law of retail gravitation: breaking points and market areas of centres.

Distances are straight-line kilometres between points in the metric CRS
(:data:`layers.analysis.crs.METRIC_CRS`); a wrong CRS raises, nothing is reprojected.

References
----------
Reilly, W. J. (1931). *The Law of Retail Gravitation*. New York: Knickerbocker Press.
https://catalog.hathitrust.org/Record/001629340

Converse, P. D. (1949). New laws of retail gravitation. *Journal of Marketing* 14(3),
379–384. https://doi.org/10.2307/1248191
"""

from __future__ import annotations

import numpy as np
import pandas as pd

import geopandas as gpd
import shapely

from layers.analysis.gravity import (
    coordinates,
    distance_matrix_km,
    dominant_centre,
    huff_probabilities,
    require_points,
)
from layers.errors import GravityError


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
    lookup = {tuple(xy): code for code, xy in zip(centres.index, coordinates(centres), strict=True)}
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
    require_points(centres)
    sizes = populations.reindex(centres.index)
    chosen = _neighbour_pairs(centres, sizes) if pairs is None else list(pairs)
    a, b = [pair[0] for pair in chosen], [pair[1] for pair in chosen]
    where_a, where_b = centres.index.get_indexer(a), centres.index.get_indexer(b)
    if (where_a < 0).any() or (where_b < 0).any():
        raise GravityError("a pair names an id that is not a centre")
    xy = coordinates(centres)
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
