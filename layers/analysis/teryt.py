"""TERYT codes of gminas: normalisation, filtering and the 2020→current crosswalk."""

from __future__ import annotations

import pandas as pd

GMINA_TYPES = ("1", "2", "3")
"""Type digits of real gminas: urban, rural, urban-rural (4/5 are parts, 8/9 districts)."""

KRAKOW = "1261011"

RECODED = {
    "0221091": "0265011",  # Wałbrzych, a city with powiat rights from 2013 (new powiat digits)
    "0606082": "0603153",  # Rejowiec, in powiat krasnostawski until 2005, chełmski since
    "1212021": "2401081",  # Sławków, Małopolska until 2001, Silesia since
}
"""Codes of gminas that changed more than their type digit, mapped to today's code.

The prefix rule of :func:`crosswalk` misses them; a source row under the old code is
the same gmina and keeps its history under the new one.
"""

SPLITS = {"1207132": ("1207052", 2025), "2002162": ("2002093", 2025)}
"""Gminas split off another one: ``{child: (parent, first year apart)}``.

Szczawa left Kamienica and Grabówka left Supraśl on 1 I 2025. The map's polygons and
every population series cover the parents' old territory, so the build adds a child's
counts to its parent (the old territory) rather than dropping them.
"""


def normalise(codes: pd.Series) -> pd.Series:
    """Return TERYT codes as 7-character zero-padded strings.

    Parameters
    ----------
    codes
        Codes as read from a source: strings, integers, or ``PPGGGG_T`` strings.

    Returns
    -------
    pandas.Series
        Same index, dtype ``str``, e.g. ``"0201011"``.
    """
    text = codes.astype("string").str.strip().str.replace("_", "", regex=False)
    text = text.str.replace(r"\.0$", "", regex=True)
    return text.str.zfill(7).astype(str)


def is_gmina(codes: pd.Series) -> pd.Series:
    """Return a mask of codes naming a gmina (not a part, district, powiat or voivodeship).

    Parameters
    ----------
    codes
        Normalised 7-character codes.

    Returns
    -------
    pandas.Series
        Boolean mask on the same index.
    """
    return codes.str[6].isin(GMINA_TYPES) & (codes.str[4:6] != "00")


def crosswalk(old_codes: pd.Series, current_codes: pd.Series) -> dict[str, str]:
    """Map gmina codes that are no longer current to today's code.

    A gmina whose type digit changed keeps its first six digits (``WWPPGG``), so an
    old code that is not current maps to the current code with the same prefix. A few
    gminas changed more than that (:data:`RECODED`, e.g. Wałbrzych 0221091→0265011).

    Parameters
    ----------
    old_codes
        Codes of an older edition (e.g. the 2020 boundaries).
    current_codes
        Today's gmina codes.

    Returns
    -------
    dict
        ``{old: current}`` for the codes that changed; current codes map to nothing.
        Codes listed in :data:`RECODED` map to their new code when it is current.
    """
    current = pd.Series(current_codes.unique())
    by_prefix = dict(zip(current.str[:6], current, strict=True))
    stale = old_codes[~old_codes.isin(current)].unique()
    known = set(current)
    recode = {code: RECODED[code] for code in stale if RECODED.get(code) in known}
    prefixed = {code: by_prefix[code[:6]] for code in stale if code[:6] in by_prefix}
    return {**prefixed, **recode}


DISTRICT_TYPES = ("8", "9")
"""Type digits of Warsaw's districts and the delegatury of Kraków, Łódź, Poznań, Wrocław."""


def with_districts_as_cities(codes: pd.Series) -> pd.Series:
    """Return codes where a city district (type 8 or 9) is replaced by its city's gmina code.

    A city with powiat rights is gmina ``WWPP011``; its districts share ``WWPP``.

    Examples
    --------
    >>> with_districts_as_cities(pd.Series(["1465028", "1261029", "1219053"])).tolist()
    ['1465011', '1261011', '1219053']
    """
    district = codes.str[6].isin(DISTRICT_TYPES)
    return codes.where(~district, codes.str[:4] + "011")


def powiat_code(codes: pd.Series) -> pd.Series:
    """Return the 4-character powiat code of each gmina code."""
    return codes.str[:4]


def voivodeship_code(codes: pd.Series) -> pd.Series:
    """Return the 2-character voivodeship code of each gmina code."""
    return codes.str[:2]
