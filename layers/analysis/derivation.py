"""Indicator values computed from source variables by the catalog's formulas."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from layers.analysis.catalog import Catalog, Indicator
from layers.analysis.territory import no_breaks, same_territory_join

VALUE_COLUMNS = ["teryt", "indicator", "year", "value"]
TERRITORIAL_VARIABLES = frozenset({"area_km2"})
"""Variables that describe a territory rather than a year: a ratio to one of them takes
the edition of the same territory (:func:`ratio`), never one across a break."""


def ratio(
    numerator: pd.DataFrame,
    denominator: pd.DataFrame,
    factor: float,
    breaks: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return ``numerator / denominator * factor`` per gmina and year, of one territory.

    Parameters
    ----------
    numerator, denominator
        Long tables with columns ``teryt, year, value``.
    factor
        Scale, e.g. 1000 for "per 1,000 residents".
    breaks
        ``None``: both sides are figures of a year, joined on the same year. A breaks
        table (:mod:`layers.analysis.territory`): the denominator is a property of the
        territory (area), known in a few editions; each numerator year takes the nearest
        edition within the same epoch (:func:`.territory.same_territory_join`), so no
        value divides figures of two territories.

    Returns
    -------
    pandas.DataFrame
        Columns ``teryt, year, value`` where both sides exist and the denominator > 0.
    """
    if breaks is None:
        right = denominator[["teryt", "year", "value"]]
        joined = numerator.merge(right, on=["teryt", "year"], suffixes=("_num", "_den"))
    else:
        joined = same_territory_join(numerator, denominator, breaks)
    joined = joined[joined["value_den"] > 0]
    value = joined["value_num"] / joined["value_den"] * factor
    return pd.DataFrame({"teryt": joined["teryt"], "year": joined["year"], "value": value})


def indicator_values(
    indicator: Indicator,
    by_variable: Mapping[str, pd.DataFrame],
    breaks: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return one indicator's stored values from the source variables.

    Parameters
    ----------
    indicator
        Catalog entry; ``change_of`` indicators are computed live, so they get no rows.
    by_variable
        Rows ``teryt, year, value`` of each source variable, by variable name.
    breaks
        The gminas' breaks, for a ratio to a property of the territory
        (:data:`TERRITORIAL_VARIABLES`); none by default.

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
        territorial = denominator in TERRITORIAL_VARIABLES
        over = (no_breaks() if breaks is None else breaks) if territorial else None
        rows = ratio(by_variable[numerator], by_variable[denominator], factor, over)
    else:
        rows = pd.DataFrame(columns=["teryt", "year", "value"])
    return rows.assign(indicator=indicator.id)[VALUE_COLUMNS]


def values_table(
    catalog: Catalog, variables: pd.DataFrame, breaks: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Return the values of every catalog indicator as one long table.

    Parameters
    ----------
    catalog
        The indicators and their formulas.
    variables
        Source variables ``teryt, variable, year, value``.
    breaks
        The gminas' breaks (:mod:`layers.analysis.territory`); none by default.

    Returns
    -------
    pandas.DataFrame
        ``teryt`` (str), ``indicator`` (str), ``year`` (int), ``value`` (float),
        sorted by indicator, year and code; no missing values.
    """
    by_variable = dict(iter(variables.groupby("variable")))
    parts = [indicator_values(indicator, by_variable, breaks) for indicator in catalog.values()]
    table = pd.concat(parts, ignore_index=True)
    table = table[np.isfinite(table["value"].astype(float))]
    table = table.astype({"teryt": str, "indicator": str, "year": int, "value": float})
    return table.sort_values(["indicator", "year", "teryt"]).reset_index(drop=True)
