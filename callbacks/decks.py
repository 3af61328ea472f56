"""Presentations (e-panel decks) of saved views: save, list, delete; started in presentation mode.

Part of the views tab (:mod:`callbacks.views` lays out :func:`layout` and wires
:func:`register`). Officials save presentations, marking them internal if they like;
visitors see public presentations with their public slides only.
"""

from __future__ import annotations

from dataclasses import replace

import dash
from dash import ALL, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.account import internal_check
from callbacks.alerts import alert
from layers.errors import GeoportalError, SavedViewError
from layers.store.saved_views import (
    MAX_NAME,
    Presentation,
    delete_presentation,
    presentations,
    save_presentation,
    saved_views,
)
from server.access import marked_internal, signed_in
from server.database import current_database
from server.i18n import counted, dropdown_labels, text
from server.roles import may_change, may_write, require_author, require_role
from server.text_keys import N_


def layout(lang: str) -> html.Div:
    """Return the form that saves a presentation, and the list of presentations."""
    return html.Div(
        [
            html.H2(text("deck_title", lang)),
            html.P(text("deck_help", lang)),
            html.Label(text("deck_name", lang)),
            dcc.Input(id=ids.DECK_NAME, type="text", maxLength=MAX_NAME),
            html.Label(text("deck_views", lang)),
            dcc.Dropdown(id=ids.DECK_VIEWS, multi=True, labels=dropdown_labels(lang)),
            internal_check(ids.DECK_INTERNAL, lang, N_("deck_internal")),
            html.Button(text("deck_save", lang), id=ids.DECK_SAVE, disabled=not may_write()),
            html.Div(id=ids.DECK_STATUS, role="status"),
            html.Div(id=ids.DECK_LIST),
        ],
        className="views-form",
    )


def shown_views(chosen: list | None) -> tuple[int, ...]:
    """Return the chosen view ids, each one the asker may see.

    Raises
    ------
    SavedViewError
        For an id of no view or of an internal one a visitor asks for: the same answer.
    """
    visible = {view.id for view in saved_views(current_database(), internal=signed_in())}
    for identifier in chosen or ():
        if identifier not in visible:
            raise SavedViewError(f"no saved view {identifier!r}")
    return tuple(chosen or ())


def save_deck(  # noqa: PLR0913 (one keyword per control)
    *,
    clicks: int | None,
    name: str | None,
    views: list | None,
    internal: list[str] | None,
    revision: int,
    lang: str,
) -> tuple:
    """User saves a presentation: the chosen views, in the order chosen, one per slide."""
    try:
        author = require_role()
        deck = Presentation(name or "", shown_views(views), author=author)
        deck = replace(deck, internal=marked_internal(internal))
        save_presentation(current_database(), deck)
    except GeoportalError as error:
        return alert(error, lang), dash.no_update
    return text("deck_saved", lang).format(name=(name or "").strip()), revision + 1


def deck_rows(revision: int, lang: str) -> list:
    """Return the list of presentations, each with its start and delete buttons."""
    decks = presentations(current_database(), internal=signed_in())
    if not decks:
        return [html.P(text("deck_none", lang))]
    return [
        html.Ul(
            [
                html.Li(
                    [
                        html.Span(
                            text("deck_entry", lang).format(
                                name=deck.name,
                                slides=counted(len(deck.view_ids), "noun_slide", lang),
                            )
                        ),
                        html.Button(
                            text("deck_start", lang),
                            id={"type": ids.ROW_DECK_START, "index": deck.id},
                            className="deck-start",
                        ),
                        *deck_delete(deck, lang),
                    ]
                )
                for deck in decks
            ],
            className="deck-list",
        )
    ]


def deck_delete(deck: Presentation, lang: str) -> list:
    """Return a presentation's delete button (after a question), for its author or an admin."""
    if not may_change(deck.author):
        return []
    return [
        dcc.ConfirmDialogProvider(
            html.Button(text("views_delete", lang)),
            id={"type": ids.ROW_DECK_DELETE, "index": deck.id},
            message=text("deck_delete_confirm", lang).format(name=deck.name),
        )
    ]


def remove_deck(deletes: list, revision: int) -> int:
    """User deletes a presentation (its views stay)."""
    if not ctx.triggered_id or not ctx.triggered[0]["value"]:
        raise PreventUpdate
    identifier = ctx.triggered_id["index"]
    shown = {deck.id: deck for deck in presentations(current_database(), internal=signed_in())}
    if identifier not in shown:
        raise PreventUpdate
    who = require_author(shown[identifier].author)
    delete_presentation(current_database(), identifier, actor=who)
    return revision + 1


def register(app: dash.Dash) -> None:
    """Wire saving, listing and deleting presentations."""
    lang = State(ids.LANG_STORE, "data")
    revision = State(ids.VIEW_REVISION, "data")
    app.callback(
        output=[
            Output(ids.DECK_STATUS, "children"),
            Output(ids.VIEW_REVISION, "data", allow_duplicate=True),
        ],
        inputs={"clicks": Input(ids.DECK_SAVE, "n_clicks")},
        state={
            "name": State(ids.DECK_NAME, "value"),
            "views": State(ids.DECK_VIEWS, "value"),
            "internal": State(ids.DECK_INTERNAL, "value"),
            "revision": revision,
            "lang": lang,
        },
        prevent_initial_call=True,
    )(save_deck)
    app.callback(Output(ids.DECK_LIST, "children"), Input(ids.VIEW_REVISION, "data"), lang)(
        deck_rows
    )
    app.callback(
        Output(ids.VIEW_REVISION, "data", allow_duplicate=True),
        Input({"type": ids.ROW_DECK_DELETE, "index": ALL}, "submit_n_clicks"),
        revision,
        prevent_initial_call=True,
    )(remove_deck)
