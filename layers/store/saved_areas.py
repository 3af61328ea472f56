"""Areas users save (delimitations and zones), kept in the database (:mod:`layers.store.database`).

Every write runs in one transaction, so a crash never leaves a half-written area.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from layers.errors import SavedAreaError
from layers.store.audit import record
from layers.store.database import reading, writing
from layers.store.schema import saved_areas as table

KINDS = ("delimitation", "zone")
MAX_NAME = 80


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
    author: str = ""
    """The signed-in user who saved it."""


def save_area(engine: Engine, area: SavedArea) -> int:
    """Store a new area and return its id (its author recorded as who saved it).

    Raises
    ------
    SavedAreaError
        For an empty or too long name, an unknown kind, no members, or a name in use.
    DatabaseUnavailableError
        When the database cannot be reached (nothing is stored).
    """
    name = area.name.strip()
    if not name or len(name) > MAX_NAME or area.kind not in KINDS or not area.members:
        raise SavedAreaError(f"invalid area: name {name!r}, kind {area.kind!r}")
    row = {
        "name": name,
        "kind": area.kind,
        "members": json.dumps(list(area.members)),
        "geometry": json.dumps(area.geometry),
        "params": json.dumps(area.params),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "internal": int(area.internal),
        "author": area.author,
    }
    try:
        with writing(engine) as connection:
            inserted = connection.execute(sa.insert(table).values(row).returning(table.c.id))
            identifier = int(inserted.scalar_one())
            record(connection, area.author, "save", area.kind, after=identifier, detail=name)
            return identifier
    except sa.exc.IntegrityError as error:
        raise SavedAreaError(f"name already used: {name!r}") from error


def _area(row: sa.Row) -> SavedArea:
    return SavedArea(
        name=row.name,
        kind=row.kind,
        members=tuple(json.loads(row.members)),
        geometry=json.loads(row.geometry),
        params=json.loads(row.params),
        id=row.id,
        created=row.created,
        internal=bool(row.internal),
        author=row.author,
    )


def saved_areas(engine: Engine, kind: str | None = None) -> list[SavedArea]:
    """Return the saved areas (of one kind, if given), newest first."""
    query = sa.select(table).order_by(table.c.id.desc())
    if kind:
        query = query.where(table.c.kind == kind)
    with reading(engine) as connection:
        return [_area(row) for row in connection.execute(query)]


def saved_area(engine: Engine, identifier: int) -> SavedArea:
    """Return one saved area.

    Raises
    ------
    SavedAreaError
        When there is no area with that id.
    """
    with reading(engine) as connection:
        row = connection.execute(sa.select(table).where(table.c.id == identifier)).first()
    if row is None:
        raise SavedAreaError(f"no saved area {identifier}")
    return _area(row)
