"""Alembic's environment: run the migrations on the connection the caller holds.

Nothing here reads a URL or a file of settings: :mod:`layers.store.migrations` opens the
database, takes its lock, begins the transaction and hands the connection over in
``config.attributes["connection"]`` (``flask --app app db …`` goes the same way).
"""

from __future__ import annotations

from alembic import context

from layers.store.schema import METADATA

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "migrations run on a connection: use `flask --app app db upgrade` or open_database()"
    )
context.configure(connection=connection, target_metadata=METADATA, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
