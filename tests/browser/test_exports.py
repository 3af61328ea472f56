"""The export panel in headless Chromium: PNG download, bad-breaks alert, report with progress."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from callbacks import ids
from server.i18n import text
from tests.browser.pages import open_dropdown, open_tab, severe_console_messages, waiting

pytestmark = pytest.mark.browser


def press(browser: Chrome, label: str) -> None:
    """Scroll the export button with this label to mid-screen and click it."""
    panel = browser.find_element(By.CLASS_NAME, "export-panel")
    button = panel.find_element(By.XPATH, f".//button[normalize-space()='{label}']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    button.click()


def test_png_download_and_bad_breaks_alert(browser: Chrome, live_url: str, tmp_path: Path):
    browser.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)}
    )
    open_tab(browser, live_url, "tab_map")
    waiting(browser).until(lambda b: b.find_elements(By.CSS_SELECTOR, f"#{ids.LEGEND} li"))

    press(browser, text("exports_png", "pl"))
    files = waiting(browser).until(lambda _: list(tmp_path.glob("mapa_population_*_smk.png")))
    assert Image.open(io.BytesIO(files[0].read_bytes())).size == (1920, 1080)

    manual = text("scheme_manual", "pl")
    popup = open_dropdown(browser, ids.SCHEME_DROPDOWN)
    popup.find_element(By.XPATH, f".//*[@role='option'][normalize-space()='{manual}']").click()
    breaks = browser.find_element(By.ID, ids.BREAKS_INPUT)
    waiting(browser).until(lambda _: breaks.is_displayed())
    breaks.send_keys("500; 100", Keys.ENTER)
    press(browser, text("exports_csv", "pl"))
    notice = waiting(browser).until(lambda b: b.find_element(By.ID, ids.EXPORT_NOTICE).text)
    assert notice == text("error_manual_breaks", "pl")
    assert severe_console_messages(browser) == []


def test_report_shows_progress_then_downloads(browser: Chrome, live_url: str, tmp_path: Path):
    browser.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)}
    )
    open_tab(browser, live_url, "tab_map")
    waiting(browser).until(lambda b: b.find_elements(By.CSS_SELECTOR, f"#{ids.LEGEND} li"))
    press(browser, text("exports_pdf", "pl"))
    button = browser.find_element(By.ID, ids.REPORT_PDF)
    waiting(browser).until(lambda _: not button.is_enabled())
    assert not browser.find_element(By.ID, ids.REPORT_HTML).is_enabled()
    shown = waiting(browser).until(
        lambda b: b.find_element(By.ID, ids.REPORT_PROGRESS_TEXT).text.strip()
    )
    assert re.fullmatch(r"Przygotowanie raportu: krok \d+ z \d+…", shown), shown
    assert browser.find_element(By.ID, ids.REPORT_PROGRESS).is_displayed()
    files = waiting(browser).until(lambda _: list(tmp_path.glob("raport_smk_*.pdf")))
    waiting(browser).until(lambda _: button.is_enabled())
    assert len(PdfReader(files[0]).pages) > 3
    assert not browser.find_element(By.ID, ids.REPORT_PROGRESS).is_displayed()
    assert severe_console_messages(browser) == []
