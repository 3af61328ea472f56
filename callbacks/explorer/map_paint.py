"""What follows the explorer map's repaint.

The map takes its colours straight from its controls: the browser follows them in Dash's
store and fetches the view's colours itself (``assets/geomap_controls.js``,
:data:`callbacks.explorer.map_view.PAINT_CONTROLS`, :mod:`server.paint`), with no Dash
callback between. Once the map has drawn them it tells Dash the view it shows
(``ids.MAP_SHOWN_VIEW``): the address bar follows it, and what depends on the indicator
alone follows from ``ids.MAP_SHOWN_INDICATOR``: the year control, the symbol control,
the indicator's notes.
"""

from __future__ import annotations

import dash
from dash import Input, Output, State

from callbacks import ids

SHOWN_INDICATOR = """
function(shown, current) {
    const indicator = shown && shown.indicator_id;
    return indicator && indicator !== current ? indicator : window.dash_clientside.no_update;
}
"""
"""Browser-side: the shown view's indicator, when it is a new one. What depends on the
indicator alone (its notes, the year control, the gmina's chart) follows the map's repaint
and skips the repaints of a year or palette."""


def register(app: dash.Dash) -> None:
    """Wire the shown indicator to the shown view."""
    app.clientside_callback(
        SHOWN_INDICATOR,
        Output(ids.MAP_SHOWN_INDICATOR, "data"),
        Input(ids.MAP_SHOWN_VIEW, "data"),
        State(ids.MAP_SHOWN_INDICATOR, "data"),
    )
