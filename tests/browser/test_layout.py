"""The map-first layout in headless Chromium: the map's share of the screen at four sizes.

Run with ``-s`` to see the shares; screenshots go to ``$GEOPORTAL_LAYOUT_SHOTS`` (default: a
new temporary folder, printed).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from bench.screenshots import VISIBLE_AREA_JS
from callbacks import ids
from tests.browser.pages import map_idle, open_explorer, show_tab, waiting

pytestmark = pytest.mark.browser

SIZES = ((1024, 768), (1440, 900), (1920, 1080), (3840, 2160))
"""Projector and small laptop, laptop, full HD, 4K (at device scale 1)."""
MIN_SHARE_FULL_HD = 0.60
"""The map's least share of a 1920×1080 screen with the control panel closed (issue 18)."""
SHOTS_VARIABLE = "GEOPORTAL_LAYOUT_SHOTS"
MEASURE_JS = (
    VISIBLE_AREA_JS
    + """
const map = document.getElementById(arguments[0]);
const canvas = map.querySelector('canvas.maplibregl-canvas');
const box = r => ({left: r.left, top: r.top, right: r.right, bottom: r.bottom});
const legends = [...document.querySelectorAll('.legend')].filter(l => l.getClientRects().length);
return {map: box(map.getBoundingClientRect()), canvas: box(canvas.getBoundingClientRect()),
  share: seen(map.getBoundingClientRect()) / (innerWidth * innerHeight),
  legends: legends.map(l => box(l.getBoundingClientRect())),
  footer: document.getElementById(arguments[1]).getBoundingClientRect().top,
  viewport: [innerWidth, innerHeight]};
"""
)
"""The map's and its canvas's boxes, the share of the viewport the map covers, the legends'
boxes shown, the top of the page's footer, the viewport's size."""


def overlap(a: dict, b: dict) -> float:
    """Return the area two boxes (``left``, ``top``, ``right``, ``bottom``) share.

    Boxes that touch share nothing: a pixel is left for rounding (MapLibre sizes its canvas
    in whole pixels, a layout's box may end on a fraction).
    """
    width = min(a["right"], b["right"]) - max(a["left"], b["left"]) - 1
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) - 1
    return max(0.0, width) * max(0.0, height)


def shots_folder() -> Path:
    """Return the folder screenshots go to (:data:`SHOTS_VARIABLE`, else a new one)."""
    folder = os.environ.get(SHOTS_VARIABLE) or tempfile.mkdtemp(prefix="geoportal-layout-")
    Path(folder).mkdir(parents=True, exist_ok=True)
    return Path(folder)


def resized(browser: Chrome, width: int, height: int) -> dict:
    """Show the page in a ``width``×``height`` viewport; return the layout once the map follows."""
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    return settled(browser)


def settled(browser: Chrome) -> dict:
    """Return the layout once the map's canvas fills its box again and the map is still."""

    def measured(_: Chrome) -> dict | None:
        shown = browser.execute_script(MEASURE_JS, ids.MAP_GRAPH, ids.ATTRIBUTION)
        box, canvas = shown["map"], shown["canvas"]
        follows = all(abs(box[side] - canvas[side]) < 2 for side in box)
        return shown if follows and map_idle(browser, ids.MAP_GRAPH) else None

    return waiting(browser, 0.1).until(measured)


def toggled(browser: Chrome) -> str:
    """Press the panel's button from the keyboard; return its ``aria-expanded`` after."""
    button = browser.find_element(By.ID, ids.CONTROLS_TOGGLE)
    before = button.get_attribute("aria-expanded")
    button.send_keys(Keys.ENTER)
    waiting(browser).until(lambda _: button.get_attribute("aria-expanded") != before)
    return button.get_attribute("aria-expanded")


def shares_at(browser: Chrome, width: int, height: int, folder: Path) -> tuple[float, float]:
    """Return the map's share of a ``width``×``height`` screen with the panel open and closed.

    Checks on the way that closing the panel widens the map and that no legend covers the
    map's canvas or falls below the fold; leaves the panel closed, saves a screenshot then.
    """
    opened = resized(browser, width, height)
    assert toggled(browser) == "false"
    assert not browser.find_element(By.ID, ids.EXPLORER_CONTROLS).is_displayed()
    closed = settled(browser)
    browser.save_screenshot(str(folder / f"explorer-{width}x{height}.png"))
    assert closed["map"]["right"] - closed["map"]["left"] > (
        opened["map"]["right"] - opened["map"]["left"]
    )
    for shown in (opened, closed):
        assert shown["legends"]
        assert all(overlap(box, shown["canvas"]) == 0 for box in shown["legends"])
        assert all(box["bottom"] <= shown["footer"] + 1 for box in shown["legends"])
    if (width, height) == SIZES[0]:
        assert opened["map"]["top"] < height / 3
    return opened["share"], closed["share"]


def test_the_map_fills_the_screen_at_four_sizes(browser: Chrome, live_url: str) -> None:
    """The map is above the fold at 1024×768, ≥ 60 % of 1920×1080 with the panel closed, its
    legend covers none of it and is above the fold; the panel's state outlives a tab switch."""
    folder = shots_folder()
    open_explorer(browser, live_url)
    shares = {}
    try:
        for width, height in SIZES:
            if shares:
                assert toggled(browser) == "true"
            shares[width, height] = shares_at(browser, width, height, folder)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    print(f"\nscreenshots: {folder}")
    for (width, height), (opened, closed) in shares.items():
        print(
            f"{width}×{height}: map {opened:.0%} of the screen, {closed:.0%} with the panel closed"
        )
    assert shares[1920, 1080][1] >= MIN_SHARE_FULL_HD
    show_tab(browser, "tab_views")
    show_tab(browser, "tab_map")
    button = waiting(browser).until(lambda b: b.find_element(By.ID, ids.CONTROLS_TOGGLE))
    assert button.get_attribute("aria-expanded") == "false"
    assert not browser.find_element(By.ID, ids.EXPLORER_CONTROLS).is_displayed()
