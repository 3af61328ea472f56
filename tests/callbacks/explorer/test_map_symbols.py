"""The symbol choice follows the map: a new indicator's symbol as drawn, circles for counts."""

from __future__ import annotations

import json

from callbacks import ids
from tests.support.dash_client import dispatch

OUTPUT = f"{ids.SYMBOL_RADIO}.value"


def symbol_choice(
    app, indicator: str, drawn: str | None, lang: str = "pl", current: str | None = None
) -> tuple[str | None, list]:
    shown = {"scope": "smk", "indicator_id": indicator, "year": 2024, "options": {"symbol": drawn}}
    values = {
        f"{ids.MAP_SHOWN_INDICATOR}.data": indicator,
        f"{ids.MAP_SHOWN_VIEW}.data": shown,
        f"{ids.SYMBOL_RADIO}.value": current,
        f"{ids.LANG_STORE}.data": lang,
    }
    with app.server.test_client() as client:
        status, body = dispatch(client, app, OUTPUT, values, [f"{ids.MAP_SHOWN_INDICATOR}.data"])
    assert status == 200, body[:300]
    radio = json.loads(body)["response"][ids.SYMBOL_RADIO]
    return radio.get("value"), radio["options"]


def test_the_radio_shows_the_symbol_the_map_drew_and_offers_circles_for_a_count_only(app):
    count, count_options = symbol_choice(app, "registered_unemployed", "circles")
    rate, rate_options = symbol_choice(app, "density", "choropleth", current="circles")

    assert count == "circles" and rate == "choropleth"
    assert [option["disabled"] for option in count_options] == [False, False]
    assert [option["label"] for option in count_options] == ["Kartogram", "Koła proporcjonalne"]
    circles = next(option for option in rate_options if option["value"] == "circles")
    assert circles["disabled"] and "sumy" in circles["title"]


def test_a_count_a_link_drew_as_a_choropleth_keeps_it(app):
    assert symbol_choice(app, "population", "choropleth", current="circles")[0] == "choropleth"


def test_an_unchanged_symbol_is_not_set_again(app):
    assert symbol_choice(app, "deaths", "circles", current="circles")[0] is None  # no new paint
    assert symbol_choice(app, "density", None, current="circles")[0] is None  # refused: as asked


def test_an_unknown_or_malformed_shown_view_changes_nothing(app):
    for indicator, shown in (("nope", {}), ("density", "x")):
        values = {
            f"{ids.MAP_SHOWN_INDICATOR}.data": indicator,
            f"{ids.MAP_SHOWN_VIEW}.data": shown,
            f"{ids.SYMBOL_RADIO}.value": "circles",
            f"{ids.LANG_STORE}.data": "pl",
        }
        with app.server.test_client() as client:
            status, _ = dispatch(client, app, OUTPUT, values, [f"{ids.MAP_SHOWN_INDICATOR}.data"])
        assert status == 204
