"""Outlook series: a gmina's and an area's past and projected population, the back-test notes."""

from __future__ import annotations

import dash
import pandas as pd
from dash import Input, Output, Patch, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from callbacks.charts import chart_config
from callbacks.explorer.area_layers import area_members, update_overlay_options
from callbacks.json_answers import plain_answer
from callbacks.maps import clicked_gmina, marked
from callbacks.page import on_first_showing
from callbacks.spatial.controls import scenario_inputs, scenario_of
from callbacks.spatial.projections import cached_outlook
from layers.analysis.backtest import (
    error_summary,
    migration_mean_backtest,
    pre_census_backtest,
    rebased_backtest,
)
from layers.analysis.dataset import AREAS, Dataset
from layers.analysis.projection import (
    Outlook,
    area_outlook,
)
from layers.analysis.values import time_series
from layers.errors import GeoportalError
from layers.render.figures import localized
from layers.render.numbers import formatted
from layers.render.outlook import outlook_figure
from layers.render.report import POPULATION, area_series
from server.data import current_area, current_dataset, current_labels, held_for
from server.i18n import dropdown_labels, text
from server.text_keys import AREA_KEYS

BACKTESTS_KEY = "geoportal_outlook_backtests"
HIDDEN = {"display": "none"}


def backtests(dataset: Dataset) -> dict[str, dict[str, pd.DataFrame]]:
    """Return the back-tests of the outlook on the loaded data (see :mod:`.backtest`)."""
    population = dataset.values.by_indicator[POPULATION]
    return {
        "pre": pre_census_backtest(population, trend_years=0),
        "trend": pre_census_backtest(population, trend_years=5),
        "rebased": rebased_backtest(population, dataset.store.components),
        "mean": migration_mean_backtest(population, dataset.store.components),
    }


def current_backtests() -> dict[str, dict[str, pd.DataFrame]]:
    """Return the back-tests, made once per process and dataset."""
    dataset = current_dataset()
    return held_for(BACKTESTS_KEY, dataset, lambda: backtests(dataset))


def backtest_note(lang: str) -> html.P:
    """Tab first shown: say how the method did in the back-tests (figures computed now)."""
    tests, fields = current_backtests(), {}
    for key in ("pre", "trend", "rebased", "mean"):
        model = error_summary(tests[key]["model"])
        constant = error_summary(tests[key].get("constant", tests[key]["model"]))
        fields[f"{key}_median"] = formatted(model["median_ape"], 1, lang)
        fields[f"{key}_p90"] = formatted(model["p90_ape"], 1, lang)
        fields[f"{key}_n"] = formatted(model["gminas"], 0, lang)
        fields[f"{key}_constant"] = formatted(constant["median_ape"], 1, lang)
    held = error_summary(tests["mean"]["held"])
    fields["mean_held_median"] = formatted(held["median_ape"], 1, lang)
    fields["mean_held_p90"] = formatted(held["p90_ape"], 1, lang)
    return html.P(text("outlook_backtest", lang).format(**fields))


def layout_charts(lang: str) -> list:
    """Return the gmina's chart (shown once a gmina is clicked) and the area's chart."""
    return [
        dcc.Store(id=ids.OUTLOOK_GMINA),
        html.P(text("outlook_gmina_hint", lang), className="help"),
        dcc.Graph(id=ids.OUTLOOK_GMINA_CHART, config=chart_config(lang), style=HIDDEN),
        html.P(id=ids.OUTLOOK_GMINA_NOTE, className="help"),
        html.Label(text("outlook_area", lang)),
        dcc.Dropdown(
            id=ids.OUTLOOK_AREA, value="smk", clearable=False, labels=dropdown_labels(lang)
        ),
        dcc.Graph(id=ids.OUTLOOK_AREA_CHART, config=chart_config(lang)),
    ]


def unit_and_texts(lang: str) -> tuple[str, tuple[str, str]]:
    """Return the charts' y-axis title and their break and projection labels."""
    return text("outlook_unit", lang), (
        text("series_break_short", lang),
        text("outlook_projection", lang),
    )


def gmina_chart(code: str, outlook: Outlook, lang: str) -> tuple[dict, str]:
    """Return a gmina's chart (history, projection) and its back-test errors."""
    dataset, labels = current_dataset(), current_labels(lang)
    label = labels[code]
    history = time_series(dataset.values, dataset.catalog[POPULATION], code).rename(label)
    unit, texts = unit_and_texts(lang)
    projection = (
        [outlook.population.loc[code].rename(label)] if code in outlook.population.index else []
    )
    errors = {key: current_backtests()[key]["model"]["error_pct"] for key in ("pre", "rebased")}
    note = text("outlook_backtest_gmina", lang).format(
        name=label,
        pre=formatted(errors["pre"].get(code), 1, lang),
        rebased=formatted(errors["rebased"].get(code), 1, lang),
    )
    return localized(outlook_figure([history], projection, unit, texts), lang), note


def area_chart(choice: str, outlook: Outlook, lang: str) -> dict:
    """Return an area's chart: the sum of its gminas' past and projected populations.

    Raises
    ------
    SavedAreaError
        For a saved area that no longer exists or that the asker may not see.
    """
    dataset = current_dataset()
    members = [code for code in area_members(choice) if code in dataset.codes]
    label = area_label(choice, lang)
    history = area_series(dataset, dataset.catalog[POPULATION], pd.Index(members)).rename(label)
    summed = area_outlook(outlook, {label: members}).population
    projection = [summed.loc[label]] if label in summed.index else []
    unit, texts = unit_and_texts(lang)
    return localized(outlook_figure([history], projection, unit, texts), lang)


def is_area(choice: object) -> bool:
    """Return whether ``choice`` names an area: a fixed one or ``saved:<id>``."""
    if not isinstance(choice, str):
        return False
    saved = choice.removeprefix("saved:")
    return choice in AREAS or (saved != choice and saved.isdigit())


def area_label(choice: str, lang: str) -> str:
    """Return an area's name: a fixed area's text or a saved area's own name."""
    if choice.startswith("saved:"):
        return current_area(int(choice.removeprefix("saved:"))).name
    return text(AREA_KEYS[choice], lang)


def update_gmina(click: object) -> tuple[str, Patch]:
    """User clicks a gmina on the outlook map: show its series and outline it."""
    code = clicked_gmina(click)
    if code is None:
        raise PreventUpdate
    return code, marked(Patch(), "select", [code])


def update_charts(*, code: str | None, choice: str | None, scenario: dict, lang: str) -> tuple:
    """User picks a gmina or an area, or changes the scenario: redraw both charts.

    ``scenario`` is the scenario's controls by name (:func:`.controls.scenario_inputs`).
    """
    try:
        outlook = cached_outlook(scenario_of(**scenario))
        area = area_chart(choice, outlook, lang) if is_area(choice) else dash.no_update
    except GeoportalError as error:
        return dash.no_update, HIDDEN, alert(error, lang), dash.no_update
    if not isinstance(code, str) or code not in current_dataset().codes:
        return dash.no_update, HIDDEN, None, area
    figure, note = gmina_chart(code, outlook, lang)
    return figure, {}, note, area


def register_charts(app: dash.Dash) -> None:
    """Wire the click on the map, the area choices and the two charts."""
    app.callback(
        Output(ids.OUTLOOK_GMINA, "data"),
        Output(ids.OUTLOOK_STATE, "data", allow_duplicate=True),
        Input(ids.OUTLOOK_CLICK, "data"),
        prevent_initial_call=True,
    )(update_gmina)
    app.callback(
        Output(ids.OUTLOOK_AREA, "options"),
        Input(ids.TABS, "value"),
        State(ids.LANG_STORE, "data"),
    )(update_overlay_options)
    on_first_showing(
        app,
        "tab_spatial",
        output=[
            Output(ids.OUTLOOK_GMINA_CHART, "figure"),
            Output(ids.OUTLOOK_GMINA_CHART, "style"),
            Output(ids.OUTLOOK_GMINA_NOTE, "children"),
            Output(ids.OUTLOOK_AREA_CHART, "figure"),
        ],
        inputs={
            "code": Input(ids.OUTLOOK_GMINA, "data"),
            "choice": Input(ids.OUTLOOK_AREA, "value"),
            "scenario": scenario_inputs(Input),
        },
        state={"lang": State(ids.LANG_STORE, "data")},
    )(plain_answer(update_charts))
