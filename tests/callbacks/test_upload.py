"""Own data over HTTP: report, save, replace, delete; the battery answered with alerts."""

from __future__ import annotations

import json

import pytest

from app import create_app
from callbacks import ids
from layers.ingest.upload_check import PREVIEW_ROWS
from layers.store.database import open_database
from layers.store.user_indicators import user_values
from server.data import current_dataset
from server.database import database_url
from server.i18n import has_text, text
from tests.callbacks.areas.test_zones import aggregates, zone
from tests.support.access_fixtures import signed_in_client
from tests.support.dash_client import dispatch, prop_key
from tests.support.database_rows import fetched
from tests.support.map_patch import by_gmina
from tests.support.paint import fetched_paint
from tests.support.polish_dates import polish_date
from tests.support.upload_files import GOOD_CSV, MALFORMED, data_url

KRAKOW, WIELICZKA, SKAWINA = "1261011", "1219053", "1206113"
REPORT_OUTPUT = f"{ids.UPLOAD_REPORT}.children"
STATUS_OUTPUT = f"{ids.UPLOAD_STATUS}.children"
NAME = "Mieszkania oddane"
FORM = {
    ids.UPLOAD_NAME_PL: NAME,
    ids.UPLOAD_NAME_EN: "Dwellings completed",
    ids.UPLOAD_UNIT: "mieszkania",
    ids.UPLOAD_SOURCE: "Urzędy gmin",
    ids.UPLOAD_DEFINITION: "",
    ids.UPLOAD_AUTHOR: "Jan Kowalski",
    ids.UPLOAD_POLARITY: "neutral",
    ids.UPLOAD_AGGREGATION: "sum",
    ids.UPLOAD_INTERNAL: [],
    ids.UPLOAD_YEAR: 2024,
    ids.UPLOAD_COLUMN: NAME,
    ids.UPLOAD_TARGET: "new",
    ids.UPLOAD_DELETE_CHOICE: None,
}


def post(app, output: str, values: dict, changed: str) -> dict:
    """Send a callback request as the signed-in official ``anna`` (who alone may save)."""
    with signed_in_client(app) as client:
        status, body = dispatch(client, app, output, values, [changed])
    assert status == 200, body[:500]
    return json.loads(body)["response"]


def report(app, data: bytes, name: str = "dane.csv", lang: str = "pl", scope: str = "smk") -> dict:
    values = {
        prop_key(ids.UPLOAD_FILE, "contents"): data_url(data),
        prop_key(ids.UPLOAD_FILE, "filename"): name,
        prop_key(ids.UPLOAD_SCOPE, "value"): scope,
        prop_key(ids.LANG_STORE, "data"): lang,
    }
    return post(app, REPORT_OUTPUT, values, prop_key(ids.UPLOAD_FILE, "contents"))


def own_data(app, data: bytes | None, name: str = "dane.csv", trigger: str = "save", **form):
    values = {prop_key(i, "value"): v for i, v in {**FORM, **form}.items()}
    values |= {
        prop_key(ids.UPLOAD_FILE, "contents"): data_url(data) if data is not None else None,
        prop_key(ids.UPLOAD_FILE, "filename"): name,
        prop_key(ids.UPLOAD_SCOPE, "value"): "smk",
        prop_key(ids.UPLOAD_SAVE, "n_clicks"): 1,
        prop_key(ids.UPLOAD_CONFIRM, "submit_n_clicks"): 1 if trigger == "delete" else None,
        prop_key(ids.LANG_STORE, "data"): "pl",
    }
    changed = (
        (ids.UPLOAD_SAVE, "n_clicks")
        if trigger == "save"
        else (ids.UPLOAD_CONFIRM, "submit_n_clicks")
    )
    return post(app, STATUS_OUTPUT, values, prop_key(*changed))


def stored(app) -> tuple[int, int]:
    database = open_user_indicators_of(app)
    ((indicators,),) = fetched(database, "SELECT count(*) FROM user_indicators")
    ((values,),) = fetched(database, "SELECT count(*) FROM user_indicator_values")
    return indicators, values


def open_user_indicators_of(app):
    return open_database(database_url(app.server.config))


def status_text(response: dict) -> object:
    return response[ids.UPLOAD_STATUS]["children"]


def alert_text(children: object) -> str:
    assert isinstance(children, dict) and children["props"]["role"] == "alert", children
    return children["props"]["children"]


def test_a_good_file_gets_a_report_a_preview_and_can_be_saved(app):
    response = report(app, GOOD_CSV)

    assert response[ids.UPLOAD_SAVE]["disabled"] is False
    assert response[ids.UPLOAD_COLUMN]["options"] == [{"label": NAME, "value": NAME}]
    shown = json.dumps(response[ids.UPLOAD_REPORT], ensure_ascii=False)
    assert "Wierszy: 3; rozpoznane wartości: 3" in shown
    assert "10 234" in shown and "512,5" in shown  # the preview, in Polish number style
    assert "Gminy zasięgu bez wartości (12)" in shown
    assert "Czernichów" in shown  # missing gminas are named, not coded

    saved = own_data(app, GOOD_CSV)
    assert status_text(saved) == text("upload_saved", "pl").format(name=NAME, count=3)
    assert NAME in json.dumps(saved[ids.UPLOAD_LIST], ensure_ascii=False)
    assert saved[ids.UPLOAD_DELETE_CHOICE]["options"] == [{"label": NAME, "value": "own_1"}]
    assert stored(app) == (1, 3)


def test_the_summary_counts_every_row_not_the_preview(app, dataset):
    codes = sorted(dataset.store.gminas.index[dataset.store.gminas.index.str.startswith("12")])
    lines = [f"{code};{n}" for n, code in enumerate(codes[: PREVIEW_ROWS + 5])]
    data = ("TERYT;Wartość\n" + "\n".join(lines) + "\n").encode()

    shown = json.dumps(report(app, data, scope="malopolska")[ids.UPLOAD_REPORT], ensure_ascii=False)

    assert f"Wierszy: {PREVIEW_ROWS + 5}; rozpoznane wartości: {PREVIEW_ROWS + 5}" in shown


def test_the_saved_indicator_is_mapped_compared_and_aggregated(app):
    own_data(app, GOOD_CSV)

    paint = fetched_paint(app, "smk", indicator_id="own_1", year=2024)  # what the map fetches
    assert NAME in json.dumps(paint["panels"][ids.LEGEND], ensure_ascii=False)
    hover = by_gmina(app, paint, list(zip(*paint["columns"], strict=True)))
    assert hover[KRAKOW] == ("10 234,0 mieszkania", 1)  # an own unit is shown as given
    assert hover[WIELICZKA] == ("512,5 mieszkania", 2)
    assert by_gmina(app, paint, paint["classes"])["1206012"] == -1  # no data

    rows = aggregates(zone(app, (0, 0), "distance", mode="buffer", gmina=WIELICZKA, distance=0))
    assert rows[NAME][:2] == ["2024", "512,5 mieszkania"]

    with app.server.test_request_context("/"):
        assert current_dataset().catalog["own_1"].name("en") == "Dwellings completed"

    values = {
        prop_key(ids.COMPARE_GMINAS_DROPDOWN, "value"): [KRAKOW, WIELICZKA],
        prop_key(ids.COMPARE_SCOPE_DROPDOWN, "value"): "smk",
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.COMPARE_OPENED, "data"): True,
    }
    compared = post(
        app, f"{ids.COMPARE_TABLE}.children", values, prop_key(ids.COMPARE_GMINAS_DROPDOWN, "value")
    )
    assert NAME in json.dumps(compared[ids.COMPARE_TABLE], ensure_ascii=False)


def test_replace_keeps_the_id_and_delete_asks_then_removes(app):
    own_data(app, GOOD_CSV)
    newer = "teryt;rok;x\n1261011;2023;5\n1219053;2023;6\n".encode("cp1250")

    replaced = own_data(app, newer, **{ids.UPLOAD_TARGET: "own_1", ids.UPLOAD_COLUMN: "x"})
    assert status_text(replaced) == text("upload_replaced", "pl").format(name=NAME, count=2)
    connection = open_user_indicators_of(app)
    assert user_values(connection)[["teryt", "year", "value"]].values.tolist() == [
        [WIELICZKA, 2023, 6.0],
        [KRAKOW, 2023, 5.0],
    ]

    values = {
        prop_key(ids.UPLOAD_DELETE, "n_clicks"): 1,
        prop_key(ids.UPLOAD_DELETE_CHOICE, "value"): "own_1",
        prop_key(ids.LANG_STORE, "data"): "pl",
    }
    asked = post(
        app, f"{ids.UPLOAD_CONFIRM}.displayed", values, prop_key(ids.UPLOAD_DELETE, "n_clicks")
    )
    assert asked[ids.UPLOAD_CONFIRM]["displayed"] is True
    assert NAME in asked[ids.UPLOAD_CONFIRM]["message"]

    deleted = own_data(app, None, trigger="delete", **{ids.UPLOAD_DELETE_CHOICE: "own_1"})
    assert status_text(deleted) == text("upload_deleted", "pl").format(name=NAME)
    assert stored(app) == (0, 0)


def test_saving_without_a_year_or_name_is_refused_with_an_alert(app):
    no_year = own_data(app, GOOD_CSV, **{ids.UPLOAD_YEAR: None})
    assert alert_text(status_text(no_year)) == text("error_upload_no_year", "pl")
    no_name = own_data(app, GOOD_CSV, **{ids.UPLOAD_NAME_PL: " "})
    assert alert_text(status_text(no_name)) == text("error_user_indicator", "pl")
    assert stored(app) == (0, 0)


@pytest.fixture(scope="module")
def battery_app(store_dir, tmp_path_factory):
    """One app for the whole battery: it must keep serving after every bad file."""
    database = tmp_path_factory.mktemp("battery") / "db.sqlite"
    return create_app(
        {"STORE_DIR": str(store_dir), "CACHE_TYPE": "NullCache", "DATABASE_PATH": str(database)}
    )


OVER_THE_REQUEST_LIMIT = {"fifty_megabytes"}
"""Files whose request the server refuses before reading it (413, ``MAX_REQUEST_MB``)."""


def test_a_file_over_the_request_limit_is_refused_before_it_is_read(battery_app):
    data, name, _ = MALFORMED["fifty_megabytes"]
    values = {
        prop_key(ids.UPLOAD_FILE, "contents"): data_url(data),
        prop_key(ids.UPLOAD_FILE, "filename"): name,
        prop_key(ids.UPLOAD_SCOPE, "value"): "smk",
        prop_key(ids.LANG_STORE, "data"): "pl",
    }
    with battery_app.server.test_client() as client:
        status, _ = dispatch(
            client, battery_app, REPORT_OUTPUT, values, [prop_key(ids.UPLOAD_FILE, "contents")]
        )
    assert status == 413
    assert stored(battery_app) == (0, 0)


@pytest.mark.parametrize("case", sorted(set(MALFORMED) - OVER_THE_REQUEST_LIMIT))
def test_every_malformed_file_gets_an_alert_and_nothing_is_stored(battery_app, case):
    app = battery_app
    data, name, code = MALFORMED[case]

    response = report(app, data, name, lang="en")
    assert response[ids.UPLOAD_SAVE]["disabled"] is True
    children = response[ids.UPLOAD_REPORT]["children"]
    shown = json.dumps(children, ensure_ascii=False)
    if has_text(f"error_{code}", "en"):
        assert alert_text(children) == text(f"error_{code}", "en")
    else:
        problem = text("upload_problem_" + code.removeprefix("upload_"), "en")
        assert problem.split("(")[0] in shown
    assert "dangerouslySetInnerHTML" not in shown

    refused = own_data(app, data, name)
    assert alert_text(status_text(refused))
    assert stored(app) == (0, 0)
    with app.server.test_client() as client:
        assert client.get("/").status_code == 200


def test_own_indicators_survive_a_restart(store_dir, tmp_path):
    config = {
        "STORE_DIR": str(store_dir),
        "CACHE_TYPE": "NullCache",
        "DATABASE_PATH": str(tmp_path / "db.sqlite"),
    }
    own_data(create_app(config), GOOD_CSV)

    restarted = create_app(config)
    with restarted.server.test_client() as client:
        client.get("/")
        layout = json.dumps(client.get("/_dash-layout").get_json(), ensure_ascii=False)
    assert NAME in layout  # in the explorer's indicator dropdown and the list
    with restarted.server.test_request_context("/"):
        assert current_dataset().catalog["own_1"].years == (2024,)


def catalog_table(app) -> str:
    values = {
        prop_key(ids.CATALOG_SEARCH, "value"): "",
        prop_key(ids.CATALOG_THEME, "value"): None,
        prop_key(ids.CATALOG_LEVEL, "value"): None,
        prop_key(ids.CATALOG_SCOPE, "value"): None,
        prop_key(ids.CATALOG_OPENED, "data"): True,
        prop_key(ids.LANG_STORE, "data"): "pl",
    }
    response = post(
        app, f"{ids.CATALOG_TABLE}.children", values, prop_key(ids.CATALOG_SEARCH, "value")
    )
    return json.dumps(response[ids.CATALOG_TABLE], ensure_ascii=False)


def test_a_save_refreshes_what_a_real_cache_holds(store_dir, tmp_path):
    config = {
        "STORE_DIR": str(store_dir),
        "CACHE_TYPE": "SimpleCache",
        "DATABASE_PATH": str(tmp_path / "db.sqlite"),
    }
    app = create_app(config)
    assert "Własne dane" not in catalog_table(app)  # no own indicator; the rows are now cached

    own_data(app, GOOD_CSV)

    table = catalog_table(app)
    assert NAME in table and "Własne dane" in table
    assert "Metropolia Krakowska (15 gmin): 3/15" in table


def test_the_own_indicators_list_dates_them_as_poles_write_them(app):
    saved = own_data(app, GOOD_CSV)
    ((created,),) = fetched(open_user_indicators_of(app), "SELECT created FROM user_indicators")
    listed = json.dumps(saved[ids.UPLOAD_LIST], ensure_ascii=False)
    assert polish_date(created) in listed  # "5 gru 2026", Warsaw's date
    assert created[:10] not in listed  # not ISO
