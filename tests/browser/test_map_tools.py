"""The maps' names and own toolbar (assets/geomap_tools.js) in headless Chromium."""

from __future__ import annotations

import re

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from callbacks import ids
from server.i18n import text
from server.text_keys import SCOPE_KEYS
from tests.browser.pages import choose_radio, map_idle, map_state, open_page, waiting

pytestmark = pytest.mark.browser

NAMES_JS = """
return [...document.querySelectorAll('#' + arguments[0] + ' .geomap-name')].map(e => {
  const r = e.getBoundingClientRect(), style = getComputedStyle(e);
  return {text: e.textContent, box: [r.left, r.top, r.right, r.bottom],
    hidden: e.getAttribute('aria-hidden'), pointer: style.pointerEvents,
    district: e.classList.contains('geomap-name-district'), color: style.color,
    halo: style.textShadow};
});
"""
CANVAS_JS = (
    "const r = document.querySelector('#' + arguments[0] + ' canvas').getBoundingClientRect();"
    "return [r.left, r.top, r.right, r.bottom];"
)
ZOOM_IN = 1.5
KRAKOW_CENTRE = {"lon": 19.94, "lat": 50.06}
FETCH_TYPE_JS = """
const [address, done] = arguments;
fetch(address, {credentials: 'same-origin'})
  .then(r => done([r.status, r.headers.get('content-type')]));
"""


def names(browser: Chrome) -> list[dict]:
    """Return the names written on the explorer's map, with their boxes on the screen."""
    return browser.execute_script(NAMES_JS, ids.MAP_GRAPH)


def overlapping(shown: list[dict]) -> list[tuple[str, str]]:
    """Return the pairs of names whose boxes overlap."""
    return [
        (a["text"], b["text"])
        for i, a in enumerate(shown)
        for b in shown[i + 1 :]
        if a["box"][0] < b["box"][2]
        and b["box"][0] < a["box"][2]
        and a["box"][1] < b["box"][3]
        and b["box"][1] < a["box"][3]
    ]


def contrast_on_white(color: str) -> float:
    """Return the WCAG 2 contrast ratio of a CSS ``rgb(r, g, b)`` colour against white."""
    channels = [int(part) / 255 for part in re.findall(r"\d+", color)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


def district_names(browser: Chrome) -> list[str]:
    """Return the names of Kraków's districts written on the explorer's map."""
    return [n["text"] for n in names(browser) if n["district"]]


def inside_the_zoomed_view(browser: Chrome, shown: list[dict]) -> list[dict]:
    """Return the names whose middle lies in the part of the map a zoom-in by ZOOM_IN shows."""
    left, top, right, bottom = browser.execute_script(CANVAS_JS, ids.MAP_GRAPH)
    x, y = (left + right) / 2, (top + bottom) / 2
    half_x, half_y = (right - left) / 2 / 2**ZOOM_IN, (bottom - top) / 2 / 2**ZOOM_IN
    return [
        n
        for n in shown
        if abs((n["box"][0] + n["box"][2]) / 2 - x) <= half_x
        and abs((n["box"][1] + n["box"][3]) / 2 - y) <= half_y
    ]


def press_tool(browser: Chrome, name: str) -> None:
    """Reach a toolbar button with Tab from the zoom-in button and press it with Enter."""
    browser.execute_script(
        "document.querySelector('#' + arguments[0] + ' .maplibregl-ctrl-zoom-in').focus();",
        ids.MAP_GRAPH,
    )
    for _ in range(8):
        active = browser.switch_to.active_element
        if name in (active.get_attribute("class") or ""):
            active.send_keys(Keys.ENTER)
            return
        active.send_keys(Keys.TAB)
    raise AssertionError(f"no {name} button on the Tab path")


def test_names_placed_without_overlap_more_when_zoomed_and_a_toolbar_by_keyboard(
    browser: Chrome, live_url: str
) -> None:
    open_page(browser, live_url)
    choose_radio(browser, ids.SCOPE_RADIO, text(SCOPE_KEYS["malopolska"], "pl"))
    waiting(browser).until(lambda b: map_state(b, ids.MAP_GRAPH)["features"] > 100)
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH) and len(names(b)) >= 5)
    home = map_state(browser, ids.MAP_GRAPH)
    fitted = names(browser)
    assert not overlapping(fitted)
    assert all(n["hidden"] == "true" and n["pointer"] == "none" for n in fitted)
    assert "Kraków" in {n["text"] for n in fitted}

    press_tool(browser, "geomap-tool-reset")  # nothing moved yet: the same extent
    browser.execute_script(
        "geoportalMap.jumpTo(arguments[0], arguments[1], arguments[2]);",
        ids.MAP_GRAPH,
        {"lon": home["lon"], "lat": home["lat"]},
        home["zoom"] + ZOOM_IN,
    )
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH))
    zoomed = names(browser)
    assert len(zoomed) > len(inside_the_zoomed_view(browser, fitted))  # more names, same area
    assert not overlapping(zoomed)

    press_tool(browser, "geomap-tool-reset")
    waiting(browser).until(lambda b: abs(map_state(b, ids.MAP_GRAPH)["zoom"] - home["zoom"]) < 0.01)
    back = map_state(browser, ids.MAP_GRAPH)
    assert back["lon"] == pytest.approx(home["lon"], abs=1e-4)
    assert back["lat"] == pytest.approx(home["lat"], abs=1e-4)

    png = browser.find_element(By.CSS_SELECTOR, f"#{ids.MAP_GRAPH} .geomap-tool-png")
    assert png.is_displayed() and png.get_attribute("aria-label") == text("map_tool_png", "pl")
    address = png.get_attribute("data-address")
    assert browser.execute_async_script(FETCH_TYPE_JS, address) == [200, "image/png"]

    choose_radio(browser, ids.LAYERS_CHECK, text("layer_districts", "pl"))
    browser.execute_script(
        "geoportalMap.jumpTo(arguments[0], arguments[1], 11);", ids.MAP_GRAPH, KRAKOW_CENTRE
    )
    waiting(browser).until(lambda b: len(district_names(b)) >= 3)
    assert "&extent=19." in png.get_attribute("data-address")  # the PNG of the view shown
    shown = names(browser)
    assert not overlapping(shown)
    assert all(contrast_on_white(n["color"]) >= 4.5 for n in shown)  # WCAG AA
    assert all("rgb(255, 255, 255)" in n["halo"] for n in shown)  # the white halo

    choose_radio(browser, ids.LAYERS_CHECK, text("layer_labels", "pl"))
    waiting(browser).until(lambda b: not names(b))
