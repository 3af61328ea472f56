"""The page frame: title, language switch and the attribution line."""

from __future__ import annotations

import dash
from dash import Input, dcc, html

from callbacks import ids
from callbacks.access import header_link
from callbacks.i18n import ATTRIBUTION, LANGUAGES, text

TABS = ("tab_map", "tab_compare", "tab_areas", "tab_catalog", "tab_upload", "tab_views")
"""The tabs' values (their text keys), in page order; also what a link may name."""


def layout(lang: str, tabs: dict[str, list], frame: list) -> html.Div:
    """Return the page: header, ``frame`` (parts outside the tabs), the tabs, footer."""
    other = next(code for code in LANGUAGES if code != lang)
    return html.Div(
        [
            dcc.Store(id=ids.LANG_STORE, data=lang),
            html.Header(
                [
                    html.Div(
                        [
                            html.H1(text("title", lang), id=ids.PAGE_TITLE),
                            html.Span(text("subtitle", lang), className="subtitle"),
                        ]
                    ),
                    html.A(
                        text("other_lang", lang),
                        href=f"?lang={other}",
                        id=ids.LANG_LINK,
                        lang=other,
                        className="lang-switch",
                    ),
                    header_link(lang),
                ],
                className="page-header",
            ),
            *frame,
            html.Main(
                dcc.Tabs(
                    [
                        dcc.Tab(
                            html.Div(children, className=f"tab-{key}"),
                            label=text(key, lang),
                            value=key,
                        )
                        for key, children in tabs.items()
                    ],
                    id=ids.TABS,
                    value=next(iter(tabs)),
                ),
                className="page-main",
            ),
            html.Footer(ATTRIBUTION, id=ids.ATTRIBUTION, className="attribution"),
        ],
        lang=lang,
        className="page",
    )


SET_WINDOW_TITLE = "function(title) { document.title = title; }"
"""Browser-side: the window title follows the page heading, so it is in the page's language."""


def register(app: dash.Dash) -> None:
    """Wire the frame's browser-side callback."""
    app.clientside_callback(SET_WINDOW_TITLE, Input(ids.PAGE_TITLE, "children"))
