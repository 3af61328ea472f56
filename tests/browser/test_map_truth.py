"""A map's colours always match its legend and the data: a seeded random walk checks it.

After every step of :mod:`tests.browser.map_walk`, once the page has settled, each drawn
gmina's fill must be the colour of the legend row whose range holds the gmina's value,
the value being the server's (read from the data here, not from the map; for the change
indicator, whose value the data holds only as levels, the map's hover line). Legend
labels are rounded: a value within the rounding of a bound may be in either class next to
it, any other only in its own. A gmina without data has the no-data colour and the legend
its row; the legend's counts add up to the gminas drawn. While an error is shown (breaks
that cannot be used, a year without data), map and legend stay as they were.

``MAP_WALK_STEPS`` (default 200) and ``MAP_WALK_SEED`` (default 2026) set the walk.
"""

from __future__ import annotations

import math
import os
import random
import re

import pandas as pd
import pytest
from selenium.webdriver import Chrome

from callbacks import ids
from layers.analysis.catalog import Indicator
from layers.analysis.dataset import Dataset
from layers.analysis.levels import unit_codes, unit_scope
from layers.analysis.values import period_start
from layers.render.numbers import inflected
from layers.render.palettes import NODATA_COLOR
from server.i18n import text
from tests.browser.map_walk import Walk
from tests.browser.pages import (
    LEGEND_READ,
    MAP_JS,
    open_explorer,
    severe_console_messages,
    shown_legend,
    spaced,
)

pytestmark = pytest.mark.browser

STEPS = int(os.environ.get("MAP_WALK_STEPS", "200"))
SEED = int(os.environ.get("MAP_WALK_SEED", "2026"))
SHOWN_PROBLEMS = 5
OFFLINE_TILES = "tile.openstreetmap.org"
"""Basemap tiles fail without internet: their console errors are expected."""
CONTROLS = {
    "scope": ids.SCOPE_RADIO,
    "indicator": ids.INDICATOR_DROPDOWN,
    "year": ids.YEAR_SLIDER,
    "base_year": ids.BASE_YEAR_DROPDOWN,
    "scheme": ids.SCHEME_DROPDOWN,
    "breaks": ids.BREAKS_INPUT,
}
SNAPSHOT_JS = f"""
const [mapId, legendId, noticeId, pageNoticeId, controls] = arguments;
const prop = id => dash_component_api.getLayout(id).props.value;
const alert = document.getElementById(noticeId)?.querySelector('.alert');
return {{
  controls: Object.fromEntries(Object.entries(controls).map(([k, id]) => [k, prop(id)])),
  map: (() => {{ {MAP_JS} }})(), legend: {LEGEND_READ}(legendId),
  alert: alert ? alert.textContent : '',
  failure: document.getElementById(pageNoticeId)?.textContent ?? '',
}};
"""
"""What the page shows at one moment: controls, map, legend, error alert, failure notice."""


def number(label: str) -> tuple[float, float]:
    """Return a number written the Polish way (``7 852``, ``-3,5``) and half its last unit."""
    plain = re.sub(r"\s", "", label)
    decimals = len(plain.partition(",")[2])
    return float(plain.replace(",", ".")), 0.5 * 10.0**-decimals


def legend_rows(legend: dict) -> list[dict]:
    """Return the legend's rows: colour (``#RRGGBB``), count, bounds with their rounding."""
    rows = []
    for label, count, color in zip(
        legend["ranges"], legend["counts"], legend["colors"], strict=True
    ):
        red, green, blue = (int(c) for c in re.findall(r"\d+", color)[:3])
        row = {"color": f"#{red:02X}{green:02X}{blue:02X}", "count": count, "label": label}
        if label != text("legend_nodata", "pl"):
            low, high = spaced(label).split(" – ")
            (row["low"], low_tol), (row["high"], high_tol) = number(low), number(high)
            row["tol"] = max(low_tol, high_tol)
        rows.append(row)
    return rows


def hover_values(shown_map: dict, indicator: Indicator) -> list[tuple[float, float]]:
    """Return each gmina's value as its hover line writes it, with half its last unit.

    The line ends in the unit; a noun's form must be the one its number asks for ("7 852
    osoby", "809 168 osób"), or the test fails.
    """
    forms, values = indicator.unit_forms("pl"), []
    for hover in shown_map["hover"]:
        line = spaced(hover.split("\n")[1])
        if line.strip() == "–":
            values.append((math.nan, 0.0))
        elif forms:
            shown, _, said = line.rpartition(" ")
            value = number(shown)
            assert said == inflected(round(value[0], indicator.decimals), forms, "pl"), line
            values.append(value)
        else:
            values.append(number(line.removesuffix(f" {indicator.unit('pl')}")))
    return values


def shown_view(dataset: Dataset, title: str) -> tuple[str, int] | None:
    """Return the indicator and year a legend title names (``Name [unit], 2024``)."""
    for indicator in dataset.catalog.values():
        head = f"{indicator.name('pl')} [{indicator.unit('pl')}], "
        if spaced(title).startswith(spaced(head)):
            return indicator.id, int(title[len(head) :].rsplit("–", maxsplit=1)[-1])
    return None


def true_values(dataset: Dataset, shot: dict) -> list[tuple[float, float]]:
    """Return each drawn gmina's value (and its uncertainty): the data's, or the hover's."""
    indicator_id, year = shot["view"]
    indicator = dataset.catalog[indicator_id]
    if indicator.is_change:
        return hover_values(shot["map"], indicator)
    frame = dataset.values.by_indicator[indicator.id]
    column = frame[year] if year in frame.columns else pd.Series(dtype=float)
    return [(value, 0.0) for value in column.reindex(shot["map"]["ids"]).astype(float)]


def control_problems(dataset: Dataset, shot: dict) -> list[str]:
    """Return where map and legend show another view than the controls ask for.

    Not while the manual scheme waits for its breaks: the app keeps the last map then.
    """
    controls, shown = shot["controls"], shot["map"]
    if controls["scheme"] == "manual" and not (controls["breaks"] or "").strip():
        return []
    problems = []
    indicator = dataset.catalog[controls["indicator"]]
    units = unit_scope(controls["scope"], indicator.level)  # a powiat indicator: the powiats
    if shown["scope"] != units:
        problems.append(f"the map shows {shown['scope']}, the scope chosen is {units}")
    year = controls["year"]
    start = period_start(year, controls["base_year"]) if indicator.is_change else year
    period = year if start == year else f"{start}–{year}"  # never "2020–2020"
    title = spaced(shot["legend"]["title"])
    if title != spaced(f"{indicator.name('pl')} [{indicator.unit('pl')}], {period}"):
        problems.append(f"legend title {title!r}, the controls ask for {indicator.id} {period}")
    return problems


def frame_problems(dataset: Dataset, shot: dict, rows: list[dict]) -> list[str]:
    """Return what is wrong with the map and legend as a whole (gminas, counts, colours)."""
    shown, problems = shot["map"], []
    codes = unit_codes(dataset, shown["scope"])  # gminas, or the powiats or districts drawn
    if sorted(shown["ids"]) != sorted(codes):
        problems.append(
            f"the map draws {shown['features']} units, {shown['scope']} has {len(codes)}"
        )
    if sum(row["count"] for row in rows) != shown["features"]:
        problems.append(
            f"legend counts {[r['count'] for r in rows]} do not add up to "
            f"{shown['features']} gminas drawn"
        )
    colors = [row["color"] for row in rows]
    if len(set(colors)) != len(colors):
        problems.append(f"legend rows share a colour: {colors}")
    fill_layer = [layer for layer in shown["layers"] if layer["id"] == "gminas-fill"]
    if not (fill_layer and fill_layer[0]["visible"]):
        problems.append("the gminas' fill layer is not drawn")
    return problems


def expected_colors(rows: list[dict], value: float, rounding: float) -> list[str]:
    """Return the colours a gmina of this value may have: its class's, or either next to a
    bound it is within rounding of; the no-data row's without a value."""
    if math.isnan(value):
        return [row["color"] for row in rows if "low" not in row]
    return [
        row["color"]
        for row in rows
        if "low" in row
        and row["low"] - row["tol"] - rounding <= value <= row["high"] + row["tol"] + rounding
    ]


def gmina_problems(dataset: Dataset, shot: dict, rows: list[dict]) -> list[str]:
    """Return each drawn gmina whose fill is not the legend's colour for its value."""
    shown, problems = shot["map"], []
    fills = [(color or NODATA_COLOR).upper() for color in shown["colors"]]
    values = true_values(dataset, shot)
    for code, hover, fill, (value, rounding) in zip(
        shown["ids"], shown["hover"], fills, values, strict=True
    ):
        expected = expected_colors(rows, value, rounding)
        if fill not in expected:
            name = hover.split("\n")[0]
            problems.append(
                f"gmina {code} {name}: value {value:.6g}, fill {fill}, "
                f"expected {' or '.join(expected) or 'a legend row holding it'}"
            )
    counted = {row["color"]: row["count"] for row in rows}
    drawn = {color: fills.count(color) for color in counted}
    if counted != drawn and not problems:
        problems.append(f"legend counts per colour {counted}, gminas drawn per colour {drawn}")
    return problems


def hover_problems(dataset: Dataset, shot: dict) -> list[str]:
    """Return each gmina whose hover value is not the data's (level indicators)."""
    indicator = dataset.catalog[shot["view"][0]]
    if indicator.is_change:
        return []
    shown = hover_values(shot["map"], indicator)
    problems = []
    for code, (value, _), (hovered, rounding) in zip(
        shot["map"]["ids"], true_values(dataset, shot), shown, strict=True
    ):
        if math.isnan(value) != math.isnan(hovered) or abs(value - hovered) > rounding * 1.001:
            problems.append(f"gmina {code}: the hover says {hovered}, the data {value}")
    return problems


def kept_problems(shot: dict, previous: dict) -> list[str]:
    """With an error shown, map and legend must be as before (or a new scope drawn bare)."""
    legend, colors = shot["legend"], shot["map"]["colors"]
    kept = legend == previous["legend"] and colors == previous["map"]["colors"]
    bare = not legend["counts"] and not any(colors)
    if kept or (bare and shot["map"]["scope"] == shot["controls"]["scope"]):
        return []
    return [
        f"with the error {shot['alert']!r} shown, map and legend changed: "
        f"legend {previous['legend']} became {legend}"
    ]


def truth_problems(dataset: Dataset, shot: dict, previous: dict) -> list[str]:
    """Return everything that makes the map disagree with its legend or with the data."""
    if shot["failure"]:
        return [f"the page failed: {shot['failure']!r}"]
    if shot["alert"]:
        return kept_problems(shot, previous)
    shot["view"] = shown_view(dataset, shot["legend"]["title"])
    if shot["view"] is None:
        return [f"no indicator has the legend title {shot['legend']['title']!r}"]
    rows = legend_rows(shot["legend"])
    return (
        control_problems(dataset, shot)
        + frame_problems(dataset, shot, rows)
        + gmina_problems(dataset, shot, rows)
        + hover_problems(dataset, shot)
    )


def snapshot(browser: Chrome) -> dict:
    """Return what the page shows now (:data:`SNAPSHOT_JS`), the legend read as numbers."""
    shot = browser.execute_script(
        SNAPSHOT_JS, ids.MAP_GRAPH, ids.LEGEND, ids.NOTICE, ids.PAGE_NOTICE, CONTROLS
    )
    shot["legend"] = shown_legend(shot["legend"])
    shot["controls"]["year"] = round(shot["controls"]["year"])
    return shot


def console_problems(browser: Chrome) -> list[str]:
    """Return the console's errors but those of basemap tiles that cannot load offline."""
    return [m for m in severe_console_messages(browser) if OFFLINE_TILES not in m]


def failure(number: int, walk: Walk, shot: dict, problems: list[str]) -> str:
    """Return the message of a failed step: what is wrong, the legend, the steps taken."""
    more = len(problems) - SHOWN_PROBLEMS
    return (
        f"step {number} ({walk.done[-1]}): "
        + "; ".join(problems[:SHOWN_PROBLEMS])
        + (f" (and {more} more)" if more > 0 else "")
        + f"\nlegend: {shot['legend']}\n{walk.trail()}"
    )


def test_map_colours_match_legend_and_data_over_a_random_walk(
    browser: Chrome, live_url: str, dataset: Dataset
) -> None:
    open_explorer(browser, live_url)
    severe_console_messages(browser)
    walk = Walk(browser, random.Random(SEED), SEED)
    walk.start()
    previous = snapshot(browser)
    assert truth_problems(dataset, previous, previous) == [], "the first map is wrong"

    for step in range(1, STEPS + 1):
        walk.step()
        shot = snapshot(browser)
        problems = truth_problems(dataset, shot, previous) + console_problems(browser)
        assert not problems, failure(step, walk, shot, problems)
        if not shot["alert"]:
            bounds = [row for row in legend_rows(shot["legend"]) if "low" in row]
            walk.bounds = (bounds[0]["low"], bounds[-1]["high"]) if bounds else walk.bounds
        previous = shot
