"""The whole view in the address bar: links reproduce it, back and forward walk through it."""

from __future__ import annotations

import math
from dataclasses import replace

import dash
from dash import Input, Output, State, ctx, dcc, html

from callbacks import ids
from callbacks.compare.table import DEFAULT_SELECTION, MAX_SELECTED
from callbacks.explorer.map_view import (
    DEFAULT_LAYERS,
    DEFAULT_SCOPE,
    base_years_in,
    default_base_year,
)
from callbacks.gmina_choice import searchable_gmina_options
from callbacks.map_tools import LABELS
from callbacks.maps import BASEMAP
from callbacks.page import TABS
from layers.analysis.catalog import indicator_of
from layers.analysis.classify import MAX_CLASSES, MIN_CLASSES, SCHEMES
from layers.analysis.dataset import AREAS, Dataset
from layers.analysis.scopes import SCOPES
from layers.analysis.view_state import (
    MapView,
    ViewChoices,
    ViewState,
    decoded,
    encoded,
    usable_breaks,
)
from layers.errors import DatabaseUnavailableError
from layers.render.choropleth import OUTLINES
from layers.render.palettes import DEFAULT_BY_POLARITY, PALETTES
from layers.render.proportional_circles import SYMBOLS, default_symbol, drawn_symbol
from server.data import current_areas, current_dataset, held_for
from server.i18n import text
from server.paint import VIEW_SCOPES

CONTROLS = (
    ("tab", ids.TABS, "value"),
    ("scope", ids.SCOPE_RADIO, "value"),
    ("indicator", ids.INDICATOR_DROPDOWN, "value"),
    ("year", ids.YEAR_SLIDER, "value"),
    ("base_year", ids.BASE_YEAR_DROPDOWN, "value"),
    ("scheme", ids.SCHEME_DROPDOWN, "value"),
    ("k", ids.CLASSES_SLIDER, "value"),
    ("breaks", ids.BREAKS_INPUT, "value"),
    ("palette", ids.PALETTE_DROPDOWN, "value"),
    ("reverse", ids.REVERSE_CHECK, "value"),
    ("layers", ids.LAYERS_CHECK, "value"),
    ("area", ids.AREA_OVERLAY, "value"),
    ("gmina", ids.SELECTED_STORE, "data"),
    ("compare_scope", ids.COMPARE_SCOPE_DROPDOWN, "value"),
    ("gminas", ids.COMPARE_GMINAS_DROPDOWN, "value"),
    ("symbol", ids.SYMBOL_RADIO, "value"),
)
"""Each state field and the component property that shows it, in the callback's order."""
GMINAS_POSITION = [name for name, _, _ in CONTROLS].index("gminas")
INDICATOR_POSITION = [name for name, _, _ in CONTROLS].index("indicator")
PAINTED = (
    "scope",
    "indicator",
    "year",
    *("base_year", "scheme", "k", "breaks", "palette", "reverse", "symbol"),
)
"""The fields the explorer's map paints. A change of theirs is recorded once the map shows
it (``ids.MAP_SHOWN_VIEW``), after the repaint, with the year the map chose."""
SHOWN_OPTIONS = PAINTED[3:]
SAVED_AREA = "saved:"
CHOICES_KEY = "geoportal_view_choices"
NO = dash.no_update


def layout(lang: str) -> list:
    """Return the address-bar tracker and the notice shown when a link could not be followed."""
    return [
        dcc.Location(id=ids.URL, refresh=False),
        dcc.Store(id=ids.URL_FOLLOWED, data=False),
        dcc.Store(id=ids.MAP_VIEW_STORE),
        html.Div(id=ids.URL_NOTICE, className="notice url-notice", role="alert"),
    ]


def view_choices() -> ViewChoices:
    """Return what every state field may hold now, and the app's defaults.

    With the database unreachable, links still open; a saved area in them falls back.
    """
    dataset = current_dataset()
    try:
        saved = {f"{SAVED_AREA}{area.id}" for area in current_areas()}
    except DatabaseUnavailableError:
        saved = set()
    choices = held_for(CHOICES_KEY, dataset, lambda: data_choices(dataset))
    return replace(choices, areas=choices.areas | saved)


def data_choices(dataset: Dataset) -> ViewChoices:
    """Return what every state field may hold with ``dataset``, saved areas left out."""
    catalog = dataset.catalog
    return ViewChoices(
        tabs=frozenset(TABS),
        scopes=frozenset(VIEW_SCOPES),
        years={key: indicator.years for key, indicator in catalog.items()},
        base_years={key: tuple(base_years_in(dataset, key)) for key in catalog},
        schemes=frozenset(SCHEMES),
        k_range=(MIN_CLASSES, MAX_CLASSES),
        palettes=frozenset(PALETTES),
        layers=frozenset((*OUTLINES, BASEMAP, LABELS)),
        areas=frozenset(AREAS),
        gminas=frozenset(dataset.codes),
        compare_scopes=frozenset(SCOPES),
        symbols=frozenset(SYMBOLS),
        max_gminas=MAX_SELECTED,
        defaults=ViewState(
            scope=DEFAULT_SCOPE, layers=tuple(DEFAULT_LAYERS), gminas=tuple(DEFAULT_SELECTION)
        ),
    )


def resolved(state: ViewState) -> ViewState:
    """Return ``state`` with "the default" (``None``) year, base year and palette made concrete."""
    indicator = indicator_of(current_dataset().catalog, state.indicator)
    year = state.year if state.year is not None else max(indicator.years)
    base_year = state.base_year
    if base_year is None:
        base_year = default_base_year(state.indicator, year)
    palette = state.palette or DEFAULT_BY_POLARITY[indicator.polarity]
    symbol = drawn_symbol(indicator, state.symbol)
    return replace(state, year=year, base_year=base_year, palette=palette, symbol=symbol)


def state_of_controls(fields: dict, view: MapView | None) -> ViewState:
    """Return the state the controls show (``fields``: each control's value by its name)."""
    return ViewState(
        **{
            **fields,
            "year": None if fields["year"] is None else round(fields["year"]),
            "breaks": fields["breaks"] or "",
            "reverse": bool(fields["reverse"]),
            "layers": tuple(fields["layers"] or ()),
            "gminas": tuple(fields["gminas"] or ()),
            "area": fields["area"] or None,
            "view": view,
        }
    )


def control_values(state: ViewState) -> list:
    """Return the controls' values showing ``state`` (in :data:`CONTROLS` order)."""
    shown = {
        **vars(state),
        "breaks": state.breaks or None,
        "reverse": ["reverse"] if state.reverse else [],
        "layers": list(state.layers),
        "gminas": list(state.gminas),
    }
    return [shown[name] for name, _, _ in CONTROLS]


def extent_view(extent: object) -> MapView | None:
    """Return the extent the user panned or zoomed to, if the map's extent store reports one."""
    fields = [
        extent.get(key) if isinstance(extent, dict) else None for key in ("lat", "lon", "zoom")
    ]
    if not all(isinstance(value, int | float) and math.isfinite(value) for value in fields):
        return None
    return MapView(*(float(value) for value in fields))


def painted_fields(shown: object) -> dict:
    """Return the painted fields of the view the map shows (none of a malformed view)."""
    if not isinstance(shown, dict) or not isinstance(shown.get("options"), dict):
        return {}
    options = shown["options"]
    fields = {
        "scope": shown.get("scope"),
        "indicator": shown.get("indicator_id"),
        "year": shown.get("year"),
        **{name: options.get(name) for name in SHOWN_OPTIONS},
    }
    numbers = (fields["year"], fields["k"])
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        return {}
    return fields


def shows_controls(fields: dict, painted: dict) -> bool:
    """Whether the map shows the view the painted controls name, not an earlier one.

    Its year and symbol may differ for a new indicator: the map shows the year the server
    kept for it (where the controls' year is one it lacks) and the symbol it is drawn with
    first, which the year and symbol controls are about to show.
    """
    settled = ("year", "symbol")
    if not fields or any(fields[name] != painted[name] for name in PAINTED if name not in settled):
        return False
    indicator = current_dataset().catalog.get(fields["indicator"])
    if indicator is None:
        return False
    asked = painted["year"]
    years = (asked, indicator.year_kept(asked) if asked is not None else None)
    asked_symbol = painted["symbol"]
    symbols = (asked_symbol, drawn_symbol(indicator, asked_symbol), default_symbol(indicator))
    return fields["year"] in years and fields["symbol"] in symbols


def sync(*, search: str | None, controls: dict, map_said: dict, painted: dict, page: dict) -> list:
    """Keep the address bar and the controls in step, whichever of them changed.

    A new address (a link opened, back or forward) sets the controls, a notice naming what
    it got wrong, and the map extent; the compared gminas and the base year come with their
    options, so a box keeps a value it did not offer yet (a dropdown drops a value that is
    not among its options). A changed control writes a new address, unless it
    already says the same (so following a link never adds a history entry of its own);
    manual breaks that cannot be used stay out of it.
    Until the page's first address has been followed, every call follows it: Dash drops
    a pending call when the same callback fires again, and the link must not be lost.
    ``controls`` and ``painted`` are the recorded controls' values by name
    (:data:`CONTROLS`); the painted ones are recorded as the map shows them. ``map_said``
    is what the explorer's map told: the view it shows (``shown``), the extent the user
    moved it to (``extent``); ``page`` its language (``lang``) and whether its first
    address has been followed (``followed``).
    """
    shown, extent = map_said["shown"], map_said["extent"]
    lang, followed = page["lang"], page["followed"]
    current, wrong = decoded(search, view_choices())
    triggers = set(ctx.triggered_prop_ids.values())
    controls = {**controls, **painted}
    if not triggers or ids.URL in triggers or (search is not None and not followed):
        *linked, notice, extent = followed_link(current, wrong, lang)
        values = [controls[name] for name, _, _ in CONTROLS]
        changed = [new if new != old else NO for new, old in zip(linked, values, strict=True)]
        gminas = changed[GMINAS_POSITION]
        options = NO if gminas is NO else searchable_gmina_options(gminas, lang)
        bases = base_years_in(current_dataset(), linked[INDICATOR_POSITION])
        followed = True if search is not None else NO
        return [NO, *changed, notice, extent, followed, options, bases]
    previous = resolved(current or view_choices().defaults)
    panned = triggers == {ids.MAP_EXTENT}
    view = extent_view(extent) if panned else previous.view
    if ids.MAP_SHOWN_VIEW in triggers:
        fields = painted_fields(shown)
        if not shows_controls(fields, painted):  # an earlier view, still to be repainted
            return [NO] * (len(CONTROLS) + 6)
        controls.update(fields)
    state = state_of_controls(controls, view)
    if state.indicator in current_dataset().catalog:  # "the default" as the link resolves it
        state = resolved(state)
    if state.scope != previous.scope:
        state = replace(state, view=None)
    if not usable_breaks(state.breaks):  # the map shows an error and keeps its classes
        state = replace(state, breaks=previous.breaks)
    link = NO if state == previous or (panned and view is None) else encoded(state, lang)
    return [link, *[NO] * len(CONTROLS), NO, NO, NO, NO, NO]


def followed_link(state: ViewState | None, wrong: list[str], lang: str) -> list:
    """Return the controls, notice and map extent of an opened address.

    An address that names no view (the page's first address, reached again by "back")
    shows the app's defaults, as a fresh page does.
    """
    notice = text("url_wrong", lang).format(fields=", ".join(wrong)) if wrong else None
    state = resolved(state or view_choices().defaults)
    view = state.view
    extent = {"scope": state.scope, **vars(view)} if view else None
    return [*control_values(state), notice, extent]


SWITCH_LANGUAGE_KEEPING_VIEW = """
function(search, href) {
    const params = new URLSearchParams(search || "");
    params.set("lang", new URLSearchParams(href.split("?")[1] || "").get("lang"));
    return "?" + params.toString();
}
"""
"""Browser-side: the language switch link keeps the view of the current address."""


def register(app: dash.Dash) -> None:
    """Wire the address bar to every control it records."""
    app.callback(
        output=[
            Output(ids.URL, "search"),
            *[Output(cid, prop, allow_duplicate=True) for _, cid, prop in CONTROLS],
            Output(ids.URL_NOTICE, "children"),
            Output(ids.MAP_VIEW_STORE, "data"),
            Output(ids.URL_FOLLOWED, "data"),
            Output(ids.COMPARE_GMINAS_DROPDOWN, "options", allow_duplicate=True),
            Output(ids.BASE_YEAR_DROPDOWN, "options", allow_duplicate=True),
        ],
        inputs={
            "search": Input(ids.URL, "search"),
            "controls": {
                name: Input(cid, prop) for name, cid, prop in CONTROLS if name not in PAINTED
            },
            "map_said": {
                "shown": Input(ids.MAP_SHOWN_VIEW, "data"),
                "extent": Input(ids.MAP_EXTENT, "data"),
            },
        },
        state={
            "painted": {name: State(cid, prop) for name, cid, prop in CONTROLS if name in PAINTED},
            "page": {
                "lang": State(ids.LANG_STORE, "data"),
                "followed": State(ids.URL_FOLLOWED, "data"),
            },
        },
        prevent_initial_call="initial_duplicate",
    )(sync)
    app.clientside_callback(
        SWITCH_LANGUAGE_KEEPING_VIEW,
        Output(ids.LANG_LINK, "href"),
        Input(ids.URL, "search"),
        State(ids.LANG_LINK, "href"),
    )
