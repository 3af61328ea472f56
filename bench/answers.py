"""Server time of encoding answers and building charts, against Plotly's default paths.

Run: ``python -m bench.answers`` (after ``flask --app app build``; the store is
``GEOPORTAL_STORE_DIR`` if set).

Prints the median ms of, each against its naive baseline in this process:
- encoding a callback answer or the page as Dash does (``to_json_plotly``): as Dash
  objects, the way a callback returns them (components and patches make Plotly walk the
  whole answer), and as the app hands them to Dash, plain JSON (one orjson pass). The
  map answer is the explorer callback's own to a new scope (Poland), posted to the app in
  this process as the browser posts it (:class:`bench.dash_wire.Wire`), rebuilt as the
  ``Patch`` it was made of; its plain column is Dash's encoding of the JSON answered
  (the app's own conversion of this small answer is not timed). The page is the app's
  layout built once (``serve_layout``), as Dash's own ``get_layout`` hands it and as the
  app's (``GeoportalDash.get_layout``, made plain first, conversion timed);
- building a comparison chart: through ``plotly.graph_objects`` with the
  ``plotly_white`` template (validated and copied per figure) and as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Any

import dash
import pandas as pd
import plotly.graph_objects as go
from dash import Patch, dcc, html
from flask.testing import FlaskClient
from plotly.io.json import to_json_plotly

from app import create_app, page, serve_layout
from bench.dash_wire import Wire
from bench.timing import median_ms
from layers.render.figures import bar_figure
from layers.render.series import time_series_figure

ids = page.ids  # the component ids, through the app (bench/ imports no callbacks)
REPEATS = 7
MAP = f"{ids.MAP_STATE}.data"
COMPONENTS = {"dash_html_components": html, "dash_core_components": dcc}
"""The module of each component namespace an answer may hold."""
Encoding = Callable[[], str]


def as_dash(value: Any) -> Any:
    """Return a plain JSON answer with its components and patches as Dash objects."""
    if isinstance(value, list):
        return [as_dash(item) for item in value]
    if not isinstance(value, dict):
        return value
    if "__dash_patch_update" in value:
        return patch_of(value["operations"])
    if {"type", "namespace", "props"} <= value.keys():
        component = getattr(COMPONENTS[value["namespace"]], value["type"])
        return component(**{name: as_dash(prop) for name, prop in value["props"].items()})
    return value  # a figure or a style: a dict as the callback returns it


def patch_of(operations: list[dict]) -> Patch:
    """Return the ``Patch`` that makes ``operations`` (assignments, as the app's patches are)."""
    patch = Patch()
    for operation in operations:
        if operation["operation"] != "Assign":
            raise ValueError(f"not an assignment: {operation['operation']}")
        *path, last = operation["location"]
        target = patch
        for key in path:
            target = target[key]
        target[last] = operation["params"]["value"]
    return patch


def map_answer(wire: Wire) -> list:
    """Return the explorer's plain answer to a new scope, Poland (the map's geometry patch)."""
    changed = f"{ids.SCOPE_RADIO}.value"
    status, body = wire.post(MAP, {changed: "poland"}, [changed])
    assert status == 200, body[:300]
    response = json.loads(body)["response"]
    return [response[cid][prop] for cid, prop in wire.page.callback(MAP).outputs]


def encoded(make: Callable[[], Any]) -> str:
    """Return what ``make`` returns, encoded as Dash encodes answers."""
    return to_json_plotly(make())


def encodings(app: dash.Dash, client: FlaskClient) -> dict[str, tuple[Encoding, Encoding]]:
    """Return each answer's encoding, as Dash objects and as the app hands it to Dash."""
    answer = map_answer(Wire.read(client))
    app.layout = serve_layout()  # built once: only the page's encoding is timed
    return {
        "Poland scope patch": (
            partial(to_json_plotly, as_dash(answer)),
            partial(to_json_plotly, answer),
        ),
        "page layout": (
            partial(encoded, partial(dash.Dash.get_layout, app)),
            partial(encoded, app.get_layout),
        ),
    }


def white_chart(build: Callable[[], dict]) -> dict:
    """Return the figure ``build`` makes, built the default way: graph objects, named template."""
    return go.Figure(build()).update_layout(template="plotly_white").to_plotly_json()


def main() -> None:
    """Print both tables."""
    app = create_app({"CACHE_TYPE": "NullCache"})
    with app.server.test_request_context("/?lang=pl"), app.server.test_client() as client:
        cases = encodings(app, client)
        print(f"{'encoding':36} {'bytes':>10} {'as is ms':>9} {'plain ms':>9} {'ratio':>6}")
        for name, (as_is, plain) in cases.items():
            naive, ours = median_ms(as_is, REPEATS), median_ms(plain, REPEATS)
            size = len(plain().encode())
            print(f"{name:36} {size:10,} {naive:9.1f} {ours:9.1f} {naive / ours:6.1f}")
    series = [pd.Series(range(15), index=range(2010, 2025), name=f"g{i}") for i in range(3)]
    values = pd.Series([809168.0, 69791.0, 11208.0], index=["Kraków", "Wieliczka", "Świątniki"])
    charts = {
        "time series, 3 gminas": lambda: time_series_figure(series, "osoby", 2020, "zmiana"),
        "bars with the median": lambda: bar_figure(values, "osoby", 18638.0, "mediana"),
    }
    print(f"\n{'chart':36} {'go.Figure ms':>12} {'JSON ms':>9} {'ratio':>6}")
    for name, build in charts.items():
        naive = median_ms(partial(white_chart, build), REPEATS)
        ours = median_ms(build, REPEATS)
        print(f"{name:36} {naive:12.1f} {ours:9.2f} {naive / ours:6.0f}")


if __name__ == "__main__":
    main()
