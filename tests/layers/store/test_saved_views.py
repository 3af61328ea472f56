"""Saved views and presentations in SQLite and PostgreSQL: round trip, rename, delete, atomicity."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from layers.errors import SavedViewError
from layers.store.database import open_database, sqlite_url
from layers.store.saved_views import (
    Presentation,
    SavedView,
    delete_presentation,
    delete_view,
    moved_slide,
    presentation_slides,
    presentations,
    rename_view,
    save_presentation,
    save_view,
    saved_view,
    saved_views,
)
from tests.support.database_rows import fetched


def view(name: str = "Gęstość 2020", **changes) -> SavedView:
    fields = {"query": "?scope=malopolska&ind=density&year=2020", "description": "Na e-panel"}
    return SavedView(name=name, **{**fields, "author": "Anna Nowak", **changes})


def test_a_view_survives_a_new_connection(database_url: str):
    identifier = save_view(open_database(database_url), view())
    again = saved_view(open_database(database_url), identifier)
    assert (again.name, again.query, again.description, again.author) == (
        "Gęstość 2020",
        "?scope=malopolska&ind=density&year=2020",
        "Na e-panel",
        "Anna Nowak",
    )
    assert again.created and not again.internal


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "  "},
        {"name": "x" * 81},
        {"query": "scope=smk"},
        {"description": "x" * 2001},
        {"author": "x" * 81},
    ],
)
def test_invalid_views_are_refused_and_nothing_is_stored(database_url: str, bad):
    connection = open_database(database_url)
    with pytest.raises(SavedViewError):
        save_view(connection, view(**{"name": "ok", **bad}))
    assert saved_views(connection) == []


def test_names_are_unique_and_renaming_keeps_them_so(database_url: str):
    connection = open_database(database_url)
    first = save_view(connection, view("A"))
    second = save_view(connection, view("B"))
    with pytest.raises(SavedViewError):
        save_view(connection, view("A"))
    with pytest.raises(SavedViewError):
        rename_view(connection, second, "A")
    rename_view(connection, first, " C ")
    assert [v.name for v in saved_views(connection)] == ["B", "C"]
    with pytest.raises(SavedViewError):
        rename_view(connection, 999, "D")


def test_internal_views_are_listed_only_when_asked(database_url: str):
    connection = open_database(database_url)
    save_view(connection, view("public"))
    save_view(connection, view("internal", internal=True))
    assert [v.name for v in saved_views(connection)] == ["public"]
    assert [v.name for v in saved_views(connection, internal=True)] == ["internal", "public"]


def test_a_presentation_keeps_its_order_and_loses_deleted_views(database_url: str):
    connection = open_database(database_url)
    a, b, c = (save_view(connection, view(name)) for name in "ABC")
    deck = save_presentation(connection, Presentation("Panel", (c, a, b)))
    assert [v.name for v in presentation_slides(connection, deck)] == ["C", "A", "B"]
    delete_view(connection, a)
    assert [v.name for v in presentation_slides(connection, deck)] == ["C", "B"]
    assert presentations(connection)[0].view_ids == (c, b)
    delete_presentation(connection, deck)
    assert presentations(connection) == []
    assert len(saved_views(connection)) == 2
    with pytest.raises(SavedViewError):
        presentation_slides(connection, deck)


def test_a_presentation_with_an_unknown_view_is_not_half_written(database_url: str):
    connection = open_database(database_url)
    a = save_view(connection, view("A"))
    with pytest.raises(SavedViewError):
        save_presentation(connection, Presentation("Panel", (a, 999)))
    with pytest.raises(SavedViewError):
        save_presentation(connection, Presentation("Empty", ()))
    assert presentations(connection) == []
    assert fetched(connection, "SELECT COUNT(*) FROM presentation_slides") == [(0,)]


def test_a_write_interrupted_before_commit_leaves_nothing(database_url: str):
    writer = open_database(database_url).connect()
    writer.begin()
    writer.execute(
        sa.text(
            "INSERT INTO saved_views (name, query, created) VALUES ('half', '?scope=smk', 'now')"
        )
    )
    writer.close()  # the process dies before COMMIT
    assert saved_views(open_database(database_url)) == []


@pytest.mark.parametrize(
    ("slide", "move", "count", "expected"),
    [
        (0, "next", 3, 1),
        (2, "next", 3, 2),
        (0, "previous", 3, 0),
        (2, "previous", 3, 1),
        (1, "first", 3, 0),
        (0, "last", 3, 2),
        (0, "next", 0, 0),
    ],
)
def test_moving_between_slides_stops_at_the_ends(slide, move, count, expected):
    assert moved_slide(slide, move, count) == expected


def test_the_sqlite_database_is_a_plain_file(tmp_path: Path):
    path = tmp_path / "v.sqlite"
    save_view(open_database(sqlite_url(path)), view())
    assert sqlite3.connect(path).execute("SELECT name FROM saved_views").fetchall() == [
        ("Gęstość 2020",)
    ]
