"""The audit log: a change recorded in its own transaction, read back newest first."""

from __future__ import annotations

import pytest

from layers.store.audit import COMMAND_LINE, Change, changes, record
from layers.store.database import open_database, writing


class UndoneError(Exception):
    """Raised inside a write to roll it back."""


def test_changes_are_read_back_newest_first_with_who_what_and_the_ids(database_url):
    engine = open_database(database_url)
    with writing(engine) as connection:
        record(connection, "anna", "save", "view", after=3, detail="Gęstość 2020")
    with writing(engine) as connection:
        record(connection, "", "delete", "user", before="jan")

    newest, oldest = changes(engine)

    assert (newest.who, newest.action, newest.kind) == (COMMAND_LINE, "delete", "user")
    assert (newest.before, newest.after) == ("jan", None)
    assert oldest == Change(oldest.at, "anna", "save", "view", None, "3", "Gęstość 2020")
    assert oldest.at <= newest.at and oldest.at.endswith("+00:00")
    assert changes(engine, limit=1) == [newest]


def test_a_record_goes_with_its_change_when_the_change_is_rolled_back(database_url):
    engine = open_database(database_url)

    with pytest.raises(UndoneError), writing(engine) as connection:
        record(connection, "anna", "rename", "area", before=1, after=1)
        raise UndoneError

    assert changes(engine) == []


def test_a_long_description_is_cut_to_200_characters(database_url):
    engine = open_database(database_url)
    with writing(engine) as connection:
        record(connection, "anna", "save", "indicator", after=9, detail="x" * 500)

    (change,) = changes(engine)

    assert change.detail == "x" * 200
