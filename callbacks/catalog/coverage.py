"""The catalog's per-indicator cells: coverage per year as small bars, and the build's findings."""

from __future__ import annotations

import pandas as pd
from dash import html

from layers.analysis.catalog import Indicator
from layers.analysis.catalog_coverage import quality_counts, year_coverage
from layers.render.numbers import formatted
from server.data import current_dataset
from server.i18n import text
from server.text_keys import QUALITY_ACTION_KEYS, QUALITY_CHECK_KEYS, SCOPE_KEYS

DEFAULT_SCOPE = "poland"
"""Scope of the bars when the coverage filter is open."""


def coverage_bars(indicator: Indicator, scope: str | None, lang: str) -> html.Div:
    """Return one small bar per year, as tall as the share of the scope's gminas with data.

    The bars are drawn for sighted readers; the same figures are the element's text
    alternative (``role="img"`` with an ``aria-label``) and its tooltip.
    """
    scope = scope or DEFAULT_SCOPE
    shares = year_coverage(current_dataset(), indicator, scope)
    scope_name = text(SCOPE_KEYS[scope], lang)
    years = ", ".join(
        f"{year} {formatted(share * 100, 0, lang)} %" for year, share in shares.items()
    )
    label = text("catalog_year_bars_alt", lang).format(scope=scope_name, years=years)
    bars = [
        html.Span(
            className="coverage-bar" + (" coverage-gap" if share == 0 else ""),
            style={"height": f"{max(share, 0.04) * 100:.0f}%"},
        )
        for share in shares
    ]
    return html.Div(
        [
            html.Small(text("catalog_year_bars", lang).format(scope=scope_name)),
            html.Div(
                bars, className="coverage-bars", role="img", title=label, **{"aria-label": label}
            ),
        ]
    )


def quality_lines(indicator_id: str, counts: pd.DataFrame, lang: str) -> html.Ul | html.Small:
    """Return the build's findings about one indicator, one line per check, or "no findings"."""
    mine = counts[counts["indicator"] == indicator_id]
    if mine.empty:
        return html.Small(text("catalog_quality_none", lang))
    template = text("catalog_quality_line", lang)
    return html.Ul(
        [
            html.Li(
                template.format(
                    check=text(QUALITY_CHECK_KEYS[row["check"]], lang),
                    count=formatted(row["count"], 0, lang),
                    action=text(QUALITY_ACTION_KEYS[row["action"]], lang),
                )
            )
            for row in mine.to_dict("records")
        ],
        className="quality-lines",
    )


def catalog_quality() -> pd.DataFrame:
    """Return the findings per indicator of the running app's store."""
    dataset = current_dataset()
    return quality_counts(dataset.store.quality, dataset.catalog.values())
