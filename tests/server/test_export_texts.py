"""The exports' texts: every field in the asked language, the area named where asked."""

from __future__ import annotations

from dataclasses import astuple, fields

import pytest

from layers.render.report import ReportTexts
from server.export_texts import AREA_TEXTS, map_texts, print_texts, report_texts
from server.i18n import ATTRIBUTION, text, text_in


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_map_names_its_scope_and_the_source_in_the_language(lang):
    texts = map_texts("smk", lang)

    assert texts.scope == text("scope_smk", lang)
    assert texts.exported == text_in("stamp", "export", lang)
    assert texts.attribution == ATTRIBUTION
    assert texts.lang == lang


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_every_report_text_is_the_languages_own(lang):
    texts = report_texts("poland", lang)

    assert texts.scope == text("scope_poland", lang)
    assert texts.series == text("report_series", lang)
    assert all(value for value in astuple(texts))
    assert "{name}" not in " ".join(getattr(texts, key) for key in AREA_TEXTS)


def test_an_area_names_the_series_and_their_aggregation():
    texts = report_texts("kom2003", "en", "Wieliczka (level 2)")
    plain = report_texts("kom2003", "en")

    assert texts.series == "Time series: Wieliczka (level 2)"
    assert "Wieliczka (level 2)" in texts.aggregation_sum
    for key in AREA_TEXTS:
        assert getattr(texts, key) != getattr(plain, key)
        assert "Wieliczka" not in getattr(plain, key)
    others = {f.name for f in fields(ReportTexts)} - set(AREA_TEXTS)
    assert all(getattr(texts, key) == getattr(plain, key) for key in others)


def test_a_district_map_names_the_city_register():
    texts = map_texts("smk", "pl", "district")

    assert texts.attribution == "Dane: Urząd Miasta Krakowa (BIP), stan 31.12.2019"
    assert texts.scope == "Dzielnice Krakowa"
    assert map_texts("smk", "pl").attribution != texts.attribution


def test_a_print_layout_has_its_page_texts_in_each_language():
    polish, english = print_texts("smk", "pl"), print_texts("kom2003", "en", "district")

    assert polish.map == map_texts("smk", "pl")
    assert english.map == map_texts("kom2003", "en", "district")
    assert (polish.printed, english.scale) == (
        text("print_printed", "pl"),
        text("print_scale", "en"),
    )
    assert polish.note != english.note and polish.printed != english.printed
