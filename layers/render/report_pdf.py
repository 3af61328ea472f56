"""The "Raport o stanie Metropolii" as PDF (reportlab): a fixed number of A4 pages.

Pages: the cover, one per key indicator (map and ranking), the SMK time series, the
clusters of the key indicators, the SMK outlook, the notes; each page's content is shrunk
to fit, so the page count is ``len(sections) + 5``.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib
import pandas as pd
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    Image,
    KeepInFrame,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from layers.render.report import Report, Section

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
"""Fonts with Polish letters, from matplotlib's own data (no system font needed)."""
MARGIN = 1.5 * cm
FRAME_WIDTH = A4[0] - 2 * MARGIN
FRAME_HEIGHT = A4[1] - 2 * MARGIN - 12  # reportlab's frame padding
PAGES_BESIDES_SECTIONS = 5
"""Cover, time series, clusters, outlook and notes."""


@cache
def _fonts() -> None:
    """Register the DejaVu fonts once per process."""
    directory = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, directory / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont(BOLD, directory / "DejaVuSans-Bold.ttf"))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, spaceAfter=6)
    return {
        "body": body,
        "cover": ParagraphStyle("cover", body, fontName=BOLD, fontSize=26, leading=32),
        "h1": ParagraphStyle("h1", body, fontName=BOLD, fontSize=15, leading=19, spaceAfter=8),
        "h2": ParagraphStyle("h2", body, fontName=BOLD, fontSize=11, leading=14),
        "small": ParagraphStyle("small", body, fontSize=8, leading=10, textColor=colors.grey),
    }


def _image(png: bytes, width: float) -> Image:
    image = Image(io.BytesIO(png))
    image.drawHeight = width * image.imageHeight / image.imageWidth
    image.drawWidth = width
    return image


def _table(ranking: pd.DataFrame, report: Report) -> Table:
    texts = report.texts
    rows = [[texts.rank, texts.gmina, texts.value]]
    breaks = []
    for part, group in ranking.groupby("part", sort=False):
        if ranking["part"].nunique() > 1:
            breaks.append(len(rows))
            rows.append([texts.bottom if part == "bottom" else texts.top, "", ""])
        rows.extend([str(row.rank), str(row.name), row.value] for row in group.itertuples())
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
        *[("FONTNAME", (0, row), (-1, row), BOLD) for row in breaks],
        *[("SPAN", (0, row), (-1, row)) for row in breaks],
    ]
    return Table(rows, colWidths=[2 * cm, 9 * cm, 4 * cm], style=TableStyle(style))


def _page(content: list[Flowable]) -> list[Flowable]:
    """Return one page: the content shrunk to fit the frame, then a page break."""
    return [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, content, mode="shrink"), PageBreak()]


def _section(section: Section, report: Report, styles: dict) -> list[Flowable]:
    indicator, lang = section.indicator, report.texts.lang
    title = f"{indicator.name(lang)} [{indicator.unit(lang)}], {section.period}"
    return _page(
        [
            Paragraph(escape(title), styles["h1"]),
            _image(section.map_png, FRAME_WIDTH),
            Spacer(1, 8),
            _table(section.ranking, report),
        ]
    )


def _spatial_pages(report: Report, styles: dict) -> list[Flowable]:
    """Return the clusters page and the outlook page."""
    texts, outlook = report.texts, report.outlook
    clusters = [
        Paragraph(escape(texts.clusters), styles["h1"]),
        Paragraph(escape(texts.clusters_help), styles["body"]),
        _image(report.clusters.png, FRAME_WIDTH),
    ]
    head = [texts.scenario, *(str(c) for c in outlook.table.columns[1:-1]), texts.change]
    table = Table(
        [head, *outlook.table.astype(str).to_numpy().tolist()],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ]
        ),
    )
    forecast = [
        Paragraph(escape(texts.outlook), styles["h1"]),
        Paragraph(escape(texts.outlook_help.format(**outlook.backtest)), styles["body"]),
        _image(outlook.png, FRAME_WIDTH),
        Spacer(1, 8),
        table,
    ]
    return _page(clusters) + _page(forecast)


def report_pdf(report: Report) -> bytes:
    """Return the report (from :func:`layers.render.report.state_report`) as an A4 PDF.

    Returns
    -------
    bytes
        ``len(report.sections) + 5`` pages, built in reportlab's invariant mode (the same
        content gives the same bytes).
    """
    _fonts()
    texts, styles = report.texts, _styles()
    cover = [
        Spacer(1, 6 * cm),
        Paragraph(escape(texts.title), styles["cover"]),
        Paragraph(escape(texts.scope), styles["h1"]),
        Paragraph(f"{escape(texts.created)}: {report.created.isoformat()}", styles["body"]),
        Spacer(1, 10 * cm),
        Paragraph(escape(texts.attribution), styles["small"]),
    ]
    series = [
        Paragraph(escape(texts.series), styles["h1"]),
        Paragraph(escape(texts.series_help), styles["body"]),
        _image(report.series_png, FRAME_WIDTH),
    ]
    notes = [Paragraph(escape(texts.notes), styles["h1"])]
    for heading, paragraph in report.notes:
        notes.append(Paragraph(escape(heading), styles["h2"]))
        notes.append(Paragraph(escape(paragraph), styles["body"]))
    story = _page(cover)
    for section in report.sections:
        story += _section(section, report, styles)
    story += _page(series) + _spatial_pages(report, styles) + _page(notes)[:-1]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=texts.title,
        invariant=1,
    )
    document.build(story)
    return buffer.getvalue()
