"""What the outlook shows: the map of a projected year, the series charts and the table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from layers.analysis.classify import classified
from layers.analysis.dataset import Dataset
from layers.analysis.projection import BASE_YEAR, Outlook, Scenario
from layers.analysis.scopes import scope_codes
from layers.analysis.values import require_values
from layers.render.geomap import class_paint
from layers.render.legend import LegendRow, legend_rows
from layers.render.numbers import formatted
from layers.render.palettes import palette_colors
from layers.render.series import time_series_figure

MEASURES = {"change": 1, "population": 0}
"""What the map shows, with its decimals: the change since the base year (%) or persons."""
PALETTE = "YlGnBu"
CLASSES = 5
PROJECTION_DASH = "dash"
SERIES_BREAK = 2020
"""First year of the population series rebased on the 2021 census."""


@dataclass(frozen=True)
class OutlookRequest:
    """The user's choices for one outlook map (small and hashable: it keys the cache)."""

    scope: str
    year: int
    trend: bool = False
    trend_years: int = 5
    migration: float = 1.0
    migration_mean: bool = False
    measure: str = "change"

    @property
    def scenario(self) -> Scenario:
        """The projection's scenario."""
        return Scenario(
            trend=self.trend,
            trend_years=self.trend_years,
            migration=self.migration,
            migration_mean=self.migration_mean,
        )


@dataclass(frozen=True, eq=False)
class OutlookView:
    """The painted map of one projected year."""

    paint: dict
    """Class and colour per gmina with the hover columns (:func:`.geomap.class_paint`): the
    shown value, the base year's and the year's population; the UI adds the hover lines."""
    legend: list[LegendRow]


def outlook_values(outlook: Outlook, codes: pd.Index, year: int, measure: str) -> pd.Series:
    """Return each gmina's projected population in ``year`` or its change since the base year.

    Returns
    -------
    pandas.Series
        On ``codes`` (NaN where the outlook has no gmina: a gap), named ``measure``;
        ``"change"`` is (P_year / P_base − 1) · 100.
    """
    population = outlook.population.reindex(codes)
    if measure == "change":
        values = (population[year] / population[BASE_YEAR] - 1.0) * 100.0
    else:
        values = population[year]
    return values.astype(float).rename(measure)


def outlook_view(
    dataset: Dataset, outlook: Outlook, request: OutlookRequest, lang: str
) -> OutlookView:
    """Return the colours, hover values and legend of one projected year in a scope.

    Raises
    ------
    NoDataError
        When no gmina of the scope has a projection.
    """
    codes = scope_codes(request.scope, dataset.codes, dataset.areas)
    values = outlook_values(outlook, codes, request.year, request.measure)
    require_values(values)
    classes = classified(values, "quantiles", CLASSES)
    colors = palette_colors(PALETTE, classes.k)
    population = outlook.population.reindex(codes)
    decimals = MEASURES[request.measure]
    columns = [
        [formatted(value, decimals, lang) for value in values],
        [formatted(start, 0, lang) for start in population[BASE_YEAR]],
        [formatted(end, 0, lang) for end in population[request.year]],
    ]
    return OutlookView(
        paint=class_paint(classes.classes, colors, columns=columns),
        legend=legend_rows(classes, colors, decimals, lang),
    )


def outlook_figure(
    history: Sequence[pd.Series], projection: Sequence[pd.Series], unit: str, texts: tuple[str, str]
) -> dict:
    """Return a line chart of past populations (solid) and their projections (dashed).

    Parameters
    ----------
    history
        Per gmina or area, its population by year, named by its label.
    projection
        The same units' projected populations from the base year on, in the same order.
    unit
        Y-axis title.
    texts
        The series-break marker's text and the suffix of a projection's name
        (e.g. "prognoza").
    """
    break_label, suffix = texts
    figure = time_series_figure(list(history), unit, SERIES_BREAK, break_label)
    figure["data"].extend(projection_traces(projection, suffix))
    figure["layout"]["showlegend"] = True
    figure["layout"]["legend"] = {"orientation": "h", "y": -0.25}
    figure["layout"]["height"] = 300
    return figure


def projection_traces(projection: Sequence[pd.Series], suffix: str) -> list[dict]:
    """Return dashed line traces (Plotly JSON) of projected series, named "<name> (<suffix>)"."""
    return [
        {
            "type": "scatter",
            "x": series.index.tolist(),
            "y": series.tolist(),
            "name": f"{series.name} ({suffix})",
            "mode": "lines",
            "line": {"dash": PROJECTION_DASH},
        }
        for series in projection
    ]


def outlook_table(outlook: Outlook, codes: Sequence[str], labels: pd.Series) -> pd.DataFrame:
    """Return the projection as a long table: one row per gmina (or area) and year.

    Returns
    -------
    pandas.DataFrame
        ``teryt``, ``name``, ``year``, ``population`` (31 XII), ``births``, ``deaths``,
        ``net_migration`` (persons during the year; empty in the base year), rounded to
        whole persons, for the ``codes`` the outlook has.
    """
    present = [code for code in codes if code in outlook.population.index]
    long = outlook.population.loc[present].stack().rename("population").to_frame()
    for name, column in (
        ("births", "births"),
        ("deaths", "deaths"),
        ("migration", "net_migration"),
    ):
        long[column] = outlook.events[name].loc[present].stack().reindex(long.index)
    long = long.round(0).reset_index()
    long.columns = ["teryt", "year", *long.columns[2:]]
    long.insert(1, "name", long["teryt"].map(labels))
    return long
