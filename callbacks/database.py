"""The app's database of saved items from inside a request, and what users see when it is down.

Reads of the data store never need the database, so when it cannot be reached the maps and
tables go on; a callback that needed it shows :data:`ids.DATABASE_NOTICE` instead of failing.
"""

from __future__ import annotations

import logging
from pathlib import Path

import dash
import flask
from dash import html
from sqlalchemy.engine import Engine

from callbacks import ids
from callbacks.alerts import alert
from callbacks.i18n import language
from layers.database import open_database, sqlite_url
from layers.errors import DatabaseUnavailableError

LOG = logging.getLogger(__name__)
DATABASE_KEY = "geoportal_database"


def database_url(config: dict) -> str:
    """Return the configured database URL: ``DATABASE_URL``, else the SQLite file's."""
    return config["DATABASE_URL"] or sqlite_url(Path(config["DATABASE_PATH"]))


def current_database() -> Engine:
    """Return the app's database (an engine with a pool of connections, see layers.database)."""
    return flask.current_app.extensions[DATABASE_KEY]


def layout(lang: str) -> html.Div:
    """Return the notice shown when an action needed the database and it was down."""
    return html.Div(id=ids.DATABASE_NOTICE, className="notice", role="alert", lang=lang)


def unavailable_database(error: Exception) -> None:
    """Handle a callback's error (Dash ``on_error``): an unreachable database gets the notice.

    The callback's outputs stay as they were; any other error is raised again.
    """
    if not isinstance(error, DatabaseUnavailableError):
        raise error
    LOG.warning("database unreachable in a callback: %s", error)
    lang = language(flask.request.cookies.get("lang"))
    dash.set_props(ids.DATABASE_NOTICE, {"children": alert(error, lang)})


def init_database(server: flask.Flask) -> None:
    """Open the database (creating or updating its schema) and keep its engine for requests."""
    server.extensions[DATABASE_KEY] = open_database(database_url(server.config))
