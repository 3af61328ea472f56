"""Own data in headless Chromium: upload a CSV, see the preview, describe, save, see it listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from tests.browser.pages import (
    open_tab,
    retype,
    severe_console_messages,
    sign_in,
    table_rows,
    waiting,
)
from tests.support.access_fixtures import USER

pytestmark = pytest.mark.browser

NAME = "Liczba żłobków (test przeglądarki)"


def test_upload_preview_describe_save_and_list(
    browser: Chrome, live_url: str, live_database: Path, tmp_path
) -> None:
    file = tmp_path / "zlobki.csv"
    file.write_bytes(
        "TERYT;Gmina;Żłobki\n1261011;Kraków;152\n1219053;Wieliczka;7,5\n".encode("cp1250")
    )
    sign_in(browser, live_url, live_database)  # only officials save own data
    open_tab(browser, live_url, "tab_upload", signed_in=True)

    picker = waiting(browser).until(
        lambda b: b.find_element(By.CSS_SELECTOR, ".tab-tab_upload input[type=file]")
    )
    picker.send_keys(str(file))
    waiting(browser).until(lambda b: len(table_rows(b, ids.UPLOAD_REPORT)) == 2)
    assert table_rows(browser, ids.UPLOAD_REPORT) == [
        ["1261011", "1261011", "Kraków", "152"],
        ["1219053", "1219053", "Wieliczka", "7,5"],
    ]

    for field, typed in (
        (ids.UPLOAD_NAME_PL, NAME),
        (ids.UPLOAD_UNIT, "placówki"),
        (ids.UPLOAD_SOURCE, "Urzędy gmin"),
        (ids.UPLOAD_YEAR, "2024"),
    ):
        retype(browser.find_element(By.ID, field), typed)
    save = browser.find_element(By.ID, ids.UPLOAD_SAVE)
    waiting(browser).until(lambda _: save.is_enabled())
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", save)
    save.click()

    status = browser.find_element(By.ID, ids.UPLOAD_STATUS)
    waiting(browser).until(lambda _: NAME in status.text)
    waiting(browser).until(lambda b: any(row[0] == NAME for row in table_rows(b, ids.UPLOAD_LIST)))
    (row,) = [row for row in table_rows(browser, ids.UPLOAD_LIST) if row[0] == NAME]
    assert row[1:4] == ["placówki", "2024", USER]  # the author is who signed in
    assert severe_console_messages(browser) == []
