"""Spatial weights: queen, k nearest, distance band on hand-made grids and real gminas."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from libpysal.weights import Queen, lat2W

import geopandas as gpd
from shapely.geometry import box

from layers.analysis.crs import METRIC_CRS
from layers.analysis.scopes import scope_codes
from layers.analysis.weights import WEIGHTS, spatial_weights
from layers.errors import SpatialStatsError, WrongCrsError

KM = 1000.0


def grid(rows: int, columns: int, extra: list | None = None) -> gpd.GeoDataFrame:
    """Return 1 km squares, row by row from the bottom left, coded g00, g01… (EPSG:2180)."""
    shapes = [
        box(c * KM, r * KM, (c + 1) * KM, (r + 1) * KM) for r in range(rows) for c in range(columns)
    ]
    codes = [f"g{r}{c}" for r in range(rows) for c in range(columns)]
    for code, shape in extra or []:
        codes.append(code)
        shapes.append(shape)
    return gpd.GeoDataFrame(geometry=shapes, index=pd.Index(codes, name="teryt"), crs=METRIC_CRS)


def neighbours(weights, code: str) -> set[str]:
    position = list(weights.codes).index(code)
    return {weights.codes[j] for j in weights.w.neighbors[weights.w.id_order[position]]}


def named(weights) -> dict[str, set[str]]:
    """Return each code's neighbours by code (ids of ``w`` are positions in the input)."""
    ids = weights.w.id_order
    by_id = dict(zip(ids, weights.codes, strict=True))
    return {by_id[i]: {by_id[j] for j in weights.w.neighbors[i]} for i in ids}


def test_queen_on_a_grid_equals_libpysal_lattice():
    weights = spatial_weights(grid(3, 3), "queen")
    lattice = lat2W(3, 3, rook=False)
    codes = [f"g{r}{c}" for r in range(3) for c in range(3)]
    expected = {codes[i]: {codes[j] for j in lattice.neighbors[i]} for i in range(9)}
    assert named(weights) == expected
    assert len(neighbours(weights, "g11")) == 8
    assert len(neighbours(weights, "g00")) == 3
    assert weights.islands.empty
    assert weights.components == 1


def test_rows_are_standardised():
    weights = spatial_weights(grid(3, 4), "queen")
    sums = np.asarray(weights.w.sparse.sum(axis=1)).ravel()
    np.testing.assert_allclose(sums, 1.0)


@pytest.mark.parametrize("scope", ["smk", "malopolska"])
def test_queen_equals_libpysal_queen_on_real_gminas(dataset, scope):
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    gminas = dataset.store.gminas_metric.loc[codes]
    ours = spatial_weights(gminas, "queen")
    theirs = Queen.from_dataframe(gminas, use_index=False, silence_warnings=True)
    assert list(ours.codes) == list(codes)
    assert (ours.w.sparse > 0).astype(int).sum() == theirs.sparse.sum()
    assert ((ours.w.sparse > 0) != (theirs.sparse > 0)).nnz == 0


def test_knn_gives_the_k_nearest_by_distance():
    gminas = grid(4, 4)
    weights = spatial_weights(gminas, "knn", k=4)
    centres = gminas.geometry.centroid
    for code in gminas.index:
        found = neighbours(weights, code)
        assert len(found) == 4
        distances = centres.distance(centres[code]).drop(code)
        fourth = distances.sort_values().iloc[3]
        assert all(distances[other] <= fourth for other in found)
        assert all(distances[other] >= distances[list(found)].min() for other in found)


@pytest.mark.parametrize(("km", "count"), [(1.0, 4), (1.5, 8), (2.0, 12)])
def test_distance_band_counts_points_within_the_radius(km, count):
    weights = spatial_weights(grid(5, 5), "distance", km=km)
    assert len(neighbours(weights, "g22")) == count
    assert ("g11" in neighbours(weights, "g22")) == (math.hypot(1, 1) <= km)


def test_islands_are_reported_and_left_out():
    far = [("far", box(50 * KM, 50 * KM, 51 * KM, 51 * KM))]
    weights = spatial_weights(grid(2, 2, far), "distance", km=5.0)
    assert list(weights.islands) == ["far"]
    assert "far" not in weights.codes
    assert weights.w.n == 4
    queen = spatial_weights(grid(2, 2, far), "queen")
    assert list(queen.islands) == ["far"]


def test_groups_not_linked_to_each_other_are_counted():
    apart = [("p0", box(20 * KM, 0, 21 * KM, KM)), ("p1", box(21 * KM, 0, 22 * KM, KM))]
    weights = spatial_weights(grid(2, 2, apart), "queen")
    assert weights.islands.empty
    assert weights.components == 2


@pytest.mark.parametrize(
    ("kind", "settings"),
    [
        ("rook", {}),
        ("knn", {"k": 0}),
        ("knn", {"k": 9}),
        ("knn", {"k": float("nan")}),
        ("distance", {"km": 0.0}),
        ("distance", {"km": -3.0}),
        ("distance", {"km": float("nan")}),
        ("distance", {"km": 10_000.0}),
    ],
)
def test_bad_settings_raise(kind, settings):
    with pytest.raises(SpatialStatsError):
        spatial_weights(grid(3, 3), kind, **settings)


def test_one_gmina_is_too_few():
    with pytest.raises(SpatialStatsError):
        spatial_weights(grid(1, 1), "queen")


@pytest.mark.parametrize("kind", sorted(WEIGHTS))
def test_degrees_are_refused(kind):
    with pytest.raises(WrongCrsError):
        spatial_weights(grid(3, 3).to_crs("EPSG:4326"), kind)
