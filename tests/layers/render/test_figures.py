"""Plotly figures of the charts: time series, bars, profiles."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from layers.analysis.comparison import percentile_profile
from layers.analysis.dataset import Dataset
from layers.render.figures import (
    bar_figure,
    localized,
    profile_figure,
    vertical_line,
)
from layers.render.series import time_series_figure

COLORS = ["#eff3ff", "#6baed6", "#08519c"]


GMINAS = pd.Series([809168.0, 69791.0, 11208.0], index=["Kraków", "Wieliczka", "Świątniki Górne"])


def test_bar_figure_has_one_bar_per_gmina_and_the_reference_line() -> None:
    figure = bar_figure(GMINAS, "Ludność [osoby]", 18638.0, "Mediana zasięgu")

    (bars,) = figure["data"]
    assert (bars["type"], bars["orientation"]) == ("bar", "h")
    assert bars["y"] == list(GMINAS.index)
    assert bars["x"] == GMINAS.tolist()
    layout = figure["layout"]
    (line,) = layout["shapes"]
    assert line["x0"] == line["x1"] == 18638.0
    assert line["line"]["dash"] == "dash"
    assert [a["text"] for a in layout["annotations"]] == ["Mediana zasięgu"]
    assert layout["xaxis"]["title"]["text"] == "Ludność [osoby]"
    assert layout["yaxis"]["autorange"] == "reversed"  # first gmina on top


@pytest.mark.parametrize("reference", [None, float("nan")])
def test_bar_figure_without_reference_has_no_line(reference: float | None) -> None:
    figure = bar_figure(GMINAS, "u", reference, "median")

    assert figure["layout"]["shapes"] == figure["layout"]["annotations"] == []


def test_bar_figure_grows_with_the_gminas() -> None:
    three = bar_figure(GMINAS, "u", None, "")
    fifteen = bar_figure(pd.Series(range(15), index=[f"g{i}" for i in range(15)]), "u", None, "")

    assert fifteen["layout"]["height"] > three["layout"]["height"]


def test_profile_figure_has_one_trace_per_gmina_on_a_0_100_axis(dataset: Dataset) -> None:
    selected = ["1261011", "1219053", "1206143"]
    profile = percentile_profile(dataset, selected, "smk")

    figure = profile_figure(profile, "percentyl")

    assert [trace["name"] for trace in figure["data"]] == selected
    for trace, teryt in zip(figure["data"], selected, strict=True):
        assert trace["mode"] == "markers"
        assert trace["y"] == list(profile.index)  # one row per indicator
        shown = [x for x in trace["x"] if not math.isnan(x)]
        assert shown and all(0 < x <= 100 for x in shown)
        assert shown == profile[teryt].dropna().tolist()
    first = figure["data"][0]
    krakow = dict(zip(first["y"], first["x"], strict=True))
    assert krakow["population"] == 100.0
    assert figure["layout"]["xaxis"]["range"] == [0, 102]
    assert figure["layout"]["xaxis"]["title"]["text"] == "percentyl"


@pytest.mark.parametrize("side", ["left", "right"])
def test_vertical_line_is_what_plotly_draws_for_add_vline(side: str) -> None:
    drawn = go.Figure(go.Bar(x=[1.0, 3.0], y=["a", "b"], orientation="h"))
    drawn.add_vline(
        x=2.0,
        line_dash="dash",
        line_color="#123456",
        annotation_text="m",
        annotation_position=f"top {side}",
    )
    expected = drawn.to_plotly_json()["layout"]

    shape, annotation = vertical_line(2.0, "m", side, "#123456")

    assert [shape] == expected["shapes"]
    assert [annotation] == expected["annotations"]


def test_charts_are_valid_plotly_figures_in_the_white_look(dataset: Dataset) -> None:
    series = pd.Series([779115.0, 800531.0], index=[2019, 2020], name="Kraków")
    charts = [
        time_series_figure([series], "persons", 2020, "break"),
        bar_figure(GMINAS, "u", 18638.0, "median"),
        profile_figure(percentile_profile(dataset, ["1261011", "1219053"], "smk"), "percentyl"),
    ]

    for figure in charts:
        validated = go.Figure(figure)  # raises on any property Plotly does not know
        white = pio.templates["plotly_white"]
        own = validated.layout.template.layout
        for axis in (own.xaxis, own.yaxis):  # whole numbers, "200 000" not "200k"
            assert (axis.exponentformat, axis.separatethousands) == ("none", True)
        whole = {"exponentformat": "none", "separatethousands": True}
        assert own == go.Layout(white.layout).update(xaxis=whole, yaxis=whole)
        assert validated.layout.template.data.bar == white.data.bar


def test_localized_bars_tick_in_tys_and_mln_and_keep_the_labels_axis() -> None:
    figure = bar_figure(GMINAS * 2, "Ludność [osoby]", None, "")

    shown = localized(figure, "pl")["layout"]

    assert shown["separators"] == ", "
    assert shown["xaxis"]["ticktext"][:2] == ["0", "500\N{NO-BREAK SPACE}tys."]
    assert "1\N{NO-BREAK SPACE}mln" in shown["xaxis"]["ticktext"]
    assert "tickmode" not in shown["yaxis"]  # the gminas' names
    assert "separators" not in figure["layout"]  # the given figure is left as it is


def test_localized_series_keeps_years_and_small_values_to_plotly() -> None:
    series = pd.Series([4.5, 5.25, None], index=[2020, 2021, 2022], name="Wieliczka")

    shown = localized(time_series_figure([series], "%", None, ""), "en")["layout"]

    assert shown["separators"] == ".,"
    assert "tickmode" not in shown["yaxis"] and "tickmode" not in shown["xaxis"]
