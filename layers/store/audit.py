"""The audit log: every change of shared content, who made it, when, and the ids before and after.

Writes record their change inside their own transaction (:func:`record`), so a change is
never stored without its record nor the other way round. Admins read the log in the app
and export it as CSV (``layers.render.export``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from layers.store.database import reading
from layers.store.schema import audit_log as table

COMMAND_LINE = "(cli)"
"""Who a change made on the command line (``python -m layers.store.users``) is recorded as."""


@dataclass(frozen=True)
class Change:
    """One recorded change; ``before`` is None for a creation, ``after`` for a deletion."""

    at: str
    who: str
    action: str
    kind: str
    before: str | None
    after: str | None
    detail: str = ""


def _text(identifier: object) -> str | None:
    return None if identifier is None else str(identifier)


def record(  # noqa: PLR0913 - one column each
    connection: Connection,
    who: str,
    action: str,
    kind: str,
    *,
    before: object = None,
    after: object = None,
    detail: str = "",
) -> None:
    """Record a change in the transaction of ``connection`` (the change's own).

    Parameters
    ----------
    connection
        The open write transaction that makes the change.
    who
        The signed-in user's name (:data:`COMMAND_LINE` for the command line).
    action, kind
        What was done (``save``, ``rename``, ``delete``, ``replace``, ``reload``…) to which
        kind of item (``view``, ``presentation``, ``area``, ``indicator``, ``user``, ``token``,
        ``dataset``).
    before, after
        The item's id before and after (None when it did not exist).
    detail
        A short description (a name).
    """
    now = datetime.now(UTC).isoformat(timespec="seconds")
    row: dict[str, str | None] = {"at": now, "who": who or COMMAND_LINE, "action": action}
    row["kind"] = kind
    row |= {"before_id": _text(before), "after_id": _text(after), "detail": detail[:200]}
    connection.execute(sa.insert(table).values(row))


COLUMNS = (
    table.c.at,
    table.c.who,
    table.c.action,
    table.c.kind,
    table.c.before_id,
    table.c.after_id,
    table.c.detail,
)


def changes(engine: Engine, limit: int | None = None) -> list[Change]:
    """Return the recorded changes, newest first (the ``limit`` newest if given)."""
    query = sa.select(*COLUMNS).order_by(table.c.id.desc()).limit(limit)
    with reading(engine) as connection:
        return [Change(*row) for row in connection.execute(query)]
