"""Callback requests of the spatial tab over HTTP: cluster map, saving a cluster, outlook."""

from __future__ import annotations

import json

from callbacks import ids
from layers.analysis.projection import HORIZON
from tests.support.dash_client import dispatch, prop_key

CLUSTER_OUTPUT = f"{ids.CLUSTER_STATE}.data"
SAVED_OUTPUT = f"{ids.CLUSTER_SAVED}.children"


def changed_values(values: dict, changes: dict) -> dict:
    """Return ``values`` with ``changes`` (keyed ``"component.property"``) applied."""
    values.update({prop_key(*key.split(".")): value for key, value in changes.items()})
    return values


def call(app, output: str, values: dict, changed: str, client=None) -> dict:
    """Answer a callback as a visitor (or as ``client``, e.g. a signed-in official)."""
    status, body = dispatch(client or app.server.test_client(), app, output, values, [changed])
    assert status == 200, body[:500]
    return json.loads(body).get("response", {})


def cluster_values(**changes) -> dict:
    """What the browser sends with the cluster layout's defaults, overridden by ``changes``."""
    values = {
        prop_key(ids.CLUSTER_SCOPE, "value"): "malopolska",
        prop_key(ids.CLUSTER_INDICATOR, "value"): "density",
        prop_key(ids.CLUSTER_YEAR, "value"): 2019,
        prop_key(ids.CLUSTER_WEIGHTS, "value"): "queen",
        prop_key(ids.CLUSTER_K, "value"): 6,
        prop_key(ids.CLUSTER_KM, "value"): 25,
        prop_key(ids.CLUSTER_SIGNIFICANCE, "value"): 0.05,
        prop_key(ids.CLUSTER_MODE, "value"): "lisa",
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.SPATIAL_OPENED, "data"): True,
    }
    return changed_values(values, changes)


def clusters(app, **changes) -> dict:
    """Answer the cluster map's callback for the defaults overridden by ``changes``."""
    values = cluster_values(**changes)
    return call(app, CLUSTER_OUTPUT, values, prop_key(ids.CLUSTER_SCOPE, "value"))


def save_values(members: dict, category: str, name: str) -> dict:
    """What the browser sends when the save button is pressed."""
    return {
        prop_key(ids.CLUSTER_SAVE, "n_clicks"): 1,
        prop_key(ids.CLUSTER_SAVE_CATEGORY, "value"): category,
        prop_key(ids.CLUSTER_SAVE_NAME, "value"): name,
        prop_key(ids.CLUSTER_MEMBERS, "data"): members,
        prop_key(ids.CLUSTER_INDICATOR, "value"): "density",
        prop_key(ids.CLUSTER_YEAR, "value"): 2019,
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.CLUSTER_INTERNAL, "value"): [],
    }


def save(app, values: dict, client=None) -> dict:
    """Press the save button of the cluster form as a visitor (or as ``client``)."""
    return call(app, SAVED_OUTPUT, values, prop_key(ids.CLUSTER_SAVE, "n_clicks"), client)


def outlook_values(**changes) -> dict:
    """What the browser sends with the outlook layout's defaults, overridden by ``changes``."""
    values = {
        prop_key(ids.OUTLOOK_SCOPE, "value"): "smk",
        prop_key(ids.OUTLOOK_RATES, "value"): "held",
        prop_key(ids.OUTLOOK_TREND_YEARS, "value"): 5,
        prop_key(ids.OUTLOOK_MIGRATION, "value"): 1,
        prop_key(ids.OUTLOOK_MIGRATION_BASE, "value"): "2024",
        prop_key(ids.OUTLOOK_YEAR, "value"): HORIZON,
        prop_key(ids.OUTLOOK_MEASURE, "value"): "change",
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.OUTLOOK_GMINA, "data"): None,
        prop_key(ids.OUTLOOK_AREA, "value"): "smk",
        prop_key(ids.OUTLOOK_EXPORT_CSV, "n_clicks"): None,
        prop_key(ids.OUTLOOK_EXPORT_XLSX, "n_clicks"): None,
        prop_key(ids.SPATIAL_OPENED, "data"): True,
    }
    return changed_values(values, changes)


def outlook_call(app, output: str, changed: str, **changes) -> dict:
    """Answer an outlook callback for the defaults overridden by ``changes``."""
    with app.server.test_client() as client:
        return call(app, output, outlook_values(**changes), changed, client)
