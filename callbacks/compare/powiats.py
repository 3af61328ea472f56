"""Compare gminas: their powiats' values of the powiat indicators, marked as the powiats'.

GUS publishes these indicators for powiats only (:mod:`layers.analysis.levels`): the
comparison lists them apart from the gminas' own figures, each cell naming the powiat
whose value it is; two gminas of one powiat show the same figure.
"""

from __future__ import annotations

import dash
import pandas as pd
from dash import Input, Output, State, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.explorer.levels import rank_scope
from callbacks.json_answers import plain_answer
from layers.analysis.levels import powiat_comparison
from layers.render.numbers import formatted
from server.data import current_dataset, current_unit_labels
from server.i18n import text


def layout(lang: str) -> html.Section:
    """Return the section's title, note and (filled by the callback) table."""
    return html.Section(
        [
            html.H3(text("compare_powiats_title", lang)),
            html.P(text("powiat_value_note", lang), className="level-note"),
            html.Div(id=ids.COMPARE_POWIATS, className="compare-table"),
        ],
        className="compare-powiats",
    )


def powiat_cells(table: pd.DataFrame, selected: list[str], lang: str) -> list[html.Tr]:
    """Return one row per powiat indicator: its name, then each gmina's powiat's value."""
    catalog, labels = current_dataset().catalog, current_unit_labels(lang)
    rows = []
    for indicator_id, group in table.groupby("indicator", sort=False):
        indicator = catalog[indicator_id]
        by_gmina = group.set_index("teryt")
        cells = [
            html.Td(
                [
                    f"{formatted(by_gmina.loc[code, 'value'], indicator.decimals, lang)} "
                    f"({by_gmina.loc[code, 'year']})",
                    html.Br(),
                    html.Small(labels.get(by_gmina.loc[code, "powiat"], "")),
                ]
            )
            for code in selected
        ]
        name = f"{indicator.name(lang)} [{indicator.unit(lang)}]"
        rows.append(html.Tr([html.Td(name), *cells]))
    return rows


def update_powiats(selected: list[str] | None, scope: str, lang: str) -> html.Table | str:
    """User changes the gminas or the scope: list their powiats' values."""
    dataset = current_dataset()
    chosen = [code for code in dict.fromkeys(selected or []) if code in dataset.codes]
    if not chosen:
        raise PreventUpdate
    table = powiat_comparison(dataset, chosen, rank_scope(scope))
    if table.empty:
        return ""
    labels = current_unit_labels(lang)
    head = html.Tr([html.Th(""), *(html.Th(labels[code]) for code in chosen)])
    return html.Table(
        [html.Thead(head), html.Tbody(powiat_cells(table, chosen, lang))],
        className="values-table",
    )


def register(app: dash.Dash) -> None:
    """Wire the section to the comparison's gminas and scope."""
    app.callback(
        Output(ids.COMPARE_POWIATS, "children"),
        Input(ids.COMPARE_GMINAS_DROPDOWN, "value"),
        Input(ids.COMPARE_SCOPE_DROPDOWN, "value"),
        State(ids.LANG_STORE, "data"),
    )(plain_answer(update_powiats))
