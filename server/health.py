"""``/healthz``: whether the data store, the cache, the database and the disk can serve.

Each part answers ``up`` or ``down``; any part down makes the answer 503 (``degraded``), so
a load balancer stops sending users where saving would fail. Why a part is down goes to the
log (one warning line), not to the answer, which anyone may read.
"""

from __future__ import annotations

import logging
import shutil
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import flask
import sqlalchemy as sa
from flask_caching.backends import NullCache

from layers.errors import DatabaseUnavailableError
from layers.store import io
from layers.store.database import check_writable
from layers.store.user_indicators import stored_revision
from server.cache import cache
from server.database import current_database, database_url

LOG = logging.getLogger(__name__)
UP, DOWN = "up", "down"
MB = 1024 * 1024


def store_status(store_dir: Path) -> str:
    """Return ``up`` when the data store's manifest is there (a finished build)."""
    return UP if io.read_manifest(store_dir) else DOWN


def cache_status() -> str:
    """Return ``up`` when the cache stores and returns a value (``NullCache`` counts as up)."""
    key, value = f"healthz:{uuid.uuid4().hex}", "ok"
    try:
        stored = cache.set(key, value, timeout=5)
        answer = cache.get(key)
        cache.delete(key)
    except Exception:  # noqa: BLE001 - any backend failure means "down"
        return DOWN
    null = isinstance(cache.cache, NullCache)
    return UP if null or (stored and answer == value) else DOWN


def database_status() -> str:
    """Return ``up`` when the database answers a read and grants a write (rolled back)."""
    engine = current_database()
    try:
        stored_revision(engine)
        check_writable(engine)
    except DatabaseUnavailableError as error:
        LOG.warning("healthz: database down: %s", error)
        return DOWN
    return UP


def disk_folders(config: Mapping[str, Any]) -> list[Path]:
    """Return the folders the app writes to on this machine: the SQLite file's, the jobs'.

    A database server's disk is its own (a full one refuses the write of
    :func:`database_status`); jobs run by Celery keep their results in Redis.
    """
    url = sa.engine.make_url(database_url(dict(config)))
    folders = []
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        folders.append(Path(url.database).parent)
    if not config["JOBS_REDIS_URL"]:
        folders.append(Path(config["JOBS_DIR"]))
    return folders


def free_mb(folder: Path) -> float:
    """Return the MB free for the app on the disk of ``folder`` (or of its nearest parent)."""
    existing = next(path for path in (folder, *folder.parents) if path.exists())
    return shutil.disk_usage(existing).free / MB


def disk_status(folders: Iterable[Path], min_free_mb: float) -> str:
    """Return ``up`` when the disk of every folder has at least ``min_free_mb`` MB free."""
    free = {str(folder): free_mb(folder) for folder in folders}
    short = {folder: round(mb) for folder, mb in free.items() if mb < min_free_mb}
    if short:
        LOG.warning("healthz: disk down: MB free %s, fewer than %s", short, min_free_mb)
        return DOWN
    return UP


def health() -> tuple[flask.Response, int]:
    """Answer ``/healthz``: each part up or down; 200 when all are up, else 503."""
    config = flask.current_app.config
    checks: dict[str, Callable[[], str]] = {
        "store": lambda: store_status(Path(config["STORE_DIR"])),
        "cache": cache_status,
        "database": database_status,
        "disk": lambda: disk_status(disk_folders(config), config["HEALTH_MIN_FREE_MB"]),
    }
    parts = {name: check() for name, check in checks.items()}
    healthy = all(state == UP for state in parts.values())
    body = {"status": "ok" if healthy else "degraded", **parts}
    return flask.jsonify(body), 200 if healthy else 503


def init_app(server: flask.Flask) -> None:
    """Serve ``/healthz`` from ``server``."""
    server.add_url_rule("/healthz", "healthz", health)
