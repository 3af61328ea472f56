"""Server time and size of the print layout: SMK and Poland, A4 and A3, portrait and landscape.

Run: ``python -m bench.print_layout`` (after ``python -m layers.ingest.build``; the store is
``GEOPORTAL_STORE_DIR`` if set).

Times :func:`layers.render.print_layout.print_view` as the "PDF do druku" button calls it
(population 2023, SMK outlined, a short note; median of 5 runs, nothing cached) and prints
the PDF's bytes. Poland's scope draws all 2,477 gminas as vectors.
"""

from __future__ import annotations

import os
from datetime import date
from functools import partial
from pathlib import Path

from bench.exports import ROOT, timed
from layers.render.choropleth import ViewRequest, area_outline
from layers.render.print_layout import ORIENTATIONS, PAPERS, PrintPage, print_view
from layers.store.io import load_dataset
from server.export_texts import print_texts

RUNS = 5
LANG = "pl"
TODAY = date(2026, 12, 5)
NOTE = "Projekt do konsultacji społecznych."


def main() -> None:
    """Print one line per scope and page: median ms and bytes."""
    store = Path(os.environ.get("GEOPORTAL_STORE_DIR", ROOT / "geodata" / "store"))
    dataset = load_dataset(store, ROOT / "geodata")
    outline = area_outline(dataset.store.gminas, dataset.areas["smk"])
    print(f"{'scope':<8} {'page':<14} {'median ms':>10} {'bytes':>10}")
    for scope in ("smk", "poland"):
        request = ViewRequest(scope, "population", 2023, palette="Blues")
        texts = print_texts(scope, LANG)
        for paper in PAPERS:
            for orientation in ORIENTATIONS:
                page = PrintPage(TODAY, paper, orientation, NOTE, outline)
                make = partial(print_view, dataset, request, page, texts)
                milliseconds, size = timed(make, RUNS)
                print(
                    f"{scope:<8} {paper + ' ' + orientation:<14} {milliseconds:>10.0f} {size:>10,}"
                )


if __name__ == "__main__":
    main()
