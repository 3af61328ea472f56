"""The print layout's note: plain text kept as typed, control characters dropped, escaped."""

from __future__ import annotations

import pytest

from layers.errors import ExportError, PrintNoteError
from layers.render.print_note import NOTE_LIMIT, note_markup, print_note


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("  a\tb\x00c\x1b  ", "a bc"),
        ("one\r\ntwo\n\n\n\nthree", "one\ntwo\n\nthree"),
        (None, ""),
        ("x" * NOTE_LIMIT, "x" * NOTE_LIMIT),
    ],
)
def test_a_note_is_trimmed_of_control_characters(written, kept):
    assert print_note(written) == kept


def test_a_note_over_the_limit_is_refused():
    with pytest.raises(PrintNoteError):
        print_note("ą" * (NOTE_LIMIT + 1))


@pytest.mark.parametrize("tampered", [12, ["a"], {"note": "a"}])
def test_a_note_that_is_not_text_is_refused(tampered):
    with pytest.raises(ExportError):
        print_note(tampered)


@pytest.mark.parametrize(
    ("note", "markup"),
    [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("</para><b>x", "&lt;/para&gt;&lt;b&gt;x"),
        ("one\ntwo", "one<br/>two"),
        ("ok \U0001f600", "ok \ufffd"),
    ],
)
def test_markup_escapes_every_tag_and_entity(note, markup):
    assert note_markup(note) == markup
