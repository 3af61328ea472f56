"""The delimitation's criteria rows and the notice of a base year across a series break.

The rows' controls and defaults (after Śleszyński), the criteria they describe, the base
years a change criterion may start from.
"""

from __future__ import annotations

import pandas as pd
from dash import dcc, html

from callbacks import ids
from callbacks.a11y import dom_id
from layers.analysis.commuter_rate import COMMUTERS_TO_CORE, COMMUTING
from layers.analysis.delimitation import Criterion
from layers.analysis.flows import flow_years
from server.data import current_dataset, indicator_options
from server.i18n import dropdown_labels, text
from server.text_keys import N_

DEFAULT_CRITERIA = (
    ("in_migrants_from_krakow_per_1000", ">=", 4.0, False, True),
    ("density", ">=", 150.0, False, False),
    ("population_change", ">=", 2.0, False, False),
    ("share_working", ">=", 1.0, True, False),
    ("own_revenue_per_capita", ">=", 0.8, True, False),
)
"""Indicator, comparison, threshold, relative to the median?, functional? — after Śleszyński."""
COMMUTING_CRITERION = (COMMUTERS_TO_CORE, ">=", 50.0, False, True)
"""The functional criterion when commuting flows are imported: Śleszyński's (2013) threshold."""


def commuting_year() -> int | None:
    """Return the year of the store's commuting flows, None when none are imported."""
    return flow_years(current_dataset().store.flows).get(COMMUTING)


def criterion_options(functional: bool, lang: str) -> list[dict]:
    """Return a row's indicators; the functional row also offers commuters to the core."""
    options = indicator_options(lang)
    if not functional:
        return options
    commuters = {
        "label": text("delimit_commuters", lang),
        "value": COMMUTERS_TO_CORE,
        "disabled": commuting_year() is None,
    }
    return [commuters, *options]


def criterion_name(indicator: str, lang: str) -> str:
    """Return a criterion's name: the catalog's, or that of commuters to the core."""
    if indicator == COMMUTERS_TO_CORE:
        return text("delimit_commuters", lang)
    return current_dataset().catalog[indicator].name(lang)


def commuting_note(lang: str) -> html.P:
    """Return how the commuting criterion is defined, or why it is unavailable."""
    year = commuting_year()
    if year is None:
        return html.P(text("delimit_commuters_off", lang), className="help")
    return html.P(text("delimit_commuters_on", lang).format(year=year), className="help")


def criterion_row(index: int, default: tuple, lang: str) -> html.Div:
    """Return the controls of one criterion."""
    indicator, operator, threshold, relative, functional = default
    kind = text(N_("delimit_functional") if functional else N_("delimit_other"), lang)
    return html.Div(
        [
            html.Span(kind, className="criterion-kind"),
            dcc.Dropdown(
                id={"type": ids.DELIMIT_INDICATOR, "index": index},
                value=indicator,
                clearable=True,
                labels=dropdown_labels(lang),
                options=criterion_options(functional, lang),
            ),
            dcc.Dropdown(
                id={"type": ids.DELIMIT_OPERATOR, "index": index},
                value=operator,
                clearable=False,
                options=[">=", "<="],
            ),
            html.Label(
                text("delimit_threshold", lang),
                htmlFor=dom_id({"type": ids.DELIMIT_THRESHOLD, "index": index}),
                className="visually-hidden",
            ),
            dcc.Input(
                id={"type": ids.DELIMIT_THRESHOLD, "index": index},
                type="number",
                value=threshold,
                debounce=True,
            ),
            dcc.Checklist(
                id={"type": ids.DELIMIT_RELATIVE, "index": index},
                value=["relative"] if relative else [],
                options=[{"label": text("delimit_relative", lang), "value": "relative"}],
            ),
        ],
        className="criterion",
        **{"data-functional": str(functional).lower()},
    )


def default_criteria() -> tuple[tuple, ...]:
    """Return the criteria rows' defaults: commuters to the core first once imported."""
    if commuting_year() is None:
        return DEFAULT_CRITERIA
    return (COMMUTING_CRITERION, *DEFAULT_CRITERIA[1:])


def base_year_options() -> list[int]:
    """Return the base years a change criterion may start from (population's, but the last)."""
    years = current_dataset().catalog["population"].years
    return [year for year in years if year < max(years)]


def criteria_of(rows: list[list], base_year: int | None = None) -> list[Criterion]:
    """Return the criteria the rows of controls describe (rows without an indicator skipped).

    ``base_year`` starts the periods of change criteria (None: the default period).
    """
    criteria = []
    for index, (indicator, operator, threshold, relative) in enumerate(zip(*rows, strict=True)):
        if indicator and threshold is not None:
            criteria.append(
                Criterion(
                    indicator=indicator,
                    threshold=float(threshold),
                    relative=bool(relative),
                    above=operator == ">=",
                    functional=DEFAULT_CRITERIA[index][4],
                    base_year=base_year,
                )
            )
    return criteria


def break_notice(result: pd.DataFrame, criteria: list[Criterion], lang: str) -> html.P | None:
    """Return a warning naming the criteria whose period spans a series break, if any."""
    crossing = [
        criterion_name(criterion.indicator, lang)
        for criterion, crosses in zip(criteria, result.attrs["crossing"], strict=True)
        if crosses
    ]
    if not crossing:
        return None
    names = ", ".join(crossing)
    return html.P(text("delimit_break", lang).format(criteria=names), className="notice")
