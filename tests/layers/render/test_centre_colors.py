"""A centre's colour follows from its identity, never from its place in one model's result."""

from __future__ import annotations

import itertools
import re

import pandas as pd
import pytest

from layers.render.centre_colors import (
    CANDIDATE_AREA,
    CENTRE_PALETTE,
    candidate_order,
    centre_colors,
    dataset_centre_colors,
    lighter,
)

HEX = re.compile(r"#[0-9a-f]{6}")
KRAKOW, WIELICZKA, NIEPOLOMICE, BOCHNIA = "1261011", "1219053", "1219043", "1201011"
ORDER = [f"99{i:05d}" for i in range(60)]
"""A made-up candidate order longer than the palette."""


def test_the_palette_holds_distinct_hex_colours():
    assert all(HEX.fullmatch(color) for color in CENTRE_PALETTE)
    assert len(set(CENTRE_PALETTE)) == len(CENTRE_PALETTE)


@pytest.mark.parametrize("centres", [ORDER[:6], ORDER[3:9], ORDER[:12:2]])
def test_a_centre_keeps_its_colour_whatever_the_other_centres_and_their_order(centres):
    colors = dict(zip(centres, centre_colors(centres, ORDER), strict=True))

    for others in itertools.permutations(centres, 3):
        again = dict(zip(others, centre_colors(list(others), ORDER), strict=True))
        assert all(again[code] == colors[code] for code in others)
    assert all(colors[code] == CENTRE_PALETTE[ORDER.index(code)] for code in centres)


def test_the_centres_of_one_map_never_share_a_colour():
    size = len(CENTRE_PALETTE)
    clashing = [ORDER[0], ORDER[size], ORDER[1], ORDER[size + 1]]  # same places modulo size

    colors = centre_colors(clashing, ORDER)

    assert len(set(colors)) == len(clashing)
    assert colors[0] == CENTRE_PALETTE[0] and colors[2] == CENTRE_PALETTE[1]


def test_a_centre_outside_the_order_still_gets_a_colour_of_its_own():
    colors = centre_colors(["8800000", ORDER[0]], ORDER[:3])

    assert colors[1] == CENTRE_PALETTE[0] and colors[0] != colors[1]


def test_candidates_come_first_by_population_then_the_rest_by_teryt():
    population = pd.Series({"a": 10, "b": 30, "c": 20, "d": 50, "e": 40})

    assert candidate_order(population, ["a", "b", "c"]) == ["b", "c", "a", "d", "e"]


def test_lighter_moves_toward_white():
    assert lighter("#000000", 0.5) == "#808080"
    assert lighter("#ffffff") == "#ffffff"
    assert lighter("#be0032", 0) == "#be0032"


def test_on_the_real_store_the_largest_gminas_of_the_area_hold_the_first_colours(dataset):
    colors = dataset_centre_colors(dataset, [BOCHNIA, KRAKOW, WIELICZKA, NIEPOLOMICE])

    assert colors[1] == CENTRE_PALETTE[0]  # Kraków, the largest
    assert len(set(colors)) == 4
    assert dataset_centre_colors(dataset, [BOCHNIA]) == colors[:1]
    assert BOCHNIA in dataset.areas[CANDIDATE_AREA]
