"""Call a Dash callback over HTTP exactly as the browser does (tests and benchmarks)."""

from __future__ import annotations

import json
from typing import Any

import dash
from dash._utils import stringify_id
from flask.testing import FlaskClient

WILDCARD = ["ALL"]
"""How a spelled-out pattern id writes the ``ALL`` wildcard."""


def prop_key(component_id: str | dict, prop: str) -> str:
    """Return the ``"id.prop"`` key of a property as Dash spells it (pattern ids included).

    For a pattern id with ``ALL`` (``{"type": ..., "index": ALL}``) this is the key of
    the callback input; for a concrete one (``"index": 2``) the entry of ``changedPropIds``.
    """
    return f"{stringify_id(component_id)}.{prop}"


def callback_key(app: dash.Dash, output: str) -> str:
    """Return the callback-map key of the callback that has ``output`` (``"id.prop"``)."""
    matches = [key for key in app.callback_map if output in key.strip(".").split("...")]
    assert len(matches) == 1, matches
    return matches[0]


def request_item(item: dict, value: Any) -> dict | list[dict]:
    """Return an input or state entry of the request body, as the browser writes it.

    A plain id gets ``value``. A pattern id with one ``ALL`` key matches several
    components: ``value`` maps each component's value of that key to its property
    value (``{0: "a", 1: "b"}``), and the entry is the list of the matches.
    """
    if not item["id"].startswith("{"):
        return {**item, "value": value}
    pattern = json.loads(item["id"])
    (key,) = [name for name, part in pattern.items() if part == WILDCARD]
    return [
        {"id": {**pattern, key: match}, "property": item["property"], "value": matched}
        for match, matched in value.items()
    ]


def request_body(app: dash.Dash, output: str, values: dict[str, Any], changed: list[str]) -> dict:
    """Return the body of a callback request, as the browser writes it.

    ``values`` maps ``"id.prop"`` to the value of every input and state of the callback;
    for a pattern input (key from :func:`prop_key`), see :func:`request_item`.
    """
    key = callback_key(app, output)
    spec = app.callback_map[key]

    def items(kind: str) -> list:
        return [
            request_item(item, values[f"{item['id']}.{item['property']}"]) for item in spec[kind]
        ]

    outputs = [
        {"id": part.rsplit(".", 1)[0], "property": part.rsplit(".", 1)[1]}
        for part in key.strip(".").split("...")
    ]
    return {
        "output": key,
        "outputs": outputs if len(outputs) > 1 else outputs[0],
        "inputs": items("inputs"),
        "state": items("state"),
        "changedPropIds": changed,
    }


def dispatch(
    client: FlaskClient,
    app: dash.Dash,
    output: str,
    values: dict[str, Any],
    changed: list[str],
) -> tuple[int, bytes]:
    """POST a callback request (see :func:`request_body`); return the status and raw body."""
    body = request_body(app, output, values, changed)
    response = client.post(
        "/_dash-update-component", data=json.dumps(body), content_type="application/json"
    )
    return response.status_code, response.data
