"""Indicator catalog: every indicator's metadata, searchable, with a way to map or download it."""

from __future__ import annotations

import dash
import pandas as pd
from dash import ALL, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.cards import card_links
from callbacks.catalog.coverage import catalog_quality, coverage_bars, quality_lines
from callbacks.explorer.levels import level_text
from callbacks.json_answers import plain_answer
from callbacks.page import on_first_showing
from layers.analysis.catalog import SOURCE_DATE_KINDS, Indicator
from layers.analysis.scopes import SCOPES
from layers.render.catalog_table import (
    catalog_rows,
    indicator_data,
    matching_indicators,
    theme_counts,
)
from layers.render.dates import period_label, shown_date, source_date_text
from layers.render.export import csv_bytes
from server.cache import cache
from server.data import current_dataset, current_unit_labels, gmina_options
from server.i18n import dropdown_labels, text
from server.text_keys import N_, POLARITY_KEYS, SCOPE_KEYS, SOURCE_DATE_KEYS, THEME_KEYS

HEADERS = {
    "name": N_("catalog_name"),
    "unit": N_("catalog_unit"),
    "level": N_("level_label"),
    "years": N_("catalog_years"),
    "coverage": N_("catalog_coverage"),
    "polarity": N_("catalog_polarity"),
    "source": N_("catalog_source"),
    "source_date": N_("catalog_source_date"),
    "updated": N_("catalog_updated"),
    "quality": N_("catalog_quality"),
    "actions": N_("catalog_actions"),
}
"""The table's columns (grouped by theme), each with its header's text (the level's shared)."""


def filter_options(lang: str) -> dict[str, list[dict]]:
    """Return the options of the theme (with counts), level and scope filters."""
    catalog = current_dataset().catalog
    counts = theme_counts(current_dataset(), list(catalog))
    levels = dict.fromkeys(indicator.level for indicator in catalog.values())
    return {
        "theme": [
            {"label": theme_label(theme, count, lang), "value": theme}
            for theme, count in counts.items()
        ],
        "level": [{"label": level_text(v, lang), "value": v} for v in levels],
        "scope": [
            {"label": text(SCOPE_KEYS[s], lang), "value": s}
            for s in ("smk", "malopolska", "poland")
        ],
    }


def theme_label(theme: str, count: int, lang: str) -> str:
    """Return a theme's name with how many indicators it holds."""
    return text("catalog_theme_count", lang).format(
        theme=text(THEME_KEYS[theme], lang), count=count
    )


def layout(lang: str) -> html.Div:
    """Return the search box, the filters, the (empty) table and the download target.

    The table is made when the tab is first shown (:func:`callbacks.page.on_first_showing`):
    the page opens without it.
    """
    filters = filter_options(lang)
    return html.Div(
        [
            html.H3(text("catalog_title", lang)),
            html.Div(
                [
                    html.Label(text("card_title", lang), htmlFor=ids.CATALOG_CARD_GMINA),
                    dcc.Dropdown(
                        id=ids.CATALOG_CARD_GMINA,
                        options=gmina_options(lang),
                        labels=dropdown_labels(lang),
                        placeholder=text("card_pick", lang),
                    ),
                    html.P(id=ids.CATALOG_CARD_LINKS, className="card-links"),
                ],
                className="catalog-card control",
            ),
            html.Div(
                [
                    dcc.Input(
                        id=ids.CATALOG_SEARCH,
                        type="search",
                        debounce=False,
                        placeholder=text("catalog_search", lang),
                    ),
                    *(
                        dcc.Dropdown(
                            id=component,
                            labels=dropdown_labels(lang),
                            placeholder=text(placeholder, lang),
                            options=filters[key],
                        )
                        for component, key, placeholder in (
                            (ids.CATALOG_THEME, "theme", N_("catalog_all_themes")),
                            (ids.CATALOG_LEVEL, "level", N_("catalog_all_levels")),
                            (ids.CATALOG_SCOPE, "scope", N_("catalog_any_scope")),
                        )
                    ),
                ],
                className="catalog-filters",
            ),
            html.Div(id=ids.CATALOG_TABLE, className="compare-table"),  # made when first shown
            dcc.Download(id=ids.CATALOG_DOWNLOAD),
        ],
        className="catalog",
    )


@cache.memoize()
def cached_rows() -> pd.DataFrame:
    """Return the catalog's coverage table (cached)."""
    return catalog_rows(current_dataset())


@cache.memoize()
def cached_quality() -> pd.DataFrame:
    """Return the build's findings per indicator (cached)."""
    return catalog_quality()


@cache.memoize()
def cached_bars(indicator_id: str, scope: str | None, lang: str) -> html.Div:
    """Return an indicator's coverage bars (cached)."""
    return coverage_bars(current_dataset().catalog[indicator_id], scope, lang)


def indicator_row(
    indicator_id: str, row: pd.Series, quality: pd.DataFrame, scope: str | None, lang: str
) -> html.Tr:
    """Return one indicator's row: metadata, coverage, findings and actions.

    ``row`` holds its coverage, ``scope`` chooses its bars, ``quality`` the build's findings.
    """
    indicator = current_dataset().catalog[indicator_id]
    coverage = [
        html.Div(f"{text(SCOPE_KEYS[s], lang)}: {row[f'covered_{s}']}/{row[f'total_{s}']}")
        for s in SCOPES
    ]
    coverage.append(cached_bars(indicator_id, scope, lang))
    actions = [
        html.Button(
            text("catalog_open", lang), id={"type": ids.CATALOG_OPEN, "index": indicator_id}
        ),
        html.Button(
            text("catalog_download", lang),
            id={"type": ids.CATALOG_DOWNLOAD_BUTTON, "index": indicator_id},
        ),
    ]
    return html.Tr(
        [
            html.Td(
                [
                    html.Strong(indicator.name(lang)),
                    html.Br(),
                    html.Small(indicator.definition(lang)),
                ]
            ),
            html.Td(indicator.unit(lang)),
            html.Td(level_text(indicator.level, lang)),
            html.Td(period_label(row["first_year"], row["last_year"])),
            html.Td(coverage),
            html.Td(text(POLARITY_KEYS[indicator.polarity], lang)),
            html.Td(indicator.source),
            html.Td(source_date(indicator, lang)),
            html.Td(shown_date(indicator.updated, lang) if indicator.updated else ""),
            html.Td(quality_lines(indicator_id, quality, lang)),
            html.Td(actions),
        ]
    )


def source_date(indicator: Indicator, lang: str) -> str:
    """Return the source's own date with what it is ("stan na 31 gru 2024"), not our build's."""
    templates = {kind: text(SOURCE_DATE_KEYS[kind], lang) for kind in SOURCE_DATE_KINDS}
    day = shown_date(indicator.source_date, lang) if indicator.source_date else ""
    return source_date_text(indicator.source_date_kind, day, templates)


def update_table(
    query: str | None, theme: str | None, level: str | None, scope: str | None, lang: str
) -> html.Div | html.P:
    """User types in the search box or picks a theme, level or scope: list what matches.

    One table per theme, captioned with the theme's name and how many indicators it shows.
    """
    dataset = current_dataset()
    scope = scope if scope in SCOPES else None  # a forged value lists as no filter
    found = matching_indicators(dataset, query or "", theme, lang, level=level, scope=scope)
    if not found:
        return html.P(text("catalog_nothing", lang))
    head = html.Thead(html.Tr([html.Th(text(key, lang), scope="col") for key in HEADERS.values()]))
    rows, quality = cached_rows(), cached_quality()
    tables = []
    for group, count in theme_counts(dataset, found).items():
        members = [i for i in found if dataset.catalog[i].theme == group]
        body = html.Tbody([indicator_row(i, rows.loc[i], quality, scope, lang) for i in members])
        caption = html.Caption(theme_label(group, count, lang))
        tables.append(html.Table([caption, head, body], className="catalog-theme"))
    return html.Div(tables)


def update_opened(clicks: list) -> tuple[str, str]:
    """User presses "show on the map": open the indicator in the map explorer."""
    if not any(clicks):
        raise PreventUpdate
    return ctx.triggered_id["index"], "tab_map"


def update_download(clicks: list, lang: str) -> dict:
    """User presses "download": send the indicator's values for every gmina and year as CSV."""
    if not any(clicks):
        raise PreventUpdate
    indicator_id = ctx.triggered_id["index"]
    table = indicator_data(current_dataset(), indicator_id, current_unit_labels(lang))
    return dcc.send_bytes(csv_bytes(table), f"{indicator_id}.csv")


def update_card_links(teryt: str | None, lang: str) -> list:
    """User picks a gmina: link its card (page and PDF)."""
    return card_links(teryt if teryt in current_dataset().codes else None, lang)


def register(app: dash.Dash) -> None:
    """Wire the catalog's callbacks."""
    app.callback(
        Output(ids.CATALOG_CARD_LINKS, "children"),
        Input(ids.CATALOG_CARD_GMINA, "value"),
        State(ids.LANG_STORE, "data"),
        prevent_initial_call=True,
    )(plain_answer(update_card_links))
    on_first_showing(
        app,
        "tab_catalog",
        output=Output(ids.CATALOG_TABLE, "children"),
        inputs={
            "query": Input(ids.CATALOG_SEARCH, "value"),
            "theme": Input(ids.CATALOG_THEME, "value"),
            "level": Input(ids.CATALOG_LEVEL, "value"),
            "scope": Input(ids.CATALOG_SCOPE, "value"),
        },
        state={"lang": State(ids.LANG_STORE, "data")},
    )(plain_answer(update_table))
    app.callback(
        Output(ids.INDICATOR_DROPDOWN, "value"),
        Output(ids.TABS, "value"),
        Input({"type": ids.CATALOG_OPEN, "index": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )(update_opened)
    app.callback(
        Output(ids.CATALOG_DOWNLOAD, "data"),
        Input({"type": ids.CATALOG_DOWNLOAD_BUTTON, "index": ALL}, "n_clicks"),
        State(ids.LANG_STORE, "data"),
        prevent_initial_call=True,
    )(update_download)
