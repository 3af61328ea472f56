"""Compare areas as aggregates: SMK, KOM 2003 and saved areas side by side."""

from __future__ import annotations

from callbacks.compare.areas import update_area_table
from layers.render.numbers import formatted
from server.i18n import text


def table_of(app, choices: list[str] | None, lang: str = "pl") -> tuple:
    with app.server.test_request_context():
        return update_area_table(choices, lang)


def test_two_fixed_areas_side_by_side(app, dataset):
    notice, table = table_of(app, ["smk", "kom2003"])
    head = [cell.children for cell in table.children[0].children.children]
    rows = {row.children[0].children: row.children[1:] for row in table.children[1].children}
    population = dataset.values.by_indicator["population"]

    assert notice is None
    assert head == ["Wskaźnik", text("area_smk", "pl"), text("area_kom2003", "pl")]
    smk_total = population.loc[dataset.areas["smk"], population.columns.max()].sum()
    assert rows["Ludność"][0].children.startswith(formatted(smk_total, 0, "pl"))


def test_fewer_than_two_areas_ask_for_more(app):
    notice, table = table_of(app, ["smk"])
    assert notice.children == text("carea_need", "pl") and table == []


def test_an_unknown_saved_area_shows_an_alert(app):
    notice, table = table_of(app, ["smk", "saved:999"])
    assert notice.children == text("error_saved_area", "pl") and table == []
