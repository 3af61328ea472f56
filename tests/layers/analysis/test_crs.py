"""The metric CRS check."""

from __future__ import annotations

import pytest

import geopandas as gpd

from layers.analysis.crs import METRIC_CRS, require_metric
from layers.errors import WrongCrsError


def test_metric_passes(squares: gpd.GeoDataFrame) -> None:
    require_metric(squares)
    require_metric(squares.geometry)


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:3857", None])
def test_other_crs_raises(squares: gpd.GeoDataFrame, crs: str | None) -> None:
    other = squares.to_crs(crs) if crs else squares.set_crs(None, allow_override=True)

    with pytest.raises(WrongCrsError, match=METRIC_CRS):
        require_metric(other)
