"""Tables as downloadable files (CSV for Excel, XLSX), safe to open in a spreadsheet."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pandas as pd
from openpyxl.styles import Font

import geopandas as gpd

from layers.errors import ExportError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a text cell as a formula."""

QUOTE = "'"

SHEET_FORBIDDEN = set("[]:*?/\\")
"""Characters Excel does not allow in a sheet name (which has 1 to 31 characters)."""


def neutralised_text(value: object) -> object:
    """Return a text cell prefixed with ``'`` if it could run as a formula; others unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return QUOTE + value
    return value


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of a table whose text cells cannot be read as spreadsheet formulas.

    Parameters
    ----------
    frame
        Any table; it is not modified.

    Returns
    -------
    pandas.DataFrame
        Same index and shape. Every text cell (and column name) starting with ``=``,
        ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``; numeric and
        boolean columns, and non-text cells of mixed columns, are left as they are, so a
        negative number stays a number.

    References
    ----------
    OWASP Foundation, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection
    """
    copy = frame.copy()
    for position in range(copy.shape[1]):
        series = copy.iloc[:, position]
        if not (pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series)):
            copy.isetitem(position, series.map(neutralised_text, na_action="ignore"))
    copy.columns = [neutralised_text(column) for column in copy.columns]
    return copy


def csv_bytes(frame: pd.DataFrame, *, separator: str = ";", decimal: str = ",") -> bytes:
    """Return a table as CSV that Excel opens correctly in Polish settings.

    Parameters
    ----------
    frame
        The table; its index is not written (make it a column first if it matters).
    separator
        Field separator, one character (``";"`` where the decimal mark is a comma).
    decimal
        Decimal mark of floating-point numbers, one character.

    Returns
    -------
    bytes
        UTF-8 with a byte order mark (so that Excel detects the encoding), a header row,
        CRLF line ends, fields quoted only when needed; text cells neutralised as in
        :func:`neutralised`, missing values as empty fields.

    Raises
    ------
    ExportError
        When the separator or the decimal mark is not one character, or they are equal.

    References
    ----------
    Shafranovich, Y. (2005). *Common Format and MIME Type for Comma-Separated Values
    (CSV) Files*. RFC 4180. https://doi.org/10.17487/RFC4180
    OWASP Foundation, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection
    """
    if len(separator) != 1 or len(decimal) != 1 or separator == decimal:
        raise ExportError(
            f"separator {separator!r} and decimal mark {decimal!r} must be two different characters"
        )
    text = neutralised(frame).to_csv(
        sep=separator, decimal=decimal, index=False, lineterminator="\r\n"
    )
    return text.encode("utf-8-sig")


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "Dane") -> bytes:
    """Return a table as an Excel workbook with one sheet.

    Parameters
    ----------
    frame
        The table; its index is not written (make it a column first if it matters).
    sheet
        Name of the sheet: 1 to 31 characters, none of the characters in :data:`SHEET_FORBIDDEN`.

    Returns
    -------
    bytes
        An XLSX file (Office Open XML) written with openpyxl: a bold header row, then the
        rows; numbers stay numbers, missing values are empty cells and text cells are
        neutralised as in :func:`neutralised`, so none is stored as a formula.

    Raises
    ------
    ExportError
        For a sheet name Excel does not accept.

    References
    ----------
    OWASP Foundation, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection
    """
    if not 1 <= len(sheet) <= 31 or SHEET_FORBIDDEN & set(sheet):
        raise ExportError(f"sheet name {sheet!r} is not allowed in Excel")
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralised(frame).to_excel(writer, sheet_name=sheet, index=False)
        for cell in writer.sheets[sheet][1]:
            cell.font = Font(bold=True)
    return buffer.getvalue()


GEOMETRY_FORMATS = {"geojson": ("GeoJSON", ".geojson"), "gpkg": ("GPKG", ".gpkg")}
"""Download formats of areas: OGR driver and file suffix."""


def area_file(frame: gpd.GeoDataFrame, file_format: str, crs: str, layer: str) -> bytes:
    """Return a layer of areas as a GeoJSON or GeoPackage file in the given CRS.

    Parameters
    ----------
    frame
        Areas with their attributes, in any CRS.
    file_format
        ``"geojson"`` or ``"gpkg"``.
    crs
        Target CRS, e.g. ``"EPSG:4326"`` or ``"EPSG:2180"``.
    layer
        Layer name inside a GeoPackage.

    Raises
    ------
    ExportError
        For an unknown format.
    """
    if file_format not in GEOMETRY_FORMATS:
        raise ExportError(f"unknown format {file_format!r}")
    driver, suffix = GEOMETRY_FORMATS[file_format]
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"area{suffix}"
        neutralised(frame.to_crs(crs)).to_file(path, driver=driver, layer=layer, engine="pyogrio")
        return path.read_bytes()
