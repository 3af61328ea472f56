"""Gravity models: breaking points, Reilly areas, Huff probabilities, distances."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import geopandas as gpd
from shapely.geometry import Point, box

from layers.analysis.crs import METRIC_CRS
from layers.analysis.gravity import (
    centroids,
    distance_matrix_km,
    dominant_centre,
    huff_probabilities,
)
from layers.analysis.reilly import breaking_point_km, breaking_points, reilly_areas
from layers.errors import GravityError, WrongCrsError

DEFAULT_CENTRES = {
    "1261011": "Kraków",
    "1219053": "Wieliczka",
    "1219043": "Niepołomice",
    "1206113": "Skawina",
    "1209033": "Myślenice",
    "1201011": "Bochnia",
}


def points(coordinates: dict[str, tuple[float, float]]) -> gpd.GeoSeries:
    """Points in EPSG:2180 from ``{id: (x, y)}`` in metres."""
    return gpd.GeoSeries(
        [Point(xy) for xy in coordinates.values()], index=list(coordinates), crs=METRIC_CRS
    )


@pytest.fixture
def two_towns() -> tuple[gpd.GeoSeries, pd.Series]:
    """Town A (population 4) at x = 0 and town B (population 1) 75 km east."""
    return points({"A": (0, 0), "B": (75_000, 0)}), pd.Series({"A": 400_000.0, "B": 100_000.0})


@pytest.fixture(scope="module")
def population(dataset) -> pd.Series:
    return dataset.values.by_indicator["population"][2023].reindex(dataset.codes)


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


# --- Huff ---------------------------------------------------------------------------


def test_huff_hand_computed_two_by_two():
    distances = pd.DataFrame([[1.0, 2.0], [3.0, 1.0]], index=["o1", "o2"], columns=["X", "Y"])
    result = huff_probabilities(distances, pd.Series({"Y": 2.0, "X": 1.0}), alpha=1.0, beta=2.0)

    expected = pd.DataFrame(
        [[2 / 3, 1 / 3], [1 / 19, 18 / 19]], index=["o1", "o2"], columns=["X", "Y"]
    )
    pd.testing.assert_frame_equal(result, expected, rtol=1e-12)


def test_huff_gives_half_to_equal_centres_at_equal_distance():
    distances = pd.DataFrame([[5.0, 5.0]], index=["o"], columns=["X", "Y"])
    result = huff_probabilities(distances, pd.Series({"X": 3.0, "Y": 3.0}))
    assert result.loc["o"].tolist() == pytest.approx([0.5, 0.5])


def test_huff_gives_a_centre_its_own_gmina():
    distances = pd.DataFrame([[0.0, 4.0], [2.0, 0.0]], index=["X", "Y"], columns=["X", "Y"])
    result = huff_probabilities(distances, pd.Series({"X": 1.0, "Y": 100.0}))
    assert result.values.tolist() == [[1.0, 0.0], [0.0, 1.0]]


def test_huff_larger_decay_favours_the_nearer_centre():
    distances = pd.DataFrame([[1.0, 3.0]], index=["o"], columns=["near", "far"])
    attractiveness = pd.Series({"near": 1.0, "far": 20.0})
    near = [
        huff_probabilities(distances, attractiveness, beta=b).loc["o", "near"]
        for b in (0.5, 1, 2, 3)
    ]
    assert near == sorted(near)
    assert near[0] < 0.5 < near[-1]


@pytest.mark.parametrize("alpha", [0.5, 1.0, 2.0])
@pytest.mark.parametrize("beta", [0.0, 1.0, 2.0])
def test_huff_is_invariant_to_scaling_attractiveness(alpha, beta):
    distances = pd.DataFrame([[1.0, 2.0, 4.0], [7.0, 0.5, 3.0]], columns=["X", "Y", "Z"])
    attractiveness = pd.Series({"X": 10.0, "Y": 3.0, "Z": 40.0})
    base = huff_probabilities(distances, attractiveness, alpha=alpha, beta=beta)
    scaled = huff_probabilities(distances, attractiveness * 7.3, alpha=alpha, beta=beta)
    pd.testing.assert_frame_equal(base, scaled, rtol=1e-12)
    np.testing.assert_allclose(base.sum(axis=1), 1.0)


@pytest.mark.parametrize("invalid", [0.0, -3.0, np.nan])
def test_huff_gives_nothing_to_centres_without_attractiveness(invalid):
    distances = pd.DataFrame([[1.0, 2.0, 0.0]], index=["o"], columns=["X", "Y", "Z"])
    result = huff_probabilities(distances, pd.Series({"X": 1.0, "Y": 4.0, "Z": invalid}))
    assert result.loc["o"].tolist() == pytest.approx([0.5, 0.5, 0.0])


def test_huff_rejects_bad_input():
    distances = pd.DataFrame([[1.0, 2.0]], columns=["X", "Y"])
    with pytest.raises(GravityError):
        huff_probabilities(distances, pd.Series({"X": 0.0, "Y": np.nan}))
    with pytest.raises(GravityError):
        huff_probabilities(distances, pd.Series({"Z": 5.0}))
    with pytest.raises(GravityError):
        huff_probabilities(distances, pd.Series({"X": 1.0}), beta=-1.0)
    with pytest.raises(GravityError):
        huff_probabilities(-distances, pd.Series({"X": 1.0}))


def test_huff_does_not_mutate_its_inputs():
    distances = pd.DataFrame([[0.0, 2.0]], columns=["X", "Y"])
    attractiveness = pd.Series({"X": np.nan, "Y": 2.0})
    before = distances.copy(), attractiveness.copy()
    huff_probabilities(distances, attractiveness)
    pd.testing.assert_frame_equal(distances, before[0])
    pd.testing.assert_series_equal(attractiveness, before[1])


def test_default_centres_are_the_named_gminas(dataset):
    names = dataset.store.gminas.loc[list(DEFAULT_CENTRES), "name"]
    assert names.to_dict() == DEFAULT_CENTRES


def test_huff_on_every_gmina_sums_to_one_and_centres_keep_their_own(dataset, population):
    gminas = centroids(dataset.store.gminas_metric)
    centres = gminas[list(DEFAULT_CENTRES)]
    result = huff_probabilities(distance_matrix_km(gminas, centres), population)

    assert result.shape == (2477, 6)
    assert result.index.equals(dataset.store.gminas_metric.index)
    np.testing.assert_allclose(result.sum(axis=1), 1.0, rtol=1e-12)
    for code in DEFAULT_CENTRES:
        assert result.loc[code, code] == 1.0
    assert dominant_centre(result)["1206092"] == "1261011"  # Mogilany, next to Kraków


# --- dominant centre ----------------------------------------------------------------


def test_dominant_centre_and_share(check_series):
    probabilities = pd.DataFrame(
        [[0.2, 0.8], [0.5, 0.5], [np.nan, np.nan]], index=["a", "b", "c"], columns=["X", "Y"]
    )
    centre = dominant_centre(probabilities)
    assert centre.name == "centre"
    assert centre.iloc[:2].tolist() == ["Y", "X"]
    assert pd.isna(centre["c"])


# --- distances and points -----------------------------------------------------------


def test_distance_matrix_between_square_centroids(squares):
    centres = centroids(squares)
    result = distance_matrix_km(centres, centres.iloc[[2, 0]])

    assert result.index.equals(squares.index)
    assert result.columns.tolist() == ["9902033", "9901011"]
    np.testing.assert_allclose(result.to_numpy(), [[2.0, 0.0], [1.0, 1.0], [0.0, 2.0]])


def test_distances_refuse_geographic_coordinates(squares):
    geographic = centroids(squares).to_crs("EPSG:4326")
    with pytest.raises(WrongCrsError):
        distance_matrix_km(geographic, centroids(squares))
    with pytest.raises(WrongCrsError):
        centroids(squares.to_crs("EPSG:4326"))


def test_distances_need_points(squares):
    with pytest.raises(GravityError):
        distance_matrix_km(squares.geometry, centroids(squares))


def test_centroids_of_squares_are_their_centres(squares):
    result = centroids(squares)
    assert result.name == "centroid"
    assert result.index.equals(squares.index)
    assert [(p.x, p.y) for p in result] == [(500, 500), (1500, 500), (2500, 500)]


def test_centroid_outside_a_c_shaped_gmina_is_moved_inside():
    c_shape = box(0, 0, 3000, 3000).difference(box(1000, 1000, 3000, 2000))
    gminas = gpd.GeoDataFrame(geometry=[c_shape], index=["C"], crs=METRIC_CRS)
    assert not c_shape.contains(c_shape.centroid)

    point = centroids(gminas)["C"]
    assert c_shape.contains(point)
