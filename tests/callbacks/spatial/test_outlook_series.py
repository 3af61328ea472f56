"""The outlook's series over HTTP: a clicked gmina's and an area's charts, the back-test notes."""

from __future__ import annotations

import json

import pytest

from callbacks import ids
from layers.analysis.backtest import error_summary, pre_census_backtest, rebased_backtest
from layers.analysis.projection import BASE_YEAR, HORIZON, Scenario, population_outlook
from layers.render.numbers import formatted
from tests.support.dash_client import dispatch, prop_key
from tests.support.map_patch import applied
from tests.support.spatial_posts import outlook_call

KRAKOW = "1261011"
CHART_OUTPUT = f"{ids.OUTLOOK_GMINA_CHART}.figure"


def test_a_click_on_the_map_shows_and_outlines_the_gmina(app):
    for click, shown in (({"teryt": KRAKOW, "n": 1}, KRAKOW), ({"teryt": 5}, None), ("x", None)):
        with app.server.test_client() as client:
            status, body = dispatch(
                client,
                app,
                f"{ids.OUTLOOK_GMINA}.data",
                {prop_key(ids.OUTLOOK_CLICK, "data"): click},
                [prop_key(ids.OUTLOOK_CLICK, "data")],
            )
        if shown is None:
            assert status == 204
            continue
        response = json.loads(body)["response"]
        assert response[ids.OUTLOOK_GMINA]["data"] == KRAKOW
        assert applied(response[ids.OUTLOOK_STATE]["data"])["marks"]["select"]["ids"] == [KRAKOW]


def test_gmina_and_area_charts(app, dataset):
    response = outlook_call(
        app,
        CHART_OUTPUT,
        prop_key(ids.OUTLOOK_GMINA, "data"),
        **{f"{ids.OUTLOOK_GMINA}.data": KRAKOW},
    )
    gmina = response[ids.OUTLOOK_GMINA_CHART]["figure"]["data"]
    assert [trace["name"] for trace in gmina] == ["Kraków", "Kraków (prognoza)"]
    history = dict(zip(gmina[0]["x"], gmina[0]["y"], strict=True))
    assert history[2019] == dataset.values.by_indicator["population"].loc[KRAKOW, 2019]
    assert gmina[1]["x"] == list(range(BASE_YEAR, HORIZON + 1))
    assert gmina[1]["line"]["dash"] == "dash"
    population = dataset.values.by_indicator["population"]
    errors = pre_census_backtest(population, trend_years=0)["model"]["error_pct"]
    note = response[ids.OUTLOOK_GMINA_NOTE]["children"]
    assert formatted(errors[KRAKOW], 1, "pl") in note
    area = response[ids.OUTLOOK_AREA_CHART]["figure"]["data"]
    smk = dataset.areas["smk"]
    assert area[1]["y"][0] == pytest.approx(
        population_outlook(dataset.store.components, Scenario())
        .population.loc[smk, BASE_YEAR]
        .sum()
    )
    assert dict(zip(area[0]["x"], area[0]["y"], strict=True))[2015] == pytest.approx(
        population.loc[smk, 2015].sum()
    )


def test_an_unknown_area_changes_nothing(app):
    response = outlook_call(
        app,
        CHART_OUTPUT,
        prop_key(ids.OUTLOOK_AREA, "value"),
        **{f"{ids.OUTLOOK_AREA}.value": "saved:999"},
    )
    assert response[ids.OUTLOOK_GMINA_NOTE]["children"]["props"]["role"] == "alert"


def test_the_backtest_note_quotes_the_figures_computed_now(app, dataset):
    response = outlook_call(
        app, f"{ids.OUTLOOK_BACKTEST}.children", prop_key(ids.SPATIAL_OPENED, "data")
    )
    note = json.dumps(response[ids.OUTLOOK_BACKTEST], ensure_ascii=False)
    population = dataset.values.by_indicator["population"]
    pre = error_summary(pre_census_backtest(population, trend_years=0)["model"])
    rebased = error_summary(rebased_backtest(population, dataset.store.components)["model"])
    for summary in (pre, rebased):
        assert f"mediana {formatted(summary['median_ape'], 1, 'pl')} %" in note
        assert f"percentyl {formatted(summary['p90_ape'], 1, 'pl')} %" in note
