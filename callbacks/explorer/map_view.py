"""Map explorer: scope, indicator, year and classification controls, the map and its legend."""

from __future__ import annotations

import dash
from dash import Input, Output, Patch, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.explorer import area_layers, gmina_search, map_symbols, time_player
from callbacks.explorer.levels import level_note
from callbacks.json_answers import plain_answer
from callbacks.map_tools import LABELS
from callbacks.maps import BASEMAP, centred, map_frame, painted_by, register_map, scope_patch
from callbacks.panels import beside_map, present_button
from layers.analysis.catalog import indicator_of
from layers.analysis.classify import MAX_CLASSES, MIN_CLASSES, SCHEMES
from layers.analysis.dataset import Dataset
from layers.analysis.values import first_base_year, kept_base_year
from layers.render.choropleth import (
    OUTLINES,
)
from layers.render.palettes import COLORBLIND_SAFE, DEFAULT_BY_POLARITY, PALETTES
from server.data import current_dataset
from server.i18n import dropdown_labels, text
from server.paint import VIEW_OPTIONS, VIEW_SCOPES
from server.text_keys import LAYER_KEYS, SCHEME_KEYS, SCOPE_KEYS

DRAWN_BY_MAP = {"data-panel": "map"}
"""A panel the map engine draws itself as it recolours (the legend, its announcement)."""
DEFAULT_SCOPE = "smk"
DEFAULT_INDICATOR = "population"
DEFAULT_LAYERS = ["powiats", "smk", LABELS]
FIXED_K_SCHEMES = {"head_tail", "std_mean", "manual"}
HIDDEN = {"display": "none"}
CLASS_CONTROLS = (
    ids.BASE_YEAR_DROPDOWN,
    ids.SCHEME_DROPDOWN,
    ids.CLASSES_SLIDER,
    ids.BREAKS_INPUT,
    ids.PALETTE_DROPDOWN,
    ids.REVERSE_CHECK,
    ids.SYMBOL_RADIO,
)
VIEW_CONTROLS = dict(zip(VIEW_OPTIONS, CLASS_CONTROLS, strict=True))
"""The class settings' controls by the name of the view option each sets."""
PAINT_CONTROLS = {
    "scope": (ids.SCOPE_RADIO, "value"),
    "indicator": (ids.INDICATOR_DROPDOWN, "value"),
    "year": (ids.YEAR_SLIDER, "value"),
    **{name: (control, "value") for name, control in VIEW_CONTROLS.items()},
    "lang": (ids.LANG_STORE, "data"),
}
"""What the map's colours follow (``assets/geomap_controls.js``): each control's id and
property by the name the view gives it. Setting one asks for the colours at once, with no
Dash callback between; the first view waits for the page's address (``ids.URL_FOLLOWED``)."""


def _control(label: str, component: object, box_id: str | None = None) -> html.Div:
    extra = {"id": box_id} if box_id else {}
    return html.Div([html.Label(label), component], className="control", **extra)


def layout(lang: str) -> html.Div:
    """Return the controls, the map, its legend and the indicator note."""
    catalog = current_dataset().catalog
    default = catalog[DEFAULT_INDICATOR]
    controls = [
        _control(
            text("scope", lang),
            dcc.RadioItems(
                id=ids.SCOPE_RADIO,
                value=DEFAULT_SCOPE,
                options=[{"label": text(SCOPE_KEYS[s], lang), "value": s} for s in VIEW_SCOPES],
            ),
        ),
        _control(
            text("indicator", lang),
            dcc.Dropdown(
                id=ids.INDICATOR_DROPDOWN,
                labels=dropdown_labels(lang),
                value=DEFAULT_INDICATOR,
                clearable=False,
                options=[
                    {"label": i.name(lang), "value": i.id, "title": i.definition(lang)}
                    for i in catalog.values()
                ],
            ),
        ),
        _control(
            text("year", lang),
            dcc.Slider(
                id=ids.YEAR_SLIDER,
                step=1,
                value=max(default.years),
                min=min(default.years),
                max=max(default.years),
                marks=year_marks(default.years),
                included=False,
            ),
        ),
        time_player.control(lang),
        _control(
            text("base_year", lang),
            dcc.Dropdown(id=ids.BASE_YEAR_DROPDOWN, clearable=False, labels=dropdown_labels(lang)),
            box_id=ids.BASE_YEAR_BOX,
        ),
        _control(
            text("scheme", lang),
            dcc.Dropdown(
                id=ids.SCHEME_DROPDOWN,
                labels=dropdown_labels(lang),
                value="quantiles",
                clearable=False,
                options=[{"label": text(SCHEME_KEYS[s], lang), "value": s} for s in SCHEMES],
            ),
        ),
        _control(
            text("classes", lang),
            dcc.Slider(
                id=ids.CLASSES_SLIDER,
                min=MIN_CLASSES,
                max=MAX_CLASSES,
                step=1,
                value=5,
                marks={k: str(k) for k in range(MIN_CLASSES, MAX_CLASSES + 1)},
            ),
        ),
        _control(
            text("breaks", lang),
            dcc.Input(
                id=ids.BREAKS_INPUT,
                type="text",
                debounce=True,
                placeholder=text("breaks_help", lang),
                className="breaks-input",
            ),
            box_id=ids.BREAKS_BOX,
        ),
        _control(
            text("palette", lang),
            dcc.Dropdown(
                id=ids.PALETTE_DROPDOWN,
                labels=dropdown_labels(lang),
                value=DEFAULT_BY_POLARITY[default.polarity],
                clearable=False,
                options=palette_options(lang),
            ),
        ),
        dcc.Checklist(
            id=ids.REVERSE_CHECK,
            options=[{"label": text("reverse", lang), "value": "reverse"}],
            value=[],
        ),
        map_symbols.control(lang),
        _control(
            text("layers", lang),
            dcc.Checklist(
                id=ids.LAYERS_CHECK,
                value=DEFAULT_LAYERS,
                options=[
                    {"label": text(LAYER_KEYS[name], lang), "value": name}
                    for name in (*OUTLINES, BASEMAP, LABELS)
                ],
            ),
        ),
        area_layers.control(lang),
    ]
    column = [
        html.Div(
            [
                *map_frame(
                    ids.MAP_GRAPH,
                    ids.MAP_STATE,
                    "map",
                    {
                        "click": ids.MAP_CLICK,
                        "extent": ids.MAP_EXTENT,
                        "shown": ids.MAP_SHOWN_VIEW,
                        "bounds": ids.MAP_BOUNDS,
                    },
                    painted_by(PAINT_CONTROLS, ids.URL_FOLLOWED),
                ),
                dcc.Store(id=ids.MAP_SHOWN_INDICATOR),
                html.Div(id=ids.LEGEND, className="legend", **DRAWN_BY_MAP),
                html.Div(
                    id=ids.LEGEND_ANNOUNCE,
                    className="visually-hidden",
                    role="status",
                    **{"aria-live": "polite", "aria-atomic": "true", **DRAWN_BY_MAP},
                ),
            ],
            className="map-frame map-stage",
        ),
        html.Div(id=ids.NOTICE, className="notice", role="status"),
        html.Div(id=ids.INDICATOR_INFO, className="indicator-info"),
        area_layers.membership(lang),
    ]
    tools = [gmina_search.control(lang), present_button("tab_map", lang)]
    return beside_map(controls, column, ids.CONTROLS_TOGGLE, lang, tools)


def year_marks(years: tuple[int, ...]) -> dict[int, str]:
    """Return slider marks: every year selectable, labels on the ends and every fifth year."""
    ends = {min(years), max(years)}
    return {year: str(year) if year in ends or year % 5 == 0 else "" for year in years}


def palette_options(lang: str) -> list[dict]:
    """Return the palette choices, the colour-blind-safe ones marked."""
    safe = text("colorblind_safe", lang)
    return [
        {"label": f"{name} ({safe})" if name in COLORBLIND_SAFE else name, "value": name}
        for name in PALETTES
    ]


def base_years(indicator_id: str) -> list[int]:
    """Return the years a change indicator may start from (all with data but the last)."""
    return base_years_in(current_dataset(), indicator_id)


def base_years_in(dataset: Dataset, indicator_id: str) -> list[int]:
    """Return the base years of an indicator of ``dataset`` (one look-up for many indicators)."""
    return dataset.values.base_years(indicator_of(dataset.catalog, indicator_id))


def default_base_year(indicator_id: str, year: int) -> int | None:
    """Return the base year offered first: the start of the period ending in ``year``."""
    return first_base_year(base_years(indicator_id), year)


def update_year_control(indicator_id: str, year: int | None, base_year: int | None) -> tuple:
    """User picks an indicator: offer its years, keeping the year and base year that have data."""
    dataset = current_dataset()
    indicator = indicator_of(dataset.catalog, indicator_id)
    years = indicator.years
    chosen = indicator.year_kept(year)
    choices = base_years_in(dataset, indicator_id)
    base_box = {} if indicator.is_change else HIDDEN
    base_value = kept_base_year(choices, base_year, chosen)
    return (min(years), max(years), year_marks(years), chosen, choices, base_value, base_box)


def update_scheme_controls(scheme: str) -> tuple[dict, bool]:
    """User picks a scheme: show the breaks box for manual, fix k for self-sizing schemes."""
    return ({} if scheme == "manual" else HIDDEN), scheme in FIXED_K_SCHEMES


def view_controls(dependency: type[Input] | type[State]) -> dict:
    """Return the controls of the view as a callback's named inputs (or states).

    ``scope``, ``indicator_id``, ``year`` and ``options``, the class settings by name
    (:data:`VIEW_CONTROLS`): what :func:`view_request` takes; the controls the map
    follows (:data:`PAINT_CONTROLS`).
    """
    return {
        "scope": dependency(*PAINT_CONTROLS["scope"]),
        "indicator_id": dependency(*PAINT_CONTROLS["indicator"]),
        "year": dependency(*PAINT_CONTROLS["year"]),
        "options": {name: dependency(*PAINT_CONTROLS[name]) for name in VIEW_CONTROLS},
    }


def map_view_patch(patch: Patch, view: dict | None, scope: str) -> Patch:
    """Centre and zoom the map as a link asked (``view`` of this scope), else fit the scope."""
    place = [view.get(key) for key in ("lat", "lon", "zoom")] if isinstance(view, dict) else []
    if view and view.get("scope") == scope and all(isinstance(v, int | float) for v in place):
        lat, lon, zoom = place
        return centred(patch, {"lat": lat, "lon": lon}, zoom)
    return centred(patch, None)


def update_map(*, scope: str, layers: list[str], view: dict | None, lang: str) -> Patch:
    """User changes the scope or the layers: the scope's geometry, the layers, the extent.

    The colours and the panels beside the map do not pass through here: the map fetches
    them itself straight from the controls (:mod:`callbacks.explorer.map_paint`), with the
    geometry they colour (a powiat indicator: the scope's powiats), so no switch of
    indicator, year, class or palette makes a Dash round trip. A new scope fits the map to
    it, or to the extent a link named (the view store, a state: the map does not wait for
    the address bar's callback).
    """
    if scope is None:
        raise PreventUpdate
    patch = Patch()
    if set(ctx.triggered_prop_ids.values()) == {ids.LAYERS_CHECK}:
        patch["layers"] = list(layers)
        return patch
    return map_view_patch(scope_patch(scope, lang, layers), view, scope)


def update_map_extent(view: dict | None, scope: str) -> Patch:
    """Move the map to the extent a link names (opened, or reached by back and forward)."""
    return map_view_patch(Patch(), view, scope)


def update_indicator_info(indicator_id: str, lang: str) -> list:
    """User picks an indicator: show its definition, unit, source and any series break."""
    if indicator_id is None:
        raise PreventUpdate
    indicator = indicator_of(current_dataset().catalog, indicator_id)
    parts = [
        html.H2(f"{indicator.name(lang)} [{indicator.unit(lang)}]"),
        html.P(indicator.definition(lang)),
        html.P(f"{text('source', lang)}: {indicator.source}", className="source"),
    ]
    if indicator.crosses_break(min(indicator.years), max(indicator.years)):
        parts.append(html.P(text("series_break", lang), className="series-break"))
    if indicator.level != "gmina":
        parts.append(html.P(level_note(indicator.level, lang), className="level-note"))
    return parts


def register(app: dash.Dash) -> None:
    """Wire the explorer's callbacks to their components."""
    app.callback(
        Output(ids.YEAR_SLIDER, "min"),
        Output(ids.YEAR_SLIDER, "max"),
        Output(ids.YEAR_SLIDER, "marks"),
        Output(ids.YEAR_SLIDER, "value"),
        Output(ids.BASE_YEAR_DROPDOWN, "options"),
        Output(ids.BASE_YEAR_DROPDOWN, "value"),
        Output(ids.BASE_YEAR_BOX, "style"),
        Input(ids.MAP_SHOWN_INDICATOR, "data"),
        State(ids.YEAR_SLIDER, "value"),
        State(ids.BASE_YEAR_DROPDOWN, "value"),
        prevent_initial_call=True,
    )(update_year_control)
    app.callback(
        Output(ids.BREAKS_BOX, "style"),
        Output(ids.CLASSES_SLIDER, "disabled"),
        Input(ids.SCHEME_DROPDOWN, "value"),
    )(update_scheme_controls)
    register_map(app, ids.MAP_GRAPH, ids.MAP_STATE)
    map_symbols.register(app)
    app.callback(
        Output(ids.MAP_STATE, "data"),
        inputs={
            "scope": Input(ids.SCOPE_RADIO, "value"),
            "layers": Input(ids.LAYERS_CHECK, "value"),
        },
        state={
            "view": State(ids.MAP_VIEW_STORE, "data"),
            "lang": State(ids.LANG_STORE, "data"),
        },
    )(plain_answer(update_map))
    app.callback(
        Output(ids.MAP_STATE, "data", allow_duplicate=True),
        Input(ids.MAP_VIEW_STORE, "data"),
        State(ids.SCOPE_RADIO, "value"),
        prevent_initial_call=True,
    )(update_map_extent)
    app.callback(
        Output(ids.INDICATOR_INFO, "children"),
        Input(ids.MAP_SHOWN_INDICATOR, "data"),
        State(ids.LANG_STORE, "data"),
    )(update_indicator_info)
