"""An app with something internal: one indicator flagged, one internal saved area, a user.

The real catalog has no internal indicator, so the fixture flags ``urbanization`` in the
dataset the app holds (the same object ``create_app`` loads) and saves two areas.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

from flask.testing import FlaskClient

from layers.store.database import open_database
from layers.store.saved_areas import SavedArea, save_area
from layers.store.users import add_user, issue_token, users
from server.access import SESSION_USER, SESSION_VERSION
from server.data import EXTENSION_KEY
from server.database import database_url

INTERNAL = "urbanization"
USER, PASSWORD = "anna", "dobre-haslo-123"
KRAKOW, WIELICZKA = "1261011", "1219053"
SQUARE = {
    "type": "Polygon",
    "coordinates": [[[19.9, 50.0], [20.1, 50.0], [20.1, 50.1], [19.9, 50.0]]],
}


@dataclasses.dataclass(frozen=True)
class Internal:
    """The app and what is internal in it."""

    app: object
    public_area: int
    internal_area: int
    token: str


def with_internal_data(app: object) -> Internal:
    """Return the test app with ``urbanization`` internal, two saved areas and ``anna``."""
    server = app.server
    dataset = server.extensions[EXTENSION_KEY]
    catalog = {
        key: dataclasses.replace(indicator, internal=key == INTERNAL)
        for key, indicator in dataset.catalog.items()
    }
    server.extensions[EXTENSION_KEY] = dataclasses.replace(dataset, catalog=catalog)
    database = open_database(database_url(server.config))
    public = save_area(database, SavedArea("Strefa publiczna", "zone", (KRAKOW,), SQUARE))
    hidden = save_area(
        database, SavedArea("Strefa wewnętrzna", "zone", (WIELICZKA,), SQUARE, internal=True)
    )
    add_user(database, USER, PASSWORD, "official")
    return Internal(app, public, hidden, issue_token(database, USER, "tests"))


def sign_in(client: FlaskClient, user: str = USER, version: int = 0) -> None:
    """Put a signed-in user (the official ``anna`` by default) in the client's session."""
    with client.session_transaction() as session:
        session[SESSION_USER] = user
        session[SESSION_VERSION] = version


def signed_in_client(app: object, user: str = USER, role: str = "official") -> FlaskClient:
    """Return a test client signed in as ``user`` with ``role`` (added if missing)."""
    database = open_database(database_url(app.server.config))
    if user not in {known.username for known in users(database)}:
        add_user(database, user, PASSWORD, role)
    client = app.server.test_client()
    sign_in(client, user)
    return client


@contextmanager
def asked_by(
    app: object, user: str | None = None, role: str = "official", **request: object
) -> Iterator[None]:
    """Hold a request context of the app asked by ``user`` through an API token, or a visitor.

    The user is added with ``role`` when missing; ``request`` goes to Flask's
    ``test_request_context`` (path, method, json…).
    """
    headers = {}
    if user is not None:
        database = open_database(database_url(app.server.config))
        if user not in {known.username for known in users(database)}:
            add_user(database, user, PASSWORD, role)
        headers["Authorization"] = f"Bearer {issue_token(database, user, 'tests')}"
    with app.server.test_request_context(headers=headers, **request):
        yield
