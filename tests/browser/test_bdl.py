"""The BDL refresh panel in headless Chromium against a local stand-in for the BDL API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from callbacks import ids
from server.i18n import text
from tests.browser.pages import (
    click_option,
    open_dropdown,
    open_tab,
    serving,
    severe_console_messages,
    sign_in,
    table_rows,
)
from tests.browser.pages import waiting as short_wait
from tests.callbacks.catalog.test_bdl import app_on_copy
from tests.layers.ingest.test_bdl import smk_script
from tests.support.bdl_server import bdl_server

pytestmark = pytest.mark.browser


@pytest.fixture
def bdl_live_url(dataset, store_dir: Path, tmp_path: Path) -> Iterator[str]:
    """The app on its own store copy, asking a local BDL stand-in with SMK data for 2025."""
    with (
        bdl_server(smk_script(dataset)) as api,
        serving(app_on_copy(store_dir, tmp_path, api)) as url,
    ):
        yield url


def centred(browser: Chrome, element_id: str) -> None:
    """Scroll an element to mid-screen (at the bottom edge the footer covers it)."""
    element = short_wait(browser).until(lambda b: b.find_element(By.ID, element_id))
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)


def choose(browser: Chrome, dropdown_id: str, option_xpath: str) -> None:
    """Open a dropdown in mid-screen, pick an option, close it again."""
    centred(browser, dropdown_id)
    popup = open_dropdown(browser, dropdown_id)
    click_option(browser, popup, option_xpath)
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)


def test_refresh_shows_progress_then_the_summary(
    browser: Chrome, bdl_live_url: str, tmp_path: Path
) -> None:
    sign_in(browser, bdl_live_url, tmp_path / "geoportal.sqlite", "admin")  # admins refresh
    open_tab(browser, bdl_live_url, "tab_catalog", signed_in=True)
    choose(browser, ids.BDL_VARIABLE_PICK, ".//*[@role='option'][contains(., 'BDL 72305')]")
    choose(browser, ids.BDL_YEARS, ".//*[@role='option'][normalize-space()='2025']")
    centred(browser, ids.BDL_START)
    browser.find_element(By.ID, ids.BDL_START).click()
    short_wait(browser).until(lambda b: table_rows(b, ids.BDL_SUMMARY))
    assert table_rows(browser, ids.BDL_SUMMARY) == [["population (BDL 72305)", "2025", "14", "14"]]
    summary = browser.find_element(By.ID, ids.BDL_SUMMARY).text
    assert text("bdl_done", "pl").split("{date}")[0] in summary
    progress = browser.find_element(By.ID, ids.BDL_PROGRESS_TEXT).text
    assert "strona 3/3" in progress
    assert severe_console_messages(browser) == []
