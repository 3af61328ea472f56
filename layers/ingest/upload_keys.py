"""Which gmina each row of an uploaded table is: by TERYT code or by name and type."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from layers.analysis.search import folded
from layers.analysis.teryt import normalise
from layers.errors import UploadError

CODE_COLUMNS = ("teryt", "kod teryt", "kod_teryt", "kod", "kod gminy", "code", "teryt code")
NAME_COLUMNS = ("gmina", "nazwa", "nazwa gminy", "jst", "name", "municipality")
TYPE_COLUMNS = ("typ", "typ gminy", "rodzaj", "rodzaj gminy", "type")
YEAR_COLUMNS = ("rok", "year")
YEAR_HEADER = re.compile(r"^(19|20)\d\d$")

TYPE_WORDS = {
    "1": ("1", "m", "miejska", "gmina miejska", "gm. miejska", "urban", "urban gmina"),
    "2": ("2", "w", "wiejska", "gmina wiejska", "gm. wiejska", "rural", "rural gmina"),
    "3": (
        "3",
        "mw",
        "m-w",
        "miejsko-wiejska",
        "gmina miejsko-wiejska",
        "gm. miejsko-wiejska",
        "urban-rural",
        "urban-rural gmina",
    ),
}
"""How files write a gmina's type (folded): digit, Polish or English word, the app's label."""
TYPE_OF_WORD = {word: digit for digit, words in TYPE_WORDS.items() for word in words}
LABEL = re.compile(r"^(?P<name>.+?)\s*\((?P<type>[^()]+)\)$")
"""A name written as the app shows it: ``"Bochnia (gm. miejska)"``."""
MARKUP = re.compile(r"<\s*[a-zA-Z!/]|javascript:", re.IGNORECASE)


@dataclass(frozen=True)
class Roles:
    """What each column of an uploaded table holds."""

    code: str | None
    name: str | None
    type: str | None
    year: str | None
    year_columns: tuple[str, ...]
    values: tuple[str, ...]


def _find(columns: Sequence[str], names: tuple[str, ...]) -> str | None:
    return next((column for column in columns if folded(column).strip() in names), None)


def column_roles(columns: Sequence[str]) -> Roles:
    """Return the key, year and value columns of a table, by their (folded) names.

    A code column is named like ``TERYT``/``kod``, a name column ``gmina``/``nazwa``,
    an optional type column ``typ``/``rodzaj``, an optional year column ``rok``/``year``;
    columns named by a year (``2019``, ``2020``) make the wide layout, with one indicator
    whose years are the columns; every other column is an indicator.

    Raises
    ------
    UploadError
        ``upload_no_key`` without a code or name column, ``upload_no_values`` without a
        value column, ``upload_mixed_layout`` with year columns beside other value columns
        or a year column.
    """
    code, name = _find(columns, CODE_COLUMNS), _find(columns, NAME_COLUMNS)
    kind = _find(columns, TYPE_COLUMNS)
    year = _find(columns, YEAR_COLUMNS)
    if code is None and name is None:
        raise UploadError("no_key", "no TERYT or gmina name column")
    used = {code, name, kind, year}
    years = tuple(column for column in columns if YEAR_HEADER.match(column.strip()))
    values = tuple(column for column in columns if column not in used and column not in years)
    if years and (values or year):
        raise UploadError("mixed_layout", "year columns beside other value columns")
    if not years and not values:
        raise UploadError("no_values", "no value column")
    return Roles(code, name, kind, year, years, values)


def _prefix_index(codes: pd.Index) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for code in codes:
        index.setdefault(code[:6], []).append(code)
    return index


def code_candidates(cells: pd.Series, codes: pd.Index) -> list[list[str]]:
    """Return the gminas each code cell can mean.

    A 7-digit code (``1261011``, ``126101_1``, ``1261011.0``) is itself; a 6-digit one is
    a code that lost its leading zero in a spreadsheet (``201011`` → ``0201011``) or the
    first six digits without the type digit (``126101`` → ``1261011``); both readings
    are kept when both exist, so the caller can report the ambiguity.
    """
    text = cells.astype("string").str.replace(r"[\s\u00a0]", "", regex=True).fillna("")
    text = text.str.replace("_", "", regex=False).str.replace(r"\.0$", "", regex=True)
    padded = normalise(text)
    prefixes = _prefix_index(codes)
    known = set(codes)
    found: list[list[str]] = []
    for written, code in zip(text, padded, strict=True):
        if not written.isdigit() or len(written) not in (6, 7):
            found.append([])
            continue
        readings = [code] if code in known else []
        if len(written) == 6:
            readings += [c for c in prefixes.get(written, []) if c not in readings]
        found.append(readings)
    return found


def _name_index(gminas: pd.DataFrame) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for code, name in gminas["name"].items():
        index.setdefault(folded(name).strip(), []).append(code)
    return index


def name_candidates(
    name: object, kind: object, gminas: pd.DataFrame, by_name: Mapping[str, list[str]]
) -> list[str]:
    """Return the gminas a name (and optional type) can mean, ignoring case and diacritics.

    The type comes from the type cell, else from a label in parentheses
    (``"Bochnia (gm. miejska)"``); an unrecognised type word matches nothing.
    """
    text = " ".join(str(name or "").split())
    word = folded(str(kind)).strip() if not _empty(kind) else ""
    label = LABEL.match(text)
    if not word and label and folded(label["type"]).strip() in TYPE_OF_WORD:
        text, word = label["name"], folded(label["type"]).strip()
    found = by_name.get(folded(text).strip(), [])
    if word:
        digit = TYPE_OF_WORD.get(word)
        found = [code for code in found if gminas.at[code, "type"] == digit]
    return found


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or str(value) == ""


def _candidates(
    table: pd.DataFrame, roles: Roles, gminas: pd.DataFrame
) -> tuple[list[object], list[list[str]]]:
    """Return each row's key as written and the gminas it can mean."""
    if roles.code is not None:
        return list(table[roles.code]), code_candidates(table[roles.code], gminas.index)
    by_name = _name_index(gminas)
    kinds = list(table[roles.type]) if roles.type else [None] * len(table)
    names = list(table[roles.name])
    keys: list[object] = [
        " ".join(str(part) for part in pair if not _empty(part))
        for pair in zip(names, kinds, strict=True)
    ]
    found = [
        name_candidates(name, kind, gminas, by_name)
        for name, kind in zip(names, kinds, strict=True)
    ]
    return keys, found


def resolved_keys(
    table: pd.DataFrame, roles: Roles, gminas: pd.DataFrame, scope: pd.Index
) -> pd.DataFrame:
    """Return each row's key as written, its gmina and how it was resolved.

    Parameters
    ----------
    table
        The uploaded table (:func:`layers.ingest.upload_read.raw_table`).
    roles
        Its columns' roles.
    gminas
        Gminas by TERYT with ``name`` and ``type``.
    scope
        Codes of the chosen scope: a name shared by gminas of the same type is resolved
        to the one in the scope when exactly one is.

    Returns
    -------
    pandas.DataFrame
        On the table's index: ``key`` (text as written), ``teryt`` (None unless resolved)
        and ``status``: ``"ok"``, ``"unknown"`` or ``"ambiguous"``; ``markup`` flags keys
        that contain HTML or script.
    """
    keys, candidates = _candidates(table, roles, gminas)
    scope_set = set(scope)
    rows = []
    for key, readings in zip(keys, candidates, strict=True):
        found = [code for code in readings if code in scope_set] or readings
        status = "ok" if len(found) == 1 else ("unknown" if not found else "ambiguous")
        text = "" if _empty(key) else str(key)
        rows.append((text, found[0] if status == "ok" else None, status, bool(MARKUP.search(text))))
    return pd.DataFrame(rows, index=table.index, columns=["key", "teryt", "status", "markup"])
