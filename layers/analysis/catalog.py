"""The indicator catalog (``geodata/indicators.toml``) as typed records."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from layers.errors import CatalogError, UnknownIndicatorError

POLARITIES = ("higher_better", "higher_worse", "neutral")
AGGREGATIONS = ("sum", "population_weighted_mean")
FORMULA_KINDS = ("variable", "ratio", "change_of")
LIST_FIELDS = ("years", "terms_pl", "terms_en", "unit_forms_pl", "unit_forms_en")
"""Fields the TOML gives as arrays, held as tuples (an indicator is immutable)."""
LEVELS = ("gmina", "powiat", "district")
"""The territorial level an indicator is published at: gminas, powiats, or Kraków's
districts (the city register's figures). A powiat or district figure is never a gmina's."""
SOURCE_DATE_KINDS = ("published", "retrieved", "as_of")
"""What an indicator's ``source_date`` is: the source's publication, the day it was
retrieved, or (when neither is known) the date the latest data describe."""


@dataclass(frozen=True)
class Indicator:
    """One indicator's metadata and the formula the data build uses for it."""

    id: str
    name_pl: str
    name_en: str
    unit_pl: str
    unit_en: str
    theme: str
    source: str
    definition_pl: str
    definition_en: str
    years: tuple[int, ...]
    polarity: str
    aggregation: str
    formula: dict
    decimals: int = 1
    series_break: int | None = None
    report: bool = False
    """A key indicator of the "Raport o stanie Metropolii"."""
    updated: str = ""
    """ISO date (or moment, UTC) its data last changed here: the store's build, a GUS BDL
    retrieval or an upload."""
    internal: bool = False
    """Seen only by signed-in officials (``internal = true`` in the catalog)."""
    source_date: str = ""
    """ISO date of the source itself (see ``source_date_kind``), not of our build."""
    source_date_kind: str = ""
    """One of :data:`SOURCE_DATE_KINDS`."""
    plausible: tuple[float, float] | None = None
    """Range a value is expected in; the build lists values outside it."""
    max_jump: float | None = None
    """Largest relative change between two years the build accepts without a break."""
    terms_pl: tuple[str, ...] = ()
    """Other words it is searched by, beside its name and definition ("bezrobocie" for
    "Bezrobotni": a word form no case ending leads to)."""
    terms_en: tuple[str, ...] = ()
    """The same in English."""
    unit_forms_pl: tuple[str, ...] = ()
    """The unit's forms after a number (one, few, many, other: "osoba", "osoby", "osób",
    "osoby") for a unit that is a noun; none for a symbol ("%", "zł")."""
    unit_forms_en: tuple[str, ...] = ()
    """The same in English (one, other)."""
    level: str = "gmina"
    """One of :data:`LEVELS`: the units the values belong to."""
    bdl_variable: int | None = None
    """GUS BDL variable id of the source variable the indicator is (or whose ratio it is):
    the BDL connector offers it for a refresh (:mod:`layers.ingest.bdl`)."""

    @property
    def is_change(self) -> bool:
        """Whether the value is a change over a period the user picks."""
        return "change_of" in self.formula

    def name(self, lang: str) -> str:
        """Return the name in ``lang`` (``"pl"`` or ``"en"``)."""
        return self.name_en if lang == "en" else self.name_pl

    def unit(self, lang: str) -> str:
        """Return the unit in ``lang``."""
        return self.unit_en if lang == "en" else self.unit_pl

    def unit_forms(self, lang: str) -> tuple[str, ...]:
        """Return the unit's forms after a number in ``lang`` (empty: the unit as it is)."""
        return self.unit_forms_en if lang == "en" else self.unit_forms_pl

    def terms(self, lang: str) -> tuple[str, ...]:
        """Return the search terms in ``lang``."""
        return self.terms_en if lang == "en" else self.terms_pl

    def definition(self, lang: str) -> str:
        """Return the definition in ``lang``."""
        return self.definition_en if lang == "en" else self.definition_pl

    def year_kept(self, year: int | None) -> int:
        """Return ``year`` if the indicator has it, else its latest year.

        What a map shows when the user picks this indicator with ``year`` chosen.
        """
        return year if year in self.years else max(self.years)

    def crosses_break(self, first_year: int, last_year: int) -> bool:
        """Whether the years ``first_year``..``last_year`` span the series break."""
        return self.series_break is not None and first_year < self.series_break <= last_year


Catalog = dict[str, Indicator]


def parsed_catalog(raw: dict) -> Catalog:
    """Return the catalog's indicators by id, checked for consistency.

    Parameters
    ----------
    raw
        The parsed TOML document with a list of ``indicator`` tables.

    Returns
    -------
    dict
        ``{id: Indicator}`` in the file's order.

    Raises
    ------
    CatalogError
        On a duplicate id, a missing field or an unknown polarity, aggregation or
        formula kind.
    """
    catalog: Catalog = {}
    for entry in raw.get("indicator", []):
        try:
            lists = {key: tuple(entry[key]) for key in LIST_FIELDS if key in entry}
            indicator = Indicator(**{**entry, **lists})
            if indicator.plausible is not None:
                low, high = (float(bound) for bound in indicator.plausible)
                indicator = dataclasses.replace(indicator, plausible=(low, high))
        except (TypeError, KeyError, ValueError) as error:
            raise CatalogError(f"indicator {entry.get('id')!r}: {error}") from error
        _check(indicator, catalog)
        catalog[indicator.id] = indicator
    return catalog


def _check(indicator: Indicator, catalog: Catalog) -> None:
    problems = [
        f"duplicate id {indicator.id!r}" if indicator.id in catalog else "",
        f"polarity {indicator.polarity!r}" if indicator.polarity not in POLARITIES else "",
        f"aggregation {indicator.aggregation!r}"
        if indicator.aggregation not in AGGREGATIONS
        else "",
        f"formula {indicator.formula!r}"
        if len(indicator.formula) != 1 or next(iter(indicator.formula)) not in FORMULA_KINDS
        else "",
        f"level {indicator.level!r}" if indicator.level not in LEVELS else "",
        f"bdl_variable {indicator.bdl_variable!r}"
        if indicator.bdl_variable is not None
        and (not isinstance(indicator.bdl_variable, int) or indicator.bdl_variable <= 0)
        else "",
        f"internal {indicator.internal!r}" if not isinstance(indicator.internal, bool) else "",
        f"source_date_kind {indicator.source_date_kind!r}"
        if indicator.source_date and indicator.source_date_kind not in SOURCE_DATE_KINDS
        else "",
        f"plausible {indicator.plausible!r}"
        if indicator.plausible is not None and indicator.plausible[0] > indicator.plausible[1]
        else "",
    ]
    problems = [problem for problem in problems if problem]
    if problems:
        raise CatalogError(f"indicator {indicator.id!r}: " + "; ".join(problems))


def indicator_of(catalog: Catalog, indicator_id: str) -> Indicator:
    """Return one indicator.

    Raises
    ------
    UnknownIndicatorError
        When the catalog has no such id.
    """
    if indicator_id not in catalog:
        raise UnknownIndicatorError(f"unknown indicator {indicator_id!r}")
    return catalog[indicator_id]
