"""Read GUS's NSP 2021 commuting workbook: the matrix sheet, its header, counts and codes.

Spreadsheet quirks handled here: title rows above the header, notes under the table,
codes as numbers that lost the leading zero or without the type digit, counts as text
with spaces. :mod:`layers.ingest.commuting` turns the rows into the store's flows.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
from openpyxl.utils.exceptions import InvalidFileException

from layers.analysis.search import folded
from layers.analysis.teryt import DISTRICT_TYPES
from layers.errors import (
    CommutingCountError,
    CommutingHeaderError,
    CommutingMatrixError,
    CommutingNegativeError,
    CommutingSheetError,
)

SHEET = "Macierz przepływów"
HEADER_ROWS = 50
"""How many rows from the top are searched for the header."""
CODE_WORDS = ("teryt", "kod", "identyfikator", "code")
"""A header cell naming a code column contains one of these (lower case, no accents)."""
ROLES = ("residence", "residence_name", "workplace", "workplace_name", "commuters")
EXAMPLES = 5
"""How many bad rows or unknown codes a message names."""


def _sheet_rows(path: Path) -> Iterator[tuple]:
    """Yield the rows of the matrix sheet as value tuples.

    Raises
    ------
    CommutingMatrixError
        When the file is not a readable XLSX workbook.
    CommutingSheetError
        When it has no sheet named like :data:`SHEET`.
    """
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        message = f"{path.name}: not a readable XLSX workbook ({error})"
        raise CommutingMatrixError(message) from error
    try:
        names = {folded(name).strip(): name for name in book.sheetnames}
        if folded(SHEET) not in names:
            raise CommutingSheetError(
                f"{path.name}: no sheet {SHEET!r} (sheets: {', '.join(book.sheetnames)})"
            )
        yield from book[names[folded(SHEET)]].iter_rows(values_only=True)
    finally:
        book.close()


def _header_columns(row: tuple) -> list[int] | None:
    """Return the positions of :data:`ROLES` when ``row`` is the header, else None."""
    codes = [
        i
        for i, cell in enumerate(row)
        if isinstance(cell, str) and any(word in folded(cell) for word in CODE_WORDS)
    ]
    if len(codes) < 2 or codes[1] - codes[0] < 2:
        return None
    return [codes[0], codes[0] + 1, codes[1], codes[1] + 1, codes[1] + 2]


def matrix_rows(path: Path) -> pd.DataFrame:
    """Return the data rows of the workbook's matrix sheet, cells as read.

    Parameters
    ----------
    path
        The workbook.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`ROLES` (object cells) and ``row`` (the Excel row number). The
        header is the first row of the top :data:`HEADER_ROWS` with two code columns
        (a cell containing "TERYT", "kod", …): residence code, its name, workplace
        code, its name, then the count. Rows with neither a count nor both codes
        (blank rows, notes under the table) are left out.

    Raises
    ------
    CommutingMatrixError, CommutingSheetError
        As :func:`_sheet_rows`.
    CommutingHeaderError
        When no header row is found.
    """
    rows = enumerate(_sheet_rows(path), start=1)
    columns = None
    for number, row in rows:
        columns = _header_columns(row)
        if columns is not None or number >= HEADER_ROWS:
            break
    if columns is None:
        raise CommutingHeaderError(
            f"{path.name}: no header row with residence and workplace code columns "
            f"in the first {HEADER_ROWS} rows"
        )
    records = [
        [row[i] if i < len(row) else None for i in columns] + [number] for number, row in rows
    ]
    table = pd.DataFrame(records, columns=[*ROLES, "row"], dtype=object)
    empty = table[["residence", "workplace", "commuters"]].map(lambda cell: cell in (None, ""))
    data = ~empty["commuters"] | ~(empty["residence"] | empty["workplace"])
    return table[data].reset_index(drop=True)


def _number(cell: object) -> float:
    if isinstance(cell, bool):
        return np.nan
    if isinstance(cell, int | float):
        return float(cell)
    text = re.sub(r"[\s\u00a0]", "", str(cell or "")).replace(",", ".")
    return float(text) if re.fullmatch(r"-?\d+(\.\d+)?", text) else np.nan


def commuter_counts(table: pd.DataFrame, name: str) -> pd.Series:
    """Return the commuter counts of :func:`matrix_rows` as floats.

    Raises
    ------
    CommutingCountError
        When a count is not a whole number (text, empty, fractional), naming the rows.
    CommutingNegativeError
        When a count is negative.
    """
    counts = table["commuters"].map(_number).astype(float)
    bad = counts.isna() | (counts % 1 != 0)
    if bad.any():
        where = table.loc[bad, ["row", "commuters"]].head(EXAMPLES).itertuples(index=False)
        cells = ", ".join(f"row {row}: {cell!r}" for row, cell in where)
        raise CommutingCountError(f"{name}: {bad.sum()} count(s) not a whole number ({cells})")
    negative = counts < 0
    if negative.any():
        rows = ", ".join(str(row) for row in table.loc[negative, "row"].head(EXAMPLES))
        raise CommutingNegativeError(f"{name}: {negative.sum()} negative count(s) (rows {rows})")
    return counts


def code_text(cell: object) -> str:
    """Return a code cell as text without spaces, underscores or a trailing ``.0``."""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = re.sub(r"[\s\u00a0_]", "", str(cell if cell is not None else ""))
    return re.sub(r"\.0$", "", text)


def full_codes(cells: pd.Series, current: pd.Index) -> pd.Series:
    """Return 7-digit TERYT codes from codes as spreadsheets hold them.

    Parameters
    ----------
    cells
        Code cells: text or numbers, 7 digits (``WWPPGGT``), 6 digits (a number that
        lost its leading zero, or ``WWPPGG`` without the type digit), or 5 digits
        (``WWPPGG`` that lost its leading zero).
    current
        Today's gmina codes, whose first six digits identify a gmina.

    Returns
    -------
    pandas.Series
        On ``cells``' index: a 7-digit code, or NaN when the cell is not a code. A
        6-digit cell is read as a code that lost its leading zero when that names a
        gmina or a city district, else as a code without the type digit, which gets
        the type of today's gmina with those six digits.
    """
    text = cells.map(code_text)
    digits = text.where(text.str.fullmatch(r"\d{5,7}"))
    length = digits.str.len()
    by_prefix = pd.Series(current, index=current.str[:6])
    typed = digits.where(length >= 6).str.zfill(7)
    district = typed.str[6].isin(DISTRICT_TYPES) & (typed.str[:4] + "011").isin(current)
    resolves = typed.str[:6].isin(by_prefix.index) | district | (length == 7)
    untyped = digits.where(length <= 6).str.zfill(6).map(by_prefix)
    return typed.where(resolves, untyped)
