"""Everything the app reads once at start: the store, the catalog and the area lists."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

import geopandas as gpd

from layers import io
from layers.catalog import Catalog, parsed_catalog
from layers.fetched import added_values, extended_catalog
from layers.gravity import centroids
from layers.values import ValueTable

AREAS = ("smk", "kom2003")
"""Area definitions kept as TERYT lists in ``geodata/areas/<id>.csv``."""


@dataclass(frozen=True)
class Dataset:
    """The loaded store with its catalog, value look-up table and area definitions."""

    store: io.Store
    catalog: Catalog
    values: ValueTable
    areas: dict[str, list[str]]

    @property
    def codes(self) -> pd.Index:
        """All gmina codes."""
        return self.store.gminas.index

    @cached_property
    def gmina_points(self) -> gpd.GeoSeries:
        """Each gmina's point for distances (:func:`layers.gravity.centroids`), made once."""
        return centroids(self.store.gminas_metric)


def load_dataset(store_dir: Path, geodata_dir: Path) -> Dataset:
    """Read the store and the project's metadata.

    Parameters
    ----------
    store_dir
        Directory written by the data build.
    geodata_dir
        The project's ``geodata/`` (catalog and area lists).

    Notes
    -----
    Variables fetched from GUS BDL (``fetched.parquet``, :mod:`layers.bdl`) add the
    gmina-years the store lacks (:func:`layers.fetched.added_values`); the catalog's
    ``years`` then include them. Each indicator's ``updated`` is the store's build date,
    or the last retrieval date for indicators the fetched values extend.

    Raises
    ------
    StoreMissingError
        When the store has not been built.
    CatalogError
        When the catalog is inconsistent.
    """
    store = io.read_store(store_dir)
    built = io.read_manifest(store_dir).get("built", "")
    catalog = parsed_catalog(io.read_toml(geodata_dir / "indicators.toml"))
    catalog = {key: dataclasses.replace(i, updated=built) for key, i in catalog.items()}
    added = added_values(catalog, store.values, store.fetched)
    if not added.empty:
        values = pd.concat([store.values, added.astype(store.values.dtypes)], ignore_index=True)
        store = dataclasses.replace(store, values=values)
        retrieved = str(store.fetched["retrieved"].max())[:10]
        catalog = extended_catalog(catalog, added, retrieved)
    return Dataset(
        store=store,
        catalog=catalog,
        values=ValueTable.from_long(store.values),
        areas={area: io.read_area_codes(geodata_dir / "areas" / f"{area}.csv") for area in AREAS},
    )


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
