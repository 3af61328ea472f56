"""The PNG of a map view, as the map toolbar's button downloads it."""

from __future__ import annotations

import io
from urllib.parse import quote

import pytest
from PIL import Image

from tests.support.access_fixtures import INTERNAL, signed_in_client
from tests.support.paint import paint_address


def image_address(scope: str, lang: str = "pl", **changes: object) -> str:
    """Return the PNG's address as the toolbar builds it: the paint address, renamed."""
    return paint_address(scope, lang, **changes).replace("/paint/", "/map-image/", 1)


def test_a_view_answers_its_static_map_as_a_png_attachment(app):
    answer = app.server.test_client().get(image_address("smk"))

    assert answer.status_code == 200, answer.get_data(as_text=True)[:300]
    assert answer.mimetype == "image/png"
    assert "mapa_population_2024_smk.png" in answer.headers["Content-Disposition"]
    image = Image.open(io.BytesIO(answer.data))
    assert image.size == (1920, 1080)
    assert "no-store" in answer.headers["Cache-Control"]


def test_a_view_without_a_map_is_refused_in_the_users_language(app):
    answer = app.server.test_client().get(
        image_address("smk", "en", options={"scheme": "manual", "breaks": "abc"})
    )

    assert answer.status_code == 422
    assert answer.get_json()["error"]["message"]


def test_a_malformed_view_gets_a_json_400_never_a_500(app):
    answer = app.server.test_client().get("/map-image/smk/pl", query_string={"view": "{"})

    assert answer.status_code == 400
    assert answer.get_json()["error"]["code"]


def test_an_internal_indicator_is_drawn_for_an_official_never_for_a_visitor(internal):
    address = image_address("smk", indicator_id=INTERNAL, year=2024)

    assert signed_in_client(internal.app).get(address).mimetype == "image/png"
    refused = internal.app.server.test_client().get(address)
    assert refused.status_code == 400
    assert refused.get_json()["error"]["code"] == "unknown_indicator"


def test_the_view_the_map_shows_is_drawn_after_a_pan_or_zoom(app):
    client = app.server.test_client()
    whole = client.get(image_address("smk")).data
    zoomed = client.get(image_address("smk") + "&extent=19.85,50.0,20.05,50.1")

    assert zoomed.status_code == 200 and zoomed.mimetype == "image/png"
    assert Image.open(io.BytesIO(zoomed.data)).size == (1920, 1080)
    assert zoomed.data != whole


@pytest.mark.parametrize(
    "extent",
    ["", "19.85,50.0,20.05", "a,b,c,d", "nan,50,20,50.1", "20.05,50,19.85,50.1", "-10,50,20,51"],
)
def test_a_bad_extent_draws_the_scope_never_a_500(app, extent):
    client = app.server.test_client()
    whole = client.get(image_address("smk")).data
    answer = client.get(image_address("smk") + "&extent=" + quote(extent))

    assert answer.status_code == 200 and answer.mimetype == "image/png"
    assert answer.data == whole
