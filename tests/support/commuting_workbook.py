"""Workbooks in the layout of GUS's NSP 2021 commuting matrix, written by the tests."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd

from layers.ingest.commuting_sheet import SHEET

TITLE_ROWS = [
    ["Przepływy ludności związane z zatrudnieniem — NSP 2021"],
    ["Stan w dniu 31 marca 2021 r.; przepływy poniżej 3 osób pominięto"],
    [],
]
HEADER = [
    "Kod TERYT gminy zamieszkania",
    "Gmina zamieszkania",
    "Kod TERYT gminy miejsca pracy",
    "Gmina miejsca pracy",
    "Liczba osób dojeżdżających do pracy",
]
ROWS = [
    ["1219053", "Wieliczka", "1261011", "Kraków", 5210],
    ["1219053", "Wieliczka", "1261049", "Kraków-Podgórze", 790],  # a delegatura of Kraków
    [1206113, "Skawina", "1261011", "Kraków", 4100],  # a code typed as a number
    [201011, "Bolesławiec", "1261011", "Kraków", 12],  # a number that lost its leading zero
    ["121905", "Wieliczka", "1219043", "Niepołomice", 2],  # six digits, no type; a flow of 2
    ["1206143", "Świątniki Górne", "1261011", "Kraków", "1 500"],  # count as text with a space
    ["1208042", "Książ Wielki", "1261011", "Kraków", 25],  # a code before 2021/2026
    ["1261011", "Kraków", "1219053", "Wieliczka", 1900],
    ["9999999", "Nieznana", "1261011", "Kraków", 7],  # no such gmina: dropped
    [],
    ["Źródło: GUS, Narodowy Spis Powszechny 2021"],  # a note under the table
]
EXPECTED = {
    ("1219053", "1261011"): 6000.0,
    ("1206113", "1261011"): 4100.0,
    ("0201011", "1261011"): 12.0,
    ("1219053", "1219043"): 2.0,
    ("1206143", "1261011"): 1500.0,
    ("1208043", "1261011"): 25.0,
    ("1261011", "1219053"): 1900.0,
}
"""The flows the workbook must give: residence → workplace, commuters."""
CODES = pd.Index(
    ["0201011", "1206113", "1206143", "1208043", "1219043", "1219053", "1261011", "2010011"]
)
"""Today's gmina codes the workbook's codes are read against."""


def write_workbook(
    path: Path, rows: list[list] | None = None, *, sheet: str = SHEET, header: bool = True
) -> Path:
    """Write a workbook in GUS's layout: title rows, header, ``rows`` (default :data:`ROWS`)."""
    book = openpyxl.Workbook()
    book.active.title = "Uwagi"
    book.active.append(["Uwagi metodyczne"])
    matrix = book.create_sheet(sheet)
    for row in [*TITLE_ROWS, *([HEADER] if header else []), *(ROWS if rows is None else rows)]:
        matrix.append(row)
    book.save(path)
    return path
