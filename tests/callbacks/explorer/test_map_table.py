"""The map as a table: hidden until asked, the map's values, classes and colours, sortable."""

from __future__ import annotations

import pytest
from dash import html
from dash.exceptions import PreventUpdate

from callbacks.explorer import map_table
from layers.render.choropleth import ViewRequest, classed_values
from server.data import current_dataset
from server.paint import cached_view

KRAKOW, ZIELONA_GORA = "1261011", "0862011"
SMK_GMINAS = 15


def view(scope: str = "smk", indicator_id: str = "population", year: int = 2024, **options):
    """Return the view the map tells it shows, as the callback gets it."""
    defaults = {"base_year": None, "scheme": "quantiles", "k": 5, "breaks": None}
    defaults |= {"palette": "Blues", "reverse": []}
    return {
        "scope": scope,
        "indicator_id": indicator_id,
        "year": year,
        "options": defaults | options,
    }


def body_rows(table: html.Table) -> list[list]:
    """Return each body row's cells: header text, then each cell's children."""
    body = table.children[2]
    return [[cell.children for cell in row.children] for row in body.children]


def test_the_table_is_hidden_until_the_button_is_pressed(app):
    with app.server.test_request_context():
        for presses in (None, 0, 2):
            children, hidden, expanded, label = map_table.update_map_table(
                presses, "value", view(), "pl"
            )
            assert (children, hidden, expanded) == ([], True, "false")
            assert label == "Pokaż mapę jako tabelę"


def test_shown_the_rows_are_the_maps_gminas_by_rank_with_the_maps_colours(app):
    with app.server.test_request_context():
        table, hidden, expanded, label = map_table.update_map_table(1, "value", view(), "pl")
        request = ViewRequest("smk", "population", 2024, palette="Blues")
        paint = cached_view(request, "pl").paint  # the map's colours, in the scope's order
        codes = classed_values(current_dataset(), request).values.index
    assert (hidden, expanded, label) == (False, "true", "Ukryj tabelę mapy")
    assert table.children[0].children == ("Ludność [osoby], 2024 — Metropolia Krakowska (15 gmin)")
    rows = body_rows(table)
    assert len(rows) == SMK_GMINAS
    assert rows[0][0] == "Kraków" and rows[0][1] == KRAKOW and rows[0][4] == "1"
    assert [int(row[4]) for row in rows] == list(range(1, SMK_GMINAS + 1))
    colours = {row[1]: row[3][0].style["background"] for row in rows}
    shown = {code: paint["colors"][k] for code, k in zip(codes, paint["classes"], strict=True)}
    assert colours == shown


def test_the_order_can_be_by_name_or_code(app):
    with app.server.test_request_context():
        by_name, *_ = map_table.update_map_table(1, "name", view(), "pl")
        by_code, *_ = map_table.update_map_table(1, "teryt", view(), "pl")
    names = [row[0] for row in body_rows(by_name)]
    codes = [row[1] for row in body_rows(by_code)]
    assert names == sorted(names) and codes == sorted(codes)
    sorted_header = [
        th
        for th in by_name.children[1].children.children
        if "aria-sort" in th.to_plotly_json()["props"]
    ]
    assert [th.children for th in sorted_header] == ["Gmina"]


def test_gaps_come_last_without_a_rank(app):
    changes = {"scope": "poland", "indicator_id": "density", "year": 2014}
    with app.server.test_request_context():
        table, *_ = map_table.update_map_table(1, "value", view(**changes), "en")
    rows = body_rows(table)
    gaps = [row for row in rows if row[4] == "–"]
    assert rows[-len(gaps) :] == gaps and ZIELONA_GORA in [row[1] for row in gaps]
    assert all(row[2] == "–" for row in gaps)


def test_bad_breaks_give_a_message_not_a_table(app):
    changes = {"scheme": "manual", "breaks": "abc"}
    with app.server.test_request_context():
        shown, hidden, *_ = map_table.update_map_table(1, "value", view(**changes), "pl")
        with pytest.raises(PreventUpdate):
            map_table.update_map_table(1, "value", view(scheme="manual", breaks=" "), "pl")
    assert hidden is False and not isinstance(shown, html.Table)


def test_a_view_marked_refused_is_tabulated_as_asked(app):
    with app.server.test_request_context():
        children, hidden, *_ = map_table.update_map_table(
            1, "value", view() | {"refused": True}, "pl"
        )
    assert isinstance(children, html.Table) and hidden is False


@pytest.mark.parametrize("odd", [{"year": "2024"}, {"options": None}, {"scope": 5}, {"k": True}])
def test_a_malformed_view_gives_a_message_not_a_failure(app, odd):
    malformed = view() | odd if "k" not in odd else view(k=True)
    with app.server.test_request_context():
        children, hidden, *_ = map_table.update_map_table(1, "value", malformed, "pl")
    assert not isinstance(children, html.Table) and hidden is False
