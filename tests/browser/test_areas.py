"""The functional-areas tab in headless Chromium: delimitation, gravitation and zone maps."""

from __future__ import annotations

import pytest
from dash._utils import stringify_id
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from layers.render.flow_view import LABELLED
from server.i18n import text
from tests.browser.pages import (
    choose_radio,
    map_canvas,
    map_idle,
    map_state,
    open_tab,
    rendered,
    retype,
    severe_console_messages,
    table_rows,
    waiting,
)

pytestmark = pytest.mark.browser

KOM2003_GMINAS = 51
DEFAULT_MEMBERS = 16  # default criteria around Kraków (population change 2020→2024)
CENTRE_NAMES = ["Kraków", "Wieliczka", "Niepołomice", "Skawina", "Myślenice", "Bochnia"]

LEGEND_ROWS_JS = (
    "const legend = document.getElementById(arguments[0]);"
    "return legend ? [...legend.querySelectorAll('.legend-row')].map(r => r.textContent) : [];"
)


# --- helpers ------------------------------------------------------------------------------


def shows_scope(browser: Chrome, graph_id: str, gminas: int) -> bool:
    shown = map_state(browser, graph_id)
    drawn = bool(shown) and shown["features"] == gminas and None not in shown["colors"]
    return drawn and map_idle(browser, graph_id)


def top_layer_type(browser: Chrome, graph_id: str) -> str | None:
    """Return the type of the overlay drawn on top (None without one)."""
    extras = list(map_state(browser, graph_id)["extras"].values())
    return extras[-1]["kind"] if extras else None


def delimitation_table(browser: Chrome) -> dict[str, list[str]]:
    """Return the delimitation table: gmina name → its value cells and reason."""
    return {row[0]: row[1:] for row in table_rows(browser, ids.DELIMIT_TABLE) if row}


def legend_rows(browser: Chrome) -> list[str]:
    return browser.execute_script(LEGEND_ROWS_JS, ids.GRAVITY_LEGEND)


def threshold_field(browser: Chrome, row: int):
    """Return the threshold box of a criterion row (its id is a pattern id, spelled as JSON)."""
    element_id = stringify_id({"type": ids.DELIMIT_THRESHOLD, "index": row})
    return browser.find_element(By.XPATH, f"//input[@id='{element_id}']")


def open_areas(browser: Chrome, url: str) -> None:
    """Open the functional-areas tab; wait for the delimitation map and its table."""
    open_tab(browser, url, "tab_areas")
    waiting(browser).until(lambda b: shows_scope(b, ids.DELIMIT_MAP, KOM2003_GMINAS))
    waiting(browser).until(lambda b: "Kraków" in delimitation_table(b))
    waiting(browser).until(lambda b: map_idle(b, ids.DELIMIT_MAP))


# --- tests --------------------------------------------------------------------------------


def test_a_link_to_the_tab_draws_its_four_maps(browser: Chrome, live_url: str) -> None:
    browser.delete_all_cookies()
    browser.get(f"{live_url}/?tab=tab_areas")

    for graph in (ids.DELIMIT_MAP, ids.GRAVITY_MAP, ids.ZONE_MAP):
        waiting(browser).until(lambda b, graph=graph: shows_scope(b, graph, KOM2003_GMINAS))
    waiting(browser).until(lambda b: map_state(b, ids.FLOW_MAP)["extras"].get("flows"))
    flows = map_state(browser, ids.FLOW_MAP)["extras"]
    assert flows["flows"]["features"] == flows["ends"]["features"] == 10
    assert "Kraków" in delimitation_table(browser)
    # the five largest partners (the table's first rows) are named on the flow map
    largest = [row[0] for row in table_rows(browser, ids.FLOW_TABLE) if row][:LABELLED]
    assert len(largest) == LABELLED
    waiting(browser).until(lambda b: flow_labels(b) == largest)


FLOW_LABELS_JS = (
    "const map = document.getElementById(arguments[0]);"
    "return [...map.querySelectorAll('.geomap-label')]"
    ".filter(l => l.getBoundingClientRect().width > 0).map(l => l.textContent);"
)


def flow_labels(browser: Chrome) -> list[str]:
    """Return the names drawn on the flow map (shown ones only)."""
    return browser.execute_script(FLOW_LABELS_JS, ids.FLOW_MAP)


def test_delimitation_follows_a_stricter_density_threshold(browser: Chrome, live_url: str) -> None:
    open_areas(browser, live_url)

    table = delimitation_table(browser)
    assert table["Kraków"][-1] == text("reason_core", "pl") == "rdzeń"
    assert len(table) == DEFAULT_MEMBERS
    assert map_canvas(browser, ids.DELIMIT_MAP).is_displayed()

    retype(threshold_field(browser, 1), "1000")  # row 1: population density ≥ 1000

    waiting(browser).until(lambda b: len(delimitation_table(b)) == DEFAULT_MEMBERS - 1)
    assert delimitation_table(browser)["Kraków"][-1] == "rdzeń"
    assert shows_scope(browser, ids.DELIMIT_MAP, KOM2003_GMINAS)
    assert severe_console_messages(browser) == []


def test_gravity_models_draw_breaking_points_then_huff_regions(
    browser: Chrome, live_url: str
) -> None:
    open_areas(browser, live_url)
    waiting(browser).until(lambda b: len(legend_rows(b)) == len(CENTRE_NAMES))
    waiting(browser).until(lambda b: map_idle(b, ids.GRAVITY_MAP))
    assert top_layer_type(browser, ids.GRAVITY_MAP) != "circle"

    choose_radio(browser, ids.GRAVITY_MODEL, text("model_reilly", "pl"))
    waiting(browser).until(lambda b: top_layer_type(b, ids.GRAVITY_MAP) == "circle")
    # MapLibre really holds the circles, not only the figure.
    waiting(browser).until(lambda b: map_idle(b, ids.GRAVITY_MAP))
    assert rendered(browser, ids.GRAVITY_MAP, "circle")  # MapLibre drew the points

    choose_radio(browser, ids.GRAVITY_MODEL, text("model_huff", "pl"))
    waiting(browser).until(lambda b: top_layer_type(b, ids.GRAVITY_MAP) != "circle")

    rows = legend_rows(browser)
    assert len(rows) == len(CENTRE_NAMES)
    assert rows[0].startswith("Kraków (")
    assert [row.rsplit(" (", 1)[0] for row in rows] == CENTRE_NAMES
    assert sum(int(row.rsplit("(", 1)[1].rstrip(")")) for row in rows) == KOM2003_GMINAS
    assert shows_scope(browser, ids.GRAVITY_MAP, KOM2003_GMINAS)
    assert severe_console_messages(browser) == []


def test_circle_zone_shows_its_shares_and_aggregates(browser: Chrome, live_url: str) -> None:
    open_areas(browser, live_url)
    waiting(browser).until(lambda b: table_rows(b, ids.ZONE_SHARES))
    before = table_rows(browser, ids.ZONE_SHARES)

    choose_radio(browser, ids.ZONE_MODE, text("zone_circle", "pl"))
    retype(browser.find_element(By.ID, ids.ZONE_RADIUS), "10")

    waiting(browser).until(lambda b: table_rows(b, ids.ZONE_SHARES) != before)
    shares = table_rows(browser, ids.ZONE_SHARES)
    assert shares[0][0] == "Kraków"
    assert len(shares) < len(before)  # a 10 km circle touches fewer gminas than 15 km
    aggregates = {row[0]: row[1:] for row in table_rows(browser, ids.ZONE_AGGREGATES)}
    assert "Ludność" in aggregates
    assert aggregates["Ludność"][1].endswith("osoby")
    waiting(browser).until(lambda b: shows_scope(b, ids.ZONE_MAP, KOM2003_GMINAS))
    outline = map_state(browser, ids.ZONE_MAP)["extras"]["zone"]
    assert (outline["kind"], outline["features"]) == ("line", 1)  # the circle over the gminas
    assert severe_console_messages(browser) == []
