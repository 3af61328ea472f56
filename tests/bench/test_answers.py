"""``bench.answers`` encodes the same answer both ways: Dash objects rebuilt from the app's JSON."""

from __future__ import annotations

import json

import pytest
from dash import Patch, html
from plotly.io.json import to_json_plotly

from bench.answers import as_dash, map_answer, patch_of
from bench.dash_wire import Wire


def test_the_map_answer_rebuilt_as_dash_objects_encodes_to_the_same_json(app):
    with app.server.test_client() as client:
        answer = map_answer(Wire.read(client))
    objects = as_dash(answer)

    assert isinstance(objects[0], Patch)
    assert json.loads(to_json_plotly(objects)) == answer


def test_components_are_rebuilt_as_dash_objects():
    legend = {"type": "Ul", "namespace": "dash_html_components", "props": {"children": ["a"]}}
    assert isinstance(as_dash([legend])[0], html.Ul)


def test_only_assignments_are_rebuilt():
    with pytest.raises(ValueError, match="not an assignment: Delete"):
        patch_of([{"operation": "Delete", "location": ["a"], "params": {}}])
