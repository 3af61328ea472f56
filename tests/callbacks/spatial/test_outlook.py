"""The outlook's map over HTTP: the map of a year, scenarios, errors, the table export."""

from __future__ import annotations

import base64
import io
import json

import pandas as pd
import pytest

from callbacks import ids
from layers.analysis.projection import BASE_YEAR, HORIZON, Scenario, population_outlook
from layers.render.numbers import formatted
from server.i18n import text
from tests.support.dash_client import dispatch, prop_key
from tests.support.map_patch import applied, by_gmina, classes
from tests.support.spatial_posts import outlook_call, outlook_values

KRAKOW = "1261011"
MAP_OUTPUT = f"{ids.OUTLOOK_STATE}.data"


def krakow_hover(app, response: dict) -> list:
    """Return Kraków's hover columns on the map an answer paints."""
    state = applied(response[ids.OUTLOOK_STATE]["data"])
    return [by_gmina(app, state, column)[KRAKOW] for column in state["paint"]["columns"]]


@pytest.mark.parametrize(
    ("changes", "scenario"),
    [
        ({}, Scenario()),
        ({f"{ids.OUTLOOK_MIGRATION}.value": 2}, Scenario(migration=2.0)),
        ({f"{ids.OUTLOOK_MIGRATION}.value": 0.5}, Scenario(migration=0.5)),
        (
            {f"{ids.OUTLOOK_RATES}.value": "trend", f"{ids.OUTLOOK_TREND_YEARS}.value": 3},
            Scenario(trend=True, trend_years=3),
        ),
        ({f"{ids.OUTLOOK_MIGRATION_BASE}.value": "mean"}, Scenario(migration_mean=True)),
    ],
)
def test_the_map_shows_the_scenarios_projection(app, dataset, changes, scenario):
    response = outlook_call(app, MAP_OUTPUT, prop_key(ids.OUTLOOK_SCOPE, "value"), **changes)
    population = dataset.values.by_indicator["population"]
    expected = population_outlook(dataset.store.components, scenario, population=population)
    expected = expected.population.loc[KRAKOW]
    change = (expected[HORIZON] / expected[BASE_YEAR] - 1) * 100
    assert krakow_hover(app, response) == [
        formatted(change, 1, "pl"),
        formatted(expected[BASE_YEAR], 0, "pl"),
        formatted(expected[HORIZON], 0, "pl"),
    ]
    painted = classes(app, response[ids.OUTLOOK_STATE]["data"])
    assert len(painted) == 15 and -1 not in painted.values()
    hover = applied(response[ids.OUTLOOK_STATE]["data"])["paint"]["hover"]
    assert hover == [f"{HORIZON}: {{0}} (zmiana od 2024 r., %)", f"2024: {{1}} → {HORIZON}: {{2}}"]
    legend = json.dumps(response[ids.OUTLOOK_LEGEND], ensure_ascii=False)
    assert f"zmiana od 2024 r., %, {HORIZON}" in legend


def test_a_year_change_is_a_patch_and_population_is_in_persons(app, dataset):
    response = outlook_call(
        app,
        MAP_OUTPUT,
        prop_key(ids.OUTLOOK_YEAR, "value"),
        **{f"{ids.OUTLOOK_YEAR}.value": 2030, f"{ids.OUTLOOK_MEASURE}.value": "population"},
    )
    patch = response[ids.OUTLOOK_STATE]["data"]
    assert patch["__dash_patch_update"] == "__dash_patch_update"
    assert "polygons" not in json.dumps(patch) and "coordinates" not in json.dumps(patch)
    held = population_outlook(dataset.store.components, Scenario()).population
    assert krakow_hover(app, response)[0] == formatted(held.loc[KRAKOW, 2030], 0, "pl")


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_scenario_out_of_range_answers_with_a_message(app, lang):
    response = outlook_call(
        app,
        MAP_OUTPUT,
        prop_key(ids.OUTLOOK_MIGRATION, "value"),
        **{f"{ids.OUTLOOK_MIGRATION}.value": 40, f"{ids.LANG_STORE}.data": lang},
    )
    alert = response[ids.OUTLOOK_NOTICE]["children"]["props"]
    assert alert["children"] == text("error_projection", lang)


@pytest.mark.parametrize("odd", [None, "xyz", {"a": 1}, -1, float("nan")])
def test_odd_values_change_nothing(app, odd):
    for key in (ids.OUTLOOK_YEAR, ids.OUTLOOK_TREND_YEARS, ids.OUTLOOK_MEASURE):
        with app.server.test_client() as client:
            status, _ = dispatch(
                client,
                app,
                MAP_OUTPUT,
                outlook_values(**{f"{key}.value": odd}),
                [prop_key(key, "value")],
            )
        assert status in (200, 204)


def test_the_table_export_reads_back(app, dataset):
    with app.server.test_client() as client:
        status, body = dispatch(
            client,
            app,
            f"{ids.OUTLOOK_DOWNLOAD}.data",
            outlook_values(**{f"{ids.OUTLOOK_EXPORT_CSV}.n_clicks": 1}),
            [prop_key(ids.OUTLOOK_EXPORT_CSV, "n_clicks")],
        )
    assert status == 200
    download = json.loads(body)["response"][ids.OUTLOOK_DOWNLOAD]["data"]
    assert download["filename"] == f"prognoza_smk_{BASE_YEAR}-{HORIZON}.csv"
    content = io.BytesIO(base64.b64decode(download["content"]))
    table = pd.read_csv(content, sep=";", decimal=",", encoding="utf-8-sig", dtype={"TERYT": str})
    assert len(table) == 15 * (HORIZON - BASE_YEAR + 1)
    krakow = table[table["TERYT"] == KRAKOW].set_index("Rok")
    held = population_outlook(dataset.store.components, Scenario()).population.loc[KRAKOW]
    assert krakow.loc[BASE_YEAR, "Ludność 31 XII"] == held[BASE_YEAR]
    assert krakow.loc[HORIZON, "Ludność 31 XII"] == round(held[HORIZON])
    assert pd.isna(krakow.loc[BASE_YEAR, "Urodzenia żywe"])
    assert set(table["Scenariusz"]) == {
        "współczynniki: stałe (poziom 2024 r.); lata trendu: 0; migracje: z 2024 r. × 1.0"
    }
