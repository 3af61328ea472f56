"""A seeded random walk over the explorer's controls, one user action per step.

Each move acts as a user would (radio clicks, dropdown picks, keys on the sliders, typed
breaks, checkboxes, tabs, the browser's back and forward) and returns what it did, or
``None`` when it cannot apply now (then another move is drawn). After a move the walk
waits until Dash has answered every callback the move started and the map has applied
the result and is still: never a fixed sleep.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from urllib3.exceptions import HTTPError

from callbacks import ids
from callbacks.maps import BASEMAP
from callbacks.page import TABS
from layers.analysis.classify import SCHEMES
from layers.render.choropleth import OUTLINES
from server.i18n import text
from tests.browser.pages import choose_option, choose_radio, retype, waiting

POLL_S = 0.05
SCOPE_WEIGHTS = {"smk": 4, "kom2003": 4, "malopolska": 3, "poland": 1}
"""Poland (2,477 gminas) is drawn rarely: it is the slow one."""
LAYER_WEIGHTS = {**dict.fromkeys(OUTLINES, 1), BASEMAP: 2}
SCHEME_WEIGHTS = {**dict.fromkeys(SCHEMES, 2), "manual": 4}
BAD_BREAKS = ("abc", "{high}; {low}", "{low}; {low}", "{low}; abc", "1000; 100; abc")
"""Breaks the app must refuse (not numbers, decreasing, repeated), keeping map and legend."""
KEYS = {"←": Keys.ARROW_LEFT, "→": Keys.ARROW_RIGHT, "Home": Keys.HOME, "End": Keys.END}
PROP_JS = "return dash_component_api.getLayout(arguments[0]).props[arguments[1]];"
BUSY_JS = """
const w = window.__walk || (window.__walk = (() => {
  const seen = {busy: 0, loading: false};
  window.store.subscribe(() => {
    const now = window.store.getState().isLoading;
    if (now && !seen.loading) { seen.busy += 1; }
    seen.loading = now;
  });
  return seen;
})());
return {busy: w.busy, loading: window.store.getState().isLoading,
  idle: Boolean(window.geoportalMap && geoportalMap.idle(arguments[0])),
  shown: Boolean(document.getElementById(arguments[0]))};
"""
"""Counts the page's busy spells (Dash callbacks pending) and says whether the map is still."""


@dataclass
class Walk:
    """The browser, the seeded draw, the steps taken and the history entries they made."""

    browser: Chrome
    rng: random.Random
    seed: int
    done: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    position: int = 0
    bounds: tuple[float, float] = (0.0, 100.0)
    """Lowest and highest bound of the last legend checked (where typed breaks fall)."""

    def start(self) -> None:
        """Begin counting busy spells on the loaded page; its address is the first entry."""
        self.busy()
        self.history, self.position = [self.browser.current_url], 0

    def busy(self) -> dict:
        """Return the busy spells so far, whether Dash is busy now and whether the map is still."""
        return self.browser.execute_script(BUSY_JS, ids.MAP_GRAPH)

    def prop(self, component_id: str, name: str = "value") -> object:
        """Return a property of a component as Dash holds it (shown or not)."""
        return self.browser.execute_script(PROP_JS, component_id, name)

    def trail(self) -> str:
        """Return the seed and the numbered steps so far (enough to replay the walk)."""
        steps = "\n".join(f"  {n}. {step}" for n, step in enumerate(self.done, 1))
        return f"seed {self.seed}, steps:\n{steps}"

    def settle(self, before: int, map_needed: bool = True) -> None:
        """Wait until a busy spell began after ``before``, ended, and the map is drawn and still."""

        def settled(_: Chrome) -> bool:
            now = self.busy()
            still = now["idle"] or (not map_needed and not now["shown"])
            return now["busy"] > before and not now["loading"] and still

        try:
            waiting(self.browser, POLL_S).until(settled)
        except TimeoutException:
            now = self.busy()
            raise AssertionError(
                f"the page never settled after step {len(self.done)} (busy spells "
                f"{before} → {now['busy']}, Dash busy: {now['loading']}, map still: "
                f"{now['idle']}, map shown: {now['shown']})\n{self.trail()}"
            ) from None

    def record(self) -> None:
        """Note a new history entry if the address changed (a push drops the entries ahead)."""
        href = self.browser.current_url
        if href != self.history[self.position]:
            self.history[self.position + 1 :] = [href]
            self.position += 1

    def step(self) -> str:
        """Draw a move that applies now, make it, wait for the page to settle; return it."""
        moves, weights = zip(*MOVES, strict=True)
        while True:
            move = self.rng.choices(moves, weights)[0]
            before = self.busy()["busy"]
            self.done.append(move.__name__)  # what a failure inside the move names
            done = self.attempt(move)
            if done is not None:
                break
            self.done.pop()
        self.done[-1] = done
        if move not in (back, forward, tab_and_back):
            self.settle(before)
            self.record()
        return done

    def attempt(self, move: Callable[[Walk], str | None]) -> str | None:
        """Make a move; a control the browser cannot use fails the step, naming the steps."""
        try:
            return move(self)
        except (WebDriverException, HTTPError) as error:
            raise AssertionError(
                f"step {len(self.done)} ({move.__name__}) failed: "
                f"{getattr(error, 'msg', None) or error}\n{self.trail()}"
            ) from error


def drawn(walk: Walk, weights: dict[str, float], shown: object = None) -> str:
    """Draw a choice by its weight, other than the one ``shown``."""
    others = [choice for choice in weights if choice != shown]
    return walk.rng.choices(others, [weights[choice] for choice in others])[0]


def scope(walk: Walk) -> str:
    """Click another scope (Poland rarely)."""
    target = drawn(walk, SCOPE_WEIGHTS, walk.prop(ids.SCOPE_RADIO))
    choose_radio(walk.browser, ids.SCOPE_RADIO, text(f"scope_{target}", "pl"))
    return f"scope {target}"


def indicator(walk: Walk) -> str:
    """Pick another indicator: type its name in the dropdown's search box, click it."""
    current = walk.prop(ids.INDICATOR_DROPDOWN)
    options = walk.prop(ids.INDICATOR_DROPDOWN, "options")
    option = walk.rng.choice([o for o in options if o["value"] != current])
    choose_option(walk.browser, ids.INDICATOR_DROPDOWN, option["value"], typed=option["label"])
    return f"indicator {option['value']}"


def slider_keys(walk: Walk, slider_id: str) -> str | None:
    """Press a key on a slider's handle that moves it (None if it cannot move)."""
    root = walk.browser.find_element(By.CSS_SELECTOR, f"#{slider_id} .dash-slider-root")
    handle = walk.browser.find_element(By.CSS_SELECTOR, f"#{slider_id} [role=slider]")
    if root.get_attribute("aria-disabled") == "true" or root.get_attribute("data-disabled"):
        return None
    low, now, high = (
        int(float(handle.get_attribute(f"aria-value{end}"))) for end in ("min", "now", "max")
    )
    keys = [*(("←", "Home") if now > low else ()), *(("→", "End") if now < high else ())]
    if not keys:
        return None
    key = walk.rng.choice(keys)
    walk.browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", handle)
    handle.send_keys(KEYS[key])
    return f"{key} on {slider_id} (was {now})"


def year(walk: Walk) -> str | None:
    """Move the year slider with the keyboard."""
    return slider_keys(walk, ids.YEAR_SLIDER)


def classes(walk: Walk) -> str | None:
    """Move the number of classes with the keyboard (not for self-sizing schemes)."""
    return slider_keys(walk, ids.CLASSES_SLIDER)


def scheme(walk: Walk) -> str:
    """Pick another classification scheme (manual breaks often)."""
    target = drawn(walk, SCHEME_WEIGHTS, walk.prop(ids.SCHEME_DROPDOWN))
    choose_option(walk.browser, ids.SCHEME_DROPDOWN, target)
    return f"scheme {target}"


def typed_breaks(walk: Walk) -> str:
    """Return breaks to type: increasing ones within (or past) the legend's range, or bad ones."""
    low, high = walk.bounds
    if walk.rng.random() < 0.35:
        bad = walk.rng.choice(BAD_BREAKS)
        return bad.format(low=round(low), high=round(high) + 1)
    count = walk.rng.randint(1, 4)
    span = high - low or 1.0
    points = sorted(low + span * walk.rng.uniform(-0.1, 1.1) for _ in range(count))
    decimals = walk.rng.randint(0, 2)
    numbers = sorted({round(point, decimals) for point in points})
    if walk.rng.random() < 0.5:  # Polish: semicolons, decimal comma, spaced thousands
        return "; ".join(f"{n:,.{decimals}f}".replace(",", " ").replace(".", ",") for n in numbers)
    return ", ".join(f"{n:.{decimals}f}" for n in numbers)


def breaks(walk: Walk) -> str | None:
    """Type manual breaks and press Enter (only while the manual scheme is chosen)."""
    if walk.prop(ids.SCHEME_DROPDOWN) != "manual":
        return None
    field = walk.browser.find_element(By.ID, ids.BREAKS_INPUT)
    typed = typed_breaks(walk)
    if typed == (walk.prop(ids.BREAKS_INPUT) or ""):
        typed += " "  # the same breaks again would change nothing to wait for
    walk.browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", field)
    retype(field, typed)
    return f"breaks {typed!r}"


def palette(walk: Walk) -> str:
    """Pick another palette."""
    shown = walk.prop(ids.PALETTE_DROPDOWN)
    options = walk.prop(ids.PALETTE_DROPDOWN, "options")
    target = walk.rng.choice([o["value"] for o in options if o["value"] != shown])
    choose_option(walk.browser, ids.PALETTE_DROPDOWN, target, typed=target)
    return f"palette {target}"


def reverse(walk: Walk) -> str:
    """Tick or untick "reverse colours"."""
    choose_radio(walk.browser, ids.REVERSE_CHECK, text("reverse", "pl"))
    return "reverse colours"


def layer(walk: Walk) -> str:
    """Switch a context layer or the OpenStreetMap basemap on or off (no tiles offline)."""
    name = drawn(walk, LAYER_WEIGHTS)
    choose_radio(walk.browser, ids.LAYERS_CHECK, text(f"layer_{name}", "pl"))
    return f"layer {name}"


def click_tab(walk: Walk, key: str) -> None:
    """Click the tab ``key``."""
    label = text(key, "pl")
    xpath = f"//*[@id='{ids.TABS}']//*[normalize-space()='{label}']"
    waiting(walk.browser, POLL_S).until(lambda b: b.find_element(By.XPATH, xpath)).click()


def map_tab(walk: Walk, before: int) -> None:
    """Once the page settles, come back to the map tab if it is elsewhere, and settle again."""
    walk.settle(before, map_needed=False)
    walk.record()
    if walk.prop(ids.TABS) != TABS[0]:
        before = walk.busy()["busy"]
        click_tab(walk, TABS[0])
        walk.settle(before)
        walk.record()


def tab_and_back(walk: Walk) -> str:
    """Show another tab, then the map's again."""
    other = walk.rng.choice(TABS[1:])
    walk.done[-1] = f"tab {other} and back"
    before = walk.busy()["busy"]
    click_tab(walk, other)
    waiting(walk.browser, POLL_S).until(lambda b: not b.find_elements(By.ID, ids.MAP_GRAPH))
    map_tab(walk, before)
    return f"tab {other} and back"


def back(walk: Walk) -> str | None:
    """Press the browser's back button (never past the walk's first page)."""
    if walk.position == 0:
        return None
    before = walk.busy()["busy"]
    walk.position -= 1
    walk.browser.back()
    map_tab(walk, before)
    return "back"


def forward(walk: Walk) -> str | None:
    """Press the browser's forward button after a back."""
    if walk.position >= len(walk.history) - 1:
        return None
    before = walk.busy()["busy"]
    walk.position += 1
    walk.browser.forward()
    map_tab(walk, before)
    return "forward"


MOVES: tuple[tuple[Callable[[Walk], str | None], float], ...] = (
    (scope, 2),
    (indicator, 3),
    (year, 3),
    (scheme, 2),
    (classes, 2),
    (breaks, 8),
    (palette, 2),
    (reverse, 1),
    (layer, 2),
    (tab_and_back, 2),
    (back, 1),
    (forward, 8),
)
"""Each move and its weight in the draw (forward applies only right after a back)."""
