"""The delimitation's "commuters to the core" criterion, from an imported commuting matrix."""

from __future__ import annotations

import pandas as pd

from layers.analysis.catalog import indicator_of
from layers.analysis.dataset import Dataset
from layers.analysis.flows import COMMUTING, flow_years, rate_to
from layers.analysis.values import values_in
from layers.errors import NoDataError

COMMUTERS_TO_CORE = "commuters_to_core"
"""Criterion id of :func:`commuters_to_core` (not a catalog indicator: it depends on the core)."""


def working_age_population(dataset: Dataset, codes: pd.Index, year: int) -> tuple[pd.Series, int]:
    """Return the working-age residents of the latest year up to ``year`` with an age structure.

    Returns
    -------
    tuple
        Population × working-age share / 100 on ``codes``, and the year used.

    Raises
    ------
    NoDataError
        When no year up to ``year`` has the working-age share.
    """
    share = indicator_of(dataset.catalog, "share_working")
    population = indicator_of(dataset.catalog, "population")
    for candidate in sorted((y for y in share.years if y <= year), reverse=True):
        shares = values_in(dataset.values, share, candidate, codes)
        if shares.notna().any():
            residents = values_in(dataset.values, population, candidate, codes)
            return (residents * shares / 100.0).rename("working_age"), candidate
    raise NoDataError(f"no working-age population up to {year}")


def commuters_to_core(
    dataset: Dataset, codes: pd.Index, core: str, year: int | None = None
) -> tuple[pd.Series, int]:
    """Return commuters from each gmina to the core per 1,000 working-age residents.

    Parameters
    ----------
    dataset
        The loaded data; its store must hold commuting flows.
    codes
        Gminas of the scope.
    core
        TERYT of the core (the workplace side of the flows).
    year
        Year of the commuting flows; default their latest.

    Returns
    -------
    tuple
        The rates on ``codes`` (named :data:`COMMUTERS_TO_CORE`; NaN for the core) and
        the year of the flows.

    Raises
    ------
    NoDataError
        When the store holds no commuting flows, or no working-age population.

    Notes
    -----
    ``1000 · C_i,core / W_i``: C are the people living in gmina i and working in the
    core (NSP 2021 matrix), W the working-age residents of i (men 18–64, women
    18–59) in the latest year up to the flows' year that has the age structure
    (2019 in the mirror, so the denominator is two years older than the flows). This
    is the functional criterion of Śleszyński (2013), whose threshold was 50 out-
    commuters to the core per 1,000 working-age residents. Pairs GUS left out (fewer
    than 3) count as 0.

    References
    ----------
    Śleszyński, P. (2013). Delimitacja Miejskich Obszarów Funkcjonalnych stolic
    województw. *Przegląd Geograficzny* 85(2), 173–197. doi:10.7163/PrzG.2013.2.2
    """
    flows = dataset.store.flows
    if COMMUTING not in flow_years(flows):
        raise NoDataError("the store holds no commuting flows; import a commuting matrix")
    year = flow_years(flows)[COMMUTING] if year is None else year
    working_age, _ = working_age_population(dataset, codes, year)
    rate = rate_to(flows, core, working_age, kind=COMMUTING, year=year)
    return rate.rename(COMMUTERS_TO_CORE), year
