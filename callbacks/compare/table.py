"""Compare gminas: selection, side-by-side table, charts and the download of the comparison."""

from __future__ import annotations

import dash
import pandas as pd
from dash import Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from callbacks.charts import chart_config
from callbacks.compare import area_pick
from callbacks.explorer.levels import panel_series
from callbacks.gmina_choice import gmina_options, searchable_gmina_options
from callbacks.json_answers import plain_answer
from callbacks.maps import clicked_gmina
from callbacks.page import on_first_showing
from callbacks.spatial.projections import with_outlook
from layers.analysis.catalog import Indicator, indicator_of
from layers.analysis.comparison import (
    ScopeIndicator,
    comparison_table,
    percentile_profile,
    polarity_cue,
    require_selection,
    rounded_table,
    scope_indicators,
)
from layers.analysis.scopes import SCOPES
from layers.analysis.values import period_start
from layers.errors import GeoportalError
from layers.render.dates import period_label
from layers.render.export import csv_bytes, xlsx_bytes
from layers.render.figures import bar_figure, localized, profile_figure
from layers.render.numbers import formatted, formatted_difference
from layers.render.series import break_marks, time_series_figure
from server.cache import cache
from server.card import card_link
from server.data import current_dataset, current_labels, held_item, indicator_options
from server.i18n import break_texts, dropdown_labels, text
from server.text_keys import N_, SCOPE_KEYS, SEPARATOR_KEYS

DEFAULT_SELECTION = ["1261011", "1219053", "1219043", "1206113"]
"""Kraków and the secondary centres the strategy names: Wieliczka, Niepołomice, Skawina."""
MAX_PICKED = 6
MAX_SELECTED = 15
"""Up to six picked by hand, or the whole metropolis (15) through the preset."""
SCOPE_INDICATORS_KEY = "geoportal_scope_indicators"
SEPARATORS = {"semicolon": (";", ","), "comma": (",", ".")}


def layout(lang: str) -> html.Div:
    """Return the selection controls, the table, the charts and the download buttons."""
    indicators = indicator_options(lang)
    controls = html.Div(
        [
            html.Label(text("compare_scope", lang)),
            dcc.Dropdown(
                id=ids.COMPARE_SCOPE_DROPDOWN,
                value="smk",
                clearable=False,
                labels=dropdown_labels(lang),
                options=[{"label": text(SCOPE_KEYS[s], lang), "value": s} for s in SCOPES],
            ),
            html.Label(text("compare_gminas", lang)),
            dcc.Dropdown(
                id=ids.COMPARE_GMINAS_DROPDOWN,
                multi=True,
                value=DEFAULT_SELECTION,
                options=searchable_gmina_options(DEFAULT_SELECTION, lang),
                labels=dropdown_labels(lang),
            ),
            html.Small(text("compare_gminas_help", lang)),
            html.Button(text("compare_preset", lang), id=ids.COMPARE_PRESET_BUTTON),
            area_pick.control(lang),
        ],
        className="compare-controls",
    )
    charts = html.Div(
        [
            html.Label(text("compare_chart_indicator", lang)),
            dcc.Dropdown(
                id=ids.COMPARE_CHART_INDICATOR,
                value="population",
                clearable=False,
                options=indicators,
                labels=dropdown_labels(lang),
            ),
            html.H3(text("compare_series_title", lang)),
            dcc.Graph(id=ids.COMPARE_SERIES_CHART, config=chart_config(lang)),
            html.H3(text("compare_bars_title", lang)),
            dcc.Graph(id=ids.COMPARE_BARS_CHART, config=chart_config(lang)),
            html.H3(text("compare_profile_title", lang)),
            html.P(text("compare_profile_help", lang), className="help"),
            dcc.Graph(id=ids.COMPARE_PROFILE_CHART, config=chart_config(lang)),
        ],
        className="compare-charts",
    )
    export = html.Div(
        [
            html.H3(text("compare_export", lang)),
            dcc.RadioItems(
                id=ids.COMPARE_EXPORT_SEPARATOR,
                value="semicolon",
                options=[
                    {"label": text(SEPARATOR_KEYS[key], lang), "value": key} for key in SEPARATORS
                ],
            ),
            html.Button(text("compare_export_csv", lang), id=ids.COMPARE_EXPORT_CSV),
            html.Button(text("compare_export_xlsx", lang), id=ids.COMPARE_EXPORT_XLSX),
            dcc.Download(id=ids.COMPARE_DOWNLOAD),
        ],
        className="compare-export",
    )
    return html.Div(
        [
            controls,
            html.Div(id=ids.COMPARE_NOTICE),
            html.P(text("compare_krakow_note", lang), className="help"),
            html.Div(id=ids.COMPARE_TABLE, className="compare-table"),
            charts,
            export,
        ],
        className="compare",
    )


def update_gmina_options(search: str | None, selected: list[str] | None, lang: str) -> list:
    """User types in the gmina box or the choice changes: offer the chosen gminas and matches."""
    return gmina_options(search, list(selected or []), lang)


def update_selection(
    *, clicks: dict, selected: list[str] | None, similar: list[str] | None
) -> list[str]:
    """User presses the preset, clicks a gmina on a map or takes the similar gminas.

    ``clicks`` are the triggers' values: ``preset`` and ``similar`` (buttons' clicks), ``a``
    and ``b`` (the gminas clicked on the two maps).
    """
    trigger = ctx.triggered_id
    if trigger == ids.COMPARE_PRESET_BUTTON:
        return list(current_dataset().areas["smk"])
    if trigger == ids.COMPARE_SIMILAR_USE:
        return list(similar or selected or [])[:6]
    code = clicked_gmina(clicks["a"] if trigger == ids.COMPARE_CLICK_A else clicks["b"])
    if code is None:
        raise PreventUpdate
    chosen = list(selected or [])
    return [c for c in chosen if c != code] if code in chosen else [*chosen, code]


@cache.memoize()
def cached_comparison(selected: tuple[str, ...], scope: str) -> pd.DataFrame:
    """Return the comparison table of the selected gminas in a scope (cached)."""
    return comparison_table(current_dataset(), selected, scope, current_scope_indicators(scope))


def current_scope_indicators(scope: str) -> list[ScopeIndicator]:
    """Return the scope's side of every comparison, made once per process, dataset and scope."""
    dataset = current_dataset()
    return held_item(SCOPE_INDICATORS_KEY, dataset, scope, lambda: scope_indicators(dataset, scope))


def cell(row: pd.Series, indicator: Indicator, lang: str) -> html.Td:
    """Return one gmina's cell: value, rank and deviations, coloured by the indicator's polarity."""
    digits = indicator.decimals
    rank = f"{formatted(row['rank'], 0, lang)}/{row['ranked']}"
    to_median = formatted_difference(row["diff_median"], digits, lang)
    to_mean = formatted_difference(row["diff_mean_without_krakow"], digits, lang)
    keys = (N_("compare_rank"), N_("compare_vs_median"), N_("compare_vs_mean"))
    words = [text(key, lang) for key in keys]
    details = f"{words[0]} {rank} · {words[1]} {to_median} · {words[2]} {to_mean}"
    cue = polarity_cue(row["value"], row["median"], indicator.polarity)
    return html.Td(
        [html.Strong(formatted(row["value"], digits, lang)), html.Br(), html.Small(details)],
        className=f"cue-{cue}",
    )


def comparison_rows(table: pd.DataFrame, lang: str) -> list[html.Tr]:
    """Return one table row per indicator: name, unit, year, scope statistics, gmina cells."""
    catalog = current_dataset().catalog
    rows = []
    for indicator_id, group in table.groupby("indicator", sort=False):
        indicator, first = catalog[indicator_id], group.iloc[0]
        start = period_start(first["year"]) if indicator.is_change else None
        year = period_label(start, int(first["year"]))
        rows.append(
            html.Tr(
                [
                    html.Th(f"{indicator.name(lang)} [{indicator.unit(lang)}]"),
                    html.Td(year),
                    html.Td(formatted(first["median"], indicator.decimals, lang)),
                    html.Td(formatted(first["mean_without_krakow"], indicator.decimals, lang)),
                    *(cell(row, indicator, lang) for _, row in group.iterrows()),
                ]
            )
        )
    return rows


def update_comparison(selected: list[str] | None, scope: str, lang: str) -> tuple:
    """User changes the gminas or the scope: rebuild the table and the profile chart."""
    preset = area_pick.whole_area(selected or [])
    try:
        require_selection(selected or [], high=MAX_SELECTED if preset else MAX_PICKED)
    except GeoportalError as error:
        return alert(error, lang), [], dash.no_update
    return None, *cached_comparison_view(tuple(selected), scope, lang)


@cache.memoize()
def cached_comparison_view(selected: tuple[str, ...], scope: str, lang: str) -> tuple:
    """Return the comparison table and the profile chart (a figure dict) in ``lang`` (cached)."""
    dataset, labels = current_dataset(), current_labels(lang)
    table = cached_comparison(selected, scope)
    head = html.Tr(
        [
            html.Th(text(key, lang))
            for key in (
                "compare_indicator",
                "compare_year",
                "compare_median",
                "compare_mean_without_krakow",
            )
        ]
        + [
            html.Th(html.A(labels[code], href=card_link(code, lang)))
            for code in dict.fromkeys(selected)
        ]
    )
    profile = percentile_profile(dataset, list(selected), scope, current_scope_indicators(scope))
    profile.index = [dataset.catalog[i].name(lang) for i in profile.index]
    profile.columns = [labels[code] for code in profile.columns]
    figure = localized(profile_figure(profile, text("compare_profile_axis", lang)), lang)
    return html.Table([html.Thead(head), html.Tbody(comparison_rows(table, lang))]), figure


def update_charts(selected: list[str] | None, indicator_id: str, scope: str, lang: str) -> tuple:
    """User changes the gminas or the chart indicator: redraw the time series and the bars."""
    if not selected or indicator_id is None:
        raise PreventUpdate
    return cached_charts(tuple(selected), indicator_id, scope, lang)


@cache.memoize()
def cached_charts(selected: tuple[str, ...], indicator_id: str, scope: str, lang: str) -> tuple:
    """Return the time series and the bars of the gminas (figure dicts, cached).

    Raises
    ------
    UnknownIndicatorError
        For an indicator the asker cannot see (answered with no update).
    """
    dataset, labels = current_dataset(), current_labels(lang)
    indicator = indicator_of(dataset.catalog, indicator_id)
    unit = f"{indicator.name(lang)} [{indicator.unit(lang)}]"
    series = [panel_series(code, indicator, lang) for code in selected]  # a powiat's: marked
    charted = {code: labels[code] for code in selected}
    lines = time_series_figure(
        series,
        unit,
        indicator.series_break,
        text("series_break_short", lang),
        marks=break_marks(dataset.store.breaks, charted, break_texts(lang), lang),
    )
    lines = with_outlook(lines, indicator.id, selected, lang)
    table = cached_comparison(selected, scope)
    rows = table[table["indicator"] == indicator_id]
    values = pd.Series(rows["value"].to_numpy(), index=[labels[c] for c in rows["teryt"]])
    median = float(rows["median"].iloc[0]) if len(rows) else None
    bars = bar_figure(values, unit, median, text("compare_median", lang))
    return localized(lines, lang), localized(bars, lang)


def export_frame(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Return the comparison as a flat table with readable headers in the user's language."""
    catalog, labels = current_dataset().catalog, current_labels(lang)
    table = rounded_table(table, catalog)
    frame = table.assign(
        gmina=table["teryt"].map(labels),
        unit=table["indicator"].map(lambda i: catalog[i].unit(lang)),
        indicator=table["indicator"].map(lambda i: catalog[i].name(lang)),
    )
    headers = {
        "indicator": text("compare_indicator", lang),
        "gmina": text("compare_gmina", lang),
        "teryt": "TERYT",
        "year": text("compare_year", lang),
        "value": text("compare_value", lang),
        "unit": text("compare_unit", lang),
        "rank": text("compare_rank_header", lang),
        "median": text("compare_median", lang),
        "diff_median": text("compare_vs_median", lang),
        "mean_without_krakow": text("compare_mean_without_krakow", lang),
        "diff_mean_without_krakow": text("compare_vs_mean", lang),
    }
    return frame[list(headers)].rename(columns=headers)


def update_download(
    *, clicks: dict, separator: str, selected: list[str] | None, scope: str, lang: str
) -> dict:
    """User presses a download button (``clicks``: ``csv``, ``xlsx``): send the comparison."""
    if not selected:
        raise PreventUpdate
    frame = export_frame(cached_comparison(tuple(selected), scope), lang)
    if ctx.triggered_id == ids.COMPARE_EXPORT_XLSX:
        return dcc.send_bytes(xlsx_bytes(frame), "porownanie-gmin.xlsx")
    delimiter, decimal = SEPARATORS[separator]
    return dcc.send_bytes(
        csv_bytes(frame, separator=delimiter, decimal=decimal), "porownanie-gmin.csv"
    )


def register(app: dash.Dash) -> None:
    """Wire the comparison's callbacks to their components."""
    lang = State(ids.LANG_STORE, "data")
    app.callback(
        Output(ids.COMPARE_GMINAS_DROPDOWN, "options"),
        Input(ids.COMPARE_GMINAS_DROPDOWN, "search_value"),
        Input(ids.COMPARE_GMINAS_DROPDOWN, "value"),
        lang,
        prevent_initial_call=True,
    )(update_gmina_options)
    app.callback(
        output=Output(ids.COMPARE_GMINAS_DROPDOWN, "value"),
        inputs={
            "clicks": {
                "preset": Input(ids.COMPARE_PRESET_BUTTON, "n_clicks"),
                "a": Input(ids.COMPARE_CLICK_A, "data"),
                "b": Input(ids.COMPARE_CLICK_B, "data"),
                "similar": Input(ids.COMPARE_SIMILAR_USE, "n_clicks"),
            }
        },
        state={
            "selected": State(ids.COMPARE_GMINAS_DROPDOWN, "value"),
            "similar": State(ids.COMPARE_SIMILAR_STORE, "data"),
        },
        prevent_initial_call=True,
    )(update_selection)
    on_first_showing(
        app,
        "tab_compare",
        output=[
            Output(ids.COMPARE_NOTICE, "children"),
            Output(ids.COMPARE_TABLE, "children"),
            Output(ids.COMPARE_PROFILE_CHART, "figure"),
        ],
        inputs={
            "selected": Input(ids.COMPARE_GMINAS_DROPDOWN, "value"),
            "scope": Input(ids.COMPARE_SCOPE_DROPDOWN, "value"),
        },
        state={"lang": lang},
    )(plain_answer(update_comparison))
    on_first_showing(
        app,
        "tab_compare",
        output=[
            Output(ids.COMPARE_SERIES_CHART, "figure"),
            Output(ids.COMPARE_BARS_CHART, "figure"),
        ],
        inputs={
            "selected": Input(ids.COMPARE_GMINAS_DROPDOWN, "value"),
            "indicator_id": Input(ids.COMPARE_CHART_INDICATOR, "value"),
            "scope": Input(ids.COMPARE_SCOPE_DROPDOWN, "value"),
        },
        state={"lang": lang},
    )(plain_answer(update_charts))
    app.callback(
        output=Output(ids.COMPARE_DOWNLOAD, "data"),
        inputs={
            "clicks": {
                "csv": Input(ids.COMPARE_EXPORT_CSV, "n_clicks"),
                "xlsx": Input(ids.COMPARE_EXPORT_XLSX, "n_clicks"),
            }
        },
        state={
            "separator": State(ids.COMPARE_EXPORT_SEPARATOR, "value"),
            "selected": State(ids.COMPARE_GMINAS_DROPDOWN, "value"),
            "scope": State(ids.COMPARE_SCOPE_DROPDOWN, "value"),
            "lang": lang,
        },
        prevent_initial_call=True,
    )(update_download)
