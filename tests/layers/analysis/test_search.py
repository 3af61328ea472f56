"""Name search: folding of Polish letters, matching and ordering of gminas."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.dataset import Dataset, gmina_labels
from layers.analysis.search import folded, matching_gminas

SUFFIXES = {"1": "gm. miejska", "2": "gm. wiejska", "3": "gm. miejsko-wiejska"}


@pytest.fixture(scope="module")
def labels(dataset: Dataset) -> pd.Series:
    return gmina_labels(dataset, SUFFIXES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Świątniki Górne", "swiatniki gorne"),
        ("Łącko", "lacko"),
        ("ŁÓDŹ", "lodz"),
        ("Żabno, Kęty, Sułkowice", "zabno, kety, sulkowice"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_folded_drops_case_and_diacritics(text: str, expected: str) -> None:
    assert folded(text) == expected


@pytest.mark.parametrize("query", ["Swiatniki", "świątniki", "SWIĄTN", "swiatniki  gorne "])
def test_search_with_and_without_diacritics(labels: pd.Series, query: str) -> None:
    assert matching_gminas(labels, query) == ["1206143"]


def test_search_matches_contiguous_text_only(labels: pd.Series) -> None:
    assert matching_gminas(labels, "gorne swiatniki") == []


def test_search_finds_both_gminas_of_a_repeated_name(labels: pd.Series) -> None:
    found = matching_gminas(labels, "bochnia")
    assert found[:2] == ["1201011", "1201022"]
    assert labels[found[0]] == "Bochnia (gm. miejska)"


def test_search_letter_l_with_stroke(labels: pd.Series) -> None:
    found = matching_gminas(labels, "lacko")
    assert found == ["1210092"]
    assert matching_gminas(labels, "ŁĄCKO") == found


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_empty_query_finds_nothing(labels: pd.Series, query: str) -> None:
    assert matching_gminas(labels, query) == []


def test_no_match_finds_nothing(labels: pd.Series) -> None:
    assert matching_gminas(labels, "xyzzy") == []


def test_limit(labels: pd.Series) -> None:
    assert len(matching_gminas(labels, "a", limit=3)) == 3
    assert len(matching_gminas(labels, "a")) == 10
    assert matching_gminas(labels, "a", limit=0) == []


def test_word_starts_rank_before_inner_matches_then_alphabetical() -> None:
    labels = pd.Series(
        {
            "01": "Zakościelne",
            "02": "Stary Kościelec",
            "03": "Kościelisko",
            "04": "Biały Dunajec",
            "05": "Kościan",
        },
        name="label",
    )
    # "Kościan" and "Kościelisko" start with the query, "Stary Kościelec" has a word
    # starting with it, "Zakościelne" only contains it; "Kościan" holds only the stem
    # "kosci" ("koscie" read as a case form), so it comes last.
    assert matching_gminas(labels, "koscie") == ["03", "02", "01", "05"]
    assert matching_gminas(labels, "kosci") == ["05", "03", "02", "01"]


def test_search_does_not_mutate_labels() -> None:
    labels = pd.Series({"01": "Łąck", "02": "Łącko"}, name="label")
    before = labels.copy()
    matching_gminas(labels, "lack")
    pd.testing.assert_series_equal(labels, before)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("z Krakowa", "Kraków"),
        ("w Krakowie", "Kraków"),
        ("Skawinie", "Skawina"),
        ("w Niepołomicach", "Niepołomice"),
        ("z Wieliczki", "Wieliczka"),
        ("Zabierzowa", "Zabierzów"),
        ("gmina Zielonki", "Zielonki"),
        ("Świątnik Górnych", "Świątniki Górne"),
        ("Michałowicach", "Michałowice (gm. wiejska)"),
        ("Mogilan", "Mogilany"),
        ("Igołomi", "Igołomia-Wawrzeńczyce"),
        ("Kocmyrzowa", "Kocmyrzów-Luborzyca"),
        ("Nowego Sącza", "Nowy Sącz"),
        ("Nowym Targu", "Nowy Targ (gm. miejska)"),
        ("Oświęcimia", "Oświęcim (gm. miejska)"),
        ("Suchej Beskidzkiej", "Sucha Beskidzka"),
        ("Kalwarii Zebrzydowskiej", "Kalwaria Zebrzydowska"),
        ("Zakopanem", "Zakopane"),
        ("Warszawy", "Warszawa"),
        ("1261011", "Kraków"),
    ],
)
def test_everyday_queries_find_the_gmina_in_any_case_form(
    labels: pd.Series, query: str, expected: str
) -> None:
    found = [labels[code] for code in matching_gminas(labels, query)]
    assert expected in found[:2], found


def test_names_as_typed_rank_before_those_found_through_a_stem(labels: pd.Series) -> None:
    # "Wieliczki" is a gmina of its own (Warmia) and the genitive of Wieliczka.
    found = [labels[code] for code in matching_gminas(labels, "Wieliczki")]
    assert found[:2] == ["Wieliczki", "Wieliczka"]


def test_a_stem_keeps_three_letters_at_least() -> None:
    labels = pd.Series({"01": "Ul", "02": "Ula"}, name="label")
    assert matching_gminas(labels, "ulu") == []
