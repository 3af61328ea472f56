"""Find a gmina: options from the scope, a pick selects the gmina and fits the map to it."""

from __future__ import annotations

import pytest
from dash.exceptions import PreventUpdate

from callbacks.explorer import gmina_search
from tests.support.map_patch import applied

WIELICZKA, TARNOW = "1219053", "1263011"


def test_options_match_case_forms_within_the_scope_and_keep_the_choice(app):
    with app.server.test_request_context():
        smk = gmina_search.update_options("z Wieliczki", None, "smk", "pl")
        poland = gmina_search.update_options("Tarnowa", None, "poland", "pl")
        kept = gmina_search.update_options(None, WIELICZKA, "smk", "pl")
    assert [o["label"] for o in smk] == ["Wieliczka"]
    assert TARNOW in [o["value"] for o in poland]
    assert [o["value"] for o in kept] == [WIELICZKA]


def test_a_pick_selects_the_gmina_and_fits_the_map_to_its_bounds(app, dataset):
    with app.server.test_request_context():
        selected, patch = gmina_search.zoom_to_gmina(WIELICZKA)
    assert selected == WIELICZKA
    assert applied(patch.to_plotly_json())["view"] == {
        "bounds": list(dataset.gmina_bounds(WIELICZKA))
    }


@pytest.mark.parametrize("teryt", [None, "", "9999999", ["1219053"]])
def test_nothing_or_an_unknown_code_changes_nothing(app, teryt):
    with app.server.test_request_context(), pytest.raises(PreventUpdate):
        gmina_search.zoom_to_gmina(teryt)
