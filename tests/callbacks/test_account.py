"""The page's account controls: the sign-in link or the user's sign-out form, the "internal" box."""

from __future__ import annotations

import pytest

from callbacks.account import header_link, internal_check
from server.access import CSRF_FIELD, SIGN_IN_PATH, SIGN_OUT_PATH, csrf_token
from server.i18n import text
from tests.support.access_fixtures import asked_by


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_a_visitor_gets_the_sign_in_link_in_their_language(app, lang):
    with asked_by(app):
        link = header_link(lang)

    (anchor,) = [link.children]
    assert anchor.children == text("access_sign_in", lang)
    assert anchor.href == f"{SIGN_IN_PATH}?lang={lang}"


def test_a_signed_in_user_gets_their_name_and_a_sign_out_form_with_the_sessions_token(app):
    with asked_by(app, "ola"):
        form = header_link("en")
        token = csrf_token()

    assert (form.method, form.action) == ("post", SIGN_OUT_PATH)
    name, _, hidden, button = form.children
    assert name.children == "ola"
    assert (hidden.type, hidden.name, hidden.value) == ("hidden", CSRF_FIELD, token)
    assert button.children == text("access_sign_out", "en")


@pytest.mark.parametrize(("user", "disabled"), [(None, True), ("ola", False)])
def test_the_internal_box_is_for_signed_in_users_only(app, user, disabled):
    with asked_by(app, user):
        box = internal_check("some-id", "pl", "deck_internal")

    (option,) = box.options
    assert box.id == "some-id" and box.value == []
    assert option == {
        "label": text("deck_internal", "pl"),
        "value": "internal",
        "disabled": disabled,
    }
