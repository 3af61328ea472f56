"""``/karta/<teryt>``: a gmina's card as an HTML page, or as PDF with ``?f=pdf``.

The card is built for the person asking (visitors never see internal indicators or
areas), in the requested language (``?lang=``, else the page's cookie).
"""

from __future__ import annotations

from html import escape

import flask

from layers.analysis.gmina_profile import STANDING_SCOPES
from layers.errors import UnknownGminaError
from layers.render.card import CardTexts, gmina_card
from layers.render.card_html import card_html
from layers.render.card_pdf import card_pdf
from layers.render.dates import warsaw_today
from server.data import current_areas, current_dataset, current_labels
from server.i18n import ATTRIBUTION, requested_language, text
from server.text_keys import N_, SCOPE_KEYS, TYPE_KEYS

PATH = "/karta/<teryt>"
LABELS = {
    "figures": N_("card_figures"),
    "figures_caption": N_("card_figures_caption"),
    "standing": N_("card_standing"),
    "standing_help": N_("card_standing_help"),
    "neighbourhood": N_("card_neighbourhood"),
    "map_alt": N_("card_map_alt"),
    "flows": N_("card_flows"),
    "flows_out": N_("card_flows_out"),
    "flows_in": N_("card_flows_in"),
    "flows_note": N_("card_flows_note"),
    "notes": N_("card_notes"),
    "sources": N_("card_sources"),
    "break": N_("card_break"),
    "created": N_("card_created"),
    "indicator": N_("card_indicator"),
    "year": N_("card_year"),
    "value": N_("card_value"),
    "change_5": N_("card_change_5"),
    "change_10": N_("card_change_10"),
    "direction": N_("card_direction"),
    "partner": N_("card_partner"),
    "volume": N_("card_volume"),
    "share": N_("card_share"),
    "teryt": N_("card_teryt"),
    "type": N_("card_type"),
    "powiat": N_("card_powiat"),
    "voivodeship": N_("card_voivodeship"),
    "areas": N_("card_areas"),
}
"""The card's labels by name, each with its text's key."""


def card_texts(lang: str) -> CardTexts:
    """Return the card's texts in ``lang``."""
    return CardTexts(
        title=text("card_title", lang),
        lang=lang,
        labels={name: text(key, lang) for name, key in LABELS.items()},
        scopes={scope: text(SCOPE_KEYS[scope], lang) for scope in STANDING_SCOPES},
        gmina_types={digit: text(TYPE_KEYS[digit], lang) for digit in ("1", "2", "3")},
        attribution=ATTRIBUTION,
    )


def card_link(teryt: str, lang: str, file_format: str = "html") -> str:
    """Return the address of a gmina's card."""
    suffix = "&f=pdf" if file_format == "pdf" else ""
    return f"/karta/{teryt}?lang={lang}{suffix}"


def _areas(lang: str) -> dict[str, list[str]]:
    dataset = current_dataset()
    named = {text(SCOPE_KEYS[area], lang): list(dataset.areas[area]) for area in dataset.areas}
    return named | {area.name: list(area.members) for area in current_areas()}


def card(teryt: str) -> flask.Response:
    """Answer a gmina's card: HTML, or PDF with ``?f=pdf``; 404 for an unknown code."""
    lang = requested_language()
    try:
        built = gmina_card(
            current_dataset(),
            teryt,
            card_texts(lang),
            _areas(lang),
            labels=current_labels(lang),
            created=warsaw_today(),
        )
    except UnknownGminaError:
        message = escape(text("card_unknown", lang).format(teryt=teryt))
        page = f'<!DOCTYPE html><html lang="{lang}"><meta charset="utf-8"><p>{message}</p></html>'
        return flask.Response(page, status=404, mimetype="text/html")
    if flask.request.args.get("f") == "pdf":
        response = flask.Response(card_pdf(built), mimetype="application/pdf")
        name = f"karta_gminy_{teryt}.pdf"
        response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    return flask.Response(card_html(built), mimetype="text/html")


def init_app(server: flask.Flask) -> None:
    """Serve the gmina cards."""
    server.add_url_rule(PATH, "card", card)
