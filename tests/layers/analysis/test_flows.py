"""Origin→destination tables: recoding, city districts, summing, inflows from one origin."""

from __future__ import annotations

import pandas as pd

from layers.analysis.flows import flow_table, inflow_rows

CODES = pd.Index(["1201011", "1219053", "1261011", "1465011"], name="teryt")
COLUMNS = {"origin": "o", "destination": "d", "year": "y", "volume": "n"}


def source(rows: list[list[str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["o", "d", "y", "n"])


def test_districts_count_as_their_city_and_inner_moves_are_dropped() -> None:
    rows = [
        ["1465028", "1261011", "2023", "5"],  # Warsaw district → Kraków
        ["1465038", "1261011", "2023", "7"],  # another district: summed with the first
        ["1465028", "1465038", "2023", "9"],  # inside Warsaw: dropped
        ["1261011", "1219053", "2023", "697"],
        ["1219054", "1261011", "2023", "3"],  # a town part: not a gmina, dropped
    ]

    table = flow_table(source(rows), COLUMNS, "migration", CODES, CODES)

    got = {(r.origin, r.destination): r.volume for r in table.itertuples()}
    assert got == {("1465011", "1261011"): 12.0, ("1261011", "1219053"): 697.0}
    assert set(table["kind"]) == {"migration"} and set(table["year"]) == {2023}


def test_stale_codes_move_to_their_current_code() -> None:
    current = pd.Index(["1208043", "1261011"])
    rows = [["1208042", "1261011", "2023", "4"]]  # Książ Wielki before its type changed

    table = flow_table(source(rows), COLUMNS, "migration", current, current)

    assert table[["origin", "destination"]].values.tolist() == [["1208043", "1261011"]]


def test_inflows_from_one_origin_are_zero_filled_except_the_origin() -> None:
    flows = flow_table(
        source([["1261011", "1219053", "2023", "697"], ["1219053", "1261011", "2023", "500"]]),
        COLUMNS,
        "migration",
        CODES,
        CODES,
    )

    rows = inflow_rows(flows, "1261011", CODES, "migrants_from_krakow")

    assert dict(zip(rows["teryt"], rows["value"], strict=True)) == {
        "1201011": 0.0,
        "1219053": 697.0,
        "1465011": 0.0,
    }
    assert set(rows["variable"]) == {"migrants_from_krakow"} and set(rows["year"]) == {2023}


def test_real_matrix_in_the_store(dataset) -> None:
    flows = dataset.store.flows
    krakow_to_wieliczka = flows[
        (flows["origin"] == "1261011") & (flows["destination"] == "1219053")
    ]
    assert krakow_to_wieliczka["volume"].tolist() == [697.0]
    assert (
        flows["origin"].isin(dataset.codes).all()
        and (flows["origin"] != flows["destination"]).all()
    )
    assert "1465011" in set(flows["destination"])  # Warsaw's districts counted as the city
