"""Powiat series and Kraków's districts in the store, against the raw CSVs of the mirror."""

from __future__ import annotations

import csv
import math
import random
from pathlib import Path

import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.errors import SourceFileError
from layers.ingest.levels import (
    DISTRICTS_CSV,
    POWIAT_COLUMNS,
    LevelColumn,
    district_code,
    district_rows,
    level_variables,
    powiat_rows,
)
from layers.store import io

INDICATOR_OF = {
    "avg_gross_salary": "avg_gross_salary_powiat",
    "unemployment_rate": "unemployment_rate_powiat",
    "regon_per_10k": "regon_per_10k_powiat",
    "dwellings_per_1000_powiat": "dwellings_per_1000_powiat",
    "nursery_care_pct": "nursery_care_powiat",
}


def raw_rows(source_dir: Path, path: str) -> list[dict[str, str]]:
    with (source_dir / path).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def stored(dataset: Dataset, indicator: str) -> dict[tuple[str, int], float]:
    values = dataset.store.values
    rows = values[values["indicator"] == indicator]
    return dict(zip(zip(rows["teryt"], rows["year"], strict=True), rows["value"], strict=True))


def test_powiat_layer_has_380_seven_character_codes(dataset: Dataset) -> None:
    powiats = dataset.store.powiats

    assert len(powiats) == 380
    assert powiats.index.str.fullmatch(r"\d{4}000").all()
    assert powiats.loc["1206000", "name"] == "krakowski"
    assert powiats.loc["1261000", "name"] == "Kraków"


@pytest.mark.parametrize("spec", POWIAT_COLUMNS, ids=lambda spec: spec.variable)
def test_powiat_values_equal_the_raw_file_on_sampled_rows(
    dataset: Dataset, source_dir: Path, spec: LevelColumn
) -> None:
    values = stored(dataset, INDICATOR_OF[spec.variable])
    powiats = set(dataset.store.powiats.index)
    rows = [row for row in raw_rows(source_dir, spec.path) if row["teryt"] in powiats]
    filled = [row for row in rows if row[spec.column].strip() not in ("", "0", "0.0")]
    for row in random.Random(20).sample(filled, 60):
        key = (row["teryt"], int(row["year"]))
        assert values[key] == pytest.approx(float(row[spec.column])), key
    for row in (row for row in rows if not row[spec.column].strip()):
        assert (row["teryt"], int(row["year"])) not in values  # a gap, never 0
    assert not any(teryt.endswith("00000") for teryt, _ in values)  # no country/voivodeship
    assert {teryt for teryt, _ in values} <= powiats


def test_krakow_salary_of_the_provenance_checks(dataset: Dataset) -> None:
    values = stored(dataset, "avg_gross_salary_powiat")

    assert values[("1261000", 2002)] == pytest.approx(2300.64)
    assert values[("1261000", 2024)] == pytest.approx(10455.44)


def test_a_zero_salary_is_a_gap_with_a_finding(dataset: Dataset, source_dir: Path) -> None:
    spec = POWIAT_COLUMNS[0]
    zeros = [
        (row["teryt"], int(row["year"]))
        for row in raw_rows(source_dir, spec.path)
        if row[spec.column].strip() and float(row[spec.column]) == 0
    ]
    _, found = level_variables(
        lambda path, columns: io.read_source_table(source_dir, path, columns),
        dataset.store.powiats.index,
    )
    listed = found[(found["subject"] == spec.variable) & (found["action"] == "missing")]

    assert zeros  # Jastrzębie-Zdrój 2022–2023 in the mirror
    values = stored(dataset, "avg_gross_salary_powiat")
    assert not set(zeros) & set(values)
    assert set(zip(listed["teryt"], listed["year"], strict=True)) == set(zeros)
    assert set(found.loc[found["check"] == "unmatched_code", "teryt"]) == {"0263000"}


def test_powiat_without_polygon_is_dropped_and_listed() -> None:
    frame = pd.DataFrame(
        {
            "teryt": ["0263000", "1261000", "1200000", "0000000", "1206000"],
            "year": ["2002", "2002", "2002", "2002", "2003"],
            "x": ["5", "7.5", "6", "6", ""],
        }
    )
    spec = LevelColumn("x", "stats/powiaty/x.csv", "x")

    rows, found = powiat_rows(spec, frame, pd.Index(["1261000", "1206000"]))

    assert rows[["teryt", "year", "value"]].values.tolist() == [["1261000", 2002, 7.5]]
    assert found[["check", "teryt", "action"]].values.tolist() == [
        ["unmatched_code", "0263000", "dropped"]
    ]


def test_a_text_in_a_number_cell_is_a_source_error() -> None:
    frame = pd.DataFrame({"teryt": ["1261000"], "year": ["2002"], "x": ["n/a"]})

    with pytest.raises(SourceFileError, match="x is not a number"):
        powiat_rows(LevelColumn("x", "p.csv", "x"), frame, pd.Index(["1261000"]))


def test_districts_equal_the_raw_file(dataset: Dataset, source_dir: Path) -> None:
    residents = stored(dataset, "district_residents")
    area = stored(dataset, "district_area_km2")
    density = stored(dataset, "district_density")
    rows = raw_rows(source_dir, DISTRICTS_CSV)

    assert len(rows) == len(residents) == 18
    for row in rows:
        key = (f"D{int(row['district_no']):02d}", 2019)
        people, km2 = float(row["population_registered_2019_12_31"]), float(row["area_km2"])
        assert residents[key] == people and area[key] == pytest.approx(km2)
        assert density[key] == pytest.approx(people / km2)
    assert math.isclose(sum(residents.values()), 709_400)


def test_district_layer_codes_match_the_values(dataset: Dataset) -> None:
    districts = dataset.store.districts

    assert sorted(districts.index) == [f"D{number:02d}" for number in range(1, 19)]
    assert districts.is_valid.all()
    assert set(stored(dataset, "district_residents")) == {(c, 2019) for c in districts.index}


def test_district_rows_leave_an_empty_cell_out() -> None:
    frame = pd.DataFrame(
        {
            "district_no": ["1", "2"],
            "area_km2": ["5.5", ""],
            "population_registered_2019_12_31": ["9", "8"],
        }
    )

    rows = district_rows(frame)

    assert (
        len(rows) == 3
        and not ((rows["teryt"] == "D02") & (rows["variable"] == "district_area_km2")).any()
    )


def test_district_code() -> None:
    assert district_code(pd.Series(["7", 18])).tolist() == ["D07", "D18"]


def test_level_indicators_carry_their_level(dataset: Dataset) -> None:
    for variable, indicator in INDICATOR_OF.items():
        assert dataset.catalog[indicator].level == "powiat", variable
    for indicator in ("district_area_km2", "district_residents", "district_density"):
        assert dataset.catalog[indicator].level == "district"
