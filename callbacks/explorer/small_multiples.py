"""The explorer's small multiples: the current view for up to six years, one PNG.

The image is drawn on the server (:mod:`layers.render.small_multiples`) on classes shared
by the chosen years; the page shows it and the button downloads the same PNG.
"""

from __future__ import annotations

import base64

import dash
from dash import Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from callbacks.explorer.exports import map_style
from callbacks.explorer.map_view import view_controls
from layers.analysis.catalog import indicator_of
from layers.errors import GeoportalError
from layers.render.choropleth import ViewRequest, scope_gminas
from layers.render.small_multiples import (
    MAX_YEARS,
    MultiplesTexts,
    default_years,
    multiples_png,
    pooled_years,
)
from layers.render.static_map import SIZES
from server.data import current_dataset
from server.i18n import dropdown_labels, text
from server.paint import view_request

SIZE = SIZES["1920x1080"]


def layout(lang: str) -> html.Details:
    """Return the small multiples' section: the years, show and download, the image."""
    return html.Details(
        [
            html.Summary(text("multiples_heading", lang)),
            html.P(text("multiples_help", lang).format(count=MAX_YEARS)),
            html.Label(text("multiples_years", lang), htmlFor=ids.MULTIPLES_YEARS),
            dcc.Dropdown(id=ids.MULTIPLES_YEARS, multi=True, labels=dropdown_labels(lang)),
            html.Div(
                [
                    html.Button(text("multiples_show", lang), id=ids.MULTIPLES_SHOW),
                    html.Button(text("multiples_png", lang), id=ids.MULTIPLES_PNG),
                ],
                className="save-row",
            ),
            html.Div(id=ids.MULTIPLES_NOTICE, role="status"),
            html.Img(id=ids.MULTIPLES_IMAGE, hidden=True),
            dcc.Download(id=ids.MULTIPLES_DOWNLOAD),
        ],
        className="multiples",
    )


def update_years(indicator_id: str | None) -> tuple[list[dict], list[int]]:
    """User picks an indicator: offer its years, the last six chosen."""
    if indicator_id is None:
        raise PreventUpdate
    years = indicator_of(current_dataset().catalog, indicator_id).years
    options = [{"label": str(year), "value": year} for year in range(min(years), max(years) + 1)]
    return options, list(default_years(years))


def multiples_image(
    request: ViewRequest, years: list[int], overlay: str | None, lang: str
) -> tuple[bytes, str]:
    """Return the small multiples of the view as PNG and its text alternative.

    The map's texts, outlined area and date are those of the map's export
    (:func:`callbacks.explorer.exports.map_style`).
    """
    dataset = current_dataset()
    pooled = pooled_years(dataset, request, years)
    style = map_style(request, overlay, SIZE, lang)
    texts = MultiplesTexts(
        style.texts,
        text("multiples_shared_classes", lang),
        text("multiples_gap", lang),
        text("multiples_series_break", lang),
    )
    png = multiples_png(scope_gminas(dataset, pooled.pooled.units), pooled, style, texts)
    years_text = ", ".join(panel.label for panel in pooled.panels)
    alt = f"{pooled.pooled.indicator.name(lang)}: {years_text}. {texts.shared_classes}"
    return png, alt


def update_multiples(  # noqa: PLR0913 (one keyword per control)
    *,
    show: int | None,
    download: int | None,
    scope: str,
    indicator_id: str,
    year: int,
    options: dict,
    years: list[int] | None,
    overlay: str | None,
    lang: str,
) -> tuple:
    """User presses show or download: the image in the page (with its alt text) or the PNG.

    The view's scope, indicator and classes are the map's; the years drawn are ``years``.
    """
    if not (show or download):
        raise PreventUpdate
    try:
        request = view_request(scope, indicator_id, year, options)
        png, alt = multiples_image(request, years or [], overlay, lang)
    except GeoportalError as error:
        return dash.no_update, dash.no_update, dash.no_update, dash.no_update, alert(error, lang)
    if ctx.triggered_id == ids.MULTIPLES_PNG:
        name = f"lata_{indicator_id}_{scope}.png"
        return dash.no_update, dash.no_update, dash.no_update, dcc.send_bytes(png, name), None
    source = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return source, alt, False, dash.no_update, None


def register(app: dash.Dash) -> None:
    """Wire the years' choice and the show and download buttons."""
    app.callback(
        Output(ids.MULTIPLES_YEARS, "options"),
        Output(ids.MULTIPLES_YEARS, "value"),
        Input(ids.MAP_SHOWN_INDICATOR, "data"),
        prevent_initial_call=True,
    )(update_years)
    app.callback(
        output=[
            Output(ids.MULTIPLES_IMAGE, "src"),
            Output(ids.MULTIPLES_IMAGE, "alt"),
            Output(ids.MULTIPLES_IMAGE, "hidden"),
            Output(ids.MULTIPLES_DOWNLOAD, "data"),
            Output(ids.MULTIPLES_NOTICE, "children"),
        ],
        inputs={
            "show": Input(ids.MULTIPLES_SHOW, "n_clicks"),
            "download": Input(ids.MULTIPLES_PNG, "n_clicks"),
        },
        state={
            **view_controls(State),
            "years": State(ids.MULTIPLES_YEARS, "value"),
            "overlay": State(ids.AREA_OVERLAY, "value"),
            "lang": State(ids.LANG_STORE, "data"),
        },
        prevent_initial_call=True,
    )(update_multiples)
