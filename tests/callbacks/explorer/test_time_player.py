"""The year player's layout and the series break's text (the stepping runs in the browser)."""

from __future__ import annotations

import json

import pytest

from callbacks import ids
from callbacks.explorer.time_player import PACES_MS, control, pace_options
from server.i18n import text
from tests.callbacks.explorer.test_map_view import component_props
from tests.support.dash_client import dispatch, prop_key


def break_of(app, indicator_id: str, lang: str = "pl") -> dict:
    values = {
        prop_key(ids.MAP_SHOWN_INDICATOR, "data"): indicator_id,
        prop_key(ids.LANG_STORE, "data"): lang,
    }
    with app.server.test_client() as client:
        status, body = dispatch(
            client,
            app,
            f"{ids.BREAK_STORE}.data",
            values,
            [prop_key(ids.MAP_SHOWN_INDICATOR, "data")],
        )
    assert status == 200
    return json.loads(body)["response"][ids.BREAK_STORE]["data"]


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_an_indicator_with_a_break_gets_its_years_in_the_marker(app, dataset, lang):
    population = break_of(app, "population", lang)
    unemployment = break_of(app, "unemployment_rate_powiat", lang)

    assert population["year"] == dataset.catalog["population"].series_break == 2020
    assert population["text"].startswith(
        text("player_series_break", lang).format(before=2019, after=2020)
    )
    assert "2019→2020" in population["text"]
    assert unemployment["year"] == 2021 and "2020→2021" in unemployment["text"]


def test_an_indicator_without_a_break_has_no_marker(app, dataset):
    assert dataset.catalog["share_working"].series_break is None
    assert break_of(app, "share_working") == {
        "year": None,
        "indicator": "share_working",
        "text": "",
    }


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_play_button_is_a_toggle_off_at_first_and_the_timer_stopped(lang):
    layout = control(lang)
    button = component_props(layout, ids.PLAY_BUTTON)
    timer = component_props(layout, ids.PLAY_INTERVAL)

    assert button["aria-pressed"] == "false"
    assert button["type"] == "button"
    assert timer["disabled"] is True
    assert button["children"] == text("player_play", lang)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_paces_are_written_as_the_language_writes_numbers(lang):
    labels = [option["label"] for option in pace_options(lang)]

    assert [option["value"] for option in pace_options(lang)] == list(PACES_MS)
    assert labels[0] == text("player_pace_option", lang).format(
        seconds="0,5" if lang == "pl" else "0.5"
    )
    assert labels[1] == text("player_pace_option", lang).format(seconds="1")
