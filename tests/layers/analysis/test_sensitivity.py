"""Sensitivity of Huff's two levels to β and the attractiveness indicator, on the real data."""

from __future__ import annotations

import dataclasses

import pytest

from layers.analysis.scopes import scope_codes
from layers.analysis.sensitivity import BETAS, robust_classes, sensitivity
from layers.analysis.two_level import TwoLevelRequest, two_level
from layers.errors import SecondLevelError

KRAKOW, WIELICZKA, NIEPOLOMICE, SKAWINA = "1261011", "1219053", "1219043", "1206113"
REQUEST = TwoLevelRequest("kom2003", KRAKOW, (WIELICZKA, NIEPOLOMICE, SKAWINA))
INDICATORS = ("population", "own_revenue_per_capita")


@pytest.fixture(scope="module")
def grid(dataset):
    return sensitivity(dataset, REQUEST, INDICATORS)


def test_every_run_of_the_grid_is_the_two_level_answer_of_its_parameters(dataset, grid):
    assert list(grid.centres.columns) == [(i, b) for i in INDICATORS for b in BETAS]
    run = dataclasses.replace(REQUEST, attractiveness="own_revenue_per_capita", beta=2.5)
    alone = two_level(dataset, run)
    column = grid.centres[("own_revenue_per_capita", 2.5)]

    assert column.to_dict() == alone.gminas["centre"].drop(KRAKOW).to_dict()
    assert (
        grid.counts.loc[("own_revenue_per_capita", 2.5), WIELICZKA]
        == (alone.table.loc[WIELICZKA, "gminas"])
    )
    assert grid.counts.loc[("own_revenue_per_capita", 2.5), "first_level"] == (
        alone.gminas["first_level"].sum()
    )


def test_stability_is_the_share_of_runs_agreeing_with_the_modal_centre(grid):
    runs = grid.centres.shape[1]
    for code in grid.centres.index[:10]:
        row = grid.centres.loc[code]
        assert grid.modal[code] == row.value_counts().idxmax()
        assert grid.stability[code] == pytest.approx((row == grid.modal[code]).sum() / runs)
    assert grid.stability[[WIELICZKA, NIEPOLOMICE, SKAWINA]].eq(1.0).all()  # each is its own


def test_the_areas_move_with_beta(grid):
    wieliczka = grid.counts.xs("population")[WIELICZKA]

    assert wieliczka.nunique() > 1  # a larger β shrinks the largest centre's reach
    assert wieliczka[1.0] > wieliczka[3.0]
    assert (grid.stability < 1).any() and (grid.stability == 1).any()


@pytest.mark.parametrize("indicators", [(), ("population", "density", "urbanization", "area_km2")])
def test_one_to_three_indicators(dataset, indicators):
    with pytest.raises(SecondLevelError):
        sensitivity(dataset, REQUEST, indicators)


def test_robust_classes_tell_robust_from_varying_gminas(dataset, grid):
    codes = scope_codes("kom2003", dataset.codes, dataset.areas)
    result = robust_classes(grid, REQUEST.centres, codes)
    n = len(REQUEST.centres)

    assert result[KRAKOW] == 2 * n
    assert result[WIELICZKA] == 0 and result[SKAWINA] == 2
    varying = grid.stability.index[grid.stability < 1]
    assert (result[varying] >= n).all() and (result[varying] < 2 * n).all()
    robust = grid.stability.index[grid.stability == 1]
    assert (result[robust] < n).all()
