"""``gunicorn app:server`` with the project's ``gunicorn.conf.py``: it serves, logs JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import requests

from tests.support.gunicorn_server import running_gunicorn


def test_gunicorn_serves_the_app_and_logs_json(store_dir: Path, tmp_path: Path):
    settings = {
        "GEOPORTAL_STORE_DIR": str(store_dir),
        "GEOPORTAL_DATABASE_PATH": str(tmp_path / "db.sqlite"),
        "GEOPORTAL_JOBS_DIR": str(tmp_path / "jobs"),
    }
    log = tmp_path / "gunicorn.log"
    with log.open("w") as stderr, running_gunicorn(settings, stderr) as (_, url):
        answer = requests.get(f"{url}/healthz", timeout=5).json()
    assert answer == {"status": "ok", "store": "up", "cache": "up", "database": "up", "disk": "up"}
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    access = [line for line in lines if line["logger"] == "gunicorn.access"]
    assert any(line["path"] == "/healthz" and line["status"] == "200" for line in access)
    assert any(line["logger"] == "gunicorn.error" for line in lines)
