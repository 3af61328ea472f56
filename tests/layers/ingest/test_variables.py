"""Source variables: one column of one file as long rows, and the priority between files."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.errors import SourceFileError
from layers.ingest.sources import SourceColumn
from layers.ingest.variables import VARIABLE_COLUMNS, variable_rows, variables_table

CODES = pd.Index(["1201011", "1208043", "1219053", "1261011"], name="teryt")
CURRENT = CODES  # today's codes: 1208042 (Książ Wielki before 2022) moves to 1208043


def frame(rows: list[list[str]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns, dtype=str)


def records(result: pd.DataFrame) -> list[tuple]:
    return sorted(result[VARIABLE_COLUMNS].itertuples(index=False, name=None))


def test_long_file_with_recode_and_filters() -> None:
    source = frame(
        [
            ["1201011", "2019", "30000"],
            ["1208042", "2019", "5073"],  # stale code of Książ Wielki
            ["1219054", "2019", "20000"],  # town part of Wieliczka: not a gmina
            ["1219000", "2019", "130000"],  # powiat row
            ["0201011", "2019", "37000"],  # a gmina outside ``CODES``
            ["1261011", "2019", ""],  # empty cell
        ],
        ["teryt", "year", "population"],
    )
    spec = SourceColumn("population", "stats/x.csv", "population")

    result = variable_rows(spec, source, CODES, CURRENT)

    assert list(result.columns) == VARIABLE_COLUMNS
    assert records(result) == [
        ("1201011", "population", 2019, 30000.0),
        ("1208043", "population", 2019, 5073.0),
    ]
    assert source.loc[1, "teryt"] == "1208042"  # input untouched


def test_fixed_year_and_factor() -> None:
    source = frame([["1219053", "69.79"], ["1261011", "809.17"]], ["teryt", "thousands"])
    spec = SourceColumn("population", "stats/x.csv", "thousands", factor=1000.0, year=2024)

    result = variable_rows(spec, source, CODES, CURRENT)

    assert records(result) == [
        ("1219053", "population", 2024, pytest.approx(69790.0)),
        ("1261011", "population", 2024, pytest.approx(809170.0)),
    ]


def test_wide_file() -> None:
    source = frame(
        [["1219053", "Wieliczka", "1152", "1013"], ["1261000", "Kraków powiat", "1", "2"]],
        ["teryt", "name", "2018", "2019"],
    )
    spec = SourceColumn("registered_unemployed", "stats/wide.csv", "", wide=True)

    result = variable_rows(spec, source, CODES, CURRENT)

    assert records(result) == [
        ("1219053", "registered_unemployed", 2018, 1152.0),
        ("1219053", "registered_unemployed", 2019, 1013.0),
    ]


@pytest.mark.parametrize(
    ("rows", "column"),
    [
        ([["1201011", "2019", "abc"]], "population"),
        ([["1201011", "dwa tysiące", "1"]], "population"),
    ],
    ids=["value", "year"],
)
def test_non_numeric_cell_names_the_file(rows: list[list[str]], column: str) -> None:
    spec = SourceColumn("population", "stats/broken.csv", "population")

    with pytest.raises(SourceFileError, match=r"stats/broken\.csv: non-numeric cell"):
        variable_rows(spec, frame(rows, ["teryt", "year", column]), CODES, CURRENT)


def test_non_numeric_cell_outside_the_gminas_is_ignored() -> None:
    source = frame([["1201011", "2019", "1"], ["1201000", "2019", "n.d."]], ["teryt", "year", "v"])

    result = variable_rows(SourceColumn("v", "x.csv", "v"), source, CODES, CURRENT)

    assert records(result) == [("1201011", "v", 2019, 1.0)]


def test_first_listed_source_wins() -> None:
    exact = frame([["1261011", "2023", "806201"]], ["teryt", "year", "persons"])
    thousands = frame(
        [["1261011", "2023", "806.2"], ["1219053", "2023", "68.9"]], ["teryt", "year", "k"]
    )
    specs = (
        SourceColumn("population", "exact.csv", "persons"),
        SourceColumn("population", "thousands.csv", "k", factor=1000.0),
    )
    files = {"exact.csv": exact, "thousands.csv": thousands}

    table, _ = variables_table(specs, lambda spec: files[spec.path], CODES, CURRENT)

    assert records(table) == [
        ("1219053", "population", 2023, pytest.approx(68900.0)),
        ("1261011", "population", 2023, 806201.0),
    ]
    assert table.index.equals(pd.RangeIndex(2))
