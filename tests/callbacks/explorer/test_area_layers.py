from callbacks.explorer import area_layers
from layers.render.geomap import OVERLAY_COLOR
from layers.store.database import open_database
from layers.store.saved_areas import SavedArea, save_area
from server.database import database_url


def rows_of(table_children) -> list:
    _, table = table_children
    return table.children[1].children


def test_kom2003_is_filled_over_the_map_and_listed(app):
    with app.server.test_request_context():
        patch, members = area_layers.update_overlay("kom2003", "pl")
    (operation,) = patch.to_plotly_json()["operations"]
    assert operation["location"] == ["extras", "area"]
    layer = operation["params"]["value"]
    assert (layer["kind"], layer["color"], layer["opacity"]) == ("fill", OVERLAY_COLOR, 0.25)
    assert layer["data"]["type"] in {"Polygon", "MultiPolygon"}
    assert len(rows_of(members)) == 51
    assert members[0].children == "Gminy obszaru (51)"


def test_saved_areas_join_the_list_and_can_be_shown(app):
    database = open_database(database_url(app.server.config))
    identifier = save_area(
        database,
        SavedArea(
            "MOF Skawiny",
            "delimitation",
            ("1206113", "1206022"),
            {"type": "Point", "coordinates": [0, 0]},
        ),
    )
    with app.server.test_request_context():
        options = area_layers.update_overlay_options("tab_map", "pl")
        _, members = area_layers.update_overlay(f"saved:{identifier}", "pl")
    assert {"label": "MOF Skawiny (delimitacja)", "value": f"saved:{identifier}"} in options
    assert [option["value"] for option in options[:2]] == ["smk", "kom2003"]
    assert len(rows_of(members)) == 2


def test_no_area_clears_the_overlay(app):
    with app.server.test_request_context():
        patch, members = area_layers.update_overlay(None, "pl")
    (operation,) = patch.to_plotly_json()["operations"]
    assert operation["params"]["value"] is None and members is None
