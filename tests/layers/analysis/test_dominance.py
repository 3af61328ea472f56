"""Flow dominance: outflow shares, Nystuen–Dacey nodal regions, top partners, flow lines."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import geopandas as gpd
from shapely.geometry import LineString, Point

from layers.analysis.crs import METRIC_CRS
from layers.analysis.dominance import (
    chain_tops,
    dominant_flow_centre,
    flow_lines,
    nystuen_dacey,
    outflow_shares,
    top_flows,
)
from layers.errors import FlowError

KRAKOW, WIELICZKA = "1261011", "1219053"

SIZES = pd.Series(
    {"A": 1000.0, "B": 500.0, "C": 200.0, "D": 100.0, "E": 50.0, "F": 10.0}, name="population"
)
"""Five gminas with flows, and F with none (only a zero-volume row)."""

OD_ROWS = [
    ("A", "B", 30),
    ("A", "C", 10),
    ("B", "A", 50),
    ("B", "C", 20),
    ("B", "D", 30),
    ("C", "B", 40),
    ("C", "A", 30),
    ("C", "E", 50),
    ("D", "C", 25),
    ("D", "E", 5),
    ("E", "D", 8),
    ("E", "A", 8),
    ("F", "A", 0),
]
"""2023 migration. A and C are independent; B, E → A; D → C."""


@pytest.fixture
def flows() -> pd.DataFrame:
    rows = [(o, d, 2023, "migration", float(v)) for o, d, v in OD_ROWS]
    rows += [("D", "E", 2022, "migration", 1000.0), ("E", "B", 2023, "commuting", 999.0)]
    return pd.DataFrame(rows, columns=["origin", "destination", "year", "kind", "volume"])


def test_outflow_shares_divide_by_the_whole_outflow(flows):
    result = outflow_shares(flows, ["A", "B"])

    expected = pd.DataFrame(
        {
            "A": [0.0, 0.5, 30 / 120, 0.0, 8 / 16],
            "B": [30 / 40, 0.0, 40 / 120, 0.0, 0.0],
        },
        index=pd.Index(["A", "B", "C", "D", "E"], name="origin"),
    ).rename_axis(columns="centre")
    pd.testing.assert_frame_equal(result, expected, check_index_type=False, rtol=1e-12)


def test_outflow_shares_of_another_year_or_kind(flows):
    assert outflow_shares(flows, ["E"], year=2022).to_dict() == {"E": {"D": 1.0}}
    assert outflow_shares(flows, ["B"], kind="commuting").to_dict() == {"B": {"E": 1.0}}
    with pytest.raises(FlowError):
        outflow_shares(flows, ["A"], kind="freight")
    with pytest.raises(FlowError):
        outflow_shares(flows, ["A"], year=1999)


def test_dominant_flow_centre(flows, check_series):
    shares = outflow_shares(flows, ["A", "B"])
    result = dominant_flow_centre(shares)
    check_series(result, shares.index, "centre", {"D": np.nan})
    assert result.fillna("-").to_dict() == {"A": "B", "B": "A", "C": "B", "D": "-", "E": "A"}


def test_nystuen_dacey_subordination_and_chain_tops(flows):
    result = nystuen_dacey(flows, SIZES)

    assert result.index.equals(SIZES.index)
    assert result.columns.tolist() == ["largest_to", "largest_volume", "subordinate_to", "top"]
    table = result[["largest_to", "subordinate_to", "top"]].fillna("-")
    assert table["largest_to"].tolist() == ["B", "A", "E", "C", "A", "-"]
    assert table["subordinate_to"].tolist() == ["-", "A", "-", "C", "A", "-"]
    assert table["top"].tolist() == ["A", "A", "C", "C", "A", "F"]
    assert result["largest_volume"].tolist()[:5] == [30.0, 50.0, 50.0, 25.0, 8.0]


def test_nystuen_dacey_does_not_mutate_inputs(flows):
    before = flows.copy(), SIZES.copy()
    nystuen_dacey(flows, SIZES)
    pd.testing.assert_frame_equal(flows, before[0])
    pd.testing.assert_series_equal(SIZES, before[1])


def test_gmina_with_unknown_size_is_independent(flows):
    sizes = SIZES.copy()
    sizes["B"] = np.nan
    result = nystuen_dacey(flows, sizes)
    assert pd.isna(result.loc["B", "subordinate_to"])
    assert result.loc["B", "top"] == "B"


@pytest.mark.parametrize("order", [["A", "B", "C", "D", "E"], ["D", "E", "C", "B", "A"]])
def test_chain_tops_guard_against_cycles(order):
    subordinate_to = pd.Series({"A": "B", "B": "C", "C": "A", "D": "B", "E": np.nan})[order]
    result = chain_tops(subordinate_to)

    assert result.name == "top"
    assert result.index.tolist() == order
    assert result.to_dict() == {"A": "A", "B": "A", "C": "A", "D": "A", "E": "E"}


def test_chain_tops_follow_long_chains():
    subordinate_to = pd.Series({"a": "b", "b": "c", "c": "d", "d": np.nan, "x": "y"})
    assert chain_tops(subordinate_to).to_dict() == {
        "a": "d",
        "b": "d",
        "c": "d",
        "d": "d",
        "x": "y",
    }


def test_top_flows_out_sorted_with_shares_of_the_whole_outflow(flows):
    result = top_flows(flows, "C", n=2)

    assert result.columns.tolist() == ["partner", "volume", "share"]
    assert result["partner"].tolist() == ["E", "B"]
    assert result["volume"].tolist() == [50.0, 40.0]
    assert result["share"].tolist() == pytest.approx([50 / 120, 40 / 120])


def test_top_flows_in_and_ties_by_code(flows):
    inflow = top_flows(flows, "A", direction="in")
    assert inflow["partner"].tolist() == ["B", "C", "E", "F"]
    assert inflow["share"].tolist() == pytest.approx([50 / 88, 30 / 88, 8 / 88, 0.0])
    assert top_flows(flows, "E")["partner"].tolist() == ["A", "D"]


def test_top_flows_without_flows_is_empty(flows):
    result = top_flows(flows, "Z")
    assert result.empty
    assert result.columns.tolist() == ["partner", "volume", "share"]


@pytest.mark.parametrize("bad", [{"direction": "sideways"}, {"n": 0}])
def test_top_flows_rejects_bad_arguments(flows, bad):
    with pytest.raises(FlowError) as error:
        top_flows(flows, "A", **bad)
    assert error.value.code == "flow"


def test_flow_lines_join_the_gmina_to_its_partners(flows):
    points = gpd.GeoSeries(
        [Point(0, 0), Point(1000, 0), Point(0, 2000)], index=["C", "E", "B"], crs=METRIC_CRS
    )
    top = top_flows(flows, "C", n=2)
    result = flow_lines(top, "C", points)

    assert result.crs == METRIC_CRS
    assert result.index.equals(top.index)
    assert result[["partner", "volume"]].values.tolist() == [["E", 50.0], ["B", 40.0]]
    assert result.geometry[0].equals(LineString([(0, 0), (1000, 0)]))
    assert result.geometry[1].equals(LineString([(0, 0), (0, 2000)]))
    with pytest.raises(FlowError):
        flow_lines(top_flows(flows, "C"), "C", points)


def test_wieliczka_migrates_mostly_to_krakow_and_is_subordinate(dataset):
    population = dataset.values.by_indicator["population"][2023].reindex(dataset.codes)
    flows = dataset.store.flows
    result = nystuen_dacey(flows, population)

    assert dataset.store.gminas.loc[[KRAKOW, WIELICZKA], "name"].tolist() == [
        "Kraków",
        "Wieliczka",
    ]
    assert top_flows(flows, WIELICZKA, n=1)["partner"].tolist() == [KRAKOW]
    assert result.loc[WIELICZKA, "largest_to"] == KRAKOW
    assert result.loc[WIELICZKA, "subordinate_to"] == KRAKOW
    assert result.loc[WIELICZKA, "top"] == KRAKOW
    assert dominant_flow_centre(outflow_shares(flows, [KRAKOW]))[WIELICZKA] == KRAKOW


def test_dominance_and_nodal_regions_of_commuting_flows(flows):
    commuting = [("C", "A", 40.0), ("C", "B", 60.0), ("D", "A", 5.0), ("A", "B", 10.0)]
    rows = [(o, d, 2021, "commuting", v) for o, d, v in commuting]
    both = pd.concat(
        [flows[flows["kind"] == "migration"], pd.DataFrame(rows, columns=flows.columns)]
    )

    shares = outflow_shares(both, ["A", "B"], kind="commuting")
    structure = nystuen_dacey(both, SIZES, kind="commuting")

    assert shares.to_dict("index") == {
        "A": {"A": 0.0, "B": 1.0},
        "C": {"A": 0.4, "B": 0.6},
        "D": {"A": 1.0, "B": 0.0},
    }
    assert dominant_flow_centre(shares).to_dict() == {"A": "B", "C": "B", "D": "A"}
    assert structure["subordinate_to"].dropna().to_dict() == {"C": "B", "D": "A"}
    assert structure["top"].to_dict() == {
        "A": "A",
        "B": "B",
        "C": "B",
        "D": "A",
        "E": "E",
        "F": "F",
    }
