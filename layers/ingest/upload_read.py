"""Uploaded bytes → a table of text cells: CSV (UTF-8 or Windows-1250) or XLSX, refused safely.

Every refusal raises :class:`layers.errors.UploadError` with a precise code; nothing
here evaluates a formula, follows a link, expands an XML entity (parts declaring a DTD or
an entity are refused before openpyxl opens the file, and openpyxl parses through
``defusedxml``) or trusts a size the file declares. Cells are capped at 1,000 characters.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import re
import zipfile

import pandas as pd
from defusedxml import DefusedXmlException
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from layers.errors import UploadError

MAX_BYTES = 5 * 1024 * 1024
"""Largest file accepted (5 MiB), checked on the base64 text before it is decoded."""
MAX_ROWS = 20_000
MAX_COLUMNS = 60
MAX_UNZIPPED = 50 * 1024 * 1024
"""Largest total uncompressed size an XLSX may declare."""
MAX_RATIO = 100
"""Largest compression ratio of one XLSX member (a zip bomb packs far more)."""
MAX_MEMBERS = 500
MAX_CELL = 1_000
"""Longest cell text accepted (characters): a gmina's name or a number needs far fewer."""
XML_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
"""What opens a DTD or an entity in an XML part; an XLSX needs neither (entity expansion)."""
SCAN_CHUNK = 1 << 20

SIGNATURES = {
    b"\x89PNG": "image",
    b"\xff\xd8\xff": "image",
    b"GIF8": "image",
    b"BM": "image",
    b"RIFF": "image",
    b"%PDF": "binary",
    b"\x7fELF": "binary",
    b"MZ": "binary",
    b"\x1f\x8b": "binary",
    b"\xd0\xcf\x11\xe0": "binary",
    b"PK\x03\x04": "binary",
}
"""Magic numbers of files that are not text (images, PDF, executables, gzip, old XLS, zip)."""

UTF8_POLISH = re.compile(
    rb"\xc4[\x84-\x87\x98\x99]|\xc5[\x81-\x84\x9a\x9b\xb9-\xbc]|\xc3[\x93\xb3]"
)
"""UTF-8 bytes of Polish letters; in Windows-1250 text they would read as ``Ä…``/``Ĺ‚``."""
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SEPARATORS = (";", "\t", ",")
SUFFIXES = {"csv": "csv", "txt": "csv", "tsv": "csv", "xlsx": "xlsx"}


def decoded_upload(contents: str, limit: int = MAX_BYTES) -> bytes:
    """Return the bytes of a ``dcc.Upload`` data URL, refusing it before decoding if too big.

    Parameters
    ----------
    contents
        ``"data:<type>;base64,<text>"`` as the browser sends it.
    limit
        Largest decoded size in bytes.

    Raises
    ------
    UploadError
        ``upload_too_large`` when the base64 text stands for more than ``limit`` bytes
        (4 characters per 3 bytes), ``upload_not_base64`` for anything else than a
        base64 data URL.
    """
    comma = contents.find(",")
    head = contents[: max(comma, 0)]
    if not head.startswith("data:") or not head.endswith(";base64"):
        raise UploadError("not_base64", "not a base64 data URL")
    if (len(contents) - comma - 1) // 4 * 3 > limit + 2:  # measured before any copy is made
        raise UploadError("too_large", f"more than {limit} bytes")
    try:
        data = base64.b64decode(contents[comma + 1 :], validate=True)
    except (binascii.Error, ValueError) as error:
        raise UploadError("not_base64", str(error)) from error
    if len(data) > limit:
        raise UploadError("too_large", f"{len(data)} bytes")
    return data


def raw_table(data: bytes, file_name: str) -> pd.DataFrame:
    """Return an uploaded CSV or XLSX as a table: the header row as columns, cells as read.

    Parameters
    ----------
    data
        The file's bytes.
    file_name
        Its name; the suffix (``.csv``, ``.txt``, ``.tsv`` or ``.xlsx``) picks the reader,
        and the content must match it.

    Returns
    -------
    pandas.DataFrame
        Object columns named by the header (stripped text); CSV cells are stripped
        strings; XLSX cells are numbers, strings or ``None``, and a formula cell is its
        formula text (``"=SUM(A1:A3)"``), never its value. Fully empty rows and unnamed
        empty columns are dropped.

    Raises
    ------
    UploadError
        With a code naming the reason: ``unknown_format``, ``empty``, ``image``,
        ``binary``, ``encoding``, ``not_xlsx``, ``zip_not_xlsx``, ``zip_bomb``,
        ``xml_entities``, ``xlsx_unreadable``, ``no_sheets``, ``no_rows``, ``too_many_rows``,
        ``too_many_columns``, ``cell_too_long``, ``ragged_rows``, ``blank_column_name``,
        ``duplicate_columns``.
    """
    kind = SUFFIXES.get(file_name.rsplit(".", 1)[-1].lower() if "." in file_name else "")
    if kind is None:
        raise UploadError("unknown_format", f"unknown file type: {file_name!r}")
    if not data.strip():
        raise UploadError("empty", "empty file")
    rows = _xlsx_rows(data) if kind == "xlsx" else _csv_rows(data)
    return _table(rows)


def _signature(data: bytes) -> str | None:
    return next((kind for magic, kind in SIGNATURES.items() if data.startswith(magic)), None)


def decoded_text(data: bytes) -> str:
    """Return CSV bytes as text: UTF-8 (with or without BOM) or else Windows-1250.

    Raises
    ------
    UploadError
        ``upload_image`` / ``upload_binary`` for files with a known binary signature or
        NUL bytes; ``upload_encoding`` for bytes that are neither (a file mixing UTF-8
        and Windows-1250, or with control characters).
    """
    kind = _signature(data)
    if kind or b"\x00" in data:
        raise UploadError(kind or "binary", "not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if UTF8_POLISH.search(data):
            raise UploadError("encoding", "UTF-8 mixed with another encoding") from None
        try:
            text = data.decode("cp1250")
        except UnicodeDecodeError as error:
            raise UploadError("encoding", str(error)) from error
    if CONTROL.search(text):
        raise UploadError("encoding", "control characters in the text")
    return text


def _csv_rows(data: bytes) -> list[list[object]]:
    text = decoded_text(data)
    lines = text.splitlines()
    header = next((line for line in lines if line.strip()), "")
    separator = next((sep for sep in SEPARATORS if sep in header), ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    rows: list[list[object]] = []
    try:
        for row in reader:
            if len(rows) > MAX_ROWS:
                raise UploadError("too_many_rows", f"more than {MAX_ROWS} rows")
            rows.append([_capped(cell.strip()) for cell in row])
    except csv.Error as error:  # a field over the csv module's limit (131,072 characters)
        raise UploadError("cell_too_long", str(error)) from error
    return rows


def _capped(cell: object) -> object:
    """Return a cell, refusing text longer than :data:`MAX_CELL`."""
    if isinstance(cell, str) and len(cell) > MAX_CELL:
        raise UploadError("cell_too_long", f"a cell of {len(cell)} characters")
    return cell


def _check_zip(data: bytes) -> None:
    """Refuse what is not an XLSX or declares too much, before anything is decompressed."""
    if not data.startswith(b"PK\x03\x04"):
        raise UploadError(_signature(data) or "not_xlsx", "not an XLSX (zip) file")
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile as error:
        raise UploadError("not_xlsx", str(error)) from error
    total = sum(member.file_size for member in members)
    ratio = max((m.file_size / max(m.compress_size, 1) for m in members), default=0)
    if len(members) > MAX_MEMBERS or total > MAX_UNZIPPED or ratio > MAX_RATIO:
        raise UploadError("zip_bomb", f"declares {total} bytes, ratio {ratio:.0f}")
    names = {member.filename for member in members}
    if not {"[Content_Types].xml", "xl/workbook.xml"} <= names:
        raise UploadError("zip_not_xlsx", "a zip file without a workbook")
    _check_declarations(data, members)


def _check_declarations(data: bytes, members: list[zipfile.ZipInfo]) -> None:
    """Refuse an XLSX whose XML parts declare a DTD or entities (read in 1 MiB pieces)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    overlap = max(len(mark) for mark in XML_DECLARATIONS)
    for member in members:
        tail = b""
        with archive.open(member) as part:
            while chunk := part.read(SCAN_CHUNK):
                window = (tail + chunk).upper()
                if any(mark in window for mark in XML_DECLARATIONS):
                    raise UploadError("xml_entities", f"a DTD or entity in {member.filename}")
                tail = chunk[-overlap:]


UNREADABLE = (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError)
"""What openpyxl raises on a damaged workbook (XML parse errors are ``SyntaxError``s)."""


def _xlsx_rows(data: bytes) -> list[list[object]]:
    _check_zip(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        try:
            return _sheet_rows(workbook)
        finally:
            workbook.close()
    except UNREADABLE as error:
        if isinstance(error, UploadError):
            raise
        raise UploadError(_unreadable_code(error), str(error)) from error


def _unreadable_code(error: BaseException | None) -> str:
    """Return ``xml_entities`` when defusedxml refused a part, else ``xlsx_unreadable``.

    defusedxml catches what the scan missed (a part in another encoding); openpyxl wraps
    its error, so the chain of causes is searched.
    """
    while error is not None:
        if isinstance(error, DefusedXmlException):
            return "xml_entities"
        error = error.__cause__ or error.__context__
    return "xlsx_unreadable"


def _sheet_rows(workbook: Workbook) -> list[list[object]]:
    """Return the first sheet's rows, formulas as their text, refusing too many rows."""
    if not workbook.worksheets:
        raise UploadError("no_sheets", "the workbook has no sheet")
    rows: list[list[object]] = []
    for row in workbook.worksheets[0].iter_rows():
        if len(rows) > MAX_ROWS:
            raise UploadError("too_many_rows", f"more than {MAX_ROWS} rows")
        if len(row) > MAX_COLUMNS * 4:
            raise UploadError("too_many_columns", f"{len(row)} columns")
        rows.append([_capped(_cell(cell)) for cell in row])
    return rows


def _cell(cell: object) -> object:
    """Return a cell's content: its number or text, its formula text for a formula cell."""
    value = getattr(cell, "value", None)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool) or not isinstance(value, (int, float, type(None))):
        return str(value)  # dates, booleans, errors: text, hence reported as non-numeric
    return value


def _header(cell: object) -> str:
    """Return a header cell as text; a year Excel stored as ``2019.0`` becomes ``"2019"``."""
    if _blank(cell):
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _blank(value: object) -> bool:
    return value is None or value == ""


def _table(rows: list[list[object]]) -> pd.DataFrame:
    """Return the rows as a table under the first non-empty row as header."""
    rows = [row for row in rows if not all(_blank(cell) for cell in row)]
    if not rows:
        raise UploadError("empty", "no content")
    header = [_header(cell) for cell in rows[0]]
    width = len(header)
    while width and not header[width - 1]:
        width -= 1
    body = rows[1:]
    if not body:
        raise UploadError("no_rows", "a header without data rows")
    if width > MAX_COLUMNS:
        raise UploadError("too_many_columns", f"{width} columns")
    if any(not _blank(cell) for row in body for cell in row[width:]):
        raise UploadError("ragged_rows", "a row has more cells than the header")
    if "" in header[:width]:
        raise UploadError("blank_column_name", "a column without a name")
    if len(set(header[:width])) < width:
        raise UploadError("duplicate_columns", "two columns with the same name")
    cells = [[*row[:width], *[None] * (width - len(row))] for row in body]
    return pd.DataFrame(cells, columns=header[:width], dtype=object)
