"""The app's database of saved items, from inside a request.

Reads of the data store never need the database, so when it cannot be reached the maps and
tables go on; a callback that needed it shows the page's notice (``callbacks.failures``).
"""

from __future__ import annotations

from pathlib import Path

import flask
from sqlalchemy.engine import Engine

from layers.store.database import open_database, sqlite_url

DATABASE_KEY = "geoportal_database"


def database_url(config: dict) -> str:
    """Return the configured database URL: ``DATABASE_URL``, else the SQLite file's."""
    return config["DATABASE_URL"] or sqlite_url(Path(config["DATABASE_PATH"]))


def current_database() -> Engine:
    """Return the app's database (a pooled engine, see :mod:`layers.store.database`)."""
    return flask.current_app.extensions[DATABASE_KEY]


def init_app(server: flask.Flask) -> None:
    """Open the database (creating or updating its schema) and keep its engine for requests."""
    server.extensions[DATABASE_KEY] = open_database(database_url(server.config))
