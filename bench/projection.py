"""Back-tests of the population outlook and the time of a projection.

Run: ``python -m bench.projection`` (after ``flask --app app build``).

Prints, per back-test and method, the gminas counted and the median and 90th percentile
of the absolute percentage error per gmina (and the median signed error, the bias), for
Poland, Małopolska and the Metropolis (SMK), against the constant-population benchmark;
then the gminas the held-rates model missed most, and the median time of a projection of
every gmina to 2035 (the layers computation an outlook view starts from).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from bench.timing import median_ms
from layers.analysis.backtest import (
    error_summary,
    migration_mean_backtest,
    pre_census_backtest,
    rebased_backtest,
)
from layers.analysis.projection import SCENARIOS, area_outlook, population_outlook
from layers.analysis.scopes import scope_codes
from layers.store.io import load_dataset

RUNS = 20
SCOPES = ("poland", "malopolska", "smk")


def rows(name: str, result: dict[str, pd.DataFrame], scopes: dict[str, pd.Index]) -> list[str]:
    """Return the table rows of one back-test: each method in each scope."""
    lines = []
    for method, errors in result.items():
        for scope, codes in scopes.items():
            summary = error_summary(errors[errors.index.isin(codes)])
            if not summary["gminas"]:
                continue
            lines.append(
                f"{name:<34}{method:<10}{scope:<12}{summary['gminas']:>7.0f}"
                f"{summary['median_ape']:>9.2f}{summary['p90_ape']:>9.2f}"
                f"{summary['median_error']:>+10.2f}"
            )
    return lines


def main() -> None:
    """Print the back-tests and the timing."""
    dataset = load_dataset(Path("geodata/store"), Path("geodata"))
    population = dataset.values.by_indicator["population"]
    components = dataset.store.components
    scopes = {scope: scope_codes(scope, dataset.codes, dataset.areas) for scope in SCOPES}
    tests = {
        "2015→2019 from 2010–2014, held": pre_census_backtest(population, trend_years=0),
        "2015→2019 from 2010–2014, trend": pre_census_backtest(population, trend_years=5),
        "2020→2024 from 2020 (start 2020)": rebased_backtest(population, components),
    }
    tests["2015→2019, migration 2011–14 mean"] = migration_mean_backtest(population, components)
    rebased = tests.pop("2020→2024 from 2020 (start 2020)")
    for start in (2020, 2021):
        label = f"2020→2024 from 2020 (start {start})"
        tests[label] = {key: frame[frame["start"] == start] for key, frame in rebased.items()}
    print("absolute percentage error per gmina, %  (constant = start population carried)")
    print(
        f"{'back-test':<34}{'method':<10}{'scope':<12}{'gminas':>7}{'median':>9}{'p90':>9}"
        f"{'bias':>10}"
    )
    for name, result in tests.items():
        print("\n".join(rows(name, result, scopes)))
    names = dataset.store.gminas["name"]
    for name, result in tests.items():
        worst = result["model"].sort_values("ape", ascending=False).head(5)
        listed = ", ".join(f"{names[c]} {c} {e:+.1f}%" for c, e in worst["error_pct"].items())
        print(f"largest misses, {name}: {listed}")
    outlook_ms = median_ms(lambda: population_outlook(components, SCENARIOS["trend"]), RUNS)
    outlook = population_outlook(components, SCENARIOS["held"])
    area_ms = median_ms(lambda: area_outlook(outlook, {"smk": dataset.areas["smk"]}), RUNS)
    print(
        f"projection of {len(outlook.population):,} gminas to 2035: {outlook_ms:.1f} ms "
        f"(median of {RUNS}); SMK's sum: {area_ms:.1f} ms"
    )


if __name__ == "__main__":
    main()
