"""Data build: read the source mirror (``../shared/geodata``), write the processed store.

``flask --app app build`` runs :func:`write_current_store` with the configured source
directory, store and commuting workbook (``server/settings.py``); a commuting workbook is
imported when one is configured or the source directory has
:data:`layers.ingest.sources.COMMUTING_XLSX`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

import geopandas as gpd
import shapely

from layers.analysis.catalog import parsed_catalog
from layers.analysis.coverage import dissolved, repaired, simplified_coverage
from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS
from layers.analysis.dataset import Store
from layers.analysis.flows import COMMUTING, flow_table, inflow_rows
from layers.analysis.territory import area_breaks, breaks_table, declared_breaks
from layers.analysis.teryt import (
    crosswalk,
    is_gmina,
    normalise,
    powiat_code,
    voivodeship_code,
)
from layers.errors import SourceFileError
from layers.ingest.commuting import commuting_flows, manifest_entry, with_commuting
from layers.ingest.components import component_paths, components_table
from layers.ingest.invariants import checked_values, findings_summary
from layers.ingest.levels import district_code, level_paths, level_variables
from layers.ingest.sources import (
    BOUNDARIES,
    COMMUTING_XLSX,
    INFLOW_VARIABLES,
    MIGRATION_FLOW_COLUMNS,
    MIGRATION_OD,
    PARTS_RULES,
    SOURCE_COLUMNS,
    SourceColumn,
)
from layers.ingest.variables import variables_table
from layers.store import io

TERRITORY_FILE = "territory.toml"
"""Changes of gminas' territory the build cannot see in the area editions (before 2021),
in the project's metadata folder."""
SIMPLIFY_TOLERANCE_M = 100.0
DISPLAY_PRECISION_DEG = 1e-5
"""Coordinate grid of the display layers: about 1 m, enough for a screen."""


@dataclass(frozen=True)
class BuildSources:
    """What the data build reads besides its code."""

    source_dir: Path
    """The read-only source mirror."""
    geodata_dir: Path
    """The project's own metadata: the indicator catalog and the area lists."""
    commuting_xlsx: Path | None = None
    """A commuting workbook to import; None: the mirror's, when it has one."""


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
    """Return powiats and voivodeships dissolved from the simplified gmina coverage.

    Powiats are keyed by their TERYT code ``WWPP000`` (7 characters, as the powiat
    series of ``stats/powiaty/`` name them), voivodeships by their 2 digits.
    """
    levels = {}
    keys = (("powiats", powiat_code, "000"), ("voivodeships", voivodeship_code, ""))
    for level, key, tail in keys:
        source = io.read_source_layer(source_dir, BOUNDARIES[level], ["terc", "name"])
        names = pd.Series(source["name"].values, index=normalise(source["terc"]).str.lstrip("0"))
        codes = key(gminas.index.to_series())
        names.index = names.index.str.zfill(len(codes.iloc[0])) + tail
        levels[level] = dissolved(gminas, codes + tail, names)
    return levels


def district_layer(source_dir: Path) -> gpd.GeoDataFrame:
    """Return Kraków's 18 districts, repaired and simplified, in the metric CRS."""
    raw = io.read_source_layer(source_dir, BOUNDARIES["districts"], ["cartodb_id", "name"])
    districts = gpd.GeoDataFrame(
        {"name": raw["name"].values},
        geometry=raw.geometry.values,
        index=pd.Index(district_code(raw["cartodb_id"]).values, name="code"),
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


def commuting_workbook(sources: BuildSources) -> Path | None:
    """Return the commuting workbook the build imports, or None when there is none.

    Raises
    ------
    SourceFileError
        When the configured workbook does not exist.
    """
    if sources.commuting_xlsx is not None:
        if not sources.commuting_xlsx.is_file():
            raise SourceFileError(f"{sources.commuting_xlsx}: commuting workbook not found")
        return sources.commuting_xlsx
    default = sources.source_dir / COMMUTING_XLSX
    return default if default.is_file() else None


def build_store(sources: BuildSources) -> Store:
    """Return the processed store built from the source mirror.

    Raises
    ------
    SourceFileError
        When a source file is missing or malformed.
    CommutingMatrixError
        When the commuting workbook (:func:`commuting_workbook`) cannot be imported.
    """
    source_dir = sources.source_dir
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
    variables, found = variables_table(SOURCE_COLUMNS, read, codes, current_codes, PARTS_RULES)
    inflows = (inflow_rows(flows, origin, codes, name) for name, origin in INFLOW_VARIABLES.items())
    levelled, level_found = level_variables(
        lambda path, columns: io.read_source_table(source_dir, path, columns),
        levels["powiats"].index,
    )
    variables = pd.concat([variables, *inflows, levelled], ignore_index=True)
    catalog = parsed_catalog(io.read_toml(sources.geodata_dir / io.CATALOG_FILE))
    breaks = territory_breaks(variables, sources.geodata_dir)
    values, checked = checked_values(catalog, variables, breaks)
    components, noted = components_table(read, codes, current_codes)
    workbook = commuting_workbook(sources)
    if workbook is not None:
        commuting = commuting_flows(workbook, codes, current_codes)
        flows = with_commuting(flows, commuting.flows)
    return Store(
        gminas=display_layer(simple),
        gminas_metric=gminas_metric,
        powiats=display_layer(levels["powiats"]),
        voivodeships=display_layer(levels["voivodeships"]),
        districts=display_layer(district_layer(source_dir)),
        values=values,
        flows=flows,
        components=components,
        breaks=breaks,
        quality=pd.concat([found, level_found, noted, checked], ignore_index=True),
    )


def territory_breaks(variables: pd.DataFrame, geodata_dir: Path) -> pd.DataFrame:
    """Return the gminas' breaks, declared (:data:`TERRITORY_FILE`) and found in the area.

    The area's editions show changes from 2021 on
    (:func:`layers.analysis.territory.area_breaks`); earlier ones are declared.

    Raises
    ------
    CatalogError
        When the territory file is missing or malformed.
    """
    declared = declared_breaks(io.read_toml(geodata_dir / TERRITORY_FILE))
    area = variables[variables["variable"] == "area_km2"]
    return breaks_table(declared, area_breaks(area))


def inputs_fingerprint(sources: BuildSources) -> str:
    """Return a fingerprint of everything the build reads, code included."""
    source_dir = sources.source_dir
    files = [source_dir / path for path in BOUNDARIES.values()]
    files += [source_dir / spec.path for spec in SOURCE_COLUMNS] + component_paths(source_dir)
    files += [source_dir / path for path in level_paths()]
    files += [workbook] if (workbook := commuting_workbook(sources)) else []
    own = [*sources.geodata_dir.glob("*.toml"), *Path(__file__).parents[1].rglob("*.py")]
    return io.fingerprint([file for file in files if file.is_file()] + own)


def write_current_store(store_dir: Path, sources: BuildSources, force: bool = False) -> dict | None:
    """Build the store into ``store_dir`` unless it is current; return the manifest written.

    The store is current when its manifest holds the fingerprint of today's inputs
    (:func:`inputs_fingerprint`); ``force`` rebuilds it anyway.

    Returns
    -------
    dict or None
        The new store's manifest (fingerprint, build date, gminas, values, the commuting
        workbook imported); None when the store was current and left alone.

    Raises
    ------
    SourceFileError, CommutingMatrixError
        As :func:`build_store`; nothing is written then.
    """
    stamp = inputs_fingerprint(sources)
    if not force and io.read_manifest(store_dir).get("fingerprint") == stamp:
        return None
    store = build_store(sources)
    manifest = {
        "fingerprint": stamp,
        "built": datetime.now(UTC).date().isoformat(),
        "gminas": len(store.gminas),
        "values": len(store.values),
        "quality": findings_summary(store.quality),
    }
    if (workbook := commuting_workbook(sources)) is not None:
        commuting = store.flows[store.flows["kind"] == COMMUTING]
        manifest["commuting"] = manifest_entry(workbook, commuting)
    io.write_store(store_dir, store, manifest)
    return manifest
