"""A gmina's card as PDF: its text extractable, dated the day it was made."""

from __future__ import annotations

import io

from pypdf import PdfReader

from layers.render.card_pdf import card_pdf


def test_pdf_text_can_be_extracted(cards):
    for code, card in cards.items():
        reader = PdfReader(io.BytesIO(card_pdf(card)))
        text = " ".join(page.extract_text() for page in reader.pages)
        assert f"Karta gminy: {card.name}" in text
        population = card.figures.set_index("indicator").loc["Ludność [osoby]", "value"]
        assert population in text, code
        assert reader.metadata.creation_date.year >= 2026  # a real date, not reportlab's 2000
