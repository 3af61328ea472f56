"""The "Raport o stanie Metropolii" as PDF (reportlab): a fixed number of A4 pages.

Pages: the cover, one per key indicator (map and ranking), the SMK time series, the
clusters of the key indicators, the SMK outlook, the notes; each page's content is shrunk
to fit, so the page count is ``len(sections) + 5``.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from layers.render.dates import pdf_date, written_date
from layers.render.pdf_layout import (
    BOLD,
    FONT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    a4_document,
    paragraph_styles,
    png_image,
    register_fonts,
)
from layers.render.report import Report, Section

PAGES_BESIDES_SECTIONS = 5
"""Cover, time series, clusters, outlook and notes."""


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
            png_image(section.map_png, FRAME_WIDTH),
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
        png_image(report.clusters.png, FRAME_WIDTH),
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
        png_image(outlook.png, FRAME_WIDTH),
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
        content gives the same bytes) but dated: its creation date is the report's day
        (invariant mode alone would write 2000-01-01).
    """
    register_fonts()
    texts, styles = report.texts, paragraph_styles()
    cover = [
        Spacer(1, 6 * cm),
        Paragraph(escape(texts.title), styles["cover"]),
        Paragraph(escape(texts.scope), styles["h1"]),
        Paragraph(
            f"{escape(texts.created)}: {written_date(report.created, texts.lang)}", styles["body"]
        ),
        Spacer(1, 10 * cm),
        Paragraph(escape(texts.attribution), styles["small"]),
    ]
    series = [
        Paragraph(escape(texts.series), styles["h1"]),
        Paragraph(escape(texts.series_help), styles["body"]),
        png_image(report.series_png, FRAME_WIDTH),
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
    document = a4_document(buffer, texts.title, invariant=True)
    created = pdf_date(report.created)
    document.build(story, onFirstPage=lambda canvas, _: canvas.setDateFormatter(lambda *_: created))
    return buffer.getvalue()
