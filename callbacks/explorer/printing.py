"""The print layout of the explorer's view: paper, orientation, a note and "Print PDF"."""

from __future__ import annotations

from dataclasses import replace

import dash
from dash import Input, Output, State, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert
from callbacks.explorer.exports import map_style
from callbacks.explorer.map_view import view_controls
from layers.analysis.map_extent import checked_extent
from layers.errors import GeoportalError
from layers.render.print_layout import (
    ORIENTATIONS,
    PAPERS,
    PrintPage,
    print_file_name,
    print_view,
)
from layers.render.print_note import NOTE_LIMIT
from layers.render.static_map import SIZES
from server.data import current_dataset
from server.export_texts import print_texts
from server.i18n import text
from server.paint import view_request
from server.text_keys import N_

ORIENTATION_KEYS = {"portrait": N_("print_portrait"), "landscape": N_("print_landscape")}
"""Each page orientation's name."""
DEFAULT_PAPER, DEFAULT_ORIENTATION = "a4", "landscape"


def _choice(legend: str, component_id: str, options: list[dict], value: str) -> html.Fieldset:
    return html.Fieldset(
        [html.Legend(legend), dcc.RadioItems(id=component_id, options=options, value=value)],
        className="print-choice",
    )


def layout(lang: str) -> html.Div:
    """Return the print section of the export panel: paper, orientation, note, button."""
    papers = [{"label": paper.upper(), "value": paper} for paper in PAPERS]
    orientations = [{"label": text(ORIENTATION_KEYS[o], lang), "value": o} for o in ORIENTATIONS]
    return html.Div(
        [
            html.H4(text("print_heading", lang)),
            html.P(text("print_help", lang)),
            html.Div(
                [
                    _choice(text("print_paper", lang), ids.PRINT_PAPER, papers, DEFAULT_PAPER),
                    _choice(
                        text("print_orientation", lang),
                        ids.PRINT_ORIENTATION,
                        orientations,
                        DEFAULT_ORIENTATION,
                    ),
                ],
                className="save-row",
            ),
            html.Label(text("print_note_input", lang), htmlFor=ids.PRINT_NOTE),
            dcc.Textarea(id=ids.PRINT_NOTE, maxLength=NOTE_LIMIT, rows=3),
            html.Div(
                html.Button(text("print_button", lang), id=ids.PRINT_BUTTON), className="save-row"
            ),
            html.Div(id=ids.PRINT_NOTICE, role="status"),
            dcc.Download(id=ids.PRINT_DOWNLOAD),
        ],
        className="export-panel print-layout",
    )


def update_print(  # noqa: PLR0913 (one keyword per control)
    *,
    clicks: int | None,
    scope: str,
    indicator_id: str,
    year: int,
    options: dict,
    overlay: str | None,
    page: dict,
    extent: object,
    lang: str,
) -> tuple:
    """User presses "Print PDF": send the page of the current view, or say what is wrong.

    ``page`` holds the ``paper``, the ``orientation`` and the user's ``note``; ``extent``
    the bounds the map shows after a pan or zoom (the page shows them; none or unusable
    ones: the scope's whole extent). Nothing is cached: the page carries one user's note.
    """
    if not clicks:
        raise PreventUpdate
    try:
        request = view_request(scope, indicator_id, year, options)
        style = map_style(request, overlay, SIZES[next(iter(SIZES))], lang)
        printed = PrintPage(
            style.exported, outline=style.highlight, extent=checked_extent(extent), **page
        )
        texts = replace(print_texts(request.scope, lang), map=style.texts)
        content = print_view(current_dataset(), request, printed, texts)
    except GeoportalError as error:
        return dash.no_update, alert(error, lang)
    return dcc.send_bytes(content, print_file_name(request, printed)), None


def register(app: dash.Dash) -> None:
    """Wire the "Print PDF" button."""
    app.callback(
        output=[Output(ids.PRINT_DOWNLOAD, "data"), Output(ids.PRINT_NOTICE, "children")],
        inputs={"clicks": Input(ids.PRINT_BUTTON, "n_clicks")},
        state={
            **view_controls(State),
            "overlay": State(ids.AREA_OVERLAY, "value"),
            "page": {
                "paper": State(ids.PRINT_PAPER, "value"),
                "orientation": State(ids.PRINT_ORIENTATION, "value"),
                "note": State(ids.PRINT_NOTE, "value"),
            },
            "extent": State(ids.MAP_BOUNDS, "data"),
            "lang": State(ids.LANG_STORE, "data"),
        },
        prevent_initial_call=True,
    )(update_print)
