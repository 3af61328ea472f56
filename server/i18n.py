"""Languages: negotiation, texts by key, error messages, counted nouns.

The texts live in gettext catalogs, ``server/locale/<lang>/LC_MESSAGES/messages.po`` (msgid = the
text's key), compiled to ``.mo`` by ``make catalogs`` and read through Babel's ``Translations``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import flask
from babel.support import Translations

from layers.errors import GeoportalError
from layers.render.numbers import formatted
from layers.render.series import BreakTexts
from server.text_keys import ERROR_KEYS, N_

LANGUAGES = ("pl", "en")
DEFAULT_LANG = "pl"

ATTRIBUTION = (
    "Granice: PRG, GUGiK (uproszczone). Dane: GUS, Bank Danych Lokalnych (dane przetworzone)."
)
"""The source line the data's licence requires, shown in every language as published."""

LOCALES = Path(__file__).resolve().parent / "locale"
"""Where the catalogs are: ``<lang>/LC_MESSAGES/messages.po`` and its compiled ``.mo``."""


def translations(lang: str) -> Translations:
    """Return the compiled catalog of ``lang`` (Polish for an unknown language)."""
    return _compiled(language(lang))


@cache
def _compiled(lang: str) -> Translations:
    path = LOCALES / lang / "LC_MESSAGES" / "messages.mo"
    source = path.with_suffix(".po")
    if not path.is_file() or path.stat().st_mtime < source.stat().st_mtime:
        raise FileNotFoundError(f"{path} is missing or older than its .po: run `make catalogs`")
    with path.open("rb") as stream:
        return Translations(stream, domain="messages")


def text(key: str, lang: str) -> str:
    """Return the text of ``key`` in ``lang`` (Polish for an unknown language)."""
    return translations(lang).gettext(key)


def text_in(context: str, key: str, lang: str) -> str:
    """Return the text of ``key`` in ``context`` (``msgctxt``): one word of two meanings."""
    return str(translations(lang).pgettext(context, key))


def has_text(key: str, lang: str) -> bool:
    """Tell whether the catalog of ``lang`` has ``key`` (gettext answers a missing one by it)."""
    return text(key, lang) != key


def counted(count: int, noun: str, lang: str) -> str:
    """Return a count with its noun in the form the count asks for ("1 gmina", "3 gminy", "5 gmin").

    ``noun`` is the key of a plural entry of the catalogs (``msgid_plural``, Polish three forms).
    """
    return f"{formatted(count, 0, lang)} {translations(lang).ngettext(noun, noun, count)}"


def error_text(error: GeoportalError, lang: str) -> str:
    """Return what the user reads of a domain error in ``lang`` (its code's text if it has one)."""
    key = ERROR_KEYS.get(error.code)
    return text(key, lang) if key else str(error)


def language(value: str | None) -> str:
    """Return a supported language code for a requested one (Polish by default)."""
    return value if value in LANGUAGES else DEFAULT_LANG


DROPDOWN_LABELS = {
    "search": N_("dropdown_search"),
    "clear_search": N_("dropdown_clear_search"),
    "clear_selection": N_("dropdown_clear_selection"),
    "no_options": N_("dropdown_no_options"),
    "select_all": N_("dropdown_select_all"),
    "deselect_all": N_("dropdown_deselect_all"),
    "selected_count": N_("dropdown_selected_count"),
}
"""The texts of a ``dcc.Dropdown`` by the name Dash gives them (but ``no_options``)."""


def dropdown_labels(lang: str) -> dict[str, str]:
    """Return the texts a ``dcc.Dropdown`` shows (search box, empty result…) in ``lang``."""
    keys = {"no_options": "no_options_found"}
    return {keys.get(name, name): text(key, lang) for name, key in DROPDOWN_LABELS.items()}


LANG_COOKIE = "lang"


def requested_language() -> str:
    """Return the language of ``?lang=``, else of the cookie it left, else Polish."""
    if not flask.has_request_context():
        return language(None)
    request = flask.request
    return language(request.values.get(LANG_COOKIE) or request.cookies.get(LANG_COOKIE))


def remember_language(response: flask.Response) -> flask.Response:
    """Keep ``?lang=`` in a cookie, so the layout request that follows the page gets it."""
    if LANG_COOKIE in flask.request.args:
        response.set_cookie(LANG_COOKIE, requested_language(), samesite="Lax", httponly=True)
    return response


def break_texts(lang: str) -> BreakTexts:
    """Return the texts of a gmina's own break marks on a time series, in ``lang``."""
    keys = (N_("panel_break_territory"), N_("panel_break_area"), N_("panel_break_area_note"))
    return BreakTexts(*(text(key, lang) for key in keys))
