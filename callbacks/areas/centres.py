"""Secondary centres proposed by the data, with the reasons, filling the two-level centres."""

from __future__ import annotations

import dash
import pandas as pd
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from layers.analysis.catalog import indicator_of
from layers.analysis.centres import CRITERIA, proposed_centres
from layers.analysis.two_level import MAX_CENTRES
from layers.errors import GeoportalError
from layers.render.numbers import formatted
from server.data import current_dataset, current_labels, indicator_options
from server.i18n import dropdown_labels, text
from server.text_keys import N_

SHOWN = 12
"""Candidates listed: the proposed ones first, then the nearest misses."""
CRITERION_TEXTS = {
    "population": N_("crit_population"),
    "inflow": N_("crit_inflow"),
    "density": N_("crit_density"),
    "dependants": N_("crit_dependants"),
}


def layout(lang: str) -> html.Div:
    """Return the proposal's extra criterion, its button and the (empty) table of reasons."""
    return html.Div(
        [
            html.H4(text("centres_title", lang)),
            html.P(text("centres_help", lang), className="help"),
            html.P(text("centres_regon", lang), className="help"),
            html.Label(text("centres_extra", lang)),
            dcc.Dropdown(
                id=ids.CENTRES_EXTRA,
                options=indicator_options(lang, levels_only=True),
                labels=dropdown_labels(lang),
            ),
            html.Button(text("centres_propose", lang), id=ids.CENTRES_PROPOSE),
            html.Div(id=ids.CENTRES_TABLE, className="compare-table"),
        ],
        className="control",
    )


def reasons(row: pd.Series, extra: str | None, lang: str) -> str:
    """Return the criteria a candidate meets, each with its value and rank."""
    parts = []
    for key in (*CRITERIA, *([extra] if extra else [])):
        if not row[f"{key}_met"]:
            continue
        rank = int(row[f"{key}_rank"])
        if key in CRITERIA:
            value = formatted(row[key], 0, lang)
            parts.append(text(CRITERION_TEXTS[key], lang).format(value=value, rank=rank))
        else:
            indicator = indicator_of(current_dataset().catalog, key)
            value = formatted(row[key], indicator.decimals, lang)
            name = indicator.name(lang)
            parts.append(text("crit_extra", lang).format(name=name, value=value, rank=rank))
    return "; ".join(parts)


def reasons_table(proposal: pd.DataFrame, extra: str | None, lang: str) -> html.Table:
    """Return the candidates' table: gmina, proposed or not, and the criteria met."""
    labels = current_labels(lang)
    rows = [
        html.Tr(
            [
                html.Td(labels[code]),
                html.Td(text(N_("centres_yes") if row["proposed"] else N_("centres_no"), lang)),
                html.Td(reasons(row, extra, lang)),
            ]
        )
        for code, row in proposal.head(SHOWN).iterrows()
    ]
    keys = (N_("centres_gmina"), N_("centres_proposed"), N_("centres_reasons"))
    head = html.Tr([html.Th(text(key, lang)) for key in keys])
    return html.Table([html.Thead(head), html.Tbody(rows)])


def update_proposal(  # noqa: PLR0913 (one keyword per control)
    *, clicks: int | None, scope: str, core: str, extra: str | None, kind: str, lang: str
) -> tuple:
    """User presses "propose centres": replace the centres by the proposal and say why."""
    if not clicks:
        raise PreventUpdate
    try:
        proposal = proposed_centres(current_dataset(), scope, core, kind=kind, extra=extra)
    except GeoportalError as error:
        return dash.no_update, alert(error, lang)
    chosen = list(proposal.index[proposal["proposed"]][:MAX_CENTRES])
    return chosen, reasons_table(proposal, extra, lang)


def register(app: dash.Dash) -> None:
    """Wire the proposal button."""
    app.callback(
        output=[Output(ids.TWOLEVEL_CENTRES, "value"), Output(ids.CENTRES_TABLE, "children")],
        inputs={"clicks": Input(ids.CENTRES_PROPOSE, "n_clicks")},
        state={
            "scope": State(ids.AREAS_SCOPE, "value"),
            "core": State(ids.TWOLEVEL_CORE, "value"),
            "extra": State(ids.CENTRES_EXTRA, "value"),
            "kind": State(ids.GRAVITY_FLOW_KIND, "value"),
            "lang": State(ids.LANG_STORE, "data"),
        },
        prevent_initial_call=True,
    )(update_proposal)
