"""Areas users save (delimitations and zones), kept in an SQLite database.

Every write runs in one transaction, so a crash never leaves a half-written area.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime

from layers.errors import SavedAreaError

KINDS = ("delimitation", "zone")
MAX_NAME = 80
SCHEMA = """
CREATE TABLE IF NOT EXISTS saved_areas (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('delimitation', 'zone')),
    members TEXT NOT NULL,
    geometry TEXT NOT NULL,
    params TEXT NOT NULL,
    created TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 0
)
"""
COLUMNS = "id, name, kind, members, geometry, params, created, internal"
ADDED_COLUMNS = (("saved_areas", "internal", "INTEGER NOT NULL DEFAULT 0"),)
"""Columns added since the first schema: (table, column, type), added to older databases."""


@dataclass(frozen=True)
class SavedArea:
    """A named area: its member gminas, its outline (GeoJSON, EPSG:4326) and how it was made."""

    name: str
    kind: str
    members: tuple[str, ...]
    geometry: dict
    params: dict = field(default_factory=dict)
    id: int | None = None
    created: str = ""
    internal: bool = False
    """Seen only by signed-in officials."""


def save_area(connection: sqlite3.Connection, area: SavedArea) -> int:
    """Store a new area and return its id.

    Raises
    ------
    SavedAreaError
        For an empty or too long name, an unknown kind, no members, or a name in use.
    """
    name = area.name.strip()
    if not name or len(name) > MAX_NAME or area.kind not in KINDS or not area.members:
        raise SavedAreaError(f"invalid area: name {name!r}, kind {area.kind!r}")
    row = (
        name,
        area.kind,
        json.dumps(list(area.members)),
        json.dumps(area.geometry),
        json.dumps(area.params),
        datetime.now(UTC).isoformat(timespec="seconds"),
        int(area.internal),
    )
    try:
        with connection:
            cursor = connection.execute(
                f"INSERT INTO saved_areas ({COLUMNS.removeprefix('id, ')}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                row,
            )
    except sqlite3.IntegrityError as error:
        raise SavedAreaError(f"name already used: {name!r}") from error
    return int(cursor.lastrowid)


def _area(row: tuple) -> SavedArea:
    identifier, name, kind, members, geometry, params, created, internal = row
    return SavedArea(
        name=name,
        kind=kind,
        members=tuple(json.loads(members)),
        geometry=json.loads(geometry),
        params=json.loads(params),
        id=identifier,
        created=created,
        internal=bool(internal),
    )


def saved_areas(connection: sqlite3.Connection, kind: str | None = None) -> list[SavedArea]:
    """Return the saved areas (of one kind, if given), newest first."""
    query = f"SELECT {COLUMNS} FROM saved_areas"
    rows = connection.execute(
        query + (" WHERE kind = ?" if kind else "") + " ORDER BY id DESC", (kind,) if kind else ()
    )
    return [_area(row) for row in rows]


def saved_area(connection: sqlite3.Connection, identifier: int) -> SavedArea:
    """Return one saved area.

    Raises
    ------
    SavedAreaError
        When there is no area with that id.
    """
    row = connection.execute(
        f"SELECT {COLUMNS} FROM saved_areas WHERE id = ?",
        (identifier,),
    ).fetchone()
    if row is None:
        raise SavedAreaError(f"no saved area {identifier}")
    return _area(row)
