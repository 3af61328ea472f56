"""Projected populations for charts: the cached outlook, lines for the panel and comparison."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from layers.analysis.projection import SCENARIOS, Outlook, Scenario, population_outlook
from layers.errors import GeoportalError
from layers.render.outlook import projection_traces
from layers.render.report import POPULATION
from server.cache import cache
from server.data import current_dataset, current_labels
from server.i18n import text


@cache.memoize()
def cached_outlook(scenario: Scenario) -> Outlook:
    """Return every gmina's projection under ``scenario`` (cached).

    Raises
    ------
    ProjectionError
        For a scenario out of range or a store without components.
    """
    dataset = current_dataset()
    population = dataset.values.by_indicator[POPULATION]
    return population_outlook(dataset.store.components, scenario, population=population)


def projection_series(codes: Sequence[str], labels: pd.Series) -> list[pd.Series]:
    """Return the held-rates projection of each gmina (from the base year), named by label.

    A gmina without a projection is left out.
    """
    population = cached_outlook(SCENARIOS["held"]).population
    return [population.loc[code].rename(labels[code]) for code in codes if code in population.index]


def with_outlook(figure: dict, indicator_id: str, codes: Sequence[str], lang: str) -> dict:
    """Return a population chart with each gmina's held-rates outlook added as a dashed line.

    Charts of other indicators, and charts when the store has no components, are returned
    as they are.
    """
    if indicator_id != POPULATION:
        return figure
    try:
        series = projection_series(codes, current_labels(lang))
    except GeoportalError:
        return figure
    figure["data"].extend(projection_traces(series, text("outlook_projection", lang)))
    figure["layout"]["showlegend"] = True
    return figure
