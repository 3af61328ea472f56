"""The data behind a map view as CSV, XLSX, GeoJSON and GeoPackage, read back."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd
import pytest

import geopandas as gpd

from layers.errors import ExportError
from layers.render.choropleth import ViewRequest
from layers.render.static_map import MapStyle, MapTexts
from layers.render.view_export import view_file, view_file_name

SMK_POPULATION = ViewRequest("smk", "population", 2023, palette="Blues")
NODATA = "brak danych"


def style(lang: str = "pl") -> MapStyle:
    return MapStyle(MapTexts("SMK", NODATA, "Eksport", "Źródło", lang), date(2026, 11, 28))


def stored(dataset, indicator: str, year: int, codes) -> pd.Series:
    """Values straight from the store's long table."""
    long = dataset.store.values
    rows = long[(long["indicator"] == indicator) & (long["year"] == year)]
    return rows.set_index("teryt")["value"].reindex(codes)


def check_rows(dataset, frame: pd.DataFrame, labels: pd.Series) -> None:
    frame = frame.set_index("teryt")
    assert sorted(frame.index) == sorted(dataset.areas["smk"])
    expected = stored(dataset, "population", 2023, frame.index)
    assert frame["value"].astype(float).tolist() == pytest.approx(expected.tolist())
    assert frame["rank"].astype(int).tolist() == expected.rank(ascending=False).astype(int).tolist()
    assert (frame["name"] == labels.reindex(frame.index)).all()
    assert (frame["unit"] == "osoby").all() and (frame["year"] == 2023).all()
    assert frame.loc["1261011", "class"] == "35 339 – 806 201"  # Kraków: the top class
    assert frame.loc["1261011", "rank"] == 1


def test_csv_reads_back_with_the_stores_values(dataset, labels):
    content = view_file(dataset, SMK_POPULATION, "csv", style(), labels)
    assert content.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(
        io.BytesIO(content), sep=";", decimal=",", dtype={"teryt": str}, encoding="utf-8-sig"
    )
    assert list(frame.columns) == [
        "teryt",
        "name",
        "value",
        "class",
        "rank",
        "unit",
        "year",
        "level",
    ]
    assert set(frame["level"]) == {"gmina"}
    check_rows(dataset, frame, labels)


def test_english_csv_uses_commas_and_points(dataset, labels):
    content = view_file(dataset, SMK_POPULATION, "csv", style("en"), labels)
    frame = pd.read_csv(io.BytesIO(content), dtype={"teryt": str}, encoding="utf-8-sig")
    assert frame.set_index("teryt").loc["1261011", "class"] == "35,339 – 806,201"


def test_xlsx_reads_back_with_the_stores_values(dataset, labels):
    content = view_file(dataset, SMK_POPULATION, "xlsx", style(), labels)
    frame = pd.read_excel(io.BytesIO(content), dtype={"teryt": str})
    check_rows(dataset, frame, labels)


@pytest.mark.parametrize(("file_format", "epsg"), [("geojson", 4326), ("gpkg", 2180)])
def test_geodata_reads_back_in_its_crs(dataset, labels, tmp_path, file_format, epsg):
    path = tmp_path / f"view.{file_format}"
    path.write_bytes(view_file(dataset, SMK_POPULATION, file_format, style(), labels))
    frame = gpd.read_file(path)
    assert frame.crs.to_epsg() == epsg
    check_rows(dataset, pd.DataFrame(frame.drop(columns="geometry")), labels)
    area = frame.to_crs(2180).set_index("teryt").area
    expected = dataset.store.gminas.to_crs(2180).area.reindex(area.index)
    assert area.tolist() == pytest.approx(expected.tolist(), rel=1e-3)


def test_names_that_look_like_formulas_are_neutralised(dataset, labels):
    tricky = labels.copy()
    tricky["1261011"] = "=HYPERLINK(1)"
    content = view_file(dataset, SMK_POPULATION, "csv", style(), tricky)
    assert b"'=HYPERLINK(1)" in content


def test_unknown_format_is_refused(dataset, labels):
    with pytest.raises(ExportError):
        view_file(dataset, SMK_POPULATION, "docx", style(), labels)


def test_file_names_say_what_they_hold():
    assert view_file_name(SMK_POPULATION, "png") == "mapa_population_2023_smk.png"
    assert view_file_name(SMK_POPULATION, "gpkg") == "dane_population_2023_smk.gpkg"


def test_a_powiat_view_exports_the_powiats_with_their_level(dataset):
    request = ViewRequest("smk", "avg_gross_salary_powiat", 2024)
    names = pd.Series({"1206000": "powiat krakowski"})

    frame = pd.read_excel(
        io.BytesIO(view_file(dataset, request, "xlsx", style(), names)), dtype={"teryt": str}
    ).set_index("teryt")
    shapes = gpd.read_file(io.BytesIO(view_file(dataset, request, "geojson", style(), names)))

    assert sorted(frame.index) == ["1206000", "1219000", "1261000"]
    assert set(frame["level"]) == {"powiat"}
    assert frame["value"].tolist() == stored(dataset, request.indicator, 2024, frame.index).tolist()
    assert frame.loc["1206000", "name"] == "powiat krakowski"
    assert len(shapes) == 3 and shapes.geometry.notna().all()


def test_a_district_view_exports_18_districts(dataset):
    request = ViewRequest("districts", "district_residents", 2019)

    content = view_file(dataset, request, "csv", style("en"), pd.Series(dtype=str))
    frame = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig")

    assert len(frame) == 18 and set(frame["level"]) == {"district"}
    assert frame["value"].sum() == 709_400
