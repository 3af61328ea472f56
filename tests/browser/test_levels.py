"""Indicators at other levels in headless Chromium: the SMK's powiats, Kraków's districts."""

from __future__ import annotations

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from server.i18n import text
from tests.browser.pages import choose_radio, legend, map_idle, open_explorer, type_into_dropdown
from tests.browser.pages import waiting as wait
from tests.browser.test_explorer import click_map_centre, panel_title, shown_map

pytestmark = pytest.mark.browser

SMK_POWIATS = ["1206000", "1219000", "1261000"]


def drawn(browser: Chrome, features: int) -> bool:
    shown = shown_map(browser)
    painted = bool(shown) and shown["features"] == features and None not in shown["colors"]
    return (
        painted and map_idle(browser, ids.MAP_GRAPH) and sum(legend(browser)["counts"]) == features
    )


def test_powiat_indicator_paints_the_smk_powiats_and_districts_their_own(
    browser: Chrome, live_url: str
) -> None:
    open_explorer(browser, live_url)
    name = "Stopa bezrobocia rejestrowanego (powiat)"

    type_into_dropdown(browser, ids.INDICATOR_DROPDOWN, "bezrobocia rejestrowanego", name)
    wait(browser).until(lambda b: drawn(b, len(SMK_POWIATS)))

    shown = shown_map(browser)
    assert sorted(shown["ids"]) == SMK_POWIATS and shown["scope"] == "powiats-smk"
    hover = dict(zip(shown["ids"], shown["hover"], strict=True))
    assert hover["1206000"].startswith("powiat krakowski\n")
    click_map_centre(browser)  # Kraków lies at the centre of the SMK
    wait(browser).until(lambda b: panel_title(b) == "powiat m. Kraków (1261000)")

    choose_radio(browser, ids.SCOPE_RADIO, text("scope_districts", "pl"))
    type_into_dropdown(
        browser,
        ids.INDICATOR_DROPDOWN,
        "na km² dzielnicy",
        "Mieszkańcy zameldowani na km² dzielnicy",
    )
    wait(browser).until(lambda b: drawn(b, 18))
    notice = browser.find_element(By.ID, ids.NOTICE).text
    assert text("districts_attribution", "pl") in notice
