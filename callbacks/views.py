"""Saved views and presentations: save the current view, list, open, rename, delete; decks."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs

import dash
from dash import ALL, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.account import internal_check
from callbacks.alerts import alert
from callbacks.permalink import view_choices
from layers.analysis.view_state import decoded, encoded
from layers.errors import GeoportalError, SavedViewError
from layers.render.dates import warsaw_time
from layers.store.access import visible_items
from layers.store.saved_views import (
    MAX_AUTHOR,
    MAX_DESCRIPTION,
    MAX_NAME,
    Presentation,
    SavedView,
    delete_presentation,
    delete_view,
    presentations,
    rename_view,
    save_presentation,
    save_view,
    saved_view,
    saved_views,
)
from server.access import marked_internal, signed_in
from server.database import current_database
from server.i18n import dropdown_labels, text

VIEWS_TAB = "tab_views"


def layout(lang: str) -> html.Div:
    """Return the form that saves the current view, the list of views and the presentations."""
    save_form = html.Div(
        [
            html.H2(text("views_save_title", lang)),
            html.P(text("views_save_help", lang)),
            html.Label(text("views_name", lang)),
            dcc.Input(id=ids.VIEW_NAME, type="text", maxLength=MAX_NAME),
            html.Label(text("views_description", lang)),
            dcc.Textarea(id=ids.VIEW_DESCRIPTION, maxLength=MAX_DESCRIPTION),
            html.Label(text("views_author", lang)),
            dcc.Input(id=ids.VIEW_AUTHOR, type="text", maxLength=MAX_AUTHOR),
            internal_check(ids.VIEW_INTERNAL, lang),
            html.Button(text("views_save", lang), id=ids.VIEW_SAVE),
            html.Div(id=ids.VIEW_STATUS, role="status"),
        ],
        className="views-form",
    )
    deck_form = html.Div(
        [
            html.H2(text("deck_title", lang)),
            html.P(text("deck_help", lang)),
            html.Label(text("deck_name", lang)),
            dcc.Input(id=ids.DECK_NAME, type="text", maxLength=MAX_NAME),
            html.Label(text("deck_views", lang)),
            dcc.Dropdown(id=ids.DECK_VIEWS, multi=True, labels=dropdown_labels(lang)),
            html.Button(text("deck_save", lang), id=ids.DECK_SAVE),
            html.Div(id=ids.DECK_STATUS, role="status"),
            html.Div(id=ids.DECK_LIST),
        ],
        className="views-form",
    )
    return html.Div(
        [
            dcc.Store(id=ids.VIEW_REVISION, data=0),
            dcc.Store(id=ids.LAST_TAB_STORE, data="tab_map"),
            html.Div([save_form, deck_form], className="views-forms"),
            html.H2(text("views_list_title", lang)),
            html.Div(id=ids.VIEW_LIST),
        ],
        className="views",
    )


def remember_tab(tab: str) -> str:
    """User switches tabs: remember the last one that shows data (what a saved view opens)."""
    if tab == VIEWS_TAB:
        raise PreventUpdate
    return tab


def view_query(search: str | None, tab: str) -> str:
    """Return the link of the current view, opening on ``tab`` (not on this list's tab)."""
    state, _ = decoded(search, view_choices())
    return encoded(replace(state or view_choices().defaults, tab=tab))


def save_current_view(clicks: int | None, *form_and_state: object) -> tuple:
    """User saves the current view: store it with its name, description and author."""
    name, description, author, internal, search, tab, revision, lang = form_and_state
    view = SavedView(
        name=name or "",
        query=view_query(search, tab),
        description=description or "",
        author=author or "",
        internal=marked_internal(internal),
    )
    try:
        save_view(current_database(), view)
    except GeoportalError as error:
        return alert(error, lang), dash.no_update
    return text("views_saved", lang).format(name=view.name.strip()), revision + 1


def visible_view(identifier: int) -> SavedView:
    """Return a saved view the person asking may see.

    Raises
    ------
    SavedViewError
        When there is no such view, or it is internal and no one is signed in.
    """
    view = saved_view(current_database(), identifier)
    if not visible_items([view], signed_in()):
        raise SavedViewError(f"no saved view {identifier}")
    return view


def view_rows(lang: str) -> list:
    """Return the table of saved views with open, rename and delete controls per row."""
    views = saved_views(current_database(), internal=signed_in())
    if not views:
        return [html.P(text("views_none", lang))]
    head = [
        text(key, lang)
        for key in (
            "views_name",
            "views_description",
            "views_author",
            "views_created",
            "views_actions",
        )
    ]
    rows = [
        html.Tr(
            [
                html.Td(view.name),
                html.Td(view.description),
                html.Td(view.author),
                html.Td(warsaw_time(view.created)),
                html.Td(view_actions(view, lang)),
            ]
        )
        for view in views
    ]
    return [html.Table([html.Thead(html.Tr([html.Th(h) for h in head])), html.Tbody(rows)])]


def view_actions(view: SavedView, lang: str) -> list:
    """Return a view's buttons: open, rename (with its new name), delete (after a question)."""
    key = {"index": view.id}
    return [
        html.Button(text("views_open", lang), id={"type": ids.ROW_VIEW_OPEN, **key}),
        dcc.Input(
            id={"type": ids.ROW_VIEW_RENAME_INPUT, **key},
            type="text",
            value=view.name,
            maxLength=MAX_NAME,
            className="rename-input",
        ),
        html.Button(text("views_rename", lang), id={"type": ids.ROW_VIEW_RENAME, **key}),
        dcc.ConfirmDialogProvider(
            html.Button(text("views_delete", lang)),
            id={"type": ids.ROW_VIEW_DELETE, **key},
            message=text("views_delete_confirm", lang).format(name=view.name),
        ),
    ]


def update_view_list(revision: int, lang: str) -> tuple[list, list[dict]]:
    """User saves or changes views: redraw their table and the choice of a presentation's slides."""
    views = saved_views(current_database(), internal=signed_in())
    return view_rows(lang), [{"label": view.name, "value": view.id} for view in views]


def open_view(clicks: list, lang: str) -> str:
    """User opens a saved view: its link becomes the address, which sets every control."""
    if not ctx.triggered_id or not ctx.triggered[0]["value"]:
        raise PreventUpdate
    try:
        query = visible_view(ctx.triggered_id["index"]).query
    except SavedViewError as error:
        raise PreventUpdate from error
    params = parse_qs(query.removeprefix("?"))
    return query if "lang" in params else f"{query}&lang={lang}"


def change_view(renames: list, deletes: list, *names_and_state: object) -> tuple:
    """User renames or deletes a saved view (deleting it also drops it from presentations)."""
    names, revision, lang = names_and_state
    if not ctx.triggered_id or not ctx.triggered[0]["value"]:
        raise PreventUpdate
    identifier = ctx.triggered_id["index"]
    try:
        visible_view(identifier)
        if ctx.triggered_id["type"] == ids.ROW_VIEW_DELETE:
            delete_view(current_database(), identifier)
        else:
            position = [item["id"]["index"] for item in ctx.inputs_list[0]].index(identifier)
            rename_view(current_database(), identifier, names[position] or "")
    except GeoportalError as error:
        return alert(error, lang), dash.no_update
    return text("views_changed", lang), revision + 1


def save_deck(clicks: int | None, name: str | None, views: list | None, *state: object) -> tuple:
    """User saves a presentation: the chosen views, in the order chosen, one per slide."""
    revision, lang = state
    try:
        save_presentation(current_database(), Presentation(name or "", tuple(views or ())))
    except GeoportalError as error:
        return alert(error, lang), dash.no_update
    return text("deck_saved", lang).format(name=(name or "").strip()), revision + 1


def deck_rows(revision: int, lang: str) -> list:
    """Return the list of presentations, each with its start and delete buttons."""
    decks = presentations(current_database())
    if not decks:
        return [html.P(text("deck_none", lang))]
    return [
        html.Ul(
            [
                html.Li(
                    [
                        html.Span(
                            text("deck_entry", lang).format(
                                name=deck.name, count=len(deck.view_ids)
                            )
                        ),
                        html.Button(
                            text("deck_start", lang),
                            id={"type": ids.ROW_DECK_START, "index": deck.id},
                            className="deck-start",
                        ),
                        dcc.ConfirmDialogProvider(
                            html.Button(text("views_delete", lang)),
                            id={"type": ids.ROW_DECK_DELETE, "index": deck.id},
                            message=text("deck_delete_confirm", lang).format(name=deck.name),
                        ),
                    ]
                )
                for deck in decks
            ],
            className="deck-list",
        )
    ]


def remove_deck(deletes: list, revision: int) -> int:
    """User deletes a presentation (its views stay)."""
    if not ctx.triggered_id or not ctx.triggered[0]["value"]:
        raise PreventUpdate
    delete_presentation(current_database(), ctx.triggered_id["index"])
    return revision + 1


def register(app: dash.Dash) -> None:
    """Wire saving, listing, opening, renaming and deleting views and presentations."""
    lang = State(ids.LANG_STORE, "data")
    revision = State(ids.VIEW_REVISION, "data")
    app.callback(Output(ids.LAST_TAB_STORE, "data"), Input(ids.TABS, "value"))(remember_tab)
    app.callback(
        Output(ids.VIEW_STATUS, "children"),
        Output(ids.VIEW_REVISION, "data"),
        Input(ids.VIEW_SAVE, "n_clicks"),
        State(ids.VIEW_NAME, "value"),
        State(ids.VIEW_DESCRIPTION, "value"),
        State(ids.VIEW_AUTHOR, "value"),
        State(ids.VIEW_INTERNAL, "value"),
        State(ids.URL, "search"),
        State(ids.LAST_TAB_STORE, "data"),
        revision,
        lang,
        prevent_initial_call=True,
    )(save_current_view)
    app.callback(
        Output(ids.VIEW_LIST, "children"),
        Output(ids.DECK_VIEWS, "options"),
        Input(ids.VIEW_REVISION, "data"),
        lang,
    )(update_view_list)
    app.callback(
        Output(ids.URL, "search", allow_duplicate=True),
        Input({"type": ids.ROW_VIEW_OPEN, "index": ALL}, "n_clicks"),
        lang,
        prevent_initial_call=True,
    )(open_view)
    app.callback(
        Output(ids.VIEW_STATUS, "children", allow_duplicate=True),
        Output(ids.VIEW_REVISION, "data", allow_duplicate=True),
        Input({"type": ids.ROW_VIEW_RENAME, "index": ALL}, "n_clicks"),
        Input({"type": ids.ROW_VIEW_DELETE, "index": ALL}, "submit_n_clicks"),
        State({"type": ids.ROW_VIEW_RENAME_INPUT, "index": ALL}, "value"),
        revision,
        lang,
        prevent_initial_call=True,
    )(change_view)
    app.callback(
        Output(ids.DECK_STATUS, "children"),
        Output(ids.VIEW_REVISION, "data", allow_duplicate=True),
        Input(ids.DECK_SAVE, "n_clicks"),
        State(ids.DECK_NAME, "value"),
        State(ids.DECK_VIEWS, "value"),
        revision,
        lang,
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
