"""The print layout in headless Chromium: a note typed, "PDF do druku" pressed, a PDF received."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from layers.render.print_layout import page_size
from server.i18n import text
from tests.browser.pages import map_idle, open_tab, severe_console_messages, waiting

pytestmark = pytest.mark.browser


def test_print_pdf_downloads_the_chosen_page(browser: Chrome, live_url: str, tmp_path: Path):
    browser.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)}
    )
    open_tab(browser, live_url, "tab_map")
    waiting(browser).until(lambda b: b.find_elements(By.CSS_SELECTOR, f"#{ids.LEGEND} li"))
    browser.execute_script(  # zoomed in on Kraków as a user would: the page shows this view
        "geoportalMap.jumpTo(arguments[0], {lon: 19.94, lat: 50.06}, 11);", ids.MAP_GRAPH
    )
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH))
    portrait = browser.find_element(
        By.CSS_SELECTOR, f"#{ids.PRINT_ORIENTATION} input[value='portrait']"
    )
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", portrait)
    portrait.click()
    note = browser.find_element(By.ID, ids.PRINT_NOTE)
    note.send_keys("Do konsultacji <b>& uwag")
    browser.find_element(By.ID, ids.PRINT_BUTTON).click()

    files = waiting(browser).until(lambda _: list(tmp_path.glob("wydruk_*_a4_portrait.pdf")))
    page = PdfReader(files[0]).pages[0]
    size = (float(page.mediabox.width), float(page.mediabox.height))
    assert size == pytest.approx(page_size("a4", "portrait"), abs=0.01)
    words = " ".join(page.extract_text().split())
    assert f"{text('print_note', 'pl')}: Do konsultacji <b>& uwag" in words
    scale = re.search(r"Skala 1 : (.+)\n", page.extract_text())[1]
    assert int(re.sub(r"\D", "", scale)) <= 200_000  # SMK whole on A4 portrait: 1 : 400 000
    assert severe_console_messages(browser) == []
