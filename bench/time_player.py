"""Server time of the explorer's time features: a player step's colours, small multiples PNG.

Run: ``python -m bench.time_player`` (after ``flask --app app build``; the store is
``GEOPORTAL_STORE_DIR`` if set).

Times the layers functions underneath (median of a few runs, nothing cached):

- a step of the year player: the colours of the next year (``choropleth_view``, what the
  ``/paint`` route answers uncached) for population in each scope, the median over the
  indicator's years: what must fit inside the pace (0.5, 1 or 2 s per year);
- small multiples: six years of population (2019–2024) on pooled classes, drawn as one
  PNG 1920×1080 (``pooled_years`` + ``multiples_png``), per scope.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from layers.analysis.dataset import Dataset
from layers.render.choropleth import ViewRequest, choropleth_view, scope_gminas
from layers.render.small_multiples import MultiplesTexts, default_years, multiples_png, pooled_years
from layers.render.static_map import SIZES, MapStyle
from layers.store.io import load_dataset
from server.export_texts import map_texts

ROOT = Path(__file__).resolve().parent.parent
SCOPES = ("smk", "kom2003", "malopolska", "poland")
INDICATOR = "population"
LANG = "pl"
RUNS = 3
TODAY = date(2026, 12, 5)


def median_ms(work: Callable[[], object], runs: int = RUNS) -> float:
    """Return the median milliseconds of ``runs`` calls of ``work``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def step_ms(dataset: Dataset, scope: str) -> float:
    """Return the median ms of one year's colours over the indicator's years."""
    request = ViewRequest(scope, INDICATOR, 2024)
    years = dataset.catalog[INDICATOR].years
    return statistics.median(
        median_ms(lambda year=year: choropleth_view(dataset, replace(request, year=year), LANG), 1)
        for year in years
    )


def multiples_ms(dataset: Dataset, scope: str) -> tuple[float, int]:
    """Return the median ms of six years' small multiples as PNG, and the PNG's bytes."""
    request = ViewRequest(scope, INDICATOR, 2024)
    years = default_years(dataset.catalog[INDICATOR].years)
    texts = MultiplesTexts(map_texts(scope, LANG), "Klasy wspólne.", "brak danych", "przerwa")
    style = MapStyle(texts.map, TODAY, SIZES["1920x1080"])
    made: list[bytes] = []

    def draw() -> None:
        pooled = pooled_years(dataset, request, years)
        made.append(multiples_png(scope_gminas(dataset, pooled.pooled.units), pooled, style, texts))

    return median_ms(draw), len(made[-1])


def main() -> None:
    """Print one line per scope: a step's ms, the small multiples' ms and PNG bytes."""
    store = Path(os.environ.get("GEOPORTAL_STORE_DIR", ROOT / "geodata" / "store"))
    dataset = load_dataset(store, ROOT / "geodata")
    print(f"{'scope':<11} {'step ms':>8} {'6 years PNG ms':>15} {'PNG bytes':>11}")
    for scope in SCOPES:
        milliseconds, size = multiples_ms(dataset, scope)
        print(f"{scope:<11} {step_ms(dataset, scope):>8.1f} {milliseconds:>15.0f} {size:>11,}")


if __name__ == "__main__":
    main()
