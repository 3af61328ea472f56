"""The spatial analysis and outlook tab in headless Chromium: cluster map, scatterplot, outlook."""

from __future__ import annotations

import os

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from server.i18n import text
from tests.browser.pages import PLOT_JS, choose_radio, open_tab, severe_console_messages, waiting

pytestmark = pytest.mark.browser

MALOPOLSKA, SMK = 182, 15
TRACES_JS = (
    PLOT_JS + "if (!gd || !gd.data) { return null; }"
    "return gd.data.map(t => ({type: t.type, n: (t.locations || t.x || []).length,"
    " name: t.name || ''}));"
)
LEGEND_JS = (
    "const legend = document.getElementById(arguments[0]);"
    "return legend ? [...legend.querySelectorAll('.legend-row')].map(r => r.textContent) : [];"
)
SCREENSHOTS = os.environ.get("GEOPORTAL_SCREENSHOTS")
"""A directory to save screenshots of the tab into (for looking at it), when set."""


def traces(browser: Chrome, graph_id: str) -> list[dict] | None:
    return browser.execute_script(TRACES_JS, graph_id)


def drawn(browser: Chrome, graph_id: str, locations: int) -> bool:
    shown = traces(browser, graph_id)
    return bool(shown) and shown[0]["type"] == "choroplethmap" and shown[0]["n"] == locations


def snapshot(browser: Chrome, name: str) -> None:
    if SCREENSHOTS:
        browser.save_screenshot(os.path.join(SCREENSHOTS, f"{name}.png"))


def test_clusters_and_outlook_are_drawn_when_the_tab_is_shown(browser: Chrome, live_url: str):
    open_tab(browser, live_url, "tab_spatial")
    wait = waiting(browser)
    wait.until(lambda b: drawn(b, ids.CLUSTER_MAP, MALOPOLSKA))
    wait.until(lambda b: "Globalny I Morana" in b.find_element(By.ID, ids.CLUSTER_STATS).text)
    legend = browser.execute_script(LEGEND_JS, ids.CLUSTER_LEGEND)
    assert any(text("cluster_hh", "pl") in row for row in legend)
    scatter = traces(browser, ids.CLUSTER_SCATTER)
    assert sum(
        t["n"] for t in scatter if t["type"] == "scatter" and "I Morana" not in t["name"]
    ) == (MALOPOLSKA)
    snapshot(browser, "clusters")
    choose_radio(browser, ids.CLUSTER_MODE, text("spatial_mode_gi", "pl"))
    wait.until(
        lambda b: any(
            text("cluster_hot", "pl") in row
            for row in b.execute_script(LEGEND_JS, ids.CLUSTER_LEGEND)
        )
    )
    wait.until(lambda b: drawn(b, ids.OUTLOOK_MAP, SMK))
    wait.until(lambda b: len(traces(b, ids.OUTLOOK_AREA_CHART) or []) == 2)
    assert "2035" in browser.find_element(By.ID, ids.OUTLOOK_LEGEND).text
    assert "Test wsteczny" in browser.find_element(By.ID, ids.OUTLOOK_BACKTEST).text
    browser.execute_script(
        "arguments[0].scrollIntoView();", browser.find_element(By.ID, ids.OUTLOOK_MAP)
    )
    snapshot(browser, "outlook")
    assert severe_console_messages(browser) == []
