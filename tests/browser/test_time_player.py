"""The year player in headless Chromium: play steps the year and repaints, pause stops it."""

from __future__ import annotations

import time

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from callbacks import ids
from server.i18n import text
from tests.browser.pages import legend, open_explorer, severe_console_messages, waiting

pytestmark = pytest.mark.browser

SET_YEAR_JS = "dash_clientside.set_props(arguments[0], {value: arguments[1]});"


def shown_year(browser: Chrome) -> int:
    handle = browser.find_element(By.CSS_SELECTOR, f"#{ids.YEAR_SLIDER} [role=slider]")
    return int(handle.get_attribute("aria-valuenow"))


def test_play_steps_the_years_repaints_marks_the_break_and_pause_stops(
    browser: Chrome, live_url: str
) -> None:
    open_explorer(browser, live_url)
    for year in (2017, 2018):  # the jump back from the latest year passes the break too
        browser.execute_script(SET_YEAR_JS, ids.YEAR_SLIDER, year)
        waiting(browser).until(lambda b, year=year: legend(b)["title"].endswith(f", {year}"))
    browser.execute_script(
        "window.paintedYears = []; document.getElementById(arguments[0]).addEventListener("
        "'geoportal:painted', () => window.paintedYears.push(1));",
        ids.MAP_GRAPH,
    )
    button = browser.find_element(By.ID, ids.PLAY_BUTTON)
    marker = browser.find_element(By.ID, ids.BREAK_MARKER)
    assert button.get_attribute("aria-pressed") == "false"
    waiting(browser).until(lambda _: marker.text == "")  # it follows the map: once 2018 shows

    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    waiting(browser).until(lambda b: shown_year(b) >= 2020)
    waiting(browser).until(lambda _: "2019→2020" in marker.text)
    assert marker.text == text("player_series_break", "pl").format(before=2019, after=2020)
    assert marker.get_attribute("aria-live") == "polite"
    waiting(browser).until(lambda b: legend(b)["title"].endswith(f", {shown_year(b)}"))
    assert browser.execute_script("return window.paintedYears.length;") >= 2

    button.send_keys(Keys.ENTER)  # the keyboard pauses it
    waiting(browser).until(lambda _: button.get_attribute("aria-pressed") == "false")
    paused = shown_year(browser)
    time.sleep(2.5)  # more than two steps at the pace of 1 s per year
    assert shown_year(browser) == paused
    assert severe_console_messages(browser) == []


def test_with_reduced_motion_a_year_lasts_a_second_and_the_player_stops_at_the_end(
    browser: Chrome, live_url: str
) -> None:
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]},
    )
    try:
        open_explorer(browser, live_url)
        last = shown_year(browser)
        browser.execute_script(SET_YEAR_JS, ids.YEAR_SLIDER, last - 3)
        browser.execute_script(SET_YEAR_JS, ids.PLAY_PACE, 500)  # the fastest pace asked for
        note = browser.find_element(By.CSS_SELECTOR, ".time-player .reduced-motion-note")
        assert note.is_displayed()
        button = browser.find_element(By.ID, ids.PLAY_BUTTON)

        button.click()
        started = time.monotonic()
        waiting(browser).until(lambda b: shown_year(b) == last - 1)
        two_steps = time.monotonic() - started
        waiting(browser).until(lambda _: button.get_attribute("aria-pressed") == "false")

        assert two_steps >= 1.9  # two years of at least 1 s each, not 0.5 s
        assert shown_year(browser) == last  # stopped at the last year (no loop asked)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_with_loop_the_player_starts_again_from_the_first_year_without_it_stops(
    browser: Chrome, live_url: str
) -> None:
    open_explorer(browser, live_url)
    handle = browser.find_element(By.CSS_SELECTOR, f"#{ids.YEAR_SLIDER} [role=slider]")
    first, last = (int(handle.get_attribute(f"aria-value{end}")) for end in ("min", "max"))
    browser.execute_script(SET_YEAR_JS, ids.PLAY_PACE, 500)  # the fastest pace
    button = browser.find_element(By.ID, ids.PLAY_BUTTON)
    loop = browser.find_element(By.CSS_SELECTOR, f"#{ids.PLAY_LOOP} input[type=checkbox]")

    loop.click()
    assert loop.is_selected()
    browser.execute_script(SET_YEAR_JS, ids.YEAR_SLIDER, last - 1)
    waiting(browser, poll_s=0.1).until(lambda b: shown_year(b) == last - 1)
    button.click()
    waiting(browser, poll_s=0.1).until(lambda b: shown_year(b) == last)
    waiting(browser, poll_s=0.1).until(lambda b: shown_year(b) == first)  # after the last year
    assert button.get_attribute("aria-pressed") == "true"  # still playing
    button.click()
    waiting(browser).until(lambda _: button.get_attribute("aria-pressed") == "false")

    loop.click()
    assert not loop.is_selected()
    browser.execute_script(SET_YEAR_JS, ids.YEAR_SLIDER, last - 1)
    waiting(browser, poll_s=0.1).until(lambda b: shown_year(b) == last - 1)  # then play
    button.click()  # pressed until the last year is shown: "false" before the click is no stop
    waiting(browser).until(
        lambda b: shown_year(b) == last and button.get_attribute("aria-pressed") == "false"
    )
    time.sleep(1.2)  # two more steps at the pace: none comes
    assert shown_year(browser) == last
    assert severe_console_messages(browser) == []
