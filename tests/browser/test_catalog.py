"""The indicator catalog in headless Chromium: accent-free search, then open on the map."""

from __future__ import annotations

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from server.i18n import text
from tests.browser.pages import (
    open_tab,
    severe_console_messages,
    table_rows,
    type_into_dropdown,
    waiting,
)

pytestmark = pytest.mark.browser


def test_search_then_show_on_the_map(browser: Chrome, live_url: str) -> None:
    open_tab(browser, live_url, "tab_catalog")
    waiting(browser).until(lambda b: len(table_rows(b, ids.CATALOG_TABLE)) > 12)

    browser.find_element(By.ID, ids.CATALOG_SEARCH).send_keys("gestosc")
    waiting(browser).until(lambda b: len(table_rows(b, ids.CATALOG_TABLE)) == 1)
    (row,) = table_rows(browser, ids.CATALOG_TABLE)
    assert row[0].startswith("Gęstość zaludnienia\n")
    browser.find_element(
        By.XPATH, f"//button[normalize-space()='{text('catalog_open', 'pl')}']"
    ).click()

    title = f"#{ids.LEGEND} .legend-title"
    waiting(browser).until(
        lambda b: b.find_element(By.CSS_SELECTOR, title).text.startswith("Gęstość zaludnienia")
    )
    assert severe_console_messages(browser) == []


def test_a_gmina_card_one_pick_away(browser: Chrome, live_url: str) -> None:
    open_tab(browser, live_url, "tab_catalog")
    type_into_dropdown(browser, ids.CATALOG_CARD_GMINA, "wieliczka", "Wieliczka")
    links = f"#{ids.CATALOG_CARD_LINKS} a"
    waiting(browser).until(lambda b: len(b.find_elements(By.CSS_SELECTOR, links)) == 2)
    page, pdf = browser.find_elements(By.CSS_SELECTOR, links)
    assert pdf.get_attribute("href").endswith("/karta/1219053?lang=pl&f=pdf")
    browser.get(page.get_attribute("href"))
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading == "Karta gminy: Wieliczka"
    assert len(browser.find_elements(By.CSS_SELECTOR, "figure img[alt]")) == 2


def test_filter_by_scope_by_keyboard_and_read_the_coverage_bars(
    browser: Chrome, live_url: str
) -> None:
    open_tab(browser, live_url, "tab_catalog")
    waiting(browser).until(lambda b: len(table_rows(b, ids.CATALOG_TABLE)) > 30)
    type_into_dropdown(browser, ids.CATALOG_SCOPE, "Metrop", text("scope_smk", "pl"))
    type_into_dropdown(browser, ids.CATALOG_THEME, "Mieszk", "Mieszkalnictwo (2)")

    waiting(browser).until(lambda b: len(table_rows(b, ids.CATALOG_TABLE)) == 2)
    caption = browser.find_element(By.CSS_SELECTOR, f"#{ids.CATALOG_TABLE} caption").text
    assert caption == "Mieszkalnictwo (2)"
    bars = browser.find_elements(By.CSS_SELECTOR, f"#{ids.CATALOG_TABLE} [role=img]")
    assert len(bars) == 2
    assert "1995 100 %" in bars[0].get_attribute("aria-label")
    assert severe_console_messages(browser) == []
