"""What a user sees when a callback fails: a notice in their language, never a server error.

Each callback shows the domain errors it expects (:class:`layers.errors.GeoportalError`)
beside its own controls. Whatever else escapes a callback ends here, through Dash's
``on_error``: a domain error (an unreachable database, a write the asker may not make, a
value no control holds) gets its own message and one warning line in the log, an
indicator the asker cannot see gets no answer at all, any other error is logged with its
traceback and the user gets a general message. Either way the callback's outputs stay
as they were and the answer is an ordinary one.
"""

from __future__ import annotations

import logging

import dash
import flask
from dash import Input, Output, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from callbacks.alerts import alert, shown_alert
from layers.errors import GeoportalError, UnknownIndicatorError
from server.i18n import requested_language, text

LOG = logging.getLogger(__name__)


DISMISS = "function(clicks) { return null; }"
"""Browser-side: a click on the notice clears it."""


def layout(lang: str) -> html.Div:
    """Return the page's notice, empty until a callback fails; a click dismisses it."""
    return html.Div(
        id=ids.PAGE_NOTICE,
        className="notice dismissable",
        role="alert",
        lang=lang,
        title=text("notice_dismiss", lang),
    )


def callback_failed(error: Exception) -> None:
    """Handle an error a callback raised (Dash ``on_error``): log it, show the notice.

    Raises
    ------
    PreventUpdate
        For an unknown indicator: visitors' data lack internal indicators, so a request
        for one (or a made-up id) reaches a callback as unknown, and gets Dash's "no
        update" (204), which tells nothing of what exists.
    """
    if isinstance(error, UnknownIndicatorError):
        raise PreventUpdate from error
    lang = requested_language()
    output = (flask.request.get_json(silent=True) or {}).get("output")
    if isinstance(error, GeoportalError):  # the database down, a write refused, a bad value
        LOG.warning("callback %s refused: %s (%s)", output, error.code, error)
        notice = alert(error, lang)
    else:
        LOG.error("callback %s failed", output, exc_info=error)
        notice = unexpected(lang)
    dash.set_props(ids.PAGE_NOTICE, {"children": notice})


def unexpected(lang: str) -> html.Div:
    """Return the page notice of an unexpected failure, in ``lang``."""
    return shown_alert(text("error_unexpected", lang))


def register(app: dash.Dash) -> None:
    """Wire the notice's dismissal (in the browser)."""
    app.clientside_callback(
        DISMISS,
        Output(ids.PAGE_NOTICE, "children"),
        Input(ids.PAGE_NOTICE, "n_clicks"),
        prevent_initial_call=True,
    )
