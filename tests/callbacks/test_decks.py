"""Presentations of saved views over HTTP: saved in the order chosen, listed, deleted."""

from __future__ import annotations

import json

from callbacks import ids
from layers.store.saved_views import (
    Presentation,
    SavedView,
    presentations,
    save_presentation,
    save_view,
    saved_views,
)
from server.i18n import text
from tests.support.access_fixtures import USER
from tests.support.callback_posts import app_database, post
from tests.support.dash_client import prop_key


def two_views(app) -> tuple[int, int]:
    engine = app_database(app)
    first = save_view(engine, SavedView("Gęstość", "?ind=density", author=USER))
    return first, save_view(engine, SavedView("Ludność", "?ind=population", author=USER))


def save_deck(app, name: str, views: list, *, official: bool = True, internal=()) -> dict:
    values = {
        f"{ids.DECK_SAVE}.n_clicks": 1,
        f"{ids.DECK_NAME}.value": name,
        f"{ids.DECK_VIEWS}.value": views,
        f"{ids.DECK_INTERNAL}.value": list(internal),
        f"{ids.VIEW_REVISION}.data": 5,
        f"{ids.LANG_STORE}.data": "pl",
    }
    output = f"{ids.DECK_STATUS}.children"
    return post(app, output, values, [f"{ids.DECK_SAVE}.n_clicks"], official=official)


def listed(app, *, official: bool) -> str:
    values = {f"{ids.VIEW_REVISION}.data": 0, f"{ids.LANG_STORE}.data": "pl"}
    response = post(app, f"{ids.DECK_LIST}.children", values, [], official=official)
    return json.dumps(response, ensure_ascii=False)


def test_an_official_saves_the_views_in_the_order_chosen(app):
    first, second = two_views(app)

    response = save_deck(app, " Panel ", [second, first], internal=["internal"])

    assert response[ids.DECK_STATUS]["children"] == text("deck_saved", "pl").format(name="Panel")
    assert response[ids.VIEW_REVISION]["data"] == 6
    (deck,) = presentations(app_database(app), internal=True)
    assert (deck.name, deck.view_ids, deck.author, deck.internal) == (
        "Panel",
        (second, first),
        USER,
        True,
    )


def test_a_visitor_or_a_view_that_is_not_there_saves_nothing(app):
    first, _ = two_views(app)

    refused = save_deck(app, "Panel", [first], official=False)
    missing = save_deck(app, "Panel", [first, 999])

    assert refused[ids.DECK_STATUS]["children"]["props"]["children"] == text(
        "error_access_denied", "pl"
    )
    assert missing[ids.DECK_STATUS]["children"]["props"]["className"] == "alert"
    assert ids.VIEW_REVISION not in refused and ids.VIEW_REVISION not in missing
    assert presentations(app_database(app), internal=True) == []


def test_the_list_shows_visitors_public_presentations_without_a_delete_button(app):
    engine = app_database(app)
    first, second = two_views(app)
    save_presentation(engine, Presentation("Jawna", (first, second), author=USER))
    save_presentation(engine, Presentation("Tajna", (first,), author=USER, internal=True))

    official, visitor = listed(app, official=True), listed(app, official=False)

    assert "Jawna" in official and "Tajna" in official
    assert "Jawna" in visitor and "Tajna" not in visitor
    assert official.count(ids.ROW_DECK_DELETE) == 2 and ids.ROW_DECK_DELETE not in visitor
    assert visitor.count(ids.ROW_DECK_START) == 1


def delete(app, identifier: int, *, official: bool = True) -> dict:
    pattern = {"type": ids.ROW_DECK_DELETE, "index": ["ALL"]}
    values = {prop_key(pattern, "submit_n_clicks"): {identifier: 1}, f"{ids.VIEW_REVISION}.data": 2}
    (output,) = [
        key
        for key, spec in app.callback_map.items()
        if ids.ROW_DECK_DELETE in json.dumps(spec["inputs"])
    ]
    pressed = prop_key({"type": ids.ROW_DECK_DELETE, "index": identifier}, "submit_n_clicks")
    return post(app, output, values, [pressed], official=official)


def test_deleting_a_presentation_keeps_its_views(app):
    engine = app_database(app)
    first, second = two_views(app)
    identifier = save_presentation(engine, Presentation("Panel", (first, second), author=USER))

    assert delete(app, identifier, official=False) == {}  # refused: a visitor is no author
    assert len(presentations(engine)) == 1
    response = delete(app, identifier)

    assert response[ids.VIEW_REVISION]["data"] == 3
    assert presentations(engine, internal=True) == []
    assert sorted(view.id for view in saved_views(engine, internal=True)) == [first, second]
