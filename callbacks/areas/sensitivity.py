"""Sensitivity of the two levels to β and the attractiveness: a map of robustness and tables."""

from __future__ import annotations

import dash
import pandas as pd
from dash import Input, Output, Patch, State, dcc, html

from callbacks import ids
from callbacks.alerts import alert
from callbacks.areas.two_level_map import class_colors, legend_items
from callbacks.json_answers import plain_answer
from callbacks.maps import map_box, register_map, scope_paint
from callbacks.page import on_first_showing
from callbacks.panels import section_beside_map
from layers.analysis.catalog import indicator_of
from layers.analysis.scopes import scope_codes
from layers.analysis.sensitivity import Sensitivity, robust_classes, sensitivity
from layers.analysis.two_level import TwoLevelRequest
from layers.errors import GeoportalError
from layers.render.geomap import class_paint
from layers.render.numbers import formatted
from server.cache import cache
from server.data import current_dataset, current_labels, indicator_options
from server.i18n import dropdown_labels, text
from server.text_keys import N_

DEFAULT_INDICATORS = ["population", "own_revenue_per_capita"]
MAP_LAYERS = ("smk",)


def layout(lang: str) -> html.Div:
    """Return the choice of attractiveness indicators, the map of robustness and the tables."""
    section = html.Div(
        [
            html.H3(text("sens_title", lang)),
            html.P(text("sens_help", lang), className="help"),
            html.Label(text("sens_indicators", lang)),
            dcc.Dropdown(
                id=ids.SENS_INDICATORS,
                multi=True,
                value=DEFAULT_INDICATORS,
                options=indicator_options(lang, levels_only=True),
                labels=dropdown_labels(lang),
            ),
            html.Div(id=ids.SENS_NOTICE),
            map_box(ids.SENS_MAP, ids.SENS_STATE, ids.SENS_LEGEND),
            html.Div(id=ids.SENS_TABLE, className="compare-table"),
            html.Div(id=ids.SENS_UNSTABLE, className="compare-table"),
        ],
        className="areas-section",
    )
    return section_beside_map(section, ids.SENS_CONTROLS_TOGGLE, lang)


@cache.memoize()
def cached_sensitivity(request: TwoLevelRequest, indicators: tuple[str, ...]) -> Sensitivity:
    """Return the grid of runs (cached)."""
    return sensitivity(current_dataset(), request, indicators)


def runs_table(request: TwoLevelRequest, result: Sensitivity, lang: str) -> html.Table:
    """Return one row per run: the core's area and each centre's, in gminas."""
    labels, catalog = current_labels(lang), current_dataset().catalog
    head = [text("sens_run", lang), text("sens_first", lang), *(labels[c] for c in request.centres)]
    body = [
        html.Tr(
            [
                html.Td(
                    f"{indicator_of(catalog, indicator).name(lang)}, β = {formatted(beta, 1, lang)}"
                ),
                *(html.Td(str(count)) for count in row),
            ]
        )
        for (indicator, beta), row in result.counts.iterrows()
    ]
    return html.Table([html.Thead(html.Tr([html.Th(h) for h in head])), html.Tbody(body)])


def unstable_table(result: Sensitivity, lang: str) -> list:
    """Return how many gminas are robust, and the others with their alternatives."""
    labels = current_labels(lang)
    runs = result.centres.shape[1]
    robust = int(result.stability.eq(1.0).sum())
    summary = text("sens_robust", lang).format(
        robust=robust, total=len(result.stability), runs=runs
    )
    rows = []
    for code in result.stability.index[result.stability < 1]:
        others = (
            result.centres.loc[code]
            .dropna()
            .value_counts()
            .drop(result.modal[code], errors="ignore")
        )
        rows.append(
            html.Tr(
                [
                    html.Td(labels[code]),
                    html.Td(
                        labels[result.modal[code]] if isinstance(result.modal[code], str) else "—"
                    ),
                    html.Td(formatted(100 * result.stability[code], 0, lang) + " %"),
                    html.Td(", ".join(f"{labels[c]} ({n})" for c, n in others.items())),
                ]
            )
        )
    keys = ("compare_gmina", N_("sens_modal"), N_("sens_stability"), N_("sens_alternatives"))
    head = html.Tr([html.Th(text(key, lang)) for key in keys])
    return [html.P(summary), html.Table([html.Thead(head), html.Tbody(rows)])]


def legend(request: TwoLevelRequest, classes: pd.Series, colors: list[str], lang: str) -> html.Ul:
    """Return the legend: each centre robust, each centre varying (lighter), the core."""
    labels = current_labels(lang)
    names = [labels[c] for c in request.centres]
    varies = text("sens_varies", lang)
    texts = [*names, *(f"{name} — {varies}" for name in names), labels[request.core]]
    counts = classes.value_counts()
    numbers = [counts.get(i, 0) for i in range(len(texts))]
    return html.Ul(legend_items(texts, numbers, colors, lang))


def sensitivity_map(
    request: TwoLevelRequest, classes: pd.Series, lang: str
) -> tuple[Patch, list[str]]:
    """Return the map of robustness (each gmina's class; its name on hover) and its colours."""
    colors = class_colors(request.core, request.centres)
    ordered = [*colors[1:-1], colors[0]]  # robust, varying, then the core
    return scope_paint(request.scope, lang, class_paint(classes, ordered), MAP_LAYERS), ordered


def update_sensitivity(  # noqa: PLR0913 (one keyword per control)
    *,
    scope: str,
    core: str,
    centres: list[str] | None,
    tolerance: float,
    alpha: float,
    indicators: list[str] | None,
    lang: str,
) -> tuple:
    """User changes the centres, α or the indicators: recompute the grid of runs."""
    request = TwoLevelRequest(
        scope, core, tuple(centres or ()), alpha=float(alpha), tolerance=float(tolerance)
    )
    try:
        result = cached_sensitivity(request, tuple(indicators or ()))
    except GeoportalError as error:
        return alert(error, lang), dash.no_update, [], [], []
    dataset = current_dataset()
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    classes = robust_classes(result, request.centres, codes)
    patch, colors = sensitivity_map(request, classes, lang)
    tables = runs_table(request, result, lang), unstable_table(result, lang)
    return None, patch, legend(request, classes, colors, lang), *tables


def register(app: dash.Dash) -> None:
    """Wire the sensitivity map and tables."""
    register_map(app, ids.SENS_MAP, ids.SENS_STATE)
    on_first_showing(
        app,
        "tab_areas",
        output=[
            Output(ids.SENS_NOTICE, "children"),
            Output(ids.SENS_STATE, "data"),
            Output(ids.SENS_LEGEND, "children"),
            Output(ids.SENS_TABLE, "children"),
            Output(ids.SENS_UNSTABLE, "children"),
        ],
        inputs={
            "scope": Input(ids.AREAS_SCOPE, "value"),
            "core": Input(ids.TWOLEVEL_CORE, "value"),
            "centres": Input(ids.TWOLEVEL_CENTRES, "value"),
            "tolerance": Input(ids.TWOLEVEL_TOLERANCE, "value"),
            "alpha": Input(ids.GRAVITY_ALPHA, "value"),
            "indicators": Input(ids.SENS_INDICATORS, "value"),
        },
        state={"lang": State(ids.LANG_STORE, "data")},
    )(plain_answer(update_sensitivity))
