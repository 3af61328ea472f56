import json
import re

import pytest
from dash import Input, State
from plotly.utils import PlotlyJSONEncoder

from callbacks import ids
from callbacks.explorer import map_view as explorer
from tests.support.dash_client import dispatch
from tests.support.map_patch import applied

MAP_OUTPUT = f"{ids.MAP_STATE}.data"


def map_values(**changes):
    values = {
        f"{ids.SCOPE_RADIO}.value": "smk",
        f"{ids.INDICATOR_DROPDOWN}.value": "population",
        f"{ids.YEAR_SLIDER}.value": 2024,
        f"{ids.BASE_YEAR_DROPDOWN}.value": None,
        f"{ids.SCHEME_DROPDOWN}.value": "quantiles",
        f"{ids.CLASSES_SLIDER}.value": 5,
        f"{ids.BREAKS_INPUT}.value": None,
        f"{ids.PALETTE_DROPDOWN}.value": "Blues",
        f"{ids.REVERSE_CHECK}.value": [],
        f"{ids.LAYERS_CHECK}.value": ["powiats", "smk"],
        f"{ids.MAP_VIEW_STORE}.data": None,
        f"{ids.LANG_STORE}.data": "pl",
    }
    values.update({f"{key}": value for key, value in changes.items()})
    return values


def call_map(app, changed, **changes):
    with app.server.test_client() as client:
        status, body = dispatch(client, app, MAP_OUTPUT, map_values(**changes), changed)
    assert status == 200, body[:500]
    return json.loads(body)["response"], len(body)


def component_props(tree, identifier: str) -> dict:
    """Return the props of the component ``identifier`` in a layout."""
    found = [json.loads(json.dumps(tree, cls=PlotlyJSONEncoder))]
    while found:
        node = found.pop()
        if isinstance(node, dict):
            if node.get("props", {}).get("id") == identifier:
                return node["props"]
            found.extend(node.values())
        elif isinstance(node, list):
            found.extend(node)
    raise LookupError(identifier)


def map_after(response) -> dict:
    """Return the explorer map's state after an answer."""
    return applied(response[ids.MAP_STATE]["data"])


def test_first_draw_names_the_geometry_and_leaves_the_colours_to_the_map(app):
    response, _ = call_map(app, [f"{ids.SCOPE_RADIO}.value"])
    state = map_after(response)
    geometry = app.server.test_client().get(state["geometry"])
    assert geometry.status_code == 200
    assert len(geometry.get_json()["ids"]) == 15
    assert state["paint"] is None  # the map fetches its colours itself (tests/server/test_paint)
    assert state["layers"] == ["powiats", "smk"] and state["view"] is None
    legend = json.dumps(response[ids.LEGEND]["children"], ensure_ascii=False)
    assert "Ludność [osoby], 2024" in legend and "(3)" in legend


def test_indicator_switch_sends_no_geometry_and_no_colours(app):
    response, size = call_map(
        app,
        [f"{ids.INDICATOR_DROPDOWN}.value"],
        **{f"{ids.INDICATOR_DROPDOWN}.value": "density", f"{ids.SCOPE_RADIO}.value": "poland"},
    )
    patch = json.dumps(response[ids.MAP_STATE]["data"])
    assert "coordinates" not in patch and "polygons" not in patch and "classes" not in patch
    assert map_after(response)["geometry"].startswith("/geometry/poland/pl/")
    assert size < 5_000  # the legend, the notice and the geometry's address


def test_bad_manual_breaks_show_a_polish_alert_and_keep_the_map(app):
    response, _ = call_map(
        app,
        [f"{ids.BREAKS_INPUT}.value"],
        **{
            f"{ids.SCHEME_DROPDOWN}.value": "manual",
            f"{ids.BREAKS_INPUT}.value": "abc",
        },
    )
    assert ids.MAP_STATE not in response  # no_update: the map stays as it was
    assert ids.LEGEND not in response  # and so does its legend
    assert "Nie można użyć tych progów" in json.dumps(response, ensure_ascii=False)


def test_manual_breaks_make_their_classes(app):
    response, _ = call_map(
        app,
        [f"{ids.BREAKS_INPUT}.value"],
        **{
            f"{ids.SCHEME_DROPDOWN}.value": "manual",
            f"{ids.BREAKS_INPUT}.value": "10 000; 20 000",
        },
    )
    rows = response[ids.LEGEND]["children"][1]["props"]["children"]
    assert len(rows) == 3
    counts = [row["props"]["children"][1]["props"]["children"] for row in rows]
    assert sum(int(count.strip(" ()")) for count in counts) == 15


def test_layer_toggle_patches_visibility_only(app):
    response, _ = call_map(
        app,
        [f"{ids.LAYERS_CHECK}.value"],
        **{f"{ids.LAYERS_CHECK}.value": ["districts", "basemap"]},
    )
    assert json.dumps(response[ids.MAP_STATE]["data"]).count('"location"') == 1
    assert map_after(response)["layers"] == ["districts", "basemap"]
    assert ids.LEGEND not in response


def test_change_indicator_across_the_break_shows_notice(app):
    response, _ = call_map(
        app,
        [f"{ids.INDICATOR_DROPDOWN}.value"],
        **{
            f"{ids.INDICATOR_DROPDOWN}.value": "population_change",
            f"{ids.BASE_YEAR_DROPDOWN}.value": 2015,
        },
    )
    assert "NSP 2021" in response[ids.NOTICE]["children"]


@pytest.mark.parametrize(
    ("indicator", "year"), [("pit_share_per_capita", 2020), ("population", 2024)]
)
def test_year_control_offers_the_indicators_years(app, indicator, year):
    with app.server.test_request_context():
        _, high, marks, value, _, _, box = explorer.update_year_control(indicator, 1990, None)
    assert value == year == high
    assert set(marks) == set(app.server.extensions["geoportal_dataset"].catalog[indicator].years)
    assert box == explorer.HIDDEN


def test_change_indicator_offers_base_years(app):
    with app.server.test_request_context():
        *_, value, bases, base, box = explorer.update_year_control("population_change", 2024, None)
    assert value == 2024 and base == 2019 and box == {}
    assert 2010 in bases and 2024 not in bases


def test_indicator_info_is_in_the_users_language(app):
    with app.server.test_request_context():
        info = explorer.update_indicator_info("density", "en")
    assert info[0].children == "Population density [persons/km²]"


VIEW = {"scope": "smk", "lat": 50.1, "lon": 19.9, "zoom": 10.5}
VIEW_KEY = f"{ids.MAP_VIEW_STORE}.data"


def test_a_links_extent_moves_the_drawn_map_with_a_patch(app):
    with app.server.test_request_context():
        patch = explorer.update_map_extent(VIEW, "smk").to_plotly_json()
        odd = explorer.update_map_extent({**VIEW, "lat": "50"}, "smk").to_plotly_json()
    assert applied(patch)["view"] == {"center": {"lat": 50.1, "lon": 19.9}, "zoom": 10.5}
    assert len(patch["operations"]) == 1  # the extent alone: no colours
    assert applied(odd)["view"] is None  # a malformed extent fits the scope


def test_a_links_extent_is_applied_when_the_scope_is_drawn(app):
    response, _ = call_map(app, [f"{ids.SCOPE_RADIO}.value"], **{VIEW_KEY: VIEW})
    assert map_after(response)["view"] == {"center": {"lat": 50.1, "lon": 19.9}, "zoom": 10.5}


def test_an_extent_of_another_scope_is_ignored(app):
    other = {**VIEW, "scope": "poland"}
    response, _ = call_map(app, [f"{ids.SCOPE_RADIO}.value"], **{VIEW_KEY: other})
    assert map_after(response)["view"] is None  # the map fits its scope


def test_the_map_and_the_exports_read_the_same_view_controls():
    inputs, states = explorer.view_controls(Input), explorer.view_controls(State)

    assert list(inputs) == ["scope", "indicator_id", "year", "options"]
    assert list(inputs["options"]) == list(explorer.VIEW_OPTIONS)
    assert all(isinstance(item, Input) for item in [*inputs.values()][:3])
    assert all(isinstance(item, State) for item in states["options"].values())
    assert [item.component_id for item in states["options"].values()] == list(
        explorer.VIEW_CONTROLS.values()
    )


@pytest.mark.parametrize(
    ("lang", "view", "said"),
    [
        (
            "pl",
            ("smk", "population", 2024),
            r"^Mapa: Ludność \[osoby\], 2024; 4 klasy od [\d ]+ do ",
        ),
        ("pl", ("smk", "population", 2024), r" do [\d ]+ osób; 0 gmin bez danych\.$"),
        ("en", ("smk", "population", 2024), r"^Map: Population \[persons\], 2024; 4 classes from "),
        ("pl", ("malopolska", "avg_gross_salary_powiat", 2023), r"; 0 powiatów bez danych\.$"),
        ("en", ("districts", "district_density", 2019), r"; 0 districts without data\.$"),
    ],
)
def test_a_new_legend_is_announced_in_one_sentence(app, lang, view, said):
    scope, indicator, year = view
    changes = {
        f"{ids.CLASSES_SLIDER}.value": 4,
        f"{ids.LANG_STORE}.data": lang,
        f"{ids.SCOPE_RADIO}.value": scope,
        f"{ids.INDICATOR_DROPDOWN}.value": indicator,
        f"{ids.YEAR_SLIDER}.value": year,
    }
    response, _ = call_map(app, [f"{ids.CLASSES_SLIDER}.value"], **changes)

    assert re.search(said, response[ids.LEGEND_ANNOUNCE]["children"])


def test_the_announcement_lives_beside_the_legend_and_waits_for_a_change(app):
    with app.server.app_context():
        props = component_props(explorer.layout("pl"), ids.LEGEND_ANNOUNCE)
    assert props["role"] == "status" and props["className"] == "visually-hidden"
    assert props["aria-live"] == "polite"
    response, _ = call_map(app, [f"{ids.LAYERS_CHECK}.value"])
    assert ids.LEGEND_ANNOUNCE not in response  # a layer toggle changes no legend: silence
