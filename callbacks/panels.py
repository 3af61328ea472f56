"""The control panel beside a map: a button hides it, the map takes its room, and shows it again.

The button says what it does ("Ukryj panel" / "Pokaż panel", one of its two texts shown by
``assets/style.css`` after its ``aria-expanded``) and names the panel it controls. The
browser flips the two (no server round trip); Dash keeps them, so a panel stays as the user
left it while they visit other tabs.
"""

from __future__ import annotations

from dash import Input, Output, State, html

from callbacks import ids
from server.i18n import text

PANELS = {ids.CONTROLS_TOGGLE: ids.EXPLORER_CONTROLS}
"""Each panel's button and the panel it hides, on every map tab."""

TOGGLE_JS = """function(clicks, expanded) {
    const open = expanded === "false";
    return [String(open), !open];
}"""
"""Browser-side: a press opens a closed panel and closes an open one."""


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
