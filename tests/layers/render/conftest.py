"""Fixtures of the render tests: gmina labels, gmina cards and the SMK state report, made once."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pandas as pd
import pytest

from layers.analysis.dataset import gmina_labels
from layers.render.card import Card, CardTexts, gmina_card
from layers.render.report import Report, ReportTexts, state_report
from server.card import LABELS

SUFFIXES = {"1": "gm. miejska", "2": "gm. wiejska", "3": "gm. miejsko-wiejska"}
"""How a gmina's type follows its name in the labels."""
CARD_GMINAS = ("1261011", "1219053", "0201022")
"""Kraków, Wieliczka and Bolesławiec's rural gmina (outside Małopolska)."""
CARD_TEXTS = CardTexts(
    title="Karta gminy",
    lang="pl",
    labels={
        key: f"<{key}>" if key not in {"map_alt", "break", "flows_note"} else key for key in LABELS
    },
    scopes={"smk": "SMK", "malopolska": "Małopolska", "poland": "Polska"},
    gmina_types={"1": "miejska", "2": "wiejska", "3": "miejsko-wiejska"},
    attribution="Granice: PRG, GUGiK",
)
REPORT_TEXTS = ReportTexts(
    **{
        f.name: f"[{f.name}]"
        for f in fields(ReportTexts)
        if f.name not in {"series_break", "lang", "title"}
    },
    series_break="Przerwa w serii w {year} r.",
    title="Raport o stanie Metropolii",
    lang="pl",
)
REPORT_DAY = date(2026, 11, 28)


@pytest.fixture(scope="session")
def labels(dataset) -> pd.Series:
    """Every gmina's display name with its type, by TERYT."""
    return gmina_labels(dataset, SUFFIXES)


@pytest.fixture(scope="session")
def cards(dataset) -> dict[str, Card]:
    """The cards of :data:`CARD_GMINAS`, by TERYT."""
    names = dataset.store.gminas["name"]
    areas = {"SMK": dataset.areas["smk"]}
    return {
        code: gmina_card(dataset, code, CARD_TEXTS, areas, labels=names, created=date(2026, 12, 5))
        for code in CARD_GMINAS
    }


@pytest.fixture(scope="session")
def smk_steps() -> list[tuple[int, int]]:
    """The progress :func:`smk_report` reported, in order."""
    return []


@pytest.fixture(scope="session")
def smk_report(dataset, labels, smk_steps) -> Report:
    """The state report of SMK, its progress recorded in :func:`smk_steps`."""
    return state_report(
        dataset,
        "smk",
        labels,
        REPORT_TEXTS,
        REPORT_DAY,
        progress=lambda done, steps: smk_steps.append((done, steps)),
    )
