"""Schema changes as Alembic migrations, run on every open of the database (upgrade to head).

Adding a table or a column: change :mod:`layers.store.schema`, then write the revision
that brings a database there, ``flask --app app db revision -m "what it does"``
(:func:`new_revision`: numbered after the last, the difference between the migrated
database and the schema, formatted by ruff), read it, and run
``tests/layers/store/test_migrations.py``: it fails while the migrated database and the
schema differ, on SQLite and on PostgreSQL. A revision is frozen once merged: later
changes go in a new one.

References
----------
Alembic, "Operation Reference" and "Running Batch Migrations for SQLite",
https://alembic.sqlalchemy.org/en/latest/ops.html and
https://alembic.sqlalchemy.org/en/latest/batch.html
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.operations.ops import MigrationScript
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from layers.errors import DatabaseSchemaError

MIGRATIONS_DIR = Path(__file__).resolve().parent
LOCK_KEY = 0x67656F706F7274
"""PostgreSQL advisory lock held while migrating, so two starting processes take turns."""


def migration_config(
    connection: Connection | None = None, directory: Path = MIGRATIONS_DIR
) -> Config:
    """Return Alembic's configuration of the migrations in ``directory``, bound to ``connection``.

    New revisions are named ``000N_what_it_does.py`` and go through ``ruff check --fix``
    and ``ruff format``.
    """
    config = Config()
    config.set_main_option("script_location", str(directory))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    config.set_section_option("post_write_hooks", "hooks", "ruff_check, ruff_format")
    for hook, options in (("ruff_check", "check --fix"), ("ruff_format", "format")):
        config.set_section_option("post_write_hooks", f"{hook}.type", "module")
        config.set_section_option("post_write_hooks", f"{hook}.module", "ruff")
        config.set_section_option(
            "post_write_hooks", f"{hook}.options", f"{options} REVISION_SCRIPT_FILENAME"
        )
    config.attributes["connection"] = connection
    return config


def head_revision(directory: Path = MIGRATIONS_DIR) -> str:
    """Return the revision every database is brought to.

    Raises
    ------
    DatabaseSchemaError
        When the revisions have more than one head (two branches each added one).
    """
    heads = ScriptDirectory.from_config(migration_config(None, directory)).get_heads()
    if len(heads) != 1:
        raise DatabaseSchemaError(f"migrations have {len(heads)} heads: {', '.join(heads)}")
    return heads[0]


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


def _driver_transactions_off(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Let SQLAlchemy's ``BEGIN`` alone demarcate transactions (the driver would skip DDL)."""
    dbapi_connection.isolation_level = None


def upgrade(engine: Engine, directory: Path = MIGRATIONS_DIR) -> None:
    """Bring the database of ``engine`` to the head revision, in one transaction.

    A database made before migrations (tables, no ``alembic_version``) goes through the
    first revision too, which creates only what it lacks.

    Raises
    ------
    DatabaseSchemaError
        When the revisions have more than one head, or the database is at a revision
        this code does not know (made by newer code).
    """
    head = head_revision(directory)
    with migrating(engine) as connection:
        current = current_revision(connection)
        if current == head:
            return
        config = migration_config(connection, directory)
        known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
        if current is not None and current not in known:
            raise DatabaseSchemaError(f"database at unknown revision {current} (newer code?)")
        command.upgrade(config, head)


def new_revision(
    message: str, empty: bool = False, directory: Path = MIGRATIONS_DIR
) -> Path | None:
    """Write the next revision and return its file, or None when there is nothing to write.

    The revision holds what :mod:`layers.store.schema` has and a database migrated to the
    head lacks (Alembic's autogenerate, against a throwaway SQLite database); ``empty``
    writes a blank one instead (for a data migration).

    Raises
    ------
    DatabaseSchemaError
        When the revisions have more than one head.
    """
    number = f"{int(head_revision(directory)) + 1:04d}"
    with tempfile.TemporaryDirectory() as folder:
        engine = sa.create_engine(f"sqlite:///{Path(folder) / 'head.sqlite'}", poolclass=NullPool)
        upgrade(engine, directory)
        with engine.connect() as connection:
            written = command.revision(
                migration_config(connection, directory),
                message,
                autogenerate=not empty,
                rev_id=number,
                process_revision_directives=None if empty else _unless_unchanged,
            )
        engine.dispose()
    return Path(written.path) if isinstance(written, Script) else None


def _unless_unchanged(_context: object, _revision: object, directives: list) -> None:
    """Drop the revision autogenerate made when it found no difference."""
    script: MigrationScript = directives[0]
    if all(ops.is_empty() for ops in script.upgrade_ops_list):
        directives.clear()
