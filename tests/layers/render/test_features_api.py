"""The read API's logic: parameters, bbox filtering, paging, indicator values."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.errors import FeaturesApiError
from layers.render.features_api import (
    attribute_table,
    collection,
    features,
    matching,
    page,
    parsed_bbox,
    parsed_paging,
)

KRAKOW = "1261011"
AROUND_KRAKOW = (19.8, 49.95, 20.2, 50.15)


def url(*parts: object, **query: object) -> str:
    return "/".join(map(str, parts)) + "?" + "&".join(f"{k}={v}" for k, v in query.items())


@pytest.mark.parametrize(
    "raw", ["1,2,3", "a,b,c,d", "20,50,19,51", "19,91,20,92", "nan,50,20,51", "19,50,200,51"]
)
def test_bad_bbox_is_refused(raw):
    with pytest.raises(FeaturesApiError) as error:
        parsed_bbox(raw)
    assert error.value.status == 400


@pytest.mark.parametrize(
    ("limit", "offset"), [("0", None), ("1001", None), ("x", None), (None, "-1"), ("5", "1.5")]
)
def test_bad_paging_is_refused(limit, offset):
    with pytest.raises(FeaturesApiError):
        parsed_paging(limit, offset)


def test_default_paging():
    assert parsed_paging(None, None) == (100, 0)
    assert parsed_paging("1000", "20") == (1000, 20)


def test_unknown_collection_is_404():
    with pytest.raises(FeaturesApiError) as error:
        collection(url, "rivers", {})
    assert error.value.status == 404


def test_bbox_keeps_the_gminas_geopandas_finds(dataset):
    layer = features(dataset, "gminas", [])
    found = matching(layer, parsed_bbox(",".join(map(str, AROUND_KRAKOW))))
    minx, miny, maxx, maxy = AROUND_KRAKOW
    expected = dataset.store.gminas.cx[minx:maxx, miny:maxy].index
    assert set(found.index) == set(expected)
    assert KRAKOW in found.index and 5 < len(found) < 40


def test_gmina_items_carry_one_indicator_or_every_latest(dataset):
    one = features(dataset, "smk", [], ("population", "2023"))
    assert len(one) == 15
    expected = dataset.store.values.query(
        "indicator == 'population' and year == 2023 and teryt == @KRAKOW"
    )["value"]
    assert one.loc[KRAKOW, "population"] == expected.iloc[0]
    assert (one["year"] == 2023).all()
    latest = features(dataset, "kom2003", [])
    assert len(latest) == 51
    assert latest.loc[KRAKOW, "population_year"] == 2024
    assert latest.loc[KRAKOW, "population"] == 809168
    assert "population_change" not in latest.columns  # a change needs a period


@pytest.mark.parametrize(("indicator", "year"), [("nothing", None), ("population", "1990")])
def test_bad_indicator_or_year_is_refused(dataset, indicator, year):
    with pytest.raises(FeaturesApiError):
        features(dataset, "gminas", [], (indicator, year))


def test_paging_links_and_counts(dataset):
    layer = features(dataset, "powiats", [])
    first = page(url, layer, 100, 0)
    assert first["numberMatched"] == len(dataset.store.powiats) == 380
    assert first["numberReturned"] == 100
    rels = {link["rel"]: link["href"] for link in first["links"]}
    assert rels["next"].endswith("offset=100") and "prev" not in rels
    last = page(url, layer, 100, 300)
    assert last["numberReturned"] == 80
    rels = {link["rel"]: link["href"] for link in last["links"]}
    assert "next" not in rels and rels["prev"].endswith("offset=200")
    ids = [feature["id"] for feature in first["features"]]
    assert ids == list(dataset.store.powiats.index[:100])


def test_attribute_table_has_the_id_first_and_no_geometry(dataset):
    table = attribute_table(features(dataset, "voivodeships", []), 5, 10)
    assert list(table.columns) == ["id", "code", "name"]
    assert len(table) == 5  # 16 voivodeships: the 11th to the 15th
    assert isinstance(table, pd.DataFrame)


def test_indicators_collection_lists_the_catalog_without_geometry(dataset):
    layer = features(dataset, "indicators", [])
    assert list(layer.index) == list(dataset.catalog)
    assert layer.geometry.isna().all()
    assert matching(layer, (19.0, 49.0, 21.0, 51.0)).empty


def test_the_catalog_collection_carries_each_level(dataset):
    layer = features(dataset, "indicators", [])

    assert layer.loc["population", "level"] == "gmina"
    assert layer.loc["avg_gross_salary_powiat", "level"] == "powiat"
    assert layer.loc["district_density", "level"] == "district"


def test_powiats_carry_the_powiat_indicators(dataset):
    layer = features(dataset, "powiats", [], ("unemployment_rate_powiat", "2024"))
    latest = features(dataset, "powiats", [])
    frame = dataset.values.frame(dataset.catalog["unemployment_rate_powiat"])

    assert layer["unemployment_rate_powiat"].notna().sum() == 380
    assert layer.loc["1206000", "unemployment_rate_powiat"] == frame.loc["1206000", 2024]
    assert set(layer["level"]) == {"powiat"}
    assert latest["avg_gross_salary_powiat_year"].eq(2024).all()
    assert "population" not in latest.columns  # a gmina indicator is not a powiat's


def test_a_gmina_gets_its_powiats_value_marked(dataset):
    layer = features(dataset, "smk", [], ("avg_gross_salary_powiat", None))
    frame = dataset.values.frame(dataset.catalog["avg_gross_salary_powiat"])

    assert layer.loc["1219053", "powiat"] == "1219000"
    assert set(layer["level"]) == {"powiat"}
    assert layer.loc["1219053", "avg_gross_salary_powiat"] == frame.loc["1219000", 2024]
    assert "avg_gross_salary_powiat" not in features(dataset, "smk", []).columns
