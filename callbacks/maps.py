"""Choropleth maps shared by the explorer and the comparison: held geometry, cached styles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from dash import Patch, html
from flask import current_app

from layers.analysis.catalog import indicator_of
from layers.render.choropleth import (
    OUTLINES,
    ChoroplethView,
    ViewRequest,
    choropleth_view,
    scope_gminas,
    scope_outlines,
)
from layers.render.figures import BASEMAP_STYLE, OFFLINE_STYLE, map_figure
from layers.render.legend import LegendRow
from layers.render.numbers import plotly_separators
from server.cache import cache
from server.data import EXTENSION_KEY, current_dataset, current_labels, held_item
from server.i18n import text

BASEMAP = "basemap"
HIGHLIGHT_INDEX = len(OUTLINES)
"""Position in ``layout.map.layers`` of the outline of a selected or hovered gmina."""
OVERLAY_INDEX = len(OUTLINES) + 1
"""Position in ``layout.map.layers`` of the translucent fill of an area."""
SCOPE_FIGURES_KEY = "geoportal_scope_figures"
FigureT = TypeVar("FigureT", dict, Patch)


@cache.memoize()
def cached_view(request: ViewRequest, lang: str) -> ChoroplethView:
    """Return the colours, hover values and legend of a view (cached)."""
    return choropleth_view(current_dataset(), request, lang)


def scope_figure(scope: str, lang: str, layers: Sequence[str]) -> dict:
    """Return the map of a scope with its geometry and ``layers`` shown, still uncoloured.

    Each process builds the map of a scope once per store and language and holds it (no
    cache round trip: a Poland map is drawn on every first visit of that scope). The
    caller gets its own copy of every dict and list down to, not including, the
    geometry, so filling it in leaves the held map as it was.
    """
    store = current_app.extensions[EXTENSION_KEY]
    figure = held_item(
        SCOPE_FIGURES_KEY, store, (scope, lang), lambda: built_scope_figure(scope, lang)
    )
    layout = figure["layout"]
    copy = {
        **figure,
        "data": [dict(trace) for trace in figure["data"]],
        "layout": {
            **layout,
            "map": {**layout["map"], "layers": [dict(layer) for layer in layout["map"]["layers"]]},
        },
    }
    return shown_layers(copy, layers)


def built_scope_figure(scope: str, lang: str) -> dict:
    """Return the map of a scope with its geometry, no context layer shown, uncoloured."""
    dataset = current_dataset()
    labels = current_labels(lang)
    outlines = scope_outlines(dataset, scope, frozenset())
    figure = map_figure(scope_gminas(dataset, scope), labels, outlines, plotly_separators(lang))
    return figure.to_plotly_json()


def shown_layers(figure: FigureT, layers: Sequence[str]) -> FigureT:
    """Show ``layers`` (context outlines, basemap) on a map or a patch of it, hide the others."""
    for index, name in enumerate(OUTLINES):
        figure["layout"]["map"]["layers"][index]["visible"] = name in layers
    figure["layout"]["map"]["style"] = BASEMAP_STYLE if BASEMAP in layers else OFFLINE_STYLE
    return figure


def styled_map(
    drawn_scope: str | None,
    scope: str,
    lang: str,
    style: dict,
    layers: tuple[str, ...] = (),
) -> dict | Patch:
    """Return a map coloured by ``style`` (trace properties such as ``z``, ``colorscale``).

    The whole figure, geometry included, when the browser does not hold this scope yet
    (``drawn_scope`` differs); otherwise a patch with the style alone.
    """
    figure = scope_figure(scope, lang, layers) if drawn_scope != scope else Patch()
    trace = figure["data"][0]
    for key, value in style.items():
        trace[key] = value
    return figure


def hovertemplate(indicator_id: str, view: ChoroplethView, lang: str) -> str:
    """Return the hover text template: name, value with unit, rank in the scope."""
    unit = indicator_of(current_dataset().catalog, indicator_id).unit(lang)
    return (
        f"<b>%{{text}}</b><br>%{{customdata[0]}} {unit}<br>"
        f"{text('hover_rank', lang)}: %{{customdata[1]}}/{view.ranked}<extra></extra>"
    )


def legend(view: ChoroplethView, request: ViewRequest, lang: str) -> list:
    """Return the legend: indicator, unit and year, then one row per class with its count."""
    indicator = indicator_of(current_dataset().catalog, request.indicator)
    period = f"{request.start_year}–{request.year}" if indicator.is_change else str(request.year)
    title = html.Div(
        f"{indicator.name(lang)} [{indicator.unit(lang)}], {period}", className="legend-title"
    )
    return [title, html.Ul([legend_row(row, lang) for row in view.legend])]


def legend_row(row: LegendRow, lang: str) -> html.Li:
    """Return one legend row; its left border is the swatch (kept small: sent per switch)."""
    label = text("legend_nodata", lang) if row.nodata else row.label
    return html.Li(
        [label, html.Span(f" ({row.count})", className="count")],
        className="legend-row",
        style={"borderLeftColor": row.color},
    )


def painted_map(
    drawn_scope: str | None, request: ViewRequest, lang: str, layers: tuple[str, ...] = ()
) -> tuple[dict | Patch, list, ChoroplethView]:
    """Return the map (whole for a scope the browser lacks, else a patch of colours), legend, view.

    Raises
    ------
    GeoportalError
        When the view cannot be computed (see :func:`layers.render.choropleth.choropleth_view`).
    """
    view = cached_view(request, lang)
    style = {
        **view.style,
        "customdata": view.customdata,
        "hovertemplate": hovertemplate(request.indicator, view, lang),
    }
    figure = styled_map(drawn_scope, request.scope, lang, style, layers)
    return figure, legend(view, request, lang), view


def centred(figure: dict | Patch, center: dict, zoom: float) -> dict | Patch:
    """Return ``figure`` moved to ``center`` (``lat``, ``lon``) and ``zoom``.

    The UI revision changes with the extent, so Plotly applies it even after the user
    has panned (it otherwise keeps the user's own extent).
    """
    figure["layout"]["map"]["center"] = {"lat": center["lat"], "lon": center["lon"]}
    figure["layout"]["map"]["zoom"] = zoom
    figure["layout"]["uirevision"] = f"{center['lat']},{center['lon']},{zoom}"
    return figure
