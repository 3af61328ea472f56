"""The tabs' first showing: the comparison and areas tabs are made then, not at page open."""

from __future__ import annotations

import json

from callbacks import ids
from callbacks.page import OPENED
from tests.support.dash_client import dispatch

TAB_MAPS = {
    "tab_compare": (ids.COMPARE_TABLE, ids.COMPARE_STATE_A, ids.COMPARE_STATE_B),
    "tab_areas": (ids.DELIMIT_STATE, ids.GRAVITY_STATE, ids.FLOW_STATE, ids.ZONE_STATE),
    "tab_spatial": (ids.CLUSTER_STATE, ids.OUTLOOK_STATE, ids.OUTLOOK_AREA_CHART),
}
"""The heavy outputs of each tab made on its first showing."""


def shown(
    app,
    tab: str,
    compare_opened: bool,
    areas_opened: bool,
    spatial_opened: bool = False,
    *,
    catalog_opened: bool = False,
) -> tuple[int, dict]:
    """Show ``tab`` with the stores as given; return the status and the stores answered."""
    values = {
        f"{ids.TABS}.value": tab,
        f"{ids.COMPARE_OPENED}.data": compare_opened,
        f"{ids.AREAS_OPENED}.data": areas_opened,
        f"{ids.SPATIAL_OPENED}.data": spatial_opened,
        f"{ids.CATALOG_OPENED}.data": catalog_opened,
    }
    with app.server.test_client() as client:
        status, body = dispatch(
            client, app, f"{ids.COMPARE_OPENED}.data", values, [f"{ids.TABS}.value"]
        )
    return status, json.loads(body)["response"] if status == 200 else {}


def test_a_tab_shown_the_first_time_turns_its_store_true(app):
    assert shown(app, "tab_compare", False, False) == (200, {ids.COMPARE_OPENED: {"data": True}})
    assert shown(app, "tab_areas", True, False) == (200, {ids.AREAS_OPENED: {"data": True}})
    assert shown(app, "tab_spatial", True, True) == (200, {ids.SPATIAL_OPENED: {"data": True}})
    catalog = {ids.CATALOG_OPENED: {"data": True}}
    assert shown(app, "tab_catalog", True, True, True) == (200, catalog)


def test_a_tab_shown_again_or_without_a_store_changes_nothing(app):
    assert shown(app, "tab_compare", True, False) == (204, {})
    assert shown(app, "tab_map", False, False) == (204, {})
    assert shown(app, "tab_spatial", False, False, True) == (204, {})


def output_ids(output: str) -> set[str]:
    """Return the component ids of a callback's outputs (``id.prop`` or ``..a.p...b.q..``)."""
    return {part.rsplit(".", 1)[0] for part in output.strip(".").split("...")}


def test_the_tabs_maps_wait_for_their_first_showing(app):
    with app.server.test_client() as client:
        dependencies = client.get("/_dash-dependencies").get_json()

    for tab, outputs in TAB_MAPS.items():
        for output in outputs:
            (callback,) = [
                spec
                for spec in dependencies
                if output in output_ids(spec["output"]) and "@" not in spec["output"]
            ]
            assert callback["prevent_initial_call"], output
            assert {"id": OPENED[tab], "property": "data"} in callback["inputs"], output
