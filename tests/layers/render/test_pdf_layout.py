"""The pieces every PDF shares: fonts with Polish letters, styles, images, tables, A4 pages."""

from __future__ import annotations

import io

import pytest
from matplotlib.figure import Figure
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from layers.render.pdf_layout import (
    BOLD,
    FONT,
    FRAME_WIDTH,
    a4_document,
    data_table,
    paragraph_styles,
    png_image,
    register_fonts,
)

POLISH = "Zażółć gęślą jaźń — Świątniki Górne"


def png(width_px: int, height_px: int) -> bytes:
    figure = Figure(figsize=(width_px / 100, height_px / 100), dpi=100)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


def pdf(invariant: bool) -> bytes:
    register_fonts()
    styles = paragraph_styles()
    buffer = io.BytesIO()
    rows = [["Gmina", "Ludność"], ["Świątniki Górne", "10 123"], ["Łódź", "655 279"]]
    a4_document(buffer, POLISH, invariant=invariant).build(
        [
            Paragraph(POLISH, styles["h1"]),
            data_table(rows, [FRAME_WIDTH * 0.7, FRAME_WIDTH * 0.3]),
            png_image(png(400, 200), FRAME_WIDTH / 2),
        ]
    )
    return buffer.getvalue()


def test_the_fonts_are_registered_once_with_polish_letters():
    register_fonts()
    register_fonts()

    assert {FONT, BOLD} <= set(pdfmetrics.getRegisteredFontNames())
    assert all(pdfmetrics.getFont(FONT).face.charToGlyph.get(ord(c)) for c in "ąćęłńóśźż")


def test_headings_are_bold_and_the_body_regular():
    styles = paragraph_styles()

    assert set(styles) == {"body", "cover", "h1", "h2", "small"}
    assert styles["body"].fontName == styles["small"].fontName == FONT
    assert {styles[name].fontName for name in ("cover", "h1", "h2")} == {BOLD}


def test_an_image_keeps_its_aspect_at_the_width_asked():
    image = png_image(png(400, 200), 300)

    assert (image.drawWidth, image.drawHeight) == (300, 150)


def test_an_a4_page_holds_the_polish_text_of_paragraphs_and_tables():
    reader = PdfReader(io.BytesIO(pdf(invariant=False)))

    (page,) = reader.pages
    text = page.extract_text()
    assert POLISH in text and "Świątniki Górne" in text and "655 279" in text
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4)
    assert reader.metadata.title == POLISH


def test_an_invariant_document_is_the_same_bytes_every_time():
    assert pdf(invariant=True) == pdf(invariant=True)
