"""The rehearsed write of ``/healthz``: it leaves nothing behind and fails where saving would."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from layers.errors import DatabaseUnavailableError
from layers.store.database import check_writable, open_database
from tests.support.database_rows import fetched
from tests.support.read_only import read_only_file

REVISION = "SELECT id, revision FROM user_indicator_revision"


def test_a_rehearsed_write_leaves_nothing_behind(database_url: str):
    engine = open_database(database_url)
    rows = fetched(engine, REVISION)
    path = engine.url.database if database_url.startswith("sqlite") else None
    before = Path(path).read_bytes() if path else b""
    check_writable(engine)
    assert rows and fetched(engine, REVISION) == rows
    assert (Path(path).read_bytes() if path else b"") == before


def test_a_read_only_sqlite_file_refuses_it(tmp_path: Path):
    path = tmp_path / "db.sqlite"
    engine = open_database(f"sqlite:///{path}")
    check_writable(engine)
    with read_only_file(path):
        assert fetched(engine, REVISION)  # reads go on
        with pytest.raises(DatabaseUnavailableError, match="readonly"):
            check_writable(engine)


def test_a_read_only_postgresql_database_refuses_it(postgres):
    url = postgres.new_database()
    engine = open_database(url)
    check_writable(engine)
    name = sa.engine.make_url(url).database
    with engine.connect() as connection:
        connection.execute(sa.text(f"ALTER DATABASE {name} SET default_transaction_read_only = on"))
        connection.commit()
    engine.dispose()  # new sessions take the database's new default
    assert fetched(engine, REVISION)
    with pytest.raises(DatabaseUnavailableError, match="read-only transaction"):
        check_writable(engine)
