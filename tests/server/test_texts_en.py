"""The English texts: every key of the other language, the same placeholders."""

from __future__ import annotations

import string

from server.texts_en import TEXTS_EN
from server.texts_pl import TEXTS_PL


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_of_the_other_language_with_the_same_placeholders() -> None:
    assert set(TEXTS_EN) == set(TEXTS_PL)
    for key, template in TEXTS_EN.items():
        assert template.strip(), key
        assert fields(template) == fields(TEXTS_PL[key]), key
