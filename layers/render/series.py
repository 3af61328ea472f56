"""Time series charts: gminas' values by year, their gaps and their breaks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from layers.render.figures import BREAK_LINE_COLOR, chart, vertical_line
from layers.render.numbers import formatted


def time_series_figure(
    series: Sequence[pd.Series],
    unit: str,
    break_year: int | None,
    break_label: str,
    *,
    marks: Sequence[tuple[int, str, str]] = (),
) -> dict:
    """Return a line chart (Plotly JSON) of one or more gminas' values by year.

    Parameters
    ----------
    series
        One Series per gmina, indexed by year and named by the gmina's label. A year
        missing between two others is drawn as a gap in the line, not bridged.
    unit
        Y-axis title.
    break_year
        First year of a new series; a dashed line is drawn between it and the year
        before when the data span it. ``None`` for no break.
    break_label
        Text of the break marker.
    marks
        More breaks, of single gminas (:mod:`layers.analysis.territory`): ``(first year,
        label, note shown on hover)``, drawn like the series break when the data span it.
    """
    traces = [
        {
            "type": "scatter",
            "x": list(range(int(min(s.index)), int(max(s.index)) + 1)) if len(s) else [],
            "y": _with_gaps(s),
            "name": str(s.name),
            "mode": "lines+markers",
        }
        for s in series
    ]
    years = [year for s in series for year in s.index]
    spanned = [(break_year, break_label, "")] if break_year is not None else []
    spanned = [mark for mark in [*spanned, *marks] if years and min(years) < mark[0] <= max(years)]
    lines = []
    for year, label, note in dict.fromkeys(spanned):
        shape, annotation = vertical_line(year - 0.5, label, "left", BREAK_LINE_COLOR)
        lines.append((shape, {**annotation, "hovertext": note} if note else annotation))
    return chart(
        traces,
        lines,
        margin={"l": 50, "r": 10, "t": 30, "b": 30},
        height=260,
        yaxis={"title": {"text": unit}},
        xaxis={"dtick": 1 if len(set(years)) < 12 else 2},
        showlegend=len(series) > 1,
    )


def _with_gaps(values: pd.Series) -> list[float | None]:
    """Return a series' values over every year from its first to its last, None where missing."""
    if values.empty:
        return []
    years = range(int(min(values.index)), int(max(values.index)) + 1)
    return [None if pd.isna(value) else float(value) for value in values.reindex(years)]


@dataclass(frozen=True)
class BreakTexts:
    """Texts of a gmina's own break marks, in the user's language."""

    territory: str
    """Label of a declared change of boundaries."""
    area: str
    """Label of a change the area's editions show."""
    area_note: str
    """Hover note of an area change, with ``{before}`` and ``{after}`` in km²."""


def break_marks(
    breaks: pd.DataFrame, labels: Mapping[str, str], texts: BreakTexts, lang: str
) -> list[tuple[int, str, str]]:
    """Return the marks of the gminas' own breaks for :func:`time_series_figure`.

    Parameters
    ----------
    breaks
        The store's breaks (:mod:`layers.analysis.territory`).
    labels
        The charted gminas' labels by TERYT; with several, each mark names its gmina.
    texts
        The marks' texts.
    lang
        Language of the notes and numbers.

    Returns
    -------
    list of tuple
        ``(first year, label, note)`` per break of a charted gmina.
    """
    marks = []
    for row in breaks[breaks["teryt"].isin(list(labels))].itertuples():
        short = texts.territory if row.kind == "territory" else texts.area
        note = row.note_en if lang == "en" else row.note_pl
        if row.kind != "territory":
            before, after = (formatted(area, 2, lang) for area in (row.area_before, row.area_after))
            note = texts.area_note.format(before=before, after=after)
        label = f"{labels[row.teryt]}: {short}" if len(labels) > 1 else short
        marks.append((int(row.year), label, note))
    return marks
