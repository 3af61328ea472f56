"""Compare gminas: their powiats' values, listed apart and marked as the powiats'."""

import pytest
from dash.exceptions import PreventUpdate

from callbacks.compare import powiats
from callbacks.compare.table import cached_charts


def cell_texts(table) -> dict[str, list]:
    body = table.children[1].children
    return {row.children[0].children: row.children[1:] for row in body}


def test_each_gmina_shows_its_powiats_value_naming_the_powiat(app, dataset):
    salary = dataset.values.frame(dataset.catalog["avg_gross_salary_powiat"])
    with app.server.test_request_context():
        table = powiats.update_powiats(["1219053", "1206022", "1261011"], "smk", "pl")
    rows = cell_texts(table)
    (name,) = [key for key in rows if key.startswith("Przeciętne")]
    wieliczka, _, krakow = rows[name]

    assert wieliczka.children[2].children == "powiat wielicki"
    assert krakow.children[2].children == "powiat m. Kraków"
    assert wieliczka.children[0] == f"{salary.loc['1219000', 2024]:,.0f} (2024)".replace(",", " ")
    assert len(rows) == 5


def test_nothing_chosen_changes_nothing(app):
    with app.server.test_request_context(), pytest.raises(PreventUpdate):
        powiats.update_powiats([], "smk", "pl")


def test_the_chart_of_a_powiat_indicator_draws_the_powiats_series(app):
    with app.server.test_request_context():
        lines, _ = cached_charts(("1219053", "1261011"), "nursery_care_powiat", "smk", "en")
    names = [trace["name"] for trace in lines["data"]]

    assert names == ["Wieliczka: value of powiat wielicki", "Kraków: value of Kraków (city powiat)"]
