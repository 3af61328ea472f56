"""A saved area (here a LISA cluster) chosen as the comparison group."""

from __future__ import annotations

from callbacks import ids
from callbacks.compare import area_pick
from callbacks.compare import table as compare
from tests.support.access_fixtures import signed_in_client
from tests.support.spatial_posts import clusters, save, save_values


def test_a_saved_cluster_becomes_the_comparison_group(app):
    members = clusters(app)[ids.CLUSTER_MEMBERS]["data"]["HH"]
    assert 6 < len(members) <= 15  # more than a hand-picked comparison allows
    save(app, save_values({"HH": members}, "HH", "Skupienie gęstości"), signed_in_client(app))
    wired = [
        key
        for key, spec in app.callback_map.items()
        if ids.COMPARE_AREA_PICK in str(spec["inputs"])
    ]
    assert any(ids.COMPARE_GMINAS_DROPDOWN in key for key in wired)
    with app.server.test_request_context():
        (option,) = area_pick.update_area_picks("tab_compare", "pl")
        assert not option["disabled"]
        selection = area_pick.update_selection(option["value"])
        assert sorted(selection) == sorted(members)
        notice, table, _ = compare.update_comparison(selection, "malopolska", "pl")
        assert notice is None
        assert len(table.children[0].children.children) == 4 + len(members)
        refused, _, _ = compare.update_comparison(selection[:-1], "malopolska", "pl")
        assert refused.role == "alert"  # not the area's gminas: at most six


def test_smk_and_a_saved_area_are_whole_areas_and_a_part_is_not(app, dataset):
    members = clusters(app)[ids.CLUSTER_MEMBERS]["data"]["HH"]
    smk = list(dataset.areas["smk"])
    with app.server.test_request_context():
        assert area_pick.whole_area(smk) and not area_pick.whole_area(smk[:-1])
        assert not area_pick.whole_area(members)
    save(app, save_values({"HH": members}, "HH", "Skupienie"), signed_in_client(app))
    with app.server.test_request_context():
        assert area_pick.whole_area(list(reversed(members)))
        assert not area_pick.whole_area(members[1:])
