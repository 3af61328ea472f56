"""Two levels of functional areas: the core's area as an outline, secondary centres' as fills."""

from __future__ import annotations

import dash
import pandas as pd
from dash import Input, Output, State, dcc, html

from callbacks import ids
from callbacks.account import internal_check
from callbacks.alerts import alert
from callbacks.areas import centres, two_level_save
from callbacks.areas.gravity import DEFAULT_CENTRES
from callbacks.areas.two_level_map import legend, two_level_map
from callbacks.json_answers import plain_answer
from callbacks.maps import map_box, register_map
from callbacks.page import on_first_showing
from callbacks.panels import section_beside_map
from layers.analysis.two_level import MODELS, TwoLevel, TwoLevelRequest, two_level
from layers.errors import GeoportalError
from layers.render.numbers import MISSING, formatted
from server.cache import cache
from server.data import current_dataset, current_labels, gmina_options
from server.i18n import dropdown_labels, text
from server.roles import may_write
from server.text_keys import FLOW_KIND_KEYS, N_

CORE = DEFAULT_CENTRES[0]
LISTED = 12
"""Gminas named in an area's row of the table (the rest counted)."""
SECONDARY = ["1219053", "1219043", "1206113"]
"""Wieliczka, Niepołomice, Skawina: the towns the Metropolis' strategy names."""
METHOD_NOTES = (
    N_("twolevel_method_huff"),
    N_("twolevel_method_flows"),
    N_("twolevel_method_nd"),
    N_("twolevel_method_sleszynski"),
    N_("twolevel_method_refs"),
)
MODEL_TEXTS = {
    "huff": N_("twolevel_model_huff"),
    "flows": N_("twolevel_model_flows"),
    "nystuen_dacey": N_("twolevel_model_nystuen_dacey"),
}
TABLE_HEADS = (
    N_("twolevel_area"),
    N_("twolevel_level"),
    N_("twolevel_gminas"),
    N_("twolevel_in_first"),
    N_("twolevel_population"),
    N_("twolevel_captured"),
    N_("twolevel_captured_share"),
    N_("twolevel_core_share"),
    N_("twolevel_overlaps"),
    N_("twolevel_members"),
)


def method_notes(lang: str) -> html.Details:
    """Return the method notes with their references (folded)."""
    return html.Details(
        [
            html.Summary(text("twolevel_method_title", lang)),
            *(html.P(text(key, lang)) for key in METHOD_NOTES),
        ],
        className="help",
    )


def layout(lang: str) -> html.Div:
    """Return the two-level controls, the proposal of centres, the map, its table and saving."""
    gminas = gmina_options(lang)
    section = html.Div(
        [
            html.H3(text("twolevel_title", lang)),
            html.P(text("twolevel_help", lang), className="help"),
            method_notes(lang),
            html.Label(text("twolevel_core", lang)),
            dcc.Dropdown(
                id=ids.TWOLEVEL_CORE,
                value=CORE,
                clearable=False,
                options=gminas,
                labels=dropdown_labels(lang),
            ),
            html.Label(text("twolevel_centres", lang)),
            dcc.Dropdown(
                id=ids.TWOLEVEL_CENTRES,
                multi=True,
                value=SECONDARY,
                options=gminas,
                labels=dropdown_labels(lang),
            ),
            centres.layout(lang),
            html.Label(text("twolevel_model", lang)),
            dcc.RadioItems(
                id=ids.TWOLEVEL_MODEL,
                value="huff",
                options=[{"label": text(MODEL_TEXTS[m], lang), "value": m} for m in MODELS],
            ),
            html.Label(text("twolevel_tolerance", lang)),
            dcc.Slider(
                id=ids.TWOLEVEL_TOLERANCE,
                min=0,
                max=0.5,
                step=0.05,
                value=0.2,
                marks={v: str(v) for v in (0, 0.1, 0.2, 0.3, 0.4, 0.5)},
            ),
            html.Div(id=ids.TWOLEVEL_NOTICE),
            dcc.Store(id=ids.TWOLEVEL_AREAS),
            map_box(ids.TWOLEVEL_MAP, ids.TWOLEVEL_STATE, ids.TWOLEVEL_LEGEND),
            html.Div(id=ids.TWOLEVEL_TABLE, className="compare-table"),
            html.Div(
                [
                    dcc.Input(
                        id=ids.TWOLEVEL_NAME,
                        type="text",
                        maxLength=50,
                        placeholder=text("twolevel_name", lang),
                    ),
                    internal_check(ids.TWOLEVEL_INTERNAL, lang),
                    html.Button(
                        text("twolevel_save", lang), id=ids.TWOLEVEL_SAVE, disabled=not may_write()
                    ),
                    html.Span(id=ids.TWOLEVEL_SAVED, role="status"),
                ],
                className="save-row",
            ),
        ],
        className="areas-section",
    )
    return section_beside_map(section, ids.TWOLEVEL_CONTROLS_TOGGLE, lang)


@cache.memoize()
def cached_two_level(request: TwoLevelRequest) -> TwoLevel:
    """Return both levels of a request (cached)."""
    return two_level(current_dataset(), request)


def member_names(names: list[str]) -> str:
    """Return the first :data:`LISTED` names of an area's gminas, then how many more."""
    more = f" … (+{len(names) - LISTED})" if len(names) > LISTED else ""
    return ", ".join(names[:LISTED]) + more


def _share(value: float, lang: str) -> str:
    return MISSING if pd.isna(value) else formatted(100 * value, 1, lang) + " %"


def area_table(request: TwoLevelRequest, result: TwoLevel, lang: str) -> list:
    """Return the table of each area (gminas, population, flows captured) and its note."""
    labels, gminas = current_labels(lang), result.gminas
    body = []
    for head, row in result.table.iterrows():
        inside = gminas["first_level"] if row["level"] == 1 else gminas["centre"] == head
        names = member_names(sorted(labels[c] for c in gminas.index[inside] if c != head))
        cells = [
            labels[head],
            str(int(row["level"])),
            str(int(row["gminas"])),
            str(int(row["in_first_level"])),
            formatted(row["population"], 0, lang),
            MISSING if pd.isna(row["captured"]) else formatted(row["captured"], 0, lang),
            _share(row["captured_share"], lang),
            _share(row["core_share"], lang),
            str(int(row["overlap"])),
            names,
        ]
        body.append(html.Tr([html.Td(cell) for cell in cells]))
    head = html.Tr([html.Th(text(key, lang)) for key in TABLE_HEADS])
    kind = text(FLOW_KIND_KEYS[request.flow_kind], lang).format(year="")
    note = html.P(text("twolevel_flows_note", lang).format(kind=kind.strip()), className="help")
    return [html.Table([html.Thead(head), html.Tbody(body)]), note]


def update_two_level(  # noqa: PLR0913 (one keyword per control)
    *,
    scope: str,
    core: str,
    secondary_centres: list[str] | None,
    model: str,
    tolerance: float,
    attractiveness: str,
    alpha: float,
    beta: float,
    kind: str,
    lang: str,
) -> tuple:
    """User changes the core, the centres, the model or a parameter: redraw both levels."""
    request = TwoLevelRequest(
        scope=scope,
        core=core,
        centres=tuple(secondary_centres or ()),
        model=model,
        attractiveness=attractiveness,
        alpha=float(alpha),
        beta=float(beta),
        flow_kind=kind,
        tolerance=float(tolerance),
    )
    try:
        result = cached_two_level(request)
    except GeoportalError as error:
        return alert(error, lang), dash.no_update, [], [], None
    patch, colors = two_level_map(request, result, lang)
    areas = two_level_save.areas_of(request, result)
    table = area_table(request, result, lang)
    return None, patch, legend(request, result, colors, lang), table, areas


def register(app: dash.Dash) -> None:
    """Wire the two-level map, the proposal of centres and the saving of both levels."""
    register_map(app, ids.TWOLEVEL_MAP, ids.TWOLEVEL_STATE)
    on_first_showing(
        app,
        "tab_areas",
        output=[
            Output(ids.TWOLEVEL_NOTICE, "children"),
            Output(ids.TWOLEVEL_STATE, "data"),
            Output(ids.TWOLEVEL_LEGEND, "children"),
            Output(ids.TWOLEVEL_TABLE, "children"),
            Output(ids.TWOLEVEL_AREAS, "data"),
        ],
        inputs={
            "scope": Input(ids.AREAS_SCOPE, "value"),
            "core": Input(ids.TWOLEVEL_CORE, "value"),
            "secondary_centres": Input(ids.TWOLEVEL_CENTRES, "value"),
            "model": Input(ids.TWOLEVEL_MODEL, "value"),
            "tolerance": Input(ids.TWOLEVEL_TOLERANCE, "value"),
            "attractiveness": Input(ids.GRAVITY_ATTRACTIVENESS, "value"),
            "alpha": Input(ids.GRAVITY_ALPHA, "value"),
            "beta": Input(ids.GRAVITY_BETA, "value"),
            "kind": Input(ids.GRAVITY_FLOW_KIND, "value"),
        },
        state={"lang": State(ids.LANG_STORE, "data")},
    )(plain_answer(update_two_level))
    centres.register(app)
    two_level_save.register(app)
