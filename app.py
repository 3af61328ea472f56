"""The app factory: ``python app.py`` serves it, ``gunicorn app:server`` too.

``flask --app app <command>`` gets the commands' server (:func:`create_server`), which
needs no data store: ``flask --app app build`` makes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import dash
import flask
from dash import html

from callbacks import failures, map_tools, page, panels, permalink, presentation, upload, views
from callbacks.areas import TAB as AREAS
from callbacks.catalog import TAB as CATALOG
from callbacks.compare import TAB as COMPARE
from callbacks.explorer import TAB as EXPLORER
from callbacks.explorer.map_panels import PAINT_PANELS
from callbacks.json_answers import plain
from callbacks.spatial import TAB as SPATIAL
from callbacks.tabs import Tab
from layers.errors import GeoportalError
from server import (
    access,
    api,
    cache,
    card,
    commands,
    compression,
    data,
    database,
    geometry,
    headers,
    health,
    limits,
    map_image,
    paint,
)
from server.i18n import remember_language, requested_language
from server.jobs import background_manager
from server.settings import settings

TABS = (
    EXPLORER,
    COMPARE,
    AREAS,
    SPATIAL,
    CATALOG,
    Tab("tab_upload", (upload,)),
    Tab("tab_views", (views,)),
)
"""The page's tabs, in page order."""
SHELL = (permalink, presentation, panels, failures)
"""Features of the page around the tabs (the failure handler last)."""


class GeoportalDash(dash.Dash):
    """Dash that says the page's language and sends the page in one orjson pass."""

    def interpolate_index(self, **kwargs: Any) -> str:
        """Return the page's HTML with ``<html lang>`` in the requested language."""
        page = super().interpolate_index(**kwargs)
        return page.replace("<html>", f'<html lang="{requested_language()}">', 1)

    def get_layout(self) -> Any:
        """Return the page as plain JSON-ready objects (:func:`callbacks.json_answers.plain`)."""
        return plain(super().get_layout())


def serve_layout() -> html.Div:
    """Build the page in the requested language."""
    lang = requested_language()
    tabs = {tab.key: tab.layout(lang) for tab in TABS}
    frame = [*permalink.layout(lang), failures.layout(lang), presentation.layout(lang)]
    return page.layout(lang, tabs, [*frame, map_tools.layout(lang)])


def create_server(config: Mapping[str, Any] | None = None) -> flask.Flask:
    """Build the Flask server with the settings and the command line, nothing loaded yet."""
    server = flask.Flask(__name__)
    server.config.update(settings(config))
    commands.init_app(server)
    return server


def create_app(config: Mapping[str, Any] | None = None) -> dash.Dash:
    """Build the Flask server and the Dash app, load the data and wire the features.

    Raises
    ------
    StoreMissingError
        When the data store has not been built (its message names the build command).
    """
    server = create_server(config)
    server.after_request(remember_language)
    data.init_app(server)
    database.init_app(server)
    cache.init_app(server)
    access.init_app(server)
    app = GeoportalDash(
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
    api.init_app(server)
    card.init_app(server)
    geometry.init_app(server)
    paint.init_app(server, PAINT_PANELS)
    map_image.init_app(server)
    compression.init_app(server)
    health.init_app(server)
    page.register(app)
    for tab in TABS:
        tab.register(app)
    for feature in SHELL:
        feature.register(app)
    limits.init_app(server, lambda: app.callback_map)
    headers.init_app(server, app.csp_hashes())
    return app


def ready(app: dash.Dash) -> dash.Dash:
    """Return ``app`` with Dash set up, before it serves anyone.

    Dash sets itself up in the first request of each process, marking it done before it
    has registered the component bundles it may serve: a page's scripts, asked for at once
    by a fresh process's threads, got 404s until then (seen with gunicorn's workers). One
    request here does it in the process that serves, or that forks the workers.
    """
    app.server.test_client().get("/healthz")
    return app


def __getattr__(name: str) -> flask.Flask:
    """Build a server on first access to ``app.server`` or ``app.app``.

    ``app.server`` is the whole app (what ``gunicorn app:server`` asks for); ``app.app`` the
    commands' server (what ``flask --app app`` looks for first), which loads no data.
    """
    if name == "server":
        return ready(create_app()).server
    if name == "app":
        return create_server()
    raise AttributeError(name)


if __name__ == "__main__":
    options = settings()
    try:
        geoportal = ready(create_app())
    except GeoportalError as error:  # no store, the database unreachable or too new
        raise SystemExit(f"geoportal: {error}") from error
    geoportal.run(host=options["HOST"], port=int(options["PORT"]), debug=options["DEBUG"])
