"""The map engine (assets/geomap.js) in headless Chromium: hover, repaint, layers, tabs, lasso."""

from __future__ import annotations

import pytest
from selenium.webdriver import ActionChains, Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from callbacks.explorer.map_view import DEFAULT_LAYERS
from callbacks.maps import BASEMAP
from server.i18n import text
from tests.browser.pages import (
    choose_radio,
    map_canvas,
    map_idle,
    map_state,
    open_explorer,
    open_page,
    open_tab,
    rendered,
    severe_console_messages,
    spaced,
    table_rows,
    waiting,
)

pytestmark = pytest.mark.browser

KRAKOW_MARKET_SQUARE = (19.9373, 50.0617)
PROJECT_JS = "return geoportalMap.project(arguments[0], arguments[1]);"
PAINTED_JS = """
const [mapId, target, value, done] = arguments;
document.getElementById(mapId).addEventListener('geoportal:painted',
  e => done(e.detail), {once: true});
dash_clientside.set_props(target, {value});
"""
GEOMETRY_FETCHES_JS = (
    "return performance.getEntriesByType('resource').filter(e => e.name.includes('/geometry/'))"
    ".length;"
)


def point_at(browser: Chrome, map_id: str, lon_lat: tuple[float, float]) -> ActionChains:
    """Return mouse actions that move the pointer over a place on a map."""
    dx, dy = browser.execute_script(PROJECT_JS, map_id, list(lon_lat))
    canvas = map_canvas(browser, map_id)
    return ActionChains(browser).move_to_element_with_offset(canvas, round(dx), round(dy))


def tooltip(browser: Chrome, map_id: str) -> list[str]:
    """Return the lines of the hover label (none while it is hidden)."""
    label = browser.find_element(By.CSS_SELECTOR, f"#{map_id} .geomap-tooltip")
    return [spaced(line) for line in label.text.splitlines()] if label.is_displayed() else []


def test_hover_shows_name_value_unit_and_rank(browser: Chrome, live_url: str) -> None:
    open_page(browser, live_url)

    point_at(browser, ids.MAP_GRAPH, KRAKOW_MARKET_SQUARE).perform()

    waiting(browser).until(lambda b: tooltip(b, ids.MAP_GRAPH)[:1] == ["Kraków"])
    name, value, rank = tooltip(browser, ids.MAP_GRAPH)
    assert name == "Kraków"
    assert value.endswith(" osób") and value[0].isdigit()  # "809 168 osób"
    assert rank == f"{text('hover_rank', 'pl')}: 1/15"


def test_a_palette_switch_repaints_colours_only_and_says_so(browser: Chrome, live_url: str):
    open_explorer(browser, live_url)  # classes: a palette colours them
    before = set(rendered(browser, ids.MAP_GRAPH, "fill"))

    detail = browser.execute_async_script(PAINTED_JS, ids.MAP_GRAPH, ids.PALETTE_DROPDOWN, "Greens")

    assert detail["map"] == ids.MAP_GRAPH and detail["scope"] == "smk"
    assert "colours" in detail["changed"] and "geometry" not in detail["changed"]
    after = set(rendered(browser, ids.MAP_GRAPH, "fill"))
    assert len(after) == 5 and not after & before  # five classes, every one recoloured
    assert browser.execute_script(GEOMETRY_FETCHES_JS) == 1


def test_context_layers_switch_on_and_off(browser: Chrome, live_url: str) -> None:
    open_page(browser, live_url)

    def visible(b: Chrome) -> set[str]:
        layers = map_state(b, ids.MAP_GRAPH)["layers"]
        return {layer["id"] for layer in layers if layer["visible"] and "outline" in layer["id"]}

    waiting(browser).until(lambda b: visible(b) == {"outline-powiats", "outline-smk"})
    for name in (text("layer_powiats", "pl"), text("layer_districts", "pl")):
        checklist = browser.find_element(By.ID, ids.LAYERS_CHECK)
        label = checklist.find_element(By.XPATH, f".//label[normalize-space()='{name}']")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", label)
        label.click()

    waiting(browser).until(lambda b: visible(b) == {"outline-smk", "outline-districts"})
    assert not any(
        layer["id"] == "basemap" for layer in map_state(browser, ids.MAP_GRAPH)["layers"]
    )


def test_a_repaint_with_the_basemap_offline_is_reported(browser: Chrome, live_url: str):
    open_explorer(browser, live_url)
    layers = [*DEFAULT_LAYERS, BASEMAP]
    browser.execute_async_script(PAINTED_JS, ids.MAP_GRAPH, ids.LAYERS_CHECK, layers)
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH))  # its tiles failed (offline)

    # Tiles that fail again end in no new frame: the repaint is reported all the same
    detail = browser.execute_async_script(PAINTED_JS, ids.MAP_GRAPH, ids.PALETTE_DROPDOWN, "Greens")

    assert "colours" in detail["changed"]
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH))
    assert len(set(rendered(browser, ids.MAP_GRAPH, "fill"))) == 5


def test_the_map_comes_back_with_its_tab(browser: Chrome, live_url: str) -> None:
    open_tab(browser, live_url, "tab_catalog")
    waiting(browser).until(lambda b: not b.find_elements(By.ID, ids.MAP_GRAPH))

    label = text("tab_map", "pl")
    browser.find_element(By.XPATH, f"//*[@id='{ids.TABS}']//*[normalize-space()='{label}']").click()

    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH))
    shown = map_state(browser, ids.MAP_GRAPH)
    assert shown["features"] == 15 and None not in shown["colors"]
    assert map_canvas(browser, ids.MAP_GRAPH).is_displayed()
    assert severe_console_messages(browser) == []


def test_a_lasso_drawn_on_the_map_makes_a_zone(browser: Chrome, live_url: str) -> None:
    open_tab(browser, live_url, "tab_areas")
    waiting(browser).until(lambda b: table_rows(b, ids.ZONE_SHARES))
    waiting(browser).until(lambda b: map_idle(b, ids.ZONE_MAP))
    before = table_rows(browser, ids.ZONE_SHARES)
    choose_radio(browser, ids.ZONE_MODE, text("zone_lasso", "pl"))
    waiting(browser).until(lambda b: map_state(b, ids.ZONE_MAP)["lasso"])
    browser.execute_script(
        "arguments[0].scrollIntoView({block: 'center'});", map_canvas(browser, ids.ZONE_MAP)
    )

    drag = point_at(browser, ids.ZONE_MAP, (19.85, 49.98)).click_and_hold()
    for dx, dy in ((60, 0), (60, 0), (0, 60), (-60, 0), (-60, 0)):
        drag = drag.move_by_offset(dx, dy)
    drag.release().perform()

    waiting(browser).until(lambda b: table_rows(b, ids.ZONE_SHARES) != before)
    shares = dict(table_rows(browser, ids.ZONE_SHARES))
    assert "Kraków" in shares
    zone = map_state(browser, ids.ZONE_MAP)["extras"]["zone"]
    assert (zone["kind"], zone["features"]) == ("line", 1)
    assert severe_console_messages(browser) == []
