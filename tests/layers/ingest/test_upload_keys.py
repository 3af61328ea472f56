"""Which gmina each uploaded row is: by TERYT code or by name and type, within the scope."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.scopes import scope_codes
from layers.ingest.upload_keys import Roles, code_candidates, column_roles, resolved_keys
from tests.support.upload_reports import as_dict, codes_of, parsed

KRAKOW, WIELICZKA = "1261011", "1219053"
BOLESLAWIEC_URBAN = "0201011"
BOCHNIA_URBAN, BOCHNIA_RURAL = "1201011", "1201022"


def test_wide_year_columns_become_years(dataset, smk):
    data = "Kod;Nazwa;2019;2020;2021\n1261011;Kraków;1,5;2,5;\n1219053;Wieliczka;-;4;5\n"
    report = parsed(dataset, smk, data.encode("cp1250"))

    assert report.years == (2019, 2020, 2021)
    assert as_dict(report) == {
        (KRAKOW, 2019): 1.5,
        (KRAKOW, 2020): 2.5,
        (WIELICZKA, 2020): 4.0,
        (WIELICZKA, 2021): 5.0,
    }
    assert report.preview.columns.tolist() == ["key", "teryt", "name", "2019", "2020", "2021"]


def test_a_year_column_gives_the_long_layout(dataset, smk):
    data = "teryt;rok;x\n1261011;2022;1\n1261011;2023;2\n1219053;2023;3\n"
    report = parsed(dataset, smk, data.encode("cp1250"))

    assert as_dict(report, "x") == {
        (KRAKOW, 2022): 1.0,
        (KRAKOW, 2023): 2.0,
        (WIELICZKA, 2023): 3.0,
    }
    assert not report.blocking


def test_names_with_type_tell_same_named_gminas_apart(dataset, smk):
    data = (
        "gmina;typ;x\nBochnia;miejska;1\nBochnia;gm. wiejska;2\nswiatniki gorne;;3\n"
        "Wieliczka (gm. miejsko-wiejska);;4\nBochnia (urban gmina);;5\n"
    )
    report = parsed(dataset, smk, data.encode("cp1250"))

    values = report.values
    assert values["teryt"].tolist() == [
        BOCHNIA_URBAN,
        BOCHNIA_RURAL,
        "1206143",
        WIELICZKA,
        BOCHNIA_URBAN,
    ]
    assert values["value"].tolist() == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert codes_of(report) >= {"duplicate_keys"}  # "Bochnia (urban gmina)" repeats row 1


@pytest.mark.parametrize(("scope", "expected"), [("malopolska", ["1218022"]), ("poland", [])])
def test_a_name_shared_across_poland_is_resolved_by_the_scope(dataset, scope, expected):
    codes = scope_codes(scope, dataset.codes, dataset.areas)
    report = parsed(dataset, codes, "gmina;typ;x\nBrzeźnica;wiejska;1\n".encode())

    assert report.values["teryt"].tolist() == expected  # two rural Brzeźnicas in Poland
    assert ("ambiguous" in codes_of(report)) is (not expected)


def test_six_digit_codes_lost_zero_or_type_digit(dataset, smk):
    data = "teryt;x\n201011;1\n126101;2\n1219053.0;3\n121905_3;4\n"
    report = parsed(dataset, smk, data.encode("cp1250"))

    assert report.values["teryt"].tolist()[:2] == [BOLESLAWIEC_URBAN, KRAKOW]
    assert report.values["value"].tolist()[:2] == [1.0, 2.0]
    assert "duplicate_keys" in codes_of(report)  # rows 3 and 4 are both Wieliczka


def test_columns_are_known_by_their_folded_names():
    roles = column_roles(["Kod TERYT", "Nazwa gminy", "RODZAJ", "Rok", "Ludność", "Wartość"])

    assert roles == Roles("Kod TERYT", "Nazwa gminy", "RODZAJ", "Rok", (), ("Ludność", "Wartość"))
    wide = column_roles(["gmina", "2019", " 2020"])
    assert (wide.name, wide.year_columns, wide.values) == ("gmina", ("2019", " 2020"), ())


def test_a_six_digit_cell_keeps_both_readings_when_both_name_a_gmina(dataset):
    # "126101" lost its type digit (Kraków); "201011" lost a leading zero (0201011), or,
    # were there a gmina 2010113, its type digit: the caller then reports the ambiguity
    readings = code_candidates(pd.Series(["126101", "201011", "12610", "abc"]), dataset.codes)
    assert readings == [[KRAKOW], [BOLESLAWIEC_URBAN], [], []]

    both = code_candidates(pd.Series(["201011"]), pd.Index([BOLESLAWIEC_URBAN, "2010113"]))
    assert both == [[BOLESLAWIEC_URBAN, "2010113"]]


def test_markup_in_a_key_is_flagged_and_an_unknown_key_has_no_gmina(dataset, smk):
    table = pd.DataFrame({"gmina": ["<b>Kraków</b>", "Wieliczka", "Atlantyda"], "x": [1, 2, 3]})

    keys = resolved_keys(table, column_roles(list(table.columns)), dataset.store.gminas, smk)

    assert keys["status"].tolist() == ["unknown", "ok", "unknown"]
    assert keys["teryt"][1] == WIELICZKA and keys["teryt"][[0, 2]].isna().all()
    assert keys["markup"].tolist() == [True, False, False]
