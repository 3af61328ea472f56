"""Gravitation toward a gmina: the classified map, its legend and the flow map of its origins."""

from __future__ import annotations

import pytest
from dash import no_update
from dash.exceptions import PreventUpdate

from callbacks.areas import pull
from layers.analysis.pull import PullRequest, pull_toward
from server.i18n import text
from tests.support.map_patch import applied, by_gmina, classes

KRAKOW, WIELICZKA, NIEPOLOMICE = "1261011", "1219053", "1219043"


def run(app, measure: str = "outflow_share", **kw) -> tuple:
    """Run the map callback; return its three outputs, the map's patch as JSON."""
    with app.server.test_request_context():
        notice, patch, legend = pull.update_pull_map(
            scope="kom2003",
            gmina=kw.get("gmina", WIELICZKA),
            measure=measure,
            kind="migration",
            centres=kw.get("centres", [KRAKOW, NIEPOLOMICE]),
            attractiveness="population",
            alpha=1,
            beta=2,
            scheme=kw.get("scheme", "quantiles"),
            k=5,
            breaks=kw.get("breaks", ""),
            palette="YlOrRd",
            reverse=[],
            lang=kw.get("lang", "pl"),
        )
    return notice, patch if patch is no_update else patch.to_plotly_json(), legend


def legend_rows(legend: list) -> dict[str, int]:
    return {
        row.children[0]: int(row.children[1].children.strip(" ()")) for row in legend[1].children
    }


def test_the_outflow_share_map_keeps_suppressed_pairs_apart(app, dataset):
    notice, patch, legend = run(app)
    expected = pull_toward(dataset, PullRequest("kom2003", WIELICZKA))
    rows = legend_rows(legend)

    assert notice is None
    assert legend[0].children == "Udział odpływu do gminy (%), 2023"
    assert rows[text("pull_suppressed", "pl")] == len(expected.suppressed)
    assert rows[text("pull_target", "pl")] == 1
    classed = sum(count for label, count in rows.items() if label.endswith(" %"))
    assert classed == expected.values.notna().sum()
    painted = classes(app, patch)
    k = max(painted.values()) - 1  # the classes, then the suppressed pairs, then the target
    assert len(painted) == 51 and painted[WIELICZKA] == k + 1
    assert {painted[code] for code in expected.suppressed} == {k}
    gaps = expected.values.index[expected.values.isna()].difference(
        [*expected.suppressed, WIELICZKA]
    )
    assert {painted[code] for code in gaps} <= {-1}  # a gap stays a gap
    assert applied(patch)["paint"]["hover"] == ["{0} %"]


def test_a_huff_change_is_shown_in_percentage_points_over_two_years(app):
    notice, patch, legend = run(app, "huff_change")

    assert notice is None
    assert legend[0].children.endswith("2020–2024")
    assert applied(patch)["paint"]["hover"] == ["{0} p.p."]


@pytest.mark.parametrize(
    ("measure", "changes"),
    [
        ("outflow_share_change", {}),  # the migration matrix has one year
        ("huff", {"centres": [WIELICZKA]}),  # no other centre
        ("outflow_share", {"scheme": "manual", "breaks": "5; 2"}),
    ],
)
def test_unusable_choices_show_an_alert_and_keep_the_map(app, measure, changes):
    notice, patch, legend = run(app, measure, **changes)

    assert notice.role == "alert"
    assert patch is no_update and legend == []


def test_the_change_of_one_year_is_explained(app):
    notice = run(app, "outflow_share_change")[0]
    assert notice.children == text("error_pull", "pl")


def test_manual_breaks_wait_for_the_user(app):
    with pytest.raises(PreventUpdate):
        run(app, scheme="manual", breaks=" ")


def test_manual_breaks_class_the_values(app):
    legend = run(app, scheme="manual", breaks="5; 10")[2]
    labels = [label for label in legend_rows(legend) if label.endswith(" %")]
    assert len(labels) == 3


def test_the_hover_gives_each_gminas_share(app, dataset):
    patch = run(app)[1]
    shares = by_gmina(app, applied(patch), applied(patch)["paint"]["columns"][0])
    expected = pull_toward(dataset, PullRequest("kom2003", WIELICZKA)).values

    krakow = f"{expected[KRAKOW]:.1f}".replace(".", ",")
    assert shares[KRAKOW] == krakow


def test_the_flow_map_shows_the_gminas_top_origins(app):
    with app.server.test_request_context():
        patch, table = pull.update_origins(WIELICZKA, "migration", "pl")

    flows = applied(patch.to_plotly_json())["extras"]["flows"]
    assert len(flows["data"]["features"]) == pull.ORIGINS
    assert table.children[1].children[0].children[0].children == "Kraków"


def test_commuting_without_a_matrix_shows_an_alert(app):
    with app.server.test_request_context():
        figure, notice = pull.update_origins(WIELICZKA, "commuting", "pl")
    assert figure is no_update and notice.role == "alert"
