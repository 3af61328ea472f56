"""WCAG 2.1 AA in headless Chromium: axe-core on every tab, in both languages.

axe-core is installed from the npm registry by ``make axe`` (version pinned in
``tests/browser/axe/package.json``) and injected into the page; a critical or serious
violation fails the test. Pages checked: every tab in Polish and English, as a visitor and
signed in, with the gmina panel open, and in presentation mode. ``pytest -s`` prints each
page's violations of every impact (the README's table).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver import ActionChains, Chrome
from selenium.webdriver.common.by import By

from app import TABS
from callbacks import ids
from tests.browser.pages import (
    map_canvas,
    open_page,
    show_tab,
    sign_in,
    start_presentation,
    waiting,
)

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"critical", "serious"}
IMPACTS = ("critical", "serious", "moderate", "minor")
RUN_AXE_JS = (
    "const done = arguments[arguments.length - 1];"
    "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
    ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
    " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5), count: v.nodes.length}))))"
    ".catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)], count: 1}]));"
)


def violations(browser: Chrome) -> list[dict]:
    """Return axe-core's violations of WCAG 2.1 A and AA on the page as it is now."""
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    browser.set_script_timeout(60)
    return browser.execute_async_script(RUN_AXE_JS, WCAG_TAGS)


def blocking(page: str, found: list[dict]) -> list[str]:
    """Print the page's violations per impact; return the critical and serious ones."""
    counts = {
        impact: f"{sum(v['impact'] == impact for v in found)}"
        f"/{sum(v['count'] for v in found if v['impact'] == impact)}"
        for impact in IMPACTS
    }
    print(f"axe {page}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return [f"{v['impact']} {v['id']}: {v['nodes']}" for v in found if v["impact"] in BLOCKING]


@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize("tab", [tab.key for tab in TABS])
def test_no_serious_violation_on_any_tab(browser: Chrome, live_url: str, tab: str, lang: str):
    open_page(browser, f"{live_url}?lang={lang}")
    show_tab(browser, tab, lang)
    assert blocking(f"{tab} {lang}", violations(browser)) == []


@pytest.mark.parametrize("tab", [tab.key for tab in TABS])
def test_no_serious_violation_signed_in(
    browser: Chrome, live_url: str, live_database: Path, tab: str
):
    sign_in(browser, live_url, live_database)
    open_page(browser, live_url, signed_in=True)
    show_tab(browser, tab)
    assert blocking(f"{tab} signed in", violations(browser)) == []


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_no_serious_violation_with_the_gmina_panel_open(browser: Chrome, live_url: str, lang: str):
    open_page(browser, f"{live_url}?lang={lang}")
    ActionChains(browser).move_to_element(map_canvas(browser, ids.MAP_GRAPH)).click().perform()
    waiting(browser).until(lambda b: b.find_element(By.ID, ids.PANEL_CHART).is_displayed())
    assert blocking(f"panel {lang}", violations(browser)) == []


def test_no_serious_violation_in_presentation_mode(
    browser: Chrome,
    live_url: str,
    presentation: int,
):
    start_presentation(browser, live_url)
    waiting(browser).until(lambda b: b.find_element(By.ID, ids.SHOW_TITLE).text == "Gęstość 2020")
    assert blocking("presentation", violations(browser)) == []
