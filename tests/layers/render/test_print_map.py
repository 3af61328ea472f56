"""The print map's pieces: round scales that fit, true north, page coordinates, the scale bar."""

from __future__ import annotations

import io
import math

import numpy as np
import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from pyproj import Transformer

from layers.analysis.crs import METRIC_CRS
from layers.errors import WrongCrsError
from layers.render.print_map import (
    HALF_LABEL_FROM,
    MARGIN_SHARE,
    POINT_M,
    SCALE_STEPS,
    MapFrame,
    draw_scale_bar,
    grid_convergence,
    map_frame,
    map_scale,
)
from layers.render.static_map import NICE_STEPS

TO_METRIC = Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True)
MARGINS = 1 + 2 * MARGIN_SHARE
PLACES = {"Kraków": (19.94, 50.06), "Szczecin": (14.55, 53.43), "Przemyśl": (22.77, 49.78)}


def is_round(value: float, steps) -> bool:
    power = 10 ** math.floor(math.log10(value))
    return any(math.isclose(value, step * power) for step in (*steps, 10))


@pytest.mark.parametrize("extent", [(50_000, 40_000), (690_000, 650_000), (1_200, 9_000)])
@pytest.mark.parametrize("box", [(500, 500), (700, 380), (1000, 1100)])
def test_the_scale_is_the_largest_round_one_that_fits(extent, box):
    denominator = map_scale(extent, box)
    assert is_round(denominator, SCALE_STEPS)
    fits = [
        side * MARGINS <= paper * POINT_M * denominator
        for side, paper in zip(extent, box, strict=True)
    ]
    assert all(fits)
    power = 10 ** math.floor(math.log10(denominator))
    smaller = [s * power for s in (*SCALE_STEPS, 10) if s * power < denominator]
    smaller += [s * power / 10 for s in (*SCALE_STEPS, 10) if s * power / 10 < denominator]
    larger_scale = max(smaller)
    assert any(
        side * MARGINS > paper * POINT_M * larger_scale
        for side, paper in zip(extent, box, strict=True)
    )


@pytest.mark.parametrize("place", PLACES)
def test_true_north_turns_by_the_meridian_convergence(place):
    lon, lat = PLACES[place]
    expected = -(lon - 19) * math.sin(math.radians(lat))  # Snyder (1987), first term
    assert grid_convergence(TO_METRIC.transform(lon, lat)) == pytest.approx(expected, abs=0.05)


def test_true_north_is_grid_north_on_the_central_meridian():
    assert grid_convergence(TO_METRIC.transform(19.0, 51.0)) == pytest.approx(0, abs=1e-3)


def test_the_frame_centres_the_map_and_keeps_its_scale(dataset):
    gminas = dataset.store.gminas.to_crs(METRIC_CRS)
    smk = gminas[gminas.index.isin(dataset.areas["smk"])]
    assert len(smk) == len(dataset.areas["smk"])
    box = (40.0, 100.0, 500.0, 400.0)
    frame = map_frame(smk, box)
    minx, miny, maxx, maxy = smk.total_bounds
    corners = frame.page_points(np.array([[minx, miny], [maxx, maxy]]))
    assert corners.mean(axis=0) == pytest.approx((290.0, 300.0))
    assert box[0] < corners[0, 0] and corners[1, 0] < box[0] + box[2]
    assert box[1] < corners[0, 1] and corners[1, 1] < box[1] + box[3]
    km_east = frame.page_points(np.array([[frame.centre[0] + 1000, frame.centre[1]]]))
    assert km_east[0, 0] - 290.0 == pytest.approx(1000 / (frame.denominator * POINT_M))


def test_a_frame_needs_metric_geometries(dataset):
    with pytest.raises(WrongCrsError):
        map_frame(dataset.store.gminas.to_crs("EPSG:4326"), (0, 0, 100, 100))


@pytest.mark.parametrize("denominator", [200_000, 250_000, 400_000, 5_000_000])
def test_the_scale_bar_is_a_round_length_true_to_scale(denominator):
    frame = MapFrame((0, 0, 500, 500), (500_000, 250_000), denominator)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(500, 500))
    width = draw_scale_bar(canvas, frame, (10, 10), 110, ("Helvetica", 8))
    canvas.save()
    ground = width * denominator * POINT_M
    assert width <= 110 and width > 110 / 5
    assert is_round(ground, NICE_STEPS)
    labels = PdfReader(buffer).pages[0].extract_text().split()
    length = f"{ground / 1000:g}" if ground >= 1000 else f"{ground:g}"
    assert labels[0] == "0" and length in labels
    assert not any("." in label for label in labels)  # no English decimal point


@pytest.mark.parametrize(
    ("denominator", "width", "numbers"),
    [(250_000, 200, ["0", "5", "10"]), (5_000_000, 60, ["0", "100"])],
)
def test_a_short_bar_labels_only_its_ends(denominator, width, numbers):
    frame = MapFrame((0, 0, 500, 500), (500_000, 250_000), denominator)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(500, 500))
    bar = draw_scale_bar(canvas, frame, (10, 10), width, ("Helvetica", 8))
    canvas.save()
    labels = PdfReader(buffer).pages[0].extract_text().split()
    assert [label for label in labels if label not in {"m", "km"}] == numbers
    assert (len(numbers) == 3) == (bar >= HALF_LABEL_FROM * 8)
