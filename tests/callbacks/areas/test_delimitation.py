"""Delimitation of a functional area: criteria rows, the map by reason, the table."""

from __future__ import annotations

import json

import pytest
from dash import ALL

from callbacks import ids
from callbacks.areas import criteria
from server.i18n import text
from tests.support.access_fixtures import signed_in_client
from tests.support.dash_client import dispatch, prop_key
from tests.support.map_patch import applied, by_gmina, classes, named_units

KRAKOW, WIELICZKA, BOCHNIA = "1261011", "1219053", "1201011"
KOM2003_GMINAS, SMK_GMINAS = 51, 15
DEFAULT_MEMBERS = 16  # default criteria around Kraków (18 when population change spanned 2019→2024)
MAP_OUTPUT = f"{ids.DELIMIT_STATE}.data"
ROW_KINDS = (ids.DELIMIT_INDICATOR, ids.DELIMIT_OPERATOR, ids.DELIMIT_THRESHOLD)


def row_key(kind: str) -> str:
    """The request key of a criterion column: every row's control of one kind."""
    return prop_key({"type": kind, "index": ALL}, "value")


def row_prop(kind: str, index: int | str, prop: str = "value") -> str:
    """The ``changedPropIds`` entry of one row's control."""
    return prop_key({"type": kind, "index": index}, prop)


def delimit_values(**changes) -> dict:
    """What the browser sends with the layout's defaults, overridden by ``changes``."""
    columns = list(zip(*criteria.DEFAULT_CRITERIA, strict=True))
    values = {
        prop_key(ids.AREAS_SCOPE, "value"): "kom2003",
        prop_key(ids.DELIMIT_CORE, "value"): KRAKOW,
        **{row_key(kind): dict(enumerate(columns[i])) for i, kind in enumerate(ROW_KINDS)},
        row_key(ids.DELIMIT_RELATIVE): {
            i: ["relative"] if relative else [] for i, relative in enumerate(columns[3])
        },
        prop_key(ids.DELIMIT_MIN_OTHERS, "value"): 2,
        prop_key(ids.DELIMIT_CONTIGUOUS, "value"): ["contiguous"],
        prop_key(ids.DELIMIT_BASE_YEAR, "value"): None,
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.AREAS_OPENED, "data"): True,
    }
    values.update(changes)
    return values


def call(app, output: str, values: dict, changed: list[str]) -> tuple[dict, int]:
    with signed_in_client(app) as client:  # an official: saving is theirs
        status, body = dispatch(client, app, output, values, changed)
    assert status == 200, body[:500]
    return json.loads(body)["response"], len(body)


def delimit(app, changed: str | None = None, **changes) -> tuple[dict, int]:
    changed = changed or prop_key(ids.AREAS_SCOPE, "value")
    return call(app, MAP_OUTPUT, delimit_values(**changes), [changed])


def table_rows(response: dict) -> dict[str, list]:
    """The result table as the user reads it: gmina name → its other cells (text, class)."""
    table = response[ids.DELIMIT_TABLE]["children"]["props"]["children"]
    body = table[1]["props"]["children"]
    rows = {}
    for tr in body:
        name, *cells = (td["props"] for td in tr["props"]["children"])
        rows[name["children"]] = [(cell["children"], cell.get("className")) for cell in cells]
    return rows


def reasons_on_map(app, response: dict) -> dict[str, str]:
    """The reason each gmina's hover names, by TERYT."""
    state = applied(response[ids.DELIMIT_STATE]["data"])
    return by_gmina(app, state, state["paint"]["columns"][0])


# --- the map, table and comparison ---------------------------------------------------------


@pytest.fixture
def first_run(app) -> tuple[dict, int]:
    return delimit(app)


def test_a_base_year_across_the_series_break_is_named_in_a_warning(app, dataset, first_run):
    assert first_run[0][ids.DELIMIT_NOTICE]["children"] is None  # the default period: no break
    base_year = prop_key(ids.DELIMIT_BASE_YEAR, "value")

    response, _ = delimit(app, base_year, **{base_year: 2019})

    notice = response[ids.DELIMIT_NOTICE]["children"]["props"]["children"]
    change = dataset.catalog["population_change"].name("pl")
    assert notice == text("delimit_break", "pl").format(criteria=change)


def test_first_run_paints_the_scope(app, first_run):
    response, _ = first_run

    state = applied(response[ids.DELIMIT_STATE]["data"])
    assert state["geometry"].startswith("/geometry/kom2003/pl/")
    assert len(classes(app, response[ids.DELIMIT_STATE]["data"])) == KOM2003_GMINAS
    assert state["paint"]["hover"] == ["{0}"]
    assert len(named_units(app, state)) == KOM2003_GMINAS
    assert response[ids.DELIMIT_NOTICE]["children"] is None


def test_krakow_is_the_core_on_the_map_and_in_the_table(app, first_run):
    response, _ = first_run
    core = text("reason_core", "pl")

    reasons = reasons_on_map(app, response)
    assert reasons[KRAKOW] == core == "rdzeń"
    assert list(reasons.values()).count(core) == 1
    assert classes(app, response[ids.DELIMIT_STATE]["data"])[KRAKOW] == 0  # the first reason
    assert table_rows(response)["Kraków"][-1] == (core, None)


def test_the_area_is_what_the_map_and_table_show(app, first_run):
    response, _ = first_run
    members = response[ids.DELIMIT_MEMBERS]["data"]

    reasons = reasons_on_map(app, response)
    inside = {text(f"reason_{r}", "pl") for r in ("core", "criteria", "enclave_filled")}
    assert len(members) == DEFAULT_MEMBERS
    assert KRAKOW in members and WIELICZKA in members and BOCHNIA not in members
    assert {code for code, reason in reasons.items() if reason in inside} == set(members)
    assert reasons[BOCHNIA] == text("reason_not_met", "pl")
    rows = table_rows(response)
    assert len(rows) >= len(members)
    assert "Wieliczka" in rows and "Bochnia (gm. miejska)" not in rows
    # Five criteria: five value cells, then the reason.
    assert all(len(cells) == len(criteria.DEFAULT_CRITERIA) + 1 for cells in rows.values())


def test_the_comparison_counts_the_members(first_run):
    response, _ = first_run
    members = response[ids.DELIMIT_MEMBERS]["data"]

    notes = [
        item["props"]["children"]
        for item in response[ids.DELIMIT_COMPARISON]["children"]["props"]["children"]
    ]
    assert notes[0].startswith("Z Metropolią Krakowską: w obu ")
    assert notes[1].startswith(
        f"Z KOM 2003: w obu {len(members)}, tylko w delimitacji 0, "
        f"tylko w KOM {KOM2003_GMINAS - len(members)} ("
    )


def test_redrawing_the_same_scope_sends_colours_not_geometry(app, first_run):
    _, first_size = first_run

    response, size = delimit(app, row_prop(ids.DELIMIT_THRESHOLD, 1))

    patch = response[ids.DELIMIT_STATE]["data"]
    assert patch["__dash_patch_update"] == "__dash_patch_update"
    written = json.dumps(patch)
    assert "polygons" not in written and "coordinates" not in written
    assigned = {tuple(op["location"]) for op in patch["operations"]}
    assert {("geometry",), ("paint",)} <= assigned
    assert size == pytest.approx(first_size, rel=0.2)


def test_another_scope_is_drawn_whole(app):
    response, _ = delimit(app, **{prop_key(ids.AREAS_SCOPE, "value"): "smk"})

    assert len(classes(app, response[ids.DELIMIT_STATE]["data"])) == SMK_GMINAS
    assert "/geometry/smk/" in applied(response[ids.DELIMIT_STATE]["data"])["geometry"]


def test_a_stricter_density_threshold_drops_a_gmina(app):
    columns = list(zip(*criteria.DEFAULT_CRITERIA, strict=True))
    thresholds = {**dict(enumerate(columns[2])), 1: 1000}

    response, _ = delimit(
        app,
        row_prop(ids.DELIMIT_THRESHOLD, 1),
        **{row_key(ids.DELIMIT_THRESHOLD): thresholds},
    )

    assert len(response[ids.DELIMIT_MEMBERS]["data"]) == DEFAULT_MEMBERS - 1
    assert len(table_rows(response)) == DEFAULT_MEMBERS - 1


def test_cleared_rows_are_left_out(app):
    indicators = {0: None, 1: None, 2: None, 3: None, 4: None}

    response, _ = delimit(
        app, row_prop(ids.DELIMIT_INDICATOR, 0), **{row_key(ids.DELIMIT_INDICATOR): indicators}
    )

    # No criterion: the area is the core alone and the table has only the reason column.
    assert response[ids.DELIMIT_MEMBERS]["data"] == [KRAKOW]
    assert table_rows(response) == {"Kraków": [(text("reason_core", "pl"), None)]}


def test_a_core_outside_the_scope_shows_a_polish_alert(app):
    response, _ = delimit(
        app,
        prop_key(ids.DELIMIT_CORE, "value"),
        **{
            prop_key(ids.AREAS_SCOPE, "value"): "smk",
            prop_key(ids.DELIMIT_CORE, "value"): BOCHNIA,
        },
    )

    alert = response[ids.DELIMIT_NOTICE]["children"]["props"]
    assert alert["children"] == text("error_delimitation", "pl")
    assert alert["role"] == "alert"
    assert ids.DELIMIT_STATE not in response  # the map keeps what it showed
    assert response[ids.DELIMIT_MEMBERS]["data"] == []


def test_the_table_speaks_english(app):
    response, _ = delimit(app, **{prop_key(ids.LANG_STORE, "data"): "en"})

    assert table_rows(response)["Kraków"][-1] == ("core", None)
    assert reasons_on_map(app, response)[BOCHNIA] == "outside the area"
