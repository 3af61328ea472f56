"""Zones: a circle, a gmina buffer, a lasso or a saved area; shares, aggregates, save, download."""

from __future__ import annotations

import base64
import json

import flask
import pytest
from dash.exceptions import PreventUpdate

from shapely.geometry import Point, shape

from callbacks import ids
from callbacks.areas import delimitation_save, zones
from layers.analysis.gravity import centroids
from layers.store.database import open_database
from layers.store.saved_areas import saved_areas
from layers.store.users import User
from server.database import database_url
from server.i18n import text
from tests.support.access_fixtures import USER, signed_in_client
from tests.support.apps import app_with
from tests.support.dash_client import callback_key, dispatch, prop_key
from tests.support.map_patch import applied, classes

KRAKOW, WIELICZKA = "1261011", "1219053"
KOM2003_GMINAS = 51
MAP_OUTPUT = f"{ids.ZONE_STATE}.data"
LASSO = [[19.90, 50.00], [20.05, 50.00], [20.05, 50.10], [19.90, 50.10]]


CONTROLS = {
    "mode": (ids.ZONE_MODE, "value"),
    "lon": (ids.ZONE_LON, "value"),
    "lat": (ids.ZONE_LAT, "value"),
    "radius": (ids.ZONE_RADIUS, "value"),
    "gmina": (ids.ZONE_GMINA, "value"),
    "distance": (ids.ZONE_DISTANCE, "value"),
    "selected": (ids.ZONE_LASSO, "data"),
    "saved": (ids.ZONE_SAVED_LIST, "value"),
    "scope": (ids.AREAS_SCOPE, "value"),
    "lang": (ids.LANG_STORE, "data"),
    "opened": (ids.AREAS_OPENED, "data"),
}
"""The zone callback's inputs and states, by a short name."""


@pytest.fixture(scope="module")
def krakow_centre(dataset) -> tuple[float, float]:
    """Kraków's centroid in lon/lat, as the user would type it (three decimals)."""
    point = centroids(dataset.store.gminas_metric).loc[[KRAKOW]].to_crs("EPSG:4326").iloc[0]
    return round(point.x, 3), round(point.y, 3)


def zone_request(centre: tuple[float, float], **controls) -> dict:
    """Return the zone callback's inputs and states: the layout's defaults unless given."""
    values = {
        "mode": "circle",
        "lon": centre[0],
        "lat": centre[1],
        "radius": 10,
        "gmina": WIELICZKA,
        "distance": 5,
        "selected": None,
        "saved": None,
        "scope": "kom2003",
        "lang": "pl",
        "opened": True,
        **controls,
    }
    return {prop_key(*CONTROLS[name]): value for name, value in values.items()}


def zone(app, centre: tuple[float, float], changed: str = "radius", **controls) -> dict | None:
    """Run the zone callback over HTTP as the browser does, after the user changed ``changed``.

    The controls hold the layout's defaults (a 10 km circle here) unless given; returns the
    response, or None when the callback prevented the update.
    """
    request = zone_request(centre, **controls)
    with signed_in_client(app) as client:  # an official: saving is theirs
        status, body = dispatch(client, app, MAP_OUTPUT, request, [prop_key(*CONTROLS[changed])])
    if status == 204:
        return None
    assert status == 200, body[:500]
    return json.loads(body)["response"]


def shares(response: dict) -> dict[str, str]:
    """The shares table as read: gmina name → share text."""
    body = response[ids.ZONE_SHARES]["children"]["props"]["children"][1]["props"]["children"]
    cells = [[td["props"]["children"] for td in tr["props"]["children"]] for tr in body]
    return dict(cells)


def aggregates(response: dict) -> dict[str, list[str]]:
    """The aggregates table as read: indicator name → year, value with unit, coverage."""
    table = response[ids.ZONE_AGGREGATES]["children"]["props"]["children"]
    rows = {}
    for tr in table[1]["props"]["children"]:
        name, *cells = (td["props"]["children"] for td in tr["props"]["children"])
        rows[name] = cells
    return rows


def percent(written: str) -> float:
    assert written.endswith(" %"), written
    return float(written.removesuffix(" %").replace(",", "."))


def alert_of(response: dict) -> str:
    notice = response[ids.ZONE_NOTICE]["children"]["props"]
    assert notice["role"] == "alert"
    return notice["children"]


# --- drawing a zone ------------------------------------------------------------------------


def test_circle_around_krakow_lists_krakow_with_its_share(app, krakow_centre):
    response = zone(app, krakow_centre)

    table = shares(response)
    assert next(iter(table)) == "Kraków"  # largest share first
    assert 50 < percent(table["Kraków"]) < 100  # a 314 km² circle inside 327 km² of Kraków
    assert len(table) > 1
    assert all(0 < percent(share) <= 100 for share in table.values())
    assert response[ids.ZONE_NOTICE]["children"] is None


def test_aggregates_include_population(app, krakow_centre):
    response = zone(app, krakow_centre)

    rows = aggregates(response)
    assert "Ludność" in rows
    year, value, coverage = rows["Ludność"]
    assert year == "2024"
    assert value.endswith(" osoby")
    assert coverage == "100 %"
    assert "Gęstość zaludnienia" in rows


def test_the_map_shows_the_zone_and_the_touched_gminas(app, krakow_centre):
    response = zone(app, krakow_centre)

    bands = classes(app, response[ids.ZONE_STATE]["data"])
    assert len(bands) == KOM2003_GMINAS
    assert bands[KRAKOW] >= 2  # share above 50 %: third band or higher (-1 is untouched)
    assert sum(value >= 0 for value in bands.values()) == len(shares(response))
    outline = applied(response[ids.ZONE_STATE]["data"])["extras"]["zone"]
    assert outline["kind"] == "line"
    ring = shape(outline["data"]["features"][0]["geometry"])
    assert ring.contains(Point(krakow_centre))


def drawn_outline(response: dict) -> object:
    """The zone as the map draws it (EPSG:4326)."""
    return shape(
        applied(response[ids.ZONE_STATE]["data"])["extras"]["zone"]["data"]["features"][0][
            "geometry"
        ]
    )


def test_the_page_keeps_the_zones_request_not_its_geometry(app, krakow_centre):
    kept = zone(app, krakow_centre)[ids.ZONE_GEOMETRY]["data"]

    assert kept["mode"] == "circle" and kept["radius_km"] == 10
    assert kept["centre"] == list(krakow_centre)
    assert "coordinates" not in json.dumps(kept)


def test_a_second_zone_on_the_drawn_scope_sends_no_gmina_geometry(app, krakow_centre):
    response = zone(app, krakow_centre, radius=5)

    patch = response[ids.ZONE_STATE]["data"]
    assert patch["__dash_patch_update"] == "__dash_patch_update"
    assert "MultiPolygon" not in json.dumps(patch)  # gminas' outlines stay in the browser
    locations = {tuple(op["location"]) for op in patch["operations"]}
    assert {("paint",), ("geometry",), ("extras", "zone")} <= locations


def test_a_bigger_circle_covers_more(app, krakow_centre):
    small = shares(zone(app, krakow_centre, radius=5))
    large = shares(zone(app, krakow_centre, radius=25))

    assert set(small) < set(large)
    assert percent(large["Kraków"]) > percent(small["Kraków"])


def test_a_cached_zone_answers_as_computed_and_follows_the_circle(
    store_dir, tmp_path, krakow_centre
):
    cached = app_with(store_dir, tmp_path, CACHE_TYPE="SimpleCache")
    first, again = zone(cached, krakow_centre), zone(cached, krakow_centre)
    larger = zone(cached, krakow_centre, radius=25)

    assert shares(again) == shares(first) and aggregates(again) == aggregates(first)
    assert set(shares(first)) < set(shares(larger))


@pytest.mark.parametrize(
    "circle", [{"radius": 0}, {"radius": None}, {"radius": -3}, {"lon": None}, {"lat": None}]
)
def test_a_circle_without_a_centre_or_a_positive_radius_shows_a_polish_alert(
    app, krakow_centre, circle
):
    response = zone(app, krakow_centre, **circle)

    assert alert_of(response) == text("error_zone", "pl")
    assert ids.ZONE_STATE not in response and ids.ZONE_GEOMETRY not in response
    assert response[ids.ZONE_SHARES]["children"] == []
    assert response[ids.ZONE_AGGREGATES]["children"] == []


def test_buffer_around_wieliczka_covers_it_whole(app, krakow_centre):
    response = zone(app, krakow_centre, "mode", mode="buffer", distance=5)

    table = shares(response)
    assert table["Wieliczka"] == "100,0 %"
    assert 0 < percent(table["Kraków"]) < 100


def test_buffer_of_zero_is_the_gmina_itself(app, krakow_centre):
    response = zone(app, krakow_centre, "distance", mode="buffer", distance=0)

    table = shares(response)
    assert table["Wieliczka"] == "100,0 %"
    assert all(percent(share) < 5 for name, share in table.items() if name != "Wieliczka")


def test_lasso_on_the_map_makes_a_zone(app, krakow_centre):
    response = zone(
        app,
        krakow_centre,
        "selected",
        mode="lasso",
        selected={"ring": LASSO},
    )

    assert "Kraków" in shares(response)
    assert response[ids.ZONE_GEOMETRY]["data"]["ring"] == LASSO
    ring = drawn_outline(response)
    lon, lat = ring.centroid.x, ring.centroid.y
    assert lon == pytest.approx(19.975, abs=0.01) and lat == pytest.approx(50.05, abs=0.01)


@pytest.mark.parametrize("selected", [None, {"ring": []}, {"range": [[19, 50], [20, 51]]}])
def test_lasso_mode_waits_for_a_lasso(app, krakow_centre, selected):
    response = zone(app, krakow_centre, "mode", mode="lasso", selected=selected)

    assert response is None  # PreventUpdate: nothing changes until points are lassoed


@pytest.mark.parametrize(
    "ring", [LASSO[:2], [["19.9", 50.0], [20.0, 50.0], [20.0, 50.1]], [[19.9]]]
)
def test_a_lasso_of_two_points_or_odd_points_shows_a_polish_alert(app, krakow_centre, ring):
    response = zone(
        app,
        krakow_centre,
        "selected",
        mode="lasso",
        selected={"ring": ring},
    )

    assert alert_of(response) == text("error_zone", "pl")


def test_zone_tables_speak_english(app, krakow_centre):
    response = zone(app, krakow_centre, lang="en")

    assert "Population" in aggregates(response)
    assert alert_of(zone(app, krakow_centre, radius=0, lang="en")) == text("error_zone", "en")


# --- saving, loading, downloading ----------------------------------------------------------


@pytest.fixture
def drawn(app, krakow_centre) -> dict:
    """The answer to a 10 km circle around Kraków."""
    return zone(app, krakow_centre)


@pytest.fixture
def outline(drawn) -> dict:
    """The zone's request the page keeps."""
    return drawn[ids.ZONE_GEOMETRY]["data"]


def save_zone(app, name: str | None, outline: dict | None, clicks: int = 1, lang: str = "pl"):
    with app.server.test_request_context():
        flask.g.geoportal_user = User(USER, "official", "2026-01-01")  # an official saves
        return zones.update_saved_zone(clicks, name, outline, lang)


def saved_options(app, status: object = None) -> list[dict]:
    """The options of the saved-area list after a save (``status``), fetched as the page does."""
    values = {
        prop_key(ids.ZONE_SAVED, "children"): status,
        prop_key(ids.DELIMIT_SAVED, "children"): None,
        prop_key(ids.TABS, "value"): "tab_areas",
        prop_key(ids.LANG_STORE, "data"): "pl",  # what a translated list would also need
    }
    changed = [prop_key(ids.ZONE_SAVED, "children")]
    with app.server.test_client() as client:
        status_code, body = dispatch(client, app, f"{ids.ZONE_SAVED_LIST}.options", values, changed)
    assert status_code == 200, body[:500]
    return json.loads(body)["response"][ids.ZONE_SAVED_LIST]["options"]


def stored(app) -> list:
    return saved_areas(open_database(database_url(app.server.config)))


def test_a_saved_zone_is_offered_in_the_list(app, drawn, outline):
    assert saved_options(app) == []

    status = save_zone(app, "Strefa 10 km", outline)

    assert status == "Zapisano strefę „Strefa 10 km”."
    options = saved_options(app, status)
    assert len(options) == 1
    assert options[0]["label"].startswith("Strefa 10 km (")
    (area,) = stored(app)
    assert options[0]["value"] == area.id
    assert area.kind == "zone" and KRAKOW in area.members
    assert set(area.params["shares"]) == set(area.members)
    assert shape(area.geometry).equals_exact(drawn_outline(drawn), 1e-9)


@pytest.mark.parametrize(
    "kept",
    [
        {"mode": "circle", "centre": [19.9, 50.0], "radius_km": -1},
        {"mode": "lasso", "ring": [[19.9, 50.0], [20.0, 50.0]]},
        {"mode": "polygon", "ring": LASSO},
        {"mode": "saved", "saved": "1; DROP"},
        ["circle"],
    ],
)
def test_a_kept_request_that_draws_no_zone_saves_nothing(app, kept):
    status = save_zone(app, "Strefa", kept)

    assert status.children == text("error_zone", "pl")
    assert stored(app) == []
    with app.server.test_request_context(), pytest.raises(PreventUpdate):
        zones.update_download(1, kept)


def test_a_zone_name_in_use_is_refused(app, outline):
    save_zone(app, "Strefa", outline)

    again = save_zone(app, "Strefa", outline, clicks=2)

    assert again.children == text("error_saved_area", "pl")
    assert len(stored(app)) == 1


@pytest.mark.parametrize(("clicks", "kept"), [(None, True), (1, False)])
def test_nothing_to_save_does_nothing(app, outline, clicks, kept):
    with pytest.raises(PreventUpdate):
        save_zone(app, "Strefa", outline if kept else None, clicks=clicks)


def test_saved_zone_label_is_in_polish(app, outline):
    save_zone(app, "Strefa 10 km", outline)

    assert saved_options(app)[0]["label"] == f"Strefa 10 km ({text('area_kind_zone', 'pl')})"


def test_a_saved_delimitation_refreshes_the_zone_list(app):
    spec = app.callback_map[callback_key(app, f"{ids.ZONE_SAVED_LIST}.options")]

    assert ids.DELIMIT_SAVED in {item["id"] for item in spec["inputs"]}


def test_loading_a_saved_zone_shows_it_again(app, krakow_centre, outline):
    save_zone(app, "Strefa 10 km", outline)
    (area,) = stored(app)
    before = shares(zone(app, krakow_centre))

    # The circle controls now say 3 km; the saved zone wins because it was just picked.
    response = zone(app, krakow_centre, "saved", saved=area.id, radius=3)

    assert shares(response) == before


def test_loading_a_saved_delimitation_covers_its_gminas(app, krakow_centre):
    members = [KRAKOW, WIELICZKA]
    with app.server.test_request_context():
        flask.g.geoportal_user = User(USER, "official", "2026-01-01")
        delimitation_save.update_saved(
            clicks=1, name="Kraków i Wieliczka", members=members, core=KRAKOW, lang="pl"
        )
    (area,) = stored(app)

    response = zone(app, krakow_centre, "saved", saved=area.id)

    table = shares(response)
    assert percent(table["Kraków"]) > 99 and percent(table["Wieliczka"]) > 99
    assert all(
        percent(share) < 5 for name, share in table.items() if name not in {"Kraków", "Wieliczka"}
    )


def test_a_saved_zone_left_picked_does_not_hide_a_new_circle(app, krakow_centre, outline):
    save_zone(app, "Strefa 10 km", outline)
    (area,) = stored(app)

    response = zone(app, krakow_centre, saved=area.id, radius=25)

    assert len(shares(response)) > len(shares(zone(app, krakow_centre)))


def test_download_sends_the_zone_as_geojson(app, drawn, outline):
    with app.server.test_request_context():
        sent = zones.update_download(1, outline)

    assert sent["filename"] == "strefa.geojson"
    collection = json.loads(base64.b64decode(sent["content"]))
    assert collection["name"] == "strefa"
    geometry = shape(collection["features"][0]["geometry"])
    assert geometry.geom_type == "Polygon"
    assert geometry.equals_exact(drawn_outline(drawn), 1e-9)


@pytest.mark.parametrize(("clicks", "kept"), [(None, True), (1, False)])
def test_download_without_a_zone_does_nothing(app, outline, clicks, kept):
    with app.server.test_request_context(), pytest.raises(PreventUpdate):
        zones.update_download(clicks, outline if kept else None)
