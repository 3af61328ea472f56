"""Saved views and presentations (ordered lists of views), kept in the SQLite database.

A view is the query string of :mod:`layers.view_state` with a name, a description (the
speaker's notes when it is a slide), its author and when it was made. Every write is one
transaction, so a crash never leaves a half-written view or a presentation without slides.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from layers.errors import SavedViewError

MAX_NAME = 80
MAX_DESCRIPTION = 2000
MAX_AUTHOR = 80
SCHEMA = """
CREATE TABLE IF NOT EXISTS saved_views (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    query TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS presentations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS presentation_slides (
    presentation_id INTEGER NOT NULL REFERENCES presentations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    view_id INTEGER NOT NULL REFERENCES saved_views (id) ON DELETE CASCADE,
    PRIMARY KEY (presentation_id, position)
);
"""


@dataclass(frozen=True)
class SavedView:
    """A named view: its query string and who made it, when and why."""

    name: str
    query: str
    description: str = ""
    author: str = ""
    internal: bool = False
    id: int | None = None
    created: str = ""


@dataclass(frozen=True)
class Presentation:
    """An ordered list of saved views shown one per slide."""

    name: str
    view_ids: tuple[int, ...]
    id: int | None = None
    created: str = ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise SavedViewError(f"invalid name {name!r}")
    return name


def _written(connection: sqlite3.Connection, sql: str, row: tuple) -> sqlite3.Cursor:
    """Run one write in a transaction; a name in use becomes a :class:`SavedViewError`."""
    connection.execute("PRAGMA foreign_keys = ON")
    try:
        with connection:
            return connection.execute(sql, row)
    except sqlite3.IntegrityError as error:
        raise SavedViewError(f"rejected by the database: {error}") from error


def save_view(connection: sqlite3.Connection, view: SavedView) -> int:
    """Store a new view and return its id.

    Raises
    ------
    SavedViewError
        For an empty or too long name, description or author, an empty query, or a name in use.
    """
    too_long = len(view.description) > MAX_DESCRIPTION or len(view.author) > MAX_AUTHOR
    if too_long or not view.query.startswith("?"):
        raise SavedViewError("invalid description, author or query")
    row = (
        _checked_name(view.name),
        view.description.strip(),
        view.author.strip(),
        view.query,
        int(view.internal),
        _now(),
    )
    cursor = _written(
        connection,
        "INSERT INTO saved_views (name, description, author, query, internal, created) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        row,
    )
    return int(cursor.lastrowid)


def saved_views(connection: sqlite3.Connection, *, internal: bool = False) -> list[SavedView]:
    """Return the saved views, newest first; internal ones only when ``internal`` is true."""
    rows = connection.execute(
        "SELECT name, query, description, author, internal, id, created FROM saved_views "
        "WHERE internal <= ? ORDER BY id DESC",
        (int(internal),),
    )
    return [_view(row) for row in rows]


def _view(row: tuple) -> SavedView:
    name, query, description, author, internal, identifier, created = row
    return SavedView(name, query, description, author, bool(internal), identifier, created)


def saved_view(connection: sqlite3.Connection, identifier: int) -> SavedView:
    """Return one saved view.

    Raises
    ------
    SavedViewError
        When there is no view with that id.
    """
    row = connection.execute(
        "SELECT name, query, description, author, internal, id, created FROM saved_views "
        "WHERE id = ?",
        (identifier,),
    ).fetchone()
    if row is None:
        raise SavedViewError(f"no saved view {identifier}")
    return _view(row)


def rename_view(connection: sqlite3.Connection, identifier: int, name: str) -> None:
    """Give a saved view a new name.

    Raises
    ------
    SavedViewError
        For an invalid name, a name in use or an unknown view.
    """
    sql = "UPDATE saved_views SET name = ? WHERE id = ?"
    cursor = _written(connection, sql, (_checked_name(name), identifier))
    if cursor.rowcount == 0:
        raise SavedViewError(f"no saved view {identifier}")


def delete_view(connection: sqlite3.Connection, identifier: int) -> None:
    """Delete a saved view; it leaves every presentation that showed it."""
    _written(connection, "DELETE FROM saved_views WHERE id = ?", (identifier,))


def save_presentation(connection: sqlite3.Connection, presentation: Presentation) -> int:
    """Store a presentation with its slides (in one transaction) and return its id.

    Raises
    ------
    SavedViewError
        For an invalid or used name, no slides, or a slide of an unknown view.
    """
    name = _checked_name(presentation.name)
    if not presentation.view_ids:
        raise SavedViewError("a presentation needs at least one view")
    connection.execute("PRAGMA foreign_keys = ON")
    try:
        with connection:
            cursor = connection.execute(
                "INSERT INTO presentations (name, created) VALUES (?, ?)", (name, _now())
            )
            identifier = int(cursor.lastrowid)
            connection.executemany(
                "INSERT INTO presentation_slides (presentation_id, position, view_id) "
                "VALUES (?, ?, ?)",
                [(identifier, place, view) for place, view in enumerate(presentation.view_ids)],
            )
    except sqlite3.IntegrityError as error:
        raise SavedViewError(f"rejected by the database: {error}") from error
    return identifier


def presentations(connection: sqlite3.Connection) -> list[Presentation]:
    """Return the presentations, newest first, each with its views in slide order."""
    rows = connection.execute(
        "SELECT p.id, p.name, p.created, s.view_id FROM presentations p "
        "LEFT JOIN presentation_slides s ON s.presentation_id = p.id "
        "ORDER BY p.id DESC, s.position"
    )
    found: dict[int, Presentation] = {}
    for identifier, name, created, view in rows:
        shown = found.get(identifier, Presentation(name, (), identifier, created))
        views = shown.view_ids if view is None else (*shown.view_ids, view)
        found[identifier] = Presentation(name, views, identifier, created)
    return list(found.values())


def presentation_slides(
    connection: sqlite3.Connection, identifier: int, *, internal: bool = False
) -> list[SavedView]:
    """Return a presentation's views in slide order (internal ones only when ``internal``).

    Raises
    ------
    SavedViewError
        When there is no presentation with that id.
    """
    if connection.execute("SELECT 1 FROM presentations WHERE id = ?", (identifier,)).fetchone():
        rows = connection.execute(
            "SELECT v.name, v.query, v.description, v.author, v.internal, v.id, v.created "
            "FROM presentation_slides s JOIN saved_views v ON v.id = s.view_id "
            "WHERE s.presentation_id = ? AND v.internal <= ? ORDER BY s.position",
            (identifier, int(internal)),
        )
        return [_view(row) for row in rows]
    raise SavedViewError(f"no presentation {identifier}")


def delete_presentation(connection: sqlite3.Connection, identifier: int) -> None:
    """Delete a presentation (its views stay)."""
    _written(connection, "DELETE FROM presentations WHERE id = ?", (identifier,))


def moved_slide(slide: int, move: str, count: int) -> int:
    """Return the slide after a move (``first``, ``previous``, ``next``, ``last``) in a deck.

    Moving past either end stays on the end slide, as presentation software does.
    """
    last = max(count - 1, 0)
    targets = {"first": 0, "previous": slide - 1, "next": slide + 1, "last": last}
    return min(max(targets[move], 0), last)
