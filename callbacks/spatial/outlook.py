"""Population outlook: scenario controls, the map of a projected year, notes, table export."""

from __future__ import annotations

import dash
from dash import Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from callbacks.json_answers import plain_answer
from callbacks.maps import legend_row, map_frame, register_map, scope_paint
from callbacks.page import on_first_showing
from callbacks.panels import beside_map
from callbacks.spatial.controls import (
    control,
    number,
    scenario_inputs,
    scenario_of,
    scope_control,
)
from callbacks.spatial.outlook_series import backtest_note, layout_charts, register_charts
from callbacks.spatial.projections import cached_outlook
from layers.analysis.projection import BASE_YEAR, HORIZON, MAX_TREND_YEARS
from layers.analysis.scopes import SCOPES, scope_codes
from layers.errors import GeoportalError
from layers.render.export import csv_bytes, xlsx_bytes
from layers.render.outlook import MEASURES, OutlookRequest, OutlookView, outlook_table, outlook_view
from server.cache import cache
from server.data import current_dataset, current_labels
from server.i18n import text
from server.text_keys import N_

DEFAULT_SCOPE = "smk"
MAP_LAYERS = ("smk",)
MIGRATION_MARKS = {0: "0", 0.5: "½", 1: "1", 1.5: "1½", 2: "2"}
MEASURE_KEYS = {
    "change": N_("outlook_measure_change"),
    "population": N_("outlook_measure_population"),
}
EXPORT_HEADERS = {
    "teryt": N_("outlook_col_teryt"),
    "name": N_("outlook_col_name"),
    "year": N_("outlook_col_year"),
    "population": N_("outlook_col_population"),
    "births": N_("outlook_col_births"),
    "deaths": N_("outlook_col_deaths"),
    "net_migration": N_("outlook_col_net_migration"),
    "scenario": N_("outlook_col_scenario"),
}
"""Text key of each column of the exported table."""


def layout(lang: str) -> html.Div:
    """Return the outlook's notes, scenario controls, map, charts and export buttons."""
    controls = scenario_controls(lang)
    notes = [
        html.H3(text("outlook_title", lang)),
        html.P(text("outlook_help", lang), className="help"),
        html.P(text("outlook_cannot", lang), className="help"),
        html.P(text("outlook_districts", lang), className="help"),
        html.Div(id=ids.OUTLOOK_BACKTEST, className="help"),
    ]
    column = [
        html.Div(id=ids.OUTLOOK_NOTICE),
        html.Div(
            [
                *map_frame(ids.OUTLOOK_MAP, ids.OUTLOOK_STATE, "map", {"click": ids.OUTLOOK_CLICK}),
                html.Div(id=ids.OUTLOOK_LEGEND, className="legend"),
            ],
            className="map-frame",
        ),
        *layout_charts(lang),
    ]
    return html.Div(
        [
            *notes,
            beside_map(controls, column, ids.OUTLOOK_CONTROLS_TOGGLE, lang),
        ],
        className="spatial-section",
    )


def scenario_controls(lang: str) -> list:
    """Return the scope, scenario, year and measure controls and the export buttons."""
    return [
        scope_control(ids.OUTLOOK_SCOPE, DEFAULT_SCOPE, lang),
        control(
            text("outlook_rates", lang),
            dcc.RadioItems(
                id=ids.OUTLOOK_RATES,
                value="held",
                options=[
                    {"label": text("outlook_rates_held", lang), "value": "held"},
                    {"label": text("outlook_rates_trend", lang), "value": "trend"},
                ],
            ),
        ),
        control(
            text("outlook_trend_years", lang),
            dcc.Slider(id=ids.OUTLOOK_TREND_YEARS, min=1, max=MAX_TREND_YEARS, step=1, value=5),
        ),
        control(
            text("outlook_migration", lang),
            dcc.Slider(
                id=ids.OUTLOOK_MIGRATION, min=0, max=2, step=0.25, value=1, marks=MIGRATION_MARKS
            ),
        ),
        control(
            text("outlook_migration_base", lang),
            dcc.RadioItems(
                id=ids.OUTLOOK_MIGRATION_BASE,
                value="2024",
                options=[
                    {"label": text("outlook_migration_base_2024", lang), "value": "2024"},
                    {"label": text("outlook_migration_base_mean", lang), "value": "mean"},
                ],
            ),
        ),
        control(
            text("year", lang),
            dcc.Slider(
                id=ids.OUTLOOK_YEAR,
                min=BASE_YEAR + 1,
                max=HORIZON,
                step=1,
                value=HORIZON,
                marks={year: str(year) for year in range(BASE_YEAR + 1, HORIZON + 1, 2)},
                included=False,
            ),
        ),
        control(
            text("outlook_measure", lang),
            dcc.RadioItems(
                id=ids.OUTLOOK_MEASURE,
                value="change",
                options=[{"label": text(MEASURE_KEYS[m], lang), "value": m} for m in MEASURES],
            ),
        ),
        html.Button(text("outlook_export_csv", lang), id=ids.OUTLOOK_EXPORT_CSV),
        html.Button(text("outlook_export_xlsx", lang), id=ids.OUTLOOK_EXPORT_XLSX),
        dcc.Download(id=ids.OUTLOOK_DOWNLOAD),
    ]


def outlook_request(
    scope: object, scenario_controls: dict, year: object, measure: object
) -> OutlookRequest:
    """Return the request of the controls' values, or stop when one is missing or odd.

    ``scenario_controls`` are the scenario's values by name (:func:`scenario_inputs`).
    """
    scenario, year = scenario_of(**scenario_controls), number(year)
    if scope not in SCOPES or measure not in MEASURES or year is None:
        raise PreventUpdate
    if not BASE_YEAR < year <= HORIZON:
        raise PreventUpdate
    return OutlookRequest(
        scope=scope,
        year=round(year),
        trend=scenario.trend,
        trend_years=scenario.trend_years,
        migration=scenario.migration,
        migration_mean=scenario.migration_mean,
        measure=measure,
    )


@cache.memoize()
def cached_outlook_view(request: OutlookRequest, lang: str) -> OutlookView:
    """Return the painted map of a projected year (cached per scenario, scope and year).

    Raises
    ------
    ProjectionError, NoDataError
        For a scenario out of range, or a scope without projections.
    """
    return outlook_view(current_dataset(), cached_outlook(request.scenario), request, lang)


def hover_lines(request: OutlookRequest, lang: str) -> list[str]:
    """Return the hover lines under a gmina's name: the value shown, then its population."""
    unit = text(MEASURE_KEYS[request.measure], lang)
    return [f"{request.year}: {{0}} ({unit})", f"{BASE_YEAR}: {{1}} → {request.year}: {{2}}"]


def update_outlook_map(
    *, scope: str, scenario: dict, year: float, measure: str, lang: str
) -> tuple:
    """User changes the scenario, year, measure or scope: recolour the map."""
    request = outlook_request(scope, scenario, year, measure)
    try:
        view = cached_outlook_view(request, lang)
    except GeoportalError as error:
        return alert(error, lang), dash.no_update, []
    paint = {**view.paint, "hover": hover_lines(request, lang)}
    title = html.Div(
        f"{text(MEASURE_KEYS[request.measure], lang)}, {request.year}",
        className="legend-title",
    )
    rows = html.Ul([legend_row(row, lang) for row in view.legend])
    return None, scope_paint(request.scope, lang, paint, MAP_LAYERS), [title, rows]


def update_trend_control(rates: object) -> bool:
    """User picks held rates or a trend: the trend's years matter only for the trend."""
    return rates != "trend"


def update_download(
    *, csv: int | None, xlsx: int | None, scope: str, scenario: dict, lang: str
) -> dict:
    """User presses a download button: send the scope's projection as CSV or XLSX."""
    request = outlook_request(scope, scenario, BASE_YEAR + 1, "change")
    try:
        outlook = cached_outlook(request.scenario)
    except GeoportalError:
        raise PreventUpdate from None
    dataset = current_dataset()
    codes = scope_codes(request.scope, dataset.codes, dataset.areas)
    table = outlook_table(outlook, list(codes), current_labels(lang))
    scenario = request.scenario
    table["scenario"] = text("outlook_scenario", lang).format(
        rates=text(N_("outlook_rates_trend") if scenario.trend else N_("outlook_rates_held"), lang),
        years=scenario.trend_years if scenario.trend else 0,
        migration=scenario.migration,
        base=text(
            N_("outlook_migration_base_mean")
            if scenario.migration_mean
            else N_("outlook_migration_base_2024"),
            lang,
        ),
    )
    headers = {column: text(key, lang) for column, key in EXPORT_HEADERS.items()}
    frame = table.rename(columns=headers)
    name = f"prognoza_{request.scope}_{BASE_YEAR}-{HORIZON}"
    if ctx.triggered_id == ids.OUTLOOK_EXPORT_XLSX:
        return dcc.send_bytes(xlsx_bytes(frame), f"{name}.xlsx")
    return dcc.send_bytes(csv_bytes(frame, separator=";", decimal=","), f"{name}.csv")


def register(app: dash.Dash) -> None:
    """Wire the outlook's callbacks."""
    register_map(app, ids.OUTLOOK_MAP, ids.OUTLOOK_STATE)
    lang = {"lang": State(ids.LANG_STORE, "data")}
    on_first_showing(
        app,
        "tab_spatial",
        output=[
            Output(ids.OUTLOOK_NOTICE, "children"),
            Output(ids.OUTLOOK_STATE, "data"),
            Output(ids.OUTLOOK_LEGEND, "children"),
        ],
        inputs={
            "scope": Input(ids.OUTLOOK_SCOPE, "value"),
            "scenario": scenario_inputs(Input),
            "year": Input(ids.OUTLOOK_YEAR, "value"),
            "measure": Input(ids.OUTLOOK_MEASURE, "value"),
        },
        state=lang,
    )(plain_answer(update_outlook_map))
    on_first_showing(
        app,
        "tab_spatial",
        output=Output(ids.OUTLOOK_BACKTEST, "children"),
        inputs={"lang": Input(ids.LANG_STORE, "data")},
    )(backtest_note)
    register_charts(app)
    app.callback(
        Output(ids.OUTLOOK_TREND_YEARS, "disabled"),
        Input(ids.OUTLOOK_RATES, "value"),
    )(update_trend_control)
    app.callback(
        output=Output(ids.OUTLOOK_DOWNLOAD, "data"),
        inputs={
            "csv": Input(ids.OUTLOOK_EXPORT_CSV, "n_clicks"),
            "xlsx": Input(ids.OUTLOOK_EXPORT_XLSX, "n_clicks"),
        },
        state={
            "scope": State(ids.OUTLOOK_SCOPE, "value"),
            "scenario": scenario_inputs(State),
            **lang,
        },
        prevent_initial_call=True,
    )(update_download)
