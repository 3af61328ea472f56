"""Files the upload tests send: malformed ones with the code each must give, and a good one."""

from __future__ import annotations

import base64
import io
import struct
import zipfile
import zlib

from openpyxl import Workbook

SMK_HEAD = "1261011;Kraków;1\n1219053;Wieliczka;2\n"
GOOD_CSV = (
    "TERYT;Gmina;Mieszkania oddane\n1261011;Kraków;10 234\n1219053;Wieliczka;512,5\n"
    "1206113;Skawina;300\n"
).encode("cp1250")


def data_url(data: bytes, mime: str = "text/csv") -> str:
    """Return the data URL ``dcc.Upload`` sends for a file."""
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def png() -> bytes:
    """A real 1×1 PNG image."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def xlsx(rows: list[list[object]]) -> bytes:
    """A workbook with one sheet holding ``rows``."""
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_without_sheets() -> bytes:
    """A workbook whose workbook.xml lists no sheet (openpyxl cannot write one, so edit it)."""
    source = zipfile.ZipFile(io.BytesIO(xlsx([["teryt", "x"]])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                text = data.decode()
                start, end = text.index("<sheets>"), text.index("</sheets>") + len("</sheets>")
                data = (text[:start] + "<sheets/>" + text[end:]).encode()
            if item.filename.startswith("xl/worksheets/"):
                continue
            target.writestr(item, data)
    return buffer.getvalue()


def zipped(members: dict[str, bytes]) -> bytes:
    """A zip archive of ``members`` (deflated)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def zip_bomb() -> bytes:
    """A small archive with workbook names whose sheet unpacks to 200 MB of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b"\x00" * (1 << 20)
            for _ in range(200):
                member.write(block)
    return buffer.getvalue()


def broken_workbook() -> bytes:
    """An archive with the workbook's names but XML that is not a workbook."""
    return zipped(
        {"[Content_Types].xml": b"<Types", "xl/workbook.xml": b"not xml", "xl/x.xml": b"x"}
    )


ENTITY = "x" * 1_000


def rewritten(workbook: bytes, parts: dict[str, bytes]) -> bytes:
    """The workbook with ``parts`` replaced or added, stored uncompressed."""
    source = zipfile.ZipFile(io.BytesIO(workbook))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename not in parts:
                target.writestr(item, source.read(item.filename))
        for name, data in parts.items():
            target.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SHARED_RELATION = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
)


def entity_workbook(references: int = 530_000) -> bytes:
    """An XLSX (1.6 MB) whose shared strings repeat one 1,000-character XML entity.

    Stored uncompressed, it passes the size and zip-bomb checks; expanded, its two
    strings would be 530 million characters, shown in the preview's two rows.
    """
    workbook = xlsx([["teryt", "x"], ["1261011", 1], ["1219053", 2]])
    source = zipfile.ZipFile(io.BytesIO(workbook))
    sheet = source.read("xl/worksheets/sheet1.xml").decode()
    for row, index in ((2, 0), (3, 1)):
        sheet = sheet.replace(f'<c r="B{row}" t="n"><v>{row - 1}</v></c>', "").replace(
            f'<c r="A{row}" t="inlineStr"><is><t>',
            f'<c r="B{row}" t="s"><v>{index}</v></c><c r="A{row}" t="inlineStr"><is><t>',
        )
    text = "&a;" * (references // 2)
    strings = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<!DOCTYPE sst [<!ENTITY a "{ENTITY}">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" '
        f'uniqueCount="2"><si><t>{text}</t></si><si><t>{text}</t></si></sst>'
    )
    types = (
        source.read("[Content_Types].xml")
        .decode()
        .replace(
            "</Types>",
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SHARED_STRINGS}" /></Types>',
        )
    )
    relations = (
        source.read("xl/_rels/workbook.xml.rels")
        .decode()
        .replace(
            "</Relationships>",
            f'<Relationship Type="{SHARED_RELATION}" Target="sharedStrings.xml" Id="rId9" />'
            "</Relationships>",
        )
    )
    return rewritten(
        workbook,
        {
            "xl/worksheets/sheet1.xml": sheet.encode(),
            "xl/sharedStrings.xml": strings.encode(),
            "[Content_Types].xml": types.encode(),
            "xl/_rels/workbook.xml.rels": relations.encode(),
        },
    )


def cp(text: str) -> bytes:
    return text.encode("cp1250")


MALFORMED: dict[str, tuple[bytes, str, str]] = {
    "empty": (b"", "a.csv", "upload_empty"),
    "blank_lines": (b"  \r\n\r\n ;; \r\n", "a.csv", "upload_empty"),
    "header_only": (cp("teryt;wartość\n"), "a.csv", "upload_no_rows"),
    "binary": (bytes(range(256)) * 8, "a.csv", "upload_binary"),
    "png_as_csv": (png(), "mapa.csv", "upload_image"),
    "jpeg_as_csv": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64, "a.csv", "upload_image"),
    "pdf_as_csv": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a.csv", "upload_binary"),
    "gzip_as_csv": (b"\x1f\x8b\x08" + b"\x00" * 20, "a.csv", "upload_binary"),
    "nul_in_text": (b"teryt;x\n1261011;1\x00\n", "a.csv", "upload_binary"),
    "fifty_megabytes": (b"teryt;x\n" + b"1261011;1\n" * 5_300_000, "a.csv", "upload_too_large"),
    "wrong_columns": (cp("kolor;waga\nczerwony;1\n"), "a.csv", "upload_no_key"),
    "no_value_column": (cp("teryt\n1261011\n"), "a.csv", "upload_no_values"),
    "duplicated_columns": (cp("teryt;x;x\n1261011;1;2\n"), "a.csv", "upload_duplicate_columns"),
    "blank_column_name": (cp("teryt;;x\n1261011;1;2\n"), "a.csv", "upload_blank_column_name"),
    "ragged_rows": (cp("teryt;x\n1261011;1;2;3\n"), "a.csv", "upload_ragged_rows"),
    "duplicated_keys": (cp("teryt;x\n1261011;1\n1261011;2\n"), "a.csv", "upload_duplicate_keys"),
    "duplicated_by_name_and_code": (
        cp("teryt;x\n1261011;1\n126101;2\n"),
        "a.csv",
        "upload_duplicate_keys",
    ),
    "formula_cells": (
        cp('teryt;x\n1261011;=HYPERLINK("http://x","y")\n1219053;+cmd\n1206113;@SUM(A1)\n'),
        "a.csv",
        "upload_all_non_numeric",
    ),
    "html_in_names": (
        cp("gmina;x\n<script>alert(1)</script>;1\n<b>Kraków</b>;2\n"),
        "a.csv",
        "upload_all_unknown",
    ),
    "mixed_encodings": (
        "teryt;gmina;x\n1261011;Kraków;1\n".encode() + cp("1219053;Świątniki Górne;2\n"),
        "a.csv",
        "upload_encoding",
    ),
    "undefined_cp1250_bytes": (b"teryt;x\n1261011;\x81\x98\n", "a.csv", "upload_encoding"),
    "control_characters": (b"teryt;x\n1261011;\x07\x1b[31m\n", "a.csv", "upload_encoding"),
    "xlsx_without_sheets": (xlsx_without_sheets(), "a.xlsx", "upload_no_sheets"),
    "zip_bomb_as_xlsx": (zip_bomb(), "a.xlsx", "upload_zip_bomb"),
    "plain_zip_as_xlsx": (zipped({"dane.csv": b"teryt;x\n"}), "a.xlsx", "upload_zip_not_xlsx"),
    "text_as_xlsx": (GOOD_CSV, "a.xlsx", "upload_not_xlsx"),
    "png_as_xlsx": (png(), "a.xlsx", "upload_image"),
    "broken_workbook": (broken_workbook(), "a.xlsx", "upload_xlsx_unreadable"),
    "xml_entity_expansion": (entity_workbook(), "a.xlsx", "upload_xml_entities"),
    "csv_field_over_the_csv_limit": (
        cp("teryt;x\n1261011;" + "1" * 131_073 + "\n"),
        "a.csv",
        "upload_cell_too_long",
    ),
    "xlsx_cell_of_5000_characters": (
        xlsx([["teryt", "x"], ["1261011", "y" * 5_000]]),
        "a.xlsx",
        "upload_cell_too_long",
    ),
    "xlsx_formulas": (
        xlsx([["teryt", "x"], ["1261011", '=HYPERLINK("http://x","y")'], ["1219053", "=1+1"]]),
        "a.xlsx",
        "upload_all_non_numeric",
    ),
    "only_non_numeric": (
        cp("teryt;x\n1261011;abc\n1219053;dużo\n"),
        "a.csv",
        "upload_all_non_numeric",
    ),
    "only_empty_values": (cp("teryt;x\n1261011;\n1219053;-\n"), "a.csv", "upload_all_non_numeric"),
    "all_unknown_codes": (cp("teryt;x\n9999999;1\n1234567;2\n"), "a.csv", "upload_all_unknown"),
    "ambiguous_names": (cp("gmina;x\nBochnia;1\nWieliczka;2\n"), "a.csv", "upload_ambiguous"),
    "unknown_suffix": (GOOD_CSV, "a.ods", "upload_unknown_format"),
    "no_suffix": (GOOD_CSV, "dane", "upload_unknown_format"),
    "too_many_columns": (
        cp(";".join(["teryt", *(f"k{i}" for i in range(100))]) + "\n1261011" + ";1" * 100 + "\n"),
        "a.csv",
        "upload_too_many_columns",
    ),
    "too_many_rows": (cp("teryt;x\n" + "1261011;1\n" * 20_002), "a.csv", "upload_too_many_rows"),
    "bad_years": (cp("teryt;rok;x\n1261011;dwa tysiące;1\n"), "a.csv", "upload_bad_years"),
    "year_columns_beside_values": (
        cp("teryt;2019;x\n1261011;1;2\n"),
        "a.csv",
        "upload_mixed_layout",
    ),
}
"""Name → (bytes, file name, the error or blocking problem code it must give)."""

NOT_DATA_URLS = {
    "not_base64": ("data:text/csv;base64,@@@!", "upload_not_base64"),
    "not_a_data_url": ("teryt;x\n1261011;1", "upload_not_base64"),
}
