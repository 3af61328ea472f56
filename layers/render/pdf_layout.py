"""Pieces every PDF of the geoportal shares (reportlab): fonts, paragraph styles, images, tables."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import matplotlib
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Image, SimpleDocTemplate, Table, TableStyle

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
"""Fonts with Polish letters, from matplotlib's own data (no system font needed)."""
MARGIN = 1.5 * cm
FRAME_WIDTH = A4[0] - 2 * MARGIN
FRAME_HEIGHT = A4[1] - 2 * MARGIN - 12  # reportlab's frame padding


@cache
def register_fonts() -> None:
    """Register the DejaVu fonts once per process."""
    directory = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, directory / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont(BOLD, directory / "DejaVuSans-Bold.ttf"))


def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Return the styles ``body``, ``cover``, ``h1``, ``h2`` and ``small``."""
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, spaceAfter=6)
    return {
        "body": body,
        "cover": ParagraphStyle("cover", body, fontName=BOLD, fontSize=26, leading=32),
        "h1": ParagraphStyle("h1", body, fontName=BOLD, fontSize=15, leading=19, spaceAfter=8),
        "h2": ParagraphStyle("h2", body, fontName=BOLD, fontSize=11, leading=14),
        "small": ParagraphStyle("small", body, fontSize=8, leading=10, textColor=colors.grey),
    }


def png_image(png: bytes, width: float) -> Image:
    """Return a PNG as a flowable ``width`` points wide, its aspect kept."""
    image = Image(io.BytesIO(png))
    image.drawHeight = width * image.imageHeight / image.imageWidth
    image.drawWidth = width
    return image


def data_table(rows: list[list[str]], widths: list[float], font_size: float = 8.5) -> Table:
    """Return a table with a bold header row, banded rows and numbers right-aligned.

    Columns after the first are right-aligned; cells are plain strings.
    """
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    return Table(rows, colWidths=widths, style=TableStyle(style), repeatRows=1)


def a4_document(buffer: io.BytesIO, title: str, *, invariant: bool = False) -> SimpleDocTemplate:
    """Return an A4 document with the house margins, writing into ``buffer``.

    ``invariant`` makes the same content give the same bytes (reportlab then stamps a
    fixed creation date).
    """
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        invariant=int(invariant),
    )
