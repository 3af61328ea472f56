"""Failed sign-ins counted in the database, so every worker and machine shares one count.

Each attempt is counted under its keys (the client's address, and the user name with the
address) before the password is checked, in one transaction that locks the keys' rows, so
simultaneous guesses cannot slip past the count. After a few free failures each further one
makes the key wait twice as long (1 s, 2 s, 4 s… at most 15 min): a guesser slows to a
crawl, while the real user, signing in from another address, is not locked out. A success
forgives the attempt; keys unused for an hour are deleted.

References
----------
OWASP Foundation, "Blocking Brute Force Attacks",
https://owasp.org/www-community/controls/Blocking_Brute_Force_Attacks
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from layers.store.database import writing
from layers.store.schema import sign_in_throttle as table

MAX_DELAY_S = 900.0
EXPIRY_S = 3600.0
"""A key unused this long is forgotten (its failures with it)."""


@dataclass(frozen=True)
class ThrottleKey:
    """One thing attempts are counted for, and how many failures it gets before waiting."""

    key: str
    free: int


def attempt_keys(username: str, address: str) -> tuple[ThrottleKey, ThrottleKey]:
    """Return the keys of an attempt: the (user, address) pair (5 free) and the address (20)."""
    return ThrottleKey(f"user:{username}|{address}", 5), ThrottleKey(f"address:{address}", 20)


def delay_s(failures: int, free: int) -> float:
    """Return how long a key waits after ``failures`` failures: 0, then 1 s doubling to 15 min."""
    if failures < free:
        return 0.0
    return min(2.0 ** (failures - free), MAX_DELAY_S)


def claimed_attempt(engine: Engine, keys: tuple[ThrottleKey, ...], now: float) -> float:
    """Count an attempt under every key if none must wait; return 0, else the seconds to wait.

    Parameters
    ----------
    engine
        The database.
    keys
        The attempt's keys (:func:`attempt_keys`).
    now
        Seconds since the epoch (the same clock on every machine).

    Raises
    ------
    DatabaseUnavailableError
        When the database cannot be reached.
    """
    names = [item.key for item in keys]
    with writing(engine) as connection:
        connection.execute(sa.delete(table).where(table.c.updated < now - EXPIRY_S))
        _add_missing(connection, names, now)
        rows = connection.execute(
            sa.select(table.c.key, table.c.failures, table.c.next_allowed)
            .where(table.c.key.in_(names))
            .with_for_update()
        ).all()
        stored = {key: (failures, allowed) for key, failures, allowed in rows}
        wait = max(allowed - now for _, allowed in stored.values())
        if wait > 0:
            return wait
        for item in keys:
            failures = stored[item.key][0] + 1
            values = {"failures": failures, "updated": now}
            values["next_allowed"] = now + delay_s(failures, item.free)
            connection.execute(sa.update(table).where(table.c.key == item.key).values(values))
    return 0.0


def _add_missing(connection: Connection, names: list[str], now: float) -> None:
    """Insert a row (no failures) for each key that has none; rows being added elsewhere stay."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    rows = [{"key": name, "failures": 0, "next_allowed": 0.0, "updated": now} for name in names]
    connection.execute(dialect.insert(table).values(rows).on_conflict_do_nothing())


def forgiven_attempt(engine: Engine, keys: tuple[ThrottleKey, ...]) -> None:
    """Take back a counted attempt that succeeded: the pair's count ends, the address's drops."""
    pair, *others = keys
    with writing(engine) as connection:
        connection.execute(sa.delete(table).where(table.c.key == pair.key))
        for item in others:
            connection.execute(
                sa.update(table)
                .where(table.c.key == item.key, table.c.failures > 0)
                .values(failures=table.c.failures - 1, next_allowed=0.0)
            )
