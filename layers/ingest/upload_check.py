"""The validation report of an uploaded table, made before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from layers.errors import UploadError
from layers.ingest.upload_keys import MARKUP, Roles, column_roles, resolved_keys
from layers.ingest.upload_numbers import parsed_column

PREVIEW_ROWS = 10
SAMPLE = 8
"""Offending keys or cells listed per problem (the count gives the rest)."""
FENCE = 3.0
"""Tukey's multiple of the interquartile range for "far out" values."""
MIN_FOR_FENCE = 5
FIRST_YEAR, LAST_YEAR = 1900, 2100

BLOCKING = frozenset({"duplicate_keys", "ambiguous", "all_unknown", "all_non_numeric", "bad_years"})
"""Problems that stop the upload being saved; the others are warnings."""


@dataclass(frozen=True)
class Problem:
    """One kind of problem, how many rows or cells have it and a few examples (as written)."""

    code: str
    count: int
    examples: tuple[str, ...] = ()

    @property
    def blocking(self) -> bool:
        """Whether it stops the upload being saved."""
        return self.code in BLOCKING


@dataclass(frozen=True)
class UploadReport:
    """What an uploaded table holds and what is wrong with it.

    ``values`` is the long table ``teryt, column, year, value`` of the rows that resolved
    to one gmina and cells that are numbers (``year`` is NaN without year information:
    the user gives it); ``preview`` the first rows as parsed.
    """

    values: pd.DataFrame
    columns: tuple[str, ...]
    years: tuple[int, ...]
    preview: pd.DataFrame
    problems: tuple[Problem, ...]
    rows: int = 0
    """How many data rows the table has (the preview shows the first of them)."""

    @property
    def blocking(self) -> bool:
        """Whether a problem stops the upload being saved."""
        return any(problem.blocking for problem in self.problems)


def _problem(code: str, examples: pd.Series | list) -> Problem | None:
    items = [str(item) for item in examples]
    return Problem(code, len(items), tuple(dict.fromkeys(items))[:SAMPLE]) if items else None


def _long_values(table: pd.DataFrame, roles: Roles) -> tuple[pd.DataFrame, list[Problem | None]]:
    """Return the long ``row, column, year, value`` of every cell and the cell problems."""
    parts, bad, formulas = [], [], []
    columns = roles.year_columns or roles.values
    for column in columns:
        values, not_number, formula = parsed_column(table[column])
        year = int(column) if roles.year_columns else np.nan
        part = pd.DataFrame(
            {"row": table.index, "column": "" if roles.year_columns else column, "year": year}
        )
        parts.append(part.assign(value=values.to_numpy(), bad=not_number.to_numpy()))
        bad += [f"{column}: {cell}" for cell in table[column][not_number]]
        formulas += list(table[column][formula])
    long = pd.concat(parts, ignore_index=True)
    problems = [_problem("non_numeric", bad), _problem("formula", formulas)]
    if roles.year:
        years = pd.to_numeric(table[roles.year].astype(str).str.strip(), errors="coerce")
        wrong = years.isna() | (years % 1 != 0) | ~years.between(FIRST_YEAR, LAST_YEAR)
        problems.append(_problem("bad_years", table[roles.year][wrong]))
        long["year"] = years.reindex(long["row"]).to_numpy()
    if not (~long["bad"] & long["value"].notna()).any():
        problems.append(_problem("all_non_numeric", ["*"]))
    return long, problems


def implausible(values: pd.DataFrame) -> pd.Series:
    """Return a mask of values far outside the others of their column and year.

    Parameters
    ----------
    values
        Long ``teryt, column, year, value``.

    Returns
    -------
    pandas.Series
        True where a value lies outside Tukey's outer fences of its column and year,
        ``[Q1 − 3·IQR, Q3 + 3·IQR]`` (IQR = Q3 − Q1), when the group has at least 5
        values; False elsewhere.

    Notes
    -----
    Quartile fences are robust: unlike mean ± k·SD, one typo (an extra zero) does not
    widen them enough to hide itself. The multiple 3 ("far out") rather than 1.5 flags
    fewer genuine values in skewed gmina data; still, a big city can be flagged, so this
    is a warning that prompts a check, not a refusal.

    References
    ----------
    Tukey, J. W. (1977). *Exploratory Data Analysis*. Addison-Wesley, Reading, MA,
    pp. 43–44 (inner and outer fences). ISBN 978-0-201-07616-5.
    """
    groups = values.groupby(["column", "year"], dropna=False)["value"]
    q1 = groups.transform(lambda group: group.quantile(0.25))
    q3 = groups.transform(lambda group: group.quantile(0.75))
    spread = FENCE * (q3 - q1)
    enough = groups.transform("count") >= MIN_FOR_FENCE
    return enough & ((values["value"] < q1 - spread) | (values["value"] > q3 + spread))


def validated_upload(table: pd.DataFrame, gminas: pd.DataFrame, scope: pd.Index) -> UploadReport:
    """Return the report of an uploaded table: its values, a preview and every problem.

    Parameters
    ----------
    table
        The file as read (:func:`layers.ingest.upload_read.raw_table`).
    gminas
        Gminas by TERYT with ``name`` and ``type`` (the store's gmina layer).
    scope
        Codes of the scope the user chose: missing gminas are reported against it.

    Returns
    -------
    UploadReport
        Blocking problems: ``duplicate_keys`` (a gmina twice for one column and year),
        ``ambiguous`` (a name several gminas share, e.g. Bochnia without its type),
        ``all_unknown``, ``all_non_numeric`` (not one number in the value cells),
        ``bad_years`` (a year column cell that is not a year 1900–2100).
        Warnings: ``unknown`` (rows left out), ``non_numeric`` and
        ``formula`` (cells left empty; formulas are never evaluated), ``markup`` (HTML or
        script in a key or column name, shown only as text), ``missing`` (gminas of the
        scope without a value), ``negative`` (wrong for counts), ``implausible`` (see
        :func:`implausible`).

    Raises
    ------
    UploadError
        When the columns say nothing about gminas or values (:func:`column_roles`).
    """
    roles = column_roles(list(table.columns))
    keys = resolved_keys(table, roles, gminas, scope)
    long, problems = _long_values(table, roles)
    long = long.join(keys[["teryt", "status"]], on="row")
    good = long[(long["status"] == "ok") & ~long["bad"] & long["value"].notna()]
    values = good[["teryt", "column", "year", "value"]].reset_index(drop=True)
    markup = [*keys["key"][keys["markup"]], *(c for c in table.columns if MARKUP.search(c))]
    located = long[long["status"] == "ok"]
    duplicated = located.duplicated(["teryt", "column", "year"], keep=False)
    problems += [
        _problem("ambiguous", keys["key"][keys["status"] == "ambiguous"]),
        _problem("unknown", keys["key"][keys["status"] == "unknown"]),
        _problem("all_unknown", ["*"] if (keys["status"] != "ok").all() else []),
        _problem("duplicate_keys", keys["key"].reindex(located["row"][duplicated])),
        _problem("markup", markup),
        _problem("missing", scope.difference(pd.Index(values["teryt"].unique()))),
        _problem("negative", values["teryt"][values["value"] < 0]),
        _problem("implausible", values["teryt"][implausible(values)]),
    ]
    years = sorted({int(y) for y in values["year"].dropna()})
    preview = _preview(table, keys, long, gminas)
    return UploadReport(
        values=values,
        columns=roles.values if not roles.year_columns else ("",),
        years=tuple(years),
        preview=preview,
        problems=tuple(problem for problem in problems if problem is not None),
        rows=len(table),
    )


def _preview(
    table: pd.DataFrame, keys: pd.DataFrame, long: pd.DataFrame, gminas: pd.DataFrame
) -> pd.DataFrame:
    """Return the first rows as parsed: key, gmina code and name, one column per value column."""
    rows = table.index[:PREVIEW_ROWS]
    head = keys.loc[rows, ["key", "teryt"]]
    head["name"] = head["teryt"].map(gminas["name"])
    shown = long[long["row"].isin(rows)].copy()
    shown["label"] = shown["column"].where(shown["column"] != "", shown["year"].astype(str))
    wide = shown.pivot_table(
        index="row", columns="label", values="value", aggfunc="first", dropna=False, sort=False
    )
    return head.join(wide).reset_index(drop=True)


def require_saveable(report: UploadReport) -> None:
    """Check that a report has values and no blocking problem.

    Raises
    ------
    UploadError
        ``upload_blocked`` naming the first blocking problem.
    """
    blocking = [problem.code for problem in report.problems if problem.blocking]
    if blocking or report.values.empty:
        raise UploadError("blocked", f"blocking problems: {blocking or ['no values']}")
