"""A gmina's card as one HTML page: self-contained, its images and tables described."""

from __future__ import annotations

from layers.render.card_html import card_html

KRAKOW = "1261011"


def test_html_is_self_contained_and_described(cards):
    page = card_html(cards[KRAKOW]).decode()
    assert page.startswith('<!DOCTYPE html><html lang="pl">')
    assert "http" not in page.replace("http-equiv", "")  # nothing loaded from outside
    assert page.count("<img") == 2 and page.count('alt="map_alt"') == 2
    assert "<caption>" in page and 'scope="col"' in page
    assert "Wieliczka" in page  # Kraków's top partner in the flows table
    assert ": 5 grudnia 2026</p>" in page  # its date as Poles write it, not 2026-12-05
