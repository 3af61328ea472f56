"""Bytes and server time of an indicator switch, against a naive full-figure baseline.

Run: ``python -m bench.choropleth`` (after ``python -m layers.ingest.build``).

For the Małopolska and Poland scopes it switches through every indicator (latest
year) several times and prints the median per switch of:
- ours: the HTTP response of the colours the map asks for itself (``server/paint.py``:
  values and colours, with the legend and notice beside the map), the only request a
  switch makes, served by the app in this process (no cache, so every switch is
  computed), its address written as the browser's engine writes it;
- baseline: a fresh ``plotly.express.choropleth_map`` figure with the full GeoJSON,
  built and serialised to JSON per switch, as a naive app would send it.
"""

from __future__ import annotations

import json
import statistics
import time

import plotly.express as px

from app import create_app, page
from bench.dash_wire import Wire
from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.analysis.values import values_in
from layers.render.choropleth import scope_gminas
from server.data import current_dataset
from server.paint import paint_address

ids = page.ids  # the component ids, through the app (bench/ imports no callbacks)
MAP = f"{ids.MAP_STATE}.data"

OPTIONS = {"scheme": "quantiles", "k": 5, "palette": "Blues", "reverse": []}
"""The class settings of the page's first view (the map's colours are asked with them)."""
REPEATS = 3
SCOPES = ("malopolska", "poland")


def baseline_switch(dataset: Dataset, scope: str, indicator_id: str) -> tuple[int, float]:
    """Return bytes and ms of a naive switch: a new express figure with all the geometry."""
    start = time.perf_counter()
    gminas = scope_gminas(dataset, scope)
    indicator = dataset.catalog[indicator_id]
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    values = values_in(dataset.values, indicator, max(indicator.years), codes)
    figure = px.choropleth_map(
        gminas.assign(value=values.values).reset_index(),
        geojson=json.loads(gminas.geometry.to_json()),
        locations="teryt",
        color="value",
        hover_name="name",
        map_style="white-bg",
    )
    body = figure.to_json()
    return len(body.encode()), (time.perf_counter() - start) * 1000


def our_switch(wire: Wire, scope: str, indicator_id: str) -> tuple[int, float]:
    """Return bytes and ms of the app's own indicator switch: the map's paint answer."""
    indicator = current_dataset().catalog[indicator_id]
    view = {"indicator_id": indicator_id, "year": max(indicator.years), "options": OPTIONS}
    start = time.perf_counter()
    colours = wire.client.get(paint_address(scope, "pl", view))
    elapsed = (time.perf_counter() - start) * 1000
    assert colours.status_code == 200, colours.data[:300]
    return len(colours.data), elapsed


def first_draw_bytes(wire: Wire, scope: str) -> int:
    """Return the bytes of a scope's first draw: the callback's answer and the geometry."""
    changed = f"{ids.SCOPE_RADIO}.value"
    _, body = wire.post(MAP, {changed: scope}, [changed])
    operations = json.loads(body)["response"][ids.MAP_STATE]["data"]["operations"]
    (address,) = [op["params"]["value"] for op in operations if op["location"] == ["geometry"]]
    return len(body) + len(wire.client.get(address).data)


def main() -> None:
    """Print the comparison table."""
    app = create_app({"CACHE_TYPE": "NullCache"})
    with app.server.test_request_context(), app.server.test_client() as client:
        dataset, wire = current_dataset(), Wire.read(client)
        indicators = [i.id for i in dataset.catalog.values() if not i.is_change]
        print(f"{len(indicators)} indicators x {REPEATS} repeats per scope, medians per switch")
        print(
            f"{'scope':<11}{'ours B':>10}{'base B':>12}{'bytes x':>9}"
            f"{'ours ms':>9}{'base ms':>9}{'ms x':>7}{'first draw B':>14}"
        )
        for scope in SCOPES:
            ours, base = [], []
            for _ in range(REPEATS):
                for indicator_id in indicators:
                    ours.append(our_switch(wire, scope, indicator_id))
                    base.append(baseline_switch(dataset, scope, indicator_id))
            ob, om = (statistics.median(x) for x in zip(*ours, strict=True))
            bb, bm = (statistics.median(x) for x in zip(*base, strict=True))
            print(
                f"{scope:<11}{ob:>10,.0f}{bb:>12,.0f}{bb / ob:>9.1f}"
                f"{om:>9.1f}{bm:>9.1f}{bm / om:>7.1f}{first_draw_bytes(wire, scope):>14,}"
            )
    note = "ours = the map's paint answer (colours, legend, notice); base = px.choropleth_map JSON"
    print(json.dumps({"note": note}))


if __name__ == "__main__":
    main()
