"""Spatial autocorrelation: controls, the LISA or Gi* map, Moran's I and the scatterplot."""

from __future__ import annotations

import dash
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from callbacks.charts import chart_config
from callbacks.explorer.map_view import year_marks
from callbacks.json_answers import plain_answer
from callbacks.maps import legend_row, map_frame, register_map, scope_paint
from callbacks.page import on_first_showing
from callbacks.panels import beside_map
from callbacks.spatial.controls import control, number, scope_control
from layers.analysis.autocorrelation import PERMUTATIONS, SIGNIFICANCE_LEVELS
from layers.analysis.catalog import indicator_of
from layers.analysis.scopes import SCOPES
from layers.analysis.weights import DEFAULT_K, DEFAULT_KM, MAX_K, MAX_KM, WEIGHTS
from layers.errors import GeoportalError
from layers.render.clusters import (
    MODES,
    SAVABLE,
    ClusterRequest,
    ClusterTexts,
    ClusterView,
    cluster_view,
    significance_text,
)
from layers.render.figures import localized
from layers.render.numbers import formatted
from server.cache import cache
from server.data import current_dataset, current_labels, indicator_options
from server.i18n import dropdown_labels, text
from server.text_keys import N_

DEFAULT_SCOPE = "malopolska"
DEFAULT_INDICATOR = "density"
MAP_LAYERS = ("smk",)
CATEGORY_KEYS = {
    "HH": N_("cluster_hh"),
    "LL": N_("cluster_ll"),
    "HL": N_("cluster_hl"),
    "LH": N_("cluster_lh"),
    "hot": N_("cluster_hot"),
    "cold": N_("cluster_cold"),
    "ns": N_("cluster_ns"),
    "island": N_("cluster_island"),
    "nodata": "legend_nodata",
}
"""Text key of each category's name."""
WEIGHT_KEYS = {
    "queen": N_("spatial_weights_queen"),
    "knn": N_("spatial_weights_knn"),
    "distance": N_("spatial_weights_distance"),
}
MODE_KEYS = {"lisa": N_("spatial_mode_lisa"), "gi": N_("spatial_mode_gi")}
CONTROLS = {
    "scope": ids.CLUSTER_SCOPE,
    "indicator": ids.CLUSTER_INDICATOR,
    "year": ids.CLUSTER_YEAR,
    "weights": ids.CLUSTER_WEIGHTS,
    "k": ids.CLUSTER_K,
    "km": ids.CLUSTER_KM,
    "significance": ids.CLUSTER_SIGNIFICANCE,
    "mode": ids.CLUSTER_MODE,
}
"""The section's controls by the parameter of :func:`cluster_request` each sets."""


def layout(lang: str) -> html.Div:
    """Return the controls, the cluster map with its legend, the statistics and the scatterplot."""
    controls = [*data_controls(lang), *method_controls(lang)]
    return html.Div(
        [
            html.H3(text("spatial_title", lang)),
            html.P(text("spatial_help", lang).format(permutations=PERMUTATIONS), className="help"),
            beside_map(controls, results(lang), ids.CLUSTER_CONTROLS_TOGGLE, lang),
        ],
        className="spatial-section",
    )


def data_controls(lang: str) -> list[html.Div]:
    """Return the scope, indicator and year controls."""
    indicator = current_dataset().catalog[DEFAULT_INDICATOR]
    return [
        scope_control(ids.CLUSTER_SCOPE, DEFAULT_SCOPE, lang),
        control(
            text("indicator", lang),
            dcc.Dropdown(
                id=ids.CLUSTER_INDICATOR,
                value=DEFAULT_INDICATOR,
                clearable=False,
                labels=dropdown_labels(lang),
                options=indicator_options(lang),
            ),
        ),
        control(
            text("year", lang),
            dcc.Slider(
                id=ids.CLUSTER_YEAR,
                step=1,
                value=max(indicator.years),
                min=min(indicator.years),
                max=max(indicator.years),
                marks=year_marks(indicator.years),
                included=False,
            ),
        ),
    ]


def method_controls(lang: str) -> list[html.Div]:
    """Return the weights, significance and map-mode controls."""
    return [
        control(
            text("spatial_weights", lang),
            dcc.RadioItems(
                id=ids.CLUSTER_WEIGHTS,
                value="queen",
                options=[{"label": text(WEIGHT_KEYS[w], lang), "value": w} for w in WEIGHTS],
            ),
        ),
        control(
            text("spatial_k", lang),
            dcc.Input(id=ids.CLUSTER_K, type="number", min=1, max=MAX_K, step=1, value=DEFAULT_K),
        ),
        control(
            text("spatial_km", lang),
            dcc.Input(id=ids.CLUSTER_KM, type="number", min=1, max=MAX_KM, value=DEFAULT_KM),
        ),
        control(
            text("spatial_significance", lang),
            dcc.RadioItems(
                id=ids.CLUSTER_SIGNIFICANCE,
                value=SIGNIFICANCE_LEVELS[0],
                options=[
                    {"label": formatted(level, 2, lang), "value": level}
                    for level in SIGNIFICANCE_LEVELS
                ],
                inline=True,
            ),
        ),
        control(
            text("spatial_mode", lang),
            dcc.RadioItems(
                id=ids.CLUSTER_MODE,
                value="lisa",
                options=[{"label": text(MODE_KEYS[m], lang), "value": m} for m in MODES],
            ),
        ),
    ]


def results(lang: str) -> list:
    """Return the (empty) map, legend, statistics, scatterplot and the save form."""
    return [
        dcc.Store(id=ids.CLUSTER_MEMBERS),
        html.Div(id=ids.CLUSTER_NOTICE),
        html.Div(
            [
                *map_frame(ids.CLUSTER_MAP, ids.CLUSTER_STATE, "map"),
                html.Div(id=ids.CLUSTER_LEGEND, className="legend"),
            ],
            className="map-frame",
        ),
        html.Div(id=ids.CLUSTER_STATS, className="indicator-info", role="status"),
        html.H4(text("spatial_scatter_title", lang)),
        dcc.Graph(id=ids.CLUSTER_SCATTER, config=chart_config(lang)),
    ]


def cluster_texts(lang: str) -> ClusterTexts:
    """Return the category names and chart titles in ``lang``."""
    return ClusterTexts(
        categories={category: text(key, lang) for category, key in CATEGORY_KEYS.items()},
        x_axis=text("spatial_x_axis", lang),
        y_axis=text("spatial_y_axis", lang),
        slope=text("spatial_slope", lang),
        lang=lang,
    )


@cache.memoize()
def cached_cluster_view(request: ClusterRequest, lang: str) -> ClusterView:
    """Return the painted clusters of a request (cached: 999 permutations per gmina)."""
    return cluster_view(current_dataset(), request, current_labels(lang), cluster_texts(lang))


def update_year(indicator_id: str | None, year: int | None) -> tuple:
    """User picks an indicator: offer its years, keeping the year when it has data."""
    if indicator_id is None:
        raise PreventUpdate
    try:
        indicator = indicator_of(current_dataset().catalog, indicator_id)
    except GeoportalError:
        raise PreventUpdate from None
    years = indicator.years
    return min(years), max(years), year_marks(years), indicator.year_kept(year)


def cluster_request(  # noqa: PLR0913 (one keyword per control)
    *,
    scope: object,
    indicator: object,
    year: object,
    weights: object,
    k: object,
    km: object,
    significance: object,
    mode: object,
) -> ClusterRequest:
    """Return the request of the controls' values, or stop when one is missing or odd.

    The controls are :data:`CONTROLS`, by name; a browser may send anything.
    """
    year, significance = number(year), number(significance)
    if scope not in SCOPES or not isinstance(indicator, str) or mode not in MODES:
        raise PreventUpdate
    if year is None or significance is None or not isinstance(weights, str):
        raise PreventUpdate
    return ClusterRequest(
        scope=scope,
        indicator=indicator,
        year=round(year),
        weights=weights,
        k=round(number(k) or 0),
        km=number(km) or 0.0,
        significance=significance,
        mode=mode,
    )


def statistics(view: ClusterView, lang: str) -> list:
    """Return the statistics line, then what was left out (islands, gaps, separate groups)."""
    moran = view.moran
    parts = [
        html.P(
            text("spatial_stats", lang).format(
                i=formatted(moran.statistic, 3, lang),
                ei=formatted(moran.expected, 4, lang),
                z=formatted(moran.z, 2, lang),
                p=significance_text(moran.p_sim, lang),
                pn=significance_text(moran.p_norm, lang),
                n=moran.n,
                permutations=moran.permutations,
            )
        )
    ]
    labels = current_labels(lang)
    if view.islands:
        names = ", ".join(labels.reindex(view.islands).fillna("?"))
        parts.append(html.P(text("spatial_islands", lang).format(names=names)))
    if view.components > 1:
        parts.append(html.P(text("spatial_components", lang).format(count=view.components)))
    if view.missing:
        parts.append(html.P(text("spatial_missing", lang).format(count=view.missing)))
    return parts


def legend(view: ClusterView, lang: str) -> html.Ul:
    """Return the map's legend: each category shown, its colour and count."""
    return html.Ul([legend_row(row, lang) for row in view.legend])


def update_clusters(*, controls: dict, lang: str) -> tuple:
    """User changes any control: recompute the statistics and recolour the map.

    ``controls`` are the section's values by name (:data:`CONTROLS`).
    """
    request = cluster_request(**controls)
    try:
        view = cached_cluster_view(request, lang)
    except GeoportalError as error:
        return alert(error, lang), [], dash.no_update, [], dash.no_update, {}, []
    patch = scope_paint(request.scope, lang, view.paint, MAP_LAYERS)
    options = [
        {"label": f"{text(CATEGORY_KEYS[c], lang)} ({len(view.members[c])})", "value": c}
        for c in SAVABLE
        if c in view.members
    ]
    return (
        None,
        statistics(view, lang),
        patch,
        legend(view, lang),
        localized(view.scatter, lang),
        view.members,
        options,
    )


def register(app: dash.Dash) -> None:
    """Wire the cluster section's callbacks."""
    register_map(app, ids.CLUSTER_MAP, ids.CLUSTER_STATE)
    app.callback(
        Output(ids.CLUSTER_YEAR, "min"),
        Output(ids.CLUSTER_YEAR, "max"),
        Output(ids.CLUSTER_YEAR, "marks"),
        Output(ids.CLUSTER_YEAR, "value"),
        Input(ids.CLUSTER_INDICATOR, "value"),
        State(ids.CLUSTER_YEAR, "value"),
        prevent_initial_call=True,
    )(update_year)
    on_first_showing(
        app,
        "tab_spatial",
        output=[
            Output(ids.CLUSTER_NOTICE, "children"),
            Output(ids.CLUSTER_STATS, "children"),
            Output(ids.CLUSTER_STATE, "data"),
            Output(ids.CLUSTER_LEGEND, "children"),
            Output(ids.CLUSTER_SCATTER, "figure"),
            Output(ids.CLUSTER_MEMBERS, "data"),
            Output(ids.CLUSTER_SAVE_CATEGORY, "options"),
        ],
        inputs={"controls": {name: Input(cid, "value") for name, cid in CONTROLS.items()}},
        state={"lang": State(ids.LANG_STORE, "data")},
    )(plain_answer(update_clusters))
