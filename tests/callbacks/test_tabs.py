"""A tab: its features laid out in order, every one of them (and those it only wires) registered."""

from __future__ import annotations

import json

import dash
import pytest

import app as app_module
from callbacks import page, upload, views
from callbacks.explorer import TAB as EXPLORER
from callbacks.tabs import Tab


def fresh() -> dash.Dash:
    return dash.Dash(__name__)


def test_the_pages_tabs_are_in_the_pages_order():
    assert [tab.key for tab in app_module.TABS] == list(page.TABS)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_tab_lays_out_each_part_in_order_in_the_language(app, lang):
    tab = Tab("tab_upload", (upload, views))

    with app.server.test_request_context():
        laid_out = tab.layout(lang)
        parts = [upload.layout(lang), views.layout(lang)]

    assert [json.dumps(part.to_plotly_json(), default=str) for part in laid_out] == [
        json.dumps(part.to_plotly_json(), default=str) for part in parts
    ]


def test_a_tab_registers_its_parts_and_the_features_it_only_wires():
    whole, parts_only, wired_only = fresh(), fresh(), fresh()

    EXPLORER.register(whole)
    Tab(EXPLORER.key, EXPLORER.parts).register(parts_only)
    for feature in EXPLORER.wired:
        feature.register(wired_only)

    assert wired_only.callback_map  # the explorer's area layers have callbacks of their own
    assert set(whole.callback_map) == set(parts_only.callback_map) | set(wired_only.callback_map)
