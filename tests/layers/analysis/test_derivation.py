"""Indicator formulas: hand cases, and real rates recomputed from the raw source files."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.analysis.derivation import VALUE_COLUMNS, indicator_values, ratio, values_table
from layers.analysis.territory import BREAK_COLUMNS
from layers.analysis.teryt import KRAKOW
from tests.support.indicators import made_indicator

WIELICZKA = "1219053"
KAMIENICA = "1207052"
SUPRASL = "2002093"
LUDN_2024 = "stats/bdl_LUDN_2425_population_density_urbanization_gminy_2024.csv"
AGE_GROUPS = "stats/bdl_population_economic_age_groups_gminy_2010_2019_long.csv"
FINANCE = "stats/bdl_malopolskie_gminy_population_ownrevenue_investment_2015_2024_long.csv"
FLOWS = "flows/gus_internal_migration_od_gmina_2023.csv"
AREA = "stats/gugik_area_gminy_2025-01-01.csv"
UNEMPLOYED = "stats/bdl_registered_unemployed_2003_2024_wide.csv"


def source_row(source_dir: Path, path: str, **match: str) -> dict[str, str]:
    """The single row of a raw source CSV whose columns equal ``match``."""
    with (source_dir / path).open(encoding="utf-8", newline="") as file:
        rows = [row for row in csv.DictReader(file) if all(row[k] == v for k, v in match.items())]
    assert len(rows) == 1, (path, match)
    return rows[0]


def stored(dataset: Dataset, indicator: str, teryt: str, year: int) -> float:
    return dataset.values.by_indicator[indicator].loc[teryt, year]


# --- real rates ---------------------------------------------------------------------------


def test_old_age_dependency_of_wieliczka(dataset: Dataset, source_dir: Path) -> None:
    row = source_row(source_dir, AGE_GROUPS, teryt=WIELICZKA, year="2019")
    expected = float(row["post_working"]) / float(row["working"]) * 100  # 10,984 / 36,779

    assert stored(dataset, "old_age_dependency", WIELICZKA, 2019) == pytest.approx(expected)
    assert expected == pytest.approx(29.865, abs=1e-3)


def test_in_migrants_from_krakow_to_wieliczka(dataset: Dataset, source_dir: Path) -> None:
    flow = source_row(source_dir, FLOWS, origin_teryt=KRAKOW, dest_teryt=WIELICZKA)
    population = source_row(source_dir, FINANCE, teryt=WIELICZKA, year="2023")
    expected = float(flow["migrants"]) / float(population["population_persons"]) * 1000

    value = stored(dataset, "in_migrants_from_krakow_per_1000", WIELICZKA, 2023)

    assert value == pytest.approx(expected)
    assert expected == pytest.approx(697 / 68904 * 1000)


def test_density_of_krakow(dataset: Dataset, source_dir: Path) -> None:
    area_km2 = float(source_row(source_dir, AREA, teryt=KRAKOW)["area_ha"]) / 100

    assert stored(dataset, "density", KRAKOW, 2022) == pytest.approx(803282 / area_km2)
    assert area_km2 == 326.85


def test_unemployed_per_1000_working_age(dataset: Dataset, source_dir: Path) -> None:
    unemployed = float(source_row(source_dir, UNEMPLOYED, teryt=WIELICZKA)["2019"])
    working = float(source_row(source_dir, AGE_GROUPS, teryt=WIELICZKA, year="2019")["working"])

    value = stored(dataset, "unemployed_per_1000_working_age", WIELICZKA, 2019)

    assert value == pytest.approx(unemployed / working * 1000)
    assert unemployed == 1013


def test_krakow_has_no_in_migration_from_itself(dataset: Dataset) -> None:
    frame = dataset.values.by_indicator["in_migrants_from_krakow_per_1000"]

    assert KRAKOW not in frame.index
    assert len(frame) == 2476


def test_gmina_without_flow_from_krakow_gets_zero(dataset: Dataset, source_dir: Path) -> None:
    with (source_dir / FLOWS).open(encoding="utf-8", newline="") as file:
        destinations = {
            row["dest_teryt"] for row in csv.DictReader(file) if row["origin_teryt"] == KRAKOW
        }
    # districts (8) and delegatury (9) count as their city (WWPP011) in the store
    destinations = {code[:4] + "011" if code[6] in "89" else code for code in destinations}
    without = sorted(set(dataset.codes) - destinations - {KRAKOW})

    frame = dataset.values.by_indicator["in_migrants_from_krakow_per_1000"]

    assert len(destinations) == 311 - 22  # 26 district codes of 4 cities are 4 gminas
    assert "0201011" in without  # Bolesławiec
    assert (frame.loc[without, 2023] == 0.0).all()
    assert (frame.loc[sorted(destinations & set(dataset.codes)), 2023] > 0).all()


# --- hand cases ---------------------------------------------------------------------------


def long(rows: list[tuple[str, int, float]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["teryt", "year", "value"])


def test_ratio_by_gmina_and_year() -> None:
    numerator = long([("A", 2019, 30.0), ("A", 2020, 40.0), ("B", 2019, 5.0), ("C", 2019, 1.0)])
    denominator = long([("A", 2019, 60.0), ("A", 2020, 80.0), ("B", 2019, 0.0), ("C", 2020, 2.0)])

    result = ratio(numerator, denominator, 100)

    # B's denominator is 0 and C has no 2019 denominator: both left out
    assert result.to_dict("records") == [
        {"teryt": "A", "year": 2019, "value": 50.0},
        {"teryt": "A", "year": 2020, "value": 50.0},
    ]


def test_ratio_of_two_yearly_figures_never_mixes_years() -> None:
    population = long([("A", 2010, 500.0), ("A", 2024, 1000.0)])
    revenue = long([("A", 2025, 20.0)])

    assert ratio(revenue, population, 1).empty  # no 2025 population: no value


def breaks_of(rows: list[tuple[str, int]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(code, year, "territory", "", "", np.nan, np.nan) for code, year in rows],
        columns=BREAK_COLUMNS,
    )


def test_an_area_comes_from_the_nearest_edition_of_the_same_territory() -> None:
    population = long([("A", 2010, 500.0), ("A", 2024, 1000.0), ("B", 2010, 30.0)])
    population = pd.concat([population, long([("B", 2016, 40.0), ("B", 2024, 60.0)])])
    area = long([("A", 2021, 20.0), ("A", 2025, 25.0), ("B", 2021, 4.0), ("B", 2025, 4.0)])

    result = ratio(population, area, 1, breaks_of([("B", 2015)]))

    # A: 2010 takes 2021's edition, 2024 the nearer one (2025);
    # B changed territory in 2015: its 2010 figure has no area of its territory
    assert result.sort_values(["teryt", "year"]).to_dict("records") == [
        {"teryt": "A", "year": 2010, "value": 25.0},
        {"teryt": "A", "year": 2024, "value": 40.0},
        {"teryt": "B", "year": 2016, "value": 10.0},
        {"teryt": "B", "year": 2024, "value": 15.0},
    ]


def test_the_old_code_divided_kamienica_by_the_area_left_after_szczawa_split_off(
    dataset: Dataset,
) -> None:
    # 2024: 7,800 residents on the old territory (95.2 km²), not on 52.9 km² (GUGiK 2025)
    assert stored(dataset, "density", KAMIENICA, 2024) == pytest.approx(81.9, abs=0.05)
    assert stored(dataset, "density", SUPRASL, 2024) == pytest.approx(98.3, abs=0.05)
    assert stored(dataset, "area_km2", KAMIENICA, 2025) == pytest.approx(52.86 + 42.38)


def test_density_equals_bdl_published_density_2024(dataset: Dataset, source_dir: Path) -> None:
    published = pd.read_csv(source_dir / LUDN_2024, dtype={"teryt": str}).set_index("teryt")
    ours = dataset.values.by_indicator["density"][2024].dropna()
    bdl = published["density_persons_per_km2"].reindex(ours.index)

    # BDL rounds to 0.1; our population outside Małopolska is BDL's in thousands (±5)
    slack = 0.051 + 5 / dataset.values.by_indicator["area_km2"][2024].reindex(ours.index)
    assert bdl.notna().sum() > 2400
    assert ((ours - bdl).abs() <= slack)[bdl.notna()].all()


VARIABLES = {
    "pop": long([("B", 2019, 200.0), ("A", 2019, 100.0)]),
    "old": long([("A", 2019, 25.0), ("B", 2019, 20.0)]),
}


def test_indicator_values_of_each_formula_kind() -> None:
    variable = indicator_values(made_indicator("p", {"variable": "pop"}), VARIABLES)
    share = indicator_values(made_indicator("s", {"ratio": ["old", "pop", 100]}), VARIABLES)
    change = indicator_values(made_indicator("c", {"change_of": "p"}), VARIABLES)

    assert list(variable.columns) == VALUE_COLUMNS
    assert set(variable["indicator"]) == {"p"}
    assert dict(zip(share["teryt"], share["value"], strict=True)) == {"A": 25.0, "B": 10.0}
    assert change.empty
    assert list(change.columns) == VALUE_COLUMNS


def test_values_table_is_sorted_typed_and_finite() -> None:
    catalog = {
        "s": made_indicator("s", {"ratio": ["old", "pop", 100]}),
        "p": made_indicator("p", {"variable": "pop"}),
        "c": made_indicator("c", {"change_of": "p"}),
    }
    variables = pd.concat(
        [frame.assign(variable=name) for name, frame in VARIABLES.items()]
        + [long([("C", 2019, np.inf)]).assign(variable="pop")],
        ignore_index=True,
    )

    table = values_table(catalog, variables)

    assert table[["teryt", "indicator"]].values.tolist() == [
        ["A", "p"],
        ["B", "p"],
        ["A", "s"],
        ["B", "s"],
    ]  # the infinite value is dropped
    assert table["value"].tolist() == [100.0, 200.0, 25.0, 10.0]
    assert table["year"].dtype == np.int64
    assert table["value"].dtype == np.float64
    assert table.index.equals(pd.RangeIndex(4))
