"""The explorer's choice of symbol: a choropleth, or proportional circles for a count.

A count (an indicator whose catalog aggregation is a sum) is drawn as proportional
circles first, a rate as a choropleth (:func:`layers.render.proportional_circles.default_symbol`);
the user may switch a count to a choropleth and back. The choice is a view option like
the class settings: it goes into the map's address (:mod:`server.paint`), the link and
the saved views (:mod:`callbacks.permalink`).
"""

from __future__ import annotations

import dash
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from layers.render.proportional_circles import CHOROPLETH, CIRCLES, SYMBOLS, default_symbol
from server.data import current_dataset
from server.i18n import text
from server.text_keys import N_

SYMBOL_KEYS = {CHOROPLETH: N_("symbol_choropleth"), CIRCLES: N_("symbol_circles")}
"""The text of each symbol choice."""


def control(lang: str, value: str = CIRCLES) -> html.Div:
    """Return the small radio of the symbol, placed by the classification controls."""
    return html.Div(
        [
            html.Label(text("symbol", lang)),
            dcc.RadioItems(
                id=ids.SYMBOL_RADIO,
                value=value,
                options=symbol_options(True, lang),
                inline=True,
            ),
        ],
        className="control symbol-control",
        id=ids.SYMBOL_BOX,
    )


def symbol_options(counts: bool, lang: str) -> list[dict]:
    """Return the choices; circles are offered for a count only (``counts``)."""
    return [
        {
            "label": text(SYMBOL_KEYS[symbol], lang),
            "value": symbol,
            "disabled": symbol == CIRCLES and not counts,
            "title": "" if counts or symbol == CHOROPLETH else text("symbol_circles_rate", lang),
        }
        for symbol in SYMBOLS
    ]


def update_symbol_choice(
    shown_indicator: str | None, shown: dict | None, current: str | None, lang: str
) -> tuple:
    """Show the symbol the map draws a new indicator with, and offer what it may be.

    The server draws a new indicator's own symbol (circles for a count, a choropleth for a
    rate) unless a link named one along (:mod:`server.paint`); the radio follows the map
    and offers circles for a count only. Its value is set only when it changes
    (``current``: its value now), so the map is not asked for its colours again for nothing.
    """
    indicator = current_dataset().catalog.get(shown_indicator or "")
    if indicator is None or not isinstance(shown, dict):
        raise PreventUpdate
    options = shown.get("options") if isinstance(shown.get("options"), dict) else {}
    drawn = options.get("symbol")
    counts = default_symbol(indicator) == CIRCLES
    value = drawn if drawn in SYMBOLS and drawn != current else dash.no_update
    return value, symbol_options(counts, lang)


def register(app: dash.Dash) -> None:
    """Wire the symbol choice to the indicator the map shows."""
    app.callback(
        Output(ids.SYMBOL_RADIO, "value"),
        Output(ids.SYMBOL_RADIO, "options"),
        Input(ids.MAP_SHOWN_INDICATOR, "data"),
        State(ids.MAP_SHOWN_VIEW, "data"),
        State(ids.SYMBOL_RADIO, "value"),
        State(ids.LANG_STORE, "data"),
    )(update_symbol_choice)
