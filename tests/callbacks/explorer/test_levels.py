"""The explorer at other levels: powiat and district maps, their notices and attribution."""

import json

from callbacks import ids
from callbacks.explorer.levels import level_note, map_notice, rank_scope
from layers.analysis.catalog import Indicator
from layers.render.choropleth import ChoroplethView
from server.i18n import text
from tests.callbacks.explorer.test_map_view import call_map, map_after
from tests.support.paint import fetched_paint


def view(units: str, crosses_break: bool = False) -> ChoroplethView:
    indicator = Indicator(
        **{field: "" for field in ("id", "name_pl", "name_en", "unit_pl")},
        unit_en="",
        theme="",
        source="",
        definition_pl="",
        definition_en="",
        years=(2024,),
        polarity="neutral",
        aggregation="sum",
        formula={"variable": "x"},
    )
    return ChoroplethView(
        paint={}, legend=[], ranked=1, crosses_break=crosses_break, indicator=indicator, units=units
    )


def texts_of(children) -> list[str]:
    return [child if isinstance(child, str) else child.children for child in children]


def test_a_powiat_indicator_draws_the_powiats_of_the_scope(app):
    paint = fetched_paint(app, "smk", indicator_id="avg_gross_salary_powiat", year=2023)
    body = app.server.test_client().get(paint["geometry"]).get_json()

    assert "/geometry/powiats-smk/" in paint["geometry"]  # the engine shows what it colours
    assert sorted(body["ids"]) == ["1206000", "1219000", "1261000"]
    notice = json.dumps(paint["panels"][ids.NOTICE], ensure_ascii=False)
    assert text("level_note_powiat", "pl") in notice


def test_the_districts_scope_draws_18_districts_with_the_city_attribution(app):
    response, _ = call_map(
        app, [f"{ids.SCOPE_RADIO}.value"], **{f"{ids.SCOPE_RADIO}.value": "districts"}
    )
    state = map_after(response)

    paint = fetched_paint(app, "districts", indicator_id="district_density", year=2019)
    assert paint["geometry"] == state["geometry"] and len(paint["classes"]) == 18
    notice = json.dumps(paint["panels"][ids.NOTICE], ensure_ascii=False)
    assert "Dane: Urząd Miasta Krakowa (BIP), stan 31.12.2019" in notice


def test_a_gmina_indicator_on_the_districts_scope_says_why_not(app):
    answer = fetched_paint(app, "districts")  # population: a gmina indicator

    assert "classes" not in answer
    alert = json.dumps(answer["panels"][ids.NOTICE], ensure_ascii=False)
    assert text("error_level_scope", "pl")[:40] in alert


def test_map_notice_by_units(app):
    with app.server.test_request_context():
        assert map_notice(view("smk"), "pl") == ""
        assert map_notice(view("smk", True), "en") == text("series_break", "en")
        districts = texts_of(map_notice(view("districts", True), "pl"))
        powiats = texts_of(map_notice(view("powiats-poland"), "en"))
    assert districts == [text("series_break", "pl"), text("districts_attribution", "pl")]
    assert powiats == [text("level_note_powiat", "en")]


def test_level_notes_and_rank_scope():
    assert level_note("gmina", "pl") == ""
    assert level_note("district", "en") == text("level_note_district", "en")
    assert rank_scope("districts") == "smk" and rank_scope("poland") == "poland"
