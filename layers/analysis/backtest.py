"""Back-tests of the population outlook: projections from past years against what happened.

Two tests the mirror's data allow, each on the same series on both ends (never across the
2019→2020 break):

- **2015→2019 from 2010–2014** (pre-census estimates, every gmina): the components
  are not published for those years, so the rate is the total growth rate
  P(t)/P(t−1) − 1 — what the balancing equation's b − d + m adds up to — held at 2014's
  or moved along its 2011→2014 trend.
- **2020→2024 from 2020** (rebased on the 2021 census): Tabl. IV's 2020 births, deaths
  and net migration held; the start is the rebased 31 XII 2020 population where the
  mirror has it (Małopolska), else 31 XII 2021 (projected three years instead of four).

References
----------
Smith, S. K., Tayman, J., & Swanson, D. A. (2013). *A Practitioner's Guide to State and
Local Population Projections*. Dordrecht: Springer, ch. 13 (MAPE, the median and the
90th percentile of absolute percentage errors, the constant-population benchmark).
doi:10.1007/978-94-007-7551-0
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from layers.analysis.projection import (
    component_rates,
    migration_rates,
    projected,
    scenario_rates,
)

PRE_CENSUS = (2011, 2014, 2019)
"""First rate year, start year and target year of the pre-census back-test."""
REBASED_RATES, REBASED_TARGET = 2020, 2024


def percentage_errors(projection: pd.Series, actual: pd.Series) -> pd.DataFrame:
    """Return each gmina's projected and actual value and the percentage error.

    Returns
    -------
    pandas.DataFrame
        On the gminas with both: ``projected``, ``actual``, ``error_pct`` =
        (projected − actual) / actual · 100 and ``ape`` = |error_pct|.
    """
    both = pd.DataFrame({"projected": projection, "actual": actual}).dropna()
    both = both[both["actual"] > 0]
    both["error_pct"] = (both["projected"] - both["actual"]) / both["actual"] * 100.0
    both["ape"] = both["error_pct"].abs()
    return both


def error_summary(errors: pd.DataFrame) -> dict[str, float]:
    """Return the gminas counted, the median and 90th-percentile APE and the median error (bias)."""
    return {
        "gminas": float(len(errors)),
        "median_ape": float(np.median(errors["ape"])) if len(errors) else np.nan,
        "p90_ape": float(np.percentile(errors["ape"], 90)) if len(errors) else np.nan,
        "median_error": float(np.median(errors["error_pct"])) if len(errors) else np.nan,
    }


def growth_rates(population: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """Return the total growth rate P(t)/P(t−1) − 1 of each gmina in ``years`` (gminas × years)."""
    rates = {year: population[year] / population[year - 1] - 1.0 for year in years}
    return pd.DataFrame(rates)


def pre_census_backtest(population: pd.DataFrame, *, trend_years: int) -> dict[str, pd.DataFrame]:
    """Return the errors of 2019 projected from 2014, by method, per gmina.

    Parameters
    ----------
    population
        Gminas × years, the pre-census series 2010–2019 at least.
    trend_years
        0 for the rate held; else years its 2011→2014 change goes on (5 covers the test).

    Returns
    -------
    dict of pandas.DataFrame
        ``"model"`` (the projection) and ``"constant"`` (the 2014 population carried
        unchanged: the benchmark a projection has to beat), each from
        :func:`percentage_errors` on the 2019 population.
    """
    first, start, target = PRE_CENSUS
    growth = growth_rates(population, [first, start]).dropna()
    rates = scenario_rates(
        growth[[start]].set_axis(["growth"], axis=1),
        growth[[first]].set_axis(["growth"], axis=1),
        range(start + 1, target + 1),
        trend_years=trend_years,
        span=start - first,
    )
    outlook = projected(population[start], rates)
    return {
        "model": percentage_errors(outlook.population[target], population[target]),
        "constant": percentage_errors(population[start], population[target]),
    }


def rebased_backtest(population: pd.DataFrame, components: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Return the errors of 2024 projected with 2020's rates held, per gmina.

    Parameters
    ----------
    population
        Gminas × years of the rebased series (2020 where present, 2021).
    components
        The store's components table (Tabl. IV's 2020 rates, 2024's population).

    Returns
    -------
    dict of pandas.DataFrame
        ``"model"`` and ``"constant"`` as in :func:`pre_census_backtest`, with a column
        ``start`` (2020 or 2021: the first rebased year the mirror has for the gmina).
    """
    rates = component_rates(components, REBASED_RATES)
    stock = components[components["variable"] == "population_end"]
    actual = stock[stock["year"] == REBASED_TARGET].set_index("teryt")["value"]
    results: dict[str, list[pd.DataFrame]] = {"model": [], "constant": []}
    taken = pd.Index([])
    for start in (REBASED_RATES, REBASED_RATES + 1):
        base = population.get(start, pd.Series(dtype=float)).dropna().drop(taken, errors="ignore")
        years = range(start + 1, REBASED_TARGET + 1)
        held = {name: pd.DataFrame({y: rates[name] for y in years}) for name in rates.columns}
        outlook = projected(base, held)
        model = percentage_errors(outlook.population[REBASED_TARGET], actual)
        results["model"].append(model.assign(start=start))
        constant = percentage_errors(base.reindex(model.index), actual)
        results["constant"].append(constant.assign(start=start))
        taken = taken.union(model.index)
    return {key: pd.concat(parts) for key, parts in results.items()}


def migration_mean_backtest(
    population: pd.DataFrame, components: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    """Return the errors of 2019 projected from 2014 with migration at its 2011–2014 mean.

    Where the migration series exists (Małopolska), the 2014 growth rate is split into net
    migration (the series, over the previous year's population) and the rest (natural
    increase and statistical adjustments); the rest is held at 2014's and migration at
    the mean of 2011–2014, as the outlook's ``migration_mean`` scenario holds its mean.

    Returns
    -------
    dict of pandas.DataFrame
        ``"model"`` (this variant) and ``"held"`` (2014's total rate held, on the same
        gminas), each from :func:`percentage_errors` on the 2019 population.
    """
    first, start, target = PRE_CENSUS
    growth = growth_rates(population, [start])[start]
    migration = migration_rates(components, population).reindex(columns=range(first, start + 1))
    present = migration.dropna().index.intersection(growth.dropna().index)
    rest = growth[present] - migration.loc[present, start]
    total = rest + migration.loc[present].mean(axis=1)
    years = range(start + 1, target + 1)
    results = {}
    for key, rate in (("model", total), ("held", growth[present])):
        rates = {"growth": pd.DataFrame({year: rate for year in years})}
        outlook = projected(population[start], rates)
        results[key] = percentage_errors(outlook.population[target], population[target])
    return results
