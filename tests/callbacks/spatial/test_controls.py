"""The spatial tab's shared controls: labelled controls, numbers and scenarios read safely."""

from __future__ import annotations

import inspect

import pytest
from dash import State
from dash.exceptions import PreventUpdate

from callbacks.spatial.controls import number, scenario_inputs, scenario_of, scope_control
from layers.analysis.projection import Scenario
from layers.analysis.scopes import SCOPES
from server.i18n import text


@pytest.mark.parametrize(("value", "read"), [(3, 3.0), (0.5, 0.5), (-1, -1.0)])
def test_a_number_is_read_as_a_float(value, read):
    assert number(value) == read


@pytest.mark.parametrize("odd", [None, True, "3", {"a": 1}, [1], float("nan")])
def test_anything_else_is_no_number(odd):
    assert number(odd) is None


def test_the_controls_describe_a_scenario():
    assert scenario_of("held", 5, 1, "2024") == Scenario()
    assert scenario_of("trend", 3.4, 0.5, "mean") == Scenario(
        trend=True, trend_years=3, migration=0.5, migration_mean=True
    )


@pytest.mark.parametrize(
    "controls",
    [
        ("steady", 5, 1, "2024"),
        ("held", "5", 1, "2024"),
        ("held", 5, float("nan"), "2024"),
        ("held", 5, 1, "2019"),
    ],
)
def test_an_odd_control_stops_the_answer(controls):
    with pytest.raises(PreventUpdate):
        scenario_of(*controls)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_scope_control_offers_every_scope(lang):
    label, radio = scope_control("some-scope", "smk", lang).children
    assert label.children == text("scope", lang)
    assert radio.id == "some-scope" and radio.value == "smk"
    assert radio.options == [{"label": text(f"scope_{s}", lang), "value": s} for s in SCOPES]


def test_the_scenario_inputs_name_the_scenarios_parameters():
    named = scenario_inputs(State)
    assert list(named) == list(inspect.signature(scenario_of).parameters)
    assert all(isinstance(dependency, State) for dependency in named.values())
