"""Browser fixtures: the real app served on a free port, and headless Chromium driving it."""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from app import create_app
from bench.browser import FLAGS
from layers.store.database import open_database, sqlite_url
from layers.store.saved_views import Presentation, SavedView, save_presentation, save_view
from tests.browser.pages import serving

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROME_FLAGS = FLAGS
"""Headless, software WebGL: the same browser ``bench/browser.py`` measures."""
PAGE_LOAD_TIMEOUT_S = 20


@pytest.fixture(scope="session")
def live_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database file of the served app (tests may write saved items into it)."""
    return tmp_path_factory.mktemp("database") / "geoportal.sqlite"


@pytest.fixture(scope="session")
def live_url(store_dir: Path, live_database: Path) -> Iterator[str]:
    """The app on the real store, without caching, with its own database, on a free port."""
    database = live_database
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Flask-Caching: CACHE_TYPE is set to NullCache")
        app = create_app(
            {
                "STORE_DIR": str(store_dir),
                "CACHE_TYPE": "NullCache",
                "DATABASE_PATH": str(database),
                "JOBS_DIR": str(database.parent / "jobs"),
            }
        )
    with serving(app) as url:
        yield url


@contextmanager
def chromium() -> Iterator[webdriver.Chrome]:
    """Start headless Chromium with software WebGL, keeping the console log; quit it after."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(PAGE_LOAD_TIMEOUT_S)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def browser() -> Iterator[webdriver.Chrome]:
    """One headless Chromium for the session (:func:`chromium`)."""
    with chromium() as driver:
        yield driver


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> pytest.TestReport:
    """On an exception in a browser test, save a screenshot and the page and name them."""
    report = yield
    driver = getattr(item, "funcargs", {}).get("browser")
    if call.when == "call" and call.excinfo is not None and driver is not None:
        directory = Path(tempfile.mkdtemp(prefix="geoportal-browser-"))
        png = directory / f"{item.name}.png"
        driver.save_screenshot(str(png))
        (directory / f"{item.name}.html").write_text(driver.page_source, encoding="utf-8")
        report.sections.append(("browser screenshot", str(png)))
    return report


@pytest.fixture(scope="session")
def presentation(live_database: Path) -> int:
    """A presentation of three public views in the live database (saved once: names are unique)."""
    connection = open_database(sqlite_url(live_database))
    views = [
        save_view(connection, SavedView(name, query, notes))
        for name, query, notes in (
            ("Gęstość 2020", "?scope=malopolska&ind=density&year=2020", "Rdzeń i pierścień."),
            ("Ludność SMK", "?scope=smk&ind=population", "Piętnaście gmin."),
            ("Migracje", "?scope=kom2003&ind=net_migration_per_1000", "Saldo na 1000."),
        )
    ]
    return save_presentation(connection, Presentation("Panel ekspertów", tuple(views)))
