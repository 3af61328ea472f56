"""Both levels of functional areas in headless Chromium: maps, proposal, saving, the pull."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from callbacks.areas.pull import ORIGINS
from layers.render.centre_colors import CENTRE_PALETTE
from server.i18n import text
from tests.browser.pages import (
    choose_radio,
    map_idle,
    map_state,
    open_tab,
    rendered,
    retype,
    severe_console_messages,
    sign_in,
    table_rows,
    waiting,
)

pytestmark = pytest.mark.browser

KOM2003_GMINAS = 51
KRAKOW, WIELICZKA = "1261011", "1219053"
LEGEND_JS = (
    "const legend = document.getElementById(arguments[0]);"
    "return legend ? [...legend.querySelectorAll('.legend-row')].map(r => r.textContent) : [];"
)


def legend(browser: Chrome, legend_id: str) -> list[str]:
    return browser.execute_script(LEGEND_JS, legend_id)


def painted(browser: Chrome, map_id: str) -> dict | None:
    """Return what a map shows once every gmina of KOM 2003 has its colour and it is still."""
    shown = map_state(browser, map_id)
    full = bool(shown) and shown["features"] == KOM2003_GMINAS and None not in shown["colors"]
    return shown if full and map_idle(browser, map_id) else None


def scroll_to(browser: Chrome, element_id: str):
    element = browser.find_element(By.ID, element_id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    return element


def test_a_visitor_sees_both_levels_but_cannot_save(browser: Chrome, live_url: str) -> None:
    open_tab(browser, live_url, "tab_areas")
    shown = waiting(browser).until(lambda b: painted(b, ids.TWOLEVEL_MAP))

    # Kraków, the largest candidate centre, is drawn in the first centre colour on every map
    assert shown["colors"][shown["ids"].index(KRAKOW)] == CENTRE_PALETTE[0]
    assert not scroll_to(browser, ids.TWOLEVEL_SAVE).is_enabled()


def test_both_levels_the_proposal_saving_and_the_pull(
    browser: Chrome, live_url: str, live_database: Path
) -> None:
    sign_in(browser, live_url, live_database)
    open_tab(browser, live_url, "tab_areas", signed_in=True)
    shown = waiting(browser).until(lambda b: painted(b, ids.TWOLEVEL_MAP))
    assert shown["extras"]["first_level"] == {"kind": "line", "color": "#000000", "features": 1}
    assert "extra-first_level" in rendered(browser, ids.TWOLEVEL_MAP, "line")  # MapLibre drew it
    hover = shown["hover"][shown["ids"].index(WIELICZKA)].split("\n")
    assert hover[:2] == ["Wieliczka", "poziom 1: w obszarze rdzenia (Kraków)"]
    rows = legend(browser, ids.TWOLEVEL_LEGEND)
    assert rows[0].startswith("Kraków — rdzeń") and rows[-1] == text("twolevel_legend_first", "pl")

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

    waiting(browser).until(lambda b: painted(b, ids.SENS_MAP))
    waiting(browser).until(lambda b: painted(b, ids.PULL_MAP))
    assert legend(browser, ids.PULL_LEGEND)[-1].startswith(text("pull_target", "pl"))
    title = browser.find_element(By.CSS_SELECTOR, f"#{ids.PULL_LEGEND} .legend-title").text
    assert title.endswith("2023")
    waiting(browser).until(lambda b: (map_state(b, ids.PULL_FLOW_MAP) or {}).get("extras"))
    assert map_state(browser, ids.PULL_FLOW_MAP)["extras"]["flows"]["features"] == ORIGINS
    assert severe_console_messages(browser) == []
