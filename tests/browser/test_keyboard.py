"""Keyboard only, in headless Chromium: the skip link first, the tabs by arrow keys."""

from __future__ import annotations

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from app import TABS
from callbacks import ids
from server.i18n import text
from tests.browser.pages import open_page, waiting

pytestmark = pytest.mark.browser

FOCUSED_JS = "return document.activeElement;"


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
