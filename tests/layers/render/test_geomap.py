"""What the map engine draws: quantised geometry, paint by class, overlays."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import geopandas as gpd
import shapely

from layers.render.geomap import (
    GRID,
    Outline,
    bounds_view,
    category_codes,
    class_paint,
    edge_lines,
    flow_overlay,
    label_overlay,
    overlay,
    quantised_lines,
    scope_geometry,
)
from layers.render.palettes import NODATA_COLOR


def decoded(line: list[int]) -> np.ndarray:
    return np.cumsum(np.asarray(line).reshape(-1, 2), axis=0) / GRID


def test_quantised_lines_round_trip_to_the_grid() -> None:
    points = np.array([[19.937312, 50.061712], [19.94, 50.06], [19.9373149, 50.0617]])

    line = quantised_lines(points)

    assert line[:2] == [1993731, 5006171]  # absolute first vertex, then differences
    assert np.abs(decoded(line) - points).max() <= 0.5 / GRID


def test_edge_lines_draw_each_shared_edge_once(squares: gpd.GeoDataFrame) -> None:
    lines = edge_lines(squares.to_crs("EPSG:4326").geometry)

    metric = gpd.GeoSeries(
        [shapely.LineString(decoded(line)) for line in lines], crs="EPSG:4326"
    ).to_crs(squares.crs)
    # outer rectangle 2 * (3000 + 1000) plus two inner edges of 1000 m
    assert metric.length.sum() == pytest.approx(10_000, abs=5)


def test_scope_geometry_keeps_the_order_and_aligns_the_names(squares: gpd.GeoDataFrame) -> None:
    gminas = squares.to_crs("EPSG:4326")
    labels = pd.Series(["A", "B", "C"], index=squares.index)
    outlines = {"powiats": Outline(gminas.geometry, "#636363", 1.0)}

    body = scope_geometry(gminas, labels.iloc[::-1], outlines)

    assert body["ids"] == list(squares.index)
    assert body["names"] == ["A", "B", "C"]
    assert body["bbox"] == pytest.approx(list(gminas.total_bounds))
    assert body["nodata"] == NODATA_COLOR
    (ring,) = body["polygons"][0][0]
    assert shapely.Polygon(decoded(ring)).equals_exact(gminas.geometry.iloc[0], 1e-5)
    assert body["outlines"]["powiats"]["color"] == "#636363"


def test_class_paint_marks_missing_values_as_no_data() -> None:
    codes = pd.Series([0, 2, np.nan, -1], index=list("abcd"))

    paint = class_paint(codes, ["#1", "#2", "#3"], ["{0} osoby"], [["1", "2", "–", "–"]])

    assert paint["classes"] == [0, 2, -1, -1]
    assert paint["colors"] == ["#1", "#2", "#3"] and paint["nodata"] == NODATA_COLOR
    assert paint["hover"] == ["{0} osoby"] and paint["columns"] == [["1", "2", "–", "–"]]


def test_category_codes_follow_the_legend_order() -> None:
    categories = pd.Series(["core", "not_met", "nowhere", None])

    codes = category_codes(categories, ["core", "criteria", "not_met"])

    assert class_paint(codes, ["#a", "#b", "#c"])["classes"] == [0, 2, -1, -1]


def test_overlay_takes_shapes_or_geojson(squares: gpd.GeoDataFrame) -> None:
    shapes = squares.to_crs("EPSG:4326").geometry

    fill = overlay(shapes, "fill", "#e7298a", opacity=0.25)
    points = overlay({"type": "FeatureCollection", "features": []}, "circle", "#000", width=6)

    assert fill["kind"] == "fill" and len(fill["data"]["features"]) == 3
    assert fill["opacity"] == 0.25
    assert points == {
        "kind": "circle",
        "data": {"type": "FeatureCollection", "features": []},
        "color": "#000",
        "width": 6,
        "opacity": 1.0,
    }


def test_flow_overlay_widths_follow_the_volumes() -> None:
    lines = gpd.GeoDataFrame(
        {"label": ["Kraków", "Niepołomice"], "volume": [300.0, 15.0]},
        geometry=[shapely.LineString([(20, 50), (19.9, 50.1)])] * 2,
        crs="EPSG:4326",
    )

    layer = flow_overlay(lines, "#b2182b", 12.0)

    widths = [f["properties"]["width"] for f in layer["data"]["features"]]
    assert widths == [12.0, 1.0]  # the largest flow at full width, none thinner than 1 px
    assert layer["width"] == "width" and layer["hover"] == "label"
    assert layer["data"]["features"][0]["properties"]["label"] == "Kraków: 300"


def test_bounds_view() -> None:
    assert bounds_view(np.array([19.5, 49.9, 20.3, 50.2])) == {"bounds": [19.5, 49.9, 20.3, 50.2]}


def test_label_overlay_puts_each_text_on_its_point() -> None:
    points = gpd.GeoSeries([shapely.Point(19.9, 50.0), shapely.Point(20.4, 49.9)], crs="EPSG:4326")

    labels = label_overlay(points, ["Kraków", "Bochnia"], "#67000d")

    assert labels["kind"] == "label" and labels["color"] == "#67000d"
    features = labels["data"]["features"]
    assert [f["properties"]["label"] for f in features] == ["Kraków", "Bochnia"]
    assert features[1]["geometry"] == {"type": "Point", "coordinates": (20.4, 49.9)}
