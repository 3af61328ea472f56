"""Where the map writes the units' names: a point inside each unit, the largest first."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import geopandas as gpd
import shapely

from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS
from layers.analysis.dataset import Dataset
from layers.render.choropleth import scope_gminas, scope_map
from layers.render.geomap import GRID
from layers.render.map_labels import district_names, label_order, label_points, unit_labels


def test_a_ring_shaped_unit_gets_its_point_on_the_ring_not_in_the_hole() -> None:
    ring = shapely.box(0, 0, 3000, 3000).difference(shapely.box(500, 500, 2500, 2500))
    units = gpd.GeoSeries([ring], index=["9901022"], crs=METRIC_CRS)

    (point,) = label_points(units).to_crs(METRIC_CRS)

    assert ring.contains(point)  # the centroid (1500, 1500) lies in the hole
    assert label_points(units).crs.to_string() == DISPLAY_CRS


def test_the_order_puts_the_larger_unit_first_and_keeps_ties(squares: gpd.GeoDataFrame) -> None:
    units = squares.geometry.copy()
    units.iloc[2] = shapely.box(2000, 0, 3000, 3000)  # three times as large

    assert label_order(units) == [2, 0, 1]


def test_unit_labels_send_points_on_the_grid_with_their_names(squares: gpd.GeoDataFrame) -> None:
    labels = unit_labels(squares.geometry, ["A", "B", "C"])

    points = np.asarray(labels["points"]).reshape(-1, 2) / GRID
    expected = label_points(squares.geometry)
    assert np.abs(points - np.column_stack([expected.x, expected.y])).max() <= 0.5 / GRID
    assert labels["names"] == ["A", "B", "C"]
    assert "names" not in unit_labels(squares.geometry)


def test_district_names_leave_off_the_register_prefix() -> None:
    names = pd.Series(["Dzielnica VII Zwierzyniec", "Dzielnica XVIII Nowa Huta", "Podgórze"])

    assert district_names(names) == ["Zwierzyniec", "Nowa Huta", "Podgórze"]


@pytest.mark.parametrize("scope", ["poland", "smk"])
def test_every_gmina_of_a_scope_has_its_label_point_inside_it(dataset: Dataset, scope: str) -> None:
    gminas = scope_gminas(dataset, scope)
    names = pd.Series(gminas.index, index=gminas.index)

    body = scope_map(dataset, scope, names)

    ids = body["ids"]
    assert all(len(code) == 7 and code.isdigit() for code in ids)
    points = np.asarray(body["labels"]["points"]).reshape(-1, 2) / GRID
    assert len(points) == len(ids) == len(gminas)
    inside = gminas.geometry.reindex(ids).contains(
        gpd.GeoSeries(gpd.points_from_xy(*points.T), index=ids, crs=DISPLAY_CRS)
    )
    assert inside.all(), list(inside.index[~inside])
    order = body["labels"]["order"]
    assert sorted(order) == list(range(len(ids)))
    area = gminas.geometry.reindex(ids).to_crs(METRIC_CRS).area.to_numpy()[order]
    assert (np.diff(area) <= 0).all()


def test_the_districts_outline_carries_the_districts_short_names(dataset: Dataset) -> None:
    body = scope_map(dataset, "smk", pd.Series(dtype=str))

    labels = body["outlines"]["districts"]["labels"]
    districts = dataset.store.districts
    assert len(labels["names"]) == len(districts) == len(labels["points"]) // 2
    assert "Zwierzyniec" in labels["names"]
    assert not any(name.startswith("Dzielnica") for name in labels["names"])


def test_the_districts_scope_writes_the_short_names_and_keeps_the_hovers(dataset: Dataset) -> None:
    districts = dataset.store.districts
    body = scope_map(dataset, "districts", districts["name"])

    assert body["names"] == districts["name"].reindex(body["ids"]).tolist()  # the hover's
    assert body["labels"]["names"] == district_names(body["names"])
    assert "names" not in scope_map(dataset, "smk", districts["name"])["labels"]
