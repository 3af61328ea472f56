"""The map explorer in headless Chromium: real app, real store, real clicks and keys."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from selenium.webdriver import ActionChains, Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement

from callbacks import ids
from server import paint
from server.i18n import text
from tests.browser.pages import (
    PLOT_JS,
    legend,
    map_canvas,
    map_idle,
    map_state,
    open_dropdown,
    open_explorer,
    rendered,
    retype,
    severe_console_messages,
    spaced,
    type_into_dropdown,
    waiting,
)
from tests.callbacks.test_failures import broken

pytestmark = pytest.mark.browser

KRAKOW = "1261011"
SMK_GMINAS, KOM2003_GMINAS, MALOPOLSKA_GMINAS = 15, 51, 182

CHART_JS = PLOT_JS + "const t = gd && gd.data && gd.data[0]; return t ? {type: t.type} : null;"
RESOURCES_JS = "return performance.getEntriesByType('resource').map(e => e.name);"
SPLIT_WORDS_JS = """
const split = [], walker = document.createTreeWalker(
  document.getElementById(arguments[0]), NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  for (const m of node.textContent.matchAll(/[^\\s–]+/g)) {
    const range = document.createRange();
    range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
    if (tops.size > 1) { split.push(m[0]); }
  }
}
return split;
"""
"""The words of an element drawn over more than one line (broken inside a word; a break
after a period's dash, "2019–" / "2024", is a break between words)."""
GEOMETRY_FETCHES_JS = (
    "return performance.getEntriesByType('resource').map(e => e.name)"
    ".filter(name => name.includes('/geometry/'));"
)


# --- helpers ------------------------------------------------------------------------------


def shown_map(browser: Chrome) -> dict | None:
    """Return what the explorer's map shows (gminas, colours, hover texts, view, layers)."""
    return map_state(browser, ids.MAP_GRAPH)


def map_shows(browser: Chrome, gminas: int) -> bool:
    """Return whether the map and its legend both cover ``gminas`` gminas."""
    shown = shown_map(browser)
    drawn = bool(shown) and shown["features"] == gminas and map_idle(browser, ids.MAP_GRAPH)
    return drawn and sum(legend(browser)["counts"]) == gminas


def choose_scope(browser: Chrome, label: str) -> None:
    """Click the scope radio item with this label."""
    radio = browser.find_element(By.ID, ids.SCOPE_RADIO)
    radio.find_element(By.XPATH, f".//label[normalize-space()='{label}']").click()


def click_slider_mark(browser: Chrome, slider_id: str, label: str) -> None:
    """Click a slider's track right above the mark with this label."""
    root = browser.find_element(By.CSS_SELECTOR, f"#{slider_id} .dash-slider-root")
    marks = browser.find_elements(By.CSS_SELECTOR, f"#{slider_id} .dash-slider-mark")
    mark = next(mark for mark in marks if mark.text == label)
    mark_x = mark.rect["x"] + mark.rect["width"] / 2
    root_x = root.rect["x"] + root.rect["width"] / 2
    actions = ActionChains(browser).move_to_element_with_offset(root, round(mark_x - root_x), 0)
    actions.click().perform()


def year_handle(browser: Chrome) -> WebElement:
    """Return the year slider's handle (it carries the value in ``aria-valuenow``)."""
    return browser.find_element(By.CSS_SELECTOR, f"#{ids.YEAR_SLIDER} [role=slider]")


def click_map_centre(browser: Chrome) -> None:
    """Click the centre of the map with the mouse, as a user would."""
    ActionChains(browser).move_to_element(map_canvas(browser, ids.MAP_GRAPH)).click().perform()


def panel_title(browser: Chrome) -> str:
    """Return the gmina panel's heading."""
    return browser.find_element(By.ID, ids.PANEL_TITLE).text


def panel_table_rows(browser: Chrome) -> dict[str, list[str]]:
    """Return the panel table's rows: the indicator name and the row's other cells."""
    rows = browser.find_elements(By.CSS_SELECTOR, f"#{ids.PANEL_TABLE} tr")
    cells = [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")] for row in rows]
    return {row[0]: row[1:] for row in cells if row}


def alerts(browser: Chrome) -> list[str]:
    """Return the texts of the visible alerts."""
    return [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".alert") if a.is_displayed()]


# --- tests --------------------------------------------------------------------------------


def test_page_loads_in_polish_with_a_drawn_choropleth(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url)

    assert browser.find_element(By.TAG_NAME, "h1").text == "Geoportal Metropolii Krakowskiej"
    assert "Granice: PRG, GUGiK" in browser.find_element(By.ID, ids.ATTRIBUTION).text
    shown = shown_map(browser)
    assert shown["scope"] == "smk"
    assert shown["features"] == SMK_GMINAS
    assert None not in shown["colors"]
    assert map_canvas(browser, ids.MAP_GRAPH).is_displayed()
    key = legend(browser)
    assert key["title"] == f"Ludność [osoby], {year_handle(browser).get_attribute('aria-valuemax')}"
    assert sum(key["counts"]) == SMK_GMINAS
    # MapLibre really painted the polygons: one fill colour per legend class.
    assert len(key["counts"]) == 5
    assert len(set(rendered(browser, ids.MAP_GRAPH, "fill"))) == 5


def test_scope_switch_redraws_map_and_legend(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url)

    choose_scope(browser, "KOM 2003 (51 gmin)")
    waiting(browser).until(lambda b: map_shows(b, KOM2003_GMINAS))

    choose_scope(browser, text("scope_malopolska", "pl"))
    waiting(browser).until(lambda b: map_shows(b, MALOPOLSKA_GMINAS))


def test_indicator_switch_recolours_same_geometry(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url)
    before = shown_map(browser)

    type_into_dropdown(browser, ids.INDICATOR_DROPDOWN, "Gęstość", "Gęstość zaludnienia")
    waiting(browser).until(lambda b: legend(b)["title"].startswith("Gęstość zaludnienia ["))
    waiting(browser).until(lambda b: shown_map(b)["hover"] != before["hover"])

    after = shown_map(browser)
    assert after["ids"] == before["ids"] and after["features"] == SMK_GMINAS
    assert after["colors"] != before["colors"]
    assert "/km²" in after["hover"][0]
    # The geometry came once, when the scope was first shown; the switch sent colours only.
    assert len(browser.execute_script(GEOMETRY_FETCHES_JS)) == 1
    assert sum(legend(browser)["counts"]) == SMK_GMINAS
    info = browser.find_element(By.ID, ids.INDICATOR_INFO).text
    assert info.startswith("Gęstość zaludnienia")


def test_clicking_a_year_mark_shows_that_year(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url)
    before = shown_map(browser)["hover"]

    click_slider_mark(browser, ids.YEAR_SLIDER, "2015")
    waiting(browser).until(lambda b: legend(b)["title"].endswith(", 2015"))

    assert year_handle(browser).get_attribute("aria-valuenow") == "2015"
    waiting(browser).until(lambda b: shown_map(b)["hover"] != before)


def test_arrow_key_on_year_slider_moves_one_year(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url)
    handle = year_handle(browser)
    latest = int(handle.get_attribute("aria-valuenow"))
    handle.click()

    handle.send_keys(Keys.ARROW_LEFT)
    waiting(browser).until(lambda _: handle.get_attribute("aria-valuenow") != str(latest))

    assert handle.get_attribute("aria-valuenow") == str(latest - 1)
    waiting(browser).until(lambda b: legend(b)["title"].endswith(f", {latest - 1}"))


def test_clicking_krakow_opens_its_panel(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url)
    assert panel_title(browser) == text("panel_hint", "pl")
    assert not browser.find_element(By.ID, ids.PANEL_CHART).is_displayed()

    click_map_centre(browser)
    waiting(browser).until(lambda b: panel_title(b) == f"Kraków ({KRAKOW})")

    waiting(browser).until(lambda b: b.find_element(By.ID, ids.PANEL_CHART).is_displayed())
    chart = browser.execute_script(CHART_JS, ids.PANEL_CHART)
    assert chart["type"] == "scatter"
    # the population's series, then its outlook (rates held) dashed
    names = browser.execute_script(PLOT_JS + "return gd.data.map(t => t.name);", ids.PANEL_CHART)
    assert names == ["Kraków", "Kraków (prognoza)"]
    rows = panel_table_rows(browser)
    assert {"Ludność", "Powierzchnia", "Gęstość zaludnienia"} <= set(rows)
    assert spaced(rows["Ludność"][0]) == "809 168 osób"
    assert browser.execute_script(SPLIT_WORDS_JS, ids.PANEL_TABLE) == []

    browser.find_element(By.ID, ids.PANEL_CLOSE).click()
    waiting(browser).until(lambda b: panel_title(b) == text("panel_hint", "pl"))
    assert not browser.find_element(By.ID, ids.PANEL_CHART).is_displayed()


def test_panel_rank_is_written_as_whole_numbers(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url)
    click_map_centre(browser)
    waiting(browser).until(lambda b: "Ludność" in panel_table_rows(b))

    assert panel_table_rows(browser)["Ludność"][-1] == f"1/{SMK_GMINAS}"


def test_manual_breaks_reject_bad_input_and_apply_good(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url)
    breaks = browser.find_element(By.ID, ids.BREAKS_INPUT)
    assert not breaks.is_displayed()

    quantiles = legend(browser)
    popup = open_dropdown(browser, ids.SCHEME_DROPDOWN)
    popup.find_element(By.XPATH, ".//*[@role='option'][normalize-space()='Progi ręczne']").click()
    waiting(browser).until(lambda _: breaks.is_displayed())

    # Bad breaks are named; the map and its legend keep the classes they showed
    breaks.send_keys("abc", Keys.ENTER)
    waiting(browser).until(lambda b: alerts(b) == [text("error_manual_breaks", "pl")])
    assert legend(browser) == quantiles
    assert browser.find_element(By.TAG_NAME, "h1").text == "Geoportal Metropolii Krakowskiej"
    assert shown_map(browser)["features"] == SMK_GMINAS

    retype(breaks, "100000; 500000")
    waiting(browser).until(lambda b: len(legend(b)["counts"]) == 3 and not alerts(b))
    key = legend(browser)
    assert sum(key["counts"]) == SMK_GMINAS
    assert spaced(key["ranges"][0]).endswith(" – 100 000")
    assert spaced(key["ranges"][1]) == "100 000 – 500 000"
    assert spaced(key["ranges"][2]).startswith("500 000 – ")

    retype(breaks, "abc")
    waiting(browser).until(lambda b: alerts(b) == [text("error_manual_breaks", "pl")])
    assert legend(browser) == key


def test_english_page(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url + "?lang=en")

    assert browser.find_element(By.TAG_NAME, "h1").text == "Kraków Metropolis Geoportal"
    assert "Granice: PRG, GUGiK" in browser.find_element(By.ID, ids.ATTRIBUTION).text
    assert legend(browser)["title"].startswith("Population [persons], ")
    scopes = browser.find_element(By.ID, ids.SCOPE_RADIO).text
    assert "KOM 2003 (51 gminas)" in scopes
    assert browser.find_element(By.CSS_SELECTOR, ".lang-switch").text == "Polski"


def test_english_window_title(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url + "?lang=en")

    assert browser.title == "Kraków Metropolis Geoportal"


def test_a_failing_action_shows_the_notice_and_keeps_the_map(
    browser: Chrome, live_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_explorer(browser, live_url)
    before, title = shown_map(browser), legend(browser)["title"]

    monkeypatch.setattr(paint, "cached_view", broken)  # the route the map and legend ask
    type_into_dropdown(browser, ids.INDICATOR_DROPDOWN, "Gęstość", "Gęstość zaludnienia")

    notice = browser.find_element(By.ID, ids.PAGE_NOTICE)
    waiting(browser).until(lambda _: notice.text == text("error_unexpected", "pl"))
    assert notice.is_displayed()
    assert shown_map(browser)["colors"] == before["colors"] and legend(browser)["title"] == title
    assert notice.get_attribute("title") == text("notice_dismiss", "pl")

    notice.click()
    waiting(browser).until(lambda _: notice.text == "" and not notice.is_displayed())


def test_main_flow_logs_no_console_error(browser: Chrome, live_url: str) -> None:
    severe_console_messages(browser)  # drop what earlier tests left in the log

    open_explorer(browser, live_url)
    choose_scope(browser, text("scope_kom2003", "pl"))
    waiting(browser).until(lambda b: map_shows(b, KOM2003_GMINAS))
    choose_scope(browser, text("scope_smk", "pl"))
    waiting(browser).until(lambda b: map_shows(b, SMK_GMINAS))
    type_into_dropdown(browser, ids.INDICATOR_DROPDOWN, "Gęstość", "Gęstość zaludnienia")
    waiting(browser).until(lambda b: legend(b)["title"].startswith("Gęstość zaludnienia ["))
    click_slider_mark(browser, ids.YEAR_SLIDER, "2020")
    waiting(browser).until(lambda b: legend(b)["title"].endswith(", 2020"))
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH))
    click_map_centre(browser)
    waiting(browser).until(lambda b: panel_title(b) == f"Kraków ({KRAKOW})")

    assert severe_console_messages(browser) == []


def test_everything_is_served_by_the_app_itself(browser: Chrome, live_url: str) -> None:
    open_explorer(browser, live_url)
    choose_scope(browser, text("scope_kom2003", "pl"))
    waiting(browser).until(lambda b: map_shows(b, KOM2003_GMINAS))
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH))

    names = browser.execute_script(RESOURCES_JS)
    assert any("maplibre-gl.js" in name for name in names)
    assert not any("plotly" in name for name in names)  # not needed until a chart is drawn
    click_map_centre(browser)
    waiting(browser).until(
        lambda b: any("plotly" in name for name in b.execute_script(RESOURCES_JS))
    )
    names = browser.execute_script(RESOURCES_JS)
    origin = "{0.scheme}://{0.netloc}/".format(urlsplit(live_url))
    assert [name for name in names if not name.startswith(origin)] == []


SWATCHES_JS = """
return [...document.querySelectorAll(`#${arguments[0]} tbody tr`)].map(tr => [
  tr.children[1].textContent, getComputedStyle(tr.querySelector('.swatch')).backgroundColor]);
"""


def rgb(hex_colour: str) -> str:
    """Return ``#rrggbb`` as the browser computes it: ``rgb(r, g, b)``."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_the_map_opens_as_a_table_by_keys_with_the_maps_colours(
    browser: Chrome, live_url: str
) -> None:
    open_explorer(browser, live_url)
    waiting(browser).until(lambda b: map_shows(b, SMK_GMINAS))
    button = browser.find_element(By.ID, ids.MAP_TABLE_TOGGLE)
    browser.execute_script("arguments[0].focus();", button)
    ActionChains(browser).send_keys(Keys.ENTER).perform()

    waiting(browser).until(
        lambda b: len(b.execute_script(SWATCHES_JS, ids.MAP_TABLE)) == SMK_GMINAS
    )
    assert button.get_attribute("aria-expanded") == "true"
    swatches = dict(browser.execute_script(SWATCHES_JS, ids.MAP_TABLE))
    shown = shown_map(browser)
    assert swatches == {
        code: rgb(colour) for code, colour in zip(shown["ids"], shown["colors"], strict=True)
    }
    first = browser.find_element(By.CSS_SELECTOR, f"#{ids.MAP_TABLE} tbody tr")
    assert first.text.startswith(f"Kraków {KRAKOW}")
