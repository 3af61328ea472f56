"""Both levels of functional areas in headless Chromium: the map, the proposal, saving, the pull."""

from __future__ import annotations

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from layers.render.choropleth import OUTLINES
from server.i18n import text
from tests.browser.pages import (
    MAP_IDLE_JS,
    PLOT_JS,
    choose_radio,
    open_tab,
    retype,
    severe_console_messages,
    table_rows,
    waiting,
)

pytestmark = pytest.mark.browser

KOM2003_GMINAS = 51
OUTLINE_LAYER = len(OUTLINES)
"""Where the core's outline goes in ``layout.map.layers``: the highlight slot."""
MAP_JS = (
    PLOT_JS + "if (!gd || !gd.data || !gd.layout.map) { return null; }"
    "const layer = gd.layout.map.layers[arguments[1]] || {};"
    "return {locations: (gd.data[0].locations || []).length, outline: layer.type,"
    " geometry: ((layer.source || {}).geometry || {}).type};"
)
LEGEND_JS = (
    "const legend = document.getElementById(arguments[0]);"
    "return legend ? [...legend.querySelectorAll('.legend-row')].map(r => r.textContent) : [];"
)


def legend(browser: Chrome, legend_id: str) -> list[str]:
    return browser.execute_script(LEGEND_JS, legend_id)


def drawn(browser: Chrome, graph_id: str) -> dict | None:
    return browser.execute_script(MAP_JS, graph_id, OUTLINE_LAYER)


def scroll_to(browser: Chrome, element_id: str):
    element = browser.find_element(By.ID, element_id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    return element


def test_both_levels_the_proposal_saving_and_the_pull(browser: Chrome, live_url: str) -> None:
    open_tab(browser, live_url, "tab_areas")
    waiting(browser).until(lambda b: (drawn(b, ids.TWOLEVEL_MAP) or {}).get("locations"))
    shown = drawn(browser, ids.TWOLEVEL_MAP)
    assert shown["locations"] == KOM2003_GMINAS
    assert shown["outline"] == "line" and shown["geometry"] in {"LineString", "MultiLineString"}
    rows = legend(browser, ids.TWOLEVEL_LEGEND)
    assert rows[0].startswith("Kraków — rdzeń") and rows[-1] == text("twolevel_legend_first", "pl")
    waiting(browser).until(lambda b: b.execute_script(MAP_IDLE_JS, ids.TWOLEVEL_MAP))

    scroll_to(browser, ids.CENTRES_PROPOSE).click()
    waiting(browser).until(lambda b: table_rows(b, ids.CENTRES_TABLE))
    proposed = [row[0] for row in table_rows(browser, ids.CENTRES_TABLE) if row[1] == "tak"]
    assert "Wieliczka" in proposed
    waiting(browser).until(
        lambda b: any(row.startswith(proposed[1]) for row in legend(b, ids.TWOLEVEL_LEGEND))
    )

    choose_radio(browser, ids.TWOLEVEL_MODEL, text("twolevel_model_nystuen_dacey", "pl"))
    waiting(browser).until(lambda b: table_rows(b, ids.TWOLEVEL_TABLE)[0][3] != "51")
    retype(scroll_to(browser, ids.TWOLEVEL_NAME), "Dwa poziomy")
    scroll_to(browser, ids.TWOLEVEL_SAVE).click()
    saved = f"Zapisano obszary ({1 + min(len(proposed), 6)})"
    waiting(browser).until(
        lambda b: b.find_element(By.ID, ids.TWOLEVEL_SAVED).text.startswith(saved)
    )

    waiting(browser).until(lambda b: (drawn(b, ids.PULL_MAP) or {}).get("locations"))
    assert legend(browser, ids.PULL_LEGEND)[-1].startswith(text("pull_target", "pl"))
    title = browser.find_element(By.CSS_SELECTOR, f"#{ids.PULL_LEGEND} .legend-title").text
    assert title.endswith("2023")
    assert severe_console_messages(browser) == []
