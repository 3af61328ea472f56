"""The SQLite database of what users save: one file, its schema created on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from layers import saved_areas, saved_views, user_indicators, users

FEATURES = (saved_areas, saved_views, user_indicators, users)
"""Modules with tables: each has a ``SCHEMA`` (``CREATE … IF NOT EXISTS``) run on each open,
and may list ``ADDED_COLUMNS`` (table, column, type) later than its first schema."""


def open_database(path: Path) -> sqlite3.Connection:
    """Return a connection to the database at ``path``, creating the file and schema if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, check_same_thread=False)
    connection.execute("PRAGMA foreign_keys = ON")
    with connection:
        for feature in FEATURES:
            connection.executescript(feature.SCHEMA)
        added = [column for f in FEATURES for column in getattr(f, "ADDED_COLUMNS", ())]
        for table, column, kind in added:
            present = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            if column not in present:
                connection.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    return connection
