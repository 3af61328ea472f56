"""The indicator catalog in headless Chromium: accent-free search, then open on the map."""

from __future__ import annotations

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from server.i18n import text
from tests.browser.pages import open_tab, severe_console_messages, table_rows, waiting

pytestmark = pytest.mark.browser


def test_search_then_show_on_the_map(browser: Chrome, live_url: str) -> None:
    open_tab(browser, live_url, "tab_catalog")
    waiting(browser).until(lambda b: len(table_rows(b, ids.CATALOG_TABLE)) > 12)

    browser.find_element(By.ID, ids.CATALOG_SEARCH).send_keys("gestosc")
    waiting(browser).until(lambda b: len(table_rows(b, ids.CATALOG_TABLE)) == 1)
    (row,) = table_rows(browser, ids.CATALOG_TABLE)
    assert row[0].startswith("Gęstość zaludnienia")
    browser.find_element(
        By.XPATH, f"//button[normalize-space()='{text('catalog_open', 'pl')}']"
    ).click()

    title = f"#{ids.LEGEND} .legend-title"
    waiting(browser).until(
        lambda b: b.find_element(By.CSS_SELECTOR, title).text.startswith("Gęstość zaludnienia")
    )
    assert severe_console_messages(browser) == []
