"""Saved views: save the current view, list, open, rename, delete (presentations: ``decks``)."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs

import dash
from dash import ALL, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import audit, decks, ids
from callbacks.account import internal_check
from callbacks.alerts import alert
from callbacks.permalink import view_choices
from layers.analysis.view_state import decoded, encoded
from layers.errors import GeoportalError, SavedViewError
from layers.render.dates import shown_time
from layers.store.access import visible_items
from layers.store.saved_views import (
    MAX_AUTHOR,
    MAX_DESCRIPTION,
    MAX_NAME,
    SavedView,
    delete_view,
    rename_view,
    save_view,
    saved_view,
    saved_views,
)
from server.access import marked_internal, signed_in, signed_in_user
from server.database import current_database
from server.i18n import text
from server.roles import may_change, may_write, require_author, require_role
from server.text_keys import N_

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
            dcc.Input(
                id=ids.VIEW_AUTHOR,
                type="text",
                maxLength=MAX_AUTHOR,
                value=signed_in_user() or "",
                disabled=True,
                placeholder=text("access_author_note", lang),
            ),
            internal_check(ids.VIEW_INTERNAL, lang),
            html.Button(text("views_save", lang), id=ids.VIEW_SAVE, disabled=not may_write()),
            *write_note(lang),
            html.Div(id=ids.VIEW_STATUS, role="status"),
        ],
        className="views-form",
    )
    return html.Div(
        [
            dcc.Store(id=ids.VIEW_REVISION, data=0),
            dcc.Store(id=ids.LAST_TAB_STORE, data="tab_map"),
            html.Div([save_form, decks.layout(lang)], className="views-forms"),
            html.H2(text("views_list_title", lang)),
            html.Div(id=ids.VIEW_LIST),
            audit.layout(lang),
        ],
        className="views",
    )


def write_note(lang: str) -> list[html.P]:
    """Return, for a visitor, the note that signed-in officials save (nothing for them)."""
    return [] if may_write() else [html.P(text("access_write_note", lang), className="help")]


def remember_tab(tab: str) -> str:
    """User switches tabs: remember the last one that shows data (what a saved view opens)."""
    if tab == VIEWS_TAB:
        raise PreventUpdate
    return tab


def view_query(search: str | None, tab: str) -> str:
    """Return the link of the current view, opening on ``tab`` (not on this list's tab)."""
    state, _ = decoded(search, view_choices())
    return encoded(replace(state or view_choices().defaults, tab=tab))


def save_current_view(  # noqa: PLR0913 (one keyword per control)
    *,
    clicks: int | None,
    name: str | None,
    description: str | None,
    internal: list[str] | None,
    search: str | None,
    tab: str,
    revision: int,
    lang: str,
) -> tuple:
    """User saves the current view: store it with its name, description and author.

    The author is the signed-in official (the form's author box is only shown).
    """
    try:
        view = SavedView(
            name=name or "",
            query=view_query(search, tab),
            description=description or "",
            author=require_role(),
            internal=marked_internal(internal),
        )
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
            N_("views_created"),
            N_("views_actions"),
        )
    ]
    rows = [
        html.Tr(
            [
                html.Td(view.name),
                html.Td(view.description),
                html.Td(view.author),
                html.Td(html.Time(shown_time(view.created, lang), dateTime=view.created)),
                html.Td(view_actions(view, lang)),
            ]
        )
        for view in views
    ]
    return [html.Table([html.Thead(html.Tr([html.Th(h) for h in head])), html.Tbody(rows)])]


def view_actions(view: SavedView, lang: str) -> list:
    """Return a view's buttons: open, rename (with its new name), delete (after a question)."""
    key = {"index": view.id}
    opening = html.Button(text("views_open", lang), id={"type": ids.ROW_VIEW_OPEN, **key})
    if not may_change(view.author):
        return [opening]
    return [
        opening,
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


def change_view(*, renames: list, deletes: list, names: list, revision: int, lang: str) -> tuple:
    """User renames or deletes a saved view (deleting it also drops it from presentations)."""
    if not ctx.triggered_id or not ctx.triggered[0]["value"]:
        raise PreventUpdate
    identifier = ctx.triggered_id["index"]
    try:
        who = require_author(visible_view(identifier).author)
        if ctx.triggered_id["type"] == ids.ROW_VIEW_DELETE:
            delete_view(current_database(), identifier, actor=who)
        else:
            position = [item["id"]["index"] for item in ctx.args_grouping["names"]].index(
                identifier
            )
            rename_view(current_database(), identifier, names[position] or "", actor=who)
    except GeoportalError as error:
        return alert(error, lang), dash.no_update
    return text("views_changed", lang), revision + 1


def register(app: dash.Dash) -> None:
    """Wire saving, listing, opening, renaming and deleting views and presentations."""
    lang = State(ids.LANG_STORE, "data")
    revision = State(ids.VIEW_REVISION, "data")
    app.callback(Output(ids.LAST_TAB_STORE, "data"), Input(ids.TABS, "value"))(remember_tab)
    app.callback(
        output=[Output(ids.VIEW_STATUS, "children"), Output(ids.VIEW_REVISION, "data")],
        inputs={"clicks": Input(ids.VIEW_SAVE, "n_clicks")},
        state={
            "name": State(ids.VIEW_NAME, "value"),
            "description": State(ids.VIEW_DESCRIPTION, "value"),
            "internal": State(ids.VIEW_INTERNAL, "value"),
            "search": State(ids.URL, "search"),
            "tab": State(ids.LAST_TAB_STORE, "data"),
            "revision": revision,
            "lang": lang,
        },
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
        output=[
            Output(ids.VIEW_STATUS, "children", allow_duplicate=True),
            Output(ids.VIEW_REVISION, "data", allow_duplicate=True),
        ],
        inputs={
            "renames": Input({"type": ids.ROW_VIEW_RENAME, "index": ALL}, "n_clicks"),
            "deletes": Input({"type": ids.ROW_VIEW_DELETE, "index": ALL}, "submit_n_clicks"),
        },
        state={
            "names": State({"type": ids.ROW_VIEW_RENAME_INPUT, "index": ALL}, "value"),
            "revision": revision,
            "lang": lang,
        },
        prevent_initial_call=True,
    )(change_view)
    decks.register(app)
    audit.register(app)
