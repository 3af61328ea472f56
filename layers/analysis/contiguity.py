"""Contiguity of an area of gminas: queen neighbours, exclaves dropped, enclaves filled.

References
----------
Anselin, L. (1988). *Spatial Econometrics: Methods and Models*. Kluwer.
https://doi.org/10.1007/978-94-015-7799-1
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.sparse import csr_array
from scipy.sparse.csgraph import connected_components

import geopandas as gpd
import shapely
from shapely.geometry import MultiLineString

from layers.analysis.crs import require_metric
from layers.errors import DelimitationError


def queen_adjacency(gminas_metric: gpd.GeoDataFrame) -> csr_array:
    """Return the queen contiguity of polygons as a sparse 0/1 matrix.

    Parameters
    ----------
    gminas_metric
        Gmina polygons in EPSG:2180.

    Returns
    -------
    scipy.sparse.csr_array
        Square, symmetric, in the frame's row order: 1 where two polygons share at
        least one boundary point (a vertex is enough), 0 on the diagonal.

    Raises
    ------
    WrongCrsError
        When the polygons are not in EPSG:2180.

    References
    ----------
    Anselin, L. (1988). *Spatial Econometrics: Methods and Models*. Dordrecht:
    Kluwer, ch. 3 (contiguity). doi:10.1007/978-94-015-7799-1
    """
    require_metric(gminas_metric)
    left, right = gminas_metric.sindex.query(gminas_metric.geometry, predicate="intersects")
    keep = left != right
    size = len(gminas_metric)
    ones = np.ones(int(keep.sum()), dtype=np.int8)
    return csr_array((ones, (left[keep], right[keep])), shape=(size, size))


def _component_labels(adjacency: csr_array, nodes: np.ndarray) -> np.ndarray:
    """Return the connected component of each node in the subgraph the nodes induce."""
    sub = adjacency[nodes][:, nodes]
    return connected_components(sub, directed=False)[1]


def _touching_outside(
    gminas_metric: gpd.GeoDataFrame, adjacency: csr_array, scope: np.ndarray
) -> np.ndarray:
    """Return, per scope node, whether it touches a gmina outside the scope or the scope's rim."""
    in_scope = np.zeros(len(gminas_metric), dtype=bool)
    in_scope[scope] = True
    outside_neighbour = (adjacency[scope] @ (~in_scope).astype(np.int8)) > 0
    geometries = gminas_metric.geometry.to_numpy()[scope]
    union = shapely.union_all(geometries)
    parts = getattr(union, "geoms", [union])
    rim = MultiLineString([part.exterior for part in parts])
    return outside_neighbour | shapely.intersects(geometries, rim)


def _core_component(
    adjacency: csr_array, scope: np.ndarray, members: np.ndarray, core_at: int
) -> np.ndarray:
    """Return, per scope node, whether it is a member connected to the core through members."""
    nodes = np.flatnonzero(members)
    labels = _component_labels(adjacency, scope[nodes])
    kept = np.zeros(len(scope), dtype=bool)
    kept[nodes[labels == labels[np.searchsorted(nodes, core_at)]]] = True
    return kept


def _enclaves(
    adjacency: csr_array, scope: np.ndarray, kept: np.ndarray, outside: np.ndarray
) -> np.ndarray:
    """Return, per scope node, whether it lies in a group of non-members the area surrounds."""
    filled = np.zeros(len(scope), dtype=bool)
    nodes = np.flatnonzero(~kept)
    if nodes.size == 0:
        return filled
    labels = _component_labels(adjacency, scope[nodes])
    open_groups = np.unique(labels[outside[nodes]])
    filled[nodes[~np.isin(labels, open_groups)]] = True
    return filled


def contiguous_area(gminas_metric: gpd.GeoDataFrame, qualifies: pd.Series, core: str) -> pd.Series:
    """Return the contiguous area around a core: exclaves dropped, enclaves filled.

    Parameters
    ----------
    gminas_metric
        Polygons of all gminas in EPSG:2180, indexed by TERYT (the scope and beyond).
    qualifies
        Whether each gmina of the scope meets the rule; its index is the scope.
    core
        TERYT of the core gmina, always in the area.

    Returns
    -------
    pandas.Series
        Bool on ``qualifies``' index, named ``in_area``.

    Raises
    ------
    WrongCrsError
        When the polygons are not in EPSG:2180.
    DelimitationError
        When the core is not in the scope or a scope gmina has no polygon.

    Notes
    -----
    Contiguity is queen contiguity (:func:`queen_adjacency`). First only the
    qualifying gminas (and the core) in the core's connected component are kept:
    qualifying gminas not linked to it through qualifying gminas are exclaves and are
    dropped. Then every connected group of the remaining scope gminas is added when
    it is surrounded by the area: none of its gminas touches a gmina outside the
    scope or the scope's outer rim (the exterior ring of the scope's union).

    References
    ----------
    Anselin, L. (1988). *Spatial Econometrics: Methods and Models*. Dordrecht:
    Kluwer. doi:10.1007/978-94-015-7799-1

    Śleszyński, P. (2013). Delimitacja Miejskich Obszarów Funkcjonalnych stolic
    województw. *Przegląd Geograficzny* 85(2), 173–197. doi:10.7163/PrzG.2013.2.2
    """
    require_metric(gminas_metric)
    codes = qualifies.index
    scope = gminas_metric.index.get_indexer(codes)
    if core not in codes:
        raise DelimitationError(f"core {core} is not in the scope")
    if (scope < 0).any():
        raise DelimitationError(f"no polygon for {list(codes[scope < 0])}")
    adjacency = queen_adjacency(gminas_metric)
    members = qualifies.to_numpy(dtype=bool) | (codes == core)
    kept = _core_component(adjacency, scope, members, codes.get_loc(core))
    outside = _touching_outside(gminas_metric, adjacency, scope)
    return pd.Series(kept | _enclaves(adjacency, scope, kept, outside), index=codes, name="in_area")
