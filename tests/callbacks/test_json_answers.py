"""Answers and the page go out in one orjson pass, never through Plotly's cleaning walk."""

from __future__ import annotations

import json

import orjson
import pytest
from dash import Patch, html
from plotly.io.json import to_json_plotly

from callbacks import ids
from callbacks.json_answers import plain
from tests.callbacks.compare.test_table import comparison_answer
from tests.callbacks.explorer.test_map_view import call_map
from tests.support.map_patch import applied

ORJSON_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY


def an_answer() -> tuple:
    patch = Patch()
    patch["data"][0]["z"] = [1, 2, 3]
    legend = html.Div([html.Span("Ludność", style={"color": "red"}), html.Ul([html.Li("1–2")])])
    figure = {"data": [{"type": "bar", "x": [1.5, float("nan")]}], "layout": {}}
    return legend, patch, figure, "tekst", [html.B("a"), "b"]


def test_plain_answers_are_the_json_dash_would_send():
    answer = an_answer()

    assert to_json_plotly(plain(answer)) == to_json_plotly(answer)


def test_plain_answers_need_no_cleaning():
    with pytest.raises(TypeError):
        orjson.dumps(an_answer(), option=ORJSON_OPTIONS)

    orjson.dumps(plain(an_answer()), option=ORJSON_OPTIONS)


def test_plain_leaves_figures_unwalked():
    figure = {"data": [{"type": "bar"}]}

    assert plain(figure) is figure


@pytest.fixture
def no_cleaning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make Plotly's cleaning walk fail, so any answer that needs it is a server error."""

    def refused(*args, **kwargs):
        raise AssertionError("the answer went through Plotly's cleaning walk")

    monkeypatch.setattr("plotly.io._json.clean_to_json_compatible", refused)


def test_map_answers_are_encoded_in_one_pass(app, no_cleaning):
    poland = {f"{ids.SCOPE_RADIO}.value": "poland"}
    call_map(app, [f"{ids.SCOPE_RADIO}.value"], **poland)  # map, legend, notice
    call_map(  # a patch of colours and the legend
        app,
        [f"{ids.INDICATOR_DROPDOWN}.value"],
        **poland,
        **{f"{ids.INDICATOR_DROPDOWN}.value": "density"},
    )


def test_comparison_answer_is_encoded_in_one_pass(app, no_cleaning):
    status, body = comparison_answer(app, ["1261011", "1219053"])

    assert status == 200, body[:300]


def test_the_page_layout_is_encoded_in_one_pass(app, no_cleaning):
    with app.server.test_client() as client:
        response = client.get("/_dash-layout")

    assert response.status_code == 200
    assert ids.MAP_GRAPH in response.get_data(as_text=True)


def test_a_scope_drawn_again_shows_the_layers_asked_for(app):
    def first_draw(layers: list[str]) -> dict:
        changes = {f"{ids.LAYERS_CHECK}.value": layers}
        response, _ = call_map(app, [f"{ids.SCOPE_RADIO}.value"], **changes)
        return applied(response[ids.MAP_STATE]["data"])

    first = first_draw(["powiats"])
    other = first_draw(["districts", "basemap"])
    again = first_draw(["powiats"])

    assert first["layers"] == ["powiats"]
    assert other["layers"] == ["districts", "basemap"]
    assert json.dumps(again) == json.dumps(first)
