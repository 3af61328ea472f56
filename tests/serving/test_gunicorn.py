"""``gunicorn app:server`` with the project's ``gunicorn.conf.py``: it serves, logs JSON lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 90


def healthz(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
            return json.load(response)
    except OSError:
        return None


def test_gunicorn_serves_the_app_and_logs_json(store_dir: Path, tmp_path: Path):
    port = free_port()
    env = {
        **os.environ,
        "GEOPORTAL_STORE_DIR": str(store_dir),
        "GEOPORTAL_DATABASE_PATH": str(tmp_path / "db.sqlite"),
        "GEOPORTAL_JOBS_DIR": str(tmp_path / "jobs"),
        "GEOPORTAL_GUNICORN_BIND": f"127.0.0.1:{port}",
        "GEOPORTAL_GUNICORN_WORKERS": "1",
    }
    log = tmp_path / "gunicorn.log"
    with log.open("w") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "app:server"], cwd=ROOT, env=env, stderr=stderr
        )
        try:
            url, answer = f"http://127.0.0.1:{port}", None
            deadline = time.monotonic() + START_TIMEOUT_S
            while answer is None and time.monotonic() < deadline and server.poll() is None:
                time.sleep(0.5)
                answer = healthz(url)
            assert answer == {"status": "ok", "store": "up", "cache": "up", "database": "up"}
        finally:
            server.terminate()
            server.wait(timeout=30)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    access = [line for line in lines if line["logger"] == "gunicorn.access"]
    assert any(line["path"] == "/healthz" and line["status"] == "200" for line in access)
    assert any(line["logger"] == "gunicorn.error" for line in lines)
