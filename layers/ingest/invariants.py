"""Data invariants the build checks: what breaks one becomes a gap or a line of its report.

Every check returns *findings*: rows ``check, subject, teryt, year, value, action`` where
``action`` says what the build did (``missing``: the figure is left out, so it shows as a
gap, never as zero; ``merged``; ``dropped``: a unit the map has no polygon for;
``listed``: kept, for a person to judge). The build writes them to the store's quality
table (:data:`layers.store.io.QUALITY_FILE`) and prints how many there are.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from layers.analysis.catalog import Catalog
from layers.analysis.derivation import TERRITORIAL_VARIABLES, values_table
from layers.ingest.sources import PartsRule, SourceColumn

FINDING_COLUMNS = ["check", "subject", "teryt", "year", "value", "action"]
CHECKS = {
    "parts_total": "a total below (or, exactly, unequal to) the sum of its parts in one row",
    "unit_parts": "an urban-rural gmina unequal to the sum of its town and rural parts",
    "zero_year": "a whole year of zeros where other years are not",
    "split_merged": "a gmina split off in 2025 added to its parent (the map's territory)",
    "split_territory": "a parent's figure of its reduced territory, with no child to add",
    "unmatched_code": "a gmina code of a source with no polygon (a unit that no longer exists)",
    "zero_gap": "a zero a source cannot mean (a powiat's average salary): no data, left out",
    "other_territory": "a ratio whose denominator exists only for another territory",
    "implausible": "a value outside the indicator's plausible range",
    "jump": "a change between two years above the indicator's limit, with no break",
}
"""Each check's code and what it finds (README's "Data quality" lists them)."""


def no_findings() -> pd.DataFrame:
    """Return an empty findings table."""
    return pd.DataFrame(
        {
            "check": pd.Series(dtype=str),
            "subject": pd.Series(dtype=str),
            "teryt": pd.Series(dtype=str),
            "year": pd.Series(dtype=int),
            "value": pd.Series(dtype=float),
            "action": pd.Series(dtype=str),
        }
    )


def findings(check: str, subject: str, rows: pd.DataFrame, action: str) -> pd.DataFrame:
    """Return findings of one check from rows with ``teryt``, ``year`` and ``value``."""
    if rows.empty:
        return no_findings()
    return pd.DataFrame(
        {
            "check": check,
            "subject": subject,
            "teryt": rows["teryt"].astype(str).to_numpy(),
            "year": rows["year"].astype(int).to_numpy(),
            "value": rows["value"].astype(float).to_numpy(),
            "action": action,
        }
    )


def parts_checked(
    frame: pd.DataFrame, path: str, rules: tuple[PartsRule, ...]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return a source file whose totals that contradict their parts are missing.

    Parameters
    ----------
    frame
        The file as read (strings), with ``teryt`` and ``year``.
    path
        Its path; only the rules (:class:`layers.ingest.sources.PartsRule`) of this path apply.
    rules
        Totals and parts within a row.

    Returns
    -------
    tuple of pandas.DataFrame
        A copy of ``frame`` with the total and its dependent columns emptied where
        ``total < sum(parts)`` (or, for an exact rule with every part present,
        ``total != sum(parts)``), and the findings (``parts_total``).
    """
    found = [no_findings()]
    frame = frame.copy()
    for rule in (rule for rule in rules if rule.path == path):
        total = pd.to_numeric(frame[rule.total], errors="coerce")
        parts = frame[list(rule.parts)].apply(pd.to_numeric, errors="coerce")
        summed = parts.sum(axis=1, min_count=1)
        below = total < summed - 0.5
        unequal = rule.exact & parts.notna().all(axis=1) & ((total - summed).abs() > 0.5)
        broken = below | unequal
        rows = pd.DataFrame({"teryt": frame["teryt"], "year": frame["year"], "value": total})
        found.append(findings("parts_total", f"{path}:{rule.total}", rows[broken], "missing"))
        frame.loc[broken, [rule.total, *rule.dependents]] = np.nan
    return frame, pd.concat(found, ignore_index=True)


def unit_parts_checked(long: pd.DataFrame, spec: SourceColumn) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return rows where an urban-rural gmina that is not the sum of its two parts is missing.

    Parameters
    ----------
    long
        Rows ``teryt, year, value`` of gminas and of town (type 4) and rural (5) parts.
    spec
        The source column (:class:`layers.ingest.sources.SourceColumn`); its
        ``resolution`` is the rounding allowed.

    Returns
    -------
    tuple of pandas.DataFrame
        The rows without the broken totals, and the findings (``unit_parts``). Parts that
        are all zero while the gmina is not are a source's way of saying "no data" for
        the parts: the gmina's total stands.
    """
    kind = long["teryt"].str[6]
    parts = long[kind.isin(["4", "5"])]
    summed = parts.groupby([parts["teryt"].str[:6], "year"])["value"].agg(["sum", "count"])
    totals = long[kind == "3"]
    keyed = totals.assign(base=totals["teryt"].str[:6]).join(summed, on=["base", "year"])
    tolerance = 2 * spec.resolution
    broken = (keyed["count"] == 2) & (keyed["sum"] > 0)
    broken &= (keyed["value"] - keyed["sum"]).abs() > tolerance
    found = findings("unit_parts", spec.variable, keyed[broken], "missing")
    return long.drop(index=keyed.index[broken]), found


def zero_years_dropped(table: pd.DataFrame, key: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return a long table without any year in which every gmina of a series is 0.

    Parameters
    ----------
    table
        Rows ``teryt, <key>, year, value``.
    key
        The series column (``variable`` or ``indicator``).

    Returns
    -------
    tuple of pandas.DataFrame
        The table without those years (a source's zeros for "no data") when the series
        is not 0 in every year and the year holds more than one gmina; the findings
        (``zero_year``).
    """
    zero = table["value"] == 0
    by_year = zero.groupby([table[key], table["year"]]).agg(["all", "size"])
    by_series = zero.groupby(table[key]).all()
    empty = by_year[by_year["all"] & (by_year["size"] > 1)].reset_index()
    empty = empty[~empty[key].map(by_series).astype(bool).to_numpy()]
    hit = table.set_index([key, "year"]).index.isin(empty.set_index([key, "year"]).index)
    found = [findings("zero_year", name, rows, "missing") for name, rows in table[hit].groupby(key)]
    return table[~hit].reset_index(drop=True), pd.concat([no_findings(), *found])


def other_territory(
    catalog: Catalog, variables: pd.DataFrame, values: pd.DataFrame, territorial: frozenset[str]
) -> pd.DataFrame:
    """Return the findings of ratios to a territory's property left out for want of one.

    A numerator row whose gmina has the property (area) only in editions of another
    territory (across a break) has no value; each such row is one finding.
    """
    found = [no_findings()]
    for indicator in catalog.values():
        numerator, denominator, _ = indicator.formula.get("ratio", (None, None, None))
        if denominator not in territorial:
            continue
        rows = variables[variables["variable"] == numerator]
        rows = rows[
            rows["teryt"].isin(variables.loc[variables["variable"] == denominator, "teryt"])
        ]
        held = values[values["indicator"] == indicator.id].set_index(["teryt", "year"]).index
        lost = rows[~rows.set_index(["teryt", "year"]).index.isin(held)]
        found.append(findings("other_territory", indicator.id, lost, "missing"))
    return pd.concat(found, ignore_index=True)


def implausible(catalog: Catalog, values: pd.DataFrame) -> pd.DataFrame:
    """Return the findings of values outside their indicator's ``plausible`` range."""
    found = [no_findings()]
    for indicator in catalog.values():
        if indicator.plausible is None:
            continue
        low, high = indicator.plausible
        rows = values[values["indicator"] == indicator.id]
        outside = rows[(rows["value"] < low) | (rows["value"] > high)]
        found.append(findings("implausible", indicator.id, outside, "listed"))
    return pd.concat(found, ignore_index=True)


def unexplained_jumps(catalog: Catalog, values: pd.DataFrame, breaks: pd.DataFrame) -> pd.DataFrame:
    """Return the findings of changes between successive years above an indicator's limit.

    Parameters
    ----------
    catalog
        Indicators; those with ``max_jump`` are checked.
    values
        The long values table.
    breaks
        The gminas' breaks (:mod:`layers.analysis.territory`): a jump into a break's
        year is explained, as is one into the indicator's ``series_break``.

    Returns
    -------
    pandas.DataFrame
        Findings ``jump`` (listed): ``year`` the later year, ``value`` the relative change.
    """
    found = [no_findings()]
    explained = breaks.set_index(["teryt", "year"]).index
    for indicator in catalog.values():
        if indicator.max_jump is None:
            continue
        rows = values[values["indicator"] == indicator.id].sort_values(["teryt", "year"])
        before = rows.groupby("teryt")[["year", "value"]].shift()
        change = rows["value"] / before["value"] - 1
        jump = (before["year"] == rows["year"] - 1) & (change.abs() > indicator.max_jump)
        jump &= rows["year"] != (indicator.series_break or 0)
        jump &= ~rows.set_index(["teryt", "year"]).index.isin(explained)
        found.append(
            findings("jump", indicator.id, rows[jump].assign(value=change[jump]), "listed")
        )
    return pd.concat(found, ignore_index=True)


def checked_values(
    catalog: Catalog, variables: pd.DataFrame, breaks: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the indicator values (:func:`.derivation.values_table`) and the checks' findings.

    Whole years of zeros are left out (``zero_year``); ratios with no denominator of the
    same territory (``other_territory``), values outside the plausible range
    (``implausible``) and unexplained jumps (``jump``) are reported.
    """
    values = values_table(catalog, variables, breaks)
    values, zeros = zero_years_dropped(values, "indicator")
    found = [
        zeros,
        other_territory(catalog, variables, values, TERRITORIAL_VARIABLES),
        implausible(catalog, values),
        unexplained_jumps(catalog, values, breaks),
    ]
    return values, pd.concat(found, ignore_index=True)


def findings_summary(found: pd.DataFrame) -> dict[str, int]:
    """Return how many findings each check made, in :data:`CHECKS` order (none left out)."""
    counts = found["check"].value_counts() if not found.empty else pd.Series(dtype=int)
    return {check: int(counts.get(check, 0)) for check in CHECKS}
