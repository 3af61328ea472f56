"""Presentation mode over HTTP: moving through the slides, each slide's map, notes and notice."""

from __future__ import annotations

import json

from callbacks import ids
from layers.store.saved_views import Presentation, SavedView, save_presentation, save_view
from server.i18n import text
from tests.support.callback_posts import app_database, post, slide
from tests.support.dash_client import prop_key
from tests.support.map_patch import applied, named_units


def deck(app) -> int:
    connection = app_database(app)
    first = save_view(
        connection,
        SavedView("Gęstość", "?scope=malopolska&ind=density&year=2020", "Notatki 1"),
    )
    second = save_view(connection, SavedView("Bezrobocie", "?scope=smk&ind=nonsense", "Uwaga"))
    return save_presentation(connection, Presentation("E-panel", (first, second)))


def position_values(show: dict | None, search: str = "") -> dict:
    """Return the values of the position's callback: no button pressed, ``show`` shown."""
    starts = {"type": ids.ROW_DECK_START, "index": ["ALL"]}
    presents = {"type": ids.PRESENT_VIEW, "index": ["ALL"]}
    values = {prop_key(starts, "n_clicks"): {}, prop_key(presents, "n_clicks"): {}}
    values |= {f"{ids.SHOW_STORE}.data": show, f"{ids.URL}.search": search}
    moves = (ids.SHOW_FIRST, ids.SHOW_PREVIOUS, ids.SHOW_NEXT, ids.SHOW_LAST, ids.SHOW_EXIT)
    return values | {f"{each}.n_clicks": None for each in moves}


def move(app, show: dict | None, button: str) -> dict:
    values = position_values(show) | {f"{button}.n_clicks": 1}
    return post(app, f"{ids.SHOW_STORE}.data", values, [f"{button}.n_clicks"])


def test_moving_through_a_presentation(app):
    identifier = deck(app)
    show = {"deck": identifier, "slide": 0}
    assert move(app, show, ids.SHOW_NEXT)[ids.SHOW_STORE]["data"] == {**show, "slide": 1}
    assert move(app, {**show, "slide": 1}, ids.SHOW_NEXT)[ids.SHOW_STORE]["data"]["slide"] == 1
    assert move(app, {**show, "slide": 1}, ids.SHOW_FIRST)[ids.SHOW_STORE]["data"]["slide"] == 0
    assert move(app, show, ids.SHOW_LAST)[ids.SHOW_STORE]["data"]["slide"] == 1
    assert move(app, show, ids.SHOW_EXIT)[ids.SHOW_STORE]["data"] is None


def test_a_slide_shows_title_counter_map_legend_notes(app):
    identifier = deck(app)
    response = slide(app, {"deck": identifier, "slide": 0})
    assert response[ids.SHOW]["style"] == {}
    assert response[ids.SHOW_TITLE]["children"] == "Gęstość"
    assert response[ids.SHOW_COUNTER]["children"] == "1 / 2"
    assert response[ids.SHOW_NOTES]["children"] == "Notatki 1"
    state = applied(response[ids.SHOW_STATE]["data"])
    assert state["geometry"].startswith("/geometry/malopolska/pl/")
    assert len(state["paint"]["classes"]) == 182
    assert len(named_units(app, state)) == 182  # a link without layers: the names, by default
    assert state["view"] is None and state["extras"]["area"] is None  # the scope, fitted
    assert "Gęstość zaludnienia" in json.dumps(response[ids.SHOW_LEGEND], ensure_ascii=False)


def test_an_outdated_slide_shows_defaults_with_a_notice(app):
    identifier = deck(app)
    response = slide(app, {"deck": identifier, "slide": 1})
    assert response[ids.SHOW_NOTICE]["children"] == text("show_outdated", "pl")
    patch = json.dumps(response[ids.SHOW_STATE]["data"])
    assert "__dash_patch_update" in patch and "coordinates" not in patch  # colours only


def test_leaving_hides_the_slide(app):
    response = slide(app, None)
    assert response[ids.SHOW]["style"] == {"display": "none"}
    assert ids.SHOW_STATE not in response


def test_a_start_button_opens_its_presentation_on_the_first_slide(app):
    identifier = deck(app)
    starts = {"type": ids.ROW_DECK_START, "index": ["ALL"]}
    values = position_values(None) | {prop_key(starts, "n_clicks"): {identifier: 1}}
    pressed = prop_key({"type": ids.ROW_DECK_START, "index": identifier}, "n_clicks")

    response = post(app, f"{ids.SHOW_STORE}.data", values, [pressed])

    assert response[ids.SHOW_STORE]["data"] == {"deck": identifier, "slide": 0}


def test_present_this_view_shows_the_link_as_one_slide(app):
    """The explorer's button shows the page's link as a one-slide deck titled by its legend."""
    presents = {"type": ids.PRESENT_VIEW, "index": ["ALL"]}
    link = "?scope=kom2003&ind=density&year=2019"
    values = position_values(None, link) | {prop_key(presents, "n_clicks"): {"tab_map": 1}}
    pressed = prop_key({"type": ids.PRESENT_VIEW, "index": "tab_map"}, "n_clicks")
    show = post(app, f"{ids.SHOW_STORE}.data", values, [pressed])[ids.SHOW_STORE]["data"]
    assert show == {"view": link, "slide": 0}
    assert move(app, show, ids.SHOW_NEXT)[ids.SHOW_STORE]["data"] == show  # one slide only

    response = slide(app, show)
    legend = response[ids.SHOW_LEGEND]["children"]
    assert response[ids.SHOW_TITLE]["children"] == legend[0]["props"]["children"]
    assert "Gęstość zaludnienia" in response[ids.SHOW_TITLE]["children"]
    assert "2019" in response[ids.SHOW_TITLE]["children"]
    assert response[ids.SHOW_COUNTER]["children"] == "1 / 1"
    state = applied(response[ids.SHOW_STATE]["data"])
    assert state["geometry"].startswith("/geometry/kom2003/pl/")
    assert state["view"] is None  # fitted to the scope


def test_a_slide_of_a_count_shows_its_circles_and_circle_legend_unless_saved_as_classes(app):
    connection = app_database(app)
    views = [
        save_view(connection, SavedView("Ludność", "?scope=smk&ind=population&year=2024")),
        save_view(connection, SavedView("Klasy", "?scope=smk&ind=population&sym=choropleth")),
    ]
    identifier = save_presentation(connection, Presentation("Liczby", tuple(views)))
    circles, classes = (slide(app, {"deck": identifier, "slide": n}) for n in (0, 1))

    painted = applied(circles[ids.SHOW_STATE]["data"])["paint"]
    assert len(painted["circles"]["radii"]) == 15
    assert json.dumps(circles[ids.SHOW_LEGEND]).count("legend-circle-label") == 3
    assert "circles" not in applied(classes[ids.SHOW_STATE]["data"])["paint"]
    assert "legend-circle" not in json.dumps(classes[ids.SHOW_LEGEND])
