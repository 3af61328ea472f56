"""Coverage per year and data-quality findings per indicator, on the real store."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.catalog import Indicator
from layers.analysis.catalog_coverage import covers, quality_counts, subjects, year_coverage
from layers.analysis.dataset import Dataset


def test_coverage_per_year_is_the_share_of_gminas_with_a_value(dataset: Dataset) -> None:
    population = dataset.catalog["population"]
    shares = year_coverage(dataset, population, "poland")
    values = dataset.store.values
    held_2020 = values[(values["indicator"] == "population") & (values["year"] == 2020)]

    assert list(shares.index) == list(population.years)
    assert shares[2024] == 1.0
    assert shares[2020] == pytest.approx(len(held_2020) / len(dataset.codes))  # Małopolska only
    assert year_coverage(dataset, population, "malopolska")[2020] == 1.0


def test_a_gap_is_not_covered(dataset: Dataset) -> None:
    """GUS's empty marriage rates of 2024 leave their gminas uncovered."""
    marriages = dataset.catalog["marriages_per_1000"]
    shares = year_coverage(dataset, marriages, "poland")

    assert 0.99 < shares[2024] < 1.0
    assert covers(dataset, dataset.catalog["net_migration_per_1000"], "smk")


def test_findings_are_counted_under_their_indicator(dataset: Dataset) -> None:
    quality = dataset.store.quality
    counts = quality_counts(quality, dataset.catalog.values()).set_index(["indicator", "check"])

    dropped = quality[(quality["check"] == "other_territory") & (quality["subject"] == "density")]
    assert counts.loc[("density", "other_territory"), "count"] == len(dropped) > 0
    assert ("feminisation_ratio", "jump") not in counts.index


def test_quality_counts_by_subject_and_action() -> None:
    quality = pd.DataFrame(
        {
            "check": ["jump", "jump", "unit_parts", "parts_total"],
            "subject": ["x", "x", "population", "some/file.csv:total"],
            "teryt": ["1", "2", "3", "4"],
            "year": [2020, 2021, 2020, 2020],
            "value": [1.0, 2.0, 3.0, 4.0],
            "action": ["listed", "listed", "missing", "missing"],
        }
    )
    x = Indicator(
        **dict.fromkeys(["name_pl", "name_en", "unit_pl", "unit_en", "theme", "source"], "t"),
        id="x",
        definition_pl="d",
        definition_en="d",
        years=(2020,),
        polarity="neutral",
        aggregation="sum",
        formula={"ratio": ["population", "area_km2", 1]},
    )

    assert subjects(x) == {"x", "population", "area_km2"}
    assert quality_counts(quality, [x]).values.tolist() == [
        ["x", "jump", "listed", 2],
        ["x", "unit_parts", "missing", 1],
    ]
    assert quality_counts(quality.iloc[0:0], [x]).empty
