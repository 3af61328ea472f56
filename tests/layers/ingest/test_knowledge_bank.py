"""The knowledge bank's gmina series against their raw source files, read here independently.

GUS Tabl. IV (vital statistics and migration, 2020 and 2024), BDL dwellings completed
(1995–2024), LUDN_2425 by sex (2024) and the exact 2023 population of the GUS table:
sampled gmina-years of the store equal the raw cells, an empty cell stays a gap, and the
ratios the build computes agree with the rates GUS publishes.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from layers.analysis.dataset import Dataset
from layers.analysis.teryt import KRAKOW, RECODED
from layers.ingest.sources import DWELLINGS, LUDN_2024, VITAL_STATS

WIELICZKA = "1219053"
GROMADKA = "0201032"
"""A rural gmina of Lower Silesia (powiat bolesławiecki)."""
SAMPLED = (KRAKOW, WIELICZKA, GROMADKA)


def raw_rows(source_dir: Path, path: str) -> dict[tuple[str, str], dict[str, str]]:
    """Return a source file's rows by ``(teryt, year)``, every cell as written."""
    with (source_dir / path).open(encoding="utf-8", newline="") as file:
        return {(row["teryt"], row.get("year", "")): row for row in csv.DictReader(file)}


def stored(dataset: Dataset, teryt: str, indicator: str, year: int) -> float | None:
    """Return a stored value, or None for a gap (no row)."""
    if id(dataset) not in _INDEXED:
        keys = ["teryt", "indicator", "year"]
        _INDEXED[id(dataset)] = dataset.store.values.set_index(keys)["value"].to_dict()
    value = _INDEXED[id(dataset)].get((teryt, indicator, year))
    return None if value is None else float(value)


_INDEXED: dict[int, dict] = {}
"""The store's values by key, once per dataset (the values table has no duplicate keys)."""


@pytest.fixture(scope="module")
def vital(source_dir: Path) -> dict[tuple[str, str], dict[str, str]]:
    return raw_rows(source_dir, VITAL_STATS)


@pytest.mark.parametrize("teryt", SAMPLED)
@pytest.mark.parametrize("year", [2020, 2024])
@pytest.mark.parametrize(
    "indicator",
    [
        "live_births",
        "deaths",
        "natural_increase",
        "total_net_migration",
        "live_births_per_1000",
        "deaths_per_1000",
        "marriages_per_1000",
        "total_net_migration_per_1000",
    ],
)
def test_vital_statistics_equal_the_raw_cells(
    dataset: Dataset, vital: dict, teryt: str, year: int, indicator: str
) -> None:
    """Each of these indicators is the source column of the same name."""
    raw = float(vital[(teryt, str(year))][indicator])

    assert stored(dataset, teryt, indicator, year) == pytest.approx(raw)


@pytest.mark.parametrize("teryt", SAMPLED)
@pytest.mark.parametrize("year", [2020, 2024])
def test_migration_rates_are_ratios_to_the_tables_own_population(
    dataset: Dataset, vital: dict, teryt: str, year: int
) -> None:
    row = vital[(teryt, str(year))]
    population = float(row["population_31xii"])

    for kind in ("internal", "international"):
        expected = float(row[f"{kind}_migration_net"]) / population * 1000
        got = stored(dataset, teryt, f"{kind}_net_migration_per_1000", year)
        assert got == pytest.approx(expected), kind
    total = float(row["total_net_migration"]) / population * 1000
    assert float(row["total_net_migration_per_1000"]) == pytest.approx(total, rel=0.05, abs=0.05)


def test_the_pre_census_2020_population_is_not_population(dataset: Dataset) -> None:
    assert stored(dataset, GROMADKA, "population", 2020) is None  # outside Małopolska
    assert stored(dataset, KRAKOW, "population", 2020) == 800531  # census-rebased, not 779,966


@pytest.mark.parametrize(
    ("teryt", "year", "indicator"),
    [
        ("2011045", 2020, "live_births_per_1000"),  # Krynki's rural part: no births
        ("2011043", 2020, "live_births_per_1000"),  # Krynki itself: a rate
        ("1002033", 2024, "marriages_per_1000"),  # Dąbrowice: no marriages
    ],
)
def test_an_empty_rate_cell_is_a_gap_not_zero(
    dataset: Dataset, vital: dict, teryt: str, year: int, indicator: str
) -> None:
    raw = vital[(teryt, str(year))][indicator]

    if raw == "":
        assert stored(dataset, teryt, indicator, year) is None
    else:
        assert stored(dataset, teryt, indicator, year) == pytest.approx(float(raw))


def test_our_ratios_agree_with_the_rates_gus_publishes(dataset: Dataset, vital: dict) -> None:
    """Births and deaths per 1,000 of the 31 XII population are within GUS's mid-year rates."""
    pairs = (("live_births_per_1000", "live_births"), ("deaths_per_1000", "deaths"))
    for indicator, count in pairs:
        published = dataset.store.values[dataset.store.values["indicator"] == indicator]
        published = published[published["year"] == 2024].set_index("teryt")["value"]
        population = dataset.store.values
        population = population[(population["indicator"] == "population")]
        population = population[population["year"] == 2024].set_index("teryt")["value"]
        counts = pd.Series(
            {
                teryt: float(row[count])
                for (teryt, year), row in vital.items()
                if year == "2024" and teryt in published.index
            }
        )
        ours = (counts / population.reindex(counts.index) * 1000).dropna()
        relative = (ours / published.reindex(ours.index) - 1).abs().dropna()

        assert len(relative) > 2400
        assert relative.median() < 0.01, indicator
        assert relative.quantile(0.95) < 0.05, indicator


def test_infant_deaths_per_1000_births_match_gus_where_published(
    dataset: Dataset, vital: dict
) -> None:
    checked = 0
    for (teryt, year), row in vital.items():
        rate = row["infant_deaths_per_1000_live_births"]
        if rate == "" or row["unit_type"] not in ("1", "2", "3") or teryt[4:6] == "00":
            continue
        ours = stored(dataset, teryt, "infant_deaths_per_1000_births", int(year))
        if ours is not None:
            assert ours == pytest.approx(float(rate), abs=1e-3), (teryt, year)
            checked += 1

    assert checked > 1000
    assert stored(dataset, GROMADKA, "infant_deaths_per_1000_births", 2024) == 0.0  # 0 of 27


@pytest.mark.parametrize("teryt", SAMPLED)
@pytest.mark.parametrize("year", [1995, 2010, 2019, 2022, 2024])
def test_dwellings_equal_the_raw_cells(
    dataset: Dataset, source_dir: Path, teryt: str, year: int
) -> None:
    raw = raw_rows(source_dir, DWELLINGS)[(teryt, str(year))]["dwellings_completed"]

    got = stored(dataset, teryt, "dwellings_completed", year)
    assert got == (None if raw == "" else pytest.approx(float(raw)))


def test_dwellings_per_1000_are_ratios_where_population_exists(dataset: Dataset) -> None:
    dwellings = stored(dataset, KRAKOW, "dwellings_completed", 2022)
    population = stored(dataset, KRAKOW, "population", 2022)
    assert dwellings is not None and population is not None

    assert stored(dataset, KRAKOW, "dwellings_per_1000", 2022) == pytest.approx(
        dwellings / population * 1000
    )
    assert stored(dataset, KRAKOW, "dwellings_completed", 2005) is not None
    assert stored(dataset, KRAKOW, "dwellings_per_1000", 2005) is None  # no population yet


def test_an_empty_dwellings_cell_is_a_gap(dataset: Dataset, source_dir: Path) -> None:
    raw = raw_rows(source_dir, DWELLINGS)
    codes = set(dataset.codes)
    empty = [
        (teryt, year)
        for (teryt, year), row in raw.items()
        if row["dwellings_completed"] == "" and teryt in codes
    ]
    filled = {(t[:6], year) for (t, year), row in raw.items() if row["dwellings_completed"]}
    recoded = set(RECODED.values())  # an older code of another prefix may fill the year
    only_empty = [(teryt, year) for teryt, year in empty if (teryt[:6], year) not in filled]
    only_empty = [key for key in only_empty if key[0] not in recoded][:20]
    assert only_empty

    for teryt, year in only_empty:
        assert stored(dataset, teryt, "dwellings_completed", int(year)) is None, (teryt, year)


def test_walbrzych_dwellings_follow_its_current_code(dataset: Dataset, source_dir: Path) -> None:
    raw = raw_rows(source_dir, DWELLINGS)

    assert stored(dataset, "0265011", "dwellings_completed", 2024) == float(
        raw[("0265011", "2024")]["dwellings_completed"]
    )
    assert stored(dataset, "0265011", "dwellings_completed", 2005) == float(
        raw[("0221091", "2005")]["dwellings_completed"]
    )


@pytest.mark.parametrize("teryt", SAMPLED)
def test_feminisation_ratio_is_women_per_100_men(
    dataset: Dataset, source_dir: Path, teryt: str
) -> None:
    row = raw_rows(source_dir, LUDN_2024)[(teryt, "2024")]
    expected = float(row["population_female_thousands"]) / float(row["population_male_thousands"])

    assert stored(dataset, teryt, "feminisation_ratio", 2024) == pytest.approx(expected * 100)


@pytest.mark.parametrize("teryt", [GROMADKA, "0201011", KRAKOW])
def test_population_2023_is_the_exact_gus_count(
    dataset: Dataset, source_dir: Path, teryt: str
) -> None:
    raw = raw_rows(source_dir, "stats/gus_area_population_gminy_2023-12-31.csv")[(teryt, "")]

    assert stored(dataset, teryt, "population", 2023) == float(raw["population"])


KNOWLEDGE_BANK = (
    "live_births",
    "deaths",
    "natural_increase",
    "live_births_per_1000",
    "deaths_per_1000",
    "natural_increase_per_1000",
    "marriages_per_1000",
    "infant_deaths_per_1000_births",
    "internal_net_migration_per_1000",
    "international_net_migration_per_1000",
    "total_net_migration",
    "total_net_migration_per_1000",
    "dwellings_completed",
    "dwellings_per_1000",
    "feminisation_ratio",
)


@pytest.mark.parametrize("indicator_id", KNOWLEDGE_BANK)
def test_every_new_indicator_has_every_field(dataset: Dataset, indicator_id: str) -> None:
    indicator = dataset.catalog[indicator_id]

    assert indicator.definition_pl and indicator.definition_en
    assert indicator.source and indicator.source_date and indicator.source_date_kind
    assert indicator.plausible is not None
    assert (indicator.max_jump is None) == indicator_id.startswith("dwellings")
    assert indicator.level == "gmina"
    per_resident = indicator.formula.get("ratio", [None, None])[1] == "population"
    crosses = per_resident and min(indicator.years) < 2020
    assert indicator.series_break == (2020 if crosses else None)


def test_the_catalog_of_gminas_has_grown_by_the_knowledge_bank(dataset: Dataset) -> None:
    gmina_level = [i for i in dataset.catalog.values() if i.level == "gmina"]

    assert set(KNOWLEDGE_BANK) <= set(dataset.catalog)
    assert len(gmina_level) >= 32
