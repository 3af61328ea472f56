"""Delimitation of a functional area: criteria rows, the map by reason, saving, downloads."""

from __future__ import annotations

import base64
import io
import json

import flask
import pytest
from dash import ALL
from dash.exceptions import PreventUpdate

import geopandas as gpd
from shapely.geometry import shape

from callbacks import ids
from callbacks.areas import delimitation
from layers.store.database import open_database
from layers.store.saved_areas import saved_areas
from layers.store.users import User
from server.database import database_url
from server.i18n import text
from tests.support.access_fixtures import USER, signed_in_client
from tests.support.dash_client import dispatch, prop_key
from tests.support.map_patch import applied, by_gmina, classes

KRAKOW, WIELICZKA, BOCHNIA = "1261011", "1219053", "1201011"
KOM2003_GMINAS, SMK_GMINAS = 51, 15
DEFAULT_MEMBERS = 18  # with the default criteria around Kraków
MAP_OUTPUT = f"{ids.DELIMIT_STATE}.data"
DOWNLOAD_OUTPUT = f"{ids.DELIMIT_DOWNLOAD}.data"
ROW_KINDS = (ids.DELIMIT_INDICATOR, ids.DELIMIT_OPERATOR, ids.DELIMIT_THRESHOLD)


def row_key(kind: str) -> str:
    """The request key of a criterion column: every row's control of one kind."""
    return prop_key({"type": kind, "index": ALL}, "value")


def row_prop(kind: str, index: int | str, prop: str = "value") -> str:
    """The ``changedPropIds`` entry of one row's control."""
    return prop_key({"type": kind, "index": index}, prop)


def delimit_values(**changes) -> dict:
    """What the browser sends with the layout's defaults, overridden by ``changes``."""
    columns = list(zip(*delimitation.DEFAULT_CRITERIA, strict=True))
    values = {
        prop_key(ids.AREAS_SCOPE, "value"): "kom2003",
        prop_key(ids.DELIMIT_CORE, "value"): KRAKOW,
        **{row_key(kind): dict(enumerate(columns[i])) for i, kind in enumerate(ROW_KINDS)},
        row_key(ids.DELIMIT_RELATIVE): {
            i: ["relative"] if relative else [] for i, relative in enumerate(columns[3])
        },
        prop_key(ids.DELIMIT_MIN_OTHERS, "value"): 2,
        prop_key(ids.DELIMIT_CONTIGUOUS, "value"): ["contiguous"],
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.AREAS_OPENED, "data"): True,
    }
    values.update(changes)
    return values


def call(app, output: str, values: dict, changed: list[str]) -> tuple[dict, int]:
    with signed_in_client(app) as client:  # an official: saving is theirs
        status, body = dispatch(client, app, output, values, changed)
    assert status == 200, body[:500]
    return json.loads(body)["response"], len(body)


def delimit(app, changed: str | None = None, **changes) -> tuple[dict, int]:
    changed = changed or prop_key(ids.AREAS_SCOPE, "value")
    return call(app, MAP_OUTPUT, delimit_values(**changes), [changed])


def table_rows(response: dict) -> dict[str, list]:
    """The result table as the user reads it: gmina name → its other cells (text, class)."""
    table = response[ids.DELIMIT_TABLE]["children"]["props"]["children"]
    body = table[1]["props"]["children"]
    rows = {}
    for tr in body:
        name, *cells = (td["props"] for td in tr["props"]["children"])
        rows[name["children"]] = [(cell["children"], cell.get("className")) for cell in cells]
    return rows


def reasons_on_map(app, response: dict) -> dict[str, str]:
    """The reason each gmina's hover names, by TERYT."""
    state = applied(response[ids.DELIMIT_STATE]["data"])
    return by_gmina(app, state, state["paint"]["columns"][0])


# --- the map, table and comparison ---------------------------------------------------------


@pytest.fixture
def first_run(app) -> tuple[dict, int]:
    return delimit(app)


def test_first_run_paints_the_scope(app, first_run):
    response, _ = first_run

    state = applied(response[ids.DELIMIT_STATE]["data"])
    assert state["geometry"].startswith("/geometry/kom2003/pl/")
    assert len(classes(app, response[ids.DELIMIT_STATE]["data"])) == KOM2003_GMINAS
    assert state["paint"]["hover"] == ["{0}"]
    assert response[ids.DELIMIT_NOTICE]["children"] is None


def test_krakow_is_the_core_on_the_map_and_in_the_table(app, first_run):
    response, _ = first_run
    core = text("reason_core", "pl")

    reasons = reasons_on_map(app, response)
    assert reasons[KRAKOW] == core == "rdzeń"
    assert list(reasons.values()).count(core) == 1
    assert classes(app, response[ids.DELIMIT_STATE]["data"])[KRAKOW] == 0  # the first reason
    assert table_rows(response)["Kraków"][-1] == (core, None)


def test_the_area_is_what_the_map_and_table_show(app, first_run):
    response, _ = first_run
    members = response[ids.DELIMIT_MEMBERS]["data"]

    reasons = reasons_on_map(app, response)
    inside = {text(f"reason_{r}", "pl") for r in ("core", "criteria", "enclave_filled")}
    assert len(members) == DEFAULT_MEMBERS
    assert KRAKOW in members and WIELICZKA in members and BOCHNIA not in members
    assert {code for code, reason in reasons.items() if reason in inside} == set(members)
    assert reasons[BOCHNIA] == text("reason_not_met", "pl")
    rows = table_rows(response)
    assert len(rows) >= len(members)
    assert "Wieliczka" in rows and "Bochnia (gm. miejska)" not in rows
    # Five criteria: five value cells, then the reason.
    assert all(len(cells) == len(delimitation.DEFAULT_CRITERIA) + 1 for cells in rows.values())


def test_the_comparison_counts_the_members(first_run):
    response, _ = first_run
    members = response[ids.DELIMIT_MEMBERS]["data"]

    notes = [
        item["props"]["children"]
        for item in response[ids.DELIMIT_COMPARISON]["children"]["props"]["children"]
    ]
    assert notes[0].startswith("Z Metropolią Krakowską: w obu ")
    assert notes[1].startswith(
        f"Z KOM 2003: w obu {len(members)}, tylko w delimitacji 0, "
        f"tylko w KOM {KOM2003_GMINAS - len(members)} ("
    )


def test_redrawing_the_same_scope_sends_colours_not_geometry(app, first_run):
    _, first_size = first_run

    response, size = delimit(app, row_prop(ids.DELIMIT_THRESHOLD, 1))

    patch = response[ids.DELIMIT_STATE]["data"]
    assert patch["__dash_patch_update"] == "__dash_patch_update"
    written = json.dumps(patch)
    assert "polygons" not in written and "coordinates" not in written
    assigned = {tuple(op["location"]) for op in patch["operations"]}
    assert {("geometry",), ("paint",)} <= assigned
    assert size == pytest.approx(first_size, rel=0.2)


def test_another_scope_is_drawn_whole(app):
    response, _ = delimit(app, **{prop_key(ids.AREAS_SCOPE, "value"): "smk"})

    assert len(classes(app, response[ids.DELIMIT_STATE]["data"])) == SMK_GMINAS
    assert "/geometry/smk/" in applied(response[ids.DELIMIT_STATE]["data"])["geometry"]


def test_a_stricter_density_threshold_drops_a_gmina(app):
    columns = list(zip(*delimitation.DEFAULT_CRITERIA, strict=True))
    thresholds = {**dict(enumerate(columns[2])), 1: 1000}

    response, _ = delimit(
        app,
        row_prop(ids.DELIMIT_THRESHOLD, 1),
        **{row_key(ids.DELIMIT_THRESHOLD): thresholds},
    )

    assert len(response[ids.DELIMIT_MEMBERS]["data"]) == DEFAULT_MEMBERS - 1
    assert len(table_rows(response)) == DEFAULT_MEMBERS - 1


def test_cleared_rows_are_left_out(app):
    indicators = {0: None, 1: None, 2: None, 3: None, 4: None}

    response, _ = delimit(
        app, row_prop(ids.DELIMIT_INDICATOR, 0), **{row_key(ids.DELIMIT_INDICATOR): indicators}
    )

    # No criterion: the area is the core alone and the table has only the reason column.
    assert response[ids.DELIMIT_MEMBERS]["data"] == [KRAKOW]
    assert table_rows(response) == {"Kraków": [(text("reason_core", "pl"), None)]}


def test_a_core_outside_the_scope_shows_a_polish_alert(app):
    response, _ = delimit(
        app,
        prop_key(ids.DELIMIT_CORE, "value"),
        **{
            prop_key(ids.AREAS_SCOPE, "value"): "smk",
            prop_key(ids.DELIMIT_CORE, "value"): BOCHNIA,
        },
    )

    alert = response[ids.DELIMIT_NOTICE]["children"]["props"]
    assert alert["children"] == text("error_delimitation", "pl")
    assert alert["role"] == "alert"
    assert ids.DELIMIT_STATE not in response  # the map keeps what it showed
    assert response[ids.DELIMIT_MEMBERS]["data"] == []


def test_the_table_speaks_english(app):
    response, _ = delimit(app, **{prop_key(ids.LANG_STORE, "data"): "en"})

    assert table_rows(response)["Kraków"][-1] == ("core", None)
    assert reasons_on_map(app, response)[BOCHNIA] == "outside the area"


# --- saving --------------------------------------------------------------------------------


def save(app, name: str | None, members: list[str], clicks: int = 1, lang: str = "pl"):
    with app.server.test_request_context():
        flask.g.geoportal_user = User(USER, "official", "2026-01-01")  # an official saves
        return delimitation.update_saved(clicks, name, members, KRAKOW, lang)


def stored(app) -> list:
    return saved_areas(open_database(database_url(app.server.config)))


def test_saving_stores_the_area_once_under_its_name(app, first_run):
    members = first_run[0][ids.DELIMIT_MEMBERS]["data"]

    first = save(app, "  Obszar Krakowa  ", members)
    second = save(app, "Obszar Krakowa", members, clicks=2)

    assert first == f"Zapisano „Obszar Krakowa” ({len(members)} gmin)."
    assert second.children == text("error_saved_area", "pl")
    assert second.role == "alert"
    areas = stored(app)
    assert len(areas) == 1
    area = areas[0]
    assert (area.name, area.kind, area.params) == (
        "Obszar Krakowa",
        "delimitation",
        {"core": KRAKOW},
    )
    assert area.members == tuple(members)
    outline = shape(area.geometry)
    assert outline.geom_type in {"Polygon", "MultiPolygon"}
    lon, lat = outline.centroid.x, outline.centroid.y
    assert 19.5 < lon < 20.5 and 49.8 < lat < 50.3  # lon/lat (EPSG:4326) around Kraków


@pytest.mark.parametrize("name", [None, "   ", "x" * 81])
def test_a_missing_or_too_long_name_is_refused(app, name):
    result = save(app, name, [KRAKOW, WIELICZKA])

    assert result.children == text("error_saved_area", "pl")
    assert stored(app) == []


@pytest.mark.parametrize(("clicks", "members"), [(None, [KRAKOW]), (1, []), (1, None)])
def test_nothing_to_save_does_nothing(app, clicks, members):
    with pytest.raises(PreventUpdate):
        save(app, "Obszar", members, clicks=clicks)


# --- downloads -----------------------------------------------------------------------------


def download(app, key: str, members: list[str]) -> dict:
    clicks = dict.fromkeys(delimitation.EXPORTS)
    values = {
        prop_key({"type": ids.DELIMIT_EXPORT, "index": ALL}, "n_clicks"): {**clicks, key: 1},
        prop_key(ids.DELIMIT_MEMBERS, "data"): members,
        prop_key(ids.DELIMIT_CORE, "value"): KRAKOW,
    }
    changed = [prop_key({"type": ids.DELIMIT_EXPORT, "index": key}, "n_clicks")]
    response, _ = call(app, DOWNLOAD_OUTPUT, values, changed)
    return response[ids.DELIMIT_DOWNLOAD]["data"]


def test_geojson_in_puwg_1992_has_metre_coordinates(app, first_run):
    members = first_run[0][ids.DELIMIT_MEMBERS]["data"]

    sent = download(app, "geojson:EPSG:2180", members)

    assert sent["filename"] == f"obszar-{KRAKOW}-2180.geojson"
    collection = json.loads(base64.b64decode(sent["content"]))
    assert "2180" in collection["crs"]["properties"]["name"]
    assert sorted(f["properties"]["teryt"] for f in collection["features"]) == sorted(members)
    krakow = next(f for f in collection["features"] if f["properties"]["teryt"] == KRAKOW)
    assert krakow["properties"]["name"] == "Kraków"
    x, y = shape(krakow["geometry"]).representative_point().coords[0]
    assert x > 100_000 and y > 100_000  # metres, not degrees
    assert 500_000 < x < 620_000 and 200_000 < y < 290_000  # Kraków in PL-1992


def test_geojson_in_wgs84_has_degrees(app):
    sent = download(app, "geojson:EPSG:4326", [KRAKOW, WIELICZKA])

    assert sent["filename"] == f"obszar-{KRAKOW}-4326.geojson"
    frame = gpd.read_file(io.BytesIO(base64.b64decode(sent["content"])))
    assert frame.crs.to_epsg() == 4326
    minx, miny, maxx, maxy = frame.total_bounds
    assert 19.5 < minx < maxx < 20.5 and 49.8 < miny < maxy < 50.3


@pytest.mark.parametrize("epsg", [4326, 2180])
def test_geopackage_holds_the_members_in_its_crs(app, tmp_path, epsg):
    members = [KRAKOW, WIELICZKA, "1206113"]

    sent = download(app, f"gpkg:EPSG:{epsg}", members)

    assert sent["filename"] == f"obszar-{KRAKOW}-{epsg}.gpkg"
    content = base64.b64decode(sent["content"])
    assert content.startswith(b"SQLite format 3")
    path = tmp_path / sent["filename"]
    path.write_bytes(content)
    frame = gpd.read_file(path, layer="obszar")
    assert frame.crs.to_epsg() == epsg
    assert sorted(frame["teryt"]) == sorted(members)


def test_download_without_an_area_does_nothing(app):
    values = {
        prop_key({"type": ids.DELIMIT_EXPORT, "index": ALL}, "n_clicks"): {
            key: 1 for key in delimitation.EXPORTS
        },
        prop_key(ids.DELIMIT_MEMBERS, "data"): [],
        prop_key(ids.DELIMIT_CORE, "value"): KRAKOW,
    }
    changed = [prop_key({"type": ids.DELIMIT_EXPORT, "index": "gpkg:EPSG:2180"}, "n_clicks")]
    with app.server.test_client() as client:
        status, _ = dispatch(client, app, DOWNLOAD_OUTPUT, values, changed)

    assert status == 204
