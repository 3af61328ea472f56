"""Compare gminas: the two maps side by side and the similar-gminas finder."""

from __future__ import annotations

import json
import re

import dash
import pytest
from dash import Patch
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.compare import maps as compare_maps
from callbacks.maps import OVERLAY_INDEX
from layers.render.choropleth import OUTLINES
from layers.render.figures import EMPTY_FEATURES, HIGHLIGHT_COLOR
from server.i18n import text
from tests.support.dash_client import dispatch

KRAKOW, WIELICZKA = "1261011", "1219053"
SMK_GMINAS, KOM2003_GMINAS = 15, 51


def catalog(app: dash.Dash) -> dict:
    return app.server.extensions["geoportal_dataset"].catalog


def side_map(app: dash.Dash, *choices: object) -> tuple:
    with app.server.test_request_context():
        return compare_maps.update_side_map(*choices)


# --- year of each map ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("indicator", "year", "expected"),
    [
        ("population", None, 2024),  # nothing chosen yet: the latest year
        ("population", 2015, 2015),  # a year the indicator has is kept
        ("pit_share_per_capita", 2024, 2020),  # one that it lacks falls back to the latest
        ("population_change", 2012, 2012),
    ],
)
def test_year_choice_offers_the_indicators_years(app, indicator, year, expected):
    with app.server.test_request_context():
        years, chosen = compare_maps.update_year_choice(indicator, year)

    assert years == list(catalog(app)[indicator].years)
    assert chosen == expected
    assert chosen in years


# --- the maps -----------------------------------------------------------------------------


def test_new_scope_sends_the_whole_map(app):
    figure, legend, drawn = side_map(app, "smk", "population", 2024, None, "pl")

    assert isinstance(figure, dict)
    trace = figure["data"][0]
    assert trace["type"] == "choroplethmap"
    assert len(trace["locations"]) == len(trace["geojson"]["features"]) == SMK_GMINAS
    assert trace["customdata"][trace["locations"].index(KRAKOW)] == ["809 168", 1]
    layers = figure["layout"]["map"]["layers"]
    assert len(layers) > len(OUTLINES)  # context outlines, then the highlight (and overlays)
    highlight = layers[len(OUTLINES)]
    assert (highlight["type"], highlight["color"]) == ("line", HIGHLIGHT_COLOR)
    assert all(layer["source"] == EMPTY_FEATURES for layer in layers[len(OUTLINES) :])
    assert legend[0].children == "Ludność [osoby], 2024"
    assert drawn == "smk"


def test_same_scope_sends_colours_without_geometry(app):
    patch, legend, drawn = side_map(app, "smk", "population_change", 2024, "smk", "pl")

    assert isinstance(patch, Patch)
    sent = json.dumps(patch.to_plotly_json())
    assert "geojson" not in sent and "coordinates" not in sent
    assert '"z"' in sent and "customdata" in sent
    assert legend[0].children == "Zmiana liczby ludności [%], 2019–2024"
    assert drawn == "smk"


def test_scope_switch_redraws_with_the_new_gminas(app):
    figure, _, drawn = side_map(app, "kom2003", "population", 2024, "smk", "pl")

    assert isinstance(figure, dict)
    assert len(figure["data"][0]["locations"]) == KOM2003_GMINAS
    assert drawn == "kom2003"


def test_map_without_a_year_waits(app):
    with pytest.raises(PreventUpdate):
        side_map(app, "smk", "population", None, None, "pl")


@pytest.mark.parametrize("side", compare_maps.SIDES.values(), ids=compare_maps.SIDES.keys())
def test_scope_choice_redraws_both_maps(app, side):
    indicator, year, graph, _, drawn, _ = side
    values = {
        f"{ids.COMPARE_SCOPE_DROPDOWN}.value": "kom2003",
        f"{indicator}.value": "population",
        f"{year}.value": 2024,
        f"{drawn}.data": "smk",
        f"{ids.LANG_STORE}.data": "pl",
        f"{ids.COMPARE_OPENED}.data": True,
    }
    with app.server.test_client() as client:
        status, body = dispatch(
            client, app, f"{graph}.figure", values, [f"{ids.COMPARE_SCOPE_DROPDOWN}.value"]
        )

    assert status == 200
    response = json.loads(body)["response"]
    assert len(response[graph]["figure"]["data"][0]["geojson"]["features"]) == KOM2003_GMINAS
    assert response[drawn]["data"] == "kom2003"


# --- similar gminas -----------------------------------------------------------------------


def similar(app: dash.Dash, gmina: str, indicators: list[str], k: int = 5) -> tuple:
    with app.server.test_request_context():
        return compare_maps.update_similar(gmina, indicators, k, "smk", "pl")


@pytest.mark.parametrize("k", [1, 3, 5])
def test_similar_gminas_lists_k_and_stores_the_group(app, k):
    listing, group = similar(app, WIELICZKA, compare_maps.DEFAULT_SIMILARITY, k)

    assert listing.className == "similar-list"
    assert len(listing.children) == k
    for item in listing.children:
        assert re.fullmatch(r".+ — odległość \d+,\d\d", item.children), item.children
    assert group[0] == WIELICZKA
    assert len(group) == k + 1 == len(set(group))
    smk = set(app.server.extensions["geoportal_dataset"].areas["smk"])
    assert set(group) <= smk


def test_no_gmina_finds_nothing(app):
    with pytest.raises(PreventUpdate):
        similar(app, None, compare_maps.DEFAULT_SIMILARITY)


def test_no_indicator_asks_for_an_indicator(app):
    notice, group = similar(app, WIELICZKA, [])

    assert group is None
    assert notice.className == "alert"
    # Not the text about the number of compared gminas.
    assert notice.children != text("error_comparison", "pl")
    assert notice.children == text("error_similarity", "pl")
    assert "wskaźnik" in notice.children.lower()


def test_similar_group_is_outlined_on_map_a(app):
    group = [WIELICZKA, KRAKOW, "1219043"]
    figure, _, _ = side_map(app, "smk", "population", 2024, None, "pl")
    with app.server.test_request_context():
        patch = compare_maps.update_similar_outline(group, "smk").to_plotly_json()

    (operation,) = patch["operations"]
    index = OVERLAY_INDEX
    assert operation["location"] == ["layout", "map", "layers", index, "source"]
    # That layer is the (empty) area fill after the outlines and the hover highlight, so a
    # hover on map B (which writes the highlight) does not wipe the look-alikes.
    layer = figure["layout"]["map"]["layers"][index]
    assert (layer["type"], layer["source"]) == ("fill", EMPTY_FEATURES)
    features = operation["params"]["value"]["features"]
    assert [feature["id"] for feature in features] == group
    assert features[0]["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    lon, lat = features[0]["geometry"]["coordinates"][0][0]
    assert 19 < lon < 21 and 49 < lat < 51  # degrees (EPSG:4326), not metres


@pytest.mark.parametrize(("group", "drawn"), [(None, "smk"), ([], "smk"), ([WIELICZKA], None)])
def test_no_group_or_no_map_outlines_nothing(app, group, drawn):
    with app.server.test_request_context(), pytest.raises(PreventUpdate):
        compare_maps.update_similar_outline(group, drawn)
