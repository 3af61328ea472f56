"""Finding gminas by name, with or without Polish diacritics."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "l"})
"""Letters that Unicode decomposition leaves whole (``ł`` is not ``l`` plus a mark)."""


def folded(text: str) -> str:
    """Return text in lower case with diacritics removed, for matching names.

    Parameters
    ----------
    text
        Any text, e.g. a gmina name or what the user typed.

    Returns
    -------
    str
        The text decomposed (Unicode NFKD), stripped of combining marks and lower-cased;
        ``ł``/``Ł`` become ``l`` explicitly since NFKD does not decompose them.

    Examples
    --------
    >>> folded("Świątniki Górne")
    'swiatniki gorne'
    >>> folded("Łącko")
    'lacko'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


CASE_ENDINGS = (
    "ach", "ami", "ego", "emu", "iej", "ich", "ych", "owi", "iem",
    "om", "ia", "ie", "ii", "ow", "ej", "em", "im", "ym", "a", "e", "i", "u", "y",
)  # fmt: skip
"""Endings (folded) of Polish case forms of names: "Krakowa", "Skawinie", "Świątnik Górnych"."""
MIN_STEM = 3
"""Shortest stem an ending is taken from ("Nowego" → "now", never "ul" from "ula")."""
LEADING_WORDS = frozenset({"w", "we", "z", "ze", "do", "od", "na", "dla", "gmina", "gminy", "gm"})
"""Words a query may start with that are not part of a name ("w Krakowie", "gmina Zabierzów")."""


def word_forms(word: str) -> list[str]:
    """Return a folded word and its stems without a Polish case ending, longest first.

    A light suffix stripping in the manner of Porter's (Porter 1980, "An algorithm for
    suffix stripping", *Program* 14(3)), for names only: it lets the inflected form a
    Pole types ("z Krakowa", "w Skawinie") find the name in the nominative. A stem keeps
    at least :data:`MIN_STEM` letters.

    Examples
    --------
    >>> word_forms("krakowie")
    ['krakowie', 'krakow', 'krakowi']
    >>> word_forms("oswiecimia")
    ['oswiecimia', 'oswiecim', 'oswiecimi']
    """
    stems = [word[: -len(end)] for end in CASE_ENDINGS if word.endswith(end)]
    return list(dict.fromkeys([word, *(stem for stem in stems if len(stem) >= MIN_STEM)]))


def name_words(query: str) -> list[str]:
    """Return the folded words of a query, without a leading preposition or "gmina"."""
    words = folded(query).replace(".", " ").split()
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words = words[1:]
    return words


def matching_gminas(labels: pd.Series, query: str, limit: int = 10) -> list[str]:
    """Return the codes of gminas whose name matches the query, best matches first.

    Parameters
    ----------
    labels
        Display names indexed by TERYT (e.g. ``"Bochnia (gm. miejska)"``), as given
        by :func:`layers.analysis.dataset.gmina_labels`.
    query
        What the user typed: a name in any case form or its start (case, diacritics,
        extra spaces, a leading preposition or "gmina" ignored), or the start of a TERYT
        code.
    limit
        Most codes returned.

    Returns
    -------
    list of str
        TERYT codes whose folded label contains the query's words in order, each as
        typed or as one of its :func:`word_forms` (a word may go on where a stem
        ends). Labels holding the words as typed come first, then those found through
        a stem. Within each, labels where a word starts with the query come first
        (those starting with it before the rest, so that "wie" puts Wieliczka before
        "… (gm. wiejska)"), then the others; then alphabetically by folded label (ties
        by label, then code). Codes starting with a query of digits match too. Empty
        for an empty or blank query.
    """
    words = name_words(query)
    if not words or limit < 1:
        return []
    haystack = labels.astype(str).map(folded)
    needle = " ".join(words)
    exact = haystack.str.contains(needle, regex=False)
    stemmed = haystack.str.contains(
        r"\w*\W+".join("(?:" + "|".join(map(re.escape, word_forms(w))) + ")" for w in words)
    )
    coded = pd.Series(labels.index.astype(str).str.startswith(needle), index=labels.index)
    found = haystack[exact | stemmed | coded]
    at_word_start = found.str.contains(r"(?<!\w)" + re.escape(needle), regex=True)
    tier = (
        2 * (~exact[found.index]).astype(int)
        + 2
        - at_word_start.astype(int)
        - found.str.startswith(needle).astype(int)
    )
    order = pd.DataFrame(
        {
            "tier": tier.to_numpy(),
            "folded": found.to_numpy(),
            "label": labels.reindex(found.index).astype(str).to_numpy(),
            "code": found.index.astype(str),
        }
    ).sort_values(["tier", "folded", "label", "code"])
    return order["code"].head(limit).tolist()
