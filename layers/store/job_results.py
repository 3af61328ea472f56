"""Results of background jobs the server ran, kept in the database under a random id.

The browser gets only the id. What a job's result makes the server do (reload the data
after a BDL refresh) is done from the stored result, once, for whoever may: a result the
browser sends cannot make the server do anything.
"""

from __future__ import annotations

import json
import re
import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from layers.errors import BdlError
from layers.store.audit import record
from layers.store.database import writing
from layers.store.schema import job_results as table

JOB_ID = re.compile(r"[0-9a-f]{32}")


def saved_job_result(engine: Engine, kind: str, result: dict) -> str:
    """Store a finished job's result (JSON-ready) and return its new random id."""
    identifier = secrets.token_hex(16)
    row = {"id": identifier, "kind": kind, "result": json.dumps(result)}
    row["created"] = datetime.now(UTC).isoformat(timespec="seconds")
    with writing(engine) as connection:
        connection.execute(sa.insert(table).values(row))
    return identifier


def applied_job_result(
    engine: Engine, identifier: object, kind: str, actor: str
) -> tuple[dict, bool]:
    """Return a stored job result and whether this call is the first to apply it.

    The first call marks the result applied and records ``actor`` applying it (action
    ``reload``) in the audit log, in one transaction, so simultaneous calls apply it once.

    Raises
    ------
    BdlError
        ``job_unknown`` when no result of ``kind`` has that id (or it is no id at all).
    """
    if not isinstance(identifier, str) or not JOB_ID.fullmatch(identifier):
        raise BdlError(f"no job {identifier!r}", "job_unknown")
    mine = (table.c.id == identifier) & (table.c.kind == kind)
    with writing(engine) as connection:
        first = connection.execute(
            sa.update(table).where(mine, table.c.applied == 0).values(applied=1)
        ).rowcount
        stored = connection.execute(sa.select(table.c.result).where(mine)).scalar()
        if stored is None:
            raise BdlError(f"no job {identifier!r}", "job_unknown")
        if first:
            record(connection, actor, "reload", "dataset", after=identifier, detail=kind)
    return json.loads(stored), bool(first)
