"""Population outlook of every gmina by components of change: births, deaths, net migration.

The balancing equation P(t) = P(t−1) + B(t) − D(t) + M(t) is run year by year from the
population at 31 XII of the base year, each component a crude rate per person of the
population at the start of the year. The rates come from GUS Tabl. IV (2020 and 2024,
every gmina) and are either held at the base year's level or moved along their
2020→2024 trend for a number of years; net migration can be scaled (halved, doubled).

What it cannot say: the data have no single-year ages, so there is no cohort-component
model — the population does not age, and crude rates held assume the age structure of
the base year (ageing would raise deaths and lower births). 2020 was a year of excess
deaths (COVID-19), so its trend to 2024 overstates the fall in the death rate. Gminas are
projected one by one; an area is the sum of its gminas.

References
----------
Preston, S. H., Heuveline, P., & Guillot, M. (2001). *Demography: Measuring and Modeling
Population Processes*. Oxford: Blackwell, ch. 1 (the balancing equation, crude rates).
ISBN 978-1-55786-451-2

Smith, S. K., Tayman, J., & Swanson, D. A. (2013). *A Practitioner's Guide to State and
Local Population Projections*. Dordrecht: Springer, ch. 6–8 (trend extrapolation,
component methods) and ch. 13 (evaluating projections: absolute percentage errors).
doi:10.1007/978-94-007-7551-0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from layers.errors import ProjectionError

BASE_YEAR = 2024
"""31 XII of this year is the projection's start (GUS Tabl. IV, rebased on the 2021 census)."""
FIRST_RATE_YEAR = 2020
"""The other year of Tabl. IV: the start of the rates' trend."""
HORIZON = 2035
COMPONENTS = ("births", "deaths", "migration")
DECREASING = ("deaths",)
"""Components whose events lower the population; the others add to it."""
NON_NEGATIVE = ("births", "deaths")
"""Components whose rate a trend cannot take below zero."""
MAX_TREND_YEARS = HORIZON - BASE_YEAR
MIGRATION_YEARS = range(2014, BASE_YEAR + 1)
"""Years whose mean net migration rate the ``migration_mean`` scenarios hold."""
MAX_MIGRATION_FACTOR = 3.0


@dataclass(frozen=True)
class Scenario:
    """How the rates move after the base year (small and hashable: it keys the cache)."""

    trend: bool = False
    """False: every rate held at the base year's; True: each moves by its 2020→2024 change
    per year for ``trend_years`` years, then is held."""
    trend_years: int = 5
    migration: float = 1.0
    """Factor on net migration (0.5 halved, 2 doubled)."""
    migration_mean: bool = False
    """Net migration at its mean rate over :data:`MIGRATION_YEARS` (those with data: all of
    them in Małopolska, from BDL's series; 2020 and 2024 elsewhere) instead of 2024's, held."""


SCENARIOS = {
    "held": Scenario(),
    "trend": Scenario(trend=True),
    "migration_half": Scenario(migration=0.5),
    "migration_double": Scenario(migration=2.0),
}
"""The named scenarios; any other combination can be asked for."""


@dataclass(frozen=True, eq=False)
class Outlook:
    """A projection: the population each year and the events that changed it."""

    population: pd.DataFrame
    """Gminas (or areas) × years, the base year first; persons at 31 XII."""
    events: dict[str, pd.DataFrame]
    """Per component, gminas × projected years: births, deaths, net migration (persons)."""


def component_rates(components: pd.DataFrame, year: int) -> pd.DataFrame:
    """Return each gmina's crude rates of one year from its events and population.

    Parameters
    ----------
    components
        The store's components table ``teryt, variable, year, value``
        (:mod:`layers.ingest.components`).
    year
        A Tabl. IV year (2020 or 2024).

    Returns
    -------
    pandas.DataFrame
        Indexed by TERYT, columns :data:`COMPONENTS`: events per person of the population
        at the start of the year, S = P(31 XII) − B + D − M (GUS's 31 XII stock less the
        year's net change); gminas without the year's data are left out.

    Notes
    -----
    Using the start-of-year stock makes the balancing equation exact for the year the
    rates come from: S · (1 + b − d + m) = P(31 XII).
    """
    rows = components[components["year"] == year]
    wide = rows.pivot(index="teryt", columns="variable", values="value")
    needed = ["population_end", "births", "deaths", "net_migration"]
    wide = wide.reindex(columns=needed).dropna()
    start = wide["population_end"] - wide["births"] + wide["deaths"] - wide["net_migration"]
    start = start.where(start > 0)
    rates = pd.DataFrame(
        {
            "births": wide["births"] / start,
            "deaths": wide["deaths"] / start,
            "migration": wide["net_migration"] / start,
        }
    )
    return rates.dropna()


def scenario_rates(
    base: pd.DataFrame, first: pd.DataFrame, years: range, *, trend_years: int, span: int
) -> dict[str, pd.DataFrame]:
    """Return each component's rate in each projected year.

    Parameters
    ----------
    base, first
        Rates (gminas × components) in the base year and in an earlier year.
    years
        The projected years, the first right after the base year.
    trend_years
        Years the change per year between ``first`` and ``base`` goes on (0: held).
    span
        Years between ``first`` and ``base``.

    Returns
    -------
    dict of pandas.DataFrame
        Per component of ``base``, gminas × ``years``:
        r(t) = r_base + (r_base − r_first) / (base − first) · min(t − base, trend_years),
        births and deaths at least 0; a gmina without ``first`` rates keeps its base rates.
    """
    elapsed = np.minimum(np.arange(1, len(years) + 1), trend_years)
    result = {}
    for name in base.columns:
        slope = (base[name] - first[name].reindex(base.index)).fillna(0.0) / span
        values = base[name].to_numpy()[:, None] + slope.to_numpy()[:, None] * elapsed[None, :]
        if name in NON_NEGATIVE:
            values = np.maximum(values, 0.0)
        result[name] = pd.DataFrame(values, index=base.index, columns=list(years))
    return result


def projected(start: pd.Series, rates: Mapping[str, pd.DataFrame]) -> Outlook:
    """Return the population projected year by year by the balancing equation.

    Parameters
    ----------
    start
        Population at 31 XII of the base year, indexed by gmina.
    rates
        Per component, gminas × years: events per person at the start of the year.
        :data:`DECREASING` components lower the population, the others raise it.

    Returns
    -------
    Outlook
        On the gminas that have both a start and every rate; the population never
        falls below zero.

    Notes
    -----
    P(t) = P(t−1) · (1 + Σₖ sₖ rₖ(t)), with sₖ = −1 for deaths and +1 otherwise; each
    component's events are rₖ(t) · P(t−1).
    """
    codes = start.dropna().index
    for frame in rates.values():
        codes = codes.intersection(frame.dropna().index, sort=False)
    years = list(next(iter(rates.values())).columns)
    level = start.reindex(codes).to_numpy(dtype=float)
    population = {years[0] - 1: level}
    events: dict[str, dict[int, np.ndarray]] = {name: {} for name in rates}
    for year in years:
        change = np.zeros_like(level)
        for name, frame in rates.items():
            events[name][year] = frame.loc[codes, year].to_numpy() * level
            change += -events[name][year] if name in DECREASING else events[name][year]
        level = np.maximum(level + change, 0.0)
        population[year] = level
    return Outlook(
        population=pd.DataFrame(population, index=codes),
        events={name: pd.DataFrame(by_year, index=codes) for name, by_year in events.items()},
    )


def migration_rates(components: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    """Return each gmina's net migration rate in every year the data have it.

    Parameters
    ----------
    components
        The store's components table (Tabl. IV years, and Małopolska's 1995–2023 series).
    population
        Gminas × years at 31 XII (the store's population): the previous year's stock is
        the rate's denominator, except in Tabl. IV years, whose own start-of-year stock is
        used (:func:`component_rates`).

    Returns
    -------
    pandas.DataFrame
        Gminas × years, NaN where a year lacks the migration or the stock. Within each
        year numerator and denominator belong to one series, so the 2019→2020 break does
        not enter a rate.
    """
    rows = components[components["variable"] == "net_migration"]
    net = rows.pivot(index="teryt", columns="year", values="value")
    rates = {
        year: net[year] / population[year - 1].reindex(net.index)
        for year in net.columns
        if year - 1 in population.columns
    }
    for year in (FIRST_RATE_YEAR, BASE_YEAR):
        rates[year] = component_rates(components, year)["migration"].reindex(net.index)
    return pd.DataFrame(rates).sort_index(axis=1)


def population_outlook(
    components: pd.DataFrame,
    scenario: Scenario,
    *,
    horizon: int = HORIZON,
    population: pd.DataFrame | None = None,
) -> Outlook:
    """Return every gmina's population from :data:`BASE_YEAR` to ``horizon`` under a scenario.

    Parameters
    ----------
    components
        The store's components table (:mod:`layers.ingest.components`).
    scenario
        Held or trended rates and the factor on net migration.
    horizon
        Last projected year.
    population
        The store's population (gminas × years), needed by a ``migration_mean`` scenario
        (:func:`migration_rates`).

    Returns
    -------
    Outlook
        Gminas with Tabl. IV data for the base year; their population starts at the
        base year's 31 XII stock.

    Raises
    ------
    ProjectionError
        For a scenario out of range, a store without the base year's components, or a
        ``migration_mean`` scenario without the population.
    """
    _check(scenario, horizon)
    base = component_rates(components, BASE_YEAR)
    if base.empty:
        raise ProjectionError(f"no components of change for {BASE_YEAR} in the store")
    first = component_rates(components, FIRST_RATE_YEAR)
    rates = scenario_rates(
        base,
        first,
        range(BASE_YEAR + 1, horizon + 1),
        trend_years=scenario.trend_years if scenario.trend else 0,
        span=BASE_YEAR - FIRST_RATE_YEAR,
    )
    if scenario.migration_mean:
        if population is None:
            raise ProjectionError("the mean migration rate needs the population series")
        mean = migration_rates(components, population).reindex(columns=MIGRATION_YEARS)
        held = mean.mean(axis=1).reindex(base.index).fillna(base["migration"])
        rates["migration"] = pd.DataFrame({year: held for year in rates["migration"].columns})
    rates["migration"] = rates["migration"] * scenario.migration
    stock = components[
        (components["year"] == BASE_YEAR) & (components["variable"] == "population_end")
    ]
    return projected(stock.set_index("teryt")["value"], rates)


def _check(scenario: Scenario, horizon: int) -> None:
    trend_years, factor = scenario.trend_years, scenario.migration
    if not (BASE_YEAR < horizon <= HORIZON):
        raise ProjectionError(f"horizon must be {BASE_YEAR + 1}–{HORIZON}, got {horizon}")
    if not (0 <= trend_years <= MAX_TREND_YEARS) or int(trend_years) != trend_years:
        raise ProjectionError(f"trend years must be 0–{MAX_TREND_YEARS}, got {trend_years}")
    if not (0 <= factor <= MAX_MIGRATION_FACTOR):
        raise ProjectionError(f"migration factor must be 0–{MAX_MIGRATION_FACTOR}, got {factor}")


def area_outlook(outlook: Outlook, areas: Mapping[str, Sequence[str]]) -> Outlook:
    """Return the outlook of areas: the sums of their gminas' populations and events.

    Parameters
    ----------
    outlook
        Gminas' outlook (:func:`population_outlook`).
    areas
        Member gminas by area name (e.g. ``{"smk": [...]}``).

    Returns
    -------
    Outlook
        Indexed by area name; an area with a member the outlook lacks is left out (a
        gap, never a partial sum).
    """
    complete = {
        name: list(members)
        for name, members in areas.items()
        if len(members) and pd.Index(members).isin(outlook.population.index).all()
    }

    def summed(frame: pd.DataFrame) -> pd.DataFrame:
        rows = {name: frame.loc[members].sum(axis=0) for name, members in complete.items()}
        return pd.DataFrame.from_dict(rows, orient="index").reindex(columns=frame.columns)

    return Outlook(
        population=summed(outlook.population),
        events={name: summed(frame) for name, frame in outlook.events.items()},
    )
