"""Text alternatives of exported maps, read back from the PNG's chunks and the SVG's elements."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PIL import Image

from layers.render.alt_text import AltText, map_alt_text, svg_with_text
from layers.render.choropleth import ViewRequest, classed_values
from layers.render.legend import legend_rows
from layers.render.static_map import MapStyle, MapTexts
from layers.render.view_export import view_file

TEMPLATE = "Kartogram: {title}. Zasięg: {scope}. Klasy: {classes}. Źródło: {source}."
TEXTS = MapTexts("Metropolia Krakowska", "brak danych", "Eksport", "Granice: PRG", "pl", TEMPLATE)
SMK_POPULATION = ViewRequest("smk", "population", 2024)
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def alt(dataset) -> AltText:
    return map_alt_text(classed_values(dataset, SMK_POPULATION), SMK_POPULATION, TEXTS)


def exported(dataset, file_format: str) -> bytes:
    style = MapStyle(TEXTS, date(2026, 12, 5), (640, 400))
    return view_file(dataset, SMK_POPULATION, file_format, style, labels=None)


def test_the_description_names_indicator_year_scope_classes_and_source(dataset, alt) -> None:
    classed = classed_values(dataset, SMK_POPULATION)
    rows = legend_rows(classed.classification, classed.colors, 0, "pl")

    assert alt.title == "Ludność [osoby], 2024 — Metropolia Krakowska"
    assert alt.description.startswith(f"Kartogram: {alt.title}. Zasięg: Metropolia Krakowska.")
    for row in rows:
        assert f"{row.label} ({row.count})" in alt.description
    assert "brak danych (0)" in alt.description  # a view without gaps says so
    assert f"Źródło: {classed.indicator.source}; Granice: PRG." in alt.description


def test_the_png_carries_title_and_description(dataset, alt) -> None:
    image = Image.open(io.BytesIO(exported(dataset, "png")))
    image.load()

    assert image.text["Title"] == alt.title
    assert image.text["Description"] == alt.description


def test_the_svg_names_itself_by_its_title_and_desc(dataset, alt) -> None:
    root = ET.fromstring(exported(dataset, "svg"))

    assert [child.tag for child in root[:2]] == [f"{SVG}title", f"{SVG}desc"]
    assert (root[0].text, root[1].text) == (alt.title, alt.description)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "map-title map-desc"


def test_markup_in_a_text_stays_text() -> None:
    svg = svg_with_text(b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', AltText("<b>", "a & b"))

    root = ET.fromstring(svg)
    assert (root[0].text, root[1].text) == ("<b>", "a & b")
