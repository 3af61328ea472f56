"""The data build on the real source mirror: layers, codes, numbers and failures."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

import shapely

from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS
from layers.analysis.dataset import Dataset
from layers.analysis.teryt import KRAKOW
from layers.errors import SourceFileError
from layers.ingest.build import (
    BuildSources,
    build_store,
    inputs_fingerprint,
    required_columns,
    write_current_store,
)
from layers.ingest.sources import SourceColumn
from layers.store import io
from server.settings import GEODATA_DIR

FINANCE = "stats/bdl_malopolskie_gminy_population_ownrevenue_investment_2015_2024_long.csv"
GMINAS = "boundaries/gminy_2020.geojson"
SMK = [
    "1261011",
    "1219012",
    "1206012",
    "1206022",
    "1206052",
    "1206072",
    "1206082",
    "1206092",
    "1219043",
    "1206113",
    "1206143",
    "1219053",
    "1206152",
    "1206162",
    "1206172",
]


def value_of(dataset: Dataset, teryt: str, indicator: str, year: int) -> float:
    values = dataset.store.values
    row = values[
        (values["teryt"] == teryt) & (values["indicator"] == indicator) & (values["year"] == year)
    ]
    assert len(row) == 1, (teryt, indicator, year)
    return float(row["value"].iloc[0])


# --- layers and codes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("layer", "count", "code_length", "crs"),
    [
        ("gminas", 2477, 7, DISPLAY_CRS),
        ("gminas_metric", 2477, 7, METRIC_CRS),
        ("powiats", 380, 7, DISPLAY_CRS),
        ("voivodeships", 16, 2, DISPLAY_CRS),
    ],
)
def test_layer_counts_codes_and_validity(
    dataset: Dataset, layer: str, count: int, code_length: int, crs: str
) -> None:
    frame = getattr(dataset.store, layer)

    assert len(frame) == count
    assert frame.index.is_unique
    assert frame.crs.to_string() == crs
    assert all(isinstance(code, str) and len(code) == code_length for code in frame.index)
    assert frame.index.str.fullmatch(r"\d+").all()
    assert frame.is_valid.all()
    assert frame["name"].notna().all()
    assert set(frame.geom_type) <= {"Polygon", "MultiPolygon"}


def test_malopolska_has_182_gminas(dataset: Dataset) -> None:
    assert dataset.store.gminas.index.str.startswith("12").sum() == 182


def test_upper_level_names(dataset: Dataset) -> None:
    store = dataset.store

    assert store.powiats.loc["1206000", "name"] == "krakowski"
    assert store.powiats.loc["1261000", "name"] == "Kraków"
    assert store.voivodeships.loc["12", "name"] == "MAŁOPOLSKIE"


def test_krakow_districts(dataset: Dataset) -> None:
    districts = dataset.store.districts

    assert sorted(districts.index) == [f"D{number:02d}" for number in range(1, 19)]
    assert districts.is_valid.all()  # the source has one invalid ring
    assert districts.crs.to_string() == DISPLAY_CRS
    assert "Dzielnica I Stare Miasto" in set(districts["name"])


def test_gmina_types_are_real_gminas(dataset: Dataset) -> None:
    gminas = dataset.store.gminas

    assert set(gminas["type"]) == {"1", "2", "3"}
    assert (gminas["type"] == gminas.index.str[6]).all()


def test_no_stale_codes_in_the_store(dataset: Dataset) -> None:
    store = dataset.store

    for stale in ("1208042", "1211032"):
        assert stale not in store.gminas.index
        assert stale not in store.gminas_metric.index
        assert stale not in set(store.values["teryt"])
    assert store.gminas.loc["1208043", "name"] == "Książ Wielki"
    assert store.gminas.loc["1211033", "name"] == "Czarny Dunajec"


def test_values_of_recoded_gminas_follow_their_new_code(dataset: Dataset) -> None:
    # Małopolska finance file: ``1208042,1208043,Książ Wielki,2015,5211`` (old code in ``teryt``)
    assert value_of(dataset, "1208043", "population", 2015) == 5211
    assert value_of(dataset, "1211033", "population", 2022) == 22113


def test_history_under_an_older_type_digit_is_kept(dataset: Dataset) -> None:
    # age groups: ``1214022,Koszyce,2,2010,5736``; finance: ``1214022,1214023,...,2015,5611``
    assert value_of(dataset, "1214023", "population", 2010) == 5736
    assert value_of(dataset, "1214023", "population", 2015) == 5611


def test_gmina_codes_match_values_codes(dataset: Dataset) -> None:
    store = dataset.store

    assert store.gminas.index.equals(store.gminas_metric.index)
    layers = {"gmina": store.gminas, "powiat": store.powiats, "district": store.districts}
    level = store.values["indicator"].map({i.id: i.level for i in dataset.catalog.values()})
    for name, layer in layers.items():
        assert set(store.values.loc[level == name, "teryt"]) <= set(layer.index), name
    assert store.values.loc[level != "district", "teryt"].str.len().eq(7).all()
    assert store.values["teryt"].map(type).eq(str).all()


@pytest.mark.parametrize(("year", "population"), [(2019, 779115), (2020, 800531), (2022, 803282)])
def test_krakow_population(dataset: Dataset, year: int, population: int) -> None:
    assert value_of(dataset, KRAKOW, "population", year) == population


def test_values_table_has_no_missing_or_duplicate_keys(dataset: Dataset) -> None:
    values = dataset.store.values

    assert list(values.columns) == ["teryt", "indicator", "year", "value"]
    assert values["value"].notna().all()
    assert not values.duplicated(["teryt", "indicator", "year"]).any()


# --- geometry -----------------------------------------------------------------------------


def test_krakow_area_in_metric_crs(dataset: Dataset) -> None:
    area_km2 = dataset.store.gminas_metric.loc[KRAKOW].geometry.area / 1e6

    assert area_km2 == pytest.approx(327.8, abs=0.1)  # README; official 326.8 km²


def test_smk_union_area(dataset: Dataset) -> None:
    union = dataset.store.gminas_metric.loc[SMK].union_all()

    assert union.area / 1e6 == pytest.approx(1273.8, abs=0.5)


@pytest.mark.parametrize("prefix", ["12", ""], ids=["malopolska", "poland"])
def test_display_gminas_are_a_valid_coverage(dataset: Dataset, prefix: str) -> None:
    store = dataset.store
    shown = store.gminas[store.gminas.index.str.startswith(prefix)].to_crs(METRIC_CRS)
    exact = store.gminas_metric[store.gminas_metric.index.str.startswith(prefix)]

    assert shapely.coverage_is_valid(shown.geometry.values)
    assert shown.area.sum() == pytest.approx(exact.area.sum(), rel=0.005)


def test_voivodeship_is_the_union_of_its_gminas(dataset: Dataset) -> None:
    store = dataset.store
    gminas = store.gminas[store.gminas.index.str.startswith("12")].to_crs(METRIC_CRS)
    voivodeship = store.voivodeships.loc[["12"]].to_crs(METRIC_CRS)

    assert voivodeship.area.iloc[0] == pytest.approx(gminas.area.sum(), rel=1e-6)


# --- helpers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "columns"),
    [
        (SourceColumn("x", "f.csv", "col"), ["teryt", "col", "year"]),
        (SourceColumn("x", "f.csv", "col", year=2021), ["teryt", "col"]),
        (SourceColumn("x", "f.csv", "", wide=True), ["teryt"]),
    ],
    ids=["long", "fixed-year", "wide"],
)
def test_required_columns(spec: SourceColumn, columns: list[str]) -> None:
    assert required_columns(spec) == columns


# --- failures -----------------------------------------------------------------------------


def source_copy(source_dir: Path, target: Path, changed: str) -> Path:
    """Mirror ``source_dir`` into ``target`` as symlinks, except ``changed``; return its path."""
    for file in source_dir.rglob("*"):
        relative = file.relative_to(source_dir)
        if file.is_file() and relative.as_posix() != changed:
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            (target / relative).symlink_to(file)
    return target / changed


def _missing(original: Path, copy: Path) -> None:
    pass


def _without_column(original: Path, copy: Path) -> None:
    copy.write_text(original.read_text(encoding="utf-8").replace("population_persons", "ludnosc"))


def _text_cell(original: Path, copy: Path) -> None:
    text = original.read_text(encoding="utf-8")
    assert ",Bochnia,2015,30107," in text
    copy.write_text(text.replace(",Bochnia,2015,30107,", ",Bochnia,2015,trzydzieści,"))


def _truncated(original: Path, copy: Path) -> None:
    copy.write_text(original.read_text(encoding="utf-8")[:5000])


@dataclass(frozen=True)
class Broken:
    """A copy of the source mirror with one file broken, and what the error must say."""

    source: Path
    path: str
    problem: str


@pytest.fixture(
    params=[
        (FINANCE, _missing, "file not found"),
        (FINANCE, _without_column, "missing column(s) population_persons"),
        (FINANCE, _text_cell, "non-numeric cell in population_persons"),
        (GMINAS, _truncated, "not a readable GeoJSON"),
    ],
    ids=["missing-file", "column", "cell", "geojson"],
)
def broken(request: pytest.FixtureRequest, source_dir: Path, tmp_path: Path) -> Broken:
    path, breaks, problem = request.param
    breaks(source_dir / path, source_copy(source_dir, tmp_path / "source", path))
    return Broken(tmp_path / "source", path, problem)


def test_build_store_names_the_broken_file(broken: Broken) -> None:
    with pytest.raises(SourceFileError, match=re.escape(broken.path)) as error:
        build_store(BuildSources(broken.source, GEODATA_DIR))

    assert broken.problem in str(error.value)


def test_a_failed_build_writes_nothing(broken: Broken, tmp_path: Path) -> None:
    store = tmp_path / "store"

    with pytest.raises(SourceFileError):
        write_current_store(store, BuildSources(broken.source, GEODATA_DIR))

    assert not store.exists()


def test_fingerprint_changes_with_a_source_byte(source_dir: Path, tmp_path: Path) -> None:
    copy = source_copy(source_dir, tmp_path, FINANCE)
    copy.write_bytes((source_dir / FINANCE).read_bytes())
    before = inputs_fingerprint(BuildSources(tmp_path, GEODATA_DIR))

    copy.write_bytes((source_dir / FINANCE).read_bytes() + b"\n")

    assert inputs_fingerprint(BuildSources(tmp_path, GEODATA_DIR)) != before


def test_fingerprint_changes_with_the_catalog(source_dir: Path, tmp_path: Path) -> None:
    own = tmp_path / "geodata"
    shutil.copytree(GEODATA_DIR, own, ignore=shutil.ignore_patterns("store"))
    before = inputs_fingerprint(BuildSources(source_dir, own))

    (own / io.CATALOG_FILE).write_text((own / io.CATALOG_FILE).read_text() + "\n")

    assert inputs_fingerprint(BuildSources(source_dir, own)) != before


# --- the mirror README's caveats ----------------------------------------------------------

AGE_GROUPS = "stats/bdl_population_economic_age_groups_gminy_2010_2019_long.csv"
UNEMPLOYED = "stats/bdl_registered_unemployed_2003_2024_wide.csv"
AREA_2025 = "stats/gugik_area_gminy_2025-01-01.csv"
REVENUE_2010 = "stats/bdl_malopolska_gmina_revenues_selected_2010_2019_long.csv"
REVENUE_2020 = "stats/bdl_own_revenue_pit_pc_density_gminy_2020.csv"
WALBRZYCH, WALBRZYCH_BEFORE_2013 = "0265011", "0221091"


def source_frame(source_dir: Path, path: str) -> pd.DataFrame:
    return pd.read_csv(source_dir / path, dtype={"teryt": str})


def test_walbrzych_keeps_its_history_under_its_old_code(dataset: Dataset, source_dir: Path) -> None:
    ages = source_frame(source_dir, AGE_GROUPS)
    old = ages[ages["teryt"] == WALBRZYCH_BEFORE_2013].set_index("year")["population_total"]
    unemployed = source_frame(source_dir, UNEMPLOYED).set_index("teryt")
    tables = dataset.values.by_indicator

    assert list(old.index) == [2010, 2011, 2012]
    for year, population in old.items():
        assert value_of(dataset, WALBRZYCH, "population", year) == population
    assert tables["density"].loc[WALBRZYCH, [2010, 2011, 2012]].notna().all()
    assert tables["share_working"].loc[WALBRZYCH, [2010, 2011, 2012]].notna().all()
    for year in range(2003, 2013):
        expected = float(unemployed.loc[WALBRZYCH_BEFORE_2013, str(year)])
        assert value_of(dataset, WALBRZYCH, "registered_unemployed", year) == expected


def test_split_gminas_stay_in_the_area_totals(dataset: Dataset, source_dir: Path) -> None:
    gugik = source_frame(source_dir, AREA_2025)
    gminas = gugik[gugik["teryt"].str[6].isin(["1", "2", "3"])]
    area = dataset.values.by_indicator["area_km2"][2025]

    # Szczawa (42.4 km²) and Grabówka (64.6 km²) have no polygon: they count in their parents
    assert area.sum() == pytest.approx(gminas["area_ha"].sum() / 100)
    for child, parent in (("1207132", "1207052"), ("2002162", "2002093")):
        parts = gugik[gugik["teryt"].isin([child, parent])]["area_ha"].sum() / 100
        assert area[parent] == pytest.approx(parts)
    malopolska = area[area.index.str.startswith("12")].sum()
    assert malopolska == pytest.approx(
        gminas[gminas["teryt"].str.startswith("12")]["area_ha"].sum() / 100
    )


def test_zielona_gora_has_a_break_where_it_merged(dataset: Dataset) -> None:
    breaks = dataset.store.breaks
    zielona_gora = breaks[breaks["teryt"] == "0862011"]
    density = dataset.values.by_indicator["density"].loc["0862011"]

    assert 2015 in set(zielona_gora["year"])
    assert zielona_gora.set_index("year").loc[2015, "note_pl"].startswith("1 I 2015")
    # no area is known for the town before the merger: its density there is a gap
    assert density[[2010, 2011, 2012, 2013, 2014]].isna().all()
    assert density[2015] > 0


def test_own_revenue_is_one_definition_everywhere(dataset: Dataset, source_dir: Path) -> None:
    finance = source_frame(source_dir, FINANCE).set_index(["teryt", "year"])
    razem = source_frame(source_dir, REVENUE_2010).set_index(["teryt", "year"])["razem"]
    table = dataset.values.by_indicator["own_revenue_per_capita"]

    # 2010–2014 from the file whose ``razem`` is own revenue, over the same year's population
    for year in (2010, 2014):
        own = razem.loc[("1219053", year)]
        assert table.loc["1219053", year] == pytest.approx(
            own / value_of(dataset, "1219053", "population", year)
        )
    # 2015–2024: the file's own ratio (own revenue / its population) is the same definition
    row = finance.loc[("1206162", 2020)]
    assert table.loc["1206162", 2020] == pytest.approx(row["own_revenue_per_capita_pln"], abs=0.01)
    # BDL's published 2020 figures (another population base) are another indicator
    assert set(table.index.str[:2]) == {"12"}
    assert "gmina_revenue_per_capita" not in dataset.catalog
    published = source_frame(source_dir, REVENUE_2020).set_index("teryt")
    other = dataset.values.by_indicator["own_revenue_per_capita_published"][2020]
    assert other["0201011"] == published.loc["0201011", "own_revenue_per_capita_pln"]
