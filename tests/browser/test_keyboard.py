"""Keyboard only, in headless Chromium: the skip link first, the tabs by arrow keys, the tasks.

The tasks (comparison picks, an export, the upload) use keys alone: Tab, arrows, Enter and
typing go to the focused element; nothing is clicked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver import ActionChains, Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from app import TABS
from callbacks import ids
from server.i18n import text
from tests.browser.pages import (
    map_canvas,
    map_idle,
    map_state,
    open_page,
    option_labels,
    table_rows,
    waiting,
)

pytestmark = pytest.mark.browser

FOCUSED_JS = "return document.activeElement;"
WIELICZKA = "1219053"
WIELICZKA_BOUNDS = (19.96, 49.90, 20.16, 50.05)  # the gmina's box, degrees


def focused(browser: Chrome):
    return browser.execute_script(FOCUSED_JS)


def test_the_first_tab_stop_is_the_skip_link_to_the_map(browser: Chrome, live_url: str):
    open_page(browser, live_url)
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    link = focused(browser)
    assert link.text == text("skip_to_map", "pl")
    assert link.get_attribute("href").endswith(f"#{ids.MAP_GRAPH}")


def test_every_tab_is_reached_with_arrow_keys(browser: Chrome, live_url: str):
    open_page(browser, live_url)
    tabs = browser.find_elements(By.CSS_SELECTOR, f"#{ids.TABS} [role=tab]")
    assert [tab.text for tab in tabs] == [text(tab.key, "pl") for tab in TABS]
    assert [tab.get_attribute("tabindex") for tab in tabs] == ["0"] + ["-1"] * (len(tabs) - 1)
    browser.execute_script("arguments[0].focus();", tabs[0])
    for tab in TABS[1:]:
        focused(browser).send_keys(Keys.ARROW_RIGHT)
        label = text(tab.key, "pl")
        waiting(browser).until(
            lambda b, label=label: (
                focused(b).text == label and focused(b).get_attribute("aria-selected") == "true"
            )
        )
    focused(browser).send_keys(Keys.HOME)
    waiting(browser).until(lambda b: focused(b).text == text(TABS[0].key, "pl"))
    assert focused(browser).get_attribute("tabindex") == "0"


def test_a_gmina_is_found_by_keys_in_a_case_form_zoomed_to_and_opened(
    browser: Chrome, live_url: str
):
    open_page(browser, live_url)
    before = map_state(browser, ids.MAP_GRAPH)
    box = browser.find_element(By.ID, ids.GMINA_SEARCH)
    browser.execute_script("arguments[0].focus();", box)
    focused(browser).send_keys(Keys.ENTER)  # opens the list; typing goes to its search field
    waiting(browser).until(lambda _: box.get_attribute("aria-expanded") == "true")
    ActionChains(browser).send_keys("z").perform()
    waiting(browser).until(lambda b: focused(b).get_attribute("type") == "search")
    ActionChains(browser).send_keys(" Wieliczki").perform()
    popup = browser.find_element(By.ID, box.get_attribute("aria-controls"))
    waiting(browser).until(lambda _: option_labels(popup) == ["Wieliczka"])
    ActionChains(browser).send_keys(Keys.ARROW_DOWN, Keys.ENTER).perform()

    waiting(browser).until(
        lambda b: b.find_element(By.ID, ids.PANEL_TITLE).text == f"Wieliczka ({WIELICZKA})"
    )
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH))
    after = map_state(browser, ids.MAP_GRAPH)
    assert after["marked"]["select"] == [WIELICZKA]
    assert after["zoom"] > before["zoom"] + 1  # from the whole metropolis to one gmina
    west, south, east, north = WIELICZKA_BOUNDS
    assert west < after["lon"] < east and south < after["lat"] < north


def test_the_map_pans_and_zooms_by_keys_and_says_so(browser: Chrome, live_url: str):
    open_page(browser, live_url)
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH))
    canvas = map_canvas(browser, ids.MAP_GRAPH)
    assert canvas.get_attribute("tabindex") == "0"
    assert "strzałki przesuwają" in canvas.get_attribute("aria-label")
    zoom_in = browser.find_element(By.CSS_SELECTOR, f"#{ids.MAP_GRAPH} .maplibregl-ctrl-zoom-in")
    assert zoom_in.get_attribute("title") == "Przybliż"
    before = map_state(browser, ids.MAP_GRAPH)
    browser.execute_script("arguments[0].focus();", canvas)

    ActionChains(browser).send_keys("+").perform()
    waiting(browser).until(lambda b: map_state(b, ids.MAP_GRAPH)["zoom"] > before["zoom"] + 0.9)
    zoomed = map_state(browser, ids.MAP_GRAPH)
    ActionChains(browser).send_keys(Keys.ARROW_RIGHT).perform()
    waiting(browser).until(lambda b: map_state(b, ids.MAP_GRAPH)["lon"] > zoomed["lon"])
    ActionChains(browser).send_keys("-").perform()
    waiting(browser).until(lambda b: map_state(b, ids.MAP_GRAPH)["zoom"] < zoomed["zoom"] - 0.9)


TAB_STOPS = 250
"""Most Tab presses a test makes looking for a control (the page has fewer stops)."""


def tab_until(browser: Chrome, wanted, *, stops: int = TAB_STOPS):
    """Press Tab until ``wanted(focused element)`` holds; return that element."""
    for _ in range(stops):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        element = focused(browser)
        if element is not None and wanted(element):
            return element
    raise AssertionError("no Tab stop matched")


def show_tab_by_keys(browser: Chrome, key: str) -> None:
    """Tab to the tab list, then arrow right to the tab ``key`` (it shows on focus)."""
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)  # the skip link
    tab_until(browser, lambda e: e.get_attribute("role") == "tab")
    label = text(key, "pl")
    for _ in TABS:
        if focused(browser).text == label:
            break
        ActionChains(browser).send_keys(Keys.ARROW_RIGHT).perform()
    waiting(browser).until(lambda b: focused(b).get_attribute("aria-selected") == "true")
    assert focused(browser).text == label


def test_two_gminas_are_picked_by_typing_and_compared(browser: Chrome, live_url: str):
    open_page(browser, live_url)
    show_tab_by_keys(browser, "tab_compare")
    box = tab_until(browser, lambda e: e.get_attribute("id") == ids.COMPARE_GMINAS_DROPDOWN)
    for name in ("Zielonki", "Liszki"):
        ActionChains(browser).send_keys(Keys.ENTER).perform()
        waiting(browser).until(lambda b: focused(b).get_attribute("type") == "search")
        ActionChains(browser).send_keys(name).perform()
        popup = browser.find_element(By.ID, box.get_attribute("aria-controls"))
        waiting(browser).until(lambda _, name=name, popup=popup: option_labels(popup)[:1] == [name])
        ActionChains(browser).send_keys(Keys.ARROW_DOWN, Keys.ENTER, Keys.ESCAPE).perform()
        waiting(browser).until(lambda b: focused(b).get_attribute("type") != "search")

    def compared(b: Chrome) -> bool:
        heads = b.find_elements(By.CSS_SELECTOR, f"#{ids.COMPARE_TABLE} thead th")
        return {"Zielonki", "Liszki"} <= {head.text for head in heads}

    waiting(browser).until(compared)


def test_a_csv_export_is_reached_and_pressed_by_keys(
    browser: Chrome, live_url: str, tmp_path: Path
):
    browser.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)}
    )
    open_page(browser, live_url)
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    csv = text("exports_csv", "pl")
    tab_until(browser, lambda e: e.tag_name == "button" and e.text == csv)
    ActionChains(browser).send_keys(Keys.ENTER).perform()

    files = waiting(browser).until(lambda _: list(tmp_path.glob("dane_population_*_smk.csv")))
    assert files[0].read_bytes().startswith(b"\xef\xbb\xbf")  # the UTF-8 CSV itself


def test_the_upload_is_reached_by_tab_and_named(browser: Chrome, live_url: str):
    open_page(browser, live_url)
    show_tab_by_keys(browser, "tab_upload")
    field = tab_until(browser, lambda e: e.get_attribute("type") == "file")

    assert field.get_attribute("aria-label") == text("upload_drop", "pl")


def retype_by_keys(browser: Chrome, typed: str) -> None:
    """Replace the focused field's value by keys: select all, then type."""
    ActionChains(browser).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
    ActionChains(browser).send_keys(typed).perform()


def test_a_zone_is_drawn_from_a_centre_and_radius_typed_in(browser: Chrome, live_url: str):
    open_page(browser, live_url)
    show_tab_by_keys(browser, "tab_areas")
    waiting(browser).until(lambda b: table_rows(b, ids.ZONE_SHARES))
    before = table_rows(browser, ids.ZONE_SHARES)
    tab_until(browser, lambda e: e.get_attribute("id") == ids.ZONE_LON)  # its − and + next
    retype_by_keys(browser, "19.95")
    tab_until(browser, lambda e: e.get_attribute("id") == ids.ZONE_LAT, stops=3)
    retype_by_keys(browser, "50.05")
    tab_until(browser, lambda e: e.get_attribute("id") == ids.ZONE_RADIUS, stops=3)
    retype_by_keys(browser, "8")
    ActionChains(browser).send_keys(Keys.ENTER).perform()

    def drawn(b: Chrome) -> bool:  # the table follows each key typed: wait for the last
        shares = table_rows(b, ids.ZONE_SHARES)
        return bool(shares) and shares[0][0] == "Kraków" and len(shares) < len(before)

    waiting(browser).until(drawn)  # 8 km around the typed centre reach fewer gminas than 15
    waiting(browser).until(
        lambda b: (map_state(b, ids.ZONE_MAP) or {}).get("extras", {}).get("zone")
    )


def test_a_presentation_is_started_and_stepped_by_keys(
    browser: Chrome, live_url: str, presentation: int
):
    open_page(browser, live_url)
    show_tab_by_keys(browser, "tab_views")
    start = text("deck_start", "pl")
    tab_until(
        browser,
        lambda e: (
            e.tag_name == "button"
            and e.text == start
            and "Panel ekspertów" in e.find_element(By.XPATH, "./ancestor::li").text
        ),
    )
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    title = lambda b: b.find_element(By.ID, ids.SHOW_TITLE).text  # noqa: E731
    waiting(browser).until(lambda b: title(b) == "Gęstość 2020")

    ActionChains(browser).send_keys(Keys.ARROW_RIGHT).perform()
    waiting(browser).until(lambda b: title(b) == "Ludność SMK")
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    waiting(browser).until(lambda b: not b.find_element(By.ID, ids.SHOW).is_displayed())
