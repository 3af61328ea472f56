"""Sign-in and sign-out of officials: session cookie, CSRF token, throttled failed attempts.

Also the one answer to "who is asking?" for the rest of the app: :func:`current_user`
(a signed-in session, or an API token in ``Authorization: Bearer …``). A session names its
user and their session version; each request checks both against the database, so a
removed user, a new password or a sign-out (which ends every session of the user) ends
sessions at once, and a cookie naming an unknown user is refused.

Sign-in answers as slowly for an unknown name as for a wrong password (a dummy hash is
checked), and failed attempts are throttled in the database by address and by user and
address (:mod:`layers.store.sign_in_throttle`), shared by every worker.
"""

from __future__ import annotations

import hmac
import logging
import math
import os
import secrets
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import flask
from werkzeug.wrappers import Response

from layers.errors import DatabaseUnavailableError
from layers.store.sign_in_throttle import attempt_keys, claimed_attempt, forgiven_attempt
from layers.store.users import User, end_sessions, session_user, token_user, verified_user
from server.database import current_database
from server.i18n import requested_language, text
from server.text_keys import N_

LOG = logging.getLogger(__name__)
SESSION_USER = "user"
SESSION_VERSION = "version"
SESSION_CSRF = "csrf"
CSRF_FIELD = "csrf_token"
SIGN_IN_PATH = "/logowanie"
SIGN_OUT_PATH = "/wylogowanie"
SECRET_FILE = "secret_key"

FORM = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8">
<title>{{ title }}</title><link rel="stylesheet" href="/assets/style.css"></head>
<body class="sign-in"><main class="page-main">
<h1>{{ title }}</h1>
{% if message %}<p class="alert" role="alert">{{ message }}</p>{% endif %}
<form method="post" action="{{ action }}">
<input type="hidden" name="csrf_token" value="{{ csrf }}">
<input type="hidden" name="lang" value="{{ lang }}">
<label>{{ username_label }} <input name="username" autocomplete="username" required></label>
<label>{{ password_label }} <input name="password" type="password"
 autocomplete="current-password" required></label>
<button type="submit">{{ submit }}</button>
</form>
<p><a href="/?lang={{ lang }}">{{ back }}</a></p>
</main></body></html>"""


def current_user() -> User | None:
    """Return the user asking (a live session or an API token), or None for a visitor."""
    if not flask.has_request_context():
        return None
    if "geoportal_user" not in flask.g:
        try:
            flask.g.geoportal_user = _session_owner() or _token_owner()
        except DatabaseUnavailableError as error:
            LOG.warning("database unreachable: user not checked, serving public data")
            flask.g.geoportal_user = None
            flask.g.geoportal_unchecked = error
    return flask.g.geoportal_user


def unchecked_user() -> DatabaseUnavailableError | None:
    """Return why the asker could not be checked (the database was down), or None."""
    return flask.g.get("geoportal_unchecked") if flask.has_request_context() else None


def signed_in_user() -> str | None:
    """Return the name of the user asking, or None for a visitor."""
    user = current_user()
    return None if user is None else user.username


def _session_owner() -> User | None:
    name = flask.session.get(SESSION_USER)
    if not isinstance(name, str):
        return None
    version = flask.session.get(SESSION_VERSION)
    user = session_user(current_database(), name, version if isinstance(version, int) else -1)
    if user is None:  # removed, signed out everywhere, new password, or never existed
        flask.session.pop(SESSION_USER, None)
    return user


def _token_owner() -> User | None:
    scheme, _, token = flask.request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token_user(current_database(), token.strip())


def csrf_token() -> str:
    """Return the session's CSRF token, creating it on first use."""
    if SESSION_CSRF not in flask.session:
        flask.session[SESSION_CSRF] = secrets.token_urlsafe(32)
    return flask.session[SESSION_CSRF]


def _valid_csrf() -> bool:
    sent = flask.request.form.get(CSRF_FIELD, "")
    expected = flask.session.get(SESSION_CSRF, "")
    return bool(expected) and hmac.compare_digest(sent, expected)


def signed_in() -> bool:
    """Whether an official is signed in (who alone sees and saves internal items)."""
    return signed_in_user() is not None


def marked_internal(checked: list[str] | None) -> bool:
    """Whether a save form asks for an internal item (only a signed-in official can)."""
    return bool(checked) and signed_in()


def _form(
    lang: str, message_key: str | None = None, status: int = 200, wait: float = 0.0
) -> flask.Response:
    seconds = math.ceil(wait)
    page = flask.render_template_string(
        FORM,
        lang=lang,
        title=text("access_title", lang),
        message=text(message_key, lang).format(seconds=seconds) if message_key else "",
        action=SIGN_IN_PATH,
        csrf=csrf_token(),
        username_label=text("access_username", lang),
        password_label=text("access_password", lang),
        submit=text("access_sign_in", lang),
        back=text("access_back", lang),
    )
    response = flask.Response(page, status=status, mimetype="text/html")
    if wait:
        response.headers["Retry-After"] = str(seconds)
    return response


def sign_in() -> Response:
    """Show the sign-in form (GET) or check the credentials (POST) and start a session."""
    lang = requested_language()
    if flask.request.method == "GET":
        return _form(lang)
    if not _valid_csrf():
        return _form(lang, "access_csrf", 400)
    username = flask.request.form.get("username", "").strip().lower()[:100]
    keys = attempt_keys(username, flask.request.remote_addr or "")
    try:
        wait = claimed_attempt(current_database(), keys, time.time())
        if wait:
            return _form(lang, N_("access_locked"), 429, wait)
        password = flask.request.form.get("password", "")
        user = verified_user(current_database(), username, password)
        if user is None:
            return _form(lang, N_("access_failed"), 401)
        forgiven_attempt(current_database(), keys)
    except DatabaseUnavailableError:
        return _form(lang, N_("error_database_unavailable"), 503)
    flask.session.clear()
    flask.session.permanent = True
    flask.session[SESSION_USER] = user.username
    flask.session[SESSION_VERSION] = user.session_version
    csrf_token()  # made now: later requests that refresh the cookie all carry the same one
    return flask.redirect(f"/?lang={lang}")


def sign_out() -> Response:
    """End every session of the user (POST with the CSRF token), back to the public page."""
    if not _valid_csrf():
        return flask.Response(text("access_csrf", "pl"), status=400, mimetype="text/plain")
    user = signed_in_user()
    if user is not None and flask.session.get(SESSION_USER) == user:
        end_sessions(current_database(), user)
    flask.session.clear()
    return flask.redirect("/")


def same_origin() -> flask.Response | None:
    """Refuse a state-changing request whose ``Origin`` or ``Referer`` names another site.

    Dash's own POSTs cannot carry a token, so they are checked by origin (browsers send
    ``Origin`` on every cross-site POST); the sign-in forms have their token besides.
    """
    if flask.request.method in ("GET", "HEAD", "OPTIONS"):
        return None
    claimed = flask.request.headers.get("Origin") or flask.request.headers.get("Referer")
    if not claimed:
        return None
    if urlsplit(claimed).netloc != flask.request.host:  # host and port (a proxy may end TLS)
        return flask.Response("cross-site request refused", status=403, mimetype="text/plain")
    return None


def secret_key(configured: str, instance_dir: Path) -> str:
    """Return the configured secret key, else one made once and kept in ``instance_dir``."""
    if configured:
        return configured
    path = instance_dir / SECRET_FILE
    instance_dir.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(descriptor, "w") as file:
        file.write(secrets.token_hex(32))
    return path.read_text().strip()


def init_app(server: flask.Flask) -> None:
    """Configure the session cookie and add the sign-in and sign-out routes."""
    config = server.config
    config["SECRET_KEY"] = secret_key(config["SECRET_KEY"], Path(config["DATABASE_PATH"]).parent)
    config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_REFRESH_EACH_REQUEST=False,  # else a request in flight revives a signed-out session
        PERMANENT_SESSION_LIFETIME=timedelta(hours=config["SESSION_LIFETIME_HOURS"]),
    )
    server.before_request(same_origin)
    server.add_url_rule(SIGN_IN_PATH, "sign_in", sign_in, methods=["GET", "POST"])
    server.add_url_rule(SIGN_OUT_PATH, "sign_out", sign_out, methods=["POST"])
