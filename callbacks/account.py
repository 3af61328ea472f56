"""The page's account controls: the header's sign-in link and the "internal" checkbox of forms."""

from __future__ import annotations

from dash import dcc, html

from server.access import (
    CSRF_FIELD,
    SIGN_IN_PATH,
    SIGN_OUT_PATH,
    csrf_token,
    signed_in,
    signed_in_user,
)
from server.i18n import text
from server.text_keys import N_


def header_link(lang: str) -> html.Div:
    """Return the header's "Zaloguj" link, or the user's name with a sign-out button."""
    user = signed_in_user()
    if user is None:
        return html.Div(
            html.A(text("access_sign_in", lang), href=f"{SIGN_IN_PATH}?lang={lang}"),
            className="access",
        )
    return html.Form(
        [
            html.Span(user, className="access-user"),
            " · ",
            dcc.Input(type="hidden", name=CSRF_FIELD, value=csrf_token()),
            html.Button(text("access_sign_out", lang), type="submit"),
        ],
        method="post",
        action=SIGN_OUT_PATH,
        className="access",
    )


def internal_check(component_id: str, lang: str, label: str = N_("area_internal")) -> dcc.Checklist:
    """Return the "internal" checkbox of a save form (disabled unless an official is signed in)."""
    option = {
        "label": text(label, lang),
        "value": "internal",
        "disabled": not signed_in(),
    }
    return dcc.Checklist(id=component_id, options=[option], value=[], inline=True)
