"""Saving a LISA cluster (or Gi* hot or cold spot) as a named area: the form and its callback."""

from __future__ import annotations

import dash
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.account import internal_check
from callbacks.alerts import alert
from layers.errors import GeoportalError
from layers.render.clusters import SAVABLE
from layers.store.saved_areas import SavedArea, save_area
from server.access import marked_internal
from server.data import current_dataset
from server.database import current_database
from server.i18n import counted, dropdown_labels, text
from server.roles import may_write, require_role


def layout(lang: str) -> html.Div:
    """Return the save form: the cluster (offered once the map is drawn), a name, the button."""
    return html.Div(
        [
            html.H4(text("spatial_save_title", lang)),
            html.Div(
                [
                    dcc.Dropdown(
                        id=ids.CLUSTER_SAVE_CATEGORY,
                        clearable=False,
                        labels=dropdown_labels(lang),
                        placeholder=text("spatial_save_category", lang),
                    ),
                    dcc.Input(
                        id=ids.CLUSTER_SAVE_NAME,
                        type="text",
                        maxLength=80,
                        placeholder=text("delimit_name", lang),
                    ),
                    internal_check(ids.CLUSTER_INTERNAL, lang),
                    html.Button(
                        text("spatial_save", lang), id=ids.CLUSTER_SAVE, disabled=not may_write()
                    ),
                    html.Span(id=ids.CLUSTER_SAVED, role="status"),
                ],
                className="save-row",
            ),
        ],
        className="spatial-save",
    )


def update_saved(  # noqa: PLR0913 (one keyword per control)
    *,
    clicks: int | None,
    category: str | None,
    name: str | None,
    members: dict | None,
    indicator: str | None,
    year: int | None,
    lang: str,
    internal: list[str] | None,
) -> object:
    """User (a signed-in official) presses save: store the chosen cluster's gminas as an area.

    The area is a delimitation (gminas chosen by a rule; the database's kinds are fixed),
    its parameters naming the method, the category, the indicator and the year.
    """
    if not clicks or not isinstance(members, dict) or category not in SAVABLE:
        raise PreventUpdate
    codes = [code for code in members.get(category) or [] if code in current_dataset().codes]
    if not codes:
        raise PreventUpdate
    try:
        author = require_role()
        outline = current_dataset().store.gminas.geometry.reindex(codes).dropna().union_all()
        area = SavedArea(
            name=str(name or ""),
            kind="delimitation",
            members=tuple(codes),
            geometry=outline.__geo_interface__,
            params={"method": "lisa", "category": category, "indicator": indicator, "year": year},
            internal=marked_internal(internal),
            author=author,
        )
        save_area(current_database(), area)
    except GeoportalError as error:
        return alert(error, lang)
    return text("spatial_saved", lang).format(
        name=area.name.strip(), gminas=counted(len(codes), "noun_gmina", lang)
    )


def register(app: dash.Dash) -> None:
    """Wire the save button."""
    app.callback(
        output=Output(ids.CLUSTER_SAVED, "children"),
        inputs={"clicks": Input(ids.CLUSTER_SAVE, "n_clicks")},
        state={
            "category": State(ids.CLUSTER_SAVE_CATEGORY, "value"),
            "name": State(ids.CLUSTER_SAVE_NAME, "value"),
            "members": State(ids.CLUSTER_MEMBERS, "data"),
            "indicator": State(ids.CLUSTER_INDICATOR, "value"),
            "year": State(ids.CLUSTER_YEAR, "value"),
            "lang": State(ids.LANG_STORE, "data"),
            "internal": State(ids.CLUSTER_INTERNAL, "value"),
        },
        prevent_initial_call=True,
    )(update_saved)
