"""Security headers on every answer, and no caching of what depends on who asks.

- ``Content-Security-Policy``: scripts only from the app itself plus Dash's inline scripts
  by hash (``Dash.csp_hashes()``), nothing may frame the page (``frame-ancestors 'none'``),
  map tiles only from OpenStreetMap (the optional basemap);
- ``X-Content-Type-Options: nosniff``, ``Referrer-Policy``, ``X-Frame-Options`` (for browsers
  without CSP 3) and, when ``HTTPS`` is on, ``Strict-Transport-Security`` (and the session
  cookie is ``Secure``);
- ``Cache-Control: private, no-store`` and ``Vary: Authorization, Cookie`` on everything but
  the static files (``/assets/``, Dash's component suites) and answers their view marked
  ``public`` (the same for every asker, such as a scope's geometry at its digest), since pages,
  layouts, callback answers and API answers depend on the session or token;
- ``TRUSTED_HOSTS``: the ``Host`` header must name one of them (else 400), so links the API
  builds and the origin check never rest on a forged host.
"""

from __future__ import annotations

from collections.abc import Sequence

import flask

TILES = "https://tile.openstreetmap.org https://*.tile.openstreetmap.org"
"""Where the optional OpenStreetMap basemap's tiles come from."""
STATIC_PREFIXES = ("/assets/", "/_dash-component-suites/")
HSTS = "max-age=31536000; includeSubDomains"
PRIVATE = "private, no-store"
CSP_KEY = "geoportal_csp"


def content_security_policy(script_hashes: Sequence[str]) -> str:
    """Return the page's CSP: own scripts and Dash's inline ones (by hash), no framing."""
    directives = {
        "default-src": "'self'",
        "script-src": " ".join(["'self'", *dict.fromkeys(script_hashes)]),
        "style-src": "'self' 'unsafe-inline'",  # Plotly writes <style> elements
        "img-src": f"'self' data: blob: {TILES}",
        "font-src": "'self' data:",
        "connect-src": f"'self' {TILES}",
        "worker-src": "'self' blob:",  # the map (MapLibre) runs its workers from blobs
        "child-src": "'self' blob:",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def secured(response: flask.Response) -> flask.Response:
    """Add the security headers to an answer; keep what depends on the asker out of caches."""
    config = flask.current_app.config
    headers = response.headers
    headers["Content-Security-Policy"] = flask.current_app.extensions[CSP_KEY]
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    if config["HTTPS"]:
        headers["Strict-Transport-Security"] = HSTS
    if not (flask.request.path.startswith(STATIC_PREFIXES) or response.cache_control.public):
        headers["Cache-Control"] = PRIVATE
        headers.pop("Expires", None)
        response.vary.update(("Authorization", "Cookie"))
    return response


def trusted_hosts(configured: str) -> list[str] | None:
    """Return the ``TRUSTED_HOSTS`` setting as Flask's list (None: any host, not advised)."""
    hosts = [host.strip() for host in configured.split(",") if host.strip()]
    return None if hosts == ["*"] else hosts


def init_app(server: flask.Flask, script_hashes: Sequence[str]) -> None:
    """Send the security headers from ``server``; ``script_hashes`` are Dash's inline scripts'."""
    config = server.config
    config["TRUSTED_HOSTS"] = trusted_hosts(config["TRUSTED_HOSTS"])
    server.extensions[CSP_KEY] = content_security_policy(script_hashes)
    if config["HTTPS"]:
        config["SESSION_COOKIE_SECURE"] = True
        config["PREFERRED_URL_SCHEME"] = "https"
    server.after_request(secured)
