"""Links, back and forward, and presentation mode in headless Chromium, on the real app."""

from __future__ import annotations

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from callbacks import ids
from server.i18n import ATTRIBUTION, text
from tests.browser.pages import (
    choose_radio,
    map_idle,
    map_state,
    severe_console_messages,
    start_presentation,
    waiting,
)

pytestmark = pytest.mark.browser

LINK = "?scope=malopolska&ind=density&year=2020&scheme=equal_interval&k=7&pal=Greens&rev=1"
SCOPE_JS = (
    "return [...document.querySelectorAll(arguments[0] + ' input')]"
    ".find(input => input.checked)?.value;"
)


def shown_gminas(browser: Chrome) -> int | None:
    shown = map_state(browser, ids.MAP_GRAPH)
    return shown and shown["features"]


def checked_scope(browser: Chrome) -> str | None:
    return browser.execute_script(SCOPE_JS, f"#{ids.SCOPE_RADIO}")


def legend(browser: Chrome, legend_id: str = ids.LEGEND) -> str:
    return browser.find_element(By.ID, legend_id).text


def test_a_link_opens_the_same_map_and_back_and_forward_walk_it(browser: Chrome, live_url: str):
    browser.delete_all_cookies()
    browser.get(f"{live_url}/{LINK}&view=50.10000,20.10000,8.25")
    waiting(browser).until(lambda b: "2020" in legend(b) and len(legend(b).splitlines()) == 8)
    assert checked_scope(browser) == "malopolska"
    assert legend(browser).startswith("Gęstość zaludnienia")
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH) and shown_gminas(b) == 182)
    shown = map_state(browser, ids.MAP_GRAPH)
    assert (shown["lat"], shown["lon"], shown["zoom"]) == pytest.approx((50.1, 20.1, 8.25))

    choose_radio(browser, ids.SCOPE_RADIO, text("scope_smk", "pl"))
    waiting(browser).until(lambda b: "scope=smk" in b.current_url)
    assert "ind=density" in browser.current_url and "view=" not in browser.current_url
    waiting(browser).until(lambda b: shown_gminas(b) == 15)

    browser.back()
    waiting(browser).until(lambda b: checked_scope(b) == "malopolska")
    waiting(browser).until(lambda b: shown_gminas(b) == 182)
    assert "scope=malopolska" in browser.current_url
    browser.forward()
    waiting(browser).until(lambda b: checked_scope(b) == "smk")
    assert severe_console_messages(browser) == []


def test_a_malformed_link_shows_a_notice_and_the_default_map(browser: Chrome, live_url: str):
    browser.delete_all_cookies()
    browser.get(f"{live_url}/?scope=atlantis&ind=density&k=banana")
    notice = waiting(browser).until(lambda b: b.find_element(By.ID, ids.URL_NOTICE).text or None)
    assert notice == text("url_wrong", "pl").format(fields="scope, k")
    waiting(browser).until(lambda b: legend(b).startswith("Gęstość zaludnienia"))
    assert checked_scope(browser) == "smk"
    assert severe_console_messages(browser) == []


def slide_title(browser: Chrome) -> str:
    return browser.find_element(By.ID, ids.SHOW_TITLE).text


def press(browser: Chrome, key: str, title: str, counter: str) -> None:
    browser.find_element(By.TAG_NAME, "body").send_keys(key)
    waiting(browser).until(lambda b: slide_title(b) == title)
    waiting(browser).until(lambda b: b.find_element(By.ID, ids.SHOW_COUNTER).text == counter)


def test_presentation_mode_is_driven_by_the_keyboard(
    browser: Chrome, live_url: str, presentation: int
):
    browser.set_window_size(1280, 720)
    try:
        start_presentation(browser, live_url)
        waiting(browser).until(lambda b: slide_title(b) == "Gęstość 2020")
        waiting(browser).until(lambda b: "2020" in legend(b, ids.SHOW_LEGEND))
        slide_is_readable(browser)

        press(browser, Keys.ARROW_RIGHT, "Ludność SMK", "2 / 3")
        press(browser, Keys.END, "Migracje", "3 / 3")
        press(browser, Keys.ARROW_RIGHT, "Migracje", "3 / 3")
        press(browser, Keys.ARROW_LEFT, "Ludność SMK", "2 / 3")
        press(browser, Keys.HOME, "Gęstość 2020", "1 / 3")
        assert browser.find_element(By.ID, ids.SHOW_NOTES).text == "Rdzeń i pierścień."

        browser.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
        waiting(browser).until(lambda b: not b.find_element(By.ID, ids.SHOW).is_displayed())
        assert severe_console_messages(browser) == []
    finally:
        browser.set_window_size(1600, 1000)


def slide_is_readable(browser: Chrome) -> None:
    """Title, legend and source line are on the 1280×720 screen, in large enough type."""
    for element_id, smallest_px in ((ids.SHOW_TITLE, 28), (ids.SHOW_LEGEND, 17)):
        element = browser.find_element(By.ID, element_id)
        size = float(element.value_of_css_property("font-size").removesuffix("px"))
        assert size >= smallest_px, element_id
        assert on_screen(browser, element)
    source = browser.find_element(By.CSS_SELECTOR, f"#{ids.SHOW} .show-attribution")
    assert source.text == ATTRIBUTION and on_screen(browser, source)


def on_screen(browser: Chrome, element) -> bool:
    box = browser.execute_script("return arguments[0].getBoundingClientRect().toJSON();", element)
    width, height = browser.execute_script("return [innerWidth, innerHeight];")
    return (
        box["top"] >= 0 and box["left"] >= 0 and box["bottom"] <= height and box["right"] <= width
    )
