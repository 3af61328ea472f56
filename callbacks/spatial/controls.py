"""Controls shared by the tab's sections: a labelled control, numbers and scenarios read safely."""

from __future__ import annotations

import math

from dash import Input, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from layers.analysis.projection import Scenario
from layers.analysis.scopes import SCOPES
from server.i18n import text
from server.text_keys import SCOPE_KEYS

RATES = ("held", "trend")
MIGRATION_BASES = ("2024", "mean")
"""Net migration at its 2024 rate, or at its mean rate over the years with data."""


def control(label: str, component: object) -> html.Div:
    """Return a labelled control of a side bar."""
    return html.Div([html.Label(label), component], className="control")


def scope_control(component_id: str, value: str, lang: str) -> html.Div:
    """Return the scope chooser (SMK, KOM 2003, Małopolska, Poland) of a section."""
    options = [{"label": text(SCOPE_KEYS[scope], lang), "value": scope} for scope in SCOPES]
    return control(
        text("scope", lang), dcc.RadioItems(id=component_id, value=value, options=options)
    )


def number(value: object) -> float | None:
    """Return a control's number, or None for anything else (text, an object, NaN)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return None
    return float(value)


def scenario_of(rates: object, trend_years: object, migration: object, base: object) -> Scenario:
    """Return the scenario the outlook's controls describe, or stop when one is odd."""
    years, factor = number(trend_years), number(migration)
    if rates not in RATES or years is None or factor is None or base not in MIGRATION_BASES:
        raise PreventUpdate
    return Scenario(
        trend=rates == "trend",
        trend_years=round(years),
        migration=factor,
        migration_mean=base == "mean",
    )


def scenario_inputs(dependency: type[Input] | type[State]) -> dict:
    """Return the outlook's scenario controls as a callback's named inputs (or states).

    Keyed by the parameters of :func:`scenario_of`, which takes their values.
    """
    return {
        "rates": dependency(ids.OUTLOOK_RATES, "value"),
        "trend_years": dependency(ids.OUTLOOK_TREND_YEARS, "value"),
        "migration": dependency(ids.OUTLOOK_MIGRATION, "value"),
        "base": dependency(ids.OUTLOOK_MIGRATION_BASE, "value"),
    }
