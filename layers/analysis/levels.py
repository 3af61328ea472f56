"""Indicators at their own level: the units a view shows and a gmina's powiat figure.

An indicator lives at the level GUS (or the city) publishes it for
(:data:`layers.analysis.catalog.LEVELS`): gminas, powiats (``WWPP000``), or Kraków's
18 districts (``D01`` … ``D18``, the city register's figures). A map of a powiat
indicator draws the powiats that cover the scope's gminas; a district indicator draws
the districts. A gmina shows its powiat's value of a powiat indicator only marked as
its powiat's (:func:`powiat_latest`), never as its own.
"""

from __future__ import annotations

import pandas as pd

import geopandas as gpd

from layers.analysis.catalog import Catalog
from layers.analysis.dataset import Dataset
from layers.analysis.scopes import SCOPES, scope_codes
from layers.analysis.teryt import KRAKOW
from layers.analysis.values import latest_values
from layers.errors import LevelScopeError

DISTRICTS = "districts"
"""The scope of Kraków's districts (the explorer's choice after :data:`.scopes.SCOPES`)."""
POWIATS_OF = "powiats-"
"""Prefix of a unit scope of powiats: ``powiats-smk`` are the powiats covering the SMK."""
MAP_SCOPES = (*SCOPES, *(POWIATS_OF + scope for scope in SCOPES), DISTRICTS)
"""Every unit scope a map may draw (each with its geometry, sent once)."""


def powiat_of(teryt: str) -> str:
    """Return the powiat code ``WWPP000`` of a gmina code.

    Examples
    --------
    >>> powiat_of("1206022")
    '1206000'
    """
    return teryt[:4] + "000"


def unit_scope(scope: str, level: str) -> str:
    """Return the unit scope a map draws for a scope and an indicator's level.

    Parameters
    ----------
    scope
        One of :data:`.scopes.SCOPES` or :data:`DISTRICTS`.
    level
        The indicator's level.

    Returns
    -------
    str
        ``scope`` itself for a gmina indicator, ``powiats-<scope>`` for a powiat one and
        :data:`DISTRICTS` for a district one (Kraków's districts lie in every scope).

    Raises
    ------
    LevelScopeError
        For a gmina or powiat indicator on the districts' scope.

    Examples
    --------
    >>> unit_scope("smk", "gmina"), unit_scope("smk", "powiat"), unit_scope("poland", "district")
    ('smk', 'powiats-smk', 'districts')
    """
    if level == "district":
        return DISTRICTS
    if scope == DISTRICTS:
        raise LevelScopeError(f"scope {scope!r} shows district indicators only, not {level!r}")
    return POWIATS_OF + scope if level == "powiat" else scope


def unit_codes(dataset: Dataset, key: str) -> pd.Index:
    """Return the codes of a unit scope (:data:`MAP_SCOPES`), in its layer's order.

    The powiats of a scope are those holding at least one of its gminas (the SMK's 15
    gminas lie in Kraków, powiat krakowski and powiat wielicki).

    Raises
    ------
    KeyError
        For an unknown unit scope.
    """
    if key == DISTRICTS:
        return dataset.store.districts.index
    if key.startswith(POWIATS_OF):
        gminas = scope_codes(key.removeprefix(POWIATS_OF), dataset.codes, dataset.areas)
        powiats = dataset.store.powiats.index
        return powiats[powiats.isin({powiat_of(code) for code in gminas})]
    if key not in SCOPES:
        raise KeyError(key)
    return scope_codes(key, dataset.codes, dataset.areas)


def unit_layer(dataset: Dataset, key: str) -> gpd.GeoDataFrame:
    """Return the display geometry and ``name`` of a unit scope's units."""
    store = dataset.store
    layer = (
        store.districts
        if key == DISTRICTS
        else store.powiats
        if key.startswith(POWIATS_OF)
        else store.gminas
    )
    return layer.loc[unit_codes(dataset, key)]


def powiat_labels(powiats: pd.DataFrame, county: str, city: str) -> pd.Series:
    """Return each powiat's display name from its layer's ``name``.

    Parameters
    ----------
    powiats
        The powiat layer (``name``: ``"krakowski"`` for a powiat, ``"Kraków"`` for a city
        with powiat rights).
    county, city
        Templates with ``{name}`` in the user's language, e.g. ``"powiat {name}"`` and
        ``"powiat m. {name}"``.

    Examples
    --------
    >>> frame = pd.DataFrame({"name": ["krakowski", "Kraków"]}, index=["1206000", "1261000"])
    >>> powiat_labels(frame, "powiat {name}", "powiat m. {name}").tolist()
    ['powiat krakowski', 'powiat m. Kraków']
    """
    names = powiats["name"].astype(str)
    shown = [(county if name[:1].islower() else city).format(name=name) for name in names.tolist()]
    return pd.Series(shown, index=powiats.index, name="label")


def powiat_genitive(name: str) -> str:
    """Return a powiat's name as Polish says "of the powiat …" (``wartość powiatu …``).

    A powiat's name is an adjective (``krakowski`` → ``krakowskiego``); a city with powiat
    rights keeps its name after ``m.`` (``m. Kraków``).

    Examples
    --------
    >>> powiat_genitive("krakowski"), powiat_genitive("Kraków")
    ('krakowskiego', 'm. Kraków')
    """
    if not name[:1].islower():
        return f"m. {name}"
    return name[:-1] + "ego" if name.endswith("y") else name + "ego"


def level_catalog(catalog: Catalog, level: str) -> Catalog:
    """Return the indicators of one level, in catalog order."""
    return {key: i for key, i in catalog.items() if i.level == level}


def powiat_latest(dataset: Dataset, teryt: str, scope: str) -> pd.DataFrame:
    """Return the latest value of every powiat indicator for a gmina's powiat.

    Parameters
    ----------
    dataset
        Loaded data.
    teryt
        The gmina.
    scope
        Scope id (:data:`.scopes.SCOPES`): the rank is among the powiats covering it.

    Returns
    -------
    pandas.DataFrame
        As :func:`.values.latest_values` (``year``, ``value``, ``rank``, ``ranked``) with
        ``powiat``, the code the values belong to: they are the powiat's, not the gmina's.
    """
    powiat = powiat_of(teryt)
    codes = unit_codes(dataset, POWIATS_OF + scope)
    catalog = level_catalog(dataset.catalog, "powiat")
    return latest_values(dataset.values, catalog, powiat, codes).assign(powiat=powiat)


def has_districts(teryt: str) -> bool:
    """Whether a gmina is divided into the districts the store holds (Kraków)."""
    return teryt == KRAKOW


def powiat_comparison(dataset: Dataset, selected: list[str], scope: str) -> pd.DataFrame:
    """Return the powiat indicators' values of the selected gminas' powiats, marked as such.

    Parameters
    ----------
    dataset
        Loaded data.
    selected
        TERYT codes of the gminas compared.
    scope
        Scope id: the rank is among the powiats covering it.

    Returns
    -------
    pandas.DataFrame
        One row per (powiat indicator, gmina): ``indicator``, ``teryt`` (the gmina),
        ``powiat`` (whose value it is), ``year``, ``value``, ``rank``, ``ranked``; two
        gminas of one powiat show the same figure. Empty when no powiat has a value.
    """
    rows = [
        powiat_latest(dataset, teryt, scope)
        .rename_axis("indicator")
        .reset_index()
        .assign(teryt=teryt)
        for teryt in dict.fromkeys(selected)
    ]
    columns = ["indicator", "teryt", "powiat", "year", "value", "rank", "ranked"]
    return pd.concat(rows, ignore_index=True)[columns] if rows else pd.DataFrame(columns=columns)
