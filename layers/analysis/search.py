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


def matching_gminas(labels: pd.Series, query: str, limit: int = 10) -> list[str]:
    """Return the codes of gminas whose name contains the query, best matches first.

    Parameters
    ----------
    labels
        Display names indexed by TERYT (e.g. ``"Bochnia (gm. miejska)"``), as given
        by :func:`layers.analysis.dataset.gmina_labels`.
    query
        What the user typed; case and diacritics are ignored, and extra spaces too.
    limit
        Most codes returned.

    Returns
    -------
    list of str
        TERYT codes whose folded label contains the folded query. Labels where a word
        starts with the query come first (those starting with it before the rest, so
        that "wie" puts Wieliczka before "… (gm. wiejska)"), then the others; within
        each group alphabetically by folded label (ties by label, then code). Empty for
        an empty or blank query.
    """
    needle = " ".join(folded(query).split())
    if not needle or limit < 1:
        return []
    haystack = labels.astype(str).map(folded)
    found = haystack[haystack.str.contains(needle, regex=False)]
    at_word_start = found.str.contains(r"(?<!\w)" + re.escape(needle), regex=True)
    tier = 2 - at_word_start.astype(int) - found.str.startswith(needle).astype(int)
    order = pd.DataFrame(
        {
            "tier": tier.to_numpy(),
            "folded": found.to_numpy(),
            "label": labels.reindex(found.index).astype(str).to_numpy(),
            "code": found.index.astype(str),
        }
    ).sort_values(["tier", "folded", "label", "code"])
    return order["code"].head(limit).tolist()
