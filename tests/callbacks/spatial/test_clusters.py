"""The cluster section over HTTP: map, statistics, scatterplot, errors, saving a cluster."""

from __future__ import annotations

import json

import pytest

from callbacks import ids
from callbacks.compare import area_pick
from callbacks.compare import table as compare
from layers.analysis.autocorrelation import CLUSTERS, spatial_autocorrelation
from layers.analysis.scopes import scope_codes
from layers.analysis.weights import spatial_weights
from layers.store.database import open_database
from layers.store.saved_areas import saved_areas
from server.database import database_url
from server.i18n import text
from tests.support.access_fixtures import signed_in_client
from tests.support.dash_client import dispatch, prop_key
from tests.support.map_patch import applied, by_gmina, classes

MAP_OUTPUT = f"{ids.CLUSTER_STATE}.data"
SAVED_OUTPUT = f"{ids.CLUSTER_SAVED}.children"
KRAKOW = "1261011"


def cluster_values(**changes) -> dict:
    """What the browser sends with the layout's defaults, overridden by ``changes``."""
    values = {
        prop_key(ids.CLUSTER_SCOPE, "value"): "malopolska",
        prop_key(ids.CLUSTER_INDICATOR, "value"): "density",
        prop_key(ids.CLUSTER_YEAR, "value"): 2019,
        prop_key(ids.CLUSTER_WEIGHTS, "value"): "queen",
        prop_key(ids.CLUSTER_K, "value"): 6,
        prop_key(ids.CLUSTER_KM, "value"): 25,
        prop_key(ids.CLUSTER_SIGNIFICANCE, "value"): 0.05,
        prop_key(ids.CLUSTER_MODE, "value"): "lisa",
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.SPATIAL_OPENED, "data"): True,
    }
    values.update({prop_key(*key.split(".")): value for key, value in changes.items()})
    return values


def call(app, output: str, values: dict, changed: str, client=None) -> dict:
    """Answer a callback as a visitor (or as ``client``, e.g. a signed-in official)."""
    status, body = dispatch(client or app.server.test_client(), app, output, values, [changed])
    assert status == 200, body[:500]
    return json.loads(body).get("response", {})


def clusters(app, **changes) -> dict:
    return call(app, MAP_OUTPUT, cluster_values(**changes), prop_key(ids.CLUSTER_SCOPE, "value"))


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
            MAP_OUTPUT,
            cluster_values(**{f"{ids.CLUSTER_YEAR}.value": odd}),
            [prop_key(ids.CLUSTER_YEAR, "value")],
        )
    assert status in (200, 204)


def save_values(members: dict, category: str, name: str) -> dict:
    """What the browser sends when the save button is pressed."""
    return {
        prop_key(ids.CLUSTER_SAVE, "n_clicks"): 1,
        prop_key(ids.CLUSTER_SAVE_CATEGORY, "value"): category,
        prop_key(ids.CLUSTER_SAVE_NAME, "value"): name,
        prop_key(ids.CLUSTER_MEMBERS, "data"): members,
        prop_key(ids.CLUSTER_INDICATOR, "value"): "density",
        prop_key(ids.CLUSTER_YEAR, "value"): 2019,
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.CLUSTER_INTERNAL, "value"): [],
    }


def save(app, values: dict, client=None) -> dict:
    return call(app, SAVED_OUTPUT, values, prop_key(ids.CLUSTER_SAVE, "n_clicks"), client)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_visitor_saves_nothing_and_is_told_why(app, lang):
    members = clusters(app)[ids.CLUSTER_MEMBERS]["data"]
    values = save_values(members, "HH", "Gęste centra")
    values[prop_key(ids.LANG_STORE, "data")] = lang
    refused = save(app, values)[ids.CLUSTER_SAVED]["children"]["props"]
    assert refused["role"] == "alert"
    assert refused["children"] == text("error_access_denied", lang)
    with app.server.app_context():
        assert saved_areas(open_database(database_url(app.server.config))) == []


def test_a_cluster_is_saved_as_an_area_and_offered_as_an_overlay(app):
    members = clusters(app)[ids.CLUSTER_MEMBERS]["data"]
    official = signed_in_client(app)
    values = save_values(members, "HH", "Gęste centra")
    response = save(app, values, official)
    assert "Gęste centra" in response[ids.CLUSTER_SAVED]["children"]
    with app.server.app_context():
        (area,) = saved_areas(open_database(database_url(app.server.config)))
    assert area.name == "Gęste centra"
    assert sorted(area.members) == sorted(members["HH"])
    assert area.params["method"] == "lisa"
    assert area.author == "anna"
    overlay = call(
        app,
        f"{ids.AREA_OVERLAY}.options",
        {prop_key(ids.TABS, "value"): "tab_map", prop_key(ids.LANG_STORE, "data"): "pl"},
        prop_key(ids.TABS, "value"),
    )
    (option,) = [
        o for o in overlay[ids.AREA_OVERLAY]["options"] if o["value"] == f"saved:{area.id}"
    ]
    assert option["label"] == "Gęste centra (skupienie LISA)"
    again = save(app, values, official)
    assert again[ids.CLUSTER_SAVED]["children"]["props"]["role"] == "alert"


def test_a_saved_cluster_becomes_the_comparison_group(app):
    members = clusters(app)[ids.CLUSTER_MEMBERS]["data"]["HH"]
    assert 6 < len(members) <= 15  # more than a hand-picked comparison allows
    save(app, save_values({"HH": members}, "HH", "Skupienie gęstości"), signed_in_client(app))
    wired = [
        key
        for key, spec in app.callback_map.items()
        if ids.COMPARE_AREA_PICK in str(spec["inputs"])
    ]
    assert any(ids.COMPARE_GMINAS_DROPDOWN in key for key in wired)
    with app.server.test_request_context():
        (option,) = area_pick.update_area_picks("tab_compare", "pl")
        assert not option["disabled"]
        selection = area_pick.update_selection(option["value"])
        assert sorted(selection) == sorted(members)
        notice, table, _ = compare.update_comparison(selection, "malopolska", "pl")
        assert notice is None
        assert len(table.children[0].children.children) == 4 + len(members)
        refused, _, _ = compare.update_comparison(selection[:-1], "malopolska", "pl")
        assert refused.role == "alert"  # not the area's gminas: at most six
