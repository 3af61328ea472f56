"""Saved views and presentations (ordered lists of views), kept in the database.

A view is the query string of :mod:`layers.analysis.view_state` with a name, a description (the
speaker's notes when it is a slide), its author (the signed-in user who saved it) and when it
was made. Every write is one transaction with its audit record, so a crash never leaves a
half-written view, a presentation without slides or a change without its record.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from layers.errors import SavedViewError
from layers.store.audit import record
from layers.store.database import reading, writing
from layers.store.schema import presentation_slides as slides
from layers.store.schema import presentations as decks
from layers.store.schema import saved_views as table

MAX_NAME = 80
MAX_DESCRIPTION = 2000
MAX_AUTHOR = 80


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
    author: str = ""
    internal: bool = False
    """Seen only by signed-in officials (and then all its slides; visitors see public ones)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise SavedViewError(f"invalid name {name!r}")
    return name


@contextmanager
def _written(engine: Engine) -> Iterator[Connection]:
    """Run one write transaction; a refused row becomes a :class:`SavedViewError`."""
    try:
        with writing(engine) as connection:
            yield connection
    except sa.exc.IntegrityError as error:
        raise SavedViewError(f"rejected by the database: {error.orig}") from error


def save_view(engine: Engine, view: SavedView, *, actor: str = "") -> int:
    """Store a new view and return its id (``actor``, else its author, recorded as who).

    Raises
    ------
    SavedViewError
        For an empty or too long name, description or author, an empty query, or a name in use.
    DatabaseUnavailableError
        When the database cannot be reached (nothing is stored).
    """
    too_long = len(view.description) > MAX_DESCRIPTION or len(view.author) > MAX_AUTHOR
    if too_long or not view.query.startswith("?"):
        raise SavedViewError("invalid description, author or query")
    row = {
        "name": _checked_name(view.name),
        "description": view.description.strip(),
        "author": view.author.strip(),
        "query": view.query,
        "internal": int(view.internal),
        "created": _now(),
    }
    with _written(engine) as connection:
        inserted = connection.execute(sa.insert(table).values(row).returning(table.c.id))
        identifier = int(inserted.scalar_one())
        record(
            connection,
            actor or view.author,
            "save",
            "view",
            after=identifier,
            detail=str(row["name"]),
        )
    return identifier


VIEW_COLUMNS = (
    table.c.name,
    table.c.query,
    table.c.description,
    table.c.author,
    table.c.internal,
    table.c.id,
    table.c.created,
)
"""The columns of a view in :class:`SavedView`'s field order."""


def saved_views(engine: Engine, *, internal: bool = False) -> list[SavedView]:
    """Return the saved views, newest first; internal ones only when ``internal`` is true."""
    query = sa.select(*VIEW_COLUMNS).where(table.c.internal <= int(internal))
    with reading(engine) as connection:
        return [_view(row) for row in connection.execute(query.order_by(table.c.id.desc()))]


def _view(row: sa.Row) -> SavedView:
    name, query, description, author, internal, identifier, created = row
    return SavedView(name, query, description, author, bool(internal), identifier, created)


def saved_view(engine: Engine, identifier: int) -> SavedView:
    """Return one saved view.

    Raises
    ------
    SavedViewError
        When there is no view with that id.
    """
    query = sa.select(*VIEW_COLUMNS).where(table.c.id == identifier)
    with reading(engine) as connection:
        row = connection.execute(query).first()
    if row is None:
        raise SavedViewError(f"no saved view {identifier}")
    return _view(row)


def rename_view(engine: Engine, identifier: int, name: str, *, actor: str = "") -> None:
    """Give a saved view a new name.

    Raises
    ------
    SavedViewError
        For an invalid name, a name in use or an unknown view.
    """
    name = _checked_name(name)
    update = sa.update(table).where(table.c.id == identifier).values(name=name)
    with _written(engine) as connection:
        if connection.execute(update).rowcount == 0:
            raise SavedViewError(f"no saved view {identifier}")
        record(
            connection, actor, "rename", "view", before=identifier, after=identifier, detail=name
        )


def delete_view(engine: Engine, identifier: int, *, actor: str = "") -> None:
    """Delete a saved view; it leaves every presentation that showed it."""
    with _written(engine) as connection:
        if connection.execute(sa.delete(table).where(table.c.id == identifier)).rowcount:
            record(connection, actor, "delete", "view", before=identifier)


def save_presentation(engine: Engine, presentation: Presentation, *, actor: str = "") -> int:
    """Store a presentation with its slides (in one transaction) and return its id.

    Which views the saver may show is the caller's to check (``server.roles``).

    Raises
    ------
    SavedViewError
        For an invalid or used name, no slides, or a slide of an unknown view.
    """
    name = _checked_name(presentation.name)
    if not presentation.view_ids:
        raise SavedViewError("a presentation needs at least one view")
    with _written(engine) as connection:
        row = {"name": name, "created": _now(), "author": presentation.author}
        inserted = connection.execute(
            sa.insert(decks)
            .values({**row, "internal": int(presentation.internal)})
            .returning(decks.c.id)
        )
        identifier = int(inserted.scalar_one())
        connection.execute(
            sa.insert(slides),
            [
                {"presentation_id": identifier, "position": place, "view_id": view}
                for place, view in enumerate(presentation.view_ids)
            ],
        )
        record(connection, actor or presentation.author, "save", "presentation", after=identifier)
    return identifier


DECK_COLUMNS = (decks.c.name, decks.c.id, decks.c.created, decks.c.author, decks.c.internal)


def presentations(engine: Engine, *, internal: bool = False) -> list[Presentation]:
    """Return the presentations, newest first, each with its views in slide order.

    Without ``internal``, internal presentations are left out and so are internal views
    from the others' slides.
    """
    shown_slides = slides.join(
        table, (table.c.id == slides.c.view_id) & (table.c.internal <= int(internal))
    )
    query = (
        sa.select(*DECK_COLUMNS, slides.c.view_id)
        .select_from(decks.outerjoin(shown_slides, slides.c.presentation_id == decks.c.id))
        .where(decks.c.internal <= int(internal))
        .order_by(decks.c.id.desc(), slides.c.position)
    )
    found: dict[int, Presentation] = {}
    with reading(engine) as connection:
        for name, identifier, created, author, hidden, view in connection.execute(query):
            shown = found.get(
                identifier, Presentation(name, (), identifier, created, author, bool(hidden))
            )
            views = shown.view_ids if view is None else (*shown.view_ids, view)
            found[identifier] = replace(shown, view_ids=views)
    return list(found.values())


def presentation_slides(
    engine: Engine, identifier: int, *, internal: bool = False
) -> list[SavedView]:
    """Return a presentation's views in slide order (internal ones only when ``internal``).

    Raises
    ------
    SavedViewError
        When there is no presentation with that id (or it is internal and ``internal`` is not
        set: the same answer).
    """
    query = (
        sa.select(*VIEW_COLUMNS)
        .select_from(slides.join(table, table.c.id == slides.c.view_id))
        .where(slides.c.presentation_id == identifier, table.c.internal <= int(internal))
        .order_by(slides.c.position)
    )
    with reading(engine) as connection:
        deck = sa.select(decks.c.id).where(
            decks.c.id == identifier, decks.c.internal <= int(internal)
        )
        if connection.execute(deck).first():
            return [_view(row) for row in connection.execute(query)]
    raise SavedViewError(f"no presentation {identifier}")


def delete_presentation(engine: Engine, identifier: int, *, actor: str = "") -> None:
    """Delete a presentation (its views stay)."""
    with _written(engine) as connection:
        if connection.execute(sa.delete(decks).where(decks.c.id == identifier)).rowcount:
            record(connection, actor, "delete", "presentation", before=identifier)


def moved_slide(slide: int, move: str, count: int) -> int:
    """Return the slide after a move (``first``, ``previous``, ``next``, ``last``) in a deck.

    Moving past either end stays on the end slide, as presentation software does.
    """
    last = max(count - 1, 0)
    targets = {"first": 0, "previous": slide - 1, "next": slide + 1, "last": last}
    return min(max(targets[move], 0), last)
