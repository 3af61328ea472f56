"""Requests outside the limits get a 4xx and one warning line, never a traceback or a 500."""

from __future__ import annotations

import json
import logging

import flask
import pytest

from callbacks import ids
from server import limits
from server.limits import MAX_JSON_DEPTH, json_depth
from tests.callbacks.explorer.test_map_view import MAP_OUTPUT, map_values
from tests.support.apps import app_with
from tests.support.dash_client import request_body

CALLBACK = "/_dash-update-component"


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_json_depth_counts_arrays_and_objects():
    assert json_depth(3) == 0
    assert json_depth([]) == 1
    assert json_depth({"a": [1, {"b": []}]}) == 4
    assert json_depth(json.loads(nested(MAX_JSON_DEPTH))) == MAX_JSON_DEPTH


def refused_once(caplog, response, status: int) -> None:
    assert response.status_code == status
    (record,) = [r for r in caplog.records if r.name == limits.__name__]
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "\n" not in record.getMessage()


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (nested(1_000), "a 1,000-deep body"),
        (nested(MAX_JSON_DEPTH + 1), "one level past the limit"),
        ("{not json", "not JSON"),
        ("[1, 2]", "not an object"),
        ('{"inputs": []}', "no output"),
        ('{"output": "nope.children", "outputs": {}, "inputs": []}', "an unknown output"),
        (json.dumps({"output": f"{ids.LEGEND}.children", "outputs": {}, "inputs": 3}), "inputs"),
    ],
)
def test_a_malformed_callback_request_gets_400_and_one_warning(app, caplog, body, why):
    with caplog.at_level(logging.WARNING):
        response = app.server.test_client().post(
            CALLBACK, data=body, content_type="application/json"
        )
    refused_once(caplog, response, 400)


def test_a_well_formed_callback_request_still_answers(app):
    body = request_body(app, MAP_OUTPUT, map_values(), [f"{ids.SCOPE_RADIO}.value"])
    response = app.server.test_client().post(CALLBACK, json=body)
    assert response.status_code == 200 and "response" in response.get_json()


def test_a_body_over_the_limit_gets_413_before_it_is_read(app, caplog):
    body = b'{"output": "' + b"x" * (9 * 1024 * 1024) + b'"}'
    with caplog.at_level(logging.WARNING):
        response = app.server.test_client().post(
            CALLBACK, data=body, content_type="application/json"
        )
    refused_once(caplog, response, 413)
    assert app.server.config["MAX_CONTENT_LENGTH"] == 8 * 1024 * 1024


def test_an_unknown_component_file_is_404_not_500(app, caplog):
    client = app.server.test_client()
    with caplog.at_level(logging.WARNING):
        response = client.get("/_dash-component-suites/dash/nope.js")
    refused_once(caplog, response, 404)
    assert client.get("/_dash-component-suites/nopkg/x.js").status_code == 404


@pytest.mark.parametrize(("hops", "seen"), [(0, "127.0.0.1"), (1, "203.0.113.7")])
def test_the_client_address_comes_from_a_trusted_proxy_only(store_dir, tmp_path, hops, seen):
    app = app_with(store_dir, tmp_path, CACHE_TYPE="NullCache", PROXY_HOPS=hops)

    @app.server.get("/test-remote")
    def remote() -> str:
        return flask.request.remote_addr or ""

    client = app.server.test_client()
    headers = {"X-Forwarded-For": "203.0.113.7"}
    answer = client.get("/test-remote", headers=headers, environ_base={"REMOTE_ADDR": "127.0.0.1"})
    assert answer.get_data(as_text=True) == seen
