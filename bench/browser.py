"""What the user waits for in a real browser: first map, bytes, and the repaint of a switch.

``python -m bench.browser [--checkout PATH] [--switches 6]`` starts the app of a checkout
(this one by default; another worktree measures another engine with the same harness) on
the real store, opens it in headless Chromium (the tests' flags, software WebGL) and, for
SMK, Małopolska and Poland, prints: the first map's time from navigation and the bytes
transferred until then (browser cache off), then the median time of ``--switches``
switches each of indicator, year and palette, from the control's change
(``dash_clientside.set_props``) to the repaint: the map's ``geoportal:painted`` event, or
for a Plotly map its ``plotly_afterplot`` plus two animation frames. In the same run a
plain MapLibre page (``bench/browser_limit.py``) over the same geometry repaints the same
number of switches with feature state, colours fetched from a local server: the limit.
Then a presentation of slides of one scope (Poland) is stepped through, slide by slide.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service

from app import page
from bench.browser_limit import limit_server
from layers.analysis.dataset import Dataset
from layers.render.choropleth import ViewRequest
from layers.store.database import open_database, sqlite_url
from layers.store.io import load_dataset
from layers.store.saved_views import Presentation, SavedView, save_presentation, save_view
from server.settings import GEODATA_DIR

ids = page.ids  # the component ids, through the app (bench/ imports no callbacks)
ROOT = Path(__file__).resolve().parent.parent
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1600,1000",
    "--enable-unsafe-swiftshader",
)
SCOPES = {"smk": 15, "malopolska": 182, "poland": 2477}
INDICATORS = (
    "own_revenue_per_capita",
    "dwellings_per_1000",
    "density",
    "urbanization",
    "live_births_per_1000",
)
"""Rates, drawn as choropleths: the repaint measured is a recolouring (counts open as
proportional circles, whose palette is not theirs)."""
BASE = "density"
"""The indicator the page opens on and whose years and palettes are switched."""
YEARS = (2019, 2018, 2021, 2017, 2022, 2016, 2023)
PALETTES = ("Greens", "Reds", "Purples", "Oranges", "Greys", "YlGnBu", "BuPu")

FIRST_MAP_JS = """
window.__firstMap = null;
const wanted = %r, gminas = %d;
document.addEventListener('geoportal:painted', e => {
  if (!window.__firstMap && e.detail.map === %r && e.detail.scope === wanted
      && e.detail.changed.includes('colours')) { window.__firstMap = performance.now(); }
});
(function poll() {
  const gd = document.querySelector('#%s .js-plotly-plot');
  const sub = gd && gd._fullLayout && gd._fullLayout.map && gd._fullLayout.map._subplot;
  const t = gd && gd.data && gd.data[0];
  if (!window.__firstMap && sub && sub.map && sub.map.loaded() && t && t.locations
      && t.locations.length === gminas && t.z.some(z => z > 0)) {
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__firstMap = window.__firstMap || performance.now(); }));
    return;
  }
  if (!window.__firstMap) { requestAnimationFrame(poll); }
})();
"""
SWITCH_JS = """
const [target, props, mapId, done] = arguments;
const box = document.getElementById(mapId), t0 = performance.now();
if (window.geoportalMap) {
  box.addEventListener('geoportal:painted', function seen(e) {
    if (!e.detail.changed.includes('colours')) { return; }
    box.removeEventListener('geoportal:painted', seen);
    done(performance.now() - t0);
  });
} else {
  box.querySelector('.js-plotly-plot').once('plotly_afterplot', () =>
    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0))));
}
dash_clientside.set_props(target, props);
"""
BYTES_JS = """
const nav = performance.getEntriesByType('navigation')[0];
return nav.transferSize + performance.getEntriesByType('resource')
  .reduce((sum, e) => sum + e.transferSize, 0);
"""


@contextmanager
def running_app(
    checkout: Path, store: Path, port: int, gunicorn: bool = False
) -> Iterator[tuple[str, Path]]:
    """Run a checkout's app on the store (``python app.py``, or ``gunicorn app:server`` with
    the checkout's ``gunicorn.conf.py``); yield its URL and its database."""
    work = Path(tempfile.mkdtemp(prefix="bench-browser-"))
    database = work / "geoportal.sqlite"
    env = {
        **os.environ,
        "GEOPORTAL_PORT": str(port),
        "GEOPORTAL_STORE_DIR": str(store),
        "GEOPORTAL_DATABASE_PATH": str(database),
        "GEOPORTAL_JOBS_DIR": str(work / "jobs"),
    }
    log = (work / "app.log").open("w")
    command = [sys.executable, "app.py"]
    if gunicorn:
        env["GEOPORTAL_GUNICORN_BIND"] = f"127.0.0.1:{port}"
        command = [str(Path(sys.executable).with_name("gunicorn")), "app:server"]
    server = subprocess.Popen(command, cwd=checkout, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"{url}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        yield url, database
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def chromium() -> webdriver.Chrome:
    """Return headless Chromium with the browser cache off."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_script_timeout(120)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return driver


def wait_for(driver: webdriver.Chrome, script: str, timeout_s: float = 120) -> object:
    """Return the first truthy value of ``script``, polled every 50 ms."""
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError(script)


def first_map(driver: webdriver.Chrome, url: str, scope: str) -> tuple[float, int]:
    """Open the app on a scope; return the first map's time (ms) and the bytes until then."""
    script = FIRST_MAP_JS % (scope, SCOPES[scope], ids.MAP_GRAPH, ids.MAP_GRAPH)
    added = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": script})
    driver.delete_all_cookies()
    driver.get(f"{url}/?scope={scope}&ind={BASE}")
    shown = wait_for(driver, "return window.__firstMap;")
    driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", added)
    return float(shown), int(driver.execute_script(BYTES_JS))


def switch(driver: webdriver.Chrome, target: object, props: dict, map_id: str) -> float:
    """Change a control (or press a button) and return the ms until the map repainted."""
    return float(driver.execute_async_script(SWITCH_JS, target, props, map_id))


def app_switches(driver: webdriver.Chrome, count: int) -> dict[str, float]:
    """Return the median repaint (ms) of ``count`` switches of indicator, year and palette."""
    kinds = {
        "indicator": (ids.INDICATOR_DROPDOWN, INDICATORS),
        "year": (ids.YEAR_SLIDER, YEARS),
        "palette": (ids.PALETTE_DROPDOWN, PALETTES),
    }
    medians = {}
    for kind, (control, values) in kinds.items():
        shown = INDICATORS[(count - 1) % len(INDICATORS)]  # the indicator switches' last
        if kind == "year" and shown != BASE:  # the same value would repaint nothing
            switch(driver, ids.INDICATOR_DROPDOWN, {"value": BASE}, ids.MAP_GRAPH)
        times = [
            switch(driver, control, {"value": values[i % len(values)]}, ids.MAP_GRAPH)
            for i in range(count)
        ]
        medians[kind] = statistics.median(times)
    return medians


def limit_requests(scope: str, count: int) -> list[ViewRequest]:
    """Return the views whose colours the limit page switches between (first one drawn)."""
    views = [ViewRequest(scope, BASE, 2024)]
    views += [ViewRequest(scope, INDICATORS[i % len(INDICATORS)], 2024) for i in range(count)]
    views += [ViewRequest(scope, BASE, YEARS[i % len(YEARS)]) for i in range(count)]
    views += [
        ViewRequest(scope, BASE, 2024, palette=PALETTES[i % len(PALETTES)]) for i in range(count)
    ]
    return views


def limit(driver: webdriver.Chrome, url: str, scope: str, count: int) -> tuple[float, float]:
    """Return the limit page's first map (ms) and the median of its ``3 × count`` switches."""
    driver.get(f"{url}/limit.html?scope={scope}")
    shown = float(wait_for(driver, "return window.firstMap;"))
    times = [
        float(driver.execute_async_script("switchTo(arguments[0]).then(arguments[1]);", i))
        for i in range(1, 3 * count + 1)
    ]
    return shown, statistics.median(times)


def presentation_slides(database: Path, count: int) -> int:
    """Save ``count + 1`` views of Poland (one indicator each) as a presentation; its id."""
    engine = open_database(sqlite_url(database))
    views = [
        save_view(engine, SavedView(f"Slajd {i}", f"?scope=poland&ind={INDICATORS[i % 5]}"))
        for i in range(count + 1)
    ]
    return save_presentation(engine, Presentation("Bench", tuple(views)))


def started_presentation(driver: webdriver.Chrome, url: str, deck: int) -> float:
    """Open the views tab, start the presentation ``deck``; return the ms to its first slide."""
    driver.get(f"{url}/?tab=tab_views")
    wait_for(driver, f"return document.getElementById('{ids.SHOW_NEXT}');")
    start = {"type": ids.ROW_DECK_START, "index": deck}
    wait_for(driver, "return document.querySelector('[id*=\"deck-start\"]');")
    return switch(driver, start, {"n_clicks": 1}, ids.SHOW_MAP)


def presentation(driver: webdriver.Chrome, url: str, deck: int, count: int) -> float:
    """Return the median repaint (ms) of stepping to the next slide (same scope) ``count`` times."""
    started_presentation(driver, url, deck)
    return statistics.median(
        switch(driver, ids.SHOW_NEXT, {"n_clicks": i + 1}, ids.SHOW_MAP) for i in range(count)
    )


def scope_row(driver: webdriver.Chrome, urls: tuple[str, str], scope: str, count: int) -> str:
    """Measure one scope in the app and on the limit page; return its table row."""
    url, limit_url = urls
    shown, sent = first_map(driver, url, scope)
    medians = app_switches(driver, count)
    limit_first, limit_switch = limit(driver, limit_url, scope, count)
    ratios = "/".join(f"{m / limit_switch:.1f}" for m in medians.values())
    times = (f"{m:.0f}" for m in medians.values())
    return row(
        scope,
        f"{shown:.0f}",
        f"{sent:,}",
        *times,
        f"{limit_first:.0f}",
        f"{limit_switch:.0f}",
        ratios,
    )


def row(*cells: object) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkout", type=Path, default=ROOT)
    parser.add_argument("--store", type=Path, default=ROOT / "geodata" / "store")
    parser.add_argument("--switches", type=int, default=6)
    parser.add_argument("--port", type=int, default=8391)
    parser.add_argument("--scopes", nargs="+", default=list(SCOPES), choices=list(SCOPES))
    parser.add_argument(
        "--server",
        choices=("gunicorn", "python"),
        default="gunicorn",
        help="gunicorn app:server as deployed (default), or python app.py as make serve runs it",
    )
    options = parser.parse_args()
    dataset: Dataset = load_dataset(options.store, GEODATA_DIR)
    requests = {scope: limit_requests(scope, options.switches) for scope in SCOPES}
    print(
        f"checkout {options.checkout}, served by {options.server}, "
        f"{options.switches} switches of each kind, ms"
    )
    print(
        row(
            "scope",
            "first map",
            "bytes",
            "indicator",
            "year",
            "palette",
            "limit first map",
            "limit switch",
            "ratios (ind/year/pal)",
        )
    )
    print(row(*["---"] * 9))
    with (
        running_app(
            options.checkout.resolve(),
            options.store.resolve(),
            options.port,
            gunicorn=options.server == "gunicorn",
        ) as (
            url,
            database,
        ),
        limit_server(dataset, requests) as limit_url,
    ):
        deck = presentation_slides(database, options.switches)
        driver = chromium()
        try:
            for scope in options.scopes:
                try:
                    print(scope_row(driver, (url, limit_url), scope, options.switches))
                except (TimeoutError, WebDriverException):
                    print(row(scope, "no map within 120 s", *["—"] * 7))
                    driver.quit()
                    driver = chromium()
            try:
                slide = f"median {presentation(driver, url, deck, options.switches):.0f} ms"
            except (TimeoutError, WebDriverException):
                slide = "no repaint within 120 s"
            print(f"presentation, next slide of the same scope (Poland): {slide}")
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
