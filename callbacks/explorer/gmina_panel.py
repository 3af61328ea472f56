"""Gmina panel: click a gmina to see its time series and its value of every indicator."""

from __future__ import annotations

import dash
from dash import Input, Output, Patch, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.cards import card_links
from callbacks.charts import chart_config
from callbacks.explorer.levels import (
    DISTRICT_INDICATOR,
    latest_rows,
    panel_series,
    powiat_rows,
    rank_scope,
    unit_level,
    unit_rows,
)
from callbacks.json_answers import plain_answer
from callbacks.maps import clicked_gmina, marked
from callbacks.spatial.projections import with_outlook
from layers.analysis.catalog import indicator_of
from layers.analysis.levels import DISTRICTS, has_districts, level_catalog
from layers.analysis.scopes import scope_codes
from layers.analysis.values import latest_values
from layers.render.figures import localized
from layers.render.series import break_marks, time_series_figure
from server.data import current_dataset, current_unit_labels
from server.i18n import break_texts, text
from server.text_keys import N_

HIDDEN = {"display": "none"}
COLUMNS = {
    "indicator": N_("panel_indicator"),
    "value": N_("panel_value"),
    "year": N_("panel_year"),
    "rank": N_("panel_rank"),
}
"""The values table's columns and the text of each one's header."""


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
            html.P(id=ids.PANEL_CARD, className="card-links"),
            html.Button(
                text("districts_link", lang),
                id=ids.PANEL_DISTRICTS,
                className="link-button",
                style=HIDDEN,
            ),
            # The chart's Graph comes with the first selected gmina: Plotly's bundle (1.4 MB
            # compressed) is then loaded, not with the page.
            html.Div(id=ids.PANEL_CHART, style=HIDDEN),
            html.Div(id=ids.PANEL_TABLE),
        ],
        id=ids.PANEL,
        className="gmina-panel",
    )


def update_selected(click: dict | None, closes: int | None) -> str | None:
    """User clicks a gmina on the map (select it) or the close button (clear)."""
    if ctx.triggered_id == ids.PANEL_CLOSE:
        return None
    teryt = clicked_gmina(click)
    if teryt is None:
        raise PreventUpdate
    return teryt


def panel_rows(teryt: str, scope: str, lang: str) -> list[dict]:
    """Return the table rows: each indicator's latest value, year and rank in the scope.

    The gmina's own indicators come first; the powiat indicators follow with its powiat's
    values, each marked as the powiat's (ranked among the powiats covering the scope).
    """
    dataset = current_dataset()
    codes = scope_codes(rank_scope(scope), dataset.codes, dataset.areas)
    own = level_catalog(dataset.catalog, "gmina")
    latest = latest_values(dataset.values, own, teryt, codes)
    return latest_rows(latest, dataset.catalog, lang) + powiat_rows(teryt, scope, lang)


def values_table(rows: list[dict], lang: str) -> html.Table:
    """Return the rows as an HTML table with a header in the user's language."""
    head = html.Tr([html.Th(text(header, lang)) for header in COLUMNS.values()])
    body = [html.Tr([html.Td(row[key]) for key in COLUMNS]) for row in rows]
    return html.Table([html.Thead(head), html.Tbody(body)], className="values-table")


def update_panel(teryt: str | None, indicator_id: str | None, scope: str, lang: str) -> tuple:
    """User selects a gmina or changes indicator: draw its chart (Plotly) and table."""
    if teryt is None:
        return text("panel_hint", lang), dash.no_update, HIDDEN, []
    if indicator_id is None:  # the map has yet to show an indicator
        raise PreventUpdate
    dataset = current_dataset()
    level = "gmina" if teryt in dataset.codes else unit_level(teryt)
    if level is None:
        raise PreventUpdate
    label = current_unit_labels(lang)[teryt]
    indicator = indicator_of(dataset.catalog, indicator_id)
    series = panel_series(teryt, indicator, lang)
    chart = time_series_figure(
        [series],
        f"{indicator.name(lang)} [{indicator.unit(lang)}]",
        indicator.series_break,
        text("series_break_short", lang),
        marks=break_marks(dataset.store.breaks, {teryt: label}, break_texts(lang), lang),
    )
    if level == "gmina":
        chart = with_outlook(chart, indicator.id, [teryt], lang)
        rows = panel_rows(teryt, scope, lang)
    else:
        rows = unit_rows(teryt, level, scope, lang)
    table = values_table(rows, lang)
    if level == "gmina":
        table = html.Div([table, html.P(text("powiat_value_note", lang), className="level-note")])
    graph = dcc.Graph(figure=localized(chart, lang), config=chart_config(lang))
    return f"{label} ({teryt})", graph, {}, table


def update_districts_link(teryt: str | None) -> dict:
    """User selects a gmina: Kraków's panel offers its districts' map."""
    return {} if isinstance(teryt, str) and has_districts(teryt) else HIDDEN


def show_districts(clicks: int | None) -> tuple[str, str]:
    """User follows Kraków's link: the map shows its districts (by density)."""
    if not clicks:
        raise PreventUpdate
    return DISTRICTS, DISTRICT_INDICATOR


def update_card_links(teryt: str | None, lang: str) -> list:
    """User selects a gmina: link its card (page and PDF)."""
    return card_links(teryt if teryt in current_dataset().codes else None, lang)


def update_highlight(teryt: str | None) -> Patch:
    """User selects a gmina or closes the panel: outline it on the map, or clear the outline."""
    return marked(Patch(), "select", [teryt] if isinstance(teryt, str) else [])


def register(app: dash.Dash) -> None:
    """Wire the panel's callbacks to their components."""
    app.callback(
        Output(ids.SELECTED_STORE, "data"),
        Input(ids.MAP_CLICK, "data"),
        Input(ids.PANEL_CLOSE, "n_clicks"),
        prevent_initial_call=True,
    )(update_selected)
    app.callback(
        Output(ids.PANEL_TITLE, "children"),
        Output(ids.PANEL_CHART, "children"),
        Output(ids.PANEL_CHART, "style"),
        Output(ids.PANEL_TABLE, "children"),
        Input(ids.SELECTED_STORE, "data"),
        Input(ids.MAP_SHOWN_INDICATOR, "data"),
        Input(ids.SCOPE_RADIO, "value"),
        State(ids.LANG_STORE, "data"),
    )(plain_answer(update_panel))
    app.callback(
        Output(ids.PANEL_CARD, "children"),
        Input(ids.SELECTED_STORE, "data"),
        State(ids.LANG_STORE, "data"),
    )(plain_answer(update_card_links))
    app.callback(
        Output(ids.MAP_STATE, "data", allow_duplicate=True),
        Input(ids.SELECTED_STORE, "data"),
        prevent_initial_call=True,
    )(update_highlight)
    app.callback(
        Output(ids.PANEL_DISTRICTS, "style"),
        Input(ids.SELECTED_STORE, "data"),
    )(update_districts_link)
    app.callback(
        Output(ids.SCOPE_RADIO, "value", allow_duplicate=True),
        Output(ids.INDICATOR_DROPDOWN, "value", allow_duplicate=True),
        Input(ids.PANEL_DISTRICTS, "n_clicks"),
        prevent_initial_call=True,
    )(show_districts)
