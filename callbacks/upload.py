"""Own data: upload a CSV or XLSX, read the validation report, describe and save the indicator."""

from __future__ import annotations

import dash
import pandas as pd
from dash import Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.account import internal_check
from callbacks.alerts import alert
from layers.analysis.catalog import AGGREGATIONS, POLARITIES
from layers.analysis.scopes import SCOPES, scope_codes
from layers.errors import GeoportalError, UserIndicatorError
from layers.ingest.upload import checked_upload, column_values, shown_decimals
from layers.ingest.upload_check import UploadReport
from layers.render.dates import period_label, shown_date
from layers.render.numbers import formatted
from layers.store.user_indicators import (
    UserIndicator,
    delete_user_indicator,
    replace_values,
    save_user_indicator,
)
from server.access import marked_internal, signed_in_user
from server.data import (
    current_dataset,
    current_labels,
    current_user_indicator_list,
    forget_own_data,
)
from server.database import current_database
from server.i18n import dropdown_labels, text
from server.roles import may_write, require_author, require_role
from server.text_keys import AGGREGATION_KEYS, N_, POLARITY_KEYS, SCOPE_KEYS, UPLOAD_PROBLEM_KEYS

NEW = "new"
DEFAULT_SCOPE = "smk"
TEXT_FIELDS = (
    (ids.UPLOAD_NAME_PL, N_("upload_name_pl")),
    (ids.UPLOAD_NAME_EN, N_("upload_name_en")),
    (ids.UPLOAD_UNIT, N_("upload_unit")),
    (ids.UPLOAD_SOURCE, N_("upload_source")),
    (ids.UPLOAD_DEFINITION, N_("upload_definition")),
    (ids.UPLOAD_AUTHOR, "upload_author"),
)
FORM = (
    ids.UPLOAD_NAME_PL,
    ids.UPLOAD_NAME_EN,
    ids.UPLOAD_UNIT,
    ids.UPLOAD_SOURCE,
    ids.UPLOAD_DEFINITION,
    ids.UPLOAD_AUTHOR,
    ids.UPLOAD_POLARITY,
    ids.UPLOAD_AGGREGATION,
    ids.UPLOAD_INTERNAL,
    ids.UPLOAD_YEAR,
)
"""The metadata form's components (the save callback's ``form``, keyed by them)."""
LIST_HEADERS = (
    N_("upload_list_name"),
    N_("upload_list_unit"),
    N_("upload_list_years"),
    N_("upload_list_author"),
    N_("upload_list_created"),
)
"""The headers of the own indicators' list, in column order."""


def _field(label: str, component: object) -> html.Div:
    return html.Div([html.Label(label), component], className="control")


def _choice(
    component_id: str, values: tuple[str, ...], keys: dict[str, str], lang: str
) -> dcc.Dropdown:
    return dcc.Dropdown(
        id=component_id,
        value=values[0],
        clearable=False,
        labels=dropdown_labels(lang),
        options=[{"label": text(keys[value], lang), "value": value} for value in values],
    )


def layout(lang: str) -> html.Div:
    """Return the upload area, the report, the metadata form and the list of own indicators."""
    texts = [_field(text(key, lang), dcc.Input(id=i, type="text")) for i, key in TEXT_FIELDS[:-1]]
    author = dcc.Input(
        id=ids.UPLOAD_AUTHOR, type="text", value=signed_in_user() or "", disabled=True
    )
    texts.append(_field(text("upload_author", lang), author))
    form = [
        _field(text("upload_column", lang), dcc.Dropdown(id=ids.UPLOAD_COLUMN, clearable=False)),
        _field(
            text("upload_target", lang),
            dcc.Dropdown(id=ids.UPLOAD_TARGET, value=NEW, clearable=False),
        ),
        *texts,
        _field(text("upload_year", lang), dcc.Input(id=ids.UPLOAD_YEAR, type="number", step=1)),
        _field(
            text("upload_polarity", lang),
            _choice(ids.UPLOAD_POLARITY, POLARITIES, POLARITY_KEYS, lang),
        ),
        _field(
            text("upload_aggregation", lang),
            _choice(ids.UPLOAD_AGGREGATION, AGGREGATIONS, AGGREGATION_KEYS, lang),
        ),
        internal_check(ids.UPLOAD_INTERNAL, lang, N_("upload_internal")),
        html.Button(text("upload_save", lang), id=ids.UPLOAD_SAVE, disabled=True),
    ]
    return html.Div(
        [
            html.H3(text("upload_title", lang)),
            html.P(text("upload_help", lang)),
            _field(
                text("upload_scope", lang),
                _choice(ids.UPLOAD_SCOPE, SCOPES, SCOPE_KEYS, lang),
            ),
            dcc.Upload(
                html.Div(text("upload_drop", lang)),
                id=ids.UPLOAD_FILE,
                accept=".csv,.txt,.tsv,.xlsx",
                className="upload-drop",
            ),
            html.Div(id=ids.UPLOAD_REPORT, className="upload-report"),
            html.Div(form, className="upload-form"),
            html.Div(id=ids.UPLOAD_STATUS, role="status"),
            html.H3(text("upload_list_title", lang)),
            html.Div(id=ids.UPLOAD_LIST, className="compare-table"),
            _field(
                text("upload_delete_choice", lang),
                dcc.Dropdown(id=ids.UPLOAD_DELETE_CHOICE, labels=dropdown_labels(lang)),
            ),
            html.Button(
                text("upload_delete", lang), id=ids.UPLOAD_DELETE, disabled=not may_write()
            ),
            dcc.ConfirmDialog(id=ids.UPLOAD_CONFIRM),
        ],
        className="upload",
    )


def current_report(contents: str, file_name: str, scope: str) -> UploadReport:
    """Return the report of the uploaded file checked against a scope of the running app."""
    dataset = current_dataset()
    codes = scope_codes(scope or DEFAULT_SCOPE, dataset.codes, dataset.areas)
    return checked_upload(contents, file_name or "", dataset.store.gminas, codes)


def _shown(value: object, lang: str) -> str:
    if isinstance(value, float):
        decimals = shown_decimals(pd.Series([value])) if pd.notna(value) else 0
        return formatted(value, decimals, lang)
    return "" if pd.isna(value) else str(value)


def preview_table(preview: pd.DataFrame, lang: str) -> html.Table:
    """Return the preview as a table; every cell is text, so markup shows as written."""
    names = {"key": text("upload_key", lang), "teryt": "TERYT", "name": text("upload_gmina", lang)}
    head = html.Tr([html.Th(names.get(column, column)) for column in preview.columns])
    body = [
        html.Tr([html.Td(_shown(value, lang)) for value in row])
        for row in preview.itertuples(index=False)
    ]
    return html.Table([html.Thead(head), html.Tbody(body)])


def problem_list(report: UploadReport, lang: str) -> list:
    """Return the blocking problems, then the warnings, each with its count and examples."""
    labels = current_labels(lang)
    parts = []
    for blocking, title in ((True, N_("upload_blocking")), (False, N_("upload_warnings"))):
        items = [
            html.Li(
                [
                    text(UPLOAD_PROBLEM_KEYS[p.code], lang).format(count=p.count),
                    html.Small(": " + ", ".join(labels.get(e, e) for e in p.examples)),
                ]
            )
            for p in report.problems
            if p.blocking == blocking
        ]
        if items:
            parts += [html.H4(text(title, lang)), html.Ul(items, className=f"upload-{title}")]
    return parts or [html.P(text("upload_ok", lang))]


def report_view(report: UploadReport, lang: str) -> list:
    """Return the summary line, the problems and the preview of a report."""
    years = ", ".join(map(str, report.years)) or text("upload_no_years", lang)
    summary = text("upload_summary", lang).format(
        rows=report.rows,
        values=len(report.values),
        columns=", ".join(report.columns),
        years=years,
    )
    return [
        html.P(summary),
        *problem_list(report, lang),
        html.H4(text("upload_preview", lang)),
        preview_table(report.preview, lang),
    ]


def update_report(contents: str | None, scope: str, file_name: str | None, lang: str) -> tuple:
    """User drops a file or changes the scope: show the report; allow saving if nothing blocks."""
    if contents is None:
        raise PreventUpdate
    try:
        report = current_report(contents, file_name, scope)
    except GeoportalError as error:
        return alert(error, lang), True, [], None
    view = report_view(report, lang)
    options = [{"label": column or "–", "value": column} for column in report.columns]
    blocked = report.blocking or report.values.empty or not may_write()
    return view, blocked, options, report.columns[0]


def own_list(lang: str) -> tuple[html.Table | html.P, list[dict], list[dict]]:
    """Return the table of own indicators and the options of the target and delete dropdowns."""
    stored = current_user_indicator_list()
    catalog = current_dataset().catalog
    targets = [{"label": text("upload_target_new", lang), "value": NEW}] + [
        {"label": text("upload_target_replace", lang).format(name=m.name_pl), "value": m.key}
        for m in stored
    ]
    choices = [{"label": m.name_pl, "value": m.key} for m in stored]
    if not stored:
        return html.P(text("upload_list_empty", lang)), targets, choices
    head = html.Tr([html.Th(text(key, lang)) for key in LIST_HEADERS])
    body = []
    for meta in stored:
        years = catalog[meta.key].years if meta.key in catalog else ()
        span = period_label(min(years), max(years)) if years else ""
        cells = (meta.name_pl, meta.unit, span, meta.author, shown_date(meta.created, lang))
        body.append(html.Tr([html.Td(cell) for cell in cells]))
    return html.Table([html.Thead(head), html.Tbody(body)]), targets, choices


def saved_indicator(upload: dict, target: str | None, form: dict) -> tuple[str, str, int]:
    """Store the upload as a new indicator or as new values of ``target``; return what was done.

    ``upload`` holds ``contents``, ``file_name``, ``scope`` and ``column``, ``form`` the
    metadata by component id; returns the text key of the status, the indicator's name and
    the number of values stored.
    """
    if upload["contents"] is None:
        raise PreventUpdate
    author = require_role()
    report = current_report(upload["contents"], upload["file_name"], upload["scope"])
    values = column_values(report, upload["column"], form[ids.UPLOAD_YEAR])
    decimals = shown_decimals(values["value"])
    if target and target != NEW:
        meta = own_indicator(target)
        who = require_author(meta.author)
        replace_values(current_database(), target, values, decimals, actor=who)
        return N_("upload_replaced"), meta.name_pl, len(values)
    meta = UserIndicator(
        name_pl=form[ids.UPLOAD_NAME_PL] or "",
        name_en=form[ids.UPLOAD_NAME_EN] or "",
        unit=form[ids.UPLOAD_UNIT] or "",
        source=form[ids.UPLOAD_SOURCE] or "",
        definition=form[ids.UPLOAD_DEFINITION] or "",
        author=author,
        polarity=form[ids.UPLOAD_POLARITY],
        aggregation=form[ids.UPLOAD_AGGREGATION],
        internal=int(marked_internal(form[ids.UPLOAD_INTERNAL])),
        decimals=decimals,
    )
    save_user_indicator(current_database(), meta, values)
    return N_("upload_saved"), meta.name_pl, len(values)


def own_indicator(key: str) -> UserIndicator:
    """Return a stored own indicator the asker may see.

    Raises
    ------
    UserIndicatorError
        For an unknown key, or an internal indicator asked for by a visitor (alike).
    """
    shown = {meta.key: meta for meta in current_user_indicator_list()}
    if not isinstance(key, str) or key not in shown:
        raise UserIndicatorError(f"no own indicator {key!r}")
    return shown[key]


def deleted_indicator(key: str | None) -> str:
    """Delete an own indicator (its author or an admin); return its name."""
    if not key:
        raise PreventUpdate
    meta = own_indicator(key)
    delete_user_indicator(current_database(), key, actor=require_author(meta.author))
    return meta.name_pl


def update_own_data(  # noqa: PLR0913 (one keyword per control)
    *,
    triggers: dict,
    upload: dict,
    target: str | None,
    to_delete: str | None,
    form: dict,
    lang: str,
) -> tuple:
    """User saves, replaces or confirms a deletion (or opens the page): act, then list again.

    ``triggers`` are the save and confirm clicks (read through ``ctx``), ``upload`` and
    ``form`` as :func:`saved_indicator` takes them.
    """
    status: object = None
    try:
        if ctx.triggered_id == ids.UPLOAD_SAVE:
            key, name, count = saved_indicator(upload, target, form)
            status = text(key, lang).format(name=name, count=count)
        elif ctx.triggered_id == ids.UPLOAD_CONFIRM:
            name = deleted_indicator(to_delete)
            status = text("upload_deleted", lang).format(name=name)
    except GeoportalError as error:
        status = alert(error, lang)
    forget_own_data()
    table, targets, deletable = own_list(lang)
    return status, table, targets, deletable


def update_confirm(clicks: int | None, key: str | None, lang: str) -> tuple[bool, str]:
    """User presses "delete": ask for confirmation, naming the indicator."""
    if not clicks or not key:
        raise PreventUpdate
    catalog = current_dataset().catalog
    name = catalog[key].name(lang) if key in catalog else key
    return True, text("upload_confirm", lang).format(name=name)


def register(app: dash.Dash) -> None:
    """Wire the own-data callbacks."""
    app.callback(
        Output(ids.UPLOAD_REPORT, "children"),
        Output(ids.UPLOAD_SAVE, "disabled"),
        Output(ids.UPLOAD_COLUMN, "options"),
        Output(ids.UPLOAD_COLUMN, "value"),
        Input(ids.UPLOAD_FILE, "contents"),
        Input(ids.UPLOAD_SCOPE, "value"),
        State(ids.UPLOAD_FILE, "filename"),
        State(ids.LANG_STORE, "data"),
    )(update_report)
    app.callback(
        output=[
            Output(ids.UPLOAD_STATUS, "children"),
            Output(ids.UPLOAD_LIST, "children"),
            Output(ids.UPLOAD_TARGET, "options"),
            Output(ids.UPLOAD_DELETE_CHOICE, "options"),
        ],
        inputs={
            "triggers": {
                "save": Input(ids.UPLOAD_SAVE, "n_clicks"),
                "confirm": Input(ids.UPLOAD_CONFIRM, "submit_n_clicks"),
            }
        },
        state={
            "upload": {
                "contents": State(ids.UPLOAD_FILE, "contents"),
                "file_name": State(ids.UPLOAD_FILE, "filename"),
                "scope": State(ids.UPLOAD_SCOPE, "value"),
                "column": State(ids.UPLOAD_COLUMN, "value"),
            },
            "target": State(ids.UPLOAD_TARGET, "value"),
            "to_delete": State(ids.UPLOAD_DELETE_CHOICE, "value"),
            "form": {i: State(i, "value") for i in FORM},
            "lang": State(ids.LANG_STORE, "data"),
        },
    )(update_own_data)
    app.callback(
        Output(ids.UPLOAD_CONFIRM, "displayed"),
        Output(ids.UPLOAD_CONFIRM, "message"),
        Input(ids.UPLOAD_DELETE, "n_clicks"),
        State(ids.UPLOAD_DELETE_CHOICE, "value"),
        State(ids.LANG_STORE, "data"),
        prevent_initial_call=True,
    )(update_confirm)
