"""Text alternatives of an exported map: a title and a description of what it shows (WCAG 1.1.1).

The same words go into the image file (PNG text chunks, SVG ``<title>`` and ``<desc>``) and
under the export buttons, for a user to paste as the image's alt text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from layers.render.choropleth import ClassedValues, ViewRequest
from layers.render.legend import LegendRow, legend_rows
from layers.render.static_map import MapTexts, view_title

SVG_OPEN = re.compile(rb"<svg\b[^>]*>")
"""The opening tag of an SVG document's root element."""


@dataclass(frozen=True)
class AltText:
    """A map's text alternative: a short title and a description of its classes and source."""

    title: str
    description: str


def map_alt_text(classed: ClassedValues, request: ViewRequest, texts: MapTexts) -> AltText:
    """Return the text alternative of a view's exported map.

    Parameters
    ----------
    classed
        Values, classes and colours of the view (as the image draws them).
    request
        The view (the year or period of the title).
    texts
        The map's texts: scope, no-data label, attribution, language and the description's
        template (:attr:`MapTexts.description`).

    References
    ----------
    W3C, Web Content Accessibility Guidelines 2.1, success criterion 1.1.1 Non-text Content;
    W3C, SVG 1.1, 5.4 The ``desc`` and ``title`` elements.

    Examples
    --------
    ``Kartogram: Ludność [osoby], 2024 — Metropolia Krakowska (SMK, 15 gmin). … Klasy
    (liczba jednostek): 7 852 – 16 169 (3); …; brak danych (0). Źródło: GUS BDL …``
    """
    lang, indicator = texts.lang, classed.indicator
    rows = legend_rows(classed.classification, classed.colors, indicator.decimals, lang)
    if not any(row.nodata for row in rows):
        rows.append(LegendRow("", "", 0, nodata=True))  # "no data (0)" said too
    classes = "; ".join(f"{texts.nodata if r.nodata else r.label} ({r.count})" for r in rows)
    title = view_title(classed, request, texts.scope, lang)
    source = f"{indicator.source}; {texts.attribution}"
    description = texts.description.format(
        title=title, scope=texts.scope, classes=classes, source=source
    )
    return AltText(title, description)


def png_text(alt: AltText) -> dict[str, str]:
    """Return the PNG text chunks of an alternative (``Title``, ``Description``).

    Pillow writes each as ``tEXt`` when Latin-1 holds it, else as ``iTXt`` (UTF-8): Polish
    letters such as "ł" need the latter. Both are read back as the image's ``text``.
    """
    return {"Title": alt.title, "Description": alt.description}


def svg_with_text(svg: bytes, alt: AltText) -> bytes:
    """Return an SVG with ``<title>`` and ``<desc>`` first in its root, which names itself by them.

    The root gets ``role="img"`` and ``aria-labelledby`` pointing at both, so a screen
    reader reads the alternative where the SVG is embedded inline.
    """
    opening = SVG_OPEN.search(svg)
    if opening is None:
        return svg
    tag = opening.group(0)
    named = tag[:-1] + b' role="img" aria-labelledby="map-title map-desc">'
    elements = (
        f'<title id="map-title">{escape(alt.title)}</title>'
        f'<desc id="map-desc">{escape(alt.description)}</desc>'
    ).encode()
    return svg[: opening.start()] + named + elements + svg[opening.end() :]
