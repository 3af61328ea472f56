"""The commuting matrix importer: GUS's NSP 2021 workbook layout, its quirks and its errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from layers.analysis.flows import COMMUTING as KIND
from layers.errors import (
    CommutingCodesError,
    CommutingCountError,
    CommutingHeaderError,
    CommutingMatrixError,
    CommutingNegativeError,
    CommutingSheetError,
    SourceFileError,
    StoreMissingError,
)
from layers.ingest.build import BuildSources, inputs_fingerprint, write_current_store
from layers.ingest.commuting import commuting_flows, import_into_store, with_commuting
from layers.ingest.sources import COMMUTING_XLSX
from layers.store import io
from server.settings import GEODATA_DIR
from tests.layers.ingest.test_build import source_copy
from tests.support.commuting_workbook import CODES, EXPECTED, ROWS, write_workbook


def pairs(flows: pd.DataFrame) -> dict[tuple[str, str], float]:
    return {(o, d): v for o, d, v in flows[["origin", "destination", "volume"]].values.tolist()}


def test_the_workbook_imports_to_the_expected_flows(tmp_path: Path) -> None:
    result = commuting_flows(write_workbook(tmp_path / "m.xlsx"), CODES, CODES)

    assert pairs(result.flows) == EXPECTED
    assert set(result.flows["kind"]) == {"commuting"} and set(result.flows["year"]) == {2021}
    assert list(result.flows.columns) == ["origin", "destination", "year", "kind", "volume"]
    assert (result.rows, result.dropped, result.unknown) == (9, 1, ("9999999",))


def bad_rows(count: object) -> list[list]:
    return [ROWS[0], ["1206113", "Skawina", "1261011", "Kraków", count]]


@pytest.mark.parametrize(
    ("write", "error", "code", "says"),
    [
        (lambda p: write_workbook(p, sheet="Arkusz1"), CommutingSheetError, "commuting_sheet",
         "no sheet 'Macierz przepływów'"),
        (lambda p: write_workbook(p, header=False), CommutingHeaderError, "commuting_header",
         "no header row"),
        (lambda p: write_workbook(p, bad_rows("dużo")), CommutingCountError, "commuting_count",
         "row 6: 'dużo'"),
        (lambda p: write_workbook(p, bad_rows(None)), CommutingCountError, "commuting_count",
         "row 6: None"),
        (lambda p: write_workbook(p, bad_rows(2.5)), CommutingCountError, "commuting_count",
         "not a whole number"),
        (lambda p: write_workbook(p, bad_rows(-4)), CommutingNegativeError, "commuting_negative",
         "negative count(s) (rows 6)"),
        (lambda p: write_workbook(p, [["9999999", "X", "8888888", "Y", 5]]), CommutingCodesError,
         "commuting_codes", "no row names two known gminas"),
        (lambda p: write_workbook(p, []), CommutingCodesError, "commuting_codes", "no row"),
        (lambda p: p.write_bytes(b"residence;workplace\n1;2\n"), CommutingMatrixError,
         "commuting_file", "not a readable XLSX"),
    ],
    ids=["no-sheet", "no-header", "text-count", "empty-count", "fraction", "negative",
         "unknown-codes", "no-rows", "not-xlsx"],
)  # fmt: skip
def test_malformed_workbooks_give_their_error_code(tmp_path, write, error, code, says) -> None:
    path = tmp_path / "m.xlsx"
    write(path)

    with pytest.raises(error) as raised:
        commuting_flows(path, CODES, CODES)

    assert type(raised.value) is error and raised.value.code == code
    assert says in str(raised.value) and "m.xlsx" in str(raised.value)


def test_with_commuting_replaces_earlier_commuting_and_keeps_migration() -> None:
    columns = ["origin", "destination", "year", "kind", "volume"]
    flows = pd.DataFrame(
        [("A", "B", 2023, "migration", 5.0), ("A", "B", 2021, "commuting", 99.0)], columns=columns
    )
    new = pd.DataFrame([("B", "A", 2021, "commuting", 7.0)], columns=columns)

    result = with_commuting(flows, new)

    assert result.values.tolist() == [
        ["A", "B", 2023, "migration", 5.0],
        ["B", "A", 2021, "commuting", 7.0],
    ]


# --- into a copy of the real store --------------------------------------------------------


@pytest.fixture
def store_copy(store_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(store_dir, copy)
    return copy


def test_import_into_a_store_replaces_commuting_and_keeps_migration(store_copy, tmp_path) -> None:
    migration = pd.read_parquet(store_copy / io.FLOWS_FILE)
    before = io.read_manifest(store_copy)
    workbook = write_workbook(tmp_path / "nsp.xlsx")

    import_into_store(workbook, store_copy)
    result = import_into_store(workbook, store_copy)  # replaces, no doubles

    assert (len(result.flows), result.flows["volume"].sum()) == (7, 13539)
    assert (result.rows, result.dropped, result.unknown) == (9, 1, ("9999999",))
    flows = io.read_store(store_copy).flows
    commuting = flows[flows["kind"] == KIND]
    assert pairs(commuting) == EXPECTED
    kept = flows[flows["kind"] == "migration"].reset_index(drop=True)
    pd.testing.assert_frame_equal(kept, migration)
    manifest = json.loads((store_copy / io.MANIFEST_FILE).read_text())
    assert {k: v for k, v in manifest.items() if k != "commuting"} == before
    assert manifest["commuting"]["file"] == "nsp.xlsx"
    assert (manifest["commuting"]["pairs"], manifest["commuting"]["commuters"]) == (7, 13539)


def test_a_failed_import_writes_nothing(store_copy, tmp_path) -> None:
    before = {path.name: path.read_bytes() for path in store_copy.iterdir()}
    workbook = write_workbook(tmp_path / "bad.xlsx", bad_rows(-1))

    with pytest.raises(CommutingNegativeError, match=r"bad\.xlsx: 1 negative count"):
        import_into_store(workbook, store_copy)

    assert {path.name: path.read_bytes() for path in store_copy.iterdir()} == before


def test_import_needs_a_built_store(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError):
        import_into_store(write_workbook(tmp_path / "m.xlsx"), tmp_path)


# --- the data build ------------------------------------------------------------------------


@pytest.fixture
def build_env(source_dir: Path, tmp_path: Path) -> Path:
    """A source mirror whose commuting workbook is to be written (its path); store in tmp."""
    return source_copy(source_dir, tmp_path / "source", COMMUTING_XLSX)


def mirror(workbook: Path) -> BuildSources:
    """What the build reads from the mirror holding ``workbook``."""
    return BuildSources(workbook.parents[1], GEODATA_DIR)


def test_build_imports_the_workbook_of_the_source_dir(build_env, source_dir, dataset, tmp_path):
    write_workbook(build_env)
    store_dir = tmp_path / "store"

    manifest = write_current_store(store_dir, mirror(build_env))

    flows = io.read_store(store_dir).flows
    assert pairs(flows[flows["kind"] == KIND]) == EXPECTED
    migration = flows[flows["kind"] == "migration"].reset_index(drop=True)
    pd.testing.assert_frame_equal(migration, dataset.store.flows)
    assert manifest == io.read_manifest(store_dir)
    assert (manifest["commuting"]["file"], manifest["commuting"]["pairs"]) == (build_env.name, 7)
    assert manifest["fingerprint"] == inputs_fingerprint(mirror(build_env))
    assert manifest["fingerprint"] != inputs_fingerprint(BuildSources(source_dir, GEODATA_DIR))


def test_build_names_a_broken_workbook(build_env, tmp_path) -> None:
    write_workbook(build_env, sheet="Arkusz1")

    with pytest.raises(CommutingSheetError) as raised:
        write_current_store(tmp_path / "store", mirror(build_env))

    assert str(raised.value) == (
        f"{build_env.name}: no sheet 'Macierz przepływów' (sheets: Uwagi, Arkusz1)"
    )
    assert not (tmp_path / "store").exists()


def test_build_needs_the_configured_workbook(build_env, tmp_path) -> None:
    sources = BuildSources(build_env.parents[1], GEODATA_DIR, tmp_path / "none.xlsx")

    with pytest.raises(SourceFileError, match=r"none\.xlsx: commuting workbook not found"):
        write_current_store(tmp_path / "store", sources)
