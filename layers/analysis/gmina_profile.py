"""A gmina's profile: its key figures with trends, its standing in three scopes, its flows.

What the "Karta gminy" (:mod:`layers.render.card`) shows, computed from the loaded data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

import geopandas as gpd

from layers.analysis.catalog import Indicator, indicator_of
from layers.analysis.dataset import Dataset
from layers.analysis.dominance import top_flows
from layers.analysis.flows import MIGRATION, flow_years
from layers.analysis.scopes import scope_codes
from layers.analysis.values import ranks, time_series, values_in
from layers.errors import UnknownGminaError

TREND_YEARS = (5, 10)
"""Lengths in years of the trends a profile gives."""
STANDING_SCOPES = ("smk", "malopolska", "poland")
"""Scopes a gmina's value is placed in (median and quartiles; its rank where it belongs)."""
TOP_FLOWS = 5
"""Partners listed per direction of the flows."""


@dataclass(frozen=True)
class GminaProfile:
    """One gmina's figures, standings, flows and memberships."""

    teryt: str
    figures: pd.DataFrame
    """Indexed by indicator id (catalog order): ``year``, ``value``, then per trend length
    ``n`` in :data:`TREND_YEARS`: ``value_n`` (the value ``n`` years earlier), ``change_n``
    (% change for a count, difference in the unit for a rate), ``break_n`` (the period
    crosses the indicator's series break). Indicators the gmina has no value of are left out."""
    standings: pd.DataFrame
    """Indexed by ``indicator, scope``: ``rank`` (NaN outside the scope), ``ranked``, ``q1``,
    ``median``, ``q3`` of the scope's values in the figure's year."""
    outflows: pd.DataFrame
    """Top destinations: ``partner``, ``volume``, ``share`` (:func:`.dominance.top_flows`)."""
    inflows: pd.DataFrame
    """Top origins, as ``outflows``."""
    flow_year: int | None
    """Year of the migration flows (None without flows)."""
    neighbours: pd.Index
    """Codes of the gminas sharing a boundary or a corner with it."""
    memberships: tuple[str, ...]
    """Names of the areas it belongs to, in the order given."""


def _trend(series: pd.Series, indicator: Indicator, year: int, length: int) -> dict:
    earlier = series.get(year - length, np.nan)
    latest = series[year]
    if indicator.aggregation == "sum":
        change = (latest / earlier - 1.0) * 100.0 if earlier else np.nan
    else:
        change = latest - earlier
    return {
        f"value_{length}": earlier,
        f"change_{length}": change,
        f"break_{length}": indicator.crosses_break(year - length, year),
    }


def gmina_figures(dataset: Dataset, teryt: str, indicators: Sequence[str]) -> pd.DataFrame:
    """Return a gmina's latest value of each indicator with its 5- and 10-year trends.

    Parameters
    ----------
    dataset
        The loaded data.
    teryt
        The gmina.
    indicators
        Indicator ids, in the order wanted; change indicators are left out (the trend
        columns say the same of the level they are computed from).

    Returns
    -------
    pandas.DataFrame
        As :attr:`GminaProfile.figures`.
    """
    rows = {}
    for indicator_id in indicators:
        indicator = indicator_of(dataset.catalog, indicator_id)
        series = time_series(dataset.values, indicator, teryt)
        if indicator.is_change or series.empty:
            continue
        year = int(series.index.max())
        row = {"year": year, "value": float(series[year])}
        for length in TREND_YEARS:
            row.update(_trend(series, indicator, year, length))
        rows[indicator.id] = row
    columns = ["year", "value"] + [
        f"{name}_{n}" for n in TREND_YEARS for name in ("value", "change", "break")
    ]
    return pd.DataFrame.from_dict(rows, orient="index", columns=columns)


def gmina_standings(dataset: Dataset, teryt: str, figures: pd.DataFrame) -> pd.DataFrame:
    """Return where a gmina's values stand in each of :data:`STANDING_SCOPES`.

    Parameters
    ----------
    dataset
        The loaded data.
    teryt
        The gmina.
    figures
        Its figures (:func:`gmina_figures`): the indicators and years to place.

    Returns
    -------
    pandas.DataFrame
        As :attr:`GminaProfile.standings`.
    """
    rows = {}
    for indicator_id, year in figures["year"].items():
        indicator = dataset.catalog[indicator_id]
        for scope in STANDING_SCOPES:
            codes = scope_codes(scope, dataset.codes, dataset.areas)
            values = values_in(dataset.values, indicator, int(year), codes).dropna()
            q1, median, q3 = (
                values.quantile([0.25, 0.5, 0.75]).tolist() if len(values) else [np.nan] * 3
            )
            rank = ranks(values).get(teryt, np.nan)
            rows[(indicator_id, scope)] = (rank, len(values), q1, median, q3)
    index = pd.MultiIndex.from_tuples(list(rows), names=["indicator", "scope"])
    columns = ["rank", "ranked", "q1", "median", "q3"]
    return pd.DataFrame(list(rows.values()), index=index, columns=columns)


def neighbours_of(gminas_metric: gpd.GeoDataFrame, teryt: str) -> pd.Index:
    """Return the codes of the gminas touching ``teryt`` (queen contiguity, itself left out).

    Parameters
    ----------
    gminas_metric
        Gmina polygons indexed by TERYT, in the metric CRS.
    teryt
        The gmina.
    """
    geometry = gminas_metric.geometry.loc[teryt]
    hits = gminas_metric.sindex.query(geometry, predicate="intersects")
    codes = gminas_metric.index[hits]
    return codes[codes != teryt].sort_values()


def gmina_profile(
    dataset: Dataset,
    teryt: str,
    indicators: Sequence[str],
    areas: Mapping[str, Sequence[str]],
) -> GminaProfile:
    """Return everything a gmina's card shows.

    Parameters
    ----------
    dataset
        The loaded data (as the asker may see it).
    teryt
        The gmina.
    indicators
        Indicator ids of its figures, in order.
    areas
        Areas to check its membership of, by display name → member codes
        (SMK, KOM 2003, saved areas).

    Raises
    ------
    UnknownGminaError
        For a code that is not a gmina of the store.
    """
    if teryt not in dataset.codes:
        raise UnknownGminaError(f"unknown gmina {teryt!r}")
    figures = gmina_figures(dataset, teryt, indicators)
    flows = dataset.store.flows
    year = flow_years(flows).get(MIGRATION)
    out = top_flows(flows, teryt, direction="out", n=TOP_FLOWS) if year else pd.DataFrame()
    into = top_flows(flows, teryt, direction="in", n=TOP_FLOWS) if year else pd.DataFrame()
    return GminaProfile(
        teryt=teryt,
        figures=figures,
        standings=gmina_standings(dataset, teryt, figures),
        outflows=out,
        inflows=into,
        flow_year=year,
        neighbours=neighbours_of(dataset.store.gminas_metric, teryt),
        memberships=tuple(name for name, members in areas.items() if teryt in set(members)),
    )
