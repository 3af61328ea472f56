"""The page frame: title, language switch and the attribution line."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

import dash
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.a11y import tie_labels
from callbacks.account import header_link
from server.i18n import ATTRIBUTION, LANGUAGES, text
from server.text_keys import N_

TABS = (
    N_("tab_map"),
    N_("tab_compare"),
    N_("tab_areas"),
    N_("tab_spatial"),
    N_("tab_catalog"),
    N_("tab_upload"),
    N_("tab_views"),
)
"""The tabs' values (their text keys), in page order; also what a link may name."""
OPENED = {
    "tab_compare": ids.COMPARE_OPENED,
    "tab_areas": ids.AREAS_OPENED,
    "tab_spatial": ids.SPATIAL_OPENED,
    "tab_catalog": ids.CATALOG_OPENED,
}
"""Tabs whose maps and tables are made when the tab is first shown, not when the page opens,
and the store that turns true then."""
T = TypeVar("T")
SHOWN = "tab_shown"
"""The keyword of the tab's store in a named first-showing callback (left out of its call)."""


def on_first_showing(
    app: dash.Dash,
    tab: str,
    *,
    output: list[Output] | Output,
    inputs: dict[str, Input],
    state: dict[str, State] | None = None,
) -> Callable:
    """Return a decorator registering a callback made when ``tab`` is first shown.

    The callback does not run when the page opens: it runs when ``tab`` (a key of
    :data:`OPENED`) is first shown, by a click or a link, then whenever its own inputs
    change. Its ``inputs`` and ``state`` are keyed by the function's keyword parameters
    (Dash's flexible signature); the tab's store is added as a last input and left out of
    the call.
    """
    first_showing = Input(OPENED[tab], "data")

    def register(callback: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(callback)
        def answered(**values: object) -> T:
            del values[SHOWN]
            return callback(**values)

        app.callback(
            output=output,
            inputs={**inputs, SHOWN: first_showing},
            state=dict(state or {}),
            prevent_initial_call=True,
        )(answered)
        return callback

    return register


def mark_opened(*, tab: str, shown: dict[str, bool]) -> list:
    """User shows a tab: the first time, turn its :data:`OPENED` store true.

    ``shown`` is each first-shown tab's store by the tab's key.
    """
    marks = [True if key == tab and not shown[key] else dash.no_update for key in OPENED]
    if all(mark is dash.no_update for mark in marks):
        raise PreventUpdate
    return marks


def layout(lang: str, tabs: dict[str, list], frame: list) -> html.Div:
    """Return the page: skip link, header, ``frame`` (parts outside the tabs), tabs, footer.

    Its labels name the controls after them (:func:`callbacks.a11y.tie_labels`).
    """
    other = next(code for code in LANGUAGES if code != lang)
    page = html.Div(
        [
            html.A(text("skip_to_map", lang), href=f"#{ids.MAP_GRAPH}", className="skip-link"),
            dcc.Store(id=ids.LANG_STORE, data=lang),
            *(dcc.Store(id=store, data=False) for store in OPENED.values()),
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
            html.Span(text("tabs_label", lang), id=f"{ids.TABS}--label", hidden=True),
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
    return tie_labels(page)


SET_WINDOW_TITLE = "function(title) { document.title = title; }"
"""Browser-side: the window title follows the page heading, so it is in the page's language."""


def register(app: dash.Dash) -> None:
    """Wire the window title (in the browser) and the tabs' first showing."""
    app.clientside_callback(SET_WINDOW_TITLE, Input(ids.PAGE_TITLE, "children"))
    app.callback(
        output=[Output(store, "data") for store in OPENED.values()],
        inputs={"tab": Input(ids.TABS, "value")},
        state={"shown": {key: State(store, "data") for key, store in OPENED.items()}},
        prevent_initial_call=True,
    )(mark_opened)
