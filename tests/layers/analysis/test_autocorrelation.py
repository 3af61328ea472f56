"""Moran's I, LISA and Gi*: PySAL's documented examples, a hand-made grid, real gminas."""

from __future__ import annotations

import itertools
import warnings

import esda
import libpysal
import numpy as np
import pandas as pd
import pytest
from libpysal.weights import DistanceBand

from shapely.geometry import box

from layers.analysis.autocorrelation import (
    PERMUTATIONS,
    global_moran,
    local_getis_ord,
    local_moran,
    spatial_autocorrelation,
)
from layers.analysis.scopes import scope_codes
from layers.errors import SpatialStatsError
from tests.layers.analysis.test_weights import grid, named

# A 4 × 4 grid: high values bottom left, low top right, one odd cell.
GRID_VALUES = [9, 8, 7, 3, 8, 9, 4, 2, 6, 5, 2, 1, 4, 1, 0.5, 2]


def pysal_example(data: str, column: str, gal: str) -> tuple[np.ndarray, libpysal.weights.W]:
    """Return a variable and the weights of an example shipped inside libpysal's wheel."""
    table = libpysal.io.open(libpysal.examples.get_path(data))
    links = libpysal.io.open(libpysal.examples.get_path(gal))
    try:
        values = np.array(table.by_col(column))
        w = links.read()
    finally:
        table.close()
        links.close()
    w.transform = "r"
    return values, w


def test_global_moran_reproduces_pysal_st_louis_homicides():
    # esda's Moran docstring and test-suite: I = 0.24365582621771659, E[I] = -1/77,
    # two-sided p_norm = 0.00027147862770937614
    values, w = pysal_example("stl_hom.txt", "HR8893", "stl.gal")
    moran = global_moran(values, w)
    assert moran.statistic == pytest.approx(0.24365582621771659, rel=1e-9)
    assert moran.expected == pytest.approx(-0.012987012987012988)
    assert moran.p_norm == pytest.approx(0.00027147862770937614, rel=1e-6)
    assert moran.p_sim == pytest.approx(1 / (PERMUTATIONS + 1))


def test_global_moran_reproduces_pysal_sids():
    values, w = pysal_example("sids2.dbf", "SIDR74", "sids2.gal")
    moran = global_moran(values, w)
    assert moran.statistic == pytest.approx(0.24772519320480135, rel=1e-9)
    assert moran.p_norm == pytest.approx(0.0001158330781489969, rel=1e-6)


def test_local_moran_reproduces_pysal_desmith_quadrants():
    # esda's Moran_Local docstring: q = [4, 4, 4, 2, 3, 3, 1, 4, 3, 3]
    values, w = pysal_example("desmith.txt", "z", "desmith.gal")
    local = local_moran(values, w)
    names = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
    assert list(local["quadrant"]) == [names[q] for q in (4, 4, 4, 2, 3, 3, 1, 4, 3, 3)]


def test_getis_ord_reproduces_pysal_star_binary():
    # esda's test-suite, TestGLocal.test_star_binary: Zs[0] = -1.39727626
    points = np.array([(10, 10), (20, 10), (40, 10), (15, 20), (30, 20), (30, 30)])
    values = np.array([2, 3, 3.2, 5, 8, 7])
    gi = local_getis_ord(values, DistanceBand(points, threshold=15))
    assert gi["gi_z"].iloc[0] == pytest.approx(-1.39727626, rel=1e-7)


def grid_view() -> tuple[pd.Series, object]:
    gminas = grid(4, 4)
    values = pd.Series(GRID_VALUES, index=gminas.index, dtype=float, name="v")
    return values, gminas


def test_grid_statistics_equal_the_formulas_computed_here():
    values, gminas = grid_view()
    result = spatial_autocorrelation(values, gminas)
    # queen neighbours from the geometry itself: squares that touch
    touching = {
        a: {b for b in gminas.index if b != a and gminas.geometry[a].touches(gminas.geometry[b])}
        for a in gminas.index
    }
    assert named(result.weights) == touching
    y = values.to_numpy()
    z = y - y.mean()
    position = {code: i for i, code in enumerate(gminas.index)}
    cross = sum(
        z[position[a]] * z[position[b]] / len(touching[a]) for a in touching for b in touching[a]
    )
    n = len(y)
    assert result.moran.statistic == pytest.approx(n / n * cross / (z @ z), rel=1e-12)
    assert result.moran.expected == pytest.approx(-1 / (n - 1))
    standard = z / y.std()
    for code, row in result.local.iterrows():
        lag = np.mean([standard[position[b]] for b in touching[code]])
        i = position[code]
        assert row["lag"] == pytest.approx(lag, rel=1e-12)
        assert row["local_i"] == pytest.approx((n - 1) * standard[i] * lag / (standard @ standard))


def test_grid_permutation_p_is_the_exact_share_within_monte_carlo_error():
    # conditional randomisation of the corner g33: 3 neighbours drawn from the other 15
    values, gminas = grid_view()
    local = spatial_autocorrelation(values, gminas).local
    y = values.to_numpy()
    z = (y - y.mean()) / y.std()
    corner = 15
    others = np.delete(z, corner)
    observed = local.loc["g33", "local_i"]
    null = np.array(
        [(15 * z[corner] * np.mean(pick) / (z @ z)) for pick in itertools.combinations(others, 3)]
    )
    share = (null >= observed).mean()
    exact = (min(share, 1 - share) * PERMUTATIONS + 1) / (PERMUTATIONS + 1)
    error = 4 * np.sqrt(exact * (1 - exact) / PERMUTATIONS)
    assert local.loc["g33", "p_sim"] == pytest.approx(exact, abs=error)


def test_moran_scatter_slope_is_global_i():
    values, gminas = grid_view()
    result = spatial_autocorrelation(values, gminas)
    slope = np.polyfit(result.local["z"], result.local["lag"], 1)[0]
    assert slope == pytest.approx(result.moran.statistic, rel=1e-9)


def test_clustered_pattern_is_positive_checkerboard_negative():
    gminas = grid(6, 6)
    halves = pd.Series(
        [10.0 if c.endswith(("0", "1", "2")) else 1.0 for c in gminas.index], index=gminas.index
    )
    halves += np.linspace(0, 0.5, len(halves))
    checker = pd.Series(
        [float((int(c[1]) + int(c[2])) % 2) + i / 100 for i, c in enumerate(gminas.index)],
        index=gminas.index,
    )
    clustered = spatial_autocorrelation(halves, gminas, weights="distance", km=1.0)
    alternating = spatial_autocorrelation(checker, gminas, weights="distance", km=1.0)
    assert clustered.moran.statistic > 0.5
    assert clustered.moran.p_sim == pytest.approx(1 / (PERMUTATIONS + 1))
    assert alternating.moran.statistic < -0.5
    assert set(clustered.local["cluster"]) <= {"HH", "LL", "ns"}
    assert (clustered.local["cluster"] != "ns").sum() >= 12


def test_results_follow_the_input_index_whatever_its_order():
    values, gminas = grid_view()
    shuffled = values.sample(frac=1.0, random_state=4)
    first = spatial_autocorrelation(values, gminas)
    second = spatial_autocorrelation(shuffled, gminas)
    assert list(second.local.index) == list(shuffled.index)
    assert second.moran.statistic == pytest.approx(first.moran.statistic)
    pd.testing.assert_series_equal(
        second.local["local_i"].sort_index(), first.local["local_i"].sort_index()
    )


def test_the_same_view_gives_the_same_p_values():
    values, gminas = grid_view()
    first = spatial_autocorrelation(values, gminas, getis_ord=True)
    again = spatial_autocorrelation(values, gminas, getis_ord=True)
    pd.testing.assert_frame_equal(first.local, again.local)
    assert first.moran == again.moran


def test_gaps_and_islands_are_marked_not_filled():
    values, gminas = grid_view()
    values = values.copy()
    values["g12"] = np.nan
    result = spatial_autocorrelation(values, gminas, weights="distance", km=1.0, getis_ord=True)
    assert result.local.loc["g12", "cluster"] == "nodata"
    assert np.isnan(result.local.loc["g12", "local_i"])
    assert list(result.missing) == ["g12"]
    far = grid(4, 4, [("far", box(90e3, 0, 91e3, 1e3))])
    with_far = pd.concat([values, pd.Series({"far": 3.0})])
    islanded = spatial_autocorrelation(with_far, far, weights="distance", km=1.0, getis_ord=True)
    assert islanded.local.loc["far", "cluster"] == "island"
    assert islanded.local.loc["far", "hot_spot"] == "island"
    assert list(islanded.weights.islands) == ["far"]
    assert islanded.moran.n == 15


def test_getis_ord_hot_spots_sit_where_high_values_concentrate():
    values, gminas = grid_view()
    result = spatial_autocorrelation(values, gminas, getis_ord=True)
    local = result.local
    assert local.loc["g00", "gi_z"] > 0 > local.loc["g33", "gi_z"]
    assert set(local["hot_spot"]) <= {"hot", "cold", "ns"}
    assert all(local.loc[local["hot_spot"] == "hot", "gi_z"] > 0)


@pytest.mark.parametrize(
    "settings",
    [
        {"significance": 0.0},
        {"significance": 0.7},
        {"significance": float("nan")},
        {"permutations": 99},
        {"weights": "rook"},
    ],
)
def test_bad_settings_raise(settings):
    values, gminas = grid_view()
    with pytest.raises(SpatialStatsError):
        spatial_autocorrelation(values, gminas, **settings)


def test_constant_or_too_few_values_raise():
    values, gminas = grid_view()
    with pytest.raises(SpatialStatsError):
        spatial_autocorrelation(pd.Series(3.0, index=values.index), gminas)
    few = values.where(values.index.isin(["g00", "g01", "g10", "g11"]))
    with pytest.raises(SpatialStatsError):
        spatial_autocorrelation(few, gminas)


def test_p_values_agree_with_esdas_own_permutations(dataset):
    # esda's conditional randomisation (numba) against ours, same data, 999 draws each
    codes = scope_codes("malopolska", dataset.codes, dataset.areas)
    values = dataset.values.by_indicator["density"][2019].reindex(codes)
    result = spatial_autocorrelation(values, dataset.store.gminas_metric)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        theirs = esda.Moran_Local(
            values.to_numpy(), result.weights.w, permutations=999, seed=1, keep_simulations=False
        )
    ours = result.local["p_sim"].to_numpy()
    np.testing.assert_allclose(theirs.Is, result.local["local_i"], rtol=1e-12)
    assert np.abs(ours - theirs.p_sim).max() < 0.06
    agree = ((ours <= 0.05) == (theirs.p_sim <= 0.05)).mean()
    assert agree > 0.95
