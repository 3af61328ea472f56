"""Catchment maps on the real data: KOM 2003 and the six default centres, every model."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from layers.analysis.catchment import (
    MODELS,
    PROBABILITY_BANDS,
    Catchment,
    CatchmentRequest,
    attractiveness_of,
    catchment,
)
from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS
from layers.analysis.gravity import centroids, distance_matrix_km, huff_probabilities
from layers.analysis.scopes import scope_codes
from layers.analysis.values import ValueTable
from layers.errors import GravityError

KRAKOW, WIELICZKA, BOCHNIA = "1261011", "1219053", "1201011"
CENTRES = {
    KRAKOW: "Kraków",
    WIELICZKA: "Wieliczka",
    "1219043": "Niepołomice",
    "1206113": "Skawina",
    "1209033": "Myślenice",
    BOCHNIA: "Bochnia",
}
KOM2003_GMINAS = 51
LATEST_POPULATION_YEAR = 2024


def request(model: str = "huff", **changes: object) -> CatchmentRequest:
    chosen = {"scope": "kom2003", "centres": tuple(CENTRES), "centre": KRAKOW, **changes}
    return CatchmentRequest(model=model, **chosen)


@pytest.fixture(scope="module")
def kom2003(dataset) -> pd.Index:
    return scope_codes("kom2003", dataset.codes, dataset.areas)


@pytest.fixture(scope="module")
def results(dataset) -> dict[str, Catchment]:
    return {model: catchment(dataset, request(model)) for model in MODELS}


def with_population(dataset, edit) -> object:
    """Return the dataset with its population table changed by ``edit(frame)`` (a copy)."""
    tables = dict(dataset.values.by_indicator)
    tables["population"] = tables["population"].copy()
    edit(tables["population"])
    return dataclasses.replace(dataset, values=ValueTable(by_indicator=tables))


# --- every model ---------------------------------------------------------------------------


@pytest.mark.parametrize("model", MODELS)
def test_codes_cover_the_scope_and_point_to_a_label(results, kom2003, model):
    result = results[model]

    assert len(result.codes) == KOM2003_GMINAS
    assert set(result.codes.index) == set(kom2003)
    assert result.codes.index.is_unique
    assert pd.api.types.is_integer_dtype(result.codes)
    assert result.codes.between(-1, len(result.labels) - 1).all()
    assert (result.codes >= 0).any()


@pytest.mark.parametrize("model", ["huff", "reilly", "flows"])
def test_regions_are_labelled_by_centre_in_the_chosen_order(results, model):
    result = results[model]

    assert result.labels == list(CENTRES.values())
    assert list(result.summary.index) == list(CENTRES)
    assert result.summary["gminas"].sum() == KOM2003_GMINAS
    counts = result.codes.value_counts()
    assert [int(counts.get(i, 0)) for i in range(len(CENTRES))] == list(result.summary["gminas"])


@pytest.mark.parametrize("model", ["huff", "reilly"])
def test_each_centre_lies_in_its_own_region(results, model):
    codes = results[model].codes

    assert [codes[centre] for centre in CENTRES] == list(range(len(CENTRES)))


@pytest.mark.parametrize("model", ["huff", "reilly"])
def test_the_summary_adds_up_the_scopes_population(dataset, results, kom2003, model):
    population = dataset.values.by_indicator["population"][LATEST_POPULATION_YEAR]

    summary = results[model].summary

    assert summary["population"].sum() == pytest.approx(population.reindex(kom2003).sum())
    assert summary.loc[KRAKOW, "population"] >= population[KRAKOW]
    assert summary["population"].idxmax() == KRAKOW


def test_huff_gives_krakow_most_of_kom2003(results):
    codes = results["huff"].codes

    assert (codes == 0).sum() > KOM2003_GMINAS / 2


def test_each_centre_lies_in_its_own_region_of_flows(results):
    codes = results["flows"].codes

    assert [codes[centre] for centre in CENTRES] == list(range(len(CENTRES)))


# --- Huff probability ----------------------------------------------------------------------


def test_probability_bands_are_labelled_in_percent_then_the_centres(results, dataset):
    names = dataset.store.gminas["name"]
    assert results["huff_probability"].labels == [
        "0–20 %",
        "20–40 %",
        "40–60 %",
        "60–80 %",
        "80–100 %",
        *names[list(CENTRES)],
    ]
    assert results["huff_probability"].centres == len(CENTRES)


@pytest.mark.parametrize("centre", [KRAKOW, WIELICZKA])
def test_probability_bands_hold_the_chosen_centres_huff_probability(dataset, kom2003, centre):
    result = catchment(dataset, request("huff_probability", centre=centre))
    points = centroids(dataset.store.gminas_metric)
    weights = attractiveness_of(dataset, "population", list(CENTRES))
    probability = huff_probabilities(
        distance_matrix_km(points.loc[kom2003], points.loc[list(CENTRES)]), weights
    )[centre]

    bounds = np.array((0.0, *PROBABILITY_BANDS))
    others = kom2003.difference(list(CENTRES))
    band, p = result.codes.reindex(others).to_numpy(), probability[others].to_numpy()
    assert (band >= 0).all() and (band < len(PROBABILITY_BANDS)).all()
    assert (p <= bounds[band + 1]).all()
    assert ((p > bounds[band]) | (band == 0)).all()
    # A centre's gmina is at distance 0 (probability 1 for itself, 0 for the others): no band
    # says anything there, so the chosen centre and then the others are classes of their own
    first = len(PROBABILITY_BANDS)
    assert result.codes[centre] == first
    others_shown = [other for other in CENTRES if other != centre]
    assert [result.codes[o] for o in others_shown] == list(range(first + 1, first + len(CENTRES)))


def test_probability_map_of_a_centre_not_chosen_shows_the_first_centre(dataset):
    shown = catchment(dataset, request("huff_probability", centre="1206012"))

    first = catchment(dataset, request("huff_probability", centre=KRAKOW))

    pd.testing.assert_series_equal(shown.codes, first.codes)


def test_higher_distance_decay_shrinks_krakows_pull_on_far_gminas(dataset):
    gentle = catchment(dataset, request("huff_probability", beta=1.0)).codes
    steep = catchment(dataset, request("huff_probability", beta=3.0)).codes

    assert steep[KRAKOW] == gentle[KRAKOW] == len(PROBABILITY_BANDS)  # the chosen centre
    banded = steep.index.difference(list(CENTRES))
    assert steep[banded].sum() < gentle[banded].sum()


# --- Reilly --------------------------------------------------------------------------------


def test_reilly_gives_breaking_points_between_pairs_of_centres(results):
    points = results["reilly"].points

    assert points is not None and points.crs == DISPLAY_CRS
    pairs = list(zip(points["a"], points["b"], strict=True))
    assert all(a in CENTRES and b in CENTRES and a != b for a, b in pairs)
    assert len({frozenset(pair) for pair in pairs}) == len(pairs)
    # Delaunay neighbours of six points: at least a spanning tree, at most 3n - 6 edges.
    assert len(CENTRES) - 1 <= len(pairs) <= 3 * len(CENTRES) - 6
    assert {a for a, _ in pairs} | {b for _, b in pairs} == set(CENTRES)
    assert {KRAKOW, WIELICZKA} in [set(pair) for pair in pairs]


def test_each_breaking_point_lies_on_its_segment_nearer_the_smaller_centre(dataset, results):
    points = results["reilly"].points.to_crs(METRIC_CRS)
    centres = centroids(dataset.store.gminas_metric).loc[list(CENTRES)]
    sizes = attractiveness_of(dataset, "population", list(CENTRES))

    for row in points.itertuples():
        to_a = row.geometry.distance(centres[row.a]) / 1000
        to_b = row.geometry.distance(centres[row.b]) / 1000
        assert to_b == pytest.approx(row.from_b_km, abs=0.01)
        assert to_a + to_b == pytest.approx(row.distance_km, abs=0.01)
        assert sizes[row.a] >= sizes[row.b]
        assert row.from_b_km <= row.distance_km / 2


def test_krakow_wieliczka_breaking_point_follows_converse(results, dataset):
    points = results["reilly"].points.set_index(["a", "b"])
    sizes = attractiveness_of(dataset, "population", list(CENTRES))

    row = points.loc[(KRAKOW, WIELICZKA)]

    ratio = np.sqrt(sizes[KRAKOW] / sizes[WIELICZKA])
    assert row["from_b_km"] == pytest.approx(row["distance_km"] / (1 + ratio))


@pytest.mark.parametrize("model", ["huff", "huff_probability", "flows", "nystuen_dacey"])
def test_only_reilly_has_breaking_points(results, model):
    assert results[model].points is None


# --- flows and Nystuen–Dacey ---------------------------------------------------------------


def test_nystuen_dacey_regions_are_led_by_krakow(results):
    result = results["nystuen_dacey"]

    assert result.labels[0] == "Kraków"
    assert 1 <= len(result.labels) <= 12
    assert result.codes[KRAKOW] == 0
    assert list(result.summary["gminas"]) == sorted(result.summary["gminas"], reverse=True)


def test_nystuen_dacey_ignores_the_centres(dataset, results):
    alone = catchment(dataset, request("nystuen_dacey", centres=(BOCHNIA,)))

    pd.testing.assert_series_equal(alone.codes, results["nystuen_dacey"].codes)


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize("model", ["huff", "huff_probability", "reilly", "flows"])
@pytest.mark.parametrize("centres", [(), (KRAKOW,)], ids=["none", "one"])
def test_fewer_than_two_centres_raise(dataset, model, centres):
    with pytest.raises(GravityError):
        catchment(dataset, request(model, centres=centres))


def test_an_unknown_model_raises(dataset):
    with pytest.raises(GravityError, match="unknown model"):
        catchment(dataset, request("voronoi"))


# --- attractiveness ------------------------------------------------------------------------


def test_attractiveness_is_the_latest_population(dataset):
    weights = attractiveness_of(dataset, "population", list(CENTRES))

    expected = dataset.values.by_indicator["population"][LATEST_POPULATION_YEAR]
    assert list(weights.index) == list(CENTRES)
    assert weights.to_dict() == expected.reindex(list(CENTRES)).to_dict()
    assert weights[KRAKOW] == 809_168


@pytest.mark.parametrize("missing", [np.nan, 0.0], ids=["no value", "zero"])
def test_attractiveness_skips_a_year_a_centre_lacks(dataset, missing):
    def drop_bochnia(frame: pd.DataFrame) -> None:
        frame.loc[BOCHNIA, LATEST_POPULATION_YEAR] = missing

    edited = with_population(dataset, drop_bochnia)

    weights = attractiveness_of(edited, "population", list(CENTRES))

    expected = dataset.values.by_indicator["population"][LATEST_POPULATION_YEAR - 1]
    assert weights.to_dict() == expected.reindex(list(CENTRES)).to_dict()
    assert dataset.values.by_indicator["population"].loc[BOCHNIA, LATEST_POPULATION_YEAR] > 0


def test_attractiveness_without_any_complete_year_raises(dataset):
    def drop_bochnia(frame: pd.DataFrame) -> None:
        frame.loc[BOCHNIA] = np.nan

    edited = with_population(dataset, drop_bochnia)

    with pytest.raises(GravityError):
        attractiveness_of(edited, "population", list(CENTRES))
    with pytest.raises(GravityError):
        catchment(edited, request("huff"))
    assert attractiveness_of(edited, "population", [KRAKOW, WIELICZKA]).notna().all()


def test_attractiveness_uses_the_latest_year_of_another_indicator(dataset):
    indicator = dataset.catalog["own_revenue_per_capita"]

    weights = attractiveness_of(dataset, "own_revenue_per_capita", list(CENTRES))

    frame = dataset.values.frame(indicator).reindex(list(CENTRES))
    complete = [year for year in indicator.years if (frame[year] > 0).all()]
    assert weights.to_dict() == frame[max(complete)].to_dict()
