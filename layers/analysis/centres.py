"""Secondary centres proposed by the data: size, in-migration, density, dependants, extra.

A secondary centre is a gmina large enough to hold central functions and showing them:
it draws migrants from gminas other than the core, is dense (urban), heads a
second-order nodal region, or ranks high on an economic indicator of the user's choice
(e.g. REGON entities, once a gmina-level series is loaded).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from layers.analysis.catalog import indicator_of
from layers.analysis.dataset import Dataset
from layers.analysis.delimitation import latest_year
from layers.analysis.flows import flows_of
from layers.analysis.scopes import scope_codes
from layers.analysis.second_level import second_order_regions
from layers.analysis.values import values_in
from layers.errors import NoDataError, SecondLevelError

SIZE = "population"
"""The required criterion: a centre must be among the largest gminas."""
CRITERIA = (SIZE, "inflow", "density", "dependants")
"""Criteria always used; an extra indicator is added under its own id."""
DENSITY = "density"


def inflow_from_others(flows: pd.DataFrame, core: str, *, kind: str = "migration") -> pd.Series:
    """Return each gmina's inflow from gminas other than the core (latest year of ``kind``).

    Parameters
    ----------
    flows
        OD table ``origin, destination, year, kind, volume``.
    core
        TERYT of the primary core, whose outflow is left out (its suburbanisation would
        otherwise crown its suburbs).
    kind
        Which flows.

    Returns
    -------
    pandas.Series
        Persons by destination TERYT, named ``"inflow"``; gminas absent from the matrix
        are absent (pairs under 3 persons are not published).

    Raises
    ------
    FlowError
        When there are no flows of ``kind``.
    """
    selected = flows_of(flows, kind)
    selected = selected[selected["origin"] != core]
    return selected.groupby("destination")["volume"].sum().rename("inflow")


def dependants(flows: pd.DataFrame, sizes: pd.Series, core: str, *, kind: str) -> pd.Series:
    """Return how many gminas send their largest flow after the core to each gmina.

    Parameters
    ----------
    flows
        OD table ``origin, destination, year, kind, volume``.
    sizes
        Population of every gmina, indexed by TERYT.
    core
        TERYT of the primary core.
    kind
        Which flows.

    Returns
    -------
    pandas.Series
        Counts by TERYT, named ``"dependants"`` (the in-degree of the second-order
        graph of largest flows, Nystuen & Dacey 1961).

    References
    ----------
    Nystuen, J. D., Dacey, M. F. (1961). A graph theory interpretation of nodal
    regions. *Papers of the Regional Science Association* 7, 29–42.
    https://doi.org/10.1007/BF01969070
    """
    structure = second_order_regions(flows, sizes, core, [], kind=kind)
    return structure["largest_to"].value_counts().rename("dependants")


def _latest(dataset: Dataset, indicator_id: str, codes: pd.Index) -> pd.Series:
    """Return an indicator in its latest year with data in ``codes`` (NaN when it has none)."""
    indicator = indicator_of(dataset.catalog, indicator_id)
    try:
        year = latest_year(dataset.values, indicator, codes)
    except NoDataError:
        return pd.Series(np.nan, index=codes, name=indicator_id)
    return values_in(dataset.values, indicator, year, codes).rename(indicator_id)


def criteria_values(
    dataset: Dataset, scope: str, core: str, *, kind: str = "migration", extra: str | None = None
) -> pd.DataFrame:
    """Return each gmina's value of every criterion: the scope's gminas but the core.

    Raises
    ------
    SecondLevelError
        When the core is not in the scope.
    FlowError
        When there are no flows of ``kind``.
    UnknownIndicatorError
        For an unknown ``extra`` indicator.
    """
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    if core not in codes:
        raise SecondLevelError(f"the core {core} is not in the scope {scope}")
    rest = codes.drop(core)
    sizes = dataset.values.by_indicator[SIZE]
    sizes = sizes[sizes.columns.max()]
    flows = dataset.store.flows
    columns = {
        SIZE: _latest(dataset, SIZE, rest),
        "inflow": inflow_from_others(flows, core, kind=kind).reindex(rest, fill_value=0.0),
        "density": _latest(dataset, DENSITY, rest),
        "dependants": dependants(flows, sizes, core, kind=kind).reindex(rest, fill_value=0),
    }
    if extra:
        columns[extra] = _latest(dataset, extra, rest)
    return pd.DataFrame(columns, index=rest).astype(float)


def proposed_centres(  # noqa: PLR0913 (the last four are keyword-only)
    dataset: Dataset,
    scope: str,
    core: str,
    *,
    kind: str = "migration",
    extra: str | None = None,
    top_share: float = 0.15,
    min_others: int = 1,
) -> pd.DataFrame:
    """Return the gminas that look like secondary centres, with the criteria each meets.

    Parameters
    ----------
    dataset
        Loaded data.
    scope
        Scope id; the candidates are its gminas other than the core.
    core
        TERYT of the primary core.
    kind
        Flows of the in-migration and dependants criteria.
    extra
        An indicator counted as one more criterion (higher is more central), e.g.
        REGON entities per 1,000 residents; None for none.
    top_share
        A criterion is met by the gminas ranked in the top ``ceil(top_share × n)`` of
        the ``n`` candidates (0–1).
    min_others
        Criteria besides the population that a centre must also meet.

    Returns
    -------
    pandas.DataFrame
        One row per candidate, proposed first, then by the number of criteria met and
        by population: each criterion's value and ``<criterion>_rank`` (1 = highest,
        NaN without data), ``<criterion>_met``, ``met`` (count) and ``proposed``.

    Raises
    ------
    SecondLevelError
        When ``top_share`` is outside 0–1, ``min_others`` is negative or the core is not
        in the scope.
    FlowError, UnknownIndicatorError
        As :func:`criteria_values`.

    Notes
    -----
    A central place needs both size and centrality (Christaller 1933): a gmina is
    proposed when it is among the largest by population and meets at least
    ``min_others`` of the others. In-migration counts arrivals from gminas other
    than the core, so that the core's suburbanisation does not crown its suburbs.

    References
    ----------
    Christaller, W. (1933). *Die zentralen Orte in Süddeutschland*. Jena: Fischer.
    Nystuen, J. D., Dacey, M. F. (1961). A graph theory interpretation of nodal
    regions. *Papers of the Regional Science Association* 7, 29–42.
    https://doi.org/10.1007/BF01969070
    Śleszyński, P. (2013). Delimitacja Miejskich Obszarów Funkcjonalnych stolic
    województw. *Przegląd Geograficzny* 85(2), 173–197. doi:10.7163/PrzG.2013.2.2
    """
    if not (0.0 < top_share <= 1.0) or min_others < 0:
        raise SecondLevelError(f"top share {top_share} or criteria {min_others} out of range")
    values = criteria_values(dataset, scope, core, kind=kind, extra=extra)
    ranks = values.rank(ascending=False, method="min")
    cut = math.ceil(top_share * len(values))
    met = ranks <= cut
    others = met.drop(columns=SIZE).sum(axis=1)
    frame = values.join(ranks.add_suffix("_rank")).join(met.add_suffix("_met"))
    frame["met"] = met.sum(axis=1)
    frame["proposed"] = met[SIZE] & (others >= min_others)
    order = ["proposed", "met", SIZE]
    return frame.sort_values(order, ascending=False, kind="stable")
