"""Indicators users upload, kept in SQLite and merged into the dataset as ``own_<n>``.

Every write runs in one transaction and bumps a revision row, so a process can tell
cheaply whether its merged dataset is still current (``PRAGMA data_version`` only sees
other connections' writes, and the app opens one connection per request).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from layers.catalog import AGGREGATIONS, POLARITIES, Catalog, Indicator
from layers.dataset import Dataset
from layers.errors import UserIndicatorError
from layers.values import ValueTable

PREFIX = "own_"
THEME = "own"
MAX_TEXT = 200
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS user_indicators (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name_pl TEXT NOT NULL CHECK (length(name_pl) BETWEEN 1 AND {MAX_TEXT}),
    name_en TEXT NOT NULL,
    unit TEXT NOT NULL,
    source TEXT NOT NULL,
    definition TEXT NOT NULL,
    polarity TEXT NOT NULL CHECK (polarity IN {POLARITIES}),
    aggregation TEXT NOT NULL CHECK (aggregation IN {AGGREGATIONS}),
    decimals INTEGER NOT NULL,
    author TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1))
);
CREATE TABLE IF NOT EXISTS user_indicator_values (
    indicator INTEGER NOT NULL,
    teryt TEXT NOT NULL CHECK (length(teryt) = 7),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    value REAL NOT NULL,
    PRIMARY KEY (indicator, teryt, year)
);
CREATE TABLE IF NOT EXISTS user_indicator_revision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL
);
INSERT OR IGNORE INTO user_indicator_revision (id, revision) VALUES (1, 0);
"""


@dataclass(frozen=True)
class UserIndicator:
    """The metadata a user gives an uploaded indicator (``id`` and dates set when stored)."""

    name_pl: str
    unit: str
    source: str
    polarity: str
    aggregation: str
    author: str
    name_en: str = ""
    definition: str = ""
    decimals: int = 2
    internal: int = 0
    id: int | None = None
    created: str = ""
    updated: str = ""

    @property
    def key(self) -> str:
        """The indicator id in the catalog: ``own_<n>``."""
        return f"{PREFIX}{self.id}"


def revision(connection: sqlite3.Connection) -> int:
    """Return the revision of the stored user indicators (changes with every write)."""
    row = connection.execute("SELECT revision FROM user_indicator_revision WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def stored_revision(path: Path) -> int:
    """Return the revision in the database at ``path`` without creating anything (-1 if none).

    A plain read on a fresh connection: cheap enough (~0.15 ms) to ask on every request.
    """
    if not path.is_file():
        return -1
    connection = sqlite3.connect(path)
    try:
        return revision(connection)
    except sqlite3.OperationalError:
        return -1
    finally:
        connection.close()


def _checked(meta: UserIndicator) -> UserIndicator:
    name = " ".join(meta.name_pl.split())
    texts = (name, meta.name_en, meta.unit, meta.source, meta.definition, meta.author)
    if not name or any(len(text) > MAX_TEXT * 5 for text in texts) or len(name) > MAX_TEXT:
        raise UserIndicatorError(f"invalid name {name!r}")
    if meta.polarity not in POLARITIES or meta.aggregation not in AGGREGATIONS:
        raise UserIndicatorError(f"polarity {meta.polarity!r}, aggregation {meta.aggregation!r}")
    if meta.internal not in (0, 1):
        raise UserIndicatorError(f"internal must be 0 or 1, not {meta.internal!r}")
    return replace(meta, name_pl=name, name_en=" ".join(meta.name_en.split()) or name)


def _rows(identifier: int, values: pd.DataFrame) -> list[tuple]:
    if values.empty or values[["teryt", "year", "value"]].isna().any().any():
        raise UserIndicatorError("values must be complete (teryt, year, value) and not empty")
    return [
        (identifier, str(t), int(y), float(v))
        for t, y, v in values[["teryt", "year", "value"]].itertuples(index=False)
    ]


@contextmanager
def _writing(connection: sqlite3.Connection) -> Iterator[str]:
    """Run one transaction that bumps the revision; yield the time; refused rows undo it all."""
    try:
        with connection:
            yield datetime.now(UTC).isoformat(timespec="seconds")
            connection.execute(
                "UPDATE user_indicator_revision SET revision = revision + 1 WHERE id = 1"
            )
    except sqlite3.IntegrityError as error:
        raise UserIndicatorError(f"values refused: {error}") from error


def save_user_indicator(
    connection: sqlite3.Connection, meta: UserIndicator, values: pd.DataFrame
) -> str:
    """Store a new indicator with its values (``teryt, year, value``); return its id ``own_<n>``.

    Raises
    ------
    UserIndicatorError
        For an empty or too long name, an unknown polarity or aggregation, values that
        are empty or incomplete, or a value row the schema refuses (a duplicate gmina
        and year, a code not of 7 characters); nothing is stored then.
    """
    meta = _checked(meta)
    with _writing(connection) as now:
        cursor = connection.execute(
            "INSERT INTO user_indicators (name_pl, name_en, unit, source, definition, "
            "polarity, aggregation, decimals, author, created, updated, internal) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                *(meta.name_pl, meta.name_en, meta.unit, meta.source, meta.definition),
                *(meta.polarity, meta.aggregation, int(meta.decimals), meta.author),
                *(now, now, meta.internal),
            ),
        )
        identifier = int(cursor.lastrowid)
        _insert_values(connection, identifier, values)
    return f"{PREFIX}{identifier}"


def _insert_values(connection: sqlite3.Connection, identifier: int, values: pd.DataFrame) -> None:
    connection.executemany(
        "INSERT INTO user_indicator_values (indicator, teryt, year, value) VALUES (?, ?, ?, ?)",
        _rows(identifier, values),
    )


def _number(key: str) -> int:
    number = key.removeprefix(PREFIX)
    if not key.startswith(PREFIX) or not number.isdigit():
        raise UserIndicatorError(f"not a user indicator: {key!r}")
    return int(number)


def replace_values(
    connection: sqlite3.Connection, key: str, values: pd.DataFrame, decimals: int | None = None
) -> None:
    """Replace every value of a stored indicator (same id and metadata) in one transaction.

    Raises
    ------
    UserIndicatorError
        For an unknown id or values refused as in :func:`save_user_indicator`; the old
        values stay then.
    """
    identifier = _number(key)
    with _writing(connection) as now:
        updated = connection.execute(
            "UPDATE user_indicators SET updated = ?, decimals = coalesce(?, decimals) WHERE id = ?",
            (now, decimals, identifier),
        )
        if updated.rowcount != 1:
            raise UserIndicatorError(f"no user indicator {key!r}")
        connection.execute("DELETE FROM user_indicator_values WHERE indicator = ?", (identifier,))
        _insert_values(connection, identifier, values)


def delete_user_indicator(connection: sqlite3.Connection, key: str) -> None:
    """Delete an indicator and its values in one transaction.

    Raises
    ------
    UserIndicatorError
        For an unknown id.
    """
    identifier = _number(key)
    with _writing(connection):
        deleted = connection.execute("DELETE FROM user_indicators WHERE id = ?", (identifier,))
        if deleted.rowcount != 1:
            raise UserIndicatorError(f"no user indicator {key!r}")
        connection.execute("DELETE FROM user_indicator_values WHERE indicator = ?", (identifier,))


COLUMNS = (
    "id",
    "name_pl",
    "unit",
    "source",
    "polarity",
    "aggregation",
    "author",
    "name_en",
    "definition",
    "decimals",
    "internal",
    "created",
    "updated",
)


def user_indicators(connection: sqlite3.Connection) -> list[UserIndicator]:
    """Return the stored indicators, oldest first."""
    rows = connection.execute(f"SELECT {', '.join(COLUMNS)} FROM user_indicators ORDER BY id")
    return [UserIndicator(**dict(zip(COLUMNS, row, strict=True))) for row in rows]


def user_values(connection: sqlite3.Connection) -> pd.DataFrame:
    """Return every stored value as the store's long ``teryt, indicator, year, value``."""
    rows = connection.execute(
        "SELECT teryt, indicator, year, value FROM user_indicator_values ORDER BY indicator, teryt"
    ).fetchall()
    frame = pd.DataFrame(rows, columns=["teryt", "indicator", "year", "value"])
    frame["indicator"] = PREFIX + frame["indicator"].astype(str)
    return frame.astype({"teryt": str, "year": int, "value": float})


def catalog_entry(meta: UserIndicator, years: tuple[int, ...]) -> Indicator:
    """Return a stored indicator as a catalog record (theme ``own``, its own values)."""
    return Indicator(
        id=meta.key,
        name_pl=meta.name_pl,
        name_en=meta.name_en or meta.name_pl,
        unit_pl=meta.unit,
        unit_en=meta.unit,
        theme=THEME,
        source=meta.source,
        definition_pl=meta.definition,
        definition_en=meta.definition,
        years=years,
        polarity=meta.polarity,
        aggregation=meta.aggregation,
        formula={"variable": meta.key},
        decimals=meta.decimals,
        updated=meta.updated[:10],
        internal=bool(meta.internal),
    )


def with_user_indicators(dataset: Dataset, connection: sqlite3.Connection) -> Dataset:
    """Return the dataset with the stored user indicators in its catalog and value table.

    The base catalog comes first, then the user indicators that have values, oldest
    first; the base dataset is not modified.
    """
    values = user_values(connection)
    tables = ValueTable.from_long(values).by_indicator if not values.empty else {}
    extra: Catalog = {}
    for meta in user_indicators(connection):
        if meta.key in tables:
            years = tuple(int(year) for year in tables[meta.key].columns)
            extra[meta.key] = catalog_entry(meta, years)
    return replace(
        dataset,
        catalog={**dataset.catalog, **extra},
        values=ValueTable(by_indicator={**dataset.values.by_indicator, **tables}),
    )
