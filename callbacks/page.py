"""The page frame: title, language switch and the attribution line."""

from __future__ import annotations

from dash import dcc, html

from callbacks import ids
from callbacks.i18n import ATTRIBUTION, LANGUAGES, text


def layout(lang: str, features: list) -> html.Div:
    """Return the page: header, the features' layouts and the footer."""
    other = next(code for code in LANGUAGES if code != lang)
    return html.Div(
        [
            dcc.Store(id=ids.LANG_STORE, data=lang),
            html.Header(
                [
                    html.Div(
                        [
                            html.H1(text("title", lang)),
                            html.Span(text("subtitle", lang), className="subtitle"),
                        ]
                    ),
                    html.A(
                        text("other_lang", lang),
                        href=f"?lang={other}",
                        lang=other,
                        className="lang-switch",
                    ),
                ],
                className="page-header",
            ),
            html.Main(features, className="page-main"),
            html.Footer(ATTRIBUTION, id=ids.ATTRIBUTION, className="attribution"),
        ],
        lang=lang,
        className="page",
    )
