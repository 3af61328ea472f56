"""The control panel beside a map: a button hides it, the map takes its room, and shows it again.

The button says what it does ("Ukryj panel" / "Pokaż panel", one of its two texts shown by
``assets/style.css`` after its ``aria-expanded``) and names the panel it controls. The
browser flips the two (no server round trip); Dash keeps them, so a panel stays as the user
left it while they visit other tabs. MapLibre follows its container's size by itself (a
``ResizeObserver`` of its own), so the map fills the room the panel leaves.
"""

from __future__ import annotations

from collections.abc import Sequence

from dash import Input, Output, State, dcc, html
from dash.development.base_component import Component

from callbacks import ids
from server.i18n import text

PANELS = {
    ids.CONTROLS_TOGGLE: ids.EXPLORER_CONTROLS,
    ids.DELIMIT_CONTROLS_TOGGLE: ids.DELIMIT_CONTROLS,
    ids.GRAVITY_CONTROLS_TOGGLE: ids.GRAVITY_CONTROLS,
    ids.TWOLEVEL_CONTROLS_TOGGLE: ids.TWOLEVEL_CONTROLS,
    ids.SENS_CONTROLS_TOGGLE: ids.SENS_CONTROLS,
    ids.PULL_CONTROLS_TOGGLE: ids.PULL_CONTROLS,
    ids.ZONE_CONTROLS_TOGGLE: ids.ZONE_CONTROLS,
    ids.CLUSTER_CONTROLS_TOGGLE: ids.CLUSTER_CONTROLS,
    ids.OUTLOOK_CONTROLS_TOGGLE: ids.OUTLOOK_CONTROLS,
}
"""Each panel's button and the panel it hides, on every map tab."""
TOGGLE_JS = """function(clicks, expanded) {
    const open = expanded === "false";
    return [String(open), !open];
}"""
"""Browser-side: a press opens a closed panel and closes an open one."""


def present_button(tab: str, lang: str) -> html.Button:
    """Return the button over a map that presents the current view (the page's link).

    On a narrow screen only its icon shows (``assets/style.css``); its label stays its name.
    """
    return html.Button(
        [
            html.Span("⊡ ", className="present-icon", **{"aria-hidden": "true"}),
            html.Span(text("present_view", lang), className="present-label"),
        ],
        id={"type": ids.PRESENT_VIEW, "index": tab},
        title=text("present_view_help", lang),
        className="present-button",
        type="button",
    )


def panel_toggle(toggle_id: str, panel_id: str, lang: str) -> html.Button:
    """Return the button that hides and shows the panel ``panel_id`` (shown at first)."""
    return html.Button(
        [
            html.Span(text("panel_hide", lang), className="panel-hide"),
            html.Span(text("panel_show", lang), className="panel-show"),
        ],
        id=toggle_id,
        type="button",
        n_clicks=0,
        className="panel-toggle",
        **{"aria-expanded": "true", "aria-controls": panel_id},
    )


def beside_map(
    controls: list, column: list, toggle_id: str, lang: str, tools: Sequence[Component] = ()
) -> html.Div:
    """Return ``controls`` in a panel beside ``column`` (a map first, then what reads it).

    Over the column, a bar holds the panel's button (:data:`PANELS` names the panel after
    the button) and ``tools`` (a search box).
    """
    panel_id = PANELS[toggle_id]
    toolbar = html.Div([panel_toggle(toggle_id, panel_id, lang), *tools], className="map-toolbar")
    return html.Div(
        [
            html.Aside(controls, id=panel_id, className="controls"),
            html.Section([toolbar, *column], className="map-column"),
        ],
        className="explorer",
    )


def section_beside_map(section: html.Div, toggle_id: str, lang: str) -> html.Div:
    """Return ``section`` with its controls in a panel beside its first map.

    What comes before the first map frame (``map-frame`` class) goes into the panel but the
    headings, which stay above both, and the empty boxes just before the map (its notice,
    its stores, filled by callbacks), which stay with it; the map and what follows it make
    the column.
    """
    children = section.children
    first = next(i for i, child in enumerate(children) if "map-frame" in _classes(child))
    start = first
    while start and _placeholder(children[start - 1]):
        start -= 1
    before = children[:start]
    headings = [child for child in before if isinstance(child, html.H3)]
    controls = [child for child in before if not isinstance(child, html.H3)]
    section.children = [*headings, beside_map(controls, children[start:], toggle_id, lang)]
    return section


def _placeholder(component: object) -> bool:
    """Return whether ``component`` is a store or an empty box a callback fills."""
    empty_box = type(component) is html.Div and getattr(component, "children", None) is None
    return empty_box or isinstance(component, dcc.Store)


def _classes(component: object) -> list[str]:
    """Return the CSS classes of a component (none for anything else)."""
    return (getattr(component, "className", None) or "").split()


def register(app: object) -> None:
    """Wire each button of :data:`PANELS` to hide and show its panel (in the browser)."""
    for toggle_id, panel_id in PANELS.items():
        app.clientside_callback(
            TOGGLE_JS,
            Output(toggle_id, "aria-expanded"),
            Output(panel_id, "hidden"),
            Input(toggle_id, "n_clicks"),
            State(toggle_id, "aria-expanded"),
            prevent_initial_call=True,
        )
