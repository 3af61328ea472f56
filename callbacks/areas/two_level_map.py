"""The map of both levels: secondary centres' areas as fills, the core's area as an outline.

The drawing part of :mod:`callbacks.areas.two_level` (and the legend rows the sensitivity
and pull maps share): the map engine gets each gmina's class and hover lines,
and the core's area as one line overlay.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from dash import Patch, html

from callbacks.maps import NAMED_LAYERS, extra, legend_row, scope_paint
from layers.analysis.two_level import TwoLevel, TwoLevelRequest, map_classes
from layers.render.centre_colors import dataset_centre_colors, lighter
from layers.render.choropleth import area_outline
from layers.render.geomap import class_paint, overlay
from layers.render.legend import LegendRow
from layers.render.numbers import formatted
from server.data import current_dataset, current_labels
from server.i18n import text
from server.text_keys import N_

NONE_COLOR = "#f7f7f7"
OUTLINE_COLOR = "#000000"
OUTLINE_WIDTH = 3.0
HOVER_LINES = 5
"""Lines under a gmina's name at most: level 1, status, member of, pull, overlap or top."""
MAP_LAYERS = NAMED_LAYERS
STATUS_TEXTS = {
    "core": N_("twolevel_hover_core"),
    "centre": N_("twolevel_hover_centre"),
    "gap": N_("twolevel_hover_gap"),
    "none": N_("twolevel_hover_none"),
}


def legend_items(
    labels: list[str], counts: list[int], colors: list[str], lang: str
) -> list[html.Li]:
    """Return a legend row per label with its gmina count and colour (none for no gmina)."""
    rows = zip(labels, counts, colors, strict=True)
    return [
        legend_row(LegendRow(color, label, count), lang) for label, count, color in rows if count
    ]


def class_colors(core: str, centres: Sequence[str]) -> list[str]:
    """Return the map's colours: core, each centre, each centre's overlaps (lighter), none.

    The core and the centres keep their colours of every map of centres
    (:func:`layers.render.centre_colors.dataset_centre_colors`).
    """
    core_color, *own = dataset_centre_colors(current_dataset(), [core, *centres])
    return [core_color, *own, *(lighter(color) for color in own), NONE_COLOR]


def class_labels(core: str, centres_: list[str], lang: str) -> list[str]:
    """Return the legend's labels in the order of :func:`class_colors`."""
    labels = current_labels(lang)
    return [
        text("twolevel_legend_core", lang).format(name=labels[core]),
        *(labels[c] for c in centres_),
        *(text("twolevel_legend_overlap", lang).format(name=labels[c]) for c in centres_),
        text("twolevel_legend_none", lang),
    ]


def hover_lines(row: pd.Series, core: str, labels: pd.Series, lang: str) -> list[str]:
    """Return one gmina's hover lines: its level 1, its level 2 and what else pulls it."""
    first = N_("twolevel_hover_first") if row["first_level"] else N_("twolevel_hover_outside")
    parts = [text(first, lang).format(core=labels[core])]
    status = row["status"]
    if status in STATUS_TEXTS:
        parts.append(text(STATUS_TEXTS[status], lang))
    if status in ("member", "overlap"):
        parts.append(text("twolevel_hover_member", lang).format(centre=labels[row["centre"]]))
    if pd.notna(row["pull"]):
        pull = formatted(100 * row["pull"], 0, lang)
        parts.append(text("twolevel_hover_pull", lang).format(pull=pull))
    if status == "overlap":
        parts.append(text("twolevel_hover_overlap", lang).format(other=labels[row["overlap_with"]]))
    if pd.notna(row["top"]) and status == "none":
        parts.append(text("twolevel_hover_top", lang).format(top=labels[row["top"]]))
    return parts


def first_level_layer(members: list[str]) -> dict | None:
    """Return the overlay of the core's area: its outline as a thick line (none if empty)."""
    if not members:
        return None
    outline = area_outline(current_dataset().store.gminas, members).boundary
    return overlay(outline, "line", OUTLINE_COLOR, width=OUTLINE_WIDTH)


def hover_columns(rows: list[list[str]]) -> list[list[str]]:
    """Return per-gmina hover lines as :data:`HOVER_LINES` columns (short ones padded blank)."""
    padded = [row + [""] * (HOVER_LINES - len(row)) for row in rows]
    return [list(column) for column in zip(*padded, strict=True)] if padded else []


def two_level_map(request: TwoLevelRequest, result: TwoLevel, lang: str) -> tuple[Patch, list[str]]:
    """Return the map's patch (second level as classes, the first as an outline), its colours."""
    gminas, labels = result.gminas, current_labels(lang)
    colors = class_colors(request.core, request.centres)
    rows = [hover_lines(row, request.core, labels, lang) for _, row in gminas.iterrows()]
    hover = [f"{{{i}}}" for i in range(HOVER_LINES)]
    paint = class_paint(map_classes(gminas, request.centres), colors, hover, hover_columns(rows))
    patch = scope_paint(request.scope, lang, paint, MAP_LAYERS)
    members = list(gminas.index[gminas["first_level"]])
    return extra(patch, "first_level", first_level_layer(members)), colors


def legend(request: TwoLevelRequest, result: TwoLevel, colors: list[str], lang: str) -> html.Ul:
    """Return the legend: one row per class with its gmina count, then the outline's meaning."""
    counts = map_classes(result.gminas, request.centres).value_counts()
    labels = class_labels(request.core, list(request.centres), lang)
    rows = legend_items(labels, [counts.get(i, 0) for i in range(len(labels))], colors, lang)
    outline = html.Li(text("twolevel_legend_first", lang), className="legend-row legend-outline")
    return html.Ul([*rows, outline])
