"""Two levels of functional areas: the core's area, and each secondary centre's own inside it.

The first level is the core's catchment among all the centres (Huff, flow dominance or
Nystuen–Dacey). The second level sets the core aside (:mod:`.second_level`) and gives
every other gmina to the secondary centre that pulls it most after the core; where the
two strongest secondary pulls are about equal the gmina is marked as an overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pandas as pd

from layers.analysis.catchment import attractiveness_of
from layers.analysis.dataset import Dataset
from layers.analysis.dominance import (
    chain_tops,
    dominant_flow_centre,
    nystuen_dacey,
    outflow_shares,
)
from layers.analysis.flows import flow_years, flows_of
from layers.analysis.gravity import distance_matrix_km, dominant_centre, huff_probabilities
from layers.analysis.scopes import scope_codes
from layers.analysis.second_level import (
    overlaps,
    second_level_shares,
    second_order_regions,
    set_aside,
)
from layers.errors import SecondLevelError

MODELS = ("huff", "flows", "nystuen_dacey")
POPULATION = "population"
TABLE_COLUMNS = [
    "level",
    "gminas",
    "in_first_level",
    "population",
    "captured",
    "captured_share",
    "core_share",
    "overlap",
]


@dataclass(frozen=True)
class TwoLevelRequest:
    """The user's choices for the two levels (hashable, so it can key a cache)."""

    scope: str
    core: str
    centres: tuple[str, ...]
    """The secondary centres."""
    model: str = "huff"
    attractiveness: str = POPULATION
    alpha: float = 1.0
    beta: float = 2.0
    flow_kind: str = "migration"
    tolerance: float = 0.2
    """Largest relative gap between the two strongest secondary pulls of an overlap."""


@dataclass(frozen=True)
class TwoLevel:
    """Both levels: a row per gmina of the scope and a row per area."""

    gminas: pd.DataFrame
    """On the scope's codes: ``first_level`` (in the core's area), ``centre`` (its
    second-level centre, NaN for none and for the core), ``pull`` (that centre's pull after
    the core), ``overlap_with`` (the other centre pulling about equally, else NaN) and
    ``top`` (its second-order Nystuen–Dacey region, that model only)."""
    table: pd.DataFrame
    """Index the core, then each secondary centre: the columns of :data:`TABLE_COLUMNS`."""


class Levels(NamedTuple):
    """One model's answer before it is tabulated."""

    first_level: pd.Series
    pulls: pd.DataFrame
    second: pd.Series
    top: pd.Series | None = None


def latest_population(dataset: Dataset) -> pd.Series:
    """Return every gmina's population in the latest year of the store."""
    population = dataset.values.by_indicator[POPULATION]
    return population[population.columns.max()]


def nested_first_level(first_centre: pd.Series, parents: pd.Series, core: str) -> pd.Series:
    """Return whether each gmina lies in the core's first-level area, centres' areas nested.

    Parameters
    ----------
    first_centre
        Each gmina's dominant centre (a centre is its own).
    parents
        Each centre's own dominant centre among the others (NaN for none).
    core
        The core.

    Returns
    -------
    pandas.Series
        Booleans on ``first_centre``'s index: the chain gmina → its centre → that
        centre's dominant centre … ends at the core.
    """
    links = first_centre.astype(object).where(first_centre != first_centre.index.to_series())
    heads = parents.drop(core, errors="ignore").astype(object)
    links = pd.concat([links.drop(heads.index, errors="ignore"), heads])
    tops = chain_tops(links)
    return (tops == core).reindex(first_centre.index, fill_value=False)


def _huff(dataset: Dataset, request: TwoLevelRequest, codes: pd.Index) -> Levels:
    heads = [request.core, *request.centres]
    points = dataset.gmina_points
    weights = attractiveness_of(dataset, request.attractiveness, heads)
    distances = distance_matrix_km(points.loc[codes], points.loc[heads])
    probabilities = huff_probabilities(distances, weights, request.alpha, request.beta)
    between = distance_matrix_km(points.loc[heads], points.loc[heads])
    others = between.mask(np.eye(len(heads), dtype=bool))  # a centre's own gmina unreachable
    parents = dominant_centre(huff_probabilities(others, weights, request.alpha, request.beta))
    first = nested_first_level(dominant_centre(probabilities), parents, request.core)
    pulls = set_aside(probabilities, request.core).drop(index=request.core)
    return Levels(first, pulls, dominant_centre(pulls))


def _own(dominant: pd.Series, centres: list[str]) -> pd.Series:
    """Return ``dominant`` with each centre given to itself (flows inside a gmina are unknown)."""
    own = [centre for centre in centres if centre in dominant.index]
    return dominant.astype(object).where(~dominant.index.isin(own), dominant.index.to_series())


def _flows(dataset: Dataset, request: TwoLevelRequest, codes: pd.Index) -> Levels:
    flows, kind, core = dataset.store.flows, request.flow_kind, request.core
    heads, rest = [core, *request.centres], codes.drop(core)
    shares = outflow_shares(flows, heads, kind=kind)
    parents = dominant_flow_centre(shares.reindex(heads))
    first_centre = _own(dominant_flow_centre(shares.reindex(codes)), heads)
    first = nested_first_level(first_centre, parents, core)
    pulls = second_level_shares(flows, core, request.centres, kind=kind).reindex(rest)
    return Levels(first, pulls, _own(dominant_flow_centre(pulls), list(request.centres)))


def _nystuen_dacey(dataset: Dataset, request: TwoLevelRequest, codes: pd.Index) -> Levels:
    flows, kind, core = dataset.store.flows, request.flow_kind, request.core
    sizes, centres, rest = latest_population(dataset), list(request.centres), codes.drop(core)
    first = nystuen_dacey(flows, sizes, kind=kind)["top"].reindex(codes) == core
    top = second_order_regions(flows, sizes, core, centres, kind=kind)["top"].reindex(rest)
    pulls = second_level_shares(flows, core, centres, kind=kind).reindex(rest)
    return Levels(first, pulls, top.where(top.isin(centres)), top)


MODEL_FUNCTIONS = {"huff": _huff, "flows": _flows, "nystuen_dacey": _nystuen_dacey}


def _checked_codes(dataset: Dataset, request: TwoLevelRequest) -> pd.Index:
    """Return the scope's codes once the request is known to be usable."""
    if request.model not in MODEL_FUNCTIONS:
        raise SecondLevelError(f"unknown model {request.model!r}")
    codes = scope_codes(request.scope, dataset.codes, dataset.areas)
    centres = list(request.centres)
    if not centres or request.core in centres or len(set(centres)) < len(centres):
        raise SecondLevelError("choose secondary centres other than the core, each once")
    if not pd.Index([request.core, *centres]).isin(codes).all():
        raise SecondLevelError("the core and the centres must lie in the scope")
    return codes


def _gminas(levels: Levels, codes: pd.Index, request: TwoLevelRequest) -> pd.DataFrame:
    """Return the per-gmina frame of :class:`TwoLevel` from a model's answer."""
    pulls = levels.pulls
    second = levels.second.reindex(pulls.index)
    column = pulls.columns.get_indexer(second.fillna(""))
    values = pulls.to_numpy(dtype=float, na_value=np.nan)
    centre_rows = pulls.index.isin(list(request.centres))
    found = (column >= 0) & ~centre_rows
    pull = np.where(found, values[np.arange(len(values)), column], np.nan)
    pair = overlaps(pulls, request.tolerance)
    shared = pair["overlap"] & ~centre_rows & second.notna()
    partner = pair["second"].where(pair["first"] == second, pair["first"])
    frame = pd.DataFrame(
        {
            "first_level": levels.first_level.reindex(codes, fill_value=False).astype(bool),
            "centre": second.reindex(codes),
            "pull": pd.Series(pull, index=pulls.index).reindex(codes),
            "overlap_with": partner.where(shared).reindex(codes),
            "top": np.nan if levels.top is None else levels.top.reindex(codes),
        },
        index=codes,
    )
    return frame.astype({"centre": object, "overlap_with": object, "top": object})


def _captured(dataset: Dataset, kind: str, members: pd.Index, head: str, core: str) -> tuple:
    """Return the flow from an area's other gminas to its head, its share, and the core's share."""
    if kind not in flow_years(dataset.store.flows):
        return np.nan, np.nan, np.nan
    selected = flows_of(dataset.store.flows, kind)
    origins = selected[selected["origin"].isin(members.drop(head, errors="ignore"))]
    total = origins["volume"].sum()
    captured = origins.loc[origins["destination"] == head, "volume"].sum()
    to_core = origins.loc[origins["destination"] == core, "volume"].sum()
    if total <= 0:
        return float(captured), np.nan, np.nan
    core_share = np.nan if head == core else to_core / total
    return float(captured), captured / total, core_share


def _table(dataset: Dataset, request: TwoLevelRequest, gminas: pd.DataFrame) -> pd.DataFrame:
    """Return the row of each area: the core's first-level area, each centre's second."""
    population = latest_population(dataset)
    areas = {request.core: gminas.index[gminas["first_level"]]}
    areas |= {c: gminas.index[gminas["centre"] == c] for c in request.centres}
    rows = []
    for head, members in areas.items():
        captured = _captured(dataset, request.flow_kind, members, head, request.core)
        rows.append(
            [
                1 if head == request.core else 2,
                len(members),
                int(gminas.loc[members, "first_level"].sum()),
                population.reindex(members).sum(min_count=1),
                *captured,
                int(gminas.loc[members, "overlap_with"].notna().sum()),
            ]
        )
    table = pd.DataFrame(rows, index=pd.Index(list(areas), name="centre"), columns=TABLE_COLUMNS)
    return table.astype({"population": float, "captured": float})


def two_level(dataset: Dataset, request: TwoLevelRequest) -> TwoLevel:
    """Return the core's functional area and each secondary centre's area after the core.

    Parameters
    ----------
    dataset
        Loaded data.
    request
        Scope, core, secondary centres, model and its parameters.

    Returns
    -------
    TwoLevel
        Per gmina of the scope, its place on both levels; per area, its gminas,
        population and the flows it sends to its centre (``request.flow_kind``, the
        latest year: NaN when the store holds none).

    Raises
    ------
    SecondLevelError
        For an unknown model, no secondary centre, the core among them, a centre
        outside the scope, or a tolerance outside 0–1.
    GravityError
        When the attractiveness has no year with a value for every centre (Huff).
    FlowError
        When the store holds no flows of ``request.flow_kind`` (flow models).

    Notes
    -----
    First level: the core's area with the secondary centres' areas nested in it. Each
    gmina goes to its dominant centre among the core and the secondary centres (Huff's
    largest probability, the largest share of the outflow), and each secondary centre to
    its own dominant centre among the others (:func:`nested_first_level`); for
    Nystuen–Dacey, the nodal region whose chains end at the core. Second level: the
    core set aside — Huff's probabilities renormalised without it (equal to Huff over
    the secondary centres alone), the shares of the outflow that does not go to it, or
    second-order Nystuen–Dacey chains over the flows without it. A gmina whose whole
    outflow goes to the core, or (Nystuen–Dacey) whose chain ends at a gmina that is not
    a chosen centre, has no second-level centre: a gap, not a zero. An overlap is a
    gmina whose second-strongest secondary pull (Huff probability or outflow share
    after the core) is at least ``1 - tolerance`` times the strongest. Flow pairs under
    3 persons are missing from GUS's matrices, so the
    flows captured are lower bounds.

    References
    ----------
    Huff, D. L. (1963). A probabilistic analysis of shopping center trade areas.
    *Land Economics* 39(1), 81–90. https://doi.org/10.2307/3144521
    Nystuen, J. D., Dacey, M. F. (1961). A graph theory interpretation of nodal regions.
    *Papers of the Regional Science Association* 7, 29–42.
    https://doi.org/10.1007/BF01969070
    Śleszyński, P. (2013). Delimitacja Miejskich Obszarów Funkcjonalnych stolic
    województw. *Przegląd Geograficzny* 85(2), 173–197.
    https://doi.org/10.7163/PrzG.2013.2.2
    """
    codes = _checked_codes(dataset, request)
    levels = MODEL_FUNCTIONS[request.model](dataset, request, codes)
    gminas = _gminas(levels, codes, request)
    return TwoLevel(gminas, _table(dataset, request, gminas))
