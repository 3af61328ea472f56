"""Imported commuting flows in the app: the delimitation criterion and the flow kind switch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import create_app
from callbacks import ids
from callbacks.areas import gravity
from layers.analysis.commuter_rate import COMMUTERS_TO_CORE
from layers.ingest.commuting import import_into_store
from layers.render.numbers import formatted
from server.i18n import text
from tests.callbacks.areas.test_delimitation import call, delimit_values, row_key, table_rows
from tests.support.commuting_workbook import write_workbook
from tests.support.dash_client import prop_key
from tests.support.map_patch import applied

KRAKOW, WIELICZKA = "1261011", "1219053"
GRAVITY_OUTPUT = f"{ids.GRAVITY_STATE}.data"
FLOW_OUTPUT = f"{ids.FLOW_STATE}.data"


@pytest.fixture(scope="module")
def commuting_store(store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the real store with the generated NSP 2021 workbook imported."""
    directory = tmp_path_factory.mktemp("commuting") / "store"
    shutil.copytree(store_dir, directory)
    import_into_store(write_workbook(directory.parent / "nsp2021.xlsx"), directory)
    return directory


@pytest.fixture
def commuting_app(commuting_store: Path, tmp_path: Path):
    return create_app(
        {
            "STORE_DIR": str(commuting_store),
            "CACHE_TYPE": "NullCache",
            "DATABASE_PATH": str(tmp_path / "geoportal.sqlite"),
        }
    )


def components(app) -> list[dict]:
    """Every component of the served layout, as the browser receives it."""
    stack, found = [app.server.test_client().get("/_dash-layout").get_json()], []
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict) and "props" in node:
            found.append(node)
            stack.append(node["props"].get("children"))
    return found


def component(app, identifier: str | dict) -> dict:
    (match,) = [c["props"] for c in components(app) if c["props"].get("id") == identifier]
    return match


def texts(app) -> set[str]:
    return {c["props"]["children"] for c in components(app) if c["type"] == "P"}


# --- the delimitation criterion ------------------------------------------------------------


def test_with_commuting_the_criterion_is_offered_and_the_default(commuting_app) -> None:
    row = component(commuting_app, {"type": ids.DELIMIT_INDICATOR, "index": 0})
    threshold = component(commuting_app, {"type": ids.DELIMIT_THRESHOLD, "index": 0})

    first = row["options"][0]
    assert first == {"label": text("delimit_commuters", "pl"), "value": COMMUTERS_TO_CORE,
                     "disabled": False}  # fmt: skip
    assert (row["value"], threshold["value"]) == (COMMUTERS_TO_CORE, 50.0)
    assert text("delimit_commuters_on", "pl").format(year=2021) in texts(commuting_app)
    other = component(commuting_app, {"type": ids.DELIMIT_INDICATOR, "index": 1})
    assert COMMUTERS_TO_CORE not in {option["value"] for option in other["options"]}


def test_without_commuting_the_criterion_is_disabled_with_a_note(app) -> None:
    row = component(app, {"type": ids.DELIMIT_INDICATOR, "index": 0})

    assert row["options"][0]["value"] == COMMUTERS_TO_CORE
    assert row["options"][0]["disabled"] is True
    assert row["value"] == "in_migrants_from_krakow_per_1000"
    assert text("delimit_commuters_off", "pl") in texts(app)


def test_delimitation_by_commuters_over_http(commuting_app) -> None:
    values = delimit_values(
        **{
            prop_key(ids.AREAS_SCOPE, "value"): "smk",
            row_key(ids.DELIMIT_INDICATOR): {0: COMMUTERS_TO_CORE},
            row_key(ids.DELIMIT_OPERATOR): {0: ">="},
            row_key(ids.DELIMIT_THRESHOLD): {0: 160},
            row_key(ids.DELIMIT_RELATIVE): {0: []},
            prop_key(ids.DELIMIT_MIN_OTHERS, "value"): 0,
            prop_key(ids.DELIMIT_CONTIGUOUS, "value"): [],
        }
    )

    response, _ = call(
        commuting_app, f"{ids.DELIMIT_STATE}.data", values, [prop_key(ids.AREAS_SCOPE, "value")]
    )

    assert response[ids.DELIMIT_NOTICE]["children"] is None
    assert sorted(response[ids.DELIMIT_MEMBERS]["data"]) == ["1206143", "1219053", KRAKOW]
    head = response[ids.DELIMIT_TABLE]["children"]["props"]["children"][0]
    header = [th["props"]["children"] for th in head["props"]["children"]["props"]["children"]]
    assert header[1] == text("delimit_commuters", "pl")
    rows = table_rows(response)
    assert rows["Wieliczka"][0] == ("163,1", "cue-better")  # 1000 · 6000 / 36 779
    assert rows["Świątniki Górne"][0] == ("234,4", "cue-better")  # 1000 · 1500 / 6 400


def test_the_criterion_without_commuting_flows_gives_a_message(app) -> None:
    values = delimit_values()
    values[row_key(ids.DELIMIT_INDICATOR)][0] = COMMUTERS_TO_CORE

    response, _ = call(
        app, f"{ids.DELIMIT_STATE}.data", values, [prop_key(ids.AREAS_SCOPE, "value")]
    )

    assert response[ids.DELIMIT_NOTICE]["children"]["props"]["role"] == "alert"
    assert response[ids.DELIMIT_NOTICE]["children"]["props"]["children"] == text(
        "error_no_data", "pl"
    )


# --- the flow kind switch ------------------------------------------------------------------


def gravity_values(flow_kind: str, model: str = "flows") -> dict:
    return {
        prop_key(ids.AREAS_SCOPE, "value"): "kom2003",
        prop_key(ids.GRAVITY_CENTRES, "value"): gravity.DEFAULT_CENTRES,
        prop_key(ids.GRAVITY_MODEL, "value"): model,
        prop_key(ids.GRAVITY_ATTRACTIVENESS, "value"): "population",
        prop_key(ids.GRAVITY_ALPHA, "value"): 1,
        prop_key(ids.GRAVITY_BETA, "value"): 2,
        prop_key(ids.GRAVITY_CENTRE, "value"): KRAKOW,
        prop_key(ids.GRAVITY_FLOW_KIND, "value"): flow_kind,
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.AREAS_OPENED, "data"): True,
    }


def legend_counts(response: dict) -> dict[str, int]:
    rows = response[ids.GRAVITY_LEGEND]["children"]["props"]["children"]
    counts = {}
    for row in rows:
        label, count = row["props"]["children"]
        counts[label] = int(count["props"]["children"].strip(" ()"))
    return counts


def test_flow_kind_options_follow_the_store(commuting_app, app) -> None:
    with_commuting = component(commuting_app, ids.GRAVITY_FLOW_KIND)["options"]
    without = component(app, ids.GRAVITY_FLOW_KIND)["options"]

    assert [(o["value"], o["disabled"]) for o in with_commuting] == [
        ("migration", False),
        ("commuting", False),
    ]
    assert with_commuting[1]["label"] == "dojazdy do pracy 2021 (NSP 2021)"
    assert [o["disabled"] for o in without] == [False, True]
    assert text("flows_kind_missing", "pl") in texts(app)
    assert text("flows_kind_missing", "pl") not in texts(commuting_app)


def test_flow_dominance_switches_to_commuting(commuting_app) -> None:
    changed = [prop_key(ids.GRAVITY_FLOW_KIND, "value")]

    migration, _ = call(commuting_app, GRAVITY_OUTPUT, gravity_values("migration"), changed)
    commuting, _ = call(commuting_app, GRAVITY_OUTPUT, gravity_values("commuting"), changed)

    # the workbook: of KOM 2003's gminas only Świątniki Górne commutes to a centre
    # (Kraków); the six centres are their own
    assert legend_counts(commuting) == {
        "Kraków": 2,
        "Wieliczka": 1,
        "Niepołomice": 1,
        "Skawina": 1,
        "Myślenice": 1,
        "Bochnia": 1,
    }
    assert legend_counts(migration)["Kraków"] > 10


def test_nystuen_dacey_of_commuting(commuting_app) -> None:
    response, _ = call(
        commuting_app,
        GRAVITY_OUTPUT,
        gravity_values("commuting", "nystuen_dacey"),
        [prop_key(ids.GRAVITY_FLOW_KIND, "value")],
    )

    counts = legend_counts(response)
    # Wieliczka, Skawina and Świątniki Górne send their largest flow to Kraków
    assert counts["Kraków"] == 4


def flow_values(kind: str) -> dict:
    return {
        prop_key(ids.FLOW_GMINA, "value"): WIELICZKA,
        prop_key(ids.FLOW_DIRECTION, "value"): "out",
        prop_key(ids.FLOW_COUNT, "value"): 10,
        prop_key(ids.GRAVITY_FLOW_KIND, "value"): kind,
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.AREAS_OPENED, "data"): True,
    }


def flow_table_rows(response: dict) -> list[list[str]]:
    body = response[ids.FLOW_TABLE]["children"]["props"]["children"][1]["props"]["children"]
    return [[td["props"]["children"] for td in tr["props"]["children"]] for tr in body]


def test_flow_map_of_commuting(commuting_app) -> None:
    changed = [prop_key(ids.GRAVITY_FLOW_KIND, "value")]

    response, _ = call(commuting_app, FLOW_OUTPUT, flow_values("commuting"), changed)

    assert flow_table_rows(response) == [
        ["Kraków", formatted(6000, 0, "pl"), "100,0 %"],
        ["Niepołomice", formatted(2, 0, "pl"), "0,0 %"],
    ]
    flows = applied(response[ids.FLOW_STATE]["data"])["extras"]["flows"]
    assert len(flows["data"]["features"]) == 2


def test_flow_map_without_commuting_flows_gives_a_message(app) -> None:
    changed = [prop_key(ids.GRAVITY_FLOW_KIND, "value")]

    response, _ = call(app, FLOW_OUTPUT, flow_values("commuting"), changed)

    assert ids.FLOW_MAP not in response
    assert response[ids.FLOW_TABLE]["children"]["props"]["children"] == text("error_flow", "pl")
