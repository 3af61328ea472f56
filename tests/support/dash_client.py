"""Call a Dash callback over HTTP exactly as the browser does (the wire: :mod:`bench.dash_wire`).

The tests name every input and state value of the callback they call (a missing one is
an error); a pattern input's value maps each matched component's key to its value.
"""

from __future__ import annotations

import json
from typing import Any

import dash
from flask.testing import FlaskClient

from bench.dash_wire import ALL, Callback, Entry, find, posted, prop_key
from bench.dash_wire import request_body as wire_body

__all__ = ["callback_key", "dispatch", "prop_key", "request_body"]


def callback_of(app: dash.Dash, output: str) -> Callback:
    """Return the callback of ``app`` that has ``output`` (``"id.prop"``)."""
    specs = [{**spec, "output": key} for key, spec in app.callback_map.items()]
    return find([Callback.of(spec) for spec in specs], output)


def callback_key(app: dash.Dash, output: str) -> str:
    """Return the callback-map key of the callback that has ``output`` (``"id.prop"``)."""
    return callback_of(app, output).output


def given(values: dict[str, Any]) -> Entry:
    """Return the entry writer of ``values``, which name every input and state.

    A plain id gets its value. A pattern id with one ``ALL`` key matches several
    components: its value maps each component's value of that key to its property
    value (``{0: "a", 1: "b"}``), and the entry is the list of the matches.
    """

    def written(item: tuple[str, str]) -> dict | list[dict]:
        cid, prop = item
        value = values[f"{cid}.{prop}"]
        if not cid.startswith("{"):
            return {"id": cid, "property": prop, "value": value}
        pattern = json.loads(cid)
        (key,) = [name for name, part in pattern.items() if part == ALL]
        return [
            {"id": {**pattern, key: match}, "property": prop, "value": matched}
            for match, matched in value.items()
        ]

    return written


def request_body(app: dash.Dash, output: str, values: dict[str, Any], changed: list[str]) -> dict:
    """Return the body of a callback request, as the browser writes it.

    ``values`` maps ``"id.prop"`` to the value of every input and state of the callback;
    for a pattern input (key from :func:`prop_key`), see :func:`given`.
    """
    return wire_body(callback_of(app, output), given(values), changed)


def dispatch(
    client: FlaskClient,
    app: dash.Dash,
    output: str,
    values: dict[str, Any],
    changed: list[str],
) -> tuple[int, bytes]:
    """POST a callback request (see :func:`request_body`); return the status and raw body."""
    return posted(client, request_body(app, output, values, changed))
