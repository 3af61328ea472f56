"""Resident memory of one app process, stage by stage: what a worker's floor is made of.

Run: ``python -m bench.memory`` (after ``python -m layers.ingest.build``).

Each stage runs in this process, in order, and prints the resident set size (RSS) after
it and what it added: the scientific stack, ``mapclassify`` (which imports numba and
compiles its Fisher–Jenks at import, scikit-learn, SciPy and matplotlib), the rest of the
app's imports, the store, the page read as a browser reads it (its layout and callbacks),
and the Poland map drawn in both languages through the real callback. The naive baseline
is the bare interpreter. The last line gives the part of this RSS in files (the
libraries' code), which every worker maps: RSS counts it in full in each, PSS splits it
between them.
"""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable

import psutil

MB = 2**20
APP: dict = {}
"""The app once the store stage made it, and its page's wire once read."""


def imported(*names: str) -> Callable[[], None]:
    """Return a stage that imports ``names``."""

    def stage() -> None:
        for name in names:
            importlib.import_module(name)

    return stage


def make_app() -> None:
    """Make the app: settings, store, database, layout and callbacks."""
    jobs = tempfile.mkdtemp()
    APP["app"] = importlib.import_module("app").create_app(
        {"CACHE_TYPE": "NullCache", "DATABASE_PATH": f"{jobs}/db.sqlite", "JOBS_DIR": jobs}
    )


def read_page() -> None:
    """Read the page's layout and callbacks, as a browser does when it opens the page."""
    wire = importlib.import_module("bench.dash_wire").Wire  # imported late: stages measure imports
    APP["wire"] = wire.read(APP["app"].server.test_client())


def draw_poland(lang: str) -> Callable[[], None]:
    """Return a stage that draws the Poland map through the real callback in ``lang``."""

    def stage() -> None:
        ids = importlib.import_module("app").page.ids  # the component ids, through the app
        changed = f"{ids.SCOPE_RADIO}.value"
        values = {changed: "poland", f"{ids.LANG_STORE}.data": lang}
        status, body = APP["wire"].post(f"{ids.MAP_STATE}.data", values, [changed])
        assert status == 200, body[:300]

    return stage


STAGES = [
    ("numpy, pandas, geopandas", imported("numpy", "pandas", "geopandas")),
    ("mapclassify (numba, sklearn, scipy, mpl)", imported("mapclassify")),
    ("dash, plotly", imported("dash", "plotly.graph_objects")),
    ("the rest of the app's imports", imported("app")),
    ("the store loaded (create_app)", make_app),
    ("the page read (layout, callbacks)", read_page),
    ("Poland drawn in Polish", draw_poland("pl")),
    ("Poland drawn in English", draw_poland("en")),
]


def main() -> None:
    """Print the stages."""
    process = psutil.Process()
    start = before = process.memory_info().rss
    print(f"{'stage':44} {'RSS MB':>7} {'added MB':>9}")
    print(f"{'interpreter and this script (baseline)':44} {start / MB:7.0f}")
    for name, stage in STAGES:
        stage()
        now = process.memory_info().rss
        print(f"{name:44} {now / MB:7.0f} {(now - before) / MB:9.0f}")
        before = now
    full = process.memory_info()
    print(f"RSS {full.rss / MB:.0f} MB = {full.rss / start:.0f}x the baseline, of which ", end="")
    print(f"{full.shared / MB:.0f} MB file-backed (the libraries' code, counted in every worker)")


if __name__ == "__main__":
    main()
