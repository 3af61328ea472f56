"""Gravitation toward a gmina: outflow shares, Huff probabilities and their change over time."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from layers.analysis.gravity import distance_matrix_km
from layers.analysis.pull import PullRequest, attractiveness_years, pull_toward
from layers.analysis.scopes import scope_codes
from layers.errors import FlowError, PullError

KRAKOW, WIELICZKA, NIEPOLOMICE, SKAWINA = "1261011", "1219053", "1219043", "1206113"
BISKUPICE, KLAJ, ZIELONKI, GDOW = "1219012", "1219032", "1206172", "1219022"
TWO_YEARS = [
    (2022, BISKUPICE, KRAKOW, 24),
    (2022, BISKUPICE, WIELICZKA, 6),
    (2022, KLAJ, WIELICZKA, 10),
    (2022, ZIELONKI, KRAKOW, 30),
    (2023, BISKUPICE, KRAKOW, 30),
    (2023, BISKUPICE, WIELICZKA, 12),
    (2023, KLAJ, WIELICZKA, 5),
    (2023, KLAJ, KRAKOW, 15),
    (2023, ZIELONKI, KRAKOW, 40),
    (2023, GDOW, KRAKOW, 9),
]
"""Biskupice sends Wieliczka 20 % of its outflow in 2022, 12/42 in 2023; Kłaj 100 %, then 25 %;
Zielonki sends it nobody (a suppressed pair: 0–2); Gdów has no 2022 outflow at all."""


@pytest.fixture(scope="module")
def two_years(dataset):
    rows = [(o, d, year, "migration", float(v)) for year, o, d, v in TWO_YEARS]
    flows = pd.DataFrame(rows, columns=["origin", "destination", "year", "kind", "volume"])
    return dataclasses.replace(dataset, store=dataclasses.replace(dataset.store, flows=flows))


def request(measure: str = "outflow_share", **changes: object) -> PullRequest:
    chosen = {"scope": "kom2003", "gmina": WIELICZKA, **changes}
    return PullRequest(measure=measure, **chosen)


def test_outflow_share_toward_a_gmina(two_years, check_series, dataset):
    result = pull_toward(two_years, request())
    codes = scope_codes("kom2003", dataset.codes, dataset.areas)

    check_series(
        result.values,
        codes,
        "outflow_share",
        {BISKUPICE: 100 * 12 / 42, KLAJ: 25.0, WIELICZKA: np.nan, ZIELONKI: np.nan},
    )
    assert set(result.suppressed) == {GDOW, ZIELONKI}  # an outflow, but no pair: 0–2 persons
    assert result.values.notna().sum() == 2  # the other gminas have no outflow: a gap
    assert result.years == (2023,)


def test_change_of_the_outflow_share_between_the_first_and_last_year(two_years):
    result = pull_toward(two_years, request("outflow_share_change"))

    assert result.years == (2022, 2023)
    assert result.values[BISKUPICE] == pytest.approx(100 * 12 / 42 - 20.0)
    assert result.values[KLAJ] == pytest.approx(25.0 - 100.0)
    assert np.isnan(result.values[ZIELONKI]) and ZIELONKI in result.suppressed
    assert np.isnan(result.values[GDOW])  # no outflow in 2022: unknown, not zero


def test_a_change_of_a_single_year_of_flows_is_refused(dataset):
    with pytest.raises(PullError):
        pull_toward(dataset, request("outflow_share_change"))


def test_commuting_without_a_matrix_is_a_flow_error(dataset):
    with pytest.raises(FlowError):
        pull_toward(dataset, request(flow_kind="commuting"))


def test_huff_pull_is_above_half_exactly_where_the_gmina_is_nearer(dataset):
    result = pull_toward(dataset, request("huff", competitors=(KRAKOW,), alpha=0.0))
    codes = scope_codes("kom2003", dataset.codes, dataset.areas).drop(WIELICZKA)
    points = dataset.gmina_points
    distances = distance_matrix_km(points.loc[codes], points.loc[[WIELICZKA, KRAKOW]])
    nearer = distances[WIELICZKA] < distances[KRAKOW]

    values = result.values.drop(WIELICZKA)
    assert ((values > 50) == nearer).all()
    assert values[KRAKOW] == 0.0  # a competing centre's own gmina turns to itself
    assert np.isnan(result.values[WIELICZKA])
    assert result.suppressed.empty


def test_huff_change_stays_after_the_population_series_break(dataset):
    asked = request("huff_change", competitors=(KRAKOW, NIEPOLOMICE, SKAWINA))
    result = pull_toward(dataset, asked)
    years = attractiveness_years(dataset, asked)
    break_year = dataset.catalog["population"].series_break

    assert result.years == (years[0], years[-1])
    assert result.years[0] >= break_year
    before = dataclasses.replace(asked, measure="huff")
    latest = pull_toward(dataset, before).values
    assert result.values.abs().max() < latest.max()  # the change is small beside the pull
    assert result.values.notna().sum() == latest.notna().sum()


@pytest.mark.parametrize(
    "changes",
    [
        {"measure": "volume"},
        {"gmina": "9999999"},
        {"measure": "huff", "competitors": ()},
        {"measure": "huff", "competitors": (WIELICZKA,)},
    ],
)
def test_unusable_requests_raise_a_pull_error(dataset, changes):
    with pytest.raises(PullError):
        pull_toward(dataset, request(**changes))
