"""The rows behind a map view: one per gmina of the scope, with its class, rank and unit."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.render.choropleth import ViewRequest, choropleth_view, classed_values, scope_gminas
from layers.render.palettes import NODATA_COLOR
from layers.render.view_table import COLUMNS, class_colours, view_geodata, view_table

NODATA = "brak danych"


def rows(dataset, labels, request: ViewRequest, lang: str = "pl") -> pd.DataFrame:
    return view_table(classed_values(dataset, request), request, labels, lang=lang, nodata=NODATA)


def test_the_rows_follow_the_maps_order_with_the_unit_of_the_language(dataset, labels):
    request = ViewRequest("smk", "population", 2023, palette="Blues")
    classed = classed_values(dataset, request)

    polish = view_table(classed, request, labels, lang="pl", nodata=NODATA)
    english = view_table(classed, request, labels, lang="en", nodata=NODATA)

    assert tuple(polish.columns) == COLUMNS
    assert polish["teryt"].tolist() == classed.values.index.tolist()
    assert set(polish["unit"]) == {classed.indicator.unit("pl")}
    assert set(english["unit"]) == {classed.indicator.unit("en")} != set(polish["unit"])
    assert (polish["year"] == 2023).all()


def test_gminas_without_data_get_the_nodata_class(dataset, labels):
    # no area is known for Zielona Góra's territory before its 2015 merger: no density
    request = ViewRequest("poland", "density", 2014, palette="Blues")

    table = rows(dataset, labels, request).set_index("teryt")

    assert len(table) == len(dataset.codes)
    missing = table["value"].isna()
    assert missing["0862011"]
    assert (table.loc[missing, "class"] == NODATA).all()
    assert table.loc[missing, "rank"].isna().all()
    assert table.loc[~missing, "rank"].notna().all()


def test_change_indicator_has_its_base_year(dataset, labels):
    request = ViewRequest("smk", "population_change", 2023, base_year=2020, palette="RdBu")

    table = rows(dataset, labels, request).set_index("teryt")

    assert (table["base_year"] == 2020).all()
    population = dataset.values.by_indicator["population"].loc[table.index]
    before, after = population[2020], population[2023]
    assert table["value"].tolist() == pytest.approx(((after / before - 1) * 100).tolist())


def test_the_rows_get_their_gminas_polygons_in_the_layers_crs(dataset, labels):
    request = ViewRequest("smk", "density", 2023, palette="Blues")
    table = rows(dataset, labels, request)
    gminas = scope_gminas(dataset, "smk")

    frame = view_geodata(table.iloc[::-1], gminas)

    assert frame.crs == gminas.crs
    assert frame["teryt"].tolist() == table["teryt"].iloc[::-1].tolist()
    assert frame.geometry.equals(gminas.geometry.reindex(frame["teryt"]).set_axis(frame.index))


def test_each_gminas_colour_is_the_one_the_map_paints(dataset):
    request = ViewRequest("poland", "density", 2014, palette="Reds", k=7)
    classed = classed_values(dataset, request)
    paint = choropleth_view(dataset, request, "pl").paint

    colours = class_colours(classed)

    painted = [
        paint["colors"][k] if 0 <= k < len(paint["colors"]) else paint["nodata"]
        for k in paint["classes"]
    ]
    assert colours.index.equals(classed.values.index) and colours.tolist() == painted
    assert colours["0862011"] == NODATA_COLOR  # Zielona Góra: no value, the gap's grey
    assert colours.nunique() == 8  # seven classes and the gap
