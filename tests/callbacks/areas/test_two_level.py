"""The two-level callback: the map and the areas it answers, the table of areas, alerts, HTTP."""

from __future__ import annotations

import json

import pytest
from dash import no_update

from callbacks import ids
from callbacks.areas import two_level
from callbacks.areas.two_level_save import areas_of
from layers.analysis.two_level import TwoLevelRequest, map_classes
from layers.analysis.two_level import two_level as two_levels
from server.i18n import text
from tests.support.dash_client import dispatch, prop_key
from tests.support.map_patch import classes

KRAKOW, WIELICZKA, NIEPOLOMICE, SKAWINA = "1261011", "1219053", "1219043", "1206113"
SECONDARY = [WIELICZKA, NIEPOLOMICE, SKAWINA]
MAP_OUTPUT = f"{ids.TWOLEVEL_STATE}.data"


def run(app, model: str = "huff", centres_: list[str] | None = None, **kw) -> tuple:
    """Run the two-level callback with the layout's defaults; return its five outputs, the
    map's patch as JSON."""
    with app.server.test_request_context():
        notice, patch, *rest = two_level.update_two_level(
            scope="kom2003",
            core=kw.get("core", KRAKOW),
            secondary_centres=SECONDARY if centres_ is None else centres_,
            model=model,
            tolerance=kw.get("tolerance", 0.2),
            attractiveness="population",
            alpha=1,
            beta=2,
            kind="migration",
            lang=kw.get("lang", "pl"),
        )
    return notice, patch if patch is no_update else patch.to_plotly_json(), *rest


def expected(dataset, model: str = "huff"):
    return two_levels(dataset, TwoLevelRequest("kom2003", KRAKOW, tuple(SECONDARY), model=model))


@pytest.mark.parametrize("model", ["huff", "flows", "nystuen_dacey"])
def test_the_callback_answers_the_map_and_the_areas_to_save(app, dataset, model):
    notice, patch, _legend, _table, areas = run(app, model)
    result = expected(dataset, model)

    assert notice is None
    assert classes(app, patch) == map_classes(result.gminas, tuple(SECONDARY)).to_dict()
    request = TwoLevelRequest("kom2003", KRAKOW, tuple(SECONDARY), model=model)
    assert areas == areas_of(request, result)


def test_the_table_gives_each_area_its_gminas_population_and_flows(app, dataset):
    table = run(app, "flows")[3]
    rows = [[cell.children for cell in row.children] for row in table[0].children[1].children]
    result = expected(dataset, "flows")

    assert [row[0] for row in rows] == ["Kraków", "Wieliczka", "Niepołomice", "Skawina"]
    assert rows[1][2] == str(result.table.loc[WIELICZKA, "gminas"])
    assert rows[1][5] == str(int(result.table.loc[WIELICZKA, "captured"]))
    assert "Biskupice" in rows[1][-1]
    assert "migracje" in table[1].children


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
