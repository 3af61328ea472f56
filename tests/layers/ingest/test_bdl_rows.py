"""BDL answers to store rows: unit ids to TERYT, no-data values and districts dropped."""

from __future__ import annotations

import pandas as pd

from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.ingest.bdl_rows import answer_frame, answer_rows, parent_unit, unit_teryt
from layers.ingest.sources import SourceColumn
from tests.support.bdl_server import bdl_id

POPULATION = SourceColumn("population", "BDL 72305", "value")


def malopolska_units(dataset: Dataset) -> list[tuple[str, str, list]]:
    """Units as BDL lists them at level 6 for Małopolska: gminas, and town/rural parts of type 3."""
    codes = scope_codes("malopolska", dataset.codes, dataset.areas)
    units = []
    for number, code in enumerate(codes):
        units.append((bdl_id(code), f"g{code}", [(2025, 1000.0 + number, 1)]))
        if code.endswith("3"):
            for part in ("4", "5"):
                units.append((bdl_id(code[:6] + part), "part", [(2025, 1.0, 1)]))
    return units


def test_unit_ids_map_to_teryt_for_known_pairs():
    ids = pd.Series(["011212001011", "011213061011", "011200000000", "12345"])
    assert unit_teryt(ids).tolist() == ["1201011", "1261011", "1200000", ""]


def test_a_malopolska_answer_maps_to_store_gminas_only(dataset):
    units = malopolska_units(dataset)
    assert len(units) == 282  # 182 gminas + town and rural parts of the 50 urban-rural ones
    answer = {
        "results": [
            {
                "id": i,
                "name": n,
                "values": [{"year": str(y), "val": v, "attrId": a} for y, v, a in vals],
            }
            for i, n, vals in units
        ]
    }
    codes = scope_codes("malopolska", dataset.codes, dataset.areas)
    rows = answer_rows(answer, POPULATION, codes, dataset.codes)
    # Kamienica's 2025 figure covers its territory without Szczawa (split off on 1 I 2025),
    # not the territory the map draws: it is left out
    assert len(rows) == 181
    assert set(rows["teryt"]) == set(codes) - {"1207052"}
    assert set(rows["teryt"]) <= set(dataset.codes)


def test_no_data_values_and_districts_are_dropped(dataset):
    answer = {
        "results": [
            {
                "id": bdl_id("1261011", "13"),
                "name": "Kraków",
                "values": [
                    {"year": "2025", "val": 0, "attrId": 0},
                    {"year": "2024", "val": 809000.0, "attrId": 1},
                ],
            },
            {
                "id": bdl_id("1261029", "13"),
                "name": "Kraków-Krowodrza",
                "values": [{"year": "2025", "val": 5.0, "attrId": 1}],
            },
            {
                "id": "011213061000",
                "name": "powiat",
                "values": [{"year": "2025", "val": 5.0, "attrId": 1}],
            },
        ]
    }
    assert len(answer_frame(answer)) == 3
    rows = answer_rows(answer, POPULATION, dataset.codes, dataset.codes)
    assert rows[["teryt", "year", "value"]].values.tolist() == [["1261011", 2024, 809000.0]]


def test_parent_unit_is_malopolska_or_all_poland(dataset):
    assert parent_unit(scope_codes("smk", dataset.codes, dataset.areas)) == "011200000000"
    assert parent_unit(dataset.codes) is None
