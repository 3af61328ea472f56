"""The Celery worker of background jobs: ``celery -A worker worker`` (beside ``app.py``).

It builds the app from the same ``GEOPORTAL_*`` settings as the web workers, so the
background callbacks are registered as its tasks (their names hash each callback's code:
the worker must run the same code as the web workers).
"""

from __future__ import annotations

from app import create_app
from server.jobs import JOBS_KEY

geoportal = create_app()  # not named ``app``: Celery would take it for its own app
if not geoportal.server.config["JOBS_REDIS_URL"]:
    raise RuntimeError("set GEOPORTAL_JOBS_REDIS_URL: without it jobs do not go through Celery")
celery_app = geoportal.server.extensions[JOBS_KEY].handle
