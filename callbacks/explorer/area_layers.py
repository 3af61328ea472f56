"""Area layers over the explorer map: SMK, KOM 2003 and saved areas, with their members."""

from __future__ import annotations

import dash
from dash import Input, Output, Patch, State, dcc, html

from callbacks import ids
from callbacks.alerts import alert
from callbacks.maps import extra
from layers.analysis.dataset import AREAS
from layers.errors import SavedAreaError
from layers.render.geomap import OVERLAY_COLOR, overlay
from layers.store.saved_areas import SavedArea
from server.data import current_area, current_areas, current_dataset, current_labels
from server.i18n import dropdown_labels, text
from server.text_keys import AREA_KEYS, AREA_KIND_KEYS

SAVED = "saved:"


def control(lang: str) -> html.Div:
    """Return the area-layer chooser, offering the fixed areas until the saved ones come."""
    return html.Div(
        [
            html.Label(text("area_overlay", lang)),
            dcc.Dropdown(
                id=ids.AREA_OVERLAY,
                labels=dropdown_labels(lang),
                placeholder=text("area_overlay_none", lang),
                options=fixed_options(lang),
            ),
        ],
        className="control",
    )


def membership(lang: str) -> html.Div:
    """Return the (empty) table of the chosen area's member gminas."""
    return html.Div(id=ids.AREA_MEMBERS, className="compare-table")


def update_overlay_options(tab: str, lang: str) -> list[dict]:
    """User opens a tab: offer SMK, KOM 2003 and every saved area."""
    return fixed_options(lang) + [
        {
            "label": f"{area.name} ({text(AREA_KIND_KEYS[kind_label(area)], lang)})",
            "value": f"{SAVED}{area.id}",
        }
        for area in current_areas()
    ]


def fixed_options(lang: str) -> list[dict]:
    """Return the options of the areas every dataset has (SMK, KOM 2003)."""
    return [{"label": text(AREA_KEYS[area], lang), "value": area} for area in AREAS]


def kind_label(area: SavedArea) -> str:
    """Return the kind a saved area is listed as: a LISA cluster is a delimitation by its method."""
    return "cluster" if area.params.get("method") == "lisa" else area.kind


def area_members(choice: str) -> tuple[str, ...]:
    """Return the member gminas of a fixed area id or a ``saved:<id>`` choice."""
    if choice.startswith(SAVED):
        return current_area(int(choice.removeprefix(SAVED))).members
    return tuple(current_dataset().areas[choice])


def area_overlay(members: list[str]) -> dict | None:
    """Return the translucent fill of some gminas' union laid over a map (none without any)."""
    if not members:
        return None
    shape = current_dataset().store.gminas.geometry.loc[members].union_all()
    return overlay(shape.__geo_interface__, "fill", OVERLAY_COLOR, opacity=0.25)


def update_overlay(choice: str | None, lang: str) -> tuple:
    """User picks an area: fill it over the map and list its gminas."""
    if not choice:
        return extra(Patch(), "area", None), None
    try:
        chosen = area_members(choice)
    except SavedAreaError as error:
        return dash.no_update, alert(error, lang)
    members = [code for code in chosen if code in current_dataset().codes]
    patch = extra(Patch(), "area", area_overlay(members))
    labels = current_labels(lang)
    rows = [html.Tr([html.Td(labels[code]), html.Td(code)]) for code in members]
    head = html.Tr([html.Th(text("compare_gmina", lang)), html.Th("TERYT")])
    title = html.H3(text("area_members", lang).format(count=len(members)))
    return patch, [title, html.Table([html.Thead(head), html.Tbody(rows)])]


def register(app: dash.Dash) -> None:
    """Wire the area-layer chooser."""
    app.callback(
        Output(ids.AREA_OVERLAY, "options"),
        Input(ids.TABS, "value"),
        State(ids.LANG_STORE, "data"),
    )(update_overlay_options)
    app.callback(
        Output(ids.MAP_STATE, "data", allow_duplicate=True),
        Output(ids.AREA_MEMBERS, "children"),
        Input(ids.AREA_OVERLAY, "value"),
        State(ids.LANG_STORE, "data"),
        prevent_initial_call=True,
    )(update_overlay)
