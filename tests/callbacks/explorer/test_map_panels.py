"""The panels beside the explorer's map travel with its colours (the paint answer)."""

import json
import re

import pytest

from callbacks import ids
from callbacks.explorer import map_view as explorer
from tests.callbacks.explorer.test_map_view import component_props
from tests.support.paint import fetched_paint


def panels_of(app, scope: str = "smk", lang: str = "pl", **changes: object) -> dict:
    """Return the panels a view's paint answer names, by component id."""
    return fetched_paint(app, scope, lang, **changes)["panels"]


def test_a_views_legend_notice_and_announcement_come_with_its_colours(app):
    panels = panels_of(app)
    assert set(panels) == {ids.LEGEND, ids.NOTICE, ids.LEGEND_ANNOUNCE}
    legend = json.dumps(panels[ids.LEGEND], ensure_ascii=False)
    assert "Ludność [osoby], 2024" in legend and "(3)" in legend
    assert '"type": "Li"' in legend  # Dash components, as the legend's callback sent them


def test_manual_breaks_make_their_classes(app):
    manual = {"scheme": "manual", "breaks": "10 000; 20 000"}
    rows = panels_of(app, options=manual)[ids.LEGEND][1]["props"]["children"]
    assert len(rows) == 3
    counts = [row["props"]["children"][1]["props"]["children"] for row in rows]
    assert sum(int(count.strip(" ()")) for count in counts) == 15


def test_bad_manual_breaks_say_why_and_keep_the_legend(app):
    answer = fetched_paint(app, "smk", options={"scheme": "manual", "breaks": "abc"})
    assert "classes" not in answer and answer["error"]["code"] == "manual_breaks"
    assert set(answer["panels"]) == {ids.NOTICE}  # the legend stays with the map's colours
    assert "Nie można użyć tych progów" in json.dumps(answer["panels"], ensure_ascii=False)
    assert answer["bare"] == {ids.LEGEND: [], ids.LEGEND_ANNOUNCE: ""}  # a map with none


def test_an_indicator_across_the_break_shows_the_notice(app):
    panels = panels_of(app, indicator_id="population_change", options={"base_year": 2015})
    assert "NSP 2021" in panels[ids.NOTICE]


@pytest.mark.parametrize(
    ("lang", "view", "said"),
    [
        (
            "pl",
            ("smk", "population", 2024),
            r"^Mapa: Ludność \[osoby\], 2024; 4 klasy od [\d ]+ do ",
        ),
        ("pl", ("smk", "population", 2024), r" do [\d ]+ osób; 0 gmin bez danych\.$"),
        ("en", ("smk", "population", 2024), r"^Map: Population \[persons\], 2024; 4 classes from "),
        ("pl", ("malopolska", "avg_gross_salary_powiat", 2023), r"; 0 powiatów bez danych\.$"),
        ("en", ("districts", "district_density", 2019), r"; 0 districts without data\.$"),
    ],
)
def test_a_new_legend_is_announced_in_one_sentence(app, lang, view, said):
    scope, indicator, year = view
    panels = panels_of(app, scope, lang, indicator_id=indicator, year=year, options={"k": 4})
    assert re.search(said, panels[ids.LEGEND_ANNOUNCE])


def test_the_announcement_lives_beside_the_legend(app):
    with app.server.app_context():
        props = component_props(explorer.layout("pl"), ids.LEGEND_ANNOUNCE)
    assert props["role"] == "status" and props["className"] == "visually-hidden"
    assert props["aria-live"] == "polite"
