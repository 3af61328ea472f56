"""The explorer's map follows its controls in Dash's store (assets/geomap_controls.js).

A switch asks one GET of the view's colours and nothing of Dash before the map is
repainted; a new indicator's symbol is the server's, and the symbol control follows the
map; the legend the engine draws comes back with its tab; a link is painted as it says.
"""

from __future__ import annotations

import pytest
from selenium.webdriver import Chrome

from callbacks import ids
from tests.browser.pages import (
    choose_option,
    legend,
    map_idle,
    open_explorer,
    open_page,
    show_tab,
    waiting,
)

pytestmark = pytest.mark.browser

WATCH_JS = """
window.__asked = [];
const fetched = window.fetch;
window.fetch = function (url) {
  window.__asked.push([String(url), performance.now()]);
  return fetched.apply(this, arguments);
};
window.__painted = [];
document.getElementById(arguments[0]).addEventListener('geoportal:painted', e => {
  if (e.detail.changed.includes('colours')) { window.__painted.push(performance.now()); }
});
"""
CIRCLES_JS = "return window.geoportalCircles.describe(arguments[0]).length;"
DESCRIBE_JS = "return window.geoportalMap.describe(arguments[0]);"
PAINTS_JS = (
    "return performance.getEntriesByType('resource').map(e => e.name)"
    ".filter(name => name.includes('/paint/'));"
)


def watch(browser: Chrome) -> None:
    """Log every request the page sends from now on, and every repaint of the map's colours."""
    browser.execute_script(WATCH_JS, ids.MAP_GRAPH)


def asked(browser: Chrome, before_paint: bool = False) -> list[str]:
    """Return the requests sent since :func:`watch` (only those before the first repaint)."""
    sent, painted = browser.execute_script("return [window.__asked, window.__painted];")
    end = painted[0] if before_paint and painted else float("inf")
    return [url for url, at in sent if at <= end]


def settled(browser: Chrome, wanted: str) -> bool:
    """Whether the address bar says ``wanted`` and the map is idle (all that follows done)."""
    return wanted in browser.current_url and map_idle(browser, ids.MAP_GRAPH)


def test_a_palette_switch_asks_one_get_and_nothing_of_dash_before_the_repaint(
    browser: Chrome, live_url: str
) -> None:
    open_explorer(browser, live_url)
    watch(browser)

    choose_option(browser, ids.PALETTE_DROPDOWN, "Reds")
    waiting(browser).until(lambda b: b.execute_script("return window.__painted.length;"))

    before = asked(browser, before_paint=True)
    assert [url for url in before if "/paint/" in url] == before and len(before) == 1
    assert "%22palette%22%3A%22Reds%22" in before[0]
    colours = {c for c in browser.execute_script(DESCRIBE_JS, ids.MAP_GRAPH)["colors"] if c}
    assert len(colours) == 5 and len(set(legend(browser)["colors"])) == 5


def test_a_count_after_a_rate_is_drawn_as_circles_at_once_and_the_symbol_follows(
    browser: Chrome, live_url: str
) -> None:
    open_explorer(browser, live_url)
    choose_option(browser, ids.INDICATOR_DROPDOWN, "density", "Gęstość zaludnienia")
    waiting(browser).until(lambda b: settled(b, "ind=density"))
    watch(browser)

    choose_option(browser, ids.INDICATOR_DROPDOWN, "deaths", "Zgony")
    waiting(browser).until(lambda b: b.execute_script(CIRCLES_JS, ids.MAP_GRAPH) == 15)
    waiting(browser).until(lambda b: settled(b, "sym=circles"))

    radio = browser.find_element("css selector", f"#{ids.SYMBOL_RADIO} input:checked")
    assert radio.get_attribute("value") == "circles"
    paints = [url for url in asked(browser) if "/paint/" in url]
    assert len(paints) == 1 and "%22symbol%22%3Anull" in paints[0]  # the server's symbol


def test_the_legend_the_engine_draws_comes_back_with_its_tab(
    browser: Chrome, live_url: str
) -> None:
    open_explorer(browser, live_url)
    shown = legend(browser)

    show_tab(browser, "tab_compare")
    show_tab(browser, "tab_map")
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH) and legend(b)["counts"])

    assert legend(browser) == shown and len(shown["counts"]) == 5


def test_a_link_is_painted_as_it_says_with_no_default_view_first(
    browser: Chrome, live_url: str
) -> None:
    open_page(browser, f"{live_url}/?scope=malopolska&ind=population&sym=choropleth&year=2020")
    waiting(browser).until(lambda b: "2020" in legend(b)["title"])

    paints = browser.execute_script(PAINTS_JS)
    described = browser.execute_script(DESCRIBE_JS, ids.MAP_GRAPH)
    assert paints and all("/paint/malopolska/" in url for url in paints)
    assert described["scope"] == "malopolska" and described["features"] == 182
    assert browser.execute_script(CIRCLES_JS, ids.MAP_GRAPH) == 0  # the link's choropleth
