"""Zone requests: what the page keeps, the zone drawn again from it, the share bands."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

import shapely
from shapely.geometry import MultiPolygon, box, mapping

from layers.analysis.dataset import Dataset
from layers.analysis.teryt import KRAKOW
from layers.analysis.zone_request import (
    SHARE_BANDS,
    ZoneRequest,
    displayed_zone,
    requested_zone,
    share_bands,
    stored_request,
    zone_request,
)
from layers.analysis.zones import buffered_gmina, circle_zone
from layers.errors import ZoneError

WIELICZKA = "1219053"
CONTROLS = {"lon": 19.94, "lat": 50.06, "radius": 10, "gmina": WIELICZKA, "distance": 5}
LASSO = [[19.90, 50.00], [20.05, 50.00], [20.05, 50.10], [19.90, 50.10]]


@pytest.mark.parametrize(
    ("mode", "extra"),
    [
        ("circle", {}),
        ("buffer", {}),
        ("lasso", {"selected": {"ring": LASSO}}),
        ("saved", {"saved": 7}),
    ],
)
def test_a_kept_request_comes_back_as_it_was(mode: str, extra: dict) -> None:
    request = zone_request(mode, {**CONTROLS, **extra})
    assert request is not None

    kept = json.loads(json.dumps(request.as_json()))

    assert stored_request(kept) == request
    assert "coordinates" not in json.dumps(kept)


def test_a_circle_is_drawn_again_as_it_was_drawn(dataset: Dataset) -> None:
    request = zone_request("circle", CONTROLS)
    assert request is not None

    zone = requested_zone(request, dataset.store.gminas_metric)

    assert zone.equals(circle_zone((19.94, 50.06), 10))
    assert zone.area == pytest.approx(math.pi * 10_000**2, rel=0.005)


def test_a_buffer_is_the_gmina_widened(dataset: Dataset) -> None:
    gminas = dataset.store.gminas_metric
    request = zone_request("buffer", CONTROLS)
    assert request is not None

    assert requested_zone(request, gminas).equals(buffered_gmina(gminas, WIELICZKA, 5))


def test_a_saved_area_draws_its_largest_part(dataset: Dataset) -> None:
    small, large = box(19.0, 49.0, 19.01, 49.01), box(19.9, 50.0, 20.1, 50.1)
    request = ZoneRequest("saved", saved=1)

    zone = requested_zone(
        request, dataset.store.gminas_metric, mapping(MultiPolygon([small, large]))
    )

    back = displayed_zone(zone).iloc[0]
    assert back.symmetric_difference(large).area < 1e-9
    with pytest.raises(ZoneError):
        requested_zone(request, dataset.store.gminas_metric)


def test_an_undrawn_lasso_is_no_request_yet() -> None:
    assert zone_request("lasso", {"selected": None}) is None
    assert zone_request("lasso", {"selected": {"ring": []}}) is None


@pytest.mark.parametrize(
    "held",
    [
        None,
        ["circle"],
        {"mode": "square"},
        {"mode": "circle", "centre": [19.9]},
        {"mode": "circle", "centre": [19.9, float("nan")], "radius_km": 3},
        {"mode": "lasso", "ring": [[19.9, "50"], [20.0, 50.0], [20.0, 50.1]]},
        {"mode": "lasso"},
        {"mode": "saved", "saved": True},
        {"mode": "buffer", "gmina": WIELICZKA, "distance_km": "5"},
    ],
)
def test_a_request_not_as_kept_is_refused(held: object) -> None:
    with pytest.raises(ZoneError):
        stored_request(held)


def test_share_bands_follow_the_bounds_and_mark_untouched_gminas() -> None:
    shares = pd.Series([0.1, 0.25, 0.26, 0.6, 1.0], index=list("abcde"))

    bands = share_bands(shares, pd.Index([*"abcde", "f"]))

    assert bands.tolist() == [0, 0, 1, 2, 3, -1]
    assert bands.max() == len(SHARE_BANDS) - 1


def test_the_displayed_zone_is_in_degrees_around_krakow(dataset: Dataset) -> None:
    gminas = dataset.store.gminas_metric
    zone = gminas.geometry[KRAKOW]

    shown = displayed_zone(zone)

    assert shown.crs == "EPSG:4326"
    assert shapely.get_coordinates(shown.iloc[0]).min(axis=0) == pytest.approx(
        [19.79, 49.96], abs=0.05
    )
