"""What the catalog holds: each indicator's coverage per year and its data-quality findings.

The catalog tab draws the coverage as a small bar per year and lists the findings the data
build made (:mod:`layers.ingest.invariants`) under the indicator they concern.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

from layers.analysis.catalog import Indicator
from layers.analysis.dataset import Dataset
from layers.analysis.levels import unit_codes, unit_scope
from layers.analysis.values import values_in


def year_coverage(dataset: Dataset, indicator: Indicator, scope: str) -> pd.Series:
    """Return the share of a scope's units holding a value, for each of the indicator's years.

    The units are those of the indicator's level covering the scope (gminas; the powiats
    of the scope's gminas; Kraków's districts: :func:`layers.analysis.levels.unit_scope`).

    Parameters
    ----------
    dataset
        Loaded data.
    indicator
        Any catalog indicator (a change indicator: its change over the default period).
    scope
        One of :data:`layers.analysis.scopes.SCOPES`.

    Returns
    -------
    pandas.Series
        Indexed by year (the catalog's years, ascending), shares in [0, 1]. A gap counts as
        not covered; a value of 0 counts as covered.
    """
    codes = unit_codes(dataset, unit_scope(scope, indicator.level))
    if indicator.is_change:
        shares = {
            year: float(values_in(dataset.values, indicator, year, codes).notna().mean())
            for year in indicator.years
        }
        return pd.Series(shares, dtype=float).sort_index()
    frame = dataset.values.frame(indicator).reindex(index=codes, columns=list(indicator.years))
    return frame.notna().mean().astype(float).sort_index()


def covers(dataset: Dataset, indicator: Indicator, scope: str) -> bool:
    """Whether the indicator has a value for a gmina of the scope in at least one year."""
    return bool((year_coverage(dataset, indicator, scope) > 0).any())


def subjects(indicator: Indicator) -> set[str]:
    """Return the names the build's findings use for an indicator: its id and its variables."""
    kind, argument = next(iter(indicator.formula.items()))
    variables = {argument} if kind in ("variable", "change_of") else set(argument[:2])
    return {indicator.id, *variables}


def quality_counts(quality: pd.DataFrame, indicators: Iterable[Indicator]) -> pd.DataFrame:
    """Return how many findings of each check concern each indicator.

    Parameters
    ----------
    quality
        The build's findings (``check, subject, teryt, year, value, action``); a finding
        concerns an indicator when its subject is the indicator or one of its variables
        (:func:`subjects`). Findings about a whole file are not attributed.
    indicators
        Catalog entries.

    Returns
    -------
    pandas.DataFrame
        ``indicator, check, action, count``, one row per indicator and check found, in the
        indicators' order; no row for an indicator without findings.
    """
    columns = ["indicator", "check", "action", "count"]
    listed = list(indicators)
    order = {indicator.id: place for place, indicator in enumerate(listed)}
    pairs = pd.DataFrame(
        [(indicator.id, subject) for indicator in listed for subject in subjects(indicator)],
        columns=["indicator", "subject"],
    )
    if quality.empty or pairs.empty:
        return pd.DataFrame(columns=columns)
    mine = quality[["subject", "check", "action"]].merge(pairs, on="subject")
    counted = mine.groupby(["indicator", "check", "action"]).size().rename("count").reset_index()
    counted["count"] = counted["count"].astype(int)
    counted = counted.sort_values(["indicator", "check", "action"], key=_in_order(order))
    return counted[columns].reset_index(drop=True)


def _in_order(order: dict[str, int]) -> Callable[[pd.Series], pd.Series]:
    """Return a sort key that puts indicators in the catalog's order, the rest as they sort."""
    return lambda column: column.map(order) if column.name == "indicator" else column
