"""The state report as a background job over HTTP: diskcache, then Celery on a real Redis."""

from __future__ import annotations

import base64
import dataclasses
import io
import os
import subprocess
import sys
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from dash import Dash
from flask.testing import FlaskClient
from pypdf import PdfReader

from app import create_app
from callbacks import ids
from layers.render.report import EXTRA_STEPS, key_indicators
from layers.render.report_pdf import PAGES_BESIDES_SECTIONS
from server.data import EXTENSION_KEY
from server.i18n import text
from server.jobs import JOBS_KEY
from tests.support.access_fixtures import INTERNAL, sign_in
from tests.support.dash_client import callback_key
from tests.support.redis_server import RedisServer, redis_server

ROOT = Path(__file__).resolve().parents[3]
BUTTONS = {"pdf": ids.REPORT_PDF, "html": ids.REPORT_HTML}
OUTPUT = f"{ids.REPORT_DOWNLOAD}.data"
PROGRESS_TEXT = f"{ids.REPORT_PROGRESS_TEXT}.children"


def start_body(
    app: Dash, button: str, lang: str, scope: str = "smk", area: str | None = None
) -> dict:
    """The request a freshly loaded page sends when the user presses a report button.

    Each call is a new page (its own page id), as after signing in, which reloads the page.
    """
    return {
        "output": callback_key(app, OUTPUT),
        "outputs": [
            {"id": ids.REPORT_DOWNLOAD, "property": "data"},
            {"id": ids.REPORT_NOTICE, "property": "children"},
        ],
        "inputs": [
            {"id": component, "property": "n_clicks", "value": 1 if name == button else None}
            for name, component in BUTTONS.items()
        ],
        "state": [
            {"id": ids.SCOPE_RADIO, "property": "value", "value": scope},
            {"id": ids.LANG_STORE, "property": "data", "value": lang},
            {"id": ids.REPORT_PAGE, "property": "data", "value": uuid.uuid4().hex},
            {"id": ids.AREA_OVERLAY, "property": "value", "value": area},
        ],
        "changedPropIds": [f"{BUTTONS[button]}.n_clicks"],
    }


def run_report(
    app: Dash,
    client: FlaskClient,
    button: str,
    lang: str = "pl",
    *,
    timeout_s: float = 120,
    worker: subprocess.Popen | None = None,
    area: str | None = None,
) -> tuple[dict, list[dict]]:
    """Press a report button, poll as the browser does; return the response and the progress."""
    body = start_body(app, button, lang, area=area)
    handles = client.post("/_dash-update-component", json=body).get_json()
    poll = f"/_dash-update-component?cacheKey={handles['cacheKey']}&job={handles['job']}"
    progress, answer = [], {}
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and (worker is None or worker.poll() is None):
        answer = client.post(poll, json=body).get_json() or {}
        if "progress" in answer:
            progress.append(answer["progress"])
        if "response" in answer:
            return answer["response"], progress
        time.sleep(0.05)
    raise AssertionError(f"no report (within {timeout_s} s): {answer}")


def downloaded(response: dict) -> tuple[str, bytes]:
    download = response[ids.REPORT_DOWNLOAD]["data"]
    return download["filename"], base64.b64decode(download["content"])


def check_progress(progress: list[dict], steps: int, lang: str) -> None:
    """Progress was shown, counting up to ``steps``, with its text in ``lang``."""
    assert progress
    values = [int(p[f"{ids.REPORT_PROGRESS}.value"]) for p in progress]
    assert values == sorted(values) and values[0] >= 1 and values[-1] <= steps
    assert {p[f"{ids.REPORT_PROGRESS}.max"] for p in progress} == {str(steps)}
    last = text("report_progress", lang).format(step=values[-1], steps=steps)
    assert progress[-1][PROGRESS_TEXT] == last


def test_the_report_is_a_background_callback_with_progress(app):
    spec = app.callback_map[callback_key(app, OUTPUT)]
    assert [str(o) for o in spec["background"]["progress"]] == [
        f"{ids.REPORT_PROGRESS}.value",
        f"{ids.REPORT_PROGRESS}.max",
        PROGRESS_TEXT,
    ]
    (listed,) = [c for c in app._callback_list if c["output"] == callback_key(app, OUTPUT)]
    assert listed["running"]["running"] == {
        f"{ids.REPORT_PDF}.disabled": True,
        f"{ids.REPORT_HTML}.disabled": True,
        f"{ids.REPORT_PROGRESS_BOX}.hidden": False,
    }


def test_pdf_report_job_with_diskcache(app, dataset):
    keys = key_indicators(dataset.catalog)
    with app.server.test_client() as client:
        response, progress = run_report(app, client, "pdf")
    name, content = downloaded(response)
    assert name.startswith("raport_smk_") and name.endswith(".pdf")
    assert len(PdfReader(io.BytesIO(content)).pages) == len(keys) + PAGES_BESIDES_SECTIONS
    check_progress(progress, len(keys) + EXTRA_STEPS + 1, "pl")


def test_html_report_has_an_internal_key_indicator_only_for_an_official(internal):
    app = internal.app
    dataset = app.server.extensions[EXTENSION_KEY]
    flagged = dataclasses.replace(dataset.catalog[INTERNAL], report=True)
    catalog = {**dataset.catalog, INTERNAL: flagged}
    app.server.extensions[EXTENSION_KEY] = dataclasses.replace(dataset, catalog=catalog)
    name = flagged.name("en")
    with app.server.test_client() as client:
        public = downloaded(run_report(app, client, "html", "en")[0])[1].decode("utf-8")
        sign_in(client)
        official = downloaded(run_report(app, client, "html", "en")[0])[1].decode("utf-8")
    assert text("report_title", "en") in public
    assert all(key.name("en") in public for key in key_indicators(dataset.catalog))
    assert name not in public
    assert name in official


def test_the_area_layer_of_the_explorer_is_the_reports_area(app):
    with app.server.test_client() as client:
        report = downloaded(run_report(app, client, "html", "en", area="kom2003")[0])[1]
    page = report.decode("utf-8")

    assert f"Time series: {text('area_kom2003', 'en')}" in page
    assert text("report_series", "en") not in page  # not SMK's


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    """A Redis server of the test's own."""
    with redis_server() as server:
        yield server


def test_pdf_report_job_on_celery_and_redis(redis, store_dir, tmp_path, dataset):
    settings = {
        "STORE_DIR": str(store_dir),
        "DATABASE_PATH": str(tmp_path / "geoportal.sqlite"),
        "JOBS_DIR": str(tmp_path / "jobs"),
        "JOBS_REDIS_URL": redis.url,
        "CACHE_TYPE": "NullCache",
        "SECRET_KEY": "celery-test",
    }
    env = {**os.environ, **{f"GEOPORTAL_{key}": str(value) for key, value in settings.items()}}
    command = [sys.executable, "-m", "celery", "-A", "worker", "worker", "--pool=solo"]
    command += ["--without-mingle", "--without-gossip", "--loglevel=INFO"]
    log = tmp_path / "worker.log"
    with log.open("w") as output:
        worker = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=output)
        try:  # the worker starts while the web app is built; the task waits in Redis
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", "Flask-Caching: CACHE_TYPE is set to NullCache")
                app = create_app(settings)
            with app.server.test_client() as client:
                response, progress = run_report(
                    app, client, "pdf", "en", timeout_s=150, worker=worker
                )
            app.server.extensions[JOBS_KEY].handle.close()
        finally:
            worker.terminate()
            worker.wait(timeout=30)
    keys = key_indicators(dataset.catalog)
    name, content = downloaded(response)
    assert name.endswith(".pdf")
    assert len(PdfReader(io.BytesIO(content)).pages) == len(keys) + PAGES_BESIDES_SECTIONS
    check_progress(progress, len(keys) + EXTRA_STEPS + 1, "en")
    assert "succeeded" in log.read_text()
