"""Gravitation zones: the catchment map with its legend and table, and the flow map."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest
from dash import html, no_update

from callbacks import ids
from callbacks.areas import gravity
from layers.analysis.catchment import CatchmentRequest, catchment
from layers.render.choropleth import OUTLINES
from server.i18n import text
from tests.support.dash_client import dispatch, prop_key

KRAKOW, WIELICZKA = "1261011", "1219053"
CENTRE_NAMES = ["Kraków", "Wieliczka", "Niepołomice", "Skawina", "Myślenice", "Bochnia"]
KOM2003_GMINAS = 51
POINTS_LAYER = len(OUTLINES)
"""Where the breaking points go in ``layout.map.layers``: the highlight slot after the outlines."""
MAP_OUTPUT = f"{ids.GRAVITY_MAP}.figure"


def gravity_map(
    app, model: str = "huff", centres: list[str] | None = None, drawn: str | None = None, **kw
) -> tuple:
    """Run the catchment callback with the layout's defaults; return its five outputs."""
    chosen = {"attractiveness": "population", "alpha": 1, "beta": 2, "centre": KRAKOW, **kw}
    with app.server.test_request_context():
        return gravity.update_gravity_map(
            "kom2003",
            gravity.DEFAULT_CENTRES if centres is None else centres,
            model,
            chosen["attractiveness"],
            chosen["alpha"],
            chosen["beta"],
            chosen["centre"],
            kw.get("flow_kind", "migration"),
            kw.get("lang", "pl"),
            drawn,
        )


def legend_rows(legend: html.Ul) -> list[tuple[str, int]]:
    """The legend as read: each row's label and its gmina count."""
    rows = []
    for row in legend.children:
        label, count = row.children
        rows.append((label, int(count.children.strip(" ()"))))
    return rows


def layers_of(figure: dict) -> list[dict]:
    return figure["layout"]["map"]["layers"]


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
        prop_key(ids.GRAVITY_DRAWN, "data"): None,
        prop_key(ids.AREAS_OPENED, "data"): True,
    }
    with app.server.test_client() as client:
        status, body = dispatch(
            client, app, MAP_OUTPUT, values, [prop_key(ids.GRAVITY_MODEL, "value")]
        )

    assert status == 200, body[:500]
    response = json.loads(body)["response"]
    trace = response[ids.GRAVITY_MAP]["figure"]["data"][0]
    assert trace["type"] == "choroplethmap"
    assert len(trace["geojson"]["features"]) == len(trace["locations"]) == KOM2003_GMINAS
    assert len(response[ids.GRAVITY_LEGEND]["children"]["props"]["children"]) == 6
    assert response[ids.GRAVITY_DRAWN]["data"] == "kom2003"


def test_huff_legend_has_a_row_per_centre_with_its_gminas(app):
    notice, _, legend, _, drawn = gravity_map(app, "huff")

    assert notice is None and drawn == "kom2003"
    rows = legend_rows(legend)
    assert [label for label, _ in rows] == CENTRE_NAMES
    assert sum(count for _, count in rows) == KOM2003_GMINAS
    assert rows[0][1] == max(count for _, count in rows)  # Kraków draws most gminas
    assert all(count >= 1 for _, count in rows)  # each centre keeps at least its own gmina
    colours = [row.style["borderLeftColor"] for row in legend.children]
    assert len(set(colours)) == len(colours)


def test_huff_map_colours_each_gmina_by_its_centre(app):
    _, figure, legend, _, _ = gravity_map(app, "huff")

    trace = figure["data"][0]
    z = dict(zip(trace["locations"], trace["z"], strict=True))
    assert z[KRAKOW] == 1 and z[WIELICZKA] == 2  # centre index + 1; 0 is no data
    counts = [count for _, count in legend_rows(legend)]
    assert [list(z.values()).count(i + 1) for i in range(6)] == counts


def test_summary_table_lists_each_centres_gminas_and_population(app):
    *_, table, _ = gravity_map(app, "huff")

    head, body = table.children
    assert [th.children for th in head.children.children] == [
        text(key, "pl") for key in ("gravity_region", "gravity_gminas", "gravity_population")
    ]
    cells = [[td.children for td in tr.children] for tr in body.children]
    assert [row[0] for row in cells] == CENTRE_NAMES
    assert sum(int(row[1]) for row in cells) == KOM2003_GMINAS


def test_reilly_draws_the_breaking_points_as_circles(app, dataset):
    _, figure, legend, _, _ = gravity_map(app, "reilly")

    layer = layers_of(figure)[POINTS_LAYER]
    assert layer["type"] == "circle"
    expected = catchment(
        dataset, CatchmentRequest("kom2003", tuple(gravity.DEFAULT_CENTRES), "reilly")
    ).points
    features = layer["source"]["features"]
    assert len(features) == len(expected) >= len(gravity.DEFAULT_CENTRES) - 1
    drawn = sorted(tuple(round(c, 9) for c in f["geometry"]["coordinates"]) for f in features)
    assert drawn == sorted((round(p.x, 9), round(p.y, 9)) for p in expected.geometry)
    # Nothing drawn over the points: every layer after them is empty.
    assert all(not later["source"]["features"] for later in layers_of(figure)[POINTS_LAYER + 1 :])
    assert [label for label, _ in legend_rows(legend)] == CENTRE_NAMES


@pytest.mark.parametrize("model", ["huff", "flows", "nystuen_dacey"])
def test_other_models_leave_the_points_layer_empty(app, model):
    _, figure, *_ = gravity_map(app, model)

    layer = layers_of(figure)[POINTS_LAYER]
    assert layer["type"] != "circle"
    assert layer["source"]["features"] == []


def test_switching_back_from_reilly_patches_the_points_away(app):
    _, patch, *_ = gravity_map(app, "huff", drawn="kom2003")

    written = json.dumps(patch.to_plotly_json())
    assert '"Polygon"' not in written and '"MultiPolygon"' not in written
    operations = {
        tuple(op["location"]): op["params"]["value"] for op in patch.to_plotly_json()["operations"]
    }
    assert operations[("layout", "map", "layers", POINTS_LAYER)]["source"]["features"] == []
    assert ("data", 0, "z") in operations


def test_reilly_patch_sends_the_circle_layer(app):
    _, patch, *_ = gravity_map(app, "reilly", drawn="kom2003")

    operations = {
        tuple(op["location"]): op["params"]["value"] for op in patch.to_plotly_json()["operations"]
    }
    assert operations[("layout", "map", "layers", POINTS_LAYER)]["type"] == "circle"


def test_flows_and_nystuen_dacey_regions(app):
    _, _, flows, _, _ = gravity_map(app, "flows")
    _, _, nodal, _, _ = gravity_map(app, "nystuen_dacey")

    assert [label for label, _ in legend_rows(flows)] == CENTRE_NAMES
    assert sum(count for _, count in legend_rows(flows)) == KOM2003_GMINAS
    regions = legend_rows(nodal)
    assert regions[0][0] == "Kraków"
    assert 1 <= len(regions) <= 12
    assert regions[0][1] == max(count for _, count in regions)


def test_probability_map_shows_five_bands(app):
    notice, figure, legend, table, _ = gravity_map(app, "huff_probability")

    assert notice is None
    rows = legend_rows(legend)
    assert [label for label, _ in rows] == ["0–20 %", "20–40 %", "40–60 %", "60–80 %", "80–100 %"]
    assert sum(count for _, count in rows) == KOM2003_GMINAS
    trace = figure["data"][0]
    assert trace["z"][trace["locations"].index(KRAKOW)] == 5  # its own gmina: 80–100 %
    assert isinstance(table, html.Table)


@pytest.mark.parametrize("centres", [[KRAKOW], []], ids=["one", "none"])
def test_fewer_than_two_centres_show_a_polish_alert(app, centres):
    notice, figure, legend, table, drawn = gravity_map(app, "huff", centres, drawn="kom2003")

    assert notice.children == text("error_gravity", "pl")
    assert notice.role == "alert"
    assert figure is no_update
    assert legend == table == []
    assert drawn == "kom2003"


def test_alpha_and_beta_change_the_regions(app):
    _, _, usual, _, _ = gravity_map(app, "huff")
    _, _, steep, _, _ = gravity_map(app, "huff", beta=3, alpha=0.5)

    assert legend_rows(steep)[0][1] < legend_rows(usual)[0][1]  # Kraków draws fewer gminas


def test_the_alert_speaks_english(app):
    notice, *_ = gravity_map(app, "huff", [KRAKOW], lang="en")

    assert notice.children == text("error_gravity", "en")


# --- the flow map --------------------------------------------------------------------------


def flow_map(app, gmina: str = WIELICZKA, direction: str = "out", count: int = 10):
    with app.server.test_request_context():
        figure, table = gravity.update_flow_map(gmina, direction, count, "migration", "pl")
    return go.Figure(figure), table


def flow_rows(table: html.Table) -> list[list[str]]:
    return [[td.children for td in tr.children] for tr in table.children[1].children]


def test_wieliczka_out_draws_ten_lines_led_by_krakow(app):
    figure, table = flow_map(app)

    assert len(figure.data) == 10
    assert {trace.type for trace in figure.data} == {"scattermap"}
    assert figure.data[0].name == "Kraków"
    assert figure.layout.title.text == "Wieliczka"
    rows = flow_rows(table)
    assert len(rows) == 10
    assert rows[0][0] == "Kraków"
    assert rows[0][2].endswith(" %")
    volumes = [int(row[1].replace("\u00a0", "").replace(" ", "")) for row in rows]
    assert volumes == sorted(volumes, reverse=True)
    widths = [trace.line.width for trace in figure.data]
    assert widths == sorted(widths, reverse=True)


def test_each_line_runs_from_the_gmina_to_its_partner(app, dataset):
    figure, _ = flow_map(app)

    starts = {(trace.lon[0], trace.lat[0]) for trace in figure.data}
    assert len(starts) == 1  # all from Wieliczka's centroid
    ((lon, lat),) = starts
    assert 20.0 < lon < 20.2 and 49.9 < lat < 50.05
    krakow = figure.data[0]
    assert 19.8 < krakow.lon[1] < 20.1 and 50.0 < krakow.lat[1] < 50.12


@pytest.mark.parametrize("count", [3, 20])
def test_flow_count_sets_the_number_of_lines(app, count):
    figure, table = flow_map(app, KRAKOW, "in", count)

    assert len(figure.data) == len(flow_rows(table)) == count
