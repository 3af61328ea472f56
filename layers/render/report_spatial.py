"""The state report's spatial pages: LISA clusters of the key indicators and the SMK outlook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from layers.analysis.autocorrelation import GlobalMoran, spatial_autocorrelation
from layers.analysis.backtest import error_summary, pre_census_backtest, rebased_backtest
from layers.analysis.catalog import Indicator
from layers.analysis.crs import METRIC_CRS
from layers.analysis.dataset import Dataset
from layers.analysis.projection import (
    BASE_YEAR,
    HORIZON,
    SCENARIOS,
    area_outlook,
    population_outlook,
)
from layers.analysis.scopes import scope_codes
from layers.analysis.values import values_in
from layers.errors import SpatialStatsError
from layers.render.clusters import CATEGORY_COLORS
from layers.render.numbers import formatted
from layers.render.static_map import DPI, png_bytes, polygon_path

if TYPE_CHECKING:
    from layers.render.report import ReportTexts

CLUSTER_COLUMNS = 3
LEGEND = ("HH", "LL", "HL", "LH", "ns")
OUTLOOK_AREA = "smk"
MIDDLE_YEAR = 2030
SCENARIO_STYLE = {
    "held": "#08519c",
    "trend": "#6a51a3",
    "migration_half": "#fd8d3c",
    "migration_double": "#31a354",
}


@dataclass(frozen=True)
class ClusterPanel:
    """One key indicator's clusters: its year, global Moran's I (None when not computable)."""

    indicator: Indicator
    year: int
    moran: GlobalMoran | None
    counts: dict[str, int]


@dataclass(frozen=True)
class ClusterPage:
    """The clusters page: the small multiples (PNG) and a line per indicator."""

    png: bytes
    panels: list[ClusterPanel]


@dataclass(frozen=True)
class OutlookPage:
    """The outlook page: the chart (PNG), a table per scenario and the back-test's figures."""

    png: bytes
    table: pd.DataFrame
    """Scenario name, population in the base year, 2030 and the horizon (formatted), change %."""
    backtest: dict[str, str]


def cluster_page(
    dataset: Dataset,
    indicators: Sequence[Indicator],
    scope: str,
    years: dict[str, int],
    texts: ReportTexts,
) -> ClusterPage:
    """Return LISA clusters (queen, 999 permutations, p ≤ 0.05) of the key indicators in a scope.

    Parameters
    ----------
    dataset
        Loaded data.
    indicators, years
        The key indicators and the year each page of the report shows.
    scope
        The report's scope.
    texts
        The category names (legend) and the language.
    """
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    gminas = dataset.store.gminas.loc[codes].to_crs(METRIC_CRS)
    paths = [polygon_path(shape) for shape in gminas.geometry]
    rows = -(-len(indicators) // CLUSTER_COLUMNS)
    figure = Figure(figsize=(12, 3.6 * rows + 0.8), dpi=DPI, facecolor="white")
    panels = []
    for position, indicator in enumerate(indicators):
        values = values_in(dataset.values, indicator, years[indicator.id], codes)
        try:
            result = spatial_autocorrelation(values, dataset.store.gminas_metric)
            categories, moran = result.local["cluster"], result.moran
        except SpatialStatsError:
            categories, moran = pd.Series("nodata", index=codes), None
        axes = figure.add_subplot(rows, CLUSTER_COLUMNS, position + 1)
        colors = [CATEGORY_COLORS[c] for c in categories.reindex(codes)]
        axes.add_collection(
            PathCollection(paths, facecolors=colors, edgecolors="white", linewidths=0.2)
        )
        axes.set_xlim(*gminas.total_bounds[[0, 2]])
        axes.set_ylim(*gminas.total_bounds[[1, 3]])
        axes.set_aspect("equal")
        axes.axis("off")
        axes.set_title(panel_title(indicator, years[indicator.id], moran, texts.lang), fontsize=9)
        counts = categories.value_counts().to_dict()
        panels.append(ClusterPanel(indicator, years[indicator.id], moran, counts))
    handles = [
        *(
            Patch(color=CATEGORY_COLORS[c], label=getattr(texts, f"cluster_{c.lower()}"))
            for c in LEGEND
        ),
        Patch(color=CATEGORY_COLORS["nodata"], label=texts.nodata),
    ]
    figure.legend(handles=handles, loc="lower center", ncol=len(handles), fontsize=8, frameon=False)
    figure.tight_layout(rect=(0, 0.05, 1, 1))
    return ClusterPage(png_bytes(figure), panels)


def panel_title(indicator: Indicator, year: int, moran: GlobalMoran | None, lang: str) -> str:
    """Return a panel's title: indicator and year, then Moran's I and its pseudo p-value."""
    name = f"{indicator.name(lang)}, {year}"
    if moran is None:
        return f"{name}\nI = –"
    return (
        f"{name}\nI = {formatted(moran.statistic, 3, lang)}, p = {formatted(moran.p_sim, 3, lang)}"
    )


def outlook_page(dataset: Dataset, texts: ReportTexts) -> OutlookPage:
    """Return the outlook of the Metropolis (SMK) under the four named scenarios.

    The chart shows SMK's population (sum of its 15 gminas) from 2010 with the series break,
    then each scenario from the base year to the horizon; the back-test figures are those of
    SMK's gminas (median and 90th percentile absolute percentage error).
    """
    members = dataset.areas[OUTLOOK_AREA]
    population = dataset.values.by_indicator["population"]
    history = population.reindex(members).dropna(axis=1).sum(axis=0)
    figure = Figure(figsize=(12, 5), dpi=DPI, facecolor="white")
    axes = figure.add_subplot(1, 1, 1)
    axes.plot(history.index, history.to_numpy(), marker="o", markersize=3, color="#252525")
    axes.axvline(2019.5, color="#b2182b", linestyle="--")
    rows = []
    for key, scenario in SCENARIOS.items():
        summed = area_outlook(
            population_outlook(dataset.store.components, scenario), {"smk": members}
        )
        series = summed.population.loc["smk"]
        name = getattr(texts, f"scenario_{key}")
        axes.plot(
            series.index, series.to_numpy(), linestyle="--", color=SCENARIO_STYLE[key], label=name
        )
        change = (series[HORIZON] / series[BASE_YEAR] - 1) * 100
        rows.append(
            [
                name,
                *(formatted(series[y], 0, texts.lang) for y in (BASE_YEAR, MIDDLE_YEAR, HORIZON)),
                formatted(change, 1, texts.lang),
            ]
        )
    axes.legend(fontsize=9)
    axes.grid(alpha=0.3)
    axes.yaxis.set_major_formatter(lambda value, _position: formatted(value, 0, texts.lang))
    figure.tight_layout()
    table = pd.DataFrame(rows, columns=["scenario", BASE_YEAR, MIDDLE_YEAR, HORIZON, "change"])
    return OutlookPage(png_bytes(figure), table, backtest_figures(dataset, members, texts.lang))


def backtest_figures(dataset: Dataset, members: Sequence[str], lang: str) -> dict[str, str]:
    """Return the back-tests' median and 90th-percentile errors over ``members``, formatted."""
    population = dataset.values.by_indicator["population"]
    tests = {
        "pre": pre_census_backtest(population, trend_years=0)["model"],
        "rebased": rebased_backtest(population, dataset.store.components)["model"],
    }
    figures = {}
    for key, errors in tests.items():
        summary = error_summary(errors[errors.index.isin(members)])
        figures[f"{key}_median"] = formatted(summary["median_ape"], 1, lang)
        figures[f"{key}_p90"] = formatted(summary["p90_ape"], 1, lang)
    return figures
