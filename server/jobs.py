"""The manager of background callbacks (long jobs): diskcache by default, Celery on Redis.

Without ``JOBS_REDIS_URL`` a job runs in a subprocess of the web worker that started it
and its progress and result go through the diskcache in ``JOBS_DIR`` (one machine).
With it, jobs are Celery tasks: ``celery -A worker worker`` runs them, Redis at
that URL carries the tasks, the progress and the results, and any web worker can answer
the browser's polls.
"""

from __future__ import annotations

import celery
import dash
import diskcache
import flask
from dash.background_callback.managers import BaseBackgroundCallbackManager

JOBS_KEY = "geoportal_jobs"
"""``server.extensions`` key of the app's background callback manager."""


def celery_app(broker_url: str) -> celery.Celery:
    """Return a Celery app with Redis at ``broker_url`` as broker and result backend."""
    app = celery.Celery("geoportal", broker=broker_url, backend=broker_url)
    app.conf.update(broker_connection_retry_on_startup=True, worker_hijack_root_logger=False)
    return app


def background_manager(server: flask.Flask) -> BaseBackgroundCallbackManager:
    """Return the manager for the server's settings, kept in ``server.extensions``."""
    config = server.config
    manager: BaseBackgroundCallbackManager
    if config["JOBS_REDIS_URL"]:
        manager = dash.CeleryManager(celery_app(config["JOBS_REDIS_URL"]))
    else:
        manager = dash.DiskcacheManager(diskcache.Cache(config["JOBS_DIR"]))
    server.extensions[JOBS_KEY] = manager
    return manager
