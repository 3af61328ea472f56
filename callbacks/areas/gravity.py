"""Gravitation zones: Huff, Reilly, flow dominance and Nystuen–Dacey maps, and a flow map."""

from __future__ import annotations

import dash
from dash import Input, Output, Patch, State, dcc, html

from callbacks import ids
from callbacks.alerts import alert
from callbacks.json_answers import plain_answer
from callbacks.maps import NAMED_LAYERS, extra, map_box, map_frame, register_map, scope_paint
from callbacks.page import on_first_showing
from callbacks.panels import section_beside_map
from layers.analysis.catchment import MODELS, Catchment, CatchmentRequest, catchment
from layers.analysis.flows import COMMUTING, FLOW_KINDS, flow_years
from layers.errors import GeoportalError
from layers.render.centre_colors import dataset_centre_colors
from layers.render.flow_view import flow_view
from layers.render.geomap import class_paint, overlay
from layers.render.numbers import formatted
from layers.render.palettes import palette_colors
from server.cache import cache
from server.data import current_dataset, current_labels, gmina_options, indicator_options
from server.i18n import dropdown_labels, text
from server.text_keys import FLOW_DIRECTION_KEYS, FLOW_KIND_KEYS, MODEL_KEYS, N_

DEFAULT_CENTRES = ["1261011", "1219053", "1219043", "1206113", "1209033", "1201011"]
"""Kraków, Wieliczka, Niepołomice, Skawina, Myślenice, Bochnia."""
MAP_LAYERS = NAMED_LAYERS
POINT_COLOR = "#000000"
CENTRE_COLORS = ("#252525", "#969696")
"""The probability map's chosen centre, and the other centres."""


def flow_kind_control(lang: str) -> list:
    """Return the choice of flow matrix; a kind the store lacks is disabled, with a note."""
    years = flow_years(current_dataset().store.flows)
    options = [
        {
            "label": text(FLOW_KIND_KEYS[kind], lang).format(year=years.get(kind, "")),
            "value": kind,
            "disabled": kind not in years,
        }
        for kind in FLOW_KINDS
    ]
    missing = [] if COMMUTING in years else [html.P(text("flows_kind_missing", lang))]
    return [
        html.Label(text("gravity_flow_kind", lang)),
        dcc.RadioItems(id=ids.GRAVITY_FLOW_KIND, value=FLOW_KINDS[0], options=options),
        *missing,
    ]


def layout(lang: str) -> html.Div:
    """Return the gravitation controls, the catchment map and the flow map."""
    gminas = gmina_options(lang)
    indicators = indicator_options(lang, levels_only=True)
    section = html.Div(
        [
            html.H3(text("gravity_title", lang)),
            html.P(text("gravity_help", lang), className="help"),
            html.Label(text("gravity_centres", lang)),
            dcc.Dropdown(
                id=ids.GRAVITY_CENTRES,
                multi=True,
                value=DEFAULT_CENTRES,
                options=gminas,
                labels=dropdown_labels(lang),
            ),
            dcc.RadioItems(
                id=ids.GRAVITY_MODEL,
                value="huff",
                options=[
                    {"label": text(MODEL_KEYS[model], lang), "value": model} for model in MODELS
                ],
            ),
            *flow_kind_control(lang),
            html.Label(text("gravity_attractiveness", lang)),
            dcc.Dropdown(
                id=ids.GRAVITY_ATTRACTIVENESS,
                value="population",
                clearable=False,
                options=indicators,
                labels=dropdown_labels(lang),
            ),
            html.Label("α"),
            dcc.Slider(
                id=ids.GRAVITY_ALPHA,
                min=0.5,
                max=2,
                step=0.1,
                value=1,
                marks={v: str(v) for v in (0.5, 1, 1.5, 2)},
            ),
            html.Label("β"),
            dcc.Slider(
                id=ids.GRAVITY_BETA,
                min=0.5,
                max=3,
                step=0.1,
                value=2,
                marks={v: str(v) for v in (0.5, 1, 1.5, 2, 2.5, 3)},
            ),
            html.Label(text("gravity_centre", lang)),
            dcc.Dropdown(
                id=ids.GRAVITY_CENTRE,
                value=DEFAULT_CENTRES[0],
                clearable=False,
                options=gminas,
                labels=dropdown_labels(lang),
            ),
            html.Div(id=ids.GRAVITY_NOTICE),
            map_box(ids.GRAVITY_MAP, ids.GRAVITY_STATE, ids.GRAVITY_LEGEND),
            html.Div(id=ids.GRAVITY_TABLE, className="compare-table"),
            html.H3(text("flows_title", lang)),
            dcc.Dropdown(
                id=ids.FLOW_GMINA,
                value="1219053",
                clearable=False,
                options=gminas,
                labels=dropdown_labels(lang),
            ),
            dcc.RadioItems(
                id=ids.FLOW_DIRECTION,
                value="out",
                options=[
                    {"label": text(FLOW_DIRECTION_KEYS[d], lang), "value": d} for d in ("out", "in")
                ],
            ),
            html.Label(text("flows_count", lang)),
            dcc.Slider(id=ids.FLOW_COUNT, min=3, max=20, step=1, value=10),
            html.Div(map_frame(ids.FLOW_MAP, ids.FLOW_STATE, "areas-map"), className="map-frame"),
            html.Div(id=ids.FLOW_TABLE, className="compare-table"),
        ],
        className="areas-section",
    )
    return section_beside_map(section, ids.GRAVITY_CONTROLS_TOGGLE, lang)


@cache.memoize()
def cached_catchment(request: CatchmentRequest) -> Catchment:
    """Return a catchment map (cached)."""
    return catchment(current_dataset(), request)


def legend(result: Catchment, colors: list[str], lang: str) -> html.Ul:
    """Return the legend: one row per centre, region or band, with its gmina count."""
    counts = result.codes.value_counts()
    rows = [
        html.Li(
            [label, html.Span(f" ({counts.get(i, 0)})", className="count")],
            className="legend-row",
            style={"borderLeftColor": color},
        )
        for i, (label, color) in enumerate(zip(result.labels, colors, strict=True))
    ]
    return html.Ul(rows)


def points_layer(result: Catchment) -> dict | None:
    """Return the map layer of Reilly's breaking points (none for the other models)."""
    if result.points is None:
        return None
    return overlay(result.points.geometry, "circle", POINT_COLOR, width=6)


def summary_table(result: Catchment, lang: str) -> html.Table:
    """Return the centres' (or regions') gmina counts and population."""
    rows = [
        html.Tr(
            [
                html.Td(label),
                html.Td(str(int(row["gminas"]))),
                html.Td(formatted(row["population"], 0, lang)),
            ]
        )
        for label, (_, row) in zip(result.labels, result.summary.iterrows(), strict=False)
    ]
    head = html.Tr(
        [
            html.Th(text(key, lang))
            for key in (N_("gravity_region"), N_("gravity_gminas"), N_("gravity_population"))
        ]
    )
    return html.Table([html.Thead(head), html.Tbody(rows)])


def region_colors(result: Catchment) -> list[str]:
    """Return a colour per legend row: each centre's own, the same on every model's map.

    Huff's probability of one centre draws bands in a sequential palette, the centres apart.
    """
    if not result.centres:
        return dataset_centre_colors(current_dataset(), result.keys)
    bands = palette_colors("YlOrRd", len(result.labels) - result.centres)
    return [*bands, CENTRE_COLORS[0], *[CENTRE_COLORS[1]] * (result.centres - 1)]


def update_gravity_map(  # noqa: PLR0913 (one keyword per control)
    *,
    scope: str,
    centres: list[str] | None,
    model: str,
    attractiveness: str,
    alpha: float,
    beta: float,
    centre: str | None,
    flow_kind: str,
    lang: str,
) -> tuple:
    """User changes centres, model or its parameters: recolour the catchment map."""
    request = CatchmentRequest(
        scope=scope,
        centres=tuple(centres or ()),
        model=model,
        attractiveness=attractiveness,
        alpha=float(alpha),
        beta=float(beta),
        centre=centre,
        flow_kind=flow_kind,
    )
    try:
        result = cached_catchment(request)
    except GeoportalError as error:
        return alert(error, lang), dash.no_update, [], []
    colors = region_colors(result)
    patch = scope_paint(scope, lang, class_paint(result.codes, colors), MAP_LAYERS)
    extra(patch, "points", points_layer(result))
    return None, patch, legend(result, colors, lang), summary_table(result, lang)


def update_flow_map(gmina: str, direction: str, count: int, kind: str, lang: str) -> tuple:
    """User picks a gmina, direction, N or flow kind: draw lines to its top partners, list them."""
    try:
        extras, view, table = cached_flow_map(gmina, direction, int(count), kind, lang)
    except GeoportalError as error:
        return dash.no_update, alert(error, lang)
    patch = Patch()
    patch["extras"] = extras
    patch["view"] = view
    return patch, table


@cache.memoize()
def cached_flow_map(gmina: str, direction: str, count: int, kind: str, lang: str) -> tuple:
    """Return the flow map's overlays, extent and partners' table (cached: every page opens one)."""
    labels = current_labels(lang)
    view = flow_view(
        current_dataset(), gmina, direction=direction, count=count, kind=kind, labels=labels
    )
    rows = [
        html.Tr(
            [
                html.Td(labels[row.partner]),
                html.Td(formatted(row.volume, 0, lang)),
                html.Td(formatted(row.share * 100, 1, lang) + " %"),
            ]
        )
        for row in view.top.itertuples()
    ]
    head = html.Tr(
        [
            html.Th(text(key, lang))
            for key in ("compare_gmina", N_("flows_volume"), N_("flows_share"))
        ]
    )
    return view.extras, view.view, html.Table([html.Thead(head), html.Tbody(rows)])


def register(app: dash.Dash) -> None:
    """Wire the gravitation map and the flow map."""
    register_map(app, ids.GRAVITY_MAP, ids.GRAVITY_STATE)
    register_map(app, ids.FLOW_MAP, ids.FLOW_STATE)
    on_first_showing(
        app,
        "tab_areas",
        output=[
            Output(ids.GRAVITY_NOTICE, "children"),
            Output(ids.GRAVITY_STATE, "data"),
            Output(ids.GRAVITY_LEGEND, "children"),
            Output(ids.GRAVITY_TABLE, "children"),
        ],
        inputs={
            "scope": Input(ids.AREAS_SCOPE, "value"),
            "centres": Input(ids.GRAVITY_CENTRES, "value"),
            "model": Input(ids.GRAVITY_MODEL, "value"),
            "attractiveness": Input(ids.GRAVITY_ATTRACTIVENESS, "value"),
            "alpha": Input(ids.GRAVITY_ALPHA, "value"),
            "beta": Input(ids.GRAVITY_BETA, "value"),
            "centre": Input(ids.GRAVITY_CENTRE, "value"),
            "flow_kind": Input(ids.GRAVITY_FLOW_KIND, "value"),
        },
        state={"lang": State(ids.LANG_STORE, "data")},
    )(plain_answer(update_gravity_map))
    on_first_showing(
        app,
        "tab_areas",
        output=[Output(ids.FLOW_STATE, "data"), Output(ids.FLOW_TABLE, "children")],
        inputs={
            "gmina": Input(ids.FLOW_GMINA, "value"),
            "direction": Input(ids.FLOW_DIRECTION, "value"),
            "count": Input(ids.FLOW_COUNT, "value"),
            "kind": Input(ids.GRAVITY_FLOW_KIND, "value"),
        },
        state={"lang": State(ids.LANG_STORE, "data")},
    )(plain_answer(update_flow_map))
