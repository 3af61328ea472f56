"""``/healthz`` reports the store, the cache and the database; logs are JSON lines."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from app import create_app
from server.logs import JsonFormatter


def test_everything_up_answers_200(app):
    response = app.server.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {
        "status": "ok",
        "store": "up",
        "cache": "up",
        "database": "up",
    }


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
    }
    client = app.server.test_client()
    assert client.get("/").status_code == 200  # the page and its layout still answer
    assert client.get("/_dash-layout").status_code == 200


def record(name: str, message: str, args: object = None) -> logging.LogRecord:
    return logging.LogRecord(name, logging.INFO, __file__, 1, message, args, None)


def test_log_lines_are_json_with_request_fields():
    line = json.loads(JsonFormatter().format(record("geoportal", "zapisano widok „A”")))
    assert (line["level"], line["logger"], line["message"]) == (
        "INFO",
        "geoportal",
        "zapisano widok „A”",
    )
    assert line["time"].endswith("+00:00")
    atoms = {"m": "GET", "U": "/healthz", "s": "200", "M": "3", "h": "127.0.0.1"}
    access = record("gunicorn.access", "%(m)s %(U)s %(s)s", atoms)
    access.args = atoms  # gunicorn passes the atoms mapping as the record's args
    fields = json.loads(JsonFormatter().format(access))
    assert (fields["method"], fields["path"], fields["status"]) == ("GET", "/healthz", "200")
    assert fields["message"] == "GET /healthz 200"
