"""Refresh from GUS BDL: pick variables and a scope, run in the background with progress, reload."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import dash
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from layers.analysis.scopes import SCOPES
from layers.errors import BdlError, GeoportalError
from layers.ingest.bdl import Progress, RefreshRequest, bdl_variables, refresh_store
from layers.ingest.bdl_client import DEFAULT_API_URL, BdlClient
from layers.render.dates import shown_date, warsaw_today
from layers.render.numbers import formatted
from layers.store.database import database_engine
from layers.store.job_results import applied_job_result, saved_job_result
from server.data import current_dataset, reload_dataset
from server.database import current_database, database_url
from server.i18n import dropdown_labels, text
from server.roles import ADMIN, guard_outputs, may_write, require_role
from server.settings import GEODATA_DIR
from server.text_keys import N_, SCOPE_KEYS

JOB_KIND = "bdl_refresh"

FIRST_YEAR = 2000
RESULT_HEADERS = (
    N_("bdl_column_variable"),
    N_("bdl_column_year"),
    N_("bdl_column_fetched"),
    N_("bdl_column_added"),
)
"""The headers of a fetch's summary table, in column order."""


def variable_options(lang: str) -> list[dict]:
    """Return the BDL variables of the catalog's indicators (``bdl_variable``), named after them."""
    catalog = current_dataset().catalog
    return [
        {"label": f"{catalog[v.indicator].name(lang)} (BDL {v.id})", "value": v.id}
        for v in bdl_variables(catalog).values()
    ]


def layout(lang: str) -> html.Div:
    """Return the panel: variables, scope, years, start button, progress and the result."""
    years = range(warsaw_today().year - 1, FIRST_YEAR - 1, -1)
    return html.Div(
        [
            html.H3(text("bdl_title", lang)),
            html.P(text("bdl_help", lang), className="help"),
            html.Label(text("bdl_variables", lang)),
            dcc.Dropdown(
                id=ids.BDL_VARIABLE_PICK,
                options=variable_options(lang),
                multi=True,
                labels=dropdown_labels(lang),
            ),
            html.Label(text("bdl_scope", lang)),
            dcc.Dropdown(
                id=ids.BDL_SCOPE,
                options=[{"label": text(SCOPE_KEYS[s], lang), "value": s} for s in SCOPES],
                value="smk",
                clearable=False,
            ),
            html.Label(text("bdl_years", lang)),
            dcc.Dropdown(
                id=ids.BDL_YEARS,
                options=[{"label": str(year), "value": year} for year in years],
                multi=True,
                placeholder=text("bdl_years_default", lang),
                labels=dropdown_labels(lang),
            ),
            html.Button(text("bdl_start", lang), id=ids.BDL_START, disabled=not may_write(ADMIN)),
            html.Progress(id=ids.BDL_PROGRESS, value="0", max="1"),
            html.Div(id=ids.BDL_PROGRESS_TEXT, role="status"),
            dcc.Store(id=ids.BDL_PROGRESS_STATE),
            dcc.Store(id=ids.BDL_RESULT),
            html.Div(id=ids.BDL_SUMMARY),
        ],
        className="bdl-refresh",
    )


def progress_state(step: Progress) -> tuple[str, str, dict]:
    """Return the progress bar's value and maximum (in pages) and the step for the text."""
    done = (step.step - 1) + step.page / step.pages
    return str(round(done, 3)), str(step.steps), dataclasses.asdict(step)


def refresh_job(set_progress: Callable, config: dict, request: RefreshRequest) -> dict:
    """Run one refresh (in the background process); return its error code or its result's id.

    The summary stays in the database (:mod:`layers.store.job_results`); the browser gets
    only its random id, with which an admin's page shows it and reloads the data once.
    """
    client = BdlClient(config["BDL_API_URL"] or DEFAULT_API_URL, config["BDL_CLIENT_ID"] or None)
    try:
        summary = refresh_store(
            Path(config["STORE_DIR"]),
            GEODATA_DIR,
            client,
            request,
            lambda s: set_progress(progress_state(s)),
        )
    except GeoportalError as error:
        return {"error": error.code, "message": str(error)}
    result = {"summary": summary.to_dict("records"), "retrieved": request.today.isoformat()}
    return {"job": saved_job_result(database_engine(config["DATABASE_URL"]), JOB_KIND, result)}


def update_bdl_progress_text(step: dict | None, lang: str) -> str:
    """Describe the running refresh: variable, year and page."""
    if not step:
        raise PreventUpdate
    return text("bdl_progress", lang).format(**step)


def update_bdl_summary(finished: dict | None, lang: str) -> html.Div:
    """Show what a finished refresh added (reloading the data the first time), or its error."""
    if not isinstance(finished, dict) or not finished:
        raise PreventUpdate
    if "error" in finished:
        return alert(BdlError(str(finished.get("message")), str(finished["error"])), lang)
    try:
        who = require_role(ADMIN)
        result, first = applied_job_result(current_database(), finished.get("job"), JOB_KIND, who)
    except GeoportalError as error:
        return alert(error, lang)
    if first:
        reload_dataset()
    head = [text(key, lang) for key in RESULT_HEADERS]
    rows = [
        html.Tr(
            [
                html.Td(f"{row['variable']} (BDL {row['bdl_variable']})"),
                html.Td(str(row["year"])),
                html.Td(formatted(row["fetched"], 0, lang)),
                html.Td(formatted(row["added"], 0, lang)),
            ]
        )
        for row in result["summary"]
    ]
    added = sum(row["added"] for row in result["summary"])
    note = text(N_("bdl_done") if added else N_("bdl_nothing"), lang).format(
        date=shown_date(result["retrieved"], lang)
    )
    table = html.Table([html.Thead(html.Tr([html.Th(h) for h in head])), html.Tbody(rows)])
    return html.Div([html.P(note, role="status"), table])


def register(app: dash.Dash) -> None:
    """Wire the panel: the refresh runs as a background callback with progress.

    The job runs in another process without the Flask app, so it gets the settings it
    needs from this closure, taken when the app is built.
    """
    config = {key: app.server.config[key] for key in ("STORE_DIR", "BDL_API_URL", "BDL_CLIENT_ID")}
    config["DATABASE_URL"] = database_url(app.server.config)
    guard_outputs(app.server, {f"{ids.BDL_RESULT}.data": ADMIN})  # the job runs outside requests

    def run_refresh(
        set_progress: Callable, _clicks: int, variables: list, scope: str, years: list
    ) -> dict:
        if not variables:
            return {"error": "bdl_variable", "message": "no variable chosen"}
        request = RefreshRequest(
            tuple(variables), scope, tuple(sorted(years or ())), warsaw_today()
        )
        return refresh_job(set_progress, config, request)

    app.callback(
        Output(ids.BDL_RESULT, "data"),
        Input(ids.BDL_START, "n_clicks"),
        State(ids.BDL_VARIABLE_PICK, "value"),
        State(ids.BDL_SCOPE, "value"),
        State(ids.BDL_YEARS, "value"),
        background=True,
        running=[(Output(ids.BDL_START, "disabled"), True, False)],
        progress=[
            Output(ids.BDL_PROGRESS, "value"),
            Output(ids.BDL_PROGRESS, "max"),
            Output(ids.BDL_PROGRESS_STATE, "data"),
        ],
        prevent_initial_call=True,
    )(run_refresh)
    app.callback(
        Output(ids.BDL_PROGRESS_TEXT, "children"),
        Input(ids.BDL_PROGRESS_STATE, "data"),
        State(ids.LANG_STORE, "data"),
    )(update_bdl_progress_text)
    app.callback(
        Output(ids.BDL_SUMMARY, "children"),
        Input(ids.BDL_RESULT, "data"),
        State(ids.LANG_STORE, "data"),
    )(update_bdl_summary)
