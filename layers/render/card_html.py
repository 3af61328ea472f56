"""The "Karta gminy" as one self-contained HTML page (images as data URIs, inline style)."""

from __future__ import annotations

from html import escape

import pandas as pd

from layers.render.card import Card
from layers.render.dates import written_date
from layers.render.report_html import STYLE, data_uri

CARD_STYLE = (
    STYLE
    + """
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.facts dt { font-weight: bold; } .maps { display: flex; flex-wrap: wrap; gap: 1rem; }
.maps figure { margin: 0; flex: 1 1 18rem; } td, th { overflow-wrap: normal; hyphens: auto; }
"""
)


def html_table(frame: pd.DataFrame, headers: list[str], caption: str) -> str:
    """Return a table with a caption, column headers and the first column as row headers."""
    head = "".join(f'<th scope="col">{escape(text)}</th>' for text in headers)
    body = "".join(
        "<tr>"
        + f'<th scope="row">{escape(str(row[0]))}</th>'
        + "".join(f'<td class="number">{escape(str(cell))}</td>' for cell in row[1:])
        + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return (
        f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _figure(png: bytes, caption: str, alt: str) -> str:
    return (
        f'<figure><img src="{data_uri(png)}" alt="{escape(alt)}">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


def card_html(card: Card) -> bytes:
    """Return the card as one UTF-8 HTML page that loads nothing from outside.

    Parameters
    ----------
    card
        Content from :func:`layers.render.card.gmina_card`.
    """
    texts, labels = card.texts, card.texts.labels
    title = f"{texts.title}: {card.name}"
    facts = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in card.facts)
    maps = "".join(
        _figure(m.png, m.title, labels["map_alt"].format(title=m.title, gmina=card.name))
        for m in card.maps
    )
    figure_headers = [labels[key] for key in card.figures.columns]
    standing_headers = [labels["indicator"], *(texts.scopes[s] for s in card.standings.columns[1:])]
    flow_headers = [labels[key] for key in card.flows.columns]
    notes = "".join(f"<li>{escape(note)}</li>" for note in card.notes)
    page = (
        f'<!DOCTYPE html><html lang="{texts.lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CARD_STYLE}</style></head><body><main>"
        f'<h1>{escape(title)}</h1><dl class="facts">{facts}</dl>'
        f"<h2>{escape(labels['figures'])}</h2>"
        + html_table(card.figures, figure_headers, labels["figures_caption"])
        + f"<h2>{escape(labels['standing'])}</h2><p>{escape(labels['standing_help'])}</p>"
        + html_table(card.standings, standing_headers, labels["standing"])
        + f'<h2>{escape(labels["neighbourhood"])}</h2><div class="maps">{maps}</div>'
        + f"<h2>{escape(labels['flows'])}</h2>"
        + html_table(card.flows, flow_headers, labels["flows"])
        + f"<h2>{escape(labels['notes'])}</h2><ul>{notes}</ul>"
        f"<p>{escape(labels['created'])}: {written_date(card.created, texts.lang)}</p></main>"
        f'<footer class="attribution">{escape(texts.attribution)}</footer></body></html>'
    )
    return page.encode("utf-8")
