"""A map view's colours by address: what the explorer's map fetches on every switch."""

from __future__ import annotations

import gzip
import logging

import orjson
import pytest

from callbacks import ids
from layers.analysis.values import first_base_year
from server import paint
from server.i18n import text
from server.paint import VIEW_OPTIONS, requested_view
from server.paint import paint_address as paint_view_address
from tests.support.access_fixtures import INTERNAL, signed_in_client
from tests.support.paint import fetched_paint, paint_address

KRAKOW = "1261011"


def geometry_ids(app, address: str) -> list[str]:
    return app.server.test_client().get(address).get_json()["ids"]


def test_a_views_colours_name_their_geometry_and_follow_its_order(app):
    paint = fetched_paint(app, "smk")
    codes = geometry_ids(app, paint["geometry"])

    assert paint["geometry"].startswith("/geometry/smk/pl/")
    assert len(codes) == len(paint["classes"]) == 15
    krakow = codes.index(KRAKOW)
    assert paint["classes"][krakow] == 4  # the top quantile class
    assert [column[krakow] for column in paint["columns"]] == ["809 168 osób", 1]
    assert paint["hover"] == ["{0}", "miejsce: {1}/15"]


def test_a_palette_switch_changes_the_colours_not_the_classes(app):
    blues = fetched_paint(app, "smk")
    reds = fetched_paint(app, "smk", options={"palette": "Reds"})
    reversed_reds = fetched_paint(app, "smk", options={"palette": "Reds", "reverse": ["reverse"]})

    assert reds["classes"] == blues["classes"] and reds["colors"] != blues["colors"]
    assert reversed_reds["colors"] == reds["colors"][::-1]


def test_poland_sends_values_and_colours_only_small_once_compressed(app):
    answer = app.server.test_client().get(
        paint_address("poland", indicator_id="density"), headers={"Accept-Encoding": "gzip"}
    )
    body = gzip.decompress(answer.get_data()) if answer.content_encoding == "gzip" else answer.data

    assert b"coordinates" not in body and b"polygons" not in body
    assert answer.content_encoding == "gzip" and len(answer.get_data()) < 40_000
    assert body.count(b",") > 2477  # a class per gmina


def test_a_powiat_indicator_colours_the_scopes_powiats(app):
    paint = fetched_paint(app, "smk", indicator_id="avg_gross_salary_powiat")

    assert "/geometry/powiats-smk/" in paint["geometry"]
    assert sorted(geometry_ids(app, paint["geometry"])) == ["1206000", "1219000", "1261000"]
    assert len(paint["classes"]) == 3 and min(paint["classes"]) >= 0


def test_a_new_indicator_keeps_a_base_year_it_has_and_takes_its_first_otherwise(app, dataset):
    density = dataset.catalog["density"]
    bases = dataset.values.base_years(density)
    kept = fetched_paint(
        app, "smk", indicator_id="density", new_indicator=True, options={"base_year": bases[1]}
    )
    lacking = fetched_paint(
        app, "smk", indicator_id="density", new_indicator=True, options={"base_year": 1900}
    )

    assert kept["base_year"] == bases[1]
    assert lacking["base_year"] == first_base_year(bases, lacking["year"])


def test_a_new_indicator_without_the_year_shows_its_latest_as_the_year_control(app):
    latest = fetched_paint(app, "smk", indicator_id="density", year=2024)
    lacking = fetched_paint(app, "smk", indicator_id="density", year=1990, new_indicator=True)
    kept = fetched_paint(app, "smk", indicator_id="density", year=2020, new_indicator=True)
    chosen = app.server.test_client().get(
        paint_address("smk", indicator_id="marriages_per_1000", year=2023)
    )

    assert (lacking["year"], lacking["classes"]) == (latest["year"], latest["classes"])
    assert kept["year"] == 2020
    assert chosen.get_json()["error"]["code"] == "no_data"  # a year the user chose: as asked


@pytest.mark.parametrize(
    ("lang", "message"),
    [("pl", "Nie można użyć tych progów"), ("en", "These breaks cannot be used")],
)
def test_bad_manual_breaks_are_refused_in_the_users_language(app, lang, message):
    address = paint_address("smk", lang, options={"scheme": "manual", "breaks": "abc"})
    answer = app.server.test_client().get(address)

    assert answer.status_code == 200  # asked for by the user: answered, with the reason
    assert "classes" not in answer.get_json()
    assert answer.get_json()["error"]["code"] == "manual_breaks"
    assert message in answer.get_json()["error"]["message"]


@pytest.mark.parametrize(
    "view",
    [
        "",
        "not json",
        "[1, 2]",
        '{"indicator_id": "population"}',
        '{"indicator_id": 5, "year": 2024, "options": {"scheme": "quantiles", "k": 5}}',
        '{"indicator_id": "population", "year": "2024", "options": {"scheme": "quantiles"}}',
        '{"indicator_id": "population", "year": 2024, "options": {"scheme": "q", "k": true}}',
        '{"indicator_id": "nope", "year": 2024, "options": {"scheme": "quantiles", "k": 5}}',
        '{"indicator_id": "population", "year": 1e300, "options": {"scheme": "quantiles", "k": 5}}',
        '{"indicator_id": "population", "year": 2024, "options": {"scheme": "quantiles", "k": 99}}',
        '{"indicator_id": "population", "year": 2024, "options": {"scheme": "x", "k": 5}}',
        '{"indicator_id": "population", "year": 2024, "options": {"scheme": "quantiles",'
        ' "k": 5, "palette": "NoSuch"}}',
    ],
)
def test_a_malformed_or_tampered_view_gets_a_json_400_never_a_500(app, view):
    answer = app.server.test_client().get("/paint/smk/pl", query_string={"view": view})

    assert answer.status_code == 400, answer.get_data(as_text=True)[:300]
    assert answer.get_json()["error"]["message"]


@pytest.mark.parametrize("scope", ["nowhere", "..", "smk;drop"])
def test_an_unknown_scope_gets_a_json_400(app, scope):
    answer = app.server.test_client().get(paint_address(scope))

    assert answer.status_code == 400
    assert answer.get_json()["error"]["code"]


def test_an_internal_indicator_is_painted_for_an_official_never_for_a_visitor(internal):
    address = paint_address("smk", indicator_id=INTERNAL, year=2024)
    official = signed_in_client(internal.app)
    visitor = internal.app.server.test_client()

    assert official.get(address).status_code == 200  # computed (and cached) for officials
    refused = visitor.get(address)
    assert refused.status_code == 400
    assert refused.get_json()["error"]["code"] == "unknown_indicator"
    assert "no-store" in refused.headers["Cache-Control"]


def test_the_view_names_every_option_the_controls_set(dataset):
    asked = requested_view(
        "smk",
        '{"indicator_id": "density", "year": 2020.4, "options": {"base_year": 2015,'
        ' "scheme": "fisher_jenks", "k": 7, "breaks": null, "palette": "Reds",'
        ' "reverse": ["reverse"], "symbol": "circles"}}',
        dataset,
    )

    assert VIEW_OPTIONS == ("base_year", "scheme", "k", "breaks", "palette", "reverse", "symbol")
    assert asked.symbol == "circles"
    assert (asked.indicator, asked.year, asked.base_year, asked.k) == ("density", 2020, 2015, 7)
    assert (asked.scheme, asked.palette, asked.reverse) == ("fisher_jenks", "Reds", True)


def test_the_servers_address_of_a_view_is_the_one_the_browser_asks(app):
    view = {
        "indicator_id": "density",
        "year": 2024,
        "options": {"scheme": "quantiles", "k": 5, "palette": "Reds", "reverse": []},
    }
    with app.server.test_request_context():
        address = paint_view_address("smk", "pl", view)
    answer = app.server.test_client().get(address)

    assert (
        answer.get_json()["classes"]
        == fetched_paint(app, "smk", indicator_id="density", options={"palette": "Reds"})["classes"]
    )


def broken(*args: object, **kwargs: object) -> None:
    raise RuntimeError("a fault injected by the test")


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_an_unexpected_failure_is_logged_and_told_on_the_page(app, monkeypatch, caplog, lang):
    monkeypatch.setattr(paint, "cached_view", broken)

    with caplog.at_level(logging.ERROR, logger=paint.__name__):
        answer = app.server.test_client().get(paint_address("smk", lang, year=2023))

    assert answer.status_code == 500 and "Traceback" not in answer.get_data(as_text=True)
    (notice,) = answer.get_json()["panels"].values()  # the page's notice, nothing else
    assert notice["props"]["children"] == text("error_unexpected", lang)
    (record,) = caplog.records
    assert record.exc_info[1].args == ("a fault injected by the test",)


def test_a_count_drawn_as_circles_sends_radii_and_its_circle_legend_not_geometry(app):
    answer = app.server.test_client().get(
        paint_address("smk", options={"symbol": "circles"}), headers={"Accept-Encoding": "gzip"}
    )
    body = gzip.decompress(answer.get_data()) if answer.content_encoding == "gzip" else answer.data
    paint = orjson.loads(body)
    codes = geometry_ids(app, paint["geometry"])
    radii = paint["circles"]["radii"]

    assert b"coordinates" not in body and b"polygons" not in body and b"points" not in body
    assert len(radii) == 15 and max(radii) == radii[codes.index(KRAKOW)]
    assert [column[codes.index(KRAKOW)] for column in paint["columns"]] == ["809 168 osób", 1]
    legend = orjson.dumps(paint["panels"]).decode()
    assert legend.count("legend-circle-label") == 3 and "500 000" in legend


def test_a_rate_asked_as_circles_is_painted_as_a_choropleth(app):
    paint = fetched_paint(app, "smk", indicator_id="density", options={"symbol": "circles"})
    assert "circles" not in paint and len(set(paint["colors"])) == 5


@pytest.mark.parametrize(
    ("indicator", "symbol"), [("population", "circles"), ("density", "choropleth")]
)
def test_a_view_naming_no_symbol_is_drawn_as_its_indicator_is_first(app, indicator, symbol):
    paint = fetched_paint(app, "smk", indicator_id=indicator, options={"symbol": None})
    assert paint["symbol"] == symbol and ("circles" in paint) == (symbol == "circles")


def test_the_answer_names_the_symbol_drawn_not_the_one_asked(app):
    paint = fetched_paint(app, "smk", indicator_id="density", options={"symbol": "circles"})
    assert paint["symbol"] == "choropleth"


def test_an_unknown_symbol_is_a_malformed_view(app):
    answer = app.server.test_client().get(paint_address("smk", options={"symbol": "bars"}))
    assert answer.status_code == 400 and answer.get_json()["error"]["code"] == "map_view"


def test_a_circle_views_announcement_says_circles_not_classes(app):
    paint = fetched_paint(app, "smk", options={"symbol": "circles"})
    said = paint["panels"][ids.LEGEND_ANNOUNCE].replace("\u00a0", " ")
    assert said.startswith("Mapa: Ludność [osoby], 2024; koła proporcjonalne")
    assert "809 168 osób" in said and "klas" not in said
