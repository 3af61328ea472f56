"""Controls shared by the tab's sections: a labelled control, numbers and scenarios read safely."""

from __future__ import annotations

import math

from dash import html
from dash.exceptions import PreventUpdate

from layers.analysis.projection import Scenario

RATES = ("held", "trend")


def control(label: str, component: object) -> html.Div:
    """Return a labelled control of a side bar."""
    return html.Div([html.Label(label), component], className="control")


def number(value: object) -> float | None:
    """Return a control's number, or None for anything else (text, an object, NaN)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return None
    return float(value)


def scenario_of(rates: object, trend_years: object, migration: object) -> Scenario:
    """Return the scenario the outlook's controls describe, or stop when one is odd."""
    years, factor = number(trend_years), number(migration)
    if rates not in RATES or years is None or factor is None:
        raise PreventUpdate
    return Scenario(trend=rates == "trend", trend_years=round(years), migration=factor)
