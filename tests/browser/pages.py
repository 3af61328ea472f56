"""Helpers shared by the browser tests: waits, tabs, maps, Plotly charts, controls, console."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dash import Dash
from selenium.common.exceptions import (
    ElementClickInterceptedException,
    StaleElementReferenceException,
)
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait
from werkzeug.serving import make_server

from callbacks import ids
from layers.store.database import open_database, sqlite_url
from layers.store.users import add_user, users
from server.access import SIGN_IN_PATH
from server.i18n import text
from tests.support.access_fixtures import PASSWORD, USER

TIMEOUT_S = 20

PLOT_JS = "const gd = document.getElementById(arguments[0])?.querySelector('.js-plotly-plot');"
"""Script prologue: ``gd`` is the Plotly div in the ``dcc.Graph`` of id ``arguments[0]``."""
MAP_IDLE_JS = "return Boolean(window.geoportalMap && geoportalMap.idle(arguments[0]));"
"""Whether the map of id ``arguments[0]`` has applied its latest state and is still."""
MAP_JS = "return window.geoportalMap ? geoportalMap.describe(arguments[0]) : null;"
WRITTEN_NAMES_JS = (
    "return [...document.querySelectorAll('#' + arguments[0] + ' .geomap-name')]"
    ".map(e => e.textContent);"
)
RENDERED_JS = (
    "const map = geoportalMap.map(arguments[0]);"
    "const layers = map.getStyle().layers.filter(l => l.type === arguments[1]).map(l => l.id);"
    "return map.queryRenderedFeatures({layers}).map(f => (f.state && f.state.c) || f.layer.id);"
)
LEGEND_READ = (
    "(id => {"
    "const legend = document.getElementById(id);"
    "const rows = legend ? [...legend.querySelectorAll('.legend-row')] : [];"
    "const count = row => row.querySelector('.count')?.textContent ?? '';"
    "return {title: legend?.querySelector('.legend-title')?.textContent ?? null,"
    " counts: rows.map(count),"
    " ranges: rows.map(row => row.textContent.replace(count(row), '').trim()),"
    " colors: rows.map(row => row.style.borderLeftColor)};"
    "})"
)
"""Script expression: a function of the legend's id returning its title and raw rows."""
TABLE_ROWS_JS = (
    "const rows = document.getElementById(arguments[0])?.querySelectorAll('tbody tr') ?? [];"
    "return [...rows].map(row => [...row.children].map(cell => cell.innerText));"
)


def waiting(browser: Chrome, poll_s: float = 0.5) -> WebDriverWait:
    """Return an explicit wait bounded by the suite's timeout, retrying over re-renders."""
    return WebDriverWait(
        browser,
        TIMEOUT_S,
        poll_frequency=poll_s,
        ignored_exceptions=(StaleElementReferenceException,),
    )


def spaced(label: str) -> str:
    """Return a label with every kind of space (thin, no-break) written as a plain one."""
    return re.sub(r"\s", " ", label)


def open_dropdown(browser: Chrome, dropdown_id: str) -> WebElement:
    """Click a dropdown open (mid-screen, again if the page moved under it), return its list.

    Mid-screen, because at the bottom edge the footer covers it; again, because an answer
    arriving meanwhile can move it under the footer between the scroll and the click.
    """
    dropdown = browser.find_element(By.ID, dropdown_id)

    def clicked(_: Chrome) -> bool:
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", dropdown)
        try:
            dropdown.click()
        except ElementClickInterceptedException:
            return False
        return True

    waiting(browser, 0.05).until(clicked)
    waiting(browser).until(lambda _: dropdown.get_attribute("aria-expanded") == "true")
    return browser.find_element(By.ID, dropdown.get_attribute("aria-controls"))


def option_labels(popup: WebElement) -> list[str]:
    """Return the labels of the options a dropdown pop-up offers."""
    return [option.text for option in popup.find_elements(By.CSS_SELECTOR, "[role=option]")]


def type_into_dropdown(browser: Chrome, dropdown_id: str, typed: str, expected: str) -> None:
    """Open a dropdown, type in its search box, wait for ``expected`` alone, press Enter."""
    popup = open_dropdown(browser, dropdown_id)
    search = popup.find_element(By.CSS_SELECTOR, "input[type=search]")
    search.send_keys(typed)
    waiting(browser).until(lambda _: option_labels(popup) == [expected])
    search.send_keys(Keys.ENTER)


def click_option(browser: Chrome, popup: WebElement, option_xpath: str) -> None:
    """Click the option of an open dropdown's list, again while it re-renders or moves."""

    def clicked(_: Chrome) -> bool:
        option = popup.find_element(By.XPATH, option_xpath)
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", option)
        try:
            option.click()
        except ElementClickInterceptedException:
            return False
        return True

    waiting(browser, 0.05).until(clicked)


def choose_option(browser: Chrome, dropdown_id: str, value: str, typed: str = "") -> None:
    """Open a dropdown, type ``typed`` in its search box if any, click the option ``value``."""
    dropdown = browser.find_element(By.ID, dropdown_id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", dropdown)
    popup = open_dropdown(browser, dropdown_id)
    if typed:
        popup.find_element(By.CSS_SELECTOR, "input[type=search]").send_keys(typed)
    click_option(browser, popup, f".//label[.//input[@value='{value}']]")


def sign_in(browser: Chrome, url: str, database: Path, role: str = "official") -> None:
    """Sign in through the form as ``anna`` with ``role``, added to ``database`` if missing."""
    engine = open_database(sqlite_url(database))
    if USER not in {user.username for user in users(engine)}:
        add_user(engine, USER, PASSWORD, role)
    browser.delete_all_cookies()
    browser.get(f"{url}{SIGN_IN_PATH}")
    browser.find_element(By.NAME, "username").send_keys(USER)
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    waiting(browser).until(lambda b: b.get_cookie("session") and USER in b.page_source)


def open_page(browser: Chrome, url: str, *, signed_in: bool = False) -> None:
    """Load the page (as a first-time visitor unless ``signed_in``) and wait for its map.

    Tests start from a drawn map, as a user who sees the page would.
    """
    if not signed_in:
        browser.delete_all_cookies()  # the app remembers ?lang= in a cookie
    browser.get(url)
    waiting(browser).until(lambda b: map_idle(b, ids.MAP_GRAPH))


def open_tab(browser: Chrome, url: str, key: str, *, signed_in: bool = False) -> None:
    """Load the page (as :func:`open_page`), drop old console entries, click the tab ``key``."""
    open_page(browser, url, signed_in=signed_in)
    severe_console_messages(browser)
    show_tab(browser, key)


def show_tab(browser: Chrome, key: str, lang: str = "pl") -> None:
    """Click the tab ``key`` (its label in ``lang``)."""
    label = text(key, lang)
    tab = waiting(browser).until(
        lambda b: b.find_element(By.XPATH, f"//*[@id='{ids.TABS}']//*[normalize-space()='{label}']")
    )
    tab.click()


def legend(browser: Chrome, legend_id: str = ids.LEGEND) -> dict:
    """Return a legend as shown: title, and each row's range label, count and swatch colour."""
    shown = browser.execute_script(f"return {LEGEND_READ}(arguments[0]);", legend_id)
    return shown_legend(shown)


def shown_legend(shown: dict) -> dict:
    """Return a legend read by :data:`LEGEND_READ` with whole-number counts and a title."""
    counts = [int(re.sub(r"\D", "", count) or 0) for count in shown["counts"]]
    return {**shown, "counts": counts, "title": shown["title"] or ""}


def open_explorer(browser: Chrome, url: str) -> None:
    """Load the page as a first-time visitor; wait for the map to be drawn and its legend.

    The map is switched to a choropleth: the population it opens with is a count, drawn
    as proportional circles first (tests/browser/test_circles.py), and these tests are of
    the classes.
    """
    open_page(browser, url)
    choose_radio(
        browser, ids.SYMBOL_RADIO, text("symbol_choropleth", "pl" if "lang=en" not in url else "en")
    )
    waiting(browser).until(lambda b: len(legend(b)["counts"]) > 1 and map_idle(b, ids.MAP_GRAPH))


def start_presentation(browser: Chrome, url: str, name: str = "Panel ekspertów") -> None:
    """Open the views tab as a fresh visitor and start the saved presentation ``name``."""
    browser.delete_all_cookies()
    browser.get(f"{url}/?tab=tab_views")
    start = waiting(browser).until(
        lambda b: b.find_element(
            By.XPATH,
            f"//li[contains(., '{name}')]//button[normalize-space()='{text('deck_start', 'pl')}']",
        )
    )
    start.click()


def choose_radio(browser: Chrome, radio_id: str, label: str) -> None:
    """Scroll the item of a radio group (or checklist) with this label to mid-screen, click it.

    Mid-screen, because an item scrolled only to the bottom edge can sit under the footer.
    """
    radio = browser.find_element(By.ID, radio_id)
    item = radio.find_element(By.XPATH, f".//label[normalize-space()='{label}']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", item)
    item.click()


def retype(field: WebElement, typed: str) -> None:
    """Replace a text or number field's content and press Enter (which a debounced one needs)."""
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.BACKSPACE, typed, Keys.ENTER)


def map_state(browser: Chrome, map_id: str) -> dict | None:
    """Return what a map shows (``geoportalMap.describe``).

    Scope, gminas, colours read back from MapLibre's feature state, hover texts, centre and
    zoom, layers, marks and overlays.
    """
    return browser.execute_script(MAP_JS, map_id)


def map_idle(browser: Chrome, map_id: str) -> bool:
    """Return whether a map has applied its latest state and is drawn and still."""
    return browser.execute_script(MAP_IDLE_JS, map_id)


def written_names(browser: Chrome, map_id: str) -> list[str]:
    """Return the units' names written on a map (``assets/geomap_tools.js``)."""
    return browser.execute_script(WRITTEN_NAMES_JS, map_id)


def rendered(browser: Chrome, map_id: str, layer_type: str) -> list[str]:
    """Return, per feature MapLibre drew in layers of ``layer_type``, its colour state or layer."""
    return browser.execute_script(RENDERED_JS, map_id, layer_type)


def map_canvas(browser: Chrome, map_id: str) -> WebElement:
    """Return the MapLibre canvas a map is drawn on."""
    return browser.find_element(By.CSS_SELECTOR, f"#{map_id} canvas.maplibregl-canvas")


def table_rows(browser: Chrome, container_id: str) -> list[list[str]]:
    """Return the body rows of the table inside a container, each as its cells' texts."""
    return browser.execute_script(TABLE_ROWS_JS, container_id)


def severe_console_messages(browser: Chrome) -> list[str]:
    """Return (and drain) the SEVERE entries of the browser console since the last call."""
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


@contextmanager
def serving(app: Dash) -> Iterator[str]:
    """Serve an app on a free port of 127.0.0.1 in a thread; yield its URL."""
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
