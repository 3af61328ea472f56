"""Cartographic polish, measured: centre colours across models, charts' ticks and toolbar, fit.

``python -m bench.cartography [--store geodata/store] [--widths 1024 1440 1920]`` prints:

- each centre's colour on every catchment model of KOM 2003 (the default six centres; a
  Nystuen–Dacey region's head where it is one), and how many distinct colours each
  centre gets across the models (1 everywhere when colours follow the centre);
- in headless Chromium on the served app (this checkout, ``python app.py``), at each
  width: the comparison's similar-gminas section's ``scrollWidth`` / ``clientWidth`` and
  the page's, the y-axis tick labels of its chart of population (those ending in a word,
  "tys." or "mln"), its toolbar's buttons, and the names drawn on the areas tab's flow map.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app import page
from bench.browser import ROOT, chromium, running_app, wait_for
from layers.analysis.catchment import MODELS, CatchmentRequest, catchment
from layers.analysis.dataset import Dataset
from layers.render.centre_colors import dataset_centre_colors
from layers.store.io import load_dataset
from server.settings import GEODATA_DIR

CENTRES = ("1261011", "1219053", "1219043", "1206113", "1209033", "1201011")
"""The gravitation section's default centres: Kraków, Wieliczka, Niepołomice, Skawina,
Myślenice, Bochnia."""
CHART, FLOWS = page.ids.COMPARE_SERIES_CHART, page.ids.FLOW_MAP
POPULATION = (
    f"dash_clientside.set_props({json.dumps(page.ids.COMPARE_CHART_INDICATOR)}, "
    "{value: 'population'});"
)
"""Draw the comparison's charts of population (its axis reaches hundreds of thousands)."""
SHOWN = {
    "similar": "const s = document.querySelector('.compare-similar'), p = document.documentElement;"
    "return s && [s.scrollWidth, s.clientWidth, p.scrollWidth, p.clientWidth];",
    "ticks": f"return [...document.querySelectorAll('#{CHART} .ytick text')]"
    ".map(t => t.textContent).filter(t => t.includes('0\u00a0'));",
    "buttons": f"return [...document.querySelectorAll('#{CHART} .modebar-btn')]"
    ".map(b => b.getAttribute('data-title'));",
    "labels": f"return [...document.querySelectorAll('#{FLOWS} .geomap-label')]"
    ".map(l => l.textContent);",
}


def centre_colours(dataset: Dataset) -> dict[str, dict[str, str]]:
    """Return each centre's colour by model (a model's map may leave a centre out)."""
    colours: dict[str, dict[str, str]] = {code: {} for code in CENTRES}
    for model in (model for model in MODELS if model != "huff_probability"):
        result = catchment(dataset, CatchmentRequest("kom2003", CENTRES, model=model))
        shown = dict(zip(result.keys, dataset_centre_colors(dataset, result.keys), strict=True))
        for code in CENTRES:
            if code in shown:
                colours[code][model] = shown[code]
    return colours


def browser_rows(store: Path, port: int, widths: list[int]) -> list[str]:
    """Return one line per width: the section's fit, the chart's ticks and toolbar, the labels."""
    rows = []
    with running_app(ROOT, store, port) as (url, _), chromium() as driver:
        for width in widths:
            driver.set_window_size(width, 900)
            driver.get(f"{url}/?tab=tab_compare")
            fit = wait_for(driver, SHOWN["similar"])
            wait_for(driver, f"return document.querySelector('#{CHART} .ytick');")
            driver.execute_script(POPULATION)
            ticks = wait_for(driver, SHOWN["ticks"])
            buttons = driver.execute_script(SHOWN["buttons"])
            driver.get(f"{url}/?tab=tab_areas")
            labels = wait_for(driver, SHOWN["labels"])
            section, column, page, window = fit
            rows.append(
                f"{width} px: similar section {section}/{column} px, page {page}/{window} px; "
                f"y ticks {json.dumps(ticks, ensure_ascii=False)}; toolbar "
                f"{json.dumps(buttons, ensure_ascii=False)}; flow map names "
                f"{json.dumps(labels, ensure_ascii=False)}"
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=ROOT / "geodata" / "store")
    parser.add_argument("--widths", type=int, nargs="+", default=[1024, 1440, 1920])
    parser.add_argument("--port", type=int, default=8393)
    arguments = parser.parse_args()
    dataset = load_dataset(arguments.store, GEODATA_DIR)
    names = dataset.store.gminas["name"]
    for code, by_model in centre_colours(dataset).items():
        distinct = len(set(by_model.values()))
        print(f"{names[code]}: {distinct} colour(s) over {len(by_model)} models {by_model}")
    for line in browser_rows(arguments.store, arguments.port, arguments.widths):
        print(line)


if __name__ == "__main__":
    main()
