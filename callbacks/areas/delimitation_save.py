"""Saving a delimited area under a name, and downloading it as GeoJSON or GeoPackage."""

from __future__ import annotations

import dash
from dash import ALL, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.account import internal_check
from callbacks.alerts import alert
from layers.errors import GeoportalError
from layers.render.choropleth import area_outline
from layers.render.export import area_file
from layers.store.saved_areas import SavedArea, save_area
from server.access import marked_internal
from server.data import current_dataset
from server.database import current_database
from server.i18n import counted, text
from server.roles import may_write, require_role
from server.text_keys import AREA_EXPORT_KEYS

EXPORTS = ("geojson:EPSG:4326", "gpkg:EPSG:4326", "geojson:EPSG:2180", "gpkg:EPSG:2180")
"""The download buttons: format and CRS."""


def layout(lang: str) -> list:
    """Return the save row (name, internal mark, button, status) and the download buttons."""
    return [
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
                    text(AREA_EXPORT_KEYS[key], lang),
                    id={"type": ids.DELIMIT_EXPORT, "index": key},
                )
                for key in EXPORTS
            ],
            className="save-row",
        ),
        dcc.Download(id=ids.DELIMIT_DOWNLOAD),
    ]


def update_saved(  # noqa: PLR0913 (one keyword per control)
    *,
    clicks: int | None,
    name: str | None,
    members: list[str] | None,
    core: str,
    lang: str,
    internal: list[str] | None = None,
) -> str:
    """User presses save: store the area under its name in the database."""
    if not clicks or not members:
        raise PreventUpdate
    try:
        author = require_role()
        outline = area_outline(current_dataset().store.gminas, members).iloc[0]
        area = SavedArea(
            name=name or "",
            kind="delimitation",
            members=tuple(members),
            geometry=outline.__geo_interface__,
            params={"core": core},
            internal=marked_internal(internal),
            author=author,
        )
        save_area(current_database(), area)
    except GeoportalError as error:
        return alert(error, lang)
    return text("delimit_saved", lang).format(
        name=area.name.strip(), gminas=counted(len(members), "noun_gmina", lang)
    )


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
    """Wire the save and download buttons."""
    app.callback(
        output=Output(ids.DELIMIT_SAVED, "children"),
        inputs={"clicks": Input(ids.DELIMIT_SAVE, "n_clicks")},
        state={
            "name": State(ids.DELIMIT_NAME, "value"),
            "members": State(ids.DELIMIT_MEMBERS, "data"),
            "core": State(ids.DELIMIT_CORE, "value"),
            "lang": State(ids.LANG_STORE, "data"),
            "internal": State(ids.DELIMIT_INTERNAL, "value"),
        },
        prevent_initial_call=True,
    )(update_saved)
    app.callback(
        Output(ids.DELIMIT_DOWNLOAD, "data"),
        Input({"type": ids.DELIMIT_EXPORT, "index": ALL}, "n_clicks"),
        State(ids.DELIMIT_MEMBERS, "data"),
        State(ids.DELIMIT_CORE, "value"),
        prevent_initial_call=True,
    )(update_download)
