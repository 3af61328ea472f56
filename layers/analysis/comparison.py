"""Side-by-side comparison of a few gminas: values, ranks, percentiles and look-alikes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from layers.analysis.catalog import Catalog, Indicator
from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.analysis.teryt import KRAKOW
from layers.analysis.values import ranks, values_in
from layers.errors import ComparisonError

COMPARED_CHANGES = ("population_change",)
"""Change indicators shown in the comparison (all other indicators are levels)."""


ROUNDED_COLUMNS = (
    "value",
    "median",
    "diff_median",
    "mean_without_krakow",
    "diff_mean_without_krakow",
)
TABLE_COLUMNS = (
    "indicator",
    "teryt",
    "year",
    "value",
    "rank",
    "ranked",
    "median",
    "diff_median",
    "mean_without_krakow",
    "diff_mean_without_krakow",
)


def require_selection(selected: Sequence[str], low: int = 2, high: int = 6) -> None:
    """Check that the number of distinct gminas selected can be compared.

    Parameters
    ----------
    selected
        TERYT codes picked by the user; repeated codes count once.
    low, high
        Fewest and most distinct codes allowed.

    Raises
    ------
    ComparisonError
        When fewer than ``low`` or more than ``high`` distinct codes are given.
    """
    count = len(set(selected))
    if not low <= count <= high:
        raise ComparisonError(f"{count} gminas selected, {low}–{high} can be compared")


def compared_indicators(dataset: Dataset) -> list[Indicator]:
    """Return the catalog's level indicators plus :data:`COMPARED_CHANGES`, in catalog order.

    Only gmina indicators: a powiat's figure is shown apart, as its powiat's
    (:func:`layers.analysis.levels.powiat_comparison`), never as a gmina's own.
    """
    return [
        indicator
        for indicator in dataset.catalog.values()
        if indicator.level == "gmina"
        and (not indicator.is_change or indicator.id in COMPARED_CHANGES)
    ]


def latest_scope_values(
    dataset: Dataset, indicator: Indicator, codes: pd.Index
) -> tuple[int, pd.Series] | None:
    """Return the latest year in which any gmina of ``codes`` has a value, and those values.

    Parameters
    ----------
    dataset
        The loaded data.
    indicator
        Catalog entry; a change indicator is the change over
        :data:`layers.analysis.values.CHANGE_YEARS` years.
    codes
        Gminas of the scope.

    Returns
    -------
    tuple or None
        ``(year, values)`` with values indexed by ``codes`` and named by the indicator
        id (NaN where a gmina has none); ``None`` when no year has any value.
    """
    years = sorted(dataset.values.frame(indicator).columns, reverse=True)
    for year in years:
        values = values_in(dataset.values, indicator, int(year), codes)
        if values.notna().any():
            return int(year), values
    return None


@dataclass(frozen=True)
class ScopeIndicator:
    """One compared indicator over a scope, in its latest year with data there."""

    indicator: Indicator
    year: int
    values: pd.Series
    """The scope's gminas' values (NaN where a gmina has none)."""
    ranks: pd.Series
    """1 for the highest value; ties share the best rank (see :func:`.values.ranks`)."""
    percentiles: pd.Series
    """Share of the gminas with a value that have a value lower or equal, times 100."""
    median: float
    mean_without_krakow: float

    @property
    def ranked(self) -> int:
        """How many of the scope's gminas have a value."""
        return int(self.values.notna().sum())


def scope_indicators(dataset: Dataset, scope: str) -> list[ScopeIndicator]:
    """Return the scope's side of a comparison: each compared indicator's values and statistics.

    Whatever gminas are compared, these stay the same; :func:`comparison_table` and
    :func:`percentile_profile` take them to avoid computing them again.

    Parameters
    ----------
    dataset
        The loaded data.
    scope
        Scope id (:data:`layers.analysis.scopes.SCOPES`).

    Returns
    -------
    list of ScopeIndicator
        In catalog order (:func:`compared_indicators`), leaving out indicators without any
        value in the scope.

    Raises
    ------
    KeyError
        For an unknown scope.
    """
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    found = []
    for indicator in compared_indicators(dataset):
        latest = latest_scope_values(dataset, indicator, codes)
        if latest is None:
            continue
        year, values = latest
        found.append(
            ScopeIndicator(
                indicator=indicator,
                year=year,
                values=values,
                ranks=ranks(values),
                percentiles=values.rank(method="max", pct=True) * 100.0,
                median=float(values.median()),
                mean_without_krakow=float(values.drop(KRAKOW, errors="ignore").mean()),
            )
        )
    return found


def comparison_table(
    dataset: Dataset,
    selected: Sequence[str],
    scope: str,
    in_scope: Sequence[ScopeIndicator] | None = None,
) -> pd.DataFrame:
    """Return every compared indicator's value for each selected gmina, set against its scope.

    Parameters
    ----------
    dataset
        The loaded data.
    selected
        TERYT codes of the gminas compared (repeats are dropped, order kept).
    scope
        Scope id (:data:`layers.analysis.scopes.SCOPES`) the ranks and averages are taken in.
    in_scope
        :func:`scope_indicators` of this dataset and scope, when already computed.

    Returns
    -------
    pandas.DataFrame
        One row per (indicator, gmina), indicators in catalog order and gminas in the
        order given, on a fresh ``RangeIndex``. Columns: ``indicator``, ``teryt``,
        ``year``, ``value``, ``rank`` (1 = highest among the scope's gminas with a value,
        ties share the best rank), ``ranked`` (how many of the scope's gminas have a
        value), ``median`` (scope median), ``diff_median`` (value - median),
        ``mean_without_krakow`` (unweighted mean over the scope without Kraków,
        1261011), ``diff_mean_without_krakow``. Missing values stay NaN. A selected
        gmina outside the scope is still listed, with its value for the scope's year,
        but its ``rank`` is NaN and it does not enter ``ranked``, the median or the mean.

    Raises
    ------
    KeyError
        For an unknown scope.

    Notes
    -----
    Every level indicator of the catalog is compared, plus ``population_change`` taken
    as the percentage change over the five years up to the year shown (that period may
    cross the 2020 census series break). Each indicator is shown in the latest year in
    which at least one gmina of the scope has a value, the same year for every
    selected gmina so that they are comparable; indicators with no value in the scope
    are left out. Rank, median and mean are plain order statistics and the arithmetic
    mean over gminas (not weighted by population).
    """
    chosen = pd.Index(list(dict.fromkeys(selected)), name="teryt")
    in_scope = scope_indicators(dataset, scope) if in_scope is None else in_scope
    if not in_scope:
        return pd.DataFrame(columns=list(TABLE_COLUMNS))
    parts = [_indicator_rows(dataset, statistics, chosen) for statistics in in_scope]
    return pd.DataFrame(
        {column: np.concatenate([part[column] for part in parts]) for column in TABLE_COLUMNS}
    ).astype({"year": int, "ranked": int})


def _indicator_rows(
    dataset: Dataset, statistics: ScopeIndicator, chosen: pd.Index
) -> dict[str, np.ndarray]:
    """Return the columns of one indicator's comparison rows, one row per chosen gmina."""
    count = len(chosen)
    value = values_in(dataset.values, statistics.indicator, statistics.year, chosen).to_numpy()
    return {
        "indicator": np.full(count, statistics.indicator.id, dtype=object),
        "teryt": chosen.to_numpy(dtype=object),
        "year": np.full(count, statistics.year),
        "value": value,
        "rank": statistics.ranks.reindex(chosen).to_numpy(dtype=float),
        "ranked": np.full(count, statistics.ranked),
        "median": np.full(count, statistics.median),
        "diff_median": value - statistics.median,
        "mean_without_krakow": np.full(count, statistics.mean_without_krakow),
        "diff_mean_without_krakow": value - statistics.mean_without_krakow,
    }


def percentile_profile(
    dataset: Dataset,
    selected: Sequence[str],
    scope: str,
    in_scope: Sequence[ScopeIndicator] | None = None,
) -> pd.DataFrame:
    """Return each selected gmina's percentile rank within the scope, per indicator.

    Parameters
    ----------
    dataset
        The loaded data.
    selected
        TERYT codes of the gminas compared (repeats are dropped, order kept).
    scope
        Scope id (:data:`layers.analysis.scopes.SCOPES`) the percentiles are taken in.
    in_scope
        :func:`scope_indicators` of this dataset and scope, when already computed.

    Returns
    -------
    pandas.DataFrame
        Indexed by indicator id (named ``indicator``, the indicators and years of
        :func:`comparison_table`), one column per selected TERYT (columns named
        ``teryt``), values from 0 to 100. NaN where the gmina has no value or lies
        outside the scope.

    Raises
    ------
    KeyError
        For an unknown scope.

    Notes
    -----
    The percentile of a gmina is the share of the scope's gminas with a value that
    have a value lower than or equal to this gmina's, times 100. The gmina with the
    highest value gets 100; a gmina with the lowest value among 20 gets 5. Gminas
    without a value are not counted. A high percentile means a high value, whether a
    high value is good or bad for that indicator. In statistical terms it is the
    scope's empirical distribution function at the gmina's value, times 100 (the "weak"
    kind of ``scipy.stats.percentileofscore``).

    References
    ----------
    Wasserman, L. (2006). *All of Nonparametric Statistics*, ch. 2 (the empirical
    distribution function). Springer. doi:10.1007/0-387-30623-4
    SciPy, ``scipy.stats.percentileofscore``,
    https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.percentileofscore.html
    """
    chosen = pd.Index(list(dict.fromkeys(selected)), name="teryt")
    in_scope = scope_indicators(dataset, scope) if in_scope is None else in_scope
    rows = {
        statistics.indicator.id: statistics.percentiles.reindex(chosen).to_numpy()
        for statistics in in_scope
    }
    profile = pd.DataFrame.from_dict(rows, orient="index", columns=chosen, dtype=float)
    return profile.rename_axis(index="indicator", columns="teryt")


def polarity_cue(value: float, median: float, polarity: str) -> str:
    """Return ``"better"``, ``"worse"`` or ``"neutral"``: how a value stands against the median.

    Parameters
    ----------
    value, median
        The gmina's value and the scope's median.
    polarity
        The indicator's polarity (``higher_better``, ``higher_worse`` or ``neutral``).

    Examples
    --------
    >>> polarity_cue(12.0, 10.0, "higher_worse")
    'worse'
    """
    if polarity == "neutral" or math.isnan(value) or math.isnan(median) or value == median:
        return "neutral"
    higher = value > median
    return "better" if higher == (polarity == "higher_better") else "worse"


def rounded_table(table: pd.DataFrame, catalog: Catalog) -> pd.DataFrame:
    """Return a comparison table with values rounded to each indicator's decimals, for files.

    Parameters
    ----------
    table
        Output of :func:`comparison_table`.
    catalog
        Gives each indicator's ``decimals``.

    Returns
    -------
    pandas.DataFrame
        A copy; ``rank`` as a nullable integer.
    """
    digits = table["indicator"].map(lambda indicator_id: catalog[indicator_id].decimals)
    result = table.copy()
    for column in ROUNDED_COLUMNS:
        result[column] = [
            round(value, int(d)) for value, d in zip(table[column], digits, strict=True)
        ]
    return result.astype({"rank": "Int64"})
