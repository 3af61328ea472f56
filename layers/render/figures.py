"""Plotly figures of the charts: time series, bars and percentile profiles (as JSON)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import plotly.io as pio

from layers.render.numbers import axis_ticks, plotly_separators

BREAK_LINE_COLOR = "#b2182b"


CHART_TRACES = ("bar", "scatter")
"""The trace types of the charts, whose part of the template they keep."""


def white_chart_template() -> dict:
    """Return Plotly's ``plotly_white`` template as JSON, for the bar and scatter traces only.

    Figures built as JSON with this one dict skip Plotly's validation and copy of the
    template for every chart (~15 ms of a ~20 ms chart). Axes write whole numbers with
    the language's thousands separator ("200 000", never "200k").
    """
    white = pio.templates["plotly_white"].to_plotly_json()
    layout = white["layout"]
    for axis in ("xaxis", "yaxis"):
        layout[axis] = {**layout[axis], "exponentformat": "none", "separatethousands": True}
    return {"layout": layout, "data": {kind: white["data"][kind] for kind in CHART_TRACES}}


CHART_TEMPLATE = white_chart_template()


def chart(traces: list[dict], lines: Sequence[tuple[dict, dict]] = (), **layout: object) -> dict:
    """Return a Plotly figure (JSON) of ``traces`` in the charts' look, with ``layout``.

    ``lines`` are reference lines with their labels, from :func:`vertical_line`.
    """
    return {
        "data": traces,
        "layout": {
            "template": CHART_TEMPLATE,
            "shapes": [shape for shape, _ in lines],
            "annotations": [annotation for _, annotation in lines],
            **layout,
        },
    }


def vertical_line(x: float, label: str, side: str, color: str | None = None) -> tuple[dict, dict]:
    """Return a dashed line across the plot at ``x`` and its label at the top, on ``side``.

    The JSON of Plotly's ``Figure.add_vline`` with ``annotation_position="top <side>"``.
    """
    line = {"dash": "dash"} if color is None else {"dash": "dash", "color": color}
    shape = {"type": "line", "x0": x, "x1": x, "xref": "x", "y0": 0, "y1": 1, "yref": "y domain"}
    annotation = {
        "text": label,
        "showarrow": False,
        "x": x,
        "xref": "x",
        "xanchor": "right" if side == "left" else "left",
        "y": 1,
        "yref": "y domain",
        "yanchor": "top",
    }
    return {**shape, "line": line}, annotation


def bar_figure(values: pd.Series, unit: str, reference: float | None, reference_label: str) -> dict:
    """Return horizontal bars (Plotly JSON) of one indicator for the compared gminas.

    Parameters
    ----------
    values
        Value per gmina, indexed by display label.
    unit
        Axis title.
    reference
        A scope statistic (e.g. the median) drawn as a dashed line; ``None`` for none.
    reference_label
        Text of that line.
    """
    bars = {"type": "bar", "x": values.tolist(), "y": values.index.tolist(), "orientation": "h"}
    references = (
        [vertical_line(reference, reference_label, "right")]
        if reference is not None and not math.isnan(reference)
        else []
    )
    return chart(
        [bars],
        references,
        margin={"l": 10, "r": 10, "t": 30, "b": 30},
        height=80 + 34 * len(values),
        xaxis={"title": {"text": unit}},
        yaxis={"autorange": "reversed", "automargin": True},
    )


def profile_figure(percentiles: pd.DataFrame, axis_title: str) -> dict:
    """Return a dot profile (Plotly JSON): each gmina's percentile in the scope, per indicator.

    Parameters
    ----------
    percentiles
        Indicators (display names) × gminas (display labels), values 0–100.
    axis_title
        Title of the percentile axis.
    """
    traces = [
        {
            "type": "scatter",
            "x": percentiles[column].tolist(),
            "y": percentiles.index.tolist(),
            "name": str(column),
            "mode": "markers",
            "marker": {"size": 11},
        }
        for column in percentiles.columns
    ]
    return chart(
        traces,
        margin={"l": 10, "r": 10, "t": 30, "b": 30},
        height=120 + 26 * len(percentiles),
        xaxis={"range": [0, 102], "title": {"text": axis_title}, "dtick": 25},
        yaxis={"autorange": "reversed", "automargin": True},
        legend={"orientation": "h", "y": -0.12},
    )


def axis_values(traces: list[dict], axis: str) -> list[float] | None:
    """Return the numbers the traces put on an axis (``"x"`` or ``"y"``): None for categories.

    A bar's axis runs from zero, so zero counts among its values.
    """
    found: list[float] = []
    for trace in traces:
        if trace.get(f"{axis}axis", axis) != axis:
            continue
        values = [value for value in trace.get(axis) or () if value is not None]
        if any(isinstance(value, str) for value in values):
            return None
        found += [float(v) for v in values if not math.isnan(float(v))]
        if trace.get("type") == "bar" and values:
            found.append(0.0)
    return found or None


def localized(figure: dict, lang: str) -> dict:
    """Return a chart (Plotly JSON) with the language's numbers: separators and axis ticks.

    Plotly is given the language's decimal mark and thousands separator
    (``layout.separators``), and each numeric axis reaching ten thousand gets ticks
    labelled as the language writes large numbers (:func:`.numbers.axis_ticks`: "200 tys.",
    "1,2 mln" in Polish, where Plotly would write "200k", "1.2M"). A new figure; the
    given one is left as it is.
    """
    layout = {**figure["layout"], "separators": plotly_separators(lang)}
    for axis in ("x", "y"):
        values = axis_values(figure["data"], axis)
        ticks = axis_ticks(min(values), max(values), lang) if values else None
        if ticks is not None:
            tickvals, ticktext = ticks
            shown = {"tickmode": "array", "tickvals": tickvals, "ticktext": ticktext}
            layout[f"{axis}axis"] = {**layout.get(f"{axis}axis", {}), **shown}
    return {**figure, "layout": layout}
