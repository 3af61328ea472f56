"""The cluster section over HTTP: map, statistics, scatterplot, errors."""

from __future__ import annotations

import inspect
import json

import pytest

from callbacks import ids
from callbacks.spatial.clusters import CONTROLS, cluster_request
from layers.analysis.autocorrelation import CLUSTERS, spatial_autocorrelation
from layers.analysis.scopes import scope_codes
from layers.analysis.weights import spatial_weights
from server.i18n import text
from tests.support.dash_client import dispatch, prop_key
from tests.support.map_patch import applied, by_gmina, classes
from tests.support.spatial_posts import CLUSTER_OUTPUT, cluster_values, clusters

KRAKOW = "1261011"


def test_map_and_statistics_match_the_analysis(app, dataset):
    response = clusters(app)
    codes = scope_codes("malopolska", dataset.codes, dataset.areas)
    values = dataset.values.by_indicator["density"][2019].reindex(codes)
    expected = spatial_autocorrelation(values, dataset.store.gminas_metric)
    state = applied(response[ids.CLUSTER_STATE]["data"])
    assert state["geometry"].startswith("/geometry/malopolska/pl/")
    painted = classes(app, response[ids.CLUSTER_STATE]["data"])
    assert list(painted) == list(codes)
    # each gmina's class is its category's position in the legend order
    shown = [CLUSTERS[painted[code]] for code in codes]
    assert shown == list(expected.local["cluster"])
    colors = state["paint"]["colors"]
    assert [colors[CLUSTERS.index(c)] for c in ("HH", "LL")] == ["#d7191c", "#2c7bb6"]
    hover = by_gmina(app, state, state["paint"]["columns"][1])
    assert hover[KRAKOW] == text(f"cluster_{expected.local['cluster'][KRAKOW].lower()}", "pl")
    stats = json.dumps(response[ids.CLUSTER_STATS], ensure_ascii=False)
    assert f"{expected.moran.statistic:.3f}".replace(".", ",") in stats
    assert "gmin w analizie: 182" in stats
    scatter = response[ids.CLUSTER_SCATTER]["figure"]
    points = sum(len(trace["x"]) for trace in scatter["data"] if trace["mode"] == "markers")
    assert points == 182
    saved = response[ids.CLUSTER_MEMBERS]["data"]
    assert set(saved) <= {"HH", "LL", "HL", "LH"}
    assert sorted(saved["HH"]) == sorted(expected.local.index[expected.local["cluster"] == "HH"])


def test_an_answer_sends_colours_and_the_geometry_address_not_the_geometry(app):
    patch = clusters(app, **{f"{ids.CLUSTER_SIGNIFICANCE}.value": 0.01})[ids.CLUSTER_STATE]["data"]
    assert patch["__dash_patch_update"] == "__dash_patch_update"
    written = json.dumps(patch)
    assert "polygons" not in written and "coordinates" not in written
    assigned = {tuple(op["location"]) for op in patch["operations"]}
    assert {("geometry",), ("paint",)} <= assigned


def test_gi_star_mode_and_the_english_legend(app):
    response = clusters(
        app,
        **{f"{ids.CLUSTER_MODE}.value": "gi", f"{ids.LANG_STORE}.data": "en"},
    )
    legend = json.dumps(response[ids.CLUSTER_LEGEND], ensure_ascii=False)
    assert text("cluster_hot", "en") in legend
    assert text("cluster_cold", "en") in legend


def test_islands_and_gaps_are_reported(app, dataset):
    codes = scope_codes("malopolska", dataset.codes, dataset.areas)
    band = spatial_weights(dataset.store.gminas_metric.loc[codes], "distance", km=10)
    assert len(band.islands) > 0
    response = clusters(
        app,
        **{f"{ids.CLUSTER_WEIGHTS}.value": "distance", f"{ids.CLUSTER_KM}.value": 10},
    )
    stats = json.dumps(response[ids.CLUSTER_STATS], ensure_ascii=False)
    names = dataset.store.gminas["name"]
    assert all(names[code] in stats for code in band.islands)
    assert f"tworzą {band.components} niepołączone" in stats
    legend = json.dumps(response[ids.CLUSTER_LEGEND], ensure_ascii=False)
    assert (
        f'{text("cluster_island", "pl")}", {{"props": {{"children": " ({len(band.islands)})'
        in legend
    )
    poland = clusters(
        app,
        **{
            f"{ids.CLUSTER_SCOPE}.value": "poland",
            f"{ids.CLUSTER_INDICATOR}.value": "own_revenue_per_capita",
            f"{ids.CLUSTER_YEAR}.value": 2019,
        },
    )
    missing = len(dataset.codes) - len(scope_codes("malopolska", dataset.codes, dataset.areas))
    assert f"Gminy bez danych w tym roku (pominięte, na mapie „brak danych”): {missing}" in (
        json.dumps(poland[ids.CLUSTER_STATS], ensure_ascii=False)
    )


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_bad_settings_answer_with_a_message(app, lang):
    response = clusters(
        app,
        **{
            f"{ids.CLUSTER_WEIGHTS}.value": "knn",
            f"{ids.CLUSTER_K}.value": 500,
            f"{ids.LANG_STORE}.data": lang,
        },
    )
    alert = response[ids.CLUSTER_NOTICE]["children"]["props"]
    assert alert["role"] == "alert"
    assert alert["children"] == text("error_spatial_stats", lang)


@pytest.mark.parametrize("odd", [None, "xyz", {"a": 1}, -1, float("nan")])
def test_odd_values_change_nothing(app, odd):
    with app.server.test_client() as client:
        status, _ = dispatch(
            client,
            app,
            CLUSTER_OUTPUT,
            cluster_values(**{f"{ids.CLUSTER_YEAR}.value": odd}),
            [prop_key(ids.CLUSTER_YEAR, "value")],
        )
    assert status in (200, 204)


def test_the_controls_name_the_requests_parameters():
    assert list(CONTROLS) == list(inspect.signature(cluster_request).parameters)
