"""Indicators at their own level: unit scopes, powiat labels and a gmina's powiat figure."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.analysis.levels import (
    DISTRICTS,
    MAP_SCOPES,
    has_districts,
    level_catalog,
    powiat_comparison,
    powiat_genitive,
    powiat_labels,
    powiat_latest,
    powiat_of,
    unit_codes,
    unit_layer,
    unit_scope,
)
from layers.analysis.teryt import KRAKOW
from layers.analysis.values import values_in
from layers.errors import LevelScopeError
from layers.ingest.levels import POWIAT_COLUMNS

WIELICZKA = "1219053"
SALARY = POWIAT_COLUMNS[0]


def raw_salary(source_dir: Path, teryt: str, year: int) -> float:
    with (source_dir / SALARY.path).open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            if row["teryt"] == teryt and int(row["year"]) == year:
                return float(row[SALARY.column])
    raise LookupError((teryt, year))


@pytest.mark.parametrize(
    ("scope", "level", "units"),
    [
        ("smk", "gmina", "smk"),
        ("poland", "powiat", "powiats-poland"),
        ("malopolska", "district", DISTRICTS),
        (DISTRICTS, "district", DISTRICTS),
    ],
)
def test_unit_scope(scope: str, level: str, units: str) -> None:
    assert unit_scope(scope, level) == units
    assert units in MAP_SCOPES


@pytest.mark.parametrize("level", ["gmina", "powiat"])
def test_districts_scope_refuses_other_levels(level: str) -> None:
    with pytest.raises(LevelScopeError, match="district indicators only"):
        unit_scope(DISTRICTS, level)


def test_smk_powiats_are_the_powiats_covering_its_gminas(dataset: Dataset) -> None:
    expected = sorted({code[:4] + "000" for code in dataset.areas["smk"]})

    assert list(unit_codes(dataset, "powiats-smk")) == expected
    assert {"1206000", "1261000", "1219000"} == set(expected)


@pytest.mark.parametrize(("key", "count"), [("powiats-poland", 380), ("powiats-malopolska", 22)])
def test_powiat_unit_counts(dataset: Dataset, key: str, count: int) -> None:
    codes = unit_codes(dataset, key)

    assert len(codes) == count and codes.str.fullmatch(r"\d{4}000").all()


def test_unit_layer_of_districts_and_gminas(dataset: Dataset) -> None:
    districts = unit_layer(dataset, DISTRICTS)

    assert len(districts) == 18 and districts.crs.to_string() == "EPSG:4326"
    assert list(unit_layer(dataset, "smk").index) == list(unit_codes(dataset, "smk"))
    with pytest.raises(KeyError):
        unit_codes(dataset, "powiats")


def test_powiat_values_on_the_powiat_units(dataset: Dataset, source_dir: Path) -> None:
    indicator = dataset.catalog["avg_gross_salary_powiat"]
    codes = unit_codes(dataset, "powiats-poland")

    values = values_in(dataset.values, indicator, 2024, codes)

    assert values.notna().sum() == 380
    assert values["1206000"] == pytest.approx(raw_salary(source_dir, "1206000", 2024))
    # the gminas themselves have no value of a powiat indicator
    assert values_in(dataset.values, indicator, 2024, pd.Index([WIELICZKA])).isna().all()


def test_a_gmina_gets_its_powiats_value_marked(dataset: Dataset, source_dir: Path) -> None:
    latest = powiat_latest(dataset, WIELICZKA, "smk")

    assert set(latest.index) == set(level_catalog(dataset.catalog, "powiat"))
    assert set(latest["powiat"]) == {"1219000"}  # powiat wielicki, not the gmina
    salary = latest.loc["avg_gross_salary_powiat"]
    assert salary["year"] == 2024
    assert salary["value"] == pytest.approx(raw_salary(source_dir, "1219000", 2024))
    assert salary["ranked"] == 3  # the three powiats covering the SMK


def test_powiat_comparison_repeats_a_shared_powiat(dataset: Dataset) -> None:
    table = powiat_comparison(dataset, ["1206022", "1206052", KRAKOW], "smk")
    salary = table[table["indicator"] == "avg_gross_salary_powiat"].set_index("teryt")

    assert list(salary["powiat"]) == ["1206000", "1206000", "1261000"]
    assert salary.loc["1206022", "value"] == salary.loc["1206052", "value"]
    assert powiat_comparison(dataset, [], "smk").empty


def test_powiat_labels_and_genitive() -> None:
    frame = pd.DataFrame({"name": ["wielicki", "Nowy Sącz"]}, index=["1219000", "1262000"])

    assert powiat_labels(frame, "powiat {name}", "powiat m. {name}").tolist() == [
        "powiat wielicki",
        "powiat m. Nowy Sącz",
    ]
    assert powiat_genitive("wielicki") == "wielickiego"
    assert powiat_genitive("Nowy Sącz") == "m. Nowy Sącz"
    assert powiat_of(WIELICZKA) == "1219000"


def test_only_krakow_has_districts() -> None:
    assert has_districts(KRAKOW) and not has_districts(WIELICZKA)
