"""Routes of the read API: parse the request, ask ``layers.render.features_api``, serialise.

Visitors get public data; a signed-in session or ``Authorization: Bearer <token>`` adds
internal indicators and saved areas (the app's one chokepoint: ``server.data``).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import flask
from werkzeug.exceptions import HTTPException

from layers.errors import FeaturesApiError, GeoportalError
from layers.render import features_api
from layers.render.export import csv_bytes
from server.access import signed_in_user
from server.data import current_areas, current_dataset
from server.i18n import requested_language, text
from server.text_keys import COLLECTION_KEYS, N_

PREFIX = "/api/v1"
blueprint = flask.Blueprint("api", __name__, url_prefix=PREFIX)
GEOJSON = "application/geo+json"


def _url(endpoint: str, **values: Any) -> str:
    return flask.url_for(f"api.{endpoint}", _external=True, **values)


def _titles() -> dict[str, str]:
    """Return the API's titles in the asker's language (``?lang=en``; Polish by default)."""
    lang = requested_language()
    keys = [
        N_("api_title"),
        N_("api_description"),
        *(COLLECTION_KEYS[c] for c in features_api.COLLECTIONS),
    ]
    return {key: text(key, lang) for key in keys}


@blueprint.before_request
def refuse_bad_token() -> flask.Response | None:
    """Answer 401 when a token is sent but unknown (a missing token means a visitor)."""
    if flask.request.headers.get("Authorization") and signed_in_user() is None:
        return _error(FeaturesApiError("unknown or revoked token", 401))
    return None


@blueprint.get("/")
def landing() -> flask.Response:
    """Answer the landing page."""
    return flask.jsonify(features_api.landing(_url, _titles()))


@blueprint.get("/conformance")
def conformance() -> flask.Response:
    """Answer the conformance classes."""
    return flask.jsonify(features_api.conformance())


@blueprint.get("/collections")
def collections() -> flask.Response:
    """Answer every collection."""
    return flask.jsonify(features_api.collections(_url, _titles()))


@blueprint.get("/collections/<collection_id>")
def collection(collection_id: str) -> flask.Response:
    """Answer one collection."""
    return flask.jsonify(features_api.collection(_url, collection_id, _titles()))


def _features(collection_id: str) -> features_api.gpd.GeoDataFrame:
    args = flask.request.args
    indicator = (args.get("indicator"), args.get("year"))
    areas = current_areas() if collection_id == features_api.SAVED_AREAS else []
    return features_api.features(current_dataset(), collection_id, areas, indicator)


@blueprint.get("/collections/<collection_id>/items")
def items(collection_id: str) -> flask.Response:
    """Answer a page of a collection's features as GeoJSON (``?f=json``) or CSV (``?f=csv``)."""
    args = flask.request.args
    file_format = args.get("f", "json")
    if file_format not in ("json", "csv"):
        raise FeaturesApiError(f"unknown format {file_format!r}: json or csv")
    limit, offset = features_api.parsed_paging(args.get("limit"), args.get("offset"))
    bbox = features_api.parsed_bbox(args.get("bbox"))
    frame = features_api.matching(_features(collection_id), bbox)
    if file_format == "csv":
        table = features_api.attribute_table(frame, limit, offset)
        body = csv_bytes(table, separator=",", decimal=".")
        return flask.Response(body, mimetype="text/csv", headers=_attachment(collection_id))
    query = {key: value for key, value in args.items() if key not in ("limit", "offset")}
    page_url = partial(_url, "items", collection_id=collection_id, **query)
    return _geojson(features_api.page(page_url, frame, limit, offset))


def _attachment(collection_id: str) -> dict:
    return {"Content-Disposition": f'attachment; filename="{collection_id}.csv"'}


def _geojson(document: dict) -> flask.Response:
    response = flask.jsonify(document)
    response.mimetype = GEOJSON
    return response


@blueprint.get("/collections/<collection_id>/items/<feature_id>")
def item(collection_id: str, feature_id: str) -> flask.Response:
    """Answer one feature as GeoJSON."""
    return _geojson(features_api.feature(_features(collection_id), feature_id))


@blueprint.route("/<path:rest>")
def unknown(rest: str) -> flask.Response:
    """Answer an unknown API path with a JSON 404 (not the page Dash serves for any path)."""
    raise FeaturesApiError(f"no such resource: {rest!r}", 404)


@blueprint.errorhandler(GeoportalError)
def domain_error(error: GeoportalError) -> flask.Response:
    """Answer a bad parameter or something missing as JSON with 400 or 404."""
    return _error(error)


def _error(error: GeoportalError) -> flask.Response:
    status = getattr(error, "status", 400)
    response = flask.jsonify({"code": error.code, "description": str(error)})
    response.status_code = status
    return response


@blueprint.app_errorhandler(HTTPException)
def http_error(error: HTTPException) -> flask.Response | HTTPException:
    """Answer errors on API paths (unknown route, wrong method) as JSON; others unchanged."""
    if not flask.request.path.startswith(PREFIX):
        return error
    response = flask.jsonify({"code": error.name.lower(), "description": error.description})
    response.status_code = error.code or 500
    return response


def init_app(server: flask.Flask) -> None:
    """Serve the read API under ``/api/v1/``."""
    server.register_blueprint(blueprint)
