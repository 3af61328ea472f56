"""User indicators in SQLite and PostgreSQL: save, replace, delete, roll back, merge."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pandas as pd
import pytest
import sqlalchemy as sa

from layers.analysis.catalog import Indicator
from layers.analysis.values import values_in
from layers.errors import UserIndicatorError
from layers.store.database import open_database
from layers.store.user_indicators import (
    UserIndicator,
    delete_user_indicator,
    replace_values,
    save_user_indicator,
    stored_revision,
    user_indicators,
    user_values,
    with_user_indicators,
)
from tests.support.database_rows import fetched

KRAKOW, WIELICZKA = "1261011", "1219053"
META = UserIndicator(
    name_pl="Mieszkania oddane",
    unit="mieszkania",
    source="Urzędy gmin",
    polarity="neutral",
    aggregation="sum",
    author="Jan Kowalski",
)


def values(*rows: tuple[str, int, float]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["teryt", "year", "value"])


@pytest.fixture
def connection(database_url):
    engine = open_database(database_url)
    yield engine
    engine.dispose()


def counts(connection) -> tuple[int, int]:
    ((indicators,),) = fetched(connection, "SELECT count(*) FROM user_indicators")
    ((stored,),) = fetched(connection, "SELECT count(*) FROM user_indicator_values")
    return indicators, stored


def test_save_lists_and_merges(connection, dataset):
    key = save_user_indicator(
        connection, META, values((KRAKOW, 2024, 10.0), (WIELICZKA, 2024, 2.5))
    )

    assert key == "own_1"
    (stored,) = user_indicators(connection)
    assert (stored.name_pl, stored.name_en, stored.author, stored.internal) == (
        "Mieszkania oddane",
        "Mieszkania oddane",
        "Jan Kowalski",
        0,
    )
    merged = with_user_indicators(dataset, connection)
    indicator = merged.catalog[key]
    assert isinstance(indicator, Indicator)
    assert (indicator.years, indicator.theme, indicator.aggregation) == ((2024,), "own", "sum")
    assert indicator.updated == stored.updated  # the moment (UTC); shown as Warsaw's date
    assert stored.updated[:10] == datetime.now(UTC).date().isoformat()
    shown = values_in(merged.values, indicator, 2024, pd.Index([KRAKOW, WIELICZKA, "1206113"]))
    assert shown.tolist()[:2] == [10.0, 2.5] and pd.isna(shown.iloc[2])
    assert key not in dataset.catalog  # the base dataset is not modified
    assert list(merged.catalog)[: len(dataset.catalog)] == list(dataset.catalog)


def test_every_write_bumps_the_revision(connection, database_url):
    assert stored_revision(connection) == 0
    key = save_user_indicator(connection, META, values((KRAKOW, 2024, 1.0)))
    replace_values(connection, key, values((KRAKOW, 2023, 2.0)))
    delete_user_indicator(connection, key)

    assert stored_revision(connection) == 3
    assert stored_revision(open_database(database_url)) == 3  # as another process sees it


def test_replace_keeps_id_and_metadata_with_new_values(connection):
    key = save_user_indicator(connection, META, values((KRAKOW, 2024, 1.0)))
    replace_values(connection, key, values((WIELICZKA, 2020, 7.0), (WIELICZKA, 2021, 8.0)), 0)

    assert [m.key for m in user_indicators(connection)] == [key]
    assert user_values(connection).to_dict("list") == {
        "teryt": [WIELICZKA, WIELICZKA],
        "indicator": [key, key],
        "year": [2020, 2021],
        "value": [7.0, 8.0],
    }


def test_delete_removes_metadata_and_values(connection):
    key = save_user_indicator(connection, META, values((KRAKOW, 2024, 1.0)))
    other = save_user_indicator(connection, META, values((KRAKOW, 2024, 2.0)))
    delete_user_indicator(connection, key)

    assert [m.key for m in user_indicators(connection)] == [other]
    assert counts(connection) == (1, 1)
    with pytest.raises(UserIndicatorError):
        delete_user_indicator(connection, key)


def test_a_failing_save_stores_nothing(connection):
    duplicated = values((KRAKOW, 2024, 1.0), (KRAKOW, 2024, 2.0))

    with pytest.raises(UserIndicatorError):
        save_user_indicator(connection, META, duplicated)
    assert counts(connection) == (0, 0)
    assert stored_revision(connection) == 0


def test_a_failing_replace_keeps_the_old_values(connection):
    key = save_user_indicator(connection, META, values((KRAKOW, 2024, 1.0)))

    with pytest.raises(UserIndicatorError):
        replace_values(connection, key, values((KRAKOW, 2024, 1.0), ("12", 2024, 2.0)))
    assert user_values(connection)["value"].tolist() == [1.0]
    assert stored_revision(connection) == 1


@pytest.mark.parametrize(
    "change",
    [
        {"name_pl": "  "},
        {"name_pl": "x" * 201},
        {"polarity": "up"},
        {"aggregation": "median"},
        {"internal": 2},
    ],
)
def test_invalid_metadata_is_refused(connection, change):
    with pytest.raises(UserIndicatorError):
        save_user_indicator(connection, replace(META, **change), values((KRAKOW, 2024, 1.0)))
    assert counts(connection) == (0, 0)


def test_empty_or_incomplete_values_are_refused(connection):
    with pytest.raises(UserIndicatorError):
        save_user_indicator(connection, META, values())
    with pytest.raises(UserIndicatorError):
        save_user_indicator(connection, META, values((KRAKOW, 2024, float("nan"))))
    assert counts(connection) == (0, 0)


def test_internal_flag_is_kept(connection):
    save_user_indicator(connection, replace(META, internal=1), values((KRAKOW, 2024, 1.0)))

    assert user_indicators(connection)[0].internal == 1


def test_unknown_ids_are_refused(connection):
    for key in ("own_7", "population", "own_x"):
        with pytest.raises(UserIndicatorError):
            replace_values(connection, key, values((KRAKOW, 2024, 1.0)))


def test_schema_checks_guard_direct_writes(connection):
    with pytest.raises(sa.exc.IntegrityError), connection.begin() as direct:
        direct.execute(
            sa.text(
                "INSERT INTO user_indicators (name_pl, name_en, unit, source, definition, "
                "polarity, aggregation, decimals, author, created, updated, internal) "
                "VALUES ('a', '', '', '', '', 'neutral', 'sum', 1, '', '', '', 5)"
            )
        )
