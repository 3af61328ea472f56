"""Numbers as spreadsheets write them: decimal commas, spaces and dots between thousands."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.ingest.upload_numbers import decimal_mark, is_formula, number, parsed_column
from tests.support.upload_reports import as_dict, parsed

KRAKOW, WIELICZKA, SKAWINA = "1261011", "1219053", "1206113"


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_spaces_between_thousands(dataset, smk, space):
    data = f"teryt;ludność\n1261011;803{space}282\n1219053;1{space}234{space}567,25\n"
    report = parsed(dataset, smk, data.encode("utf-8"))

    assert as_dict(report, "ludność") == {(KRAKOW, None): 803282.0, (WIELICZKA, None): 1234567.25}


def test_dots_between_thousands_with_decimal_commas(dataset, smk):
    data = "teryt;x\n1261011;1.234.567\n1219053;2.345,5\n1206113;12\n"
    report = parsed(dataset, smk, data.encode("cp1250"))

    assert as_dict(report, "x") == {
        (KRAKOW, None): 1234567.0,
        (WIELICZKA, None): 2345.5,
        (SKAWINA, None): 12.0,
    }


@pytest.mark.parametrize(
    ("cell", "decimal", "expected"),
    [
        ("1 234,5", ",", 1234.5),
        ("-3,25", ",", -3.25),
        ("1,234,567", ".", 1234567.0),
        ("abc", ".", None),
    ],
)
def test_number(cell, decimal, expected):
    assert number(cell, decimal) == expected


@pytest.mark.parametrize("cell", ["", "-", "b.d.", "x", None, float("inf")])
def test_missing_marks_are_no_value_not_a_mistake(cell):
    assert pd.isna(number(cell, ","))


def test_decimal_mark_is_decided_per_column():
    assert decimal_mark(pd.Series(["1.234", "2.5"])) == "."
    assert decimal_mark(pd.Series(["1.234", "1.234,5"])) == ","
    assert decimal_mark(pd.Series(["1,5"])) == ","
    assert decimal_mark(pd.Series(["1,234", "12,345"])) == "."


@pytest.mark.parametrize(
    ("cell", "formula"),
    [
        ("=SUM(A1:A3)", True),
        ("+cmd", True),
        ("@SUM(A1)", True),
        ("-A1", True),
        ("-5", False),
        ("-,5", False),
        ("-", False),
        ("12", False),
        (12.0, False),
        ("", False),
    ],
)
def test_formulas_start_with_an_operator_a_number_does_not(cell, formula):
    assert is_formula(cell) is formula


def test_a_column_parses_to_values_and_masks_of_text_and_formulas():
    cells = pd.Series(["1 234,5", "b.d.", "dużo", "=1+1", 7], index=list("abcde"))

    values, not_number, formula = parsed_column(cells)

    assert values.index.tolist() == list("abcde")
    assert values["a"] == 1234.5 and values["e"] == 7.0
    assert values[["b", "c", "d"]].isna().all()  # no value, not a number, a formula
    assert not_number.tolist() == [False, False, True, True, False]
    assert formula.tolist() == [False, False, False, True, False]
