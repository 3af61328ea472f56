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
from layers.render.geomap import OVERLAY_COLOR
from server.i18n import text
from tests.support.dash_client import dispatch
from tests.support.map_patch import applied, by_gmina, classes, named_units

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


def test_a_map_names_its_scope_and_sends_colours_and_hover(app):
    patch, legend = side_map(app, "smk", "population", 2024, "pl")

    assert isinstance(patch, Patch)
    sent = patch.to_plotly_json()
    assert "coordinates" not in json.dumps(sent) and "polygons" not in json.dumps(sent)
    state = applied(sent)
    assert state["geometry"].startswith("/geometry/smk/pl/")
    hover = by_gmina(app, state, state["paint"]["columns"][0])
    assert len(hover) == SMK_GMINAS and hover[KRAKOW] == "809 168 osób"
    assert state["layers"] == ["smk", "labels"]
    assert named_units(app, state)[KRAKOW] == "Kraków"
    assert legend[0].children == "Ludność [osoby], 2024"


def test_a_second_indicator_sends_other_colours(app):
    first, _ = side_map(app, "smk", "population", 2024, "pl")
    second, legend = side_map(app, "smk", "population_change", 2024, "pl")

    assert classes(app, second.to_plotly_json()) != classes(app, first.to_plotly_json())
    assert legend[0].children == "Zmiana liczby ludności [%], 2019–2024"


def test_map_without_a_year_waits(app):
    with pytest.raises(PreventUpdate):
        side_map(app, "smk", "population", None, "pl")


@pytest.mark.parametrize("side", compare_maps.SIDES.values(), ids=compare_maps.SIDES.keys())
def test_scope_choice_repaints_both_maps(app, side):
    indicator, year, _, _, state, _ = side
    values = {
        f"{ids.COMPARE_SCOPE_DROPDOWN}.value": "kom2003",
        f"{indicator}.value": "population",
        f"{year}.value": 2024,
        f"{ids.LANG_STORE}.data": "pl",
        f"{ids.COMPARE_OPENED}.data": True,
    }
    with app.server.test_client() as client:
        status, body = dispatch(
            client, app, f"{state}.data", values, [f"{ids.COMPARE_SCOPE_DROPDOWN}.value"]
        )

    assert status == 200
    response = json.loads(body)["response"]
    assert len(classes(app, response[state]["data"])) == KOM2003_GMINAS


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
    with app.server.test_request_context():
        patch, key = compare_maps.update_similar_outline(group, "pl")

    state = applied(patch.to_plotly_json())
    # A mark of its own, so a hover on map B (the hover mark) does not wipe the look-alikes.
    assert state["marks"]["group"]["ids"] == group
    assert state["marks"]["group"]["color"] == OVERLAY_COLOR
    assert state["marks"]["hover"]["ids"] == []
    # named in map A's legend, its swatch an outline in the mark's colour
    (row,) = key
    swatch, label = row.children
    assert label == "Obrys: Wieliczka i gminy podobne (2)"
    assert swatch.style["borderColor"] == OVERLAY_COLOR
    assert swatch.className == "legend-swatch-outline"


def test_the_similar_gminas_legend_entry_speaks_english(app):
    with app.server.test_request_context():
        _, key = compare_maps.update_similar_outline([WIELICZKA, KRAKOW], "en")

    assert key[0].children[1] == "Outline: Wieliczka and similar gminas (1)"


@pytest.mark.parametrize("group", [None, [], "1219053", [5, None]])
def test_no_group_outlines_nothing(app, group):
    with app.server.test_request_context():
        patch, key = compare_maps.update_similar_outline(group, "pl")

    assert applied(patch.to_plotly_json())["marks"]["group"]["ids"] == []
    assert key == []
