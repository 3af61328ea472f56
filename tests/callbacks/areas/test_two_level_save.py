"""Saving both levels as named areas: one set under one name, by officials, opened elsewhere."""

from __future__ import annotations

import flask
import pytest
from dash.exceptions import PreventUpdate

from shapely.geometry import shape

from callbacks.areas import two_level_save
from callbacks.areas.two_level_save import areas_of
from callbacks.compare.areas import update_area_table
from callbacks.explorer.area_layers import update_overlay_options
from callbacks.explorer.exports import area_label
from layers.analysis.two_level import TwoLevelRequest
from layers.analysis.two_level import two_level as two_levels
from layers.store.database import open_database
from layers.store.saved_areas import saved_areas
from layers.store.users import User
from server.database import database_url
from server.export_texts import report_texts
from server.i18n import text
from tests.support.access_fixtures import USER

KRAKOW, WIELICZKA, NIEPOLOMICE, SKAWINA = "1261011", "1219053", "1219043", "1206113"
SECONDARY = [WIELICZKA, NIEPOLOMICE, SKAWINA]
REQUEST = TwoLevelRequest("kom2003", KRAKOW, tuple(SECONDARY), model="flows")


def levels(dataset) -> dict:
    """What the two-level callback keeps for saving, for the Metropolis' centres by flows."""
    return areas_of(REQUEST, two_levels(dataset, REQUEST))


def test_the_areas_to_save_are_the_cores_and_each_centres(dataset):
    gminas = two_levels(dataset, REQUEST).gminas

    stored = levels(dataset)

    assert stored["request"]["model"] == "flows"
    assert [(area["centre"], area["level"]) for area in stored["areas"]] == [
        (KRAKOW, 1),
        *((centre, 2) for centre in SECONDARY),
    ]
    assert stored["areas"][0]["members"] == list(gminas.index[gminas["first_level"]])
    assert sorted(stored["areas"][1]["members"]) == sorted(
        gminas.index[gminas["centre"] == WIELICZKA]
    )


def save(app, prefix: str | None, areas: dict | None, clicks: int | None = 1, **kw):
    """Press "save" as an official (or, with ``role=None``, as a visitor)."""
    with app.server.test_request_context():
        role = kw.get("role", "official")
        flask.g.geoportal_user = None if role is None else User(USER, role, "2026-01-01")
        return two_level_save.update_saved(
            clicks=clicks, prefix=prefix, stored=areas, lang="pl", checked=kw.get("checked", [])
        )


def stored(app) -> list:
    return saved_areas(open_database(database_url(app.server.config)))


def test_saving_stores_both_levels_as_named_areas(app, dataset):
    areas = levels(dataset)

    message = save(app, "Obszary 2023", areas, checked=["internal"])

    saved = {area.name: area for area in stored(app)}
    assert len(saved) == 4 and message.startswith("Zapisano obszary (4)")
    core = saved["Obszary 2023 — Kraków (poziom 1)"]
    wieliczka = saved["Obszary 2023 — Wieliczka (poziom 2)"]
    assert core.params["level"] == 1 and wieliczka.params["level"] == 2
    assert wieliczka.params["model"] == "flows" and wieliczka.params["centre"] == WIELICZKA
    assert list(wieliczka.members) == areas["areas"][1]["members"]
    assert wieliczka.internal and wieliczka.author == USER
    assert shape(wieliczka.geometry).contains(shape(wieliczka.geometry).representative_point())


def test_a_visitor_saves_nothing(app, dataset):
    result = save(app, "Obszary", levels(dataset), role=None, checked=["internal"])

    assert result.role == "alert"
    assert result.children == text("error_access_denied", "pl")
    assert stored(app) == []


def test_a_taken_name_saves_nothing_more(app, dataset):
    areas = levels(dataset)
    save(app, "Obszary", areas)

    again = save(app, "Obszary", areas)

    assert again.role == "alert" and "Obszary — Kraków (poziom 1)" in again.children
    assert len(stored(app)) == 4


@pytest.mark.parametrize(
    ("prefix", "areas", "clicks"), [("A", None, 1), ("A", {"areas": []}, None)]
)
def test_nothing_to_save_does_nothing(app, prefix, areas, clicks):
    with pytest.raises(PreventUpdate):
        save(app, prefix, areas, clicks)


def test_a_blank_name_is_refused(app, dataset):
    result = save(app, "  ", levels(dataset))
    assert result.children == text("error_saved_area", "pl")
    assert stored(app) == []


def test_saved_levels_open_in_the_explorer_and_the_comparison(app, dataset):
    save(app, "Poziomy", levels(dataset))
    with app.server.test_request_context():
        options = update_overlay_options("tab_map", "pl")
        saved = [o for o in options if o["label"].startswith("Poziomy — ")]
        notice, table = update_area_table([saved[0]["value"], saved[1]["value"]], "pl")

    assert len(saved) == 4
    assert notice is None
    head = [cell.children for cell in table.children[0].children.children]
    assert head[1:] == [saved[0]["label"], saved[1]["label"]]


def test_a_saved_level_names_the_reports_series(app, dataset):
    save(app, "Raport", levels(dataset))
    with app.server.test_request_context():
        options = update_overlay_options("tab_map", "pl")
        choice = next(o["value"] for o in options if o["label"].startswith("Raport — Wieliczka"))
        texts = report_texts("kom2003", "pl", area_label(choice, "pl"))

    assert texts.series == "Szeregi czasowe: Raport — Wieliczka (poziom 2)"
    assert texts.aggregation_sum.startswith("Dla obszaru Raport — Wieliczka")
