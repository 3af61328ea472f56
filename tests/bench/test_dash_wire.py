"""The Dash wire reads the app's page and writes the requests its browser writes."""

from __future__ import annotations

import json

import pytest
from dash import ALL
from dash._utils import stringify_id

from bench.dash_wire import Callback, Wire, find, id_key, request_body
from callbacks import ids
from tests.support import dash_client

MAP = f"{ids.MAP_STATE}.data"
INDICATOR = f"{ids.INDICATOR_DROPDOWN}.value"
SCOPE = f"{ids.SCOPE_RADIO}.value"
EXPORT = {"type": ids.EXPORT_BUTTON, "index": ALL}


@pytest.fixture
def wire(app):
    with app.server.test_client() as client:
        yield Wire.read(client)


def test_a_new_scope_is_answered_with_the_geometrys_address(wire):
    status, body = wire.post(MAP, {SCOPE: "poland"}, [SCOPE])

    assert status == 200
    operations = json.loads(body)["response"][ids.MAP_STATE]["data"]["operations"]
    state = {tuple(op["location"]): op["params"]["value"] for op in operations}
    assert state[("geometry",)].startswith("/geometry/poland/")
    assert ("paint",) not in state  # the map asks for its colours itself (server/paint.py)


def test_the_request_is_the_one_the_tests_write_from_the_callback_map(app, wire):
    callback = wire.page.callback(MAP)
    keys = [f"{cid}.{prop}" for cid, prop in (*callback.inputs, *callback.state)]
    values = {key: wire.page.values.get(key) for key in keys}

    ours = request_body(callback, wire.page.entry({}), [SCOPE])

    assert ours == dash_client.request_body(app, MAP, values, [SCOPE])
    assert values[f"{ids.SCOPE_RADIO}.value"] is not None  # read from the layout


def test_a_pattern_input_gets_every_matching_component_of_the_page(wire):
    callback = wire.page.callback(f"{ids.EXPORT_DOWNLOAD}.data")
    (item,) = [item for item in callback.inputs if item[0] == id_key(EXPORT)]

    entries = wire.page.entry({})(item)

    indices = [entry["id"]["index"] for entry in entries]
    assert {"png", "svg", "csv", "gpkg"} <= set(indices)
    assert all(entry["id"]["type"] == ids.EXPORT_BUTTON for entry in entries)


def test_a_duplicate_output_is_found_by_its_hash_only(wire):
    main = wire.page.callback(MAP)
    duplicates = [c for c in wire.page.callbacks if c.has(MAP) and c is not main]

    assert [f"{cid}.{prop}" for cid, prop in main.outputs] == [MAP]
    assert duplicates and all("@" in c.output for c in duplicates)
    assert find(wire.page.callbacks, duplicates[0].output) is duplicates[0]


def test_an_output_no_callback_writes_is_a_lookup_error():
    callbacks = [Callback.of({"output": "a.children", "inputs": [], "state": []})]

    with pytest.raises(LookupError, match=r"0 callbacks write 'b\.children'"):
        find(callbacks, "b.children")


@pytest.mark.parametrize("component_id", ["plain-id", {"type": "x", "index": 2}, EXPORT])
def test_ids_are_written_as_dash_writes_them(component_id):
    assert id_key(component_id) == stringify_id(component_id)
