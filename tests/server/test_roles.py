"""Who may change what: visitors read, officials change their own items, admins everything."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from callbacks import ids
from layers.errors import AccessDeniedError
from server.roles import (
    ADMIN,
    GUARDED_KEY,
    OFFICIAL,
    current_rank,
    guarded_callback,
    may_change,
    may_write,
    require_author,
    require_role,
)
from tests.support.access_fixtures import asked_by

BDL_RESULT = f"{ids.BDL_RESULT}.data"
"""The BDL refresh's output: a job outside the request, guarded for admins."""


@pytest.fixture
def asking(app) -> Callable:
    """Return a context manager making a request as a visitor or as one of three users."""
    roles = {"ola": OFFICIAL, "ewa": OFFICIAL, "adam": ADMIN}

    def request(user: str | None = None, **kwargs: object):
        return asked_by(app, user, roles.get(user, OFFICIAL), **kwargs)

    return request


def test_a_visitor_reads_and_is_refused_every_write(asking, caplog):
    with asking(), caplog.at_level(logging.WARNING, logger="server.roles"):
        assert current_rank() == 0 and not may_write() and not may_change("ola")
        with pytest.raises(AccessDeniedError):
            require_role()
    assert "write refused: a visitor is not official" in caplog.text


def test_an_official_changes_only_what_they_saved(asking):
    with asking("ola"):
        assert may_write(OFFICIAL) and not may_write(ADMIN)
        assert require_role() == "ola" and require_author("ola") == "ola"
        assert may_change("ola") and not may_change("ewa")
        with pytest.raises(AccessDeniedError):
            require_role(ADMIN)
        with pytest.raises(AccessDeniedError):
            require_author("ewa")


def test_an_admin_changes_everything(asking):
    with asking("adam"):
        assert current_rank() == 2 and may_write(ADMIN) and may_change("ola")
        assert require_role(ADMIN) == "adam" and require_author("ola") == "adam"


def test_the_bdl_refresh_is_guarded_for_admins(app):
    assert app.server.extensions[GUARDED_KEY] == {BDL_RESULT: ADMIN}


@pytest.mark.parametrize(
    ("user", "output", "method", "refused"),
    [
        (None, BDL_RESULT, "POST", True),
        ("ola", BDL_RESULT, "POST", True),
        ("adam", BDL_RESULT, "POST", False),
        (None, f"{ids.MAP_STATE}.data", "POST", False),  # not guarded
        (None, BDL_RESULT, "GET", False),  # not a callback request
    ],
)
def test_a_guarded_callback_is_refused_to_lower_roles(asking, user, output, method, refused):
    with asking(user, path="/_dash-update-component", method=method, json={"output": output}):
        answer = guarded_callback()

    assert (answer is not None and answer.status_code == 403) is refused
