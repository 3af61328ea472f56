from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from layers.analysis.dominance import top_flows
from layers.analysis.gmina_profile import (
    STANDING_SCOPES,
    gmina_figures,
    gmina_profile,
    gmina_standings,
    neighbours_of,
)
from layers.errors import UnknownGminaError

KRAKOW, WIELICZKA, BOLESLAWIEC_RURAL = "1261011", "1219053", "0201022"


def test_neighbours_of_a_row_of_squares(squares):
    assert list(neighbours_of(squares, "9901022")) == ["9901011", "9902033"]
    assert list(neighbours_of(squares, "9901011")) == ["9901022"]


def test_krakow_touches_wieliczka_and_not_itself(dataset):
    neighbours = neighbours_of(dataset.store.gminas_metric, KRAKOW)
    assert WIELICZKA in neighbours and KRAKOW not in neighbours
    assert set(neighbours) <= set(dataset.areas["kom2003"])


def test_figures_equal_the_stored_values_and_their_trends(dataset):
    figures = gmina_figures(dataset, KRAKOW, ["population", "density", "population_change"])
    assert "population_change" not in figures.index  # a change: its level's trend says it
    frame = dataset.values.frame(dataset.catalog["population"])
    row = figures.loc["population"]
    assert row["year"] == frame.columns.max()
    year = int(row["year"])
    assert row["value"] == frame.loc[KRAKOW, year]
    expected = (frame.loc[KRAKOW, year] / frame.loc[KRAKOW, year - 5] - 1) * 100
    assert row["change_5"] == pytest.approx(expected)
    assert row["break_5"] and row["break_10"]  # 2019→2024 and 2014→2024 cross 2020


def test_a_rate_changes_by_its_difference(dataset):
    figures = gmina_figures(dataset, WIELICZKA, ["density"])
    frame = dataset.values.frame(dataset.catalog["density"])
    year = int(figures.loc["density", "year"])
    difference = frame.loc[WIELICZKA, year] - frame.loc[WIELICZKA, year - 10]
    assert figures.loc["density", "change_10"] == pytest.approx(difference)


def test_standings_rank_inside_and_quartiles_everywhere(dataset):
    figures = gmina_figures(dataset, BOLESLAWIEC_RURAL, ["density"])
    standings = gmina_standings(dataset, BOLESLAWIEC_RURAL, figures)
    assert list(standings.index.get_level_values("scope")) == list(STANDING_SCOPES)
    smk = standings.loc[("density", "smk")]
    assert math.isnan(smk["rank"]) and smk["ranked"] == 15
    year = int(figures.loc["density", "year"])
    poland = dataset.values.frame(dataset.catalog["density"])[year].dropna()
    row = standings.loc[("density", "poland")]
    assert row["median"] == pytest.approx(poland.median())
    assert row["q1"] == pytest.approx(np.percentile(poland, 25))
    assert row["rank"] == (poland > poland[BOLESLAWIEC_RURAL]).sum() + 1


def test_profile_flows_and_memberships(dataset):
    areas = {"SMK": dataset.areas["smk"], "KOM": dataset.areas["kom2003"], "empty": []}
    profile = gmina_profile(dataset, WIELICZKA, ["population"], areas)
    assert profile.memberships == ("SMK", "KOM")
    expected = top_flows(dataset.store.flows, WIELICZKA, direction="in", n=5)
    pd.testing.assert_frame_equal(profile.inflows, expected)
    assert profile.outflows["partner"].iloc[0] == KRAKOW
    assert profile.flow_year == 2023


def test_an_unknown_code_is_refused(dataset):
    with pytest.raises(UnknownGminaError):
        gmina_profile(dataset, "1261019", ["population"], {})
