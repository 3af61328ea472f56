"""The user's note on a print layout: checked as plain text, then escaped as markup."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from layers.errors import ExportError, PrintNoteError

NOTE_LIMIT = 500
"""Most characters of the user's note."""
BMP_LAST, REPLACEMENT = 0xFFFF, "\ufffd"
"""The last character reportlab maps to text correctly, and what stands for one beyond."""


def print_note(note: str | None) -> str:
    """Return the user's note as plain text: trimmed, control characters dropped.

    Line breaks are kept (at most two in a row); tabs become spaces.

    Raises
    ------
    PrintNoteError
        When the note is longer than :data:`NOTE_LIMIT` characters.
    ExportError
        When the note is not text (a tampered request).
    """
    if not isinstance(note, str | None):
        raise ExportError(f"a note must be text, got {type(note).__name__}")
    kept = "".join(
        " " if char == "\t" else char
        for char in (note or "").replace("\r\n", "\n")
        if char == "\n" or unicodedata.category(char)[0] != "C" or char == "\t"
    )
    kept = re.sub(r"\n{3,}", "\n\n", kept).strip()
    if len(kept) > NOTE_LIMIT:
        raise PrintNoteError(f"note of {len(kept)} characters, at most {NOTE_LIMIT}")
    return kept


def note_markup(note: str) -> str:
    r"""Return a plain-text note as reportlab paragraph markup: ``<``, ``>``, ``&`` escaped.

    A character beyond the Basic Multilingual Plane (an emoji) becomes U+FFFD: reportlab
    writes such characters into the font's ToUnicode map as malformed hex, which breaks
    the page's text for readers and search.

    Examples
    --------
    >>> note_markup('a < b & <font color="red">c</font>\nd')
    'a &lt; b &amp; &lt;font color="red"&gt;c&lt;/font&gt;<br/>d'
    >>> note_markup("ok \U0001F600")
    'ok \ufffd'
    """
    drawable = "".join(char if ord(char) <= BMP_LAST else REPLACEMENT for char in note)
    return escape(drawable).replace("\n", "<br/>")
