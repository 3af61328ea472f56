"""TERYT codes: normalisation, the gmina filter and the 2020→2026 crosswalk."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from layers.analysis.teryt import (
    KRAKOW,
    crosswalk,
    is_gmina,
    normalise,
    powiat_code,
    voivodeship_code,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param([201011, 1261011], ["0201011", "1261011"], id="ints"),
        pytest.param(["060802_2", "126101_1"], ["0608022", "1261011"], id="ppgggg_t"),
        pytest.param(["201011.0", "1261011.0"], ["0201011", "1261011"], id="floats-as-strings"),
        pytest.param([" 0201011 ", "1261011"], ["0201011", "1261011"], id="padded-strings"),
        pytest.param(["2", "02"], ["0000002", "0000002"], id="voivodeship-digits"),
    ],
)
def test_normalise_gives_seven_character_strings(raw: list, expected: list[str]) -> None:
    codes = pd.Series(raw, index=["a", "b"])

    result = normalise(codes)

    assert result.tolist() == expected
    assert list(result.index) == ["a", "b"]
    assert all(isinstance(code, str) for code in result)


def test_normalise_does_not_mutate_input() -> None:
    codes = pd.Series(["060802_2"])

    normalise(codes)

    assert codes.tolist() == ["060802_2"]


@pytest.mark.parametrize(
    ("code", "gmina"),
    [
        ("1261011", True),  # urban (Kraków)
        ("1219022", True),  # rural
        ("1219053", True),  # urban-rural (Wieliczka)
        ("1219054", False),  # town part of an urban-rural gmina
        ("1219055", False),  # rural part
        ("1465108", False),  # Warsaw district
        ("1261029", False),  # Kraków delegatura
        ("0201000", False),  # powiat row
        ("0200000", False),  # voivodeship row
        ("0000000", False),  # country row
    ],
)
def test_is_gmina(code: str, gmina: bool) -> None:
    assert is_gmina(pd.Series([code])).tolist() == [gmina]


def test_is_gmina_keeps_the_index() -> None:
    codes = pd.Series(["1261011", "1219054"], index=[7, 3])

    assert is_gmina(codes).to_dict() == {7: True, 3: False}


def test_crosswalk_hand_case() -> None:
    old = pd.Series(["1208042", "1261011", "1208042", "9999991"])
    current = pd.Series(["1208043", "1261011"])

    assert crosswalk(old, current) == {"1208042": "1208043"}


def test_powiat_and_voivodeship_codes() -> None:
    codes = pd.Series([KRAKOW, "0201022"])

    assert powiat_code(codes).tolist() == ["1261", "0201"]
    assert voivodeship_code(codes).tolist() == ["12", "02"]


def _codes(file: Path, key: str) -> pd.Series:
    features = json.loads(file.read_text(encoding="utf-8"))["features"]
    return normalise(pd.Series([feature["properties"][key] for feature in features]))


@pytest.fixture(scope="module")
def real_crosswalk(source_dir: Path) -> tuple[dict[str, str], pd.Series]:
    old = _codes(source_dir / "boundaries" / "gminy_2020.geojson", "terc")
    current = _codes(source_dir / "boundaries" / "teryt_gminy_2026_codes.geojson", "TERYT")
    return crosswalk(old[is_gmina(old)], current), current


def test_crosswalk_on_real_boundaries(real_crosswalk: tuple[dict[str, str], pd.Series]) -> None:
    recode, current = real_crosswalk

    assert len(recode) == 86  # README: 86 gminas nationwide changed their type digit
    assert recode["1208042"] == "1208043"  # Książ Wielki
    assert recode["1211032"] == "1211033"  # Czarny Dunajec
    assert sorted(code for code in recode if code.startswith("12")) == ["1208042", "1211032"]
    assert not set(recode) & set(current)  # current codes are left out
    assert set(recode.values()) <= set(current)
    assert all(old[:6] == new[:6] and old != new for old, new in recode.items())
    assert KRAKOW not in recode


def test_crosswalk_knows_codes_that_changed_more_than_the_type_digit() -> None:
    old = pd.Series(["0221091", "0606082", "1208042"])
    current = pd.Series(["0265011", "0603153", "1208043"])

    assert crosswalk(old, current) == {
        "0221091": "0265011",  # Wałbrzych, a city with powiat rights from 2013
        "0606082": "0603153",  # Rejowiec, moved to powiat chełmski
        "1208042": "1208043",
    }
    assert crosswalk(old, pd.Series(["1208043"])) == {"1208042": "1208043"}
