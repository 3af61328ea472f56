"""View state in a link: every field survives the round trip; bad fields fall back, named."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from layers.analysis.view_state import KEYS, MapView, ViewChoices, ViewState, decoded, encoded

CHOICES = ViewChoices(
    tabs=frozenset({"tab_map", "tab_compare"}),
    scopes=frozenset({"smk", "poland"}),
    years={"population": (2010, 2011, 2024), "change": (2015, 2024)},
    base_years={"population": (2010, 2011), "change": (2010, 2015)},
    schemes=frozenset({"quantiles", "manual"}),
    k_range=(3, 9),
    palettes=frozenset({"Blues", "RdYlGn"}),
    layers=frozenset({"powiats", "smk", "basemap"}),
    areas=frozenset({"smk", "saved:4"}),
    gminas=frozenset({"1261011", "1219053", "1206113"}),
    compare_scopes=frozenset({"smk", "poland"}),
    max_gminas=2,
)
EVERY_FIELD_CHANGED = ViewState(
    tab="tab_compare",
    scope="poland",
    indicator="change",
    year=2015,
    base_year=2010,
    scheme="manual",
    k=9,
    breaks="10; 20,5",
    palette="RdYlGn",
    reverse=True,
    layers=("smk", "basemap"),
    area="saved:4",
    gmina="1219053",
    compare_scope="poland",
    gminas=("1219053", "1261011"),
    view=MapView(49.98765, 19.5, 9.25),
    symbol="choropleth",
)


def test_the_example_changes_every_field():
    default = ViewState()
    assert all(
        getattr(EVERY_FIELD_CHANGED, f.name) != getattr(default, f.name) for f in fields(ViewState)
    )


@pytest.mark.parametrize("name", [f.name for f in fields(ViewState)])
def test_each_field_survives_the_round_trip(name):
    state = replace(ViewState(), **{name: getattr(EVERY_FIELD_CHANGED, name)})
    if name in ("year", "base_year"):
        state = replace(state, indicator="change")  # years of that indicator
    assert decoded(encoded(state), CHOICES) == (state, [])


def test_every_field_at_once_and_the_language_survive():
    link = encoded(EVERY_FIELD_CHANGED, lang="en")
    assert link.startswith("?lang=en&")
    assert decoded(link, CHOICES) == (EVERY_FIELD_CHANGED, [])


def test_no_layers_is_not_the_default_layers():
    state = replace(ViewState(), layers=())
    assert decoded(encoded(state), CHOICES)[0].layers == ()


def test_a_plain_link_holds_no_view():
    assert decoded("", CHOICES) == (None, [])
    assert decoded("?lang=en", CHOICES) == (None, [])
    assert decoded(None, CHOICES) == (None, [])


@pytest.mark.parametrize(
    ("query", "wrong"),
    [
        ("?scope=mars", ["scope"]),
        ("?ind=gone&year=2024", ["ind"]),
        ("?year=abc", ["year"]),
        ("?year=1990", ["year"]),
        ("?ind=change&year=2011", ["year"]),
        ("?ind=population&base=2015", ["base"]),
        ("?k=2", ["k"]),
        ("?k=%00", ["k"]),
        ("?pal=<script>", ["pal"]),
        ("?rev=yes", ["rev"]),
        ("?layers=powiats,rivers", ["layers"]),
        ("?gminas=1261011,1219053,1206113", ["gminas"]),
        ("?gminas=9999999", ["gminas"]),
        ("?view=50,19", ["view"]),
        ("?view=95,19,8", ["view"]),
        ("?view=50,19,nan", ["view"]),
        ("?area=saved:99", ["area"]),
        ("?tab=tab_admin", ["tab"]),
        ("?breaks=" + "1;" * 200, ["breaks"]),
        ("?scope=smk&colour=red", ["colour"]),
        ("?%zz=1&scope=smk", ["%zz"]),
    ],
)
def test_a_wrong_field_falls_back_to_its_default_and_is_named(query, wrong):
    state, named = decoded(query, CHOICES)
    assert named == wrong
    for key in wrong:
        field = next((name for name, short in KEYS.items() if short == key), None)
        if field is not None:
            assert getattr(state, field) == getattr(CHOICES.defaults, field)


def test_the_right_fields_of_a_partly_wrong_link_are_kept():
    state, wrong = decoded("?scope=poland&ind=change&year=2011&k=7", CHOICES)
    assert (state.scope, state.indicator, state.year, state.k) == ("poland", "change", None, 7)
    assert wrong == ["year"]


def test_duplicated_keys_take_the_last_value():
    assert decoded("?k=4&k=6", CHOICES)[0].k == 6
