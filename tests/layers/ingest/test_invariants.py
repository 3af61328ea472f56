"""The build's data invariants: hand cases for each check, and the real store keeping them."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.analysis.derivation import TERRITORIAL_VARIABLES
from layers.analysis.territory import epochs, no_breaks
from layers.ingest.build import BuildSources, build_store
from layers.ingest.invariants import (
    CHECKS,
    FINDING_COLUMNS,
    implausible,
    parts_checked,
    unexplained_jumps,
    unit_parts_checked,
    zero_years_dropped,
)
from layers.ingest.sources import MIGRATION, PartsRule, SourceColumn
from layers.store import io
from server.settings import GEODATA_DIR
from tests.support.indicators import made_indicator

MIGRATION_RULES = (
    PartsRule("m.csv", "in_total", ("in_rural", "in_urban"), ("net", "net_per_1000")),
    PartsRule("m.csv", "all", ("a", "b"), (), exact=True),
)


def frame(rows: list[list[str]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns, dtype=str)


def long(rows: list[tuple[str, str, int, float]], key: str = "indicator") -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["teryt", key, "year", "value"])


# --- hand cases ---------------------------------------------------------------------------


def test_a_total_below_its_parts_is_missing_with_what_is_computed_from_it() -> None:
    columns = ["teryt", "year", "in_rural", "in_urban", "in_total", "net", "net_per_1000"]
    columns += ["a", "b", "all"]
    source = frame(
        [
            ["1201011", "2014", "153", "95", "259", "-76", "-2.5", "1", "2", "3"],
            ["1201011", "2015", "135", "99", "0", "0", "0.0", "1", "2", "3"],  # total of 0
            ["1201011", "2016", "114", "90", "231", "-56", "-1.9", "1", "2", "4"],  # 1+2 != 4
            ["1201011", "2017", "", "", "196", "-136", "-4.5", "1", "", "9"],  # parts unknown
        ],
        columns,
    )

    checked, found = parts_checked(source, "m.csv", MIGRATION_RULES)

    assert checked["in_total"].isna().tolist() == [False, True, False, False]
    assert checked["net_per_1000"].isna().tolist() == [False, True, False, False]
    assert checked["all"].isna().tolist() == [False, False, True, False]
    assert checked.loc[0, "net_per_1000"] == "-2.5"
    assert source.loc[1, "in_total"] == "0"  # input untouched
    assert list(found.columns) == FINDING_COLUMNS
    assert found[["check", "year", "action"]].values.tolist() == [
        ["parts_total", 2015, "missing"],
        ["parts_total", 2016, "missing"],
    ]
    assert parts_checked(source, "other.csv", MIGRATION_RULES)[1].empty


def test_an_urban_rural_gmina_must_be_its_two_parts() -> None:
    rows = pd.DataFrame(
        [
            ("1219053", 2019, 60000.0),
            ("1219054", 2019, 23000.0),
            ("1219055", 2019, 37000.0),
            ("1219053", 2020, 61000.0),  # parts say 62,000: the total is missing
            ("1219054", 2020, 24000.0),
            ("1219055", 2020, 38000.0),
            ("1206113", 2020, 9000.0),  # parts all 0: the source has none, the total stands
            ("1206114", 2020, 0.0),
            ("1206115", 2020, 0.0),
        ],
        columns=["teryt", "year", "value"],
    )
    spec = SourceColumn("population", "x.csv", "population", additive=True)

    kept, found = unit_parts_checked(rows, spec)

    totals = kept[kept["teryt"].str.endswith("3")]
    assert totals[["teryt", "year"]].values.tolist() == [["1219053", 2019], ["1206113", 2020]]
    assert found[["check", "teryt", "year", "value"]].values.tolist() == [
        ["unit_parts", "1219053", 2020, 61000.0]
    ]


def test_thousands_with_two_decimals_may_be_off_by_their_rounding() -> None:
    rows = pd.DataFrame(
        [("1219053", 2024, 69790.0), ("1219054", 2024, 23780.0), ("1219055", 2024, 46000.0)],
        columns=["teryt", "year", "value"],
    )
    spec = SourceColumn("p", "x.csv", "k", factor=1000.0, additive=True, decimals=2)

    assert unit_parts_checked(rows, spec)[1].empty  # 10 persons apart, within 2 × 10


def test_a_year_of_zeros_is_missing_not_zero() -> None:
    table = long(
        [
            ("A", "m", 2014, -2.5),
            ("B", "m", 2014, 1.0),
            ("A", "m", 2015, 0.0),
            ("B", "m", 2015, 0.0),
            ("A", "z", 2015, 0.0),  # a series of zeros only: left alone
            ("B", "z", 2015, 0.0),
            ("A", "one", 2015, 0.0),  # a single gmina's 0 is a figure
            ("A", "one", 2016, 3.0),
        ]
    )

    kept, found = zero_years_dropped(table, "indicator")

    assert sorted(map(tuple, kept[["indicator", "year"]].drop_duplicates().values.tolist())) == [
        ("m", 2014),
        ("one", 2015),
        ("one", 2016),
        ("z", 2015),
    ]
    assert found[["check", "subject", "year"]].drop_duplicates().values.tolist() == [
        ["zero_year", "m", 2015]
    ]


def test_values_outside_the_plausible_range_are_listed() -> None:
    catalog = {"s": made_indicator("s", plausible=(0.0, 100.0)), "free": made_indicator("free")}
    values = long([("A", "s", 2019, 101.0), ("B", "s", 2019, 50.0), ("A", "free", 2019, -1e9)])

    found = implausible(catalog, values)

    assert found[["check", "subject", "teryt", "action"]].values.tolist() == [
        ["implausible", "s", "A", "listed"]
    ]


def test_a_jump_needs_a_break() -> None:
    catalog = {"p": made_indicator("p", max_jump=0.1, series_break=2020)}
    values = long(
        [
            ("A", "p", 2014, 100.0),
            ("A", "p", 2015, 120.0),  # +20 %, no break: listed
            ("A", "p", 2019, 120.0),
            ("A", "p", 2020, 140.0),  # the series break explains it
            ("B", "p", 2014, 100.0),
            ("B", "p", 2015, 130.0),  # B's own break explains it
            ("C", "p", 2013, 100.0),
            ("C", "p", 2015, 130.0),  # not successive years
        ]
    )
    breaks = pd.concat([no_breaks(), pd.DataFrame({"teryt": ["B"], "year": [2015]})])

    found = unexplained_jumps(catalog, values, breaks)

    assert found[["check", "teryt", "year"]].values.tolist() == [["jump", "A", 2015]]
    assert found["value"].iloc[0] == pytest.approx(0.2)


def test_every_check_is_described() -> None:
    assert set(CHECKS) == {
        "parts_total",
        "unit_parts",
        "zero_year",
        "zero_gap",
        "split_merged",
        "split_territory",
        "unmatched_code",
        "other_territory",
        "implausible",
        "jump",
    }


# --- the real store -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def quality(source_dir: Path) -> pd.DataFrame:
    return build_store(BuildSources(source_dir, GEODATA_DIR)).quality


def test_net_migration_2015_is_a_gap_not_zero(dataset: Dataset, source_dir: Path) -> None:
    with (source_dir / MIGRATION).open(encoding="utf-8", newline="") as file:
        rows = [row for row in csv.DictReader(file) if row["year"] == "2015"]
    assert {row["net_per_1000"] for row in rows} == {"0.0"}  # the source's figure
    frame = dataset.values.by_indicator["net_migration_per_1000"]

    assert 2015 not in frame.columns
    assert 2015 not in dataset.catalog["net_migration_per_1000"].years
    assert frame[[2014, 2016]].notna().sum().tolist() == [182, 182]


def test_the_report_names_the_2015_migration_rows(quality: pd.DataFrame) -> None:
    broken = quality[(quality["check"] == "parts_total") & quality["subject"].str.contains("in_")]

    assert set(broken["year"]) == {2015}
    assert broken["teryt"].str.startswith("12").all()
    assert set(broken["action"]) == {"missing"}


def test_no_indicator_has_a_year_of_zeros(dataset: Dataset) -> None:
    values = dataset.store.values
    zero = (values["value"] == 0).groupby([values["indicator"], values["year"]]).all()

    assert not zero.any(), zero[zero].index.tolist()


def test_no_jump_in_the_real_data_is_unexplained(quality: pd.DataFrame) -> None:
    jumps = quality[quality["check"] == "jump"]

    assert jumps.empty, jumps.to_string()


def test_every_real_value_is_plausible(quality: pd.DataFrame) -> None:
    outside = quality[quality["check"] == "implausible"]

    assert outside.empty, outside.to_string()


def test_the_report_is_written_with_the_store(dataset: Dataset, store_dir: Path) -> None:
    written = pd.read_csv(store_dir / io.QUALITY_FILE, dtype={"teryt": str})

    assert list(written.columns) == FINDING_COLUMNS
    assert set(written["check"]) <= set(CHECKS)
    assert {"parts_total", "split_merged", "unmatched_code", "other_territory"} <= set(
        written["check"]
    )


def test_every_ratio_divides_figures_of_one_year_and_one_territory(dataset: Dataset) -> None:
    # recompute each stored ratio from the variables' own tables: same year, or for an
    # area the edition of the same epoch (no break of the gmina in between)
    store, breaks = dataset.store, dataset.store.breaks
    for indicator in dataset.catalog.values():
        _, denominator, factor = indicator.formula.get("ratio", (None, None, None))
        if denominator is None or denominator not in TERRITORIAL_VARIABLES | {"population"}:
            continue
        rows = store.values[store.values["indicator"] == indicator.id]
        if denominator == "population":
            den = dataset.values.by_indicator["population"].stack().rename("den")
            joined = rows.join(den, on=["teryt", "year"])
            assert joined["den"].notna().all(), indicator.id
            continue
        area = store.values[store.values["indicator"] == "area_km2"]
        implied = rows.merge(population_rows(dataset), on=["teryt", "year"])
        implied["area"] = implied["population"] / implied["value"] * factor
        editions = implied.merge(area, on="teryt", suffixes=("", "_edition"))
        editions = editions[np.isclose(editions["area"], editions["value_edition"], rtol=1e-9)]
        same = epochs(editions, breaks) == epochs(
            editions.assign(year=editions["year_edition"]), breaks
        )
        assert editions[same].drop_duplicates(["teryt", "year"]).shape[0] == len(rows)


def population_rows(dataset: Dataset) -> pd.DataFrame:
    population = dataset.values.by_indicator["population"].stack().rename("population")
    return population.reset_index()
