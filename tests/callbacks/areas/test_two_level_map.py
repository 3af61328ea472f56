"""The map of both levels: the second level as classes, the first as an outline, hover, legend."""

from __future__ import annotations

import pytest

from shapely.geometry import shape

from callbacks.areas.two_level_map import legend, two_level_map
from layers.analysis.two_level import TwoLevel, TwoLevelRequest, map_classes
from layers.analysis.two_level import two_level as two_levels
from tests.support.map_patch import applied, by_gmina, classes, named_units

KRAKOW, WIELICZKA, NIEPOLOMICE, SKAWINA = "1261011", "1219053", "1219043", "1206113"
SECONDARY = [WIELICZKA, NIEPOLOMICE, SKAWINA]


def draw(app, dataset, model: str = "huff", lang: str = "pl") -> tuple[dict, object, TwoLevel]:
    """Draw both levels around Kraków; return the map's patch as JSON, the legend, the result."""
    request = TwoLevelRequest("kom2003", KRAKOW, tuple(SECONDARY), model=model)
    result = two_levels(dataset, request)
    with app.server.test_request_context():
        patch, colors = two_level_map(request, result, lang)
        shown = legend(request, result, colors, lang)
    return patch.to_plotly_json(), shown, result


def legend_counts(legend) -> dict[str, int]:
    rows = [row for row in legend.children if "legend-outline" not in row.className]
    return {row.children[0]: int(row.children[1].children.strip(" ()")) for row in rows}


@pytest.mark.parametrize("model", ["huff", "flows", "nystuen_dacey"])
def test_the_map_fills_the_second_level_and_outlines_the_first(app, dataset, model):
    patch, shown, result = draw(app, dataset, model)
    gminas = result.gminas

    painted = classes(app, patch)
    assert painted == map_classes(gminas, tuple(SECONDARY)).to_dict()
    assert len(painted) == len(gminas) == 51
    counts = legend_counts(shown)
    members = (gminas["centre"] == WIELICZKA) & (gminas["status"] != "overlap")
    assert counts["Wieliczka"] == members.sum()
    assert counts["Kraków — rdzeń"] == 1
    outline = applied(patch)["extras"]["first_level"]
    assert outline["kind"] == "line"
    drawn = shape(outline["data"]["features"][0]["geometry"])
    area = dataset.store.gminas.geometry[gminas.index[gminas["first_level"]]].union_all()
    assert drawn.length > 0 and drawn.hausdorff_distance(area.boundary) < 1e-9


def hover_by_gmina(app, patch: dict) -> dict[str, list[str]]:
    """Each gmina's hover lines under its name (blank ones dropped), by TERYT."""
    paint = applied(patch)["paint"]
    assert paint["hover"] == [f"{{{i}}}" for i in range(len(paint["columns"]))]
    rows = [[line for line in row if line] for row in zip(*paint["columns"], strict=True)]
    return by_gmina(app, applied(patch), rows)


def test_hover_names_the_overlapping_centre(app, dataset):
    patch, _, result = draw(app, dataset)
    hover = hover_by_gmina(app, patch)
    gminas = result.gminas
    overlap = gminas.index[gminas["status"] == "overlap"][0]

    assert any(line.startswith("nakłada się z:") for line in hover[overlap])
    assert hover[overlap][0] == "poziom 1: w obszarze rdzenia (Kraków)"


def test_a_redraw_sends_colours_and_the_outline_never_the_gminas_shapes(app, dataset):
    patch = draw(app, dataset, "flows")[0]
    state = applied(patch)

    assert state["geometry"].startswith("/")  # the scope's geometry is fetched by address
    assert state["layers"] == ["smk", "labels"]
    assert len(named_units(app, state)) == len(by_gmina(app, state, state["paint"]["classes"]))
    assert {op["location"][0] for op in patch["operations"]} == {
        "geometry",
        "paint",
        "layers",
        "extras",
    }


def test_english_texts(app, dataset):
    shown = draw(app, dataset, lang="en")[1]
    assert "Kraków — core" in legend_counts(shown)
