"""The maps' pieces: a map's frame and stores, the patches that paint, mark and move it, legends."""

from __future__ import annotations

import json

import dash
import pytest
from dash import Patch

from callbacks.maps import (
    centred,
    clicked_gmina,
    extra,
    fitted,
    initial_state,
    legend_row,
    map_box,
    map_frame,
    marked,
    painted_by,
    painted_map,
    register_map,
    scope_paint,
)
from layers.render.choropleth import ViewRequest
from layers.render.geomap import MARKS
from layers.render.legend import LegendRow
from server.i18n import text
from tests.support.map_patch import applied, by_gmina

KRAKOW, WIELICZKA = "1261011", "1219053"


def test_a_frame_is_the_container_its_state_and_a_store_per_event():
    container, state, *events = map_frame(
        "m", "m-state", "small", {"click": "m-click", "lasso": "m-lasso"}, {"link": "other"}
    )

    assert (container.id, container.className) == ("m", "geomap small")
    flags = container.to_plotly_json()["props"]
    assert (flags["data-click"], flags["data-lasso"], flags["data-link"]) == (
        "m-click",
        "m-lasso",
        "other",
    )
    assert (state.id, state.data) == ("m-state", initial_state())
    assert [store.id for store in events] == ["m-click", "m-lasso"]
    assert set(initial_state()["marks"]) == set(MARKS)


def test_a_map_painted_by_its_controls_names_them_and_what_it_waits_for():
    container, *_ = map_frame("m", "s", "map", data=painted_by({"year": ("y", "value")}, "f"))
    flags = container.to_plotly_json()["props"]
    assert (json.loads(flags["data-controls"]), flags["data-after"]) == (
        {"year": ["y", "value"]},
        "f",
    )


def test_a_box_is_the_frame_with_its_legend_beside_it():
    filled = map_box(
        "m", "s", "legend-id", "compare-map", events={"click": "c"}, data={"link": "other"}
    )
    fixed = map_box("m", "s", ["a row"])

    container, state, click, legend = filled.children
    assert filled.className == "map-frame" and container.className == "geomap compare-map"
    assert (state.id, click.id) == ("s", "c")
    assert container.to_plotly_json()["props"]["data-link"] == "other"
    assert (legend.id, legend.className) == ("legend-id", "legend")
    assert fixed.children[0].className == "geomap areas-map"
    assert fixed.children[-1].children == ["a row"] and fixed.children[-1].className == "legend"


def test_the_browser_alone_hands_each_state_to_the_engine():
    app = dash.Dash(__name__)

    register_map(app, "m", "m-state")

    (callback,) = app._callback_list
    assert callback["clientside_function"] == {"namespace": "geomap", "function_name": "update"}
    assert callback["inputs"] == [{"id": "m-state", "property": "data"}]


def test_patches_show_a_scope_then_mark_add_and_move_without_resending_it(app, dataset):
    with app.server.test_request_context():
        patch = scope_paint("smk", "pl", {"classes": []}, ["smk"])
    first = applied(patch.to_plotly_json())
    moved = Patch()
    marked(moved, "select", [KRAKOW])
    extra(moved, "zone", {"kind": "line"})
    centred(moved, {"lat": 50.06, "lon": 19.94}, 11)

    state = applied(moved.to_plotly_json(), first)

    assert state["geometry"] == first["geometry"] and state["layers"] == ["smk"]
    assert state["marks"]["select"]["ids"] == [KRAKOW]
    assert state["marks"]["select"]["color"] == MARKS["select"][0]  # the style kept
    assert state["extras"] == {"zone": {"kind": "line"}}
    assert state["view"] == {"center": {"lat": 50.06, "lon": 19.94}, "zoom": 11}
    fitted = Patch()
    extra(centred(fitted, None), "zone", None)
    assert applied(fitted.to_plotly_json(), state)["view"] is None
    assert applied(fitted.to_plotly_json(), state)["extras"] == {"zone": None}
    codes = app.server.test_client().get(state["geometry"]).get_json()["ids"]
    assert sorted(codes) == sorted(dataset.areas["smk"])


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_painted_view_colours_every_gmina_and_counts_them_in_its_legend(app, dataset, lang):
    request = ViewRequest("smk", "population", 2023, palette="Blues")

    with app.server.test_request_context():
        patch, legend, view = painted_map(request, lang, ["smk"])
    state = applied(patch.to_plotly_json())

    classes = by_gmina(app, state, state["paint"]["classes"])
    assert sorted(classes) == sorted(dataset.areas["smk"])
    assert classes[KRAKOW] == max(classes.values())  # the most populous: the top class
    unit = dataset.catalog["population"].unit(lang)
    rank = f"{text('hover_rank', lang)}: {{1}}/{len(classes)}"  # every gmina has a value
    assert state["paint"]["hover"] == ["{0}", rank]
    values = by_gmina(app, state, state["paint"]["columns"][0])
    krakow = {"pl": "806 201 osób", "en": "806,201 persons"}[lang]  # 2023
    assert values[KRAKOW] == krakow
    title, rows = legend
    name = dataset.catalog["population"].name(lang)
    assert title.children == f"{name} [{unit}], 2023"
    counts = [int(row.children[1].children.strip(" ()")) for row in rows.children]
    assert sum(counts) == len(classes) == view.ranked


def test_a_no_data_row_is_named_in_the_language_and_its_swatch_is_its_colour():
    row = legend_row(LegendRow("#cccccc", "", 3, nodata=True), "en")

    assert row.children[0] == text("legend_nodata", "en")
    assert row.style == {"borderLeftColor": "#cccccc"}


@pytest.mark.parametrize(
    ("click", "teryt"),
    [({"teryt": WIELICZKA, "n": 2}, WIELICZKA), ({"teryt": 5}, None), (None, None), ("x", None)],
)
def test_a_click_names_a_gmina_or_nothing(click, teryt):
    assert clicked_gmina(click) == teryt


def test_fitting_to_bounds_replaces_a_centre_and_zoom():
    state = applied(centred(Patch(), {"lat": 50.06, "lon": 19.94}, 11).to_plotly_json())
    moved = applied(fitted(Patch(), (19.79, 49.97, 20.22, 50.13)).to_plotly_json(), state)
    assert moved["view"] == {"bounds": [19.79, 49.97, 20.22, 50.13]}
