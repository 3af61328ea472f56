"""Two levels of functional areas: hand-made flows over real gminas, then the real 2023 matrix."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from layers.analysis.gravity import distance_matrix_km
from layers.analysis.scopes import scope_codes
from layers.analysis.second_level import nested_first_level
from layers.analysis.two_level import MODELS, STATUSES, TwoLevelRequest, map_classes, two_level
from layers.analysis.values import ValueTable
from layers.errors import GravityError, SecondLevelError

KRAKOW, WIELICZKA, NIEPOLOMICE, SKAWINA = "1261011", "1219053", "1219043", "1206113"
BISKUPICE, KLAJ, GDOW, ZIELONKI, RACIECHOWICE, MOGILANY, CZERNICHOW = (
    "1219012",
    "1219032",
    "1219022",
    "1206172",
    "1209052",
    "1206092",
    "1206012",
)
SECONDARY = (WIELICZKA, NIEPOLOMICE, SKAWINA)
HAND_MADE = [
    (BISKUPICE, KRAKOW, 30),
    (BISKUPICE, WIELICZKA, 12),
    (KLAJ, KRAKOW, 25),
    (KLAJ, NIEPOLOMICE, 10),
    (KLAJ, WIELICZKA, 3),
    (GDOW, KRAKOW, 20),
    (GDOW, WIELICZKA, 6),
    (GDOW, NIEPOLOMICE, 6),
    (ZIELONKI, KRAKOW, 40),
    (RACIECHOWICE, KRAKOW, 9),
    (RACIECHOWICE, BISKUPICE, 5),
    (MOGILANY, SKAWINA, 7),
    (MOGILANY, KRAKOW, 4),
    (WIELICZKA, KRAKOW, 50),
    (NIEPOLOMICE, KRAKOW, 30),
    (NIEPOLOMICE, WIELICZKA, 8),
    (SKAWINA, KRAKOW, 20),
    (KRAKOW, WIELICZKA, 90),
]
"""After Kraków: Biskupice → Wieliczka; Kłaj → Niepołomice; Gdów → Wieliczka and Niepołomice
equally; Zielonki → nobody; Raciechowice → Biskupice (larger), whose chain leads to Wieliczka;
Mogilany → Skawina even before Kraków."""


def request(model: str = "flows", **changes: object) -> TwoLevelRequest:
    chosen = {"scope": "kom2003", "core": KRAKOW, "centres": SECONDARY, **changes}
    return TwoLevelRequest(model=model, **chosen)


@pytest.fixture(scope="module")
def hand_made(dataset):
    """The real data with the 2023 migration matrix replaced by :data:`HAND_MADE`."""
    rows = [(o, d, 2023, "migration", float(v)) for o, d, v in HAND_MADE]
    flows = pd.DataFrame(rows, columns=["origin", "destination", "year", "kind", "volume"])
    return dataclasses.replace(dataset, store=dataclasses.replace(dataset.store, flows=flows))


@pytest.fixture(scope="module")
def real(dataset) -> dict:
    return {model: two_level(dataset, request(model)) for model in MODELS}


# --- hand-made flows: the second level is known by construction -----------------------------


def test_flow_dominance_after_the_core_on_hand_made_flows(hand_made):
    result = two_level(hand_made, request("flows"))
    centre = result.gminas["centre"]

    assert centre[BISKUPICE] == WIELICZKA and centre[KLAJ] == NIEPOLOMICE
    assert centre[MOGILANY] == SKAWINA
    assert centre[[WIELICZKA, NIEPOLOMICE, SKAWINA]].tolist() == list(SECONDARY)
    assert pd.isna(centre[ZIELONKI])  # its whole outflow goes to Kraków: a gap, not a zero
    assert pd.isna(centre[KRAKOW])
    assert centre.notna().sum() == 7  # the other KOM gminas send nothing in this table
    assert result.gminas.loc[BISKUPICE, "pull"] == pytest.approx(1.0)
    assert result.gminas.loc[KLAJ, "pull"] == pytest.approx(10 / 13)


def test_overlap_where_two_centres_pull_equally(hand_made):
    result = two_level(hand_made, request("flows"))

    assert result.gminas.loc[GDOW, "centre"] == WIELICZKA  # a tie goes to the first centre
    assert result.gminas.loc[GDOW, "overlap_with"] == NIEPOLOMICE
    assert result.gminas["overlap_with"].notna().sum() == 1
    assert result.table.loc[WIELICZKA, "overlap"] == 1
    strict = two_level(hand_made, request("flows", tolerance=0.0))
    assert strict.gminas.loc[GDOW, "overlap_with"] == NIEPOLOMICE  # exactly equal still overlaps


def test_statuses_and_map_classes_tell_members_overlaps_none_and_gaps(hand_made):
    request_ = request("flows")
    gminas = two_level(hand_made, request_).gminas
    status = gminas["status"]
    classes = map_classes(gminas, request_.centres)

    assert status[[KRAKOW, WIELICZKA, BISKUPICE, GDOW, ZIELONKI, CZERNICHOW]].tolist() == [
        "core",
        "centre",
        "member",
        "overlap",
        "none",  # it sends people, but only to the core
        "gap",  # it sends nobody in this table: no data
    ]
    assert set(status) <= set(STATUSES)
    n = len(SECONDARY)
    assert classes[[KRAKOW, WIELICZKA, BISKUPICE, KLAJ]].tolist() == [0, 1, 1, 2]
    assert classes[GDOW] == 1 + n  # Wieliczka's overlap colour
    assert classes[ZIELONKI] == 1 + 2 * n
    assert classes[CZERNICHOW] == -1


def test_second_order_chains_on_hand_made_flows(hand_made):
    result = two_level(hand_made, request("nystuen_dacey"))
    gminas = result.gminas

    assert gminas.loc[RACIECHOWICE, "centre"] == WIELICZKA  # Raciechowice → Biskupice → Wieliczka
    assert gminas.loc[RACIECHOWICE, "top"] == WIELICZKA
    assert gminas.loc[NIEPOLOMICE, "centre"] == NIEPOLOMICE  # a chosen centre heads its own
    assert gminas.loc[MOGILANY, "centre"] == SKAWINA
    assert pd.isna(gminas.loc[ZIELONKI, "centre"]) and gminas.loc[ZIELONKI, "top"] == ZIELONKI
    # First level: the chains of largest flows lead to Kraków (Mogilany's through Skawina)
    assert gminas.loc[[WIELICZKA, KLAJ, GDOW, ZIELONKI, MOGILANY], "first_level"].all()
    assert not gminas.loc[CZERNICHOW, "first_level"]  # no flow at all: a region of its own


def test_the_table_counts_gminas_population_and_flows_captured(hand_made, dataset):
    result = two_level(hand_made, request("flows"))
    table = result.table
    members = result.gminas.index[result.gminas["centre"] == WIELICZKA]
    population = dataset.values.by_indicator["population"]

    assert sorted(members) == sorted([WIELICZKA, BISKUPICE, GDOW])
    assert table.loc[WIELICZKA, ["level", "gminas"]].tolist() == [2, 3]
    assert table.loc[WIELICZKA, "population"] == pytest.approx(
        population.loc[members, population.columns.max()].sum()
    )
    assert table.loc[WIELICZKA, "captured"] == 12 + 6
    assert table.loc[WIELICZKA, "captured_share"] == pytest.approx(18 / (42 + 32))
    assert table.loc[WIELICZKA, "core_share"] == pytest.approx(50 / (42 + 32))
    assert table.loc[KRAKOW, "level"] == 1
    assert table.loc[KRAKOW, "gminas"] == result.gminas["first_level"].sum()
    assert pd.isna(table.loc[KRAKOW, "core_share"])


def test_huff_without_attractiveness_gives_each_gmina_its_nearest_secondary_centre(dataset):
    result = two_level(dataset, request("huff", alpha=0.0))
    codes = scope_codes("kom2003", dataset.codes, dataset.areas).drop(KRAKOW)
    points = dataset.gmina_points
    nearest = distance_matrix_km(points.loc[codes], points.loc[list(SECONDARY)]).idxmin(axis=1)

    pd.testing.assert_series_equal(
        result.gminas["centre"].drop(KRAKOW), nearest, check_names=False, check_dtype=False
    )


def test_nested_first_level_follows_centres_to_the_core():
    first = pd.Series({"K": "K", "W": "W", "N": "N", "a": "W", "b": "N", "c": np.nan})
    parents = pd.Series({"K": "W", "W": "K", "N": np.nan})

    result = nested_first_level(first, parents, "K")

    assert result.to_dict() == {
        "K": True,
        "W": True,
        "N": False,
        "a": True,
        "b": False,
        "c": False,
    }


# --- the real 2023 migration matrix, Kraków with Wieliczka, Niepołomice and Skawina -------------


@pytest.mark.parametrize("model", MODELS)
def test_each_secondary_centre_holds_more_than_itself_on_the_real_data(real, model):
    result = real[model]
    for centre in SECONDARY:
        members = result.gminas.index[result.gminas["centre"] == centre]
        assert centre in members
        assert len(members) > 1, (model, centre)
        assert result.table.loc[centre, "gminas"] == len(members)
        assert result.table.loc[centre, "captured"] > 0


@pytest.mark.parametrize("model", MODELS)
def test_the_core_heads_the_first_level_and_no_second_level_area(real, model):
    gminas = real[model].gminas

    assert gminas.loc[KRAKOW, "first_level"]
    assert gminas.loc[list(SECONDARY), "first_level"].all()  # each is pulled first by Kraków
    assert pd.isna(gminas.loc[KRAKOW, "centre"])
    assert set(gminas["centre"].dropna()) <= set(SECONDARY)


def test_the_real_second_level_follows_the_second_flow(real):
    centre = real["nystuen_dacey"].gminas["centre"]
    assert centre[GDOW] == WIELICZKA  # largest flow to Kraków (28), then Wieliczka (8)
    assert real["flows"].gminas.loc[KLAJ, "centre"] == NIEPOLOMICE


@pytest.mark.parametrize(
    "changes",
    [
        {"centres": ()},
        {"centres": tuple(f"12190{i}2" for i in range(7))},
        {"centres": (KRAKOW, WIELICZKA)},
        {"centres": (WIELICZKA, WIELICZKA)},
        {"centres": ("0201011",)},
        {"model": "reilly"},
        {"tolerance": 2.0},
    ],
)
def test_unusable_requests_raise_a_second_level_error(dataset, changes):
    with pytest.raises(SecondLevelError):
        two_level(dataset, request(**{"model": "huff", **changes}))


def test_an_attractiveness_without_values_raises_a_gravity_error(dataset):
    tables = dict(dataset.values.by_indicator)
    tables["population"] = tables["population"].copy()
    tables["population"].loc[WIELICZKA] = np.nan
    gap = dataclasses.replace(dataset, values=ValueTable(by_indicator=tables))

    with pytest.raises(GravityError):
        two_level(gap, request("huff"))
