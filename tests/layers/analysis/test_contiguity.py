"""Contiguity of an area: queen neighbours, exclaves dropped, enclaves filled, on drawn grids."""

from __future__ import annotations

import pandas as pd
import pytest

import geopandas as gpd
from shapely.geometry import box

from layers.analysis.contiguity import contiguous_area, queen_adjacency
from layers.analysis.crs import METRIC_CRS
from layers.errors import DelimitationError, WrongCrsError


def grid(picture: list[str]) -> tuple[gpd.GeoDataFrame, pd.Series, str]:
    """Return 1 km squares drawn by a picture (top row first), what qualifies and the core.

    ``C`` is the core (not qualifying by itself), ``Q`` qualifies, ``N`` does not,
    ``.`` is a gmina outside the scope. Codes are ``99<row><col>000``, row 0 at the
    bottom.
    """
    rows = len(picture)
    cells, qualifies, core = {}, {}, ""
    for line, text in enumerate(picture):
        row = rows - 1 - line
        for col, mark in enumerate(text):
            code = f"99{row}{col}000"
            cells[code] = box(col * 1000, row * 1000, (col + 1) * 1000, (row + 1) * 1000)
            if mark != ".":
                qualifies[code] = mark == "Q"
            core = code if mark == "C" else core
    frame = gpd.GeoDataFrame(
        geometry=list(cells.values()), index=pd.Index(list(cells), name="teryt"), crs=METRIC_CRS
    )
    return frame, pd.Series(qualifies, name="qualifies"), core


def codes_marked(picture: list[str], marks: str) -> set[str]:
    """Return the codes of the cells whose mark is in ``marks``."""
    rows = len(picture)
    return {
        f"99{rows - 1 - line}{col}000"
        for line, text in enumerate(picture)
        for col, mark in enumerate(text)
        if mark in marks
    }


@pytest.mark.parametrize(
    ("picture", "expected"),
    [
        # the centre, surrounded by the area, is filled
        (["QQQ", "QNQ", "CQQ"], ["QQQ", "QIQ", "CQQ"]),
        # the top-right corner is an exclave and is dropped
        (["NNQ", "NNN", "CQN"], ["NNN", "NNN", "CQN"]),
        # the centre is linked to the right edge, which touches the outside: not filled
        (["QQQ", "QNN", "CQQ"], ["QQQ", "QNN", "CQQ"]),
        # queen contiguity: a corner is enough to link the centre to the core
        (["NNN", "NQN", "CNN"], ["NNN", "NQN", "CNN"]),
        # a 2×2 group surrounded by the area is filled as a whole
        (["QQQQ", "QNNQ", "QNNQ", "CQQQ"], ["QQQQ", "QIIQ", "QIIQ", "CQQQ"]),
        # N touches the hole of the scope (a gmina outside it): not filled
        (
            ["QQQQQ", "QQNQQ", "QQ.QQ", "QQQQQ", "CQQQQ"],
            ["QQQQQ", "QQNQQ", "QQ.QQ", "QQQQQ", "CQQQQ"],
        ),
        # nothing but the core
        (["NNN", "NNN", "CNN"], ["NNN", "NNN", "CNN"]),
    ],
)
def test_contiguous_area_drops_exclaves_and_fills_enclaves(
    picture: list[str], expected: list[str]
) -> None:
    frame, qualifies, core = grid(picture)

    result = contiguous_area(frame, qualifies, core)

    assert isinstance(result, pd.Series)
    assert result.name == "in_area"
    assert result.dtype == bool
    pd.testing.assert_index_equal(result.index, qualifies.index)
    assert set(result.index[result]) == codes_marked(expected, "CQI")


def test_contiguous_area_does_not_mutate_its_inputs() -> None:
    frame, qualifies, core = grid(["QQQ", "QNQ", "CQQ"])
    frame_before, qualifies_before = frame.copy(), qualifies.copy()

    contiguous_area(frame, qualifies, core)

    pd.testing.assert_frame_equal(frame, frame_before)
    pd.testing.assert_series_equal(qualifies, qualifies_before)


def test_contiguous_area_rejects_degrees_and_a_core_outside_the_scope() -> None:
    frame, qualifies, core = grid(["QQQ", "QNQ", "CQQ"])

    with pytest.raises(WrongCrsError):
        contiguous_area(frame.to_crs("EPSG:4326"), qualifies, core)
    with pytest.raises(DelimitationError):
        contiguous_area(frame, qualifies.drop(core), core)


def test_queen_adjacency_links_corners() -> None:
    frame, _, _ = grid(["NNN", "NNN", "CNN"])

    adjacency = queen_adjacency(frame).toarray()

    centre, corner = frame.index.get_loc("9911000"), frame.index.get_loc("9900000")
    assert adjacency[centre].sum() == 8
    assert adjacency[corner].sum() == 3
    assert adjacency[centre, centre] == 0
    assert (adjacency == adjacency.T).all()
