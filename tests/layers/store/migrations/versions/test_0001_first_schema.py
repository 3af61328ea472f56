"""Revision 0001: the first schema from an empty database, and a database made before it adopted."""

from __future__ import annotations

import sqlalchemy as sa

from layers.store.migrations import current_revision
from tests.support.database_rows import fetched
from tests.support.migrated import columns, migrated, revision_module, tables

FIRST = revision_module("0001_first_schema")


def test_an_empty_database_gets_every_table_and_the_revision_row(database_url):
    engine = migrated(database_url, "0001")

    assert tables(engine) == set(FIRST._tables())
    assert "internal" in columns(engine, "saved_areas")
    assert fetched(engine, "SELECT id, revision FROM user_indicator_revision") == [(1, 0)]
    with engine.connect() as connection:
        assert current_revision(connection) == "0001"


def test_a_first_release_database_gains_the_internal_flag_and_keeps_its_rows(database_url):
    engine = sa.create_engine(database_url)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TABLE saved_areas (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
            "kind TEXT NOT NULL, members TEXT NOT NULL, geometry TEXT NOT NULL, "
            "params TEXT NOT NULL, created TEXT NOT NULL)"
        )
        connection.exec_driver_sql(
            "INSERT INTO saved_areas VALUES "
            "(7, 'strefa', 'zone', '[\"1261011\"]', '{}', '{}', '2025-01-01')"
        )
    engine.dispose()

    adopted = migrated(database_url, "0001")

    assert fetched(adopted, "SELECT id, name, internal FROM saved_areas") == [(7, "strefa", 0)]
    assert tables(adopted) == set(FIRST._tables())


def test_going_down_drops_every_table(database_url):
    migrated(database_url, "0001")

    engine = migrated(database_url, "base", down=True)

    assert tables(engine) == set()
