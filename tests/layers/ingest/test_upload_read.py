"""Reading an upload: encodings, separators and XLSX cells as written; guards before parsing."""

from __future__ import annotations

import pytest

from layers.errors import UploadError
from layers.ingest import upload_read
from layers.ingest.upload_read import decoded_text, raw_table
from tests.support.upload_files import GOOD_CSV, MALFORMED, xlsx
from tests.support.upload_reports import as_dict, codes_of, parsed

KRAKOW, WIELICZKA, SKAWINA = "1261011", "1219053", "1206113"
BOLESLAWIEC_URBAN = "0201011"


def read_code(data: bytes, name: str) -> str:
    """Return the code of the error reading a file gives."""
    with pytest.raises(UploadError) as refused:
        raw_table(data, name)
    return refused.value.code


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


def test_windows_1250_is_read_when_utf8_fails():
    assert decoded_text("Łódź;Świątniki".encode("cp1250")) == "Łódź;Świątniki"


def test_trailing_empty_columns_from_excel_are_ignored():
    table = raw_table(b"teryt;x;;\n1261011;1;;\n", "a.csv")

    assert table.columns.tolist() == ["teryt", "x"]


def test_the_size_is_refused_before_decoding(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("decoded a file over the limit")

    monkeypatch.setattr(upload_read.base64, "b64decode", refuse)
    with pytest.raises(UploadError) as error:
        upload_read.decoded_upload("data:text/csv;base64," + "A" * 8_000_000)
    assert error.value.code == "upload_too_large"


@pytest.mark.parametrize("case", ["zip_bomb_as_xlsx", "xml_entity_expansion"])
def test_dangerous_workbooks_are_refused_before_openpyxl_opens_them(monkeypatch, case):
    def refuse(*_args, **_kwargs):
        raise AssertionError(f"opened {case}")

    monkeypatch.setattr(upload_read, "load_workbook", refuse)
    data, name, expected = MALFORMED[case]
    assert read_code(data, name) == expected


def test_openpyxl_parses_through_defusedxml_when_the_scan_misses(monkeypatch):
    monkeypatch.setattr(upload_read, "_check_declarations", lambda *_args: None)
    data, name, _ = MALFORMED["xml_entity_expansion"]
    assert read_code(data, name) == "upload_xml_entities"
