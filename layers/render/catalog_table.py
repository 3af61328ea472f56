"""The indicator catalog as a table: coverage by scope, search, and each indicator's data."""

from __future__ import annotations

import pandas as pd

from layers.analysis.catalog import indicator_of
from layers.analysis.catalog_coverage import covers
from layers.analysis.dataset import Dataset
from layers.analysis.levels import unit_codes, unit_scope
from layers.analysis.scopes import SCOPES
from layers.analysis.search import folded, word_forms
from layers.analysis.values import values_in


def catalog_rows(dataset: Dataset) -> pd.DataFrame:
    """Return one row per indicator with its latest year and coverage in every scope.

    Returns
    -------
    pandas.DataFrame
        Indexed by indicator id (catalog order): ``first_year``, ``last_year`` and, per
        scope, ``covered_<scope>`` (gminas with a value in the latest year) and
        ``total_<scope>`` (gminas of the scope); for a powiat or district indicator the
        units of its level (:func:`layers.analysis.levels.unit_scope`) instead of gminas,
        and ``level``.
    """
    rows = {}
    for indicator in dataset.catalog.values():
        year = max(indicator.years)
        row = {"first_year": min(indicator.years), "last_year": year, "level": indicator.level}
        for scope in SCOPES:
            codes = unit_codes(dataset, unit_scope(scope, indicator.level))
            values = values_in(dataset.values, indicator, year, codes)
            row[f"covered_{scope}"] = int(values.notna().sum())
            row[f"total_{scope}"] = len(codes)
        rows[indicator.id] = row
    return pd.DataFrame.from_dict(rows, orient="index")


def matching_indicators(  # noqa: PLR0913 (the filters are keyword-only)
    dataset: Dataset,
    query: str,
    theme: str | None,
    lang: str,
    *,
    level: str | None = None,
    scope: str | None = None,
) -> list[str]:
    """Return the ids of indicators whose name, definition or terms hold every word of the query.

    A word is found as typed or in another case form (:func:`.search.word_forms`:
    "migracja" finds "Saldo migracji"), accents ignored.

    Parameters
    ----------
    dataset
        Loaded data.
    query
        Words to look for; empty matches every indicator.
    theme
        Keep only this theme (``None`` for all).
    lang
        Language of the names and definitions searched.
    level
        Keep only indicators of this level (:data:`layers.analysis.catalog.LEVELS`).
    scope
        Keep only indicators with a value for a gmina of this scope in some year
        (:func:`layers.analysis.catalog_coverage.covers`).
    """
    words = [word_forms(word) for word in folded(query or "").split()]
    found = []
    for indicator in dataset.catalog.values():
        terms = " ".join(indicator.terms(lang))
        text = folded(f"{indicator.name(lang)} {indicator.definition(lang)} {terms} {indicator.id}")
        kept = theme in (None, indicator.theme) and level in (None, indicator.level)
        if kept and all(any(form in text for form in forms) for forms in words):
            found.append(indicator.id)
    if scope is not None:
        found = [i for i in found if covers(dataset, dataset.catalog[i], scope)]
    return found


def theme_counts(dataset: Dataset, found: list[str]) -> dict[str, int]:
    """Return how many of the ``found`` indicators each theme holds, in catalog order."""
    themes = [dataset.catalog[i].theme for i in found]
    return {theme: themes.count(theme) for theme in dict.fromkeys(themes)}


def indicator_data(dataset: Dataset, indicator_id: str, names: pd.Series) -> pd.DataFrame:
    """Return one indicator's stored values for every gmina as a wide table (a year a column).

    Parameters
    ----------
    dataset
        Loaded data.
    indicator_id
        Any indicator; a change indicator gives each year's change over
        :data:`layers.analysis.values.CHANGE_YEARS` years.
    names
        Display name per TERYT.

    Raises
    ------
    UnknownIndicatorError
        For an id not in the catalog.
    """
    indicator = indicator_of(dataset.catalog, indicator_id)
    codes = unit_codes(dataset, unit_scope("poland", indicator.level))
    frame = pd.DataFrame(
        {str(year): values_in(dataset.values, indicator, year, codes) for year in indicator.years}
    )
    table = frame.rename_axis("teryt").reset_index()
    table.insert(1, "name", table["teryt"].map(names))
    return table
