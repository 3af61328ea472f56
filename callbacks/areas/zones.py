"""Zones: a circle, a buffered gmina or a lasso drawn on the map; shares and aggregates."""

from __future__ import annotations

import dash
import pandas as pd
from dash import ClientsideFunction, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

import geopandas as gpd
import shapely

from callbacks import ids
from callbacks.account import internal_check
from callbacks.alerts import alert
from callbacks.json_answers import plain_answer
from callbacks.maps import extra, map_frame, register_map, scope_paint
from callbacks.page import on_first_showing
from callbacks.panels import section_beside_map
from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS
from layers.analysis.scopes import scope_codes
from layers.analysis.zone_request import (
    ZoneRequest,
    displayed_zone,
    requested_zone,
    stored_request,
    zone_request,
)
from layers.analysis.zones import Zone, zone_aggregates, zone_shares
from layers.errors import GeoportalError
from layers.render.export import area_file
from layers.render.zone_view import zone_view
from layers.store.saved_areas import SavedArea, save_area
from server.access import marked_internal
from server.cache import cache
from server.data import (
    current_area,
    current_areas,
    current_dataset,
    current_labels,
    gmina_options,
)
from server.database import current_database
from server.i18n import dropdown_labels, text
from server.roles import may_write, require_role
from server.text_keys import AREA_KIND_KEYS, N_, ZONE_KEYS

MODES = ("circle", "buffer", "lasso")
MAP_LAYERS = ("smk",)
AGGREGATE_HEAD = ("compare_indicator", N_("compare_year"), N_("compare_value"), N_("zone_coverage"))
"""Text keys of the aggregates table's columns."""


def layout(lang: str) -> html.Div:
    """Return the zone tools, the map, the tables and the save, load and download actions."""
    section = html.Div(
        [
            html.H3(text("zone_title", lang)),
            html.P(text("zone_help", lang), className="help"),
            dcc.RadioItems(
                id=ids.ZONE_MODE,
                value="circle",
                options=[{"label": text(ZONE_KEYS[mode], lang), "value": mode} for mode in MODES],
            ),
            html.Div(
                [
                    html.Label(text("zone_centre", lang)),
                    html.Label(text("zone_lon", lang), className="visually-hidden"),
                    dcc.Input(id=ids.ZONE_LON, type="number", value=19.94, step=0.001),
                    html.Label(text("zone_lat", lang), className="visually-hidden"),
                    dcc.Input(id=ids.ZONE_LAT, type="number", value=50.06, step=0.001),
                    html.Label(text("zone_radius", lang)),
                    dcc.Input(id=ids.ZONE_RADIUS, type="number", value=15, min=0.1, debounce=True),
                ],
                className="save-row",
            ),
            html.Div(
                [
                    html.Label(text("zone_gmina", lang)),
                    dcc.Dropdown(
                        id=ids.ZONE_GMINA,
                        value="1219053",
                        clearable=False,
                        labels=dropdown_labels(lang),
                        options=gmina_options(lang),
                    ),
                    html.Label(text("zone_distance", lang)),
                    dcc.Input(id=ids.ZONE_DISTANCE, type="number", value=5, min=0, debounce=True),
                ],
                className="save-row",
            ),
            html.Label(text("zone_saved_list", lang)),
            dcc.Dropdown(id=ids.ZONE_SAVED_LIST, labels=dropdown_labels(lang)),
            html.Div(id=ids.ZONE_NOTICE),
            dcc.Store(id=ids.ZONE_GEOMETRY),
            html.Div(
                map_frame(ids.ZONE_MAP, ids.ZONE_STATE, "areas-map", {"lasso": ids.ZONE_LASSO}),
                className="map-frame",
            ),
            html.Div(id=ids.ZONE_SHARES, className="compare-table"),
            html.Div(id=ids.ZONE_AGGREGATES, className="compare-table"),
            html.Div(
                [
                    dcc.Input(
                        id=ids.ZONE_NAME,
                        type="text",
                        maxLength=80,
                        placeholder=text("zone_name", lang),
                    ),
                    internal_check(ids.ZONE_INTERNAL, lang),
                    html.Button(
                        text("zone_save", lang), id=ids.ZONE_SAVE, disabled=not may_write()
                    ),
                    html.Button(text("zone_export", lang), id=ids.ZONE_EXPORT),
                    html.Span(id=ids.ZONE_SAVED, role="status"),
                ],
                className="save-row",
            ),
            dcc.Download(id=ids.ZONE_DOWNLOAD),
        ],
        className="areas-section",
    )
    return section_beside_map(section, ids.ZONE_CONTROLS_TOGGLE, lang)


def held_zone(request: ZoneRequest) -> Zone:
    """Return the zone a request draws (EPSG:2180), a saved area read as the asker may see it."""
    saved = current_area(request.saved).geometry if request.saved is not None else None
    return requested_zone(request, current_dataset().store.gminas_metric, saved)


def text_table(head: tuple[str, ...], rows: list[tuple[str, ...]], lang: str) -> html.Table:
    """Return a table of text rows under the column titles of the text keys ``head``."""
    titles = html.Tr([html.Th(text(key, lang)) for key in head])
    body = [html.Tr([html.Td(cell) for cell in row]) for row in rows]
    return html.Table([html.Thead(titles), html.Tbody(body)])


@cache.memoize()
def cached_zone_summary(zone_wkb: bytes) -> tuple[pd.Series, pd.DataFrame]:
    """Return the gminas' area shares in a zone (WKB, EPSG:2180) and its aggregates (cached)."""
    dataset = current_dataset()
    shares = zone_shares(dataset.store.gminas_metric, shapely.from_wkb(zone_wkb))
    return shares, zone_aggregates(dataset, shares)


def update_zone(*, mode: str, options: dict, scope: str, lang: str) -> tuple:
    """User sets a circle, a buffer, a lasso or picks a saved zone: show what it covers.

    ``options`` are the tools' settings by name (:func:`layers.analysis.zone_request.zone_request`);
    the page keeps the request, from which saving and downloading draw the zone again.
    """
    picked = ctx.triggered_id == ids.ZONE_SAVED_LIST and options["saved"]
    try:
        request = zone_request("saved" if picked else mode, options)
        if request is None:
            raise PreventUpdate  # lasso mode: nothing lassoed yet
        zone = held_zone(request)
        summary = cached_zone_summary(shapely.to_wkb(zone))
    except GeoportalError as error:
        return alert(error, lang), dash.no_update, [], [], dash.no_update
    dataset = current_dataset()
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    labels, catalog = current_labels(lang), dataset.catalog
    view = zone_view(zone, summary, codes=codes, labels=labels, catalog=catalog, lang=lang)
    patch = scope_paint(scope, lang, view.paint, MAP_LAYERS)
    extra(patch, "zone", view.outline)
    tables = (
        text_table(("compare_gmina", N_("zone_share")), view.shares, lang),
        text_table(AGGREGATE_HEAD, view.aggregates, lang),
    )
    return None, patch, *tables, request.as_json()


def update_saved_zone(
    clicks: int | None,
    name: str | None,
    held: dict | None,
    lang: str,
    internal: list[str] | None = None,
) -> str:
    """User presses save: store the zone (drawn again from its request) with its gminas."""
    if not clicks or not held:
        raise PreventUpdate
    try:
        author = require_role()
        zone = held_zone(stored_request(held))
        shares, _ = cached_zone_summary(shapely.to_wkb(zone))
        area = SavedArea(
            name=name or "",
            kind="zone",
            members=tuple(shares.index),
            geometry=displayed_zone(zone).iloc[0].__geo_interface__,
            params={"shares": shares.round(6).to_dict()},
            internal=marked_internal(internal),
            author=author,
        )
        save_area(current_database(), area)
    except GeoportalError as error:
        return alert(error, lang)
    return text("zone_saved", lang).format(name=area.name.strip())


def update_saved_options(*, lang: str, **_triggers: object) -> list[dict]:
    """List the saved zones and delimitations to load (after a save, or when a tab opens)."""
    return [
        {"label": f"{area.name} ({text(AREA_KIND_KEYS[area.kind], lang)})", "value": area.id}
        for area in current_areas()
    ]


def update_download(clicks: int | None, held: dict | None) -> dict:
    """User presses download: send the zone (drawn again from its request) as GeoJSON (4326)."""
    if not clicks or not held:
        raise PreventUpdate
    try:
        zone = gpd.GeoDataFrame(geometry=[held_zone(stored_request(held))], crs=METRIC_CRS)
    except GeoportalError:
        raise PreventUpdate from None  # a kept request no longer drawable: nothing to send
    return dcc.send_bytes(area_file(zone, "geojson", DISPLAY_CRS, "strefa"), "strefa.geojson")


def register(app: dash.Dash) -> None:
    """Wire the zone tools."""
    lang = State(ids.LANG_STORE, "data")
    register_map(app, ids.ZONE_MAP, ids.ZONE_STATE)
    app.clientside_callback(
        ClientsideFunction("geomap", "tool"),
        Input(ids.ZONE_MODE, "value"),
        State(ids.ZONE_MAP, "id"),
    )
    on_first_showing(
        app,
        "tab_areas",
        output=[
            Output(ids.ZONE_NOTICE, "children"),
            Output(ids.ZONE_STATE, "data"),
            Output(ids.ZONE_SHARES, "children"),
            Output(ids.ZONE_AGGREGATES, "children"),
            Output(ids.ZONE_GEOMETRY, "data"),
        ],
        inputs={
            "mode": Input(ids.ZONE_MODE, "value"),
            "options": {
                "lon": Input(ids.ZONE_LON, "value"),
                "lat": Input(ids.ZONE_LAT, "value"),
                "radius": Input(ids.ZONE_RADIUS, "value"),
                "gmina": Input(ids.ZONE_GMINA, "value"),
                "distance": Input(ids.ZONE_DISTANCE, "value"),
                "selected": Input(ids.ZONE_LASSO, "data"),
                "saved": Input(ids.ZONE_SAVED_LIST, "value"),
            },
            "scope": Input(ids.AREAS_SCOPE, "value"),
        },
        state={"lang": lang},
    )(plain_answer(update_zone))
    app.callback(
        Output(ids.ZONE_SAVED, "children"),
        Input(ids.ZONE_SAVE, "n_clicks"),
        State(ids.ZONE_NAME, "value"),
        State(ids.ZONE_GEOMETRY, "data"),
        lang,
        State(ids.ZONE_INTERNAL, "value"),
        prevent_initial_call=True,
    )(update_saved_zone)
    app.callback(
        output=Output(ids.ZONE_SAVED_LIST, "options"),
        inputs={
            "zone_saved": Input(ids.ZONE_SAVED, "children"),
            "area_saved": Input(ids.DELIMIT_SAVED, "children"),
            "tab": Input(ids.TABS, "value"),
        },
        state={"lang": lang},
    )(update_saved_options)
    app.callback(
        Output(ids.ZONE_DOWNLOAD, "data"),
        Input(ids.ZONE_EXPORT, "n_clicks"),
        State(ids.ZONE_GEOMETRY, "data"),
        prevent_initial_call=True,
    )(update_download)
