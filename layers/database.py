"""The SQLite database of what users save: one file, its schema created on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from layers import saved_areas, saved_views, user_indicators

SCHEMAS = (saved_areas.SCHEMA, saved_views.SCHEMA, user_indicators.SCHEMA)
"""Every feature's tables (``CREATE … IF NOT EXISTS``), run on each open."""


def open_database(path: Path) -> sqlite3.Connection:
    """Return a connection to the database at ``path``, creating the file and schema if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, check_same_thread=False)
    with connection:
        for schema in SCHEMAS:
            connection.executescript(schema)
    return connection
