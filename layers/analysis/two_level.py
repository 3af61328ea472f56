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

from layers.analysis.area_flows import flows_captured
from layers.analysis.catchment import attractiveness_of
from layers.analysis.dataset import Dataset
from layers.analysis.dominance import dominant_flow_centre, nystuen_dacey, outflow_shares
from layers.analysis.flows import flows_of
from layers.analysis.gravity import distance_matrix_km, dominant_centre, huff_probabilities
from layers.analysis.scopes import scope_codes
from layers.analysis.second_level import (
    nested_first_level,
    overlaps,
    second_level_shares,
    second_order_regions,
    set_aside,
)
from layers.errors import SecondLevelError

MODELS = ("huff", "flows", "nystuen_dacey")
MAX_CENTRES = 6
"""Secondary centres at most (each gets a colour and a lighter one for its overlaps)."""
STATUSES = ("core", "centre", "member", "overlap", "none", "gap")
"""A gmina's place on the second level, see :func:`statuses`."""
POPULATION = "population"
TABLE_COLUMNS = ["level", "gminas", "in_first_level", "population", "captured"]
TABLE_COLUMNS += ["captured_share", "core_share", "overlap"]


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
    ``top`` (its second-order Nystuen–Dacey region, that model only) and ``status``
    (one of :data:`STATUSES`)."""
    table: pd.DataFrame
    """Index the core, then each secondary centre: the columns of :data:`TABLE_COLUMNS`."""


class Levels(NamedTuple):
    """One model's answer before it is tabulated."""

    first_level: pd.Series
    pulls: pd.DataFrame
    second: pd.Series
    top: pd.Series | None = None
    known: pd.Index | None = None
    """Gminas with data (those with an outflow, for the flow models); None for all."""


def latest_population(dataset: Dataset) -> pd.Series:
    """Return every gmina's population in the latest year of the store."""
    population = dataset.values.by_indicator[POPULATION]
    return population[population.columns.max()]


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


def _senders(dataset: Dataset, kind: str) -> pd.Index:
    """Return the gminas with a recorded outflow of ``kind`` (the others are a data gap)."""
    return pd.Index(flows_of(dataset.store.flows, kind)["origin"].unique())


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
    second = _own(dominant_flow_centre(pulls), list(request.centres))
    return Levels(first, pulls, second, known=_senders(dataset, kind))


def _nystuen_dacey(dataset: Dataset, request: TwoLevelRequest, codes: pd.Index) -> Levels:
    flows, kind, core = dataset.store.flows, request.flow_kind, request.core
    sizes, centres, rest = latest_population(dataset), list(request.centres), codes.drop(core)
    first = nystuen_dacey(flows, sizes, kind=kind)["top"].reindex(codes) == core
    top = second_order_regions(flows, sizes, core, centres, kind=kind)["top"].reindex(rest)
    pulls = second_level_shares(flows, core, centres, kind=kind).reindex(rest)
    return Levels(first, pulls, top.where(top.isin(centres)), top, _senders(dataset, kind))


MODEL_FUNCTIONS = {"huff": _huff, "flows": _flows, "nystuen_dacey": _nystuen_dacey}


def _checked_codes(dataset: Dataset, request: TwoLevelRequest) -> pd.Index:
    """Return the scope's codes once the request is known to be usable."""
    if request.model not in MODEL_FUNCTIONS:
        raise SecondLevelError(f"unknown model {request.model!r}")
    codes = scope_codes(request.scope, dataset.codes, dataset.areas)
    centres = list(request.centres)
    if not 0 < len(centres) <= MAX_CENTRES or len(set(centres)) < len(centres):
        raise SecondLevelError(f"choose 1–{MAX_CENTRES} secondary centres, each once")
    if request.core in centres:
        raise SecondLevelError("the core cannot be a secondary centre")
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
    frame = frame.astype({"centre": object, "overlap_with": object, "top": object})
    gap = ~codes.isin(levels.known) if levels.known is not None else np.zeros(len(codes), bool)
    return frame.assign(status=statuses(frame, gap, request.core, request.centres))


def statuses(frame: pd.DataFrame, gap: np.ndarray, core: str, centres: tuple) -> pd.Series:
    """Return each gmina's place: core, centre, member, overlap, none (only the core) or gap."""
    status = pd.Series("none", index=frame.index, dtype=object)
    status[frame["centre"].notna()] = "member"
    status[frame["overlap_with"].notna()] = "overlap"
    status[gap] = "gap"
    status[frame.index.isin(list(centres))] = "centre"
    status[frame.index == core] = "core"
    return status.rename("status")


def map_classes(gminas: pd.DataFrame, centres: tuple[str, ...]) -> pd.Series:
    """Return the map class of each gmina of :attr:`TwoLevel.gminas`.

    Returns
    -------
    pandas.Series
        0 for the core, ``1 + i`` for centre ``i`` and its members, ``1 + n + i`` for
        its overlaps (``n`` centres), ``1 + 2n`` for no second-level centre and -1 for
        a data gap.
    """
    n = len(centres)
    position = gminas["centre"].map({centre: i for i, centre in enumerate(centres)})
    classes = pd.Series(1 + 2 * n, index=gminas.index, dtype=int, name="class")
    member = gminas["status"].isin(["centre", "member"])
    classes[member] = 1 + position[member]
    overlap = gminas["status"] == "overlap"
    classes[overlap] = 1 + n + position[overlap]
    classes[gminas["status"] == "core"] = 0
    classes[gminas["status"] == "gap"] = -1
    return classes


def _table(dataset: Dataset, request: TwoLevelRequest, gminas: pd.DataFrame) -> pd.DataFrame:
    """Return the row of each area: the core's first-level area, each centre's second."""
    population = latest_population(dataset)
    areas = {request.core: gminas.index[gminas["first_level"]]}
    areas |= {c: gminas.index[gminas["centre"] == c] for c in request.centres}
    rows = []
    for head, members in areas.items():
        captured = flows_captured(
            dataset.store.flows, request.flow_kind, members, head, request.core
        )
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
