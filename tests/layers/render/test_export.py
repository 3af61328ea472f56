"""Exports: CSV for Excel in Polish settings and XLSX, both safe against formula injection."""

from __future__ import annotations

import io
import math

import openpyxl
import pandas as pd
import pytest

from layers.errors import ExportError, GeoportalError
from layers.render.export import csv_bytes, neutralised, xlsx_bytes

BOM = b"\xef\xbb\xbf"
HYPERLINK = '=HYPERLINK("x")'


@pytest.fixture
def plain() -> pd.DataFrame:
    """Text codes with leading zeros, a Polish name, floats with a negative, a gap, integers."""
    return pd.DataFrame(
        {
            "teryt": ["0201011", "1261011", "1219053"],
            "name": ["Bolesławiec", "Kraków", "Wieliczka"],
            "value": [1.5, -2.25, math.nan],
            "rank": [3, 1, 2],
        }
    )


@pytest.fixture
def hostile() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "name": [HYPERLINK, "+48 12", "-5", "@SUM(A1)", "\tx", "\rx", "a=b", "Kraków"],
            "value": [-1.5, -2.0, 3.0, 0.0, 1.0, 1.0, 1.0, 1.0],
        }
    )


def test_csv_starts_with_bom_and_uses_semicolons(plain: pd.DataFrame) -> None:
    data = csv_bytes(plain)
    assert data.startswith(BOM)
    lines = data[len(BOM) :].decode("utf-8").split("\r\n")
    assert lines[0] == "teryt;name;value;rank"
    assert lines[1] == "0201011;Bolesławiec;1,5;3"
    assert lines[2] == "1261011;Kraków;-2,25;1"
    assert lines[3] == "1219053;Wieliczka;;2"


def test_csv_reads_back_equal(plain: pd.DataFrame) -> None:
    data = csv_bytes(plain)
    back = pd.read_csv(
        io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig", dtype={"teryt": str}
    )
    pd.testing.assert_frame_equal(back, plain, check_dtype=False)


def test_csv_other_separators(plain: pd.DataFrame) -> None:
    text = csv_bytes(plain, separator=",", decimal=".").decode("utf-8-sig")
    assert text.splitlines()[1] == "0201011,Bolesławiec,1.5,3"


def test_csv_neutralises_formulas_but_not_numbers(hostile: pd.DataFrame) -> None:
    text = csv_bytes(hostile).decode("utf-8-sig")
    assert '"\'=HYPERLINK(""x"")";-1,5' in text  # quoted by the CSV rules, then ' first
    assert "'+48 12;-2,0" in text
    assert "\n'-5;3,0" in text
    assert "'@SUM(A1);0,0" in text
    assert "a=b;1,0" in text and "'a=b" not in text
    back = pd.read_csv(io.StringIO(text), sep=";", decimal=",")
    assert back["name"].tolist() == [
        "'" + name if name[0] in "=+-@\t\r" else name for name in hostile["name"]
    ]
    pd.testing.assert_series_equal(back["value"], hostile["value"])


def test_neutralised_leaves_input_and_non_text_alone(hostile: pd.DataFrame) -> None:
    before = hostile.copy()
    mixed = pd.DataFrame({"mixed": pd.Series([-3, "-3", None], dtype=object)})
    result = neutralised(hostile)
    pd.testing.assert_frame_equal(hostile, before)
    assert result["name"].tolist()[:4] == ["'" + HYPERLINK, "'+48 12", "'-5", "'@SUM(A1)"]
    assert result["name"].tolist()[4:] == ["'\tx", "'\rx", "a=b", "Kraków"]
    pd.testing.assert_series_equal(result["value"], hostile["value"])
    assert neutralised(mixed)["mixed"].tolist()[:2] == [-3, "'-3"]
    assert list(neutralised(pd.DataFrame({"=x": [1]})).columns) == ["'=x"]


@pytest.mark.parametrize(("separator", "decimal"), [(",", ","), (";", ";"), (";;", ","), ("", ",")])
def test_csv_rejects_bad_separators(plain: pd.DataFrame, separator: str, decimal: str) -> None:
    with pytest.raises(ExportError) as error:
        csv_bytes(plain, separator=separator, decimal=decimal)
    assert error.value.code == "export"
    assert isinstance(error.value, GeoportalError) and isinstance(error.value, ValueError)


def read_sheet(data: bytes, sheet: str = "Dane") -> list[list[object]]:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == [sheet]
    return [[cell.value for cell in row] for row in workbook[sheet].iter_rows()]


def test_xlsx_round_trip(plain: pd.DataFrame) -> None:
    rows = read_sheet(xlsx_bytes(plain))
    assert rows[0] == ["teryt", "name", "value", "rank"]
    assert rows[1] == ["0201011", "Bolesławiec", 1.5, 3]
    assert rows[2] == ["1261011", "Kraków", -2.25, 1]
    assert rows[3] == ["1219053", "Wieliczka", None, 2]
    back = pd.read_excel(io.BytesIO(xlsx_bytes(plain)), dtype={"teryt": str})
    pd.testing.assert_frame_equal(back, plain, check_dtype=False)


def test_xlsx_stores_formula_like_text_as_text(hostile: pd.DataFrame) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(hostile, sheet="Porównanie")))
    sheet = workbook["Porównanie"]
    assert sheet["A2"].value == "'" + HYPERLINK
    assert sheet["A2"].data_type == "s"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert sheet["B2"].value == -1.5 and sheet["B2"].data_type == "n"
    assert sheet["A1"].font.b


@pytest.mark.parametrize("sheet", ["", "a" * 32, "a/b", "x[1]"])
def test_xlsx_rejects_bad_sheet_names(plain: pd.DataFrame, sheet: str) -> None:
    with pytest.raises(ExportError):
        xlsx_bytes(plain, sheet=sheet)
