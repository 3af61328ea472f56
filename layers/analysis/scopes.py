"""Scopes of the map: which gminas each one shows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

MALOPOLSKA = "12"
SCOPES = ("smk", "kom2003", "malopolska", "poland")
"""Scope ids, from the smallest; ``smk`` and ``kom2003`` are area lists in ``geodata/areas``."""


def scope_codes(scope: str, codes: pd.Index, areas: Mapping[str, Sequence[str]]) -> pd.Index:
    """Return the gmina codes of a scope.

    Parameters
    ----------
    scope
        One of :data:`SCOPES`.
    codes
        All gmina codes of the store.
    areas
        Area definitions by id (``smk``, ``kom2003``) as TERYT lists.

    Returns
    -------
    pandas.Index
        The scope's codes, in the order of ``codes``.

    Raises
    ------
    KeyError
        For an unknown scope.
    """
    if scope == "poland":
        return codes
    if scope == "malopolska":
        return codes[codes.str.startswith(MALOPOLSKA)]
    return codes[codes.isin(areas[scope])]
