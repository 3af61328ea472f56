"""Plotly figures: colour bands, map style and view, GeoJSON and time series."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest
from plotly.io.json import to_json_plotly

import geopandas as gpd
import shapely

from layers.analysis.classify import classified
from layers.analysis.comparison import percentile_profile
from layers.analysis.dataset import Dataset
from layers.render.figures import (
    EMPTY_FEATURES,
    HIGHLIGHT_COLOR,
    OFFLINE_STYLE,
    OVERLAY_COLOR,
    Outline,
    bar_figure,
    choropleth_style,
    discrete_colorscale,
    features_geojson,
    highlight_layer,
    map_figure,
    map_view,
    outline_geojson,
    profile_figure,
    vertical_line,
)
from layers.render.palettes import NODATA_COLOR
from layers.render.series import time_series_figure

COLORS = ["#eff3ff", "#6baed6", "#08519c"]


def test_discrete_colorscale_has_flat_bands() -> None:
    assert discrete_colorscale(["a", "b", "c", "d"]) == [
        [0.0, "a"],
        [0.25, "a"],
        [0.25, "b"],
        [0.5, "b"],
        [0.5, "c"],
        [0.75, "c"],
        [0.75, "d"],
        [1.0, "d"],
    ]


def band_color(style: dict, z: int) -> str:
    """The colour Plotly gives ``z``: its band on the normalised ``zmin``..``zmax`` scale."""
    position = (z - style["zmin"]) / (style["zmax"] - style["zmin"])
    bands = style["colorscale"][::2]
    return next(
        color
        for (low, color), (high, _) in zip(bands, style["colorscale"][1::2], strict=True)
        if low <= position < high
    )


def test_choropleth_style_shifts_classes_by_one() -> None:
    values = pd.Series([1.0, 5.0, 9.0, np.nan, 5.0], index=list("abcde"))
    classes = classified(values, "equal_interval", 3)

    style = choropleth_style(classes, COLORS)

    assert style["z"] == [1, 2, 3, 0, 2]
    assert (style["zmin"], style["zmax"]) == (-0.5, 3.5)
    assert [band_color(style, z) for z in range(4)] == [NODATA_COLOR, *COLORS]


def test_map_view_centres_on_the_bounds() -> None:
    center, zoom = map_view((19.5, 49.9, 20.3, 50.2))

    assert center == pytest.approx({"lon": 19.9, "lat": 50.05})
    # the 0.8° width binds (700 px of 512 px tiles), less the margin of 0.35 levels
    assert zoom == pytest.approx(math.log2(360 * 700 / 512 / 0.8) - 0.35)


def test_a_wider_box_gets_a_smaller_zoom() -> None:
    _, smk = map_view((19.5, 49.9, 20.3, 50.2))
    _, poland = map_view((14.1, 49.0, 24.2, 54.9))

    assert poland < smk
    assert poland == pytest.approx(smk - 4, abs=0.5)  # about 2**4 times wider and taller


def test_map_view_of_a_point_is_finite() -> None:
    _, zoom = map_view((19.9, 50.0, 19.9, 50.0))

    assert math.isfinite(zoom)


def test_features_geojson_ids_are_the_index(squares: gpd.GeoDataFrame) -> None:
    collection = features_geojson(squares.geometry)

    assert [feature["id"] for feature in collection["features"]] == list(squares.index)
    assert all(feature["properties"] == {} for feature in collection["features"])
    assert collection["features"][0]["geometry"]["type"] == "Polygon"


def test_features_geojson_is_the_geojson_of_geopandas(dataset) -> None:
    gminas = dataset.store.gminas.geometry  # polygons, multipolygons, rings with holes
    expected = json.loads(gminas.to_json(drop_id=False, show_bbox=False))

    collection = json.loads(to_json_plotly(features_geojson(gminas)))

    assert collection == expected
    assert {f["geometry"]["type"] for f in expected["features"]} == {"Polygon", "MultiPolygon"}
    assert any(len(f["geometry"]["coordinates"]) > 1 for f in expected["features"])  # a hole


def test_outline_draws_each_shared_edge_once(squares: gpd.GeoDataFrame) -> None:
    feature = outline_geojson(squares.geometry)

    edges = shapely.from_geojson(json.dumps(feature["geometry"]))
    # outer rectangle 2 * (3000 + 1000) plus two inner edges of 1000 m
    assert edges.length == pytest.approx(10_000)


def test_map_figure(squares: gpd.GeoDataFrame) -> None:
    gminas = squares.to_crs("EPSG:4326")
    labels = pd.Series(["A", "B", "C"], index=squares.index)
    outlines = [
        Outline(gminas.geometry, "#636363", 1.0),
        Outline(gminas.geometry.iloc[:1], "#e7298a", 2.5, visible=False),
    ]

    figure = map_figure(gminas, labels.iloc[::-1], outlines, ".,")

    trace = figure.data[0]
    assert list(trace.locations) == list(squares.index)
    assert list(trace.text) == ["A", "B", "C"]  # labels aligned on the index
    assert list(trace.z) == [0, 0, 0]
    layers = figure.layout.map.layers
    colors = ["#636363", "#e7298a", HIGHLIGHT_COLOR, OVERLAY_COLOR]
    assert [layer.color for layer in layers] == colors  # outlines, highlight, area overlay
    assert [layer.type for layer in layers[2:]] == ["line", "fill"]
    assert [layer.visible for layer in layers[:2]] == [True, False]
    assert layers[2].source == layers[3].source == EMPTY_FEATURES  # nothing selected yet
    assert figure.layout.map.style == OFFLINE_STYLE
    assert figure.layout.separators == ".,"


def test_highlight_layer_outlines_the_selection(squares: gpd.GeoDataFrame) -> None:
    selected = features_geojson(squares.geometry.iloc[:1])

    layer = highlight_layer(selected)

    assert layer["source"]["features"][0]["id"] == "9901011"
    assert (layer["type"], layer["color"]) == ("line", HIGHLIGHT_COLOR)


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
        assert validated.layout.template.layout == white.layout
        assert validated.layout.template.data.bar == white.data.bar
