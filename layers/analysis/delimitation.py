"""Criteria-based delimitation of a functional area around a core gmina (after Śleszyński)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from layers.analysis.catalog import Indicator, indicator_of
from layers.analysis.commuter_rate import COMMUTERS_TO_CORE, commuters_to_core
from layers.analysis.contiguity import contiguous_area
from layers.analysis.dataset import Dataset
from layers.analysis.scopes import SCOPES, scope_codes
from layers.analysis.teryt import KRAKOW
from layers.analysis.values import ValueTable, period_start, require_values, values_in
from layers.errors import DelimitationError, NoDataError

REASONS = ("core", "criteria", "enclave_filled", "exclave_dropped", "not_met")
"""Why a gmina is in the area or not, as :func:`delimitation` reports it."""


@dataclass(frozen=True)
class Criterion:
    """One delimitation criterion: an indicator compared with a threshold.

    ``threshold`` is absolute, or with ``relative=True`` a multiple of the scope's
    median (1.0 = at least the median). ``above=True`` is met when the value is at
    least the threshold, ``False`` when it is at most. ``functional`` criteria must
    all be met; the others are counted. ``year=None`` takes the latest year with
    data in the scope; ``base_year`` is the start of a change indicator's period (by
    default five years back, or the series break when five years would span it:
    :func:`layers.analysis.values.period_start`).
    ``indicator`` is a catalog id or :data:`COMMUTERS_TO_CORE`, the commuters to the
    core per 1,000 working-age residents (:func:`layers.analysis.commuter_rate.commuters_to_core`).
    """

    indicator: str
    threshold: float
    relative: bool = False
    above: bool = True
    functional: bool = False
    year: int | None = None
    base_year: int | None = None


def latest_year(
    table: ValueTable, indicator: Indicator, codes: pd.Index, base_year: int | None = None
) -> int:
    """Return the latest catalog year in which at least one of ``codes`` has a value.

    Raises
    ------
    NoDataError
        When no gmina of ``codes`` has a value in any year.
    """
    for year in sorted(indicator.years, reverse=True):
        if values_in(table, indicator, year, codes, base_year).notna().any():
            return year
    raise NoDataError(f"no values for {indicator.id} in any year")


def criterion_threshold(values: pd.Series, criterion: Criterion) -> float:
    """Return the threshold a criterion applies: absolute, or a multiple of the values' median."""
    if criterion.relative:
        return float(criterion.threshold * values.median())
    return float(criterion.threshold)


def _criterion_values(
    dataset: Dataset, criterion: Criterion, codes: pd.Index, core: str
) -> tuple[pd.Series, int, bool]:
    """Return a criterion's values, their year and whether their period spans a series break."""
    if criterion.indicator == COMMUTERS_TO_CORE:
        return (*commuters_to_core(dataset, codes, core, criterion.year), False)
    indicator = indicator_of(dataset.catalog, criterion.indicator)
    year = criterion.year
    if year is None:
        year = latest_year(dataset.values, indicator, codes, criterion.base_year)
    if not indicator.is_change:
        return values_in(dataset.values, indicator, year, codes), year, False
    base = period_start(year, criterion.base_year, indicator.series_break)
    values = values_in(dataset.values, indicator, year, codes, base)
    return values, year, indicator.crosses_break(base, year)


def _criterion_columns(
    dataset: Dataset, criterion: Criterion, codes: pd.Index, core: str
) -> tuple[pd.Series, pd.Series, int, float, bool]:
    values, year, crossing = _criterion_values(dataset, criterion, codes, core)
    require_values(values)
    threshold = criterion_threshold(values, criterion)
    met = values >= threshold if criterion.above else values <= threshold
    return values, met.fillna(False).astype(bool), year, threshold, crossing


def criteria_table(
    dataset: Dataset, criteria: Sequence[Criterion], scope: str, core: str = KRAKOW
) -> pd.DataFrame:
    """Return each gmina's values of the criteria and which criteria it meets.

    Parameters
    ----------
    dataset
        The loaded data.
    criteria
        The criteria, numbered from 0 in the column names.
    scope
        One of :data:`layers.analysis.scopes.SCOPES`; its gminas are the rows and give the
        median of relative thresholds.
    core
        TERYT of the core, for the commuters-to-the-core criterion.

    Returns
    -------
    pandas.DataFrame
        Indexed by the scope's TERYT codes: ``value_<i>`` and ``met_<i>`` (bool; a
        missing value is not met) per criterion, ``functional_met`` (every functional
        criterion met; True when there are none) and ``others_met`` (how many other
        criteria are met). ``attrs`` holds the ``years`` and absolute ``thresholds``
        applied, one per criterion, and whether each one's period spans a series break
        (``crossing``).

    Raises
    ------
    DelimitationError
        For an unknown scope.
    UnknownIndicatorError
        For an indicator the catalog does not hold.
    NoDataError
        When a criterion's indicator has no value in the scope (in its year), or the
        commuters-to-the-core criterion is asked of a store without commuting flows.

    References
    ----------
    Śleszyński, P. (2013). Delimitacja Miejskich Obszarów Funkcjonalnych stolic
    województw. *Przegląd Geograficzny* 85(2), 173–197. doi:10.7163/PrzG.2013.2.2
    """
    if scope not in SCOPES:
        raise DelimitationError(f"unknown scope {scope!r}")
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    table = pd.DataFrame(index=codes)
    years, thresholds, crossing = [], [], []
    for i, criterion in enumerate(criteria):
        values, met, year, threshold, crosses = _criterion_columns(dataset, criterion, codes, core)
        table[f"value_{i}"], table[f"met_{i}"] = values, met
        years.append(year)
        thresholds.append(threshold)
        crossing.append(crosses)
    functional = [f"met_{i}" for i, c in enumerate(criteria) if c.functional]
    others = [f"met_{i}" for i, c in enumerate(criteria) if not c.functional]
    table["functional_met"] = table[functional].all(axis=1)
    table["others_met"] = table[others].sum(axis=1).astype(int)
    table.attrs = {"years": years, "thresholds": thresholds, "crossing": crossing}
    return table


def area_reasons(qualifies: pd.Series, in_area: pd.Series, core: str) -> pd.Series:
    """Return why each gmina is in the area or not.

    Returns
    -------
    pandas.Series
        On ``qualifies``' index, named ``reason``, one of :data:`REASONS`: ``core``;
        ``criteria`` (qualifies and in); ``enclave_filled`` (in without qualifying);
        ``exclave_dropped`` (qualifies but out); ``not_met``.
    """
    in_area = in_area.reindex(qualifies.index).to_numpy(dtype=bool)
    met = qualifies.to_numpy(dtype=bool)
    conditions = [qualifies.index == core, met & in_area, in_area, met]
    reasons = np.select(conditions, list(REASONS[:4]), default=REASONS[4])
    return pd.Series(reasons, index=qualifies.index, name="reason")


def delimitation(  # noqa: PLR0913 (API fixed for the UI; three are keyword-only)
    dataset: Dataset,
    criteria: Sequence[Criterion],
    scope: str,
    *,
    core: str = KRAKOW,
    min_others: int = 2,
    contiguous: bool = True,
) -> pd.DataFrame:
    """Return the functional area of a core delimited by criteria.

    Parameters
    ----------
    dataset
        The loaded data.
    criteria
        Functional criteria (all must be met) and others (counted).
    scope
        One of :data:`layers.analysis.scopes.SCOPES`: the gminas considered.
    core
        TERYT of the core gmina (default Kraków); it is always in the area.
    min_others
        How many of the other criteria a gmina must meet.
    contiguous
        Keep only the part connected to the core and fill enclaves
        (:func:`contiguous_area`).

    Returns
    -------
    pandas.DataFrame
        :func:`criteria_table` plus ``qualifies`` (the rule), ``in_area`` (the final
        area) and ``reason`` (:func:`area_reasons`), indexed by the scope's TERYT.

    Raises
    ------
    DelimitationError
        For an unknown scope, a core outside it or a negative ``min_others``.
    UnknownIndicatorError, NoDataError
        As :func:`criteria_table`.
    WrongCrsError
        When the store's metric layer is not in EPSG:2180.

    Notes
    -----
    A gmina qualifies when it meets every functional criterion and at least
    ``min_others`` of the others (Śleszyński 2013, who requires the functional
    criterion and a number of the socio-economic ones). Without contiguity the area
    is the qualifying gminas plus the core.

    References
    ----------
    Śleszyński, P. (2013). Delimitacja Miejskich Obszarów Funkcjonalnych stolic
    województw. *Przegląd Geograficzny* 85(2), 173–197. doi:10.7163/PrzG.2013.2.2
    """
    if min_others < 0:
        raise DelimitationError(f"min_others must be at least 0, got {min_others}")
    table = criteria_table(dataset, criteria, scope, core)
    if core not in table.index:
        raise DelimitationError(f"core {core} is not in scope {scope!r}")
    qualifies = (table["functional_met"] & (table["others_met"] >= min_others)).rename("qualifies")
    if contiguous:
        in_area = contiguous_area(dataset.store.gminas_metric, qualifies, core)
    else:
        in_area = (qualifies | (table.index == core)).rename("in_area")
    reason = area_reasons(qualifies, in_area, core)
    return table.assign(qualifies=qualifies, in_area=in_area, reason=reason)


def area_comparison(in_area: pd.Index, reference: Sequence[str]) -> dict[str, list[str]]:
    """Return which gminas a delimited area shares with a reference area.

    Returns
    -------
    dict
        ``both``, ``only_delimitation`` (in order of ``in_area``) and
        ``only_reference`` (in order of ``reference``), as TERYT lists.
    """
    area, ref = list(dict.fromkeys(in_area)), list(dict.fromkeys(reference))
    area_set, ref_set = set(area), set(ref)
    return {
        "both": [code for code in area if code in ref_set],
        "only_delimitation": [code for code in area if code not in ref_set],
        "only_reference": [code for code in ref if code not in area_set],
    }
