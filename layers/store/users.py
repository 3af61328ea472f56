"""Users of the internal part (officials, admins) and their API tokens, kept in the database.

Passwords and tokens are stored only as salted hashes (werkzeug: scrypt). Every write runs
in one transaction. ``flask --app app users …`` adds, removes and lists users and issues
tokens (:mod:`server.commands`).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from werkzeug.security import check_password_hash, generate_password_hash

from layers.errors import UserError
from layers.store.database import reading, writing
from layers.store.schema import api_tokens as tokens
from layers.store.schema import users as table

ROLES = ("official", "admin")
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
MIN_PASSWORD = 10


@dataclass(frozen=True)
class User:
    """A user who may see internal data."""

    username: str
    role: str
    created: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_user(engine: Engine, username: str, password: str, role: str) -> User:
    """Store a new user with a salted hash of the password.

    Raises
    ------
    UserError
        For a malformed name (2-40 of ``a-z 0-9 . _ -``), an unknown role, a password
        shorter than 10 characters or a name in use.
    """
    if not USERNAME.fullmatch(username) or role not in ROLES or len(password) < MIN_PASSWORD:
        raise UserError(f"invalid user {username!r} (role {role!r}, password length)")
    user = User(username, role, _now())
    row = {"password_hash": generate_password_hash(password), **user.__dict__}
    try:
        with writing(engine) as connection:
            connection.execute(sa.insert(table).values(row))
    except sa.exc.IntegrityError as error:
        raise UserError(f"user exists: {username!r}") from error
    return user


def remove_user(engine: Engine, username: str) -> None:
    """Delete a user and their tokens.

    Raises
    ------
    UserError
        When there is no such user.
    """
    with writing(engine) as connection:
        connection.execute(sa.delete(tokens).where(tokens.c.owner == username))
        deleted = connection.execute(sa.delete(table).where(table.c.username == username))
    if deleted.rowcount == 0:
        raise UserError(f"no user {username!r}")


USER_COLUMNS = (table.c.username, table.c.role, table.c.created)


def users(engine: Engine) -> list[User]:
    """Return every user, by name."""
    with reading(engine) as connection:
        rows = connection.execute(sa.select(*USER_COLUMNS).order_by(table.c.username))
        return [User(*row) for row in rows]


def verified_user(engine: Engine, username: str, password: str) -> User | None:
    """Return the user if the password matches their stored hash, else None."""
    query = sa.select(*USER_COLUMNS, table.c.password_hash).where(table.c.username == username)
    with reading(engine) as connection:
        row = connection.execute(query).first()
    if row is None or not check_password_hash(row.password_hash, password):
        return None
    return User(*row[:3])


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(engine: Engine, username: str, label: str = "") -> str:
    """Create an API token for a user and return it (only its hash is stored).

    Notes
    -----
    The token has 256 random bits, so an unsalted SHA-256 of it cannot be reversed or
    guessed; only the hash is kept, the token itself is shown once.

    Raises
    ------
    UserError
        When there is no such user.
    """
    if not any(user.username == username for user in users(engine)):
        raise UserError(f"no user {username!r}")
    token = secrets.token_urlsafe(32)
    row = {"token_hash": _token_hash(token), "owner": username, "label": label, "created": _now()}
    with writing(engine) as connection:
        connection.execute(sa.insert(tokens).values(row))
    return token


def token_user(engine: Engine, token: str) -> User | None:
    """Return the owner of an API token, or None for an unknown token."""
    query = (
        sa.select(*USER_COLUMNS)
        .select_from(tokens.join(table, table.c.username == tokens.c.owner))
        .where(tokens.c.token_hash == _token_hash(token))
    )
    with reading(engine) as connection:
        row = connection.execute(query).first()
    return None if row is None else User(*row)
