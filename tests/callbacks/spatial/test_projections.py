"""Projected populations added to the explorer's population chart."""

from __future__ import annotations

import pandas as pd

from callbacks.explorer import gmina_panel
from callbacks.spatial import projections
from layers.analysis.projection import SCENARIOS, population_outlook
from layers.render.report import POPULATION

KRAKOW = "1261011"


def test_the_gmina_panel_adds_the_outlook_to_population(app):
    with app.server.test_request_context():
        _, chart, _, _ = gmina_panel.update_panel(KRAKOW, "population", "smk", "pl")
        _, other, _, _ = gmina_panel.update_panel(KRAKOW, "density", "smk", "pl")
    assert [trace["name"] for trace in chart.figure["data"]] == ["Kraków", "Kraków (prognoza)"]
    assert len(other.figure["data"]) == 1


def test_projection_series_are_the_held_outlook_named_by_label(app, dataset):
    labels = pd.Series({KRAKOW: "Kraków"})
    with app.server.test_request_context():
        series = projections.projection_series([KRAKOW, "0000000"], labels)
    population = dataset.values.by_indicator[POPULATION]
    held = population_outlook(dataset.store.components, SCENARIOS["held"], population=population)
    assert [s.name for s in series] == ["Kraków"]  # a gmina without a projection left out
    pd.testing.assert_series_equal(series[0], held.population.loc[KRAKOW].rename("Kraków"))
