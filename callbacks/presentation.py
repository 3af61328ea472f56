"""Presentation mode: a saved presentation full screen, one view per slide, for a room.

The keys (→, ←, Home, End, Esc) and a swipe press the slide's own buttons
(``assets/presentation.js``), so the mouse, the keyboard and a finger take the same path;
a tap on a gmina writes its value under the legend. A map's "present this view" button
(``panels.present_button``) shows the page's link as a one-slide presentation (unsaved).
"""

from __future__ import annotations

import dash
from dash import ALL, ClientsideFunction, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from callbacks.explorer.area_layers import area_members, area_overlay
from callbacks.json_answers import plain_answer
from callbacks.maps import centred, extra, map_frame, painted_map, register_map
from callbacks.permalink import resolved, view_choices
from layers.analysis.view_state import ViewState, decoded
from layers.errors import GeoportalError, SavedViewError
from layers.store.saved_views import SavedView, moved_slide, presentation_slides
from server.access import signed_in
from server.data import current_dataset
from server.database import current_database
from server.i18n import ATTRIBUTION, text
from server.paint import VIEW_OPTIONS, view_request

HIDDEN = {"display": "none"}
MOVES = {
    ids.SHOW_FIRST: "first",
    ids.SHOW_PREVIOUS: "previous",
    ids.SHOW_NEXT: "next",
    ids.SHOW_LAST: "last",
}


def _button(label: str, button_id: str, title: str) -> html.Button:
    return html.Button(label, id=button_id, title=title, className="show-button")


def layout(lang: str) -> html.Div:
    """Return the (hidden) full-screen slide: title, map, and beside it legend, notes, source.

    Beside the map too: the tapped gmina's value and a notice (an outdated slide).
    """
    navigation = html.Nav(
        [
            _button("«", ids.SHOW_FIRST, text("show_first", lang)),
            _button("◀", ids.SHOW_PREVIOUS, text("show_previous", lang)),
            html.Span(id=ids.SHOW_COUNTER, className="show-counter"),
            _button("▶", ids.SHOW_NEXT, text("show_next", lang)),
            _button("»", ids.SHOW_LAST, text("show_last", lang)),
            _button("✕", ids.SHOW_EXIT, text("show_exit", lang)),
        ],
        className="show-nav",
    )
    return html.Div(
        [
            dcc.Store(id=ids.SHOW_STORE),
            html.Header([html.H1(id=ids.SHOW_TITLE), navigation], className="show-header"),
            html.Div(
                map_frame(ids.SHOW_MAP, ids.SHOW_STATE, "show-map", {"click": ids.SHOW_CLICK}),
                className="show-frame",
            ),
            html.Aside(
                [
                    html.Div(id=ids.SHOW_LEGEND, className="legend show-legend"),
                    html.P(id=ids.SHOW_CAPTION, className="show-caption", role="status"),
                    html.Div(id=ids.SHOW_NOTICE, className="notice"),
                    html.P(id=ids.SHOW_NOTES, className="show-notes"),
                    html.Footer(ATTRIBUTION, className="attribution show-attribution"),
                ],
                className="show-side",
            ),
        ],
        id=ids.SHOW,
        className="show",
        style=HIDDEN,
        role="dialog",
        **{"aria-label": text("show_label", lang)},
    )


def update_position(
    *, starts: list, presents: list, moves: dict, show: dict | None, search: str | None
) -> dict | None:
    """User starts a presentation, presents a map's view, moves between slides or leaves.

    Which button was pressed is the trigger (a deck's start among ``starts``, a map's
    "present this view" among ``presents``, or one of ``moves``: previous, next, leave);
    ``show`` is the deck (or the one view) and slide shown, ``search`` the page's link.
    """
    del starts, presents, moves  # the trigger names the button
    trigger = ctx.triggered_id
    if trigger is None or not ctx.triggered[0]["value"]:
        raise PreventUpdate
    if trigger == ids.SHOW_EXIT:
        return None
    if isinstance(trigger, dict) and trigger["type"] == ids.PRESENT_VIEW:
        return {"view": search or "", "slide": 0}
    if isinstance(trigger, dict):
        return {"deck": trigger["index"], "slide": 0}
    if not show:
        raise PreventUpdate
    count = len(shown_slides(show))
    return {**show, "slide": moved_slide(show["slide"], MOVES[trigger], count)}


def shown_slides(show: dict) -> list[SavedView]:
    """Return the slides of the shown presentation the asker may see.

    A view presented from its map (``show["view"]``, a link's query) is the only slide,
    untitled (its legend's title names it).

    Raises
    ------
    PreventUpdate
        For a presentation that does not exist or is internal to a visitor (alike).
    """
    if isinstance(show.get("view"), str):
        return [SavedView("", show["view"])]
    try:
        return presentation_slides(current_database(), show["deck"], internal=signed_in())
    except SavedViewError as error:
        raise PreventUpdate from error


def slide_state(view: SavedView) -> tuple[ViewState, list[str]]:
    """Return the state a slide shows (defaults where its link is outdated) and what was wrong."""
    choices = view_choices()
    state, wrong = decoded(view.query, choices)
    return resolved(state or choices.defaults), wrong


def slide_map(state: ViewState, lang: str) -> tuple:
    """Return the slide's map patch (colours; geometry once per scope) and legend, at its extent."""
    options = {name: getattr(state, name) for name in VIEW_OPTIONS}
    request = view_request(state.scope, state.indicator, state.year, options)
    patch, legend, _ = painted_map(request, lang, state.layers)
    view = state.view
    centred(patch, {"lat": view.lat, "lon": view.lon} if view else None, view and view.zoom)
    members = area_members(state.area) if state.area else ()
    members = [code for code in members if code in current_dataset().codes]
    return extra(patch, "area", area_overlay(members)), legend


def show_slide(show: dict | None, lang: str) -> tuple:
    """Slide changes: show its title, counter, map, legend and speaker's notes."""
    skip = dash.no_update
    if not show:
        return HIDDEN, skip, skip, skip, skip, skip, skip
    slides = shown_slides(show)
    if not slides:
        return {}, text("show_empty", lang), "", skip, [], "", ""
    view = slides[min(show["slide"], len(slides) - 1)]
    state, wrong = slide_state(view)
    counter = f"{show['slide'] + 1} / {len(slides)}"
    notice = text("show_outdated", lang) if wrong else ""
    try:
        patch, legend = slide_map(state, lang)
    except GeoportalError as error:
        return {}, view.name, counter, skip, [], view.description, alert(error, lang)
    title = view.name or legend[0].children
    return {}, title, counter, patch, legend, view.description, notice


FULL_SCREEN = """
function(show) {
    const wanted = Boolean(show);
    if (wanted && !document.fullscreenElement && document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen().catch(() => {});
    }
    if (!wanted && document.fullscreenElement) {
        document.exitFullscreen().catch(() => {});
    }
    document.body.classList.toggle("presenting", wanted);
    return window.dash_clientside.no_update;
}
"""
"""Browser-side: presentation mode asks for the full screen and gives it back on leaving."""


def register(app: dash.Dash) -> None:
    """Wire starting, moving through and leaving a presentation."""
    app.callback(
        output=Output(ids.SHOW_STORE, "data"),
        inputs={
            "starts": Input({"type": ids.ROW_DECK_START, "index": ALL}, "n_clicks"),
            "presents": Input({"type": ids.PRESENT_VIEW, "index": ALL}, "n_clicks"),
            "moves": {button: Input(button, "n_clicks") for button in (*MOVES, ids.SHOW_EXIT)},
        },
        state={"show": State(ids.SHOW_STORE, "data"), "search": State(ids.URL, "search")},
        prevent_initial_call=True,
    )(update_position)
    register_map(app, ids.SHOW_MAP, ids.SHOW_STATE)
    app.callback(
        Output(ids.SHOW, "style"),
        Output(ids.SHOW_TITLE, "children"),
        Output(ids.SHOW_COUNTER, "children"),
        Output(ids.SHOW_STATE, "data"),
        Output(ids.SHOW_LEGEND, "children"),
        Output(ids.SHOW_NOTES, "children"),
        Output(ids.SHOW_NOTICE, "children"),
        Input(ids.SHOW_STORE, "data"),
        State(ids.LANG_STORE, "data"),
        prevent_initial_call=True,
    )(plain_answer(show_slide))
    app.clientside_callback(
        ClientsideFunction("presentation", "caption"),
        Output(ids.SHOW_CAPTION, "children"),
        Input(ids.SHOW_CLICK, "data"),
        Input(ids.SHOW_STORE, "data"),
        State(ids.SHOW_MAP, "id"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        FULL_SCREEN,
        Output(ids.SHOW, "className"),
        Input(ids.SHOW_STORE, "data"),
        prevent_initial_call=True,
    )
