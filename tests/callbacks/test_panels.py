"""The control panels' buttons: what they say and name, and their wiring in the browser."""

from __future__ import annotations

from dash import dcc, html

import app as app_module
from callbacks import ids
from callbacks.panels import PANELS, panel_toggle, present_button, section_beside_map
from server.i18n import text
from tests.callbacks.test_ids import layout_ids


def test_a_panel_button_names_its_panel_says_both_actions_and_starts_open():
    for lang in ("pl", "en"):
        props = panel_toggle(ids.CONTROLS_TOGGLE, ids.EXPLORER_CONTROLS, lang).to_plotly_json()
        props = props["props"]
        assert props["aria-expanded"] == "true"
        assert props["aria-controls"] == ids.EXPLORER_CONTROLS
        assert props["type"] == "button"
        said = [span.children for span in props["children"]]
        assert said == [text("panel_hide", lang), text("panel_show", lang)]


def test_every_panel_and_its_button_are_on_the_page_and_wired_in_the_browser(app):
    with app.server.test_request_context("/"):
        shown = layout_ids(app_module.serve_layout())
    for toggle_id, panel_id in PANELS.items():
        assert {toggle_id, panel_id} <= shown
        output = f"..{toggle_id}.aria-expanded...{panel_id}.hidden.."
        (wiring,) = [spec for spec in app._callback_list if spec["output"] == output]
        assert [(i["id"], i["property"]) for i in wiring["inputs"]] == [(toggle_id, "n_clicks")]
        assert [(s["id"], s["property"]) for s in wiring["state"]] == [(toggle_id, "aria-expanded")]
        assert wiring["clientside_function"]  # in the browser, no server round trip


def test_a_section_keeps_its_heading_above_and_its_controls_in_a_panel_beside_its_maps():
    """Heading above; help and controls in the panel; notice, store, maps and table beside."""
    title, help_text = html.H3("Strefa"), html.P("pomoc")
    radius, notice, store = dcc.Input(id="radius"), html.Div(id="notice"), dcc.Store(id="held")
    first_map = html.Div(id="first", className="map-frame")
    table, second_map = html.Div(id="table"), html.Div(id="second", className="map-frame")
    section = html.Div([title, help_text, radius, notice, store, first_map, table, second_map])
    shown = section_beside_map(section, ids.ZONE_CONTROLS_TOGGLE, "pl")
    heading, beside = shown.children
    assert heading is title
    panel, column = beside.children
    assert (panel.id, panel.children) == (ids.ZONE_CONTROLS, [help_text, radius])
    toolbar, *rest = column.children
    assert rest == [notice, store, first_map, table, second_map]
    (button,) = toolbar.children
    assert (button.id, button.to_plotly_json()["props"]["aria-controls"]) == (
        ids.ZONE_CONTROLS_TOGGLE,
        ids.ZONE_CONTROLS,
    )


def test_the_explorer_map_has_a_present_button_that_the_keyboard_presses(app):
    """A plain button (Tab, Enter, Space) over the explorer's map, named in both languages."""
    with app.server.test_request_context("/"):
        assert ids.PRESENT_VIEW in layout_ids(app_module.serve_layout())
    for lang in ("pl", "en"):
        props = present_button("tab_map", lang).to_plotly_json()["props"]
        assert props["id"] == {"type": ids.PRESENT_VIEW, "index": "tab_map"}
        assert props["type"] == "button"
        icon, label = props["children"]
        assert icon.to_plotly_json()["props"]["aria-hidden"] == "true"
        assert label.children == text("present_view", lang)
        assert props["title"] == text("present_view_help", lang)
