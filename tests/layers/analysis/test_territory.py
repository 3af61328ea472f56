"""A gmina's territory over time: declared and found breaks, epochs, same-territory matching."""

from __future__ import annotations

import tomllib

import pandas as pd
import pytest

from layers.analysis.territory import (
    BREAK_COLUMNS,
    area_breaks,
    breaks_table,
    crossing,
    declared_breaks,
    epochs,
    no_breaks,
    same_territory_join,
)
from layers.errors import CatalogError
from server.settings import GEODATA_DIR

ZIELONA_GORA = "0862011"


def long(rows: list[tuple[str, int, float]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["teryt", "year", "value"])


def test_declared_breaks_are_one_row_per_gmina_of_each_change() -> None:
    raw = {
        "change": [
            {"year": 2015, "gminas": ["0862011"], "note_pl": "połączenie", "note_en": "merger"},
            {"year": 2017, "gminas": ["1661011", "1609022"], "note_pl": "a", "note_en": "b"},
        ]
    }

    breaks = declared_breaks(raw)

    assert list(breaks.columns) == BREAK_COLUMNS
    assert breaks[["teryt", "year", "kind"]].values.tolist() == [
        ["0862011", 2015, "territory"],
        ["1661011", 2017, "territory"],
        ["1609022", 2017, "territory"],
    ]
    assert breaks["area_before"].isna().all()
    assert declared_breaks({}).empty and list(declared_breaks({}).columns) == BREAK_COLUMNS


@pytest.mark.parametrize(
    "change",
    [
        {"gminas": ["0862011"], "note_pl": "a", "note_en": "b"},  # no year
        {"year": 2015, "gminas": ["0862011"], "note_pl": "a"},  # no English note
        {"year": 2015, "gminas": [862011], "note_pl": "a", "note_en": "b"},  # a number
        {"year": 2015, "gminas": ["086201"], "note_pl": "a", "note_en": "b"},  # 6 digits
    ],
)
def test_a_malformed_change_is_refused(change: dict) -> None:
    with pytest.raises(CatalogError):
        declared_breaks({"change": [change]})


def test_the_project_declares_zielona_goras_merger() -> None:
    raw = tomllib.loads((GEODATA_DIR / "territory.toml").read_text(encoding="utf-8"))

    breaks = declared_breaks(raw)

    merger = breaks[breaks["teryt"] == ZIELONA_GORA].iloc[0]
    assert merger["year"] == 2015 and merger["note_pl"].startswith("1 I 2015")
    assert breaks["teryt"].str.fullmatch(r"\d{7}").all()


def test_an_area_changing_over_one_percent_is_a_break_of_the_later_edition() -> None:
    rows = [("A", 2021, 100.0), ("A", 2022, 100.5), ("A", 2025, 120.0)]
    area = long([*rows, ("B", 2021, 10.0), ("B", 2025, 10.0)])

    found = area_breaks(area)

    assert found[["teryt", "year", "kind"]].values.tolist() == [["A", 2025, "area"]]
    assert (found["area_before"].iloc[0], found["area_after"].iloc[0]) == (100.5, 120.0)
    assert area_breaks(area, limit=0.001)["year"].tolist() == [2022, 2025]


def test_a_declared_break_wins_over_one_found_in_the_same_year() -> None:
    declared = declared_breaks(
        {"change": [{"year": 2025, "gminas": ["1234567"], "note_pl": "a", "note_en": "b"}]}
    )
    found = area_breaks(long([("1234567", 2021, 10.0), ("1234567", 2025, 20.0)]))
    found = pd.concat([found, area_breaks(long([("0000001", 2021, 1.0), ("0000001", 2023, 2.0)]))])

    table = breaks_table(declared, found)

    assert table[["teryt", "year", "kind"]].values.tolist() == [
        ["0000001", 2023, "area"],
        ["1234567", 2025, "territory"],
    ]


def test_no_breaks_at_all_make_an_empty_table() -> None:
    table = breaks_table(no_breaks(), no_breaks())

    assert table.empty and list(table.columns) == BREAK_COLUMNS


def test_epochs_count_the_breaks_passed() -> None:
    rows = pd.DataFrame({"teryt": ["A", "A", "A", "B"], "year": [2014, 2015, 2022, 2015]})
    breaks = pd.DataFrame({"teryt": ["A", "A"], "year": [2015, 2022]})

    assert epochs(rows, breaks).tolist() == [0, 1, 2, 0]


def test_crossing_names_the_gminas_with_a_break_after_the_start_up_to_the_end() -> None:
    breaks = pd.DataFrame({"teryt": ["A", "B", "C"], "year": [2015, 2020, 2021]})
    codes = pd.Index(["A", "B", "C", "D"])

    assert crossing(breaks, codes, 2015, 2020).tolist() == ["B"]  # A's break is the start
    assert crossing(breaks, codes, 2014, 2025).tolist() == ["A", "B", "C"]
    assert crossing(no_breaks(), codes, 2010, 2024).empty


def test_a_figure_is_matched_with_the_nearest_edition_of_its_epoch() -> None:
    population = long([("A", 2010, 1.0), ("A", 2023, 2.0), ("B", 2014, 3.0), ("B", 2016, 4.0)])
    area = long([("A", 2021, 10.0), ("A", 2025, 11.0), ("B", 2021, 5.0)])
    breaks = pd.DataFrame({"teryt": ["B"], "year": [2015]})

    joined = same_territory_join(population, area, breaks)

    # A in 2023 lies as near 2021 as 2025: the later edition wins the tie; B's 2014 figure
    # describes the territory before its break, for which no edition is known
    assert joined.to_dict("records") == [
        {"teryt": "A", "year": 2010, "value_num": 1.0, "value_den": 10.0, "year_den": 2021},
        {"teryt": "A", "year": 2023, "value_num": 2.0, "value_den": 11.0, "year_den": 2025},
        {"teryt": "B", "year": 2016, "value_num": 4.0, "value_den": 5.0, "year_den": 2021},
    ]


def test_the_real_store_breaks_zielona_goras_series_where_it_merged(dataset) -> None:
    breaks, values = dataset.store.breaks, dataset.store.values
    rows = values[(values["indicator"] == "population") & (values["teryt"] == ZIELONA_GORA)]

    epoch = epochs(rows, breaks).groupby(rows["year"]).first()

    assert list(breaks.columns) == BREAK_COLUMNS
    assert set(epoch[epoch.index < 2015]) == {0}
    assert epoch[2015] == 1  # merged with the rural gmina on 1 I 2015
    assert ZIELONA_GORA in crossing(breaks, dataset.codes, 2014, 2015)
    assert ZIELONA_GORA not in crossing(breaks, dataset.codes, 2015, 2016)
