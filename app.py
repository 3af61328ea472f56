"""The app factory: ``python app.py`` serves it, ``gunicorn app:server`` too."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dash
import flask
from dash import html

from api import blueprint as api_blueprint
from callbacks import (
    access,
    area_layers,
    bdl,
    catalog,
    compare,
    compare_maps,
    database,
    delimitation,
    explorer,
    exports,
    failures,
    gmina_panel,
    gravity,
    page,
    permalink,
    presentation,
    upload,
    views,
    zones,
)
from callbacks.cache import cache, cache_config
from callbacks.data import EXTENSION_KEY
from callbacks.i18n import language
from callbacks.json_answers import plain
from layers.bdl_client import DEFAULT_API_URL
from layers.dataset import load_dataset
from serving import health
from serving.jobs import background_manager

PROJECT_DIR = Path(__file__).resolve().parent
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
        "directory of the processed data store written by `python -m layers.build`",
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
    Setting("BDL_API_URL", DEFAULT_API_URL, "GUS BDL API root (`layers/bdl.py`)"),
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
        "`celery -A serving.worker worker` (empty: in subprocesses, results in `JOBS_DIR`)",
    ),
    Setting(
        "SECRET_KEY",
        "",
        "key signing session cookies; empty: one made once and kept in `instance/secret_key`",
    ),
    Setting("SESSION_COOKIE_SECURE", False, "send the session cookie over HTTPS only"),
    Setting("SESSION_LIFETIME_HOURS", 8, "hours a sign-in lasts"),
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


LANG_COOKIE = "lang"


def requested_language() -> str:
    """Return the language of ``?lang=``, else of the cookie it left, else Polish."""
    if not flask.has_request_context():
        return language(None)
    args, cookies = flask.request.args, flask.request.cookies
    return language(args.get(LANG_COOKIE) or cookies.get(LANG_COOKIE))


def remember_language(response: flask.Response) -> flask.Response:
    """Keep ``?lang=`` in a cookie, so the layout request that follows the page gets it."""
    if LANG_COOKIE in flask.request.args:
        response.set_cookie(LANG_COOKIE, requested_language(), samesite="Lax", httponly=True)
    return response


def serve_layout() -> html.Div:
    """Build the page in the requested language."""
    lang = requested_language()
    return page.layout(
        lang,
        {
            "tab_map": [explorer.layout(lang), gmina_panel.layout(lang), exports.layout(lang)],
            "tab_compare": [compare.layout(lang), compare_maps.layout(lang)],
            "tab_areas": [delimitation.layout(lang), gravity.layout(lang), zones.layout(lang)],
            "tab_catalog": [catalog.layout(lang), bdl.layout(lang)],
            "tab_upload": [upload.layout(lang)],
            "tab_views": [views.layout(lang)],
        },
        [*permalink.layout(lang), failures.layout(lang), presentation.layout(lang)],
    )


# The page goes to the browser in one orjson pass, as the callbacks' answers do.
dash.hooks.layout(final=True)(plain)


def create_app(config: Mapping[str, Any] | None = None) -> dash.Dash:
    """Build the Flask server and the Dash app, load the data and wire the features."""
    options = settings(config)
    server = flask.Flask(__name__)
    server.config.update(options)
    server.after_request(remember_language)
    server.extensions[EXTENSION_KEY] = load_dataset(
        Path(options["STORE_DIR"]), PROJECT_DIR / "geodata"
    )
    database.init_database(server)
    cache.init_app(server, config=cache_config(options))
    app = dash.Dash(
        __name__,
        server=server,
        title="Geoportal Metropolii Krakowskiej",
        serve_locally=True,
        update_title=None,
        on_error=failures.callback_failed,
        background_callback_manager=background_manager(server),
    )
    with server.app_context():
        app.layout = serve_layout
    # Dash keeps a built layout to validate callbacks against when the layout is a function,
    # and sends it with every page (750 kB). Every language's layout holds every callback's
    # components, so the renderer validates against the layout it is served instead.
    app.validation_layout = None
    server.register_blueprint(api_blueprint)
    health.register(server)
    features = (
        access,
        page,
        explorer,
        area_layers,
        gmina_panel,
        compare,
        compare_maps,
        delimitation,
        gravity,
        zones,
        catalog,
        permalink,
        views,
        presentation,
        exports,
        bdl,
        upload,
        failures,
    )
    for feature in features:
        feature.register(app)
    return app


def __getattr__(name: str) -> flask.Flask:
    """Build the app on first access to ``app.server`` (what ``gunicorn app:server`` asks for)."""
    if name == "server":
        return create_app().server
    raise AttributeError(name)


if __name__ == "__main__":
    options = settings()
    create_app().run(host=options["HOST"], port=int(options["PORT"]), debug=options["DEBUG"])
