"""The explorer's colours straight from its controls, and what follows the map's repaint.

On a change of a control the browser fetches the view's colours itself
(``geomap.paintFromControls``, :mod:`server.paint`); once the map has drawn them it tells
Dash the view it shows (``ids.MAP_SHOWN_VIEW``), and what depends on the indicator alone
follows from there (``ids.MAP_SHOWN_INDICATOR``).
"""

from __future__ import annotations

import dash
from dash import ClientsideFunction, Input, Output, State

from callbacks import ids
from callbacks.explorer.map_view import CLASS_CONTROLS

SHOWN_INDICATOR = """
function(shown, current) {
    const indicator = shown && shown.indicator_id;
    return indicator && indicator !== current ? indicator : window.dash_clientside.no_update;
}
"""
"""Browser-side: the shown view's indicator, when it is a new one. What depends on the
indicator alone (its notes, the year control, the gmina's chart) follows the map's repaint
and skips the repaints of a year or palette."""


def paint_from_controls(app: dash.Dash) -> None:
    """Hand the map the address of its colours on every change of a control, in the browser.

    ``geomap.paintFromControls`` fetches ``/paint/<scope>/<lang>?view=…``
    (:mod:`server.paint`) with the controls' values named as ``map_view.view_controls`` names
    them, and recolours the map by feature state: a switch waits for one small GET, not for
    a Dash round trip. The year and base year are inputs of a callback of their own: were
    they inputs of the first, a new indicator's colours would wait for the year control's
    answer (Dash holds a callback while one of its inputs is still to be set); the server
    keeps the year or takes the indicator's latest, as that answer will.
    """
    years = (Input(ids.YEAR_SLIDER, "value"), Input(ids.BASE_YEAR_DROPDOWN, "value"))
    style = [Input(control, "value") for control in CLASS_CONTROLS[1:]]  # all but base year
    where = (State(ids.LANG_STORE, "data"), State(ids.MAP_GRAPH, "id"))
    app.clientside_callback(
        ClientsideFunction("geomap", "paintFromControls"),
        Input(ids.SCOPE_RADIO, "value"),
        Input(ids.INDICATOR_DROPDOWN, "value"),
        *style,
        *(State(year.component_id, "value") for year in years),
        *where,
    )
    app.clientside_callback(  # the years apart: a new indicator need not wait for its years
        ClientsideFunction("geomap", "paintFromYears"),
        *years,
        State(ids.SCOPE_RADIO, "value"),
        State(ids.INDICATOR_DROPDOWN, "value"),
        *(State(control.component_id, "value") for control in style),
        *where,
    )


def register(app: dash.Dash) -> None:
    """Wire the paint requests to the controls and the shown indicator to the shown view."""
    paint_from_controls(app)
    app.clientside_callback(
        SHOWN_INDICATOR,
        Output(ids.MAP_SHOWN_INDICATOR, "data"),
        Input(ids.MAP_SHOWN_VIEW, "data"),
        State(ids.MAP_SHOWN_INDICATOR, "data"),
    )
