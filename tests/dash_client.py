"""Call a Dash callback over HTTP exactly as the browser does (tests and benchmarks)."""

from __future__ import annotations

import json
from typing import Any

import dash
from flask.testing import FlaskClient


def callback_key(app: dash.Dash, output: str) -> str:
    """Return the callback-map key of the callback that has ``output`` (``"id.prop"``)."""
    matches = [key for key in app.callback_map if output in key.strip(".").split("...")]
    assert len(matches) == 1, matches
    return matches[0]


def dispatch(
    client: FlaskClient,
    app: dash.Dash,
    output: str,
    values: dict[str, Any],
    changed: list[str],
) -> tuple[int, bytes]:
    """POST a callback request; return the status and the raw response body.

    ``values`` maps ``"id.prop"`` to the value of every input and state of the callback.
    """
    key = callback_key(app, output)
    spec = app.callback_map[key]

    def items(kind: str) -> list[dict]:
        return [
            {**item, "value": values[f"{item['id']}.{item['property']}"]} for item in spec[kind]
        ]

    outputs = [
        {"id": part.rsplit(".", 1)[0], "property": part.rsplit(".", 1)[1]}
        for part in key.strip(".").split("...")
    ]
    body = {
        "output": key,
        "outputs": outputs if len(outputs) > 1 else outputs[0],
        "inputs": items("inputs"),
        "state": items("state"),
        "changedPropIds": changed,
    }
    response = client.post(
        "/_dash-update-component", data=json.dumps(body), content_type="application/json"
    )
    return response.status_code, response.data
