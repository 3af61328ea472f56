"""Indicator values at run time: look-ups by scope and year, changes and ranks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from layers.analysis.catalog import Catalog, Indicator
from layers.analysis.territory import crossing, no_breaks
from layers.errors import NoDataError

CHANGE_YEARS = 5
"""Default length of the period of a change indicator (base year = year - 5)."""


def period_start(year: int, base_year: int | None = None, series_break: int | None = None) -> int:
    """Return the base year of a change up to ``year``.

    The one given; else ``year - 5``; with ``series_break`` (the first year of a new
    series), the break when the five years would span it: a change across the census
    rebasing of 2020 is partly the rebasing. A period that must span the break (up to
    its first year) keeps its five years.

    Examples
    --------
    >>> period_start(2024), period_start(2024, series_break=2020), period_start(2024, 2015)
    (2019, 2020, 2015)
    >>> period_start(2020, series_break=2020)
    2015
    """
    if base_year is not None:
        return base_year
    start = year - CHANGE_YEARS
    return series_break if series_break is not None and start < series_break < year else start


@dataclass(frozen=True)
class ValueTable:
    """Stored indicator values, one gmina × year table per indicator."""

    by_indicator: dict[str, pd.DataFrame]
    breaks: pd.DataFrame = field(default_factory=no_breaks)
    """The gminas' changes of territory (:mod:`layers.analysis.territory`): no change is
    computed over a period that spans one."""

    @classmethod
    def from_long(cls, values: pd.DataFrame, breaks: pd.DataFrame | None = None) -> ValueTable:
        """Return the table built from the store's long ``teryt, indicator, year, value``.

        Of ``breaks`` only the declared changes of territory are kept: an edition of the
        area that differs from the last (internal sea waters counted, a boundary
        corrected) makes areas incomparable, not populations.
        """
        wide = {
            indicator: group.pivot(index="teryt", columns="year", values="value")
            for indicator, group in values.groupby("indicator")
        }
        kept = no_breaks() if breaks is None else breaks[breaks["kind"] == "territory"]
        return cls(by_indicator=wide, breaks=kept.reset_index(drop=True))

    def frame(self, indicator: Indicator) -> pd.DataFrame:
        """Return the gmina × year table the indicator is computed from."""
        source = indicator.formula.get("change_of", indicator.id)
        return self.by_indicator.get(source, pd.DataFrame(dtype=float))

    def base_years(self, indicator: Indicator) -> list[int]:
        """Return the years a change of ``indicator`` may start from: all with data but the last."""
        last = max(indicator.years)
        return [int(year) for year in self.frame(indicator).columns if year < last]


def first_base_year(choices: Sequence[int], year: int) -> int | None:
    """Return the start of the period ending in ``year`` if among ``choices``, else the first.

    ``None`` without choices (an indicator with a single year).
    """
    start = period_start(year)
    return start if start in choices else (choices[0] if choices else None)


def kept_base_year(choices: Sequence[int], base_year: int | None, year: int) -> int | None:
    """Return the base year a newly picked indicator keeps (the year control's rule).

    ``base_year`` if among its ``choices``, else :func:`first_base_year`.
    """
    return base_year if base_year in choices else first_base_year(choices, year)


def change_percent(
    frame: pd.DataFrame, year: int, base_year: int, breaks: pd.DataFrame | None = None
) -> pd.Series:
    """Return the percentage change of each row between ``base_year`` and ``year``.

    Parameters
    ----------
    frame
        Gmina × year values (e.g. population).
    year, base_year
        End and start of the period.
    breaks
        The gminas' breaks of territory: a gmina with one inside the period has no
        change (its two figures describe different territories).

    Returns
    -------
    pandas.Series
        ``(x_year / x_base_year - 1) * 100`` on ``frame``'s index; NaN where either
        year is missing, the base is 0 or the territory changed in between.
    """
    if year not in frame.columns or base_year not in frame.columns:
        return pd.Series(np.nan, index=frame.index)
    base = frame[base_year].where(frame[base_year] != 0)
    change = (frame[year] / base - 1.0) * 100.0
    if breaks is not None:
        start, end = sorted((base_year, year))
        change[crossing(breaks, frame.index, start, end)] = np.nan
    return change


def values_in(
    table: ValueTable,
    indicator: Indicator,
    year: int,
    codes: pd.Index,
    base_year: int | None = None,
) -> pd.Series:
    """Return an indicator's values for a year over a set of gminas.

    Parameters
    ----------
    table
        Stored values.
    indicator
        Catalog entry; for a change indicator ``base_year`` is the period's start.
    year
        Year shown.
    codes
        Gminas of the scope.
    base_year
        Start year of a change indicator (default: five years before ``year``).

    Returns
    -------
    pandas.Series
        Indexed by ``codes`` (NaN where a gmina has no value), named by the indicator id.
    """
    frame = table.frame(indicator)
    if indicator.is_change:
        values = change_percent(frame, year, period_start(year, base_year), table.breaks)
    else:
        values = frame[year] if year in frame.columns else pd.Series(dtype=float)
    return values.reindex(codes).astype(float).rename(indicator.id)


def time_series(
    table: ValueTable, indicator: Indicator, teryt: str, base_year: int | None = None
) -> pd.Series:
    """Return one gmina's values over all years, indexed by year.

    For a change indicator each year's value is the change since ``base_year``, or,
    without one, over the :data:`CHANGE_YEARS` years before it (the same period the
    map, the panel and the comparison show for that year).
    """
    frame = table.frame(indicator)
    if teryt not in frame.index:
        return pd.Series(dtype=float, name=indicator.id)
    row = frame.loc[teryt].dropna()
    if indicator.is_change and not row.empty:
        if base_year is not None:
            starts = pd.Series(base_year, index=row.index)
            base = pd.Series(row.get(base_year, np.nan), index=row.index)
        else:
            starts = pd.Series(row.index - CHANGE_YEARS, index=row.index)
            base = pd.Series(row.reindex(row.index - CHANGE_YEARS).to_numpy(), index=row.index)
        own = table.breaks.loc[table.breaks["teryt"] == teryt, "year"]
        spans = [((own > min(a, b)) & (own <= max(a, b))).any() for a, b in starts.items()]
        row = ((row / base.where(base != 0) - 1.0) * 100.0).where(~np.array(spans, dtype=bool))
        row = row.dropna()
    return row.rename(indicator.id)


def ranks(values: pd.Series) -> pd.Series:
    """Return each value's rank, 1 for the highest; ties share the best rank, NaN stays NaN."""
    return values.rank(ascending=False, method="min")


def latest_values(table: ValueTable, catalog: Catalog, teryt: str, codes: pd.Index) -> pd.DataFrame:
    """Return one gmina's latest value of every indicator, with its rank in the scope.

    Parameters
    ----------
    table, catalog
        Stored values and their catalog.
    teryt
        The gmina.
    codes
        Gminas of the scope the rank is computed in.

    Returns
    -------
    pandas.DataFrame
        Indexed by indicator id (catalog order), columns ``year``, ``value``, ``rank``,
        ``ranked`` (gminas with a value that year); indicators the gmina lacks are left out.
    """
    rows = {}
    for indicator in catalog.values():
        series = time_series(table, indicator, teryt)
        if series.empty:
            continue
        year = int(series.index.max())
        own = values_in(table, indicator, year, pd.Index([teryt]))
        scope_values = values_in(table, indicator, year, codes)
        rank = ranks(scope_values).get(teryt, np.nan)
        rows[indicator.id] = (year, own[teryt], rank, int(scope_values.notna().sum()))
    result = pd.DataFrame.from_dict(
        rows, orient="index", columns=["year", "value", "rank", "ranked"]
    )
    return result.astype({"year": int, "ranked": int})


def require_values(values: pd.Series) -> None:
    """Check that at least one gmina has a value.

    Raises
    ------
    NoDataError
        When every value is missing.
    """
    if values.notna().sum() == 0:
        raise NoDataError(f"no values for {values.name}")
