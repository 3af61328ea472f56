"""The one way a callback shows a domain error to the user."""

from __future__ import annotations

from dash import html

from layers.errors import GeoportalError
from server.i18n import error_text


def alert(error: GeoportalError, lang: str) -> html.Div:
    """Return a visible alert with the error's text in the user's language (``error_text``)."""
    return shown_alert(error_text(error, lang))


def shown_alert(message: str) -> html.Div:
    """Return a visible alert with ``message``, already in the user's language."""
    return html.Div(message, className="alert", role="alert")
