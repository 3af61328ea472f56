"""Sensitivity to β and the attractiveness: the map of robustness and the tables of runs."""

from __future__ import annotations

from dash import no_update

from callbacks.areas import sensitivity
from layers.analysis.sensitivity import BETAS
from layers.analysis.sensitivity import sensitivity as grid_of
from layers.analysis.two_level import TwoLevelRequest
from server.i18n import text
from tests.support.map_patch import classes

KRAKOW, WIELICZKA, NIEPOLOMICE, SKAWINA = "1261011", "1219053", "1219043", "1206113"
SECONDARY = [WIELICZKA, NIEPOLOMICE, SKAWINA]


def run(app, indicators: list[str], lang: str = "pl") -> tuple:
    with app.server.test_request_context():
        return sensitivity.update_sensitivity(
            scope="kom2003",
            core=KRAKOW,
            centres=SECONDARY,
            tolerance=0.2,
            alpha=1,
            indicators=indicators,
            lang=lang,
        )


def test_the_tables_list_every_run_and_the_varying_gminas(app, dataset):
    indicators = ["population", "own_revenue_per_capita"]
    notice, patch, legend, runs, unstable = run(app, indicators)
    grid = grid_of(dataset, TwoLevelRequest("kom2003", KRAKOW, tuple(SECONDARY)), indicators)

    assert notice is None
    rows = runs.children[1].children
    assert len(rows) == len(indicators) * len(BETAS)
    assert rows[0].children[0].children == "Ludność, β = 1,0"
    robust = int(grid.stability.eq(1).sum())
    assert unstable[0].children == text("sens_robust", "pl").format(
        robust=robust, total=len(grid.stability), runs=len(rows)
    )
    assert len(unstable[1].children[1].children) == len(grid.stability) - robust
    counts = [int(row.children[1].children.strip(" ()")) for row in legend.children]
    assert sum(counts) == 51  # every gmina of KOM 2003 in one class
    assert legend.children[-1].children[0] == "Kraków"
    painted = classes(app, patch.to_plotly_json())
    assert len(painted) == 51 and painted[KRAKOW] == 2 * len(SECONDARY)
    robust = grid.stability.index[grid.stability.eq(1)]
    assert all(painted[code] < len(SECONDARY) for code in robust)
    assert sorted(painted.values()).count(2 * len(SECONDARY)) == counts[-1] == 1


def test_too_many_indicators_show_an_alert(app):
    notice, patch, *_ = run(app, ["population", "density", "urbanization", "area_km2"])
    assert notice.children == text("error_second_level", "pl")
    assert patch is no_update
