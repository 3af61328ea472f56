"""The outlook's view on the real data: the map's values, its classes, charts and the table."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.projection import BASE_YEAR, HORIZON, Outlook, Scenario, population_outlook
from layers.errors import NoDataError
from layers.render.outlook import (
    PROJECTION_DASH,
    OutlookRequest,
    outlook_figure,
    outlook_table,
    outlook_values,
    outlook_view,
)

KRAKOW = "1261011"
NOWHERE = "0000000"


@pytest.fixture(scope="module")
def outlook(dataset) -> Outlook:
    """The held-rates outlook of every gmina with components."""
    population = dataset.values.by_indicator["population"]
    return population_outlook(dataset.store.components, Scenario(), population=population)


def test_values_are_the_change_since_the_base_year_or_persons_and_gaps_stay(outlook):
    codes = pd.Index([KRAKOW, NOWHERE])
    held = outlook.population.loc[KRAKOW]
    change = outlook_values(outlook, codes, HORIZON, "change")
    assert change[KRAKOW] == pytest.approx((held[HORIZON] / held[BASE_YEAR] - 1) * 100)
    assert pd.isna(change[NOWHERE])  # a gap, not zero
    persons = outlook_values(outlook, codes, 2030, "population")
    assert persons[KRAKOW] == pytest.approx(held[2030]) and persons.name == "population"


def test_the_view_classes_every_smk_gmina(dataset, outlook):
    view = outlook_view(dataset, outlook, OutlookRequest("smk", HORIZON), "pl")
    assert sum(row.count for row in view.legend) == len(dataset.areas["smk"])
    assert not any(row.nodata for row in view.legend)


def test_a_scope_without_projections_has_no_data(dataset, outlook):
    empty = Outlook(outlook.population.iloc[0:0], outlook.events)
    with pytest.raises(NoDataError):
        outlook_view(dataset, empty, OutlookRequest("smk", HORIZON), "pl")


def test_the_request_names_its_scenario():
    request = OutlookRequest("smk", 2030, trend=True, trend_years=3, migration=0.5)
    assert request.scenario == Scenario(trend=True, trend_years=3, migration=0.5)


def test_the_figure_draws_projections_dashed(outlook):
    projection = outlook.population.loc[KRAKOW].rename("Kraków")
    history = pd.Series([1.0, 2.0], index=[2018, 2019], name="Kraków")
    figure = outlook_figure([history], [projection], "osoby", ("przerwa", "prognoza"))
    names = [trace.get("name") for trace in figure["data"]]
    assert "Kraków" in names and names[-1] == "Kraków (prognoza)"
    assert figure["data"][-1]["line"]["dash"] == PROJECTION_DASH
    assert figure["data"][-1]["y"] == projection.tolist()


def test_the_table_has_a_row_per_year_and_no_events_in_the_base_year(outlook):
    table = outlook_table(outlook, [KRAKOW, NOWHERE], pd.Series({KRAKOW: "Kraków"}))
    assert list(table.columns) == [
        "teryt",
        "name",
        "year",
        "population",
        "births",
        "deaths",
        "net_migration",
    ]
    assert set(table["teryt"]) == {KRAKOW} and set(table["name"]) == {"Kraków"}
    assert list(table["year"]) == list(range(BASE_YEAR, HORIZON + 1))
    last = table.set_index("year").loc[HORIZON]
    assert last["population"] == round(outlook.population.loc[KRAKOW, HORIZON])
    assert last["births"] == round(outlook.events["births"].loc[KRAKOW, HORIZON])
    assert table.set_index("year").loc[BASE_YEAR, ["births", "deaths"]].isna().all()
