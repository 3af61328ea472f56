"""Both levels on the map, their table, the proposal of centres and saving both levels."""

from __future__ import annotations

import json

import flask
import pytest
from dash import no_update
from dash.exceptions import PreventUpdate

from shapely.geometry import shape

from callbacks import ids
from callbacks.areas import centres, two_level, two_level_save
from callbacks.compare.areas import update_area_table
from callbacks.explorer.area_layers import update_overlay_options
from callbacks.explorer.exports import area_label
from layers.analysis.centres import proposed_centres
from layers.analysis.two_level import TwoLevelRequest, map_classes
from layers.analysis.two_level import two_level as two_levels
from layers.store.database import open_database
from layers.store.saved_areas import saved_areas
from layers.store.users import User
from server.database import database_url
from server.export_texts import report_texts
from server.i18n import text
from tests.support.access_fixtures import USER
from tests.support.dash_client import dispatch, prop_key
from tests.support.map_patch import applied, by_gmina, classes

KRAKOW, WIELICZKA, NIEPOLOMICE, SKAWINA = "1261011", "1219053", "1219043", "1206113"
SECONDARY = [WIELICZKA, NIEPOLOMICE, SKAWINA]
MAP_OUTPUT = f"{ids.TWOLEVEL_STATE}.data"


def run(app, model: str = "huff", centres_: list[str] | None = None, **kw) -> tuple:
    """Run the two-level callback with the layout's defaults; return its five outputs, the
    map's patch as JSON."""
    with app.server.test_request_context():
        notice, patch, *rest = two_level.update_two_level(
            "kom2003",
            kw.get("core", KRAKOW),
            SECONDARY if centres_ is None else centres_,
            model,
            kw.get("tolerance", 0.2),
            "population",
            1,
            2,
            "migration",
            kw.get("lang", "pl"),
        )
    return notice, patch if patch is no_update else patch.to_plotly_json(), *rest


def legend_counts(legend) -> dict[str, int]:
    rows = [row for row in legend.children if "legend-outline" not in row.className]
    return {row.children[0]: int(row.children[1].children.strip(" ()")) for row in rows}


def expected(dataset, model: str = "huff"):
    return two_levels(dataset, TwoLevelRequest("kom2003", KRAKOW, tuple(SECONDARY), model=model))


@pytest.mark.parametrize("model", ["huff", "flows", "nystuen_dacey"])
def test_the_map_fills_the_second_level_and_outlines_the_first(app, dataset, model):
    notice, patch, legend, _table, areas = run(app, model)
    result = expected(dataset, model)
    gminas = result.gminas

    assert notice is None
    painted = classes(app, patch)
    assert painted == map_classes(gminas, tuple(SECONDARY)).to_dict()
    assert len(painted) == len(gminas) == 51
    counts = legend_counts(legend)
    members = (gminas["centre"] == WIELICZKA) & (gminas["status"] != "overlap")
    assert counts["Wieliczka"] == members.sum()
    assert counts["Kraków — rdzeń"] == 1
    outline = applied(patch)["extras"]["first_level"]
    assert outline["kind"] == "line"
    drawn = shape(outline["data"]["features"][0]["geometry"])
    area = dataset.store.gminas.geometry[gminas.index[gminas["first_level"]]].union_all()
    assert drawn.length > 0 and drawn.hausdorff_distance(area.boundary) < 1e-9
    assert [area["centre"] for area in areas["areas"]] == [KRAKOW, *SECONDARY]
    assert sorted(areas["areas"][1]["members"]) == sorted(
        gminas.index[gminas["centre"] == WIELICZKA]
    )


def test_the_table_gives_each_area_its_gminas_population_and_flows(app, dataset):
    table = run(app, "flows")[3]
    rows = [[cell.children for cell in row.children] for row in table[0].children[1].children]
    result = expected(dataset, "flows")

    assert [row[0] for row in rows] == ["Kraków", "Wieliczka", "Niepołomice", "Skawina"]
    assert rows[1][2] == str(result.table.loc[WIELICZKA, "gminas"])
    assert rows[1][5] == str(int(result.table.loc[WIELICZKA, "captured"]))
    assert "Biskupice" in rows[1][-1]
    assert "migracje" in table[1].children


def hover_by_gmina(app, patch: dict) -> dict[str, list[str]]:
    """Each gmina's hover lines under its name (blank ones dropped), by TERYT."""
    paint = applied(patch)["paint"]
    assert paint["hover"] == [f"{{{i}}}" for i in range(len(paint["columns"]))]
    rows = [[line for line in row if line] for row in zip(*paint["columns"], strict=True)]
    return by_gmina(app, applied(patch), rows)


def test_hover_names_the_overlapping_centre(app, dataset):
    hover = hover_by_gmina(app, run(app, "huff")[1])
    gminas = expected(dataset).gminas
    overlap = gminas.index[gminas["status"] == "overlap"][0]

    assert any(line.startswith("nakłada się z:") for line in hover[overlap])
    assert hover[overlap][0] == "poziom 1: w obszarze rdzenia (Kraków)"


def test_a_redraw_sends_colours_and_the_outline_never_the_gminas_shapes(app):
    patch = run(app, "flows")[1]
    state = applied(patch)

    assert state["geometry"].startswith("/")  # the scope's geometry is fetched by address
    assert state["layers"] == ["smk"]
    assert {op["location"][0] for op in patch["operations"]} == {
        "geometry",
        "paint",
        "layers",
        "extras",
    }


def test_english_texts(app):
    legend = run(app, "huff", lang="en")[2]
    assert "Kraków — core" in legend_counts(legend)


@pytest.mark.parametrize("centres_", [[], [KRAKOW, WIELICZKA], ["0201011"]])
def test_unusable_centres_show_an_alert_and_keep_the_map(app, centres_):
    notice, patch, *_ = run(app, centres_=centres_)

    assert notice.children == text("error_second_level", "pl")
    assert patch is no_update


def test_first_draw_over_http(app):
    values = {
        prop_key(ids.AREAS_SCOPE, "value"): "kom2003",
        prop_key(ids.TWOLEVEL_CORE, "value"): KRAKOW,
        prop_key(ids.TWOLEVEL_CENTRES, "value"): SECONDARY,
        prop_key(ids.TWOLEVEL_MODEL, "value"): "nystuen_dacey",
        prop_key(ids.TWOLEVEL_TOLERANCE, "value"): 0.2,
        prop_key(ids.GRAVITY_ATTRACTIVENESS, "value"): "population",
        prop_key(ids.GRAVITY_ALPHA, "value"): 1,
        prop_key(ids.GRAVITY_BETA, "value"): 2,
        prop_key(ids.GRAVITY_FLOW_KIND, "value"): "migration",
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.AREAS_OPENED, "data"): True,
    }
    with app.server.test_client() as client:
        status, body = dispatch(
            client, app, MAP_OUTPUT, values, [prop_key(ids.TWOLEVEL_MODEL, "value")]
        )

    assert status == 200
    response = json.loads(body)["response"]
    assert len(classes(app, response[ids.TWOLEVEL_STATE]["data"])) == 51
    assert len(response[ids.TWOLEVEL_AREAS]["data"]["areas"]) == 1 + len(SECONDARY)


# --- the proposal of centres ----------------------------------------------------------------


def propose(app, clicks: int | None = 1, core: str = KRAKOW, extra: str | None = None):
    with app.server.test_request_context():
        return centres.update_proposal(clicks, "kom2003", core, extra, "migration", "pl")


def test_the_proposal_replaces_the_centres_and_says_why(app, dataset):
    chosen, table = propose(app)
    proposal = proposed_centres(dataset, "kom2003", KRAKOW)

    assert chosen == list(proposal.index[proposal["proposed"]][:6])
    assert WIELICZKA in chosen
    rows = [[cell.children for cell in row.children] for row in table.children[1].children]
    wieliczka = next(row for row in rows if row[0] == "Wieliczka")
    assert wieliczka[1] == "tak"
    assert "ludność" in wieliczka[2] and "1. miejsce" in wieliczka[2]


def test_an_extra_criterion_is_named_in_the_reasons(app):
    table = propose(app, extra="own_revenue_per_capita")[1]
    assert "Dochody własne" in json.dumps(table.to_plotly_json(), default=str, ensure_ascii=False)


def test_the_proposal_waits_for_a_click_and_refuses_a_core_outside_the_scope(app):
    with pytest.raises(PreventUpdate):
        propose(app, clicks=None)
    chosen, notice = propose(app, core="0201011")
    assert chosen is no_update
    assert notice.children == text("error_second_level", "pl")


# --- saving both levels, and opening them elsewhere -------------------------------------------


def save(app, prefix: str | None, areas: dict | None, clicks: int | None = 1, **kw):
    """Press "save" as an official (or, with ``role=None``, as a visitor)."""
    with app.server.test_request_context():
        role = kw.get("role", "official")
        flask.g.geoportal_user = None if role is None else User(USER, role, "2026-01-01")
        return two_level_save.update_saved(clicks, prefix, areas, "pl", kw.get("checked", []))


def stored(app) -> list:
    return saved_areas(open_database(database_url(app.server.config)))


def test_saving_stores_both_levels_as_named_areas(app):
    areas = run(app, "flows")[4]

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


def test_a_visitor_saves_nothing(app):
    result = save(app, "Obszary", run(app, "flows")[4], role=None, checked=["internal"])

    assert result.role == "alert"
    assert result.children == text("error_access_denied", "pl")
    assert stored(app) == []


def test_a_taken_name_saves_nothing_more(app):
    areas = run(app, "flows")[4]
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


def test_a_blank_name_is_refused(app):
    result = save(app, "  ", run(app, "flows")[4])
    assert result.children == text("error_saved_area", "pl")
    assert stored(app) == []


def test_saved_levels_open_in_the_explorer_and_the_comparison(app):
    save(app, "Poziomy", run(app, "flows")[4])
    with app.server.test_request_context():
        options = update_overlay_options("tab_map", "pl")
        saved = [o for o in options if o["label"].startswith("Poziomy — ")]
        notice, table = update_area_table([saved[0]["value"], saved[1]["value"]], "pl")

    assert len(saved) == 4
    assert notice is None
    head = [cell.children for cell in table.children[0].children.children]
    assert head[1:] == [saved[0]["label"], saved[1]["label"]]


def test_a_saved_level_names_the_reports_series(app):
    save(app, "Raport", run(app, "flows")[4])
    with app.server.test_request_context():
        options = update_overlay_options("tab_map", "pl")
        choice = next(o["value"] for o in options if o["label"].startswith("Raport — Wieliczka"))
        texts = report_texts("kom2003", "pl", area_label(choice, "pl"))

    assert texts.series == "Szeregi czasowe: Raport — Wieliczka (poziom 2)"
    assert texts.aggregation_sum.startswith("Dla obszaru Raport — Wieliczka")
