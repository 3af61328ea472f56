"""ColorBrewer palettes: sizes, order, registry and agreement with palettable."""

from __future__ import annotations

import re

import pytest
from palettable.colorbrewer import diverging, sequential

from layers.analysis.catalog import POLARITIES
from layers.render.palettes import (
    COLORBLIND_SAFE,
    DEFAULT_BY_POLARITY,
    DIVERGING,
    PALETTES,
    SEQUENTIAL,
    nodata_color,
    palette_colors,
)

HEX = re.compile(r"#[0-9a-f]{6}")


@pytest.mark.parametrize("k", range(3, 10))
@pytest.mark.parametrize("name", ["Blues", "YlOrRd", "RdBu"])
def test_k_colours(name: str, k: int) -> None:
    colors = palette_colors(name, k)

    assert len(colors) == k
    assert len(set(colors)) == k
    assert all(HEX.fullmatch(color.lower()) for color in colors)


@pytest.mark.parametrize("name", PALETTES)
def test_every_palette_resolves_for_3_to_9(name: str) -> None:
    for k in range(3, 10):
        assert len(palette_colors(name, k)) == k


@pytest.mark.parametrize("name", PALETTES)
def test_a_gap_never_has_a_class_colour(name: str) -> None:
    for k in range(1, 10):
        colors = [color.lower() for color in palette_colors(name, k)]
        gap = nodata_color(colors)

        assert gap not in colors
        if name == "Greys":  # not a grey next to the greys either
            assert len({gap[1:3], gap[3:5], gap[5:7]}) > 1


def test_reverse_reverses() -> None:
    assert palette_colors("YlGnBu", 6, reverse=True) == palette_colors("YlGnBu", 6)[::-1]


def test_equals_palettable_colorbrewer() -> None:
    assert palette_colors("Blues", 5) == sequential.Blues_5.hex_colors
    assert palette_colors("RdBu", 7) == diverging.RdBu_7.hex_colors
    assert palette_colors("Blues", 5) == ["#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C"]


@pytest.mark.parametrize("k", [1, 2])
def test_fewer_classes_take_the_first_colours_of_three(k: int) -> None:
    assert palette_colors("Greens", k) == sequential.Greens_3.hex_colors[:k]


@pytest.mark.parametrize("name", ["blues", "Viridis", ""])
def test_unknown_palette_raises_key_error(name: str) -> None:
    with pytest.raises(KeyError):
        palette_colors(name, 5)


def test_registry() -> None:
    assert not set(SEQUENTIAL) & set(DIVERGING)
    assert set(PALETTES) == set(SEQUENTIAL) | set(DIVERGING)
    assert set(PALETTES) >= COLORBLIND_SAFE
    assert "RdYlGn" not in COLORBLIND_SAFE  # red-green diverging
    assert set(DEFAULT_BY_POLARITY) == set(POLARITIES)
    assert set(DEFAULT_BY_POLARITY.values()) <= set(PALETTES)
