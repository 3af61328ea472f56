"""Component ids: each spelled once, in ``callbacks/ids.py``, and each on the page or wired."""

from __future__ import annotations

import json

import app as app_module
from callbacks import ids, page

CONSTANTS = {name: value for name, value in vars(ids).items() if name.isupper()}


def layout_ids(component) -> set[str]:
    found = set()
    stack = [component]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, tuple)):
            stack.extend(node)
            continue
        identifier = getattr(node, "id", None)
        if identifier:
            found.add(identifier["type"] if isinstance(identifier, dict) else identifier)
        children = getattr(node, "children", None)
        if children is not None and not isinstance(children, str):
            stack.append(children)
    return found


def test_every_id_is_in_the_layout_and_every_callback_registered(app):
    with app.server.test_request_context("/"):
        rendered = app_module.serve_layout()
    rows = {value for name, value in CONSTANTS.items() if name.startswith("ROW_")}
    rows |= {
        ids.CATALOG_OPEN,
        ids.CATALOG_DOWNLOAD_BUTTON,
    }  # the catalog table's rows, made when shown
    assert set(CONSTANTS.values()) - rows <= layout_ids(rendered)
    wired = json.dumps([(c["inputs"], c["state"]) for c in app.callback_map.values()])
    assert all(row in wired for row in rows)
    assert [tab.value for tab in rendered.children[-2].children.children] == list(page.TABS)
    outputs = " ".join(app.callback_map)
    for wired in (
        ids.MAP_STATE,
        ids.YEAR_SLIDER,
        ids.PANEL_TITLE,
        ids.SELECTED_STORE,
        ids.INDICATOR_INFO,
        ids.BREAKS_BOX,
    ):
        assert wired in outputs


def test_every_id_is_spelled_once_and_keys_a_property_unambiguously():
    assert len(set(CONSTANTS.values())) == len(CONSTANTS)
    # Dash keys a property as "id.prop": an id with a dot would name another property
    assert all(
        isinstance(value, str) and value and "." not in value for value in CONSTANTS.values()
    )
