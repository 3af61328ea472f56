"""The dataset the app loads: store, catalog, value table, areas and labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from layers.analysis.dataset import AREAS, Dataset, gmina_labels
from layers.analysis.teryt import KRAKOW
from layers.errors import StoreMissingError
from layers.store.io import load_dataset
from server.settings import GEODATA_DIR

SUFFIXES = {"1": "gm. miejska", "2": "gm. wiejska", "3": "gm. miejsko-wiejska"}


def test_loaded_parts(dataset: Dataset) -> None:
    assert set(dataset.areas) == set(AREAS)
    assert len(dataset.areas["smk"]) == 15
    assert len(dataset.areas["kom2003"]) == 51
    assert all(isinstance(code, str) and len(code) == 7 for code in dataset.areas["kom2003"])
    assert dataset.codes.equals(dataset.store.gminas.index)
    assert set(dataset.values.by_indicator) == set(dataset.store.values["indicator"])
    assert dataset.values.by_indicator["population"].loc[KRAKOW, 2022] == 803282


def test_area_lists_match_the_source_mirror(dataset: Dataset, source_dir: Path) -> None:
    smk = (source_dir / "areas" / "smk_members.csv").read_text(encoding="utf-8").splitlines()

    assert sorted(dataset.areas["smk"]) == sorted(line.split(",")[0] for line in smk[1:])
    assert set(dataset.areas["kom2003"]) <= set(dataset.codes)


def test_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError, match="flask --app app build"):
        load_dataset(tmp_path, GEODATA_DIR)


def test_labels_add_the_type_only_to_repeated_names(dataset: Dataset) -> None:
    labels = gmina_labels(dataset, SUFFIXES)

    assert labels[KRAKOW] == "Kraków"
    assert labels["1201011"] == "Bochnia (gm. miejska)"
    assert labels["1201022"] == "Bochnia (gm. wiejska)"
    assert labels["1219053"] == "Wieliczka"
    assert labels.name == "label"
    assert labels.index.equals(dataset.codes)
    gminas = dataset.store.gminas
    repeated = gminas["name"].duplicated(keep=False)
    assert (labels[~repeated] == gminas["name"][~repeated]).all()
    assert labels[repeated].str.fullmatch(r".+ \(gm\. (miejska|wiejska|miejsko-wiejska)\)").all()
    assert repeated.sum() > 100  # Bochnia, Bolesławiec, Nowy Targ…: type digit matters


def test_a_gmina_bounds_hold_its_polygon_and_lie_inside_its_scope(dataset: Dataset) -> None:
    west, south, east, north = dataset.gmina_bounds(KRAKOW)
    assert west < 19.94 < east and south < 50.06 < north  # Kraków's market square
    assert 0.3 < east - west < 0.5 and 0.1 < north - south < 0.2  # a city, not Poland
    smk = dataset.store.gminas.loc[dataset.areas["smk"]].total_bounds
    assert smk[0] <= west and smk[1] <= south and east <= smk[2] and north <= smk[3]
