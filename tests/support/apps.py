"""Apps on the real store with settings of a test's choosing (cache, database, jobs)."""

from __future__ import annotations

import warnings
from pathlib import Path

from dash import Dash

from app import create_app


def app_with(store_dir: Path, tmp_path: Path, **settings: object) -> Dash:
    """Return an app on the real store, its database and jobs in ``tmp_path``, with ``settings``.

    Without a ``CACHE_TYPE`` or Redis setting the cache is the embedded default.
    """
    defaults = {
        "STORE_DIR": str(store_dir),
        "DATABASE_PATH": str(tmp_path / "geoportal.sqlite"),
        "JOBS_DIR": str(tmp_path / "jobs"),
    }
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Flask-Caching: CACHE_TYPE is set to NullCache")
        return create_app({**defaults, **settings})
