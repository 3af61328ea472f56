"""Time series charts: break lines, gaps for missing years, the gminas' own breaks."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from layers.analysis.territory import BREAK_COLUMNS
from layers.render.figures import BREAK_LINE_COLOR
from layers.render.series import BreakTexts, break_marks, time_series_figure

TEXTS = BreakTexts("zmiana granic", "zmiana powierzchni", "{before} → {after} km²")


def test_time_series_break_line_when_the_years_span_the_break() -> None:
    series = pd.Series([779115.0, 800531.0], index=[2019, 2020], name="Kraków")

    figure = time_series_figure([series], "persons", 2020, "break")

    layout = figure["layout"]
    (line,) = layout["shapes"]
    assert line["x0"] == line["x1"] == 2019.5
    assert line["line"]["color"] == BREAK_LINE_COLOR
    assert [a["text"] for a in layout["annotations"]] == ["break"]
    assert layout["yaxis"]["title"]["text"] == "persons"
    assert not layout["showlegend"]


@pytest.mark.parametrize(
    ("years", "break_year"),
    [([2020, 2021, 2022], 2020), ([2015, 2019], 2020), ([2010, 2024], None), ([], 2020)],
    ids=["starts-at-break", "before-break", "no-break", "empty"],
)
def test_time_series_without_break_line(years: list[int], break_year: int | None) -> None:
    series = pd.Series([1.0] * len(years), index=years, name="x", dtype=float)

    figure = time_series_figure([series], "u", break_year, "break")

    assert figure["layout"]["shapes"] == []


def test_time_series_of_several_gminas_shows_a_legend() -> None:
    a = pd.Series([1.0, 2.0], index=[2019, 2020], name="A")
    b = pd.Series([3.0, 4.0], index=[2019, 2020], name="B")

    figure = time_series_figure([a, b], "u", None, "")

    assert [trace["name"] for trace in figure["data"]] == ["A", "B"]
    assert figure["layout"]["showlegend"]


def test_a_missing_year_is_a_gap_in_the_line_not_a_bridge() -> None:
    # net migration per 1,000 has no 2015 (the source's totals are 0): no line across it
    series = pd.Series([-2.5, -1.9, -4.5], index=[2014, 2016, 2017], name="Bochnia")

    (trace,) = time_series_figure([series], "‰", None, "")["data"]

    assert trace["x"] == [2014, 2015, 2016, 2017]
    assert trace["y"] == [-2.5, None, -1.9, -4.5]
    go.Figure({"data": [trace]})  # Plotly takes None as a gap


def breaks_table(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=BREAK_COLUMNS)


BREAKS = breaks_table(
    [
        ("0862011", 2015, "territory", "1 I 2015 połączenie", "1 Jan 2015 merger", np.nan, np.nan),
        ("0862011", 2023, "area", "", "", 278.27, 275.36),
        ("2261011", 2022, "area", "", "", 265.87, 683.0),
    ]
)


def test_a_gminas_own_break_is_marked_with_its_note() -> None:
    marks = break_marks(BREAKS, {"0862011": "Zielona Góra"}, TEXTS, "pl")
    series = pd.Series([118000.0, 139000.0], index=[2014, 2015], name="Zielona Góra")

    layout = time_series_figure([series], "os.", 2020, "zmiana serii", marks=marks)["layout"]

    assert marks == [
        (2015, "zmiana granic", "1 I 2015 połączenie"),
        (2023, "zmiana powierzchni", "278,27 → 275,36 km²"),
    ]
    (line,) = layout["shapes"]  # neither the series break nor 2023 is inside 2014–2015
    assert line["x0"] == 2014.5 and line["line"]["color"] == BREAK_LINE_COLOR
    (note,) = layout["annotations"]
    assert (note["text"], note["hovertext"]) == ("zmiana granic", "1 I 2015 połączenie")


def test_marks_of_several_gminas_name_their_gmina() -> None:
    labels = {"0862011": "Zielona Góra", "2261011": "Gdańsk", "1261011": "Kraków"}

    marks = break_marks(BREAKS, labels, TEXTS, "en")

    assert [label for _, label, _ in marks] == [
        "Zielona Góra: zmiana granic",
        "Zielona Góra: zmiana powierzchni",
        "Gdańsk: zmiana powierzchni",
    ]
    assert marks[0][2] == "1 Jan 2015 merger"
    assert marks[2][2] == "265.87 → 683.00 km²"


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_no_break_no_mark(lang: str) -> None:
    assert break_marks(BREAKS, {"1261011": "Kraków"}, TEXTS, lang) == []
