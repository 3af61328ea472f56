"""``/healthz`` reports the store, the cache, the database and the disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import create_app
from server.health import disk_folders, free_mb
from server.settings import settings
from tests.support.read_only import read_only_file

ALL_UP = {"status": "ok", "store": "up", "cache": "up", "database": "up", "disk": "up"}


def test_everything_up_answers_200(app):
    response = app.server.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == ALL_UP


def test_a_real_cache_is_checked_by_a_round_trip(store_dir: Path, tmp_path: Path):
    app = create_app(
        {
            "STORE_DIR": str(store_dir),
            "CACHE_TYPE": "SimpleCache",
            "DATABASE_PATH": str(tmp_path / "db.sqlite"),
        }
    )
    assert app.server.test_client().get("/healthz").get_json()["cache"] == "up"


def test_a_lost_database_and_store_answer_503_naming_them(store_dir: Path, tmp_path: Path):
    store = Path(shutil.copytree(store_dir, tmp_path / "store"))
    database = tmp_path / "db.sqlite"
    app = create_app(
        {"STORE_DIR": str(store), "CACHE_TYPE": "NullCache", "DATABASE_PATH": str(database)}
    )
    database.unlink()
    database.mkdir()  # a path SQLite cannot open as a database
    (store / "manifest.json").unlink()
    response = app.server.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {
        "status": "degraded",
        "store": "down",
        "cache": "up",
        "database": "down",
        "disk": "up",
    }
    client = app.server.test_client()
    assert client.get("/").status_code == 200  # the page and its layout still answer
    assert client.get("/_dash-layout").status_code == 200


def test_a_read_only_database_answers_503_naming_it(app, tmp_path: Path, caplog):
    database = tmp_path / "geoportal.sqlite"
    client = app.server.test_client()
    with read_only_file(database):
        response = client.get("/healthz")
        assert client.get("/api/v1/collections/saved-areas/items").status_code == 200  # reads
    assert response.status_code == 503
    assert response.get_json() == {**ALL_UP, "status": "degraded", "database": "down"}
    assert any("readonly" in r.getMessage() for r in caplog.records if r.name == "server.health")
    assert client.get("/healthz").status_code == 200  # writable again


def test_the_health_check_stores_nothing(app, tmp_path: Path):
    database = tmp_path / "geoportal.sqlite"
    before = database.read_bytes()
    assert app.server.test_client().get("/healthz").status_code == 200
    assert database.read_bytes() == before


def test_too_little_free_disk_answers_503_naming_it(store_dir: Path, tmp_path: Path, caplog):
    free = free_mb(tmp_path)
    config = {
        "STORE_DIR": str(store_dir),
        "CACHE_TYPE": "NullCache",
        "DATABASE_PATH": str(tmp_path / "db" / "geoportal.sqlite"),
        "JOBS_DIR": str(tmp_path / "jobs"),
    }
    answers = {}
    for threshold in (free / 2, free * 2):
        app = create_app({**config, "HEALTH_MIN_FREE_MB": threshold})
        response = app.server.test_client().get("/healthz")
        answers[threshold] = (response.status_code, response.get_json())
    assert answers[free / 2] == (200, ALL_UP)
    assert answers[free * 2] == (503, {**ALL_UP, "status": "degraded", "disk": "down"})
    assert any(str(tmp_path / "db") in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("config", "checked"),
    [
        ({}, ["db", "jobs"]),
        ({"DATABASE_URL": "sqlite:////elsewhere/db.sqlite"}, ["/elsewhere", "jobs"]),
        ({"DATABASE_URL": "postgresql+psycopg://db.example/geoportal"}, ["jobs"]),
        ({"JOBS_REDIS_URL": "redis://127.0.0.1:6379/1"}, ["db"]),
    ],
)
def test_the_disk_check_watches_the_folders_written_on_this_machine(config, checked):
    base = {"DATABASE_PATH": "db/geoportal.sqlite", "JOBS_DIR": "jobs"}
    assert disk_folders(settings({**base, **config})) == [Path(path) for path in checked]


def test_free_space_of_a_folder_not_made_yet_is_its_parents(tmp_path: Path):
    assert free_mb(tmp_path / "not" / "yet") == pytest.approx(free_mb(tmp_path), rel=0.01)
