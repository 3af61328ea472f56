"""Users of the internal part (officials, admins) and their API tokens, kept in the database.

Passwords and tokens are stored only as salted hashes (werkzeug: scrypt). Every write runs
in one transaction. ``flask users`` adds, removes and lists users and issues tokens.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import os
import re
import secrets
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from werkzeug.security import check_password_hash, generate_password_hash

from layers.errors import GeoportalError, UserError
from layers.store.database import open_database, reading, sqlite_url, writing
from layers.store.schema import api_tokens as tokens
from layers.store.schema import users as table

ROLES = ("official", "admin")
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
MIN_PASSWORD = 10
DEFAULT_DATABASE = Path(__file__).resolve().parents[2] / "instance" / "geoportal.sqlite"
PATH_VARIABLE = "GEOPORTAL_DATABASE_PATH"
URL_VARIABLE = "GEOPORTAL_DATABASE_URL"
"""The app's settings the CLI reads, so it writes to the database the app uses."""


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


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Hasło / password: ")
    if first != getpass.getpass("Powtórz / repeat: "):
        raise UserError("passwords differ")
    return first


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m layers.store.users", description=__doc__)
    parser.add_argument(
        "--database", type=Path, default=os.environ.get(PATH_VARIABLE, DEFAULT_DATABASE)
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(URL_VARIABLE, ""),
        help="SQLAlchemy URL (e.g. postgresql+psycopg://…); overrides --database",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add", help="add a user (password asked, or from stdin)")
    add.add_argument("username")
    add.add_argument("--role", choices=ROLES, default="official")
    add.add_argument("--password-stdin", action="store_true")
    commands.add_parser("remove", help="remove a user and their tokens").add_argument("username")
    commands.add_parser("list", help="list users")
    token = commands.add_parser("token", help="print a new API token for a user (once)")
    token.add_argument("username")
    token.add_argument("--label", default="")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the users CLI; return the exit status (1 with a one-line message on bad input)."""
    arguments = _parser().parse_args(argv)
    try:
        engine = open_database(arguments.database_url or sqlite_url(arguments.database))
        if arguments.command == "add":
            password = _password(arguments.password_stdin)
            add_user(engine, arguments.username, password, arguments.role)
        elif arguments.command == "remove":
            remove_user(engine, arguments.username)
        elif arguments.command == "list":
            for user in users(engine):
                print(f"{user.username}\t{user.role}\t{user.created}")
        else:
            print(issue_token(engine, arguments.username, arguments.label))
    except GeoportalError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
