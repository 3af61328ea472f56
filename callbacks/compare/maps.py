"""Compare gminas: two synchronised maps side by side, and the gminas most alike a chosen one."""

from __future__ import annotations

import dash
from dash import Input, Output, Patch, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from callbacks.json_answers import plain_answer
from callbacks.maps import NAMED_LAYERS, map_box, marked, painted_map, register_map
from callbacks.page import on_first_showing
from layers.analysis.catalog import indicator_of
from layers.analysis.similarity import similar_gminas
from layers.errors import GeoportalError
from layers.render.choropleth import ViewRequest
from layers.render.geomap import MARKS
from layers.render.numbers import formatted
from layers.render.palettes import DEFAULT_BY_POLARITY
from server.data import current_dataset, current_labels, gmina_options, indicator_options
from server.i18n import dropdown_labels, text
from server.text_keys import COMPARE_MAP_KEYS

MAP_LAYERS = NAMED_LAYERS
DEFAULT_SIMILARITY = [
    "density",
    "population_change",
    "old_age_dependency",
    "unemployed_per_1000_working_age",
    "pit_share_per_capita",
]
SIDES = {
    "a": (
        ids.COMPARE_MAP_INDICATOR_A,
        ids.COMPARE_MAP_YEAR_A,
        ids.COMPARE_MAP_A,
        ids.COMPARE_LEGEND_A,
        ids.COMPARE_STATE_A,
        "population",
    ),
    "b": (
        ids.COMPARE_MAP_INDICATOR_B,
        ids.COMPARE_MAP_YEAR_B,
        ids.COMPARE_MAP_B,
        ids.COMPARE_LEGEND_B,
        ids.COMPARE_STATE_B,
        "population_change",
    ),
}
"""Each side's indicator, year, map, legend and map-state ids, and its first indicator."""
CLICKS = {ids.COMPARE_MAP_A: ids.COMPARE_CLICK_A, ids.COMPARE_MAP_B: ids.COMPARE_CLICK_B}
OTHER = {ids.COMPARE_MAP_A: ids.COMPARE_MAP_B, ids.COMPARE_MAP_B: ids.COMPARE_MAP_A}
"""Each map's partner: it follows the map's pans and zooms and outlines its hovered gmina."""


def side_layout(side: str, lang: str) -> html.Div:
    """Return one map with its indicator and year choice and its legend.

    Map A's legend also holds the entry of the outlined similar gminas, under its classes.
    """
    indicator_id, year_id, map_id, legend_id, state_id, first = SIDES[side]
    legend: str | list = legend_id
    if side == "a":
        legend = [html.Div(id=legend_id), html.Ul(id=ids.COMPARE_SIMILAR_KEY)]
    return html.Div(
        [
            html.H4(text(COMPARE_MAP_KEYS[side], lang)),
            dcc.Dropdown(
                id=indicator_id,
                value=first,
                clearable=False,
                labels=dropdown_labels(lang),
                options=indicator_options(lang),
            ),
            dcc.Dropdown(id=year_id, clearable=False, labels=dropdown_labels(lang)),
            map_box(
                map_id,
                state_id,
                legend,
                "compare-map",
                events={"click": CLICKS[map_id]},
                data={"link": OTHER[map_id]},
            ),
        ],
        className="compare-side",
    )


def layout(lang: str) -> html.Div:
    """Return the two maps and the similar-gminas finder."""
    similar = html.Div(
        [
            html.H3(text("compare_similar_title", lang)),
            html.P(text("compare_similar_help", lang), className="help"),
            html.Label(text("compare_similar_gmina", lang)),
            dcc.Dropdown(
                id=ids.COMPARE_SIMILAR_GMINA,
                value="1219053",
                clearable=False,
                labels=dropdown_labels(lang),
                options=gmina_options(lang),
            ),
            html.Label(text("compare_similar_indicators", lang)),
            dcc.Dropdown(
                id=ids.COMPARE_SIMILAR_INDICATORS,
                multi=True,
                value=DEFAULT_SIMILARITY,
                labels=dropdown_labels(lang),
                options=indicator_options(lang),
            ),
            html.Label(text("compare_similar_k", lang)),
            dcc.Slider(id=ids.COMPARE_SIMILAR_K, min=1, max=10, step=1, value=5),
            html.Div(id=ids.COMPARE_SIMILAR_RESULT),
            dcc.Store(id=ids.COMPARE_SIMILAR_STORE),
            html.Button(text("compare_similar_use", lang), id=ids.COMPARE_SIMILAR_USE),
        ],
        className="compare-similar",
    )
    return html.Div(
        [
            html.H3(text("compare_maps_title", lang)),
            html.P(text("compare_maps_help", lang), className="help"),
            html.Div([side_layout("a", lang), side_layout("b", lang)], className="compare-maps"),
            similar,
        ]
    )


def update_year_choice(indicator_id: str, year: int | None) -> tuple[list[int], int]:
    """User picks a map's indicator: offer its years, keeping the year when it has data."""
    indicator = indicator_of(current_dataset().catalog, indicator_id)
    return list(indicator.years), indicator.year_kept(year)


def update_side_map(scope: str, indicator_id: str, year: int, lang: str) -> tuple:
    """User changes a map's indicator or year, or the scope: recolour that map."""
    if None in (scope, indicator_id, year):
        raise PreventUpdate
    indicator = indicator_of(current_dataset().catalog, indicator_id)
    request = ViewRequest(
        scope=scope,
        indicator=indicator_id,
        year=int(year),
        palette=DEFAULT_BY_POLARITY[indicator.polarity],
    )
    try:
        patch, legend, _ = painted_map(request, lang, MAP_LAYERS)
    except GeoportalError as error:
        return dash.no_update, alert(error, lang)
    return patch, legend


def update_similar(gmina: str, indicators: list[str], k: int, scope: str, lang: str) -> tuple:
    """User picks a gmina, indicators or k: list the gminas most alike it in the scope."""
    if not gmina:
        raise PreventUpdate
    try:
        distances = similar_gminas(current_dataset(), gmina, scope, indicators or [], int(k))
    except GeoportalError as error:
        return alert(error, lang), None
    labels = current_labels(lang)
    said = text("compare_similar_distance", lang)
    items = [
        html.Li(f"{labels[code]} — {said} {formatted(distance, 2, lang)}")
        for code, distance in distances.items()
    ]
    return html.Ol(items, className="similar-list"), [gmina, *distances.index]


def update_similar_outline(group: list[str] | None, lang: str) -> tuple[Patch, list]:
    """Outline the gmina and its look-alikes on map A (a new list), named in its legend."""
    codes = [code for code in group if isinstance(code, str)] if isinstance(group, list) else []
    return marked(Patch(), "group", codes), similar_key(codes, lang)


def similar_key(codes: list[str], lang: str) -> list:
    """Return the legend entry of the outlined gminas: an outline swatch and who they are."""
    if not codes:
        return []
    color, _ = MARKS["group"]
    label = text("compare_similar_legend", lang).format(
        name=current_labels(lang)[codes[0]], count=len(codes) - 1
    )
    swatch = html.Span(className="legend-swatch-outline", style={"borderColor": color})
    return [html.Li([swatch, label], className="legend-row legend-mark")]


def register(app: dash.Dash) -> None:
    """Wire both maps, their synchronisation and the similar-gminas finder."""
    lang = State(ids.LANG_STORE, "data")
    for side in SIDES.values():
        indicator_id, year_id, map_id, legend_id, state_id, _ = side
        register_map(app, map_id, state_id)
        on_first_showing(
            app,
            "tab_compare",
            output=[Output(year_id, "options"), Output(year_id, "value")],
            inputs={"indicator_id": Input(indicator_id, "value")},
            state={"year": State(year_id, "value")},
        )(update_year_choice)
        on_first_showing(
            app,
            "tab_compare",
            output=[Output(state_id, "data"), Output(legend_id, "children")],
            inputs={
                "scope": Input(ids.COMPARE_SCOPE_DROPDOWN, "value"),
                "indicator_id": Input(indicator_id, "value"),
                "year": Input(year_id, "value"),
            },
            state={"lang": lang},
        )(plain_answer(update_side_map))
    on_first_showing(
        app,
        "tab_compare",
        output=[
            Output(ids.COMPARE_SIMILAR_RESULT, "children"),
            Output(ids.COMPARE_SIMILAR_STORE, "data"),
        ],
        inputs={
            "gmina": Input(ids.COMPARE_SIMILAR_GMINA, "value"),
            "indicators": Input(ids.COMPARE_SIMILAR_INDICATORS, "value"),
            "k": Input(ids.COMPARE_SIMILAR_K, "value"),
            "scope": Input(ids.COMPARE_SCOPE_DROPDOWN, "value"),
        },
        state={"lang": lang},
    )(update_similar)
    app.callback(
        Output(ids.COMPARE_STATE_A, "data", allow_duplicate=True),
        Output(ids.COMPARE_SIMILAR_KEY, "children"),
        Input(ids.COMPARE_SIMILAR_STORE, "data"),
        State(ids.LANG_STORE, "data"),
        prevent_initial_call=True,
    )(update_similar_outline)
