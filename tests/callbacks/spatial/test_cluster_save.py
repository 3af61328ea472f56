"""Saving a cluster as an area over HTTP: refused to a visitor, stored for an official."""

from __future__ import annotations

import pytest

from callbacks import ids
from layers.store.database import open_database
from layers.store.saved_areas import saved_areas
from server.database import database_url
from server.i18n import text
from tests.support.access_fixtures import signed_in_client
from tests.support.dash_client import prop_key
from tests.support.spatial_posts import call, clusters, save, save_values


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_visitor_saves_nothing_and_is_told_why(app, lang):
    members = clusters(app)[ids.CLUSTER_MEMBERS]["data"]
    values = save_values(members, "HH", "Gęste centra")
    values[prop_key(ids.LANG_STORE, "data")] = lang
    refused = save(app, values)[ids.CLUSTER_SAVED]["children"]["props"]
    assert refused["role"] == "alert"
    assert refused["children"] == text("error_access_denied", lang)
    with app.server.app_context():
        assert saved_areas(open_database(database_url(app.server.config))) == []


def test_a_cluster_is_saved_as_an_area_and_offered_as_an_overlay(app):
    members = clusters(app)[ids.CLUSTER_MEMBERS]["data"]
    official = signed_in_client(app)
    values = save_values(members, "HH", "Gęste centra")
    response = save(app, values, official)
    assert "Gęste centra" in response[ids.CLUSTER_SAVED]["children"]
    with app.server.app_context():
        (area,) = saved_areas(open_database(database_url(app.server.config)))
    assert area.name == "Gęste centra"
    assert sorted(area.members) == sorted(members["HH"])
    assert area.params["method"] == "lisa"
    assert area.author == "anna"
    overlay = call(
        app,
        f"{ids.AREA_OVERLAY}.options",
        {prop_key(ids.TABS, "value"): "tab_map", prop_key(ids.LANG_STORE, "data"): "pl"},
        prop_key(ids.TABS, "value"),
    )
    (option,) = [
        o for o in overlay[ids.AREA_OVERLAY]["options"] if o["value"] == f"saved:{area.id}"
    ]
    assert option["label"] == "Gęste centra (skupienie LISA)"
    again = save(app, values, official)
    assert again[ids.CLUSTER_SAVED]["children"]["props"]["role"] == "alert"
