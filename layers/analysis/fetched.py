"""Variables fetched from GUS BDL after the build, merged into the store's indicator values.

Rule: the build's values win. A fetched variable only fills gmina-years the store does
not hold (new years, or gminas a file lacked); a fetched row never replaces a value of
the source mirror. Between two fetches of the same key the later retrieval wins.
Indicators computed from fetched variables (e.g. density from population and area)
get the new years too, by the catalog's formulas.
"""

from __future__ import annotations

import dataclasses

import pandas as pd

from layers.analysis.catalog import Catalog
from layers.analysis.derivation import VALUE_COLUMNS, values_table

KEY = ["teryt", "variable", "year"]
FETCHED_COLUMNS = ["variable", "teryt", "year", "value", "retrieved", "bdl_variable"]
"""Columns of the table of variables fetched from GUS BDL after the build."""


def merged_fetched(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Return the fetched table after a refresh: ``new`` rows replace ``old`` rows of the same key.

    Parameters
    ----------
    old, new
        Tables with :data:`FETCHED_COLUMNS`.

    Returns
    -------
    pandas.DataFrame
        One row per ``teryt, variable, year``, sorted.
    """
    both = pd.concat([frame for frame in (old, new) if not frame.empty], ignore_index=True)
    if both.empty:
        return pd.DataFrame(columns=FETCHED_COLUMNS)
    both = both.drop_duplicates(KEY, keep="last")
    return both.sort_values(["variable", "year", "teryt"]).reset_index(drop=True)[FETCHED_COLUMNS]


def variable_indicators(catalog: Catalog) -> dict[str, str]:
    """Return ``{variable: indicator id}`` of the indicators that are one variable as is."""
    return {
        indicator.formula["variable"]: indicator.id
        for indicator in catalog.values()
        if "variable" in indicator.formula
    }


def added_values(catalog: Catalog, values: pd.DataFrame, fetched: pd.DataFrame) -> pd.DataFrame:
    """Return indicator values the fetched variables add to the store (keys it lacks only).

    Parameters
    ----------
    catalog
        The indicator catalog (its formulas).
    values
        The store's values ``teryt, indicator, year, value``.
    fetched
        Fetched variables (:data:`FETCHED_COLUMNS`).

    Returns
    -------
    pandas.DataFrame
        Rows ``teryt, indicator, year, value`` absent from ``values``: the fetched
        variables themselves and every formula that can be computed from them with the
        variables the store holds (e.g. a ratio to area).
    """
    to_indicator = variable_indicators(catalog)
    fetched = fetched[fetched["variable"].isin(to_indicator)]
    if fetched.empty:
        return pd.DataFrame(columns=VALUE_COLUMNS)
    to_variable = {indicator: variable for variable, indicator in to_indicator.items()}
    known = values[values["indicator"].isin(to_variable)]
    known = known.assign(variable=known["indicator"].map(to_variable))[[*KEY, "value"]]
    variables = pd.concat([known, fetched[[*KEY, "value"]]], ignore_index=True)
    variables = variables.drop_duplicates(KEY, keep="first")
    touched = computable(catalog, set(variables["variable"]), set(fetched["variable"]))
    if not touched:
        return pd.DataFrame(columns=VALUE_COLUMNS)
    computed = values_table(touched, variables)
    seen = computed.merge(values[["teryt", "indicator", "year"]], how="left", indicator=True)
    return computed[(seen["_merge"] == "left_only").to_numpy()].reset_index(drop=True)


def computable(catalog: Catalog, available: set[str], fetched: set[str]) -> Catalog:
    """Return the stored indicators whose formula uses a fetched variable and only ``available``."""
    chosen = {}
    for indicator in catalog.values():
        kind, argument = next(iter(indicator.formula.items()))
        used = {argument} if kind == "variable" else set(argument[:2]) if kind == "ratio" else set()
        if used and used <= available and used & fetched:
            chosen[indicator.id] = indicator
    return chosen


def extended_catalog(catalog: Catalog, added: pd.DataFrame, retrieved: str = "") -> Catalog:
    """Return the catalog with the years of ``added`` values in each indicator's ``years``.

    A change indicator (``change_of = x``) gains the added years of ``x`` that have an
    earlier year to compare with. An indicator that gains years gets ``retrieved`` (the
    retrieval date) as its ``updated`` date and as its source's date.
    """
    years = added.groupby("indicator")["year"].agg(lambda column: set(column.astype(int)))
    extended = {}
    for indicator in catalog.values():
        kind, argument = next(iter(indicator.formula.items()))
        new = set(years.get(argument if kind == "change_of" else indicator.id, set()))
        if kind == "change_of":
            base = catalog[argument].years
            new = {year for year in new if base and year > min(base)}
        combined = tuple(sorted(set(indicator.years) | new))
        extended[indicator.id] = dataclasses.replace(indicator, years=combined)
        if new - set(indicator.years) and retrieved:  # its newest figures are BDL's of that day
            extended[indicator.id] = dataclasses.replace(
                extended[indicator.id],
                updated=retrieved,
                source_date=retrieved,
                source_date_kind="retrieved",
            )
    return extended
