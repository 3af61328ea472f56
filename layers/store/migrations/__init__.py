"""Schema changes as Alembic migrations, run on every open of the database (upgrade to head).

Adding a table or a column: change :mod:`layers.store.schema`, then write the revision
that brings a database there, ``flask --app app db revision -m "what it does"`` (numbered
after the last, compared with the schema and formatted by ruff), check and trim what it
wrote, and run ``tests/layers/store/test_migrations.py``: it fails while the migrated
database and the schema differ, on SQLite and on PostgreSQL. A revision is frozen once
merged: later changes go in a new one.

References
----------
Alembic, "Operation Reference" and "Running Batch Migrations for SQLite",
https://alembic.sqlalchemy.org/en/latest/ops.html and
https://alembic.sqlalchemy.org/en/latest/batch.html
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from layers.errors import DatabaseSchemaError

MIGRATIONS_DIR = Path(__file__).resolve().parent
LOCK_KEY = 0x67656F706F7274
"""PostgreSQL advisory lock held while migrating, so two starting processes take turns."""


def migration_config(connection: Connection | None = None) -> Config:
    """Return Alembic's configuration of these migrations, bound to ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    config.set_main_option("hooks", "ruff_check, ruff_format")
    for hook, options in (("ruff_check", "check --fix"), ("ruff_format", "format")):
        config.set_main_option(f"{hook}.type", "module")
        config.set_main_option(f"{hook}.module", "ruff")
        config.set_main_option(f"{hook}.options", f"{options} REVISION_SCRIPT_FILENAME")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Return the revision every database is brought to.

    Raises
    ------
    DatabaseSchemaError
        When the revisions have more than one head (two branches each added one).
    """
    heads = _scripts().get_heads()
    if len(heads) != 1:
        raise DatabaseSchemaError(f"migrations have {len(heads)} heads: {', '.join(heads)}")
    return heads[0]


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(migration_config())


def current_revision(connection: Connection) -> str | None:
    """Return the revision a database is at (None: never migrated)."""
    return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def migrating(engine: Engine) -> Iterator[Connection]:
    """Yield a connection in one transaction that holds the database for migrating.

    PostgreSQL gets an advisory lock for the transaction. SQLite gets its own connection
    in ``BEGIN IMMEDIATE`` (the write lock from the start, the DDL inside the
    transaction) with foreign keys off, so a table rebuilt by a batch migration does not
    cascade deletes; the keys are checked before the commit.

    Raises
    ------
    DatabaseSchemaError
        When a SQLite migration left a row pointing at nothing.
    """
    sqlite = engine.dialect.name == "sqlite"
    if sqlite:
        engine = sa.create_engine(engine.url, poolclass=NullPool, connect_args={"timeout": 10})
        sa.event.listen(engine, "connect", _driver_transactions_off)
        sa.event.listen(engine, "begin", lambda c: c.exec_driver_sql("BEGIN IMMEDIATE"))
    try:
        with engine.begin() as connection:
            if sqlite:
                yield connection
                if connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise DatabaseSchemaError("a migration left rows pointing at nothing")
            else:
                connection.execute(sa.select(sa.func.pg_advisory_xact_lock(LOCK_KEY)))
                yield connection
    finally:
        if sqlite:
            engine.dispose()


def _driver_transactions_off(dbapi_connection: object, _record: object) -> None:
    """Let SQLAlchemy's ``BEGIN`` alone demarcate transactions (the driver would skip DDL)."""
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]


def upgrade(engine: Engine) -> None:
    """Bring the database of ``engine`` to the head revision, in one transaction.

    A database made before migrations (tables, no ``alembic_version``) goes through the
    first revision too, which creates only what it lacks.

    Raises
    ------
    DatabaseSchemaError
        When the revisions have more than one head, or the database is at a revision
        this code does not know (made by newer code).
    """
    head = head_revision()
    with migrating(engine) as connection:
        current = current_revision(connection)
        if current == head:
            return
        known = {script.revision for script in _scripts().walk_revisions()}
        if current is not None and current not in known:
            raise DatabaseSchemaError(f"database at unknown revision {current} (newer code?)")
        command.upgrade(migration_config(connection), head)
