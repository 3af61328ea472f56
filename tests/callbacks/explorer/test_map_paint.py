"""The explorer's map follows its controls, no Dash callback between; the rest follows the map."""

from __future__ import annotations

import json

from callbacks import ids
from callbacks.explorer.map_view import PAINT_CONTROLS, layout
from server.paint import VIEW_OPTIONS


def inputs_of(callback: dict) -> set[str]:
    return {item["id"] for item in callback["inputs"]}


def find(component: object, component_id: str) -> object | None:
    if getattr(component, "id", None) == component_id:
        return component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        found = find(child, component_id) if hasattr(child, "children") else None
        if found is not None:
            return found
    return None


def test_the_map_names_every_control_of_its_view_and_waits_for_the_link(app):
    with app.server.test_request_context("/"):
        container = find(layout("pl"), ids.MAP_GRAPH)
    named = json.loads(container.to_plotly_json()["props"]["data-controls"])

    assert {name: tuple(source) for name, source in named.items()} == PAINT_CONTROLS
    assert {"scope", "indicator", "year", "lang", *VIEW_OPTIONS} == set(named)
    assert container.to_plotly_json()["props"]["data-after"] == ids.URL_FOLLOWED


def test_no_dash_callback_stands_between_a_control_and_the_map(app):
    controls = {control for control, _ in PAINT_CONTROLS.values()}
    heard = {
        control
        for callback in app.callback_map.values()
        for control in inputs_of(callback) & controls
    }
    # a new scope's geometry and gmina panel, the scheme's own boxes: none of them colours
    assert heard == {ids.SCOPE_RADIO, ids.SCHEME_DROPDOWN, ids.LANG_STORE}


def test_what_depends_on_the_indicator_alone_follows_the_shown_view(app):
    follows = app.callback_map[f"{ids.MAP_SHOWN_INDICATOR}.data"]
    assert inputs_of(follows) == {ids.MAP_SHOWN_VIEW}
    on_indicator = [
        output
        for output, callback in app.callback_map.items()
        if ids.MAP_SHOWN_INDICATOR in inputs_of(callback)
    ]
    assert any("explorer-year-slider" in output for output in on_indicator)
    assert any(ids.SYMBOL_RADIO in output for output in on_indicator)
