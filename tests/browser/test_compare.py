"""The compare-gminas tab in headless Chromium: typing, the table, two synchronised maps."""

from __future__ import annotations

import pytest
from selenium.webdriver import ActionChains, Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from callbacks import ids
from layers.render.geomap import HIGHLIGHT_COLOR
from server.i18n import text
from tests.browser.pages import (
    map_canvas,
    map_idle,
    map_state,
    open_dropdown,
    open_page,
    option_labels,
    severe_console_messages,
    spaced,
    waiting,
    written_names,
)

pytestmark = pytest.mark.browser

KRAKOW, WIELICZKA = "1261011", "1219053"
KRAKOW_MARKET_SQUARE = (19.9373, 50.0617)  # lon, lat: a point well inside Kraków
SMK_GMINAS = 15
FIXED_HEADERS = [
    text(key, "pl")
    for key in (
        "compare_indicator",
        "compare_year",
        "compare_median",
        "compare_mean_without_krakow",
    )
]
DEFAULT_GMINAS = ["Kraków", "Wieliczka", "Niepołomice", "Skawina"]

TABLE_JS = (
    "const table = document.getElementById(arguments[0])?.querySelector('table');"
    "const cells = row => [...row.children].map(c => ({text: c.innerText, cue: c.className}));"
    "return table ? {head: [...table.querySelectorAll('thead th')].map(c => c.innerText),"
    " rows: [...table.querySelectorAll('tbody tr')].map(cells)} : null;"
)
ALERTS_JS = (
    "return [...document.querySelectorAll('.alert')]"
    ".filter(a => a.offsetParent !== null).map(a => a.innerText);"
)
CHIPS_JS = (
    "const box = document.getElementById(arguments[0]);"
    "return [...box.querySelectorAll('.dash-dropdown-value-item')].map(c => c.innerText);"
)
PROJECT_JS = "return geoportalMap.project(arguments[0], arguments[1]);"
ANSWER_SIZES_JS = (
    "return performance.getEntriesByType('resource')"
    ".filter(e => e.name.includes('/_dash-update-component')).map(e => e.decodedBodySize);"
)
"""The size of every callback answer the page received so far, in order."""
JUMP_JS = "geoportalMap.jumpTo(arguments[0], {lon: arguments[1], lat: arguments[2]}, arguments[3]);"
"""Move a map as a user would (its linked map follows)."""


# --- helpers ------------------------------------------------------------------------------


def comparison_table(browser: Chrome) -> dict | None:
    """Return the table as shown: header labels and, per row, each cell's text and class."""
    return browser.execute_script(TABLE_JS, ids.COMPARE_TABLE)


def gminas_in_table(browser: Chrome) -> list[str]:
    """Return the labels of the table's gmina columns ([] while there is no table)."""
    shown = comparison_table(browser)
    return shown["head"][len(FIXED_HEADERS) :] if shown else []


def chips(browser: Chrome) -> list[str]:
    """Return the labels the gmina box shows for the chosen gminas, in order."""
    return browser.execute_script(CHIPS_JS, ids.COMPARE_GMINAS_DROPDOWN)


def marked(browser: Chrome, map_id: str, kind: str) -> list[str]:
    """Return the gminas a map outlines as the mark ``kind`` (hover, group, select)."""
    return map_state(browser, map_id)["marked"].get(kind, [])


def maps_idle(browser: Chrome) -> bool:
    """Return whether both maps are drawn and still."""
    return all(map_idle(browser, graph) for graph in (ids.COMPARE_MAP_A, ids.COMPARE_MAP_B))


def same_view(browser: Chrome) -> bool:
    """Return whether both maps show the same centre and zoom."""
    a, b = map_state(browser, ids.COMPARE_MAP_A), map_state(browser, ids.COMPARE_MAP_B)
    return all(abs(a[key] - b[key]) < 1e-6 for key in ("lon", "lat", "zoom"))


def alerts(browser: Chrome) -> list[str]:
    """Return the texts of the visible alerts."""
    return browser.execute_script(ALERTS_JS)


def open_compare(browser: Chrome, url: str) -> None:
    """Load the page, drop old console entries, open the comparison tab and wait for it."""
    severe_console_messages(browser)  # what earlier tests left in the log
    open_page(browser, url)
    show_compare_tab(browser)


def show_compare_tab(browser: Chrome) -> None:
    """Click the comparison tab and wait for its table and maps."""
    label = text("tab_compare", "pl")
    tab = waiting(browser).until(
        lambda b: b.find_element(By.XPATH, f"//*[@id='{ids.TABS}']//*[normalize-space()='{label}']")
    )
    tab.click()
    waiting(browser).until(lambda b: gminas_in_table(b) == DEFAULT_GMINAS)
    waiting(browser).until(maps_idle)


def pick_gminas(browser: Chrome, typed_and_expected: list[tuple[str, str]]) -> None:
    """Type each name in the gmina box's search, wait for its option on top, press Enter."""
    popup = open_dropdown(browser, ids.COMPARE_GMINAS_DROPDOWN)
    search = popup.find_element(By.CSS_SELECTOR, "input[type=search]")
    for typed, expected in typed_and_expected:
        search.send_keys(Keys.CONTROL, "a")
        search.send_keys(Keys.BACKSPACE, typed)
        waiting(browser).until(lambda _, label=expected: option_labels(popup)[:1] == [label])
        search.send_keys(Keys.ENTER)
        waiting(browser).until(lambda b, label=expected: chips(b)[-1:] == [label])
    search.send_keys(Keys.ESCAPE)  # a multi-select stays open after a choice
    box = browser.find_element(By.ID, ids.COMPARE_GMINAS_DROPDOWN)
    waiting(browser).until(lambda _: box.get_attribute("aria-expanded") == "false")


def hover(browser: Chrome, graph_id: str, lon_lat: tuple[float, float]) -> None:
    """Move the mouse over a place on a map, as a user would."""
    canvas = map_canvas(browser, graph_id)
    dx, dy = browser.execute_script(PROJECT_JS, graph_id, list(lon_lat))
    ActionChains(browser).move_to_element_with_offset(canvas, round(dx), round(dy)).perform()


# --- tests --------------------------------------------------------------------------------


def test_typed_gminas_fill_the_table(browser: Chrome, live_url: str) -> None:
    open_compare(browser, live_url)
    box = browser.find_element(By.ID, ids.COMPARE_GMINAS_DROPDOWN)
    box.find_element(By.CSS_SELECTOR, ".dash-dropdown-clear").click()
    waiting(browser).until(lambda b: alerts(b) == [text("error_comparison", "pl")])
    assert gminas_in_table(browser) == []

    # "Swiatniki" without Polish letters must find Świątniki Górne.
    pick_gminas(
        browser, [("Krak", "Kraków"), ("Wielicz", "Wieliczka"), ("Swiatniki", "Świątniki Górne")]
    )
    expected = ["Kraków", "Wieliczka", "Świątniki Górne"]
    waiting(browser).until(lambda b: gminas_in_table(b) == expected)

    assert chips(browser) == expected
    assert alerts(browser) == []
    shown = comparison_table(browser)
    assert shown["head"][: len(FIXED_HEADERS)] == FIXED_HEADERS
    rows = {row[0]["text"]: row for row in shown["rows"]}
    population = rows["Ludność [osoby]"]
    value, details = map(spaced, population[4]["text"].split("\n"))
    assert value == "809 168"
    assert details.startswith("miejsce 1/15 · od mediany +")
    assert population[4]["cue"] == "cue-neutral"
    change = rows["Zmiana liczby ludności [%]"]
    assert [cell["cue"] for cell in change[4:]] == ["cue-worse", "cue-better", "cue-worse"]
    assert severe_console_messages(browser) == []


def test_the_tab_is_made_when_first_shown_not_when_the_page_opens(
    browser: Chrome, live_url: str
) -> None:
    open_page(browser, live_url)
    on_opening = browser.execute_script(ANSWER_SIZES_JS)

    show_compare_tab(browser)
    on_showing = browser.execute_script(ANSWER_SIZES_JS)[len(on_opening) :]

    # Opening the page answers the explorer's callbacks; the comparison's table, charts and
    # two maps come only with the tab (decoded sizes: what the callbacks computed).
    assert sum(on_opening) < 60_000
    assert sum(on_showing) > 40_000
    assert map_state(browser, ids.COMPARE_MAP_A)["features"] == SMK_GMINAS


def test_both_maps_draw_the_metropolis(browser: Chrome, live_url: str) -> None:
    open_compare(browser, live_url)

    for graph in (ids.COMPARE_MAP_A, ids.COMPARE_MAP_B):
        shown = map_state(browser, graph)
        assert shown["scope"] == "smk" and shown["features"] == SMK_GMINAS
        assert None not in shown["colors"]
        assert map_canvas(browser, graph).is_displayed()
        waiting(browser).until(lambda b, graph=graph: "Kraków" in written_names(b, graph))
    titles = [
        browser.find_element(By.CSS_SELECTOR, f"#{legend} .legend-title").text
        for legend in (ids.COMPARE_LEGEND_A, ids.COMPARE_LEGEND_B)
    ]
    assert titles == ["Ludność [osoby], 2024", "Zmiana liczby ludności [%], 2019–2024"]
    assert severe_console_messages(browser) == []


def test_panning_either_map_moves_the_other(browser: Chrome, live_url: str) -> None:
    open_compare(browser, live_url)
    start = map_state(browser, ids.COMPARE_MAP_A)

    # Drag map A with the mouse.
    canvas = map_canvas(browser, ids.COMPARE_MAP_A)
    drag = ActionChains(browser).move_to_element(canvas).click_and_hold()
    drag.move_by_offset(60, 40).move_by_offset(60, 40).release().perform()
    waiting(browser).until(lambda b: map_state(b, ids.COMPARE_MAP_A)["lon"] != start["lon"])
    waiting(browser).until(same_view)
    moved = map_state(browser, ids.COMPARE_MAP_B)
    assert moved["lon"] < start["lon"] and moved["lat"] > start["lat"]  # dragged right and down

    # Zoom map B in from a script: map A follows, centre and zoom.
    browser.execute_script(JUMP_JS, ids.COMPARE_MAP_B, 20.0, 50.0, start["zoom"] + 1)
    waiting(browser).until(
        lambda b: abs(map_state(b, ids.COMPARE_MAP_A)["zoom"] - start["zoom"] - 1) < 1e-6
    )
    waiting(browser).until(same_view)
    zoomed = map_state(browser, ids.COMPARE_MAP_A)
    assert (zoomed["lon"], zoomed["lat"]) == pytest.approx((20.0, 50.0))
    assert severe_console_messages(browser) == []


def test_hovering_a_gmina_shows_it_on_the_other_map(browser: Chrome, live_url: str) -> None:
    open_compare(browser, live_url)
    assert marked(browser, ids.COMPARE_MAP_B, "hover") == []

    hover(browser, ids.COMPARE_MAP_A, KRAKOW_MARKET_SQUARE)

    waiting(browser).until(lambda b: marked(b, ids.COMPARE_MAP_B, "hover") == [KRAKOW])
    assert severe_console_messages(browser) == []


def test_hovered_gmina_is_outlined_in_black(browser: Chrome, live_url: str) -> None:
    open_compare(browser, live_url)

    hover(browser, ids.COMPARE_MAP_B, KRAKOW_MARKET_SQUARE)
    waiting(browser).until(lambda b: marked(b, ids.COMPARE_MAP_A, "hover") == [KRAKOW])

    layers = {layer["id"]: layer for layer in map_state(browser, ids.COMPARE_MAP_A)["layers"]}
    assert (layers["mark-hover"]["type"], layers["mark-hover"]["color"]) == (
        "line",
        HIGHLIGHT_COLOR,
    )


def test_preset_compares_the_whole_metropolis(browser: Chrome, live_url: str) -> None:
    open_compare(browser, live_url)

    browser.find_element(By.ID, ids.COMPARE_PRESET_BUTTON).click()

    waiting(browser).until(lambda b: len(gminas_in_table(b)) == SMK_GMINAS)
    assert gminas_in_table(browser)[0] == "Kraków"
    waiting(browser).until(lambda b: len(chips(b)) == SMK_GMINAS)
    assert alerts(browser) == []
    assert severe_console_messages(browser) == []


def test_preset_names_every_gmina_in_the_box(browser: Chrome, live_url: str) -> None:
    open_compare(browser, live_url)

    browser.find_element(By.ID, ids.COMPARE_PRESET_BUTTON).click()
    waiting(browser).until(lambda b: len(chips(b)) == SMK_GMINAS)
    waiting(browser).until(lambda b: len(gminas_in_table(b)) == SMK_GMINAS)

    assert sorted(chips(browser)) == sorted(gminas_in_table(browser))
    assert "" not in chips(browser)


def test_hover_on_map_b_keeps_the_look_alikes_outlined_on_map_a(
    browser: Chrome, live_url: str
) -> None:
    open_compare(browser, live_url)
    waiting(browser).until(lambda b: WIELICZKA in marked(b, ids.COMPARE_MAP_A, "group"))
    group = marked(browser, ids.COMPARE_MAP_A, "group")
    assert len(group) == 6  # the gmina and its 5 look-alikes

    # The hover outline and the look-alikes are marks of their own.
    hover(browser, ids.COMPARE_MAP_B, KRAKOW_MARKET_SQUARE)
    waiting(browser).until(lambda b: marked(b, ids.COMPARE_MAP_A, "hover") == [KRAKOW])

    assert marked(browser, ids.COMPARE_MAP_A, "group") == group
    assert severe_console_messages(browser) == []


CHART_JS = (
    "const chart = document.getElementById(arguments[0]);"
    "return chart ? {ticks: [...chart.querySelectorAll('.xtick text, .ytick text')]"
    ".map(t => t.textContent), buttons: [...chart.querySelectorAll('.modebar-btn')]"
    ".map(b => b.getAttribute('data-title'))} : null;"
)


def test_charts_speak_polish_and_share_nothing(browser: Chrome, live_url: str) -> None:
    open_compare(browser, live_url)

    def drawn(b: Chrome) -> dict | None:
        chart = b.execute_script(CHART_JS, ids.COMPARE_BARS_CHART)
        return chart if chart and chart["ticks"] and chart["buttons"] else None

    chart = waiting(browser).until(drawn)
    assert "Pobierz wykres jako PNG" in chart["buttons"]
    assert not {"Share chart...", "Download plot as a PNG"} & set(chart["buttons"])
    numbers = [tick for tick in chart["ticks"] if tick[:1].isdigit()]
    assert numbers and not any(tick.endswith(("k", "M")) for tick in numbers)
    assert any(tick.endswith("\u00a0tys.") for tick in numbers)  # "800 tys.", not "800k"
    assert chart["buttons"] == [
        "Pobierz wykres jako PNG",
        "Powiększ obszar",
        "Przesuń",
        "Przywróć osie",
    ]


SIMILAR_FIT_JS = (
    "const section = document.querySelector('.compare-similar');"
    "const page = document.documentElement;"
    "return [section.scrollWidth, section.clientWidth, page.scrollWidth, page.clientWidth];"
)


def test_similar_gminas_fit_their_column_and_have_a_legend_entry(browser: Chrome, live_url: str):
    size = browser.get_window_size()
    browser.set_window_size(1440, 900)
    try:
        open_compare(browser, live_url)
        key = waiting(browser).until(
            lambda b: b.find_element(By.ID, ids.COMPARE_SIMILAR_KEY).text or None
        )
        section, column, page, window = browser.execute_script(SIMILAR_FIT_JS)
    finally:
        browser.set_window_size(size["width"], size["height"])

    assert section <= column and page <= window
    assert key == text("compare_similar_legend", "pl").format(name="Wieliczka", count=5)
    legend = browser.find_element(By.ID, ids.COMPARE_LEGEND_A).find_element(By.XPATH, "..")
    assert legend.find_element(By.ID, ids.COMPARE_SIMILAR_KEY).is_displayed()
