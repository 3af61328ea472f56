"""Users of the internal part (officials, admins) and their API tokens, kept in SQLite.

Passwords and tokens are stored only as salted hashes (werkzeug: scrypt). Every write runs
in one transaction. ``python -m layers.users`` adds, removes and lists users and issues tokens.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import re
import secrets
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from werkzeug.security import check_password_hash, generate_password_hash

from layers import database
from layers.errors import UserError

ROLES = ("official", "admin")
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
MIN_PASSWORD = 10
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    username TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('official', 'admin')),
    password_hash TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS api_tokens (
    token_hash TEXT PRIMARY KEY,
    owner TEXT NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    label TEXT NOT NULL,
    created TEXT NOT NULL
);
"""
DEFAULT_DATABASE = Path(__file__).resolve().parent.parent / "instance" / "geoportal.sqlite"


@dataclass(frozen=True)
class User:
    """A user who may see internal data."""

    username: str
    role: str
    created: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_user(connection: sqlite3.Connection, username: str, password: str, role: str) -> User:
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
    try:
        with connection:
            connection.execute(
                "INSERT INTO users (username, role, password_hash, created) VALUES (?, ?, ?, ?)",
                (username, role, generate_password_hash(password), user.created),
            )
    except sqlite3.IntegrityError as error:
        raise UserError(f"user exists: {username!r}") from error
    return user


def remove_user(connection: sqlite3.Connection, username: str) -> None:
    """Delete a user and their tokens.

    Raises
    ------
    UserError
        When there is no such user.
    """
    with connection:
        connection.execute("DELETE FROM api_tokens WHERE owner = ?", (username,))
        deleted = connection.execute("DELETE FROM users WHERE username = ?", (username,))
    if deleted.rowcount == 0:
        raise UserError(f"no user {username!r}")


def users(connection: sqlite3.Connection) -> list[User]:
    """Return every user, by name."""
    rows = connection.execute("SELECT username, role, created FROM users ORDER BY username")
    return [User(*row) for row in rows]


def verified_user(connection: sqlite3.Connection, username: str, password: str) -> User | None:
    """Return the user if the password matches their stored hash, else None."""
    row = connection.execute(
        "SELECT username, role, created, password_hash FROM users WHERE username = ?",
        (username,),
    ).fetchone()
    if row is None or not check_password_hash(row[3], password):
        return None
    return User(*row[:3])


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(connection: sqlite3.Connection, username: str, label: str = "") -> str:
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
    if not any(user.username == username for user in users(connection)):
        raise UserError(f"no user {username!r}")
    token = secrets.token_urlsafe(32)
    with connection:
        connection.execute(
            "INSERT INTO api_tokens (token_hash, owner, label, created) VALUES (?, ?, ?, ?)",
            (_token_hash(token), username, label, _now()),
        )
    return token


def token_user(connection: sqlite3.Connection, token: str) -> User | None:
    """Return the owner of an API token, or None for an unknown token."""
    row = connection.execute(
        "SELECT u.username, u.role, u.created FROM api_tokens t "
        "JOIN users u ON u.username = t.owner WHERE t.token_hash = ?",
        (_token_hash(token),),
    ).fetchone()
    return None if row is None else User(*row)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Hasło / password: ")
    if first != getpass.getpass("Powtórz / repeat: "):
        raise UserError("passwords differ")
    return first


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m layers.users", description=__doc__)
    parser.add_argument("--database", type=Path, default=DEFAULT_DATABASE)
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
    connection = database.open_database(arguments.database)
    try:
        if arguments.command == "add":
            password = _password(arguments.password_stdin)
            add_user(connection, arguments.username, password, arguments.role)
        elif arguments.command == "remove":
            remove_user(connection, arguments.username)
        elif arguments.command == "list":
            for user in users(connection):
                print(f"{user.username}\t{user.role}\t{user.created}")
        else:
            print(issue_token(connection, arguments.username, arguments.label))
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
