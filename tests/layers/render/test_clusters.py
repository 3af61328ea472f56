"""The cluster view on the real data: categories, legend, members, the Moran scatterplot."""

from __future__ import annotations

import math

import pytest

from layers.analysis.autocorrelation import CLUSTERS, spatial_autocorrelation
from layers.analysis.scopes import scope_codes
from layers.analysis.values import values_in
from layers.render.clusters import (
    CATEGORY_COLORS,
    SAVABLE,
    ClusterRequest,
    ClusterTexts,
    cluster_view,
    significance_text,
)

TEXTS = ClusterTexts(
    categories={category: f"[{category}]" for category in CATEGORY_COLORS},
    x_axis="z",
    y_axis="lag",
    slope="I = {i}",
    lang="pl",
)
REQUEST = ClusterRequest("malopolska", "density", 2019)


@pytest.fixture(scope="module")
def expected(dataset):
    """The local Moran analysis the view should show."""
    codes = scope_codes(REQUEST.scope, dataset.codes, dataset.areas)
    values = values_in(dataset.values, dataset.catalog["density"], REQUEST.year, codes)
    return spatial_autocorrelation(values, dataset.store.gminas_metric)


def test_the_view_shows_the_local_moran_categories(dataset, expected):
    view = cluster_view(dataset, REQUEST, dataset.store.gminas["name"], TEXTS)
    assert view.moran.statistic == pytest.approx(expected.moran.statistic)
    counts = expected.local["cluster"].value_counts()
    rows = [c for c in CLUSTERS if c in counts]
    assert [(row.label, row.count) for row in view.legend] == [(f"[{c}]", counts[c]) for c in rows]
    assert [row.color for row in view.legend] == [CATEGORY_COLORS[c] for c in rows]
    for category in SAVABLE[:4]:
        members = expected.local.index[expected.local["cluster"] == category]
        assert view.members.get(category, []) == list(members)


def test_the_scatterplot_has_every_gmina_and_the_slope_of_i(dataset, expected):
    scatter = cluster_view(dataset, REQUEST, dataset.store.gminas["name"], TEXTS).scatter
    *points, line = scatter["data"]
    assert sum(len(trace["x"]) for trace in points) == expected.local["z"].notna().sum()
    (x0, x1), (y0, y1) = line["x"], line["y"]
    assert (y1 - y0) / (x1 - x0) == pytest.approx(expected.moran.statistic)
    assert len(scatter["layout"]["shapes"]) == 2  # the quadrant lines


def test_gi_mode_offers_hot_and_cold_spots(dataset):
    request = ClusterRequest("malopolska", "density", 2019, mode="gi")
    view = cluster_view(dataset, request, dataset.store.gminas["name"], TEXTS)
    assert set(view.members) <= {"hot", "cold"} and view.members
    assert {row.label for row in view.legend} <= {"[hot]", "[cold]", "[ns]", "[island]", "[nodata]"}


@pytest.mark.parametrize(("p", "shown"), [(0.0004, "< 0,001"), (0.0123, "0,012"), (0.5, "0,500")])
def test_significance_text(p, shown):
    assert significance_text(p, "pl") == shown


def test_significance_text_of_a_gap_is_no_number():
    assert "<" not in significance_text(math.nan, "pl")
