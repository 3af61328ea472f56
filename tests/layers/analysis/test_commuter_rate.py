"""The "commuters to the core" criterion: rates on a hand-made OD table and on the real store."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from layers.analysis.commuter_rate import (
    COMMUTERS_TO_CORE,
    commuters_to_core,
    working_age_population,
)
from layers.analysis.dataset import Dataset
from layers.analysis.delimitation import Criterion, delimitation
from layers.analysis.flows import flow_years, rate_to
from layers.errors import FlowError, NoDataError
from tests.support.commuting_workbook import EXPECTED

KRAKOW, WIELICZKA, SKAWINA, SWIATNIKI = "1261011", "1219053", "1206113", "1206143"
COLUMNS = ["origin", "destination", "year", "kind", "volume"]
WORKING_2019 = {WIELICZKA: 36779, SKAWINA: 26482, SWIATNIKI: 6400}
"""Working-age residents in 2019, read off stats/bdl_population_economic_age_groups_…csv."""


@pytest.fixture
def od() -> pd.DataFrame:
    rows = [
        ("A", "K", 2021, "commuting", 60.0),
        ("B", "K", 2021, "commuting", 10.0),
        ("A", "B", 2021, "commuting", 5.0),
        ("K", "A", 2021, "commuting", 20.0),
        ("C", "K", 2023, "migration", 999.0),
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def test_rate_to_the_core_per_1000_of_the_base(od) -> None:
    base = pd.Series({"A": 1000.0, "B": 400.0, "C": 500.0, "K": 5000.0, "D": 0.0})

    rate = rate_to(od, "K", base, kind="commuting")

    expected = pd.Series({"A": 60.0, "B": 25.0, "C": 0.0, "K": np.nan, "D": np.nan})
    pd.testing.assert_series_equal(rate, expected)
    assert flow_years(od) == {"migration": 2023, "commuting": 2021}


def test_rate_to_needs_flows_of_the_kind(od) -> None:
    with pytest.raises(FlowError, match="no commuting flows in 2019"):
        rate_to(od, "K", pd.Series({"A": 1.0}), kind="commuting", year=2019)


@pytest.fixture
def with_commuting(dataset: Dataset) -> Dataset:
    """The real dataset whose flows also hold the generated workbook's commuting flows."""
    rows = [(o, d, 2021, "commuting", v) for (o, d), v in EXPECTED.items()]
    flows = pd.concat([dataset.store.flows, pd.DataFrame(rows, columns=COLUMNS)])
    return dataclasses.replace(dataset, store=dataclasses.replace(dataset.store, flows=flows))


def test_working_age_population_is_from_2019(with_commuting) -> None:
    codes = pd.Index(list(WORKING_2019))

    working, year = working_age_population(with_commuting, codes, 2021)

    assert year == 2019
    assert working.to_dict() == pytest.approx(WORKING_2019, rel=1e-9)


def test_commuters_to_the_core_per_1000_working_age(with_commuting) -> None:
    codes = pd.Index([KRAKOW, *WORKING_2019, "1219043"])

    rate, year = commuters_to_core(with_commuting, codes, KRAKOW)

    assert year == 2021 and rate.name == COMMUTERS_TO_CORE
    assert np.isnan(rate[KRAKOW]) and rate["1219043"] == 0.0
    assert rate[WIELICZKA] == pytest.approx(1000 * 6000 / 36779)  # 163.14
    assert rate[SKAWINA] == pytest.approx(1000 * 4100 / 26482)  # 154.82
    assert rate[SWIATNIKI] == pytest.approx(1000 * 1500 / 6400)  # 234.38


def test_delimitation_by_commuters_to_the_core(with_commuting) -> None:
    criterion = Criterion(COMMUTERS_TO_CORE, 160.0, functional=True)

    result = delimitation(with_commuting, [criterion], "smk", min_others=0, contiguous=False)

    assert set(result.index[result["in_area"]]) == {KRAKOW, WIELICZKA, SWIATNIKI}
    assert result.attrs["years"] == [2021] and result.attrs["thresholds"] == [160.0]
    assert result.at[SKAWINA, "value_0"] == pytest.approx(154.82, abs=0.01)


def test_the_criterion_follows_the_chosen_core(with_commuting) -> None:
    criterion = Criterion(COMMUTERS_TO_CORE, 10.0, functional=True)

    result = delimitation(
        with_commuting, [criterion], "smk", core=WIELICZKA, min_others=0, contiguous=False
    )

    assert set(result.index[result["in_area"]]) == {WIELICZKA}  # Kraków → Wieliczka: 1900
    assert np.isnan(result.at[WIELICZKA, "value_0"])
    assert result.at[KRAKOW, "value_0"] > 0


def test_without_commuting_flows_the_criterion_has_no_data(dataset: Dataset) -> None:
    criterion = Criterion(COMMUTERS_TO_CORE, 50.0, functional=True)

    with pytest.raises(NoDataError, match="no commuting flows"):
        delimitation(dataset, [criterion], "smk")
