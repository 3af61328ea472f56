"""The map as a table: every gmina of the view with its value, class colour and rank.

The non-visual way to read the map (WCAG 1.1.1): the same values, classes and colours
as the map, sortable, shown on demand (a table of 2,477 rows is sent only when asked).
The table follows the view the map shows, once drawn (``ids.MAP_SHOWN_VIEW``). While the
table is hidden a change of the map asks the server nothing: the browser hands the view on
(:data:`SHOWN_VIEW`) only while it is shown.
"""

from __future__ import annotations

import dash
import orjson
import pandas as pd
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from layers.errors import GeoportalError
from layers.render.choropleth import classed_values
from layers.render.numbers import formatted
from layers.render.static_map import view_title
from layers.render.view_table import class_colours, view_table
from server.data import current_dataset, current_labels
from server.i18n import text
from server.paint import requested_view
from server.text_keys import N_, SCOPE_KEYS

SORTS = {
    "value": ("rank", N_("map_table_rank"), N_("map_table_sort_value")),
    "name": ("name", N_("map_table_gmina"), N_("map_table_sort_name")),
    "teryt": ("teryt", N_("map_table_teryt"), N_("map_table_sort_teryt")),
}
"""Orders of the rows: the column sorted ascending (rank 1 = highest value first), the
header that says so, and the choice's text."""
SHOWN_VIEW = """
function(toggles, shown) {
    return toggles && toggles % 2 === 1 ? shown : window.dash_clientside.no_update;
}
"""
"""Browser-side: the view the map shows (``{scope, indicator_id, year, options}``), handed
on only while the table is shown."""
HEADERS = (
    "map_table_gmina",
    "map_table_teryt",
    N_("map_table_value"),
    N_("map_table_class"),
    "map_table_rank",
)


def layout(lang: str) -> html.Section:
    """Return the show/hide button, the order and the (empty) table, under the map."""
    return html.Section(
        [
            html.Button(
                text("map_table_show", lang),
                id=ids.MAP_TABLE_TOGGLE,
                className="map-table-toggle",
                **{"aria-expanded": "false", "aria-controls": ids.MAP_TABLE},
            ),
            html.Div(
                [
                    html.Label(text("map_table_sort", lang), htmlFor=ids.MAP_TABLE_SORT),
                    dcc.RadioItems(
                        id=ids.MAP_TABLE_SORT,
                        value="value",
                        inline=True,
                        options=[
                            {"label": text(label, lang), "value": key}
                            for key, (_, _, label) in SORTS.items()
                        ],
                    ),
                ],
                className="control map-table-sort",
            ),
            html.Div(id=ids.MAP_TABLE, className="map-table", hidden=True),
            dcc.Store(id=ids.MAP_TABLE_VIEW),
        ],
        className="map-table-box",
    )


def table_rows(rows: pd.DataFrame, sort: str, decimals: int, lang: str) -> list[html.Tr]:
    """Return the body rows in the chosen order, gaps (no rank) last."""
    column = SORTS[sort][0]
    ordered = rows.sort_values([column, "teryt"], na_position="last")
    return [
        html.Tr(
            [
                html.Th(row.name, scope="row"),
                html.Td(row.teryt),
                html.Td(formatted(row.value, decimals, lang), className="number"),
                html.Td(
                    [
                        html.Span(className="swatch", style={"background": row.colour}),
                        row.klass,
                    ]
                ),
                html.Td("–" if pd.isna(row.rank) else str(row.rank), className="number"),
            ]
        )
        for row in ordered.itertuples()
    ]


def map_table(view: dict, sort: str, lang: str) -> html.Table:
    """Return the table of the view the map shows (``view``: ``ids.MAP_SHOWN_VIEW``'s data).

    Raises
    ------
    GeoportalError
        When the view cannot be computed (as the map itself).
    """
    dataset = current_dataset()
    request = requested_view(view.get("scope"), orjson.dumps(view).decode(), dataset)
    classed = classed_values(dataset, request)
    rows = view_table(
        classed, request, current_labels(lang), lang=lang, nodata=text("legend_nodata", lang)
    )
    rows = rows.assign(colour=class_colours(classed).to_numpy()).rename(columns={"class": "klass"})
    sorted_header = SORTS[sort][1]
    head = [
        html.Th(
            text(key, lang),
            scope="col",
            **({"aria-sort": "ascending"} if key == sorted_header else {}),
        )
        for key in HEADERS
    ]
    title = view_title(classed, request, text(SCOPE_KEYS[request.scope], lang), lang)
    return html.Table(
        [
            html.Caption(title),
            html.Thead(html.Tr(head)),
            html.Tbody(table_rows(rows, sort, classed.indicator.decimals, lang)),
        ]
    )


REQUIRED = ("scope", "indicator_id", "year")


def awaited(view: object) -> bool:
    """Whether there is no view to show yet: none told, or (as on the map) no manual breaks."""
    if not isinstance(view, dict) or None in [view.get(key) for key in REQUIRED]:
        return True
    options = view.get("options")
    manual = isinstance(options, dict) and options.get("scheme") == "manual"
    return manual and not str(options.get("breaks") or "").strip()


def update_map_table(toggles: int | None, sort: str, view: dict | None, lang: str) -> tuple:
    """User opens the table or changes the map: show the map's gminas as rows."""
    shown = bool(toggles) and toggles % 2 == 1
    label = text(N_("map_table_hide") if shown else N_("map_table_show"), lang)
    if not shown:
        return [], True, "false", label
    if awaited(view):
        raise PreventUpdate
    try:
        return map_table(view, sort if sort in SORTS else "value", lang), False, "true", label
    except GeoportalError as error:
        return alert(error, lang), False, "true", label


def register(app: dash.Dash) -> None:
    """Wire the table to its button, its order and the map's controls (while shown)."""
    app.clientside_callback(
        SHOWN_VIEW,
        Output(ids.MAP_TABLE_VIEW, "data"),
        Input(ids.MAP_TABLE_TOGGLE, "n_clicks"),
        Input(ids.MAP_SHOWN_VIEW, "data"),
    )
    app.callback(
        output=[
            Output(ids.MAP_TABLE, "children"),
            Output(ids.MAP_TABLE, "hidden"),
            Output(ids.MAP_TABLE_TOGGLE, "aria-expanded"),
            Output(ids.MAP_TABLE_TOGGLE, "children"),
        ],
        inputs={
            "toggles": Input(ids.MAP_TABLE_TOGGLE, "n_clicks"),
            "sort": Input(ids.MAP_TABLE_SORT, "value"),
            "view": Input(ids.MAP_TABLE_VIEW, "data"),
        },
        state={"lang": State(ids.LANG_STORE, "data")},
    )(update_map_table)
