"""Signing in and out in headless Chromium: the form, the header, the session cookie."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from layers.store.database import open_database, sqlite_url
from layers.store.users import add_user
from server.i18n import text
from tests.browser.pages import severe_console_messages, waiting
from tests.support.access_fixtures import PASSWORD, USER

pytestmark = pytest.mark.browser


def header(browser: Chrome) -> str:
    return " ".join(browser.find_element(By.CSS_SELECTOR, ".page-header .access").text.split())


def test_sign_in_then_out(
    browser: Chrome, live_url: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    for database in Path(tmp_path_factory.getbasetemp()).glob("database[0-9]*/geoportal.sqlite"):
        add_user(
            open_database(sqlite_url(database)), USER, PASSWORD, "official"
        )  # the live app's database
    browser.get(live_url)
    waiting(browser).until(lambda b: header(b) == text("access_sign_in", "pl"))
    browser.find_element(By.CSS_SELECTOR, ".page-header .access a").click()

    browser.find_element(By.NAME, "username").send_keys(USER)
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    waiting(browser).until(
        lambda b: USER in header(b) and text("access_sign_out", "pl") in header(b)
    )
    cookie = browser.get_cookie("session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"

    browser.find_element(By.CSS_SELECTOR, ".page-header .access button").click()
    waiting(browser).until(lambda b: header(b) == text("access_sign_in", "pl"))
    assert severe_console_messages(browser) == []
