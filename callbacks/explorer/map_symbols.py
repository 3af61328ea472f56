"""The explorer's choice of symbol: a choropleth, or proportional circles for a count.

A count (an indicator whose catalog aggregation is a sum) is drawn as proportional
circles first, a rate as a choropleth (:func:`layers.render.proportional_circles.default_symbol`);
the user may switch a count to a choropleth and back. The choice is a view option like
the class settings: it goes into the map's address (:mod:`server.paint`), the link and
the saved views (:mod:`callbacks.permalink`).
"""

from __future__ import annotations

from urllib.parse import parse_qs

import dash
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from layers.analysis.catalog import indicator_of
from layers.analysis.view_state import KEYS
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


def linked_symbol(search: str | None, indicator_id: str) -> str | None:
    """Return the symbol the address names for ``indicator_id`` (a link opened), if any."""
    query = parse_qs((search or "").removeprefix("?"))
    named = query.get(KEYS["indicator"], [None])[-1] == indicator_id
    symbol = query.get(KEYS["symbol"], [None])[-1]
    return symbol if named and symbol in SYMBOLS else None


def update_symbol_choice(
    indicator_id: str | None, search: str | None, shown: str | None, lang: str
) -> tuple:
    """User picks an indicator: circles for a count, a choropleth for a rate (or the link's).

    The radio's value is set only when it changes (``shown``: its value now), so the map is
    not asked for its colours again for nothing.
    """
    if indicator_id is None:
        raise PreventUpdate
    indicator = indicator_of(current_dataset().catalog, indicator_id)
    counts = default_symbol(indicator) == CIRCLES
    chosen = (linked_symbol(search, indicator_id) if counts else None) or default_symbol(indicator)
    return chosen if chosen != shown else dash.no_update, symbol_options(counts, lang)


def register(app: dash.Dash) -> None:
    """Wire the symbol choice to the indicator."""
    app.callback(
        Output(ids.SYMBOL_RADIO, "value"),
        Output(ids.SYMBOL_RADIO, "options"),
        Input(ids.INDICATOR_DROPDOWN, "value"),
        State(ids.URL, "search"),
        State(ids.SYMBOL_RADIO, "value"),
        State(ids.LANG_STORE, "data"),
    )(update_symbol_choice)
