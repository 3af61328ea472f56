"""A gmina's card: its facts, figures formatted from the profile, the maps' period."""

from __future__ import annotations

import pytest

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


KEY_FIGURES = (
    "live_births_per_1000",
    "deaths_per_1000",
    "internal_net_migration_per_1000",
    "total_net_migration_per_1000",
    "dwellings_per_1000",
)
"""The knowledge bank's key figures every card shows (2024 for every gmina of Poland)."""


@pytest.mark.parametrize("code", [KRAKOW, WIELICZKA, BOLESLAWIEC_RURAL])
def test_the_knowledge_banks_key_figures_are_on_every_card(dataset, cards, code):
    values = dataset.store.values
    shown = cards[code].figures.set_index("indicator")
    for indicator_id in KEY_FIGURES:
        indicator = dataset.catalog[indicator_id]
        stored = values[(values["teryt"] == code) & (values["indicator"] == indicator_id)]
        latest = stored.loc[stored["year"].idxmax()]
        row = shown.loc[f"{indicator.name('pl')} [{indicator.unit('pl')}]"]
        assert row["year"] == "2024" == str(int(latest["year"])), indicator_id
        assert row["value"] == formatted(latest["value"], indicator.decimals, "pl"), indicator_id
