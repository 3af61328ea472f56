"""Source variables: the long table the indicator formulas are computed from."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from layers.analysis.teryt import crosswalk, is_gmina, normalise
from layers.errors import SourceFileError
from layers.ingest.sources import SourceColumn

VARIABLE_COLUMNS = ["teryt", "variable", "year", "value"]


def variable_rows(
    spec: SourceColumn, frame: pd.DataFrame, codes: pd.Index, current: pd.Index
) -> pd.DataFrame:
    """Return one source column as rows ``teryt, variable, year, value``.

    Parameters
    ----------
    spec
        Which column of the file holds the variable, and how to read it.
    frame
        The source file as read (all columns as strings).
    codes
        Current gmina codes; rows of other units (parts, powiats, districts) are dropped.
    current
        Today's gmina codes: a row under an older code of a gmina whose type digit
        changed is moved to its current code (:func:`layers.analysis.teryt.crosswalk`), so its
        history is kept.

    Returns
    -------
    pandas.DataFrame
        Numeric ``value`` (empty cells dropped), ``year`` as int, ``teryt`` current.

    Raises
    ------
    SourceFileError
        When a value or year cell is not a number.
    """
    long = _melted(spec, frame)
    long["teryt"] = normalise(long["teryt"])
    long = long[is_gmina(long["teryt"])]
    long["teryt"] = long["teryt"].replace(crosswalk(long["teryt"], current.to_series()))
    long = long[long["teryt"].isin(codes)]
    try:
        long["value"] = pd.to_numeric(long["value"]) * spec.factor
        long["year"] = pd.to_numeric(long["year"]).astype(int)
    except ValueError as error:
        message = f"{spec.path}: non-numeric cell in {spec.column or 'a year column'} ({error})"
        raise SourceFileError(message) from error
    long = long.dropna(subset=["value"])
    long["variable"] = spec.variable
    return long[VARIABLE_COLUMNS]


def _melted(spec: SourceColumn, frame: pd.DataFrame) -> pd.DataFrame:
    if spec.wide:
        years = [column for column in frame.columns if column.isdigit()]
        return frame.melt(id_vars=["teryt"], value_vars=years, var_name="year")
    long = pd.DataFrame({"teryt": frame["teryt"], "value": frame[spec.column]})
    long["year"] = spec.year if spec.year is not None else frame["year"]
    return long


def variables_table(
    specs: tuple[SourceColumn, ...],
    read: Callable[[SourceColumn], pd.DataFrame],
    codes: pd.Index,
    current: pd.Index,
) -> pd.DataFrame:
    """Return all source variables; where sources overlap, the first listed wins.

    Parameters
    ----------
    specs
        Source columns in priority order.
    read
        Returns the source file of a spec (so this function touches no files).
    codes, current
        As in :func:`variable_rows`.

    Returns
    -------
    pandas.DataFrame
        Columns ``teryt, variable, year, value``, one row per key.
    """
    parts = [variable_rows(spec, read(spec), codes, current) for spec in specs]
    table = pd.concat(parts, ignore_index=True)
    return table.drop_duplicates(["teryt", "variable", "year"], keep="first").reset_index(drop=True)
