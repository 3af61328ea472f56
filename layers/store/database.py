"""The database of what users save: SQLite by default, PostgreSQL by URL, one code path.

Every feature reads and writes through :func:`reading` and :func:`writing`, which turn a
database that cannot be reached into :class:`~layers.errors.DatabaseUnavailableError`.
A write is one transaction: it is committed whole or not at all.

References
----------
SQLAlchemy 2 Core, "Working with Transactions and the DBAPI",
https://docs.sqlalchemy.org/en/20/tutorial/dbapi_transactions.html
"""

from __future__ import annotations

import os
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from layers.errors import DatabaseUnavailableError
from layers.store.migrations import upgrade
from layers.store.schema import user_indicator_revision

CONNECT_TIMEOUT_S = 3
"""Seconds to wait for a database server before saying it is unavailable."""
UNREACHABLE = (sa.exc.OperationalError, sa.exc.InterfaceError)
"""Errors of a database that is down, unreachable or refusing connections."""


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of the SQLite file at ``path``."""
    return f"sqlite:///{path}"


def database_engine(url: str) -> Engine:
    """Return an engine for ``url`` without touching the database.

    SQLite files get foreign keys on, a busy timeout and a new connection per use (cheap,
    and a replaced file is seen at once); server databases get a connect timeout and a
    liveness check of pooled connections, so a restarted server is survived.
    """
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, poolclass=NullPool, connect_args={"timeout": 10})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = sa.create_engine(
        url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
    )
    held = weakref.ref(engine)
    os.register_at_fork(after_in_child=lambda: _forget_pool(held()))
    return engine


def _forget_pool(engine: Engine | None) -> None:
    """In a forked worker, drop the parent's pooled connections without closing them."""
    if engine is not None:
        engine.dispose(close=False)


def _sqlite_pragmas(connection: sqlite3.Connection, _record: object) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def open_database(url: str) -> Engine:
    """Return an engine for ``url`` with the schema brought to the head revision.

    Creates the SQLite file (mode 600) and its folder if needed and runs the migrations the
    database has not had (:mod:`layers.store.migrations`), all of them for an empty database.

    Raises
    ------
    DatabaseUnavailableError
        When the database cannot be reached.
    DatabaseSchemaError
        When the database is at a revision this code does not know.
    """
    path = sa.engine.make_url(url).database
    if url.startswith("sqlite") and path and path != ":memory:":
        _private_file(Path(path))
    engine = database_engine(url)
    with _reached():
        upgrade(engine)
    return engine


def _private_file(path: Path) -> None:
    """Create an SQLite file (and its folder) readable by its owner only (mode 600).

    It holds password and token hashes; SQLite gives its journal the same mode.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


@contextmanager
def _reached() -> Iterator[None]:
    """Turn the error of a database that cannot be reached into ours."""
    try:
        yield
    except UNREACHABLE as error:
        raise DatabaseUnavailableError(str(error).splitlines()[0]) from error


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """Yield a connection for reads.

    Raises
    ------
    DatabaseUnavailableError
        When the database cannot be reached.
    """
    with _reached(), engine.connect() as connection:
        yield connection


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """Yield a connection in a transaction, committed when the block ends, else rolled back.

    Raises
    ------
    DatabaseUnavailableError
        When the database cannot be reached; nothing of the transaction is stored then.
    """
    with _reached(), engine.begin() as connection:
        yield connection


def check_writable(engine: Engine) -> None:
    """Rehearse a write: update a row to itself in a transaction that is rolled back.

    Nothing is stored (no row, no change to the file), yet the database has to grant a
    write: a read-only SQLite file or file system, a read-only PostgreSQL server (a standby,
    ``default_transaction_read_only``) or a disk too full for the journal refuses it.

    Raises
    ------
    DatabaseUnavailableError
        When the database cannot be reached or refuses the write.
    """
    row = user_indicator_revision
    try:
        with engine.connect() as connection, connection.begin() as transaction:
            connection.execute(sa.update(row).values(revision=row.c.revision))
            transaction.rollback()
    except sa.exc.DBAPIError as error:
        raise DatabaseUnavailableError(str(error).splitlines()[0]) from error
