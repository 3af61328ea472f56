"""What visitors see: internal indicators and saved areas left out."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from layers.analysis.catalog import parsed_catalog
from layers.errors import CatalogError
from layers.store.access import public_dataset, visible_items
from layers.store.database import open_database
from layers.store.saved_areas import SavedArea, save_area, saved_areas

SQUARE = {"type": "Polygon", "coordinates": [[[19, 50], [20, 50], [20, 51], [19, 50]]]}


def with_internal(dataset, *indicator_ids: str):
    catalog = {
        key: dataclasses.replace(indicator, internal=key in indicator_ids)
        for key, indicator in dataset.catalog.items()
    }
    return dataclasses.replace(dataset, catalog=catalog)


def test_nothing_internal_gives_the_dataset_itself(dataset):
    assert public_dataset(dataset) is dataset


def test_internal_indicator_and_its_change_are_dropped(dataset):
    full = with_internal(dataset, "population")
    public = public_dataset(full)
    assert "population" not in public.catalog
    assert "population_change" not in public.catalog  # computed from population
    assert "density" in public.catalog
    assert "population" not in public.values.by_indicator
    assert "population" not in set(public.store.values["indicator"])
    expected = dataset.store.values[dataset.store.values["indicator"] != "population"]
    assert len(public.store.values) == len(expected)
    assert "population" in full.catalog  # the input is left as it was


def area(name: str, internal: bool) -> SavedArea:
    return SavedArea(name, "zone", ("1261011",), SQUARE, internal=internal)


def test_visitors_see_only_public_areas(database_url):
    connection = open_database(database_url)
    save_area(connection, area("publiczna", False))
    save_area(connection, area("wewnętrzna", True))
    stored = saved_areas(connection)
    assert [a.name for a in visible_items(stored, signed_in=False)] == ["publiczna"]
    assert {a.name for a in visible_items(stored, signed_in=True)} == {"publiczna", "wewnętrzna"}


def test_old_database_gets_the_internal_column(database_url: str):
    old = sa.create_engine(database_url)
    with old.begin() as connection:
        connection.execute(
            sa.text(
                "CREATE TABLE saved_areas (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                "kind TEXT NOT NULL, members TEXT NOT NULL, geometry TEXT NOT NULL, "
                "params TEXT NOT NULL, created TEXT NOT NULL)"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO saved_areas VALUES "
                "(1, 'stara', 'zone', '[\"1261011\"]', '{}', '{}', 'x')"
            )
        )
    old.dispose()
    (migrated,) = saved_areas(open_database(database_url))
    assert migrated.name == "stara" and migrated.internal is False
    assert saved_areas(open_database(database_url))[0].internal is False  # second open: no change


def test_catalog_reads_the_internal_flag():
    entry = {
        "id": "x",
        "name_pl": "X",
        "name_en": "X",
        "unit_pl": "%",
        "unit_en": "%",
        "theme": "finance",
        "source": "own",
        "definition_pl": "",
        "definition_en": "",
        "years": [2024],
        "polarity": "neutral",
        "aggregation": "sum",
        "formula": {"variable": "x"},
    }
    assert parsed_catalog({"indicator": [entry]})["x"].internal is False
    assert parsed_catalog({"indicator": [{**entry, "internal": True}]})["x"].internal is True
    with pytest.raises(CatalogError):
        parsed_catalog({"indicator": [{**entry, "internal": "yes"}]})
