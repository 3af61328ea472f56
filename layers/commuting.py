"""Import GUS's NSP 2021 commuting matrix (XLSX) into the store's flow table.

The published workbook has a sheet ``Macierz przepływów`` whose columns are the
residence TERYT, residence name, workplace TERYT, workplace name and the number of
commuters, under a few title rows. GUS leaves out flows of fewer than 3 people, so a
pair missing from the matrix means "fewer than 3", not zero.

Run ``python -m layers.commuting import <file.xlsx> [--store DIR]`` to put a workbook
into an existing store (default ``$GEOPORTAL_STORE_DIR``, else ``geodata/store``); the
data build imports one too when it finds it (:mod:`layers.build`).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
from openpyxl.utils.exceptions import InvalidFileException

from layers import io
from layers.errors import (
    CommutingCodesError,
    CommutingCountError,
    CommutingHeaderError,
    CommutingMatrixError,
    CommutingNegativeError,
    CommutingSheetError,
    GeoportalError,
)
from layers.flows import FLOW_COLUMNS, flow_table, gmina_codes
from layers.search import folded
from layers.teryt import DISTRICT_TYPES

SHEET = "Macierz przepływów"
KIND = "commuting"
YEAR = 2021
"""The census (NSP 2021) the matrix comes from."""
HEADER_ROWS = 50
"""How many rows from the top are searched for the header."""
CODE_WORDS = ("teryt", "kod", "identyfikator", "code")
"""A header cell naming a code column contains one of these (lower case, no accents)."""
ROLES = ("residence", "residence_name", "workplace", "workplace_name", "commuters")
EXAMPLES = 5


@dataclass(frozen=True)
class CommutingImport:
    """The commuting flows read from a workbook, and what was left out."""

    flows: pd.DataFrame
    """``origin`` (residence), ``destination`` (workplace), ``year``, ``kind``, ``volume``."""
    rows: int
    """Data rows read under the header."""
    dropped: int
    """Rows left out because a code names no gmina of the store."""
    unknown: tuple[str, ...]
    """A few of the codes that named no gmina, as written in the workbook."""


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


def _code_text(cell: object) -> str:
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
    text = cells.map(_code_text)
    digits = text.where(text.str.fullmatch(r"\d{5,7}"))
    length = digits.str.len()
    by_prefix = pd.Series(current, index=current.str[:6])
    typed = digits.where(length >= 6).str.zfill(7)
    district = typed.str[6].isin(DISTRICT_TYPES) & (typed.str[:4] + "011").isin(current)
    resolves = typed.str[:6].isin(by_prefix.index) | district | (length == 7)
    untyped = digits.where(length <= 6).str.zfill(6).map(by_prefix)
    return typed.where(resolves, untyped)


def commuting_flows(path: Path, codes: pd.Index, current: pd.Index) -> CommutingImport:
    """Return the commuting flows of a workbook on the store's gmina codes.

    Parameters
    ----------
    path
        The XLSX workbook in GUS's layout (see the module docstring).
    codes
        Gminas of the store; rows naming anything else are dropped and counted.
    current
        Today's gmina codes, for the crosswalk of older codes.

    Returns
    -------
    CommutingImport
        Flows of kind ``"commuting"``, year 2021, through :func:`layers.flows.flow_table`:
        Warsaw districts and the delegatury of Kraków, Łódź, Poznań and Wrocław count as
        their city, older codes move to today's, pairs meeting after that are summed and
        flows inside one gmina are dropped. Counts are kept as published (a pair GUS
        left out had fewer than 3 commuters).

    Raises
    ------
    CommutingMatrixError
        For a file that is not a readable workbook (and its subclasses: no sheet, no
        header, a count that is not a whole number or is negative).
    CommutingCodesError
        When no row names two gminas of the store.
    """
    table = matrix_rows(path)
    counts = commuter_counts(table, path.name)
    ends = {end: full_codes(table[end], current) for end in ("residence", "workplace")}
    frame = pd.DataFrame({**ends, "year": YEAR, "commuters": counts})
    known_ends = {
        end: gmina_codes(found.fillna(""), current).isin(codes) for end, found in ends.items()
    }
    known = known_ends["residence"] & known_ends["workplace"]
    if not known.any():
        raise CommutingCodesError(f"{path.name}: no row names two known gminas")
    unknown = [_code_text(cell) for end, ok in known_ends.items() for cell in table.loc[~ok, end]]
    columns = {"origin": "residence", "destination": "workplace", "year": "year"}
    flows = flow_table(frame[known], {**columns, "volume": "commuters"}, KIND, codes, current)
    return CommutingImport(
        flows=flows,
        rows=len(table),
        dropped=int((~known).sum()),
        unknown=tuple(dict.fromkeys(unknown))[:EXAMPLES],
    )


def with_commuting(flows: pd.DataFrame, commuting: pd.DataFrame) -> pd.DataFrame:
    """Return the store's flows with every earlier commuting row replaced by ``commuting``.

    Flows of other kinds (migration) are kept as they are.
    """
    kept = flows[flows["kind"] != KIND]
    return pd.concat([kept, commuting], ignore_index=True)[FLOW_COLUMNS]


def manifest_entry(path: Path, flows: pd.DataFrame) -> dict:
    """Return what the store's manifest records of a workbook imported as ``flows``."""
    return {
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "year": YEAR,
        "pairs": len(flows),
        "commuters": int(flows["volume"].sum()),
    }


def import_into_store(path: Path, store_dir: Path) -> CommutingImport:
    """Import a workbook into an existing store: its flows and its manifest.

    The store's own gminas serve as today's codes. Commuting rows of an earlier
    import are replaced and migration rows kept; the manifest keeps its build
    fingerprint (the build's inputs did not change) and records the workbook under
    ``"commuting"``. Nothing is written when the workbook cannot be imported.

    Raises
    ------
    StoreMissingError
        When ``store_dir`` holds no built store.
    CommutingMatrixError
        As :func:`commuting_flows`.
    """
    store = io.read_store(store_dir)
    codes = store.gminas.index
    result = commuting_flows(path, codes, codes)
    manifest = {**io.read_manifest(store_dir), "commuting": manifest_entry(path, result.flows)}
    io.write_flows(store_dir, with_commuting(store.flows, result.flows), manifest)
    return result


def main(argv: list[str] | None = None) -> int:
    """Import a commuting workbook into a store; print what was imported or one error line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("import", help="import a workbook into an existing store")
    command.add_argument("workbook", type=Path)
    command.add_argument("--store", type=Path, default=None, help="store directory")
    args = parser.parse_args(argv)
    store_dir = args.store or Path(os.environ.get("GEOPORTAL_STORE_DIR", io.DEFAULT_STORE_DIR))
    try:
        result = import_into_store(args.workbook, store_dir)
    except GeoportalError as error:
        print(f"import failed: {error}", file=sys.stderr)
        return 1
    print(
        f"commuting flows imported into {store_dir}: {len(result.flows)} pairs, "
        f"{int(result.flows['volume'].sum())} commuters from {result.rows} rows; "
        f"{result.dropped} rows dropped (unknown codes{': ' if result.unknown else ''}"
        f"{', '.join(result.unknown)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
