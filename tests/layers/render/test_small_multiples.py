"""Small multiples: classes shared by every year, gap years drawn as gaps, one PNG of a size."""

from __future__ import annotations

import io
from datetime import date

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from layers.analysis.classify import classified
from layers.analysis.crs import METRIC_CRS
from layers.errors import NoDataError, YearsChoiceError
from layers.render.choropleth import ViewRequest, classed_values, scope_gminas
from layers.render.palettes import NODATA_COLOR
from layers.render.small_multiples import (
    MAX_YEARS,
    MultiplesTexts,
    checked_years,
    default_years,
    multiples_figure,
    multiples_png,
    pooled_years,
)
from layers.render.static_map import MapStyle, MapTexts, png_bytes

TEXTS = MultiplesTexts(
    MapTexts("Metropolia Krakowska (15 gmin)", "brak danych", "Eksport", "Dane: GUS, BDL.", "pl"),
    shared_classes="Klasy wspólne dla wszystkich lat.",
    gap="brak danych w tym roku",
    series_break="po przerwie w serii",
)
STYLE = MapStyle(TEXTS.map, date(2026, 12, 5), (1280, 720))
SMK_POPULATION = ViewRequest("smk", "population", 2024, palette="Blues")
# the shares of age groups end in 2019 in the mirror: 2020 has no value anywhere
SHARE_WORKING = ViewRequest("smk", "share_working", 2019, palette="Greens")


def rgb(hex_color: str) -> tuple[int, ...]:
    return tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))


def test_every_panel_has_the_classes_of_the_pooled_values(dataset):
    pooled = pooled_years(dataset, SMK_POPULATION, [2024, 2010, 2017])

    assert [panel.year for panel in pooled.panels] == [2010, 2017, 2024]
    values = pd.concat([panel.classed.values for panel in pooled.panels])
    expected = classified(values.reset_index(drop=True), "quantiles", 5)
    for panel in pooled.panels:
        assert panel.classed.classification.bounds == expected.bounds
        assert panel.classed.colors == pooled.pooled.colors
        own = classed_values(dataset, ViewRequest("smk", "population", panel.year))
        upper = np.asarray(expected.bounds[1:])
        by_shared = np.searchsorted(upper, panel.classed.values.to_numpy(), side="left")
        assert (panel.classed.classification.classes.to_numpy() == by_shared).all()
        assert own.values.equals(panel.classed.values)  # the same values as the year's map
    assert sum(pooled.pooled.classification.counts) == 3 * 15


def test_a_year_without_data_is_a_gap_not_zeros(dataset):
    pooled = pooled_years(dataset, SHARE_WORKING, [2018, 2019, 2020])

    gaps = {panel.year: panel.gap for panel in pooled.panels}
    assert gaps == {2018: False, 2019: False, 2020: True}
    gap = pooled.panels[-1].classed
    assert gap.values.isna().all()
    assert (gap.classification.classes == -1).all()
    assert gap.classification.nodata == 15


def test_a_gap_year_is_drawn_in_the_nodata_colour_without_class_colours(dataset):
    pooled = pooled_years(dataset, SHARE_WORKING, [2019, 2020])
    figure = multiples_figure(scope_gminas(dataset, "smk"), pooled, STYLE, TEXTS)
    image = np.asarray(Image.open(io.BytesIO(png_bytes(figure))).convert("RGB"))
    points = scope_gminas(dataset, "smk").to_crs(METRIC_CRS).representative_point()
    colors = pooled.pooled.colors

    for axes, panel in zip(figure.axes[:2], pooled.panels, strict=True):
        seen = []
        for point, k in zip(points, panel.classed.classification.classes, strict=True):
            x, y = axes.transData.transform((point.x, point.y))
            seen.append(tuple(image[image.shape[0] - round(y), round(x)]))
            if not panel.gap:
                assert seen[-1] == rgb(colors[k])
        drawn = set(seen) & {rgb(color) for color in colors}
        assert bool(drawn) is not panel.gap
    gap_pixels = image[:, : image.shape[1] * 3 // 4]
    assert (gap_pixels == np.array(rgb(NODATA_COLOR))).all(axis=2).sum() > 1000


@pytest.mark.parametrize(
    ("years", "after"), [([2018, 2019, 2020, 2021], [2020]), ([2015, 2024], [2024]), ([2021], [])]
)
def test_the_first_panel_after_the_series_break_says_so(dataset, years, after):
    assert dataset.catalog["population"].series_break == 2020
    pooled = pooled_years(dataset, SMK_POPULATION, years)
    figure = multiples_figure(scope_gminas(dataset, "smk"), pooled, STYLE, TEXTS)

    assert [panel.year for panel in pooled.panels if panel.after_break] == after
    titles = [axes.get_title() for axes in figure.axes[: len(years)]]
    assert titles == [
        f"{year} · {TEXTS.series_break}" if year in after else str(year) for year in years
    ]


def test_png_has_the_requested_size(dataset):
    pooled = pooled_years(dataset, SMK_POPULATION, default_years(range(2010, 2025)))
    png = multiples_png(scope_gminas(dataset, "smk"), pooled, STYLE, TEXTS)

    image = Image.open(io.BytesIO(png))
    assert image.size == STYLE.size
    assert len(pooled.panels) == MAX_YEARS
    assert image.text["Title"].startswith("Ludność")
    assert "2019, 2020, 2021" in image.text["Description"]


def test_default_years_are_the_last_six():
    assert default_years([2003, *range(2010, 2025)]) == tuple(range(2019, 2025))
    assert default_years([2020, 2024]) == (2020, 2024)


@pytest.mark.parametrize("years", [[], None, list(range(2010, 2010 + MAX_YEARS + 1))])
def test_no_year_or_too_many_is_refused(years):
    with pytest.raises(YearsChoiceError):
        checked_years(years)


def test_years_without_any_data_are_refused(dataset):
    with pytest.raises(NoDataError):
        pooled_years(dataset, SHARE_WORKING, [2021, 2022])
