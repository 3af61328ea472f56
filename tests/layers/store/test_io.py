"""Reading sources, metadata and the store; writing the store."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from layers.analysis.dataset import Dataset, Store
from layers.errors import CatalogError, SourceFileError, StoreMissingError
from layers.store import io


def test_read_source_table_keeps_codes_as_strings(source_dir: Path) -> None:
    path = "stats/gugik_area_gminy_2025-01-01.csv"

    frame = io.read_source_table(source_dir, path, ["teryt", "area_ha"])

    assert frame.loc[0, "teryt"] == "0201011"
    assert len(frame) == 2479


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "file not found"),
        ("teryt,x\n0201011,1\n", "missing column(s) area_ha"),
        ("", "not a readable UTF-8 CSV"),
        (b"teryt,area_ha\n0201011,\xff\xfe\n", "not a readable UTF-8 CSV"),
    ],
    ids=["missing", "column", "empty", "not-utf8"],
)
def test_read_source_table_errors(
    tmp_path: Path, content: str | bytes | None, message: str
) -> None:
    file = tmp_path / "stats" / "t.csv"
    file.parent.mkdir()
    if isinstance(content, bytes):
        file.write_bytes(content)
    elif content is not None:
        file.write_text(content)

    with pytest.raises(SourceFileError, match=r"stats/t\.csv") as error:
        io.read_source_table(tmp_path, "stats/t.csv", ["teryt", "area_ha"])

    assert message in str(error.value)


def test_read_source_layer_requires_properties(tmp_path: Path) -> None:
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"terc": "1261011"},
                "geometry": {"type": "Point", "coordinates": [19.94, 50.06]},
            }
        ],
    }
    (tmp_path / "g.geojson").write_text(json.dumps(collection))

    assert io.read_source_layer(tmp_path, "g.geojson", ["terc"]).loc[0, "terc"] == "1261011"
    with pytest.raises(SourceFileError, match=r"g\.geojson: missing column\(s\) name"):
        io.read_source_layer(tmp_path, "g.geojson", ["terc", "name"])
    with pytest.raises(SourceFileError, match="file not found"):
        io.read_source_layer(tmp_path, "none.geojson", ["terc"])


def test_read_toml_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text("[[indicator]\n")

    with pytest.raises(CatalogError, match=r"bad\.toml"):
        io.read_toml(tmp_path / "bad.toml")
    with pytest.raises(CatalogError, match=r"missing\.toml"):
        io.read_toml(tmp_path / "missing.toml")


def test_read_area_codes_keeps_leading_zeros(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("teryt,name\n0201011,Bolesławiec\n1261011,Kraków\n")

    assert io.read_area_codes(tmp_path / "a.csv") == ["0201011", "1261011"]


def test_fingerprint_depends_on_names_and_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("x")
    b.write_text("y")
    first = io.fingerprint([a, b])

    assert io.fingerprint([b, a, a]) == first  # order and repeats do not matter
    b.write_text("z")
    assert io.fingerprint([a, b]) != first
    assert len(first) == 64


def test_store_round_trip(dataset: Dataset, tmp_path: Path) -> None:
    store = dataset.store
    small = Store(
        gminas=store.gminas.iloc[:3],
        gminas_metric=store.gminas_metric.iloc[:3],
        powiats=store.powiats.iloc[:2],
        voivodeships=store.voivodeships.iloc[:1],
        districts=store.districts.iloc[:2],
        values=store.values.iloc[:10],
        flows=store.flows.iloc[:5],
    )

    io.write_store(tmp_path, small, {"fingerprint": "abc"})
    back = io.read_store(tmp_path)

    assert io.read_manifest(tmp_path) == {"fingerprint": "abc"}
    for name in io.STORE_LAYERS:
        assert getattr(back, name).geom_equals(getattr(small, name)).all(), name
        assert getattr(back, name).index.equals(getattr(small, name).index), name
        assert getattr(back, name).crs == getattr(small, name).crs, name
    pd.testing.assert_frame_equal(back.values, small.values.reset_index(drop=True))


def test_read_store_without_manifest(tmp_path: Path) -> None:
    assert io.read_manifest(tmp_path) == {}
    with pytest.raises(StoreMissingError):
        io.read_store(tmp_path)


def test_the_build_findings_are_read_with_the_store(dataset, store_dir: Path) -> None:
    quality = dataset.store.quality
    written = pd.read_csv(store_dir / io.QUALITY_FILE, dtype={"teryt": str})

    assert len(quality) == len(written) > 0
    assert quality["teryt"].str.len().eq(7).all()
    assert io.read_quality(store_dir / "nowhere").empty
