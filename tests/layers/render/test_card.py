from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from layers.analysis.gmina_profile import gmina_profile
from layers.render.card import CardTexts, gmina_card, map_period
from layers.render.card_html import card_html
from layers.render.card_pdf import card_pdf
from layers.render.numbers import formatted
from server.card import LABELS

KRAKOW, WIELICZKA, BOLESLAWIEC_RURAL = "1261011", "1219053", "0201022"
TEXTS = CardTexts(
    title="Karta gminy",
    lang="pl",
    labels={
        key: f"<{key}>" if key not in {"map_alt", "break", "flows_note"} else key for key in LABELS
    },
    scopes={"smk": "SMK", "malopolska": "Małopolska", "poland": "Polska"},
    gmina_types={"1": "miejska", "2": "wiejska", "3": "miejsko-wiejska"},
    attribution="Granice: PRG, GUGiK",
)


@pytest.fixture(scope="module")
def cards(dataset):
    labels = dataset.store.gminas["name"]
    areas = {"SMK": dataset.areas["smk"]}
    return {
        code: gmina_card(dataset, code, TEXTS, areas, labels=labels, created=date(2026, 12, 5))
        for code in (KRAKOW, WIELICZKA, BOLESLAWIEC_RURAL)
    }


def test_each_card_names_its_gmina_powiat_and_voivodeship(cards):
    facts = {code: dict(card.facts) for code, card in cards.items()}
    assert facts[KRAKOW]["<areas>"] == "SMK"
    assert facts[BOLESLAWIEC_RURAL]["<voivodeship>"] == "DOLNOŚLĄSKIE"
    assert facts[BOLESLAWIEC_RURAL]["<type>"] == "wiejska"
    assert facts[BOLESLAWIEC_RURAL]["<areas>"] == "–"
    assert cards[WIELICZKA].name == "Wieliczka"


def test_figures_are_the_profile_formatted(dataset, cards):
    profile = gmina_profile(dataset, WIELICZKA, list(dataset.catalog), {})
    population = cards[WIELICZKA].figures.set_index("indicator").loc["Ludność [osoby]"]
    assert population["value"] == formatted(profile.figures.loc["population", "value"], 0, "pl")
    assert population["change_5"].endswith("% †")  # 2019→2024 crosses the census rebasing


def test_the_change_map_does_not_cross_the_break(dataset):
    year, base = map_period(dataset.catalog["population_change"])
    assert (year, base) == (2024, 2020)
    assert map_period(dataset.catalog["density"]) == (max(dataset.catalog["density"].years), None)


def test_html_is_self_contained_and_described(cards):
    page = card_html(cards[KRAKOW]).decode()
    assert page.startswith('<!DOCTYPE html><html lang="pl">')
    assert "http" not in page.replace("http-equiv", "")  # nothing loaded from outside
    assert page.count("<img") == 2 and page.count('alt="map_alt"') == 2
    assert "<caption>" in page and 'scope="col"' in page
    assert "Wieliczka" in page  # Kraków's top partner in the flows table


def test_pdf_text_can_be_extracted(cards):
    for code, card in cards.items():
        reader = PdfReader(io.BytesIO(card_pdf(card)))
        text = " ".join(page.extract_text() for page in reader.pages)
        assert f"Karta gminy: {card.name}" in text
        population = card.figures.set_index("indicator").loc["Ludność [osoby]", "value"]
        assert population in text, code
        assert reader.metadata.creation_date.year >= 2026  # a real date, not reportlab's 2000
