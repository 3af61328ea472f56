"""What a request may be: its size, its JSON's depth, a callback request's shape.

A request outside these limits is a client's mistake (or an attack), not a failure of the
app: it gets a 4xx answer and one warning line in the log, never a traceback.

- ``MAX_REQUEST_MB`` (8 MB) becomes Flask's ``MAX_CONTENT_LENGTH``: a bigger body gets 413
  before it is read (the largest upload, 5 MB, is 6.7 MB as base64).
- JSON bodies are parsed by :class:`LimitedJSONProvider`: nested deeper than
  :data:`MAX_JSON_DEPTH` they get 400 (the parser's own recursion is never reached).
- A callback request (``/_dash-update-component``) must be an object naming a known
  callback's output with lists of inputs; anything else gets 400.
- ``PROXY_HOPS`` trusted reverse proxies (nginx in front: 1) give the client's address and
  scheme (``X-Forwarded-For``, ``X-Forwarded-Proto``), which the sign-in throttle keys on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Container
from typing import Any

import flask
from dash.exceptions import DependencyException
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import BadRequest, HTTPException, NotFound
from werkzeug.middleware.proxy_fix import ProxyFix

LOG = logging.getLogger(__name__)
MAX_JSON_DEPTH = 64
"""Deepest nesting of arrays and objects a JSON body may have (Dash's need at most ~10)."""
CALLBACK_PATH = "/_dash-update-component"
KNOWN_OUTPUTS_KEY = "geoportal_known_outputs"


def json_depth(value: Any) -> int:
    """Return how deeply arrays and objects nest in parsed JSON (0 for a scalar)."""
    deepest, pending = 0, [(value, 1)]
    while pending:
        item, depth = pending.pop()
        children = item.values() if isinstance(item, dict) else item
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            pending.extend((child, depth + 1) for child in children)
    return deepest


class LimitedJSONProvider(DefaultJSONProvider):
    """Flask's JSON, refusing (as malformed, hence 400) bodies nested too deeply."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        """Parse JSON; raise ``ValueError`` past :data:`MAX_JSON_DEPTH` levels."""
        try:
            value = super().loads(s, **kwargs)
        except RecursionError as error:
            raise ValueError("JSON nested too deeply") from error
        if json_depth(value) > MAX_JSON_DEPTH:
            raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
        return value


def malformed_callback(body: Any, known: Container[str]) -> str | None:
    """Return what is wrong with a callback request body, or None when it has Dash's shape."""
    if not isinstance(body, dict):
        return "not an object"
    output = body.get("output")
    if not isinstance(output, str) or output not in known:
        return "no known output"
    if not isinstance(body.get("outputs"), (dict, list)):
        return "no outputs"
    lists = ("inputs", "state", "changedPropIds")
    if any(not isinstance(body.get(key, []), list) for key in lists):
        return "inputs, state or changed ids not lists"
    return None


def checked_callback() -> flask.Response | None:
    """Refuse (400) a callback request that is not a well-formed call of a known callback."""
    request = flask.request
    if request.path != CALLBACK_PATH or request.method != "POST":
        return None
    known = flask.current_app.extensions[KNOWN_OUTPUTS_KEY]()
    problem = malformed_callback(request.get_json(silent=False), known)
    if problem is None:
        return None
    return refused(BadRequest(problem))


def refused(error: HTTPException) -> flask.Response:
    """Answer a client's mistake: its status, a short text, one warning line in the log."""
    request = flask.request
    LOG.warning(
        "refused %s %s: %s %s",
        request.method,
        request.path,
        error.code,
        error.description,
        extra={"method": request.method, "path": request.path, "status": error.code},
    )
    return flask.Response(f"{error.code} {error.name}", status=error.code, mimetype="text/plain")


def client_mistake(error: HTTPException) -> flask.Response | HTTPException:
    """Log a 4xx as one warning line (no traceback); other statuses pass unchanged."""
    if error.code is None or not 400 <= error.code < 500 or error.code == 404:
        return error
    return refused(error)


def unknown_file(error: DependencyException) -> flask.Response:
    """Answer a request for a file Dash does not serve (``/_dash-component-suites/…``): 404."""
    return refused(NotFound(str(error).splitlines()[0]))


def init_app(server: flask.Flask, known_outputs: Callable[[], Container[str]]) -> None:
    """Apply the request limits to ``server``; ``known_outputs`` lists the callbacks' outputs."""
    server.config["MAX_CONTENT_LENGTH"] = int(server.config["MAX_REQUEST_MB"] * 1024 * 1024)
    server.config["MAX_FORM_MEMORY_SIZE"] = server.config["MAX_CONTENT_LENGTH"]
    server.json = LimitedJSONProvider(server)
    server.extensions[KNOWN_OUTPUTS_KEY] = known_outputs
    hops = int(server.config["PROXY_HOPS"])
    if hops:
        server.wsgi_app = ProxyFix(server.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
    server.before_request(checked_callback)
    server.register_error_handler(HTTPException, client_mistake)
    server.register_error_handler(DependencyException, unknown_file)
