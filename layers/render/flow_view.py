"""What the flow map of a gmina needs: its partners' lines, their ends, the context, the extent."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

import shapely

from layers.analysis.crs import DISPLAY_CRS
from layers.analysis.dataset import Dataset
from layers.analysis.dominance import flow_lines, top_flows
from layers.analysis.levels import powiat_of
from layers.render.geomap import bounds_view, flow_overlay, label_overlay, overlay

FLOW_COLOR = "#b2182b"
MAX_FLOW_WIDTH = 12.0
LABELLED = 5
"""How many of the largest partners are named on the map (the others on hover and in the table)."""
LABEL_COLOR = "#67000d"
FLOW_CONTEXT = (("voivodeships", "#555555", 1.5), ("powiats", "#bbbbbb", 0.8))
"""Outlines drawn under the flows: every voivodeship, and the powiats of the partners."""


@dataclass(frozen=True)
class FlowView:
    """The painted flows of one gmina: the map's overlays and extent, and its partners."""

    extras: dict[str, dict]
    """Overlays by name: the context outlines, the flows (as wide as their volume), the ends,
    and the names of the :data:`LABELLED` largest partners."""
    view: dict | None
    """The extent fitting the lines (:func:`.geomap.bounds_view`), None without partners."""
    top: pd.DataFrame
    """The partners: ``partner``, ``volume``, ``share`` (:func:`.dominance.top_flows`)."""


def flow_view(  # noqa: PLR0913 (top_flows' choices, and the names)
    dataset: Dataset, gmina: str, *, direction: str, count: int, kind: str, labels: pd.Series
) -> FlowView:
    """Return the flow map of ``gmina``'s ``count`` largest partners.

    The lines are made between the gminas' points in EPSG:2180 and drawn in EPSG:4326;
    the context shows the powiats the partners lie in (a powiat's TERYT is a gmina's
    first four digits); the largest partners are named at their ends.

    Parameters
    ----------
    dataset
        The loaded data (flows, points, outlines).
    gmina, direction, count, kind
        As :func:`layers.analysis.dominance.top_flows` takes them.
    labels
        Gmina names by TERYT, shown on a flow's hover.

    Raises
    ------
    FlowError
        For a gmina without flows of ``kind`` or without a point.
    """
    top = top_flows(dataset.store.flows, gmina, direction=direction, n=count, kind=kind)
    lines = flow_lines(top, gmina, dataset.gmina_points).to_crs(DISPLAY_CRS)
    lines["label"] = lines["partner"].map(labels)
    store = dataset.store
    partners = store.powiats.index.isin(lines["partner"].map(powiat_of))
    shapes = {
        "voivodeships": store.voivodeships.geometry,
        "powiats": store.powiats.geometry[partners],
    }
    extras = {
        name: overlay(shapes[name], "line", color, width=width)
        for name, color, width in FLOW_CONTEXT
    }
    extras["flows"] = flow_overlay(lines, FLOW_COLOR, MAX_FLOW_WIDTH)
    ends = lines.geometry.apply(lambda line: shapely.Point(line.coords[-1]))
    extras["ends"] = overlay(ends, "circle", FLOW_COLOR, width=4)
    largest = lines.nlargest(LABELLED, "volume").index
    extras["labels"] = label_overlay(ends[largest], lines["label"][largest].tolist(), LABEL_COLOR)
    view = bounds_view(lines.total_bounds) if len(lines) else None
    return FlowView(extras=extras, view=view, top=top)
