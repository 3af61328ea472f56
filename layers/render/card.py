"""Content of the "Karta gminy": a gmina's profile as formatted rows and two small maps.

:mod:`layers.render.card_html` and :mod:`layers.render.card_pdf` lay the same content out
as HTML and PDF; :func:`layers.analysis.gmina_profile.gmina_profile` computes it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

import geopandas as gpd
import mapclassify

from layers.analysis.catalog import Indicator
from layers.analysis.dataset import Dataset
from layers.analysis.gmina_profile import (
    STANDING_SCOPES,
    TREND_YEARS,
    GminaProfile,
    gmina_profile,
    neighbours_of,
)
from layers.analysis.values import period_start, values_in
from layers.render.dates import period_label
from layers.render.numbers import MISSING, formatted, formatted_difference
from layers.render.palettes import NODATA_COLOR, palette_colors
from layers.render.static_map import DPI, png_bytes

MAP_INDICATORS = ("density", "population_change")
"""Indicators of the card's two neighbourhood maps (those the catalog holds)."""
MAP_SIZE = (640, 520)
MAP_CLASSES = 5
OUTLINE_COLOR = "#000000"


@dataclass(frozen=True)
class CardTexts:
    """Language-dependent texts of a card, supplied by the UI."""

    title: str
    lang: str
    labels: Mapping[str, str]
    """Headings and column names by key (``figures``, ``standing``, ``flows``…)."""
    scopes: Mapping[str, str]
    """Names of :data:`.gmina_profile.STANDING_SCOPES`."""
    gmina_types: Mapping[str, str]
    """Names of the TERYT type digits (``"1"`` urban…)."""
    attribution: str


@dataclass(frozen=True)
class CardMap:
    """One neighbourhood map: title and PNG."""

    title: str
    png: bytes


@dataclass(frozen=True)
class Card:
    """A gmina's card, ready to lay out."""

    texts: CardTexts
    teryt: str
    name: str
    facts: list[tuple[str, str]]
    """(label, value) pairs: type, powiat, voivodeship, memberships."""
    figures: pd.DataFrame
    """Formatted: ``indicator`` (with its unit), ``year``, ``value`` and per trend length ``n``
    ``change_n`` (with a † where the period crosses the series break)."""
    standings: pd.DataFrame
    """Formatted: ``indicator`` and one column per scope, e.g. "3 / 15 · 1 234 (987–1 456)"."""
    flows: pd.DataFrame
    """Formatted: ``direction``, ``partner``, ``volume``, ``share``."""
    maps: list[CardMap]
    notes: list[str]
    """Sources and series breaks of the indicators shown."""
    created: date


def _change(value: float, indicator: Indicator, crosses: bool, lang: str) -> str:
    if indicator.aggregation == "sum":
        text = formatted_difference(value, 1, lang)
        text = text if text == MISSING else f"{text} %"
    else:
        text = formatted_difference(value, indicator.decimals, lang)
    return f"{text} †" if crosses and text != MISSING else text


def _figures(profile: GminaProfile, dataset: Dataset, lang: str) -> pd.DataFrame:
    rows = []
    for indicator_id, row in profile.figures.iterrows():
        indicator = dataset.catalog[str(indicator_id)]
        cells = {
            "indicator": f"{indicator.name(lang)} [{indicator.unit(lang)}]",
            "year": str(int(row["year"])),
            "value": formatted(row["value"], indicator.decimals, lang),
        }
        for n in TREND_YEARS:
            cells[f"change_{n}"] = _change(row[f"change_{n}"], indicator, row[f"break_{n}"], lang)
        rows.append(cells)
    return pd.DataFrame(rows)


def _standing(row: pd.Series, decimals: int, lang: str) -> str:
    quartiles = (
        f"{formatted(row['median'], decimals, lang)} "
        f"({formatted(row['q1'], decimals, lang)}–{formatted(row['q3'], decimals, lang)})"
    )
    if math.isnan(row["rank"]):
        return quartiles
    return f"{int(row['rank'])} / {int(row['ranked'])} · {quartiles}"


def _standings(profile: GminaProfile, dataset: Dataset, lang: str) -> pd.DataFrame:
    rows = []
    for indicator_id, group in profile.standings.groupby(level="indicator", sort=False):
        indicator = dataset.catalog[str(indicator_id)]
        cells = {"indicator": indicator.name(lang)}
        for (_, scope), row in group.iterrows():
            cells[scope] = _standing(row, indicator.decimals, lang)
        rows.append(cells)
    return pd.DataFrame(rows, columns=["indicator", *STANDING_SCOPES])


def _flows(profile: GminaProfile, labels: pd.Series, texts: CardTexts) -> pd.DataFrame:
    lang, rows = texts.lang, []
    for direction, table in (("out", profile.outflows), ("in", profile.inflows)):
        for row in table.itertuples():
            rows.append(
                {
                    "direction": texts.labels[f"flows_{direction}"],
                    "partner": labels.get(row.partner, row.partner),
                    "volume": formatted(row.volume, 0, lang),
                    "share": f"{formatted(row.share * 100, 1, lang)} %",
                }
            )
    return pd.DataFrame(rows, columns=["direction", "partner", "volume", "share"])


def map_period(indicator: Indicator) -> tuple[int, int | None]:
    """Return the year of a card map and, for a change, its base year.

    A change ends in the latest year and starts five years earlier, or at the series
    break when five years would cross it (a card never splices two series).
    """
    year = max(indicator.years)
    if not indicator.is_change:
        return year, None
    base = period_start(year)
    return year, indicator.series_break if indicator.crosses_break(base, year) else base


def neighbourhood_png(dataset: Dataset, teryt: str, indicator: Indicator) -> bytes:
    """Return a small map of a gmina and two rings of neighbours, coloured by ``indicator``.

    Classes are quantiles of the neighbourhood's values in :func:`map_period`
    (:data:`MAP_CLASSES`); the gmina is outlined in black; every gmina is named.
    """
    metric = dataset.store.gminas_metric
    ring = neighbours_of(metric, teryt)
    second = [neighbours_of(metric, code) for code in ring]
    codes = ring.append(second).append(pd.Index([teryt])).unique()
    area = metric.loc[metric.index.isin(codes)]
    year, base_year = map_period(indicator)
    values = values_in(dataset.values, indicator, year, area.index, base_year)
    colors = pd.Series(NODATA_COLOR, index=area.index)
    known = values.dropna()
    if len(known.unique()) > 1:
        k = min(MAP_CLASSES, len(known.unique()))
        classes = mapclassify.Quantiles(known.to_numpy(), k=k).yb
        colors[known.index] = np.array(palette_colors("Blues", k))[classes]
    return png_bytes(_neighbourhood_figure(area, colors, teryt, dataset.store.gminas["name"]))


def _neighbourhood_figure(
    area: gpd.GeoDataFrame, colors: pd.Series, teryt: str, names: pd.Series
) -> Figure:
    width, height = MAP_SIZE
    figure = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, facecolor="white")
    axes = figure.add_axes((0, 0, 1, 1))
    axes.axis("off")
    area.plot(ax=axes, color=colors[area.index].tolist(), edgecolor="white", linewidth=0.6)
    area.loc[[teryt]].boundary.plot(ax=axes, color=OUTLINE_COLOR, linewidth=2.2)
    for code, point in area.geometry.representative_point().items():
        weight = "bold" if code == teryt else "normal"
        axes.annotate(
            names[code],
            (point.x, point.y),
            ha="center",
            fontsize=7,
            weight=weight,
            color="#111111",
        )
    axes.set_aspect("equal")
    return figure


def _card_map(dataset: Dataset, teryt: str, indicator: Indicator, lang: str) -> CardMap:
    year, base_year = map_period(indicator)
    period = period_label(base_year, year)
    title = f"{indicator.name(lang)} [{indicator.unit(lang)}], {period}"
    return CardMap(title, neighbourhood_png(dataset, teryt, indicator))


def _facts(dataset: Dataset, profile: GminaProfile, texts: CardTexts) -> list[tuple[str, str]]:
    gmina = dataset.store.gminas.loc[profile.teryt]
    powiats, voivodeships = dataset.store.powiats, dataset.store.voivodeships
    labels = texts.labels
    memberships = ", ".join(profile.memberships) or MISSING
    return [
        (labels["teryt"], profile.teryt),
        (labels["type"], texts.gmina_types.get(gmina["type"], gmina["type"])),
        (labels["powiat"], str(powiats["name"].get(profile.teryt[:4] + "000", MISSING))),
        (labels["voivodeship"], str(voivodeships["name"].get(profile.teryt[:2], MISSING))),
        (labels["areas"], memberships),
    ]


def _notes(dataset: Dataset, profile: GminaProfile, texts: CardTexts) -> list[str]:
    indicators = [dataset.catalog[str(i)] for i in profile.figures.index]
    sources = sorted({indicator.source for indicator in indicators})
    breaks = sorted({i.series_break for i in indicators if i.series_break is not None})
    notes = [f"{texts.labels['sources']}: {'; '.join(sources)}."]
    notes += [texts.labels["break"].format(year=year) for year in breaks]
    if profile.flow_year is not None:
        notes.append(texts.labels["flows_note"].format(year=profile.flow_year))
    return notes


def gmina_card(  # noqa: PLR0913 (the last two are keyword-only)
    dataset: Dataset,
    teryt: str,
    texts: CardTexts,
    areas: Mapping[str, Sequence[str]],
    *,
    labels: pd.Series,
    created: date,
) -> Card:
    """Return the card of a gmina.

    Parameters
    ----------
    dataset
        The loaded data, as the asker may see it.
    teryt
        The gmina.
    texts
        Texts in the card's language.
    areas
        Areas whose membership the card lists, by display name → member codes.
    labels
        Display names of gminas by TERYT (names made unique by type).
    created
        The card's date.

    Raises
    ------
    UnknownGminaError
        For a code that is not a gmina of the store.
    """
    profile = gmina_profile(dataset, teryt, list(dataset.catalog), areas)
    lang = texts.lang
    maps = [
        _card_map(dataset, teryt, dataset.catalog[i], lang)
        for i in MAP_INDICATORS
        if i in dataset.catalog
    ]
    return Card(
        texts=texts,
        teryt=teryt,
        name=str(labels.get(teryt, teryt)),
        facts=_facts(dataset, profile, texts),
        figures=_figures(profile, dataset, lang),
        standings=_standings(profile, dataset, lang),
        flows=_flows(profile, labels, texts),
        maps=maps,
        notes=_notes(dataset, profile, texts),
        created=created,
    )
