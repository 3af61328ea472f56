"""Server time and size of the exports: map PNG 1920×1080 and SVG, the state report PDF and HTML.

Run: ``python -m bench.exports`` (after ``python -m layers.ingest.build``; the store is
``GEOPORTAL_STORE_DIR`` if set).

Times the layers functions the export callback calls, with the texts the app gives them
(``server.export_texts``; median of a few runs, nothing cached): the SMK population map
in 2023 as PNG 1920×1080 and as SVG (view classification included), and the whole
"Raport o stanie Metropolii" for SMK (maps, rankings and series of every key indicator)
written as PDF and as HTML.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from layers.analysis.dataset import Dataset, gmina_labels
from layers.render.choropleth import ViewRequest, area_outline
from layers.render.report import state_report
from layers.render.report_html import report_html
from layers.render.report_pdf import report_pdf
from layers.render.static_map import SIZES, MapStyle
from layers.render.view_export import view_file
from layers.store.io import load_dataset
from server.export_texts import map_texts, report_texts
from server.i18n import text
from server.text_keys import TYPE_KEYS

ROOT = Path(__file__).resolve().parent.parent
MAP_RUNS, REPORT_RUNS = 5, 3
REQUEST = ViewRequest("smk", "population", 2023, palette="Blues")
LANG = "pl"
TODAY = date(2026, 11, 28)


def timed(make: Callable[[], bytes], runs: int) -> tuple[float, int]:
    """Return the median milliseconds of ``runs`` calls and the size of the result in bytes."""
    times, content = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        content = make()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(content)


def cases(dataset: Dataset) -> dict[str, tuple[Callable[[], bytes], int]]:
    """Return each measured export as (function, runs)."""
    labels = gmina_labels(dataset, {d: text(TYPE_KEYS[d], LANG) for d in "123"})
    outline = area_outline(dataset.store.gminas, dataset.areas["smk"])
    style = MapStyle(map_texts("smk", LANG), TODAY, SIZES["1920x1080"], outline)

    def report(writer: Callable) -> Callable[[], bytes]:
        return lambda: writer(
            state_report(dataset, "smk", labels, report_texts("smk", LANG), TODAY)
        )

    return {
        "map PNG 1920×1080": (lambda: view_file(dataset, REQUEST, "png", style, labels), MAP_RUNS),
        "map SVG": (lambda: view_file(dataset, REQUEST, "svg", style, labels), MAP_RUNS),
        "report PDF (SMK)": (report(report_pdf), REPORT_RUNS),
        "report HTML (SMK)": (report(report_html), REPORT_RUNS),
    }


def main() -> None:
    """Print one line per export: median ms and bytes."""
    store = Path(os.environ.get("GEOPORTAL_STORE_DIR", ROOT / "geodata" / "store"))
    dataset = load_dataset(store, ROOT / "geodata")
    print(f"{'export':<22} {'median ms':>10} {'bytes':>12}")
    for name, (make, runs) in cases(dataset).items():
        milliseconds, size = timed(make, runs)
        print(f"{name:<22} {milliseconds:>10.0f} {size:>12,}")


if __name__ == "__main__":
    main()
