"""Links in headless Chromium: what a link names is what the page shows and writes back."""

from __future__ import annotations

import time
from dataclasses import replace
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from dash import Dash
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st
from selenium.common.exceptions import TimeoutException
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from callbacks import ids
from callbacks.compare.table import DEFAULT_SELECTION
from callbacks.explorer.map_view import DEFAULT_LAYERS, base_years_in
from callbacks.page import TABS
from callbacks.permalink import CONTROLS, control_values, resolved
from layers.analysis.classify import MAX_CLASSES, MIN_CLASSES, SCHEMES
from layers.analysis.dataset import AREAS, Dataset
from layers.analysis.scopes import SCOPES
from layers.analysis.view_state import KEYS, MapView, ViewState, encoded
from layers.render.choropleth import OUTLINES
from layers.render.palettes import PALETTES
from server.i18n import text
from tests.browser.conftest import chromium
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


def test_a_new_indicator_is_recorded_with_the_year_the_map_shows(browser: Chrome, live_url):
    browser.delete_all_cookies()
    browser.get(f"{live_url}/?ind=population&year=2024")
    info = waiting(browser).until(lambda b: b.find_element(By.ID, ids.INDICATOR_INFO))
    waiting(browser).until(lambda _: "Ludność" in info.text)  # the map has shown the link
    switched = "pit_share_per_capita"  # its latest year is 2020
    browser.execute_script(
        "dash_clientside.set_props(arguments[0], {value: arguments[1]});",
        ids.INDICATOR_DROPDOWN,
        switched,
    )

    waiting(browser).until(lambda b: f"ind={switched}" in query(b))
    assert "year=2020" in query(browser)
    waiting(browser).until(lambda b: control_props(b)["year"] == 2020)  # the control follows
    waiting(browser).until(lambda _: "PIT" in info.text)


# --- every link round-trips (a property test, a fresh browser per generated view) ----------

EXAMPLES = 6
"""Generated views per property; each opens a fresh Chromium (5–10 s): about a minute each."""
IDLE_PAUSE_S = 0.5
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
"""Fixed examples (CI runs the same views), no shrinking: a failure names its link as is."""
POLAND = {"lat": (49.0, 54.8), "lon": (14.1, 24.2), "zoom": (5.0, 11.0)}
INVALID = {
    "tab": "tab_nowhere",
    "scope": "atlantis",
    "year": "1850",
    "base_year": "abc",
    "scheme": "cubist",
    "k": "99",
    "breaks": "1000;100;abc",
    "palette": "Rainbow",
    "reverse": "2",
    "layers": "roads",
    "area": "saved:999999",
    "gmina": "9999999",
    "compare_scope": "mars",
    "gminas": "1261011,<script>",
    "view": "1e999,2,3",
}
"""A value each field cannot hold (the indicator is left valid: the years depend on it)."""


@st.composite
def views(draw: st.DrawFn, dataset: Dataset) -> ViewState:
    """Return a random valid view: every field set, gminas of any scope."""
    codes = sorted(dataset.codes)
    indicator_id = draw(st.sampled_from(sorted(dataset.catalog)))
    indicator = dataset.catalog[indicator_id]
    year = draw(st.sampled_from(indicator.years))
    starts = [y for y in base_years_in(dataset, indicator_id) if y < year]
    scheme = draw(st.sampled_from(sorted(SCHEMES)))
    cuts = st.lists(st.integers(0, 5000), min_size=1, max_size=4, unique=True)
    coordinate = {key: draw(st.floats(*bounds)) for key, bounds in POLAND.items()}
    return ViewState(
        tab=draw(st.sampled_from(TABS)),
        scope=draw(st.sampled_from(SCOPES)),
        indicator=indicator_id,
        year=year,
        base_year=draw(st.sampled_from(starts)) if indicator.is_change and starts else None,
        scheme=scheme,
        k=draw(st.integers(MIN_CLASSES, MAX_CLASSES)),
        breaks="; ".join(map(str, sorted(draw(cuts)))) if scheme == "manual" else "",
        palette=draw(st.sampled_from(PALETTES)),
        reverse=draw(st.booleans()),
        layers=tuple(draw(st.lists(st.sampled_from(OUTLINES), unique=True))),
        area=draw(st.none() | st.sampled_from(AREAS)),
        gmina=draw(st.none() | st.sampled_from(codes)),
        compare_scope=draw(st.sampled_from(SCOPES)),
        gminas=tuple(draw(st.lists(st.sampled_from(codes), min_size=1, max_size=6, unique=True))),
        view=MapView(
            round(coordinate["lat"], 5), round(coordinate["lon"], 5), round(coordinate["zoom"], 2)
        ),
    )


def expected_controls(app: Dash, state: ViewState) -> dict[str, object]:
    """Return the controls a view shows, its defaults made concrete as the page makes them."""
    with app.server.app_context():
        values = control_values(resolved(state))
    return {name: value for (name, _, _), value in zip(CONTROLS, values, strict=True)}


IDLE_JS = (
    "const state = window.store && window.store.getState();"
    "if (!state || !state.callbacks) { return false; }"
    "const c = state.callbacks;"
    "return ['blocked', 'executed', 'executing', 'prioritized', 'requested', 'stored', 'watched']"
    ".every(key => (c[key] || []).length === 0);"
)
"""Script: whether Dash has no callback requested, running or waiting to be applied."""


def idle_twice(browser: Chrome) -> bool:
    """Whether Dash is idle now and a moment later (a callback may chain another)."""
    if not browser.execute_script(IDLE_JS):
        return False
    time.sleep(IDLE_PAUSE_S)
    return bool(browser.execute_script(IDLE_JS))


def settled(browser: Chrome, expected: dict[str, object]) -> dict[str, object]:
    """Wait until the controls show ``expected`` and Dash is idle; return the controls."""
    try:
        waiting(browser).until(lambda b: control_props(b) == expected)
        waiting(browser).until(idle_twice)
    except TimeoutException:
        pass  # the assertion that follows shows the difference
    return control_props(browser)


def opened(live_url: str, link: str, expected: dict[str, object]) -> tuple[dict, str, str]:
    """Open ``link`` in a fresh browser; return its controls, address and notice once settled."""
    with chromium() as browser:
        browser.get(f"{live_url}/{link}")
        shown = settled(browser, expected)
        return shown, query(browser), notice(browser)


@PROPERTY
@given(data=st.data())
def test_every_link_restores_its_view_and_is_written_back(
    live_url: str, dataset: Dataset, app: Dash, data: st.DataObject
) -> None:
    state = data.draw(views(dataset))
    link = encoded(state)
    note(f"link: {link}")

    shown, address, said = opened(live_url, link, expected_controls(app, state))

    assert shown == expected_controls(app, state)
    assert address == link
    assert said == ""


def with_invalid(link: str, fields: list[str]) -> str:
    """Return ``link`` with each of ``fields`` given a value it cannot hold, in query order."""
    given = dict(parse_qsl(link.removeprefix("?"), keep_blank_values=True))
    pairs = [
        (key, INVALID[name] if name in fields else given[key])
        for name, key in KEYS.items()
        if name in fields or key in given
    ]
    return "?" + urlencode(pairs, safe=",")


@PROPERTY
@given(data=st.data())
def test_invalid_fields_name_themselves_and_change_nothing_else(
    live_url: str, dataset: Dataset, app: Dash, data: st.DataObject
) -> None:
    state = data.draw(views(dataset))
    bad = data.draw(st.lists(st.sampled_from(list(INVALID)), min_size=1, max_size=3, unique=True))
    bad = [name for name in KEYS if name in bad]  # in query order
    defaults = ViewState(layers=tuple(DEFAULT_LAYERS), gminas=tuple(DEFAULT_SELECTION))
    fallen = replace(state, **{name: getattr(defaults, name) for name in bad})

    expected = expected_controls(app, fallen)
    note(f"link: {with_invalid(encoded(state), bad)}")

    shown, _, said = opened(live_url, with_invalid(encoded(state), bad), expected)

    assert said == text("url_wrong", "pl").format(fields=", ".join(KEYS[name] for name in bad))
    assert shown == expected
