"""Gravitation toward any gmina: every other gmina's pull toward it, and its change over time.

Two measures of how strongly gmina *i* gravitates toward the chosen gmina *g*: the share
of *i*'s recorded outflow (migration, or commuting once imported) that goes to *g*, and
Huff's probability that *i* turns to *g* rather than to competing centres. Each also as a
change between two years, where the data hold two.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from layers.analysis.catalog import indicator_of
from layers.analysis.dataset import Dataset
from layers.analysis.flows import flows_of
from layers.analysis.gravity import distance_matrix_km, huff_probabilities
from layers.analysis.scopes import scope_codes
from layers.analysis.values import values_in
from layers.errors import PullError

MEASURES = ("outflow_share", "huff", "outflow_share_change", "huff_change")
CHANGES = {"outflow_share_change": "outflow_share", "huff_change": "huff"}
"""A change measure → the measure whose change it is."""


@dataclass(frozen=True)
class PullRequest:
    """The user's choices for the map of pull toward a gmina (hashable, so it can key a cache)."""

    scope: str
    gmina: str
    measure: str = "outflow_share"
    flow_kind: str = "migration"
    competitors: tuple[str, ...] = ()
    """Huff's other centres (the gmina itself is dropped from them)."""
    attractiveness: str = "population"
    alpha: float = 1.0
    beta: float = 2.0


@dataclass(frozen=True)
class Pull:
    """The pull of every gmina of the scope toward one gmina."""

    values: pd.Series
    """Per cent (shares, probabilities) or percentage points (changes), on the scope's
    codes; NaN for the gmina itself and where data are missing."""
    suppressed: pd.Index
    """Gminas with an outflow but no pair to the gmina: 0–2 persons, not published."""
    years: tuple[int, ...]
    """The year shown, or the base and the final year of a change."""


def outflow_share_to(
    flows: pd.DataFrame, gmina: str, codes: pd.Index
) -> tuple[pd.Series, pd.Index]:
    """Return the per cent of each gmina's outflow going to ``gmina``, and the suppressed pairs.

    Parameters
    ----------
    flows
        One kind and year of the OD table ``origin, destination, volume``.
    gmina
        TERYT of the destination.
    codes
        The origins wanted.

    Returns
    -------
    tuple
        ``100 F_ig / sum_k F_ik`` on ``codes`` (NaN for ``gmina`` itself, for origins
        with no recorded outflow and for suppressed pairs), and the codes of the
        origins with an outflow but no pair to ``gmina`` (GUS omits pairs under 3).
    """
    totals = flows.groupby("origin")["volume"].sum().reindex(codes)
    to_gmina = flows[flows["destination"] == gmina].groupby("origin")["volume"].sum()
    volume = to_gmina.reindex(codes)
    known = (totals > 0) & (codes != gmina)
    suppressed = codes[known & volume.isna()]
    share = (100.0 * volume / totals).where(known)
    return share.rename("outflow_share"), suppressed


def _heads(request: PullRequest) -> list[str]:
    """Return Huff's centres: the chosen gmina first, then the other competitors."""
    others = [code for code in request.competitors if code != request.gmina]
    if not others:
        raise PullError("Huff's model needs at least one other centre")
    return [request.gmina, *dict.fromkeys(others)]


def huff_pull(dataset: Dataset, request: PullRequest, codes: pd.Index, year: int) -> pd.Series:
    """Return each gmina's Huff probability (per cent) of turning to the chosen gmina.

    The attractiveness is ``request.attractiveness`` in ``year``; the competing centres
    are ``request.competitors``. NaN for the gmina itself.

    References
    ----------
    Huff, D. L. (1963). A probabilistic analysis of shopping center trade areas.
    *Land Economics* 39(1), 81–90. https://doi.org/10.2307/3144521
    """
    heads = _heads(request)
    indicator = indicator_of(dataset.catalog, request.attractiveness)
    weights = values_in(dataset.values, indicator, year, pd.Index(heads))
    points = dataset.gmina_points
    distances = distance_matrix_km(points.loc[codes], points.loc[heads])
    probabilities = huff_probabilities(distances, weights, request.alpha, request.beta)
    share = 100.0 * probabilities[request.gmina]
    return share.where(codes != request.gmina).rename("huff")


def attractiveness_years(dataset: Dataset, request: PullRequest) -> list[int]:
    """Return the years in which every Huff centre has a positive attractiveness, ascending.

    Years before the indicator's series break are left out when later ones exist, so a
    change never spans the break.
    """
    heads = pd.Index(_heads(request))
    indicator = indicator_of(dataset.catalog, request.attractiveness)
    years = [
        year
        for year in sorted(indicator.years)
        if (values_in(dataset.values, indicator, year, heads) > 0).all()
    ]
    after = [year for year in years if indicator.series_break and year >= indicator.series_break]
    return after or years


def _years(dataset: Dataset, request: PullRequest, measure: str) -> list[int]:
    """Return the years the measure can be shown in, ascending (at least one)."""
    if measure == "huff":
        years = attractiveness_years(dataset, request)
        if not years:
            raise PullError(f"{request.attractiveness} is not positive for every centre")
        return years
    flows = dataset.store.flows
    flows_of(flows, request.flow_kind)  # raises FlowError when there are none
    return sorted(
        int(year) for year in flows.loc[flows["kind"] == request.flow_kind, "year"].unique()
    )


def _single(
    dataset: Dataset, request: PullRequest, measure: str, codes: pd.Index, year: int
) -> tuple[pd.Series, pd.Index]:
    """Return one year's values of a measure and its suppressed pairs."""
    if measure == "huff":
        return huff_pull(dataset, request, codes, year), codes[:0]
    selected = flows_of(dataset.store.flows, request.flow_kind, year)
    return outflow_share_to(selected, request.gmina, codes)


def _checked(dataset: Dataset, request: PullRequest) -> pd.Index:
    """Return the scope's codes once the measure and the gmina are known."""
    if request.measure not in MEASURES:
        raise PullError(f"unknown measure {request.measure!r}")
    codes = scope_codes(request.scope, dataset.codes, dataset.areas)
    if request.gmina not in dataset.codes:
        raise PullError(f"unknown gmina {request.gmina!r}")
    return codes


def pull_toward(dataset: Dataset, request: PullRequest) -> Pull:
    """Return the pull of every gmina of the scope toward one gmina.

    Parameters
    ----------
    dataset
        Loaded data.
    request
        Scope, the chosen gmina, the measure and its parameters.

    Returns
    -------
    Pull
        Values on the scope's codes (the chosen gmina may lie outside the scope).

    Raises
    ------
    PullError
        For an unknown measure or gmina, no competing centre (Huff), or a change asked
        of data with a single year (e.g. the 2023 migration matrix alone).
    FlowError
        When the store holds no flows of ``request.flow_kind``.
    GravityError
        When no centre has a positive attractiveness (Huff).

    Notes
    -----
    ``outflow_share``: ``100 F_ig / sum_k F_ik`` in the latest year of the flows.
    ``huff``: ``100 P_ig`` of Huff's model over the chosen gmina and the competitors,
    attractiveness in its latest year with a positive value for every centre.
    A change is the value in the latest year minus the value in the earliest (pp.),
    never across the attractiveness' series break. A pair missing from GUS's matrix
    (0–2 persons) is reported in ``suppressed``, not as zero.

    References
    ----------
    Huff, D. L. (1963). A probabilistic analysis of shopping center trade areas.
    *Land Economics* 39(1), 81–90. https://doi.org/10.2307/3144521
    """
    codes = _checked(dataset, request)
    measure = CHANGES.get(request.measure, request.measure)
    years = _years(dataset, request, measure)
    if request.measure not in CHANGES:
        values, suppressed = _single(dataset, request, measure, codes, years[-1])
        return Pull(values.rename(request.measure), suppressed, (years[-1],))
    if len(years) < 2:
        raise PullError(f"{measure} has a single year: no change to show")
    before, before_gap = _single(dataset, request, measure, codes, years[0])
    after, after_gap = _single(dataset, request, measure, codes, years[-1])
    suppressed = before_gap.union(after_gap)
    change = (after - before).where(~codes.isin(suppressed), np.nan)
    return Pull(change.rename(request.measure), suppressed, (years[0], years[-1]))
