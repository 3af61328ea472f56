"""Numbers as spreadsheets write them: decimal commas, spaces and dots between thousands."""

from __future__ import annotations

import math
import re

import pandas as pd

MISSING_MARKS = frozenset({"", "-", "–", "—", "b.d.", "bd", "brak", "n/a", "na", "x", "."})
"""Cells that mean "no value" (GUS writes ``-`` and ``x``), not a mistake."""
FORMULA_STARTS = ("=", "+", "@")
SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
PLAIN = re.compile(r"^-?\d+(\.\d+)?$")
THOUSANDS = {",": re.compile(r"^-?\d{1,3}(,\d{3})+$"), ".": re.compile(r"^-?\d{1,3}(\.\d{3})+$")}


def is_formula(cell: object) -> bool:
    """Whether a text cell is a spreadsheet formula (``=…``, ``+…``, ``@…``, ``-`` + non-digit)."""
    if not isinstance(cell, str) or not cell:
        return False
    return cell.startswith(FORMULA_STARTS) or (
        cell.startswith("-") and len(cell) > 1 and not cell[1].isdigit() and cell[1] != ","
    )


def decimal_mark(cells: pd.Series) -> str:
    """Return the decimal mark of a column of text numbers: ``","`` or ``"."``.

    Notes
    -----
    Decided per column, so that ``1.234`` means one thousand two hundred thirty-four
    next to ``1.234,5`` and one point two three four next to ``2.5``: a cell with both
    marks has the decimal one last; otherwise any comma that is not a thousands
    separator (``1,5``) makes the comma decimal; dots grouping digits by three in
    several places (``1.234.567``) make the comma decimal too; else the dot is.
    """
    texts = [SPACES.sub("", cell) for cell in cells if isinstance(cell, str)]
    for text in texts:
        if "," in text and "." in text:
            return "," if text.rfind(",") > text.rfind(".") else "."
    if any("," in text and not THOUSANDS[","].match(text) for text in texts):
        return ","
    if any(text.count(".") > 1 for text in texts):
        return ","
    if any("," in text for text in texts):
        return "."  # commas only ever between groups of three digits: thousands
    return "."


def number(cell: object, decimal: str) -> float | None:
    """Return a cell's number, NaN for a missing-value mark, None when it is not a number.

    Examples
    --------
    >>> number("1 234,5", ",")
    1234.5
    >>> number("1.234.567", ",")
    1234567.0
    >>> number("=1+1", ".") is None
    True
    """
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return float(cell) if math.isfinite(cell) else math.nan
    if cell is None:
        return math.nan
    text = SPACES.sub("", str(cell))
    if text.lower() in MISSING_MARKS:
        return math.nan
    thousands = "." if decimal == "," else ","
    text = text.replace(thousands, "").replace(decimal, ".")
    return float(text) if PLAIN.match(text) else None


def parsed_column(cells: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Return a column's numbers (NaN where missing or not a number) and two masks.

    Returns
    -------
    tuple of pandas.Series
        On ``cells``' index: the values (float), a mask of cells that are not numbers
        (text, dates, formulas) and a mask of formula cells among them. Formulas are never
        evaluated.
    """
    decimal = decimal_mark(cells)
    parsed = [number(cell, decimal) for cell in cells]
    bad = pd.Series([value is None for value in parsed], index=cells.index)
    formula = cells.map(is_formula).astype(bool)
    values = pd.Series([math.nan if v is None else v for v in parsed], index=cells.index)
    return values.astype(float), bad | formula, formula
