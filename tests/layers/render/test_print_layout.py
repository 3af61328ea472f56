"""The print layout: page sizes, texts on the page, the note escaped, the legend off the map."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from layers.analysis.crs import METRIC_CRS
from layers.analysis.map_extent import metric_extent
from layers.errors import ExportError, PrintNoteError
from layers.render.choropleth import ViewRequest, classed_values, scope_gminas
from layers.render.legend import legend_rows
from layers.render.print_layout import (
    TYPE_SCALE,
    PrintPage,
    PrintTexts,
    body_boxes,
    page_size,
    print_file_name,
    print_view,
    view_frame,
)
from layers.render.print_note import NOTE_LIMIT
from layers.render.static_map import MapTexts, view_title

ATTRIBUTION = "Granice: PRG, GUGiK (uproszczone). Dane: GUS, Bank Danych Lokalnych."
TEXTS = {
    lang: PrintTexts(
        MapTexts(scope, nodata, "Eksport", ATTRIBUTION, lang), printed, scale, "N", note
    )
    for lang, scope, nodata, printed, scale, note in (
        ("pl", "Metropolia Krakowska (15 gmin)", "brak danych", "Data wydruku", "Skala", "Uwagi"),
        ("en", "Kraków Metropolis (15 gminas)", "no data", "Printed", "Scale", "Note"),
    )
}
DAY = date(2026, 12, 5)
REQUEST = ViewRequest("smk", "population", 2023)
MM = 72 / 25.4
"""Points in a millimetre."""
ISO_216 = {"a4": (210, 297), "a3": (297, 420)}
"""Paper sides in millimetres (ISO 216), short side first."""
FORMATS = [(paper, orientation) for paper in ISO_216 for orientation in ("portrait", "landscape")]
HOSTILE = 'Uwaga <b>pogrubienie & <font color="red">czerwień</font> </para><para> <unclosed'


def page_text(pdf: bytes) -> tuple:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    return page, " ".join(page.extract_text().split())


@pytest.mark.parametrize(("paper", "orientation"), FORMATS)
def test_each_paper_and_orientation_has_its_size_and_texts(dataset, paper, orientation):
    note = f"Notatka na {paper} {orientation}"
    page = PrintPage(DAY, paper, orientation, note)
    pdf = print_view(dataset, REQUEST, page, TEXTS["pl"])
    pdf_page, words = page_text(pdf)

    short, long = (side * MM for side in ISO_216[paper])
    expected = (long, short) if orientation == "landscape" else (short, long)
    size = (float(pdf_page.mediabox.width), float(pdf_page.mediabox.height))
    assert size == pytest.approx(expected, abs=0.5)
    classed = classed_values(dataset, REQUEST)
    title = view_title(classed, REQUEST, TEXTS["pl"].map.scope, "pl")
    assert title in words
    assert ATTRIBUTION in words
    assert "Data wydruku: 5 grudnia 2026" in words
    assert f"Uwagi: {note}" in words
    assert PdfReader(io.BytesIO(pdf)).metadata.title == title


def test_the_legend_and_scale_are_on_the_page_in_the_users_language(dataset):
    pdf = print_view(dataset, REQUEST, PrintPage(DAY), TEXTS["en"])
    words = page_text(pdf)[1]
    classed = classed_values(dataset, REQUEST)
    rows = legend_rows(classed.classification, classed.colors, classed.indicator.decimals, "en")
    for row in rows:
        assert f"{row.label} ({row.count})" in words
    assert "Printed: 5 December 2026" in words
    assert "Scale 1 : " in words and " km" in words


def test_the_map_is_drawn_as_vectors(dataset):
    pdf = print_view(dataset, REQUEST, PrintPage(DAY, "a3"), TEXTS["pl"])
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert list(page.images) == []
    content = page.get_contents().get_data().decode("latin-1")
    classed = classed_values(dataset, REQUEST)
    for color in set(classed.colors):
        rgb = tuple(int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
        assert _has_fill(content, rgb), color
    assert content.count(" f*") + content.count("B*") >= len(classed.values)


def _has_fill(content: str, rgb: tuple[float, float, float]) -> bool:
    """Whether the content stream sets this fill colour (numbers written to any precision)."""
    for line in content.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] == "rg":
            values = tuple(float(part) for part in parts[:3])
            if all(abs(a - b) < 0.005 for a, b in zip(values, rgb, strict=True)):
                return True
    return False


def test_a_hostile_note_is_printed_as_written(dataset):
    pdf = print_view(dataset, REQUEST, PrintPage(DAY, note=HOSTILE), TEXTS["pl"])
    words = page_text(pdf)[1]
    assert HOSTILE in words


def test_a_character_beyond_the_basic_plane_stands_as_a_replacement(dataset):
    pdf = print_view(dataset, REQUEST, PrintPage(DAY, note="Zgoda \U0001f600 łódź"), TEXTS["pl"])
    assert "Uwagi: Zgoda \ufffd łódź" in page_text(pdf)[1]


def test_a_too_long_note_is_refused(dataset):
    with pytest.raises(PrintNoteError):
        print_view(dataset, REQUEST, PrintPage(DAY, note="x" * (NOTE_LIMIT + 1)), TEXTS["pl"])


@pytest.mark.parametrize(("paper", "orientation"), [("a5", "portrait"), ("a4", "sideways")])
def test_an_unknown_page_is_refused(paper, orientation):
    with pytest.raises(ExportError):
        page_size(paper, orientation)


@pytest.mark.parametrize(("paper", "orientation"), FORMATS)
def test_the_legend_and_scale_lie_outside_the_map(paper, orientation):
    width, height = page_size(paper, orientation)
    body = (40.0, 60.0, width - 80, height - 160)
    (left, bottom, box_width, box_height), legend, scale = body_boxes(
        body, orientation, 11, TYPE_SCALE[paper]
    )
    assert box_width > 0.6 * body[2] and box_height > 0.5 * body[3]
    for x, y in (legend, scale):
        beside = x > left + box_width
        below = y < bottom
        assert beside or below
        assert body[0] <= x <= body[0] + body[2] and body[1] <= y <= body[1] + body[3]


def test_the_file_is_named_after_the_view_and_the_page():
    name = print_file_name(REQUEST, PrintPage(DAY, "a3", "portrait"))
    assert name == "wydruk_population_2023_smk_a3_portrait.pdf"


# --- the view's extent -------------------------------------------------------------------

KRAKOW_VIEW = (19.85, 50.0, 20.05, 50.1)
"""The browser map zoomed in on Kraków (west, south, east, north)."""
KRAKOW, NIEPOLOMICE = "1261011", "1219043"


def printed_scale(pdf: bytes) -> int:
    """Return the denominator the page writes ("Skala 1 : 100 000")."""
    line = re.search(r"Skala 1 : (.+)\n", page_text(pdf)[0].extract_text())[1]
    return int(re.sub(r"\D", "", line))


def test_a_zoomed_view_prints_at_a_larger_scale_without_the_gminas_outside(dataset):
    metric = scope_gminas(dataset, "smk").to_crs(METRIC_CRS)
    box = (0.0, 0.0, 500.0, 500.0)
    whole, every = view_frame(metric, box, None)
    zoomed, shown = view_frame(metric, box, KRAKOW_VIEW)

    assert (whole.denominator, zoomed.denominator) == (400_000, 100_000)
    assert every is metric
    assert KRAKOW in shown.index and NIEPOLOMICE not in shown.index
    minx, miny, maxx, maxy = metric_extent(KRAKOW_VIEW)
    left, bottom, right, top = zoomed.ground()
    assert left <= minx and maxx <= right and bottom <= miny and maxy <= top
    assert (right - left) / (top - bottom) == pytest.approx(1.0)  # the box's shape, not the view's
    for pdf_page in ("a4", "a3"):
        page = PrintPage(DAY, pdf_page, "portrait")
        pdf, zoomed_pdf = (
            print_view(dataset, REQUEST, replace(page, extent=extent), TEXTS["pl"])
            for extent in (None, KRAKOW_VIEW)
        )
        assert printed_scale(zoomed_pdf) < printed_scale(pdf) / 2
        assert _fills_drawn(zoomed_pdf) < _fills_drawn(pdf)


def _fills_drawn(pdf: bytes) -> int:
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    return content.count(" f*") + content.count("B*")
