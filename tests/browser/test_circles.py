"""Counts drawn as counts in a real browser: circles for population, a switch to classes."""

from __future__ import annotations

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from layers.analysis.teryt import KRAKOW
from layers.render.proportional_circles import max_radius
from server.i18n import text
from tests.browser.pages import choose_radio, legend, map_idle, open_page, waiting

pytestmark = pytest.mark.browser

CIRCLES_JS = "return window.geoportalCircles.describe(arguments[0]);"
SMK_GMINAS = 15


def circles(browser: Chrome) -> list[dict]:
    """Return the explorer map's circles, largest first, with their radii in px now."""
    return browser.execute_script(CIRCLES_JS, ids.MAP_GRAPH)


def test_population_is_drawn_as_circles_largest_krakow_and_switches_to_classes(
    browser: Chrome, live_url: str
) -> None:
    open_page(browser, live_url)
    waiting(browser).until(lambda b: len(circles(b)) == SMK_GMINAS and map_idle(b, ids.MAP_GRAPH))

    drawn = circles(browser)
    assert drawn[0]["teryt"] == KRAKOW
    assert drawn[0]["r"] == pytest.approx(max_radius("smk"), abs=0.5)  # the largest, at its fit
    assert [c["r"] for c in drawn] == sorted((c["r"] for c in drawn), reverse=True)
    shown = browser.find_elements(By.CSS_SELECTOR, f"#{ids.LEGEND} .legend-circle")
    labels = browser.find_elements(By.CSS_SELECTOR, f"#{ids.LEGEND} .legend-circle-label")
    assert len(shown) == 3 and labels[0].text.replace("\u00a0", " ") == "500 000"
    assert legend(browser)["counts"] == [SMK_GMINAS]  # the neutral fill: values' range

    choose_radio(browser, ids.SYMBOL_RADIO, text("symbol_choropleth", "pl"))
    waiting(browser).until(lambda b: not circles(b) and len(legend(b)["counts"]) == 5)
    assert "sym=choropleth" in browser.current_url
    assert not browser.find_elements(By.CSS_SELECTOR, f"#{ids.LEGEND} .legend-circle")
