"""Secondary centres proposed by criteria: hand-made flows, then the real KOM 2003 gminas."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from layers.analysis.centres import CRITERIA, SIZE, dependants, inflow_from_others, proposed_centres
from layers.errors import SecondLevelError, UnknownIndicatorError

KRAKOW, WIELICZKA, ZIELONKI = "1261011", "1219053", "1206172"
ROWS = [
    ("K", "a", 100),  # the core's suburbanisation
    ("K", "W", 40),
    ("a", "K", 30),
    ("b", "W", 7),
    ("b", "K", 20),
    ("c", "W", 5),
    ("c", "a", 4),
    ("d", "a", 6),
    ("W", "a", 3),
]
SIZES = pd.Series({"K": 900.0, "W": 100.0, "a": 60.0, "b": 20.0, "c": 10.0, "d": 30.0})


@pytest.fixture
def flows() -> pd.DataFrame:
    rows = [(o, d, 2023, "migration", float(v)) for o, d, v in ROWS]
    return pd.DataFrame(rows, columns=["origin", "destination", "year", "kind", "volume"])


def test_inflow_leaves_out_the_cores_outflow(flows):
    result = inflow_from_others(flows, "K")

    assert result.to_dict() == {"K": 50.0, "W": 12.0, "a": 13.0}
    assert result.name == "inflow"


def test_dependants_count_the_largest_flows_after_the_core(flows):
    result = dependants(flows, SIZES, "K", kind="migration")

    # b → W, c → W (5 > 4), d → a; W's largest goes to a, smaller: still counted as a's
    assert result.to_dict() == {"W": 2, "a": 2}


@pytest.fixture(scope="module")
def kom(dataset) -> pd.DataFrame:
    return proposed_centres(dataset, "kom2003", KRAKOW)


def test_every_proposed_centre_is_large_and_central(kom):
    cut = math.ceil(0.15 * len(kom))
    proposed = kom[kom["proposed"]]

    assert KRAKOW not in kom.index
    assert len(kom) == 50
    assert not proposed.empty
    assert (proposed[f"{SIZE}_rank"] <= cut).all()
    others = [f"{key}_met" for key in CRITERIA if key != SIZE]
    assert (proposed[others].sum(axis=1) >= 1).all()
    assert kom["proposed"].iloc[: len(proposed)].all()  # proposed first
    assert WIELICZKA in proposed.index


def test_a_dense_suburb_fed_by_the_core_is_not_proposed(kom, dataset):
    flows = dataset.store.flows
    from_core = flows[(flows["origin"] == KRAKOW) & (flows["destination"] == ZIELONKI)]

    assert from_core["volume"].sum() > kom.loc[ZIELONKI, "inflow"]  # most arrive from Kraków
    assert kom.loc[ZIELONKI, "density_met"]
    assert not kom.loc[ZIELONKI, "proposed"]


def test_looser_rules_propose_more(dataset, kom):
    loose = proposed_centres(dataset, "kom2003", KRAKOW, top_share=0.3, min_others=0)

    assert set(kom.index[kom["proposed"]]) < set(loose.index[loose["proposed"]])


def test_an_extra_indicator_is_one_more_criterion(dataset):
    result = proposed_centres(dataset, "kom2003", KRAKOW, extra="own_revenue_per_capita")

    assert "own_revenue_per_capita_rank" in result.columns
    assert result["met"].max() <= len(CRITERIA) + 1


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"top_share": 0.0}, SecondLevelError),
        ({"top_share": 1.5}, SecondLevelError),
        ({"min_others": -1}, SecondLevelError),
        ({"extra": "no_such_indicator"}, UnknownIndicatorError),
    ],
)
def test_bad_settings_raise_domain_errors(dataset, changes, error):
    with pytest.raises(error):
        proposed_centres(dataset, "kom2003", KRAKOW, **changes)


def test_a_core_outside_the_scope_is_refused(dataset):
    with pytest.raises(SecondLevelError):
        proposed_centres(dataset, "smk", "1201011")
