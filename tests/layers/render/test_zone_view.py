"""The painted zone: gminas banded by the share of their area inside, the outline, the rows."""

from __future__ import annotations

import pandas as pd

from layers.analysis.scopes import scope_codes
from layers.analysis.zone_request import SHARE_BANDS
from layers.analysis.zones import circle_zone, zone_aggregates, zone_shares
from layers.render.zone_view import zone_view

CENTRE = (19.94, 50.06)
"""Kraków's market square (lon, lat)."""


def test_a_circle_is_banded_by_share_and_drawn_in_degrees(dataset):
    zone = circle_zone(CENTRE, 25)
    shares = zone_shares(dataset.store.gminas_metric, zone)
    summary = shares, zone_aggregates(dataset, shares)
    codes = scope_codes("malopolska", dataset.codes, dataset.areas)
    labels = pd.Series({code: f"<{code}>" for code in dataset.codes})
    view = zone_view(zone, summary, codes=codes, labels=labels, catalog=dataset.catalog, lang="pl")

    classes = dict(zip(codes, view.paint["classes"], strict=True))
    assert classes["1261011"] == len(SHARE_BANDS) - 1  # Kraków: wholly inside 25 km
    outside = set(codes) - set(shares.index)
    assert outside and all(classes[code] == -1 for code in outside)
    assert [name for name, _ in view.shares] == [f"<{code}>" for code in shares.index]
    assert all(share.endswith(" %") and "," in share for _, share in view.shares)
    assert len(view.aggregates) == len(summary[1])
    ring = view.outline["data"]["features"][0]["geometry"]["coordinates"][0]
    lons, lats = zip(*ring, strict=True)  # degrees, not metres: 25 km is ~0.35° and ~0.22°
    assert abs(max(lons) + min(lons) - 2 * CENTRE[0]) < 0.01 < max(lons) - min(lons) < 0.8
    assert abs(max(lats) + min(lats) - 2 * CENTRE[1]) < 0.01 < max(lats) - min(lats) < 0.5
