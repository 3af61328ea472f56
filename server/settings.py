"""Settings: every configuration key in one table, read from the environment in one place.

Each source overrides the previous one: the defaults below, then ``GEOPORTAL_*`` environment
variables, then the mapping passed to ``create_app``. README documents every key (a test
checks it).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from layers.ingest.bdl_client import DEFAULT_API_URL

PROJECT_DIR = Path(__file__).resolve().parents[1]
GEODATA_DIR = PROJECT_DIR / "geodata"
"""The project's own metadata: the indicator catalog and the area lists."""
ENV_PREFIX = "GEOPORTAL_"


@dataclass(frozen=True)
class Setting:
    """One configuration key: its default and a line of help (documented in README)."""

    name: str
    default: Any
    help: str


SETTINGS = (
    Setting(
        "STORE_DIR",
        str(PROJECT_DIR / "geodata" / "store"),
        "directory of the processed data store written by `flask --app app build`",
    ),
    Setting(
        "SOURCE_DIR",
        str(PROJECT_DIR.parent / "shared" / "geodata"),
        "read-only source mirror the data build reads",
    ),
    Setting(
        "COMMUTING_XLSX",
        "",
        "GUS NSP 2021 commuting workbook the data build imports (empty: the source mirror's "
        "`flows/gus_commuting_od_gmina_2021.xlsx`, if present)",
    ),
    Setting(
        "DATABASE_PATH",
        str(PROJECT_DIR / "instance" / "geoportal.sqlite"),
        "SQLite database of what users save (created on start) when `DATABASE_URL` is empty",
    ),
    Setting(
        "DATABASE_URL",
        "",
        "SQLAlchemy URL of a database server for what users save, e.g. "
        "`postgresql+psycopg://user:password@host/geoportal` (schema created on start)",
    ),
    Setting("HOST", "127.0.0.1", "address `python app.py` listens on"),
    Setting("PORT", 8050, "port `python app.py` listens on"),
    Setting("CACHE_TYPE", "SimpleCache", "Flask-Caching backend (`NullCache` turns caching off)"),
    Setting("CACHE_DEFAULT_TIMEOUT", 3600, "seconds a cached computation is kept"),
    Setting(
        "CACHE_REDIS_URL",
        "",
        "Redis URL of a cache shared by every worker, e.g. `redis://127.0.0.1:6379/0` "
        "(replaces `CACHE_TYPE`; empty: the in-process cache)",
    ),
    Setting("DEBUG", False, "Dash debug mode (never in production)"),
    Setting("BDL_API_URL", DEFAULT_API_URL, "GUS BDL API root (catalog panel, `flask … bdl`)"),
    Setting("BDL_CLIENT_ID", "", "GUS BDL API key sent as `X-ClientId` (empty: anonymous limits)"),
    Setting(
        "JOBS_DIR",
        str(PROJECT_DIR / "instance" / "jobs"),
        "diskcache directory of background jobs (BDL refresh, state report)",
    ),
    Setting(
        "JOBS_REDIS_URL",
        "",
        "Redis URL of Celery's broker and results: background jobs run in "
        "`celery -A worker worker` (empty: in subprocesses, results in `JOBS_DIR`)",
    ),
    Setting(
        "SECRET_KEY",
        "",
        "key signing session cookies; empty: one made once and kept in `instance/secret_key`",
    ),
    Setting("SESSION_COOKIE_SECURE", False, "send the session cookie over HTTPS only"),
    Setting("SESSION_LIFETIME_HOURS", 8, "hours a sign-in lasts"),
    # --- security (issue 16) ---------------------------------------------------------------
    Setting(
        "TRUSTED_HOSTS",
        "localhost,127.0.0.1",
        "comma-separated host names the `Host` header may name (else 400); the site's public "
        "name in production, `*` for any",
    ),
    Setting("HTTPS", False, "served over HTTPS: `Secure` cookies and HSTS"),
    Setting("MAX_REQUEST_MB", 8.0, "largest request body in MB (413 beyond)"),
    Setting(
        "PROXY_HOPS",
        0,
        "reverse proxies in front (nginx: 1) whose `X-Forwarded-For`/`-Proto` are trusted",
    ),
    Setting("CLI_LANGUAGE", "pl", "language of the command line's messages (`pl` or `en`)"),
    Setting(
        "HEALTH_MIN_FREE_MB",
        200,
        "MB that must be free on the disks of the SQLite database and the jobs folder, "
        "else `/healthz` answers 503 naming `disk`",
    ),
)


def settings(config: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Return the settings: defaults, then ``GEOPORTAL_*`` variables, then ``config``.

    Raises
    ------
    ValueError
        For an unknown key or a value of the wrong type.
    """
    merged = {setting.name: setting.default for setting in SETTINGS}
    for setting in SETTINGS:
        raw = os.environ.get(ENV_PREFIX + setting.name)
        if raw is not None:
            merged[setting.name] = _typed(setting, raw)
    unknown = set(config or {}) - set(merged)
    if unknown:
        raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    merged.update(config or {})
    return merged


def _typed(setting: Setting, raw: str) -> Any:
    if isinstance(setting.default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    return type(setting.default)(raw)
