"""One map view on the real data: classes, hover values, legend, errors and outlines."""

from __future__ import annotations

import dataclasses

import pytest

from layers.analysis.dataset import Dataset
from layers.analysis.scopes import scope_codes
from layers.analysis.teryt import KRAKOW
from layers.errors import LevelScopeError, ManualBreaksError, NoDataError, UnknownIndicatorError
from layers.render.choropleth import (
    OUTLINES,
    ChoroplethView,
    ViewRequest,
    choropleth_view,
    scope_gminas,
    scope_outlines,
)
from layers.render.palettes import NODATA_COLOR, palette_colors


@pytest.fixture(scope="module")
def smk_population(dataset: Dataset) -> ChoroplethView:
    return choropleth_view(dataset, ViewRequest("smk", "population", 2024), "pl")


def test_smk_population_2024(dataset: Dataset, smk_population: ChoroplethView) -> None:
    codes = scope_codes("smk", dataset.codes, dataset.areas)
    krakow = list(codes).index(KRAKOW)

    assert smk_population.ranked == 15
    assert sum(row.count for row in smk_population.legend) == 15
    assert not any(row.nodata for row in smk_population.legend)
    shown, places = smk_population.paint["columns"]
    assert len(shown) == len(places) == 15
    assert places[krakow] == 1
    assert shown[krakow].replace("\u00a0", " ") == "809 168 osób"
    assert smk_population.paint["classes"][krakow] == 4  # the largest gmina: top quintile
    assert smk_population.indicator == dataset.catalog["population"]  # legend, hover: no look-up
    assert [row.color for row in smk_population.legend] == palette_colors("Blues", 5)
    assert smk_population.paint["colors"] == palette_colors("Blues", 5)
    assert not smk_population.crosses_break


def test_quantile_legend_counts(smk_population: ChoroplethView) -> None:
    assert [row.count for row in smk_population.legend] == [3, 3, 3, 3, 3]


def test_classes_match_the_legend(smk_population: ChoroplethView) -> None:
    counts = [smk_population.paint["classes"].count(k) for k in range(5)]

    assert counts == [row.count for row in smk_population.legend]


def test_poland_net_migration_has_malopolska_only(dataset: Dataset) -> None:
    view = choropleth_view(dataset, ViewRequest("poland", "net_migration_per_1000", 2023), "en")

    assert view.ranked == 182
    assert view.legend[-1].nodata
    assert view.legend[-1].count == 2477 - 182
    assert view.legend[-1].color == NODATA_COLOR
    assert view.paint["classes"].count(-1) == 2477 - 182
    assert view.paint["nodata"] == NODATA_COLOR


@pytest.mark.parametrize("k", [5, 7, 9])
def test_a_gap_on_a_grey_map_is_not_drawn_as_a_class(dataset: Dataset, k: int) -> None:
    # Poland's net migration: Małopolska only; Greys from 6 classes has the no-data grey
    request = ViewRequest("poland", "net_migration_per_1000", 2023, k=k, palette="Greys")

    view = choropleth_view(dataset, request, "pl")

    colors = [row.color.lower() for row in view.legend]
    assert view.legend[-1].nodata and len(set(colors)) == len(colors)
    assert view.paint["nodata"] == view.legend[-1].color
    assert view.paint["nodata"] not in view.paint["colors"]


def test_a_scope_without_data_raises_no_data(dataset: Dataset) -> None:
    outside = dataset.codes[dataset.codes.str.startswith("02")][:15].tolist()  # Dolnośląskie
    elsewhere = dataclasses.replace(dataset, areas={**dataset.areas, "smk": outside})

    with pytest.raises(NoDataError):
        choropleth_view(elsewhere, ViewRequest("smk", "net_migration_per_1000", 2023), "pl")


def test_a_year_without_data_raises_no_data(dataset: Dataset) -> None:
    with pytest.raises(NoDataError):  # the BDL file's 2024 column is empty
        choropleth_view(dataset, ViewRequest("malopolska", "net_migration_per_1000", 2024), "pl")


def test_unknown_indicator(dataset: Dataset) -> None:
    with pytest.raises(UnknownIndicatorError):
        choropleth_view(dataset, ViewRequest("smk", "happiness", 2024), "pl")


def test_manual_scheme_without_breaks(dataset: Dataset) -> None:
    with pytest.raises(ManualBreaksError):
        choropleth_view(dataset, ViewRequest("smk", "population", 2024, scheme="manual"), "pl")


def test_manual_breaks(dataset: Dataset) -> None:
    request = ViewRequest("smk", "population", 2024, scheme="manual", breaks=(20000.0, 50000.0))

    view = choropleth_view(dataset, request, "en")

    # 2024: nine gminas up to 18,754 (Liszki), Zielonki, Zabierzów, Niepołomice, Skawina
    # between 20,000 and 50,000; Wieliczka (69,791) and Kraków above
    assert [row.count for row in view.legend] == [9, 4, 2]
    assert [row.label for row in view.legend] == [
        "7,852 – 20,000",  # Igołomia-Wawrzeńczyce is the smallest
        "20,000 – 50,000",
        "50,000 – 809,168",
    ]


@pytest.mark.parametrize(
    ("base_year", "crosses"), [(None, True), (2015, True), (2020, False), (2021, False)]
)
def test_change_view_flags_the_series_break(
    dataset: Dataset, base_year: int | None, crosses: bool
) -> None:
    request = ViewRequest("smk", "population_change", 2024, base_year=base_year)

    view = choropleth_view(dataset, request, "pl")

    assert view.crosses_break is crosses
    assert view.ranked == 15


def test_reverse_palette(dataset: Dataset) -> None:
    request = ViewRequest("smk", "population", 2024, palette="YlOrRd", reverse=True)

    view = choropleth_view(dataset, request, "pl")

    assert [row.color for row in view.legend] == palette_colors("YlOrRd", 5)[::-1]


def test_head_tail_on_poland_density(dataset: Dataset) -> None:
    request = ViewRequest("poland", "density", 2022, scheme="head_tail")

    view = choropleth_view(dataset, request, "pl")

    assert len(view.legend) <= 9


def test_smk_outlines_limited_to_its_units(dataset: Dataset) -> None:
    by_name = scope_outlines(dataset, "smk")

    assert list(by_name) == list(OUTLINES)
    assert sorted(by_name["powiats"].geometry.index) == ["1206000", "1219000", "1261000"]
    assert list(by_name["voivodeships"].geometry.index) == ["12"]
    assert len(by_name["smk"].geometry) == 1
    assert len(by_name["districts"].geometry) == 18
    assert by_name["smk"].color == "#e7298a"


def test_smk_outline_is_the_union_of_its_gminas(dataset: Dataset) -> None:
    smk = scope_outlines(dataset, "smk")["smk"]
    area = smk.geometry.to_crs("EPSG:2180").area.iloc[0] / 1e6

    assert area == pytest.approx(1273.8, abs=1.0)


@pytest.mark.parametrize(
    ("scope", "powiats", "voivodeships"),
    [("kom2003", 9, 1), ("malopolska", 22, 1), ("poland", 380, 16)],
)
def test_outline_counts(dataset: Dataset, scope: str, powiats: int, voivodeships: int) -> None:
    outlines = scope_outlines(dataset, scope)

    assert len(outlines["powiats"].geometry) == powiats
    assert len(outlines["voivodeships"].geometry) == voivodeships


def test_scope_gminas(dataset: Dataset) -> None:
    gminas = scope_gminas(dataset, "smk")

    assert len(gminas) == 15
    assert gminas.crs.to_string() == "EPSG:4326"
    assert gminas.loc[KRAKOW, "name"] == "Kraków"


def test_a_powiat_indicator_paints_the_powiats_of_the_scope(dataset: Dataset) -> None:
    request = ViewRequest(scope="smk", indicator="unemployment_rate_powiat", year=2024)

    view = choropleth_view(dataset, request, "pl")

    assert view.units == "powiats-smk"
    assert len(view.paint["classes"]) == view.ranked == 3
    assert min(view.paint["classes"]) >= 0  # every powiat of the SMK has a value


def test_a_district_indicator_paints_the_districts(dataset: Dataset) -> None:
    request = ViewRequest(scope="smk", indicator="district_density", year=2019)

    view = choropleth_view(dataset, request, "en")

    assert view.units == "districts" and view.ranked == 18


def test_the_districts_scope_refuses_a_gmina_indicator(dataset: Dataset) -> None:
    request = ViewRequest(scope="districts", indicator="population", year=2024)

    with pytest.raises(LevelScopeError):
        choropleth_view(dataset, request, "pl")


def test_a_gmina_indicator_keeps_its_scope(dataset: Dataset) -> None:
    view = choropleth_view(
        dataset, ViewRequest(scope="smk", indicator="population", year=2024), "pl"
    )

    assert view.units == "smk" and view.ranked == 15
