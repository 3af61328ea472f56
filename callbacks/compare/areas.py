"""Compare areas as aggregates: saved areas (both levels of centres among them), SMK, KOM 2003."""

from __future__ import annotations

import dash
import pandas as pd
from dash import Input, Output, State, dcc, html

from callbacks import ids
from callbacks.alerts import alert, shown_alert
from callbacks.explorer.area_layers import area_members, update_overlay_options
from callbacks.json_answers import plain_answer
from layers.analysis.area_aggregates import MAX_AREAS, MIN_AREAS, areas_aggregates
from layers.analysis.catalog import Indicator
from layers.errors import GeoportalError
from layers.render.numbers import MISSING, formatted, with_unit
from server.data import current_dataset
from server.i18n import dropdown_labels, text

FULL = 0.9995
"""Coverage written as complete (it rounds to 100 %)."""


def layout(lang: str) -> html.Div:
    """Return the choice of areas and the (empty) table of their aggregates."""
    return html.Div(
        [
            html.H3(text("carea_title", lang)),
            html.P(text("carea_help", lang), className="help"),
            html.Label(text("carea_areas", lang)),
            dcc.Dropdown(id=ids.CAREA_AREAS, multi=True, labels=dropdown_labels(lang)),
            html.Div(id=ids.CAREA_NOTICE),
            html.Div(id=ids.CAREA_TABLE, className="compare-table"),
        ],
        className="compare-areas",
    )


def cell(block: pd.Series, indicator: Indicator, lang: str) -> html.Td:
    """Return one area's cell: the value with unit and year, and the coverage when partial."""
    if pd.isna(block["value"]):
        return html.Td(MISSING)
    parts = [f"{with_unit(block['value'], indicator, lang)} ({int(block['year'])})"]
    if block["coverage"] < FULL:
        share = formatted(100 * block["coverage"], 0, lang)
        parts.append(text("carea_coverage", lang).format(share=share))
    return html.Td(", ".join(parts))


def aggregates_table(table: pd.DataFrame, names: list[str], lang: str) -> html.Table:
    """Return one row per indicator and one column per area."""
    catalog = current_dataset().catalog
    keys = table.columns.get_level_values(0).unique()
    rows = []
    for indicator_id, row in table.iterrows():
        indicator = catalog[indicator_id]
        cells = [cell(row[key], indicator, lang) for key in keys]
        rows.append(html.Tr([html.Td(indicator.name(lang)), *cells]))
    head = html.Tr([html.Th(text("carea_indicator", lang)), *(html.Th(n) for n in names)])
    return html.Table([html.Thead(head), html.Tbody(rows)])


def update_area_table(choices: list[str] | None, lang: str) -> tuple:
    """User picks areas: aggregate every indicator over each and set them side by side."""
    chosen = list(choices or [])
    if not MIN_AREAS <= len(chosen) <= MAX_AREAS:
        return shown_alert(text("carea_need", lang)), []
    try:
        areas = {choice: area_members(choice) for choice in chosen}
        table = areas_aggregates(current_dataset(), areas)
    except GeoportalError as error:
        return alert(error, lang), []
    options = {option["value"]: option["label"] for option in update_overlay_options("", lang)}
    return None, aggregates_table(table, [options.get(c, c) for c in chosen], lang)


def register(app: dash.Dash) -> None:
    """Wire the choice of areas (refreshed when a tab opens) and their table."""
    app.callback(
        Output(ids.CAREA_AREAS, "options"),
        Input(ids.TABS, "value"),
        State(ids.LANG_STORE, "data"),
    )(update_overlay_options)
    app.callback(
        Output(ids.CAREA_NOTICE, "children"),
        Output(ids.CAREA_TABLE, "children"),
        Input(ids.CAREA_AREAS, "value"),
        State(ids.LANG_STORE, "data"),
        prevent_initial_call=True,
    )(plain_answer(update_area_table))
