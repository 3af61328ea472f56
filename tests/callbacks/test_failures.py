"""A callback that fails shows the page's notice in the user's language, never a server error.

Every server callback is also sent, input by input, values its control does not hold when
used as meant (cleared, text for a number, an object, a negative number): each answer must
be an ordinary Dash answer.
"""

from __future__ import annotations

import json
import logging

import pytest

from bench.dash_wire import Page
from bench.load_browser import Browser
from callbacks import failures, ids
from callbacks.explorer import map_view as explorer
from server.i18n import text
from tests.callbacks.explorer.test_map_view import MAP_OUTPUT, map_values
from tests.support.dash_client import request_body

ODD_VALUES = (None, "", "xyz", {"a": 1}, -1)
"""What a crafted request or a cleared control may send in place of a value."""


def broken(*args: object, **kwargs: object) -> None:
    raise RuntimeError("a fault injected by the test")


def failed_map_answer(app, lang: str) -> tuple[int, dict]:
    """Ask for the map as a ``lang`` page does; return the status and the Dash answer."""
    body = request_body(app, MAP_OUTPUT, map_values(), [f"{ids.SCOPE_RADIO}.value"])
    with app.server.test_client() as client:
        client.set_cookie("lang", lang)
        response = client.post("/_dash-update-component", json=body)
    return response.status_code, json.loads(response.data)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_an_unexpected_error_shows_the_notice_and_changes_nothing(app, monkeypatch, caplog, lang):
    monkeypatch.setattr(explorer, "scope_patch", broken)

    with caplog.at_level(logging.ERROR, logger=failures.__name__):
        status, answer = failed_map_answer(app, lang)

    assert status == 200
    assert answer["response"] == {}  # the map stays as it was
    notice = answer["sideUpdate"][ids.PAGE_NOTICE]["children"]["props"]
    assert notice["children"] == text("error_unexpected", lang)
    assert notice["role"] == "alert"
    (record,) = caplog.records
    assert MAP_OUTPUT in record.getMessage()
    assert record.exc_info[1].args == ("a fault injected by the test",)


def test_no_callback_answers_odd_values_with_a_server_error(app):
    client = app.server.test_client()
    page = Page.read(client.get("/_dash-layout").get_json(), client.get("/_dash-dependencies").json)
    browser = Browser("", page)
    server_errors = []

    for callback in page.callbacks:
        for component, prop in callback.inputs:
            if component.startswith("{"):
                continue
            key = f"{component}.{prop}"
            for value in ODD_VALUES:
                browser.values = {**page.values, key: value}
                response = client.post(
                    "/_dash-update-component", json=browser.body(callback, [key])
                )
                if response.status_code not in (200, 204):
                    server_errors.append((callback.output, key, value, response.status_code))

    assert len(page.callbacks) > 40
    assert server_errors == []
