"""Users and tokens in SQLite and PostgreSQL: salted hashes, verification, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from layers.errors import UserError
from layers.store.database import open_database
from layers.store.users import (
    add_user,
    issue_token,
    remove_user,
    token_user,
    users,
    verified_user,
)
from tests.support.database_rows import fetched

PASSWORD = "dobre-haslo-123"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def connection(database_url: str) -> Engine:
    return open_database(database_url)


def stored_hashes(connection: Engine) -> dict[str, str]:
    return dict(fetched(connection, "SELECT username, password_hash FROM users"))


def test_same_password_gives_different_salted_hashes(connection):
    add_user(connection, "anna", PASSWORD, "official")
    add_user(connection, "jan", PASSWORD, "admin")
    hashes = stored_hashes(connection)
    assert hashes["anna"] != hashes["jan"]
    assert PASSWORD not in " ".join(hashes.values())
    assert all(value.startswith(("scrypt:", "pbkdf2:")) for value in hashes.values())


def test_password_is_verified(connection):
    add_user(connection, "anna", PASSWORD, "official")
    assert verified_user(connection, "anna", PASSWORD).role == "official"
    assert verified_user(connection, "anna", PASSWORD + "x") is None
    assert verified_user(connection, "nobody", PASSWORD) is None


@pytest.mark.parametrize(
    ("name", "password", "role"),
    [
        ("Anna Kowalska", PASSWORD, "official"),  # space and capitals
        ("a", PASSWORD, "official"),  # too short
        ("<script>", PASSWORD, "official"),
        ("anna", "short", "official"),
        ("anna", PASSWORD, "root"),
    ],
)
def test_bad_users_are_refused(connection, name, password, role):
    with pytest.raises(UserError):
        add_user(connection, name, password, role)
    assert users(connection) == []


def test_duplicate_name_is_refused_and_the_first_kept(connection):
    add_user(connection, "anna", PASSWORD, "official")
    with pytest.raises(UserError):
        add_user(connection, "anna", "inne-haslo-456", "admin")
    assert verified_user(connection, "anna", PASSWORD).role == "official"


def test_token_is_stored_hashed_and_dies_with_its_owner(connection):
    add_user(connection, "anna", PASSWORD, "official")
    token = issue_token(connection, "anna", "QGIS")
    assert token_user(connection, token).username == "anna"
    assert token_user(connection, token + "x") is None
    stored = fetched(connection, "SELECT token_hash, label FROM api_tokens")
    assert stored[0][0] != token and stored[0][1] == "QGIS"
    remove_user(connection, "anna")
    assert token_user(connection, token) is None
    with pytest.raises(UserError):
        remove_user(connection, "anna")
    with pytest.raises(UserError):
        issue_token(connection, "anna")
