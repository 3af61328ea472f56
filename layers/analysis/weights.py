"""Spatial weights between gminas: queen contiguity, k nearest neighbours, distance band.

Each builder takes the gminas' polygons in EPSG:2180 and returns binary links as a
libpysal ``W`` in the frame's row order; :func:`spatial_weights` picks one by name
(:data:`WEIGHTS`), reports the gminas left without a neighbour (islands) and the number
of disconnected groups, and row-standardises what the statistics use.

References
----------
Anselin, L. (1988). *Spatial Econometrics: Methods and Models*. Dordrecht: Kluwer,
ch. 3. doi:10.1007/978-94-015-7799-1

Rey, S. J., & Anselin, L. (2007). PySAL: A Python library of spatial analytical
methods. *The Review of Regional Studies* 37(1), 5–27. doi:10.52324/001c.8285
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from libpysal.weights import KNN, WSP, DistanceBand, W, w_subset
from scipy.sparse.csgraph import connected_components

import geopandas as gpd

from layers.analysis.contiguity import queen_adjacency
from layers.analysis.crs import require_metric
from layers.analysis.gravity import centroids
from layers.errors import SpatialStatsError

DEFAULT_K = 6
"""Neighbours per gmina of the k-nearest-neighbours weights (Poland's mean queen count is 5.7)."""
DEFAULT_KM = 25.0
"""Radius of the distance band, km between the gminas' points."""
MAX_K = 30
MAX_KM = 500.0


def queen_links(gminas_metric: gpd.GeoDataFrame, *, k: int, km: float) -> W:
    """Return queen contiguity: gminas sharing at least one boundary point are neighbours.

    Parameters
    ----------
    gminas_metric
        Polygons in EPSG:2180.
    k, km
        Unused (the registry's uniform signature).

    Returns
    -------
    libpysal.weights.W
        Binary, symmetric, ids are row positions. The same links as
        :func:`layers.analysis.contiguity.queen_adjacency` (and as libpysal's
        ``Queen.from_dataframe``, which the tests check).

    References
    ----------
    Anselin (1988), ch. 3; see the module references.
    """
    del k, km
    return WSP(queen_adjacency(gminas_metric)).to_W(silence_warnings=True)


def knn_links(gminas_metric: gpd.GeoDataFrame, *, k: int, km: float) -> W:
    """Return the ``k`` nearest gminas of each gmina, by the distance between their points.

    Parameters
    ----------
    gminas_metric
        Polygons in EPSG:2180; distances are between their points
        (:func:`layers.analysis.gravity.centroids`).
    k
        Neighbours per gmina (asymmetric: j may be among i's nearest but not i among j's).
    km
        Unused.

    Returns
    -------
    libpysal.weights.W
        Binary, ids are row positions.
    """
    del km
    return KNN.from_array(_points(gminas_metric), k=k, silence_warnings=True)


def distance_links(gminas_metric: gpd.GeoDataFrame, *, k: int, km: float) -> W:
    """Return the gminas whose points are at most ``km`` kilometres apart.

    Parameters
    ----------
    gminas_metric
        Polygons in EPSG:2180.
    k
        Unused.
    km
        Band radius in kilometres (EPSG:2180 metres / 1000).

    Returns
    -------
    libpysal.weights.W
        Binary, symmetric, ids are row positions; a gmina with no other point within
        the band has no neighbour (an island).
    """
    del k
    points = _points(gminas_metric)
    return DistanceBand.from_array(
        points, threshold=km * 1000.0, binary=True, silence_warnings=True
    )


def _points(gminas_metric: gpd.GeoDataFrame) -> np.ndarray:
    points = centroids(gminas_metric)
    return np.column_stack([points.x.to_numpy(), points.y.to_numpy()])


WEIGHTS: dict[str, Callable[..., W]] = {
    "queen": queen_links,
    "knn": knn_links,
    "distance": distance_links,
}
"""Weights the user can pick, by name; each takes the polygons and keywords ``k``, ``km``."""


@dataclass(frozen=True, eq=False)
class SpatialWeights:
    """Row-standardised weights of the gminas that have neighbours, and those that have none."""

    w: W
    """libpysal weights over ``codes`` (ids are positions in ``codes``), row-standardised."""
    codes: pd.Index
    """The gminas the weights link, in the order of ``w``."""
    islands: pd.Index
    """Gminas without any neighbour: left out of ``w`` (a statistic cannot use them)."""
    components: int
    """Groups of gminas not linked to each other (1 when every gmina reaches every other)."""
    kind: str


def spatial_weights(
    gminas_metric: gpd.GeoDataFrame, kind: str, *, k: int = DEFAULT_K, km: float = DEFAULT_KM
) -> SpatialWeights:
    """Return the weights of a set of gminas, islands set apart.

    Parameters
    ----------
    gminas_metric
        The gminas to link (e.g. a scope's gminas with a value), polygons in EPSG:2180,
        indexed by TERYT.
    kind
        A key of :data:`WEIGHTS`: ``"queen"``, ``"knn"`` or ``"distance"``.
    k
        Neighbours per gmina for ``"knn"`` (1–:data:`MAX_K`, fewer than the gminas).
    km
        Band radius for ``"distance"``, kilometres (above 0, at most :data:`MAX_KM`).

    Returns
    -------
    SpatialWeights
        Weights over the gminas with at least one neighbour, row-standardised
        (each row sums to 1); the islands listed apart.

    Raises
    ------
    SpatialStatsError
        For an unknown kind, ``k`` or ``km`` out of range, or fewer than two gminas.
    WrongCrsError
        When the polygons are not in EPSG:2180.
    """
    require_metric(gminas_metric)
    _check(kind, len(gminas_metric), k, km)
    links = WEIGHTS[kind](gminas_metric, k=int(k), km=float(km))
    island_at = np.asarray(sorted(links.islands), dtype=int)
    linked = np.setdiff1d(np.arange(links.n), island_at)
    if len(island_at):
        links = w_subset(links, linked.tolist(), silence_warnings=True)
    links.transform = "r"
    groups = connected_components(links.sparse, directed=False)[0] if links.n else 0
    codes = gminas_metric.index
    return SpatialWeights(links, codes[linked], codes[island_at], int(groups), kind)


def _check(kind: str, count: int, k: float, km: float) -> None:
    if kind not in WEIGHTS:
        raise SpatialStatsError(f"unknown weights {kind!r}")
    if count < 2:
        raise SpatialStatsError(f"weights need at least two gminas, got {count}")
    if kind == "knn" and not (1 <= k <= min(MAX_K, count - 1)):
        raise SpatialStatsError(f"k must be 1–{min(MAX_K, count - 1)}, got {k}")
    if kind == "distance" and not (0 < km <= MAX_KM):
        raise SpatialStatsError(f"band radius must be in (0, {MAX_KM}] km, got {km}")
