"""Every file the project reads or writes: sources, project metadata and the store."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

import geopandas as gpd
import pyogrio.errors

from layers.analysis.catalog import parsed_catalog
from layers.analysis.dataset import AREAS, COMPONENTS, Dataset, Store
from layers.analysis.fetched import FETCHED_COLUMNS, added_values, extended_catalog
from layers.analysis.territory import no_breaks
from layers.analysis.values import ValueTable
from layers.errors import CatalogError, SourceFileError, StoreMissingError

STORE_LAYERS = ("gminas", "gminas_metric", "powiats", "voivodeships", "districts")
VALUES_FILE = "values.parquet"
FLOWS_FILE = "flows.parquet"
MANIFEST_FILE = "manifest.json"
COMPONENTS_FILE = "components.parquet"
"""Components of population change for the outlook (:mod:`layers.ingest.components`)."""
BREAKS_FILE = "breaks.parquet"
QUALITY_FILE = "quality.csv"
"""The build's findings, one line each (:mod:`layers.ingest.invariants`), for people to read."""
FETCHED_FILE = "fetched.parquet"
"""Variables fetched from GUS BDL after the build (:mod:`layers.ingest.bdl`); a rebuild keeps it."""
CATALOG_FILE = "indicators.toml"
"""The indicator catalog, in the project's ``geodata/``."""
BUILD_COMMAND = "flask --app app build"
"""What builds the store (:mod:`layers.ingest.build`), named when it is missing."""


def read_source_table(source_dir: Path, path: str, columns: Iterable[str]) -> pd.DataFrame:
    """Read a source CSV with TERYT-like columns as strings.

    Parameters
    ----------
    source_dir
        Root of the source mirror (``../shared/geodata``).
    path
        File path relative to ``source_dir``.
    columns
        Columns the file must have.

    Returns
    -------
    pandas.DataFrame
        The whole file; columns whose name contains ``teryt`` are strings.

    Raises
    ------
    SourceFileError
        When the file is missing, unreadable or lacks a required column.
    """
    file = source_dir / path
    if not file.is_file():
        raise SourceFileError(f"{path}: file not found in {source_dir}")
    try:
        frame = pd.read_csv(file, dtype=str, encoding="utf-8")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise SourceFileError(f"{path}: not a readable UTF-8 CSV ({error})") from error
    require_columns(frame, path, columns)
    return frame


def require_columns(frame: pd.DataFrame, path: str, columns: Iterable[str]) -> None:
    """Check that a source file has the columns a reader needs.

    Raises
    ------
    SourceFileError
        Naming the file and the missing columns.
    """
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise SourceFileError(f"{path}: missing column(s) {', '.join(missing)}")


def read_source_layer(source_dir: Path, path: str, columns: Sequence[str]) -> gpd.GeoDataFrame:
    """Read a source GeoJSON layer.

    Raises
    ------
    SourceFileError
        When the file is missing, unreadable or lacks a required property.
    """
    file = source_dir / path
    if not file.is_file():
        raise SourceFileError(f"{path}: file not found in {source_dir}")
    try:
        frame = gpd.read_file(file, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as error:
        raise SourceFileError(f"{path}: not a readable GeoJSON ({error})") from error
    require_columns(frame, path, columns)
    return frame


def read_toml(path: Path) -> dict:
    """Read a TOML file of the project's own metadata.

    Raises
    ------
    CatalogError
        When the file is missing or not valid TOML.
    """
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CatalogError(f"{path}: {error}") from error


def read_area_codes(path: Path) -> list[str]:
    """Read an area definition (a CSV with a ``teryt`` column) as a list of codes."""
    return pd.read_csv(path, dtype={"teryt": str})["teryt"].tolist()


def fingerprint(files: Iterable[Path]) -> str:
    """Return a SHA-256 over the names and bytes of files, to tell if a build is current."""
    digest = hashlib.sha256()
    for file in sorted(set(files)):
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def read_manifest(store_dir: Path) -> dict:
    """Return the store's manifest, or an empty mapping when there is none."""
    file = store_dir / MANIFEST_FILE
    return json.loads(file.read_text()) if file.is_file() else {}


def write_store(store_dir: Path, store: Store, manifest: dict) -> None:
    """Write the store: one GeoParquet per layer, the values table and a manifest.

    The manifest is written last, so a build that stops half-way leaves no manifest
    that claims the store is current.
    """
    store_dir.mkdir(parents=True, exist_ok=True)
    (store_dir / MANIFEST_FILE).unlink(missing_ok=True)
    for name in STORE_LAYERS:
        getattr(store, name).to_parquet(store_dir / f"{name}.parquet")
    store.values.to_parquet(store_dir / VALUES_FILE, index=False)
    store.flows.to_parquet(store_dir / FLOWS_FILE, index=False)
    store.components.to_parquet(store_dir / COMPONENTS_FILE, index=False)
    store.breaks.to_parquet(store_dir / BREAKS_FILE, index=False)
    store.quality.to_csv(store_dir / QUALITY_FILE, index=False)
    (store_dir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2))


def write_flows(store_dir: Path, flows: pd.DataFrame, manifest: dict) -> None:
    """Replace the store's flow table and manifest (the manifest last, as :func:`write_store` does).

    Raises
    ------
    StoreMissingError
        When ``store_dir`` holds no built store.
    """
    if not (store_dir / MANIFEST_FILE).is_file():
        raise StoreMissingError(f"no data store in {store_dir}; run: {BUILD_COMMAND}")
    (store_dir / MANIFEST_FILE).unlink()
    flows.to_parquet(store_dir / FLOWS_FILE, index=False)
    (store_dir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2))


def read_store(store_dir: Path) -> Store:
    """Read the store written by :func:`write_store`.

    Raises
    ------
    StoreMissingError
        When the store has not been built (no manifest).
    """
    if not (store_dir / MANIFEST_FILE).is_file():
        raise StoreMissingError(f"no data store in {store_dir}; run: {BUILD_COMMAND}")
    layers = {name: gpd.read_parquet(store_dir / f"{name}.parquet") for name in STORE_LAYERS}
    return Store(
        **layers,
        values=pd.read_parquet(store_dir / VALUES_FILE),
        flows=pd.read_parquet(store_dir / FLOWS_FILE),
        fetched=read_fetched(store_dir),
        components=read_components(store_dir),
        breaks=read_breaks(store_dir),
        quality=read_quality(store_dir),
    )


def read_quality(store_dir: Path) -> pd.DataFrame:
    """Return the build's findings (empty for a store built without them, or before them)."""
    file = store_dir / QUALITY_FILE
    try:
        return pd.read_csv(file, dtype={"teryt": str})
    except (FileNotFoundError, pd.errors.EmptyDataError):
        return pd.DataFrame()


def read_components(store_dir: Path) -> pd.DataFrame:
    """Return the components of population change (empty for a store built before them)."""
    file = store_dir / COMPONENTS_FILE
    return pd.read_parquet(file) if file.is_file() else pd.DataFrame(columns=COMPONENTS)


def read_breaks(store_dir: Path) -> pd.DataFrame:
    """Return the gminas' breaks of territory (none in a store built before they were kept)."""
    file = store_dir / BREAKS_FILE
    return pd.read_parquet(file) if file.is_file() else no_breaks()


def read_fetched(store_dir: Path) -> pd.DataFrame:
    """Return the variables fetched from GUS BDL (empty when nothing was fetched)."""
    file = store_dir / FETCHED_FILE
    if not file.is_file():
        return pd.DataFrame(columns=FETCHED_COLUMNS)
    return pd.read_parquet(file)


def write_fetched(store_dir: Path, fetched: pd.DataFrame) -> None:
    """Replace the fetched variables in one step (a temporary file renamed over the old one).

    A reader never sees a half-written file: the rename is atomic on one file system.
    """
    file = store_dir / FETCHED_FILE
    partial = file.with_suffix(".parquet.partial")
    fetched[FETCHED_COLUMNS].to_parquet(partial, index=False)
    partial.replace(file)


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
    Variables fetched from GUS BDL (``fetched.parquet``, :mod:`layers.ingest.bdl`) add the
    gmina-years the store lacks (:func:`layers.analysis.fetched.added_values`); the catalog's
    ``years`` then include them. Each indicator's ``updated`` is the store's build date,
    or the last retrieval date for indicators the fetched values extend.

    Raises
    ------
    StoreMissingError
        When the store has not been built.
    CatalogError
        When the catalog is inconsistent.
    """
    store = read_store(store_dir)
    built = read_manifest(store_dir).get("built", "")
    catalog = parsed_catalog(read_toml(geodata_dir / CATALOG_FILE))
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
        values=ValueTable.from_long(store.values, store.breaks),
        areas={area: read_area_codes(geodata_dir / "areas" / f"{area}.csv") for area in AREAS},
    )
