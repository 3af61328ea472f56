"""The BDL panel: the job, the background callback over HTTP, progress text, summary, errors."""

from __future__ import annotations

import json
import shutil
import time
import warnings
from datetime import date
from pathlib import Path

import pytest
from dash import Dash

from app import create_app
from callbacks import ids
from callbacks.catalog import bdl
from layers.ingest.bdl import RefreshRequest
from layers.store import io
from layers.store.audit import changes
from layers.store.job_results import saved_job_result
from server.data import EXTENSION_KEY
from server.database import current_database, database_url
from server.i18n import text
from tests.layers.ingest.test_bdl import smk_script
from tests.support.access_fixtures import signed_in_client
from tests.support.bdl_server import bdl_server
from tests.support.dash_client import callback_key, dispatch
from tests.support.database_rows import fetched

TODAY = date(2026, 6, 1)


def app_on_copy(store_dir: Path, tmp_path: Path, api_url: str = "") -> Dash:
    """An app on its own copy of the real store and jobs directory (and a BDL API URL)."""
    store = shutil.copytree(store_dir, tmp_path / "store")
    settings = {
        "STORE_DIR": str(store),
        "CACHE_TYPE": "NullCache",
        "DATABASE_PATH": str(tmp_path / "geoportal.sqlite"),
        "JOBS_DIR": str(tmp_path / "jobs"),
    }
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Flask-Caching: CACHE_TYPE is set to NullCache")
        return create_app({**settings, "BDL_API_URL": api_url} if api_url else settings)


@pytest.fixture
def own_app(store_dir: Path, tmp_path: Path) -> Dash:
    """An app that a test may let write to its store."""
    return app_on_copy(store_dir, tmp_path)


def config_for(app, url: str, client_id: str = "") -> dict:
    return {
        "STORE_DIR": app.server.config["STORE_DIR"],
        "BDL_API_URL": url,
        "BDL_CLIENT_ID": client_id,
        "DATABASE_URL": database_url(app.server.config),
    }


def held_result(app, job: str) -> dict:
    """The result the server keeps for a job id."""
    with app.server.app_context():
        (row,) = fetched(current_database(), f"SELECT result FROM job_results WHERE id = '{job}'")
    return json.loads(row[0])


def test_panel_offers_the_bdl_variables_of_catalog_indicators(app):
    with app.server.app_context():
        options = bdl.variable_options("pl")
        english = bdl.variable_options("en")
    assert {"label": "Ludność (BDL 72305)", "value": 72305} in options
    assert {"label": "Population (BDL 72305)", "value": 72305} in english
    client = app.server.test_client()
    layout = json.dumps(client.get("/_dash-layout").get_json(), ensure_ascii=False)
    assert "Odśwież z GUS BDL" in layout


def test_the_refresh_is_a_background_callback_with_progress(app):
    spec = app.callback_map[callback_key(app, f"{ids.BDL_RESULT}.data")]
    assert [str(o) for o in spec["background"]["progress"]] == [
        f"{ids.BDL_PROGRESS}.value",
        f"{ids.BDL_PROGRESS}.max",
        f"{ids.BDL_PROGRESS_STATE}.data",
    ]


def test_job_reports_progress_per_page_and_a_summary(dataset, own_app):
    script = smk_script(dataset)
    steps = []
    with bdl_server(script) as url:
        result = bdl.refresh_job(
            steps.append,
            config_for(own_app, url, "k"),
            RefreshRequest((72305,), "smk", (2025,), TODAY),
        )
    assert [s[:2] for s in steps] == [("0.333", "1"), ("0.667", "1"), ("1.0", "1")]
    assert steps[-1][2]["page"] == 3
    assert set(result) == {"job"}  # the browser gets an id; the summary stays on the server
    assert held_result(own_app, result["job"]) == {
        "summary": [
            {
                "bdl_variable": 72305,
                "year": 2025,
                "variable": "population",
                "fetched": 14,
                "added": 14,
                "retrieved": "2026-06-01",
            }
        ],
        "retrieved": "2026-06-01",
    }
    assert script.requests[0].headers["X-ClientId"] == "k"


def test_job_turns_a_failure_into_an_error_code(dataset, own_app):
    script = smk_script(dataset)
    script.failures = {0: [(429, {"Retry-After": "0"})] * 10}
    with bdl_server(script) as url:
        result = bdl.refresh_job(
            lambda _: None,
            config_for(own_app, url),
            RefreshRequest((72305,), "smk", (2025,), TODAY),
        )
    assert result["error"] == "bdl_rate_limit"
    assert not (Path(own_app.server.config["STORE_DIR"]) / io.FETCHED_FILE).exists()


def answered(
    app, output: str, trigger: str, value: object, lang: str, *, role: str | None = "admin"
) -> dict:
    """Run the callback of ``output`` over HTTP after ``trigger`` changed; return the response.

    Asked by a signed-in admin (``jan``), or a user of ``role``, or a visitor (None).
    """
    values = {trigger: value, f"{ids.LANG_STORE}.data": lang}
    client = signed_in_client(app, role, role) if role else app.server.test_client()
    status, body = dispatch(client, app, output, values, [trigger])
    assert status == 200
    return json.loads(body)["response"]


def summary(app, result: dict, lang: str, *, role: str | None = "admin") -> str:
    output, trigger = f"{ids.BDL_SUMMARY}.children", f"{ids.BDL_RESULT}.data"
    response = answered(app, output, trigger, result, lang, role=role)
    return json.dumps(response, ensure_ascii=False)


def population_years(app) -> tuple[int, ...]:
    return app.server.extensions[EXTENSION_KEY].catalog["population"].years


def test_summary_over_http_reloads_the_running_app(dataset, own_app):
    with bdl_server(smk_script(dataset)) as url:
        result = bdl.refresh_job(
            lambda _: None,
            config_for(own_app, url),
            RefreshRequest((72305,), "smk", (2025,), TODAY),
        )
    assert 2025 not in population_years(own_app)
    for role in (None, "official"):  # neither a visitor nor an official reloads
        assert "alert" in summary(own_app, result, "pl", role=role)
        assert 2025 not in population_years(own_app)
    body = summary(own_app, result, "pl")
    assert "Pobrano 1 cze 2026" in body
    assert "population (BDL 72305)" in body
    assert 2025 in population_years(own_app)
    loaded = own_app.server.extensions[EXTENSION_KEY]
    assert "Pobrano 1 cze 2026" in summary(own_app, result, "pl")  # shown again, not reloaded
    assert own_app.server.extensions[EXTENSION_KEY] is loaded
    with own_app.server.app_context():
        (reload,) = [c for c in changes(current_database()) if c.action == "reload"]
    assert (reload.who, reload.after) == ("admin", result["job"])


@pytest.mark.parametrize(
    "forged",
    [
        {"summary": [], "retrieved": "x"},
        {"job": "0" * 32},
        {"job": ["x"]},
        {"job": "'; DROP TABLE job_results; --"},
    ],
)
def test_a_forged_result_reloads_nothing(own_app, forged):
    loaded = own_app.server.extensions[EXTENSION_KEY]
    body = summary(own_app, forged, "pl")
    assert own_app.server.extensions[EXTENSION_KEY] is loaded
    assert text("error_job_unknown", "pl") in body


def test_a_refresh_without_new_rows_says_so(app):
    held = {
        "summary": [
            {
                "bdl_variable": 72305,
                "variable": "population",
                "year": 2024,
                "fetched": 15,
                "added": 0,
                "retrieved": "2026-06-01",
            }
        ],
        "retrieved": "2026-06-01",
    }
    with app.server.app_context():
        result = {"job": saved_job_result(current_database(), bdl.JOB_KIND, held)}
    body = summary(app, result, "en")
    assert text("bdl_nothing", "en").format(date="1 Jun 2026") in body


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_errors_reach_the_user_in_their_language(app, lang):
    body = summary(app, {"error": "bdl_network", "message": "x"}, lang)
    assert text("error_bdl_network", lang) in body
    assert "alert" in body


def test_progress_text_over_http(app):
    step = {"variable": 72305, "year": 2025, "page": 3, "pages": 7, "step": 1, "steps": 2}
    output, trigger = f"{ids.BDL_PROGRESS_TEXT}.children", f"{ids.BDL_PROGRESS_STATE}.data"
    shown = answered(app, output, trigger, step, "pl")[ids.BDL_PROGRESS_TEXT]["children"]
    assert shown == "Zmienna 72305, rok 2025: strona 3/7 (krok 1/2) …"


def start_body(key: str) -> dict:
    """The request the browser sends when the user presses the start button."""
    return {
        "output": key,
        "outputs": {"id": ids.BDL_RESULT, "property": "data"},
        "inputs": [{"id": ids.BDL_START, "property": "n_clicks", "value": 1}],
        "state": [
            {"id": ids.BDL_VARIABLE_PICK, "property": "value", "value": [72305]},
            {"id": ids.BDL_SCOPE, "property": "value", "value": "smk"},
            {"id": ids.BDL_YEARS, "property": "value", "value": [2025]},
        ],
        "changedPropIds": [f"{ids.BDL_START}.n_clicks"],
    }


def test_background_refresh_over_http_end_to_end(dataset, store_dir, tmp_path):
    """Start the job as the browser does, then poll with the signed handles until it is done."""
    with bdl_server(smk_script(dataset)) as url:
        app = app_on_copy(store_dir, tmp_path, url)
        body = start_body(callback_key(app, f"{ids.BDL_RESULT}.data"))
        for role in (None, "official"):  # refused before any job starts
            asker = signed_in_client(app, role, role) if role else app.server.test_client()
            assert asker.post("/_dash-update-component", json=body).status_code == 403
        client = signed_in_client(app, "admin", "admin")
        handles = client.post("/_dash-update-component", json=body).get_json()
        poll = f"/_dash-update-component?cacheKey={handles['cacheKey']}&job={handles['job']}"
        answer: dict = {}
        for _ in range(300):
            answer = client.post(poll, json=body).get_json() or {}
            if "response" in answer:
                break
            time.sleep(0.1)
    result = answer["response"][ids.BDL_RESULT]["data"]
    assert held_result(app, result["job"])["summary"][0]["added"] == 14
    assert len(io.read_fetched(Path(app.server.config["STORE_DIR"]))) == 14
