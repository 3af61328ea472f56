"""Who may change what: the one write check, as :mod:`server.data` is the one read check.

Visitors read. ``official`` users save, and change or delete what they saved (their views,
zones, delimitations, presentations and own indicators), and may mark it internal.
``admin`` users change everything, run the BDL refresh, reload the data and read the audit
log. Every path that writes calls :func:`require_role` (or :func:`require_author` for an
existing item) first and records the name it returns as the change's author; a callback
that only writes and runs outside the request (a background job) is refused before it
starts by :func:`guard_outputs`. The UI asks :func:`may_write` and :func:`may_change` only
to hide or disable what a visitor cannot do.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

import flask

from layers.errors import AccessDeniedError
from server.access import current_user, unchecked_user

LOG = logging.getLogger(__name__)
OFFICIAL, ADMIN = "official", "admin"
RANKS = {OFFICIAL: 1, ADMIN: 2}
"""What each role may do, in order: a role may do what every lower one may."""
GUARDED_KEY = "geoportal_guarded_outputs"


def current_rank() -> int:
    """Return the asker's rank: 0 for a visitor, else their role's in :data:`RANKS`."""
    user = current_user()
    return 0 if user is None else RANKS.get(user.role, 0)


def may_write(role: str = OFFICIAL) -> bool:
    """Whether the asker has ``role`` or a higher one (for the UI; writes call the require)."""
    return current_rank() >= RANKS[role]


def may_change(author: str) -> bool:
    """Whether the asker may change an item saved by ``author`` (theirs, or they are admin)."""
    user = current_user()
    return user is not None and (user.username == author or current_rank() >= RANKS[ADMIN])


def require_role(role: str = OFFICIAL) -> str:
    """Return the name of the asker if they have ``role`` (or higher).

    Raises
    ------
    AccessDeniedError
        For a visitor, or a user of a lower role; the refusal is logged as a warning.
    DatabaseUnavailableError
        When the asker could not be checked because the database is down (nothing is
        written then either).
    """
    user, unchecked = current_user(), unchecked_user()
    if user is None and unchecked is not None:
        raise unchecked
    if user is None or RANKS.get(user.role, 0) < RANKS[role]:
        LOG.warning("write refused: %s is not %s", user.username if user else "a visitor", role)
        raise AccessDeniedError(f"{role} role needed")
    return user.username


def require_author(author: str) -> str:
    """Return the name of the asker if they may change an item saved by ``author``.

    Raises
    ------
    AccessDeniedError
        For a visitor, or an official who is not the item's author (admins may).
    """
    name = require_role(OFFICIAL)
    if name != author and not may_write(ADMIN):
        LOG.warning("write refused: %s is not the author of an item of %r", name, author)
        raise AccessDeniedError("only the author or an admin")
    return name


def guarded_callback() -> flask.Response | None:
    """Refuse (403) a callback request for a guarded output when the asker lacks its role."""
    request = flask.request
    if request.path != "/_dash-update-component" or request.method != "POST":
        return None
    body = request.get_json(silent=True)
    output = body.get("output") if isinstance(body, dict) else None
    role = flask.current_app.extensions.get(GUARDED_KEY, {}).get(output)
    if role is None or may_write(role):
        return None
    try:
        require_role(role)
    except AccessDeniedError:
        return flask.Response("403 Forbidden", status=403, mimetype="text/plain")
    return None


def guard_outputs(server: flask.Flask, outputs: Mapping[str, str]) -> None:
    """Refuse callback requests for ``outputs`` (callback-map keys → role) to lower roles.

    For callbacks that only write and run outside the request (background jobs), where a
    check inside the function would have no session to look at.
    """
    guarded = server.extensions.setdefault(GUARDED_KEY, {})
    if not guarded:
        server.before_request(guarded_callback)
    guarded.update(outputs)
