"""The symbol choice: circles first for a count, a choropleth for a rate, a link's kept."""

from __future__ import annotations

import json

from callbacks import ids
from callbacks.explorer.map_symbols import linked_symbol
from tests.support.dash_client import dispatch

OUTPUT = f"{ids.SYMBOL_RADIO}.value"


def symbol_choice(
    app, indicator: str, search: str = "", lang: str = "pl", shown: str | None = None
) -> tuple[str | None, list]:
    values = {
        f"{ids.INDICATOR_DROPDOWN}.value": indicator,
        f"{ids.URL}.search": search,
        f"{ids.SYMBOL_RADIO}.value": shown,
        f"{ids.LANG_STORE}.data": lang,
    }
    with app.server.test_client() as client:
        status, body = dispatch(client, app, OUTPUT, values, [f"{ids.INDICATOR_DROPDOWN}.value"])
    assert status == 200, body[:300]
    radio = json.loads(body)["response"][ids.SYMBOL_RADIO]
    return radio.get("value"), radio["options"]


def test_a_count_is_drawn_as_circles_and_a_rate_as_a_choropleth(app):
    count, count_options = symbol_choice(app, "registered_unemployed")
    rate, rate_options = symbol_choice(app, "density")

    assert count == "circles" and rate == "choropleth"
    assert [option["disabled"] for option in count_options] == [False, False]
    assert [option["label"] for option in count_options] == ["Kartogram", "Koła proporcjonalne"]
    circles = next(option for option in rate_options if option["value"] == "circles")
    assert circles["disabled"] and "sumy" in circles["title"]


def test_a_link_that_names_the_symbol_of_its_indicator_keeps_it(app):
    link = "?ind=population&sym=choropleth"
    assert symbol_choice(app, "population", link)[0] == "choropleth"
    assert symbol_choice(app, "deaths", link)[0] == "circles"  # the user picked another
    assert linked_symbol("?ind=population&sym=bars", "population") is None


def test_an_unchanged_symbol_is_not_set_again(app):
    assert symbol_choice(app, "deaths", shown="circles")[0] is None  # no new paint asked
    assert symbol_choice(app, "density", shown="circles")[0] == "choropleth"
