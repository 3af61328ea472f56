"""The second level of functional areas: the secondary centres' pull once the core's is set aside.

A dominant core (Kraków) wins the first level everywhere around it, hiding the pull of
the towns inside its area. The second level asks, for every gmina, which secondary
centre pulls it most *after* the core: Huff's probabilities renormalised without the
core, the shares of the outflow that does not go to the core, and Nystuen–Dacey's
chains of largest flows with the core taken out of the graph.

References
----------
Huff, D. L. (1963). A probabilistic analysis of shopping center trade areas.
*Land Economics* 39(1), 81–90. https://doi.org/10.2307/3144521
Nystuen, J. D., Dacey, M. F. (1961). A graph theory interpretation of nodal regions.
*Papers of the Regional Science Association* 7, 29–42. https://doi.org/10.1007/BF01969070
Śleszyński, P. (2013). Delimitacja Miejskich Obszarów Funkcjonalnych stolic województw.
*Przegląd Geograficzny* 85(2), 173–197. https://doi.org/10.7163/PrzG.2013.2.2
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from layers.analysis.dominance import chain_tops, nystuen_dacey, outflow_shares
from layers.errors import SecondLevelError

OVERLAP_COLUMNS = ["first", "first_pull", "second", "second_pull", "overlap"]


def without_core(flows: pd.DataFrame, core: str) -> pd.DataFrame:
    """Return the flows without those that start or end in the core (the core set aside).

    Parameters
    ----------
    flows
        OD table ``origin, destination, year, kind, volume``.
    core
        TERYT of the primary core.

    Returns
    -------
    pandas.DataFrame
        The rows of ``flows`` whose origin and destination both differ from ``core``.
    """
    return flows[(flows["origin"] != core) & (flows["destination"] != core)]


def set_aside(probabilities: pd.DataFrame, core: str) -> pd.DataFrame:
    """Return each origin's pull of the other centres with the core's share set aside.

    Parameters
    ----------
    probabilities
        Origins × centres Huff probabilities (:func:`layers.analysis.gravity.huff_probabilities`),
        one column of which is the core.
    core
        The core's column.

    Returns
    -------
    pandas.DataFrame
        Origins × the other centres, ``P_ij / (1 - P_i,core)``: every row sums to 1;
        NaN where the core takes the whole probability (its own gmina).

    Raises
    ------
    SecondLevelError
        When ``core`` is not a column, or it is the only one.

    Notes
    -----
    Huff's model obeys Luce's choice axiom (independence of irrelevant alternatives),
    so this equals Huff's model recomputed over the other centres alone: "the
    strongest pull after the core".

    References
    ----------
    Huff, D. L. (1963). A probabilistic analysis of shopping center trade areas.
    *Land Economics* 39(1), 81–90. https://doi.org/10.2307/3144521
    Luce, R. D. (1959). *Individual Choice Behavior*. New York: Wiley.
    """
    if core not in probabilities.columns or len(probabilities.columns) < 2:
        raise SecondLevelError("the core must be one of at least two centres")
    rest = 1.0 - probabilities[core]
    others = probabilities.drop(columns=core)
    return others.div(rest.where(rest > 0), axis=0)


def second_level_shares(
    flows: pd.DataFrame,
    core: str,
    centres: Sequence[str],
    *,
    kind: str = "migration",
    year: int | None = None,
) -> pd.DataFrame:
    """Return the share of each gmina's outflow, the core's part set aside, going to each centre.

    Parameters
    ----------
    flows
        OD table ``origin, destination, year, kind, volume``.
    core
        TERYT of the primary core, whose flows are left out.
    centres
        TERYT codes of the secondary centres.
    kind, year
        Which flows; ``year`` defaults to the latest year of ``kind``.

    Returns
    -------
    pandas.DataFrame
        Origins (not the core) × ``centres``: ``F_ij / (sum_k F_ik - F_i,core)``.
        Origins whose whole outflow goes to the core are absent.

    Raises
    ------
    FlowError
        When there are no flows of ``kind`` (in ``year``).

    References
    ----------
    Nystuen, J. D., Dacey, M. F. (1961). A graph theory interpretation of nodal
    regions. *Papers of the Regional Science Association* 7, 29–42.
    https://doi.org/10.1007/BF01969070
    """
    return outflow_shares(without_core(flows, core), centres, kind=kind, year=year)


def headed_tops(structure: pd.DataFrame, heads: Sequence[str]) -> pd.Series:
    """Return the top of each gmina's Nystuen–Dacey chain, stopping at the chosen centres.

    Parameters
    ----------
    structure
        The result of :func:`layers.analysis.dominance.nystuen_dacey`.
    heads
        Centres that head their own region even when their largest flow goes to a
        larger gmina.

    Returns
    -------
    pandas.Series
        On ``structure``'s index, named ``"top"``: the first chosen centre or
        independent gmina up the chain.
    """
    subordinate = structure["subordinate_to"].where(~structure.index.isin(list(heads)))
    return chain_tops(subordinate)


def second_order_regions(  # noqa: PLR0913 (the last two are keyword-only)
    flows: pd.DataFrame,
    sizes: pd.Series,
    core: str,
    centres: Sequence[str],
    *,
    kind: str = "migration",
    year: int | None = None,
) -> pd.DataFrame:
    """Return Nystuen–Dacey's nodal structure of the second order: the core taken out.

    Parameters
    ----------
    flows
        OD table ``origin, destination, year, kind, volume``.
    sizes
        Size of every gmina (e.g. population), indexed by TERYT.
    core
        TERYT of the primary core.
    centres
        Secondary centres, each heading its own region.
    kind, year
        Which flows; ``year`` defaults to the latest year of ``kind``.

    Returns
    -------
    pandas.DataFrame
        On ``sizes``' index without the core, the columns of
        :func:`layers.analysis.dominance.nystuen_dacey` with ``top`` from
        :func:`headed_tops`.

    Raises
    ------
    FlowError
        When there are no flows of ``kind`` (in ``year``).

    Notes
    -----
    Without the core, a gmina's largest flow is its largest flow after the core: a
    gmina whose largest flow goes to Kraków and second to Wieliczka (larger than it)
    is subordinate to Wieliczka, and belongs to the region at the top of its chain.

    References
    ----------
    Nystuen, J. D., Dacey, M. F. (1961). A graph theory interpretation of nodal
    regions. *Papers of the Regional Science Association* 7, 29–42.
    https://doi.org/10.1007/BF01969070
    """
    rest = sizes.drop(core, errors="ignore")
    structure = nystuen_dacey(without_core(flows, core), rest, kind=kind, year=year)
    return structure.assign(top=headed_tops(structure, centres))


def overlaps(pulls: pd.DataFrame, tolerance: float) -> pd.DataFrame:
    """Return each origin's two strongest pulls and whether they are about equal.

    Parameters
    ----------
    pulls
        Origins × centres, e.g. :func:`set_aside` or :func:`second_level_shares`.
    tolerance
        Largest relative gap, 0–1: the pulls overlap when the second is at least
        ``(1 - tolerance)`` times the first.

    Returns
    -------
    pandas.DataFrame
        On ``pulls``' index: ``first``, ``first_pull``, ``second``, ``second_pull``
        (NaN without a second positive pull) and ``overlap``.

    Raises
    ------
    SecondLevelError
        When ``tolerance`` is outside 0–1.
    """
    if not 0.0 <= tolerance <= 1.0:
        raise SecondLevelError(f"tolerance must be within 0–1, not {tolerance}")
    values = pulls.to_numpy(dtype=float, na_value=np.nan)
    filled = np.where(np.isfinite(values) & (values > 0), values, -np.inf)
    order = np.argsort(-filled, axis=1, kind="stable")[:, :2]
    if values.shape[1] < 2:
        order = np.column_stack([order[:, 0], order[:, 0]])
    rows = np.arange(len(values))
    best, runner = filled[rows, order[:, 0]], filled[rows, order[:, 1]]
    runner = np.where(order[:, 1] == order[:, 0], -np.inf, runner)
    names = pulls.columns.to_numpy(dtype=object)
    frame = pd.DataFrame(
        {
            "first": np.where(np.isfinite(best), names[order[:, 0]], None),
            "first_pull": np.where(np.isfinite(best), best, np.nan),
            "second": np.where(np.isfinite(runner), names[order[:, 1]], None),
            "second_pull": np.where(np.isfinite(runner), runner, np.nan),
        },
        index=pulls.index.copy(),
    )
    frame["overlap"] = frame["second_pull"] >= (1.0 - tolerance) * frame["first_pull"]
    return frame[OVERLAP_COLUMNS]


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
