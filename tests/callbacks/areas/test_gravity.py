"""Gravitation zones: the catchment map with its legend and table, and the flow map."""

from __future__ import annotations

import json

import pytest
from dash import html, no_update

from callbacks import ids
from callbacks.areas import gravity
from layers.analysis.catchment import CatchmentRequest, catchment
from server.i18n import text
from tests.support.dash_client import dispatch, prop_key
from tests.support.map_patch import applied, classes, named_units

KRAKOW, WIELICZKA = "1261011", "1219053"
CENTRE_NAMES = ["Kraków", "Wieliczka", "Niepołomice", "Skawina", "Myślenice", "Bochnia"]
KOM2003_GMINAS = 51
MAP_OUTPUT = f"{ids.GRAVITY_STATE}.data"
MODELS_OF_CENTRES = ("huff", "reilly", "flows", "nystuen_dacey")


def gravity_map(app, model: str = "huff", centres: list[str] | None = None, **kw) -> tuple:
    """Run the catchment callback with the layout's defaults; return its four outputs, the
    map's patch as JSON."""
    chosen = {"attractiveness": "population", "alpha": 1, "beta": 2, "centre": KRAKOW, **kw}
    with app.server.test_request_context():
        answer = gravity.update_gravity_map(
            scope="kom2003",
            centres=gravity.DEFAULT_CENTRES if centres is None else centres,
            model=model,
            attractiveness=chosen["attractiveness"],
            alpha=chosen["alpha"],
            beta=chosen["beta"],
            centre=chosen["centre"],
            flow_kind=kw.get("flow_kind", "migration"),
            lang=kw.get("lang", "pl"),
        )
        notice, patch, legend, table = answer
    return notice, patch if patch is no_update else patch.to_plotly_json(), legend, table


def legend_rows(legend: html.Ul) -> list[tuple[str, int]]:
    """The legend as read: each row's label and its gmina count."""
    rows = []
    for row in legend.children:
        label, count = row.children
        rows.append((label, int(count.children.strip(" ()"))))
    return rows


# --- the catchment map ---------------------------------------------------------------------


def test_first_draw_over_http_sends_the_map_legend_and_table(app):
    values = {
        prop_key(ids.AREAS_SCOPE, "value"): "kom2003",
        prop_key(ids.GRAVITY_CENTRES, "value"): gravity.DEFAULT_CENTRES,
        prop_key(ids.GRAVITY_MODEL, "value"): "huff",
        prop_key(ids.GRAVITY_ATTRACTIVENESS, "value"): "population",
        prop_key(ids.GRAVITY_ALPHA, "value"): 1,
        prop_key(ids.GRAVITY_BETA, "value"): 2,
        prop_key(ids.GRAVITY_CENTRE, "value"): KRAKOW,
        prop_key(ids.GRAVITY_FLOW_KIND, "value"): "migration",
        prop_key(ids.LANG_STORE, "data"): "pl",
        prop_key(ids.AREAS_OPENED, "data"): True,
    }
    with app.server.test_client() as client:
        status, body = dispatch(
            client, app, MAP_OUTPUT, values, [prop_key(ids.GRAVITY_MODEL, "value")]
        )

    assert status == 200, body[:500]
    response = json.loads(body)["response"]
    assert len(classes(app, response[ids.GRAVITY_STATE]["data"])) == KOM2003_GMINAS
    names = named_units(app, applied(response[ids.GRAVITY_STATE]["data"]))
    assert len(names) == KOM2003_GMINAS and names[KRAKOW] == "Kraków"
    assert len(response[ids.GRAVITY_LEGEND]["children"]["props"]["children"]) == 6


def test_huff_legend_has_a_row_per_centre_with_its_gminas(app):
    notice, _, legend, _ = gravity_map(app, "huff")

    assert notice is None
    rows = legend_rows(legend)
    assert [label for label, _ in rows] == CENTRE_NAMES
    assert sum(count for _, count in rows) == KOM2003_GMINAS
    assert rows[0][1] == max(count for _, count in rows)  # Kraków draws most gminas
    assert all(count >= 1 for _, count in rows)  # each centre keeps at least its own gmina
    colours = [row.style["borderLeftColor"] for row in legend.children]
    assert len(set(colours)) == len(colours)


def test_huff_map_colours_each_gmina_by_its_centre(app):
    _, patch, legend, _ = gravity_map(app, "huff")

    z = classes(app, patch)
    assert z[KRAKOW] == 0 and z[WIELICZKA] == 1  # centre index; -1 is no data
    counts = [count for _, count in legend_rows(legend)]
    assert [list(z.values()).count(i) for i in range(6)] == counts


def test_summary_table_lists_each_centres_gminas_and_population(app):
    *_, table = gravity_map(app, "huff")

    head, body = table.children
    assert [th.children for th in head.children.children] == [
        text(key, "pl") for key in ("gravity_region", "gravity_gminas", "gravity_population")
    ]
    cells = [[td.children for td in tr.children] for tr in body.children]
    assert [row[0] for row in cells] == CENTRE_NAMES
    assert sum(int(row[1]) for row in cells) == KOM2003_GMINAS


def test_reilly_draws_the_breaking_points_as_circles(app, dataset):
    _, patch, legend, _ = gravity_map(app, "reilly")

    layer = applied(patch)["extras"]["points"]
    assert layer["kind"] == "circle"
    expected = catchment(
        dataset, CatchmentRequest("kom2003", tuple(gravity.DEFAULT_CENTRES), "reilly")
    ).points
    features = layer["data"]["features"]
    assert len(features) == len(expected) >= len(gravity.DEFAULT_CENTRES) - 1
    drawn = sorted(tuple(round(c, 9) for c in f["geometry"]["coordinates"]) for f in features)
    assert drawn == sorted((round(p.x, 9), round(p.y, 9)) for p in expected.geometry)
    assert [label for label, _ in legend_rows(legend)] == CENTRE_NAMES


@pytest.mark.parametrize("model", ["huff", "flows", "nystuen_dacey"])
def test_other_models_leave_the_points_layer_empty(app, model):
    _, patch, *_ = gravity_map(app, model)

    assert applied(patch)["extras"]["points"] is None


def test_switching_back_from_reilly_patches_the_points_away(app):
    _, patch, *_ = gravity_map(app, "huff")

    written = json.dumps(patch)
    assert '"Polygon"' not in written and '"MultiPolygon"' not in written
    operations = {tuple(op["location"]): op["params"]["value"] for op in patch["operations"]}
    assert operations[("extras", "points")] is None
    assert ("paint",) in operations


def test_reilly_patch_sends_the_circle_layer(app):
    _, patch, *_ = gravity_map(app, "reilly")

    operations = {tuple(op["location"]): op["params"]["value"] for op in patch["operations"]}
    assert operations[("extras", "points")]["kind"] == "circle"


def test_flows_and_nystuen_dacey_regions(app):
    _, _, flows, _ = gravity_map(app, "flows")
    _, _, nodal, _ = gravity_map(app, "nystuen_dacey")

    assert [label for label, _ in legend_rows(flows)] == CENTRE_NAMES
    assert sum(count for _, count in legend_rows(flows)) == KOM2003_GMINAS
    regions = legend_rows(nodal)
    assert regions[0][0] == "Kraków"
    assert 1 <= len(regions) <= 12
    assert regions[0][1] == max(count for _, count in regions)


def test_probability_map_shows_five_bands(app):
    notice, patch, legend, table = gravity_map(app, "huff_probability")

    assert notice is None
    rows = legend_rows(legend)
    bands = ["0–20 %", "20–40 %", "40–60 %", "60–80 %", "80–100 %"]
    assert [label for label, _ in rows][:5] == bands
    assert [count for _, count in rows][5:] == [1] * 6  # the centres, drawn as themselves
    assert sum(count for _, count in rows) == KOM2003_GMINAS
    assert classes(app, patch)[KRAKOW] == 5  # the chosen centre, not a band
    assert isinstance(table, html.Table)


@pytest.mark.parametrize("centres", [[KRAKOW], []], ids=["one", "none"])
def test_fewer_than_two_centres_show_a_polish_alert(app, centres):
    notice, patch, legend, table = gravity_map(app, "huff", centres)

    assert notice.children == text("error_gravity", "pl")
    assert notice.role == "alert"
    assert patch is no_update
    assert legend == table == []


def test_alpha_and_beta_change_the_regions(app):
    _, _, usual, _ = gravity_map(app, "huff")
    _, _, steep, _ = gravity_map(app, "huff", beta=3, alpha=0.5)

    assert legend_rows(steep)[0][1] < legend_rows(usual)[0][1]  # Kraków draws fewer gminas


def test_the_alert_speaks_english(app):
    notice, *_ = gravity_map(app, "huff", [KRAKOW], lang="en")

    assert notice.children == text("error_gravity", "en")


# --- the flow map --------------------------------------------------------------------------


def flow_map(app, gmina: str = WIELICZKA, direction: str = "out", count: int = 10):
    """Return the flow map's state and the partners' table."""
    with app.server.test_request_context():
        patch, table = gravity.update_flow_map(gmina, direction, count, "migration", "pl")
    return applied(patch.to_plotly_json()), table


def flow_rows(table: html.Table) -> list[list[str]]:
    return [[td.children for td in tr.children] for tr in table.children[1].children]


def flows(state: dict) -> list[dict]:
    """Return the flow lines the map draws, largest first."""
    return state["extras"]["flows"]["data"]["features"]


def test_wieliczka_out_draws_ten_lines_led_by_krakow(app):
    state, table = flow_map(app)

    lines = flows(state)
    assert len(lines) == 10
    assert state["extras"]["flows"]["kind"] == "line"
    assert state["extras"]["flows"]["width"] == "width"  # each line as wide as its volume
    assert lines[0]["properties"]["label"].startswith("Kraków: ")
    assert len(state["extras"]["ends"]["data"]["features"]) == 10
    assert state["view"]["bounds"][0] < 20.0 < state["view"]["bounds"][2]
    rows = flow_rows(table)
    assert len(rows) == 10
    assert rows[0][0] == "Kraków"
    assert rows[0][2].endswith(" %")
    volumes = [int(row[1].replace("\u00a0", "").replace(" ", "")) for row in rows]
    assert volumes == sorted(volumes, reverse=True)
    widths = [line["properties"]["width"] for line in lines]
    assert widths == sorted(widths, reverse=True)


def test_each_line_runs_from_the_gmina_to_its_partner(app, dataset):
    state, _ = flow_map(app)

    starts = {tuple(line["geometry"]["coordinates"][0]) for line in flows(state)}
    assert len(starts) == 1  # all from Wieliczka's centroid
    ((lon, lat),) = starts
    assert 20.0 < lon < 20.2 and 49.9 < lat < 50.05
    end_lon, end_lat = flows(state)[0]["geometry"]["coordinates"][1]
    assert 19.8 < end_lon < 20.1 and 50.0 < end_lat < 50.12


@pytest.mark.parametrize("count", [3, 20])
def test_flow_count_sets_the_number_of_lines(app, count):
    state, table = flow_map(app, KRAKOW, "in", count)

    assert len(flows(state)) == len(flow_rows(table)) == count


def legend_colours(legend: html.Ul) -> dict[str, str]:
    """Each legend row's label and its swatch colour."""
    return {row.children[0]: row.style["borderLeftColor"] for row in legend.children}


def test_a_centre_has_one_colour_in_every_model(app):
    colours = {model: legend_colours(gravity_map(app, model)[2]) for model in MODELS_OF_CENTRES}

    assert all("Bochnia" in shown for shown in colours.values())
    assert len({shown["Bochnia"] for shown in colours.values()}) == 1
    assert len({shown["Kraków"] for shown in colours.values()}) == 1
    huff = colours["huff"]
    assert len(set(huff.values())) == len(huff)  # the centres of one map are told apart
