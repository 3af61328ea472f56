"""Functional areas: criteria-based delimitation around a core, its map, table, saving, export."""

from __future__ import annotations

import dash
import pandas as pd
from dash import ALL, Input, Output, State, dcc, html

from callbacks import ids
from callbacks.alerts import alert
from callbacks.areas import delimitation_save
from callbacks.areas.criteria import (
    base_year_options,
    break_notice,
    commuting_note,
    criteria_of,
    criterion_name,
    criterion_row,
    default_criteria,
)
from callbacks.json_answers import plain_answer
from callbacks.maps import NAMED_LAYERS, map_box, register_map, scope_paint
from callbacks.page import on_first_showing
from callbacks.panels import section_beside_map
from layers.analysis.delimitation import Criterion, area_comparison, delimitation
from layers.analysis.scopes import MALOPOLSKA, SCOPES
from layers.errors import GeoportalError
from layers.render.geomap import category_codes, class_paint
from layers.render.numbers import formatted
from server.cache import cache
from server.data import (
    current_dataset,
    current_labels,
    gmina_options,
)
from server.i18n import dropdown_labels, text
from server.text_keys import DELIMIT_VS_KEYS, REASON_KEYS, SCOPE_KEYS

REASONS = ("core", "criteria", "enclave_filled", "exclave_dropped", "not_met")
REASON_COLORS = ("#54278f", "#9e9ac8", "#fdae6b", "#fee6ce", "#f0f0f0")
MAP_LAYERS = NAMED_LAYERS


def layout(lang: str) -> html.Div:
    """Return the delimitation controls, map, table and the save and download actions."""
    codes = current_dataset().codes
    section = html.Div(
        [
            html.Label(text("areas_scope", lang)),
            dcc.Dropdown(
                id=ids.AREAS_SCOPE,
                value="kom2003",
                clearable=False,
                labels=dropdown_labels(lang),
                options=[{"label": text(SCOPE_KEYS[s], lang), "value": s} for s in SCOPES],
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
            *delimitation_save.layout(lang),
            dcc.Store(id=ids.DELIMIT_MEMBERS),
        ],
        className="areas-section",
    )
    return section_beside_map(section, ids.DELIMIT_CONTROLS_TOGGLE, lang)


def legend(lang: str) -> html.Ul:
    """Return the legend of the delimitation map."""
    return html.Ul(
        [
            html.Li(
                text(REASON_KEYS[reason], lang),
                className="legend-row",
                style={"borderLeftColor": color},
            )
            for reason, color in zip(REASONS, REASON_COLORS, strict=True)
        ]
    )


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
                html.Td(text(REASON_KEYS[row["reason"]], lang)),
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
                text(DELIMIT_VS_KEYS[reference], lang).format(**counts)
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
    reasons = [text(REASON_KEYS[reason], lang) for reason in result["reason"]]
    codes = category_codes(result["reason"], REASONS)
    paint = class_paint(codes, REASON_COLORS, ["{0}"], [reasons])
    patch = scope_paint(scope, lang, paint, MAP_LAYERS)
    members = result.index[result["in_area"]]
    table = result_table(result, criteria, lang)
    notice = break_notice(result, criteria, lang)
    return notice, patch, comparison_note(members, lang), table, list(members)


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
    delimitation_save.register(app)
