"""Languages: negotiation, texts by key, error messages, counted nouns.

The texts themselves live in ``server/texts_pl.py`` and ``server/texts_en.py``.
"""

from __future__ import annotations

import flask

from layers.errors import GeoportalError
from layers.render.numbers import formatted, inflected
from layers.render.series import BreakTexts
from server.texts_en import TEXTS_EN
from server.texts_pl import TEXTS_PL

LANGUAGES = ("pl", "en")
DEFAULT_LANG = "pl"

ATTRIBUTION = (
    "Granice: PRG, GUGiK (uproszczone). Dane: GUS, Bank Danych Lokalnych (dane przetworzone)."
)
"""The source line the data's licence requires, shown in every language as published."""

TEXTS: dict[str, dict[str, str]] = {"pl": TEXTS_PL, "en": TEXTS_EN}
"""The texts by language (``server/texts_pl.py``, ``server/texts_en.py``), the same keys in each."""


def text(key: str, lang: str) -> str:
    """Return the text of ``key`` in ``lang`` (Polish for an unknown language)."""
    return TEXTS.get(lang, TEXTS[DEFAULT_LANG])[key]


def counted(count: int, noun: str, lang: str) -> str:
    """Return a count with its noun in the form the count asks for ("1 gmina", "3 gminy", "5 gmin").

    ``noun`` is the key of a text holding the noun's forms separated by ``|``, in the order
    of :data:`layers.render.numbers.PLURAL_FORMS` for the language.
    """
    return f"{formatted(count, 0, lang)} {inflected(count, text(noun, lang).split('|'), lang)}"


def error_text(error: GeoportalError, lang: str) -> str:
    """Return what the user reads of a domain error in ``lang`` (its code's text if it has one)."""
    key = f"error_{error.code}"
    return text(key, lang) if key in TEXTS[language(lang)] else str(error)


def language(value: str | None) -> str:
    """Return a supported language code for a requested one (Polish by default)."""
    return value if value in LANGUAGES else DEFAULT_LANG


DROPDOWN_LABELS = (
    "search",
    "clear_search",
    "clear_selection",
    "no_options",
    "select_all",
    "deselect_all",
    "selected_count",
)


def dropdown_labels(lang: str) -> dict[str, str]:
    """Return the texts a ``dcc.Dropdown`` shows (search box, empty result…) in ``lang``."""
    keys = {"no_options": "no_options_found"}
    return {keys.get(name, name): text(f"dropdown_{name}", lang) for name in DROPDOWN_LABELS}


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
    names = ("territory", "area", "area_note")  # keys panel_break_<name>
    return BreakTexts(*(text(f"panel_break_{name}", lang) for name in names))
