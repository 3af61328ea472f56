"""The schema's rules hold in the database: the CHECKs refuse what they name, deletes cascade.

(That the migrated database has exactly this schema is ``test_migrations.py``'s test.)
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from layers.analysis.catalog import AGGREGATIONS, POLARITIES
from layers.store import schema
from layers.store.database import open_database
from tests.support.database_rows import fetched

CREATED = "2026-01-01T00:00:00+00:00"


def indicator(**changed: object) -> dict:
    """A row of ``user_indicators`` the schema accepts, with ``changed`` columns."""
    row = {
        "name_pl": "Wskaźnik",
        "name_en": "Indicator",
        "unit": "%",
        "source": "UM",
        "definition": "",
        "polarity": POLARITIES[0],
        "aggregation": AGGREGATIONS[0],
        "decimals": 1,
        "author": "anna",
        "created": CREATED,
        "updated": CREATED,
    }
    return row | changed


def inserted(engine: sa.Engine, table: sa.Table, row: dict) -> None:
    with engine.begin() as connection:
        connection.execute(sa.insert(table).values(row))


@pytest.fixture
def engine(database_url: str) -> sa.Engine:
    return open_database(database_url)


VALUE = {"indicator": 1, "teryt": "1261011", "year": 2024, "value": 1.0}
USER = {"username": "anna", "role": "official", "password_hash": "h", "created": CREATED}
VIEW = {"name": "v", "query": "?", "created": CREATED}
AREA = {"name": "a", "kind": "zone", "members": "[]", "geometry": "{}", "params": "{}"}
BROKEN = {
    "polarity": (schema.user_indicators, indicator(polarity="better")),
    "aggregation": (schema.user_indicators, indicator(aggregation="median")),
    "empty-name": (schema.user_indicators, indicator(name_pl="")),
    "long-name": (schema.user_indicators, indicator(name_pl="x" * (schema.MAX_TEXT + 1))),
    "teryt": (schema.user_indicator_values, VALUE | {"teryt": "126101"}),
    "year": (schema.user_indicator_values, VALUE | {"year": 1899}),
    "revision-row": (schema.user_indicator_revision, {"id": 2, "revision": 0}),
    "role": (schema.users, USER | {"role": "guest"}),
    "flag": (schema.saved_views, VIEW | {"internal": 2}),
    "area-kind": (schema.saved_areas, AREA | {"kind": "circle", "created": CREATED}),
}
"""A row breaking each kind of CHECK, each beside rows the schema accepts."""


@pytest.mark.parametrize("broken", sorted(BROKEN))
def test_a_row_breaking_a_check_is_refused(engine, broken):
    table, row = BROKEN[broken]

    with pytest.raises(sa.exc.IntegrityError):
        inserted(engine, table, row)


def test_rows_keeping_the_checks_are_stored(engine):
    inserted(engine, schema.user_indicator_values, VALUE)
    inserted(engine, schema.users, USER)
    inserted(engine, schema.saved_views, VIEW | {"internal": 1})
    inserted(engine, schema.saved_areas, AREA | {"created": CREATED})
    for polarity in POLARITIES:
        for aggregation in AGGREGATIONS:
            name = f"{polarity} {aggregation}".ljust(schema.MAX_TEXT, ".")
            row = indicator(name_pl=name, polarity=polarity, aggregation=aggregation)
            inserted(engine, schema.user_indicators, row)

    count = fetched(engine, "SELECT count(*) FROM user_indicators")
    assert count == [(len(POLARITIES) * len(AGGREGATIONS),)]


def test_deleting_a_presentation_or_a_user_deletes_what_hangs_on_it(engine):
    inserted(engine, schema.saved_views, VIEW | {"id": 1})
    inserted(engine, schema.presentations, {"id": 1, "name": "p", "created": CREATED})
    slide = {"presentation_id": 1, "position": 0, "view_id": 1}
    inserted(engine, schema.presentation_slides, slide)
    inserted(engine, schema.users, USER)
    token = {"token_hash": "t", "owner": "anna", "label": "", "created": CREATED}
    inserted(engine, schema.api_tokens, token)

    with engine.begin() as connection:
        connection.execute(sa.delete(schema.presentations))
        connection.execute(sa.delete(schema.users))

    assert fetched(engine, "SELECT * FROM presentation_slides") == []
    assert fetched(engine, "SELECT * FROM api_tokens") == []
    assert fetched(engine, "SELECT id FROM saved_views") == [(1,)]  # the view itself stays


def test_a_slide_of_no_view_is_refused(engine):
    inserted(engine, schema.presentations, {"id": 1, "name": "p", "created": CREATED})

    with pytest.raises(sa.exc.IntegrityError):
        inserted(
            engine, schema.presentation_slides, {"presentation_id": 1, "position": 0, "view_id": 9}
        )
