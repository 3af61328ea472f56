"""Content of the "Raport o stanie Metropolii": key indicators' maps, rankings, SMK series, notes.

The key indicators are those with ``report = true`` in ``geodata/indicators.toml``.
:mod:`layers.render.report_html` and :mod:`layers.render.report_pdf` lay the same content out as
HTML and PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from layers.analysis.catalog import Catalog, Indicator
from layers.analysis.dataset import Dataset
from layers.analysis.delimitation import latest_year
from layers.analysis.scopes import scope_codes
from layers.analysis.values import CHANGE_YEARS, ranks
from layers.render.choropleth import ViewRequest, area_outline, classed_values, scope_gminas
from layers.render.dates import period_label
from layers.render.numbers import formatted
from layers.render.palettes import DEFAULT_BY_POLARITY
from layers.render.report_spatial import ClusterPage, OutlookPage, cluster_page, outlook_page
from layers.render.static_map import DPI, MapStyle, MapTexts, map_figure, png_bytes

MAX_FULL_TABLE = 20
"""A scope with at most this many gminas gets the whole ranking; larger ones top and bottom."""
TABLE_PART = 10
"""Rows of the top and of the bottom of a ranking of a larger scope."""
MAP_SIZE = (1400, 820)
"""Pixel size of each indicator's map in the report."""
SERIES_AREA = "smk"
"""The area whose time series the report draws (the 15 gminas of the Metropolis)."""
POPULATION = "population"
EXTRA_STEPS = 3
"""Steps of the report besides the key indicators' pages: the series, clusters, outlook."""
LINE_COLOR = "#08519c"
BREAK_COLOR = "#b2182b"


@dataclass(frozen=True)
class ReportTexts:
    """Language-dependent texts of the report, supplied by the UI."""

    title: str
    scope: str
    created: str
    attribution: str
    nodata: str
    exported: str
    gmina: str
    value: str
    rank: str
    top: str
    bottom: str
    series: str
    series_help: str
    notes: str
    source: str
    series_break: str
    """Contains ``{year}``: the first year of the new series."""
    aggregation_sum: str
    aggregation_population_weighted_mean: str
    classes: str
    clusters: str
    clusters_help: str
    cluster_hh: str
    cluster_ll: str
    cluster_hl: str
    cluster_lh: str
    cluster_ns: str
    outlook: str
    outlook_help: str
    """Contains ``{pre_median}``, ``{pre_p90}``, ``{rebased_median}``, ``{rebased_p90}``."""
    scenario: str
    change: str
    scenario_held: str
    scenario_trend: str
    scenario_migration_half: str
    scenario_migration_double: str
    lang: str
    """Language of the texts and of the numbers."""


@dataclass(frozen=True)
class Section:
    """One key indicator's page: the map and its ranking."""

    indicator: Indicator
    year: int
    period: str
    map_png: bytes
    ranking: pd.DataFrame
    """Columns ``rank``, ``name``, ``value`` (formatted), best first; ``part`` = top/bottom."""


@dataclass(frozen=True)
class Report:
    """Everything the HTML and PDF layouts show."""

    texts: ReportTexts
    created: date
    sections: list[Section]
    series_png: bytes
    notes: list[tuple[str, str]]
    """(heading, paragraph) pairs of the notes page."""
    clusters: ClusterPage
    outlook: OutlookPage


def key_indicators(catalog: Catalog) -> list[Indicator]:
    """Return the catalog's key indicators (``report = true``), in catalog order."""
    return [indicator for indicator in catalog.values() if indicator.report]


def area_series(dataset: Dataset, indicator: Indicator, codes: pd.Index) -> pd.Series:
    """Return an indicator aggregated over a set of gminas, per year.

    Parameters
    ----------
    dataset
        Loaded data.
    indicator
        Catalog entry; its ``aggregation`` says how gminas combine.
    codes
        The gminas (e.g. the 15 of SMK).

    Returns
    -------
    pandas.Series
        Indexed by year, only years in which every gmina has a value (and, for rates,
        a population), named by the indicator id.

    Notes
    -----
    Counts (``sum``) give Σ vᵢ; rates (``population_weighted_mean``) give
    Σ vᵢ·pᵢ / Σ pᵢ with pᵢ the gmina's population in the same year. A change
    indicator is the change of its aggregated source over :data:`CHANGE_YEARS` years,
    (S_t / S_{t-5} - 1)·100, not a mean of the gminas' changes.
    """
    if indicator.is_change:
        source = area_series(dataset, dataset.catalog[indicator.formula["change_of"]], codes)
        before = pd.Series(source.reindex(source.index - CHANGE_YEARS).to_numpy(), source.index)
        return ((source / before - 1.0) * 100.0).dropna().rename(indicator.id)
    frame = dataset.values.frame(indicator).reindex(codes)
    if indicator.aggregation == "sum":
        series = frame.sum(axis=0, min_count=len(codes)).where(frame.notna().all(axis=0))
    else:
        population = dataset.values.by_indicator[POPULATION].reindex(codes)
        population = population.reindex(columns=frame.columns)
        weighted = (frame * population).sum(axis=0) / population.sum(axis=0)
        series = weighted.where(frame.notna().all(axis=0) & population.notna().all(axis=0))
    return series.dropna().astype(float).rename(indicator.id)


def ranking(values: pd.Series, labels: pd.Series, decimals: int, lang: str) -> pd.DataFrame:
    """Return the gminas with a value ranked from the highest (all, or top and bottom).

    Parameters
    ----------
    values
        One value per gmina (NaN without data).
    labels
        Display names by TERYT.
    decimals, lang
        How to write the values.

    Returns
    -------
    pandas.DataFrame
        ``rank`` (1 = highest, ties share the best), ``name``, ``value`` (formatted),
        ``part`` (``"top"`` or ``"bottom"``); every gmina when at most
        :data:`MAX_FULL_TABLE` have a value, else the top and bottom :data:`TABLE_PART`.
    """
    present = values.dropna()
    order = present.sort_values(ascending=False, kind="stable")
    table = pd.DataFrame(
        {
            "rank": ranks(present).reindex(order.index).astype(int).to_numpy(),
            "name": labels.reindex(order.index).to_numpy(),
            "value": [formatted(value, decimals, lang) for value in order],
            "part": "top",
        }
    )
    if len(table) <= MAX_FULL_TABLE:
        return table
    bottom = table.tail(TABLE_PART).assign(part="bottom")
    return pd.concat([table.head(TABLE_PART), bottom], ignore_index=True)


def _section(dataset: Dataset, indicator: Indicator, scope: str, context: dict) -> Section:
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    year = latest_year(dataset.values, indicator, codes)
    palette = DEFAULT_BY_POLARITY[indicator.polarity]
    request = ViewRequest(scope, indicator.id, year, palette=palette)
    classed = classed_values(dataset, request)
    texts = context["texts"]
    lang = texts.lang
    map_texts = MapTexts(texts.scope, texts.nodata, texts.exported, texts.attribution, lang)
    style = MapStyle(map_texts, context["created"], MAP_SIZE, context["highlight"])
    figure = map_figure(scope_gminas(dataset, scope), classed, request, style)
    period = period_label(request.start_year if indicator.is_change else None, year)
    table = ranking(classed.values, context["labels"], indicator.decimals, lang)
    return Section(indicator, year, period, png_bytes(figure), table)


def _number_format(decimals: int, lang: str) -> FuncFormatter:
    """Return a tick formatter writing numbers the language's way (``1 234,5``)."""
    return FuncFormatter(lambda value, _position: formatted(value, decimals, lang))


def series_png(
    dataset: Dataset, indicators: list[Indicator], lang: str, codes: pd.Index | None = None
) -> bytes:
    """Return small multiples of the key indicators aggregated over SMK or an area (PNG).

    Each panel is :func:`area_series` over ``codes`` (default SMK's gminas); a dashed
    line marks the indicator's series break.
    """
    if codes is None:
        codes = scope_codes(SERIES_AREA, dataset.codes, dataset.areas)
    columns = 2
    rows = -(-len(indicators) // columns)
    figure = Figure(figsize=(12, 3.2 * rows), dpi=DPI, facecolor="white")
    for position, indicator in enumerate(indicators):
        axes = figure.add_subplot(rows, columns, position + 1)
        series = area_series(dataset, indicator, codes)
        axes.plot(series.index, series.to_numpy(), marker="o", color=LINE_COLOR, markersize=3)
        if indicator.series_break and len(series) and series.index.min() < indicator.series_break:
            axes.axvline(indicator.series_break - 0.5, color=BREAK_COLOR, linestyle="--")
        axes.set_title(f"{indicator.name(lang)} [{indicator.unit(lang)}]", fontsize=10)
        axes.tick_params(labelsize=8)
        axes.yaxis.set_major_formatter(_number_format(indicator.decimals, lang))
        axes.grid(alpha=0.3)
    FigureCanvasAgg(figure)
    figure.tight_layout()
    return png_bytes(figure)


def _notes(indicators: list[Indicator], texts: ReportTexts) -> list[tuple[str, str]]:
    lang = texts.lang
    notes = []
    for indicator in indicators:
        parts = [
            indicator.definition(lang),
            f"{texts.source}: {indicator.source}.",
            getattr(texts, f"aggregation_{indicator.aggregation}"),
        ]
        if indicator.series_break:
            parts.append(texts.series_break.format(year=indicator.series_break))
        notes.append((indicator.name(lang), " ".join(parts)))
    notes.append((texts.source, f"{texts.classes} {texts.attribution}"))
    return notes


def state_report(  # noqa: PLR0913 (the sixth and seventh are keyword-only)
    dataset: Dataset,
    scope: str,
    labels: pd.Series,
    texts: ReportTexts,
    created: date,
    *,
    progress: Callable[[int, int], None] | None = None,
    area: Sequence[str] | None = None,
) -> Report:
    """Return the report's content for a scope.

    Parameters
    ----------
    dataset
        Loaded data.
    scope
        Scope of the maps and rankings (the time series are always SMK's).
    labels
        Gmina display names by TERYT.
    texts
        Texts, with their language (also that of the numbers).
    created
        Date printed on the cover and the maps.
    progress
        Called with (steps done, steps in all) after each key indicator's page, the
        time series, the clusters and the outlook (one step each), for a progress bar.
    area
        Gminas of an area (e.g. a saved functional area) outlined on the maps and
        aggregated in the time series instead of SMK's; ``texts`` should name it.

    Raises
    ------
    NoDataError
        When a key indicator has no value in the scope in any year.
    """
    indicators = key_indicators(dataset.catalog)
    steps = len(indicators) + EXTRA_STEPS
    report_step = progress or (lambda _done, _steps: None)
    context = {
        "texts": texts,
        "labels": labels,
        "created": created,
        "highlight": area_outline(dataset.store.gminas, area or dataset.areas[SERIES_AREA]),
    }
    sections = []
    for indicator in indicators:
        sections.append(_section(dataset, indicator, scope, context))
        report_step(len(sections), steps)
    codes = None if area is None else pd.Index(list(area)).intersection(dataset.codes)
    series = series_png(dataset, indicators, texts.lang, codes)
    report_step(len(sections) + 1, steps)
    years = {section.indicator.id: section.year for section in sections}
    clusters = cluster_page(dataset, indicators, scope, years, texts)
    report_step(len(sections) + 2, steps)
    outlook = outlook_page(dataset, texts)
    report_step(steps, steps)
    notes = _notes(indicators, texts)
    return Report(texts, created, sections, series, notes, clusters, outlook)
