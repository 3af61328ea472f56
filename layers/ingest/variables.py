"""Source variables: the long table the indicator formulas are computed from."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from layers.analysis.teryt import SPLITS, crosswalk, is_gmina, normalise
from layers.errors import SourceFileError
from layers.ingest.invariants import (
    findings,
    no_findings,
    parts_checked,
    unit_parts_checked,
    zero_years_dropped,
)
from layers.ingest.sources import PartsRule, SourceColumn

VARIABLE_COLUMNS = ["teryt", "variable", "year", "value"]
PART_TYPES = ("4", "5")
"""Type digits of the town and rural parts of an urban-rural gmina (kept for checks only)."""


def source_rows(spec: SourceColumn, frame: pd.DataFrame) -> pd.DataFrame:
    """Return one source column as numeric rows ``teryt, year, value`` of gminas and their parts.

    Raises
    ------
    SourceFileError
        When a gmina's value or year cell is not a number.
    """
    long = _melted(spec, frame)
    long["teryt"] = normalise(long["teryt"])
    long = long[is_gmina(long["teryt"]) | long["teryt"].str[6].isin(PART_TYPES)]
    gmina = is_gmina(long["teryt"])
    try:
        long["year"] = pd.to_numeric(long["year"]).astype(int)
        exact = pd.to_numeric(long["value"].where(gmina))
    except ValueError as error:
        message = f"{spec.path}: non-numeric cell in {spec.column or 'a year column'} ({error})"
        raise SourceFileError(message) from error
    parts = pd.to_numeric(long["value"].where(~gmina), errors="coerce")
    long["value"] = exact.fillna(parts) * spec.factor
    return long.dropna(subset=["value"])[["teryt", "year", "value"]]


def gmina_rows(
    long: pd.DataFrame, spec: SourceColumn, codes: pd.Index, current: pd.Index
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the rows of the map's gminas, with the codes and splits that needed care.

    Parameters
    ----------
    long
        Rows from :func:`source_rows`.
    spec
        Their source column (``additive`` decides how a split is handled).
    codes
        The map's gmina codes.
    current
        Today's gmina codes: a row under an older code moves to today's
        (:func:`layers.analysis.teryt.crosswalk`), so its history is kept.

    Returns
    -------
    tuple of pandas.DataFrame
        Rows ``teryt, variable, year, value`` and the findings (:mod:`.invariants`):
        split gminas added to their parents, gmina codes with no polygon.
    """
    long = long[is_gmina(long["teryt"])].copy()
    long["teryt"] = long["teryt"].replace(crosswalk(long["teryt"], current.to_series()))
    long, split = _split_merged(long, spec)
    outside = long[~long["teryt"].isin(codes)]
    last = outside.groupby("teryt", as_index=False)["year"].max().assign(value=float("nan"))
    found = pd.concat([split, findings("unmatched_code", spec.path, last, "dropped")])
    long = long[long["teryt"].isin(codes)].assign(variable=spec.variable)
    return long[VARIABLE_COLUMNS].reset_index(drop=True), found


def _split_merged(long: pd.DataFrame, spec: SourceColumn) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add a split-off gmina's counts to its parent (the map's territory); drop the rest."""
    found = [no_findings()]
    for child, (parent, year) in SPLITS.items():
        after = long["year"] >= year
        children = long[(long["teryt"] == child) & after]
        parents = long[(long["teryt"] == parent) & after]
        both = parents.merge(children, on="year", suffixes=("", "_child"))
        long = long[~long.index.isin(children.index.union(parents.index))]
        if spec.additive and not both.empty:
            merged = both.assign(value=both["value"] + both["value_child"])[long.columns]
            long = pd.concat([long, merged], ignore_index=True)
            found.append(findings("split_merged", spec.variable, merged, "merged"))
        lost = parents[~parents["year"].isin(both["year"] if spec.additive else [])]
        found.append(findings("split_territory", spec.variable, lost, "missing"))
    return long, pd.concat(found, ignore_index=True)


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
        Today's gmina codes (see :func:`gmina_rows`).

    Returns
    -------
    pandas.DataFrame
        Numeric ``value`` (empty cells dropped), ``year`` as int, ``teryt`` current.

    Raises
    ------
    SourceFileError
        When a value or year cell of a gmina is not a number.
    """
    return gmina_rows(source_rows(spec, frame), spec, codes, current)[0]


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
    rules: tuple[PartsRule, ...] = (),
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return all source variables, checked; where sources overlap, the first listed wins.

    Parameters
    ----------
    specs
        Source columns in priority order.
    read
        Returns the source file of a spec (so this function touches no files).
    codes, current
        As in :func:`gmina_rows`.
    rules
        Totals and parts within the files' rows (:func:`.invariants.parts_checked`).

    Returns
    -------
    tuple of pandas.DataFrame
        Columns ``teryt, variable, year, value``, one row per key, and the findings of
        the checks (:mod:`layers.ingest.invariants`).
    """
    checked: dict[str, pd.DataFrame] = {}
    parts, found = [], []
    for spec in specs:
        frame = read(spec)
        if spec.path not in checked:
            checked[spec.path], broken = parts_checked(frame, spec.path, rules)
            found.append(broken)
        long = source_rows(spec, checked[spec.path])
        if spec.additive:
            long, broken = unit_parts_checked(long, spec)
            found.append(broken)
        rows, notes = gmina_rows(long, spec, codes, current)
        parts.append(rows)
        found.append(notes)
    table = pd.concat(parts, ignore_index=True)
    table = table.drop_duplicates(["teryt", "variable", "year"], keep="first")
    table, zeros = zero_years_dropped(table.reset_index(drop=True), "variable")
    found = pd.concat([*found, zeros], ignore_index=True).drop_duplicates()
    return table, found.reset_index(drop=True)
