"""Everything the app reads once at start: the store, the catalog and the area lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd

import geopandas as gpd

from layers.analysis.catalog import Catalog
from layers.analysis.fetched import FETCHED_COLUMNS
from layers.analysis.gravity import centroids
from layers.analysis.territory import no_breaks
from layers.analysis.values import ValueTable

COMPONENTS = ["teryt", "variable", "year", "value"]
"""Columns of the components table (:mod:`layers.ingest.components`)."""


@dataclass(frozen=True)
class Store:
    """The processed data store, as the app holds it in memory.

    Geometry layers are indexed by code; ``values`` is the long table
    ``teryt, indicator, year, value``.
    """

    gminas: gpd.GeoDataFrame
    gminas_metric: gpd.GeoDataFrame
    powiats: gpd.GeoDataFrame
    voivodeships: gpd.GeoDataFrame
    districts: gpd.GeoDataFrame
    values: pd.DataFrame
    flows: pd.DataFrame
    """Origin→destination flows: ``origin, destination, year, kind, volume``."""
    fetched: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FETCHED_COLUMNS))
    """Variables fetched from GUS BDL: ``variable, teryt, year, value, retrieved, bdl_variable``."""
    components: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COMPONENTS))
    """Components of population change for the outlook: ``teryt, variable, year, value``."""
    breaks: pd.DataFrame = field(default_factory=no_breaks)
    """Each gmina's breaks of territory (:mod:`layers.analysis.territory`)."""
    quality: pd.DataFrame = field(default_factory=pd.DataFrame)
    """The build's findings (:mod:`layers.ingest.invariants`): what it left out or listed."""


AREAS = ("smk", "kom2003")
"""Area definitions kept as TERYT lists in ``geodata/areas/<id>.csv``."""


@dataclass(frozen=True)
class Dataset:
    """The loaded store with its catalog, value look-up table and area definitions."""

    store: Store
    catalog: Catalog
    values: ValueTable
    areas: dict[str, list[str]]

    @property
    def codes(self) -> pd.Index:
        """All gmina codes."""
        return self.store.gminas.index

    def gmina_bounds(self, teryt: str) -> tuple[float, float, float, float]:
        """Return a gmina's bounding box in degrees (west, south, east, north), to zoom to it."""
        west, south, east, north = self.store.gminas.geometry[teryt].bounds
        return west, south, east, north

    @cached_property
    def gmina_points(self) -> gpd.GeoSeries:
        """Each gmina's point for distances (:func:`.gravity.centroids`), made once."""
        return centroids(self.store.gminas_metric)


def gmina_labels(dataset: Dataset, type_suffixes: dict[str, str]) -> pd.Series:
    """Return each gmina's display name, with its type added where names repeat.

    Parameters
    ----------
    dataset
        The loaded data.
    type_suffixes
        Text added per type digit (``"1"`` urban, ``"2"`` rural, ``"3"`` urban-rural),
        e.g. ``{"1": "gm. miejska", …}``; the UI supplies it in its language.

    Returns
    -------
    pandas.Series
        Indexed by TERYT: ``"Kraków"``, ``"Bochnia (gm. miejska)"``.
    """
    gminas = dataset.store.gminas
    repeated = gminas["name"].duplicated(keep=False)
    suffix = " (" + gminas["type"].map(type_suffixes) + ")"
    return gminas["name"].where(~repeated, gminas["name"] + suffix).rename("label")
