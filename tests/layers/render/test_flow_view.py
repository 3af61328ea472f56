"""The painted flows of a gmina: one line and one end per partner, their powiats, the extent."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.dominance import top_flows
from layers.analysis.flows import MIGRATION
from layers.analysis.teryt import KRAKOW
from layers.errors import FlowError
from layers.render.flow_view import LABELLED, flow_view


def test_each_partner_has_its_line_end_and_powiat(dataset):
    labels = pd.Series({code: f"<{code}>" for code in dataset.codes})
    view = flow_view(dataset, KRAKOW, direction="in", count=5, kind=MIGRATION, labels=labels)
    expected = top_flows(dataset.store.flows, KRAKOW, direction="in", n=5, kind=MIGRATION)

    assert list(view.top["partner"]) == list(expected["partner"])
    flows = view.extras["flows"]["data"]["features"]
    assert [f["properties"]["label"].split(":")[0] for f in flows] == [
        f"<{code}>" for code in expected["partner"]
    ]
    assert len(view.extras["ends"]["data"]["features"]) == len(expected)
    powiats = view.extras["powiats"]["data"]["features"]
    assert {f["id"] for f in powiats} == {code[:4] + "000" for code in expected["partner"]}
    west, south, east, north = view.view["bounds"]
    assert 14 < west < east < 24.2 and 49 < south < north < 55  # degrees: drawn in EPSG:4326


def test_a_gmina_without_flows_is_a_flow_error(dataset):
    with pytest.raises(FlowError):
        flow_view(dataset, "0000000", direction="in", count=5, kind=MIGRATION, labels=pd.Series())


@pytest.mark.parametrize("direction", ["out", "in"])
def test_the_largest_partners_are_named_at_their_ends(dataset, direction):
    labels = pd.Series({code: f"<{code}>" for code in dataset.codes})
    view = flow_view(
        dataset, "1219053", direction=direction, count=12, kind=MIGRATION, labels=labels
    )
    largest = view.top.nlargest(LABELLED, "volume")["partner"]

    named = view.extras["labels"]
    assert named["kind"] == "label"
    texts = [f["properties"]["label"] for f in named["data"]["features"]]
    assert texts == [f"<{code}>" for code in largest]
    ends = {tuple(f["geometry"]["coordinates"]) for f in view.extras["ends"]["data"]["features"]}
    assert all(tuple(f["geometry"]["coordinates"]) in ends for f in named["data"]["features"])
