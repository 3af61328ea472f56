"""Reading GUS's commuting workbook: the sheet and its header found, counts and codes as written."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from layers.errors import CommutingCountError, CommutingNegativeError
from layers.ingest.commuting_sheet import (
    ROLES,
    code_text,
    commuter_counts,
    full_codes,
    matrix_rows,
)
from tests.support.commuting_workbook import CODES, ROWS, TITLE_ROWS, write_workbook


def test_the_header_is_found_under_the_titles_and_blank_rows_and_notes_are_left_out(
    tmp_path: Path,
) -> None:
    table = matrix_rows(write_workbook(tmp_path / "m.xlsx"))

    assert list(table.columns) == [*ROLES, "row"]
    assert table[list(ROLES)].values.tolist() == [row for row in ROWS if len(row) == 5]
    first = len(TITLE_ROWS) + 2  # the title rows, then the header
    assert table["row"].tolist() == list(range(first, first + len(table)))


def test_sheet_name_is_found_without_accents_and_case(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "m.xlsx", sheet="MACIERZ PRZEPLYWOW")

    expected = matrix_rows(write_workbook(tmp_path / "exact.xlsx"))
    pd.testing.assert_frame_equal(matrix_rows(path), expected)


def test_counts_written_as_numbers_or_text_with_spaces_are_whole_numbers(tmp_path: Path) -> None:
    table = matrix_rows(write_workbook(tmp_path / "m.xlsx"))

    counts = commuter_counts(table, "m.xlsx")

    as_text = table["commuters"] == "1 500"
    numbers = [row[4] for row in ROWS if len(row) == 5 and not isinstance(row[4], str)]
    assert counts[~as_text].tolist() == [float(number) for number in numbers]
    assert counts[as_text].tolist() == [1500.0]


@pytest.mark.parametrize(
    ("cells", "error", "says"),
    [
        (["12", "1,5"], CommutingCountError, "row 3: '1,5'"),
        (["12", None], CommutingCountError, "row 3: None"),
        ([True, "4"], CommutingCountError, "row 2: True"),
        (["-4", "3", "-1"], CommutingNegativeError, "2 negative count(s) (rows 2, 4)"),
    ],
)
def test_a_count_that_is_not_a_whole_number_names_its_row(cells, error, says) -> None:
    table = pd.DataFrame({"commuters": cells, "row": range(2, 2 + len(cells))}, dtype=object)

    with pytest.raises(error) as raised:
        commuter_counts(table, "m.xlsx")

    assert says in str(raised.value) and "m.xlsx" in str(raised.value)


def test_code_cells_lose_spaces_underscores_and_a_trailing_point_zero() -> None:
    assert [code_text(c) for c in (1261011.0, "12 61 01_1", "1261011.0", None)] == [
        "1261011",
        "1261011",
        "1261011",
        "",
    ]


def test_six_digit_codes_lost_zero_first_then_without_the_type_digit() -> None:
    cells = pd.Series([201011, "201011", "121905", "20101", 1261029.0, "12 61 01 1", "abc", None])

    got = full_codes(cells, CODES).tolist()

    assert got[:6] == ["0201011", "0201011", "1219053", "0201011", "1261029", "1261011"]
    assert pd.isna(got[6]) and pd.isna(got[7])
