"""Callback requests over HTTP as the signed-in official ``anna`` or as a visitor."""

from __future__ import annotations

import json

from sqlalchemy.engine import Engine

from callbacks import ids
from layers.store.database import open_database
from server.database import database_url
from tests.support.access_fixtures import signed_in_client
from tests.support.dash_client import dispatch


def post(
    app, output: str, values: dict, changed: list[str], *, official: bool = True, client=None
) -> dict:
    """Send a callback request as the signed-in official ``anna`` (or ``client``), or a visitor."""
    client = client or (signed_in_client(app) if official else app.server.test_client())
    with client:
        status, body = dispatch(client, app, output, values, changed)
    assert status in (200, 204), body[:500]
    return json.loads(body)["response"] if status == 200 else {}


def duplicate_output(app, output: str) -> str:
    """Return the callback-map spelling of an ``allow_duplicate`` output."""
    return next(
        part
        for key in app.callback_map
        for part in key.strip(".").split("...")
        if part.startswith(output + "@")
    )


def app_database(app) -> Engine:
    """Return the app's database."""
    return open_database(database_url(app.server.config))


def slide(app, show: dict | None, *, official: bool = True) -> dict:
    """Show a slide of presentation mode (``None``: leave it); return the answer."""
    values = {f"{ids.SHOW_STORE}.data": show, f"{ids.LANG_STORE}.data": "pl"}
    return post(app, f"{ids.SHOW}.style", values, [f"{ids.SHOW_STORE}.data"], official=official)
