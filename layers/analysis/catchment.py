"""Catchment maps of chosen centres: Huff, Reilly, flow dominance and Nystuen–Dacey regions.

Composes :mod:`.gravity` and :mod:`.dominance` into what one map view needs:
a category (or band) per gmina of the scope, legend labels and a summary table.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd

import geopandas as gpd

from layers.analysis.catalog import indicator_of
from layers.analysis.crs import DISPLAY_CRS
from layers.analysis.dataset import Dataset
from layers.analysis.dominance import dominant_flow_centre, nystuen_dacey, outflow_shares
from layers.analysis.gravity import (
    distance_matrix_km,
    dominant_centre,
    huff_probabilities,
)
from layers.analysis.reilly import breaking_points, reilly_areas
from layers.analysis.scopes import scope_codes
from layers.analysis.values import values_in
from layers.errors import GravityError

MODELS = ("huff", "huff_probability", "reilly", "flows", "nystuen_dacey")
PROBABILITY_BANDS = (0.2, 0.4, 0.6, 0.8, 1.0)
MAX_REGIONS = 12


@dataclass(frozen=True)
class CatchmentRequest:
    """The user's choices for a catchment map (hashable, so it can key a cache)."""

    scope: str
    centres: tuple[str, ...]
    model: str = "huff"
    attractiveness: str = "population"
    alpha: float = 1.0
    beta: float = 2.0
    centre: str | None = None
    """The centre whose Huff probability surface is shown (``huff_probability``)."""
    flow_kind: str = "migration"
    """Flows of the ``flows`` and ``nystuen_dacey`` models (``"commuting"`` once imported)."""


@dataclass(frozen=True)
class Catchment:
    """One catchment map: a code per gmina (-1 none), legend labels and extras."""

    codes: pd.Series
    labels: list[str]
    summary: pd.DataFrame
    points: gpd.GeoDataFrame | None = None
    """Reilly breaking points (EPSG:4326), for the ``reilly`` model."""
    keys: tuple[str, ...] = ()
    """What each label stands for: a centre's (or region's head's) TERYT, or a band's label."""
    centres: int = 0
    """How many of the last labels are centres drawn as themselves, not as a class
    (``huff_probability``: the chosen centre, then the others)."""


def attractiveness_of(dataset: Dataset, indicator_id: str, centres: list[str]) -> pd.Series:
    """Return each centre's attractiveness: the indicator in the latest year all centres have.

    Raises
    ------
    GravityError
        When no year has a value for every centre.
    """
    indicator = indicator_of(dataset.catalog, indicator_id)
    for year in sorted(indicator.years, reverse=True):
        values = values_in(dataset.values, indicator, year, pd.Index(centres))
        if values.notna().all() and (values > 0).all():
            return values
    raise GravityError(f"{indicator_id} has no year with a positive value for every centre")


def region_codes(categories: pd.Series, order: list[str]) -> pd.Series:
    """Return the position of each gmina's category in ``order`` (-1 when absent)."""
    positions = {category: i for i, category in enumerate(order)}
    return categories.map(positions).fillna(-1).astype(int)


def _huff(dataset: Dataset, request: CatchmentRequest, codes: pd.Index) -> Catchment:
    points = dataset.gmina_points
    centres = list(request.centres)
    distances = distance_matrix_km(points.loc[codes], points.loc[centres])
    weights = attractiveness_of(dataset, request.attractiveness, centres)
    probabilities = huff_probabilities(distances, weights, request.alpha, request.beta)
    if request.model == "huff_probability":
        return _probability_bands(dataset, request, probabilities)
    return _regions(dataset, dominant_centre(probabilities), centres)


def _probability_bands(
    dataset: Dataset, request: CatchmentRequest, probabilities: pd.DataFrame
) -> Catchment:
    """Return the chosen centre's Huff probability in bands; the centres as themselves.

    A centre's own gmina is at distance 0 (probability 1 for itself, 0 for the others):
    a band there would say nothing about the pull, so centres get a class of their own.
    """
    centres = list(request.centres)
    chosen = request.centre if request.centre in centres else centres[0]
    bands = np.searchsorted(PROBABILITY_BANDS, probabilities[chosen].to_numpy(), "left")
    labels = [
        f"{int(low * 100)}–{int(high * 100)} %"
        for low, high in zip((0.0, *PROBABILITY_BANDS[:-1]), PROBABILITY_BANDS, strict=True)
    ]
    banded = pd.Series(bands, index=probabilities.index).map(dict(enumerate(labels)))
    shown = [chosen, *(centre for centre in centres if centre != chosen)]
    present = [centre for centre in shown if centre in banded.index]
    banded[present] = present
    names = {**{label: label for label in labels}, **dataset.store.gminas["name"][shown].to_dict()}
    regions = _regions(dataset, banded, [*labels, *shown], names=names)
    return dataclasses.replace(regions, centres=len(shown))


def _regions(
    dataset: Dataset, categories: pd.Series, order: list[str], names: dict | None = None
) -> Catchment:
    population = dataset.values.by_indicator["population"]
    latest = population[population.columns.max()].reindex(categories.index)
    summary = pd.DataFrame(
        {"gminas": categories.value_counts(), "population": latest.groupby(categories).sum()}
    ).rename_axis("centre")
    names = names or dataset.store.gminas["name"]
    return Catchment(
        region_codes(categories, order),
        [names[c] for c in order],
        summary.reindex(order).fillna(0),
        keys=tuple(order),
    )


def _reilly(dataset: Dataset, request: CatchmentRequest, codes: pd.Index) -> Catchment:
    points = dataset.gmina_points
    centres = list(request.centres)
    weights = attractiveness_of(dataset, request.attractiveness, centres)
    areas = reilly_areas(points.loc[codes], points.loc[centres], weights)
    catchment = _regions(dataset, areas, centres)
    breaks = breaking_points(points.loc[centres], weights).to_crs(DISPLAY_CRS)
    return dataclasses.replace(catchment, points=breaks)


def _flows(dataset: Dataset, request: CatchmentRequest, codes: pd.Index) -> Catchment:
    flows = dataset.store.flows
    if request.model == "flows":
        shares = outflow_shares(flows, list(request.centres), kind=request.flow_kind)
        dominant = dominant_flow_centre(shares).reindex(codes)
        own = [centre for centre in request.centres if centre in codes]
        dominant[own] = own  # flows inside a gmina are not recorded: a centre is its own
        return _regions(dataset, dominant, list(request.centres))
    population = dataset.values.by_indicator["population"]
    structure = nystuen_dacey(flows, population[population.columns.max()], kind=request.flow_kind)
    tops = structure["top"].reindex(codes)
    order = tops.value_counts().index[:MAX_REGIONS].tolist()
    return _regions(dataset, tops.where(tops.isin(order)), order)


MODEL_FUNCTIONS = {
    "huff": _huff,
    "huff_probability": _huff,
    "reilly": _reilly,
    "flows": _flows,
    "nystuen_dacey": _flows,
}


def catchment(dataset: Dataset, request: CatchmentRequest) -> Catchment:
    """Return the catchment map of a request.

    Parameters
    ----------
    dataset
        Loaded data.
    request
        Scope, centres, model and its parameters.

    Returns
    -------
    Catchment
        ``codes`` on the scope's gminas: the index of the dominant centre (``huff``,
        ``reilly``, ``flows``), of the top of the Nystuen–Dacey chain (``nystuen_dacey``,
        the 12 largest regions), or of the probability band (``huff_probability``).

    Raises
    ------
    GravityError
        For fewer than two centres (one for flows), an unknown model, or no usable
        attractiveness.
    FlowError
        When the store holds no flows of ``request.flow_kind``.

    References
    ----------
    Huff, D. L. (1963). A probabilistic analysis of shopping center trade areas. *Land
    Economics* 39(1), 81–90. https://doi.org/10.2307/3144521
    Converse, P. D. (1949). New laws of retail gravitation. *Journal of Marketing*
    14(3), 379–384. https://doi.org/10.2307/1248191
    Nystuen, J. D., Dacey, M. F. (1961). A graph theory interpretation of nodal regions.
    *Papers of the Regional Science Association* 7, 29–42.
    https://doi.org/10.1007/BF01969070
    """
    if request.model not in MODEL_FUNCTIONS:
        raise GravityError(f"unknown model {request.model!r}")
    if len(request.centres) < 2 and request.model != "nystuen_dacey":
        raise GravityError("choose at least two centres")
    codes = scope_codes(request.scope, dataset.codes, dataset.areas)
    return MODEL_FUNCTIONS[request.model](dataset, request, codes)
