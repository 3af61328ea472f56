"""Links in headless Chromium: what a link names is what the page shows and writes back."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from callbacks.permalink import CONTROLS
from server.i18n import text
from tests.browser.pages import severe_console_messages, waiting

pytestmark = pytest.mark.browser

PROPS_JS = (
    "const api = window.dash_component_api;"
    "try { return arguments[0].map(([id, prop]) => api.getLayout(id).props[prop] ?? null); }"
    " catch (error) { return null; }"
)
"""Script: the current value of each ``[component id, property]`` as Dash holds it (null
while the page's layout is not there yet)."""


def control_props(browser: Chrome) -> dict[str, object]:
    """Return each recorded control's value (:data:`callbacks.permalink.CONTROLS`) by field."""
    pairs = [[component, prop] for _, component, prop in CONTROLS]
    values = browser.execute_script(PROPS_JS, pairs) or [None] * len(CONTROLS)
    return {name: value for (name, _, _), value in zip(CONTROLS, values, strict=True)}


def query(browser: Chrome) -> str:
    """Return the address bar's query string, with its ``?``."""
    return "?" + urlsplit(browser.current_url).query


def notice(browser: Chrome) -> str:
    return browser.find_element(By.ID, ids.URL_NOTICE).text


@pytest.mark.parametrize(
    "gminas",
    [["1261011", "1219053", "1206143"], ["1206162", "1206072"]],
    ids=["with-a-gmina-not-offered", "zabierzow-and-liszki"],
)
def test_a_comparison_link_keeps_every_gmina_it_names(
    browser: Chrome, live_url: str, gminas: list[str]
) -> None:
    link = f"?tab=tab_compare&gminas={','.join(gminas)}"
    browser.delete_all_cookies()
    browser.get(f"{live_url}/{link}")

    waiting(browser).until(lambda b: control_props(b)["tab"] == "tab_compare")
    waiting(browser).until(lambda b: b.find_element(By.ID, ids.COMPARE_TABLE).text)
    assert control_props(browser)["gminas"] == gminas
    header = browser.find_element(By.ID, ids.COMPARE_TABLE).find_element(By.TAG_NAME, "thead")
    assert len(header.find_elements(By.TAG_NAME, "th")) == 4 + len(gminas)
    assert query(browser) == link  # the page did not overwrite the address
    assert notice(browser) == ""
    assert severe_console_messages(browser) == []


def test_bad_manual_breaks_in_a_link_are_named_and_kept_out(browser: Chrome, live_url: str):
    link = "?ind=density&scheme=manual&breaks=1000%3B100%3Babc"
    browser.delete_all_cookies()
    browser.get(f"{live_url}/{link}")

    waiting(browser).until(notice)
    assert notice(browser) == text("url_wrong", "pl").format(fields="breaks")
    assert control_props(browser)["indicator"] == "density"
    assert control_props(browser)["scheme"] == "manual"
    assert not control_props(browser)["breaks"]
