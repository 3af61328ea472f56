"""Saved views over HTTP: save, list after a restart, open, rename, delete; internal ones hidden."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import create_app
from callbacks import ids
from layers.store.saved_views import (
    Presentation,
    SavedView,
    save_presentation,
    save_view,
    saved_views,
)
from server.i18n import text
from tests.support.access_fixtures import USER
from tests.support.callback_posts import app_database, duplicate_output, post, slide
from tests.support.dash_client import prop_key
from tests.support.polish_dates import polish_time

LINK = "?lang=pl&tab=tab_views&scope=malopolska&ind=density&year=2020&k=7"


def save(
    app, name: str | None, tab: str = "tab_compare", *, official: bool = True, client=None
) -> dict:
    values = {
        f"{ids.VIEW_SAVE}.n_clicks": 1,
        f"{ids.VIEW_NAME}.value": name,
        f"{ids.VIEW_DESCRIPTION}.value": "Notatki: gęstość rośnie wokół Krakowa.",
        f"{ids.VIEW_AUTHOR}.value": "Jan Kowalski",
        f"{ids.VIEW_INTERNAL}.value": ["internal"],
        f"{ids.URL}.search": LINK,
        f"{ids.LAST_TAB_STORE}.data": tab,
        f"{ids.VIEW_REVISION}.data": 3,
        f"{ids.LANG_STORE}.data": "pl",
    }
    changed = [f"{ids.VIEW_SAVE}.n_clicks"]
    return post(
        app, f"{ids.VIEW_STATUS}.children", values, changed, official=official, client=client
    )


def test_saving_stores_the_current_view_opening_on_the_last_data_tab(app):
    response = save(app, "Gęstość 2020")
    assert response[ids.VIEW_REVISION]["data"] == 4
    (view,) = saved_views(app_database(app), internal=True)
    assert view.name == "Gęstość 2020" and view.author == USER  # the signed-in user, not the form
    assert "tab=tab_compare" in view.query and "tab_views" not in view.query
    for part in ("scope=malopolska", "ind=density", "year=2020", "k=7"):
        assert part in view.query


def test_saved_times_show_in_warsaw_time_as_poles_write_it(app):
    save(app, "Gęstość 2020")
    (view,) = saved_views(app_database(app), internal=True)
    stored = datetime.fromisoformat(view.created)
    values = {f"{ids.VIEW_REVISION}.data": 0, f"{ids.LANG_STORE}.data": "pl"}

    listed = json.dumps(post(app, f"{ids.VIEW_LIST}.children", values, [])[ids.VIEW_LIST])

    assert stored.utcoffset() == timedelta(0)  # kept in UTC
    assert polish_time(view.created) in listed  # "5 gru 2026, 18:30", as Poles write it
    assert f'{stored:%H:%M}"' not in listed  # UTC's time, 1 or 2 hours off, is not shown
    assert view.created in listed  # the machine-readable moment: <time datetime="…">


@pytest.mark.parametrize("name", [None, "", "   ", "x" * 81])
def test_a_view_without_a_proper_name_is_refused_with_a_message(app, name):
    response = save(app, name)
    alert = response[ids.VIEW_STATUS]["children"]
    assert alert["props"]["children"] == text("error_saved_view", "pl")
    assert ids.VIEW_REVISION not in response
    assert saved_views(app_database(app)) == []


def test_saved_views_are_listed_after_a_restart(app, store_dir: Path):
    save(app, "Gęstość 2020")
    again = create_app(
        {
            "STORE_DIR": str(store_dir),
            "CACHE_TYPE": "NullCache",
            "DATABASE_PATH": app.server.config["DATABASE_PATH"],
        }
    )
    values = {f"{ids.VIEW_REVISION}.data": 0, f"{ids.LANG_STORE}.data": "en"}
    response = post(again, f"{ids.VIEW_LIST}.children", values, [])
    listed = json.dumps(response[ids.VIEW_LIST]["children"], ensure_ascii=False)
    assert "Gęstość 2020" in listed and USER in listed and "Open" in listed
    assert response[ids.DECK_VIEWS]["options"][0]["label"] == "Gęstość 2020"


def test_opening_a_view_puts_its_link_in_the_address_bar(app):
    identifier = save_view(app_database(app), SavedView("A", "?scope=poland&ind=density"))
    pattern = {"type": ids.ROW_VIEW_OPEN, "index": identifier}
    values = {
        prop_key({"type": ids.ROW_VIEW_OPEN, "index": ["ALL"]}, "n_clicks"): {identifier: 1},
        f"{ids.LANG_STORE}.data": "en",
    }
    output = duplicate_output(app, f"{ids.URL}.search")
    response = post(app, output, values, [prop_key(pattern, "n_clicks")])
    assert response[ids.URL]["search"] == "?scope=poland&ind=density&lang=en"


def change(
    app, identifier: int, kind: str, prop: str, new_name: str = "", *, official: bool = True
) -> dict:
    rename = {"type": ids.ROW_VIEW_RENAME, "index": ["ALL"]}
    delete = {"type": ids.ROW_VIEW_DELETE, "index": ["ALL"]}
    names = {"type": ids.ROW_VIEW_RENAME_INPUT, "index": ["ALL"]}
    values = {
        prop_key(rename, "n_clicks"): {identifier: 1 if kind == ids.ROW_VIEW_RENAME else None},
        prop_key(delete, "submit_n_clicks"): {
            identifier: 1 if kind == ids.ROW_VIEW_DELETE else None
        },
        prop_key(names, "value"): {identifier: new_name},
        f"{ids.VIEW_REVISION}.data": 0,
        f"{ids.LANG_STORE}.data": "pl",
    }
    output = duplicate_output(app, f"{ids.VIEW_STATUS}.children")
    changed = [prop_key({"type": kind, "index": identifier}, prop)]
    return post(app, output, values, changed, official=official)


def test_renaming_and_deleting_a_view(app):
    identifier = save_view(app_database(app), SavedView("Stara nazwa", "?scope=smk", author=USER))
    change(app, identifier, ids.ROW_VIEW_RENAME, "n_clicks", "Nowa nazwa")
    assert [v.name for v in saved_views(app_database(app))] == ["Nowa nazwa"]
    refused = change(app, identifier, ids.ROW_VIEW_RENAME, "n_clicks", " ")
    assert refused[ids.VIEW_STATUS]["children"]["props"]["className"] == "alert"
    change(app, identifier, ids.ROW_VIEW_DELETE, "submit_n_clicks")
    assert saved_views(app_database(app)) == []


def listed(app, *, official: bool) -> str:
    values = {f"{ids.VIEW_REVISION}.data": 0, f"{ids.LANG_STORE}.data": "pl"}
    response = post(app, f"{ids.VIEW_LIST}.children", values, [], official=official)
    return json.dumps(response, ensure_ascii=False)


def test_only_a_signed_in_official_saves_internal_views(internal):
    app = internal.app
    refused = save(app, "Widok gościa", official=False)  # a visitor saves nothing
    assert refused[ids.VIEW_STATUS]["children"]["props"]["children"] == text(
        "error_access_denied", "pl"
    )
    save(app, "Widok wewnętrzny", official=True)
    stored = {v.name: v.internal for v in saved_views(app_database(app), internal=True)}
    assert stored == {"Widok wewnętrzny": True}
    assert "Widok wewnętrzny" not in listed(app, official=False)
    assert "Widok wewnętrzny" in listed(app, official=True)


def test_a_visitor_cannot_open_rename_delete_or_present_an_internal_view(internal):
    app = internal.app
    connection = app_database(app)
    hidden = save_view(connection, SavedView("Tajny", "?scope=poland", internal=True))
    shown = save_view(connection, SavedView("Jawny", "?scope=smk"))
    deck_id = save_presentation(connection, Presentation("Mieszana", (hidden, shown)))
    pattern = {"type": ids.ROW_VIEW_OPEN, "index": hidden}
    values = {
        prop_key({"type": ids.ROW_VIEW_OPEN, "index": ["ALL"]}, "n_clicks"): {hidden: 1},
        f"{ids.LANG_STORE}.data": "pl",
    }
    output = duplicate_output(app, f"{ids.URL}.search")
    assert post(app, output, values, [prop_key(pattern, "n_clicks")], official=False) == {}
    refused = change(app, hidden, ids.ROW_VIEW_DELETE, "submit_n_clicks", official=False)
    assert refused[ids.VIEW_STATUS]["children"]["props"]["className"] == "alert"
    assert len(saved_views(connection, internal=True)) == 2
    response = slide(app, {"deck": deck_id, "slide": 0}, official=False)
    assert response[ids.SHOW_TITLE]["children"] == "Jawny"
    assert response[ids.SHOW_COUNTER]["children"] == "1 / 1"
