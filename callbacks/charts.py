"""How every Plotly chart of the page behaves: a short toolbar in the page's language, no cloud.

Plotly's own strings (toolbar tooltips, notices) and number format are given to each
graph as a locale in its ``config`` (Dash passes ``locales`` to Plotly), so nothing is
fetched and the English text never shows on a Polish page.
"""

from __future__ import annotations

PLOTLY_PL = {
    "dictionary": {
        "Autoscale": "Dopasuj skalę",
        "Box Select": "Zaznacz prostokątem",
        "Compare data on hover": "Porównaj dane pod kursorem",
        "Double-click on legend to isolate one trace": (
            "Kliknij dwukrotnie legendę, aby pokazać jedną serię"
        ),
        "Double-click to zoom back out": "Kliknij dwukrotnie, aby oddalić",
        "Download plot": "Pobierz wykres",
        "Download plot as a PNG": "Pobierz wykres jako PNG",
        "Lasso Select": "Zaznacz lassem",
        "Pan": "Przesuń",
        "Reset": "Przywróć",
        "Reset axes": "Przywróć osie",
        "Reset view": "Przywróć widok",
        "Reset views": "Przywróć widoki",
        "Show closest data on hover": "Pokaż najbliższe dane pod kursorem",
        "Snapshot succeeded": "Zapisano obraz",
        "Taking snapshot - this may take a few seconds": (
            "Zapisywanie obrazu – to może potrwać kilka sekund"
        ),
        "Toggle Spike Lines": "Linie pomocnicze",
        "Toggle show closest data on hover": "Pokaż lub ukryj najbliższe dane pod kursorem",
        "Zoom": "Powiększ obszar",
        "Zoom in": "Przybliż",
        "Zoom out": "Oddal",
    },
    "format": {
        "days": ["niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"],
        "shortDays": ["nie", "pon", "wto", "śro", "czw", "pią", "sob"],
        "months": [
            "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
            "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień",
        ],
        "shortMonths": [
            "sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru",
        ],
        "date": "%d.%m.%Y",
        "decimal": ",",
        "thousands": "\u00a0",
    },
}  # fmt: skip
"""Plotly's Polish locale: its toolbar's strings and the Polish number and date format."""
SHOWN_BUTTONS = [["toImage"], ["zoom2d", "pan2d", "resetScale2d"]]
"""The only toolbar buttons a chart shows, in groups: save as PNG; zoom, pan and reset.
Nothing else, above all nothing that sends the chart to a third-party cloud."""
IMAGE = {"format": "png", "scale": 2}
"""The saved PNG: twice the size shown, sharp on a slide."""


def chart_config(lang: str, **extra: object) -> dict:
    """Return a graph's ``config`` for a page in ``lang``, with ``extra`` settings added."""
    config = {
        "displaylogo": False,
        "showSendToCloud": False,
        "showEditInChartStudio": False,
        "modeBarButtons": SHOWN_BUTTONS,
        "toImageButtonOptions": IMAGE,
        "locale": lang,
        **extra,
    }
    if lang == "pl":
        config["locales"] = {"pl": PLOTLY_PL}
    return config
