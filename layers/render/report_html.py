"""The "Raport o stanie Metropolii" as one self-contained HTML file (images as data URIs)."""

from __future__ import annotations

import base64
from html import escape

import pandas as pd

from layers.render.dates import written_date
from layers.render.report import Report, Section

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222; }
h1 { font-size: 2rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2.5rem; }
img { max-width: 100%; height: auto; } table { border-collapse: collapse; }
th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #eee; text-align: left; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.attribution { color: #555; font-size: 0.9rem; }
"""
"""Inline stylesheet: the file needs nothing from outside (system fonts only)."""


def data_uri(png: bytes) -> str:
    """Return a PNG as a ``data:`` URI to embed in the page."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _table(ranking: pd.DataFrame, report: Report) -> str:
    texts = report.texts
    head = f"<tr><th>{escape(texts.rank)}</th><th>{escape(texts.gmina)}</th>"
    head += f"<th>{escape(texts.value)}</th></tr>"
    parts = []
    for part, rows in ranking.groupby("part", sort=False):
        caption = texts.bottom if part == "bottom" else texts.top
        body = "".join(
            f"<tr><td>{row.rank}</td><td>{escape(str(row.name))}</td>"
            f'<td class="number">{escape(row.value)}</td></tr>'
            for row in rows.itertuples(index=False)
        )
        title = f"<caption>{escape(caption)}</caption>" if ranking["part"].nunique() > 1 else ""
        parts.append(f"<table>{title}<thead>{head}</thead><tbody>{body}</tbody></table>")
    return "".join(parts)


def _section(section: Section, report: Report) -> str:
    indicator, lang = section.indicator, report.texts.lang
    title = f"{indicator.name(lang)} [{indicator.unit(lang)}], {section.period}"
    return (
        f"<section><h2>{escape(title)}</h2>"
        f'<img src="{data_uri(section.map_png)}" alt="{escape(title)}">'
        f"{_table(section.ranking, report)}</section>"
    )


def _spatial_sections(report: Report) -> str:
    """Return the clusters section and the outlook section (chart and table per scenario)."""
    texts, outlook = report.texts, report.outlook
    head = [texts.scenario, *(str(c) for c in outlook.table.columns[1:-1]), texts.change]
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>"
        for row in outlook.table.itertuples(index=False)
    )
    table = (
        "<table><thead><tr>"
        + "".join(f"<th>{escape(cell)}</th>" for cell in head)
        + f"</tr></thead><tbody>{rows}</tbody></table>"
    )
    return (
        f"<section><h2>{escape(texts.clusters)}</h2><p>{escape(texts.clusters_help)}</p>"
        f'<img src="{data_uri(report.clusters.png)}" alt="{escape(texts.clusters)}"></section>'
        f"<section><h2>{escape(texts.outlook)}</h2>"
        f"<p>{escape(texts.outlook_help.format(**outlook.backtest))}</p>"
        f'<img src="{data_uri(outlook.png)}" alt="{escape(texts.outlook)}">{table}</section>'
    )


def report_html(report: Report) -> bytes:
    """Return the report as one UTF-8 HTML page that loads nothing from outside.

    Parameters
    ----------
    report
        Content from :func:`layers.render.report.state_report`.

    Returns
    -------
    bytes
        Cover, one section per key indicator (map and ranking), the SMK time series, the
        clusters of the key indicators, the SMK outlook and the notes; images are PNG data
        URIs and the stylesheet is inline.
    """
    texts = report.texts
    notes = "".join(
        f"<h3>{escape(heading)}</h3><p>{escape(paragraph)}</p>"
        for heading, paragraph in report.notes
    )
    page = (
        f'<!DOCTYPE html><html lang="{texts.lang}"><head><meta charset="utf-8">'
        f"<title>{escape(texts.title)}</title><style>{STYLE}</style></head><body>"
        f"<header><h1>{escape(texts.title)}</h1><p>{escape(texts.scope)}</p>"
        f"<p>{escape(texts.created)}: {written_date(report.created, texts.lang)}</p>"
        f'<p class="attribution">{escape(texts.attribution)}</p></header>'
        + "".join(_section(section, report) for section in report.sections)
        + f"<section><h2>{escape(texts.series)}</h2><p>{escape(texts.series_help)}</p>"
        f'<img src="{data_uri(report.series_png)}" alt="{escape(texts.series)}"></section>'
        + _spatial_sections(report)
        + f"<section><h2>{escape(texts.notes)}</h2>{notes}</section></body></html>"
    )
    return page.encode("utf-8")
