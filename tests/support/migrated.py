"""Databases brought to one revision of the migrations, and the revisions' own modules."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import Engine

from layers.store import database
from layers.store.migrations import MIGRATIONS_DIR, migrating, migration_config


def migrated(url: str, revision: str, *, down: bool = False) -> Engine:
    """Return an engine on ``url`` brought up (or, ``down``, down) to ``revision``."""
    engine = database.database_engine(url)
    with migrating(engine) as connection:
        move = command.downgrade if down else command.upgrade
        move(migration_config(connection), revision)
    return engine


def revision_module(name: str) -> ModuleType:
    """Return the module of a revision file (``versions/<name>.py``), as Alembic loads it."""
    path = MIGRATIONS_DIR / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"revision_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tables(engine: Engine) -> set[str]:
    """Return the names of the database's tables, Alembic's own left out."""
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


def columns(engine: Engine, table: str) -> set[str]:
    """Return the names of a table's columns."""
    return {column["name"] for column in sa.inspect(engine).get_columns(table)}
