"""``/geometry/<scope>/<lang>/<digest>.json``: a scope's map geometry, sent once, cached long.

The map engine (``assets/geomap.js``) fetches a scope's gminas and context layers from
here the first time it shows that scope; every later change of the map sends colours
only. The digest in the address is that of the body, so the browser may keep it for a
year: a rebuilt store gives a new address.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import flask
import orjson
from flask import current_app

from layers.analysis.dataset import Dataset
from layers.analysis.levels import MAP_SCOPES
from layers.render.choropleth import scope_map
from server.data import EXTENSION_KEY, current_unit_labels, held_item
from server.i18n import LANGUAGES

blueprint = flask.Blueprint("geometry", __name__)
GEOMETRY_KEY = "geoportal_scope_geometry"
YEAR_S = 31_536_000


@dataclass(frozen=True)
class HeldGeometry:
    """A scope's geometry as sent (JSON bytes) and the digest its address names."""

    body: bytes
    digest: str


def held_geometry(scope: str, lang: str) -> HeldGeometry:
    """Return a scope's geometry in ``lang``, made once per process and loaded store."""
    store = current_app.extensions[EXTENSION_KEY]
    return held_item(GEOMETRY_KEY, store, (scope, lang), lambda: built(store, scope, lang))


def built(store: Dataset, scope: str, lang: str) -> HeldGeometry:
    """Return a unit scope's geometry (:data:`.levels.MAP_SCOPES`) encoded once."""
    body = orjson.dumps(scope_map(store, scope, current_unit_labels(lang)))
    return HeldGeometry(body, hashlib.sha256(body).hexdigest()[:16])


def geometry_url(scope: str, lang: str) -> str:
    """Return the address of a scope's geometry (what a map's state names)."""
    digest = held_geometry(scope, lang).digest
    return flask.url_for("geometry.scope_geometry", scope=scope, lang=lang, digest=digest)


@blueprint.get("/geometry/<scope>/<lang>/<digest>.json")
def scope_geometry(scope: str, lang: str, digest: str) -> flask.Response:
    """Answer a scope's geometry; an unknown scope or language gets a JSON 404."""
    if scope not in MAP_SCOPES or lang not in LANGUAGES:
        missing = flask.jsonify({"error": {"code": "not_found", "message": "no such geometry"}})
        missing.status_code = 404
        return missing
    held = held_geometry(scope, lang)
    response = flask.Response(held.body, mimetype="application/json")
    if digest == held.digest:
        response.cache_control.public = True
        response.cache_control.max_age = YEAR_S
        response.cache_control.immutable = True
    else:
        response.cache_control.no_store = True
    return response


def init_app(server: flask.Flask) -> None:
    """Serve the scopes' geometry from ``server``."""
    server.register_blueprint(blueprint)
