"""The app's database: its URL, one engine per app; on PostgreSQL, outages and killed workers."""

from __future__ import annotations

import json
import logging
import re
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import psutil
import pytest
import requests
import sqlalchemy as sa

from callbacks import ids
from layers.store.database import open_database, sqlite_url
from layers.store.saved_views import saved_views
from layers.store.users import add_user
from server.access import SIGN_IN_PATH
from server.database import current_database, database_url
from server.i18n import text
from tests.callbacks.explorer.test_map_view import call_map
from tests.callbacks.test_upload import FORM, STATUS_OUTPUT
from tests.callbacks.test_views import save
from tests.support.access_fixtures import PASSWORD, USER, signed_in_client
from tests.support.apps import app_with
from tests.support.callback_posts import post
from tests.support.dash_client import dispatch, prop_key, request_body
from tests.support.database_rows import fetched
from tests.support.gunicorn_server import running_gunicorn
from tests.support.map_patch import applied
from tests.support.paint import paint_address
from tests.support.postgres_server import PostgresServer, running_postgres
from tests.support.upload_files import GOOD_CSV, data_url


@pytest.fixture
def own_postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test alone, which it may stop and start again."""
    with running_postgres() as server:
        yield server


def app_on(url: str, store_dir: Path, tmp_path: Path):
    return app_with(store_dir, tmp_path, CACHE_TYPE="NullCache", DATABASE_URL=url)


def test_the_url_is_the_configured_one_else_the_sqlite_files(tmp_path: Path):
    path = tmp_path / "geoportal.sqlite"
    url = "postgresql+psycopg://db.example/geoportal"

    assert database_url({"DATABASE_URL": "", "DATABASE_PATH": str(path)}) == sqlite_url(path)
    assert database_url({"DATABASE_URL": url, "DATABASE_PATH": str(path)}) == url


def test_an_app_opens_its_database_once_and_requests_share_it(app):
    with app.server.app_context():
        engine = current_database()
        assert current_database() is engine
    assert engine.url.render_as_string(hide_password=False) == database_url(app.server.config)
    assert fetched(engine, "SELECT revision FROM user_indicator_revision") == [(0,)]  # migrated


def test_saved_views_survive_an_app_restart_on_postgresql(postgres, store_dir, tmp_path):
    url = postgres.new_database()
    save(app_on(url, store_dir, tmp_path), "Gęstość 2020")
    again = app_on(url, store_dir, tmp_path)  # a new process would see the same
    values = {f"{ids.VIEW_REVISION}.data": 0, f"{ids.LANG_STORE}.data": "pl"}
    listed = json.dumps(post(again, f"{ids.VIEW_LIST}.children", values, []), ensure_ascii=False)
    assert "Gęstość 2020" in listed


def test_with_the_database_down_maps_answer_and_saving_says_so(
    own_postgres, store_dir, tmp_path, caplog
):
    url = own_postgres.new_database()
    app = app_on(url, store_dir, tmp_path)
    save(app, "Przed awarią")
    official = signed_in_client(app)  # signed in before the outage
    own_postgres.stop()
    caplog.set_level(logging.WARNING)

    client = app.server.test_client()
    assert client.get("/").status_code == 200
    assert client.get("/_dash-layout").status_code == 200
    response, _ = call_map(app, [f"{ids.SCOPE_RADIO}.value"])
    assert applied(response[ids.MAP_STATE]["data"])["geometry"]
    assert len(client.get(paint_address("smk")).get_json()["classes"]) == 15
    refused = save(app, "W trakcie awarii", client=official)
    shown = refused[ids.VIEW_STATUS]["children"]["props"]["children"]
    assert shown == text("error_database_unavailable", "pl")
    values = {f"{ids.VIEW_REVISION}.data": 0, f"{ids.LANG_STORE}.data": "pl"}
    with app.server.test_client() as browser:
        status, body = dispatch(browser, app, f"{ids.VIEW_LIST}.children", values, [])
    notice = json.loads(body)["sideUpdate"][ids.PAGE_NOTICE]["children"]
    assert status == 200 and notice["props"]["children"] == text("error_database_unavailable", "pl")
    api = client.get("/api/v1/collections/saved-areas/items")
    assert api.status_code == 503 and api.get_json()["code"] == "database_unavailable"
    assert client.get("/api/v1/collections/smk/items?indicator=density").status_code == 200
    health = client.get("/healthz")
    assert health.status_code == 503 and health.get_json()["database"] == "down"
    assert any("database unreachable" in r.getMessage() for r in caplog.records)

    own_postgres.start()
    assert [v.name for v in saved_views(open_database(url), internal=True)] == ["Przed awarią"]
    save(app, "Po awarii")  # the pool reconnects by itself
    assert [v.name for v in saved_views(open_database(url), internal=True)] == [
        "Po awarii",
        "Przed awarią",
    ]


def upload_body(app) -> dict:
    """Return the body of the own-data save request, as the browser sends it."""
    values = {prop_key(i, "value"): v for i, v in FORM.items()}
    values |= {
        prop_key(ids.UPLOAD_FILE, "contents"): data_url(GOOD_CSV),
        prop_key(ids.UPLOAD_FILE, "filename"): "dane.csv",
        prop_key(ids.UPLOAD_SCOPE, "value"): "smk",
        prop_key(ids.UPLOAD_SAVE, "n_clicks"): 1,
        prop_key(ids.UPLOAD_CONFIRM, "submit_n_clicks"): None,
        prop_key(ids.LANG_STORE, "data"): "pl",
    }
    return request_body(app, STATUS_OUTPUT, values, [prop_key(ids.UPLOAD_SAVE, "n_clicks")])


def wait_for(condition, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def post_json(url: str, body: dict, session: requests.Session) -> requests.Response:
    headers = {"Content-Type": "application/json"}
    return session.post(url, data=json.dumps(body), headers=headers, timeout=60)


def signed_in_session(base: str, engine: sa.Engine) -> requests.Session:
    """Return an HTTP session signed in through the sign-in form as a new official."""
    add_user(engine, USER, PASSWORD, "official")
    session = requests.Session()
    form = session.get(f"{base}{SIGN_IN_PATH}", timeout=60).text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    answer = session.post(
        f"{base}{SIGN_IN_PATH}",
        data={"username": USER, "password": PASSWORD, "csrf_token": csrf, "lang": "pl"},
        timeout=60,
    )
    assert answer.ok and session.cookies.get("session")
    return session


def pg_lock_waits(engine: sa.Engine, query: str = "") -> int:
    """Return how many PostgreSQL sessions wait on a lock (running ``query…`` if given)."""
    sql = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
    sql += f" AND query LIKE '{query}%'" if query else ""
    ((count,),) = fetched(engine, sql)
    return count


@contextmanager
def holding_the_commit(url: str, engine: sa.Engine) -> Iterator[Callable[[], bool]]:
    """Hold what a save needs last; yield whether a save now waits there, its rows written.

    PostgreSQL: the revision row, locked by this test, so the save's last statement waits.
    SQLite: a read transaction, so the save's COMMIT waits for it (rollback journal mode);
    the save has written when its journal file exists.
    """
    if url.startswith("sqlite"):
        path = sa.engine.make_url(url).database
        reader = sqlite3.connect(path)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM user_indicators").fetchall()
        try:
            yield lambda: Path(f"{path}-journal").exists()
        finally:
            reader.close()
        return
    with engine.connect() as holder:
        holder.execute(sa.text("SELECT revision FROM user_indicator_revision FOR UPDATE"))
        yield lambda: pg_lock_waits(engine, "UPDATE user_indicator_revision") == 1
        holder.rollback()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_worker_killed_while_saving_leaves_no_half_written_rows(
    backend, request, store_dir, tmp_path
):
    """SIGKILL a gunicorn worker inside the save's transaction; after it restarts, no row of it."""
    if backend == "sqlite":
        url = sqlite_url(tmp_path / "geoportal.sqlite")
    else:
        url = request.getfixturevalue("postgres").new_database()
    app = app_on(url, store_dir, tmp_path)
    engine = open_database(url)
    settings = {
        "GEOPORTAL_STORE_DIR": str(store_dir),
        "GEOPORTAL_DATABASE_URL": url,
        "GEOPORTAL_JOBS_DIR": str(tmp_path / "jobs"),
    }
    with running_gunicorn(settings) as (server, base):
        official = signed_in_session(base, engine)
        with holding_the_commit(url, engine) as waiting, ThreadPoolExecutor(1) as pool:
            (worker,) = psutil.Process(server.pid).children()
            body = upload_body(app)
            sent = pool.submit(post_json, f"{base}/_dash-update-component", body, official)
            wait_for(waiting)
            time.sleep(0.5)  # the few statements left before the commit are done by now
            worker.send_signal(signal.SIGKILL)
            with pytest.raises(requests.ConnectionError):
                sent.result(timeout=60)
        wait_for(lambda: len(psutil.Process(server.pid).children()) == 1)  # the new worker
        if backend == "postgresql":
            wait_for(lambda: pg_lock_waits(engine) == 0)  # the killed session rolled back
        assert fetched(engine, "SELECT count(*) FROM user_indicators") == [(0,)]
        assert fetched(engine, "SELECT count(*) FROM user_indicator_values") == [(0,)]
        assert fetched(engine, "SELECT revision FROM user_indicator_revision") == [(0,)]
        again = post_json(f"{base}/_dash-update-component", upload_body(app), official)
        assert again.status_code == 200
        assert fetched(engine, "SELECT count(*) FROM user_indicator_values") == [(3,)]
