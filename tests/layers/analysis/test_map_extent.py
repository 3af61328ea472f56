"""The extent of the browser map: checked as user input, projected, and the units it shows."""

from __future__ import annotations

import math

import pytest

import geopandas as gpd
import shapely

from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS
from layers.analysis.map_extent import (
    POLAND_BOUNDS,
    checked_extent,
    metric_extent,
    units_within,
)
from layers.errors import WrongCrsError

KRAKOW_VIEW = (19.85, 50.0, 20.05, 50.1)
"""A view of Kraków zoomed in (west, south, east, north)."""
KRAKOW, NIEPOLOMICE = "1261011", "1219043"


@pytest.mark.parametrize(
    "sent", ["19.85,50.0,20.05,50.1", [19.85, 50.0, 20.05, 50.1], (19.85, 50, 20.05, 50.1)]
)
def test_four_numbers_inside_poland_are_kept(sent):
    assert checked_extent(sent) == KRAKOW_VIEW


def test_the_bounds_are_rounded_so_equal_views_are_equal():
    assert checked_extent([19.850000004, 50.0, 20.05, 50.1]) == KRAKOW_VIEW


@pytest.mark.parametrize(
    "sent",
    [
        None,
        "",
        "19.85,50.0,20.05",  # three numbers
        "19.85,50.0,20.05,50.1,1",  # five
        "a,b,c,d",
        "nan,50.0,20.05,50.1",
        "19.85,50.0,inf,50.1",
        [19.85, 50.0, "x", 50.1],
        [True, 50.0, 20.05, 50.1],
        {"west": 19.85},
        12,
        "20.05,50.0,19.85,50.1",  # west east of east
        "19.85,50.1,20.05,50.0",  # south north of north
        "19.85,50.0,19.85,50.1",  # no width
        "-10,50.0,20.05,50.1",  # beyond Poland
        "19.85,50.0,20.05,60.0",
        "-190,-95,190,95",
    ],
)
def test_anything_else_is_no_extent(sent):
    assert checked_extent(sent) is None


def test_poland_fits_its_bounds():
    assert checked_extent(POLAND_BOUNDS) == POLAND_BOUNDS


def test_the_metric_bounds_hold_the_whole_box():
    west, south, east, north = KRAKOW_VIEW
    minx, miny, maxx, maxy = metric_extent(KRAKOW_VIEW)
    box = gpd.GeoSeries([shapely.box(west, south, east, north)], crs=DISPLAY_CRS)
    projected = box.to_crs(METRIC_CRS).geometry[0].segmentize(100)
    assert shapely.box(minx, miny, maxx, maxy).buffer(1).contains(projected)
    width_km = (maxx - minx) / 1000  # 0.2° of longitude at 50° N, a little more: the grid turns
    assert width_km == pytest.approx(0.2 * 111.32 * math.cos(math.radians(south)), rel=0.02)


def test_only_the_units_reaching_into_the_bounds_are_shown(dataset):
    metric = dataset.store.gminas.loc[dataset.areas["smk"]].to_crs(METRIC_CRS)
    shown = units_within(metric, metric_extent(KRAKOW_VIEW))
    assert KRAKOW in shown.index and NIEPOLOMICE not in shown.index
    assert 1 < len(shown) < len(metric)
    assert units_within(metric, metric.total_bounds).index.tolist() == metric.index.tolist()


def test_units_are_picked_in_metres_only(dataset):
    degrees = dataset.store.gminas.loc[dataset.areas["smk"]].to_crs(DISPLAY_CRS)
    with pytest.raises(WrongCrsError):
        units_within(degrees, KRAKOW_VIEW)
