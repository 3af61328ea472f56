"""The "Karta gminy" as an A4 PDF (reportlab) with extractable text."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from layers.render.card import Card
from layers.render.dates import written_date
from layers.render.pdf_layout import (
    FRAME_WIDTH,
    a4_document,
    data_table,
    paragraph_styles,
    png_image,
    register_fonts,
)


def _table(frame: pd.DataFrame, headers: list[str], first_width: float) -> Table:
    rest = (FRAME_WIDTH - first_width) / max(len(headers) - 1, 1)
    rows = [headers, *([str(cell) for cell in row] for row in frame.itertuples(index=False))]
    return data_table(rows, [first_width] + [rest] * (len(headers) - 1), font_size=7.5)


def card_pdf(card: Card) -> bytes:
    """Return the card (from :func:`layers.render.card.gmina_card`) as an A4 PDF.

    Its text (names, figures, notes) is real text, so it can be searched and copied.
    """
    register_fonts()
    texts, labels, styles = card.texts, card.texts.labels, paragraph_styles()
    title = f"{texts.title}: {card.name}"
    story: list[Flowable] = [Paragraph(escape(title), styles["h1"])]
    story += [Paragraph(f"<b>{escape(k)}</b>: {escape(v)}", styles["body"]) for k, v in card.facts]
    story += [Paragraph(escape(labels["figures"]), styles["h2"])]
    story += [_table(card.figures, [labels[c] for c in card.figures.columns], 5.5 * cm)]
    scopes = [labels["indicator"], *(texts.scopes[s] for s in card.standings.columns[1:])]
    story += [Paragraph(escape(labels["standing"]), styles["h2"])]
    story += [Paragraph(escape(labels["standing_help"]), styles["small"])]
    story += [_table(card.standings, scopes, 5.5 * cm)]
    story += [Paragraph(escape(labels["neighbourhood"]), styles["h2"])]
    maps = [[png_image(m.png, FRAME_WIDTH / 2 - 6) for m in card.maps]]
    captions = [[Paragraph(escape(m.title), styles["small"]) for m in card.maps]]
    if card.maps:
        story += [Table(maps + captions)]
    story += [Paragraph(escape(labels["flows"]), styles["h2"])]
    story += [_table(card.flows, [labels[c] for c in card.flows.columns], 4 * cm)]
    story += [Paragraph(escape(labels["notes"]), styles["h2"])]
    story += [Paragraph(escape(note), styles["small"]) for note in card.notes]
    story += [
        Spacer(1, 6),
        Paragraph(
            f"{escape(labels['created'])}: {written_date(card.created, texts.lang)}",
            styles["small"],
        ),
    ]
    story += [Paragraph(escape(texts.attribution), styles["small"])]
    buffer = io.BytesIO()
    a4_document(buffer, title).build(story)
    return buffer.getvalue()
