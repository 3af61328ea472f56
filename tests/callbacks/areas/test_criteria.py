"""The delimitation's criteria rows: the criteria they describe, their defaults, the notice."""

from __future__ import annotations

import pandas as pd

from callbacks.areas import criteria
from layers.analysis.commuter_rate import COMMUTERS_TO_CORE
from server.i18n import text


def columns(rows: tuple[tuple, ...]) -> list[list]:
    """The rows' controls as Dash sends them: indicators, operators, thresholds, relative marks."""
    indicator, operator, threshold, relative, _ = zip(*rows, strict=True)
    return [list(indicator), list(operator), list(threshold), [["relative"] * r for r in relative]]


def test_each_filled_row_is_a_criterion_with_its_base_year():
    made = criteria.criteria_of(columns(criteria.DEFAULT_CRITERIA), 2015)

    assert [c.indicator for c in made] == [row[0] for row in criteria.DEFAULT_CRITERIA]
    assert [c.relative for c in made] == [row[3] for row in criteria.DEFAULT_CRITERIA]
    assert [c.functional for c in made] == [row[4] for row in criteria.DEFAULT_CRITERIA]
    assert all(c.above and c.base_year == 2015 for c in made)


def test_a_row_without_an_indicator_or_threshold_is_left_out():
    rows = columns(criteria.DEFAULT_CRITERIA)
    rows[0][0], rows[2][1], rows[1][2] = None, None, "<="

    made = criteria.criteria_of(rows)

    assert [c.indicator for c in made] == [row[0] for row in criteria.DEFAULT_CRITERIA[2:]]
    assert not made[0].above and made[0].base_year is None


def test_the_commuting_criterion_leads_only_once_flows_are_imported(app):
    with app.server.test_request_context():
        year, defaults = criteria.commuting_year(), criteria.default_criteria()
        options = criteria.criterion_options(True, "pl")

    assert (defaults[0] == criteria.COMMUTING_CRITERION) == (year is not None)
    assert options[0]["value"] == COMMUTERS_TO_CORE
    assert options[0]["disabled"] == (year is None)


def test_the_notice_names_the_criteria_across_a_break(app):
    made = criteria.criteria_of(columns(criteria.DEFAULT_CRITERIA[1:3]))
    result = pd.DataFrame()
    result.attrs["crossing"] = [False, True]

    with app.server.test_request_context():
        notice = criteria.break_notice(result, made, "pl")
        name = criteria.criterion_name(made[1].indicator, "pl")
        result.attrs["crossing"] = [False, False]
        none = criteria.break_notice(result, made, "pl")

    assert none is None
    assert notice.className == "notice"
    assert notice.children == text("delimit_break", "pl").format(criteria=name)
