"""Screenshots of each tab and of a presentation slide at 1920×1080, with the map's share.

``python -m bench.screenshots FOLDER [--checkout PATH]`` serves a checkout's app on the
real store (this one by default; another worktree shows another version with the same
harness) as :mod:`bench.browser` does, opens it in the same headless Chromium with a
1920×1080 viewport and saves one PNG per view into FOLDER: the explorer with SMK's
population, the comparison of two gminas, the areas tab's delimitation and gravitation
maps, the spatial analysis, the catalog and the first slide of a presentation. For each it
prints the share of the viewport its map covers: the part of the map's element inside the
viewport over the viewport's area (:data:`VISIBLE_AREA_JS`, as
``tests/browser/test_layout.py`` measures it), the maps of a view added up.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import WebDriverException

from bench.browser import (
    ROOT,
    chromium,
    ids,
    presentation_slides,
    row,
    running_app,
    started_presentation,
    wait_for,
)

VIEWPORT = (1920, 1080)
VISIBLE_AREA_JS = """
const seen = r => Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0))
  * Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
"""
"""``seen(rect)``: the area of a box inside the viewport, in CSS pixels."""
SHARE_JS = (
    VISIBLE_AREA_JS
    + "const map = document.getElementById(arguments[0]);"
    + "return map ? seen(map.getBoundingClientRect()) / (innerWidth * innerHeight) : null;"
)
DRAWN_JS = """
const id = arguments[0], box = document.getElementById(id);
if (!box) { return false; }
if (window.geoportalMap && geoportalMap.describe) {
  const shown = geoportalMap.describe(id);
  return Boolean(shown && shown.features && geoportalMap.idle(id) && shown.colors.some(c => c));
}
const plot = box.querySelector('.js-plotly-plot');
return Boolean(plot && plot._fullLayout);
"""
"""Whether a map is drawn: coloured and still (MapLibre), or laid out (an older Plotly map)."""
SCROLLED_JS = "document.getElementById(arguments[0])?.scrollIntoView({block: 'nearest'});"
SETTLE_S = 1.0
"""Time left after a map is drawn for its names and tiles before the screenshot."""
DRAWN_TIMEOUT_S = 60.0
KRAKOW, WIELICZKA = "1261011", "1219053"


@dataclass(frozen=True)
class Shot:
    """One view: its file name, its address (after the app's URL) and the maps it shows."""

    name: str
    address: str
    maps: tuple[str, ...]


SHOTS = (
    Shot("explorer", "/?scope=smk&ind=population", (ids.MAP_GRAPH,)),
    Shot(
        "compare",
        f"/?tab=tab_compare&gminas={KRAKOW},{WIELICZKA}",
        (ids.COMPARE_MAP_A, ids.COMPARE_MAP_B),
    ),
    Shot("areas-delimitation", "/?tab=tab_areas", (ids.DELIMIT_MAP,)),
    Shot("areas-gravitation", "/?tab=tab_areas", (ids.GRAVITY_MAP,)),
    Shot("spatial", "/?tab=tab_spatial", (ids.CLUSTER_MAP,)),
    Shot("catalog", "/?tab=tab_catalog", ()),
)


def drawn(driver: webdriver.Chrome, map_id: str) -> bool:
    """Wait for a map to be drawn (:data:`DRAWN_JS`) and scroll it into view; False if never."""
    try:
        script = f"return (function () {{ {DRAWN_JS} }}).apply(null, [{map_id!r}]);"
        wait_for(driver, script, DRAWN_TIMEOUT_S)
    except TimeoutError:
        return False
    driver.execute_script(SCROLLED_JS, map_id)
    return True


def map_share(driver: webdriver.Chrome, maps: tuple[str, ...]) -> str:
    """Return the share of the viewport the maps cover, or why there is none."""
    if not maps:
        return "no map"
    shares = [driver.execute_script(SHARE_JS, map_id) for map_id in maps]
    if None in shares:
        return "map not found"
    parts = " + ".join(f"{share:.0%}" for share in shares) + " = " if len(shares) > 1 else ""
    return f"{parts}{sum(shares):.0%}"


def taken(driver: webdriver.Chrome, folder: Path, name: str, maps: tuple[str, ...]) -> str:
    """Save the screenshot ``name``.png once its maps are drawn; return its table row."""
    missing = [map_id for map_id in maps if not drawn(driver, map_id)]
    time.sleep(SETTLE_S)
    path = folder / f"{name}.png"
    driver.save_screenshot(str(path))
    note = f" (not drawn within {DRAWN_TIMEOUT_S:.0f} s: {', '.join(missing)})" if missing else ""
    return row(name, path, map_share(driver, maps) + note)


def shot_rows(driver: webdriver.Chrome, url: str, deck: int, folder: Path) -> list[str]:
    """Take every shot of :data:`SHOTS` and the presentation's first slide; their rows."""
    rows = []
    for shot in SHOTS:
        driver.delete_all_cookies()
        driver.get(url + shot.address)
        rows.append(taken(driver, folder, shot.name, shot.maps))
    try:
        started_presentation(driver, url, deck)
    except (TimeoutError, WebDriverException) as error:
        return [*rows, row("presentation", "—", f"not started: {type(error).__name__}")]
    return [*rows, taken(driver, folder, "presentation", (ids.SHOW_MAP,))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where the PNG files go (made if missing)")
    parser.add_argument("--checkout", type=Path, default=ROOT)
    parser.add_argument("--store", type=Path, default=ROOT / "geodata" / "store")
    parser.add_argument("--port", type=int, default=8393)
    options = parser.parse_args()
    options.folder.mkdir(parents=True, exist_ok=True)
    print(f"checkout {options.checkout}, viewport {VIEWPORT[0]}×{VIEWPORT[1]}")
    print(row("view", "file", "map's share of the viewport"))
    print(row(*["---"] * 3))
    with running_app(options.checkout.resolve(), options.store.resolve(), options.port) as (
        url,
        database,
    ):
        deck = presentation_slides(database, 0)
        driver = chromium()
        try:
            width, height = VIEWPORT
            driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            )
            for line in shot_rows(driver, url, deck, options.folder):
                print(line)
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
