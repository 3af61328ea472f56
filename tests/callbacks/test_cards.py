"""Links to a gmina's card from any tab: the page and the PDF, in the page's language."""

from __future__ import annotations

from callbacks.cards import card_links
from server.i18n import text

WIELICZKA = "1219053"


def test_no_gmina_no_links():
    assert card_links(None, "pl") == [] and card_links("", "en") == []


def test_the_links_open_the_gminas_card_and_its_pdf_in_the_language(app):
    page, _, pdf = card_links(WIELICZKA, "en")

    assert (page.children, pdf.children) == (text("card_link", "en"), text("card_link_pdf", "en"))
    assert page.target == "_blank"
    client = app.server.test_client()
    shown = client.get(page.href)
    assert shown.status_code == 200 and shown.mimetype == "text/html"
    assert '<html lang="en">' in shown.get_data(as_text=True)
    assert "Wieliczka" in shown.get_data(as_text=True)
    downloaded = client.get(pdf.href)
    assert downloaded.status_code == 200 and downloaded.mimetype == "application/pdf"
    assert downloaded.data.startswith(b"%PDF")
