"""``/map-image/<scope>/<lang>?view=…``: the PNG of a map view, for the map's own toolbar.

The explorer map's "PNG" button (``assets/geomap_tools.js``) downloads the server's
static map of the view the map shows: the same ``view`` JSON the map fetches its colours
with (:mod:`server.paint`), drawn as the export panel draws it
(:func:`layers.render.view_export.view_file`, 1920×1080 with legend, scale bar, source
and text alternative). The view is read against the data of the person asking, so a
visitor never gets an internal indicator; a refusal is JSON saying why, in ``lang``.
An ``extent`` argument (``west,south,east,north`` in degrees: the bounds the map shows
after a pan or zoom) draws that extent; one that is missing or unusable
(:func:`~layers.analysis.map_extent.checked_extent`) draws the scope's whole extent.
"""

from __future__ import annotations

from datetime import date

import flask

from layers.analysis.catalog import indicator_of
from layers.analysis.map_extent import Extent, checked_extent
from layers.errors import GeoportalError
from layers.render.choropleth import ViewRequest
from layers.render.dates import warsaw_today
from layers.render.static_map import MapStyle
from layers.render.view_export import view_file, view_file_name
from server.cache import cache
from server.data import current_dataset, current_unit_labels
from server.export_texts import map_texts
from server.i18n import language
from server.paint import refusal, requested_view

blueprint = flask.Blueprint("map_image", __name__)
UNPROCESSABLE = 422
"""The status of a view that is well formed but has no map (bad breaks, no data)."""


@cache.memoize()
def view_png(request: ViewRequest, lang: str, day: date, extent: Extent | None = None) -> bytes:
    """Return the PNG of a view drawn on ``day`` (cached per audience, as the views are).

    ``extent`` is the bounds the map shows (degrees, checked), ``None`` the scope's whole.
    """
    dataset = current_dataset()
    level = indicator_of(dataset.catalog, request.indicator).level
    style = MapStyle(map_texts(request.scope, lang, level), day, extent=extent)
    return view_file(dataset, request, "png", style, current_unit_labels(lang))


def address_view(scope: str) -> ViewRequest:
    """Return the view the request's ``view`` argument names (:func:`.requested_view`)."""
    return requested_view(scope, flask.request.args.get("view", ""), current_dataset())


@blueprint.get("/map-image/<scope>/<lang>")
def map_image(scope: str, lang: str) -> flask.Response:
    """Answer the PNG of a view as an attachment, or a JSON refusal (never a 500)."""
    try:
        request = address_view(scope)
        extent = checked_extent(flask.request.args.get("extent"))
        image = view_png(request, language(lang), warsaw_today(), extent)
    except GeoportalError as error:
        refused = refusal(error, language(lang))
        if refused.status_code == 200:  # a view the user may ask, with no map
            refused.status_code = UNPROCESSABLE
        refused.cache_control.no_store = True
        return refused
    answer = flask.Response(image, mimetype="image/png")
    name = view_file_name(request, "png")
    answer.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    answer.cache_control.private = True
    answer.cache_control.no_store = True
    return answer


def init_app(server: flask.Flask) -> None:
    """Serve the map views' PNGs from ``server``."""
    server.register_blueprint(blueprint)
