"""A gmina's card: its facts, figures formatted from the profile, the maps' period."""

from __future__ import annotations

from layers.analysis.gmina_profile import gmina_profile
from layers.render.card import map_period
from layers.render.numbers import formatted

KRAKOW, WIELICZKA, BOLESLAWIEC_RURAL = "1261011", "1219053", "0201022"


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
