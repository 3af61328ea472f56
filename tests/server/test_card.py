from __future__ import annotations

import io

from pypdf import PdfReader

from server.card import card_link
from tests.support.access_fixtures import INTERNAL, sign_in


def test_card_pages_in_both_languages(app):
    client = app.server.test_client()
    polish = client.get(card_link("1219053", "pl"))
    assert polish.status_code == 200 and polish.mimetype == "text/html"
    assert "Karta gminy: Wieliczka" in polish.get_data(as_text=True)
    english = client.get(card_link("1219053", "en", "pdf"))
    assert english.mimetype == "application/pdf"
    assert "attachment" in english.headers["Content-Disposition"]
    text = PdfReader(io.BytesIO(english.data)).pages[0].extract_text()
    assert "Gmina card: Wieliczka" in text


def test_an_unknown_code_answers_404_in_the_users_language(app):
    response = app.server.test_client().get("/karta/12<script>?lang=en")
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "There is no gmina" in body and "<script>" not in body


def test_visitors_do_not_see_internal_indicators_or_areas(internal):
    client = internal.app.server.test_client()
    visitor = client.get(card_link("1219053", "en")).get_data(as_text=True)
    sign_in(client)
    official = client.get(card_link("1219053", "en")).get_data(as_text=True)
    name = "Urbanisation rate"
    assert INTERNAL == "urbanization"
    assert name not in visitor and name in official
    assert "Strefa wewnętrzna" not in visitor and "Strefa wewnętrzna" in official
