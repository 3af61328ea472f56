"""Gmina boxes that search as Poles type: accent-free, word forms, names or TERYT codes."""

from __future__ import annotations

from collections.abc import Collection

from layers.analysis.search import folded, matching_gminas
from server.data import current_labels

MATCHES_SHOWN = 12


def searchable_gmina_options(codes: list[str], lang: str, typed: str = "") -> list[dict]:
    """Return dropdown options whose search text is accent-free, so "Swiatniki" finds them.

    ``typed`` is what the user typed when the server matched these gminas: the box
    filters its options again in the browser, by words of the label and this search
    text, so a case form the server understood ("z Krakowa") is added for it to keep them.
    """
    labels = current_labels(lang)
    said = f" {typed.lower()} {folded(typed)}" if typed.strip() else ""
    return [
        {"label": labels[code], "value": code, "search": f"{folded(labels[code])} {code}{said}"}
        for code in codes
        if code in labels.index
    ]


def gmina_options(
    search: str | None, kept: list[str], lang: str, within: Collection[str] | None = None
) -> list[dict]:
    """Return the options of a gmina box: the ``kept`` gminas, then those matching ``search``.

    ``within`` limits the matches to some gminas (a scope); all gminas when None.
    """
    labels = current_labels(lang)
    if within is not None:
        labels = labels[labels.index.isin(list(within))]
    matches = matching_gminas(labels, search or "", limit=MATCHES_SHOWN)
    return [
        *searchable_gmina_options(kept, lang),
        *searchable_gmina_options(
            [code for code in matches if code not in kept], lang, search or ""
        ),
    ]
