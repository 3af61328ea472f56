"""Gravitation toward any gmina: every gmina's pull toward it, classified, and its top origins."""

from __future__ import annotations

import dash
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from callbacks.areas.gravity import update_flow_map
from callbacks.areas.two_level_map import legend_items
from callbacks.explorer.map_view import palette_options
from callbacks.json_answers import plain_answer
from callbacks.maps import map_box, map_frame, register_map, scope_paint
from callbacks.page import on_first_showing
from callbacks.panels import section_beside_map
from layers.analysis.classify import MAX_CLASSES, MIN_CLASSES, SCHEMES, parsed_breaks
from layers.analysis.pull import CHANGES, MEASURES, Pull, PullRequest, pull_toward
from layers.errors import GeoportalError
from layers.render.pull_view import EXTRA_COLORS, EXTRA_ROWS, Classing, PullView, pull_view
from server.cache import cache
from server.data import current_dataset, gmina_options
from server.i18n import dropdown_labels, text
from server.text_keys import N_, SCHEME_KEYS

DEFAULT_GMINA = "1219053"
"""Wieliczka."""
ORIGINS = 10
"""Origins on the flow map."""
MAP_LAYERS = ("smk",)
MEASURE_TEXTS = {
    "outflow_share": N_("pull_measure_outflow_share"),
    "huff": N_("pull_measure_huff"),
    "outflow_share_change": N_("pull_measure_outflow_share_change"),
    "huff_change": N_("pull_measure_huff_change"),
}
EXTRA_TEXTS = {
    "nodata": N_("legend_nodata"),
    "suppressed": N_("pull_suppressed"),
    "target": N_("pull_target"),
}


def classing_controls(lang: str) -> list:
    """Return the explorer's classification controls for this map: scheme, k, breaks, palette."""
    return [
        html.Label(text("scheme", lang)),
        dcc.Dropdown(
            id=ids.PULL_SCHEME,
            value="quantiles",
            clearable=False,
            options=[{"label": text(SCHEME_KEYS[s], lang), "value": s} for s in SCHEMES],
            labels=dropdown_labels(lang),
        ),
        html.Label(text("classes", lang)),
        dcc.Slider(
            id=ids.PULL_CLASSES,
            min=MIN_CLASSES,
            max=MAX_CLASSES,
            step=1,
            value=5,
            marks={k: str(k) for k in range(MIN_CLASSES, MAX_CLASSES + 1)},
        ),
        html.Label(text("breaks", lang)),
        dcc.Input(
            id=ids.PULL_BREAKS, type="text", debounce=True, placeholder=text("breaks_help", lang)
        ),
        html.Label(text("palette", lang)),
        dcc.Dropdown(
            id=ids.PULL_PALETTE,
            value="YlOrRd",
            clearable=False,
            options=palette_options(lang),
            labels=dropdown_labels(lang),
        ),
        dcc.Checklist(
            id=ids.PULL_REVERSE,
            options=[{"label": text("reverse", lang), "value": "reverse"}],
            value=[],
        ),
    ]


def layout(lang: str) -> html.Div:
    """Return the chosen gmina, the measure, the classification, the map and the flow map."""
    section = html.Div(
        [
            html.H3(text("pull_title", lang)),
            html.P(text("pull_help", lang), className="help"),
            html.Label(text("pull_gmina", lang)),
            dcc.Dropdown(
                id=ids.PULL_GMINA,
                value=DEFAULT_GMINA,
                clearable=False,
                options=gmina_options(lang),
                labels=dropdown_labels(lang),
            ),
            html.Label(text("pull_measure", lang)),
            dcc.RadioItems(
                id=ids.PULL_MEASURE,
                value=MEASURES[0],
                options=[{"label": text(MEASURE_TEXTS[m], lang), "value": m} for m in MEASURES],
            ),
            *classing_controls(lang),
            html.Div(id=ids.PULL_NOTICE),
            map_box(ids.PULL_MAP, ids.PULL_STATE, ids.PULL_LEGEND),
            html.H4(text("pull_origins", lang)),
            html.Div(
                map_frame(ids.PULL_FLOW_MAP, ids.PULL_FLOW_STATE, "areas-map"),
                className="map-frame",
            ),
            html.Div(id=ids.PULL_FLOW_TABLE, className="compare-table"),
        ],
        className="areas-section",
    )
    return section_beside_map(section, ids.PULL_CONTROLS_TOGGLE, lang)


def unit(request: PullRequest, lang: str) -> str:
    """Return the unit of the measure: % of the outflow, or percentage points of change."""
    return text(
        N_("pull_unit_change") if request.measure in CHANGES else N_("pull_unit_share"), lang
    )


@cache.memoize()
def cached_pull(request: PullRequest, classing: Classing, lang: str) -> tuple[Pull, PullView]:
    """Return the pull toward a gmina and its painted view, hover with the unit (cached)."""
    pull = pull_toward(current_dataset(), request)
    hover = [f"{{0}} {unit(request, lang)}"]
    return pull, pull_view(pull, request.gmina, classing, lang, hover)


def legend(request: PullRequest, pull: Pull, view: PullView, lang: str) -> list:
    """Return the legend: measure and years, one row per class, then the rows outside them."""
    period = "–".join(str(year) for year in pull.years)
    title = html.Div(
        f"{text(MEASURE_TEXTS[request.measure], lang)}, {period}", className="legend-title"
    )
    labels = [f"{row.label} {unit(request, lang)}" for row in view.legend]
    labels += [text(EXTRA_TEXTS[key], lang) for key in EXTRA_ROWS]
    counts = [row.count for row in view.legend] + [view.extra[key] for key in EXTRA_ROWS]
    colors = [row.color for row in view.legend] + [EXTRA_COLORS[key] for key in EXTRA_ROWS]
    return [title, html.Ul(legend_items(labels, counts, colors, lang))]


def update_pull_map(  # noqa: PLR0913 (one keyword per control)
    *,
    scope: str,
    gmina: str,
    measure: str,
    kind: str,
    centres: list[str] | None,
    attractiveness: str,
    alpha: float,
    beta: float,
    scheme: str,
    k: int,
    breaks: str | None,
    palette: str,
    reverse: list[str] | None,
    lang: str,
) -> tuple:
    """User picks a gmina, a measure or a class setting: recolour the map of pull toward it."""
    if scheme == "manual" and not (breaks or "").strip():
        raise PreventUpdate  # manual scheme chosen: wait for the user's breaks
    request = PullRequest(
        scope, gmina, measure, kind, tuple(centres or ()), attractiveness, float(alpha), float(beta)
    )
    try:
        manual = parsed_breaks(breaks or "") if scheme == "manual" else ()
        classing = Classing(scheme, int(k), manual, palette, bool(reverse))
        pull, view = cached_pull(request, classing, lang)
    except GeoportalError as error:
        return alert(error, lang), dash.no_update, []
    patch = scope_paint(scope, lang, view.paint, MAP_LAYERS)
    return None, patch, legend(request, pull, view, lang)


def update_origins(gmina: str, kind: str, lang: str) -> tuple:
    """User picks the gmina or the flow matrix: draw its largest sources of inflow."""
    return update_flow_map(gmina, "in", ORIGINS, kind, lang)


def register(app: dash.Dash) -> None:
    """Wire the map of pull toward a gmina and its flow map."""
    register_map(app, ids.PULL_MAP, ids.PULL_STATE)
    register_map(app, ids.PULL_FLOW_MAP, ids.PULL_FLOW_STATE)
    on_first_showing(
        app,
        "tab_areas",
        output=[
            Output(ids.PULL_NOTICE, "children"),
            Output(ids.PULL_STATE, "data"),
            Output(ids.PULL_LEGEND, "children"),
        ],
        inputs={
            "scope": Input(ids.AREAS_SCOPE, "value"),
            "gmina": Input(ids.PULL_GMINA, "value"),
            "measure": Input(ids.PULL_MEASURE, "value"),
            "kind": Input(ids.GRAVITY_FLOW_KIND, "value"),
            "centres": Input(ids.GRAVITY_CENTRES, "value"),
            "attractiveness": Input(ids.GRAVITY_ATTRACTIVENESS, "value"),
            "alpha": Input(ids.GRAVITY_ALPHA, "value"),
            "beta": Input(ids.GRAVITY_BETA, "value"),
            "scheme": Input(ids.PULL_SCHEME, "value"),
            "k": Input(ids.PULL_CLASSES, "value"),
            "breaks": Input(ids.PULL_BREAKS, "value"),
            "palette": Input(ids.PULL_PALETTE, "value"),
            "reverse": Input(ids.PULL_REVERSE, "value"),
        },
        state={"lang": State(ids.LANG_STORE, "data")},
    )(plain_answer(update_pull_map))
    on_first_showing(
        app,
        "tab_areas",
        output=[Output(ids.PULL_FLOW_STATE, "data"), Output(ids.PULL_FLOW_TABLE, "children")],
        inputs={
            "gmina": Input(ids.PULL_GMINA, "value"),
            "kind": Input(ids.GRAVITY_FLOW_KIND, "value"),
        },
        state={"lang": State(ids.LANG_STORE, "data")},
    )(plain_answer(update_origins))
