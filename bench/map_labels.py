"""Gmina names on the map, measured: what the label points cost, how fast names are placed.

``python -m bench.map_labels [--store geodata/store] [--runs 5] [--port 8394]`` prints:

- per scope: its units, the median time to compute their label points and order
  (:func:`layers.render.map_labels.unit_labels`, EPSG:2180) and the bytes the labels add
  to the scope's geometry (raw JSON and gzip), sent once per scope;
- in headless Chromium on the served app (this checkout, ``python app.py``), on the
  explorer at Poland scope (2,477 gminas) fitted and then zoomed in step by step on
  Kraków: how many names are written and how long one placement took (the map element's
  ``data-names`` and ``data-names-ms``, set by ``assets/geomap_tools.js`` on every
  ``moveend``);
- the toolbar's PNG (``/map-image``, :mod:`server.map_image`) of population 2024 per
  SMK and Małopolska: the first answer and a repeated one (cached per audience).
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import orjson
import pandas as pd

from app import create_app, page
from bench.browser import ROOT, chromium, running_app, wait_for
from bench.timing import median_ms
from layers.analysis.dataset import Dataset
from layers.render.choropleth import scope_gminas, scope_map
from layers.render.map_labels import unit_labels
from layers.store.io import load_dataset
from server.settings import GEODATA_DIR

SCOPES = ("smk", "malopolska", "poland", "districts")
MAP = page.ids.MAP_GRAPH
KRAKOW = {"lon": 19.94, "lat": 50.06}
PLACED_JS = (
    f"const m = document.getElementById('{MAP}');"
    "return m && m.dataset.names && geoportalMap.idle(m.id)"
    " && [Number(m.dataset.names), Number(m.dataset.namesMs), geoportalMap.map(m.id).getZoom()];"
)
CLEAR_JS = f"document.getElementById('{MAP}').dataset.names = '';"
ZOOM_JS = f"geoportalMap.jumpTo('{MAP}', arguments[0], arguments[1]);"


def scope_line(dataset: Dataset, scope: str, runs: int) -> str:
    """Return a scope's units, label time (ms) and the bytes its labels add to the geometry."""
    units = scope_gminas(dataset, scope)
    names = pd.Series(units.index, index=units.index)
    body = scope_map(dataset, scope, names)
    bare = {key: value for key, value in body.items() if key != "labels"}
    bare["outlines"] = {
        name: {k: v for k, v in outline.items() if k != "labels"}
        for name, outline in body["outlines"].items()
    }
    sizes = [orjson.dumps(part) for part in (body, bare)]
    raw = len(sizes[0]) - len(sizes[1])
    packed = len(gzip.compress(sizes[0])) - len(gzip.compress(sizes[1]))
    ms = median_ms(lambda: unit_labels(units.geometry), runs)
    return (
        f"{scope}: {len(units)} units, label points {ms:.1f} ms, "
        f"+{raw / 1024:.1f} kB JSON (+{packed / 1024:.1f} kB gzip)"
    )


VIEW = (
    '{"indicator_id": "population", "year": 2024, "options": {"base_year": null,'
    ' "scheme": "quantiles", "k": 5, "breaks": null, "palette": "Blues", "reverse": []}}'
)


def png_lines(store: Path) -> list[str]:
    """Return per scope the ms of the toolbar's PNG, first and repeated, and its size."""
    work = Path(tempfile.mkdtemp(prefix="bench-map-labels-"))
    app = create_app(
        {
            "STORE_DIR": str(store),
            "DATABASE_PATH": str(work / "geoportal.sqlite"),
            "JOBS_DIR": str(work / "jobs"),
        }
    )
    lines = []
    with app.server.test_client() as client:
        for scope in ("smk", "malopolska"):
            times, size = [], 0
            for _ in range(2):
                start = time.perf_counter()
                answer = client.get(f"/map-image/{scope}/pl?view={quote(VIEW)}")
                times.append((time.perf_counter() - start) * 1000)
                size = len(answer.data)
            lines.append(
                f"PNG {scope}: {times[0]:.0f} ms, again {times[1]:.0f} ms, {size / 1024:.0f} kB"
            )
    return lines


def browser_lines(store: Path, port: int) -> list[str]:
    """Return one line per zoom step at Poland scope: names written, placement ms."""
    lines = []
    with running_app(ROOT, store, port) as (url, _), chromium() as driver:
        driver.set_window_size(1440, 900)
        driver.get(f"{url}/?scope=poland")
        names, ms, zoom = wait_for(driver, PLACED_JS)
        lines.append(f"Poland fitted (zoom {zoom:.1f}): {names} names, placed in {ms:.1f} ms")
        for step in (1, 2, 3, 4):
            driver.execute_script(CLEAR_JS)  # then wait for this step's placement
            driver.execute_script(ZOOM_JS, KRAKOW, zoom + step)
            names, ms, shown = wait_for(driver, PLACED_JS)
            lines.append(f"zoom {shown:.1f} on Kraków: {names} names, placed in {ms:.1f} ms")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=ROOT / "geodata" / "store")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--port", type=int, default=8394)
    arguments = parser.parse_args()
    dataset = load_dataset(arguments.store, GEODATA_DIR)
    for scope in SCOPES:
        print(scope_line(dataset, scope, arguments.runs))
    for line in [*png_lines(arguments.store), *browser_lines(arguments.store, arguments.port)]:
        print(line)


if __name__ == "__main__":
    main()
