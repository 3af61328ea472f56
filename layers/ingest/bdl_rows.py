"""GUS BDL answers as rows of the store: unit ids to TERYT, gminas only, no-data marks dropped."""

from __future__ import annotations

import pandas as pd

from layers.ingest.sources import SourceColumn
from layers.ingest.variables import VARIABLE_COLUMNS, variable_rows

BDL_UNIT_LENGTH = 12
NO_DATA_ATTRIBUTE = 0
"""``attrId`` of a value BDL does not have (the ``val`` is then a placeholder 0)."""
VOIVODESHIP_UNITS = {"12": "011200000000"}
"""BDL unit ids of the voivodeships a refresh is limited to (Małopolska).

Other scopes ask for every gmina of Poland (no parent) and keep the scope's gminas.
"""


def unit_teryt(unit_ids: pd.Series) -> pd.Series:
    """Return the 7-character TERYT of 12-character BDL unit ids.

    A BDL unit id is ``MMWWRSSPPGGT``: macroregion (2), voivodeship (2), region (1),
    subregion (2), powiat (2), gmina (2) and the TERYT type digit (1); TERYT is
    ``WWPPGGT``. Kraków is ``011213061011`` → ``1261011``.

    Parameters
    ----------
    unit_ids
        BDL unit ids as strings.

    Returns
    -------
    pandas.Series
        TERYT codes on the same index; ids of another length give ``""``.

    References
    ----------
    GUS, "Opis metod API BDL", wersja 1 (2018), units (Jednostki terytorialne):
    https://api.stat.gov.pl/Home/BdlApi
    """
    text = unit_ids.astype(str)
    teryt = text.str[2:4] + text.str[7:12]
    return teryt.where(text.str.len() == BDL_UNIT_LENGTH, "")


def parent_unit(codes: pd.Index) -> str | None:
    """Return the BDL unit to ask for the gminas of ``codes``, or ``None`` for all of Poland."""
    voivodeships = set(codes.str[:2])
    if len(voivodeships) == 1:
        return VOIVODESHIP_UNITS.get(voivodeships.pop())
    return None


def answer_frame(answer: dict) -> pd.DataFrame:
    """Return the values of one BDL ``data/by-variable`` page as ``teryt, year, value`` strings.

    ``results[]`` holds units (``id``, ``name``, ``values[]``), each value a ``year``,
    a ``val`` and an ``attrId``; values with ``attrId`` 0 are left out (no data).
    """
    rows = [
        (unit.get("id", ""), value.get("year"), value.get("val"))
        for unit in answer.get("results") or []
        for value in unit.get("values") or []
        if value.get("attrId") != NO_DATA_ATTRIBUTE
    ]
    frame = pd.DataFrame(rows, columns=["unit", "year", "value"], dtype=object)
    return pd.DataFrame(
        {"teryt": unit_teryt(frame["unit"]), "year": frame["year"], "value": frame["value"]}
    )


def answer_rows(
    answer: dict, spec: SourceColumn, codes: pd.Index, current: pd.Index
) -> pd.DataFrame:
    """Return one BDL page as variable rows of the store's gminas.

    The rows go through :func:`layers.ingest.variables.variable_rows`, as every source file
    does: types 4/5 (town and rural parts) and 8/9 (districts, delegatury) are dropped,
    old codes go through the crosswalk, units outside ``codes`` are dropped.

    Parameters
    ----------
    answer
        One page of ``data/by-variable`` as parsed JSON.
    spec
        The store variable the BDL variable feeds (``path`` names the BDL variable).
    codes
        Gmina codes to keep (the scope's).
    current
        Today's gmina codes (the store's).

    Returns
    -------
    pandas.DataFrame
        Columns ``teryt, variable, year, value``.

    Raises
    ------
    SourceFileError
        When a ``val`` or ``year`` is not a number.
    """
    frame = answer_frame(answer)
    if frame.empty:
        return pd.DataFrame(columns=VARIABLE_COLUMNS)
    return variable_rows(spec, frame, codes, current)
