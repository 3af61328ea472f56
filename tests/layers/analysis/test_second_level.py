"""The second level on hand-made flows whose second-level areas are known by construction."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from layers.analysis.gravity import huff_probabilities
from layers.analysis.second_level import (
    headed_tops,
    overlaps,
    second_level_shares,
    second_order_regions,
    set_aside,
    without_core,
)
from layers.errors import SecondLevelError

SIZES = pd.Series(
    {"K": 1000.0, "W": 200.0, "N": 150.0, "a": 30.0, "b": 20.0, "c": 40.0, "d": 5.0}
    | {"e": 15.0, "f": 10.0},
    name="population",
)
OD_ROWS = [
    ("a", "K", 20),
    ("a", "W", 10),
    ("a", "c", 2),
    ("b", "K", 30),
    ("b", "N", 12),
    ("b", "W", 5),
    ("c", "W", 8),
    ("c", "K", 6),
    ("d", "K", 10),
    ("e", "K", 9),
    ("e", "W", 4),
    ("e", "N", 4),
    ("f", "K", 15),
    ("f", "a", 6),
    ("W", "K", 40),
    ("W", "a", 3),
    ("N", "K", 25),
    ("N", "W", 9),
    ("K", "W", 70),
    ("K", "a", 50),
]
"""Every gmina's largest flow goes to K (but c's). After K: a, c → W; b → N; d → nobody;
e → W and N equally; f → a (larger), whose chain leads to W; N → W, but N is a centre."""
CENTRES = ["W", "N"]


@pytest.fixture
def flows() -> pd.DataFrame:
    rows = [(o, d, 2023, "migration", float(v)) for o, d, v in OD_ROWS]
    return pd.DataFrame(rows, columns=["origin", "destination", "year", "kind", "volume"])


def test_without_core_drops_every_flow_from_or_to_the_core(flows):
    rest = without_core(flows, "K")

    assert not rest[["origin", "destination"]].isin(["K"]).any().any()
    assert rest["volume"].sum() == 10 + 2 + 12 + 5 + 8 + 4 + 4 + 6 + 3 + 9


def test_shares_after_the_core_divide_by_the_outflow_not_going_to_the_core(flows):
    shares = second_level_shares(flows, "K", CENTRES)

    assert shares.loc["a"].to_dict() == pytest.approx({"W": 10 / 12, "N": 0.0})
    assert shares.loc["b"].to_dict() == pytest.approx({"W": 5 / 17, "N": 12 / 17})
    assert shares.loc["e"].to_dict() == pytest.approx({"W": 0.5, "N": 0.5})
    assert shares.loc["f"].to_dict() == pytest.approx({"W": 0.0, "N": 0.0})
    assert "d" not in shares.index  # its whole outflow goes to the core
    assert "K" not in shares.index


def test_second_order_chains_lead_through_the_second_flow(flows):
    structure = second_order_regions(flows, SIZES, "K", CENTRES)

    assert "K" not in structure.index
    assert structure["largest_to"].drop("d").to_dict() == {
        "W": "a",
        "N": "W",
        "a": "W",
        "b": "N",
        "c": "W",
        "e": "N",  # a tie of 4 and 4 goes to the lower code
        "f": "a",
    }
    assert pd.isna(structure.loc["d", "largest_to"])  # it sends nobody anywhere but the core
    tops = structure["top"].to_dict()
    assert tops == {"W": "W", "N": "N", "a": "W", "b": "N", "c": "W", "d": "d", "e": "N", "f": "W"}


def test_without_chosen_heads_a_secondary_centre_joins_the_larger_ones_chain(flows):
    structure = second_order_regions(flows, SIZES, "K", ["W"])

    assert structure.loc["N", "subordinate_to"] == "W"
    assert structure.loc["N", "top"] == "W"
    assert structure.loc["b", "top"] == "W"  # b → N → W
    assert headed_tops(structure, ["W", "N"])["b"] == "N"


def test_set_aside_equals_huff_recomputed_without_the_core():
    distances = pd.DataFrame(
        [[5.0, 12.0, 20.0], [30.0, 8.0, 9.0], [0.0, 14.0, 7.0], [11.0, 0.0, 16.0]],
        index=["o1", "o2", "K", "W"],
        columns=["K", "W", "N"],
    )
    sizes = pd.Series({"K": 800.0, "W": 70.0, "N": 30.0})
    everything = huff_probabilities(distances, sizes, 1.0, 2.0)

    result = set_aside(everything, "K")
    alone = huff_probabilities(distances[["W", "N"]], sizes, 1.0, 2.0)

    pd.testing.assert_frame_equal(result.drop(index="K"), alone.drop(index="K"), rtol=1e-12)
    assert result.loc["K"].isna().all()  # the core's own gmina goes wholly to the core
    assert result.loc["W"].to_dict() == {"W": 1.0, "N": 0.0}
    np.testing.assert_allclose(result.drop(index="K").sum(axis=1), 1.0)


def test_set_aside_needs_the_core_among_several_centres():
    probabilities = pd.DataFrame({"W": [1.0]}, index=["o"])
    with pytest.raises(SecondLevelError):
        set_aside(probabilities, "K")
    with pytest.raises(SecondLevelError):
        set_aside(probabilities.rename(columns={"W": "K"}), "K")


def test_overlaps_flag_about_equal_pulls(flows):
    shares = second_level_shares(flows, "K", CENTRES)

    result = overlaps(shares, 0.2)

    assert result.loc["e", ["first", "second", "overlap"]].tolist() == ["W", "N", True]
    assert result.loc["a", ["first", "overlap"]].tolist() == ["W", False]
    assert pd.isna(result.loc["a", "second"])  # no pull of N at all
    assert result.loc["b", ["first", "second"]].tolist() == ["N", "W"]
    assert not result.loc["b", "overlap"]  # 5/17 is far below 0.8 × 12/17
    assert overlaps(shares, 0.6).loc["b", "overlap"]  # 5/12 ≥ 0.4
    assert pd.isna(result.loc["f", "first"]) and not result.loc["f", "overlap"]


def test_overlaps_with_one_centre_never_overlap():
    pulls = pd.DataFrame({"W": [0.4, 0.0]}, index=["a", "b"])

    result = overlaps(pulls, 1.0)

    assert result["first"].tolist()[0] == "W" and pd.isna(result.loc["b", "first"])
    assert not result["overlap"].any()


@pytest.mark.parametrize("tolerance", [-0.1, 1.5, np.nan])
def test_overlaps_refuse_a_tolerance_outside_0_1(tolerance):
    with pytest.raises(SecondLevelError):
        overlaps(pd.DataFrame({"W": [1.0], "N": [0.5]}), tolerance)
