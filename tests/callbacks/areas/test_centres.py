"""The proposal of secondary centres: the centres it fills in, and the reasons it gives."""

from __future__ import annotations

import json

import pytest
from dash import no_update
from dash.exceptions import PreventUpdate

from callbacks.areas import centres
from layers.analysis.centres import proposed_centres
from server.i18n import text

KRAKOW, WIELICZKA = "1261011", "1219053"


def propose(app, clicks: int | None = 1, core: str = KRAKOW, extra: str | None = None):
    with app.server.test_request_context():
        return centres.update_proposal(
            clicks=clicks, scope="kom2003", core=core, extra=extra, kind="migration", lang="pl"
        )


def test_the_proposal_replaces_the_centres_and_says_why(app, dataset):
    chosen, table = propose(app)
    proposal = proposed_centres(dataset, "kom2003", KRAKOW)

    assert chosen == list(proposal.index[proposal["proposed"]][:6])
    assert WIELICZKA in chosen
    rows = [[cell.children for cell in row.children] for row in table.children[1].children]
    wieliczka = next(row for row in rows if row[0] == "Wieliczka")
    assert wieliczka[1] == "tak"
    assert "ludność" in wieliczka[2] and "1. miejsce" in wieliczka[2]


def test_an_extra_criterion_is_named_in_the_reasons(app):
    table = propose(app, extra="own_revenue_per_capita")[1]
    assert "Dochody własne" in json.dumps(table.to_plotly_json(), default=str, ensure_ascii=False)


def test_the_proposal_waits_for_a_click_and_refuses_a_core_outside_the_scope(app):
    with pytest.raises(PreventUpdate):
        propose(app, clicks=None)
    chosen, notice = propose(app, core="0201011")
    assert chosen is no_update
    assert notice.children == text("error_second_level", "pl")


# --- saving both levels, and opening them elsewhere -------------------------------------------
