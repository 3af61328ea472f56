"""Good uploads: Polish spreadsheet conventions parse to the exact values written."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.scopes import scope_codes
from layers.ingest.upload import checked_upload, column_values, shown_decimals
from layers.ingest.upload_numbers import decimal_mark, number
from layers.ingest.upload_read import decoded_text, raw_table
from tests.support.upload_files import GOOD_CSV, data_url, xlsx

KRAKOW, WIELICZKA, SKAWINA = "1261011", "1219053", "1206113"
BOLESLAWIEC_URBAN = "0201011"
BOCHNIA_URBAN, BOCHNIA_RURAL = "1201011", "1201022"


@pytest.fixture(scope="module")
def smk(dataset) -> pd.Index:
    return scope_codes("smk", dataset.codes, dataset.areas)


def parsed(dataset, scope, data: bytes, name: str = "a.csv"):
    return checked_upload(data_url(data), name, dataset.store.gminas, scope)


def as_dict(report, column: str = "") -> dict:
    rows = report.values[report.values["column"] == column]
    return {
        (t, None if pd.isna(y) else int(y)): v
        for t, y, v in rows[["teryt", "year", "value"]].itertuples(index=False)
    }


def codes_of(report) -> set[str]:
    return {problem.code for problem in report.problems}


def test_cp1250_with_semicolons_and_decimal_commas(dataset, smk):
    report = parsed(dataset, smk, GOOD_CSV)

    assert report.columns == ("Mieszkania oddane",)
    assert as_dict(report, "Mieszkania oddane") == {
        (KRAKOW, None): 10234.0,
        (WIELICZKA, None): 512.5,
        (SKAWINA, None): 300.0,
    }
    assert not report.blocking
    assert codes_of(report) == {"missing"}  # 12 gminas of the Metropolis are not in the file
    missing = next(p for p in report.problems if p.code == "missing")
    assert missing.count == 12
    assert report.preview["name"].tolist() == ["Kraków", "Wieliczka", "Skawina"]


def test_utf8_bom_with_commas_and_decimal_points(dataset, smk):
    data = 'teryt,Stopa,Kwota\r\n1261011,2.5,"1,234.75"\r\n1219053,3.25,"12,000.5"\r\n'
    report = parsed(dataset, smk, data.encode("utf-8-sig"))

    assert report.columns == ("Stopa", "Kwota")
    assert as_dict(report, "Stopa") == {(KRAKOW, None): 2.5, (WIELICZKA, None): 3.25}
    assert as_dict(report, "Kwota") == {(KRAKOW, None): 1234.75, (WIELICZKA, None): 12000.5}


def test_utf8_without_bom_and_polish_letters_in_headers(dataset, smk):
    report = parsed(dataset, smk, "gmina;Wartość\nŚwiątniki Górne;7\n".encode())

    assert report.columns == ("Wartość",)
    assert as_dict(report, "Wartość") == {("1206143", None): 7.0}


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


def test_wide_year_columns_become_years(dataset, smk):
    data = "Kod;Nazwa;2019;2020;2021\n1261011;Kraków;1,5;2,5;\n1219053;Wieliczka;-;4;5\n"
    report = parsed(dataset, smk, data.encode("cp1250"))

    assert report.years == (2019, 2020, 2021)
    assert as_dict(report) == {
        (KRAKOW, 2019): 1.5,
        (KRAKOW, 2020): 2.5,
        (WIELICZKA, 2020): 4.0,
        (WIELICZKA, 2021): 5.0,
    }
    assert report.preview.columns.tolist() == ["key", "teryt", "name", "2019", "2020", "2021"]


def test_a_year_column_gives_the_long_layout(dataset, smk):
    data = "teryt;rok;x\n1261011;2022;1\n1261011;2023;2\n1219053;2023;3\n"
    report = parsed(dataset, smk, data.encode("cp1250"))

    assert as_dict(report, "x") == {
        (KRAKOW, 2022): 1.0,
        (KRAKOW, 2023): 2.0,
        (WIELICZKA, 2023): 3.0,
    }
    assert not report.blocking


def test_names_with_type_tell_same_named_gminas_apart(dataset, smk):
    data = (
        "gmina;typ;x\nBochnia;miejska;1\nBochnia;gm. wiejska;2\nswiatniki gorne;;3\n"
        "Wieliczka (gm. miejsko-wiejska);;4\nBochnia (urban gmina);;5\n"
    )
    report = parsed(dataset, smk, data.encode("cp1250"))

    values = report.values
    assert values["teryt"].tolist() == [
        BOCHNIA_URBAN,
        BOCHNIA_RURAL,
        "1206143",
        WIELICZKA,
        BOCHNIA_URBAN,
    ]
    assert values["value"].tolist() == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert codes_of(report) >= {"duplicate_keys"}  # "Bochnia (urban gmina)" repeats row 1


@pytest.mark.parametrize(("scope", "expected"), [("malopolska", ["1218022"]), ("poland", [])])
def test_a_name_shared_across_poland_is_resolved_by_the_scope(dataset, scope, expected):
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    report = parsed(dataset, codes, "gmina;typ;x\nBrzeźnica;wiejska;1\n".encode())

    assert report.values["teryt"].tolist() == expected  # two rural Brzeźnicas in Poland
    assert ("ambiguous" in codes_of(report)) is (not expected)


def test_six_digit_codes_lost_zero_or_type_digit(dataset, smk):
    data = "teryt;x\n201011;1\n126101;2\n1219053.0;3\n121905_3;4\n"
    report = parsed(dataset, smk, data.encode("cp1250"))

    assert report.values["teryt"].tolist()[:2] == [BOLESLAWIEC_URBAN, KRAKOW]
    assert report.values["value"].tolist()[:2] == [1.0, 2.0]
    assert "duplicate_keys" in codes_of(report)  # rows 3 and 4 are both Wieliczka


def test_xlsx_with_numbers_and_a_code_that_lost_its_zero(dataset, smk):
    data = xlsx([["TERYT", "Wartość"], [201011, 1.25], ["1261011", "2,5"], [1219053, 3]])
    report = parsed(dataset, smk, data, "dane.xlsx")

    assert as_dict(report, "Wartość") == {
        (BOLESLAWIEC_URBAN, None): 1.25,
        (KRAKOW, None): 2.5,
        (WIELICZKA, None): 3.0,
    }


def test_xlsx_year_headers_stored_as_numbers(dataset, smk):
    data = xlsx([["teryt", 2019, 2020.0], ["1261011", 1, 2]])
    report = parsed(dataset, smk, data, "lata.xlsx")

    assert report.years == (2019, 2020)
    assert as_dict(report) == {(KRAKOW, 2019): 1.0, (KRAKOW, 2020): 2.0}


def test_unknown_codes_are_warnings_and_left_out(dataset, smk):
    report = parsed(dataset, smk, b"teryt;x\n1261011;1\n9999999;2\n")

    assert as_dict(report, "x") == {(KRAKOW, None): 1.0}
    unknown = next(p for p in report.problems if p.code == "unknown")
    assert (unknown.count, unknown.examples, unknown.blocking) == (1, ("9999999",), False)


def test_negative_and_implausible_values_are_warnings(dataset, smk):
    rows = "".join(
        f"{code};{value}\n"
        for code, value in zip(smk, [10, 11, 12, 13, 14, 9, 5000, -1], strict=False)
    )
    report = parsed(dataset, smk, f"teryt;x\n{rows}".encode())

    problems = {p.code: p for p in report.problems}
    assert problems["negative"].examples == (smk[7],)
    # quartiles 9.75 and 13.25: fences 9.75 - 10.5 and 13.25 + 10.5 leave out 5000 and -1
    assert problems["implausible"].examples == (smk[6], smk[7])
    assert not report.blocking


def test_column_values_take_the_year_when_the_file_has_none(dataset, smk):
    report = parsed(dataset, smk, GOOD_CSV)

    values = column_values(report, "Mieszkania oddane", 2024)
    assert values.to_dict("list") == {
        "teryt": [KRAKOW, WIELICZKA, SKAWINA],
        "year": [2024, 2024, 2024],
        "value": [10234.0, 512.5, 300.0],
    }
    assert shown_decimals(values["value"]) == 1


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


def test_windows_1250_is_read_when_utf8_fails():
    assert decoded_text("Łódź;Świątniki".encode("cp1250")) == "Łódź;Świątniki"


def test_trailing_empty_columns_from_excel_are_ignored():
    table = raw_table(b"teryt;x;;\n1261011;1;;\n", "a.csv")

    assert table.columns.tolist() == ["teryt", "x"]
