"""What the cluster map shows: LISA or Gi* categories, colours, legend, the Moran scatterplot.

The map is painted by the map engine (:mod:`layers.render.geomap`): one category per
gmina of the scope, in the scope's order, with its value, category and p-value on hover.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from layers.analysis.autocorrelation import (
    CLUSTERS,
    HOT_SPOTS,
    GlobalMoran,
    spatial_autocorrelation,
)
from layers.analysis.catalog import indicator_of
from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.analysis.values import values_in
from layers.analysis.weights import DEFAULT_K, DEFAULT_KM
from layers.render.figures import chart
from layers.render.geomap import category_codes, class_paint
from layers.render.legend import LegendRow
from layers.render.numbers import formatted
from layers.render.palettes import NODATA_COLOR

CATEGORY_COLORS = {
    "HH": "#d7191c",
    "LL": "#2c7bb6",
    "HL": "#fdae61",
    "LH": "#abd9e9",
    "hot": "#d7191c",
    "cold": "#2c7bb6",
    "ns": "#f7f7f7",
    "island": "#737373",
    "nodata": NODATA_COLOR,
}
"""GeoDa's LISA colours (red High-High, blue Low-Low, light red and light blue outliers)."""
MODES = {"lisa": CLUSTERS, "gi": HOT_SPOTS}
"""Map modes: local Moran clusters or Getis–Ord Gi* hot and cold spots, with their categories."""
SAVABLE = ("HH", "LL", "HL", "LH", "hot", "cold")
"""Categories a user can save as an area (the significant ones)."""
QUADRANT_LINE = {"color": "#999999", "width": 1}
QUADRANT_LINES = (
    {"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": 0, "y1": 0, "line": QUADRANT_LINE},
    {"type": "line", "yref": "paper", "y0": 0, "y1": 1, "x0": 0, "x1": 0, "line": QUADRANT_LINE},
)
"""The scatterplot's axes through the means (0, 0) that split it into the four quadrants."""


@dataclass(frozen=True)
class ClusterRequest:
    """The user's choices for one cluster map (small and hashable: it keys the cache)."""

    scope: str
    indicator: str
    year: int
    weights: str = "queen"
    k: int = DEFAULT_K
    km: float = DEFAULT_KM
    significance: float = 0.05
    mode: str = "lisa"


@dataclass(frozen=True)
class ClusterTexts:
    """Language-dependent texts of the cluster view, supplied by the UI."""

    categories: dict[str, str]
    """Name of every category of :data:`CATEGORY_COLORS`."""
    x_axis: str
    y_axis: str
    slope: str
    """Label of the regression line; contains ``{i}``."""
    lang: str


@dataclass(frozen=True, eq=False)
class ClusterView:
    """Everything the tab draws for one request."""

    paint: dict
    """Category and colour per gmina with the hover lines (:func:`.geomap.class_paint`)."""
    legend: list[LegendRow]
    """One row per category shown (name, colour, count), in legend order."""
    moran: GlobalMoran
    scatter: dict
    islands: list[str]
    components: int
    missing: int
    members: dict[str, list[str]]
    """Codes of each significant category (what "save as an area" stores)."""


def cluster_view(
    dataset: Dataset, request: ClusterRequest, labels: pd.Series, texts: ClusterTexts
) -> ClusterView:
    """Return the map paint, legend, statistics and scatterplot of a cluster request.

    Parameters
    ----------
    dataset
        Loaded data.
    request
        Scope, indicator, year, weights, significance and mode (``"lisa"`` or ``"gi"``).
    labels
        Gmina display names by TERYT.
    texts
        Category names and chart titles in the user's language.

    Raises
    ------
    UnknownIndicatorError, SpatialStatsError, WrongCrsError
        From the look-up and :func:`layers.analysis.autocorrelation.spatial_autocorrelation`.
    """
    indicator = indicator_of(dataset.catalog, request.indicator)
    codes = scope_codes(request.scope, dataset.codes, dataset.areas)
    values = values_in(dataset.values, indicator, request.year, codes)
    result = spatial_autocorrelation(
        values,
        dataset.store.gminas_metric,
        weights=request.weights,
        k=request.k,
        km=request.km,
        significance=request.significance,
        getis_ord=request.mode == "gi",
    )
    order = MODES.get(request.mode, CLUSTERS)
    categories = result.local["hot_spot" if request.mode == "gi" else "cluster"]
    names = categories.map(texts.categories)
    shown = [formatted(value, indicator.decimals, texts.lang) for value in values]
    p_values = [formatted(p, 3, texts.lang) for p in result.local["p_sim"]]
    counts = categories.value_counts()
    return ClusterView(
        paint=class_paint(
            category_codes(categories, order),
            [CATEGORY_COLORS[c] for c in order],
            [f"{{0}} {indicator.unit(texts.lang)}", "{1}", "p = {2}"],
            (shown, names.tolist(), p_values),
        ),
        legend=[
            LegendRow(CATEGORY_COLORS[c], texts.categories[c], int(counts[c]), c == "nodata")
            for c in order
            if c in counts
        ],
        moran=result.moran,
        scatter=moran_scatter(result.local, categories, labels, result.moran, texts),
        islands=list(result.weights.islands),
        components=result.weights.components,
        missing=len(result.missing),
        members={c: list(categories.index[categories == c]) for c in SAVABLE if c in counts},
    )


def moran_scatter(
    local: pd.DataFrame,
    categories: pd.Series,
    labels: pd.Series,
    moran: GlobalMoran,
    texts: ClusterTexts,
) -> dict:
    """Return the Moran scatterplot (Plotly JSON): standardised value against its spatial lag.

    One trace per category (coloured as on the map), quadrant lines at 0 and the line
    through the origin whose slope is the global I (the OLS slope of the lag on the value
    under row-standardised weights; Anselin 1996).

    References
    ----------
    Anselin, L. (1996). The Moran scatterplot as an ESDA tool to assess local instability
    in spatial association. In M. Fischer, H. Scholten & D. Unwin (eds.), *Spatial
    Analytical Perspectives on GIS*, 111–125. London: Taylor & Francis.
    """
    present = local.dropna(subset=["z"])
    traces = [
        {
            "type": "scatter",
            "mode": "markers",
            "name": texts.categories[category],
            "x": group["z"].tolist(),
            "y": group["lag"].tolist(),
            "text": labels.reindex(group.index).tolist(),
            "marker": {"color": CATEGORY_COLORS[category], "size": 7, "line": {"width": 0.5}},
            "hovertemplate": "<b>%{text}</b><br>%{x:.2f}, %{y:.2f}<extra></extra>",
        }
        for category, group in present.groupby(categories.reindex(present.index), sort=False)
    ]
    if len(present):
        low, high = float(present["z"].min()), float(present["z"].max())
        label = texts.slope.format(i=formatted(moran.statistic, 3, texts.lang))
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": label,
                "x": [low, high],
                "y": [moran.statistic * low, moran.statistic * high],
                "line": {"color": "#222222", "dash": "dash"},
                "hoverinfo": "skip",
            }
        )
    figure = chart(
        traces,
        margin={"l": 50, "r": 10, "t": 20, "b": 40},
        height=380,
        xaxis={"title": {"text": texts.x_axis}, "zeroline": False},
        yaxis={"title": {"text": texts.y_axis}, "zeroline": False},
        legend={"orientation": "h", "y": -0.2},
    )
    figure["layout"]["shapes"] = list(QUADRANT_LINES)
    return figure


def significance_text(p: float, lang: str) -> str:
    """Return a p-value as written in the statistics line ("< 0,001" below a thousandth)."""
    if math.isnan(p):
        return formatted(p, 3, lang)
    return f"< {formatted(0.001, 3, lang)}" if p < 0.001 else formatted(p, 3, lang)
