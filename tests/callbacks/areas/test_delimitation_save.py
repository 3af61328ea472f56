"""Saving a delimited area under its name, and downloading it in a format and CRS."""

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
from callbacks.areas import delimitation_save
from layers.store.database import open_database
from layers.store.saved_areas import saved_areas
from layers.store.users import User
from server.database import database_url
from server.i18n import text
from tests.callbacks.areas.test_delimitation import call, delimit
from tests.support.access_fixtures import USER
from tests.support.dash_client import dispatch, prop_key

KRAKOW, WIELICZKA = "1261011", "1219053"
DOWNLOAD_OUTPUT = f"{ids.DELIMIT_DOWNLOAD}.data"


@pytest.fixture
def members(app) -> list[str]:
    """The members of the area the default criteria delimit around Kraków."""
    return delimit(app)[0][ids.DELIMIT_MEMBERS]["data"]


# --- saving --------------------------------------------------------------------------------


def save(app, name: str | None, members: list[str], clicks: int = 1, lang: str = "pl"):
    with app.server.test_request_context():
        flask.g.geoportal_user = User(USER, "official", "2026-01-01")  # an official saves
        return delimitation_save.update_saved(
            clicks=clicks, name=name, members=members, core=KRAKOW, lang=lang
        )


def stored(app) -> list:
    return saved_areas(open_database(database_url(app.server.config)))


def test_saving_stores_the_area_once_under_its_name(app, members):

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
    clicks = dict.fromkeys(delimitation_save.EXPORTS)
    values = {
        prop_key({"type": ids.DELIMIT_EXPORT, "index": ALL}, "n_clicks"): {**clicks, key: 1},
        prop_key(ids.DELIMIT_MEMBERS, "data"): members,
        prop_key(ids.DELIMIT_CORE, "value"): KRAKOW,
    }
    changed = [prop_key({"type": ids.DELIMIT_EXPORT, "index": key}, "n_clicks")]
    response, _ = call(app, DOWNLOAD_OUTPUT, values, changed)
    return response[ids.DELIMIT_DOWNLOAD]["data"]


def test_geojson_in_puwg_1992_has_metre_coordinates(app, members):
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
            key: 1 for key in delimitation_save.EXPORTS
        },
        prop_key(ids.DELIMIT_MEMBERS, "data"): [],
        prop_key(ids.DELIMIT_CORE, "value"): KRAKOW,
    }
    changed = [prop_key({"type": ids.DELIMIT_EXPORT, "index": "gpkg:EPSG:2180"}, "n_clicks")]
    with app.server.test_client() as client:
        status, _ = dispatch(client, app, DOWNLOAD_OUTPUT, values, changed)

    assert status == 204
