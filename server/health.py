"""``/healthz``: whether the data store, the cache and the database answer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import flask
from flask_caching.backends import NullCache

from layers.errors import DatabaseUnavailableError
from layers.store import io
from layers.store.user_indicators import stored_revision
from server.cache import cache
from server.database import current_database

UP, DOWN = "up", "down"


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
    """Return ``up`` when the database answers a read of one of its tables."""
    try:
        stored_revision(current_database())
    except DatabaseUnavailableError:
        return DOWN
    return UP


def health() -> tuple[flask.Response, int]:
    """Answer ``/healthz``: each part up or down; 200 when all are up, else 503."""
    config = flask.current_app.config
    checks: dict[str, Callable[[], str]] = {
        "store": lambda: store_status(Path(config["STORE_DIR"])),
        "cache": cache_status,
        "database": database_status,
    }
    parts = {name: check() for name, check in checks.items()}
    healthy = all(state == UP for state in parts.values())
    body = {"status": "ok" if healthy else "degraded", **parts}
    return flask.jsonify(body), 200 if healthy else 503


def init_app(server: flask.Flask) -> None:
    """Serve ``/healthz`` from ``server``."""
    server.add_url_rule("/healthz", "healthz", health)
