"""Revision 0002: authors, flags, sessions and token expiry added, three tables; and back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from tests.support.database_rows import fetched
from tests.support.migrated import columns, migrated, revision_module, tables

SECOND = revision_module("0002_authors_audit_throttle_jobs")
CREATED = "2025-01-05"


def at_first_revision_with_rows(url: str) -> None:
    """Bring an empty database to 0001 and store a user with a token, an area, a presentation."""
    engine = migrated(url, "0001")
    with engine.begin() as connection:
        for statement in (
            f"INSERT INTO users VALUES ('anna', 'official', 'scrypt:hash', '{CREATED}')",
            f"INSERT INTO api_tokens VALUES ('hash', 'anna', 'qgis', '{CREATED}')",
            "INSERT INTO saved_areas VALUES (1, 'a', 'zone', '[]', '{}', '{}', 'x', 1)",
            "INSERT INTO presentations VALUES (1, 'p', 'x')",
        ):
            connection.exec_driver_sql(statement)


def test_the_columns_and_tables_are_added_with_their_defaults(database_url):
    at_first_revision_with_rows(database_url)

    engine = migrated(database_url, "0002")

    assert set(SECOND._tables()) <= tables(engine)
    for table, added in SECOND._columns().items():
        assert {column.name for column in added} <= columns(engine, table), table
    assert fetched(engine, "SELECT author, internal FROM saved_areas") == [("", 1)]
    assert fetched(engine, "SELECT author, internal FROM presentations") == [("", 0)]
    assert fetched(engine, "SELECT session_version FROM users") == [(0,)]


def test_tokens_made_before_expiry_get_the_default_days(database_url):
    at_first_revision_with_rows(database_url)
    before = datetime.now(UTC)

    engine = migrated(database_url, "0002")

    ((expires,),) = fetched(engine, "SELECT expires FROM api_tokens")
    days = timedelta(days=SECOND.TOKEN_DAYS)
    assert before + days - timedelta(seconds=1) <= datetime.fromisoformat(expires)
    assert datetime.fromisoformat(expires) <= datetime.now(UTC) + days


def test_going_down_drops_what_it_added_and_keeps_the_rows_and_their_checks(database_url):
    at_first_revision_with_rows(database_url)
    migrated(database_url, "0002")

    engine = migrated(database_url, "0001", down=True)

    assert not set(SECOND._tables()) & tables(engine)
    for table, added in SECOND._columns().items():
        assert not {column.name for column in added} & columns(engine, table), table
    assert fetched(engine, "SELECT username, role FROM users") == [("anna", "official")]
    assert fetched(engine, "SELECT token_hash, owner FROM api_tokens") == [("hash", "anna")]
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
        connection.exec_driver_sql("UPDATE users SET role = 'guest'")
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
        connection.exec_driver_sql("UPDATE saved_areas SET internal = 2")
