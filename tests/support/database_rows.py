"""Raw reads of a test database, to check what the layers stored (or did not)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine


def fetched(engine: Engine, sql: str) -> list[tuple]:
    """Return the rows of one SQL query as tuples."""
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(sa.text(sql))]
