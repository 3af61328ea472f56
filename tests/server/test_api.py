"""The read API over HTTP: every endpoint, GeoJSON and CSV, errors, internal data and tokens."""

from __future__ import annotations

import csv
import io

import pytest

from layers.store.database import open_database
from layers.store.saved_areas import SavedArea, save_area
from server.database import database_url
from server.i18n import text
from tests.support.access_fixtures import INTERNAL, sign_in

KRAKOW = "1261011"
API = "/api/v1"


def get(client, path: str, token: str | None = None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.get(API + path, headers=headers)


def test_landing_conformance_and_collections(app):
    client = app.server.test_client()
    landing = get(client, "/").get_json()
    rels = {link["rel"] for link in landing["links"]}
    assert {"self", "conformance", "data"} <= rels
    assert any("core" in c for c in get(client, "/conformance").get_json()["conformsTo"])
    listed = [c["id"] for c in get(client, "/collections").get_json()["collections"]]
    assert listed == [
        "gminas",
        "powiats",
        "voivodeships",
        "smk",
        "kom2003",
        "saved-areas",
        "indicators",
    ]
    one = get(client, "/collections/smk").get_json()
    assert one["id"] == "smk" and any(link["rel"] == "items" for link in one["links"])
    assert landing["title"] == text("api_title", "pl")
    assert one["title"] == "Gminy Metropolii Krakowskiej (SMK) ze wskaźnikami"


def test_titles_speak_english_when_asked(app):
    client = app.server.test_client()

    landing = get(client, "/?lang=en").get_json()
    listed = get(client, "/collections?lang=en").get_json()["collections"]

    assert landing["title"] == "Kraków Metropolis Geoportal – API"
    assert {c["id"]: c["title"] for c in listed}["powiats"] == "Powiats (PRG, simplified)"


def test_items_as_geojson_with_paging(app):
    client = app.server.test_client()
    response = get(client, "/collections/gminas/items?limit=10&offset=20")
    assert response.status_code == 200 and response.mimetype == "application/geo+json"
    body = response.get_json()
    assert body["type"] == "FeatureCollection"
    assert body["numberMatched"] == 2477 and body["numberReturned"] == 10
    following = next(link["href"] for link in body["links"] if link["rel"] == "next")
    assert "offset=30" in following and "limit=10" in following
    after = client.get(following.replace("http://localhost", "")).get_json()
    assert after["features"][0]["id"] != body["features"][0]["id"]


def test_bbox_and_indicator_filter(app):
    client = app.server.test_client()
    body = get(
        client, "/collections/gminas/items?bbox=19.9,50.0,20.0,50.1&indicator=population&year=2023"
    ).get_json()
    codes = {feature["id"] for feature in body["features"]}
    assert KRAKOW in codes and body["numberMatched"] == len(codes) < 15
    krakow = next(f for f in body["features"] if f["id"] == KRAKOW)
    assert krakow["properties"]["year"] == 2023 and krakow["properties"]["population"] > 790000


def test_single_item_and_csv(app):
    client = app.server.test_client()
    item = get(client, f"/collections/smk/items/{KRAKOW}").get_json()
    assert item["properties"]["name"] == "Kraków" and item["geometry"]["type"] in {
        "Polygon",
        "MultiPolygon",
    }
    response = get(client, "/collections/smk/items?f=csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data().decode("utf-8-sig"))))
    assert len(rows) == 15
    krakow = next(row for row in rows if row["id"] == KRAKOW)
    assert krakow["name"] == "Kraków" and float(krakow["population"]) == 809168


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/collections/rivers", 404),
        ("/collections/rivers/items", 404),
        ("/collections/gminas/items/0000000", 404),
        ("/collections/gminas/items?bbox=1,2,3", 400),
        ("/collections/gminas/items?limit=5000", 400),
        ("/collections/gminas/items?limit=abc", 400),
        ("/collections/gminas/items?f=xml", 400),
        ("/collections/gminas/items?indicator=nothing", 400),
        ("/no-such-route", 404),
    ],
)
def test_errors_are_json_never_500(app, path, status):
    response = get(app.server.test_client(), path)
    assert response.status_code == status
    assert response.is_json and "Traceback" not in response.get_data(as_text=True)
    assert set(response.get_json()) == {"code", "description"}


def test_csv_neutralises_formulas(internal):

    square = {"type": "Polygon", "coordinates": [[[19, 50], [20, 50], [20, 51], [19, 50]]]}
    database = open_database(database_url(internal.app.server.config))
    save_area(database, SavedArea('=HYPERLINK("http://x")', "zone", (KRAKOW,), square))
    text = get(internal.app.server.test_client(), "/collections/saved-areas/items?f=csv")
    assert "'=HYPERLINK" in text.get_data().decode("utf-8-sig")


def test_internal_data_needs_a_session_or_a_token(internal):
    visitor = internal.app.server.test_client()
    areas = get(visitor, "/collections/saved-areas/items").get_json()
    assert [f["properties"]["name"] for f in areas["features"]] == ["Strefa publiczna"]
    assert (
        get(visitor, f"/collections/saved-areas/items/{internal.internal_area}").status_code == 404
    )
    assert get(visitor, f"/collections/gminas/items?indicator={INTERNAL}").status_code == 400
    listed = get(visitor, "/collections/indicators/items").get_json()
    assert INTERNAL not in {f["id"] for f in listed["features"]}
    latest = get(visitor, "/collections/smk/items").get_json()["features"][0]["properties"]
    assert INTERNAL not in latest and "population" in latest
    assert get(visitor, "/collections/gminas/items", token="wrong").status_code == 401

    with_token = get(visitor, f"/collections/smk/items?indicator={INTERNAL}", internal.token)
    assert with_token.status_code == 200
    assert with_token.get_json()["features"][0]["properties"][INTERNAL] is not None
    hidden = get(
        visitor, f"/collections/saved-areas/items/{internal.internal_area}", internal.token
    )
    assert hidden.get_json()["properties"]["name"] == "Strefa wewnętrzna"

    official = internal.app.server.test_client()
    sign_in(official)
    listed = get(official, "/collections/indicators/items").get_json()
    assert INTERNAL in {f["id"] for f in listed["features"]}
