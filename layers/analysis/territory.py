"""A gmina's territory over time: its breaks, and matching figures of the same territory.

A *break* of a gmina in year ``b`` means that its figures from ``b`` on describe another
territory (or another measure of area) than those up to ``b - 1``: a merger, a boundary
change, the internal sea waters counted in the area. Years between two breaks form an
*epoch*; two figures describe the same territory when they fall in the same epoch.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from layers.errors import CatalogError

BREAK_COLUMNS = ["teryt", "year", "kind", "note_pl", "note_en", "area_before", "area_after"]
"""Columns of the breaks table: ``kind`` is ``"territory"`` (declared, with notes) or
``"area"`` (found by the build between two editions of the area, with both areas in km²)."""

AREA_CHANGE_LIMIT = 0.01
"""Relative change between two editions of a gmina's area taken as a change of territory."""


def no_breaks() -> pd.DataFrame:
    """Return an empty breaks table."""
    return pd.DataFrame({column: pd.Series(dtype=object) for column in BREAK_COLUMNS}).astype(
        {"year": int, "area_before": float, "area_after": float}
    )


def declared_breaks(raw: dict) -> pd.DataFrame:
    """Return the breaks declared in ``geodata/territory.toml``, one row per gmina.

    Parameters
    ----------
    raw
        The parsed TOML: a list of ``change`` tables with ``year`` (first year of the new
        territory), ``gminas`` (TERYT codes) and ``note_pl``/``note_en``.

    Returns
    -------
    pandas.DataFrame
        :data:`BREAK_COLUMNS`, kind ``"territory"``.

    Raises
    ------
    CatalogError
        When a change lacks a field or names a code that is not 7 digits.
    """
    rows = []
    for change in raw.get("change", []):
        try:
            year, codes = int(change["year"]), list(change["gminas"])
            notes = (str(change["note_pl"]), str(change["note_en"]))
        except (KeyError, TypeError, ValueError) as error:
            raise CatalogError(f"territory change {change!r}: {error}") from error
        if not all(isinstance(code, str) and code.isdigit() and len(code) == 7 for code in codes):
            raise CatalogError(f"territory change {year}: TERYT codes must be 7-digit strings")
        rows += [(code, year, "territory", *notes, np.nan, np.nan) for code in codes]
    if not rows:
        return no_breaks()
    return pd.DataFrame(rows, columns=BREAK_COLUMNS)


def area_breaks(area: pd.DataFrame, limit: float = AREA_CHANGE_LIMIT) -> pd.DataFrame:
    """Return the breaks shown by successive editions of the area.

    Parameters
    ----------
    area
        Rows ``teryt, year, value`` (km²), one per edition.
    limit
        Relative change above which two editions describe different territories.

    Returns
    -------
    pandas.DataFrame
        :data:`BREAK_COLUMNS`, kind ``"area"``, ``year`` the later edition's.
    """
    ordered = area.sort_values(["teryt", "year"])
    before = ordered.groupby("teryt")["value"].shift()
    changed = (ordered["value"] / before - 1).abs() > limit
    found = ordered[changed.to_numpy()]
    return pd.DataFrame(
        {
            "teryt": found["teryt"].to_numpy(),
            "year": found["year"].to_numpy(dtype=int),
            "kind": "area",
            "note_pl": "",
            "note_en": "",
            "area_before": before[changed].to_numpy(dtype=float),
            "area_after": found["value"].to_numpy(dtype=float),
        },
        columns=BREAK_COLUMNS,
    )


def breaks_table(declared: pd.DataFrame, found: pd.DataFrame) -> pd.DataFrame:
    """Return all breaks, a declared one winning over a found one of the same gmina and year."""
    present = [frame for frame in (declared, found) if not frame.empty]
    if not present:
        return no_breaks()
    both = pd.concat(present, ignore_index=True)
    both = both.drop_duplicates(["teryt", "year"], keep="first")
    return both.sort_values(["teryt", "year"]).reset_index(drop=True)[BREAK_COLUMNS]


def epochs(rows: pd.DataFrame, breaks: pd.DataFrame) -> pd.Series:
    """Return the epoch of each row: how many breaks of its gmina fall in or before its year.

    Parameters
    ----------
    rows
        A table with ``teryt`` and ``year``.
    breaks
        The breaks table.

    Returns
    -------
    pandas.Series
        Integers on ``rows``' index; 0 for gminas without a break.
    """
    if breaks.empty or rows.empty:
        return pd.Series(0, index=rows.index, dtype=int)
    keyed = rows[["teryt", "year"]].reset_index(drop=True).reset_index(names="_row")
    joined = keyed.merge(breaks[["teryt", "year"]], on="teryt", how="inner", suffixes=("", "_b"))
    passed = joined[joined["year_b"] <= joined["year"]].groupby("_row").size()
    counts = passed.reindex(range(len(rows)), fill_value=0).to_numpy(dtype=int)
    return pd.Series(counts, index=rows.index)


def crossing(breaks: pd.DataFrame, codes: pd.Index, start: int, end: int) -> pd.Index:
    """Return the gminas of ``codes`` with a break in ``start`` < year <= ``end``.

    A figure of ``start`` and one of ``end`` describe different territories for them.
    """
    inside = breaks[(breaks["year"] > start) & (breaks["year"] <= end)]
    return codes[codes.isin(inside["teryt"])]


def same_territory_join(
    numerator: pd.DataFrame, denominator: pd.DataFrame, breaks: pd.DataFrame
) -> pd.DataFrame:
    """Match each numerator row with the nearest denominator edition of the same territory.

    Parameters
    ----------
    numerator
        Rows ``teryt, year, value`` (e.g. population on 31 XII).
    denominator
        Rows ``teryt, year, value`` of a property of the territory, known in a few
        editions (e.g. area).
    breaks
        The breaks table: an edition is used only within its epoch.

    Returns
    -------
    pandas.DataFrame
        ``teryt, year, value_num, value_den, year_den``: the same year when an edition has
        it, else the nearest one of the same epoch (the later one on a tie). Numerator
        rows without such an edition are left out.
    """
    left = numerator[["teryt", "year", "value"]].assign(epoch=epochs(numerator, breaks))
    right = denominator[["teryt", "year", "value"]].assign(epoch=epochs(denominator, breaks))
    joined = left.merge(right, on=["teryt", "epoch"], suffixes=("_num", "_den"))
    joined = joined.assign(distance=(joined["year_num"] - joined["year_den"]).abs())
    joined = joined.sort_values(["distance", "year_den"], ascending=[True, False])
    joined = joined.drop_duplicates(["teryt", "year_num"], keep="first")
    joined = joined.rename(columns={"year_num": "year"}).sort_values(["teryt", "year"])
    return joined[["teryt", "year", "value_num", "value_den", "year_den"]].reset_index(drop=True)
