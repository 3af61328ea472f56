"""The spatial analysis and outlook tab in headless Chromium: cluster map, scatterplot, outlook."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from selenium.webdriver import ActionChains, Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from layers.render.clusters import CATEGORY_COLORS
from server.i18n import text
from tests.browser.pages import (
    PLOT_JS,
    choose_radio,
    map_canvas,
    map_idle,
    map_state,
    open_dropdown,
    open_tab,
    option_labels,
    retype,
    severe_console_messages,
    sign_in,
    waiting,
)

pytestmark = pytest.mark.browser

MALOPOLSKA, SMK = 182, 15
KRAKOW = "1261011"
KRAKOW_MARKET_SQUARE = (19.9373, 50.0617)
PROJECT_JS = "return geoportalMap.project(arguments[0], arguments[1]);"
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


def painted(browser: Chrome, map_id: str, gminas: int) -> dict | None:
    """Return what a map shows once it has painted ``gminas`` gminas and is still, else None."""
    shown = map_state(browser, map_id)
    if not shown or shown["features"] != gminas or None in shown["colors"]:
        return None
    return shown if map_idle(browser, map_id) else None


def legend_rows(browser: Chrome, legend_id: str) -> list[str]:
    return browser.execute_script(LEGEND_JS, legend_id)


def click_at(browser: Chrome, map_id: str, lon_lat: tuple[float, float]) -> None:
    """Scroll a map to mid-screen and click a place on it, as a user would."""
    canvas = map_canvas(browser, map_id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", canvas)
    waiting(browser).until(lambda b: map_idle(b, map_id))
    dx, dy = browser.execute_script(PROJECT_JS, map_id, list(lon_lat))
    ActionChains(browser).move_to_element_with_offset(
        canvas, round(dx), round(dy)
    ).click().perform()


def snapshot(browser: Chrome, name: str) -> None:
    if SCREENSHOTS:
        browser.save_screenshot(os.path.join(SCREENSHOTS, f"{name}.png"))


def test_clusters_and_outlook_are_drawn_when_the_tab_is_shown(browser: Chrome, live_url: str):
    open_tab(browser, live_url, "tab_spatial")
    wait = waiting(browser)
    clusters = wait.until(lambda b: painted(b, ids.CLUSTER_MAP, MALOPOLSKA))
    assert clusters["scope"] == "malopolska"
    assert set(clusters["colors"]) <= set(CATEGORY_COLORS.values())
    assert CATEGORY_COLORS["HH"] in clusters["colors"]  # Kraków's neighbourhood is dense
    krakow = clusters["hover"][clusters["ids"].index(KRAKOW)].splitlines()
    assert krakow[0] == "Kraków" and krakow[3].startswith("p = ")
    wait.until(lambda b: "Globalny I Morana" in b.find_element(By.ID, ids.CLUSTER_STATS).text)
    assert any(text("cluster_hh", "pl") in row for row in legend_rows(browser, ids.CLUSTER_LEGEND))
    scatter = traces(browser, ids.CLUSTER_SCATTER)
    assert sum(
        t["n"] for t in scatter if t["type"] == "scatter" and "I Morana" not in t["name"]
    ) == (MALOPOLSKA)
    assert not browser.find_element(By.ID, ids.CLUSTER_SAVE).is_enabled()  # a visitor's
    snapshot(browser, "clusters")
    choose_radio(browser, ids.CLUSTER_MODE, text("spatial_mode_gi", "pl"))
    wait.until(
        lambda b: any(
            text("cluster_hot", "pl") in row for row in legend_rows(b, ids.CLUSTER_LEGEND)
        )
    )
    wait.until(
        lambda b: (
            text("cluster_hot", "pl")
            in (painted(b, ids.CLUSTER_MAP, MALOPOLSKA) or {"hover": [""]})["hover"][
                clusters["ids"].index(KRAKOW)
            ]
        )
    )
    outlook = wait.until(lambda b: painted(b, ids.OUTLOOK_MAP, SMK))
    assert outlook["scope"] == "smk"
    wait.until(lambda b: len(traces(b, ids.OUTLOOK_AREA_CHART) or []) == 2)
    assert "2035" in browser.find_element(By.ID, ids.OUTLOOK_LEGEND).text
    assert "Test wsteczny" in browser.find_element(By.ID, ids.OUTLOOK_BACKTEST).text
    browser.execute_script(
        "arguments[0].scrollIntoView();", browser.find_element(By.ID, ids.OUTLOOK_MAP)
    )
    snapshot(browser, "outlook")
    assert severe_console_messages(browser) == []


def test_a_click_on_the_outlook_map_charts_and_outlines_the_gmina(browser: Chrome, live_url: str):
    open_tab(browser, live_url, "tab_spatial")
    waiting(browser).until(lambda b: painted(b, ids.OUTLOOK_MAP, SMK))
    chart = browser.find_element(By.ID, ids.OUTLOOK_GMINA_CHART)
    assert not chart.is_displayed()

    click_at(browser, ids.OUTLOOK_MAP, KRAKOW_MARKET_SQUARE)

    waiting(browser).until(lambda _: chart.is_displayed())
    waiting(browser).until(
        lambda b: (
            [t["name"] for t in traces(b, ids.OUTLOOK_GMINA_CHART) or []]
            == ["Kraków", "Kraków (prognoza)"]
        )
    )
    assert map_state(browser, ids.OUTLOOK_MAP)["marked"]["select"] == [KRAKOW]
    assert "Kraków" in browser.find_element(By.ID, ids.OUTLOOK_GMINA_NOTE).text
    assert severe_console_messages(browser) == []


def test_an_official_saves_a_cluster_as_an_area(
    browser: Chrome, live_url: str, live_database: Path
):
    name = "Skupienie gęstości (test przeglądarki)"
    sign_in(browser, live_url, live_database)  # only officials save areas
    open_tab(browser, live_url, "tab_spatial", signed_in=True)
    waiting(browser).until(lambda b: painted(b, ids.CLUSTER_MAP, MALOPOLSKA))
    browser.execute_script(
        "arguments[0].scrollIntoView({block: 'center'});",
        browser.find_element(By.ID, ids.CLUSTER_SAVE_CATEGORY),
    )
    popup = open_dropdown(browser, ids.CLUSTER_SAVE_CATEGORY)
    (high,) = [o for o in option_labels(popup) if o.startswith(text("cluster_hh", "pl"))]
    popup.find_element(By.XPATH, f".//*[@role='option'][normalize-space()='{high}']").click()
    retype(browser.find_element(By.ID, ids.CLUSTER_SAVE_NAME), name)
    save = browser.find_element(By.ID, ids.CLUSTER_SAVE)
    assert save.is_enabled()
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", save)
    save.click()

    status = browser.find_element(By.ID, ids.CLUSTER_SAVED)
    waiting(browser).until(lambda _: name in status.text)
    count = int(high.rsplit("(", 1)[1].rstrip(")"))
    assert f"({count} gmin)" in status.text
    assert severe_console_messages(browser) == []
