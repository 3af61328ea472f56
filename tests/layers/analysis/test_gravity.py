"""Gravity models: Huff probabilities, dominant centres, distances (Reilly: ``test_reilly.py``)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import geopandas as gpd
from shapely.geometry import box

from layers.analysis.crs import METRIC_CRS
from layers.analysis.gravity import (
    centroids,
    distance_matrix_km,
    dominant_centre,
    huff_probabilities,
)
from layers.errors import GravityError, WrongCrsError

DEFAULT_CENTRES = {
    "1261011": "Kraków",
    "1219053": "Wieliczka",
    "1219043": "Niepołomice",
    "1206113": "Skawina",
    "1209033": "Myślenice",
    "1201011": "Bochnia",
}


@pytest.fixture(scope="module")
def population(dataset) -> pd.Series:
    return dataset.values.by_indicator["population"][2023].reindex(dataset.codes)


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
