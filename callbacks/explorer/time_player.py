"""The explorer's year player: play/pause steps the year control at a pace; the series break.

Each step sets the year control in the browser (``assets/time_player.js``, driven by a
``dcc.Interval``), so the map recolours by its own fast path
(:func:`callbacks.explorer.map_paint.paint_from_controls`); a step that passes an
indicator's series break shows and announces the break beside the year.
"""

from __future__ import annotations

import dash
from dash import ClientsideFunction, Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from layers.analysis.catalog import indicator_of
from layers.render.numbers import formatted
from server.data import current_dataset
from server.i18n import dropdown_labels, text

PACES_MS = (500, 1000, 2000)
"""The paces offered, in milliseconds per year (with reduced motion at least 1 s)."""
DEFAULT_PACE_MS = 1000


def pace_options(lang: str) -> list[dict]:
    """Return the pace choices ("0,5 s na rok" …), valued in milliseconds."""
    template = text("player_pace_option", lang)
    return [
        {"label": template.format(seconds=formatted(ms / 1000, 1 if ms % 1000 else 0, lang)),
         "value": ms}
        for ms in PACES_MS
    ]  # fmt: skip


def control(lang: str) -> html.Div:
    """Return the player: the play toggle, its pace and loop, its timer and the break marker."""
    return html.Div(
        [
            html.Div(
                [
                    html.Button(
                        text("player_play", lang),
                        id=ids.PLAY_BUTTON,
                        type="button",
                        className="player-button",
                        title=text("player_play_help", lang),
                        **{"aria-pressed": "false"},
                    ),
                    html.Label(text("player_pace", lang), htmlFor=ids.PLAY_PACE),
                    dcc.Dropdown(
                        id=ids.PLAY_PACE,
                        options=pace_options(lang),
                        value=DEFAULT_PACE_MS,
                        clearable=False,
                        searchable=False,
                        labels=dropdown_labels(lang),
                        className="player-pace",
                    ),
                    dcc.Checklist(
                        id=ids.PLAY_LOOP,
                        options=[{"label": text("player_loop", lang), "value": "loop"}],
                        value=[],
                    ),
                ],
                className="player-row",
            ),
            html.P(text("player_reduced_motion", lang), className="reduced-motion-note"),
            html.P(
                id=ids.BREAK_MARKER,
                className="break-marker",
                role="status",
                **{"aria-live": "polite", "aria-atomic": "true"},
            ),
            dcc.Interval(id=ids.PLAY_INTERVAL, interval=DEFAULT_PACE_MS, disabled=True),
            dcc.Store(id=ids.BREAK_STORE),
            dcc.Store(id=ids.PLAY_LAST),
        ],
        className="control time-player",
    )


def update_break(indicator_id: str | None, lang: str) -> dict:
    """User picks an indicator: its series break's first year and the marker's text (or none).

    The browser shows the text when a step of the year passes the break
    (``timePlayer.marker``).
    """
    if indicator_id is None:
        raise PreventUpdate
    indicator = indicator_of(current_dataset().catalog, indicator_id)
    after = indicator.series_break
    if after is None:
        return {"year": None, "indicator": indicator_id, "text": ""}
    marker = text("player_series_break", lang).format(before=after - 1, after=after)
    return {"year": after, "indicator": indicator_id, "text": marker}


def register(app: dash.Dash) -> None:
    """Wire the player (in the browser) and the break's text (on the server)."""
    app.clientside_callback(
        ClientsideFunction("timePlayer", "step"),
        Output(ids.YEAR_SLIDER, "value", allow_duplicate=True),
        Output(ids.PLAY_INTERVAL, "disabled"),
        Output(ids.PLAY_INTERVAL, "interval"),
        Output(ids.PLAY_BUTTON, "aria-pressed"),
        Input(ids.PLAY_BUTTON, "n_clicks"),
        Input(ids.PLAY_INTERVAL, "n_intervals"),
        Input(ids.PLAY_PACE, "value"),
        State(ids.YEAR_SLIDER, "value"),
        State(ids.YEAR_SLIDER, "marks"),
        State(ids.PLAY_LOOP, "value"),
        State(ids.PLAY_BUTTON, "aria-pressed"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("timePlayer", "marker"),
        Output(ids.BREAK_MARKER, "children"),
        Output(ids.PLAY_LAST, "data"),
        Input(ids.MAP_SHOWN_VIEW, "data"),
        Input(ids.BREAK_STORE, "data"),
        State(ids.PLAY_LAST, "data"),
        State(ids.BREAK_MARKER, "children"),
    )
    app.callback(
        Output(ids.BREAK_STORE, "data"),
        Input(ids.MAP_SHOWN_INDICATOR, "data"),
        State(ids.LANG_STORE, "data"),
        prevent_initial_call=True,
    )(update_break)
