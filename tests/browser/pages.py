"""Helpers shared by the browser tests: waits, tabs, Plotly graphs, controls and the console."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from dash import Dash
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait
from werkzeug.serving import make_server

from callbacks import ids
from server.i18n import text

TIMEOUT_S = 20

PLOT_JS = "const gd = document.getElementById(arguments[0])?.querySelector('.js-plotly-plot');"
"""Script prologue: ``gd`` is the Plotly div in the ``dcc.Graph`` of id ``arguments[0]``."""
MAP_IDLE_JS = (
    PLOT_JS + "const sub = gd && gd._fullLayout && gd._fullLayout.map"
    " && gd._fullLayout.map._subplot;"
    "return Boolean(sub && sub.map && sub.map.loaded() && !sub.map.isMoving());"
)
TABLE_ROWS_JS = (
    "const rows = document.getElementById(arguments[0])?.querySelectorAll('tbody tr') ?? [];"
    "return [...rows].map(row => [...row.children].map(cell => cell.innerText));"
)


def waiting(browser: Chrome) -> WebDriverWait:
    """Return an explicit wait bounded by the suite's timeout, retrying over re-renders."""
    return WebDriverWait(browser, TIMEOUT_S, ignored_exceptions=(StaleElementReferenceException,))


def spaced(label: str) -> str:
    """Return a label with every kind of space (thin, no-break) written as a plain one."""
    return re.sub(r"\s", " ", label)


def open_dropdown(browser: Chrome, dropdown_id: str) -> WebElement:
    """Click a dropdown open and return its pop-up list."""
    dropdown = browser.find_element(By.ID, dropdown_id)
    dropdown.click()
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


def open_page(browser: Chrome, url: str) -> None:
    """Load the page as a first-time visitor and wait until the explorer's map is drawn.

    A user clicking another tab while the map tab's graphs are still being drawn gets
    Plotly's console error for a graph taken off the page mid-draw; the tests wait first.
    """
    browser.delete_all_cookies()  # the app remembers ?lang= in a cookie
    browser.get(url)
    waiting(browser).until(lambda b: b.execute_script(MAP_IDLE_JS, ids.MAP_GRAPH))


def open_tab(browser: Chrome, url: str, key: str) -> None:
    """Load the page as a first-time visitor, drop old console entries, click the tab ``key``."""
    open_page(browser, url)
    severe_console_messages(browser)
    show_tab(browser, key)


def show_tab(browser: Chrome, key: str, lang: str = "pl") -> None:
    """Click the tab ``key`` (its label in ``lang``)."""
    label = text(key, lang)
    tab = waiting(browser).until(
        lambda b: b.find_element(By.XPATH, f"//*[@id='{ids.TABS}']//*[normalize-space()='{label}']")
    )
    tab.click()


def choose_radio(browser: Chrome, radio_id: str, label: str) -> None:
    """Scroll the item of a radio group that has this label to mid-screen and click it.

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
