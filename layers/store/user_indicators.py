"""Indicators users upload, kept in the database and merged into the dataset as ``own_<n>``.

Every write runs in one transaction and bumps a revision row, so a process can tell
cheaply whether its merged dataset is still current, whichever process or machine wrote.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from layers.analysis.catalog import AGGREGATIONS, POLARITIES, Catalog, Indicator
from layers.analysis.dataset import Dataset
from layers.analysis.values import ValueTable
from layers.errors import UserIndicatorError
from layers.store.audit import record
from layers.store.database import reading, writing
from layers.store.schema import MAX_TEXT
from layers.store.schema import user_indicator_revision as revisions
from layers.store.schema import user_indicator_values as stored_values
from layers.store.schema import user_indicators as table

PREFIX = "own_"
THEME = "own"


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


def stored_revision(engine: Engine) -> int:
    """Return the revision of the stored user indicators (changes with every write).

    One primary-key read: cheap enough to ask on every request.

    Raises
    ------
    DatabaseUnavailableError
        When the database cannot be reached.
    """
    with reading(engine) as connection:
        found = connection.execute(sa.select(revisions.c.revision)).scalar()
    return int(found or 0)


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


def _rows(identifier: int, values: pd.DataFrame) -> list[dict]:
    if values.empty or values[["teryt", "year", "value"]].isna().any().any():
        raise UserIndicatorError("values must be complete (teryt, year, value) and not empty")
    return [
        {"indicator": identifier, "teryt": str(t), "year": int(y), "value": float(v)}
        for t, y, v in values[["teryt", "year", "value"]].itertuples(index=False)
    ]


@contextmanager
def _writing(engine: Engine) -> Iterator[tuple[Connection, str]]:
    """Run one transaction that bumps the revision; yield it and the time.

    Refused rows undo it all.
    """
    try:
        with writing(engine) as connection:
            yield connection, datetime.now(UTC).isoformat(timespec="seconds")
            connection.execute(sa.update(revisions).values(revision=revisions.c.revision + 1))
    except (sa.exc.IntegrityError, sa.exc.DataError) as error:
        raise UserIndicatorError(f"values refused: {error.orig}") from error


def save_user_indicator(engine: Engine, meta: UserIndicator, values: pd.DataFrame) -> str:
    """Store a new indicator with its values (``teryt, year, value``); return its id ``own_<n>``.

    Raises
    ------
    UserIndicatorError
        For an empty or too long name, an unknown polarity or aggregation, values that
        are empty or incomplete, or a value row the schema refuses (a duplicate gmina
        and year, a code not of 7 characters); nothing is stored then.
    DatabaseUnavailableError
        When the database cannot be reached (nothing is stored).
    """
    meta = _checked(meta)
    row = {name: getattr(meta, name) for name in COLUMNS if name not in {"id", "created"}}
    with _writing(engine) as (connection, now):
        inserted = connection.execute(
            sa.insert(table)
            .values({**row, "decimals": int(meta.decimals), "created": now, "updated": now})
            .returning(table.c.id)
        )
        identifier = int(inserted.scalar_one())
        connection.execute(sa.insert(stored_values), _rows(identifier, values))
        key = f"{PREFIX}{identifier}"
        record(connection, meta.author, "save", "indicator", after=key, detail=meta.name_pl)
    return key


def _number(key: str) -> int:
    number = key.removeprefix(PREFIX)
    if not key.startswith(PREFIX) or not number.isdigit():
        raise UserIndicatorError(f"not a user indicator: {key!r}")
    return int(number)


def replace_values(
    engine: Engine, key: str, values: pd.DataFrame, decimals: int | None = None, *, actor: str = ""
) -> None:
    """Replace every value of a stored indicator (same id and metadata) in one transaction.

    Raises
    ------
    UserIndicatorError
        For an unknown id or values refused as in :func:`save_user_indicator`; the old
        values stay then.
    """
    identifier = _number(key)
    kept = {} if decimals is None else {"decimals": int(decimals)}
    with _writing(engine) as (connection, now):
        updated = connection.execute(
            sa.update(table).where(table.c.id == identifier).values(updated=now, **kept)
        )
        if updated.rowcount != 1:
            raise UserIndicatorError(f"no user indicator {key!r}")
        connection.execute(sa.delete(stored_values).where(stored_values.c.indicator == identifier))
        connection.execute(sa.insert(stored_values), _rows(identifier, values))
        record(connection, actor, "replace", "indicator", before=key, after=key)


def delete_user_indicator(engine: Engine, key: str, *, actor: str = "") -> None:
    """Delete an indicator and its values in one transaction.

    Raises
    ------
    UserIndicatorError
        For an unknown id.
    """
    identifier = _number(key)
    with _writing(engine) as (connection, _now):
        deleted = connection.execute(sa.delete(table).where(table.c.id == identifier))
        if deleted.rowcount != 1:
            raise UserIndicatorError(f"no user indicator {key!r}")
        connection.execute(sa.delete(stored_values).where(stored_values.c.indicator == identifier))
        record(connection, actor, "delete", "indicator", before=key)


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


def user_indicators(engine: Engine) -> list[UserIndicator]:
    """Return the stored indicators, oldest first."""
    query = sa.select(*(table.c[name] for name in COLUMNS)).order_by(table.c.id)
    with reading(engine) as connection:
        return [UserIndicator(**row._asdict()) for row in connection.execute(query)]


def user_values(engine: Engine) -> pd.DataFrame:
    """Return every stored value as the store's long ``teryt, indicator, year, value``."""
    columns = ("teryt", "indicator", "year", "value")
    query = sa.select(*(stored_values.c[name] for name in columns)).order_by(
        stored_values.c.indicator, stored_values.c.teryt
    )
    with reading(engine) as connection:
        frame = pd.DataFrame(connection.execute(query).all(), columns=list(columns))
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
        updated=meta.updated,
        internal=bool(meta.internal),
    )


def with_user_indicators(dataset: Dataset, engine: Engine) -> Dataset:
    """Return the dataset with the stored user indicators in its catalog and value table.

    The base catalog comes first, then the user indicators that have values, oldest
    first; the base dataset is not modified.
    """
    values = user_values(engine)
    tables = ValueTable.from_long(values).by_indicator if not values.empty else {}
    extra: Catalog = {}
    for meta in user_indicators(engine):
        if meta.key in tables:
            years = tuple(int(year) for year in tables[meta.key].columns)
            extra[meta.key] = catalog_entry(meta, years)
    return replace(
        dataset,
        catalog={**dataset.catalog, **extra},
        values=replace(dataset.values, by_indicator={**dataset.values.by_indicator, **tables}),
    )
