"""The maps of every tab, drawn by ``assets/geomap.js``: one call lays a map out, one wires it.

A map is a container (MapLibre draws in it) and a store of what it shows: ``geometry``
(the address of the scope's geometry, fetched once per scope), ``paint`` (each gmina's
class, the class colours and hover lines), ``layers`` (context outlines and the basemap
shown), ``marks`` (gminas outlined: selected, hovered on a linked map, a group),
``extras`` (overlays by name: an area, a zone, points, flow lines) and ``view`` (an
extent asked for; none fits the scope). Callbacks answer with a :class:`dash.Patch` of
the keys they change, so a recolouring sends values and colours only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from dash import ClientsideFunction, Input, Patch, State, dcc, html

from callbacks.map_tools import LABELS
from layers.render.announce import legend_sentence
from layers.render.choropleth import ChoroplethView, ViewRequest
from layers.render.dates import period_label
from layers.render.geomap import MARKS
from layers.render.legend import LegendRow
from layers.render.proportional_circles import GAP_FILL, CircleLegend, label_heights, legend_labels
from server.geometry import geometry_url
from server.i18n import counted, text
from server.paint import cached_view, view_paint
from server.text_keys import N_

BASEMAP = "basemap"
LABEL_PX = 14
"""The line height of a circle legend's value (assets/circles.css), kept apart by it."""
EVENTS = ("click", "extent", "lasso", "shown")
"""What a map may tell Dash, each into a store of its own (``data-<event>`` names it);
``assets/geomap_tools.js`` adds ``bounds`` (the bounds shown, for the print layout)."""

NAMED_LAYERS = ("smk", LABELS)
"""The context of the maps beside the explorer's: SMK's outline and the units' names
(written without overlap by ``assets/geomap_tools.js`` from the label points the scope's
geometry brings, :mod:`layers.render.map_labels`)."""


def initial_state() -> dict:
    """Return what an empty map shows: nothing, with the outline styles of its marks."""
    marks = {
        kind: {"ids": [], "color": color, "width": width} for kind, (color, width) in MARKS.items()
    }
    return {
        "geometry": None,
        "paint": None,
        "layers": [],
        "marks": marks,
        "extras": {},
        "view": None,
    }


def map_frame(
    map_id: str,
    state_id: str,
    class_name: str,
    events: dict[str, str] | None = None,
    data: Mapping[str, str] | None = None,
) -> list:
    """Return a map's container and the stores of its state and events.

    Parameters
    ----------
    map_id, state_id
        Ids of the container and of the store of what it shows.
    class_name
        CSS class of the container (its size).
    events
        Store id per event of :data:`EVENTS` the map reports (a click on a gmina
        ``{"teryt", "n"}``, a moved extent ``{"lon", "lat", "zoom"}``, a lasso ``{"ring"}``,
        the view a map painted from its controls shows, once drawn: ``{"scope",
        "indicator_id", "year", "options", "refused"}``; the bounds shown ``[west, south,
        east, north]`` or ``None`` while the scope's fitted extent is shown:
        ``assets/geomap_tools.js``).
    data
        Further ``data-`` attributes of the container: ``link``, the id of a map that
        follows this one's pans and zooms and outlines its hovered gmina; for a map
        coloured straight from its controls (``assets/geomap_controls.js``), ``controls``
        (:func:`painted_by`) and ``after``.
    """
    events = events or {}
    attributes = {f"data-{name}": value for name, value in {**events, **(data or {})}.items()}
    container = html.Div(id=map_id, className=f"geomap {class_name}", **attributes)
    stores = [dcc.Store(id=store) for store in events.values()]
    return [container, dcc.Store(id=state_id, data=initial_state()), *stores]


def painted_by(controls: Mapping[str, tuple[str, str]], after: str) -> dict[str, str]:
    """Return the ``data`` of a map coloured straight from its controls.

    ``controls``: each control's id and property by the name the view gives it; ``after``:
    the store whose data is true once they show the page's first view.
    """
    return {"controls": json.dumps(controls), "after": after}


def map_box(
    map_id: str, state_id: str, legend: str | list, class_name: str = "areas-map", **frame: Any
) -> html.Div:
    """Return a map (:func:`map_frame`) with its legend beside it, in one frame.

    ``legend`` is the id of the legend the map's callback fills, or its fixed rows;
    ``frame`` passes ``events`` and ``data`` on to :func:`map_frame`.
    """
    shown = (
        html.Div(id=legend, className="legend")
        if isinstance(legend, str)
        else html.Div(legend, className="legend")
    )
    return html.Div(
        [*map_frame(map_id, state_id, class_name, **frame), shown], className="map-frame"
    )


def register_map(app: object, map_id: str, state_id: str) -> None:
    """Hand every new state of a map to the engine in the browser (no server round trip)."""
    app.clientside_callback(
        ClientsideFunction("geomap", "update"), Input(state_id, "data"), State(map_id, "id")
    )


def scope_patch(scope: str, lang: str, layers: Sequence[str] = ()) -> Patch:
    """Return the patch that shows ``scope`` (its geometry, once) with context ``layers``.

    A map coloured straight from its controls (``geomap.paintFrom``, the explorer) gets
    no colours in its patch.
    """
    patch = Patch()
    patch["geometry"] = geometry_url(scope, lang)
    patch["layers"] = list(layers)
    return patch


def scope_paint(scope: str, lang: str, paint: dict | None, layers: Sequence[str] = ()) -> Patch:
    """Return the patch that shows ``scope`` (its geometry, once) coloured by ``paint``."""
    patch = scope_patch(scope, lang, layers)
    patch["paint"] = paint
    return patch


def extra(patch: Patch, name: str, layer: dict | None) -> Patch:
    """Set (or with ``None`` remove) the overlay ``name`` in a map's patch."""
    patch["extras"][name] = layer
    return patch


def marked(patch: Patch, kind: str, codes: Sequence[str]) -> Patch:
    """Outline ``codes`` as the mark ``kind`` of :data:`layers.render.geomap.MARKS`."""
    patch["marks"][kind]["ids"] = list(codes)
    return patch


def centred(patch: Patch, center: dict | None, zoom: float | None = None) -> Patch:
    """Move the map to ``center`` (``lat``, ``lon``) and ``zoom``; ``None`` fits the scope."""
    patch["view"] = None if center is None else {"center": center, "zoom": zoom}
    return patch


def fitted(patch: Patch, bounds: Sequence[float]) -> Patch:
    """Fit the map to ``bounds`` (west, south, east, north in degrees), e.g. one gmina."""
    patch["view"] = {"bounds": list(bounds)}
    return patch


def legend(view: ChoroplethView, request: ViewRequest, lang: str) -> list:
    """Return the legend: indicator, unit and year, then one row per class with its count."""
    indicator = view.indicator
    period = period_label(request.start_year if indicator.is_change else None, request.year)
    title = html.Div(
        f"{indicator.name(lang)} [{indicator.unit(lang)}], {period}", className="legend-title"
    )
    if view.circles is not None:
        return [title, *circles_legend(view.circles, view.legend, lang)]
    return [title, html.Ul([legend_row(row, lang) for row in view.legend])]


def circles_legend(circles: CircleLegend, rows: Sequence[LegendRow], lang: str) -> list:
    """Return the legend of proportional circles: nested circles, the fill rows, the signs.

    Three nested circles sharing their bottom point, each labelled at its top with its
    round value (:func:`layers.render.proportional_circles.circle_legend`); then the rows
    of the fill under them (the values' range, and a hollow gmina: no data, no circle);
    a note says which colour marks a value below zero, if any.
    """
    top = circles.max_radius
    shapes = [
        html.Span(
            className="legend-circle",
            style={"width": f"{2 * r}px", "height": f"{2 * r}px", "left": f"{top - r}px"},
        )
        for r in circles.radii
    ]
    heights = label_heights(circles.radii, LABEL_PX)
    labels = [
        html.Span(
            label,
            className="legend-circle-label",
            style={"bottom": f"{up - LABEL_PX / 2}px", "left": f"{2 * top + 6}px"},
        )
        for label, up in zip(legend_labels(circles.values, lang), heights, strict=True)
    ]
    nested = html.Div(
        [*shapes, *labels], className="legend-circles", style={"height": f"{2 * top + 2}px"}
    )
    shown = [nested, html.Ul([legend_row(row, lang) for row in rows])]
    if circles.negative:
        swatch = html.Span(className="legend-swatch-negative")
        note = [swatch, text("legend_circles_negative", lang)]
        shown.append(html.Div(note, className="legend-note"))
    return shown


def announced(view: ChoroplethView, request: ViewRequest, lang: str) -> str:
    """Return the sentence a screen reader says when the legend changes (the live region's)."""
    period = period_label(request.start_year if view.indicator.is_change else None, request.year)
    missing = {
        "powiat": lambda count: counted(count, "noun_powiat", lang),
        "district": lambda count: counted(count, "noun_district", lang),
    }.get(view.indicator.level, lambda count: counted(count, "noun_gmina", lang))
    template = N_("legend_announcement_circles") if view.circles else N_("legend_announcement")
    return legend_sentence(
        view,
        period,
        text(template, lang),
        count_classes=lambda count: counted(count, "noun_class", lang),
        count_missing=missing,
        lang=lang,
    )


def legend_row(row: LegendRow, lang: str) -> html.Li:
    """Return one legend row; its left border is the swatch (kept small: sent per switch)."""
    label = text("legend_nodata", lang) if row.nodata else row.label
    hollow = " legend-hollow" if row.color == GAP_FILL else ""
    return html.Li(
        [label, html.Span(f" ({row.count})", className="count")],
        className="legend-row" + hollow,
        style={"borderLeftColor": row.color},
    )


def painted_map(
    request: ViewRequest, lang: str, layers: Sequence[str] = ()
) -> tuple[Patch, list, ChoroplethView]:
    """Return the map's patch (the scope's geometry address, colours, hover), legend and view.

    Raises
    ------
    GeoportalError
        When the view cannot be computed (see :func:`layers.render.choropleth.choropleth_view`).
    """
    view = cached_view(request, lang)
    patch = scope_paint(view.units or request.scope, lang, view_paint(view, lang), layers)
    return patch, legend(view, request, lang), view


def clicked_gmina(click: object) -> str | None:
    """Return the TERYT of the gmina a map's click store reports (None for anything else)."""
    teryt = click.get("teryt") if isinstance(click, dict) else None
    return teryt if isinstance(teryt, str) else None
