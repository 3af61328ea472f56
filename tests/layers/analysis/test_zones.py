"""Zones: circles, buffers and drawn polygons in EPSG:2180; indicators aggregated over them."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import geopandas as gpd
import shapely
from pyproj import Transformer
from shapely.geometry import box

from layers.analysis.dataset import Dataset
from layers.analysis.teryt import KRAKOW
from layers.analysis.values import time_series, values_in
from layers.analysis.zones import (
    buffered_gmina,
    circle_zone,
    polygon_zone,
    zone_aggregates,
    zone_shares,
)
from layers.errors import WrongCrsError, ZoneError
from tests.layers.conftest import SeriesCheck

WIELICZKA, BOCHNIA_RURAL = "1219053", "1201022"
KRAKOW_CENTRE = (19.9383, 50.0614)


def to_metric(lon: float, lat: float) -> tuple[float, float]:
    return Transformer.from_crs("EPSG:4326", "EPSG:2180", always_xy=True).transform(lon, lat)


@pytest.mark.parametrize("radius_km", [0.5, 10.0, 42.0])
def test_circle_zone_has_the_area_of_a_circle_around_the_centre(radius_km: float) -> None:
    zone = circle_zone(KRAKOW_CENTRE, radius_km)

    assert zone.area == pytest.approx(math.pi * (radius_km * 1000) ** 2, rel=0.005)
    assert zone.centroid.coords[0] == pytest.approx(to_metric(*KRAKOW_CENTRE), abs=0.01)


@pytest.mark.parametrize("radius_km", [0.0, -1.0, math.nan, math.inf])
def test_circle_zone_rejects_a_radius_that_is_not_positive(radius_km: float) -> None:
    with pytest.raises(ZoneError) as raised:
        circle_zone(KRAKOW_CENTRE, radius_km)
    assert raised.value.code == "zone"


def test_circle_zone_rejects_a_centre_that_is_not_lon_lat() -> None:
    with pytest.raises(ZoneError):
        circle_zone((500000.0, 250000.0), 1.0)


def test_polygon_zone_projects_the_ring() -> None:
    ring = [(19.8, 50.0), (20.1, 50.0), (20.1, 50.1), (19.8, 50.1)]

    zone = polygon_zone(ring)

    assert zone.is_valid
    assert zone.contains(shapely.Point(to_metric(*KRAKOW_CENTRE)))
    assert zone.exterior.coords[1] == pytest.approx(to_metric(20.1, 50.0))
    assert polygon_zone([*ring, ring[0]]).equals(zone)


def test_polygon_zone_makes_a_crossing_ring_valid() -> None:
    zone = polygon_zone([(19.8, 50.0), (20.1, 50.1), (20.1, 50.0), (19.8, 50.1)])

    assert zone.is_valid
    assert zone.geom_type == "MultiPolygon"
    assert len(zone.geoms) == 2


@pytest.mark.parametrize(
    "ring",
    [
        [(19.8, 50.0), (20.1, 50.0)],
        [(19.8, 50.0), (20.1, 50.0), (19.8, 50.0), (20.1, 50.0)],
        [(19.0, 50.0), (19.0, 50.1), (19.0, 50.2)],  # on the central meridian: a line
        [(19.8, 50.0), (20.1, 50.0), (20.1, 95.0)],
    ],
)
def test_polygon_zone_rejects_rings_without_area(ring: list[tuple[float, float]]) -> None:
    with pytest.raises(ZoneError):
        polygon_zone(ring)


def test_buffered_gmina_widens_the_square(squares: gpd.GeoDataFrame) -> None:
    zone = buffered_gmina(squares, "9901011", 0.5)

    # 1 km² square + four 1 km × 0.5 km strips + four quarter circles of 0.5 km
    assert zone.area == pytest.approx(1e6 + 4 * 1000 * 500 + math.pi * 500**2, rel=1e-3)
    assert buffered_gmina(squares, "9901011", 0.0).equals(squares.geometry["9901011"])


def test_buffered_gmina_rejects_bad_input(squares: gpd.GeoDataFrame) -> None:
    with pytest.raises(ZoneError):
        buffered_gmina(squares, "0000000", 1.0)
    with pytest.raises(ZoneError):
        buffered_gmina(squares, "9901011", -1.0)
    with pytest.raises(WrongCrsError):
        buffered_gmina(squares.to_crs("EPSG:4326"), "9901011", 1.0)


def test_zone_shares_of_the_squares(squares: gpd.GeoDataFrame, check_series: SeriesCheck) -> None:
    zone = box(500, 0, 2000, 1000)

    result = zone_shares(squares, zone)

    # half of A, all of B; C only touches the zone along a line and is left out
    check_series(
        result, pd.Index(["9901022", "9901011"]), "share", {"9901022": 1.0, "9901011": 0.5}
    )
    assert result.index.name == "teryt"


def test_zone_shares_of_half_a_square(squares: gpd.GeoDataFrame, check_series: SeriesCheck) -> None:
    result = zone_shares(squares, box(1000, 0, 2000, 500))

    check_series(result, pd.Index(["9901022"]), "share", {"9901022": 0.5})


def test_zone_shares_need_metres(squares: gpd.GeoDataFrame) -> None:
    with pytest.raises(WrongCrsError):
        zone_shares(squares.to_crs("EPSG:4326"), box(0, 0, 1, 1))


def test_zone_shares_of_a_circle_cover_its_area(dataset: Dataset) -> None:
    gminas = dataset.store.gminas_metric
    zone = circle_zone(KRAKOW_CENTRE, 15.0)

    shares = zone_shares(gminas, zone)

    covered = (shares * gminas.geometry[shares.index].area).sum()
    assert covered == pytest.approx(zone.area, rel=1e-6)
    assert shares.between(0.0, 1.0, inclusive="right").all()
    assert shares.is_monotonic_decreasing


@pytest.mark.parametrize("teryt", [KRAKOW, WIELICZKA, BOCHNIA_RURAL])
def test_a_zone_equal_to_a_gmina_gives_its_own_values(dataset: Dataset, teryt: str) -> None:
    gminas = dataset.store.gminas_metric
    shares = zone_shares(gminas, gminas.geometry[teryt])

    result = zone_aggregates(dataset, shares).set_index("indicator")

    assert shares.to_dict() == {teryt: 1.0}
    expected = [i.id for i in dataset.catalog.values() if not i.is_change]
    expected = [
        i for i in expected if not time_series(dataset.values, dataset.catalog[i], teryt).empty
    ]
    assert result.index.tolist() == expected
    for indicator_id, row in result.iterrows():
        indicator = dataset.catalog[indicator_id]
        own = time_series(dataset.values, indicator, teryt)
        assert row["year"] == own.index.max()
        assert row["value"] == own[row["year"]], indicator_id
        assert row["coverage"] == 1.0


def test_a_zone_of_krakow_and_wieliczka_sums_counts_and_weights_rates(dataset: Dataset) -> None:
    gminas = dataset.store.gminas_metric
    codes = pd.Index([KRAKOW, WIELICZKA])
    zone = shapely.union_all(gminas.geometry[codes].to_numpy())

    result = zone_aggregates(dataset, zone_shares(gminas, zone)).set_index("indicator")

    def value(indicator_id: str, year: int) -> pd.Series:
        return values_in(dataset.values, dataset.catalog[indicator_id], year, codes)

    population = value("population", 2024)
    assert population.tolist() == [809168, 69791]
    assert result.loc["population", "value"] == 809168 + 69791
    density = value("density", 2024)
    weighted = (density[KRAKOW] * 809168 + density[WIELICZKA] * 69791) / (809168 + 69791)
    assert result.loc["density", "value"] == pytest.approx(weighted, rel=1e-12)
    # Kraków has no in-migrants from itself: only Wieliczka counts, for its share of people
    people_2023 = value("population", 2023)
    row = result.loc["in_migrants_from_krakow_per_1000"]
    assert row["value"] == pytest.approx(value("in_migrants_from_krakow_per_1000", 2023)[WIELICZKA])
    assert row["coverage"] == pytest.approx(people_2023[WIELICZKA] / people_2023.sum())


def test_a_part_of_a_gmina_holds_its_share_of_counts_and_its_rates(dataset: Dataset) -> None:
    shares = pd.Series({KRAKOW: 0.25}, name="share")

    result = zone_aggregates(dataset, shares).set_index("indicator")

    assert result.loc["population", "value"] == 809168 * 0.25
    assert result.loc["urbanization", "value"] == 100.0


def test_zone_aggregates_need_a_gmina(dataset: Dataset) -> None:
    with pytest.raises(ZoneError):
        zone_aggregates(dataset, pd.Series(dtype=float, name="share"))
