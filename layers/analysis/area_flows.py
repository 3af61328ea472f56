"""Flows an area sends to its centre and to the core: what a functional area captures."""

from __future__ import annotations

import numpy as np
import pandas as pd

from layers.analysis.flows import flow_years, flows_of


def flows_captured(
    flows: pd.DataFrame, kind: str, members: pd.Index, head: str, core: str
) -> tuple[float, float, float]:
    """Return the flow from an area's gminas to its centre, its share, and the core's share.

    Parameters
    ----------
    flows
        OD table ``origin, destination, year, kind, volume``; the latest year of ``kind``
        is used.
    kind
        Which flows.
    members
        The area's gminas; the centre's own outflow is left out.
    head
        The area's centre.
    core
        The primary core.

    Returns
    -------
    tuple of float
        Persons sent to ``head``; that as a share (0–1) of the members' whole outflow;
        the share sent to ``core`` (NaN when ``head`` is the core). All NaN when the
        store holds no flows of ``kind``; the shares NaN without any outflow.

    Notes
    -----
    GUS omits pairs under 3 persons, so the flows captured are lower bounds.
    """
    if kind not in flow_years(flows):
        return np.nan, np.nan, np.nan
    selected = flows_of(flows, kind)
    origins = selected[selected["origin"].isin(members.drop(head, errors="ignore"))]
    total = origins["volume"].sum()
    captured = float(origins.loc[origins["destination"] == head, "volume"].sum())
    to_core = origins.loc[origins["destination"] == core, "volume"].sum()
    if total <= 0:
        return captured, np.nan, np.nan
    core_share = np.nan if head == core else float(to_core / total)
    return captured, float(captured / total), core_share
