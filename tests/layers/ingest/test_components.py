"""The components table the build reads for the outlook, against the raw CSVs."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.errors import SourceFileError
from layers.ingest.build import BuildSources, build_store, inputs_fingerprint
from layers.ingest.components import MIGRATION_SERIES, VITAL
from server.settings import GEODATA_DIR
from tests.layers.ingest.test_build import source_copy


def raw(source_dir: Path, path: str) -> pd.DataFrame:
    return pd.read_csv(source_dir / path, dtype={"teryt": str})


def component(dataset: Dataset, teryt: str, variable: str, year: int) -> float:
    table = dataset.store.components
    rows = table[(table["teryt"] == teryt) & (table["variable"] == variable)]
    return rows.set_index("year")["value"].get(year, float("nan"))


@pytest.mark.parametrize("year", [2020, 2024])
def test_krakow_events_equal_tabl_iv(dataset: Dataset, source_dir: Path, year: int) -> None:
    table = raw(source_dir, VITAL)
    row = table[(table["teryt"] == "1261011") & (table["year"] == year)].iloc[0]
    assert component(dataset, "1261011", "births", year) == row["live_births"]
    assert component(dataset, "1261011", "deaths", year) == row["deaths"]
    assert component(dataset, "1261011", "net_migration", year) == row["total_net_migration"]
    assert component(dataset, "1261011", "population_end", year) == row["population_31xii"]


def test_every_gmina_has_both_tabl_iv_years(dataset: Dataset) -> None:
    table = dataset.store.components
    births = table[table["variable"] == "births"]
    for year in (2020, 2024):
        assert set(births.loc[births["year"] == year, "teryt"]) == set(dataset.codes)
    assert not table.duplicated(["teryt", "variable", "year"]).any()


def test_an_older_type_digit_moves_to_todays_code(dataset: Dataset, source_dir: Path) -> None:
    # Książ Wielki was 1208042 in 2020 and is 1208043 today
    table = raw(source_dir, VITAL)
    old = table[(table["teryt"] == "1208042") & (table["year"] == 2020)].iloc[0]
    assert component(dataset, "1208043", "births", 2020) == old["live_births"]


def test_malopolska_series_fills_the_other_years(dataset: Dataset, source_dir: Path) -> None:
    series = raw(source_dir, MIGRATION_SERIES)
    krakow = series[series["teryt"] == "1261011"].set_index("year")["net"]
    assert component(dataset, "1261011", "net_migration", 2019) == krakow[2019]
    assert component(dataset, "1261011", "net_migration", 1995) == krakow[1995]
    years = dataset.store.components.query("variable == 'net_migration'")["year"]
    assert years.min() == 1995
    assert years.max() == 2024


def test_a_broken_vital_table_stops_the_build(source_dir: Path, tmp_path: Path) -> None:
    copy = source_copy(source_dir, tmp_path / "source", VITAL)
    copy.write_text((source_dir / VITAL).read_text(encoding="utf-8").replace("live_births", "x"))
    with pytest.raises(SourceFileError, match=re.escape(VITAL)) as error:
        build_store(BuildSources(tmp_path / "source", GEODATA_DIR))
    assert "missing column(s) live_births" in str(error.value)


def test_the_vital_table_is_in_the_fingerprint(source_dir: Path, tmp_path: Path) -> None:
    copy = source_copy(source_dir, tmp_path, VITAL)
    copy.write_bytes((source_dir / VITAL).read_bytes())
    before = inputs_fingerprint(BuildSources(tmp_path, GEODATA_DIR))
    copy.write_bytes((source_dir / VITAL).read_bytes() + b"\n")
    assert inputs_fingerprint(BuildSources(tmp_path, GEODATA_DIR)) != before


def test_a_year_of_zeros_in_the_series_is_a_gap(dataset: Dataset, source_dir: Path) -> None:
    series = raw(source_dir, MIGRATION_SERIES)
    zeros = series[(series["in_total"] == 0) & (series["out_total"] == 0)]
    assert set(zeros["year"]) == {2015}
    assert (zeros["in_from_urban"] > 0).any()  # its parts were published: not a true zero
    table = dataset.store.components
    net = table[table["variable"] == "net_migration"]
    assert not (net["year"] == 2015).any()
    assert (net["year"] == 2016).sum() == 182
