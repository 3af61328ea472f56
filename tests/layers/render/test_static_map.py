"""Server-rendered map images: size, colours equal to the browser map's, legend, texts, scale."""

from __future__ import annotations

import io
from datetime import date

import numpy as np
import pytest
from palettable.colorbrewer import get_map
from PIL import Image

import shapely

from layers.analysis.crs import METRIC_CRS
from layers.analysis.map_extent import metric_extent
from layers.errors import ImageSizeError
from layers.render.choropleth import (
    ViewRequest,
    area_outline,
    choropleth_view,
    classed_values,
    scope_gminas,
)
from layers.render.palettes import NODATA_COLOR
from layers.render.static_map import (
    LEGEND_BOX,
    MAP_BOX,
    SIZES,
    MapStyle,
    MapTexts,
    image_size,
    map_figure,
    png_bytes,
    scale_length,
    svg_bytes,
    view_limits,
)

TEXTS = MapTexts(
    scope="Metropolia Krakowska (15 gmin)",
    nodata="brak danych",
    exported="Eksport",
    attribution="Granice: PRG, GUGiK. Dane: GUS, BDL.",
    lang="pl",
)
DAY = date(2026, 11, 28)
SMK_POPULATION = ViewRequest("smk", "population", 2023, palette="Blues")


def rgb(hex_color: str) -> tuple[int, int, int]:
    return tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def legend_region(image: np.ndarray) -> np.ndarray:
    """The pixels of :data:`LEGEND_BOX` (figure fractions from the bottom left)."""
    height, width, _ = image.shape
    left, bottom, box_width, box_height = LEGEND_BOX
    top_row = round((1 - bottom - box_height) * height)
    bottom_row = round((1 - bottom) * height)
    return image[top_row:bottom_row, round(left * width) : round((left + box_width) * width)]


def count_of(region: np.ndarray, color: str) -> int:
    return int((region == np.array(rgb(color))).all(axis=2).sum())


def render(dataset, request: ViewRequest, **style) -> tuple:
    classed = classed_values(dataset, request)
    figure = map_figure(
        scope_gminas(dataset, request.scope), classed, request, MapStyle(TEXTS, DAY, **style)
    )
    return figure, png_bytes(figure)


@pytest.fixture(scope="module")
def smk_map(dataset) -> tuple:
    return render(dataset, SMK_POPULATION)


@pytest.mark.parametrize("size", [SIZES["1280x720"], SIZES["1920x1080"], (640, 900)])
def test_png_has_the_requested_pixel_size(dataset, size):
    _figure, png = render(dataset, SMK_POPULATION, size=size)
    assert Image.open(io.BytesIO(png)).size == size


def test_png_is_not_blank(smk_map):
    image = pixels(smk_map[1])
    assert len(np.unique(image.reshape(-1, 3), axis=0)) > 100


def test_legend_region_holds_every_class_colour(smk_map):
    legend = legend_region(pixels(smk_map[1]))
    blues = get_map("Blues", "Sequential", 5).hex_colors  # ColorBrewer, looked up directly
    for color in blues:
        assert count_of(legend, color) > 500, color
    assert count_of(legend, NODATA_COLOR) < 100  # no box: SMK has every population (text may)


def test_legend_shows_the_nodata_class(dataset):
    # net migration is in the mirror for Małopolska only: most of Poland has no data
    request = ViewRequest("poland", "net_migration_per_1000", 2023, palette="RdBu")
    _figure, png = render(dataset, request, size=SIZES["1280x720"])
    legend = legend_region(pixels(png))
    assert count_of(legend, NODATA_COLOR) > 200
    for color in get_map("RdBu", "Diverging", 5).hex_colors:
        assert count_of(legend, color) > 200, color


def test_each_gmina_has_the_browser_maps_colour(dataset, smk_map):
    figure, png = smk_map
    image = pixels(png)
    view = choropleth_view(dataset, SMK_POPULATION, "pl")
    paint = view.paint  # what the browser's map engine colours each gmina by
    points = scope_gminas(dataset, "smk").to_crs(METRIC_CRS).representative_point()
    axes = figure.axes[0]
    for point, k in zip(points, paint["classes"], strict=True):
        x, y = axes.transData.transform((point.x, point.y))
        row, column = image.shape[0] - round(y), round(x)
        assert tuple(image[row, column]) == rgb(paint["colors"][k] if k >= 0 else paint["nodata"])


def test_svg_keeps_title_attribution_date_and_scale_as_text(smk_map):
    svg = svg_bytes(smk_map[0]).decode("utf-8")
    assert "Ludność [osoby], 2023 — Metropolia Krakowska (15 gmin)" in svg
    assert TEXTS.attribution in svg
    assert "Eksport: 28 listopada 2026" in svg  # the date written out
    assert "10 km" in svg  # SMK is ~55 km wide: a quarter rounds down to 10 km
    assert "806 201" in svg  # Kraków's 2023 population, the top of the last class


def test_svg_and_png_are_reproducible(dataset, smk_map):
    again, png = render(dataset, SMK_POPULATION)
    assert png == smk_map[1]
    assert svg_bytes(again) == svg_bytes(smk_map[0])


def test_highlighted_area_is_outlined(dataset):
    highlight = area_outline(dataset.store.gminas, dataset.areas["smk"])
    request = ViewRequest("kom2003", "population", 2023, palette="Blues")
    _figure, png = render(dataset, request, highlight=highlight, size=SIZES["1280x720"])
    assert count_of(pixels(png), "#e7298a") > 300


@pytest.mark.parametrize(
    ("extent_m", "expected"), [(59_000, 10_000), (100_000, 20_000), (7_000, 1_000), (900, 200)]
)
def test_scale_length_is_round_and_at_most_a_quarter(extent_m, expected):
    assert scale_length(extent_m) == expected


@pytest.mark.parametrize(
    ("width", "height"), [(399, 800), (800, 4001), (None, 800), (float("nan"), 800)]
)
def test_image_size_outside_the_range_is_refused(width, height):
    with pytest.raises(ImageSizeError):
        image_size(width, height)


def test_image_size_bounds_are_allowed():
    assert image_size(400, 4000) == (400, 4000)
    assert image_size(1000.4, 700) == (1000, 700)


def test_scale_bar_measures_metres_on_the_map(dataset, smk_map):
    figure, _png = smk_map
    axes = figure.axes[0]
    bar = sum(patch.get_width() for patch in axes.patches)  # the two halves, in map units
    assert f"{bar / 1000:g} km" in [label.get_text() for label in axes.texts]

    def pixels_between(a, b) -> float:
        return float(np.hypot(*(axes.transData.transform(a) - axes.transData.transform(b))))

    bar_px = pixels_between((0, 0), (bar, 0))
    points = dataset.store.gminas_metric.geometry.loc[["1261011", "1219053"]].centroid
    krakow, wieliczka = ((point.x, point.y) for point in points)
    metres = float(np.hypot(krakow[0] - wieliczka[0], krakow[1] - wieliczka[1]))
    assert pixels_between(krakow, wieliczka) / bar_px == pytest.approx(metres / bar, rel=1e-6)
    assert pixels_between((0, 0), (0, bar)) == pytest.approx(bar_px)  # equal aspect


# --- the view's extent -------------------------------------------------------------------

KRAKOW_VIEW = (19.85, 50.0, 20.05, 50.1)
"""The browser map zoomed in on Kraków (west, south, east, north)."""
NIEPOLOMICE = "1219043"


def test_a_zoomed_view_draws_its_extent_only(dataset, smk_map):
    figure, _png = render(dataset, SMK_POPULATION, extent=KRAKOW_VIEW)
    axes, whole = figure.axes[0], smk_map[0].axes[0]
    minx, miny, maxx, maxy = metric_extent(KRAKOW_VIEW)
    (x0, x1), (y0, y1) = axes.get_xlim(), axes.get_ylim()
    assert x0 <= minx and maxx <= x1 and y0 <= miny and maxy <= y1  # the view, all of it
    assert (x1 - x0) < (whole.get_xlim()[1] - whole.get_xlim()[0]) / 3  # zoomed in
    width, height = SIZES["1920x1080"]
    box_aspect = (MAP_BOX[2] * width) / (MAP_BOX[3] * height)
    assert (x1 - x0) / (y1 - y0) == pytest.approx(box_aspect)  # the map keeps its shape
    outside = scope_gminas(dataset, "smk").to_crs(METRIC_CRS).loc[NIEPOLOMICE].geometry
    assert not outside.intersects(shapely.box(x0, y0, x1, y1))  # clipped away by the axes
    bar = sum(patch.get_width() for patch in axes.patches)
    assert bar == scale_length(x1 - x0) < sum(p.get_width() for p in whole.patches)


def test_the_scope_is_drawn_whole_without_an_extent(dataset):
    metric = scope_gminas(dataset, "smk").to_crs(METRIC_CRS)
    xlim, ylim = view_limits(metric, None, 1.5)
    minx, miny, maxx, maxy = metric.total_bounds
    assert xlim[0] < minx and maxx < xlim[1] and ylim[0] < miny and maxy < ylim[1]
