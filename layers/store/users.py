"""Users of the internal part (officials, admins) and their API tokens, kept in the database.

Passwords and tokens are stored only as salted hashes (werkzeug: scrypt). Every write runs
in one transaction with its audit record. A user's ``session_version`` is bumped when they
sign out everywhere, change their password or are removed: older sessions end.
``flask --app app users …`` (:mod:`server.commands`) adds, removes and lists users, changes
passwords, and issues, lists and revokes tokens (which expire, 90 days by default).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from werkzeug.security import check_password_hash, generate_password_hash

from layers.errors import UserError
from layers.store.audit import record
from layers.store.database import reading, writing
from layers.store.schema import api_tokens as tokens
from layers.store.schema import users as table

ROLES = ("official", "admin")
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
MIN_PASSWORD = 10
TOKEN_DAYS = 90
"""Days an API token lasts unless told otherwise."""
DUMMY_HASH = (
    "scrypt:32768:8:1$isjNzf6xUQi61mUt$8399c972919d3dc5bc95c642ef43b14b38ba07d59a2546d78d2646fd"
    "51a402f436dac10b676308609a7fc991604722c42df35117dc7107eff9247e898e2ee32d"
)
"""A hash of a random password (werkzeug's default method), checked for unknown user names
so that they take as long to refuse as a wrong password."""


@dataclass(frozen=True)
class User:
    """A user who may see internal data."""

    username: str
    role: str
    created: str
    session_version: int = 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_user(engine: Engine, username: str, password: str, role: str, *, actor: str = "") -> User:
    """Store a new user with a salted hash of the password (``actor`` recorded as the author).

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
            record(connection, actor, "save", "user", after=username, detail=role)
    except sa.exc.IntegrityError as error:
        raise UserError(f"user exists: {username!r}") from error
    return user


def remove_user(engine: Engine, username: str, *, actor: str = "") -> None:
    """Delete a user and their tokens (their sessions end: the user no longer exists).

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
        record(connection, actor, "delete", "user", before=username)


USER_COLUMNS = (table.c.username, table.c.role, table.c.created, table.c.session_version)


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
    stored = DUMMY_HASH if row is None else row.password_hash  # as slow for an unknown name
    if not check_password_hash(stored, password) or row is None:
        return None
    return User(*row[:4])


def session_user(engine: Engine, username: str, version: int) -> User | None:
    """Return the user of a session, or None when they were removed or the session is old.

    A session is old when the user's ``session_version`` moved on since it began (sign-out
    everywhere, a new password).
    """
    query = sa.select(*USER_COLUMNS).where(
        table.c.username == username, table.c.session_version == version
    )
    with reading(engine) as connection:
        row = connection.execute(query).first()
    return None if row is None else User(*row)


def end_sessions(engine: Engine, username: str, *, actor: str = "") -> None:
    """End every session of a user (sign-out everywhere): their session version moves on."""
    bumped = table.c.session_version + 1
    with writing(engine) as connection:
        connection.execute(
            sa.update(table).where(table.c.username == username).values(session_version=bumped)
        )
        record(connection, actor or username, "sign_out", "user", before=username)


def set_password(engine: Engine, username: str, password: str, *, actor: str = "") -> None:
    """Give a user a new password; their sessions end.

    Raises
    ------
    UserError
        For a password shorter than 10 characters or an unknown user.
    """
    if len(password) < MIN_PASSWORD:
        raise UserError("password too short")
    new: dict[str, object] = {"password_hash": generate_password_hash(password)}
    new["session_version"] = table.c.session_version + 1
    with writing(engine) as connection:
        changed = connection.execute(
            sa.update(table).where(table.c.username == username).values(new)
        )
        if changed.rowcount == 0:
            raise UserError(f"no user {username!r}")
        record(connection, actor, "password", "user", before=username, after=username)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Token:
    """An API token as listed: its public id (the hash's first 12 characters), never itself."""

    id: str
    owner: str
    label: str
    created: str
    expires: str


def issue_token(
    engine: Engine, username: str, label: str = "", *, days: int = TOKEN_DAYS, actor: str = ""
) -> str:
    """Create an API token for a user, valid ``days`` days, and return it (only its hash is kept).

    Notes
    -----
    The token has 256 random bits, so an unsalted SHA-256 of it cannot be reversed or
    guessed; only the hash is kept, the token itself is shown once.

    Raises
    ------
    UserError
        When there is no such user or ``days`` is not positive.
    """
    if not any(user.username == username for user in users(engine)) or days < 1:
        raise UserError(f"no user {username!r} (or {days} days)")
    token = secrets.token_urlsafe(32)
    expires = (datetime.now(UTC) + timedelta(days=days)).isoformat(timespec="seconds")
    row = {"token_hash": _token_hash(token), "owner": username, "label": label}
    with writing(engine) as connection:
        connection.execute(sa.insert(tokens).values({**row, "created": _now(), "expires": expires}))
        record(connection, actor, "save", "token", after=row["token_hash"][:12], detail=label)
    return token


def token_user(engine: Engine, token: str) -> User | None:
    """Return the owner of an API token, or None for an unknown or expired token.

    Tokens made before expiry dates were kept (no date) count as expired.
    """
    query = (
        sa.select(*USER_COLUMNS)
        .select_from(tokens.join(table, table.c.username == tokens.c.owner))
        .where(tokens.c.token_hash == _token_hash(token), tokens.c.expires > _now())
    )
    with reading(engine) as connection:
        row = connection.execute(query).first()
    return None if row is None else User(*row)


def api_tokens(engine: Engine, username: str | None = None) -> list[Token]:
    """Return the tokens (of one user), oldest first, by their public ids."""
    columns = (tokens.c.token_hash, tokens.c.owner, tokens.c.label, tokens.c.created)
    query = sa.select(*columns, tokens.c.expires).order_by(tokens.c.created, tokens.c.token_hash)
    if username:
        query = query.where(tokens.c.owner == username)
    with reading(engine) as connection:
        return [Token(row[0][:12], *row[1:]) for row in connection.execute(query)]


def revoke_token(engine: Engine, token_id: str, *, actor: str = "") -> None:
    """Delete the token whose public id is ``token_id`` (as :func:`api_tokens` lists it).

    Raises
    ------
    UserError
        When no token has that id.
    """
    if not re.fullmatch(r"[0-9a-f]{12}", token_id):
        raise UserError(f"no token {token_id!r}")
    with writing(engine) as connection:
        deleted = connection.execute(
            sa.delete(tokens).where(tokens.c.token_hash.startswith(token_id))
        )
        if deleted.rowcount == 0:
            raise UserError(f"no token {token_id!r}")
        record(connection, actor, "delete", "token", before=token_id)
