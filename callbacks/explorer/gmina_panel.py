"""Gmina panel: click a gmina to see its time series and its value of every indicator."""

from __future__ import annotations

import dash
from dash import Input, Output, Patch, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.json_answers import plain_answer
from callbacks.maps import HIGHLIGHT_INDEX
from callbacks.spatial.projections import with_outlook
from layers.analysis.catalog import indicator_of
from layers.analysis.scopes import scope_codes
from layers.analysis.values import latest_values, period_start, time_series
from layers.render.figures import EMPTY_FEATURES, outline_geojson, time_series_figure
from layers.render.numbers import formatted
from server.data import current_dataset, current_labels
from server.i18n import text

HIDDEN = {"display": "none"}
COLUMNS = ("indicator", "value", "year", "rank")


def layout(lang: str) -> html.Aside:
    """Return the (initially empty) panel."""
    return html.Aside(
        [
            dcc.Store(id=ids.SELECTED_STORE),
            html.Div(
                [
                    html.H2(text("panel_hint", lang), id=ids.PANEL_TITLE),
                    html.Button(
                        "×", id=ids.PANEL_CLOSE, title=text("panel_close", lang), className="close"
                    ),
                ],
                className="panel-head",
            ),
            dcc.Graph(id=ids.PANEL_CHART, config={"displaylogo": False}, style=HIDDEN),
            html.Div(id=ids.PANEL_TABLE),
        ],
        id=ids.PANEL,
        className="gmina-panel",
    )


def update_selected(click: dict | None, closes: int | None) -> str | None:
    """User clicks a gmina on the map (select it) or the close button (clear)."""
    if ctx.triggered_id == ids.PANEL_CLOSE:
        return None
    if not click or not click.get("points"):
        raise PreventUpdate
    return click["points"][0]["location"]


def panel_rows(teryt: str, scope: str, lang: str) -> list[dict]:
    """Return the table rows: each indicator's latest value, year and rank in the scope."""
    dataset = current_dataset()
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    latest = latest_values(dataset.values, dataset.catalog, teryt, codes)
    rows = []
    for row in latest.itertuples():
        indicator = dataset.catalog[row.Index]
        value = formatted(row.value, indicator.decimals, lang)
        period = f"{period_start(row.year)}–{row.year}" if indicator.is_change else str(row.year)
        rank = f"{formatted(row.rank, 0, lang)}/{row.ranked}" if row.ranked else "–"
        rows.append(
            {
                "indicator": indicator.name(lang),
                "value": f"{value} {indicator.unit(lang)}",
                "year": period,
                "rank": rank,
            }
        )
    return rows


def values_table(rows: list[dict], lang: str) -> html.Table:
    """Return the rows as an HTML table with a header in the user's language."""
    head = html.Tr([html.Th(text(f"panel_{key}", lang)) for key in COLUMNS])
    body = [html.Tr([html.Td(row[key]) for key in COLUMNS]) for row in rows]
    return html.Table([html.Thead(head), html.Tbody(body)], className="values-table")


def update_panel(teryt: str | None, indicator_id: str, scope: str, lang: str) -> tuple:
    """User selects a gmina or changes indicator: redraw its chart and table."""
    if teryt is None:
        return text("panel_hint", lang), dash.no_update, HIDDEN, []
    dataset = current_dataset()
    if teryt not in dataset.codes:
        raise PreventUpdate
    label = current_labels(lang)[teryt]
    indicator = indicator_of(dataset.catalog, indicator_id)
    series = time_series(dataset.values, indicator, teryt).rename(label)
    chart = time_series_figure(
        [series],
        f"{indicator.name(lang)} [{indicator.unit(lang)}]",
        indicator.series_break,
        text("series_break_short", lang),
    )
    chart = with_outlook(chart, indicator.id, [teryt], lang)
    table = values_table(panel_rows(teryt, scope, lang), lang)
    return f"{label} ({teryt})", chart, {}, table


def update_highlight(teryt: str | None) -> Patch:
    """User selects a gmina or closes the panel: outline it on the map, or clear the outline."""
    gminas = current_dataset().store.gminas
    source = outline_geojson(gminas.geometry.loc[[teryt]]) if teryt in gminas.index else None
    patch = Patch()
    patch["layout"]["map"]["layers"][HIGHLIGHT_INDEX]["source"] = source or EMPTY_FEATURES
    return patch


def register(app: dash.Dash) -> None:
    """Wire the panel's callbacks to their components."""
    app.callback(
        Output(ids.SELECTED_STORE, "data"),
        Input(ids.MAP_GRAPH, "clickData"),
        Input(ids.PANEL_CLOSE, "n_clicks"),
        prevent_initial_call=True,
    )(update_selected)
    app.callback(
        Output(ids.PANEL_TITLE, "children"),
        Output(ids.PANEL_CHART, "figure"),
        Output(ids.PANEL_CHART, "style"),
        Output(ids.PANEL_TABLE, "children"),
        Input(ids.SELECTED_STORE, "data"),
        Input(ids.INDICATOR_DROPDOWN, "value"),
        Input(ids.SCOPE_RADIO, "value"),
        State(ids.LANG_STORE, "data"),
    )(plain_answer(update_panel))
    app.callback(
        Output(ids.MAP_GRAPH, "figure", allow_duplicate=True),
        Input(ids.SELECTED_STORE, "data"),
        prevent_initial_call=True,
    )(update_highlight)
