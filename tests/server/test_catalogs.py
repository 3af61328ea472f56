"""The gettext catalogs: the same messages in both, every text filled, plurals and placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords, parse_mapping_cfg
from babel.messages.pofile import read_po

from server.i18n import LANGUAGES, LOCALES

ROOT = Path(__file__).resolve().parents[2]

PLURAL_FORMS = {
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "en": "nplurals=2; plural=(n != 1);",
}


def catalog(lang: str) -> Catalog:
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as stream:
        return read_po(stream, locale=lang)


def messages(lang: str) -> dict[tuple[str | None, str], Message]:
    """Return a catalog's messages by (msgctxt, msgid), the header left out."""
    read = catalog(lang)
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]): m for m in read if m.id}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def forms(message: Message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def test_both_catalogs_hold_the_same_messages():
    pl, en = messages("pl"), messages("en")
    assert set(pl) == set(en)
    assert len(pl) > 700
    assert {key for key, m in pl.items() if m.pluralizable} == {
        key for key, m in en.items() if m.pluralizable
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_has_its_text_and_the_others_placeholders(lang):
    other = messages("en" if lang == "pl" else "pl")
    for key, message in messages(lang).items():
        assert all(form.strip() for form in forms(message)), key
        assert not message.fuzzy, key
        for form in forms(message):
            assert fields(form) == fields(forms(other[key])[0]), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_plural_entry_has_every_form_of_its_language(lang):
    read = catalog(lang)
    plurals = [m for m in read if m.id and m.pluralizable]

    assert read.mime_headers and dict(read.mime_headers)["Plural-Forms"] == PLURAL_FORMS[lang]
    assert {m.id[0] for m in plurals} >= {"noun_gmina", "noun_slide"}
    for message in plurals:
        assert len(message.string) == read.num_plurals == (3 if lang == "pl" else 2), message.id
        assert len(set(message.string)) == len(message.string), message.id  # each form its own


def test_a_word_of_two_meanings_has_a_context_in_both():
    contexts = {key for key in messages("pl") if key[0] is not None}
    assert {("heading", "export"), ("stamp", "export")} <= contexts
    assert contexts == {key for key in messages("en") if key[0] is not None}


def extracted() -> set[tuple[str | None, str]]:
    """Return every (msgctxt, msgid) the code asks for, as ``make messages`` extracts them.

    The same map (babel.cfg) and keywords (the Makefile's ``BABEL_KEYWORDS``) as pybabel.
    """
    keywords = re.search(r"^BABEL_KEYWORDS := (.+)$", (ROOT / "Makefile").read_text(), re.M)
    assert keywords
    with (ROOT / "babel.cfg").open() as stream:
        method_map, options_map = parse_mapping_cfg(stream)
    found = extract_from_dir(
        ROOT,
        method_map,
        options_map,
        keywords=parse_keywords(keywords.group(1).split()[1::2]),
    )
    return {
        (context, msgid if isinstance(msgid, str) else msgid[0]) for *_, msgid, _, context in found
    }


@pytest.fixture(scope="module")
def used() -> set[tuple[str | None, str]]:
    return extracted()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_the_code_asks_for_is_in_the_catalog_and_no_other(lang, used):
    held = set(messages(lang))

    assert used - held == set()  # asked for, not translated
    assert held - used == set()  # translated, asked for nowhere
