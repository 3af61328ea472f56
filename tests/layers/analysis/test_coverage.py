"""Coverages: repair, simplification that keeps shared edges, dissolve to upper levels."""

from __future__ import annotations

import pandas as pd
import pytest

import geopandas as gpd
import shapely
from shapely.geometry import Polygon, box

from layers.analysis.coverage import dissolved, repaired, simplified_coverage
from layers.analysis.crs import METRIC_CRS
from layers.errors import WrongCrsError

BOW_TIE = Polygon([(0, 0), (1000, 1000), (1000, 0), (0, 1000), (0, 0)])
"""Self-intersecting at (500, 500): two triangles of 250,000 m² each."""


@pytest.fixture
def bumped() -> gpd.GeoDataFrame:
    """Two squares sharing an edge with a vertex 10 m off the line (a 5,000 m² triangle)."""
    a = Polygon([(0, 0), (1000, 0), (1010, 500), (1000, 1000), (0, 1000)])
    b = Polygon([(1000, 0), (2000, 0), (2000, 1000), (1000, 1000), (1010, 500)])
    return gpd.GeoDataFrame(
        {"name": ["A", "B"]}, geometry=[a, b], index=pd.Index(["x", "y"]), crs=METRIC_CRS
    )


def test_repaired_fixes_a_bow_tie(squares: gpd.GeoDataFrame) -> None:
    broken = squares.copy()
    broken.loc["9901011", "geometry"] = BOW_TIE

    result = repaired(broken)

    assert result.is_valid.all()
    assert result.loc["9901011"].geometry.geom_type == "MultiPolygon"
    assert result.loc["9901011"].geometry.area == pytest.approx(500_000)
    assert result.loc["9901022"].geometry.equals(squares.loc["9901022"].geometry)
    assert result.index.equals(squares.index)
    assert list(result.columns) == list(squares.columns)
    assert result.crs == squares.crs
    assert not broken.loc["9901011"].geometry.is_valid  # input untouched


def test_repaired_keeps_only_polygonal_parts(squares: gpd.GeoDataFrame) -> None:
    # a square with a dangling spike: make_valid returns a polygon and a line
    spiked = Polygon(
        [(0, 0), (1000, 0), (1000, 500), (1500, 500), (1000, 500), (1000, 1000), (0, 1000)]
    )
    frame = squares.iloc[:1].copy()
    frame.loc["9901011", "geometry"] = spiked
    assert shapely.make_valid(spiked).geom_type == "GeometryCollection"

    result = repaired(frame)

    assert result.geometry.iloc[0].geom_type == "Polygon"
    assert result.geometry.iloc[0].area == pytest.approx(1_000_000)


def test_repaired_leaves_valid_geometries_alone(squares: gpd.GeoDataFrame) -> None:
    result = repaired(squares)

    assert result.geom_equals(squares).all()
    assert result is not squares


def test_simplified_coverage_removes_small_details_on_both_sides(
    bumped: gpd.GeoDataFrame,
) -> None:
    result = simplified_coverage(bumped, 100.0)  # tolerance² = 10,000 m² > 5,000 m²

    assert shapely.coverage_is_valid(result.geometry.values)
    assert result.area.tolist() == pytest.approx([1_000_000, 1_000_000])
    assert result.geometry.iloc[0].equals(box(0, 0, 1000, 1000))
    assert result.geometry.iloc[1].equals(box(1000, 0, 2000, 1000))
    assert result.index.equals(bumped.index)
    assert result["name"].tolist() == ["A", "B"]
    assert bumped.area.tolist() == pytest.approx([1_005_000, 995_000])  # input untouched


def test_simplified_coverage_keeps_details_above_tolerance(bumped: gpd.GeoDataFrame) -> None:
    result = simplified_coverage(bumped, 50.0)  # tolerance² = 2,500 m² < 5,000 m²

    assert result.area.tolist() == pytest.approx([1_005_000, 995_000])


def test_simplified_coverage_needs_the_metric_crs(squares: gpd.GeoDataFrame) -> None:
    with pytest.raises(WrongCrsError, match="EPSG:2180"):
        simplified_coverage(squares.to_crs("EPSG:4326"), 100.0)


def test_simplified_coverage_rejects_a_missing_crs(squares: gpd.GeoDataFrame) -> None:
    with pytest.raises(WrongCrsError):
        simplified_coverage(squares.set_crs(None, allow_override=True), 100.0)


def test_dissolved_merges_by_key_with_names(squares: gpd.GeoDataFrame) -> None:
    keys = squares.index.to_series().str[:4]
    names = pd.Series({"9901": "pierwszy", "9902": "drugi"})

    result = dissolved(squares, keys, names)

    assert list(result.index) == ["9901", "9902"]
    assert result.index.name == "code"
    assert result["name"].tolist() == ["pierwszy", "drugi"]
    assert result.loc["9901"].geometry.equals(box(0, 0, 2000, 1000))
    assert result.loc["9902"].geometry.equals(box(2000, 0, 3000, 1000))
    assert result.crs == squares.crs
    assert result.area.sum() == pytest.approx(squares.area.sum())


def test_dissolved_without_a_name_gives_missing(squares: gpd.GeoDataFrame) -> None:
    keys = squares.index.to_series().str[:2]

    result = dissolved(squares, keys, pd.Series({"98": "other"}))

    assert list(result.index) == ["99"]
    assert result["name"].isna().all()
    assert result.geometry.iloc[0].equals(box(0, 0, 3000, 1000))
