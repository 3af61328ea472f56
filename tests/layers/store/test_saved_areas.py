"""Saved areas in SQLite and PostgreSQL: round trip, persistence across connections, refusals."""

from __future__ import annotations

import pytest

from layers.errors import SavedAreaError
from layers.store.database import open_database
from layers.store.saved_areas import (
    SavedArea,
    save_area,
    saved_area,
    saved_areas,
)

SQUARE = {"type": "Polygon", "coordinates": [[[19, 50], [20, 50], [20, 51], [19, 50]]]}


def area(name: str = "MOF Wieliczki", kind: str = "delimitation") -> SavedArea:
    return SavedArea(
        name=name,
        kind=kind,
        members=("1219053", "1261011"),
        geometry=SQUARE,
        params={"min_others": 2},
    )


def test_an_area_survives_a_restart(database_url: str) -> None:
    identifier = save_area(open_database(database_url), area())

    again = saved_area(open_database(database_url), identifier)  # a new engine, as after restart

    assert (again.name, again.kind, again.members) == (
        "MOF Wieliczki",
        "delimitation",
        ("1219053", "1261011"),
    )
    assert again.geometry == SQUARE and again.params == {"min_others": 2}
    assert again.created


def test_listing_filters_by_kind_newest_first(database_url: str) -> None:
    connection = open_database(database_url)
    save_area(connection, area("A"))
    save_area(connection, area("B", kind="zone"))
    save_area(connection, area("C"))

    assert [a.name for a in saved_areas(connection)] == ["C", "B", "A"]
    assert [a.name for a in saved_areas(connection, "delimitation")] == ["C", "A"]


@pytest.mark.parametrize(
    "bad", [area(" "), area("x" * 81), area(kind="other"), SavedArea("ok", "zone", (), SQUARE)]
)
def test_invalid_areas_are_refused_and_nothing_is_stored(database_url: str, bad) -> None:
    connection = open_database(database_url)
    with pytest.raises(SavedAreaError):
        save_area(connection, bad)
    assert saved_areas(connection) == []


def test_a_name_in_use_is_refused_and_the_first_area_kept(database_url: str) -> None:
    connection = open_database(database_url)
    first = save_area(connection, area())
    with pytest.raises(SavedAreaError, match="already used"):
        save_area(connection, SavedArea("MOF Wieliczki", "zone", ("1206113",), SQUARE))
    assert [a.id for a in saved_areas(connection)] == [first]
    assert saved_area(connection, first).members == ("1219053", "1261011")
