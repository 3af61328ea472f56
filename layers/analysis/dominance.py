"""Flow dominance between gminas: outflow shares, nodal regions and top partners.

Flows are the store's long OD table ``origin, destination, year, kind, volume``
(:func:`layers.analysis.flows.flow_table`); flows inside one gmina are not in it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

import geopandas as gpd
import shapely

from layers.analysis.flows import flows_of
from layers.analysis.gravity import dominant_centre
from layers.errors import FlowError

DIRECTIONS = {"out": ("origin", "destination"), "in": ("destination", "origin")}
"""Direction → (column of the gmina itself, column of its partner)."""


def outflow_shares(
    flows: pd.DataFrame,
    centres: Sequence[str],
    *,
    kind: str = "migration",
    year: int | None = None,
) -> pd.DataFrame:
    """Return the share of each gmina's total outflow that goes to each centre.

    Parameters
    ----------
    flows
        OD table ``origin, destination, year, kind, volume``.
    centres
        TERYT codes of the centres.
    kind
        Kind of flow, e.g. ``"migration"``.
    year
        Year of the flows; default the latest year of ``kind``.

    Returns
    -------
    pandas.DataFrame
        Shares 0–1; index = origin TERYT (named ``"origin"``), columns = ``centres``
        in the given order. Origins with no outflow are absent; a centre's share of
        its own outflow is 0 (flows inside a gmina are not recorded).

    Raises
    ------
    FlowError
        When there are no flows of ``kind`` (in ``year``).

    Notes
    -----
    ``s_ij = F_ij / sum_k F_ik`` over all destinations ``k``, not only the centres,
    so a row sums to the share of the outflow that goes to any centre.

    References
    ----------
    Nystuen, J. D., Dacey, M. F. (1961). A graph theory interpretation of nodal
    regions. *Papers of the Regional Science Association* 7, 29–42.
    https://doi.org/10.1007/BF01969070
    """
    selected = flows_of(flows, kind, year)
    totals = selected.groupby("origin")["volume"].sum()
    totals = totals[totals > 0]
    to_centres = selected[selected["destination"].isin(list(centres))]
    volume = to_centres.pivot_table(
        index="origin", columns="destination", values="volume", aggfunc="sum"
    )
    volume = volume.reindex(index=totals.index, columns=list(centres)).fillna(0.0)
    shares = volume.div(totals, axis=0)
    shares.index.name, shares.columns.name = "origin", "centre"
    return shares


def dominant_flow_centre(shares: pd.DataFrame) -> pd.Series:
    """Return the centre that receives the largest share of each origin's outflow.

    Parameters
    ----------
    shares
        Origins × centres, from :func:`outflow_shares`.

    Returns
    -------
    pandas.Series
        Centre TERYT on ``shares``' index, named ``"centre"``; NaN where every
        share is 0 (the origin sends nobody to any centre). Ties go to the first
        centre.
    """
    return dominant_centre(shares.where(shares > 0))


def _largest_flows(selected: pd.DataFrame) -> pd.DataFrame:
    """Return each origin's largest positive outflow (ties: the lowest destination code)."""
    ordered = selected[selected["volume"] > 0].sort_values(
        ["origin", "volume", "destination"], ascending=[True, False, True]
    )
    largest = ordered.drop_duplicates("origin").set_index("origin")
    return largest[["destination", "volume"]]


def _walk_to_top(start: str, parent: dict[str, str], tops: dict[str, str]) -> None:
    """Record the top of the chain from ``start`` (and of every gmina on the way)."""
    path: list[str] = []
    node = start
    while node in parent and node not in tops and node not in path:
        path.append(node)
        node = parent[node]
    if node in tops:
        top = tops[node]
    elif node in path:
        top = min(path[path.index(node) :])
    else:
        top = node
    tops.update(dict.fromkeys(path, top))
    tops.setdefault(start, top)


def chain_tops(subordinate_to: pd.Series) -> pd.Series:
    """Return the top of each gmina's chain of subordination.

    Parameters
    ----------
    subordinate_to
        The gmina each gmina is subordinate to, NaN for an independent one.

    Returns
    -------
    pandas.Series
        On ``subordinate_to``'s index, named ``"top"``: the first gmina up the chain
        that is not subordinate (an independent gmina is its own top). Should the
        chain loop, the lowest code in the loop is the top of all its members.

    References
    ----------
    Nystuen, J. D., Dacey, M. F. (1961). A graph theory interpretation of nodal
    regions. *Papers of the Regional Science Association* 7, 29–42.
    https://doi.org/10.1007/BF01969070
    """
    parent = subordinate_to.dropna().to_dict()
    tops: dict[str, str] = {}
    for start in subordinate_to.index:
        _walk_to_top(start, parent, tops)
    return pd.Series(
        [tops[code] for code in subordinate_to.index],
        index=subordinate_to.index.copy(),
        dtype=object,
        name="top",
    )


def nystuen_dacey(
    flows: pd.DataFrame,
    sizes: pd.Series,
    *,
    kind: str = "migration",
    year: int | None = None,
) -> pd.DataFrame:
    """Return the nodal structure of the flows: each gmina's dominant flow and chain.

    Parameters
    ----------
    flows
        OD table ``origin, destination, year, kind, volume``.
    sizes
        Size of every gmina (e.g. population), indexed by TERYT; the result has one
        row per entry.
    kind, year
        Which flows; ``year`` defaults to the latest year of ``kind``.

    Returns
    -------
    pandas.DataFrame
        On ``sizes``' index: ``largest_to`` (destination of the largest outflow),
        ``largest_volume``, ``subordinate_to`` (``largest_to`` when it is larger than
        the gmina, else NaN: the gmina is independent, a central place) and ``top``
        (the end of the chain of subordination, the gmina itself if independent).

    Raises
    ------
    FlowError
        When there are no flows of ``kind`` (in ``year``).

    Notes
    -----
    A gmina without outflow, or whose size or whose destination's size is missing,
    counts as independent. Ties of the largest flow go to the lowest code. Since
    subordination needs a strictly larger destination, chains cannot loop; the
    loop guard of :func:`chain_tops` is defensive.

    References
    ----------
    Nystuen, J. D., Dacey, M. F. (1961). A graph theory interpretation of nodal
    regions. *Papers of the Regional Science Association* 7, 29–42.
    https://doi.org/10.1007/BF01969070
    """
    largest = _largest_flows(flows_of(flows, kind, year)).reindex(sizes.index)
    largest_to = largest["destination"].astype(object)
    own = sizes.to_numpy(dtype=float, na_value=np.nan)
    target = sizes.reindex(largest_to.to_numpy()).to_numpy(dtype=float, na_value=np.nan)
    subordinate_to = largest_to.where(target > own).rename("subordinate_to")
    return pd.DataFrame(
        {
            "largest_to": largest_to,
            "largest_volume": largest["volume"].astype(float),
            "subordinate_to": subordinate_to,
            "top": chain_tops(subordinate_to),
        },
        index=sizes.index.copy(),
    )


def top_flows(  # noqa: PLR0913 (signature fixed for the UI; four are keyword-only)
    flows: pd.DataFrame,
    gmina: str,
    *,
    direction: str = "out",
    n: int = 10,
    kind: str = "migration",
    year: int | None = None,
) -> pd.DataFrame:
    """Return a gmina's largest flow partners.

    Parameters
    ----------
    flows
        OD table ``origin, destination, year, kind, volume``.
    gmina
        TERYT of the gmina.
    direction
        ``"out"``: the gmina is the origin; ``"in"``: the destination.
    n
        Number of partners, at least 1.
    kind, year
        Which flows; ``year`` defaults to the latest year of ``kind``.

    Returns
    -------
    pandas.DataFrame
        Up to ``n`` rows sorted by volume, descending (ties: lower code first), on a
        range index: ``partner``, ``volume``, ``share`` (of the gmina's total flow in
        that direction, over all partners). Empty when the gmina has no such flow.

    Raises
    ------
    FlowError
        For an unknown ``direction``, ``n`` below 1, or no flows of ``kind`` (in ``year``).
    """
    if direction not in DIRECTIONS:
        raise FlowError(f"direction must be 'out' or 'in', not {direction!r}")
    if n < 1:
        raise FlowError("n must be at least 1")
    own, partner = DIRECTIONS[direction]
    selected = flows_of(flows, kind, year)
    rows = selected[selected[own] == gmina]
    total = rows["volume"].sum()
    ordered = rows.sort_values(["volume", partner], ascending=[False, True]).head(n)
    table = pd.DataFrame(
        {
            "partner": ordered[partner].to_numpy(),
            "volume": ordered["volume"].to_numpy(dtype=float),
        }
    )
    return table.assign(share=table["volume"] / total if total > 0 else np.nan)


def flow_lines(top: pd.DataFrame, gmina: str, points: gpd.GeoSeries) -> gpd.GeoDataFrame:
    """Return a line from the gmina to each of its partners, for drawing flows.

    Parameters
    ----------
    top
        Partners of the gmina, from :func:`top_flows`.
    gmina
        TERYT of the gmina.
    points
        A point per gmina (e.g. :func:`layers.analysis.gravity.centroids`), any CRS.

    Returns
    -------
    geopandas.GeoDataFrame
        On ``top``'s index: ``partner``, ``volume``, ``share`` and a LineString from
        the gmina's point to the partner's, in ``points``' CRS.

    Raises
    ------
    FlowError
        When the gmina or a partner has no point.
    """
    where = points.index.get_indexer([gmina, *top["partner"]])
    if (where < 0).any():
        raise FlowError("the gmina or a partner has no point")
    shapes = points.to_numpy()[where]
    xy = np.column_stack([shapely.get_x(shapes), shapely.get_y(shapes)])
    ends = np.stack([np.repeat(xy[:1], len(top), axis=0), xy[1:]], axis=1)
    lines = shapely.linestrings(ends) if len(top) else np.array([], dtype=object)
    return gpd.GeoDataFrame(
        top[["partner", "volume", "share"]].copy(), geometry=lines, crs=points.crs
    )
