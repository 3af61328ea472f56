import json

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
    assert set(response) == {ids.MAP_STATE}  # legend and notice: with the colours (map_panels)


def test_no_switch_of_the_view_asks_the_map_callback(app):
    wired = app.callback_map[MAP_OUTPUT]  # the map's own callback (the extent's: a duplicate)
    inputs = [f"{item['id']}.{item['property']}" for item in wired["inputs"]]
    assert inputs == [f"{ids.SCOPE_RADIO}.value", f"{ids.LAYERS_CHECK}.value"]


def test_a_new_scope_sends_its_geometry_address_only(app):
    response, size = call_map(
        app, [f"{ids.SCOPE_RADIO}.value"], **{f"{ids.SCOPE_RADIO}.value": "poland"}
    )
    patch = json.dumps(response[ids.MAP_STATE]["data"])
    assert "coordinates" not in patch and "polygons" not in patch and "classes" not in patch
    assert map_after(response)["geometry"].startswith("/geometry/poland/pl/")
    assert size < 1_000  # the geometry's address, the layers and the extent


def test_layer_toggle_patches_visibility_only(app):
    response, _ = call_map(
        app,
        [f"{ids.LAYERS_CHECK}.value"],
        **{f"{ids.LAYERS_CHECK}.value": ["districts", "basemap"]},
    )
    assert json.dumps(response[ids.MAP_STATE]["data"]).count('"location"') == 1
    assert map_after(response)["layers"] == ["districts", "basemap"]


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
