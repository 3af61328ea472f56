"""WCAG 2.1 AA in headless Chromium: axe-core on every tab, in both languages.

axe-core is installed from the npm registry by ``make axe`` (version pinned in
``tests/browser/axe/package.json``) and injected into the page; a critical or serious
violation fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver import Chrome

from app import TABS
from tests.browser.pages import open_page, show_tab

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"critical", "serious"}
RUN_AXE_JS = (
    "const done = arguments[arguments.length - 1];"
    "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
    ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
    " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
    ".catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));"
)


def violations(browser: Chrome) -> list[dict]:
    """Return axe-core's violations of WCAG 2.1 A and AA on the page as it is now."""
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    browser.set_script_timeout(60)
    return browser.execute_async_script(RUN_AXE_JS, WCAG_TAGS)


def blocking(found: list[dict]) -> list[str]:
    """Return the critical and serious violations as lines ``impact rule: nodes``."""
    return [f"{v['impact']} {v['id']}: {v['nodes']}" for v in found if v["impact"] in BLOCKING]


@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize("tab", [tab.key for tab in TABS])
def test_no_serious_violation_on_any_tab(browser: Chrome, live_url: str, tab: str, lang: str):
    open_page(browser, f"{live_url}?lang={lang}")
    show_tab(browser, tab, lang)
    assert blocking(violations(browser)) == []
