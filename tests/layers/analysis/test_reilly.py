"""Reilly's law: breaking points between towns and the areas they divide."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import geopandas as gpd
from shapely.geometry import Point

from layers.analysis.crs import METRIC_CRS
from layers.analysis.reilly import breaking_point_km, breaking_points, reilly_areas
from layers.errors import GravityError


def points(coordinates: dict[str, tuple[float, float]]) -> gpd.GeoSeries:
    """Points in EPSG:2180 from ``{id: (x, y)}`` in metres."""
    return gpd.GeoSeries(
        [Point(xy) for xy in coordinates.values()], index=list(coordinates), crs=METRIC_CRS
    )


@pytest.fixture
def two_towns() -> tuple[gpd.GeoSeries, pd.Series]:
    """Town A (population 4) at x = 0 and town B (population 1) 75 km east."""
    return points({"A": (0, 0), "B": (75_000, 0)}), pd.Series({"A": 400_000.0, "B": 100_000.0})


# --- breaking point -----------------------------------------------------------------


def test_breaking_point_is_25_km_from_the_smaller_town_at_75_km_and_ratio_4():
    assert breaking_point_km(75.0, 4.0, 1.0) == pytest.approx(25.0)
    assert breaking_point_km(75.0, 400_000, 100_000) == pytest.approx(25.0)
    assert isinstance(breaking_point_km(75.0, 4.0, 1.0), float)


def test_breaking_point_lies_midway_between_equal_towns():
    assert breaking_point_km(40.0, 7_000, 7_000) == pytest.approx(20.0)


def test_breaking_point_is_vectorised():
    result = breaking_point_km(np.array([75.0, 40.0, 90.0]), np.array([4.0, 1.0, 1.0]), 1.0)
    np.testing.assert_allclose(result, [25.0, 20.0, 45.0])


@pytest.mark.parametrize(("p_a", "p_b"), [(0, 1), (1, -5), (np.nan, 1), (1, np.array([1, 0]))])
def test_breaking_point_rejects_non_positive_populations(p_a, p_b):
    with pytest.raises(GravityError) as error:
        breaking_point_km(10.0, p_a, p_b)
    assert error.value.code == "gravity"


def test_breaking_points_of_two_towns_measure_from_the_smaller(two_towns):
    centres, population = two_towns
    result = breaking_points(centres[["B", "A"]], population)

    assert result[["a", "b"]].values.tolist() == [["A", "B"]]
    assert result.loc[0, "distance_km"] == pytest.approx(75.0)
    assert result.loc[0, "from_b_km"] == pytest.approx(25.0)
    assert result.geometry[0].equals_exact(Point(50_000, 0), 1e-6)
    assert result.crs == METRIC_CRS


def test_breaking_points_default_to_delaunay_neighbours():
    centres = points({"A": (0, 0), "B": (10_000, 0), "C": (0, 10_000), "D": (30_000, 0)})
    population = pd.Series({"A": 1.0, "B": 1.0, "C": 1.0, "D": 9.0})
    result = breaking_points(centres, population)

    pairs = set(map(tuple, result[["a", "b"]].values.tolist()))
    assert pairs == {("A", "B"), ("A", "C"), ("B", "C"), ("D", "B"), ("D", "C")}
    row = result[(result["a"] == "D") & (result["b"] == "B")].iloc[0]
    assert row["from_b_km"] == pytest.approx(20.0 / 4.0)
    assert row.geometry.equals_exact(Point(15_000, 0), 1e-6)


def test_breaking_points_of_collinear_towns_join_consecutive_ones():
    centres = points({"A": (0, 0), "B": (10_000, 0), "C": (20_000, 0)})
    result = breaking_points(centres, pd.Series({"A": 3.0, "B": 2.0, "C": 1.0}))
    assert result[["a", "b"]].values.tolist() == [["A", "B"], ["B", "C"]]


def test_breaking_points_of_given_pairs_keep_their_order_and_the_same_point(two_towns):
    centres, population = two_towns
    result = breaking_points(centres, population, pairs=[("B", "A")])
    assert result[["a", "b"]].values.tolist() == [["B", "A"]]
    assert result.loc[0, "from_b_km"] == pytest.approx(50.0)
    assert result.geometry[0].equals_exact(Point(50_000, 0), 1e-6)


@pytest.mark.parametrize(
    ("keep", "pairs"), [(["A"], None), (["A", "B"], [("A", "X")]), (["A", "B", "C"], None)]
)
def test_breaking_points_reject_bad_centres(keep, pairs):
    centres = points({"A": (0, 0), "B": (5_000, 0), "C": (9_000, 0)})
    population = pd.Series({"A": 2.0, "B": 1.0})
    with pytest.raises(GravityError):
        breaking_points(centres[keep], population, pairs=pairs)


# --- Reilly areas -------------------------------------------------------------------


def test_reilly_boundary_passes_through_the_breaking_point(two_towns, check_series):
    centres, population = two_towns
    xs = [x * 1000 for x in range(76) if x != 50]
    line = points({f"p{x}": (x, 0) for x in xs})
    result = reilly_areas(line, centres, population)

    expected = {f"p{x}": ("B" if 75_000 - x < 25_000 else "A") for x in xs}
    check_series(result, line.index, "centre")
    assert result.to_dict() == expected


def test_reilly_boundary_is_the_apollonius_circle_off_the_line(two_towns):
    centres, population = two_towns
    # Points equidistant-by-weight satisfy |PA| = 2 |PB|: the circle centred at
    # x = 100 km with radius 50 km; just inside it goes to B, just outside to A.
    probe = points({"in": (100_000, 49_000), "out": (100_000, 51_000)})
    assert reilly_areas(probe, centres, population).to_dict() == {"in": "B", "out": "A"}
