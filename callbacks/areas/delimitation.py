"""Functional areas: criteria-based delimitation around a core, its map, table, saving, export."""

from __future__ import annotations

import dash
import pandas as pd
from dash import ALL, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.a11y import dom_id
from callbacks.account import internal_check
from callbacks.alerts import alert
from callbacks.json_answers import plain_answer
from callbacks.maps import map_box, register_map, scope_paint
from callbacks.page import on_first_showing
from layers.analysis.commuter_rate import COMMUTERS_TO_CORE, COMMUTING
from layers.analysis.delimitation import Criterion, area_comparison, delimitation
from layers.analysis.flows import flow_years
from layers.analysis.scopes import MALOPOLSKA, SCOPES
from layers.errors import GeoportalError
from layers.render.export import area_file
from layers.render.geomap import category_codes, class_paint
from layers.render.numbers import formatted
from layers.store.saved_areas import SavedArea, save_area
from server.access import marked_internal
from server.cache import cache
from server.data import (
    current_dataset,
    current_labels,
    gmina_options,
    indicator_options,
)
from server.database import current_database
from server.i18n import dropdown_labels, text
from server.roles import may_write, require_role

REASONS = ("core", "criteria", "enclave_filled", "exclave_dropped", "not_met")
REASON_COLORS = ("#54278f", "#9e9ac8", "#fdae6b", "#fee6ce", "#f0f0f0")
DEFAULT_CRITERIA = (
    ("in_migrants_from_krakow_per_1000", ">=", 4.0, False, True),
    ("density", ">=", 150.0, False, False),
    ("population_change", ">=", 2.0, False, False),
    ("share_working", ">=", 1.0, True, False),
    ("own_revenue_per_capita", ">=", 0.8, True, False),
)
"""Indicator, comparison, threshold, relative to the median?, functional? — after Śleszyński."""
COMMUTING_CRITERION = (COMMUTERS_TO_CORE, ">=", 50.0, False, True)
"""The functional criterion when commuting flows are imported: Śleszyński's (2013) threshold."""
MAP_LAYERS = ("smk",)
EXPORTS = ("geojson:EPSG:4326", "gpkg:EPSG:4326", "geojson:EPSG:2180", "gpkg:EPSG:2180")


def commuting_year() -> int | None:
    """Return the year of the store's commuting flows, None when none are imported."""
    return flow_years(current_dataset().store.flows).get(COMMUTING)


def criterion_options(functional: bool, lang: str) -> list[dict]:
    """Return a row's indicators; the functional row also offers commuters to the core."""
    options = indicator_options(lang)
    if not functional:
        return options
    commuters = {
        "label": text("delimit_commuters", lang),
        "value": COMMUTERS_TO_CORE,
        "disabled": commuting_year() is None,
    }
    return [commuters, *options]


def criterion_name(indicator: str, lang: str) -> str:
    """Return a criterion's name: the catalog's, or that of commuters to the core."""
    if indicator == COMMUTERS_TO_CORE:
        return text("delimit_commuters", lang)
    return current_dataset().catalog[indicator].name(lang)


def commuting_note(lang: str) -> html.P:
    """Return how the commuting criterion is defined, or why it is unavailable."""
    year = commuting_year()
    if year is None:
        return html.P(text("delimit_commuters_off", lang), className="help")
    return html.P(text("delimit_commuters_on", lang).format(year=year), className="help")


def criterion_row(index: int, default: tuple, lang: str) -> html.Div:
    """Return the controls of one criterion."""
    indicator, operator, threshold, relative, functional = default
    kind = text("delimit_functional" if functional else "delimit_other", lang)
    return html.Div(
        [
            html.Span(kind, className="criterion-kind"),
            dcc.Dropdown(
                id={"type": ids.DELIMIT_INDICATOR, "index": index},
                value=indicator,
                clearable=True,
                labels=dropdown_labels(lang),
                options=criterion_options(functional, lang),
            ),
            dcc.Dropdown(
                id={"type": ids.DELIMIT_OPERATOR, "index": index},
                value=operator,
                clearable=False,
                options=[">=", "<="],
            ),
            html.Label(
                text("delimit_threshold", lang),
                htmlFor=dom_id({"type": ids.DELIMIT_THRESHOLD, "index": index}),
                className="visually-hidden",
            ),
            dcc.Input(
                id={"type": ids.DELIMIT_THRESHOLD, "index": index},
                type="number",
                value=threshold,
                debounce=True,
            ),
            dcc.Checklist(
                id={"type": ids.DELIMIT_RELATIVE, "index": index},
                value=["relative"] if relative else [],
                options=[{"label": text("delimit_relative", lang), "value": "relative"}],
            ),
        ],
        className="criterion",
        **{"data-functional": str(functional).lower()},
    )


def default_criteria() -> tuple[tuple, ...]:
    """Return the criteria rows' defaults: commuters to the core first once imported."""
    if commuting_year() is None:
        return DEFAULT_CRITERIA
    return (COMMUTING_CRITERION, *DEFAULT_CRITERIA[1:])


def layout(lang: str) -> html.Div:
    """Return the delimitation controls, map, table and the save and download actions."""
    codes = current_dataset().codes
    return html.Div(
        [
            html.Label(text("areas_scope", lang)),
            dcc.Dropdown(
                id=ids.AREAS_SCOPE,
                value="kom2003",
                clearable=False,
                labels=dropdown_labels(lang),
                options=[{"label": text(f"scope_{s}", lang), "value": s} for s in SCOPES],
            ),
            html.H3(text("delimit_title", lang)),
            html.P(text("delimit_help", lang), className="help"),
            html.Label(text("delimit_core", lang)),
            dcc.Dropdown(
                id=ids.DELIMIT_CORE,
                value="1261011",
                clearable=False,
                labels=dropdown_labels(lang),
                options=gmina_options(lang, codes[codes.str.startswith(MALOPOLSKA)]),
            ),
            *(criterion_row(i, default, lang) for i, default in enumerate(default_criteria())),
            commuting_note(lang),
            html.Label(text("delimit_min_others", lang)),
            dcc.Slider(id=ids.DELIMIT_MIN_OTHERS, min=0, max=4, step=1, value=2),
            dcc.Checklist(
                id=ids.DELIMIT_CONTIGUOUS,
                value=["contiguous"],
                options=[{"label": text("delimit_contiguous", lang), "value": "contiguous"}],
            ),
            html.Label(text("delimit_base_year", lang), htmlFor=ids.DELIMIT_BASE_YEAR),
            dcc.Dropdown(
                id=ids.DELIMIT_BASE_YEAR,
                options=base_year_options(),
                placeholder=text("delimit_base_default", lang),
                labels=dropdown_labels(lang),
            ),
            html.Div(id=ids.DELIMIT_NOTICE),
            map_box(ids.DELIMIT_MAP, ids.DELIMIT_STATE, legend(lang)),
            html.Div(id=ids.DELIMIT_COMPARISON),
            html.Div(id=ids.DELIMIT_TABLE, className="compare-table"),
            html.Div(
                [
                    dcc.Input(
                        id=ids.DELIMIT_NAME,
                        type="text",
                        maxLength=80,
                        placeholder=text("delimit_name", lang),
                    ),
                    internal_check(ids.DELIMIT_INTERNAL, lang),
                    html.Button(
                        text("delimit_save", lang), id=ids.DELIMIT_SAVE, disabled=not may_write()
                    ),
                    html.Span(id=ids.DELIMIT_SAVED, role="status"),
                ],
                className="save-row",
            ),
            html.Div(
                [
                    html.Button(
                        text(f"export_{key.replace(':', '_')}", lang),
                        id={"type": ids.DELIMIT_EXPORT, "index": key},
                    )
                    for key in EXPORTS
                ],
                className="save-row",
            ),
            dcc.Download(id=ids.DELIMIT_DOWNLOAD),
            dcc.Store(id=ids.DELIMIT_MEMBERS),
        ],
        className="areas-section",
    )


def legend(lang: str) -> html.Ul:
    """Return the legend of the delimitation map."""
    return html.Ul(
        [
            html.Li(
                text(f"reason_{reason}", lang),
                className="legend-row",
                style={"borderLeftColor": color},
            )
            for reason, color in zip(REASONS, REASON_COLORS, strict=True)
        ]
    )


def base_year_options() -> list[int]:
    """Return the base years a change criterion may start from (population's, but the last)."""
    years = current_dataset().catalog["population"].years
    return [year for year in years if year < max(years)]


def criteria_of(rows: list[list], base_year: int | None = None) -> list[Criterion]:
    """Return the criteria the rows of controls describe (rows without an indicator skipped).

    ``base_year`` starts the periods of change criteria (None: the default period).
    """
    criteria = []
    for index, (indicator, operator, threshold, relative) in enumerate(zip(*rows, strict=True)):
        if indicator and threshold is not None:
            criteria.append(
                Criterion(
                    indicator=indicator,
                    threshold=float(threshold),
                    relative=bool(relative),
                    above=operator == ">=",
                    functional=DEFAULT_CRITERIA[index][4],
                    base_year=base_year,
                )
            )
    return criteria


def break_notice(result: pd.DataFrame, criteria: list[Criterion], lang: str) -> html.P | None:
    """Return a warning naming the criteria whose period spans a series break, if any."""
    crossing = [
        criterion_name(criterion.indicator, lang)
        for criterion, crosses in zip(criteria, result.attrs["crossing"], strict=True)
        if crosses
    ]
    if not crossing:
        return None
    names = ", ".join(crossing)
    return html.P(text("delimit_break", lang).format(criteria=names), className="notice")


def result_table(result: pd.DataFrame, criteria: list[Criterion], lang: str) -> html.Table:
    """Return the table of the gminas in the area or qualifying: values and criteria met."""
    catalog, labels = current_dataset().catalog, current_labels(lang)
    decimals = [catalog[c.indicator].decimals if c.indicator in catalog else 1 for c in criteria]
    shown = result[result["in_area"] | result["qualifies"]]
    head = [
        text("compare_gmina", lang),
        *(criterion_name(c.indicator, lang) for c in criteria),
        text("delimit_reason", lang),
    ]
    body = [
        html.Tr(
            [
                html.Td(labels[code]),
                *(
                    html.Td(
                        formatted(row[f"value_{i}"], decimals[i], lang),
                        className="cue-better" if row[f"met_{i}"] else "cue-neutral",
                    )
                    for i in range(len(criteria))
                ),
                html.Td(text(f"reason_{row['reason']}", lang)),
            ]
        )
        for code, row in shown.iterrows()
    ]
    return html.Table([html.Thead(html.Tr([html.Th(h) for h in head])), html.Tbody(body)])


def comparison_note(members: pd.Index, lang: str) -> html.Ul:
    """Return how the area compares with SMK and KOM 2003 (in both, only in one)."""
    labels, areas = current_labels(lang), current_dataset().areas
    items = []
    for reference in ("smk", "kom2003"):
        parts = area_comparison(members, areas[reference])
        counts = {key: len(codes) for key, codes in parts.items()}
        only_reference = ", ".join(labels[c] for c in parts["only_reference"][:8])
        items.append(
            html.Li(
                text(f"delimit_vs_{reference}", lang).format(**counts)
                + (f" ({only_reference}…)" if only_reference else "")
            )
        )
    return html.Ul(items)


@cache.memoize()
def cached_delimitation(
    criteria: tuple[Criterion, ...], scope: str, core: str, min_others: int, contiguous: bool
) -> pd.DataFrame:
    """Return the functional area delimited by ``criteria`` (cached: every page opens one)."""
    return delimitation(
        current_dataset(), criteria, scope, core=core, min_others=min_others, contiguous=contiguous
    )


def update_delimitation(  # noqa: PLR0913 (one keyword per control)
    *,
    scope: str,
    core: str,
    rows: list[list],
    min_others: int,
    contiguous: list[str] | bool | None,
    base_year: int | None,
    lang: str,
) -> tuple:
    """User changes the core, a criterion, N or contiguity: recompute and recolour the area.

    ``rows`` are the criteria rows' indicators, operators, thresholds and relative marks.
    """
    criteria = criteria_of(rows, base_year)
    try:
        result = cached_delimitation(
            tuple(criteria), scope, core, int(min_others), bool(contiguous)
        )
    except GeoportalError as error:
        return alert(error, lang), dash.no_update, [], [], []
    reasons = [text(f"reason_{reason}", lang) for reason in result["reason"]]
    codes = category_codes(result["reason"], REASONS)
    paint = class_paint(codes, REASON_COLORS, ["{0}"], [reasons])
    patch = scope_paint(scope, lang, paint, MAP_LAYERS)
    members = result.index[result["in_area"]]
    table = result_table(result, criteria, lang)
    notice = break_notice(result, criteria, lang)
    return notice, patch, comparison_note(members, lang), table, list(members)


def update_saved(
    clicks: int | None, name: str | None, members: list[str] | None, *state: str
) -> str:
    """User presses save: store the area under its name in the database."""
    core, lang, *internal = state
    if not clicks or not members:
        raise PreventUpdate
    try:
        author = require_role()
        outline = current_dataset().store.gminas.geometry.loc[members].union_all()
        area = SavedArea(
            name=name or "",
            kind="delimitation",
            members=tuple(members),
            geometry=outline.__geo_interface__,
            params={"core": core},
            internal=marked_internal(internal[0] if internal else None),
            author=author,
        )
        save_area(current_database(), area)
    except GeoportalError as error:
        return alert(error, lang)
    return text("delimit_saved", lang).format(name=area.name.strip(), count=len(members))


def update_download(clicks: list, members: list[str] | None, core: str) -> dict:
    """User presses a download button: send the area as GeoJSON or GeoPackage in a CRS."""
    if not members or not any(clicks):
        raise PreventUpdate
    file_format, crs = ctx.triggered_id["index"].split(":", 1)
    gminas = current_dataset().store.gminas_metric
    area = gminas.loc[members, ["name", "geometry"]].reset_index()
    content = area_file(area, file_format, crs, "obszar")
    suffix = "geojson" if file_format == "geojson" else "gpkg"
    return dcc.send_bytes(content, f"obszar-{core}-{crs.split(':')[1]}.{suffix}")


def register(app: dash.Dash) -> None:
    """Wire the delimitation's callbacks."""
    rows = [
        Input({"type": kind, "index": ALL}, "value")
        for kind in (
            ids.DELIMIT_INDICATOR,
            ids.DELIMIT_OPERATOR,
            ids.DELIMIT_THRESHOLD,
            ids.DELIMIT_RELATIVE,
        )
    ]
    register_map(app, ids.DELIMIT_MAP, ids.DELIMIT_STATE)
    on_first_showing(
        app,
        "tab_areas",
        output=[
            Output(ids.DELIMIT_NOTICE, "children"),
            Output(ids.DELIMIT_STATE, "data"),
            Output(ids.DELIMIT_COMPARISON, "children"),
            Output(ids.DELIMIT_TABLE, "children"),
            Output(ids.DELIMIT_MEMBERS, "data"),
        ],
        inputs={
            "scope": Input(ids.AREAS_SCOPE, "value"),
            "core": Input(ids.DELIMIT_CORE, "value"),
            "rows": rows,
            "min_others": Input(ids.DELIMIT_MIN_OTHERS, "value"),
            "contiguous": Input(ids.DELIMIT_CONTIGUOUS, "value"),
            "base_year": Input(ids.DELIMIT_BASE_YEAR, "value"),
        },
        state={"lang": State(ids.LANG_STORE, "data")},
    )(plain_answer(update_delimitation))
    app.callback(
        Output(ids.DELIMIT_SAVED, "children"),
        Input(ids.DELIMIT_SAVE, "n_clicks"),
        State(ids.DELIMIT_NAME, "value"),
        State(ids.DELIMIT_MEMBERS, "data"),
        State(ids.DELIMIT_CORE, "value"),
        State(ids.LANG_STORE, "data"),
        State(ids.DELIMIT_INTERNAL, "value"),
        prevent_initial_call=True,
    )(update_saved)
    app.callback(
        Output(ids.DELIMIT_DOWNLOAD, "data"),
        Input({"type": ids.DELIMIT_EXPORT, "index": ALL}, "n_clicks"),
        State(ids.DELIMIT_MEMBERS, "data"),
        State(ids.DELIMIT_CORE, "value"),
        prevent_initial_call=True,
    )(update_download)
