"""The audit log for admins: the latest changes on the page, all of them as CSV; others see none."""

from __future__ import annotations

import base64
import io

import pandas as pd
import pytest

from callbacks import audit, ids
from layers.store.saved_views import SavedView, save_view
from server.i18n import text
from tests.support.access_fixtures import asked_by, signed_in_client
from tests.support.callback_posts import app_database, post

HIDDEN = {"display": "none"}


def cells(table) -> list[list[str]]:
    return [[cell.children for cell in row.children] for row in table.children[1].children]


def test_an_admin_sees_the_changes_newest_first(app):
    engine = app_database(app)
    for name in ("Gęstość", "Ludność"):
        save_view(engine, SavedView(name, "?ind=density"), actor="anna")

    with asked_by(app, "adam", "admin"):
        panel = audit.layout("pl")

    _, button, _, box = panel.children
    assert panel.style is None and button.disabled is False
    rows = [row for row in cells(box.children) if row[3] == "view"]  # adam's user is one too
    assert [(row[1], row[2], row[3], row[6]) for row in rows] == [
        ("anna", "save", "view", "Ludność"),
        ("anna", "save", "view", "Gęstość"),
    ]
    header = [cell.children for cell in box.children.children[0].children.children]
    assert header[0] == text("audit_at", "pl")


@pytest.mark.parametrize("user", [None, "ola"])
def test_others_get_the_panel_hidden_empty_and_disabled(app, user):
    save_view(app_database(app), SavedView("Gęstość", "?ind=density"), actor="anna")

    with asked_by(app, user):
        panel = audit.layout("pl")

    _, button, _, box = panel.children
    assert panel.style == HIDDEN and button.disabled is True and box.children is None


def test_an_empty_log_says_so(app):
    with app.server.app_context():
        shown = audit.audit_table("en")

    assert shown.children == text("audit_none", "en")


def download(app, client) -> dict:
    values = {f"{ids.AUDIT_EXPORT}.n_clicks": 1}
    output = f"{ids.AUDIT_DOWNLOAD}.data"
    return post(app, output, values, [f"{ids.AUDIT_EXPORT}.n_clicks"], client=client)


def test_the_admin_downloads_every_change_as_csv(app):
    engine = app_database(app)
    for number in range(audit.SHOWN + 1):  # more than the page lists
        save_view(engine, SavedView(f"Widok {number}", "?ind=density"), actor="anna")

    sent = download(app, signed_in_client(app, "adam", "admin"))[ids.AUDIT_DOWNLOAD]["data"]

    content = io.BytesIO(base64.b64decode(sent["content"]))
    frame = pd.read_csv(content, sep=None, engine="python", encoding="utf-8-sig")
    assert sent["filename"] == "dziennik-zmian.csv"
    assert list(frame.columns) == ["at", "who", "action", "kind", "before", "after", "detail"]
    views = frame[frame["kind"] == "view"]
    assert len(views) == audit.SHOWN + 1 and views["detail"].iloc[0] == f"Widok {audit.SHOWN}"


def test_an_official_downloads_nothing(app):
    save_view(app_database(app), SavedView("Gęstość", "?ind=density"), actor="anna")

    answer = download(app, signed_in_client(app))

    assert ids.AUDIT_DOWNLOAD not in answer
