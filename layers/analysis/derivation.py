"""Indicator values computed from source variables by the catalog's formulas."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from layers.analysis.catalog import Catalog, Indicator

VALUE_COLUMNS = ["teryt", "indicator", "year", "value"]


def ratio(numerator: pd.DataFrame, denominator: pd.DataFrame, factor: float) -> pd.DataFrame:
    """Return ``numerator / denominator * factor`` per gmina and year.

    Parameters
    ----------
    numerator, denominator
        Long tables with columns ``teryt, year, value``. A denominator with a single
        year (e.g. area) applies to every year of the numerator.
    factor
        Scale, e.g. 1000 for "per 1,000 residents".

    Returns
    -------
    pandas.DataFrame
        Columns ``teryt, year, value`` where both sides exist and the denominator > 0.
    """
    single_year = denominator["year"].nunique() == 1
    keys = ["teryt"] if single_year else ["teryt", "year"]
    right = denominator[[*keys, "value"]]
    joined = numerator.merge(right, on=keys, suffixes=("_num", "_den"))
    joined = joined[joined["value_den"] > 0]
    value = joined["value_num"] / joined["value_den"] * factor
    return pd.DataFrame({"teryt": joined["teryt"], "year": joined["year"], "value": value})


def indicator_values(indicator: Indicator, by_variable: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Return one indicator's stored values from the source variables.

    Parameters
    ----------
    indicator
        Catalog entry; ``change_of`` indicators are computed live, so they get no rows.
    by_variable
        Rows ``teryt, year, value`` of each source variable, by variable name.

    Returns
    -------
    pandas.DataFrame
        Columns ``teryt, indicator, year, value``.
    """
    kind, argument = next(iter(indicator.formula.items()))
    if kind == "variable":
        rows = by_variable[argument][["teryt", "year", "value"]]
    elif kind == "ratio":
        numerator, denominator, factor = argument
        rows = ratio(by_variable[numerator], by_variable[denominator], factor)
    else:
        rows = pd.DataFrame(columns=["teryt", "year", "value"])
    return rows.assign(indicator=indicator.id)[VALUE_COLUMNS]


def values_table(catalog: Catalog, variables: pd.DataFrame) -> pd.DataFrame:
    """Return the values of every catalog indicator as one long table.

    Returns
    -------
    pandas.DataFrame
        ``teryt`` (str), ``indicator`` (str), ``year`` (int), ``value`` (float),
        sorted by indicator, year and code; no missing values.
    """
    by_variable = dict(iter(variables.groupby("variable")))
    parts = [indicator_values(indicator, by_variable) for indicator in catalog.values()]
    table = pd.concat(parts, ignore_index=True)
    table = table[np.isfinite(table["value"].astype(float))]
    table = table.astype({"teryt": str, "indicator": str, "year": int, "value": float})
    return table.sort_values(["indicator", "year", "teryt"]).reset_index(drop=True)
