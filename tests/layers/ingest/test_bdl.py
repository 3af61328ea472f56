"""The BDL refresh: fetched years saved into the store, failures writing nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.errors import BdlError
from layers.ingest import bdl
from layers.ingest.bdl_client import BdlClient
from layers.store import io
from layers.store.io import load_dataset
from server.settings import GEODATA_DIR
from tests.support.bdl_server import Script, bdl_id, bdl_server

TODAY = date(2026, 6, 1)


@pytest.fixture
def own_store(store_dir: Path, tmp_path: Path) -> Path:
    """A copy of the real store that a test may write to."""
    return Path(shutil.copytree(store_dir, tmp_path / "store"))


def smk_script(dataset: Dataset, year: int = 2025) -> Script:
    """SMK gminas over three pages; one without data (attrId 0), plus Kraków's delegatura."""
    codes = list(scope_codes("smk", dataset.codes, dataset.areas))
    units = [
        (bdl_id(c), c, [(year, 1000.0 * (i + 1), 0 if i == 1 else 1)]) for i, c in enumerate(codes)
    ]
    units.append((bdl_id("1261029"), "Kraków-Krowodrza", [(year, 5.0, 1)]))
    return Script([units[:6], units[6:12], units[12:]])


def test_refresh_store_saves_new_years_with_retrieval_date(dataset, own_store):
    script = smk_script(dataset)
    seen = []
    with bdl_server(script) as url:
        client = BdlClient(url, clock=lambda: 0.0, sleep=lambda _: None)
        request = bdl.RefreshRequest((72305,), "smk", (2025,), TODAY)
        summary = bdl.refresh_store(own_store, GEODATA_DIR, client, request, seen.append)
    assert [(p.page, p.pages) for p in seen] == [(1, 3), (2, 3), (3, 3)]
    assert summary[["bdl_variable", "variable", "year", "fetched", "added"]].values.tolist() == [
        [72305, "population", 2025, 14, 14]
    ]
    saved = io.read_fetched(own_store)
    assert len(saved) == 14
    assert set(saved["retrieved"]) == {"2026-06-01"}
    reloaded = load_dataset(own_store, GEODATA_DIR)
    assert 2025 in reloaded.catalog["population"].years
    assert reloaded.values.by_indicator["population"][2025].notna().sum() == 14
    assert reloaded.catalog["population"].updated == "2026-06-01"  # the catalog's last update
    assert reloaded.catalog["population"].source_date == "2026-06-01"  # its newest source
    assert reloaded.catalog["population"].source_date_kind == "retrieved"
    assert reloaded.catalog["urbanization"].updated == dataset.catalog["urbanization"].updated


@pytest.mark.parametrize("number", [72305, 34227])  # population; live births (2020, 2024)
def test_refresh_asks_the_years_after_the_store_by_default(dataset, own_store, number):
    script = smk_script(dataset, 2025)
    with bdl_server(script) as url:
        client = BdlClient(url, clock=lambda: 0.0, sleep=lambda _: None)
        request = bdl.RefreshRequest((number,), "smk", (), TODAY)
        bdl.refresh_store(own_store, GEODATA_DIR, client, request, lambda _: None)
    assert {r.query["year"][0] for r in script.requests} == {"2025"}
    assert {r.path.rsplit("/", 1)[-1] for r in script.requests} == {str(number)}


def test_a_failed_refresh_writes_nothing(dataset, own_store):
    script = smk_script(dataset)
    script.failures = {1: [(400, {})]}
    with bdl_server(script) as url, pytest.raises(BdlError):
        client = BdlClient(url, clock=lambda: 0.0, sleep=lambda _: None)
        request = bdl.RefreshRequest((72305,), "smk", (2025,), TODAY)
        bdl.refresh_store(own_store, GEODATA_DIR, client, request, lambda _: None)
    assert not (own_store / io.FETCHED_FILE).exists()


def test_a_year_without_data_is_listed_with_zero_rows(dataset, own_store):
    script = smk_script(dataset, 2025)
    with bdl_server(script) as url:
        client = BdlClient(url, clock=lambda: 0.0, sleep=lambda _: None)
        request = bdl.RefreshRequest((72305,), "smk", (2024, 2025), TODAY)
        summary = bdl.refresh_store(own_store, GEODATA_DIR, client, request, lambda _: None)
    assert summary[["year", "fetched", "added"]].values.tolist() == [[2024, 0, 0], [2025, 14, 14]]


def test_an_unknown_variable_is_refused(dataset):
    client = BdlClient("http://127.0.0.1:9")
    with pytest.raises(BdlError) as caught:
        bdl.fetched_rows(client, dataset, bdl.RefreshRequest((1,), "smk"), lambda _: None)
    assert caught.value.code == "bdl_variable"


def test_the_connector_offers_every_catalog_indicator_with_a_bdl_id(dataset):
    offered = bdl.bdl_variables(dataset.catalog)
    with_ids = {i.id: i.bdl_variable for i in dataset.catalog.values() if i.bdl_variable}

    assert set(offered) == set(with_ids.values())
    assert {72305, 10514, 34227, 34254, 34270, 74628} <= set(offered)
    for indicator_id, number in with_ids.items():
        formula = dataset.catalog[indicator_id].formula
        fed = formula.get("variable") or formula["ratio"][0]
        assert offered[number].variable == fed, indicator_id
    assert offered[74628].indicator == "dwellings_completed"  # the count, not its ratio


def test_a_new_series_is_extended_past_2024_with_its_ratio(dataset, own_store):
    """Population and dwellings for 2025 give dwellings per 1,000 for 2025 as well."""
    with bdl_server(smk_script(dataset)) as url:
        client = BdlClient(url, clock=lambda: 0.0, sleep=lambda _: None)
        request = bdl.RefreshRequest((72305, 74628), "smk", (2025,), TODAY)
        summary = bdl.refresh_store(own_store, GEODATA_DIR, client, request, lambda _: None)

    assert summary["variable"].tolist() == ["population", "dwellings_completed"]
    reloaded = load_dataset(own_store, GEODATA_DIR)
    assert 2025 in reloaded.catalog["dwellings_completed"].years
    per_1000 = reloaded.values.by_indicator["dwellings_per_1000"][2025].dropna()
    assert len(per_1000) == 14
    assert (per_1000 == 1000.0).all()  # the replay gives both variables the same figures
