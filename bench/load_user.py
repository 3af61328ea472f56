"""The simulated user of ``bench.load``: the session's steps, what each sends, the results.

A :class:`User` holds a :class:`bench.load_browser.Browser` (one HTTP session, the page's
values), seeded choices and think times; :func:`run_session` takes it through
:data:`SESSION`, counting every answer into a shared :class:`Results`.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import numpy as np

from app import page
from bench import dash_wire
from bench.dash_wire import id_key
from bench.load_browser import Answer, Browser

ids = page.ids  # the component ids, through the app (bench/ imports no callbacks)
POLAND = "poland"
MALOPOLSKA = "12"
ADDRESS = {f"{ids.URL}.pathname": "/", f"{ids.URL}.search": ""}
"""The location the users open: the page without a link's query."""
PAGE_PATHS = ("/", *dash_wire.PAGE_PATHS)
MAP = f"{ids.MAP_STATE}.data"
SWITCH, SWITCH_MAP = "switch indicator/year", "  of which the map's colours"
VIEW_CONTROLS = {
    "base_year": ids.BASE_YEAR_DROPDOWN,
    "scheme": ids.SCHEME_DROPDOWN,
    "k": ids.CLASSES_SLIDER,
    "breaks": ids.BREAKS_INPUT,
    "palette": ids.PALETTE_DROPDOWN,
    "reverse": ids.REVERSE_CHECK,
    "symbol": ids.SYMBOL_RADIO,
}
"""The class settings' controls, by the name the map's paint address gives them."""
STEPS = (
    "open explorer",
    SWITCH,
    "switch scope to Poland",
    "open comparison",
    "run Huff",
    "export CSV",
)


@dataclass
class Results:
    """Every request of a run: milliseconds per step, errors per step."""

    milliseconds: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    failures: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, step: str, milliseconds: float | None, failure: str | None) -> None:
        """Count a request (``milliseconds``) or a check (None) of ``step``, and its failure."""
        with self.lock:
            if milliseconds is not None:
                self.milliseconds.setdefault(step, []).append(milliseconds)
            self.errors[step] = self.errors.get(step, 0) + (failure is not None)
            self.failures.update([failure] if failure and step != SWITCH_MAP else [])

    def percentiles(self, step: str) -> tuple[int, float, float, float]:
        """Return the requests and the p50, p95, p99 of ``step`` (NaN when none)."""
        times = self.milliseconds.get(step, [])
        if not times:
            return 0, float("nan"), float("nan"), float("nan")
        p50, p95, p99 = (float(np.percentile(times, q)) for q in (50, 95, 99))
        return len(times), p50, p95, p99


@dataclass
class User:
    """One simulated person: a browser, seeded choices and think times."""

    browser: Browser
    rng: random.Random
    think: tuple[float, float]
    results: Results
    step: str = ""

    def __post_init__(self) -> None:
        self.browser.record = self.recorded

    def recorded(self, answer: Answer) -> None:
        """Count a callback request under the current step."""
        self.results.add(self.step, answer.milliseconds, answer.failure)

    def pause(self) -> None:
        """Think before the next action."""
        time.sleep(self.rng.uniform(*self.think))

    def value(self, component: str, prop: str) -> Any:
        """Return a component's value as this user's page holds it."""
        return self.browser.values.get(f"{component}.{prop}")

    def change(self, values: dict[str, Any], target: str) -> None:
        """Set values, fire what they trigger; a missing ``target`` output is an error."""
        self.pause()
        answers = self.browser.change(values)
        if not any(answer.ok and target in answer.outputs for answer in answers):
            self.results.add(self.step, None, "target output not answered")


def open_explorer(user: User) -> None:
    """Load the page and fire its initial callbacks."""
    for path in PAGE_PATHS:
        status, milliseconds, body = user.browser.get(path)
        user.results.add(
            user.step, milliseconds, None if status == 200 and body else f"GET {status}"
        )
    answers = user.browser.load(ADDRESS)
    if not any(MAP in answer.outputs for answer in answers):
        user.results.add(user.step, None, "target output not answered")


def fetch_colours(user: User, new_indicator: bool = False) -> dict[str, Any]:
    """Fetch the colours of the view the controls show, as the map engine does on a switch;
    return the view the map then shows (``ids.MAP_SHOWN_VIEW``, the answer's year and symbol).

    Counted under the step and under :data:`SWITCH_MAP`; an answer without colours fails.
    """
    value = {cid: user.value(cid, "value") for cid in (ids.SCOPE_RADIO, *VIEW_CONTROLS.values())}
    view: dict[str, Any] = {
        "indicator_id": user.value(ids.INDICATOR_DROPDOWN, "value"),
        "year": user.value(ids.YEAR_SLIDER, "value"),
        "options": {name: value[cid] for name, cid in VIEW_CONTROLS.items()},
    }
    if new_indicator:  # its year and symbol controls have yet to answer: the server chooses
        view["new_indicator"] = True
        view["options"]["symbol"] = None
    path = f"/paint/{value[ids.SCOPE_RADIO]}/pl?view={quote(json.dumps(view))}"
    status, milliseconds, body = user.browser.get(path)
    painted = status == 200 and b'"classes"' in body
    for step in (user.step, SWITCH_MAP):
        user.results.add(step, milliseconds, None if painted else f"paint {status}")
    answer = json.loads(body) if painted else {"year": view["year"], "symbol": None}
    options = {**view["options"], "symbol": answer["symbol"] or view["options"]["symbol"]}
    shown = {
        "scope": value[ids.SCOPE_RADIO],
        **view,
        "year": answer["year"],
        "options": options,
        "refused": not painted,
    }
    shown.pop("new_indicator", None)
    return shown


def switch_indicator_and_year(user: User, rounds: int = 2) -> None:
    """Pick another indicator, then another year of it, ``rounds`` times; each is painted,
    then the map tells the view it shows and what follows it runs (year control, address)."""
    shown_view = f"{ids.MAP_SHOWN_VIEW}.data"
    for _ in range(rounds):
        current = user.value(ids.INDICATOR_DROPDOWN, "value")
        options = user.value(ids.INDICATOR_DROPDOWN, "options")
        indicator = user.rng.choice([o["value"] for o in options if o["value"] != current])
        user.pause()
        user.browser.change({f"{ids.INDICATOR_DROPDOWN}.value": indicator})
        shown = fetch_colours(user, new_indicator=True)
        after = {shown_view: shown, f"{ids.MAP_SHOWN_INDICATOR}.data": indicator}
        user.change(after, f"{ids.YEAR_SLIDER}.value")
        year = user.value(ids.YEAR_SLIDER, "value")
        years = [int(y) for y in user.value(ids.YEAR_SLIDER, "marks") if int(y) != year]
        if years:
            user.pause()
            user.browser.change({f"{ids.YEAR_SLIDER}.value": user.rng.choice(years)})
            user.change({shown_view: fetch_colours(user)}, f"{ids.URL}.search")


def switch_to_poland(user: User) -> None:
    """Draw the Poland scope."""
    user.change({f"{ids.SCOPE_RADIO}.value": POLAND}, MAP)


def open_comparison(user: User) -> None:
    """Open the comparison tab, pick a few gminas, then another chart indicator."""
    user.change({f"{ids.TABS}.value": "tab_compare"}, f"{ids.URL}.search")
    gminas = [
        o["value"]
        for o in user.value(ids.GRAVITY_CENTRES, "options")
        if o["value"].startswith(MALOPOLSKA)
    ]
    picked = user.rng.sample(gminas, user.rng.randint(2, 6))
    user.change({f"{ids.COMPARE_GMINAS_DROPDOWN}.value": picked}, f"{ids.COMPARE_TABLE}.children")
    options = user.value(ids.COMPARE_CHART_INDICATOR, "options")
    indicator = user.rng.choice([o["value"] for o in options])
    user.change(
        {f"{ids.COMPARE_CHART_INDICATOR}.value": indicator}, f"{ids.COMPARE_SERIES_CHART}.figure"
    )


def run_huff(user: User) -> None:
    """Open the areas tab, keep some of the default centres, then change β."""
    target = f"{ids.GRAVITY_STATE}.data"
    user.change({f"{ids.TABS}.value": "tab_areas"}, f"{ids.URL}.search")
    centres = user.value(ids.GRAVITY_CENTRES, "value")
    kept = user.rng.sample(centres, user.rng.randint(3, len(centres)))
    user.change({f"{ids.GRAVITY_CENTRES}.value": kept}, target)
    low, high = user.value(ids.GRAVITY_BETA, "min"), user.value(ids.GRAVITY_BETA, "max")
    user.change({f"{ids.GRAVITY_BETA}.value": round(user.rng.uniform(low, high), 1)}, target)


def export_csv(user: User) -> None:
    """Go back to the map tab and press the CSV export button."""
    user.change({f"{ids.TABS}.value": "tab_map"}, f"{ids.URL}.search")
    button = id_key({"type": ids.EXPORT_BUTTON, "index": "csv"})
    user.change({f"{button}.n_clicks": 1}, f"{ids.EXPORT_DOWNLOAD}.data")


SESSION: tuple[tuple[str, Callable[[User], None]], ...] = (
    (STEPS[0], open_explorer),
    (STEPS[1], switch_indicator_and_year),
    (STEPS[2], switch_to_poland),
    (STEPS[1], switch_indicator_and_year),
    (STEPS[3], open_comparison),
    (STEPS[4], run_huff),
    (STEPS[5], export_csv),
)


def run_session(user: User, start_delay: float) -> None:
    """Wait for the user's arrival, then go through every step of the session."""
    time.sleep(start_delay)
    try:
        for step, action in SESSION:
            user.step = step
            action(user)
    finally:
        user.browser.session.close()
