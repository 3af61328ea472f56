"""Links to a gmina's card ("Karta gminy", served by ``server.card``) from any tab."""

from __future__ import annotations

from dash import html

from server.card import card_link
from server.i18n import text


def card_links(teryt: str | None, lang: str) -> list:
    """Return the links to a gmina's card as a page and as PDF (nothing without a gmina)."""
    if not teryt:
        return []
    return [
        html.A(text("card_link", lang), href=card_link(teryt, lang), target="_blank"),
        " · ",
        html.A(text("card_link_pdf", lang), href=card_link(teryt, lang, "pdf")),
    ]
