"""Gmina boxes: kept gminas first, matches within a scope, case forms kept for the browser."""

from __future__ import annotations

from callbacks.gmina_choice import gmina_options, searchable_gmina_options
from layers.analysis.search import folded

KRAKOW, WIELICZKA, SKAWINA = "1261011", "1219053", "1206113"
TARNOW = "1263011"


def test_kept_gminas_come_first_then_the_matches(app):
    with app.server.test_request_context():
        options = gmina_options("Skawinie", [KRAKOW], "pl")
    assert [o["value"] for o in options] == [KRAKOW, SKAWINA]


def test_matches_stay_within_the_scope(app, dataset):
    with app.server.test_request_context():
        everywhere = gmina_options("Tarnowa", [], "pl")
        in_smk = gmina_options("Tarnowa", [], "pl", within=dataset.areas["smk"])
    assert TARNOW in [o["value"] for o in everywhere]
    assert in_smk == []


def test_a_case_form_is_kept_for_the_browsers_own_filter(app):
    # The box filters its options again by the words typed: "z krakowa" must be found in
    # Kraków's search text, or the browser would hide what the server matched.
    with app.server.test_request_context():
        (option,) = gmina_options("z Krakowa", [], "pl")
        (plain,) = searchable_gmina_options([KRAKOW], "pl")
    assert option["value"] == KRAKOW and "z krakowa" in option["search"]
    assert plain["search"] == f"{folded('Kraków')} {KRAKOW}"
