"""Data build: read ``../shared/geodata``, write the processed store.

Run ``python -m layers.ingest.build`` (``--force`` rebuilds a current store). The source
directory is ``$GEOPORTAL_SOURCE_DIR`` (default ``../shared/geodata``) and the store
``$GEOPORTAL_STORE_DIR`` (default ``geodata/store``). A commuting workbook is imported
when ``$GEOPORTAL_COMMUTING_XLSX`` names one or the source directory has
:data:`layers.ingest.sources.COMMUTING_XLSX`.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

import geopandas as gpd
import shapely

from layers.analysis.catalog import parsed_catalog
from layers.analysis.coverage import dissolved, repaired, simplified_coverage
from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS
from layers.analysis.dataset import Store
from layers.analysis.derivation import values_table
from layers.analysis.flows import COMMUTING, flow_table, inflow_rows
from layers.analysis.teryt import (
    crosswalk,
    is_gmina,
    normalise,
    powiat_code,
    voivodeship_code,
)
from layers.errors import GeoportalError, SourceFileError
from layers.ingest.commuting import commuting_flows, manifest_entry, with_commuting
from layers.ingest.components import component_paths, components_table
from layers.ingest.sources import (
    BOUNDARIES,
    COMMUTING_XLSX,
    INFLOW_VARIABLES,
    MIGRATION_FLOW_COLUMNS,
    MIGRATION_OD,
    SOURCE_COLUMNS,
    SourceColumn,
)
from layers.ingest.variables import variables_table
from layers.store import io

PROJECT_DIR = Path(__file__).resolve().parents[2]
GEODATA_DIR = PROJECT_DIR / "geodata"
DEFAULT_SOURCE_DIR = PROJECT_DIR.parent / "shared" / "geodata"
CATALOG_FILE = GEODATA_DIR / "indicators.toml"
SIMPLIFY_TOLERANCE_M = 100.0
DISPLAY_PRECISION_DEG = 1e-5
"""Coordinate grid of the display layers: about 1 m, enough for a screen."""


def gmina_layer(source_dir: Path) -> tuple[gpd.GeoDataFrame, pd.Index]:
    """Return the gminas with current codes and names (repaired, metric CRS) and today's codes.

    Raises
    ------
    SourceFileError
        When a boundary file is missing or malformed.
    """
    current = io.read_source_layer(source_dir, BOUNDARIES["current_codes"], ["TERYT", "Nazwa"])
    current_names = pd.Series(current["Nazwa"].values, index=normalise(current["TERYT"]))
    raw = io.read_source_layer(source_dir, BOUNDARIES["gminas"], ["terc", "name"])
    raw["teryt"] = normalise(raw["terc"])
    raw = raw[is_gmina(raw["teryt"])]
    recode = crosswalk(raw["teryt"], current_names.index.to_series())
    raw["teryt"] = raw["teryt"].replace(recode)
    names = current_names.reindex(raw["teryt"]).fillna(pd.Series(raw["name"].values))
    gminas = gpd.GeoDataFrame(
        {"name": names.values, "type": raw["teryt"].str[6].values},
        geometry=raw.geometry.values,
        index=pd.Index(raw["teryt"].values, name="teryt"),
        crs=raw.crs,
    )
    return repaired(gminas.to_crs(METRIC_CRS)).sort_index(), current_names.index


def display_layer(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return a metric layer in the display CRS on a ~1 m grid (smaller GeoJSON)."""
    shown = frame.to_crs(DISPLAY_CRS)
    shown.geometry = shapely.set_precision(shown.geometry.values, DISPLAY_PRECISION_DEG)
    return shown


def upper_levels(source_dir: Path, gminas: gpd.GeoDataFrame) -> dict[str, gpd.GeoDataFrame]:
    """Return powiats and voivodeships dissolved from the simplified gmina coverage."""
    levels = {}
    for level, key in (("powiats", powiat_code), ("voivodeships", voivodeship_code)):
        source = io.read_source_layer(source_dir, BOUNDARIES[level], ["terc", "name"])
        names = pd.Series(source["name"].values, index=normalise(source["terc"]).str.lstrip("0"))
        codes = key(gminas.index.to_series())
        names.index = names.index.str.zfill(len(codes.iloc[0]))
        levels[level] = dissolved(gminas, codes, names)
    return levels


def district_layer(source_dir: Path) -> gpd.GeoDataFrame:
    """Return Kraków's 18 districts, repaired and simplified, in the metric CRS."""
    raw = io.read_source_layer(source_dir, BOUNDARIES["districts"], ["cartodb_id", "name"])
    districts = gpd.GeoDataFrame(
        {"name": raw["name"].values},
        geometry=raw.geometry.values,
        index=pd.Index(raw["cartodb_id"].astype(int).values, name="code"),
        crs=raw.crs,
    )
    districts = repaired(districts.to_crs(METRIC_CRS))
    districts.geometry = districts.geometry.simplify(SIMPLIFY_TOLERANCE_M / 4)
    return districts


def required_columns(spec: SourceColumn) -> list[str]:
    """Return the columns a source file must have for ``spec``."""
    columns = ["teryt"]
    columns += [] if spec.wide else [spec.column]
    columns += ["year"] if spec.year is None and not spec.wide else []
    return columns


def commuting_workbook(source_dir: Path) -> Path | None:
    """Return the commuting workbook the build imports, or None when there is none.

    Raises
    ------
    SourceFileError
        When ``$GEOPORTAL_COMMUTING_XLSX`` names a file that does not exist.
    """
    configured = os.environ.get("GEOPORTAL_COMMUTING_XLSX")
    if configured:
        if not Path(configured).is_file():
            raise SourceFileError(f"{configured}: file not found (GEOPORTAL_COMMUTING_XLSX)")
        return Path(configured)
    default = source_dir / COMMUTING_XLSX
    return default if default.is_file() else None


def build_store(source_dir: Path) -> Store:
    """Return the processed store built from the source mirror.

    Raises
    ------
    SourceFileError
        When a source file is missing or malformed.
    CommutingMatrixError
        When the commuting workbook (:func:`commuting_workbook`) cannot be imported.
    """
    gminas_metric, current_codes = gmina_layer(source_dir)
    simple = simplified_coverage(gminas_metric, SIMPLIFY_TOLERANCE_M)
    levels = upper_levels(source_dir, simple)
    files: dict[str, pd.DataFrame] = {}

    def read(spec: SourceColumn) -> pd.DataFrame:
        if spec.path not in files:
            files[spec.path] = io.read_source_table(source_dir, spec.path, [])
        frame = files[spec.path]
        io.require_columns(frame, spec.path, required_columns(spec))
        return frame

    codes = gminas_metric.index
    migration = io.read_source_table(source_dir, MIGRATION_OD, MIGRATION_FLOW_COLUMNS.values())
    flows = flow_table(migration, MIGRATION_FLOW_COLUMNS, "migration", codes, current_codes)
    variables = pd.concat(
        [
            variables_table(SOURCE_COLUMNS, read, codes, current_codes),
            *(inflow_rows(flows, origin, codes, name) for name, origin in INFLOW_VARIABLES.items()),
        ],
        ignore_index=True,
    )
    catalog = parsed_catalog(io.read_toml(CATALOG_FILE))
    workbook = commuting_workbook(source_dir)
    if workbook is not None:
        commuting = commuting_flows(workbook, codes, current_codes)
        flows = with_commuting(flows, commuting.flows)
    return Store(
        gminas=display_layer(simple),
        gminas_metric=gminas_metric,
        powiats=display_layer(levels["powiats"]),
        voivodeships=display_layer(levels["voivodeships"]),
        districts=display_layer(district_layer(source_dir)),
        values=values_table(catalog, variables),
        flows=flows,
        components=components_table(read, codes, current_codes),
    )


def inputs_fingerprint(source_dir: Path) -> str:
    """Return a fingerprint of everything the build reads, code included."""
    sources = [source_dir / path for path in BOUNDARIES.values()]
    sources += [source_dir / spec.path for spec in SOURCE_COLUMNS] + component_paths(source_dir)
    sources += [workbook] if (workbook := commuting_workbook(source_dir)) else []
    own = [*GEODATA_DIR.glob("*.toml"), *Path(__file__).parents[1].rglob("*.py")]
    return io.fingerprint([file for file in sources if file.is_file()] + own)


def main(argv: list[str] | None = None) -> int:
    """Build the store unless it is current; print one line on failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if current")
    args = parser.parse_args(argv)
    source_dir = Path(os.environ.get("GEOPORTAL_SOURCE_DIR", DEFAULT_SOURCE_DIR))
    store_dir = Path(os.environ.get("GEOPORTAL_STORE_DIR", io.DEFAULT_STORE_DIR))
    try:
        stamp = inputs_fingerprint(source_dir)
        if not args.force and io.read_manifest(store_dir).get("fingerprint") == stamp:
            print(f"store up to date: {store_dir}")
            return 0
        store = build_store(source_dir)
    except GeoportalError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    manifest = {
        "fingerprint": stamp,
        "built": datetime.now(UTC).date().isoformat(),
        "gminas": len(store.gminas),
        "values": len(store.values),
    }
    if (workbook := commuting_workbook(source_dir)) is not None:
        commuting = store.flows[store.flows["kind"] == COMMUTING]
        manifest["commuting"] = manifest_entry(workbook, commuting)
    io.write_store(store_dir, store, manifest)
    print(f"store written: {store_dir} ({len(store.gminas)} gminas, {len(store.values)} values)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
