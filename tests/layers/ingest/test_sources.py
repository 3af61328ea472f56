"""The source map agrees with the files of the mirror."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from layers.ingest.build import required_columns
from layers.ingest.sources import BOUNDARIES, SOURCE_COLUMNS, SourceColumn


@pytest.mark.parametrize("spec", SOURCE_COLUMNS, ids=lambda s: f"{s.variable}:{Path(s.path).stem}")
def test_source_file_has_the_columns(source_dir: Path, spec: SourceColumn) -> None:
    with (source_dir / spec.path).open(encoding="utf-8", newline="") as file:
        header = next(csv.reader(file))

    assert set(required_columns(spec)) <= set(header)
    if spec.wide:
        assert {str(year) for year in range(2003, 2025)} <= set(header)


@pytest.mark.parametrize("path", BOUNDARIES.values())
def test_boundary_files_exist(source_dir: Path, path: str) -> None:
    assert (source_dir / path).is_file()


def test_exact_counts_come_before_thousands() -> None:
    population = [spec for spec in SOURCE_COLUMNS if spec.variable == "population"]

    assert population[0].column == "population_persons"
    assert [spec.factor for spec in population][-2:] == [1000.0, 1000.0]
    assert all(spec.factor == 1.0 for spec in population[:-2])
