"""Accessible names given where the layout is built: labels tied to the controls they name."""

from __future__ import annotations

import json

from dash import dcc, html

from callbacks.a11y import dom_id, tie_labels


def test_a_label_names_the_control_after_it():
    tree = html.Div([html.Label("Rok"), dcc.Slider(id="year", min=0, max=1), html.Label("x")])
    tie_labels(tree)
    assert tree.children[0].htmlFor == "year"
    assert getattr(tree.children[2], "htmlFor", None) is None  # nothing follows it


def test_a_label_already_tied_or_wrapping_a_control_is_left_alone():
    wrapping = html.Label([dcc.Input(id="inner")])
    tied = html.Label("Próg", htmlFor="other")
    tree = html.Div([tied, dcc.Input(id="a"), wrapping, dcc.Input(id="b")])
    tie_labels(tree)
    assert tied.htmlFor == "other"
    assert getattr(wrapping, "htmlFor", None) is None


def test_labels_inside_nested_containers_are_tied():
    inner = html.Div([html.Label("Skala"), dcc.RadioItems(id="scope", options=["a"])])
    tie_labels(html.Main(html.Section(inner)))
    assert inner.children[0].htmlFor == "scope"


def test_a_pattern_id_is_written_as_dash_writes_it():
    assert dom_id({"type": "threshold", "index": 2}) == '{"index":2,"type":"threshold"}'
    assert json.loads(dom_id({"type": "t", "index": 0})) == {"index": 0, "type": "t"}
    assert dom_id("plain") == "plain"


def test_the_page_ties_its_labels(app):
    with app.server.test_request_context("/?lang=pl"):
        page = json.dumps(app.get_layout())
    assert '"htmlFor": "explorer-indicator-dropdown"' in page


def test_html_lang_follows_the_language(app):
    client = app.server.test_client()
    assert '<html lang="pl">' in client.get("/").get_data(as_text=True)
    assert '<html lang="en">' in client.get("/?lang=en").get_data(as_text=True)
    assert "Przejdź do mapy" in json.dumps(
        client.get("/_dash-layout?lang=pl").get_json(), ensure_ascii=False
    )
