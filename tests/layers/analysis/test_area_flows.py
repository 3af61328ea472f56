"""What an area's flows capture: the flow to its centre, its share, and the core's share."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from layers.analysis.area_flows import flows_captured
from layers.analysis.flows import FLOW_COLUMNS
from layers.analysis.teryt import KRAKOW

CORE, HEAD, A, B, OTHER = "C", "H", "a", "b", "x"


def table(rows: list[tuple[str, str, int, str, float]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=FLOW_COLUMNS)


FLOWS = table(
    [
        (A, HEAD, 2023, "migration", 12.0),
        (A, CORE, 2023, "migration", 30.0),
        (B, HEAD, 2023, "migration", 6.0),
        (B, OTHER, 2023, "migration", 2.0),
        (HEAD, CORE, 2023, "migration", 500.0),  # the centre's own outflow: left out
        (A, HEAD, 2019, "migration", 1000.0),  # an earlier year: not the latest
        (A, HEAD, 2021, "commuting", 40.0),
    ]
)


def test_the_members_flows_to_the_centre_and_the_core_as_shares_of_their_outflow() -> None:
    captured, share, core_share = flows_captured(
        FLOWS, "migration", pd.Index([HEAD, A, B]), HEAD, CORE
    )

    assert captured == 12.0 + 6.0
    assert share == pytest.approx(18.0 / 50.0)
    assert core_share == pytest.approx(30.0 / 50.0)


def test_each_kind_counts_its_own_latest_year() -> None:
    captured, share, core_share = flows_captured(FLOWS, "commuting", pd.Index([A]), HEAD, CORE)

    assert (captured, share, core_share) == (40.0, 1.0, 0.0)


def test_the_core_as_centre_has_no_share_to_itself() -> None:
    captured, share, core_share = flows_captured(FLOWS, "migration", pd.Index([A]), CORE, CORE)

    assert (captured, share) == (30.0, pytest.approx(30.0 / 42.0))
    assert np.isnan(core_share)


def test_without_flows_of_the_kind_or_any_outflow_the_figures_are_gaps() -> None:
    commuting_only = FLOWS[FLOWS["kind"] == "commuting"]
    assert all(np.isnan(flows_captured(commuting_only, "migration", pd.Index([A]), HEAD, CORE)))
    captured, share, core_share = flows_captured(FLOWS, "migration", pd.Index([OTHER]), HEAD, CORE)
    assert captured == 0.0 and np.isnan(share) and np.isnan(core_share)


def test_the_real_matrix_gives_shares_of_one_outflow(dataset) -> None:
    wieliczka, biskupice, gdow = "1219053", "1219012", "1219022"
    members = pd.Index([wieliczka, biskupice, gdow])

    captured, share, core_share = flows_captured(
        dataset.store.flows, "migration", members, wieliczka, KRAKOW
    )

    assert captured > 0
    assert 0 < share < 1 and 0 < core_share < 1
    assert share + core_share <= 1
