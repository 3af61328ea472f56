"""``gunicorn app:server`` with the project's ``gunicorn.conf.py`` on a free port, for tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import requests

from tests.support.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 90


@contextmanager
def running_gunicorn(
    settings: dict[str, str], stderr: IO | int = subprocess.DEVNULL
) -> Iterator[tuple[subprocess.Popen, str]]:
    """Serve the app with one worker and ``GEOPORTAL_*`` ``settings``; yield it and its URL.

    Waits until ``/healthz`` answers 200; stops the server afterwards.
    """
    port = free_port()
    env = {
        **os.environ,
        **settings,
        "GEOPORTAL_GUNICORN_BIND": f"127.0.0.1:{port}",
        "GEOPORTAL_GUNICORN_WORKERS": "1",
    }
    command = [sys.executable, "-m", "gunicorn", "app:server"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stderr=stderr)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(server, url)
        yield server, url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_healthy(server: subprocess.Popen, url: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if requests.get(f"{url}/healthz", timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer /healthz")
